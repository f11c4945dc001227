//! Self-check UI, driven by accessible labels and by the keyboard: grouped warning screens,
//! focus that never rests on an answer, urgent advice with the emergency number, floors,
//! going back, starting again, and deleting a saved check.
#![allow(
    clippy::unwrap_used,
    reason = "test helpers: a panic is a failure with its line"
)]

mod common;

use ankleback::intent::Intent;
use ankleback::selfcheck::answers::AnswersFile;
use ankleback::selfcheck::session::Verb;
use ankleback::selfcheck::spec::{QuestionKind, QuestionSpec, Urgency};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

type AppHarness = Harness<'static, ankleback::ui::window::AppWindow>;

fn open_self_check(harness: &mut AppHarness) {
    harness.get_by_label("Self-check").click();
    harness.run();
    harness.get_by_label("Start the self-check").click();
    harness.run();
}

/// The first sentence of a question, which names its answers ("No: Is there …?").
fn short(question: &QuestionSpec) -> String {
    let text = &question.text.patient;
    let end = text.find(['?', '.']).map_or(text.len(), |i| i + 1);
    text[..end].to_owned()
}

/// Accessible labels to press for every question on the current screen, then "Next":
/// "No" to warning signs, a plain back strain otherwise, and `pick` where it has a say.
fn screen_labels(
    harness: &AppHarness,
    pick: &dyn Fn(&QuestionSpec) -> Option<String>,
) -> Option<Vec<String>> {
    let app = &harness.state().app;
    let questionnaire = app.content.questionnaires.first().unwrap();
    let run = app.self_check.run()?;
    let (_, asked) = questionnaire.next_screen(&run.answers)?;
    let mut labels = Vec::new();
    for question in asked {
        let option_label = |id: &str| {
            let option = question.options.iter().find(|o| o.id == id).unwrap();
            format!("{}: {}", option.label.patient, short(question))
        };
        if let Some(label) = pick(question) {
            labels.push(label);
            continue;
        }
        if question.id == "feel" {
            labels.push("A sore spot that hurts when I press on it".into());
        }
        labels.push(match question.kind {
            QuestionKind::YesNoUnsure => option_label("no"),
            QuestionKind::Single => option_label(match question.id.as_str() {
                "area" => "lower_back",
                "back_pain_start" => "45_to_50",
                _ => &question.options[0].id,
            }),
            QuestionKind::Multiple => match question.id.as_str() {
                "where" => "Lower back".into(),
                "feel" => "A dull, deep ache that is hard to pin down".into(),
                _ => "None of these".into(),
            },
            QuestionKind::PainScale => "Pain 3 out of 10".into(),
            QuestionKind::Regions => "None of these".into(),
        });
    }
    labels.push("Next".into());
    Some(labels)
}

fn click(harness: &mut AppHarness, label: &str) {
    // Long screens scroll: bring the answer into view as a person would.
    harness.get_by_label(label).scroll_to_me();
    harness.run();
    harness.get_by_label(label).click();
    harness.run();
}

fn answer_all(harness: &mut AppHarness, pick: &dyn Fn(&QuestionSpec) -> Option<String>) {
    let mut screens = 0;
    while let Some(labels) = screen_labels(harness, pick) {
        for label in labels {
            click(harness, &label);
        }
        screens += 1;
        assert!(screens < 30, "the check ends");
    }
}

#[test]
fn a_whole_check_through_the_grouped_warning_screens_by_label() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = common::welcomed_harness(dir.path());
    open_self_check(&mut harness);
    // The first screen holds several warning questions at once, with its progress.
    harness.get_by_label_contains("Warning signs, screen 1 of");
    assert!(harness.query_all_by_label_contains("No: ").count() >= 7);
    answer_all(&mut harness, &|_| None);
    harness.get_by_label(Urgency::SelfCare.label());
    harness.get_by_label_contains("Whatever your answers: get care if");
    harness.get_by_label_contains("If it is not better within 4 weeks");
    harness
        .get_all_by_label(ankleback::notice::NOTICE)
        .next()
        .unwrap();
    assert_eq!(harness.state().app.progress.self_checks.len(), 1);
    assert_eq!(
        harness.state().app.progress.self_checks[0]
            .pattern
            .as_deref(),
        Some("mechanical")
    );
}

#[test]
fn next_waits_until_every_question_on_the_screen_is_answered() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = common::welcomed_harness(dir.path());
    open_self_check(&mut harness);
    assert!(harness.get_by_label("Next").accesskit_node().is_disabled());
    let labels = screen_labels(&harness, &|_| None).unwrap();
    for label in &labels[..labels.len() - 2] {
        click(&mut harness, label);
    }
    assert!(
        harness.get_by_label("Next").accesskit_node().is_disabled(),
        "one question still open"
    );
    click(&mut harness, &labels[labels.len() - 2]);
    assert!(!harness.get_by_label("Next").accesskit_node().is_disabled());
}

#[test]
fn pressing_enter_again_and_again_from_start_never_answers() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = common::welcomed_harness(dir.path());
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num3);
    harness.run();
    press_with_keyboard(&mut harness, "Start the self-check");
    // Focus sits on the first question's text, not on an answer.
    let first = {
        let app = &harness.state().app;
        let q = app.content.questionnaires.first().unwrap();
        q.spec().questions[0].text.patient.clone()
    };
    assert!(
        harness.get_by_label(&first).is_focused(),
        "focus on the question"
    );
    for _ in 0..10 {
        harness.key_press(egui::Key::Enter);
        harness.run();
    }
    let run = harness.state().app.self_check.run().unwrap();
    assert!(run.answers.is_empty(), "Enter alone answered nothing");
    assert!(
        !harness.query_all_by_label_contains("Yes: ").any(|n| n
            .accesskit_node()
            .toggled()
            .is_some_and(|t| t == egui::accesskit::Toggled::True)),
        "no answer is selected"
    );
}

#[test]
fn the_same_check_with_the_keyboard_alone() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = common::welcomed_harness(dir.path());
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num3);
    harness.run();
    press_with_keyboard(&mut harness, "Start the self-check");
    let mut screens = 0;
    while let Some(labels) = screen_labels(&harness, &|_| None) {
        for label in labels {
            press_with_keyboard(&mut harness, &label);
        }
        screens += 1;
        assert!(screens < 30);
    }
    harness.get_by_label(Urgency::SelfCare.label());
    assert_eq!(harness.state().app.progress.self_checks.len(), 1);
}

/// Tabs until the widget named `label` has focus, then presses Space (Enter for buttons).
fn press_with_keyboard(harness: &mut AppHarness, label: &str) {
    for _ in 0..120 {
        if harness.get_by_label(label).is_focused() {
            harness.key_press(egui::Key::Space);
            harness.run();
            return;
        }
        harness.key_press(egui::Key::Tab);
        harness.run();
    }
    panic!("could not reach {label} with Tab");
}

#[test]
fn an_emergency_sign_ends_at_urgent_advice_with_the_emergency_number_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = common::person_app(dir.path(), "Sam");
    let mut settings = app.settings.clone();
    settings.emergency_number = "112".into();
    app.apply(Intent::UpdateSettings(settings), 0.0);
    let mut harness = common::harness(app);
    open_self_check(&mut harness);
    let labels = screen_labels(&harness, &|q| {
        (q.id == "bladder_bowel").then(|| format!("Not sure: {}", short(q)))
    })
    .unwrap();
    for label in labels {
        click(&mut harness, &label);
    }
    harness.get_by_label(Urgency::Emergency.label());
    // The instruction comes first, inside the banner (and again with the sign's box).
    let instruction = "Call the emergency number 112 or go to an emergency department now. Do not drive yourself.";
    let first = harness.get_all_by_label(instruction).next().unwrap();
    let heading = harness.get_by_label(Urgency::Emergency.label());
    assert!(
        first.rect().top() < heading.rect().bottom() + 80.0,
        "right under the heading"
    );
    harness
        .get_all_by_label_contains("New trouble with peeing or pooing")
        .next()
        .unwrap();
    harness
        .get_all_by_label(ankleback::notice::NOTICE)
        .next()
        .unwrap();
    let run = harness.state().app.self_check.run().unwrap();
    assert_eq!(
        run.history.len(),
        1,
        "nothing after the first screen was asked"
    );
}

#[test]
fn a_same_day_sign_and_a_floor_are_shown_with_their_reasons() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = common::welcomed_harness(dir.path());
    open_self_check(&mut harness);
    answer_all(&mut harness, &|q| {
        (q.id == "calf_swelling").then(|| format!("Yes: {}", short(q)))
    });
    harness.get_by_label(Urgency::SameDay.label());
    harness
        .get_all_by_label_contains("urgent care centre")
        .next()
        .unwrap();
    harness
        .get_all_by_label_contains("One calf or leg that is swollen")
        .next()
        .unwrap();

    // A strain-type pattern with numbness: the floor lifts it to an appointment.
    click(&mut harness, "Start a new self-check");
    click(&mut harness, "Start the self-check");
    answer_all(&mut harness, &|q| {
        (q.id == "heel_walk").then(|| format!("Yes: {}", short(q)))
    });
    harness.get_by_label(Urgency::Appointment.label());
    harness.get_by_label_contains("Why the advice is at least an appointment");
    assert_eq!(harness.state().app.progress.self_checks.len(), 2);
}

#[test]
fn previous_keeps_the_answer_and_finishing_again_does_not_record_twice() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = common::welcomed_harness(dir.path());
    open_self_check(&mut harness);
    let first = screen_labels(&harness, &|_| None).unwrap();
    for label in &first {
        click(&mut harness, label);
    }
    click(&mut harness, "Previous screen");
    // The earlier answer is shown selected, so Next is ready at once.
    let chosen = harness.get_by_label(&first[0]);
    assert_eq!(
        chosen.accesskit_node().toggled(),
        Some(egui::accesskit::Toggled::True)
    );
    assert!(!harness.get_by_label("Next").accesskit_node().is_disabled());
    click(&mut harness, "Next");
    answer_all(&mut harness, &|_| None);
    assert_eq!(harness.state().app.progress.self_checks.len(), 1);
    click(&mut harness, "Previous screen");
    answer_all(&mut harness, &|_| None);
    assert_eq!(
        harness.state().app.progress.self_checks.len(),
        1,
        "back and finish again replaces the record"
    );
}

#[test]
fn stop_and_start_again_asks_first_and_a_check_can_be_deleted() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = common::welcomed_harness(dir.path());
    open_self_check(&mut harness);
    let labels = screen_labels(&harness, &|_| None).unwrap();
    for label in &labels {
        click(&mut harness, label);
    }
    click(&mut harness, "Stop and start again");
    click(&mut harness, "No, keep my answers");
    assert!(
        !harness
            .state()
            .app
            .self_check
            .run()
            .unwrap()
            .answers
            .is_empty()
    );
    click(&mut harness, "Stop and start again");
    click(&mut harness, "Yes, start again");
    assert!(
        harness.state().app.self_check.run().is_none(),
        "back at the start"
    );

    // Finish one check, then delete it from the history.
    click(&mut harness, "Start the self-check");
    answer_all(&mut harness, &|_| None);
    click(&mut harness, "Start a new self-check");
    assert_eq!(harness.state().app.progress.self_checks.len(), 1);
    click(&mut harness, "Delete");
    click(&mut harness, "Yes, delete it");
    assert!(harness.state().app.progress.self_checks.is_empty());
}

#[test]
fn every_vignette_result_shows_its_guidance_the_safety_net_and_the_notice() {
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
        common::answer_check(&mut harness.state_mut().app, &file.answers);
        harness.run();
        let expected = file.expect.unwrap();
        harness.get_by_label(expected.urgency.label());
        harness.get_by_label_contains("Whatever your answers: get care if");
        harness
            .get_all_by_label(ankleback::notice::NOTICE)
            .next()
            .unwrap_or_else(|| panic!("{}", path.display()));
    }
}

/// From an article opened by a result, Back (and Alt+Left) returns to that result, which is
/// still recorded once.
#[test]
fn back_from_an_article_opened_by_a_result_returns_to_the_result() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = common::welcomed_harness(dir.path());
    open_self_check(&mut harness);
    answer_all(&mut harness, &|_| None);
    harness.get_by_label(Urgency::SelfCare.label());
    let link = {
        let app = &harness.state().app;
        let questionnaire = app.content.questionnaires.first().unwrap();
        let record = &app.progress.self_checks[0];
        let outcome = questionnaire
            .spec()
            .outcomes
            .iter()
            .find(|o| o.id == record.outcome)
            .unwrap();
        app.content.link_title(&outcome.read_next[0])
    };
    click(&mut harness, &link);
    assert!(matches!(
        harness.state().app.route,
        ankleback::route::Route::Learn {
            article: Some(_),
            ..
        }
    ));
    harness.get_by_label("Back").click();
    harness.run();
    assert_eq!(
        harness.state().app.route,
        ankleback::route::Route::SelfCheck
    );
    harness.get_by_label(Urgency::SelfCare.label());

    click(&mut harness, &link);
    harness.key_press_modifiers(egui::Modifiers::ALT, egui::Key::ArrowLeft);
    harness.run();
    assert_eq!(
        harness.state().app.route,
        ankleback::route::Route::SelfCheck
    );
    assert_eq!(harness.state().app.progress.self_checks.len(), 1);
}

/// "Start a self-check about this area…" from the body map: the warning screens still come
/// first, the area's answer is shown pre-selected but not answered for the person, and the
/// next check does not carry it.
#[test]
fn a_check_started_from_the_body_map_suggests_the_area_and_forgets_it_afterwards() {
    use ankleback::content::model::Area;
    use ankleback::selfcheck::answers::Answer;
    let dir = tempfile::tempdir().unwrap();
    let mut harness = common::welcomed_harness(dir.path());
    let (region_name, expected_option) = {
        let app = &harness.state().app;
        let diagram = &app.diagrams[app.body_map.view_index];
        let region = diagram
            .region_ids()
            .iter()
            .filter_map(|id| app.content.region(id))
            .find(|r| r.area == Area::AchillesHeel)
            .expect("a heel region on the first view");
        let questionnaire = app.content.questionnaires.first().unwrap();
        let (_, option) = questionnaire.body_map_answer(region.area).unwrap();
        (region.name.clone(), option.id.clone())
    };
    harness.get_by_label(&region_name).click();
    harness.run();
    click(&mut harness, "Start a self-check about this area…");
    harness.get_by_label_contains("You came from the body map");
    click(&mut harness, "Start the self-check");
    harness.get_by_label_contains("Warning signs, screen 1 of");

    // Answer up to the screen with the area question: suggested, not answered.
    let area_question = loop {
        let app = &harness.state().app;
        let questionnaire = app.content.questionnaires.first().unwrap();
        let run = app.self_check.run().unwrap();
        let (_, asked) = questionnaire.next_screen(&run.answers).unwrap();
        if let Some(question) = asked.iter().find(|q| q.id == "area") {
            assert_eq!(
                run.pending.get("area"),
                Some(&Answer::Choice(expected_option.clone()))
            );
            assert!(!run.answers.contains_key("area"));
            break (*question).clone();
        }
        let labels = screen_labels(&harness, &|_| None).unwrap();
        for label in labels {
            click(&mut harness, &label);
        }
    };
    let option = area_question
        .options
        .iter()
        .find(|o| o.id == expected_option)
        .unwrap();
    let confirm = format!("{}: {}", option.label.patient, short(&area_question));
    answer_all(&mut harness, &|q| (q.id == "area").then(|| confirm.clone()));
    let record = &harness.state().app.progress.self_checks[0];
    assert_eq!(
        record.answers.get("area"),
        Some(&Answer::Choice(expected_option.clone()))
    );

    // The next check starts without the suggestion.
    harness
        .state_mut()
        .app
        .apply(Intent::SelfCheck(Verb::Restart), 0.0);
    harness.run();
    assert!(
        harness
            .query_by_label_contains("You came from the body map")
            .is_none()
    );
    click(&mut harness, "Start the self-check");
    assert!(
        harness
            .state()
            .app
            .self_check
            .run()
            .unwrap()
            .pending
            .is_empty()
    );
}

/// The app in Spanish (the shipped translation), with 112 as the emergency number.
fn spanish_harness(dir: &std::path::Path) -> AppHarness {
    let mut app = common::person_app(dir, "Ana");
    let mut settings = app.settings.clone();
    settings.language = "es".into();
    settings.emergency_number = "112".into();
    app.apply(Intent::UpdateSettings(settings), 0.0);
    assert_eq!(app.content_lang, "es", "Spanish is offered");
    common::harness(app)
}

#[test]
fn the_urgent_result_walked_by_spanish_labels() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = spanish_harness(dir.path());
    click(&mut harness, "Autoevaluación");
    click(&mut harness, "Empezar la autoevaluación");
    harness.get_by_label_contains("Señales de alarma, pantalla 1 de");
    // The questions are in Spanish, and so are their answers' names.
    harness
        .get_all_by_label_contains(
            "¿Tiene adormecimiento u hormigueo nuevo entre las piernas, alrededor del ano",
        )
        .next()
        .unwrap();
    assert!(harness.query_all_by_label_contains("No: ").count() >= 7);
    assert!(
        harness
            .query_all_by_label_contains("No: Is")
            .next()
            .is_none()
    );
    harness.get_by_label_contains("Responda cada pregunta.");
    // "No" to every warning sign on the screen but one, "No lo sé" to trouble peeing.
    let questions: Vec<String> = {
        let app = &harness.state().app;
        let questionnaire = app.content.questionnaires.first().unwrap();
        let run = app.self_check.run().unwrap();
        let (_, asked) = questionnaire.next_screen(&run.answers).unwrap();
        asked
            .iter()
            .filter(|q| q.id != "bladder_bowel")
            .map(|q| short(q))
            .collect()
    };
    for question in &questions {
        assert!(
            question.starts_with('¿') || question.contains(" ¿"),
            "{question}"
        );
        click(&mut harness, &format!("No: {question}"));
    }
    assert!(
        harness
            .get_by_label("Siguiente")
            .accesskit_node()
            .is_disabled()
    );
    click(
        &mut harness,
        "No lo sé: ¿Tiene algún problema nuevo al orinar o al evacuar (defecar)?",
    );
    click(&mut harness, "Siguiente");

    // The urgent advice, in Spanish, with the number first.
    let heading = harness.get_by_label(
        "Lo que aconsejan las guías para respuestas como estas: busque atención de urgencia ahora",
    );
    let heading_bottom = heading.rect().bottom();
    let instruction = "Llame al número de emergencias 112 o vaya a urgencias ahora. No conduzca (no maneje) usted mismo.";
    let first = harness.get_all_by_label(instruction).next().unwrap();
    assert!(
        first.rect().top() < heading_bottom + 80.0,
        "right under the heading"
    );
    harness.get_by_label("Sus respuestas incluyen estas señales de alarma");
    harness.get_by_label_contains("Una señal de alarma no es un diagnóstico.");
    harness.get_by_label("Empezar una autoevaluación nueva");
    harness.get_by_label("Pantalla anterior");
    // The urgent box is an alert named by the advice, in Spanish.
    let alert = harness
        .get_all_by_role(egui::accesskit::Role::Alert)
        .next()
        .unwrap();
    let name = alert.accesskit_node().label().unwrap_or_default();
    assert!(name.contains("112") && name.contains("urgencias"), "{name}");
    // Nothing of the self-check's own words is left in English.
    for english in [
        "Guidance for answers like these",
        "Your answers included these warning signs",
        "Start a new self-check",
        "Previous screen",
        "A warning sign is not a diagnosis",
        "Sources: ",
    ] {
        assert!(
            harness
                .query_all_by_label_contains(english)
                .next()
                .is_none(),
            "{english} in Spanish"
        );
    }
    assert_eq!(
        harness.state().app.progress.self_checks[0].urgency,
        Urgency::Emergency
    );
}

#[test]
fn the_result_drawing_says_what_it_highlights() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = common::welcomed_harness(dir.path());
    open_self_check(&mut harness);
    answer_all(&mut harness, &|_| None);
    harness.get_by_label(Urgency::SelfCare.label());
    let app = &harness.state().app;
    let record = &app.progress.self_checks[0];
    let outcome = app.content.questionnaires[0]
        .outcome(&record.outcome)
        .unwrap();
    assert!(!outcome.regions.is_empty(), "the pattern highlights a part");
    let drawing = harness
        .get_all_by_role(egui::accesskit::Role::Image)
        .find(|node| {
            node.accesskit_node()
                .label()
                .is_some_and(|l| l.starts_with("Body drawing"))
        })
        .expect("the result's drawing is an image with a summary");
    let summary = drawing.accesskit_node().label().unwrap();
    for region in &outcome.regions {
        let name = &app.content.region(region).unwrap().name;
        assert!(summary.contains(name.as_str()), "{name} in {summary}");
    }
    assert!(summary.contains("Highlighted:"), "{summary}");
}

#[test]
fn stop_and_start_again_moves_focus_to_keep_and_back() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = common::welcomed_harness(dir.path());
    open_self_check(&mut harness);
    press_with_keyboard(&mut harness, "Stop and start again");
    harness.run();
    assert!(
        harness.get_by_label("No, keep my answers").is_focused(),
        "the question's safe answer has focus"
    );
    harness.key_press(egui::Key::Space);
    harness.run();
    harness.run();
    assert!(
        harness.get_by_label("Stop and start again").is_focused(),
        "focus returns to the button"
    );
    assert!(
        harness.state().app.self_check.run().is_some(),
        "still answering"
    );
}
