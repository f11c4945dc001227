//! Settings & About.

use egui::RichText;

use crate::app::AnkleBackApp;
use crate::handout::Paper;
use crate::intent::Intent;
use crate::settings::{ReadingLevel, Role, TEXT_SCALE_RANGE, Theme};
use crate::ui::widgets::{notice_ui, save_button};

/// The Settings & About screen. Returns the new settings when one was changed.
pub fn settings_ui(ui: &mut egui::Ui, app: &AnkleBackApp) -> Vec<Intent> {
    let mut settings = app.settings.clone();
    crate::ui::a11y::screen_heading(ui, app.t("settings-heading"));
    ui.label(app.t("settings-intro"));
    ui.add_space(6.0);

    egui::Grid::new("settings_grid")
        .num_columns(2)
        .spacing([16.0, 10.0])
        .show(ui, |ui| {
            if app.languages.offered().len() > 1 {
                ui.label(app.t("settings-language"));
                crate::ui::language::language_choice(ui, app, &mut settings);
                ui.end_row();
            }

            ui.label(app.t("settings-who"));
            crate::ui::a11y::radio_group(ui, app.t("settings-who"), |ui| {
                ui.horizontal_wrapped(|ui| {
                    for role in Role::ALL {
                        if ui
                            .radio(
                                settings.role == Some(role),
                                app.t(&format!("role-{role:?}")),
                            )
                            .clicked()
                        {
                            // The answer to the first-start question; it also picks the reading
                            // level, which can still be changed below.
                            settings.set_role(role);
                        }
                    }
                })
            });
            ui.end_row();

            ui.label(app.t("settings-level"));
            crate::ui::a11y::radio_group(ui, app.t("settings-level"), |ui| {
                ui.horizontal_wrapped(|ui| {
                    for level in ReadingLevel::ALL {
                        ui.radio_value(
                            &mut settings.reading_level,
                            level,
                            app.t(&format!("level-{level:?}")),
                        );
                    }
                })
            });
            ui.end_row();

            ui.label(app.t("settings-text-size"));
            ui.add(
                egui::Slider::new(&mut settings.text_scale_percent, TEXT_SCALE_RANGE)
                    .step_by(10.0)
                    .suffix(" %")
                    .text(app.t("settings-text-size")),
            );
            ui.end_row();

            ui.label(app.t("settings-theme"));
            crate::ui::a11y::radio_group(ui, app.t("settings-theme"), |ui| {
                ui.horizontal_wrapped(|ui| {
                    for theme in Theme::ALL {
                        ui.radio_value(
                            &mut settings.theme,
                            theme,
                            app.t(&format!("theme-{theme:?}")),
                        );
                    }
                })
            });
            ui.end_row();

            ui.label(app.t("settings-motion"));
            ui.checkbox(&mut settings.reduce_motion, app.t("settings-reduce-motion"));
            ui.end_row();

            ui.label(app.t("settings-reading-aloud"));
            ui.add(
                egui::Slider::new(&mut settings.speech_rate, 80..=300)
                    .suffix(app.t("settings-words-a-minute"))
                    .text(app.t("settings-reading-speed")),
            );
            ui.end_row();

            let label = ui.label(app.t("settings-emergency"));
            ui.vertical(|ui| {
                ui.add(
                    egui::TextEdit::singleline(&mut settings.emergency_number)
                        .hint_text(app.t("settings-emergency-hint"))
                        .desired_width(160.0),
                )
                .labelled_by(label.id);
                ui.label(RichText::new(app.t("settings-emergency-help")).weak());
            });
            ui.end_row();

            let label = ui.label("Clinic name");
            ui.vertical(|ui| {
                ui.add(
                    egui::TextEdit::singleline(&mut settings.clinic_name)
                        .hint_text("e.g. Hill Road Clinic")
                        .char_limit(80)
                        .desired_width(260.0),
                )
                .labelled_by(label.id);
                ui.label(RichText::new("Printed under the title of every handout.").weak());
            });
            ui.end_row();

            ui.label("Handout paper");
            ui.vertical(|ui| {
                let current = settings.paper();
                crate::ui::a11y::radio_group(ui, "Handout paper", |ui| {
                    ui.horizontal_wrapped(|ui| {
                        for paper in Paper::ALL {
                            if ui.radio(current == paper, paper.label()).clicked() {
                                settings.paper = Some(paper);
                            }
                        }
                    });
                });
                if settings.paper.is_none() {
                    ui.label(
                        RichText::new("Chosen from this computer's language and country.").weak(),
                    );
                }
            });
            ui.end_row();
        });
    settings.emergency_number = settings
        .emergency_number
        .chars()
        .filter(|c| c.is_ascii_digit() || matches!(c, '+' | ' ' | '-'))
        .take(16)
        .collect();

    let mut intents = Vec::new();
    ui.add_space(16.0);
    profiles_ui(ui, app, &mut intents);
    ui.add_space(16.0);
    about_ui(ui, app);

    if settings != app.settings {
        intents.push(Intent::UpdateSettings(settings));
    }
    intents
}

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

fn profiles_ui(ui: &mut egui::Ui, app: &AnkleBackApp, intents: &mut Vec<Intent>) {
    let id = egui::Id::unique("profile-drafts");
    let mut drafts: ProfileDrafts = ui.data(|d| d.get_temp(id)).unwrap_or_default();
    let blocked = (!app.can_change_profiles()).then_some(crate::app::READ_ONLY_WHY);
    crate::ui::a11y::heading(ui, RichText::new("Profiles").heading(), 2);
    ui.label("On a shared computer, each person can have their own profile. Each profile keeps its own settings and progress.");
    crate::ui::a11y::radio_group(ui, "Profile in use", |ui| {
        for entry in &app.profiles.list {
            ui.horizontal(|ui| {
                let active = app.profile.is_some() && entry.id == app.profiles.active;
                if ui.radio(active, &entry.name).clicked() && !active {
                    intents.push(Intent::SwitchProfile(entry.id.clone()));
                }
                if active {
                    ui.label(RichText::new("(in use)").weak());
                }
            });
        }
    });
    ui.horizontal(|ui| {
        let field = ui.add(
            egui::TextEdit::singleline(&mut drafts.new_name)
                .hint_text("Name")
                .desired_width(180.0),
        );
        field.widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::TextInput, true, "New profile name")
        });
        if save_button(ui, blocked, "Add profile").clicked() && !drafts.new_name.trim().is_empty() {
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
            let field = ui.add(
                egui::TextEdit::singleline(&mut drafts.rename)
                    .hint_text("New name")
                    .desired_width(180.0),
            );
            field.widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::TextInput, true, "Rename profile")
            });
            if save_button(ui, blocked, "Rename").clicked() && !drafts.rename.trim().is_empty() {
                intents.push(Intent::RenameProfile {
                    id: active.id.clone(),
                    name: drafts.rename.trim().to_owned(),
                });
                drafts.rename.clear();
            }
        });
        ui.horizontal_wrapped(|ui| {
            let field = ui.add(
                egui::TextEdit::singleline(&mut drafts.export_folder)
                    .hint_text(app.data_dir.path().join("exports").display().to_string())
                    .desired_width(320.0),
            );
            field.widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::TextInput, true, "Folder to export to")
            });
            let start = if drafts.export_folder.trim().is_empty() {
                app.data_dir.path().to_path_buf()
            } else {
                std::path::PathBuf::from(drafts.export_folder.trim())
            };
            crate::ui::file_chooser::choose_button_ui(ui, "export", "Choose a folder…", &start);
            if ui.button("Export this profile").clicked() {
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
        ui.label(
            RichText::new(
                "The file is named after the person and today's date. Leave the folder empty to \
                 use the exports folder inside the data folder.",
            )
            .weak(),
        );
        ui.horizontal_wrapped(|ui| {
            let field = ui.add(
                egui::TextEdit::singleline(&mut drafts.pin)
                    .password(true)
                    .hint_text("4 or more digits")
                    .desired_width(120.0),
            );
            field.widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::PasswordInput, true, "New PIN")
            });
            if save_button(ui, blocked, "Set PIN").clicked() && !drafts.pin.trim().is_empty() {
                intents.push(Intent::SetPin(Some(std::mem::take(&mut drafts.pin))));
            }
            if active.pin_hash.is_some() && save_button(ui, blocked, "Remove PIN").clicked() {
                intents.push(Intent::SetPin(None));
            }
        });
        ui.label(
            RichText::new(
                "With a PIN, nobody can switch to this profile without it. Only a scrambled \
                 form of the PIN is kept.",
            )
            .weak(),
        );
        if save_button(ui, blocked, "Erase my data…").clicked() {
            drafts.confirm_delete = Some(active.id.clone());
        }
    }
    ui.horizontal(|ui| {
        let field = ui.add(
            egui::TextEdit::singleline(&mut drafts.import_path)
                .hint_text("/media/usb/AnkleBack-Ana-2026-12-01.ron")
                .desired_width(320.0),
        );
        field.widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::TextInput, true, "File to import")
        });
        let start = if drafts.import_path.trim().is_empty() {
            app.data_dir.path().join("exports")
        } else {
            std::path::PathBuf::from(drafts.import_path.trim())
        };
        crate::ui::file_chooser::choose_button_ui(ui, "import", "Choose a file…", &start);
        let importing = app.is_importing();
        let clicked = if importing {
            ui.add_enabled(false, egui::Button::new("Reading the file…"));
            false
        } else {
            save_button(ui, blocked, "Import profile").clicked()
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
            RichText::new(format!(
                "A profile named \"{}\" already exists. Replace it, or import as a new profile?",
                pending.export.name
            ))
            .strong(),
        );
        intents.extend(crate::ui::widgets::import_conflict_ui(ui));
    }
    if let Some(target) = drafts.confirm_delete.clone() {
        let name = app
            .profiles
            .entry(&target)
            .map_or("this profile", |p| p.name.as_str());
        let dialog_id = egui::Id::unique("confirm-erase");
        let dialog = crate::ui::a11y::dialog(dialog_id, "Erase this profile?");
        let modal = dialog.show(ui.ctx(), |ui| {
            crate::ui::a11y::dialog_heading(ui, dialog_id, "Erase this profile?", true);
            ui.label(format!(
                "The settings, diary, plan and self-checks of the profile \"{name}\" will be \
                 deleted from this computer. This cannot be undone."
            ));
            ui.label(
                "Export files made earlier are not deleted: they are wherever they were saved \
                 (by default the exports folder inside the data folder). Delete them yourself \
                 if they should go too.",
            );
            ui.horizontal(|ui| {
                if ui.button("Yes, erase everything").clicked() {
                    intents.push(Intent::DeleteProfile(target.clone()));
                    drafts.confirm_delete = None;
                }
                if ui.button("Keep my data").clicked() {
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

fn about_ui(ui: &mut egui::Ui, app: &AnkleBackApp) {
    crate::ui::a11y::heading(ui, RichText::new("About").heading(), 2);
    ui.label(RichText::new(format!("AnkleBack {}", env!("CARGO_PKG_VERSION"))).strong());
    ui.label(
        "AnkleBack explains, in everyday words or clinician detail, how an ankle problem can \
         lead to back pain and how a back problem can be felt in the ankle, heel or Achilles \
         tendon. It works fully offline: it never connects to the internet.",
    );
    ui.add_space(6.0);
    notice_ui(ui);
    ui.add_space(6.0);
    ui.label(RichText::new("Who wrote the content, and how").strong());
    ui.label(
        "The AnkleBack project team wrote the articles, the recovery plan and the self-check \
         text, with AI writing tools, from five public web pages and from published guidance \
         (NICE guidelines and summaries, the IFOMPT red-flag framework, the JOSPT Achilles \
         guideline and the research listed below). The team members are software and content \
         engineers, not clinicians. Facts and figures were checked against the published \
         abstract or guideline page; where that was not possible the source says so, and \
         figures that could not be checked were left out.",
    );
    ui.label(RichText::new("Review status").strong());
    ui.label(
        "Not yet reviewed by a clinician. An outside review of an earlier version found errors \
         that have been corrected, but no clinician has yet signed off the current text.",
    );
    ui.label(RichText::new("Funding and advertising").strong());
    ui.label("None. The app has no sponsor, shows no advertising and sells nothing.");
    ui.label(RichText::new("Privacy").strong());
    ui.label(
        "Nothing you enter leaves this computer: the app never connects to the internet, and \
         your diary, plan and self-check answers are saved only in the folder shown below.",
    );
    ui.add_space(6.0);
    ui.label(RichText::new("Sources").strong());
    ui.label("Every explanation names its source. The articles are written in our own words from:");
    for source in &app.content.sources {
        ui.label(format!(
            "• {} ({}, {}). {}.",
            source.title,
            source.publisher,
            source.year,
            source.evidence.label()
        ));
    }
    ui.add_space(6.0);
    ui.label(RichText::new("Where your data is kept").strong());
    ui.label(format!(
        "{} ({})",
        app.data_dir.path().display(),
        app.data_dir.reason()
    ));
    ui.label("Nothing leaves this computer. To use another folder, start the app with --data-dir FOLDER.");
}
