//! `--content DIR`: a clean copy of the shipped content is used as it is, with no banner, and
//! the window shows its text.
#![allow(
    clippy::unwrap_used,
    reason = "test helpers: a panic is a failure with its line"
)]

mod common;

use std::path::Path;

use ankleback::app::{AnkleBackApp, StartOptions};
use ankleback::route::Route;
use ankleback::store::DataDirChoice;
use egui_kittest::kittest::Queryable as _;

const SHIPPED_TITLE: &str = "Can back pain cause ankle pain?";
const LOCAL_TITLE: &str = "Can back pain cause ankle pain? A local copy";

/// A copy of the shipped `content/` with one article title changed.
fn edited_copy() -> tempfile::TempDir {
    let copy = tempfile::tempdir().unwrap();
    common::copy_tree(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("content"),
        copy.path(),
        &[],
    );
    let article = copy.path().join("articles/back-to-ankle.ron");
    let text = std::fs::read_to_string(&article).unwrap();
    let needle = format!("title: \"{SHIPPED_TITLE}\"");
    assert_eq!(text.matches(&needle).count(), 1, "the shipped title moved");
    std::fs::write(
        &article,
        text.replace(&needle, &format!("title: \"{LOCAL_TITLE}\"")),
    )
    .unwrap();
    copy
}

#[test]
fn a_clean_content_folder_loads_without_a_banner_and_shows_its_text() {
    let content = edited_copy();
    let data = tempfile::tempdir().unwrap();
    let mut app = AnkleBackApp::new(StartOptions {
        data_dir: DataDirChoice::CommandLine(data.path().to_path_buf()),
        content_dir: Some(content.path().to_path_buf()),
    });
    assert!(app.banners.is_empty(), "{:?}", app.banners);
    app.apply(ankleback::intent::Intent::CreateProfile("Sam".into()), 0.0);
    app.apply(
        ankleback::intent::Intent::CompleteWelcome(ankleback::settings::Role::HavePain),
        0.0,
    );
    let mut harness = common::harness(app);
    assert!(
        harness.query_by_label("Dismiss").is_none(),
        "no banner: {:?}",
        harness.state().app.banners
    );
    harness.get_by_label("Learn").click();
    harness.run();
    assert!(
        harness.query_by_label(SHIPPED_TITLE).is_none(),
        "the built-in title is not shown"
    );
    harness
        .get_all_by_label(LOCAL_TITLE)
        .next()
        .unwrap()
        .click();
    harness.run();
    assert_eq!(
        harness.state().app.route,
        Route::Learn {
            article: Some("back-to-ankle".into()),
            section: None,
        }
    );
    // The reader shows the folder's title too.
    assert!(harness.get_all_by_label(LOCAL_TITLE).count() >= 1);
}

/// `ankleback --content DIR --version` names the folder, says nothing about problems, and
/// its fingerprint differs from the built-in copy's.
#[test]
fn the_version_names_the_clean_folder_with_no_problem_note() {
    let content = edited_copy();
    let version = |args: &[&std::ffi::OsStr]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_ankleback"))
            .args(args)
            .arg("--version")
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0));
        (
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let (stdout, stderr) = version(&["--content".as_ref(), content.path().as_os_str()]);
    assert!(
        stdout.contains(&format!("from {}", content.path().display())),
        "{stdout}"
    );
    assert!(!stderr.contains("problem"), "{stderr}");
    let (built_in, _) = version(&[]);
    assert!(built_in.contains("built in"), "{built_in}");
    let fingerprint = |text: &str| {
        text.split("fingerprint ")
            .nth(1)
            .map(|rest| {
                rest.chars()
                    .take_while(char::is_ascii_alphanumeric)
                    .collect::<String>()
            })
            .unwrap()
    };
    assert_ne!(fingerprint(&stdout), fingerprint(&built_in));
}
