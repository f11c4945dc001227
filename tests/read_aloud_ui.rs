//! The read-aloud control in the window, with a fake speaker: the highlight moves through the
//! sentences as the speaker does, pause and stop work, and without an engine the button says
//! how to get one.
#![allow(
    clippy::unwrap_used,
    reason = "test helpers: a panic is a failure with its line"
)]

mod common;

use std::sync::{Arc, Mutex};

use ankleback::intent::Intent;
use ankleback::reading::Reading;
use ankleback::speech::{FakeSpeaker, Progress, Speaker};
use egui_kittest::kittest::Queryable as _;

/// A fake speaker the test can move on while the app owns it; it remembers the language it
/// was asked to speak.
#[derive(Clone, Default)]
struct Shared(Arc<Mutex<FakeSpeaker>>, Arc<Mutex<String>>);

impl Speaker for Shared {
    fn speak(&mut self, sentences: Vec<String>, lang: &str, rate: u32) {
        lang.clone_into(&mut self.1.lock().unwrap());
        self.0.lock().unwrap().speak(sentences, lang, rate);
    }
    fn progress(&mut self) -> Progress {
        self.0.lock().unwrap().progress()
    }
    fn pause(&mut self) {
        self.0.lock().unwrap().pause();
    }
    fn resume(&mut self) {
        self.0.lock().unwrap().resume();
    }
    fn stop(&mut self) {
        self.0.lock().unwrap().stop();
    }
}

#[test]
fn the_highlight_follows_the_speaker_and_stop_clears_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = common::person_app(dir.path(), "Sam");
    let fake = Shared::default();
    app.reading = Reading::with_speaker(Box::new(fake.clone()));
    app.apply(
        Intent::OpenArticle {
            article: "back-and-achilles".into(),
            section: None,
        },
        0.0,
    );
    let mut harness = common::harness(app);
    let section = harness
        .state()
        .app
        .content
        .article("back-and-achilles")
        .unwrap()
        .sections[0]
        .heading
        .clone();
    harness
        .get_by_label(&format!("Read aloud: {section}"))
        .click();
    harness.run();
    let spoken = fake.0.lock().unwrap().sentences.clone();
    assert!(spoken.len() >= 3, "{spoken:?}");
    assert!(spoken[0].starts_with(&section), "the heading is read first");
    harness.get_by_label_contains("Sentence 1 of");
    let first = harness.get_by_label_contains("Now reading: ").value();
    let _ = first;
    fake.0.lock().unwrap().advance();
    harness.run();
    harness.get_by_label_contains("Sentence 2 of");
    harness.get_by_label("Pause reading").click();
    harness.run();
    fake.0.lock().unwrap().advance();
    harness.run();
    harness.get_by_label_contains("Sentence 2 of");
    harness.get_by_label("Resume reading").click();
    harness.run();
    harness.get_by_label("Stop reading").click();
    harness.run();
    assert!(harness.state().app.reading.active().is_none());
    assert!(
        harness.query_by_label_contains("Now reading: ").is_none(),
        "no highlight left"
    );
}

#[test]
fn without_an_engine_the_button_says_how_to_get_one() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = common::person_app(dir.path(), "Sam");
    // No speaker found: as on a PC without espeak-ng or speech-dispatcher.
    app.reading = Reading::without_speaker();
    app.apply(
        Intent::OpenArticle {
            article: "back-and-achilles".into(),
            section: None,
        },
        0.0,
    );
    let harness = common::harness(app);
    harness
        .get_all_by_label(ankleback::speech::NO_ENGINE_HELP)
        .next()
        .unwrap();
}

#[test]
fn in_spanish_the_control_speaks_spanish_with_a_spanish_voice() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = common::person_app(dir.path(), "Sam");
    let fake = Shared::default();
    app.reading = Reading::with_speaker(Box::new(fake.clone()));
    let mut app = app.with_language(Some("es"));
    app.apply(
        Intent::OpenArticle {
            article: "back-and-achilles".into(),
            section: None,
        },
        0.0,
    );
    let mut harness = common::harness(app);
    let (section, english) = {
        let app = &harness.state().app;
        assert_eq!(app.reading.lang(), "es");
        let heading = |content: &ankleback::content::Content| {
            content.article("back-and-achilles").unwrap().sections[0]
                .heading
                .clone()
        };
        (heading(&app.content), heading(app.languages.english()))
    };
    assert_ne!(section, english);
    harness
        .get_by_label(&format!("Leer en voz alta: {section}"))
        .click();
    harness.run();
    assert_eq!(*fake.1.lock().unwrap(), "es", "the Spanish voice");
    let spoken = fake.0.lock().unwrap().sentences.clone();
    assert!(spoken[0].starts_with(&section), "{spoken:?}");
    harness.get_by_label_contains("Frase 1 de");
    harness.get_by_label_contains("Leyendo ahora: ");
    fake.0.lock().unwrap().advance();
    harness.run();
    harness.get_by_label_contains("Frase 2 de");
    harness.get_by_label("Pausar la lectura").click();
    harness.run();
    harness.get_by_label("Seguir leyendo").click();
    harness.run();
    harness.get_by_label("Detener la lectura").click();
    harness.run();
    assert!(harness.query_by_label_contains("Leyendo ahora: ").is_none());
    assert!(
        harness.query_by_label_contains("Read aloud").is_none(),
        "no English left"
    );
}

#[test]
fn in_spanish_without_an_engine_the_line_is_spanish() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = common::person_app(dir.path(), "Sam");
    app.reading = Reading::without_speaker();
    let mut app = app.with_language(Some("es"));
    app.apply(
        Intent::OpenArticle {
            article: "back-and-achilles".into(),
            section: None,
        },
        0.0,
    );
    let harness = common::harness(app);
    let line = ankleback::messages::Messages::new("es")
        .get(ankleback::speech::NO_ENGINE_MESSAGE)
        .to_owned();
    assert!(line.contains("programa de voz"), "{line}");
    harness.get_all_by_label(&line).next().unwrap();
}
