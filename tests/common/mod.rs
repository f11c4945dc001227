//! Shared kittest harness: the whole app over a data folder.
#![allow(dead_code)]

use std::path::Path;

use ankleback::app::{AnkleBackApp, StartOptions};
use ankleback::store::DataDirChoice;
use egui_kittest::Harness;

/// The app as a user starts it with `--data-dir dir`.
pub fn app_in(dir: &Path) -> AnkleBackApp {
    AnkleBackApp::new(StartOptions {
        data_dir: DataDirChoice::CommandLine(dir.to_path_buf()),
        content_dir: None,
    })
}

/// A harness over the whole app at a laptop-sized window.
pub fn harness(app: AnkleBackApp) -> Harness<'static, AnkleBackApp> {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_ui_state(|ui, app: &mut AnkleBackApp| app.show(ui), app);
    harness.run();
    harness
}

/// A harness where the first-start welcome has already been answered.
pub fn welcomed_harness(dir: &Path) -> Harness<'static, AnkleBackApp> {
    let mut app = app_in(dir);
    app.apply(ankleback::app::Intent::CompleteWelcome(
        ankleback::settings::Role::HavePain,
    ));
    harness(app)
}
