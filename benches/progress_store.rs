//! Progress store at scale: ten years of daily diary entries, 500 self-checks and a full
//! exercise log. Prints the median load and save times over several runs.
//!
//! Run: `cargo bench --bench progress_store`

use std::time::Instant;

use ankleback::progress::{CheckRecord, DiaryEntry, Progress, date_of_day, day_number};
use ankleback::selfcheck::answers::{Answer, Answers};
use ankleback::selfcheck::spec::Urgency;
use ankleback::store;

/// `cargo bench` passes `--bench`; under `cargo test` the binary only checks that it runs.
fn runs() -> usize {
    if std::env::args().any(|a| a == "--bench") {
        21
    } else {
        1
    }
}

fn big_progress() -> Progress {
    let mut progress = Progress::default();
    let start = day_number("2016-11-22").unwrap_or(0);
    for day in 0..3650 {
        let date = date_of_day(start + day).unwrap_or_default();
        progress.diary.push(DiaryEntry {
            date: date.clone(),
            ankle: Some((day % 11) as u8),
            back: Some(((day * 7) % 11) as u8),
            note: if day % 5 == 0 {
                "walked to the market, some stiffness in the morning".into()
            } else {
                String::new()
            },
        });
        for exercise in ["ankle_alphabet", "band_push", "hip_bridge"] {
            progress.set_exercise_done(&date, exercise, true);
        }
    }
    for n in 0..500 {
        let mut answers = Answers::new();
        for q in [
            "saddle_numbness",
            "bladder_bowel",
            "sciatica_both_legs",
            "worsening_weakness",
            "four_steps",
            "bone_tenderness",
            "achilles_pop",
            "fever",
            "cancer_weight_loss",
            "major_fall",
        ] {
            answers.insert(q.into(), Answer::Choice("no".into()));
        }
        answers.insert("area".into(), Answer::Choice("lower_back".into()));
        answers.insert(
            "where".into(),
            Answer::Regions(vec!["lumbar_spine".into(), "sciatic_nerve".into()]),
        );
        answers.insert(
            "feel".into(),
            Answer::Choices(vec!["shooting".into(), "burning".into()]),
        );
        answers.insert("pain_now".into(), Answer::Scale((n % 11) as u8));
        progress.self_checks.push(CheckRecord {
            date: "2026-01-01 10:00".into(),
            answers,
            outcome: "pattern-nerve-type".into(),
            urgency: Urgency::Appointment,
            pattern: Some("nerve_type".into()),
        });
    }
    progress
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

fn main() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("progress.ron");
    let progress = big_progress();
    let mut save_ms = Vec::new();
    let mut load_ms = Vec::new();
    for _ in 0..runs() {
        let start = Instant::now();
        store::save(&path, &progress).expect("save");
        save_ms.push(start.elapsed().as_secs_f64() * 1000.0);
        let start = Instant::now();
        let (loaded, problem) = store::load::<Progress>(&path);
        load_ms.push(start.elapsed().as_secs_f64() * 1000.0);
        assert!(problem.is_none());
        assert_eq!(loaded.diary.len(), 3650);
    }
    let size_kb = std::fs::metadata(&path)
        .map(|m| m.len() / 1024)
        .unwrap_or(0);
    println!(
        "progress: 3650 diary days, 500 self-checks, 10950 exercise ticks ({size_kb} KiB on disk)"
    );
    println!("  load median {:.1} ms (goal < 50 ms)", median(load_ms));
    println!(
        "  save median {:.1} ms (goal < 20 ms; includes fsync of file and folder)",
        median(save_ms)
    );
    drop(dir);
}
