//! Every validator rule fires on its fixture with the right `path:line:col`.
//! A fixture is `tests/fixtures/content/<rule>/`: the files that differ from `base/`, an
//! optional `remove.txt` (files to delete from the base) and `expected.txt` (one line per
//! expected problem: `path:line:col: message`, matched as a prefix).
#![allow(
    clippy::unwrap_used,
    reason = "test helpers: a panic is a failure with its line"
)]

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use ankleback::content::{self, ContentFiles};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/content")
}

/// Builds the content folder of a rule in a temporary folder.
fn build_case(rule: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    common::copy_tree(&fixtures().join("base"), dir.path(), &[]);
    let rule_dir = fixtures().join(rule);
    common::copy_tree(&rule_dir, dir.path(), &[]);
    for name in ["expected.txt", "remove.txt"] {
        let _ = std::fs::remove_file(dir.path().join(name));
    }
    if let Ok(list) = std::fs::read_to_string(rule_dir.join("remove.txt")) {
        for file in list.lines().filter(|l| !l.trim().is_empty()) {
            std::fs::remove_file(dir.path().join(file.trim())).unwrap();
        }
    }
    dir
}

fn problems_of(dir: &Path) -> Vec<String> {
    let (_, problems) = content::load(&ContentFiles::read_dir(dir));
    let prefix = format!("{}/", dir.display());
    problems
        .iter()
        .map(|p| p.to_string().trim_start_matches(&prefix).to_owned())
        .collect()
}

#[test]
fn the_base_fixture_is_clean() {
    let dir = build_case("base");
    assert_eq!(problems_of(dir.path()), Vec::<String>::new());
}

#[test]
fn every_rule_fires_at_the_right_place() {
    let mut rules: Vec<String> = std::fs::read_dir(fixtures())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name != "base")
        .collect();
    rules.sort();
    assert!(rules.len() >= 12, "a fixture per rule");
    let mut failures = Vec::new();
    for rule in &rules {
        let dir = build_case(rule);
        let got = problems_of(dir.path());
        let expected = std::fs::read_to_string(fixtures().join(rule).join("expected.txt")).unwrap();
        let expected: Vec<&str> = expected.lines().filter(|l| !l.trim().is_empty()).collect();
        let all_found = expected
            .iter()
            .all(|e| got.iter().any(|g| g.starts_with(e.trim_end())));
        if !all_found || got.len() != expected.len() {
            failures.push(format!(
                "{rule}:\n  expected {expected:?}\n  got      {got:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn check_content_command_exit_codes() {
    let exe = env!("CARGO_BIN_EXE_ankleback");
    let clean = Command::new(exe)
        .args(["check-content", "content"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&clean.stdout);
    // As many articles as content/articles/ ships: a new article does not break this test.
    let shipped = ContentFiles::embedded()
        .files
        .iter()
        .filter(|(path, _)| path.starts_with("articles/") && path.ends_with(".ron"))
        .count();
    assert!(shipped > 0, "the embedded content lists its articles");
    assert!(
        stdout.contains(&format!("ok: {shipped} articles,")),
        "{stdout}"
    );
    let tail: Vec<&str> = stdout.lines().rev().take(3).collect();
    assert_eq!(clean.status.code(), Some(0), "last lines: {tail:?}");
    // The summary, then one coverage line per language, complete.
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 2, "summary and the Spanish coverage: {stdout}");
    assert!(
        lines[1].starts_with("es: ") && lines[1].ends_with(" texts, 0 stale, 0 missing"),
        "{stdout}"
    );

    let broken = build_case("unknown-region");
    let out = Command::new(exe)
        .arg("check-content")
        .arg(broken.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains(":14:35: unknown region id \"elbow\""),
        "{stdout}"
    );
}

#[test]
fn a_broken_content_folder_starts_on_the_embedded_content_with_a_banner() {
    let broken = build_case("syntax-error");
    let data = tempfile::tempdir().unwrap();
    let app = ankleback::app::AnkleBackApp::new(ankleback::app::StartOptions {
        data_dir: ankleback::store::DataDirChoice::CommandLine(data.path().to_path_buf()),
        content_dir: Some(broken.path().to_path_buf()),
    });
    let embedded = content::load_embedded();
    assert_eq!(app.content, embedded, "embedded content is used");
    assert!(app.banners.iter().any(|b| b.message.contains("problem")));
}

#[test]
fn a_clean_content_folder_is_used_as_it_is_without_a_banner() {
    let clean = build_case("base");
    let data = tempfile::tempdir().unwrap();
    let app = ankleback::app::AnkleBackApp::new(ankleback::app::StartOptions {
        data_dir: ankleback::store::DataDirChoice::CommandLine(data.path().to_path_buf()),
        content_dir: Some(clean.path().to_path_buf()),
    });
    let (from_folder, problems) = content::load(&ContentFiles::read_dir(clean.path()));
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(
        app.content, from_folder,
        "the folder's content, not the built-in"
    );
    assert_ne!(app.content, content::load_embedded());
    assert!(
        app.banners
            .iter()
            .all(|b| !b.message.contains("content folder")),
        "{:?}",
        app.banners
    );
}

#[test]
fn unknown_flag_exits_2_with_a_clear_message() {
    let out = Command::new(env!("CARGO_BIN_EXE_ankleback"))
        .arg("--nonsense")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--nonsense"));
}
