//! The handout's exercise drawings, pain-diary chart, paper size and reading level, checked
//! on the PDF bytes (poppler's `pdftotext`, `pdfinfo`, `pdftoppm`; `qpdf --check`), and the
//! diary read from a data folder without changing it.
#![allow(
    clippy::unwrap_used,
    reason = "test helpers: a panic is a failure with its line"
)]

mod common;

use std::path::Path;
use std::process::{Command, Output};

use ankleback::body::exercise_figures;
use ankleback::intent::Intent;
use ankleback::progress::DiaryEntry;

const BIN: &str = env!("CARGO_BIN_EXE_ankleback");

fn handout(args: &[&str], envs: &[(&str, &str)]) -> Output {
    let mut command = Command::new(BIN);
    command.args(args);
    for (k, v) in envs {
        command.env(k, v);
    }
    command.output().unwrap()
}

fn tools() -> bool {
    let found = ["pdftotext", "pdfinfo", "pdftoppm", "qpdf"]
        .iter()
        .all(|t| Command::new(t).arg("-v").output().is_ok());
    if !found {
        eprintln!("skipped: poppler-utils or qpdf is not installed (scripts/setup.sh --test)");
    }
    found
}

fn text_of(pdf: &Path) -> String {
    let out = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap();
    String::from_utf8(out.stdout)
        .unwrap()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn page_size(pdf: &Path) -> String {
    let out = Command::new("pdfinfo").arg(pdf).output().unwrap();
    let info = String::from_utf8_lossy(&out.stdout).into_owned();
    info.lines()
        .find(|l| l.starts_with("Page size:"))
        .unwrap_or_default()
        .to_owned()
}

fn qpdf_ok(pdf: &Path) {
    let check = Command::new("qpdf")
        .arg("--check")
        .arg(pdf)
        .output()
        .unwrap();
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stdout)
    );
}

/// Share of dark pixels on page `page`, rendered in grey at 40 dpi.
fn ink_on_page(pdf: &Path, page: usize) -> f64 {
    let dir = tempfile::tempdir().unwrap();
    let prefix = dir.path().join("p");
    let n = page.to_string();
    let status = Command::new("pdftoppm")
        .args(["-gray", "-r", "40", "-f", &n, "-l", &n])
        .arg(pdf)
        .arg(&prefix)
        .status()
        .unwrap();
    assert!(status.success());
    let pgm = std::fs::read_dir(dir.path())
        .unwrap()
        .find_map(|e| e.ok().map(|e| e.path()))
        .unwrap();
    let image = std::fs::read(pgm).unwrap();
    let pixels = &image[image.len() - image.len() * 9 / 10..];
    pixels.iter().filter(|&&p| p < 200).count() as f64 / pixels.len() as f64
}

#[test]
fn the_plan_stage_prints_each_exercise_with_its_drawing_and_how_much() {
    if !tools() {
        return;
    }
    let content = ankleback::content::load_embedded();
    let plan = content.plan.as_ref().unwrap();
    let dir = tempfile::tempdir().unwrap();
    for programme in &plan.programmes {
        let stage = &programme.stages[1];
        let out = dir.path().join(format!("{}.pdf", stage.id));
        let result = handout(
            &[
                "handout",
                "--plan",
                "--stage",
                &stage.id,
                "--paper",
                "a4",
                "--out",
                out.to_str().unwrap(),
            ],
            &[],
        );
        assert!(result.status.success(), "{result:?}");
        qpdf_ok(&out);
        let text = text_of(&out);
        for exercise in &stage.exercises {
            let caption = exercise_figures::caption(exercise.drawing);
            assert!(
                text.contains(caption),
                "{}: no caption {caption}",
                exercise.id
            );
            for step in &exercise.steps {
                let step = content.plain(step);
                let step = step.split_whitespace().collect::<Vec<_>>().join(" ");
                assert!(text.contains(&step), "{}: no step {step}", exercise.id);
            }
        }
        // The drawings are vector paths on the first page: more ink than text alone.
        assert!(ink_on_page(&out, 1) > 0.02, "{}", stage.id);
        let raw = std::fs::read(&out).unwrap();
        let figures = String::from_utf8_lossy(&raw).matches("/Figure").count();
        assert!(
            figures >= stage.exercises.len(),
            "{}: {figures} tagged figures",
            stage.id
        );
    }
}

#[test]
fn the_paper_follows_the_locale_unless_it_is_given() {
    if !tools() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("p.pdf");
    let out_s = out.to_str().unwrap();
    let base = ["handout", "--article", "back-to-ankle", "--out", out_s];
    for (locale, paper, expected) in [
        ("en_US.UTF-8", None, "612 x 792"),
        ("es_MX.UTF-8", None, "612 x 792"),
        ("de_DE.UTF-8", None, "595.28 x 841.89"),
        ("en_GB.UTF-8", Some("letter"), "612 x 792"),
        ("en_US.UTF-8", Some("a4"), "595.28 x 841.89"),
    ] {
        let mut args = base.to_vec();
        if let Some(paper) = paper {
            args.extend(["--paper", paper]);
        }
        let result = handout(&args, &[("LC_PAPER", locale)]);
        assert!(result.status.success(), "{result:?}");
        assert!(
            page_size(&out).contains(expected),
            "{locale} {paper:?}: {}",
            page_size(&out)
        );
    }
}

#[test]
fn the_clinician_level_prints_the_clinician_text() {
    if !tools() {
        return;
    }
    let content = ankleback::content::load_embedded();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("c.pdf");
    let result = handout(
        &[
            "handout",
            "--plan",
            "--level",
            "clinician",
            "--clinic",
            "Hill Road Clinic",
            "--out",
            out.to_str().unwrap(),
        ],
        &[],
    );
    assert!(result.status.success(), "{result:?}");
    let text = text_of(&out);
    let programme = &content.plan.as_ref().unwrap().programmes[0];
    let goal = programme.stages[0]
        .goal
        .get(ankleback::settings::ReadingLevel::Clinician);
    let words: String = goal
        .split_whitespace()
        .take(8)
        .collect::<Vec<_>>()
        .join(" ");
    assert!(text.contains(&words), "clinician goal missing: {words}");
    assert!(text.contains("Note for clinicians"));
    assert!(text.contains("Hill Road Clinic"));
}

fn entry(date: &str, ankle: u8, back: u8) -> DiaryEntry {
    DiaryEntry {
        date: date.into(),
        ankle: Some(ankle),
        back: Some(back),
        note: String::new(),
    }
}

/// A data folder where Sam kept a diary for a week (one day missed).
fn data_with_diary(dir: &Path) -> Vec<DiaryEntry> {
    let mut app = common::person_app(dir, "Sam");
    let diary = vec![
        entry("2026-02-01", 7, 3),
        entry("2026-02-02", 6, 3),
        entry("2026-02-03", 6, 4),
        entry("2026-02-05", 4, 2),
        entry("2026-02-06", 3, 2),
        entry("2026-02-07", 2, 1),
    ];
    for e in &diary {
        app.apply(Intent::SaveDiaryEntry(e.clone()), 0.0);
    }
    app.flush();
    diary
}

#[test]
fn the_diary_chart_comes_from_the_profile_and_nothing_is_changed() {
    if !tools() {
        return;
    }
    let data = tempfile::tempdir().unwrap();
    let diary = data_with_diary(data.path());
    let before: Vec<_> = walk(data.path());
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("d.pdf");
    let result = handout(
        &[
            "--data-dir",
            data.path().to_str().unwrap(),
            "handout",
            "--diary",
            "--profile",
            "sam",
            "--out",
            out.to_str().unwrap(),
        ],
        &[],
    );
    assert!(result.status.success(), "{result:?}");
    qpdf_ok(&out);
    let text = text_of(&out);
    let alt =
        ankleback::handout::chart::diary_alt(&diary, &ankleback::messages::Messages::new("en"))
            .unwrap();
    assert!(text.contains("Your pain diary"), "{text}");
    assert!(text.contains(&alt), "{alt} not in {text}");
    assert!(text.contains("Ankle pain") && text.contains("Back pain"));
    assert!(ink_on_page(&out, 1) > 0.01);
    let raw = std::fs::read(&out).unwrap();
    assert!(String::from_utf8_lossy(&raw).contains("Chart of the pain diary"));
    assert_eq!(walk(data.path()), before, "the data folder was changed");

    // Unknown person, and a broken diary: one line, exit 1, the broken file left as it is.
    let run = |extra: &[&str]| {
        let mut args = vec![
            "--data-dir",
            data.path().to_str().unwrap(),
            "handout",
            "--diary",
        ];
        args.extend(extra);
        args.extend(["--out", out.to_str().unwrap()]);
        handout(&args, &[])
    };
    let result = run(&["--profile", "Alex"]);
    assert_eq!(result.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&result.stderr).contains("no profile named \"Alex\""));
    let progress = walk(data.path())
        .into_iter()
        .map(|(p, _)| p)
        .find(|p| p.ends_with("progress.ron"))
        .unwrap();
    std::fs::write(&progress, "(version: 2, diary: [(date: \"2026").unwrap();
    let before = walk(data.path());
    let result = run(&[]);
    assert_eq!(result.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&result.stderr);
    assert_eq!(stderr.trim_end().lines().count(), 1, "{stderr}");
    assert!(stderr.contains("progress.ron"), "{stderr}");
    assert_eq!(
        walk(data.path()),
        before,
        "the broken file was moved or changed"
    );
}

/// Every file under `dir` with its bytes, sorted.
fn walk(dir: &Path) -> Vec<(std::path::PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let bytes = std::fs::read(&p).unwrap_or_default();
                out.push((p, bytes));
            }
        }
    }
    out.sort();
    out
}
