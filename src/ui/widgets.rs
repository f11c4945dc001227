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
