//! The handout buttons: a self-check result and an article become PDFs saved under the data
//! folder given with --data-dir, and the screen says where.
#![allow(
    clippy::unwrap_used,
    reason = "test helpers: a panic is a failure with its line"
)]

mod common;

use ankleback::intent::Intent;
use egui_kittest::kittest::Queryable as _;

#[test]
fn an_article_handout_is_saved_and_its_path_shown() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = common::person_app(dir.path(), "Sam");
    app.apply(
        Intent::OpenArticle {
            article: "back-and-achilles".into(),
            section: None,
        },
        0.0,
    );
    let mut harness = common::harness(app);
    harness
        .get_by_label("Make a handout of this article (PDF)")
        .click();
    harness.run();
    let saved = harness.state().app.last_handout.clone().unwrap().unwrap();
    assert!(
        saved.starts_with(dir.path().join("handouts")),
        "{}",
        saved.display()
    );
    let bytes = std::fs::read(&saved).unwrap();
    assert!(bytes.starts_with(b"%PDF"));
    harness.get_by_label(&format!("Handout saved: {}", saved.display()));
    harness.get_by_label("Open the handout");
    harness.get_by_label("Show in folder");
}

#[test]
fn a_self_check_result_becomes_a_handout() {
    use ankleback::selfcheck::answers::AnswersFile;
    let dir = tempfile::tempdir().unwrap();
    let mut app = common::person_app(dir.path(), "Sam");
    let vignette = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/vignettes/02-bladder-bowel-not-sure.ron");
    let file: AnswersFile = ron::from_str(&std::fs::read_to_string(vignette).unwrap()).unwrap();
    app.apply(Intent::Navigate(ankleback::route::Route::SelfCheck), 0.0);
    common::answer_check(&mut app, &file.answers);
    let mut harness = common::harness(app);
    harness
        .get_by_label("Make a handout of this result (PDF)")
        .click();
    harness.run();
    let saved = harness.state().app.last_handout.clone().unwrap().unwrap();
    assert!(std::fs::read(&saved).unwrap().starts_with(b"%PDF"));
    if let Ok(out) = std::process::Command::new("pdftotext")
        .arg(&saved)
        .arg("-")
        .output()
    {
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.contains("emergency"), "{text}");
    }
}
