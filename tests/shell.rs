//! The app shell: navigation, first start, settings that survive a restart.
#![allow(
    clippy::unwrap_used,
    reason = "test helpers: a panic is a failure with its line"
)]

mod common;

use ankleback::route::Place;
use ankleback::settings::{ReadingLevel, Theme};
use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

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
        harness.get_by_role_and_label(Role::Heading, "Who is using AnkleBack?");
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

/// The app of a welcomed person with these settings changed, in a window of `size`.
fn harness_with(
    dir: &std::path::Path,
    size: egui::Vec2,
    change: impl FnOnce(&mut ankleback::settings::Settings),
) -> common::AppHarness {
    let mut app = common::person_app(dir, "Sam");
    let mut settings = app.settings.clone();
    change(&mut settings);
    app.apply(ankleback::intent::Intent::UpdateSettings(settings), 0.0);
    let mut harness = common::harness_builder(app, None);
    harness.set_size(size);
    harness.run();
    harness
}

#[test]
fn on_a_small_screen_with_large_text_the_toolbar_keeps_every_place_reachable() {
    let small = egui::vec2(1024.0, 600.0);
    for lang in ["en", "es"] {
        let dir = tempfile::tempdir().unwrap();
        let mut harness = harness_with(dir.path(), small, |settings| {
            settings.text_scale_percent = 200;
            settings.language = lang.to_owned();
        });
        assert_eq!(harness.state().app.content_lang, lang);
        let window = egui::Rect::from_min_size(egui::Pos2::ZERO, small);
        let names: Vec<String> = Place::ALL
            .iter()
            .map(|place| harness.state().app.t(place.message_id()).to_owned())
            .collect();
        // Every place's button is wholly inside the window, and none covers another.
        let rects: Vec<egui::Rect> = names
            .iter()
            .map(|name| harness.get_by_role_and_label(Role::Button, name).rect())
            .collect();
        for (name, rect) in names.iter().zip(&rects) {
            assert!(window.contains_rect(*rect), "{lang}: {name} at {rect:?}");
        }
        for (i, a) in rects.iter().enumerate() {
            for b in &rects[i + 1..] {
                assert!(!a.intersects(*b), "{lang}: {a:?} overlaps {b:?}");
            }
        }
        // The toolbar leaves most of the window to the screen.
        let bottom = rects.iter().map(|r| r.bottom()).fold(0.0, f32::max);
        assert!(
            bottom < small.y / 3.0,
            "{lang}: the toolbar ends at {bottom}"
        );
        // And each one works.
        for (place, name) in Place::ALL.into_iter().rev().zip(names.iter().rev()) {
            harness.get_by_role_and_label(Role::Button, name).click();
            harness.run();
            assert_eq!(harness.state().app.route.place(), place, "{lang}: {name}");
        }
    }
}

#[test]
fn switched_to_spanish_in_settings_the_toolbar_and_settings_answer_to_spanish_names() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = common::welcomed_harness(dir.path());
    harness.get_by_label("Settings & About").click();
    harness.run();
    harness.get_by_label("Español").click();
    harness.run();
    assert_eq!(harness.state().app.content_lang, "es");
    // The toolbar, in Spanish, and nothing of it left in English.
    for english in [
        "Settings & About",
        "Body map",
        "Back",
        "Profile: Sam",
        "Text size",
    ] {
        assert!(harness.query_by_label(english).is_none(), "{english}");
    }
    harness.get_by_label("Perfil: Sam");
    for (name, place) in [
        ("Mapa del cuerpo", Place::BodyMap),
        ("Aprender", Place::Learn),
        ("Autoevaluación", Place::SelfCheck),
        ("Mi progreso", Place::Progress),
        ("Ajustes e información", Place::Settings),
    ] {
        harness.get_by_role_and_label(Role::Button, name).click();
        harness.run();
        assert_eq!(harness.state().app.route.place(), place, "{name}");
    }
    // Back, by its Spanish name, returns to My progress.
    harness.get_by_label("Atrás").click();
    harness.run();
    assert_eq!(harness.state().app.route.place(), Place::Progress);
    harness.get_by_label("Ajustes e información").click();
    harness.run();

    // Settings, walked by Spanish names.
    harness.get_by_role_and_label(Role::Heading, "Ajustes");
    harness.get_by_role_and_label(Role::RadioGroup, "Quién usa la aplicación");
    harness.get_by_label("Soy profesional sanitario").click();
    harness.run();
    let settings = &harness.state().app.settings;
    assert_eq!(settings.role, Some(ankleback::settings::Role::Clinician));
    assert_eq!(settings.reading_level, ReadingLevel::Clinician);
    harness.get_by_label("Palabras sencillas").click();
    harness.run();
    assert_eq!(
        harness.state().app.settings.reading_level,
        ReadingLevel::Patient
    );
    harness.get_by_label("Alto contraste").click();
    harness.run();
    assert_eq!(harness.state().app.settings.theme, Theme::HighContrast);
    harness.get_by_label("Reducir el movimiento").click();
    harness.run();
    assert!(harness.state().app.settings.reduce_motion);
    // The text-size slider has one name (the one above it), said once.
    assert_eq!(text_size_names(&harness, "Tamaño del texto"), (1, 0));
    harness.get_by_label("Número de emergencias");
    harness.get_by_role_and_label(Role::Heading, "Perfiles");
    harness.get_by_label("Exportar este perfil");
    harness.get_by_label("Añadir perfil");
    harness.get_by_role_and_label(Role::Heading, "Información");
    harness.get_by_label("Para aprender, no es un diagnóstico");
    // The erase dialog, in Spanish, and keeping the data.
    harness.get_by_label("Borrar mis datos…").scroll_to_me();
    harness.run();
    harness.get_by_label("Borrar mis datos…").click();
    harness.run();
    harness.get_by_role_and_label(Role::Heading, "¿Borrar este perfil?");
    harness.get_by_label("Conservar mis datos").click();
    harness.run();
    assert!(harness.query_by_label("¿Borrar este perfil?").is_none());
    assert_eq!(harness.state().app.active_name(), Some("Sam"));
}

#[test]
fn the_text_size_slider_is_named_once() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = common::welcomed_harness(dir.path());
    harness.get_by_label("Settings & About").click();
    harness.run();
    // Before, a label beside the slider and the slider's own text both said "Text size".
    assert_eq!(text_size_names(&harness, "Text size"), (1, 0));
}

/// How many sliders are named `name`, and how many other nodes (labels; not the slider's
/// own number field) say it too.
fn text_size_names(harness: &common::AppHarness, name: &str) -> (usize, usize) {
    let nodes: Vec<Role> = harness
        .query_all_by_label(name)
        .map(|node| node.accesskit_node().role())
        .collect();
    let sliders = nodes.iter().filter(|role| **role == Role::Slider).count();
    let others = nodes
        .iter()
        .filter(|role| !matches!(role, Role::Slider | Role::SpinButton))
        .count();
    (sliders, others)
}
