//! The body map: every region by its label, keyboard traversal, overlays, "Show on body map".

mod common;

use ankleback::intent::Intent;
use egui_kittest::kittest::Queryable as _;

#[test]
fn every_region_can_be_clicked_by_its_label_and_opens_its_panel() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = common::welcomed_harness(dir.path());
    let content = harness.state().app.content.clone();
    let mut seen = 0;
    for view in ["Side view", "Back view"] {
        harness.get_by_label(view).click();
        harness.run();
        let ids: Vec<String> = {
            let app = &harness.state().app;
            let diagram = &app.diagrams[app.body_map.view_index];
            diagram.region_ids().iter().map(|s| s.to_string()).collect()
        };
        for id in ids {
            let name = &content.region(&id).unwrap().name;
            harness.get_by_label(name).click();
            harness.run();
            assert_eq!(
                harness.state().app.body_map.selected.as_deref(),
                Some(id.as_str())
            );
            // The panel shows the region's plain explanation.
            let what = &content.region(&id).unwrap().what;
            harness.get_by_label(what);
            seen += 1;
        }
    }
    assert!(
        seen >= content.regions.len(),
        "both views together show every region"
    );
    for region in &content.regions {
        let in_some_view = harness
            .state()
            .app
            .diagrams
            .iter()
            .any(|d| d.region_ids().contains(&region.id.as_str()));
        assert!(in_some_view, "{} is drawn", region.id);
    }
}

#[test]
fn keyboard_reaches_every_region_and_escape_clears() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = common::welcomed_harness(dir.path());
    // Top to bottom, back to front (the back is on the left of the right leg's side view).
    let ids: Vec<String> =
        ankleback::body::describe::regions_in_reading_order(&harness.state().app.diagrams[0], true)
            .iter()
            .map(|s| s.to_string())
            .collect();
    assert_eq!(ids[0], "vertebra_l1", "{ids:?}");
    // Focus the first region with the keyboard, then walk with the arrow keys and Enter.
    let first = harness
        .state()
        .app
        .content
        .region(&ids[0])
        .unwrap()
        .name
        .clone();
    harness.get_by_label(&first).focus();
    harness.run();
    for (index, id) in ids.iter().enumerate() {
        harness.key_press(egui::Key::Enter);
        harness.run();
        assert_eq!(
            harness.state().app.body_map.selected.as_deref(),
            Some(id.as_str()),
            "region {index} of {ids:?}"
        );
        harness.key_press(egui::Key::ArrowDown);
        harness.run();
    }
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert_eq!(harness.state().app.body_map.selected, None);
}

#[test]
fn each_overlay_toggles() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = common::welcomed_harness(dir.path());
    let pathways = harness.state().app.content.pathways.clone();
    for pathway in &pathways {
        let checkbox = egui::accesskit::Role::CheckBox;
        harness
            .get_by_role_and_label(checkbox, &pathway.name)
            .click();
        // The overlay animates, so the UI never settles: step a few frames.
        harness.run_steps(3);
        assert!(harness.state().app.body_map.overlays.contains(&pathway.id));
        // Its caption is shown with the overlay.
        harness.get_by_label(&pathway.caption);
        harness
            .get_by_role_and_label(checkbox, &pathway.name)
            .click();
        harness.run_steps(3);
        assert!(!harness.state().app.body_map.overlays.contains(&pathway.id));
    }
}

#[test]
fn show_on_body_map_highlights() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = common::welcomed_harness(dir.path());
    harness.get_by_label("Learn").click();
    harness.run();
    harness.state_mut().app.apply(
        Intent::ShowOnBodyMap {
            regions: vec!["achilles".into()],
            pathways: vec!["nerve_route".into()],
        },
        0.0,
    );
    harness.run_steps(3);
    let state = &harness.state().app.body_map;
    assert!(state.highlighted.contains("achilles"));
    assert!(state.overlays.contains("nerve_route"));
    harness.get_by_label("How it links the back and the ankle");
}

#[test]
fn the_left_leg_is_the_mirror_image() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = common::welcomed_harness(dir.path());
    harness.get_by_label("Left leg").click();
    harness.run();
    assert_eq!(harness.state().app.body_map.leg, ankleback::body::Leg::Left);
    harness.get_by_label("Achilles tendon").click();
    harness.run();
    assert_eq!(
        harness.state().app.body_map.selected.as_deref(),
        Some("achilles")
    );
}

/// A region's name in the language shown.
fn region_name(harness: &common::AppHarness, id: &str) -> String {
    let region = harness.state().app.content.region(id);
    region.map_or_else(|| id.to_owned(), |r| r.name.clone())
}

/// The font size of the first painted text that says `text`.
fn painted_text_size(harness: &common::AppHarness, text: &str) -> Option<f32> {
    painted_text(harness, text).map(|(size, _)| size)
}

/// Where the first painted text that says `text` is.
fn painted_text_rect(harness: &common::AppHarness, text: &str) -> Option<egui::Rect> {
    painted_text(harness, text).map(|(_, rect)| rect)
}

/// The font size and place of the first painted text that says `text`, looking through
/// nested shapes.
fn painted_text(harness: &common::AppHarness, text: &str) -> Option<(f32, egui::Rect)> {
    fn visit(shape: &egui::Shape, text: &str, out: &mut Option<(f32, egui::Rect)>) {
        match shape {
            egui::Shape::Text(shape) if out.is_none() && shape.galley.text() == text => {
                let size = shape.galley.job.sections.first();
                *out = size.map(|s| (s.format.font_id.size, shape.visual_bounding_rect()));
            }
            egui::Shape::Vec(shapes) => {
                for shape in shapes {
                    visit(shape, text, out);
                }
            }
            _ => {}
        }
    }
    let mut found = None;
    for clipped in &harness.output().shapes {
        visit(&clipped.shape, text, &mut found);
    }
    found
}

fn harness_at_text_size(dir: &std::path::Path, percent: u16) -> common::AppHarness {
    let mut app = common::person_app(dir, "Sam");
    let mut settings = app.settings.clone();
    settings.text_scale_percent = percent;
    app.apply(Intent::UpdateSettings(settings), 0.0);
    common::harness(app)
}

#[test]
fn labels_on_the_drawing_grow_with_the_text_size_setting() {
    let dir = tempfile::tempdir().unwrap();
    let normal = harness_at_text_size(dir.path(), 100);
    let name = region_name(&normal, "achilles");
    let at_100 = painted_text_size(&normal, &name).expect("the label is painted at 100 %");
    drop(normal);
    let dir = tempfile::tempdir().unwrap();
    let large = harness_at_text_size(dir.path(), 200);
    let at_200 = painted_text_size(&large, &name).expect("the label is painted at 200 %");
    assert!(
        at_100 >= 13.0,
        "labels are at least 13 points at 100 % ({at_100})"
    );
    assert!(
        at_200 >= at_100 * 1.9,
        "at 200 % the label is {at_200} points, at 100 % {at_100}"
    );
}

#[test]
fn the_wheel_scrolls_and_ctrl_wheel_zooms() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = common::welcomed_harness(dir.path());
    let name = harness
        .state()
        .app
        .content
        .region("knee")
        .unwrap()
        .name
        .clone();
    let over_drawing = harness.get_by_label(&name).rect().center();
    harness.hover_at(over_drawing);
    harness.run();
    harness.event(egui::Event::MouseWheel {
        unit: egui::MouseWheelUnit::Line,
        delta: egui::vec2(0.0, -3.0),
        phase: egui::TouchPhase::Move,
        source: egui::MouseWheelSource::Unknown,
        modifiers: egui::Modifiers::NONE,
    });
    harness.run();
    assert_eq!(
        harness.state().app.body_map.zoom,
        1.0,
        "the plain wheel does not zoom"
    );
    harness.event_modifiers(
        egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Line,
            delta: egui::vec2(0.0, 3.0),
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Unknown,
            modifiers: egui::Modifiers::CTRL,
        },
        egui::Modifiers::CTRL,
    );
    harness.run();
    assert!(
        harness.state().app.body_map.zoom > 1.0,
        "Ctrl + wheel zooms in ({})",
        harness.state().app.body_map.zoom
    );
}

#[test]
fn clicking_a_parts_printed_name_chooses_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness_at_text_size(dir.path(), 100);
    for id in ["achilles", "heel_bone", "knee"] {
        let name = region_name(&harness, id);
        let at = painted_text_rect(&harness, &name)
            .expect("the name is painted")
            .center();
        harness.hover_at(at);
        harness.event(egui::Event::PointerButton {
            pos: at,
            button: egui::PointerButton::Primary,
            pressed: true,
            modifiers: egui::Modifiers::NONE,
        });
        harness.event(egui::Event::PointerButton {
            pos: at,
            button: egui::PointerButton::Primary,
            pressed: false,
            modifiers: egui::Modifiers::NONE,
        });
        harness.run();
        assert_eq!(
            harness.state().app.body_map.selected.as_deref(),
            Some(id),
            "clicked the name {name:?} at {at:?}"
        );
    }
}

/// At 200 % text a part's panel stays inside the window: its heading wraps, and Close
/// ("Cerrar") can be reached.
#[test]
fn the_region_panel_fits_the_window_at_200_percent() {
    let dir = tempfile::tempdir().unwrap();
    // In Spanish, whose words are longer ("Tendón de Aquiles", "Cerrar").
    let mut app = common::person_app(dir.path(), "Sam");
    let mut settings = app.settings.clone();
    settings.text_scale_percent = 200;
    settings.language = "es".to_owned();
    app.apply(Intent::UpdateSettings(settings), 0.0);
    let mut harness = common::harness(app);
    let name = region_name(&harness, "achilles");
    // The drawing is taller than the window at 200 %: bring the part into view first.
    harness.get_by_label(&name).scroll_to_me();
    harness.run();
    harness.get_by_label(&name).click();
    harness.run();
    assert_eq!(
        harness.state().app.body_map.selected.as_deref(),
        Some("achilles")
    );
    let close = harness.get_by_label("Cerrar").rect();
    assert!(close.max.x <= 1280.0, "Close is off the window: {close:?}");
    let what = harness
        .state()
        .app
        .content
        .region("achilles")
        .unwrap()
        .what
        .clone();
    let text = harness.get_by_label(&what).rect();
    assert!(
        text.max.x <= 1280.0,
        "the explanation runs off the window: {text:?}"
    );
}
