//! Settings & About.

use egui::RichText;

use crate::app::{AnkleBackApp, Intent};
use crate::settings::{ReadingLevel, TEXT_SCALE_RANGE, Theme};
use crate::ui::widgets::notice_ui;

/// The Settings & About screen. Returns the new settings when one was changed.
pub fn settings_ui(ui: &mut egui::Ui, app: &AnkleBackApp) -> Option<Intent> {
    let mut settings = app.settings.clone();
    ui.heading("Settings");
    ui.label("Changes apply at once and are saved on this computer.");
    ui.add_space(6.0);

    egui::Grid::new("settings_grid")
        .num_columns(2)
        .spacing([16.0, 10.0])
        .show(ui, |ui| {
            ui.label("Reading level");
            ui.horizontal_wrapped(|ui| {
                for level in ReadingLevel::ALL {
                    ui.radio_value(&mut settings.reading_level, level, level.label());
                }
            });
            ui.end_row();

            ui.label("Text size");
            ui.add(
                egui::Slider::new(&mut settings.text_scale_percent, TEXT_SCALE_RANGE)
                    .step_by(10.0)
                    .suffix(" %")
                    .text("Text size"),
            );
            ui.end_row();

            ui.label("Theme");
            ui.horizontal_wrapped(|ui| {
                for theme in Theme::ALL {
                    ui.radio_value(&mut settings.theme, theme, theme.label());
                }
            });
            ui.end_row();

            ui.label("Motion");
            ui.checkbox(&mut settings.reduce_motion, "Reduce motion");
            ui.end_row();
        });

    ui.add_space(16.0);
    about_ui(ui, app);

    (settings != app.settings).then_some(Intent::UpdateSettings(settings))
}

fn about_ui(ui: &mut egui::Ui, app: &AnkleBackApp) {
    ui.heading("About");
    ui.label(RichText::new(format!("AnkleBack {}", env!("CARGO_PKG_VERSION"))).strong());
    ui.label(
        "AnkleBack explains, in everyday words or clinician detail, how an ankle problem can \
         lead to back pain and how a back problem can be felt in the ankle, heel or Achilles \
         tendon. It works fully offline: it never connects to the internet.",
    );
    ui.add_space(6.0);
    notice_ui(ui);
    ui.add_space(6.0);
    ui.label(RichText::new("Where your data is kept").strong());
    ui.label(format!(
        "{} ({})",
        app.data_dir.path().display(),
        app.data_dir.reason()
    ));
    ui.label("Nothing leaves this computer. To use another folder, start the app with --data-dir FOLDER.");
}
