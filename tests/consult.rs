//! Consult mode: entering (button, F5), stepping with the keys clickers send and with the
//! labelled buttons, drawing with drags (diagram coordinates survive zoom and view switches),
//! undo and clear, deleting a mark by its label, New patient, Esc.
#![allow(
    clippy::unwrap_used,
    reason = "tests: a panic is a failure with its line"
)]

mod common;

use ankleback::consult::drawing::{MarkShape, Tool};
use ankleback::route::Route;
use egui::Key;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

/// Consult mode with reduced motion, so animated steps stand still and the harness settles.
fn consult_harness(dir: &std::path::Path) -> common::AppHarness {
    let mut app = common::person_app(dir, "Sam");
    app.settings.reduce_motion = true;
    let mut harness = common::harness(app);
    harness.get_by_label("Consult mode").click_accesskit();
    harness.run();
    assert_eq!(harness.state().app.route, Route::Consult);
    harness
}

fn step(harness: &common::AppHarness) -> (usize, usize) {
    let state = &harness.state().app.consult;
    (state.story, state.step)
}

/// The canvas rect on screen (the picture's accessible node).
fn canvas_rect(harness: &common::AppHarness) -> egui::Rect {
    harness.get_by_role(egui::accesskit::Role::Image).rect()
}

fn drag(harness: &mut common::AppHarness, points: &[egui::Pos2]) {
    harness.hover_at(points[0]);
    harness.run();
    harness.event(egui::Event::PointerButton {
        pos: points[0],
        button: egui::PointerButton::Primary,
        pressed: true,
        modifiers: egui::Modifiers::NONE,
    });
    harness.run();
    for p in &points[1..] {
        harness.hover_at(*p);
        harness.run();
    }
    let last = *points.last().unwrap();
    harness.event(egui::Event::PointerButton {
        pos: last,
        button: egui::PointerButton::Primary,
        pressed: false,
        modifiers: egui::Modifiers::NONE,
    });
    harness.run();
}

#[test]
fn keys_and_buttons_step_through_a_story_and_esc_leaves() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = consult_harness(dir.path());
    let first = harness.state().app.content.stories[0].steps[0]
        .patient
        .clone();
    harness.get_by_label(&first);
    harness.get_by_label("Progress: step 1 of 5");
    for key in [Key::ArrowRight, Key::PageDown, Key::Space] {
        harness.key_press(key);
        harness.run();
    }
    assert_eq!(step(&harness), (0, 3));
    let fourth = harness.state().app.content.stories[0].steps[3]
        .patient
        .clone();
    harness.get_by_label(&fourth);
    for key in [Key::ArrowLeft, Key::PageUp] {
        harness.key_press(key);
        harness.run();
    }
    assert_eq!(step(&harness), (0, 1));
    harness.get_by_label("Next ›").click_accesskit();
    harness.run();
    assert_eq!(step(&harness), (0, 2));
    harness.get_by_label("‹ Previous").click_accesskit();
    harness.run();
    assert_eq!(step(&harness), (0, 1));
    // Another story by its title starts at its first step.
    let title = harness.state().app.content.stories[1].title.clone();
    harness.get_by_label(&title).click_accesskit();
    harness.run();
    assert_eq!(step(&harness), (1, 0));
    assert_eq!(harness.state().app.consult.record.stories.len(), 2);
    harness.key_press(Key::Escape);
    harness.run();
    assert_eq!(harness.state().app.route, Route::BodyMap);
    // F5 comes back to the same place.
    harness.key_press(Key::F5);
    harness.run();
    assert_eq!(harness.state().app.route, Route::Consult);
    assert_eq!(step(&harness), (1, 0));
}

#[test]
fn a_dragged_stroke_stays_in_diagram_coordinates_through_zoom_and_view_switches() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = consult_harness(dir.path());
    assert_eq!(harness.state().app.consult.tool, Tool::Pen);
    let rect = canvas_rect(&harness);
    let c = rect.center();
    let points: Vec<egui::Pos2> = (0..12)
        .map(|i| c + egui::vec2(i as f32 * 6.0, i as f32 * 3.0))
        .collect();
    drag(&mut harness, &points);
    let marks = harness.state().app.consult.drawing.marks().to_vec();
    assert_eq!(marks.len(), 1, "one stroke");
    let MarkShape::Pen(stroke) = &marks[0].shape else {
        panic!("a pen stroke")
    };
    assert!(stroke.len() >= 2);
    // Zoom in, switch to the back view and back again: the stored stroke is unchanged.
    harness.get_by_label("Zoom in").click_accesskit();
    harness.run();
    assert!(harness.state().app.consult.zoom > 1.0);
    harness.get_by_label("Back view").click_accesskit();
    harness.run();
    assert_eq!(
        harness.state().app.consult.changes.view.as_deref(),
        Some("back")
    );
    let listed = harness
        .query_all_by_label_contains("Mark 1: line near the right ")
        .map(|n| {
            n.accesskit_node()
                .label()
                .filter(|l| !l.is_empty())
                .or_else(|| n.value())
                .unwrap_or_default()
        })
        .collect::<Vec<_>>();
    assert!(
        listed.len() == 1 && listed[0].ends_with(" (another view)"),
        "{listed:?}"
    );
    harness.get_by_label("Side view").click_accesskit();
    harness.run();
    assert_eq!(harness.state().app.consult.drawing.marks(), &marks[..]);
    // An arrow and a circle, then undo and clear.
    harness.get_by_label("Circle").click_accesskit();
    harness.run();
    drag(&mut harness, &[c, c + egui::vec2(30.0, 0.0)]);
    harness.get_by_label("Arrow").click_accesskit();
    harness.run();
    drag(&mut harness, &[c + egui::vec2(-40.0, -40.0), c]);
    let marks = harness.state().app.consult.drawing.marks();
    assert_eq!(marks.len(), 3);
    assert!(matches!(marks[1].shape, MarkShape::Circle { .. }));
    assert!(matches!(marks[2].shape, MarkShape::Arrow { .. }));
    harness.get_by_label("Undo").click_accesskit();
    harness.run();
    assert_eq!(harness.state().app.consult.drawing.marks().len(), 2);
    harness.get_by_label("Clear drawing").click_accesskit();
    harness.run();
    assert!(harness.state().app.consult.drawing.marks().is_empty());
    harness.get_by_label("Undo").click_accesskit();
    harness.run();
    assert_eq!(harness.state().app.consult.drawing.marks().len(), 2);
}

#[test]
fn a_mark_is_listed_in_words_and_deleted_by_its_label() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = consult_harness(dir.path());
    harness.get_by_label("Circle").click_accesskit();
    harness.run();
    // A circle on the Achilles tendon of the side view.
    let app = &harness.state().app;
    let diagram = &app.diagrams[0];
    let anchor = diagram.anchor("achilles").unwrap();
    let rect = canvas_rect(&harness);
    let to_screen =
        ankleback::ui::consult::canvas::screen_from_diagram(diagram, rect, 1.0, [0.0, 0.0]);
    let at = to_screen.transform_pos(egui::pos2(anchor[0], anchor[1]));
    drag(&mut harness, &[at, at + egui::vec2(20.0, 0.0)]);
    let labels: Vec<String> = harness
        .query_all_by_label_contains("Mark ")
        .map(|n| {
            n.accesskit_node()
                .label()
                .filter(|l| !l.is_empty())
                .or_else(|| n.value())
                .unwrap_or_default()
        })
        .collect();
    assert_eq!(
        labels,
        vec!["Mark 1: circle near the right Achilles tendon".to_owned()]
    );
    harness.get_by_label("Delete mark 1").click_accesskit();
    harness.run();
    assert!(harness.state().app.consult.drawing.marks().is_empty());
    assert!(harness.query_by_label("Delete mark 1").is_none());
}

#[test]
fn new_patient_asks_first_then_clears_the_drawing_and_the_record() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = consult_harness(dir.path());
    let c = canvas_rect(&harness).center();
    drag(
        &mut harness,
        &[c, c + egui::vec2(20.0, 20.0), c + egui::vec2(40.0, 10.0)],
    );
    harness.key_press(Key::ArrowRight);
    harness.run();
    harness.get_by_label("New patient…").click_accesskit();
    harness.run();
    harness.get_by_label("Keep").click_accesskit();
    harness.run();
    assert_eq!(harness.state().app.consult.drawing.marks().len(), 1);
    harness.get_by_label("New patient…").click_accesskit();
    harness.run();
    harness
        .get_by_label("Clear for a new patient")
        .click_accesskit();
    harness.run();
    let state = &harness.state().app.consult;
    assert!(state.drawing.marks().is_empty());
    assert_eq!(state.record.steps.len(), 1, "only the step on screen");
    assert_eq!(state.step, 1);
}

#[test]
fn one_root_both_legs_and_patient_words_at_clinician_level() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = common::person_app(dir.path(), "Sam");
    // With reduced motion the root's path stands still: the harness settles (no repaints).
    app.settings.reduce_motion = true;
    let mut harness = common::harness(app);
    harness.get_by_label("Consult mode").click_accesskit();
    harness.run();
    harness.get_by_label("L5").click_accesskit();
    harness.run();
    let picture = harness
        .state()
        .app
        .consult
        .picture(&harness.state().app.content.stories)
        .unwrap();
    assert_eq!(picture.parts, vec!["L5".to_owned()]);
    harness.get_by_label("Both legs").click_accesskit();
    harness.run();
    let picture = harness
        .state()
        .app
        .consult
        .picture(&harness.state().app.content.stories)
        .unwrap();
    assert!(picture.space.two_legs);
    harness.get_by_label("Clinician detail").click_accesskit();
    harness.run();
    let clinician = harness.state().app.content.stories[0].steps[0]
        .clinician
        .clone();
    harness.get_by_label(&clinician);
    // The app's own setting is untouched.
    assert_eq!(
        harness.state().app.settings.reading_level,
        ankleback::settings::ReadingLevel::Patient
    );
}
