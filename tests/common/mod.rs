//! The one shared kittest harness builder: the whole app over a data folder. Used by the
//! integration tests and, through `#[path]`, by the benchmarks.
#![allow(dead_code)]

use std::path::Path;

use ankleback::app::{AnkleBackApp, StartOptions};
use ankleback::store::DataDirChoice;
use ankleback::ui::window::AppWindow;
use egui_kittest::Harness;

/// The harness type every test and benchmark uses.
pub type AppHarness = Harness<'static, AppWindow>;

/// The app as a user starts it with `--data-dir dir`.
pub fn app_in(dir: &Path) -> AnkleBackApp {
    AnkleBackApp::new(StartOptions {
        data_dir: DataDirChoice::CommandLine(dir.to_path_buf()),
        content_dir: None,
    })
}

/// The whole app in a laptop-sized window, not yet run; `step_dt` is the time per frame.
pub fn harness_builder(app: AnkleBackApp, step_dt: Option<f32>) -> AppHarness {
    let mut builder = Harness::builder().with_size(egui::vec2(1280.0, 800.0));
    if let Some(step_dt) = step_dt {
        builder = builder.with_step_dt(step_dt);
    }
    builder.build_ui_state(
        |ui, window: &mut AppWindow| window.show(ui),
        AppWindow::new(app),
    )
}

/// A harness over the whole app at a laptop-sized window, after its first frames.
pub fn harness(app: AnkleBackApp) -> AppHarness {
    let mut harness = harness_builder(app, None);
    harness.run();
    harness
}

/// The app on a data folder where a person named `name` has a profile (made now on a first
/// start) and has answered the welcome.
pub fn person_app(dir: &Path, name: &str) -> AnkleBackApp {
    let mut app = app_in(dir);
    if app.profile.is_none() {
        app.apply(
            ankleback::intent::Intent::CreateProfile(name.to_owned()),
            0.0,
        );
    }
    app.apply(
        ankleback::intent::Intent::CompleteWelcome(ankleback::settings::Role::HavePain),
        0.0,
    );
    app.flush();
    app
}

/// A harness where a first profile exists and the first-start welcome has been answered.
pub fn welcomed_harness(dir: &Path) -> AppHarness {
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

/// Runs a self-check from the start with these answers, screen by screen as the screens
/// send them, up to its result.
pub fn answer_check(app: &mut AnkleBackApp, answers: &ankleback::selfcheck::answers::Answers) {
    use ankleback::intent::Intent;
    use ankleback::selfcheck::session::Verb;
    app.apply(Intent::SelfCheck(Verb::Restart), 0.0);
    app.apply(Intent::SelfCheck(Verb::Start), 0.0);
    loop {
        let questionnaire = app
            .content
            .questionnaires
            .first()
            .expect("a self-check ships");
        let run = app.self_check.run().expect("started");
        let Some((_, asked)) = questionnaire.next_screen(&run.answers) else {
            break;
        };
        let given = asked
            .iter()
            .map(|q| (q.id.clone(), answers[&q.id].clone()))
            .collect();
        app.apply(Intent::SelfCheck(Verb::AnswerScreen(given)), 0.0);
    }
}
