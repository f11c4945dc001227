//! Consult mode keeps nothing about the patient unless the clinician chooses "Save to a
//! patient profile" (a new profile or one that exists); the self-check can run in everyday
//! words while the app is at clinician level, for that screen only.
#![allow(
    clippy::unwrap_used,
    reason = "tests: a panic is a failure with its line"
)]

mod common;

use ankleback::intent::Intent;
use ankleback::progress::Progress;
use ankleback::route::{Place, Route};
use ankleback::settings::ReadingLevel;
use egui_kittest::kittest::Queryable as _;

fn progress_of(dir: &std::path::Path, id: &str) -> Progress {
    let path = dir.join("profiles").join(id).join("progress.ron");
    ankleback::store::load::<Progress>(&path).0
}

fn consult_two_steps(harness: &mut common::AppHarness) {
    harness.get_by_label("Consult mode").click_accesskit();
    harness.run();
    harness.get_by_label("Next ›").click_accesskit();
    harness.run();
}

#[test]
fn nothing_is_saved_unless_the_clinician_chooses() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = common::person_app(dir.path(), "Clinic");
    app.settings.reduce_motion = true;
    let mut harness = common::harness(app);
    consult_two_steps(&mut harness);
    harness.key_press(egui::Key::Escape);
    harness.run();
    harness.state_mut().app.flush();
    let app = &harness.state().app;
    assert!(app.progress.consults.is_empty());
    assert!(
        progress_of(dir.path(), &app.profiles.active)
            .consults
            .is_empty()
    );
    assert_eq!(app.profiles.list.len(), 1, "no profile made");
}

#[test]
fn saves_what_was_shown_to_a_new_profile_and_stays_on_the_clinicians() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = common::person_app(dir.path(), "Clinic");
    app.settings.reduce_motion = true;
    let clinic = app.profiles.active.clone();
    let mut harness = common::harness(app);
    consult_two_steps(&mut harness);
    harness
        .get_by_label("Save to a patient profile…")
        .click_accesskit();
    harness.run();
    harness.get_by_label("New patient profile name").focus();
    harness.run();
    harness
        .get_by_label("New patient profile name")
        .type_text("Pat");
    harness.run();
    harness
        .get_by_label("Save to a new profile")
        .click_accesskit();
    harness.run();
    let app = &harness.state().app;
    assert_eq!(app.profiles.active, clinic, "the clinician stays on theirs");
    assert!(
        app.progress.consults.is_empty(),
        "nothing in the clinician's"
    );
    let pat = app.profiles.by_name("Pat").unwrap().id.clone();
    let saved = progress_of(dir.path(), &pat);
    assert_eq!(saved.consults.len(), 1);
    let consult = &saved.consults[0];
    assert_eq!(consult.steps.len(), 2);
    assert_eq!(consult.stories.len(), 1);
    assert!(!consult.sections.is_empty());
    assert!(!app.consult.asking_save);
    assert_eq!(app.consult.saved_to.as_deref(), Some("Pat"));
}

#[test]
fn saves_to_a_profile_that_exists_keeping_what_it_had() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = common::person_app(dir.path(), "Pat");
    let pat = app.profiles.active.clone();
    app.apply(
        Intent::SaveDiaryEntry(ankleback::progress::DiaryEntry {
            date: "2026-01-02".into(),
            ankle: Some(3),
            ..Default::default()
        }),
        0.0,
    );
    app.apply(Intent::CreateProfile("Clinic".into()), 0.0);
    app.flush();
    assert_ne!(app.profiles.active, pat);
    app.settings.reduce_motion = true;
    let mut harness = common::harness(app);
    consult_two_steps(&mut harness);
    harness
        .get_by_label("Save to a patient profile…")
        .click_accesskit();
    harness.run();
    harness.get_by_label("Save to Pat").click_accesskit();
    harness.run();
    let saved = progress_of(dir.path(), &pat);
    assert_eq!(saved.consults.len(), 1);
    assert_eq!(saved.diary.len(), 1, "the diary is kept");
}

#[test]
fn self_check_in_everyday_words_while_the_setting_is_clinician() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = common::person_app(dir.path(), "Clinic");
    app.settings.reading_level = ReadingLevel::Clinician;
    app.apply(Intent::Navigate(Route::from_place(Place::SelfCheck)), 0.0);
    let mut harness = common::harness(app);
    let intro = harness.state().app.content.questionnaires[0]
        .spec()
        .intro
        .clone();
    harness.get_by_label(intro.get(ReadingLevel::Clinician));
    harness.get_by_label("Everyday words").click_accesskit();
    harness.run();
    harness.get_by_label(intro.get(ReadingLevel::Patient));
    let app = &harness.state().app;
    assert_eq!(app.self_check_level(), ReadingLevel::Patient);
    assert_eq!(app.settings.reading_level, ReadingLevel::Clinician);
}
