//! Small shared widgets.

use egui::RichText;

use crate::notice::{NOTICE, NOTICE_TITLE};

/// The educational-use notice as a framed box.
pub fn notice_ui(ui: &mut egui::Ui) {
    egui::Frame::group(ui.style())
        .inner_margin(egui::Margin::same(10))
        .show(ui, |ui| {
            ui.label(RichText::new(NOTICE_TITLE).strong());
            ui.label(NOTICE);
        });
}

/// A screen heading with a one-line description under it.
pub fn screen_heading_ui(ui: &mut egui::Ui, title: &str, description: &str) {
    ui.heading(title);
    ui.label(description);
    ui.add_space(8.0);
}

/// A button that is disabled, with the reason on hover and for screen readers, when this
/// copy cannot save.
pub fn save_button(ui: &mut egui::Ui, blocked: Option<&str>, text: &str) -> egui::Response {
    let response = ui.add_enabled(blocked.is_none(), egui::Button::new(text));
    match blocked {
        Some(why) => {
            ui.ctx()
                .accesskit_node_builder(response.id, |node| node.set_description(why));
            response.on_disabled_hover_text(why)
        }
        None => response,
    }
}

/// Says why a widget is disabled, on hover and for screen readers.
pub fn explain_disabled(
    ui: &egui::Ui,
    response: egui::Response,
    blocked: Option<&str>,
) -> egui::Response {
    match blocked {
        Some(why) => {
            ui.ctx()
                .accesskit_node_builder(response.id, |node| node.set_description(why));
            response.on_disabled_hover_text(why)
        }
        None => response,
    }
}

/// "Replace it / Import as a new profile / Cancel" for an import whose name is taken.
pub fn import_conflict_ui(ui: &mut egui::Ui) -> Option<crate::intent::Intent> {
    use crate::intent::{ImportChoice, Intent};
    let mut choice = None;
    ui.horizontal(|ui| {
        if ui.button("Replace it").clicked() {
            choice = Some(ImportChoice::Replace);
        }
        if ui.button("Import as a new profile").clicked() {
            choice = Some(ImportChoice::AsNew);
        }
        if ui.button("Cancel").clicked() {
            choice = Some(ImportChoice::Cancel);
        }
    });
    choice.map(Intent::ResolveImport)
}

/// "Words: Everyday words / Clinician detail" for the screen shown, not the setting. Returns
/// the screen's new level when one is chosen: `Some(None)` means "as the setting".
pub fn words_switch_ui(
    ui: &mut egui::Ui,
    label: &str,
    level: crate::settings::ReadingLevel,
    setting: crate::settings::ReadingLevel,
) -> Option<Option<crate::settings::ReadingLevel>> {
    use crate::settings::ReadingLevel;
    let mut chosen = None;
    ui.horizontal_wrapped(|ui| {
        ui.label(label);
        for option in [ReadingLevel::Patient, ReadingLevel::Clinician] {
            if ui
                .add(egui::Button::selectable(level == option, option.label()))
                .clicked()
                && level != option
            {
                chosen = Some((option != setting).then_some(option));
            }
        }
        if level != setting {
            ui.label(
                RichText::new(format!(
                    "(for this screen; the setting stays {})",
                    setting.label().to_lowercase()
                ))
                .small(),
            );
        }
    });
    chosen
}
