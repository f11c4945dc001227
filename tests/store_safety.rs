//! Saved data is never lost or exposed (issue 11): the reliability review's defects, each
//! driven through the whole app.
#![allow(
    clippy::unwrap_used,
    reason = "test helpers: a panic is a failure with its line"
)]

mod common;

use std::path::Path;

use ankleback::intent::Intent;
use ankleback::progress::DiaryEntry;
use ankleback::settings::{Settings, Theme};
use ankleback::store::Document as _;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

fn entry(date: &str, ankle: u8) -> DiaryEntry {
    DiaryEntry {
        date: date.into(),
        ankle: Some(ankle),
        ..DiaryEntry::default()
    }
}

fn write_profiles(data: &Path, text: &str) {
    std::fs::create_dir_all(data).unwrap();
    std::fs::write(data.join("profiles.ron"), text).unwrap();
}

/// D2: path-like ids in profiles.ron never become paths.
#[test]
fn path_like_profile_ids_write_and_erase_nothing_outside_the_data_folder() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let victim = dir.path().join("victim");
    std::fs::create_dir_all(&victim).unwrap();
    std::fs::write(victim.join("canary.txt"), "alive").unwrap();
    let ana = common::profile_folder(&common::person_app(&data, "Ana"));
    let ana_id = ana.file_name().unwrap().to_string_lossy().into_owned();
    for bad in ["../../victim", "", victim.to_str().unwrap()] {
        write_profiles(
            &data,
            &format!(
                r#"(version: 1, active: "{bad}", list: [(id: "{bad}", name: "Eve"), (id: "{ana_id}", name: "Ana")])"#
            ),
        );
        let mut app = common::app_in(&data);
        assert!(
            app.profile.is_none(),
            "{bad:?}: no profile opened at a bad id"
        );
        assert_eq!(app.profiles.list.len(), 1, "{bad:?}");
        assert!(
            app.banners.iter().any(|b| b.message.contains("Eve")),
            "{:?}",
            app.banners
        );
        app.apply(Intent::DeleteProfile(bad.to_owned()), 0.0);
        app.flush();
        drop(app);
        assert!(victim.join("canary.txt").exists(), "{bad:?}");
        assert!(
            ana.join("settings.ron").exists(),
            "{bad:?}: every profile stays"
        );
        assert!(!victim.join(".lock").exists() && !victim.join("settings.ron").exists());
    }
}

/// D3: a broken profiles.ron hides nobody.
#[test]
fn a_broken_profile_list_is_rebuilt_from_the_folders_and_the_banner_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = common::person_app(dir.path(), "Ana");
    app.apply(Intent::CreateProfile("Ben".into()), 0.0);
    app.apply(Intent::CreateProfile("Carla".into()), 0.0);
    app.flush();
    drop(app);
    let text = std::fs::read_to_string(dir.path().join("profiles.ron")).unwrap();
    // Truncated in the middle of the last entry.
    let cut = text.rfind("name").unwrap();
    std::fs::write(dir.path().join("profiles.ron"), &text[..cut]).unwrap();
    let app = common::app_in(dir.path());
    let mut names: Vec<&str> = app.profiles.list.iter().map(|p| p.name.as_str()).collect();
    names.sort();
    assert_eq!(names.len(), 3, "{names:?}");
    assert!(
        names.contains(&"Ana") && names.contains(&"Ben"),
        "{names:?}"
    );
    assert!(
        app.banners.iter().any(|b| b.message.contains("rebuilt")),
        "{:?}",
        app.banners
    );
}

/// D4: two copies changing the list keep each other's changes; a read-only copy cannot change it.
#[test]
fn two_copies_never_drop_each_others_profiles() {
    let dir = tempfile::tempdir().unwrap();
    let mut first = common::person_app(dir.path(), "Ana");
    let mut second = common::app_in(dir.path());
    assert!(second.read_only);
    first.apply(Intent::CreateProfile("Carl".into()), 0.0);
    first.flush();
    second.apply(Intent::CreateProfile("Dina".into()), 0.0);
    assert_eq!(
        second.profiles.list.len(),
        1,
        "a read-only copy adds nobody"
    );
    first.apply(Intent::CreateProfile("Eli".into()), 0.0);
    first.flush();
    drop(second);
    drop(first);
    let app = common::app_in(dir.path());
    let names: Vec<&str> = app.profiles.list.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Ana", "Carl", "Eli"]);
}

/// D5: a failed save is retried without any input (time passed in), and one file that cannot
/// be saved does not block the others (D7); profiles.ron is retried too (D6).
#[test]
fn each_file_is_saved_and_retried_on_its_own_without_input() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = common::person_app(dir.path(), "Ana");
    let settings_path = common::profile_folder(&app).join(Settings::FILE_NAME);
    std::fs::remove_file(&settings_path).unwrap();
    std::fs::create_dir_all(settings_path.join("blocker")).unwrap();

    let mut settings = app.settings.clone();
    settings.theme = Theme::Dark;
    app.apply(Intent::UpdateSettings(settings), 10.0);
    app.apply(Intent::SaveDiaryEntry(entry("2026-03-01", 4)), 10.0);
    // Progress is due at once, settings half a second after the change.
    assert_eq!(app.tick(10.0), Some(0.5));
    let progress_path = common::profile_folder(&app).join("progress.ron");
    assert!(
        std::fs::read_to_string(&progress_path)
            .unwrap()
            .contains("2026-03-01"),
        "progress is saved although settings are not"
    );
    // Settings fail: a banner names them, and a retry is due in 5 s.
    assert_eq!(app.tick(10.5), Some(5.0));
    let banner = app
        .banners
        .iter()
        .find(|b| b.message.starts_with("Could not save"))
        .expect("a banner");
    assert!(
        banner.message.contains("settings.ron"),
        "{}",
        banner.message
    );
    assert!(
        !banner.message.contains("progress.ron"),
        "{}",
        banner.message
    );
    assert!(app.has_unsaved_changes());
    std::fs::remove_dir_all(&settings_path).unwrap();
    assert_eq!(app.tick(12.0), Some(3.5), "not yet due");
    assert_eq!(
        app.tick(15.5),
        None,
        "saved by the timed retry, nothing left"
    );
    assert!(!app.has_unsaved_changes());
    assert!(app.banners.iter().any(|b| b.message.contains("saved now")));
    let (saved, _) = ankleback::store::load::<Settings>(&settings_path);
    assert_eq!(saved.theme, Theme::Dark);

    // profiles.ron is retried like the others.
    let profiles_path = dir.path().join("profiles.ron");
    std::fs::remove_file(&profiles_path).unwrap();
    std::fs::create_dir_all(profiles_path.join("blocker")).unwrap();
    app.apply(
        Intent::RenameProfile {
            id: app.profiles.active.clone(),
            name: "Ana M".into(),
        },
        20.0,
    );
    assert_eq!(app.tick(20.0), Some(5.0));
    std::fs::remove_dir_all(&profiles_path).unwrap();
    assert_eq!(app.tick(25.0), None);
    let text = std::fs::read_to_string(&profiles_path).unwrap();
    assert!(text.contains("Ana M"), "{text}");
}

/// D12: stale temp files in the data-folder root and exports/ are cleaned at start.
#[test]
fn stale_temp_files_are_cleaned_everywhere() {
    let dir = tempfile::tempdir().unwrap();
    drop(common::person_app(dir.path(), "Ana"));
    std::fs::create_dir_all(dir.path().join("exports")).unwrap();
    let root_temp = dir.path().join(".profiles.ron.4242.tmp");
    let export_temp = dir
        .path()
        .join("exports")
        .join(".AnkleBack-Ana.ron.4242.tmp");
    std::fs::write(&root_temp, "half").unwrap();
    std::fs::write(&export_temp, "half").unwrap();
    drop(common::app_in(dir.path()));
    assert!(!root_temp.exists());
    assert!(!export_temp.exists());
}

/// D13: folders are owner-only, and folder names do not show who uses the app.
#[cfg(unix)]
#[test]
fn folders_are_private_and_not_named_after_people() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let app = common::person_app(&data, "Ana María");
    let profile = common::profile_folder(&app);
    app.profiles.list.iter().for_each(|p| {
        assert!(!p.id.to_lowercase().contains("ana"), "{}", p.id);
    });
    for folder in [data.clone(), data.join("profiles"), profile.clone()] {
        let mode = std::fs::metadata(&folder).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o700, "{}", folder.display());
    }
    let lock = std::fs::metadata(profile.join(".lock")).unwrap();
    assert_eq!(lock.permissions().mode() & 0o777, 0o600);
}

/// D11: an import from a FIFO, a device or a folder is refused at once, in plain words.
#[cfg(unix)]
#[test]
fn imports_of_fifos_devices_and_junk_are_refused_in_plain_words() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = common::person_app(dir.path(), "Ana");
    let fifo = dir.path().join("export.ron");
    let made_fifo = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .is_ok_and(|s| s.success());
    let junk = dir.path().join("junk.ron");
    std::fs::write(&junk, "garbage").unwrap();
    let mut cases = vec![
        (Path::new("/dev/zero").to_path_buf(), "not a regular file"),
        (dir.path().to_path_buf(), "folder"),
        (dir.path().join("missing.ron"), "There is no file there"),
        (junk, "This file is not an AnkleBack export"),
    ];
    if made_fifo {
        cases.push((fifo, "not a regular file"));
    }
    for (path, expected) in cases {
        app.banners.clear();
        app.apply(Intent::ImportProfile(path.clone()), 0.0);
        app.wait_for_import();
        let banner = app.banners.last().expect("a banner");
        assert!(
            banner.message.contains(expected),
            "{}: {}",
            path.display(),
            banner.message
        );
        assert!(!banner.message.contains("os error"), "{}", banner.message);
    }
    assert_eq!(app.profiles.list.len(), 1, "nothing was imported");
}

/// D10: a data folder that cannot be written is said at start.
#[cfg(unix)]
#[test]
fn a_data_folder_that_cannot_be_written_is_said_at_start() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let profile = common::profile_folder(&common::person_app(&data, "Ana"));
    // Root ignores permissions: a lock path that cannot be opened works for everyone.
    std::fs::remove_file(profile.join(".lock")).unwrap();
    std::fs::create_dir_all(profile.join(".lock").join("blocker")).unwrap();
    let app = common::app_in(&data);
    assert!(
        app.banners
            .iter()
            .any(|b| b.message.contains("cannot be written")),
        "{:?}",
        app.banners
    );
}

/// Read-only second copy: a badge stays after the banner is dismissed, and save buttons are
/// disabled and say why.
#[test]
fn a_read_only_copy_keeps_its_badge_and_disables_saving() {
    let dir = tempfile::tempdir().unwrap();
    let _first = common::person_app(dir.path(), "Ana");
    let mut harness = common::harness(common::app_in(dir.path()));
    assert!(harness.state().app.read_only);
    harness.get_by_label("Profile: Ana");
    // Dismiss every banner.
    while harness.query_by_label("Dismiss").is_some() {
        harness.get_all_by_label("Dismiss").next().unwrap().click();
        harness.run();
    }
    harness.get_by_label("Read-only");
    harness.get_by_label("My progress").click();
    harness.run();
    let save = harness.get_by_label("Save today's entry");
    assert!(save.accesskit_node().is_disabled());
    assert!(
        save.accesskit_node()
            .description()
            .is_some_and(|d| d.contains("another window")),
        "the reason is given to screen readers"
    );
    save.click();
    harness.run();
    assert!(harness.state().app.progress.diary.is_empty());
}

/// After "Erase my data" the app asks who is using it and never opens someone else's profile.
#[test]
fn erase_goes_to_the_profile_chooser() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = common::person_app(dir.path(), "Amina");
    app.apply(Intent::CreateProfile("Bo".into()), 0.0);
    app.apply(
        Intent::CompleteWelcome(ankleback::settings::Role::HavePain),
        0.0,
    );
    app.apply(Intent::Navigate(ankleback::route::Route::Settings), 0.0);
    let mut harness = common::harness(app);
    harness.get_by_label("Erase my data…").scroll_to_me();
    harness.run();
    harness.get_by_label("Erase my data…").click();
    harness.run();
    harness.get_by_label_contains("Export files made earlier are not deleted");
    harness.get_by_label("Yes, erase everything").click();
    harness.run();
    harness.run();
    assert!(harness.state().app.profile.is_none());
    harness.get_by_role_and_label(egui::accesskit::Role::Heading, "Who is using AnkleBack?");
    assert!(harness.query_by_label("Profile: Amina").is_none());
    harness
        .get_by_role_and_label(egui::accesskit::Role::Button, "Amina")
        .click();
    harness.run();
    harness.get_by_label("Profile: Amina");
}

/// D8: closing while a save fails asks first; "Quit anyway" closes.
#[test]
fn closing_with_unsaved_changes_asks_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = common::person_app(dir.path(), "Ana");
    let progress_path = common::profile_folder(&app).join("progress.ron");
    std::fs::remove_file(&progress_path).unwrap();
    std::fs::create_dir_all(progress_path.join("blocker")).unwrap();
    app.apply(Intent::SaveDiaryEntry(entry("2026-03-02", 6)), 0.0);
    let mut harness = common::harness(app);
    harness
        .input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    harness.run();
    harness.get_by_role_and_label(egui::accesskit::Role::Heading, "Your changes are not saved");
    harness.get_by_label("Try again").click();
    harness.run();
    assert!(harness.state().app.close_prompt.is_some(), "still failing");
    // Save a copy in another folder.
    let usb = tempfile::tempdir().unwrap();
    harness.get_by_label("Folder for a copy").click();
    harness.run();
    harness
        .get_by_label("Folder for a copy")
        .type_text(usb.path().to_str().unwrap());
    harness.run();
    harness.get_by_label("Save a copy there and quit").click();
    harness.run();
    assert!(harness.state().app.close_prompt.is_none());
    let copies: Vec<_> = std::fs::read_dir(usb.path()).unwrap().flatten().collect();
    assert_eq!(copies.len(), 1);
    let text = std::fs::read_to_string(copies[0].path()).unwrap();
    assert!(
        text.contains("2026-03-02"),
        "the copy holds the unsaved entry"
    );
}

/// The window title and the navigation bar name the person using the app.
#[test]
fn the_active_person_is_named_in_the_navigation_bar() {
    let dir = tempfile::tempdir().unwrap();
    let harness = common::harness(common::person_app(dir.path(), "Ana"));
    harness.get_by_label("Profile: Ana");
}

/// A profile with a PIN asks for it before it opens, and profiles.ron never holds the PIN.
#[test]
fn a_pin_guards_switching_into_a_profile() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = common::person_app(dir.path(), "Ana");
    app.apply(Intent::SetPin(Some("4821".into())), 0.0);
    app.apply(Intent::CreateProfile("Bo".into()), 0.0);
    app.apply(
        Intent::CompleteWelcome(ankleback::settings::Role::HavePain),
        0.0,
    );
    app.flush();
    let list = std::fs::read_to_string(dir.path().join("profiles.ron")).unwrap();
    assert!(list.contains("$argon2id$"), "{list}");
    assert!(!list.contains("4821"));
    app.apply(Intent::Navigate(ankleback::route::Route::Settings), 0.0);
    let mut harness = common::harness(app);
    // Settings is taller than the window: bring the profile list into view first.
    harness
        .get_by_role_and_label(egui::accesskit::Role::RadioButton, "Ana")
        .scroll_to_me();
    harness.run();
    harness
        .get_by_role_and_label(egui::accesskit::Role::RadioButton, "Ana")
        .click();
    harness.run();
    harness.get_by_role_and_label(egui::accesskit::Role::Heading, "PIN for Ana");
    assert_eq!(
        harness.state().app.active_name(),
        Some("Bo"),
        "not open yet"
    );
    harness.get_by_label("PIN").click();
    harness.run();
    harness.get_by_label("PIN").type_text("1111");
    harness.get_by_label("Open profile").click();
    harness.run();
    assert_eq!(
        harness.state().app.active_name(),
        Some("Bo"),
        "a wrong PIN opens nothing"
    );
    harness.get_by_label("PIN").click();
    harness.run();
    harness.get_by_label("PIN").type_text("4821");
    harness.get_by_label("Open profile").click();
    harness.run();
    assert_eq!(harness.state().app.active_name(), Some("Ana"));
    drop(harness);
    // After a restart, too, the PIN comes first.
    let restarted = common::app_in(dir.path());
    assert!(restarted.profile.is_none());
    assert!(restarted.pin_prompt.is_some());
}

/// D11: a FIFO or device as `assess --answers`, or a FIFO among the content files, gets a
/// clear message at once instead of blocking for good.
#[cfg(unix)]
#[test]
fn fifos_in_answers_and_content_never_hang() {
    use std::process::{Command, Stdio};
    use std::time::{Duration, Instant};
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("answers.ron");
    if !std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .is_ok_and(|s| s.success())
    {
        return;
    }
    let run = |args: &[&std::ffi::OsStr]| -> String {
        let mut child = Command::new(env!("CARGO_BIN_EXE_ankleback"))
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let started = Instant::now();
        while child.try_wait().unwrap().is_none() {
            if started.elapsed() > Duration::from_secs(20) {
                let _ = child.kill();
                panic!("{args:?} hangs");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let output = child.wait_with_output().unwrap();
        String::from_utf8_lossy(&output.stdout).into_owned()
    };
    let out = run(&["assess".as_ref(), "--answers".as_ref(), fifo.as_os_str()]);
    assert!(out.contains("not a regular file"), "{out}");
    let out = run(&[
        "assess".as_ref(),
        "--answers".as_ref(),
        "/dev/zero".as_ref(),
    ]);
    assert!(out.contains("not a regular file"), "{out}");

    let content = dir.path().join("content");
    std::fs::create_dir_all(content.join("articles")).unwrap();
    std::process::Command::new("mkfifo")
        .arg(content.join("articles").join("b.ron"))
        .status()
        .unwrap();
    let files = ankleback::content::ContentFiles::read_dir(&content);
    assert!(
        files
            .unreadable
            .iter()
            .any(|p| p.message.contains("not a regular file")),
        "{:?}",
        files.unreadable
    );
}

/// On a new computer the first thing can be an import, from the chooser; a profile with a
/// PIN is never replaced (and opened) by an import without its PIN.
#[test]
fn a_first_start_can_import_and_an_import_never_bypasses_a_pin() {
    let old_pc = tempfile::tempdir().unwrap();
    let usb = tempfile::tempdir().unwrap();
    let mut ana = common::person_app(old_pc.path(), "Ana");
    ana.apply(Intent::SaveDiaryEntry(entry("2026-04-01", 2)), 0.0);
    ana.apply(Intent::ExportProfile(Some(usb.path().to_path_buf())), 0.0);
    let file = std::fs::read_dir(usb.path())
        .unwrap()
        .flatten()
        .next()
        .unwrap()
        .path();

    let new_pc = tempfile::tempdir().unwrap();
    let mut harness = common::harness(common::app_in(new_pc.path()));
    harness.get_by_label("File to import").click();
    harness.run();
    harness
        .get_by_label("File to import")
        .type_text(file.to_str().unwrap());
    harness.run();
    harness.get_by_label("Import profile").click();
    // The file is read off the UI thread: one frame starts it, then wait for it.
    harness.step();
    harness.state_mut().app.wait_for_import();
    harness.run();
    assert_eq!(harness.state().app.active_name(), Some("Ana"));
    assert_eq!(harness.state().app.progress.diary.len(), 1);
    drop(harness);

    // Ana sets a PIN; someone imports an "Ana" file and picks Replace from the chooser.
    let mut app = common::app_in(new_pc.path());
    app.apply(Intent::SetPin(Some("2468".into())), 0.0);
    app.apply(Intent::CreateProfile("Bo".into()), 0.0);
    app.apply(Intent::ImportProfile(file.clone()), 0.0);
    app.wait_for_import();
    assert!(app.pending_import.is_some());
    app.apply(
        Intent::ResolveImport(ankleback::intent::ImportChoice::Replace),
        0.0,
    );
    assert_eq!(
        app.active_name(),
        Some("Bo"),
        "Ana's profile was not opened"
    );
    assert!(app.banners.iter().any(|b| b.message.contains("has a PIN")));
}

/// The settings debounce is decided in `apply` with the time passed in: a second change
/// within 0.5 s moves the save, so a slider drag is one save; nothing needs a window.
#[test]
fn settings_are_saved_half_a_second_after_the_last_change() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = common::person_app(dir.path(), "Ana");
    let settings_path = common::profile_folder(&app).join(Settings::FILE_NAME);
    let on_disk = || std::fs::read_to_string(&settings_path).unwrap();
    let mut settings = app.settings.clone();
    settings.theme = Theme::Dark;
    app.apply(Intent::UpdateSettings(settings.clone()), 100.0);
    let due = app.tick(100.2).expect("waiting");
    assert!((due - 0.3).abs() < 1e-9, "{due}");
    settings.text_scale_percent += 10;
    app.apply(Intent::UpdateSettings(settings), 100.3);
    let due = app.tick(100.5).expect("still waiting");
    assert!((due - 0.3).abs() < 1e-9, "{due}");
    assert!(
        !on_disk().contains("Dark"),
        "not saved before the debounce ends"
    );
    assert_eq!(app.tick(100.8), None);
    assert!(on_disk().contains("Dark"));
    assert!(!app.has_unsaved_changes());
}

/// A person who reads Spanish is told about a broken saved file, and a save that fails, in
/// Spanish: the store says what happened, the app says it in the language shown.
#[test]
fn saved_file_problems_are_told_in_the_language_shown() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = common::person_app(dir.path(), "Ana");
    let mut settings = app.settings.clone();
    settings.language = "es".to_owned();
    app.apply(Intent::UpdateSettings(settings), 0.0);
    app.flush();
    let folder = common::profile_folder(&app);
    drop(app);
    std::fs::write(folder.join("progress.ron"), "(diary: [ broken").unwrap();

    let mut app = common::app_in(dir.path());
    assert_eq!(app.settings.language, "es");
    let broken = app
        .banners
        .iter()
        .find(|b| b.message.contains("progress.ron"))
        .expect("a banner about progress.ron");
    assert!(
        broken
            .message
            .starts_with("No se pudo leer su archivo guardado progress.ron"),
        "{}",
        broken.message
    );
    assert!(
        broken.message.contains("Se guardó aparte como"),
        "{}",
        broken.message
    );

    // A save that fails is told in Spanish too, with the file it concerns.
    let settings_path = folder.join(Settings::FILE_NAME);
    std::fs::remove_file(&settings_path).unwrap();
    std::fs::create_dir_all(settings_path.join("blocker")).unwrap();
    let mut settings = app.settings.clone();
    settings.theme = Theme::Dark;
    app.apply(Intent::UpdateSettings(settings), 10.0);
    app.tick(11.0);
    let failed = app
        .banners
        .iter()
        .find(|b| b.message.starts_with("No se pudieron guardar sus cambios"))
        .expect("a save banner");
    assert!(
        failed.message.contains("no se pudo guardar"),
        "{}",
        failed.message
    );
    assert!(
        failed.message.contains("settings.ron"),
        "{}",
        failed.message
    );
    assert!(!failed.message.contains("os error"), "{}", failed.message);
}
