//! Save timing is driven by UI time, never by `flush()`: in a window whose frames advance the
//! clock, a settings change reaches the disk only 0.5 s after it, and a failed save is tried
//! again 5 s later and not before, with the window waking itself up for it. The app-level
//! deadlines are pinned at their edges too.
#![allow(
    clippy::unwrap_used,
    reason = "test helpers: a panic is a failure with its line"
)]

mod common;

use std::path::{Path, PathBuf};

use ankleback::intent::Intent;
use ankleback::progress::DiaryEntry;
use ankleback::route::Route;
use ankleback::settings::{Settings, Theme};
use ankleback::store::Document as _;
use common::AppHarness;
use egui_kittest::kittest::Queryable as _;

/// Seconds of UI time per frame in these harnesses.
const FRAME_SECS: f32 = 0.1;

fn now(harness: &AppHarness) -> f64 {
    harness.ctx.input(|i| i.time)
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_default()
}

/// Replaces `path` with a non-empty folder, so saving there fails (also for root, unlike
/// permissions).
fn block(path: &Path) {
    let _ = std::fs::remove_file(path);
    std::fs::create_dir_all(path.join("blocker")).unwrap();
}

fn entry(date: &str, ankle: u8) -> DiaryEntry {
    DiaryEntry {
        date: date.into(),
        ankle: Some(ankle),
        ..DiaryEntry::default()
    }
}

/// The whole app in a harness whose every frame is [`FRAME_SECS`] later, on `route`.
fn timed_harness(dir: &Path, route: Route) -> (AppHarness, PathBuf) {
    let mut app = common::person_app(dir, "Ana");
    app.apply(Intent::Navigate(route), 0.0);
    let folder = common::profile_folder(&app);
    let mut harness = common::harness_builder(app, Some(FRAME_SECS));
    harness.run();
    (harness, folder)
}

/// Clicks a widget and runs the frames of the click only (no settling, so no extra time
/// passes); returns the UI time of the frame that applied it.
fn click_now(harness: &mut AppHarness, label: &str) -> f64 {
    harness.get_by_label(label).click();
    harness.step();
    now(harness)
}

#[test]
fn in_the_window_a_settings_change_is_on_disk_only_after_half_a_second() {
    let dir = tempfile::tempdir().unwrap();
    let (mut harness, folder) = timed_harness(dir.path(), Route::Settings);
    let settings_path = folder.join(Settings::FILE_NAME);
    assert!(!read(&settings_path).contains("Dark"));

    let changed_at = click_now(&mut harness, Theme::Dark.label());
    assert_eq!(
        harness.state().app.settings.theme,
        Theme::Dark,
        "applied at once"
    );
    let (mut before, mut after) = (0, 0);
    for _ in 0..10 {
        harness.step();
        let waited = now(&harness) - changed_at;
        let on_disk = read(&settings_path).contains("Dark");
        if waited < 0.45 {
            assert!(!on_disk, "saved after only {waited:.2} s");
            assert!(harness.state().app.has_unsaved_changes());
            before += 1;
        } else if waited > 0.55 {
            assert!(on_disk, "not saved {waited:.2} s after the change");
            assert!(!harness.state().app.has_unsaved_changes());
            after += 1;
        }
    }
    assert!(
        before >= 3 && after >= 3,
        "{before} frames before, {after} after"
    );
}

#[test]
fn in_the_window_a_second_change_moves_the_save() {
    let dir = tempfile::tempdir().unwrap();
    let (mut harness, folder) = timed_harness(dir.path(), Route::Settings);
    let settings_path = folder.join(Settings::FILE_NAME);
    click_now(&mut harness, Theme::Dark.label());
    harness.step();
    harness.step();
    // 0.3 s later another change: the save waits 0.5 s from this one.
    let second_at = click_now(&mut harness, Theme::HighContrast.label());
    loop {
        harness.step();
        let waited = now(&harness) - second_at;
        let text = read(&settings_path);
        if waited < 0.45 {
            assert!(
                !text.contains("Dark") && !text.contains("HighContrast"),
                "saved {waited:.2} s after the last change: {text}"
            );
        } else if waited > 0.55 {
            assert!(text.contains("HighContrast"), "{text}");
            break;
        }
    }
}

#[test]
fn in_the_window_a_failed_save_is_retried_five_seconds_later_and_not_before() {
    let dir = tempfile::tempdir().unwrap();
    let (mut harness, folder) = timed_harness(dir.path(), Route::Progress);
    let progress_path = folder.join("progress.ron");
    block(&progress_path);
    harness
        .get_by_role_and_label(egui::accesskit::Role::Slider, "Ankle pain")
        .set_value_accesskit(4.0);
    harness.step();
    // Progress is saved at once: this frame tries, fails, and says so.
    let failed_at = click_now(&mut harness, "Save today's entry");
    harness.step();
    assert!(
        harness
            .state()
            .app
            .banners
            .iter()
            .any(|b| b.message.starts_with("Could not save")),
        "{:?}",
        harness.state().app.banners
    );
    // A new banner area is laid out unseen on its first frame: shown on the next.
    harness.step();
    harness.get_by_label_contains("Could not save your changes");
    // Once the frames settle, the window asks to be woken for the retry, about 5 s after
    // the failure, without any input.
    harness.run();
    let wake = harness
        .output()
        .viewport_output
        .get(&egui::ViewportId::ROOT)
        .unwrap()
        .repaint_delay
        .as_secs_f64();
    let waited = now(&harness) - failed_at;
    assert!(
        (wake - (5.0 - waited)).abs() < 0.15,
        "wakes in {wake:.2} s, {waited:.2} s after the failure"
    );
    // The folder is fixed at once; the app still waits for the retry.
    std::fs::remove_dir_all(&progress_path).unwrap();
    let (mut before, mut after) = (0, 0);
    while now(&harness) - failed_at < 5.6 {
        harness.step();
        let waited = now(&harness) - failed_at;
        let saved = read(&progress_path).contains(&ankleback::progress::today());
        if waited < 4.95 {
            assert!(!saved, "retried after only {waited:.2} s");
            before += 1;
        } else if waited > 5.05 {
            assert!(saved, "not retried {waited:.2} s after the failure");
            after += 1;
        }
    }
    assert!(
        before > 40 && after >= 3,
        "{before} frames before, {after} after"
    );
    harness.run();
    assert!(!harness.state().app.has_unsaved_changes());
    harness.get_by_label_contains("Your changes are saved now.");
    assert!(harness.query_by_label_contains("Could not save").is_none());
}

#[test]
fn the_debounce_ends_exactly_half_a_second_after_the_change() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = common::person_app(dir.path(), "Ana");
    let settings_path = common::profile_folder(&app).join(Settings::FILE_NAME);
    let mut settings = app.settings.clone();
    settings.theme = Theme::Dark;
    app.apply(Intent::UpdateSettings(settings.clone()), 50.0);
    let due = app.tick(50.49).expect("waiting");
    assert!((due - 0.01).abs() < 1e-9, "{due}");
    assert!(!read(&settings_path).contains("Dark"));
    assert_eq!(app.tick(50.5), None);
    assert!(read(&settings_path).contains("Dark"));
    // The same settings again are no change: nothing to save.
    app.apply(Intent::UpdateSettings(settings), 60.0);
    assert_eq!(app.tick(60.0), None);
    assert!(!app.has_unsaved_changes());
}

#[test]
fn a_retry_that_fails_again_waits_another_five_seconds() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = common::person_app(dir.path(), "Ana");
    let progress_path = common::profile_folder(&app).join("progress.ron");
    block(&progress_path);
    app.apply(Intent::SaveDiaryEntry(entry("2026-06-01", 2)), 10.0);
    assert_eq!(app.tick(10.0), Some(5.0), "failed, retry in 5 s");
    // Every frame in between asks nothing of the disk: only the wait gets shorter.
    for step in 1..50 {
        let t = 10.0 + f64::from(step) * 0.1;
        let due = app.tick(t).expect("still waiting");
        assert!((due - (15.0 - t)).abs() < 1e-9, "at {t}: {due}");
    }
    // Still broken at the retry: the next one is 5 s after it.
    assert_eq!(app.tick(15.0), Some(5.0));
    std::fs::remove_dir_all(&progress_path).unwrap();
    let due = app.tick(19.99).expect("not before 20 s");
    assert!((due - 0.01).abs() < 1e-9, "{due}");
    assert!(!progress_path.exists(), "nothing written before the retry");
    assert_eq!(app.tick(20.0), None);
    assert!(read(&progress_path).contains("2026-06-01"));
    assert!(!app.has_unsaved_changes());
}
