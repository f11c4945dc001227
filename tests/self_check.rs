//! Self-check UI: clicked through by answer labels, by keyboard alone, the urgent screen at
//! the first warning sign, and the notice on every result.

mod common;

use ankleback::selfcheck::answers::AnswersFile;
use ankleback::selfcheck::session::Session;
use ankleback::selfcheck::spec::QuestionKind;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

type AppHarness = Harness<'static, ankleback::app::AnkleBackApp>;

fn open_self_check(harness: &mut AppHarness) {
    harness.get_by_label("Self-check").click();
    harness.run();
    harness.get_by_label("Start the self-check").click();
    harness.run();
}

/// The label of the answer to give to the current question: "No" to warning signs, the
/// lower back and burning pain otherwise, so the flow reaches a pattern result.
fn answer_labels(harness: &AppHarness) -> Option<Vec<String>> {
    let app = harness.state();
    let questionnaire = app.content.questionnaires.first().unwrap();
    let question = questionnaire.next_question(&app.self_check.answers)?;
    let label = |id: &str| {
        question
            .options
            .iter()
            .find(|o| o.id == id)
            .unwrap()
            .label
            .patient
            .clone()
    };
    Some(match question.kind {
        QuestionKind::YesNoUnsure => vec![label("no")],
        QuestionKind::Single => vec![label(if question.id == "area" {
            "lower_back"
        } else {
            &question.options[0].id
        })],
        QuestionKind::Multiple => {
            let first = question
                .options
                .iter()
                .find(|o| o.id == "shooting")
                .unwrap_or(&question.options[0]);
            vec![first.label.patient.clone(), "Next".into()]
        }
        QuestionKind::Regions => vec!["Sciatic nerve".into(), "Next".into()],
        QuestionKind::PainScale => vec!["6".into()],
    })
}

#[test]
fn a_whole_check_clicked_through_by_answer_labels() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = common::welcomed_harness(dir.path());
    open_self_check(&mut harness);
    let mut steps = 0;
    while let Some(labels) = answer_labels(&harness) {
        for label in labels {
            // Long questions scroll: bring the answer into view as a person would.
            harness.get_by_label(&label).scroll_to_me();
            harness.run();
            harness.get_by_label(&label).click();
            harness.run();
        }
        steps += 1;
        assert!(steps < 40, "the check ends");
    }
    // A result with the notice, saved to the history.
    harness.get_by_label("When to get care");
    harness
        .get_all_by_label(ankleback::notice::NOTICE)
        .next()
        .unwrap();
    assert_eq!(harness.state().progress.self_checks.len(), 1);
    let pattern = harness.state().progress.self_checks[0].pattern.clone();
    assert!(pattern.is_some(), "these answers match a pattern");
}

#[test]
fn the_same_check_with_the_keyboard_alone() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = common::welcomed_harness(dir.path());
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num3);
    harness.run();
    press_with_keyboard(&mut harness, "Start the self-check");
    let mut steps = 0;
    while let Some(labels) = answer_labels(&harness) {
        for label in labels {
            press_with_keyboard(&mut harness, &label);
        }
        steps += 1;
        assert!(steps < 40);
    }
    harness.get_by_label("When to get care");
    assert_eq!(harness.state().progress.self_checks.len(), 1);
}

/// Tabs until the widget named `label` has focus, then presses Enter.
fn press_with_keyboard(harness: &mut AppHarness, label: &str) {
    for _ in 0..80 {
        if harness.get_by_label(label).is_focused() {
            harness.key_press(egui::Key::Enter);
            harness.run();
            return;
        }
        harness.key_press(egui::Key::Tab);
        harness.run();
    }
    panic!("could not reach {label} with Tab");
}

#[test]
fn the_urgent_screen_appears_at_the_first_warning_sign() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = common::welcomed_harness(dir.path());
    open_self_check(&mut harness);
    harness.get_by_label("Not sure").click();
    harness.run();
    harness.get_by_label("Emergency care now");
    harness
        .get_all_by_label(ankleback::notice::NOTICE)
        .next()
        .unwrap();
    assert_eq!(
        harness.state().self_check.answers.len(),
        1,
        "nothing else was asked"
    );
}

#[test]
fn every_result_screen_shows_the_notice_and_its_urgency() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = common::welcomed_harness(dir.path());
    harness.get_by_label("Self-check").click();
    harness.run();
    let vignettes = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/vignettes");
    let mut files: Vec<_> = std::fs::read_dir(vignettes)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    files.sort();
    for path in files {
        let file: AnswersFile = ron::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let session = Session {
            started: true,
            answers: file.answers.clone(),
            ..Session::default()
        };
        harness
            .state_mut()
            .apply(ankleback::app::Intent::UpdateSelfCheck(session));
        harness.run();
        let expected = file.expect.unwrap();
        harness.get_by_label(expected.urgency.label());
        harness
            .get_all_by_label(ankleback::notice::NOTICE)
            .next()
            .unwrap_or_else(|| panic!("{}", path.display()));
    }
}
