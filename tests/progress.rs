//! My progress: the diary survives a restart, older files migrate, broken files are kept.

mod common;

use ankleback::progress::Progress;
use ankleback::settings::{Role, Settings, Theme};
use ankleback::store::{self, Document};
use egui_kittest::kittest::Queryable as _;

#[test]
fn a_diary_entry_is_there_in_a_new_harness() {
    let dir = tempfile::tempdir().unwrap();
    {
        let mut harness = common::welcomed_harness(dir.path());
        harness.get_by_label("My progress").click();
        harness.run();
        // As a screen reader sets a slider.
        harness
            .get_by_role_and_label(egui::accesskit::Role::Slider, "Ankle pain")
            .set_value_accesskit(4.0);
        harness.run();
        harness.get_by_label("Save today's entry").click();
        harness.run();
        assert_eq!(harness.state().app.progress.diary.len(), 1);
    }
    let harness = common::harness(common::app_in(dir.path()));
    let diary = &harness.state().app.progress.diary;
    assert_eq!(diary.len(), 1);
    assert_eq!(diary[0].ankle, Some(4));
    assert_eq!(diary[0].date, ankleback::progress::today());
}

#[test]
fn exercises_are_ticked_off_and_kept() {
    let dir = tempfile::tempdir().unwrap();
    {
        let mut harness = common::welcomed_harness(dir.path());
        harness.get_by_label("My progress").click();
        harness.run();
        let plan = harness
            .state()
            .app
            .content
            .plan
            .clone()
            .expect("a plan ships");
        let stage = &plan.programmes[0].stages[1];
        harness.get_by_label_contains(&stage.name).scroll_to_me();
        harness.run();
        harness.get_by_label_contains(&stage.name).click();
        harness.run();
        harness.get_by_label("I am at this stage").scroll_to_me();
        harness.run();
        harness.get_by_label("I am at this stage").click();
        harness.run();
        let exercise = &stage.exercises[0];
        let label = format!("Done today: {}", exercise.name);
        harness.get_by_label(&label).scroll_to_me();
        harness.run();
        harness.get_by_label(&label).click();
        harness.run();
        assert!(
            harness
                .state()
                .app
                .progress
                .is_exercise_done(&ankleback::progress::today(), &exercise.id)
        );
    }
    let harness = common::harness(common::app_in(dir.path()));
    assert!(harness.state().app.progress.plan_stage.is_some());
    assert_eq!(harness.state().app.progress.exercise_log.len(), 1);
}

#[test]
fn every_older_file_format_still_loads() {
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/progress");
    let dir = tempfile::tempdir().unwrap();

    let path = dir.path().join(Progress::FILE_NAME);
    std::fs::copy(fixtures.join("progress-v1.ron"), &path).unwrap();
    let (progress, problem) = store::load::<Progress>(&path);
    assert!(problem.is_none(), "{problem:?}");
    assert!(progress.is_read("sprain-to-back"));
    assert_eq!(progress.self_checks.len(), 1);
    assert!(progress.diary.is_empty(), "new fields start empty");

    let path = dir.path().join(Settings::FILE_NAME);
    std::fs::copy(fixtures.join("settings-v1.ron"), &path).unwrap();
    let (settings, problem) = store::load::<Settings>(&path);
    assert!(problem.is_none(), "{problem:?}");
    assert_eq!(settings.role, Some(Role::Carer));
    assert_eq!(settings.theme, Theme::Dark);
    assert_eq!(settings.text_scale_percent, 150);
}

#[test]
fn corrupt_files_are_kept_and_reported_and_the_app_starts() {
    let dir = tempfile::tempdir().unwrap();
    let profile = common::profile_folder(&common::person_app(dir.path(), "Ana"));
    std::fs::write(
        profile.join("progress.ron"),
        "(version: 2, diary: [(date: \"2026-",
    )
    .unwrap();
    std::fs::write(profile.join("settings.ron"), [0xff, 0xfe, 0x00]).unwrap();
    let app = common::app_in(dir.path());
    assert_eq!(app.banners.len(), 2, "{:?}", app.banners);
    drop(app);
    let kept: Vec<String> = std::fs::read_dir(&profile)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".broken-"))
        .collect();
    assert_eq!(
        kept.len(),
        2,
        "both broken files are still on disk: {kept:?}"
    );
}

#[test]
fn a_second_copy_on_the_same_profile_is_read_only_and_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let mut first = common::person_app(dir.path(), "Ana");
    let mut second = common::app_in(dir.path());
    assert!(!first.read_only);
    assert!(second.read_only);
    assert!(
        second
            .banners
            .iter()
            .any(|b| b.message.starts_with("Read-only"))
    );
    // The second copy's changes never overwrite the first's.
    second.apply(
        ankleback::intent::Intent::SaveDiaryEntry(ankleback::progress::DiaryEntry {
            date: "2026-01-01".into(),
            ankle: Some(9),
            ..Default::default()
        }),
        0.0,
    );
    assert!(
        second.progress.diary.is_empty(),
        "a read-only copy does not pretend to keep the entry"
    );
    second.flush();
    first.apply(
        ankleback::intent::Intent::SaveDiaryEntry(ankleback::progress::DiaryEntry {
            date: "2026-01-02".into(),
            back: Some(2),
            ..Default::default()
        }),
        0.0,
    );
    first.flush();
    drop(second);
    drop(first);
    let third = common::app_in(dir.path());
    assert!(!third.read_only, "the lock is released when a copy closes");
    let dates: Vec<&str> = third
        .progress
        .diary
        .iter()
        .map(|e| e.date.as_str())
        .collect();
    assert_eq!(dates, ["2026-01-02"]);
}

#[test]
fn a_failing_save_keeps_changes_in_memory_says_so_and_saves_later() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = common::person_app(dir.path(), "Ana");
    // Make the file impossible to replace (works even for root, unlike permissions): a
    // non-empty folder where progress.ron should go.
    let target = common::profile_folder(&app).join("progress.ron");
    let _ = std::fs::remove_file(&target);
    std::fs::create_dir_all(target.join("blocker")).unwrap();
    app.apply(
        ankleback::intent::Intent::SaveDiaryEntry(ankleback::progress::DiaryEntry {
            date: "2026-01-03".into(),
            ankle: Some(5),
            ..Default::default()
        }),
        0.0,
    );
    app.flush();
    assert!(
        app.banners
            .iter()
            .any(|b| b.message.starts_with("Could not save")),
        "{:?}",
        app.banners
    );
    assert_eq!(app.progress.diary.len(), 1, "kept in memory");
    std::fs::remove_dir_all(&target).unwrap();
    app.flush();
    assert!(
        app.banners.iter().any(|b| b.message.contains("saved now")),
        "{:?}",
        app.banners
    );
    drop(app);
    assert_eq!(common::app_in(dir.path()).progress.diary.len(), 1);
}

#[test]
fn profiles_create_switch_export_import_and_erase() {
    use ankleback::intent::{ImportChoice, Intent};
    let dir = tempfile::tempdir().unwrap();
    let mut app = common::person_app(dir.path(), "Sam");
    app.apply(Intent::CreateProfile("Ana".into()), 0.0);
    assert_eq!(app.profiles.list.len(), 2);
    assert_eq!(app.active_name(), Some("Ana"));
    app.apply(
        Intent::SaveDiaryEntry(ankleback::progress::DiaryEntry {
            date: "2026-02-01".into(),
            ankle: Some(3),
            ..Default::default()
        }),
        0.0,
    );
    let usb = tempfile::tempdir().unwrap();
    app.apply(Intent::ExportProfile(Some(usb.path().to_path_buf())), 0.0);
    let exports: Vec<_> = std::fs::read_dir(usb.path())
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    assert_eq!(exports.len(), 1, "{:?}", app.banners);
    let file_name = exports[0]
        .file_name()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    assert_eq!(
        file_name,
        format!("AnkleBack-Ana-{}.ron", ankleback::progress::today()),
        "named after the person and the date"
    );

    // On another computer: import it.
    let other = tempfile::tempdir().unwrap();
    let mut there = common::person_app(other.path(), "Ben");
    there.apply(Intent::ImportProfile(exports[0].clone()), 0.0);
    there.wait_for_import();
    assert_eq!(there.active_name(), Some("Ana"));
    assert_eq!(there.progress.diary.len(), 1);
    // Importing again never overwrites without being asked.
    there.apply(Intent::ImportProfile(exports[0].clone()), 0.0);
    there.wait_for_import();
    assert!(there.pending_import.is_some(), "the app asks first");
    there.apply(Intent::ResolveImport(ImportChoice::AsNew), 0.0);
    assert_eq!(there.profiles.list.len(), 3);

    // Erase: the folder goes, the other profiles stay, and no one else's profile opens.
    let ana = app.profiles.active.clone();
    let ana_folder = common::profile_folder(&app);
    app.apply(Intent::DeleteProfile(ana.clone()), 0.0);
    assert!(!ana_folder.exists());
    assert_eq!(app.profiles.list.len(), 1);
    assert!(app.profile.is_none(), "the chooser is shown instead");
    assert!(app.progress.diary.is_empty());
    drop(app);
    let restarted = common::app_in(dir.path());
    assert!(
        restarted.profile.is_none(),
        "after a restart too, the app asks who is using it"
    );
}

#[test]
fn the_diary_records_only_what_was_entered_and_takes_missed_days() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = common::welcomed_harness(dir.path());
    harness.get_by_label("My progress").click();
    harness.run();
    // Untouched: nothing to save, and it says why.
    let save = harness.get_by_label("Save today's entry");
    save.click();
    harness.run();
    assert!(
        harness.state().app.progress.diary.is_empty(),
        "untouched is not \"no pain\""
    );
    // Only the back is entered: the ankle stays unrecorded.
    harness
        .get_by_role_and_label(egui::accesskit::Role::Slider, "Back pain")
        .set_value_accesskit(3.0);
    harness.run();
    harness.get_by_label("Unsaved changes");
    harness.get_by_label("Save today's entry").click();
    harness.run();
    let diary = &harness.state().app.progress.diary;
    assert_eq!(diary.len(), 1);
    assert_eq!(diary[0].ankle, None);
    assert_eq!(diary[0].back, Some(3));
    assert!(harness.query_by_label("Unsaved changes").is_none());

    // A missed day is entered by typing its date.
    let day = ankleback::progress::date_of_day(
        ankleback::progress::day_number(&ankleback::progress::today()).unwrap() - 3,
    )
    .unwrap();
    harness.get_by_label("Diary day").click();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.get_by_label("Diary day").type_text(&day);
    harness.run();
    harness
        .get_by_role_and_label(egui::accesskit::Role::Slider, "Ankle pain")
        .set_value_accesskit(7.0);
    harness.run();
    harness
        .get_by_label(&format!("Save the entry for {day}"))
        .click();
    harness.run();
    let diary = &harness.state().app.progress.diary;
    assert_eq!(diary.len(), 2);
    assert_eq!(diary[0].date, day);
    assert_eq!(diary[0].ankle, Some(7));
    // And it can be deleted from the list.
    harness.get_by_label_contains("All entries").click();
    harness.run();
    harness
        .get_by_label(&format!("Delete {day}"))
        .scroll_to_me();
    harness.run();
    harness.get_by_label(&format!("Delete {day}")).click();
    harness.run();
    assert_eq!(harness.state().app.progress.diary.len(), 1);
}

/// The app's own chooser: pick the folder to export to and the file to import, by label,
/// with no typing and no system dialog.
#[test]
fn the_chooser_picks_an_export_folder_and_an_import_file() {
    let dir = tempfile::tempdir().unwrap();
    let stick = dir.path().join("exports").join("usb-stick");
    std::fs::create_dir_all(&stick).unwrap();
    let mut harness = common::welcomed_harness(dir.path());
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num5);
    harness.run();
    let click = |harness: &mut egui_kittest::Harness<'static, ankleback::ui::window::AppWindow>,
                 label: &str| {
        harness.get_by_label(label).scroll_to_me();
        harness.run();
        harness.get_by_label(label).click();
        harness.run();
    };
    click(&mut harness, "Choose a folder…");
    // It opens in the data folder: go into exports, then the stick, and use it.
    click(&mut harness, "Folder: exports");
    click(&mut harness, "Folder: usb-stick");
    click(&mut harness, "Use this folder");
    click(&mut harness, "Export this profile");
    harness.run();
    let exported: Vec<_> = std::fs::read_dir(&stick).unwrap().flatten().collect();
    assert_eq!(exported.len(), 1, "the export landed in the chosen folder");
    let name = exported[0].file_name().to_string_lossy().into_owned();
    assert!(name.starts_with("AnkleBack-Sam-"), "{name}");

    click(&mut harness, "Choose a file…");
    click(&mut harness, "Folder: usb-stick");
    click(&mut harness, &format!("File: {name}"));
    let field = harness.get_by_label("File to import");
    assert!(
        field.value().is_some_and(|v| v.ends_with(&name)),
        "{:?}",
        field.value()
    );
}
