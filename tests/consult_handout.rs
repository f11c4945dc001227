//! A handout made in consult mode: the button (by its label) sends
//! `Intent::MakeHandout(HandoutOrder { consult: Some(..) })` with the steps shown and the
//! drawing; the PDF has the steps, the marks in words and the marks drawn over the body, in
//! English and, with the app in Spanish, in Spanish.
#![allow(
    clippy::unwrap_used,
    reason = "tests: a panic is a failure with its line"
)]

mod common;

use ankleback::consult::ConsultVerb;
use ankleback::intent::Intent;
use egui_kittest::kittest::Queryable as _;

fn drag(harness: &mut common::AppHarness, from: egui::Pos2, to: egui::Pos2) {
    harness.hover_at(from);
    harness.run();
    harness.event(egui::Event::PointerButton {
        pos: from,
        button: egui::PointerButton::Primary,
        pressed: true,
        modifiers: egui::Modifiers::NONE,
    });
    harness.run();
    harness.hover_at(to);
    harness.run();
    harness.event(egui::Event::PointerButton {
        pos: to,
        button: egui::PointerButton::Primary,
        pressed: false,
        modifiers: egui::Modifiers::NONE,
    });
    harness.run();
}

/// Consult mode in `lang`, one step on, a circle drawn on the Achilles tendon with the tool
/// named `circle`, then the handout button named `button` pressed.
fn consult_handout(dir: &std::path::Path, lang: &str, circle: &str, button: &str) -> String {
    let mut app = common::person_app(dir, "Sam").with_language(Some(lang));
    app.settings.reduce_motion = true;
    app.apply(
        Intent::Consult(ConsultVerb::Enter(Some("s1-heel".into()))),
        0.0,
    );
    app.apply(Intent::Consult(ConsultVerb::Next), 0.0);
    let mut harness = common::harness(app);
    harness.run();
    harness.get_by_label(circle).click_accesskit();
    harness.run();
    let app = &harness.state().app;
    let space = app.consult.picture(&app.content.stories).unwrap().space;
    let diagram = app.pictures.diagram(&space).unwrap();
    let anchor = diagram.anchor("achilles").unwrap();
    let rect = harness.get_by_role(egui::accesskit::Role::Image).rect();
    let to_screen =
        ankleback::ui::consult::canvas::screen_from_diagram(diagram, rect, 1.0, [0.0, 0.0]);
    let at = to_screen.transform_pos(egui::pos2(anchor[0], anchor[1]));
    drag(&mut harness, at, at + egui::vec2(25.0, 0.0));
    assert_eq!(harness.state().app.consult.drawing.marks().len(), 1);
    harness.get_by_label(button).scroll_to_me();
    harness.run();
    harness.get_by_label(button).click();
    harness.run();
    let saved = harness.state().app.last_handout.clone().unwrap().unwrap();
    assert!(
        saved.starts_with(dir.join("handouts")),
        "{}",
        saved.display()
    );
    // The file is named in the handout's language.
    let topic = if lang == "es" {
        "consulta.pdf"
    } else {
        "consult.pdf"
    };
    assert!(saved.to_string_lossy().ends_with(topic), "{saved:?}");
    let bytes = std::fs::read(&saved).unwrap();
    assert!(bytes.starts_with(b"%PDF"));
    match std::process::Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(&saved)
        .arg("-")
        .output()
    {
        Ok(out) => String::from_utf8_lossy(&out.stdout)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" "),
        Err(_) => {
            eprintln!("skipped the text checks: pdftotext is not installed");
            String::new()
        }
    }
}

#[test]
fn the_consult_handout_button_prints_the_steps_and_the_drawing() {
    let dir = tempfile::tempdir().unwrap();
    let text = consult_handout(
        dir.path(),
        "en",
        "Circle",
        "Make a handout of this consult (PDF)",
    );
    if text.is_empty() {
        return;
    }
    for expected in [
        "What we looked at together",
        "step 1 of",
        "step 2 of",
        "Mark 1: circle near the right Achilles tendon",
        "The clinician's drawing:",
        "For learning, not a diagnosis",
    ] {
        assert!(text.contains(expected), "missing {expected}: {text}");
    }
    // The mark's number is printed on the drawing, beside the circle.
    assert!(text.contains(" 1 "), "{text}");
}

#[test]
fn in_spanish_the_consult_handout_is_spanish() {
    let dir = tempfile::tempdir().unwrap();
    let text = consult_handout(
        dir.path(),
        "es",
        "Círculo",
        "Crear una hoja informativa de esta consulta (PDF)",
    );
    if text.is_empty() {
        return;
    }
    for expected in [
        "Lo que vimos juntos",
        "paso 2 de",
        "Marca 1: círculo cerca de: tendón de Aquiles (lado derecho)",
        "Para aprender, no es un diagnóstico",
        "Hoja informativa de AnkleBack ·",
    ] {
        assert!(text.contains(expected), "missing {expected}: {text}");
    }
    for english in ["What we looked at", "Mark 1", "Sources:", "page 1 of"] {
        assert!(!text.contains(english), "English left: {english}");
    }
}

#[test]
fn the_handout_order_carries_the_marks_in_diagram_coordinates() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = common::person_app(dir.path(), "Sam");
    app.apply(Intent::Consult(ConsultVerb::Enter(None)), 0.0);
    let mark = ankleback::consult::drawing::Mark {
        shape: ankleback::consult::drawing::MarkShape::Arrow {
            from: [10.0, 20.0],
            to: [30.0, 40.0],
        },
        ink: ankleback::consult::drawing::Ink::Third,
        space: app
            .consult
            .picture(&app.content.stories)
            .unwrap()
            .space
            .clone(),
    };
    app.apply(Intent::Consult(ConsultVerb::AddMark(mark.clone())), 0.0);
    let sheet = app.consult.sheet(app.settings.reading_level);
    assert_eq!(sheet.marks, vec![mark]);
    assert_eq!(sheet.record.steps.len(), 1);
    app.apply(
        Intent::MakeHandout(ankleback::intent::HandoutOrder {
            consult: Some(sheet),
            topic: "consult".into(),
            ..Default::default()
        }),
        0.0,
    );
    let saved = app.last_handout.clone().unwrap().unwrap();
    assert!(std::fs::read(saved).unwrap().starts_with(b"%PDF"));
}

/// Sample consult handouts to look at (English and Spanish, A4 and Letter):
/// `ANKLEBACK_SAMPLES=/tmp/samples cargo test --test consult_handout -- --ignored`.
#[test]
#[ignore = "writes sample PDFs to look at; set ANKLEBACK_SAMPLES"]
fn sample_consult_handouts() {
    use ankleback::consult::drawing::{Ink, Mark, MarkShape};
    let Ok(out) = std::env::var("ANKLEBACK_SAMPLES") else {
        return;
    };
    let out = std::path::PathBuf::from(out);
    std::fs::create_dir_all(&out).unwrap();
    for lang in ["en", "es"] {
        for paper in [
            ankleback::handout::Paper::A4,
            ankleback::handout::Paper::Letter,
        ] {
            let dir = tempfile::tempdir().unwrap();
            let mut app = common::person_app(dir.path(), "Sam").with_language(Some(lang));
            app.settings.paper = Some(paper);
            app.apply(
                Intent::Consult(ConsultVerb::Enter(Some("s1-heel".into()))),
                0.0,
            );
            let stories = app.content.stories.clone();
            let space = app.consult.picture(&stories).unwrap().space;
            let diagram = app.pictures.diagram(&space).unwrap().clone();
            let tendon = diagram.anchor("achilles").unwrap();
            let pen: Vec<[f32; 2]> = (0..20)
                .map(|i| {
                    [
                        150.0 + i as f32 * 4.0,
                        200.0 + (i as f32 * 0.5).sin() * 20.0,
                    ]
                })
                .collect();
            for (shape, ink) in [
                (
                    MarkShape::Circle {
                        center: tendon,
                        radius: 28.0,
                    },
                    Ink::First,
                ),
                (
                    MarkShape::Arrow {
                        from: [320.0, 300.0],
                        to: [tendon[0] + 20.0, tendon[1] - 60.0],
                    },
                    Ink::Second,
                ),
                (MarkShape::Pen(pen), Ink::Third),
            ] {
                let mark = Mark {
                    shape,
                    ink,
                    space: space.clone(),
                };
                app.apply(Intent::Consult(ConsultVerb::AddMark(mark)), 0.0);
            }
            app.apply(Intent::Consult(ConsultVerb::Next), 0.0);
            app.apply(Intent::Consult(ConsultVerb::Next), 0.0);
            let sheet = app.consult.sheet(app.settings.reading_level);
            app.apply(
                Intent::MakeHandout(ankleback::intent::HandoutOrder {
                    consult: Some(sheet),
                    topic: "consult".into(),
                    ..Default::default()
                }),
                0.0,
            );
            let saved = app.last_handout.clone().unwrap().unwrap();
            std::fs::copy(saved, out.join(format!("consult-{lang}-{paper:?}.pdf"))).unwrap();
        }
    }
}
