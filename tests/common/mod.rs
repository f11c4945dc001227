//! The one shared kittest harness builder: the whole app over a data folder. Used by the
//! integration tests and, through `#[path]`, by the benchmarks (which also time frames with
//! [`time_frames`]). Also the small steps many tests share: clicking and typing by label, and
//! copying a fixture tree.
#![allow(dead_code)]

use std::path::Path;

use ankleback::app::{AnkleBackApp, StartOptions};
use ankleback::store::DataDirChoice;
use ankleback::ui::window::AppWindow;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

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
    sized_harness_builder(app, egui::vec2(1280.0, 800.0), step_dt)
}

/// The whole app in a window of `size` points, not yet run; `step_dt` is the time per frame.
pub fn sized_harness_builder(
    app: AnkleBackApp,
    size: egui::Vec2,
    step_dt: Option<f32>,
) -> AppHarness {
    let mut builder = Harness::builder().with_size(size);
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

/// Brings the (first) widget with this label into view and clicks it.
pub fn click(harness: &mut AppHarness, label: &str) {
    harness
        .get_all_by_label(label)
        .next()
        .unwrap_or_else(|| panic!("no widget labelled {label:?}"))
        .scroll_to_me();
    harness.run();
    harness
        .get_all_by_label(label)
        .next()
        .unwrap_or_else(|| panic!("no widget labelled {label:?}"))
        .click();
    harness.run();
}

/// Clicks into the text field labelled `field` and types `text`.
pub fn type_into(harness: &mut AppHarness, field: &str, text: &str) {
    harness.get_by_label(field).scroll_to_me();
    harness.run();
    harness.get_by_label(field).click();
    harness.run();
    harness.get_by_label(field).type_text(text);
    harness.run();
}

/// Copies a folder tree (a content fixture), leaving out files named in `skip`.
pub fn copy_tree(from: &Path, to: &Path, skip: &[&str]) {
    std::fs::create_dir_all(to).unwrap_or_else(|e| panic!("{}: {e}", to.display()));
    let entries = std::fs::read_dir(from).unwrap_or_else(|e| panic!("{}: {e}", from.display()));
    for entry in entries.flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_tree(&entry.path(), &target, skip);
        } else if !skip.iter().any(|name| entry.file_name() == *name) {
            std::fs::copy(entry.path(), &target)
                .unwrap_or_else(|e| panic!("{}: {e}", target.display()));
        }
    }
}

/// For benchmarks: how many frames to time (`cargo bench` passes `--bench`; under
/// `cargo test` a bench binary only checks that it runs).
pub fn bench_frames() -> usize {
    if std::env::args().any(|a| a == "--bench") {
        600
    } else {
        5
    }
}

/// For benchmarks: steps the harness through 30 warm-up frames, then times `frames` frames;
/// returns (median, p99) in milliseconds.
pub fn time_frames(harness: &mut AppHarness, frames: usize) -> (f64, f64) {
    for _ in 0..30 {
        harness.step();
    }
    let mut times_ms: Vec<f64> = (0..frames.max(1))
        .map(|_| {
            let start = std::time::Instant::now();
            harness.step();
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times_ms.sort_by(f64::total_cmp);
    let n = times_ms.len();
    (times_ms[n / 2], times_ms[(n * 99 / 100).min(n - 1)])
}
