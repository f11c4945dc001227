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

/// The app on a data folder where a person named `name` has a profile (made now on a first
/// start) and has answered the welcome.
pub fn person_app(dir: &Path, name: &str) -> AnkleBackApp {
    let mut app = app_in(dir);
    if app.profile.is_none() {
        app.apply(ankleback::app::Intent::CreateProfile(name.to_owned()));
    }
    app.apply(ankleback::app::Intent::CompleteWelcome(
        ankleback::settings::Role::HavePain,
    ));
    app.flush();
    app
}

/// A harness where a first profile exists and the first-start welcome has been answered.
pub fn welcomed_harness(dir: &Path) -> Harness<'static, AnkleBackApp> {
    harness(person_app(dir, "Sam"))
}

/// The folder of the open profile.
pub fn profile_folder(app: &AnkleBackApp) -> std::path::PathBuf {
    app.profile
        .as_ref()
        .expect("a profile is open")
        .root()
        .to_path_buf()
}
