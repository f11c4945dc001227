//! Choosing the language: the welcome and Settings offer a complete language, the switch is
//! instant and saved, `--lang` wins for one run, and the self-check gives the same result.
//! Runs on the shipped English with a complete pseudo-Spanish overlay made here (every text
//! "ES " + the English, markup kept), so it does not wait for the real translation.
#![allow(
    clippy::unwrap_used,
    reason = "test helpers: a panic is a failure with its line"
)]

mod common;

use std::path::Path;

use ankleback::app::{AnkleBackApp, StartOptions};
use ankleback::content::{self, ContentFiles, i18n};
use ankleback::intent::Intent;
use ankleback::store::DataDirChoice;
use egui_kittest::kittest::Queryable as _;

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap().flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// Every `text` of a translation file becomes "ES " + its `en` (written or not).
fn fill(path: &Path) {
    if path.is_dir() {
        for entry in std::fs::read_dir(path).unwrap().flatten() {
            fill(&entry.path());
        }
        return;
    }
    let text = std::fs::read_to_string(path).unwrap();
    let mut out = String::new();
    let mut english = String::new();
    for line in text.lines() {
        let trimmed = line.trim_start();
        if let Some(literal) = trimmed.strip_prefix("en: \"") {
            english = literal
                .trim_end_matches(',')
                .trim_end_matches('"')
                .to_owned();
            out.push_str(line);
        } else if trimmed.starts_with("text: \"") {
            let indent = &line[..line.len() - trimmed.len()];
            out.push_str(&format!("{indent}text: \"ES {english}\","));
        } else {
            out.push_str(line);
        }
        out.push('\n');
    }
    std::fs::write(path, out).unwrap();
}

/// The shipped content with a complete pseudo-Spanish overlay.
fn pseudo_spanish() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_tree(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("content"),
        dir.path(),
    );
    let (english, problems) = content::load(&ContentFiles::read_dir(dir.path()));
    assert!(problems.is_empty(), "{problems:?}");
    i18n::template::write_template(&english, dir.path(), "es").unwrap();
    fill(&dir.path().join("i18n/es"));
    dir
}

fn app(data: &Path, content_dir: &Path) -> AnkleBackApp {
    AnkleBackApp::new(StartOptions {
        data_dir: DataDirChoice::CommandLine(data.to_path_buf()),
        content_dir: Some(content_dir.to_path_buf()),
    })
}

fn welcomed(data: &Path, content_dir: &Path) -> AnkleBackApp {
    let mut app = app(data, content_dir);
    app.apply(Intent::CreateProfile("Ana".to_owned()), 0.0);
    let mut settings = app.settings.clone();
    settings.language = "en".to_owned();
    app.apply(Intent::UpdateSettings(settings), 0.0);
    app.apply(
        Intent::CompleteWelcome(ankleback::settings::Role::HavePain),
        0.0,
    );
    app.flush();
    app
}

#[test]
fn the_pseudo_overlay_is_complete_and_offered() {
    let content_dir = pseudo_spanish();
    let files = ContentFiles::read_dir(content_dir.path());
    let (english, _) = content::load(&files);
    let (coverages, problems) = i18n::check_all(&english, &files);
    assert!(
        problems.is_empty(),
        "{:?}",
        &problems[..problems.len().min(5)]
    );
    assert!(coverages[0].complete(), "{}", coverages[0]);
    let data = tempfile::tempdir().unwrap();
    let app = app(data.path(), content_dir.path());
    let codes: Vec<&str> = app
        .languages
        .offered()
        .iter()
        .map(|o| o.code.as_str())
        .collect();
    assert_eq!(codes, ["en", "es"]);
    assert_eq!(app.languages.offered()[1].name, "Español");
}

#[test]
fn switching_is_instant_saved_and_changes_no_result() {
    let content_dir = pseudo_spanish();
    let data = tempfile::tempdir().unwrap();
    let mut app = welcomed(data.path(), content_dir.path());
    assert_eq!(app.content_lang, "en");
    let english = app.content.clone();
    let mut settings = app.settings.clone();
    settings.language = "es".to_owned();
    app.apply(Intent::UpdateSettings(settings), 1.0);
    assert_eq!(app.content_lang, "es");
    assert!(app.content.articles[0].title.starts_with("ES "));
    assert!(
        app.content.warnings.signs[0]
            .text
            .patient
            .starts_with("ES ")
    );
    // Same structure: every vignette gives the same result in both.
    let (q_en, q_es) = (&english.questionnaires[0], &app.content.questionnaires[0]);
    assert_eq!(q_en.screens(), q_es.screens());
    for entry in std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/vignettes"))
        .unwrap()
        .flatten()
    {
        let file: ankleback::selfcheck::answers::AnswersFile =
            ron::from_str(&std::fs::read_to_string(entry.path()).unwrap()).unwrap();
        assert_eq!(q_en.assess(&file.answers), q_es.assess(&file.answers));
    }
    app.flush();
    drop(app);
    // Saved: the next start is in Spanish.
    let again = app_fresh(data.path(), content_dir.path());
    assert_eq!(again.settings.language, "es");
    assert_eq!(again.content_lang, "es");
    // --lang wins for one run.
    let forced = app_fresh(data.path(), content_dir.path()).with_language(Some("en"));
    assert_eq!(forced.content_lang, "en");
    assert_eq!(forced.content, english);
    // A language that is not offered shows English.
    let unknown = app_fresh(data.path(), content_dir.path()).with_language(Some("xx"));
    assert_eq!(unknown.content_lang, "en");
}

fn app_fresh(data: &Path, content_dir: &Path) -> AnkleBackApp {
    app(data, content_dir)
}

#[test]
fn settings_offers_the_language_and_the_learn_screen_follows() {
    let content_dir = pseudo_spanish();
    let data = tempfile::tempdir().unwrap();
    let mut harness = common::harness(welcomed(data.path(), content_dir.path()));
    harness.get_by_label("Settings & About").click();
    harness.run();
    harness.get_by_label("Español").click();
    harness.run();
    assert_eq!(harness.state().app.content_lang, "es");
    harness.get_by_label(
        "Borrador de traducción, aún no revisado por un profesional sanitario hispanohablante",
    );
    // The UI's own words follow at once (assets/i18n/es/).
    harness.get_by_label("Idioma");
    assert!(
        harness
            .query_all_by_label("Tamaño del texto")
            .next()
            .is_some()
    );
    harness.get_by_label("Ajustes e información");
    assert!(harness.query_by_label("Learn").is_none());
    harness.get_by_label("Aprender").click();
    harness.run();
    let title = format!(
        "ES {}",
        harness.state().app.languages.english().articles[0].title
    );
    assert!(
        harness.query_all_by_label(&title).next().is_some(),
        "{title}"
    );
}

#[test]
fn the_welcome_asks_for_the_language_first() {
    let content_dir = pseudo_spanish();
    let data = tempfile::tempdir().unwrap();
    let mut app = app(data.path(), content_dir.path());
    app.apply(Intent::CreateProfile("Ana".to_owned()), 0.0);
    let mut harness = common::harness(app);
    harness.get_by_label("Which best describes you?");
    harness.get_by_label("Español").click();
    harness.run();
    assert_eq!(harness.state().app.content_lang, "es");
    harness.get_by_label("¿Qué le describe mejor?");
    harness.get_by_label("Tengo dolor").click();
    harness.run();
    assert_eq!(harness.state().app.settings.language, "es");
}

#[test]
fn the_urgent_self_check_result_is_in_the_chosen_language() {
    let content_dir = pseudo_spanish();
    let data = tempfile::tempdir().unwrap();
    let mut app = welcomed(data.path(), content_dir.path());
    let mut settings = app.settings.clone();
    settings.language = "es".to_owned();
    app.apply(Intent::UpdateSettings(settings), 0.0);
    let file: ankleback::selfcheck::answers::AnswersFile = ron::from_str(
        &std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/vignettes/01-saddle-numbness.ron"),
        )
        .unwrap(),
    )
    .unwrap();
    common::answer_check(&mut app, &file.answers);
    app.apply(Intent::Navigate(ankleback::route::Route::SelfCheck), 0.0);
    let sign = app
        .content
        .warnings
        .sign("saddle_numbness")
        .unwrap()
        .clone();
    let emergency = app
        .content
        .warnings
        .tier(ankleback::selfcheck::spec::Urgency::Emergency)
        .unwrap()
        .clone();
    assert!(sign.text.patient.starts_with("ES "));
    let harness = common::harness(app);
    // The sign and the tier's heading are shown in the language's words.
    assert!(
        harness
            .query_all_by_label_contains(&sign.text.patient)
            .next()
            .is_some(),
        "{}",
        sign.text.patient
    );
    assert!(
        harness
            .query_all_by_label_contains(&emergency.heading.patient)
            .next()
            .is_some(),
        "{}",
        emergency.heading.patient
    );
    harness.get_by_label("Autoevaluación");
}

#[test]
fn learn_and_my_progress_are_walked_by_spanish_labels() {
    let content_dir = pseudo_spanish();
    let data = tempfile::tempdir().unwrap();
    let mut harness = common::harness(welcomed(data.path(), content_dir.path()));
    harness.get_by_label("Settings & About").click();
    harness.run();
    harness.get_by_label("Español").click();
    harness.run();
    assert_eq!(harness.state().app.content_lang, "es");

    // Learn: the list, grouped both ways.
    harness.get_by_label("Aprender").click();
    harness.run();
    harness.get_by_label_contains("Artículos cortos sobre cómo el tobillo");
    harness.get_by_label("Por dirección").click();
    harness.run();
    assert_eq!(
        harness.state().app.learn.grouping,
        ankleback::learn_state::Grouping::Direction
    );
    harness.get_by_label("Del tobillo a la espalda");
    harness.get_by_label("Por zona del cuerpo").click();
    harness.run();
    harness.get_by_label("Parte baja de la espalda");
    assert!(harness.query_by_label("Lower back").is_none());

    // Search: nothing found, with Spanish suggestions; then a result, opened by its label.
    harness.get_by_label("Buscar").click();
    harness.get_by_label("Buscar").type_text("xilófono");
    harness.run();
    harness.get_by_label_contains("Nada coincide con «xilófono»");
    harness.get_by_label("nervio ciático");
    for _ in 0.."xilófono".chars().count() {
        harness.key_press(egui::Key::Backspace);
    }
    harness.get_by_label("Buscar").type_text("Achilles");
    harness.run();
    harness.get_by_label_contains("resultados. Pulse Intro");
    harness
        .get_all_by_label_contains("(Artículo)")
        .next()
        .expect("an article result")
        .click();
    harness.run();
    assert!(matches!(
        harness.state().app.route,
        ankleback::route::Route::Learn {
            article: Some(_),
            ..
        }
    ));

    // The reader.
    harness.get_by_label("Volver a todos los artículos");
    harness.get_by_label("Fuentes de este artículo");
    harness.get_by_label_contains("Estado de revisión: Aún no revisado");
    harness.get_by_label("Detalle clínico").click();
    harness.run();
    assert_eq!(
        harness.state().app.learn.level_override,
        Some(ankleback::settings::ReadingLevel::Clinician)
    );
    assert!(harness.query_by_label("Sources for this article").is_none());

    // My progress: every section, and a diary day and a pair of shoes saved by Spanish labels.
    harness.get_by_label("Mi progreso").click();
    // Tall, so the shoes at the end are on screen to be clicked.
    harness.set_size(egui::vec2(1280.0, 5000.0));
    harness.run();
    for heading in [
        "Artículos leídos",
        "Última autoevaluación",
        "Diario del dolor",
        "Plan de recuperación y prevención",
        "Kilómetros del calzado",
        "Consejos para caminar",
    ] {
        assert!(
            harness.query_all_by_label(heading).next().is_some(),
            "{heading}"
        );
    }
    harness.get_by_label("Nota del diario").click();
    harness
        .get_by_label("Nota del diario")
        .type_text("paseo largo");
    harness.run();
    harness.get_by_label("Guardar la anotación de hoy").click();
    harness.run();
    assert_eq!(harness.state().app.progress.diary.len(), 1);
    harness.get_by_label("1 día anotado");
    harness.get_by_label("Nombre del calzado").click();
    harness
        .get_by_label("Nombre del calzado")
        .type_text("Azules");
    harness.run();
    harness.get_by_label("Seguir un par de zapatos").click();
    harness.run();
    assert_eq!(harness.state().app.progress.shoes.len(), 1);
    harness.get_by_label_contains("km desde el");
    for english in ["Pain diary", "Shoe mileage", "Walking tips"] {
        assert!(harness.query_by_label(english).is_none(), "{english}");
    }
}

/// On a first start the language comes before the name: the question "Who is using
/// AnkleBack?" offers it, and the new profile keeps the choice.
#[test]
fn the_first_question_offers_the_language_and_the_profile_keeps_it() {
    let data = tempfile::tempdir().unwrap();
    let mut harness = common::harness(common::app_in(data.path()));
    // The dialog and its heading both carry the question.
    assert!(
        harness
            .get_all_by_label("Who is using AnkleBack?")
            .next()
            .is_some()
    );
    harness.get_by_label("Español").click();
    harness.run();
    assert!(
        harness
            .get_all_by_label("¿Quién usa AnkleBack?")
            .next()
            .is_some()
    );
    common::type_into(&mut harness, "Su nombre", "Lucía");
    harness.get_by_label("Empezar").click();
    harness.run();
    assert_eq!(harness.state().app.settings.language, "es");
    harness.get_by_label("¿Qué le describe mejor?");
}
