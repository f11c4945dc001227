//! Keyboard focus that lands on a control hidden by scrolling brings it into view (a small
//! window with large text: the self-check's first answer is below the fold).
#![allow(
    clippy::unwrap_used,
    reason = "test helpers: a panic is a failure with its line"
)]

mod common;

use ankleback::ui::window::AppWindow;
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

#[test]
fn tab_onto_an_answer_below_the_fold_scrolls_it_into_view() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = common::person_app(dir.path(), "Sam");
    app.settings.text_scale_percent = 200;
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1024.0, 600.0))
        .build_ui_state(
            |ui, window: &mut AppWindow| window.show(ui),
            AppWindow::new(app),
        );
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num3);
    harness.run();
    // By keyboard: at this size the Start button is below the fold too.
    for _ in 0..30 {
        let on_start = harness
            .query_all_by(|node| node.is_focused())
            .last()
            .is_some_and(|n| n.accesskit_node().label().as_deref() == Some("Start the self-check"));
        if on_start {
            break;
        }
        harness.key_press(Key::Tab);
        harness.run();
    }
    harness.key_press(Key::Enter);
    harness.run();
    harness.key_press(Key::Tab);
    harness.run();
    let node = harness
        .query_all_by(|node| node.is_focused())
        .last()
        .expect("something has focus");
    let node = node.accesskit_node();
    assert_eq!(node.role(), Role::RadioButton, "{:?}", node.label());
    let bounds = node.bounding_box().expect("the answer has bounds");
    assert!(
        bounds.y1 <= 600.0 && bounds.y0 >= 0.0,
        "the focused answer is at {bounds:?}, outside the 600-point-high window"
    );
}
