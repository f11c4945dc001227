//! Shoe mileage on My progress, by label as a person uses it: add a pair, add distance,
//! switch km/miles, read the replace-zone text, remove the pair; comma decimals are accepted.
#![allow(
    clippy::unwrap_used,
    reason = "test helpers: a panic is a failure with its line"
)]

mod common;

use ankleback::progress::{KM_PER_MILE, Shoe};
use ankleback::settings::DistanceUnit;
use common::{AppHarness, click, type_into};
use egui_kittest::kittest::{NodeT as _, Queryable as _};

/// The shoe section's unit button ("km" or "miles").
fn pick_unit(harness: &mut AppHarness, unit: &str) {
    let button = harness
        .get_all_by_label(unit)
        .find(|n| n.accesskit_node().role() == egui::accesskit::Role::Button)
        .unwrap();
    button.scroll_to_me();
    harness.run();
    harness
        .get_all_by_label(unit)
        .find(|n| n.accesskit_node().role() == egui::accesskit::Role::Button)
        .unwrap()
        .click();
    harness.run();
}

fn shoes(harness: &AppHarness) -> Vec<Shoe> {
    harness.state().app.progress.shoes.clone()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

fn progress_harness(dir: &std::path::Path) -> AppHarness {
    let mut harness = common::welcomed_harness(dir);
    harness.get_by_label("My progress").click();
    harness.run();
    harness
}

#[test]
fn a_pair_is_added_changed_and_removed_by_label_and_kept() {
    let dir = tempfile::tempdir().unwrap();
    {
        let mut harness = progress_harness(dir.path());
        assert_eq!(
            harness.state().app.settings.distance_unit,
            DistanceUnit::Kilometres
        );
        type_into(&mut harness, "Shoe name", "Blue trainers");
        // A comma decimal, as many people type it.
        type_into(&mut harness, "Distance so far", "12,5");
        click(&mut harness, "Track a pair of shoes");
        let added = shoes(&harness);
        assert_eq!(added.len(), 1, "{added:?}");
        assert_eq!(added[0].name, "Blue trainers");
        assert!(
            close(added[0].distance_km, 12.5),
            "{}",
            added[0].distance_km
        );
        assert_eq!(added[0].since, ankleback::progress::today());
        // The form is empty again.
        assert_eq!(
            harness.get_by_label("Shoe name").value().as_deref(),
            Some("")
        );

        // Add a walk, again with a comma.
        type_into(&mut harness, "Distance to add to Blue trainers", "2,25");
        click(&mut harness, "Add distance");
        assert!(
            close(shoes(&harness)[0].distance_km, 14.75),
            "{}",
            shoes(&harness)[0].distance_km
        );
        assert_eq!(
            harness
                .get_by_label("Distance to add to Blue trainers")
                .value()
                .as_deref(),
            Some(""),
            "the field is cleared after adding"
        );
        // Nonsense and zero add nothing.
        for junk in ["abc", "0", "-3"] {
            type_into(&mut harness, "Distance to add to Blue trainers", junk);
            click(&mut harness, "Add distance");
            assert!(close(shoes(&harness)[0].distance_km, 14.75), "{junk}");
            harness
                .get_by_label("Distance to add to Blue trainers")
                .click();
            harness.run();
            harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
            harness.key_press(egui::Key::Backspace);
            harness.run();
        }
    }
    // Kept after a restart, then removed by its button.
    {
        let mut harness = progress_harness(dir.path());
        assert_eq!(shoes(&harness).len(), 1);
        assert!(close(shoes(&harness)[0].distance_km, 14.75));
        harness.get_by_label_contains("15 km since");
        click(&mut harness, "Remove");
        assert!(shoes(&harness).is_empty());
        assert!(
            harness
                .query_by_label("Distance to add to Blue trainers")
                .is_none()
        );
    }
    let harness = progress_harness(dir.path());
    assert!(shoes(&harness).is_empty(), "the removal is saved");
}

#[test]
fn miles_are_typed_and_shown_as_miles_and_kept_in_kilometres() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = progress_harness(dir.path());
    pick_unit(&mut harness, "miles");
    assert_eq!(
        harness.state().app.settings.distance_unit,
        DistanceUnit::Miles
    );
    type_into(&mut harness, "Shoe name", "Walkers");
    type_into(&mut harness, "Distance so far", "100");
    click(&mut harness, "Track a pair of shoes");
    drop(harness);
    // The new pair and the unit are saved: a restart shows them.
    let mut harness = progress_harness(dir.path());
    assert_eq!(
        harness.state().app.settings.distance_unit,
        DistanceUnit::Miles
    );
    assert_eq!(shoes(&harness).len(), 1);
    assert!(close(shoes(&harness)[0].distance_km, 100.0 * KM_PER_MILE));
    harness.get_by_label_contains("100 miles since");
    // 300 miles is where the replace zone starts.
    harness.get_by_label("200 miles to go before the replace zone");

    type_into(&mut harness, "Distance to add to Walkers", "0,5");
    click(&mut harness, "Add distance");
    assert!(close(shoes(&harness)[0].distance_km, 100.5 * KM_PER_MILE));

    // Back to km: the same pair, shown in km.
    pick_unit(&mut harness, "km");
    assert_eq!(
        harness.state().app.settings.distance_unit,
        DistanceUnit::Kilometres
    );
    // 100.5 miles = 161.7 km; the zone starts at 482.8 km.
    harness.get_by_label_contains("162 km since");
    harness.get_by_label("321 km to go before the replace zone");
}

#[test]
fn the_replace_zone_text_follows_the_distance() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = progress_harness(dir.path());
    pick_unit(&mut harness, "miles");
    for (name, miles) in [("Old", "320"), ("Worn out", "510")] {
        type_into(&mut harness, "Shoe name", name);
        type_into(&mut harness, "Distance so far", miles);
        click(&mut harness, "Track a pair of shoes");
    }
    assert_eq!(shoes(&harness).len(), 2);
    harness.get_by_label("in the replace zone (300-500 miles)");
    harness.get_by_label("time for a new pair");
    pick_unit(&mut harness, "km");
    harness.get_by_label("in the replace zone (483-805 km)");
    harness.get_by_label("time for a new pair");

    // Removing the first pair leaves the second, with its own add field.
    click(&mut harness, "Remove");
    let left = shoes(&harness);
    assert_eq!(left.len(), 1);
    assert_eq!(left[0].name, "Worn out");
    assert!(harness.query_by_label("Distance to add to Old").is_none());
    harness.get_by_label("Distance to add to Worn out");
}
