//! First start: who is using the app, and the educational-use notice.

use crate::app::Intent;
use crate::settings::Role;
use crate::ui::widgets::notice_ui;

/// The welcome dialog. Returns the answer once one is clicked.
pub fn welcome_ui(ctx: &egui::Context) -> Option<Intent> {
    let mut intent = None;
    egui::Modal::new(egui::Id::unique("welcome")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        ui.heading("Welcome to AnkleBack");
        ui.label(
            "This app shows how an ankle problem can lead to back pain, \
             and how a back problem can be felt in the ankle, heel or Achilles.",
        );
        ui.add_space(8.0);
        notice_ui(ui);
        ui.add_space(8.0);
        ui.label(egui::RichText::new("Which best describes you?").strong());
        ui.label("We use this to choose everyday words or clinician detail. You can change it later in Settings.");
        ui.add_space(4.0);
        for role in Role::ALL {
            if ui
                .add_sized([ui.available_width(), 32.0], egui::Button::new(role.label()))
                .clicked()
            {
                intent = Some(Intent::CompleteWelcome(role));
            }
        }
    });
    intent
}
