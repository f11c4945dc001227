//! The app shell: navigation, first start, settings that survive a restart.
#![allow(
    clippy::unwrap_used,
    reason = "test helpers: a panic is a failure with its line"
)]

mod common;

use ankleback::route::Place;
use ankleback::settings::{ReadingLevel, Theme};
use egui_kittest::kittest::Queryable as _;

#[test]
fn each_navigation_item_shows_its_screen() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = common::welcomed_harness(dir.path());
    for place in Place::ALL.into_iter().rev() {
        harness.get_by_label(place.label()).click();
        harness.run();
        assert_eq!(
            harness.state().app.route.place(),
            place,
            "after clicking {}",
            place.label()
        );
    }
    // The settings screen really is shown: its controls are there.
    harness.get_by_label("Settings & About").click();
    harness.run();
    harness.get_by_label("Reduce motion");
}

#[test]
fn keyboard_shortcuts_navigate() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = common::welcomed_harness(dir.path());
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num3);
    harness.run();
    assert_eq!(harness.state().app.route.place(), Place::SelfCheck);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num1);
    harness.run();
    assert_eq!(harness.state().app.route.place(), Place::BodyMap);
}

#[test]
fn first_start_prompt_appears_once() {
    let dir = tempfile::tempdir().unwrap();
    {
        let mut harness = common::harness(common::app_in(dir.path()));
        // First start asks for a name, not a made-up "Me".
        harness.get_by_role_and_label(egui::accesskit::Role::Heading, "Who is using AnkleBack?");
        harness.get_by_label("Your name").click();
        harness.run();
        harness.get_by_label("Your name").type_text("Ana");
        harness.run();
        harness.get_by_label("Start").click();
        harness.run();
        assert_eq!(harness.state().app.active_name(), Some("Ana"));
        harness.get_by_label("Which best describes you?");
        harness.get_by_label("I am a clinician").click();
        harness.run();
        assert!(
            harness
                .query_by_label("Which best describes you?")
                .is_none()
        );
        assert_eq!(
            harness.state().app.settings.reading_level,
            ReadingLevel::Clinician
        );
    }
    let harness = common::harness(common::app_in(dir.path()));
    assert!(
        harness
            .query_by_label("Which best describes you?")
            .is_none(),
        "the welcome is shown only once"
    );
    assert_eq!(
        harness.state().app.settings.reading_level,
        ReadingLevel::Clinician
    );
}

#[test]
fn the_welcome_answer_can_be_changed_in_settings() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = common::welcomed_harness(dir.path());
    harness.get_by_label("Settings & About").click();
    harness.run();
    harness.get_by_label("I am a clinician").click();
    harness.run();
    assert_eq!(
        harness.state().app.settings.role,
        Some(ankleback::settings::Role::Clinician)
    );
    assert_eq!(
        harness.state().app.settings.reading_level,
        ReadingLevel::Clinician
    );
    harness.get_by_label("Everyday words").click();
    harness.run();
    assert_eq!(
        harness.state().app.settings.reading_level,
        ReadingLevel::Patient
    );
}

#[test]
fn a_setting_survives_a_new_harness_on_the_same_folder() {
    let dir = tempfile::tempdir().unwrap();
    {
        let mut harness = common::welcomed_harness(dir.path());
        harness.get_by_label("Settings & About").click();
        harness.run();
        harness.get_by_label("High contrast").click();
        harness.get_by_label("Reduce motion").click();
        harness.run();
        assert_eq!(harness.state().app.settings.theme, Theme::HighContrast);
    }
    let harness = common::harness(common::app_in(dir.path()));
    assert_eq!(harness.state().app.settings.theme, Theme::HighContrast);
    assert!(harness.state().app.settings.reduce_motion);
}
