//! Languages in `check-content`: every parity and staleness rule fires on its fixture with the
//! right `path:line:col`, the coverage line counts right, and `translation-template` keeps
//! what translators wrote. The English of every case is `tests/fixtures/content/base`; the
//! complete Spanish overlay is `tests/fixtures/i18n/complete/`; a case in
//! `tests/fixtures/i18n/cases/<case>/` holds the overlay files that differ and `expected.txt`
//! (the problems, matched as prefixes, then the coverage line).
#![allow(
    clippy::unwrap_used,
    reason = "test helpers: a panic is a failure with its line"
)]

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use ankleback::content::{self, ContentFiles, i18n};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// English base content with the complete Spanish overlay, then the case's files on top.
fn build_case(case: Option<&str>) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    common::copy_tree(
        &fixtures().join("content/base"),
        dir.path(),
        &["expected.txt"],
    );
    common::copy_tree(
        &fixtures().join("i18n/complete"),
        dir.path(),
        &["expected.txt"],
    );
    if let Some(case) = case {
        common::copy_tree(
            &fixtures().join("i18n/cases").join(case),
            dir.path(),
            &["expected.txt"],
        );
    }
    dir
}

/// The problems (relative paths) and the coverage lines for a content folder.
fn check(dir: &Path) -> (Vec<String>, Vec<i18n::Coverage>) {
    let files = ContentFiles::read_dir(dir);
    let (english, problems) = content::load(&files);
    assert!(problems.is_empty(), "English base: {problems:?}");
    let (coverages, problems) = i18n::check_all(&english, &files);
    let prefix = format!("{}/", dir.display());
    let problems = problems
        .iter()
        .map(|p| p.to_string().trim_start_matches(&prefix).to_owned())
        .collect();
    (problems, coverages)
}

#[test]
fn the_complete_overlay_is_clean_and_complete() {
    let dir = build_case(None);
    let (problems, coverages) = check(dir.path());
    assert_eq!(problems, Vec::<String>::new());
    assert_eq!(coverages.len(), 1);
    assert_eq!(
        coverages[0].to_string(),
        "es: 93/93 texts, 0 stale, 0 missing"
    );
    assert!(coverages[0].complete());
}

#[test]
fn every_rule_fires_at_the_right_place() {
    let mut cases: Vec<String> = std::fs::read_dir(fixtures().join("i18n/cases"))
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    cases.sort();
    for needed in [
        "missing-section",
        "missing-option",
        "stale-block",
        "unresolved-glossary",
    ] {
        assert!(cases.iter().any(|c| c == needed), "no fixture {needed}");
    }
    let mut failures = Vec::new();
    for case in &cases {
        let dir = build_case(Some(case));
        let (got, coverages) = check(dir.path());
        let expected = std::fs::read_to_string(
            fixtures()
                .join("i18n/cases")
                .join(case)
                .join("expected.txt"),
        )
        .unwrap();
        let mut expected: Vec<&str> = expected.lines().filter(|l| !l.trim().is_empty()).collect();
        let coverage_line = expected.pop().unwrap();
        let all_found = expected
            .iter()
            .all(|e| got.iter().any(|g| g.starts_with(e.trim_end())));
        let coverage = coverages[0].to_string();
        if !all_found || got.len() != expected.len() || coverage != coverage_line {
            failures.push(format!(
                "{case}:\n  expected {expected:?}\n  got      {got:?}\n  coverage {coverage:?}, expected {coverage_line:?}"
            ));
        }
        assert!(!coverages[0].complete(), "{case} must not be offered");
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn an_english_edit_makes_its_translation_stale() {
    let dir = build_case(None);
    let glossary = dir.path().join("glossary.ron");
    let text = std::fs::read_to_string(&glossary).unwrap();
    let (english, _) = content::load(&ContentFiles::read_dir(dir.path()));
    let plain = &english.glossary[0].plain;
    std::fs::write(&glossary, text.replace(plain.as_str(), "A new definition.")).unwrap();
    let (problems, coverages) = check(dir.path());
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].starts_with("i18n/es/glossary.ron:")
            && problems[0].contains("translation older than the English"),
        "{problems:?}"
    );
    assert_eq!(coverages[0].stale, 1);
}

#[test]
fn the_template_keeps_translations_and_refreshes_the_english() {
    let dir = build_case(Some("stale-block"));
    let before = std::fs::read_to_string(dir.path().join("i18n/es/articles/a.ron")).unwrap();
    let (english, _) = content::load(&ContentFiles::read_dir(dir.path()));
    let reports = i18n::template::write_template(&english, dir.path(), "es").unwrap();
    assert_eq!(reports.iter().map(|r| r.texts).sum::<usize>(), 93);
    assert_eq!(reports.iter().map(|r| r.translated).sum::<usize>(), 93);
    let after = std::fs::read_to_string(dir.path().join("i18n/es/articles/a.ron")).unwrap();
    // Same file: translations, the old `from` (still stale) and the status are kept.
    assert_eq!(before, after);
    let (problems, _) = check(dir.path());
    assert_eq!(problems.len(), 1, "{problems:?}");

    // A file that does not parse is never overwritten.
    let broken = dir.path().join("i18n/es/glossary.ron");
    std::fs::write(&broken, "Translation(lang: \"es\",").unwrap();
    let err = i18n::template::write_template(&english, dir.path(), "es").unwrap_err();
    assert!(err.contains("glossary.ron:1:"), "{err}");
    assert_eq!(
        std::fs::read_to_string(&broken).unwrap(),
        "Translation(lang: \"es\","
    );
}

#[test]
fn a_new_language_starts_with_empty_texts() {
    let dir = build_case(None);
    let (english, _) = content::load(&ContentFiles::read_dir(dir.path()));
    i18n::template::write_template(&english, dir.path(), "pt").unwrap();
    let (problems, coverages) = check(dir.path());
    let pt = coverages.iter().find(|c| c.lang == "pt").unwrap();
    assert_eq!(pt.to_string(), "pt: 0/93 texts, 0 stale, 93 missing");
    assert_eq!(
        problems
            .iter()
            .filter(|p| p.starts_with("i18n/pt/") && p.contains("empty translation"))
            .count(),
        93
    );
    assert!(i18n::template::write_template(&english, dir.path(), "en").is_err());
    assert!(i18n::template::write_template(&english, dir.path(), "../x").is_err());
}

#[test]
fn check_content_prints_a_coverage_line_per_language() {
    let exe = env!("CARGO_BIN_EXE_ankleback");
    let dir = build_case(None);
    let out = Command::new(exe)
        .arg("check-content")
        .arg(dir.path())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    // The tiny base fixture does not name every part of the body drawing (a check of the
    // command, not of `load`), so it exits 1; the language has no problem of its own.
    assert!(!stdout.contains("i18n/"), "no language problem: {stdout}");
    assert!(
        stdout.ends_with("es: 93/93 texts, 0 stale, 0 missing\n"),
        "{stdout}"
    );

    let broken = build_case(Some("stale-block"));
    let out = Command::new(exe)
        .arg("check-content")
        .arg(broken.path())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(
        stdout.contains("translation older than the English"),
        "{stdout}"
    );
    assert!(
        stdout.ends_with("es: 92/93 texts, 1 stale, 0 missing\n"),
        "{stdout}"
    );
}

#[test]
fn translation_template_command_writes_the_skeleton() {
    let exe = env!("CARGO_BIN_EXE_ankleback");
    let dir = tempfile::tempdir().unwrap();
    common::copy_tree(
        &fixtures().join("content/base"),
        dir.path(),
        &["expected.txt"],
    );
    let out = Command::new(exe)
        .args(["translation-template", "--lang", "es", "--content"])
        .arg(dir.path())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert!(stdout.ends_with("es: 0/93 texts translated\n"), "{stdout}");
    let article = std::fs::read_to_string(dir.path().join("i18n/es/articles/a.ron")).unwrap();
    assert!(article.contains("\"article.a.title\": T("), "{article}");
    assert!(article.contains("text: \"\""), "{article}");
}
