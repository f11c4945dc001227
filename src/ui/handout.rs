//! "Make a handout (PDF)" buttons: the app saves the PDF in the handouts folder, or where
//! "Save as…" says (the app's own chooser, no GTK), and the button's line then says where,
//! with Open and Show in folder. A check box adds the pain diary's chart.

use egui::RichText;

use crate::app::AnkleBackApp;
use crate::intent::{HandoutOrder, Intent};
use crate::ui::file_chooser;
use crate::ui::theme::Palette;

/// A handout button named `label` and its "Save as…"; `make` says what the handout holds.
/// Below them, the last handout these buttons made: its path and buttons to open it, or why
/// it failed.
pub fn handout_ui(
    ui: &mut egui::Ui,
    app: &AnkleBackApp,
    label: &str,
    make: impl Fn() -> HandoutOrder,
) -> Option<Intent> {
    let last_id = egui::Id::unique("handout-last-button");
    // One choice for every handout button: people who want the chart want it everywhere.
    let diary_id = egui::Id::unique("handout-diary");
    let mut diary = ui.data(|d| d.get_temp::<bool>(diary_id)).unwrap_or(false);
    let has_diary = app
        .progress
        .diary
        .iter()
        .any(|e| e.ankle.is_some() || e.back.is_some());
    let salt = format!("save-handout:{label}");
    let mut order = None;
    ui.horizontal_wrapped(|ui| {
        if ui.button(label).clicked() {
            order = Some(make());
        }
        file_chooser::save_button_ui(
            ui,
            &salt,
            app.t("handout-save-as"),
            || app.handout_folder().unwrap_or_default(),
            || {
                let date = crate::progress::today();
                format!("{}.pdf", crate::handout::file_stem(&date, &make().topic))
            },
        );
        if has_diary {
            ui.checkbox(&mut diary, app.t("handout-add-diary"));
        }
    });
    ui.data_mut(|d| d.insert_temp(diary_id, diary));
    if let Some(path) = file_chooser::save_panel_ui(ui, &salt, "pdf") {
        order = Some(HandoutOrder {
            save_as: Some(path),
            ..make()
        });
    }
    let mut intent = order.map(|order| {
        ui.data_mut(|d| d.insert_temp(last_id, label.to_owned()));
        Intent::MakeHandout(HandoutOrder {
            diary: diary && has_diary,
            ..order
        })
    });
    let mine = ui.data(|d| d.get_temp::<String>(last_id)).as_deref() == Some(label);
    if mine && intent.is_none() {
        match &app.last_handout {
            Some(Ok(path)) => {
                ui.label(app.tf(
                    "handout-saved",
                    &[("path", path.display().to_string().into())],
                ));
                ui.horizontal_wrapped(|ui| {
                    if ui.small_button(app.t("handout-open")).clicked() {
                        intent = Some(Intent::OpenFile(path.clone()));
                    }
                    if let Some(folder) = path.parent()
                        && ui.small_button(app.t("handout-show-folder")).clicked()
                    {
                        intent = Some(Intent::OpenFile(folder.to_path_buf()));
                    }
                });
            }
            Some(Err(err)) => {
                let palette = Palette::of(app.settings.theme);
                ui.label(
                    RichText::new(app.tf("handout-failed", &[("why", err.as_str().into())]))
                        .color(palette.warning_text),
                );
            }
            None => {}
        }
    }
    intent
}
