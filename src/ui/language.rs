//! The language choice (first start and Settings): each language named in itself, with its
//! review status. Shown only when the content offers more than one language.

use crate::app::AnkleBackApp;
use crate::settings::Settings;

/// Radio buttons for the offered languages; sets `settings.language` when one is clicked.
/// Returns whether anything was drawn.
pub fn language_choice(ui: &mut egui::Ui, app: &AnkleBackApp, settings: &mut Settings) -> bool {
    let offered = app.languages.offered();
    if offered.len() < 2 {
        return false;
    }
    ui.vertical(|ui| {
        // One named group, in the language being read and in English.
        let name = "Language / Idioma"; // i18n-ok: in both languages, on purpose
        crate::ui::a11y::radio_group(ui, name, |ui| {
            ui.horizontal_wrapped(|ui| {
                ui.spacing_mut().item_spacing.x = 24.0;
                for language in offered {
                    if ui
                        .radio(app.content_lang == language.code, &language.name)
                        .clicked()
                    {
                        settings.language.clone_from(&language.code);
                    }
                }
            });
        });
        if let Some(current) = offered.iter().find(|o| o.code == app.content_lang)
            && !current.status.is_empty()
        {
            ui.label(egui::RichText::new(&current.status).weak());
        }
    });
    true
}
