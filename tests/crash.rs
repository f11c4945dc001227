//! Crash safety: a child process saving in a loop is killed with SIGKILL at random moments,
//! 200 times. After each kill the file parses and holds a whole state, never a mix.

#![cfg(unix)]

use std::process::{Command, Stdio};
use std::time::Duration;

use ankleback::progress::{DiaryEntry, Progress};
use ankleback::store;

const CHILD_ENV: &str = "ANKLEBACK_SAVE_LOOP_DIR";

/// A consistent state number `n`: `n` diary entries, each noting `n`.
fn state(n: usize) -> Progress {
    let mut progress = Progress {
        version: <Progress as ankleback::store::Document>::VERSION,
        ..Progress::default()
    };
    for day in 0..n {
        progress.set_diary_entry(DiaryEntry {
            date: format!("2026-{:02}-{:02}", 1 + day / 28 % 12, 1 + day % 28),
            ankle: Some((n % 11) as u8),
            back: Some((day % 11) as u8),
            note: format!("state {n}"),
        });
    }
    progress
}

/// Run by the parent as a child process (`--ignored --exact save_loop_child`): saves states
/// 1, 2, 3, … until killed. Ignored in normal runs, so it never "passes" without asserting.
#[test]
#[ignore = "the crash test's child process, started by killed_saves_leave_the_old_or_the_new_state"]
fn save_loop_child() {
    let dir = std::env::var(CHILD_ENV).expect("started by the crash test with its folder");
    let path = std::path::Path::new(&dir).join("progress.ron");
    let start = std::fs::read_to_string(&path)
        .ok()
        .and_then(|t| ron::from_str::<Progress>(&t).ok())
        .map_or(0, |p| p.diary.len());
    for n in start + 1.. {
        store::save(&path, &state(n % 300 + 1)).unwrap();
    }
}

#[test]
fn killed_saves_leave_the_old_or_the_new_state() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("progress.ron");
    store::save(&path, &state(1)).unwrap();
    let exe = std::env::current_exe().unwrap();
    let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
    let mut states_seen = std::collections::BTreeSet::new();
    for kill in 0..200 {
        let mut child = Command::new(&exe)
            .args([
                "--ignored",
                "--exact",
                "save_loop_child",
                "--test-threads",
                "1",
            ])
            .env(CHILD_ENV, dir.path())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // Wait until the child is saving (a fresh exec can take long on a loaded machine),
        // then kill it at a random moment within a few saves.
        let before = std::fs::read_to_string(&path).unwrap_or_default();
        let started = std::time::Instant::now();
        while std::fs::read_to_string(&path).unwrap_or_default() == before
            && started.elapsed() < Duration::from_secs(10)
        {
            std::thread::sleep(Duration::from_micros(200));
        }
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        std::thread::sleep(Duration::from_micros(seed % 3_000));
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();

        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("kill {kill}: file gone: {e}"));
        let progress: Progress =
            ron::from_str(&text).unwrap_or_else(|e| panic!("kill {kill}: does not parse: {e}"));
        let n = progress.diary.len();
        assert!(n >= 1, "kill {kill}: empty state");
        assert_eq!(progress, state(n), "kill {kill}: a mix of states");
        states_seen.insert(n);
    }
    assert!(
        states_seen.len() > 20,
        "the kills landed at many moments: {states_seen:?}"
    );
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    // A kill between write and rename can leave a temporary file; it never replaces the real
    // one, and the app clears such files when it next opens the profile: all of them, and
    // nothing else.
    let removed = ankleback::store::atomic::remove_stale_temp_files(dir.path());
    assert_eq!(removed, leftovers.len());
    let after: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(after, ["progress.ron"]);
    let (progress, problem) = store::load::<Progress>(&path);
    assert!(problem.is_none());
    assert!(!progress.diary.is_empty());
}
