//! "Make a handout (PDF)" buttons: the app saves the PDF and the button's line then says
//! where, with Open and Show in folder.

use egui::RichText;

use crate::app::AnkleBackApp;
use crate::intent::Intent;
use crate::ui::theme::Palette;

/// A handout button named `label`; `make` builds the intent when it is pressed. Below it, the
/// last handout this button made: its path and buttons to open it, or why it failed.
pub fn handout_ui(
    ui: &mut egui::Ui,
    app: &AnkleBackApp,
    label: &str,
    make: impl FnOnce() -> Intent,
) -> Option<Intent> {
    let last_id = egui::Id::unique("handout-last-button");
    let mut intent = None;
    if ui.button(label).clicked() {
        intent = Some(make());
        ui.data_mut(|d| d.insert_temp(last_id, label.to_owned()));
    }
    let mine = ui.data(|d| d.get_temp::<String>(last_id)).as_deref() == Some(label);
    if mine && intent.is_none() {
        match &app.last_handout {
            Some(Ok(path)) => {
                ui.label(format!("Handout saved: {}", path.display()));
                ui.horizontal_wrapped(|ui| {
                    if ui.small_button("Open the handout").clicked() {
                        intent = Some(Intent::OpenFile(path.clone()));
                    }
                    if let Some(folder) = path.parent()
                        && ui.small_button("Show in folder").clicked()
                    {
                        intent = Some(Intent::OpenFile(folder.to_path_buf()));
                    }
                });
            }
            Some(Err(err)) => {
                let palette = Palette::of(app.settings.theme);
                ui.label(
                    RichText::new(format!("Could not make the handout: {err}"))
                        .color(palette.warning_text),
                );
            }
            None => {}
        }
    }
    intent
}
