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

/// Clicks the button `label`, scrolled into the window first (as a person would).
fn click(harness: &mut common::AppHarness, label: &str) {
    harness.get_by_label(label).scroll_to_me();
    harness.run();
    harness.get_by_label(label).click();
    harness.run();
}

/// Opens the plan's "Save as…", types `name` and presses "Save here".
fn save_plan_as(harness: &mut common::AppHarness, name: &str) {
    click(harness, "Save as…");
    harness.get_by_label("File name").scroll_to_me();
    harness.run();
    harness.get_by_label("File name").focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.get_by_label("File name").type_text(name);
    harness.run();
    click(harness, "Save here");
}

#[test]
fn save_as_writes_where_chosen_and_asks_before_replacing() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = common::person_app(dir.path(), "Sam");
    app.apply(Intent::Navigate(ankleback::route::Route::Progress), 0.0);
    let mut harness = common::harness(app);
    // "Save as…" opens in the handouts folder once it exists (after a first handout).
    harness
        .get_by_label("Make a handout of my plan stage (PDF)")
        .click();
    harness.run();
    save_plan_as(&mut harness, "my plan");
    // Saved in the handouts folder, ".pdf" added.
    let path = dir.path().join("handouts").join("my plan.pdf");
    let saved = harness.state().app.last_handout.clone().unwrap().unwrap();
    assert_eq!(saved, path);
    assert!(std::fs::read(&path).unwrap().starts_with(b"%PDF"));
    harness.get_by_label(&format!("Handout saved: {}", path.display()));

    // The same name again: nothing is written until "Replace it".
    std::fs::write(&path, b"kept").unwrap();
    save_plan_as(&mut harness, "my plan");
    harness.get_by_label("\"my plan.pdf\" is already there. Replace it?");
    assert_eq!(std::fs::read(&path).unwrap(), b"kept");
    click(&mut harness, "Keep it");
    assert_eq!(std::fs::read(&path).unwrap(), b"kept");
    click(&mut harness, "Save here");
    click(&mut harness, "Replace it");
    assert!(std::fs::read(&path).unwrap().starts_with(b"%PDF"));

    // A bad name is refused with a message.
    save_plan_as(&mut harness, ".hidden");
    harness.get_by_label("A file name cannot start with a dot.");
}

#[test]
fn the_diary_check_box_clinic_name_and_paper_reach_the_pdf() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = common::person_app(dir.path(), "Sam");
    for (date, ankle) in [("2026-02-01", 6), ("2026-02-02", 4)] {
        app.apply(
            Intent::SaveDiaryEntry(ankleback::progress::DiaryEntry {
                date: date.into(),
                ankle: Some(ankle),
                back: None,
                note: String::new(),
            }),
            0.0,
        );
    }
    let mut settings = app.settings.clone();
    settings.clinic_name = "Hill Road Clinic".into();
    settings.paper = Some(ankleback::handout::Paper::Letter);
    app.apply(Intent::UpdateSettings(settings), 0.0);
    app.apply(Intent::Navigate(ankleback::route::Route::Progress), 0.0);
    let mut harness = common::harness(app);
    // The diary's trend pushes the plan below the window: scroll to it as a person would.
    harness
        .get_by_label("Add my pain diary chart")
        .scroll_to_me();
    harness.run();
    harness.get_by_label("Add my pain diary chart").click();
    harness.run();
    harness
        .get_by_label("Make a handout of my plan stage (PDF)")
        .click();
    harness.run();
    let saved = harness.state().app.last_handout.clone().unwrap().unwrap();
    let bytes = std::fs::read(&saved).unwrap();
    let raw = String::from_utf8_lossy(&bytes);
    assert!(raw.contains("/MediaBox[0 0 612 792]"), "not Letter");
    assert!(raw.contains("Chart of the pain diary"), "no chart alt text");
    if let Ok(out) = std::process::Command::new("pdftotext")
        .arg(&saved)
        .arg("-")
        .output()
    {
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.contains("Hill Road Clinic"), "{text}");
        assert!(text.contains("Your pain diary"), "{text}");
    }
}
