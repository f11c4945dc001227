//! The profiles on this computer, in Settings: which one is in use, adding, renaming,
//! export, PIN, erasing (with a confirmation dialog) and import.

use egui::RichText;

use crate::app::AnkleBackApp;
use crate::intent::Intent;
use crate::ui::widgets::save_button;

/// Drafts typed into the profile forms.
#[derive(Clone, Debug, Default)]
struct ProfileDrafts {
    new_name: String,
    rename: String,
    import_path: String,
    export_folder: String,
    pin: String,
    confirm_delete: Option<String>,
}

/// The profiles on this computer: switch, add, rename, export, PIN, erase, import.
pub(super) fn profiles_ui(ui: &mut egui::Ui, app: &AnkleBackApp, intents: &mut Vec<Intent>) {
    let id = egui::Id::unique("profile-drafts");
    let mut drafts: ProfileDrafts = ui.data(|d| d.get_temp(id)).unwrap_or_default();
    let blocked = (!app.can_change_profiles()).then(|| app.t(crate::app::READ_ONLY_WHY));
    crate::ui::a11y::heading(ui, RichText::new(app.t("profiles-heading")).heading(), 2);
    ui.label(app.t("profiles-intro"));
    crate::ui::a11y::radio_group(ui, app.t("profiles-in-use-group"), |ui| {
        for entry in &app.profiles.list {
            ui.horizontal(|ui| {
                let active = app.profile.is_some() && entry.id == app.profiles.active;
                if ui.radio(active, &entry.name).clicked() && !active {
                    intents.push(Intent::SwitchProfile(entry.id.clone()));
                }
                if active {
                    ui.label(RichText::new(app.t("profiles-in-use")).weak());
                }
            });
        }
    });
    ui.horizontal(|ui| {
        let field = ui.add(crate::ui::widgets::hinted_field(
            ui,
            &mut drafts.new_name,
            app.t("profiles-name-hint"),
            180.0,
        ));
        field.widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::TextInput, true, app.t("profiles-new-name"))
        });
        if save_button(ui, blocked, app.t("profiles-add")).clicked()
            && !drafts.new_name.trim().is_empty()
        {
            intents.push(Intent::CreateProfile(drafts.new_name.trim().to_owned()));
            drafts.new_name.clear();
        }
    });
    if let Some(active) = app
        .profiles
        .active_entry()
        .filter(|_| app.profile.is_some())
    {
        ui.horizontal(|ui| {
            let field = ui.add(crate::ui::widgets::hinted_field(
                ui,
                &mut drafts.rename,
                app.t("profiles-rename-hint"),
                180.0,
            ));
            field.widget_info(|| {
                egui::WidgetInfo::labeled(
                    egui::Role::TextInput,
                    true,
                    app.t("profiles-rename-field"),
                )
            });
            if save_button(ui, blocked, app.t("profiles-rename")).clicked()
                && !drafts.rename.trim().is_empty()
            {
                intents.push(Intent::RenameProfile {
                    id: active.id.clone(),
                    name: drafts.rename.trim().to_owned(),
                });
                drafts.rename.clear();
            }
        });
        ui.horizontal_wrapped(|ui| {
            let field = ui.add(crate::ui::widgets::hinted_field(
                ui,
                &mut drafts.export_folder,
                &app.data_dir.path().join("exports").display().to_string(),
                320.0,
            ));
            field.widget_info(|| {
                egui::WidgetInfo::labeled(
                    egui::Role::TextInput,
                    true,
                    app.t("profiles-export-folder"),
                )
            });
            let start = if drafts.export_folder.trim().is_empty() {
                app.data_dir.path().to_path_buf()
            } else {
                std::path::PathBuf::from(drafts.export_folder.trim())
            };
            crate::ui::file_chooser::choose_button_ui(
                ui,
                "export",
                app.t("profiles-choose-folder"),
                &start,
            );
            if ui.button(app.t("profiles-export")).clicked() {
                let folder = drafts.export_folder.trim();
                intents.push(Intent::ExportProfile(
                    (!folder.is_empty()).then(|| std::path::PathBuf::from(folder)),
                ));
            }
        });
        if let Some(folder) = crate::ui::file_chooser::chooser_panel_ui(
            ui,
            "export",
            crate::store::browse::Pick::Folder,
        ) {
            drafts.export_folder = folder.display().to_string();
        }
        ui.label(RichText::new(app.t("profiles-export-help")).weak());
        ui.horizontal_wrapped(|ui| {
            let field = ui.add(
                egui::TextEdit::singleline(&mut drafts.pin)
                    .password(true)
                    .hint_text(app.t("profiles-pin-hint"))
                    .desired_width(crate::ui::widgets::field_width(ui, 120.0)),
            );
            field.widget_info(|| {
                egui::WidgetInfo::labeled(
                    egui::Role::PasswordInput,
                    true,
                    app.t("profiles-new-pin"),
                )
            });
            if save_button(ui, blocked, app.t("profiles-set-pin")).clicked()
                && !drafts.pin.trim().is_empty()
            {
                intents.push(Intent::SetPin(Some(std::mem::take(&mut drafts.pin))));
            }
            if active.pin_hash.is_some()
                && save_button(ui, blocked, app.t("profiles-remove-pin")).clicked()
            {
                intents.push(Intent::SetPin(None));
            }
        });
        ui.label(RichText::new(app.t("profiles-pin-help")).weak());
        if save_button(ui, blocked, app.t("profiles-erase")).clicked() {
            drafts.confirm_delete = Some(active.id.clone());
        }
    }
    ui.horizontal(|ui| {
        let field = ui.add(crate::ui::widgets::hinted_field(
            ui,
            &mut drafts.import_path,
            app.t("profiles-import-hint"),
            320.0,
        ));
        field.widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::TextInput, true, app.t("profiles-import-file"))
        });
        let start = if drafts.import_path.trim().is_empty() {
            app.data_dir.path().join("exports")
        } else {
            std::path::PathBuf::from(drafts.import_path.trim())
        };
        crate::ui::file_chooser::choose_button_ui(
            ui,
            "import",
            app.t("profiles-choose-file"),
            &start,
        );
        let importing = app.is_importing();
        let clicked = if importing {
            ui.add_enabled(false, egui::Button::new(app.t("profiles-reading-file")));
            false
        } else {
            save_button(ui, blocked, app.t("profiles-import")).clicked()
        };
        if clicked && !drafts.import_path.trim().is_empty() {
            intents.push(Intent::ImportProfile(std::path::PathBuf::from(
                drafts.import_path.trim(),
            )));
        }
    });
    if let Some(file) = crate::ui::file_chooser::chooser_panel_ui(
        ui,
        "import",
        crate::store::browse::Pick::File("ron"),
    ) {
        drafts.import_path = file.display().to_string();
    }
    if let Some(pending) = &app.pending_import {
        ui.label(
            RichText::new(app.tf(
                "profiles-import-conflict",
                &[("name", pending.export.name.as_str().into())],
            ))
            .strong(),
        );
        intents.extend(crate::ui::widgets::import_conflict_ui(ui, app));
    }
    if let Some(target) = drafts.confirm_delete.clone() {
        let name = app
            .profiles
            .entry(&target)
            .map_or(app.t("erase-this-profile"), |p| p.name.as_str());
        let dialog_id = egui::Id::unique("confirm-erase");
        let heading = app.t("erase-heading");
        let dialog = crate::ui::a11y::dialog(dialog_id, heading);
        let modal = dialog.show(ui.ctx(), |ui| {
            crate::ui::a11y::dialog_heading(ui, dialog_id, heading, true);
            ui.label(app.tf("erase-what", &[("name", name.into())]));
            ui.label(app.t("erase-exports"));
            ui.horizontal_wrapped(|ui| {
                if ui.button(app.t("erase-yes")).clicked() {
                    intents.push(Intent::DeleteProfile(target.clone()));
                    drafts.confirm_delete = None;
                }
                if ui.button(app.t("erase-keep")).clicked() {
                    drafts.confirm_delete = None;
                }
            });
        });
        if modal.should_close() {
            drafts.confirm_delete = None;
        }
    }
    ui.data_mut(|d| d.insert_temp(id, drafts));
}
