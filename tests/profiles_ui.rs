//! Profiles in Settings by label, as a person uses them: add, switch, rename, dismiss a
//! banner, answer the import conflict, and the erase confirmation.
#![allow(
    clippy::unwrap_used,
    reason = "test helpers: a panic is a failure with its line"
)]

mod common;

use std::path::{Path, PathBuf};

use ankleback::intent::Intent;
use ankleback::progress::DiaryEntry;
use ankleback::route::Route;
use common::{AppHarness, click, type_into};
use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

/// Clicks the widget with this role and label.
fn click_role(harness: &mut AppHarness, role: Role, label: &str) {
    harness.get_by_role_and_label(role, label).scroll_to_me();
    harness.run();
    harness.get_by_role_and_label(role, label).click();
    harness.run();
}

fn entry(date: &str, ankle: u8) -> DiaryEntry {
    DiaryEntry {
        date: date.into(),
        ankle: Some(ankle),
        ..DiaryEntry::default()
    }
}

fn diary_dates(harness: &AppHarness) -> Vec<String> {
    let mut dates: Vec<String> = harness
        .state()
        .app
        .progress
        .diary
        .iter()
        .map(|e| e.date.clone())
        .collect();
    dates.sort();
    dates
}

fn profile_names(harness: &AppHarness) -> Vec<String> {
    harness
        .state()
        .app
        .profiles
        .list
        .iter()
        .map(|p| p.name.clone())
        .collect()
}

/// Sam's app on Settings, with one diary entry.
fn sam_on_settings(dir: &Path) -> AppHarness {
    let mut app = common::person_app(dir, "Sam");
    app.apply(Intent::SaveDiaryEntry(entry("2026-05-01", 3)), 0.0);
    app.apply(Intent::Navigate(Route::Settings), 0.0);
    common::harness(app)
}

#[test]
fn profiles_are_added_switched_and_renamed_by_label() {
    let dir = tempfile::tempdir().unwrap();
    {
        let mut harness = sam_on_settings(dir.path());
        type_into(&mut harness, "New profile name", "Ana");
        click(&mut harness, "Add profile");
        // A new profile is opened at once and asks its first question.
        assert_eq!(harness.state().app.active_name(), Some("Ana"));
        click_role(&mut harness, Role::Button, "I have pain");
        harness.get_by_label("Profile: Ana");
        assert!(
            diary_dates(&harness).is_empty(),
            "Ana starts with her own diary"
        );
        assert_eq!(
            harness.get_by_label("New profile name").value().as_deref(),
            Some(""),
            "the name field is emptied"
        );

        // Switch back to Sam with the profile list's radio button.
        click_role(&mut harness, Role::RadioButton, "Sam");
        assert_eq!(harness.state().app.active_name(), Some("Sam"));
        harness.get_by_label("Profile: Sam");
        assert_eq!(diary_dates(&harness), ["2026-05-01"], "Sam's diary is back");
        assert!(
            harness
                .get_by_role_and_label(Role::RadioButton, "Sam")
                .accesskit_node()
                .toggled()
                .is_some_and(|t| t == egui::accesskit::Toggled::True),
            "the open profile is the checked one"
        );

        // Rename the open profile.
        type_into(&mut harness, "Rename profile", "Samuel");
        click(&mut harness, "Rename");
        assert_eq!(harness.state().app.active_name(), Some("Samuel"));
        harness.get_by_label("Profile: Samuel");
        harness.get_by_role_and_label(Role::RadioButton, "Samuel");
        assert!(
            harness
                .query_by_role_and_label(Role::RadioButton, "Sam")
                .is_none()
        );
        assert_eq!(profile_names(&harness), ["Samuel", "Ana"]);
        // A blank name changes nothing.
        type_into(&mut harness, "Rename profile", "   ");
        click(&mut harness, "Rename");
        assert_eq!(harness.state().app.active_name(), Some("Samuel"));
    }
    // Both the new name and the last profile used are kept.
    let mut harness = common::harness(common::app_in(dir.path()));
    harness.get_by_label("Profile: Samuel");
    assert_eq!(diary_dates(&harness), ["2026-05-01"]);
    let mut names = profile_names(&harness);
    names.sort();
    assert_eq!(names, ["Ana", "Samuel"]);
    harness
        .state_mut()
        .app
        .apply(Intent::Navigate(Route::Settings), 0.0);
    harness.run();
    click_role(&mut harness, Role::RadioButton, "Ana");
    harness.get_by_label("Profile: Ana");
}

#[test]
fn a_banner_goes_when_its_dismiss_button_is_clicked() {
    let dir = tempfile::tempdir().unwrap();
    let usb = tempfile::tempdir().unwrap();
    let mut harness = sam_on_settings(dir.path());
    type_into(
        &mut harness,
        "Folder to export to",
        usb.path().to_str().unwrap(),
    );
    click(&mut harness, "Export this profile");
    click(&mut harness, "Export this profile");
    // Two banners: "Exported to …" twice (the second file replaces the first).
    let banners = harness.state().app.banners.clone();
    assert_eq!(banners.len(), 2, "{banners:?}");
    assert!(banners[0].message.starts_with("Exported to"), "{banners:?}");
    assert_eq!(harness.get_all_by_label("Dismiss").count(), 2);
    // Mark them apart, then dismiss the second: the first stays.
    harness.state_mut().app.banners[0].message = "first banner".into();
    harness.state_mut().app.banners[1].message = "second banner".into();
    harness.run();
    harness.get_all_by_label("Dismiss").nth(1).unwrap().click();
    harness.run();
    let left: Vec<String> = harness
        .state()
        .app
        .banners
        .iter()
        .map(|b| b.message.clone())
        .collect();
    assert_eq!(left, ["first banner"]);
    assert!(harness.query_by_label("second banner").is_none());
    harness.get_by_label("first banner");
    click(&mut harness, "Dismiss");
    assert!(harness.state().app.banners.is_empty());
    assert!(harness.query_by_label("Dismiss").is_none());
    assert!(harness.query_by_label("first banner").is_none());
}

/// Exports Sam's profile to a folder and returns the file.
fn export_sam(harness: &mut AppHarness, folder: &Path) -> PathBuf {
    harness
        .state_mut()
        .app
        .apply(Intent::ExportProfile(Some(folder.to_path_buf())), 0.0);
    harness.state_mut().app.banners.clear();
    harness.run();
    let file = std::fs::read_dir(folder)
        .unwrap()
        .flatten()
        .next()
        .unwrap()
        .path();
    assert!(
        file.to_string_lossy().contains("AnkleBack-Sam-"),
        "{file:?}"
    );
    file
}

/// Types the file into Settings' import field (once) and clicks Import, then waits for the
/// file to be read as the window would.
fn import_by_label(harness: &mut AppHarness, file: &Path) {
    let field = harness.get_by_label("File to import");
    if field.value().as_deref() != file.to_str() {
        type_into(harness, "File to import", file.to_str().unwrap());
    }
    click(harness, "Import profile");
    harness.state_mut().app.wait_for_import();
    harness.run();
}

#[test]
fn an_import_whose_name_exists_asks_replace_new_or_cancel_by_label() {
    let dir = tempfile::tempdir().unwrap();
    let usb = tempfile::tempdir().unwrap();
    let mut harness = sam_on_settings(dir.path());
    let file = export_sam(&mut harness, usb.path());
    // After the export Sam adds another day: that is what "Replace it" would lose.
    harness
        .state_mut()
        .app
        .apply(Intent::SaveDiaryEntry(entry("2026-05-02", 6)), 0.0);
    harness.run();
    assert_eq!(diary_dates(&harness), ["2026-05-01", "2026-05-02"]);

    // Cancel: nothing changes.
    import_by_label(&mut harness, &file);
    harness.get_by_label_contains("A profile named \"Sam\" already exists");
    click(&mut harness, "Cancel");
    assert!(harness.state().app.pending_import.is_none());
    assert!(
        harness.query_by_label("Replace it").is_none(),
        "the question goes"
    );
    assert_eq!(profile_names(&harness), ["Sam"]);
    assert_eq!(diary_dates(&harness), ["2026-05-01", "2026-05-02"]);

    // Import as a new profile: a second "Sam" with the exported diary; the first is kept.
    import_by_label(&mut harness, &file);
    let first_id = harness.state().app.profiles.active.clone();
    click(&mut harness, "Import as a new profile");
    assert!(harness.state().app.pending_import.is_none());
    assert_eq!(profile_names(&harness), ["Sam", "Sam"]);
    assert_ne!(
        harness.state().app.profiles.active,
        first_id,
        "the new one is open"
    );
    assert_eq!(diary_dates(&harness), ["2026-05-01"]);
    harness
        .state_mut()
        .app
        .apply(Intent::SwitchProfile(first_id.clone()), 0.0);
    harness.run();
    assert_eq!(
        diary_dates(&harness),
        ["2026-05-01", "2026-05-02"],
        "the first Sam is untouched"
    );
    let second_id = harness.state().app.profiles.list[1].id.clone();
    harness
        .state_mut()
        .app
        .apply(Intent::DeleteProfile(second_id), 0.0);
    harness
        .state_mut()
        .app
        .apply(Intent::SwitchProfile(first_id.clone()), 0.0);
    harness.state_mut().app.banners.clear();
    harness.run();
    assert_eq!(profile_names(&harness), ["Sam"]);

    // Replace it: the same profile, now holding what the file holds.
    import_by_label(&mut harness, &file);
    click(&mut harness, "Replace it");
    assert!(harness.state().app.pending_import.is_none());
    assert_eq!(profile_names(&harness), ["Sam"]);
    assert_eq!(harness.state().app.profiles.active, first_id);
    assert_eq!(
        diary_dates(&harness),
        ["2026-05-01"],
        "replaced by the export"
    );
    harness.get_by_label("Imported the profile \"Sam\".");
    drop(harness);
    let app = common::app_in(dir.path());
    let dates: Vec<&str> = app.progress.diary.iter().map(|e| e.date.as_str()).collect();
    assert_eq!(dates, ["2026-05-01"], "the replacement is on disk");
}

#[test]
fn the_erase_question_keeps_the_data_unless_confirmed() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = sam_on_settings(dir.path());
    let folder = common::profile_folder(&harness.state().app);
    click(&mut harness, "Erase my data…");
    harness.get_by_role_and_label(egui::accesskit::Role::Dialog, "Erase this profile?");
    harness.get_by_label_contains("of the profile \"Sam\" will be deleted");
    click(&mut harness, "Keep my data");
    assert!(
        harness
            .query_by_role_and_label(egui::accesskit::Role::Dialog, "Erase this profile?")
            .is_none()
    );
    assert_eq!(harness.state().app.active_name(), Some("Sam"));
    assert!(folder.join("progress.ron").exists());
    assert_eq!(diary_dates(&harness), ["2026-05-01"]);

    // Escape closes the question too, and keeps everything.
    click(&mut harness, "Erase my data…");
    harness.get_by_role_and_label(egui::accesskit::Role::Dialog, "Erase this profile?");
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(
        harness
            .query_by_role_and_label(egui::accesskit::Role::Dialog, "Erase this profile?")
            .is_none()
    );
    assert!(folder.join("progress.ron").exists());

    // Confirmed: the folder and the profile go, and the app asks who is using it.
    click(&mut harness, "Erase my data…");
    click(&mut harness, "Yes, erase everything");
    assert!(!folder.exists(), "the profile folder is deleted");
    assert!(harness.state().app.profiles.list.is_empty());
    assert!(harness.state().app.progress.diary.is_empty());
    harness.get_by_role_and_label(egui::accesskit::Role::Heading, "Who is using AnkleBack?");
    drop(harness);
    let app = common::app_in(dir.path());
    assert!(app.profiles.list.is_empty(), "erased for good");
    assert!(app.profile.is_none());
}
