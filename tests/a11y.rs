//! Accessibility in the kittest tree: focus follows screen changes, Enter never answers for
//! the person, headings, named groups and the urgent alert. (The real AT-SPI tree, as Orca
//! reads it, is checked by scripts/a11y-test.sh.)
#![allow(
    clippy::unwrap_used,
    reason = "test helpers: a panic is a failure with its line"
)]

mod common;

use ankleback::route::Place;
use ankleback::selfcheck::session::Session;
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::kittest::{NodeT as _, Queryable as _};

const DIGITS: [Key; 5] = [Key::Num1, Key::Num2, Key::Num3, Key::Num4, Key::Num5];

/// The label of the focused node, and its role.
fn focused(harness: &common::AppHarness) -> Option<(Role, String)> {
    harness
        .query_all_by(|node| node.is_focused())
        .last()
        .map(|node| {
            let node = node.accesskit_node();
            (
                node.role(),
                node.label().or_else(|| node.value()).unwrap_or_default(),
            )
        })
}

#[test]
fn focus_is_on_the_heading_after_each_screen_change() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = common::welcomed_harness(dir.path());
    for place in [
        Place::Learn,
        Place::SelfCheck,
        Place::Progress,
        Place::Settings,
        Place::BodyMap,
    ] {
        let digit = DIGITS[usize::from(place.shortcut_digit() - 1)];
        harness.key_press_modifiers(Modifiers::COMMAND, digit);
        harness.run();
        let (role, label) = focused(&harness).expect("something has focus");
        assert_eq!(
            role,
            Role::Heading,
            "after Ctrl+{}: {label}",
            place.shortcut_digit()
        );
        assert!(
            !label.is_empty(),
            "the heading of {} has a name",
            place.label()
        );
    }
    // Opening an article focuses its title.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num2);
    harness.run();
    harness
        .get_all_by_label("Can back pain cause ankle pain?")
        .next()
        .unwrap()
        .click();
    harness.run();
    assert_eq!(
        focused(&harness),
        Some((Role::Heading, "Can back pain cause ankle pain?".to_owned()))
    );
}

#[test]
fn pressing_enter_again_and_again_from_start_never_answers() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = common::welcomed_harness(dir.path());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num3);
    harness.run();
    harness.get_by_label("Start the self-check").click();
    harness.run();
    let question = focused(&harness).expect("the question has focus");
    assert_ne!(question.0, Role::RadioButton, "focus is on {question:?}");
    for _ in 0..6 {
        harness.key_press(Key::Enter);
        harness.run();
    }
    let Session::Running(run) = &harness.state().app.self_check else {
        panic!("the self-check stopped running");
    };
    assert!(run.answers.is_empty(), "answered: {:?}", run.answers);
    assert!(run.history.is_empty(), "moved on a screen");
    assert!(harness.state().app.progress.self_checks.is_empty());
    assert_eq!(focused(&harness), Some(question));
    // The answers of each question are a named radio group.
    let group = harness
        .get_all_by_role(Role::RadioGroup)
        .next()
        .expect("a radio group");
    assert!(
        group
            .accesskit_node()
            .label()
            .unwrap()
            .starts_with("Answers: "),
        "{:?}",
        group.accesskit_node().label()
    );
}

#[test]
fn an_urgent_result_is_an_alert_and_its_heading_has_focus() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = common::person_app(dir.path(), "Sam");
    use ankleback::selfcheck::answers::{Answer, Answers};
    // "No" to every warning sign, but "Yes" to the first emergency one.
    let mut answers: Answers = app.content.questionnaires[0]
        .spec()
        .questions
        .iter()
        .filter(|q| q.kind == ankleback::selfcheck::spec::QuestionKind::YesNoUnsure)
        .map(|q| (q.id.clone(), Answer::Choice("no".to_owned())))
        .collect();
    answers.insert(
        "saddle_numbness".to_owned(),
        Answer::Choice("yes".to_owned()),
    );
    app.apply(
        ankleback::intent::Intent::Navigate(ankleback::route::Route::SelfCheck),
        0.0,
    );
    common::answer_check(&mut app, &answers);
    let mut harness = common::harness(app);
    harness.run();
    let alert = harness.get_by_role(Role::Alert);
    let name = alert.accesskit_node().label().unwrap();
    assert!(name.contains("emergency"), "{name}");
    let (role, label) = focused(&harness).expect("the result's heading has focus");
    assert_eq!(role, Role::Heading, "{label}");
}

#[test]
fn the_body_drawing_is_described_and_a_chosen_part_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = common::welcomed_harness(dir.path());
    let image = harness.get_by_role(Role::Image);
    let summary = image.accesskit_node().label().unwrap();
    assert!(
        summary.starts_with("Body drawing, side view, right leg."),
        "{summary}"
    );
    harness.get_by_label("Achilles tendon").click();
    harness.run();
    harness.get_by_label("Achilles tendon, selected, details shown");
    let summary = harness
        .get_by_role(Role::Image)
        .accesskit_node()
        .label()
        .unwrap();
    assert!(summary.contains("Selected: Achilles tendon."), "{summary}");
    // F6 from the part jumps to the side panel's heading.
    harness
        .get_by_label("Achilles tendon, selected, details shown")
        .focus();
    harness.run();
    harness.key_press(Key::F6);
    harness.run();
    assert_eq!(
        focused(&harness),
        Some((Role::Heading, "Achilles tendon".to_owned()))
    );
}
