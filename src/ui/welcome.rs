//! First start: who is using the app, and the educational-use notice.

use crate::app::{AnkleBackApp, ClosePrompt};
use crate::intent::Intent;
use crate::settings::Role;
use crate::ui::widgets::notice_ui;

/// The welcome dialog: the language (when the content offers more than one), then who is
/// using the app. Returns the language chosen and the answer once one is clicked.
pub fn welcome_ui(ctx: &egui::Context, app: &AnkleBackApp) -> Vec<Intent> {
    let mut intent = None;
    let mut settings = app.settings.clone();
    let dialog_id = egui::Id::unique("welcome");
    let heading = app.t("welcome-heading");
    crate::ui::a11y::dialog(dialog_id, heading).show(ctx, |ui| {
        ui.set_max_width(520.0);
        crate::ui::a11y::dialog_heading(ui, dialog_id, heading, true);
        if crate::ui::language::language_choice(ui, app, &mut settings) {
            ui.add_space(4.0);
        }
        ui.label(app.t("welcome-intro"));
        ui.add_space(8.0);
        notice_ui(ui);
        ui.add_space(8.0);
        ui.label(egui::RichText::new(app.t("welcome-who")).strong());
        ui.label(app.t("welcome-why"));
        ui.add_space(4.0);
        for role in Role::ALL {
            if ui
                .add_sized(
                    [ui.available_width(), 32.0],
                    egui::Button::new(app.t(&format!("role-{role:?}"))),
                )
                .clicked()
            {
                intent = Some(Intent::CompleteWelcome(role));
            }
        }
    });
    let mut intents = Vec::new();
    if settings != app.settings {
        intents.push(Intent::UpdateSettings(settings));
    }
    intents.extend(intent);
    intents
}

/// Who is using AnkleBack: shown on first start (asks for a name) and after a profile was
/// erased, so the app never opens another person's profile by itself.
pub fn profile_chooser_ui(ctx: &egui::Context, app: &AnkleBackApp) -> Vec<Intent> {
    let mut intents = Vec::new();
    let id = egui::Id::unique("chooser-name");
    let mut name: String = ctx.data(|d| d.get_temp(id)).unwrap_or_default();
    let dialog_id = egui::Id::unique("profile-chooser");
    crate::ui::a11y::dialog(dialog_id, "Who is using AnkleBack?").show(ctx, |ui| {
        ui.set_max_width(520.0);
        crate::ui::a11y::dialog_heading(ui, dialog_id, "Who is using AnkleBack?", false);
        if let Some(problem) = &app.data_folder_problem {
            let palette = crate::ui::theme::Palette::of(app.settings.theme);
            ui.label(
                egui::RichText::new(format!(
                    "AnkleBack cannot save in this folder: {} ({problem}). What you enter now \
                     is kept only until you close the app. To keep it, start AnkleBack with \
                     --data-dir and a folder you can write to, for example: ankleback \
                     --data-dir ~/AnkleBack-data",
                    app.data_dir.path().display()
                ))
                .color(palette.warning_text),
            );
        }
        if !app.profiles.list.is_empty() {
            ui.label("Choose your profile:");
            for entry in &app.profiles.list {
                if ui
                    .add_sized([ui.available_width(), 30.0], egui::Button::new(&entry.name))
                    .clicked()
                {
                    intents.push(Intent::SwitchProfile(entry.id.clone()));
                }
            }
            ui.add_space(8.0);
            ui.label("Or start a new profile:");
        } else {
            ui.label(
                "Each person keeps their own settings and progress on this computer. Type your \
                 name or a nickname to start.",
            );
        }
        ui.horizontal(|ui| {
            let field = ui.add(
                egui::TextEdit::singleline(&mut name)
                    .hint_text("Your name or a nickname")
                    .desired_width(240.0),
            );
            field.widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::TextInput, true, "Your name")
            });
            // Before focus may be taken back below.
            let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if app.profiles.list.is_empty() && ui.memory(|m| m.focused().is_none()) {
                // First start: the name is the only thing to do, so typing goes there.
                field.request_focus();
            }
            let enabled = !name.trim().is_empty() && app.can_change_profiles();
            let start = ui.add_enabled(enabled, egui::Button::new("Start"));
            if enabled && (start.clicked() || entered) {
                intents.push(Intent::CreateProfile(name.trim().to_owned()));
                name.clear();
            }
        });
        ui.add_space(8.0);
        ui.label("Or bring your profile from another computer (a file made with \"Export this profile\"):");
        let path_id = egui::Id::unique("chooser-import-path");
        let mut path: String = ui.data(|d| d.get_temp(path_id)).unwrap_or_default();
        ui.horizontal(|ui| {
            let field = ui.add(
                egui::TextEdit::singleline(&mut path)
                    .hint_text("/media/usb/AnkleBack-Ana-2026-12-01.ron")
                    .desired_width(300.0),
            );
            field.widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::TextInput, true, "File to import")
            });
            let enabled = !path.trim().is_empty() && !app.is_importing();
            if ui
                .add_enabled(enabled, egui::Button::new("Import profile"))
                .clicked()
            {
                intents.push(Intent::ImportProfile(path.trim().into()));
            }
        });
        if app.pending_import.is_some() {
            ui.label("A profile with this name already exists:");
            intents.extend(crate::ui::widgets::import_conflict_ui(ui));
        }
        ui.data_mut(|d| d.insert_temp(path_id, path));
    });
    ctx.data_mut(|d| d.insert_temp(id, name));
    intents
}

/// Closing while changes could not be saved: try again, save a copy elsewhere, or quit.
pub fn close_prompt_ui(ctx: &egui::Context, prompt: &ClosePrompt) -> Vec<Intent> {
    let mut intents = Vec::new();
    let id = egui::Id::unique("close-copy-folder");
    let mut folder: String = ctx.data(|d| d.get_temp(id)).unwrap_or_default();
    let dialog_id = egui::Id::unique("close-prompt");
    crate::ui::a11y::dialog(dialog_id, "Your changes are not saved").show(ctx, |ui| {
        ui.set_max_width(560.0);
        crate::ui::a11y::dialog_heading(ui, dialog_id, "Your changes are not saved", true);
        ui.label(format!(
            "AnkleBack could not save {}. If you close now, those changes are lost.",
            prompt.unsaved.join(", ")
        ));
        ui.add_space(6.0);
        if ui.button("Try again").clicked() {
            intents.push(Intent::CloseRetry);
        }
        ui.horizontal_wrapped(|ui| {
            let field = ui.add(
                egui::TextEdit::singleline(&mut folder)
                    .hint_text("/media/usb")
                    .desired_width(260.0),
            );
            field.widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::TextInput, true, "Folder for a copy")
            });
            let enabled = !folder.trim().is_empty();
            if ui
                .add_enabled(enabled, egui::Button::new("Save a copy there and quit"))
                .clicked()
            {
                intents.push(Intent::CloseSaveCopy(folder.trim().into()));
            }
        });
        ui.horizontal(|ui| {
            if ui.button("Quit anyway").clicked() {
                intents.push(Intent::CloseQuitAnyway);
            }
            if ui.button("Keep the app open").clicked() {
                intents.push(Intent::CloseCancel);
            }
        });
    });
    ctx.data_mut(|d| d.insert_temp(id, folder));
    intents
}

/// Asks for the PIN of a profile before it opens.
pub fn pin_prompt_ui(ctx: &egui::Context, app: &AnkleBackApp, id: &str) -> Vec<Intent> {
    let mut intents = Vec::new();
    let memory = egui::Id::unique("pin-typed");
    let mut pin: String = ctx.data(|d| d.get_temp(memory)).unwrap_or_default();
    let name = app
        .profiles
        .entry(id)
        .map_or("this profile", |p| p.name.as_str());
    let dialog_id = egui::Id::unique("pin-prompt");
    crate::ui::a11y::dialog(dialog_id, &format!("PIN for {name}")).show(ctx, |ui| {
        ui.set_max_width(420.0);
        crate::ui::a11y::dialog_heading(ui, dialog_id, format!("PIN for {name}"), false);
        ui.label("This profile has a PIN. Type it to open the profile.");
        let field = ui.add(
            egui::TextEdit::singleline(&mut pin)
                .password(true)
                .desired_width(160.0),
        );
        field.widget_info(|| egui::WidgetInfo::labeled(egui::Role::PasswordInput, true, "PIN"));
        let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if ui.memory(|m| m.focused().is_none()) {
            field.request_focus();
        }
        ui.horizontal(|ui| {
            if ui.button("Open profile").clicked() || entered {
                intents.push(Intent::UnlockProfile(std::mem::take(&mut pin)));
            }
            if ui.button("Cancel").clicked() {
                pin.clear();
                intents.push(Intent::CancelUnlock);
            }
        });
    });
    ctx.data_mut(|d| d.insert_temp(memory, pin));
    intents
}
