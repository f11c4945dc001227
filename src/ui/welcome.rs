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
        crate::ui::widgets::dialog_body(ui, 520.0, |ui| {
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
                        [
                            ui.available_width(),
                            32.0 * crate::ui::theme::text_scale_of(ui),
                        ],
                        egui::Button::new(app.t(role.message_id())),
                    )
                    .clicked()
                {
                    intent = Some(Intent::CompleteWelcome(role));
                }
            }
        });
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
    let heading = app.t("chooser-heading");
    let mut settings = app.settings.clone();
    crate::ui::a11y::dialog(dialog_id, heading).show(ctx, |ui| {
        crate::ui::widgets::dialog_body(ui, 520.0, |ui| {
            crate::ui::a11y::dialog_heading(ui, dialog_id, heading, false);
            // The language first, so that even the name question is in words the person
            // reads (the new profile keeps it).
            if crate::ui::language::language_choice(ui, app, &mut settings) {
                ui.add_space(4.0);
            }
            if let Some(problem) = &app.data_folder_problem {
                let palette = crate::ui::theme::Palette::of(app.settings.theme);
                let folder = app.data_dir.path().display().to_string();
                ui.label(
                    egui::RichText::new(app.tf(
                        "chooser-cannot-save",
                        &[
                            ("folder", folder.into()),
                            ("problem", app.messages.say(problem).into()),
                        ],
                    ))
                    .color(palette.warning_text),
                );
            }
            if !app.profiles.list.is_empty() {
                ui.label(app.t("chooser-choose"));
                for entry in &app.profiles.list {
                    if ui
                        .add_sized(
                            [
                                ui.available_width(),
                                30.0 * crate::ui::theme::text_scale_of(ui),
                            ],
                            egui::Button::new(&entry.name),
                        )
                        .clicked()
                    {
                        intents.push(Intent::SwitchProfile(entry.id.clone()));
                    }
                }
                ui.add_space(8.0);
                ui.label(app.t("chooser-or-new"));
            } else {
                ui.label(app.t("chooser-first"));
            }
            ui.horizontal(|ui| {
                let field = ui.add(crate::ui::widgets::hinted_field(
                    ui,
                    &mut name,
                    app.t("chooser-name-hint"),
                    240.0,
                ));
                field.widget_info(|| {
                    egui::WidgetInfo::labeled(egui::Role::TextInput, true, app.t("chooser-name"))
                });
                // Before focus may be taken back below.
                let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                if app.profiles.list.is_empty() && ui.memory(|m| m.focused().is_none()) {
                    // First start: the name is the only thing to do, so typing goes there.
                    field.request_focus();
                }
                let enabled = !name.trim().is_empty() && app.can_change_profiles();
                let start = ui.add_enabled(enabled, egui::Button::new(app.t("chooser-start")));
                if enabled && (start.clicked() || entered) {
                    intents.push(Intent::CreateProfile(name.trim().to_owned()));
                    name.clear();
                }
            });
            ui.add_space(8.0);
            ui.label(app.t("chooser-import"));
            let path_id = egui::Id::unique("chooser-import-path");
            let mut path: String = ui.data(|d| d.get_temp(path_id)).unwrap_or_default();
            ui.horizontal(|ui| {
                let field = ui.add(crate::ui::widgets::hinted_field(
                    ui,
                    &mut path,
                    app.t("chooser-import-hint"),
                    300.0,
                ));
                field.widget_info(|| {
                    egui::WidgetInfo::labeled(egui::Role::TextInput, true, app.t("chooser-file"))
                });
                let enabled = !path.trim().is_empty() && !app.is_importing();
                if ui
                    .add_enabled(enabled, egui::Button::new(app.t("chooser-import-button")))
                    .clicked()
                {
                    intents.push(Intent::ImportProfile(path.trim().into()));
                }
            });
            if app.pending_import.is_some() {
                ui.label(app.t("chooser-name-taken"));
                intents.extend(crate::ui::widgets::import_conflict_ui(ui, app));
            }
            ui.data_mut(|d| d.insert_temp(path_id, path));
        });
    });
    ctx.data_mut(|d| d.insert_temp(id, name));
    if settings.language != app.settings.language {
        intents.insert(0, Intent::UpdateSettings(settings));
    }
    intents
}

/// Closing while changes could not be saved: try again, save a copy elsewhere, or quit.
pub fn close_prompt_ui(
    ctx: &egui::Context,
    app: &AnkleBackApp,
    prompt: &ClosePrompt,
) -> Vec<Intent> {
    let mut intents = Vec::new();
    let id = egui::Id::unique("close-copy-folder");
    let mut folder: String = ctx.data(|d| d.get_temp(id)).unwrap_or_default();
    let dialog_id = egui::Id::unique("close-prompt");
    let heading = app.t("close-heading");
    crate::ui::a11y::dialog(dialog_id, heading).show(ctx, |ui| {
        crate::ui::widgets::dialog_body(ui, 560.0, |ui| {
            crate::ui::a11y::dialog_heading(ui, dialog_id, heading, true);
            ui.label(app.tf(
                "close-intro",
                &[("files", prompt.unsaved.join(", ").into())],
            ));
            ui.add_space(6.0);
            if ui.button(app.t("close-retry")).clicked() {
                intents.push(Intent::CloseRetry);
            }
            ui.horizontal_wrapped(|ui| {
                let field = ui.add(crate::ui::widgets::hinted_field(
                    ui,
                    &mut folder,
                    app.t("close-folder-hint"),
                    260.0,
                ));
                field.widget_info(|| {
                    egui::WidgetInfo::labeled(egui::Role::TextInput, true, app.t("close-folder"))
                });
                let enabled = !folder.trim().is_empty();
                if ui
                    .add_enabled(enabled, egui::Button::new(app.t("close-save-copy")))
                    .clicked()
                {
                    intents.push(Intent::CloseSaveCopy(folder.trim().into()));
                }
            });
            ui.horizontal_wrapped(|ui| {
                if ui.button(app.t("close-quit")).clicked() {
                    intents.push(Intent::CloseQuitAnyway);
                }
                if ui.button(app.t("close-keep-open")).clicked() {
                    intents.push(Intent::CloseCancel);
                }
            });
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
        .map_or(app.t("pin-this-profile"), |p| p.name.as_str());
    let dialog_id = egui::Id::unique("pin-prompt");
    let heading = app.tf("pin-heading", &[("name", name.into())]);
    crate::ui::a11y::dialog(dialog_id, &heading).show(ctx, |ui| {
        crate::ui::widgets::dialog_body(ui, 420.0, |ui| {
            crate::ui::a11y::dialog_heading(ui, dialog_id, &heading, false);
            ui.label(app.t("pin-intro"));
            let field = ui.add(
                egui::TextEdit::singleline(&mut pin)
                    .password(true)
                    .desired_width(crate::ui::widgets::field_width(ui, 160.0)),
            );
            field.widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::PasswordInput, true, app.t("pin-field"))
            });
            let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if ui.memory(|m| m.focused().is_none()) {
                field.request_focus();
            }
            ui.horizontal(|ui| {
                if ui.button(app.t("pin-open")).clicked() || entered {
                    intents.push(Intent::UnlockProfile(std::mem::take(&mut pin)));
                }
                if ui.button(app.t("pin-cancel")).clicked() {
                    pin.clear();
                    intents.push(Intent::CancelUnlock);
                }
            });
        });
    });
    ctx.data_mut(|d| d.insert_temp(memory, pin));
    intents
}
