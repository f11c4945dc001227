//! A minimal eframe window with the same backend and features as AnkleBack: the baseline for
//! `scripts/bench-startup.sh`.

fn main() -> eframe::Result {
    eframe::run_ui_native(
        "Minimal window",
        eframe::NativeOptions {
            viewport: egui::ViewportBuilder::default().with_inner_size([1200.0, 800.0]),
            ..Default::default()
        },
        |ui, _frame| {
            egui::CentralPanel::default().show(ui, |ui| {
                ui.heading("Minimal window");
                ui.label("The baseline for the startup benchmark.");
            });
        },
    )
}
