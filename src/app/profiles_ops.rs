//! Opening, adding, renaming, locking with a PIN and erasing profiles.

use super::AnkleBackApp;
use super::banners::{Banner, BannerKind, READ_ONLY_WHY, problem_banner};
use super::saving::FileSave;
use crate::messages::Said;
use crate::progress::Progress;
use crate::selfcheck::session::Session;
use crate::settings::Settings;
use crate::store::profiles::{ProfileChange, ProfileEntry};
use crate::store::{self, ProfileDir};

impl AnkleBackApp {
    /// Loads a profile's files and takes its lock (read-only when another copy has it).
    /// Refuses, with a banner, while the open profile has changes that could not be saved.
    pub(super) fn open_profile(&mut self, id: &str) -> bool {
        self.flush();
        if self.save.settings.dirty || self.save.progress.dirty {
            self.notify("profile-stays", true);
            return false;
        }
        let dir = match ProfileDir::new(self.data_dir.path(), id) {
            Ok(dir) => dir,
            Err(err) => {
                let problem = err.to_string();
                self.notify_with("profile-cannot-open", &[("problem", problem.into())], true);
                return false;
            }
        };
        self.lock = None;
        self.banners.retain(|b| b.kind != BannerKind::ReadOnly);
        self.read_only = false;
        match store::lock::try_lock_profile(dir.root()) {
            Ok(Some(lock)) => {
                self.lock = Some(lock);
                store::atomic::make_private(dir.root());
                let removed = store::atomic::remove_stale_temp_files(dir.root());
                if removed > 0 {
                    log::info!("removed {removed} unfinished save(s) from an earlier crash");
                }
            }
            Ok(None) => {
                self.read_only = true;
                let message = self.t("read-only-banner").to_owned();
                self.banners
                    .push(Banner::new(BannerKind::ReadOnly, message));
            }
            Err(err) => {
                // The folder cannot be written (read-only stick, full disk, permissions).
                log::warn!("no lock for {}: {err}", dir.root().display());
                let folder = self.data_dir.path().display().to_string();
                self.notify_with(
                    "folder-not-writable",
                    &[
                        ("problem", self.messages.say(&Said::io(&err)).into()),
                        ("folder", folder.into()),
                    ],
                    true,
                );
            }
        }
        if !self.opened_once {
            self.opened_once = true;
            self.started_read_only = self.read_only;
        }
        let (settings, settings_problem) = store::load::<Settings>(&dir.file::<Settings>());
        let (progress, progress_problem) = store::load::<Progress>(&dir.file::<Progress>());
        self.settings = settings;
        self.progress = progress;
        self.save.settings = FileSave {
            blocked: settings_problem.as_ref().is_some_and(|p| p.blocks_saving),
            ..FileSave::default()
        };
        self.save.progress = FileSave {
            blocked: progress_problem.as_ref().is_some_and(|p| p.blocks_saving),
            ..FileSave::default()
        };
        // The problems are told in this person's language, known only now.
        self.sync_language();
        let messages = std::sync::Arc::clone(&self.messages);
        self.banners.extend(
            [settings_problem, progress_problem]
                .iter()
                .flatten()
                .map(|problem| problem_banner(problem, &messages)),
        );
        self.self_check = Session::default();
        // Earlier screens belong to the person before (a self-check result, their diary).
        self.history.clear();
        self.profile = Some(dir);
        if self.profiles.active != id {
            self.profiles.active = id.to_owned();
            if !self.started_read_only {
                self.change_profiles(ProfileChange::SetActive(id.to_owned()));
            }
        }
        true
    }

    /// Closes the open profile without saving (after an erase): the shell shows the chooser.
    pub(super) fn close_profile(&mut self) {
        self.lock = None;
        self.profile = None;
        self.read_only = false;
        self.settings = Settings::default();
        self.progress = Progress::default();
        self.self_check = Session::default();
        self.history.clear();
        self.save.settings = FileSave::default();
        self.save.progress = FileSave::default();
        self.banners.retain(|b| b.kind != BannerKind::ReadOnly);
    }

    /// Records a change to the profile list (saved under the data-folder lock, merged with
    /// what other copies saved). Refused in a copy that started read-only.
    pub(super) fn change_profiles(&mut self, change: ProfileChange) -> bool {
        if self.started_read_only {
            self.notify("read-only-list", true);
            return false;
        }
        self.profiles.apply(&change);
        self.save.profile_changes.push(change);
        self.save.profiles.mark(0.0, self.now);
        true
    }

    pub(super) fn create_profile(&mut self, name: &str) {
        let name = name.trim();
        if name.is_empty() {
            return;
        }
        if self.started_read_only || self.read_only {
            self.notify(READ_ONLY_WHY, true);
            return;
        }
        let data = self.data_dir.path().to_path_buf();
        let mut candidate = self.profiles.clone();
        let id = candidate.add(name, |id| data.join("profiles").join(id).exists());
        let entry = ProfileEntry {
            id: id.clone(),
            name: name.to_owned(),
            pin_hash: None,
        };
        // A clinic sets its emergency number, name and paper once: new profiles keep them,
        // and the language being read (the welcome asks again, in it).
        let (emergency_number, clinic_name, paper, language) = (
            self.settings.emergency_number.clone(),
            self.settings.clinic_name.clone(),
            self.settings.paper,
            self.settings.language.clone(),
        );
        if self.change_profiles(ProfileChange::Add(entry)) && self.open_profile(&id) {
            self.settings.emergency_number = emergency_number;
            self.settings.clinic_name = clinic_name;
            self.settings.paper = paper;
            self.settings.language = language;
            self.sync_language();
            // Write the new profile's files at once, so its folder is never empty.
            self.save.settings.mark(0.0, self.now);
            self.save.progress.mark(0.0, self.now);
        }
    }

    pub(super) fn delete_profile(&mut self, id: &str) {
        if !self.can_change_profiles() || self.profiles.entry(id).is_none() {
            self.notify("profile-cannot-erase", true);
            return;
        }
        let was_active = self.profile.is_some() && self.profiles.active == id;
        if was_active {
            // Unsaved edits of a profile being erased are dropped, not saved.
            self.close_profile();
        }
        match store::erase_profile_folder(self.data_dir.path(), id) {
            Ok(()) => {
                self.change_profiles(ProfileChange::Remove(id.to_owned()));
                if was_active {
                    self.change_profiles(ProfileChange::SetActive(String::new()));
                }
                self.notify("profile-erased", false);
            }
            Err(err) => {
                let problem = self.messages.say(&Said::io(&err));
                self.notify_with("profile-erase-failed", &[("problem", problem.into())], true);
            }
        }
        self.flush();
    }

    /// Switches to another profile; one with a PIN asks for it first.
    pub(super) fn switch_profile(&mut self, id: String) {
        let is_open = self.profile.is_some() && id == self.profiles.active;
        let has_pin = self
            .profiles
            .entry(&id)
            .is_some_and(|p| p.pin_hash.is_some());
        if !is_open && has_pin {
            self.pin_prompt = Some(id);
        } else if !is_open {
            self.open_profile(&id);
        }
    }

    /// The PIN typed for the profile waiting to be opened.
    pub(super) fn unlock_profile(&mut self, pin: &str) {
        let Some(id) = self.pin_prompt.clone() else {
            return;
        };
        let matches = self
            .profiles
            .entry(&id)
            .and_then(|p| p.pin_hash.as_deref())
            .is_some_and(|hash| store::pin::verify_pin(pin, hash));
        if matches {
            self.pin_prompt = None;
            self.open_profile(&id);
        } else {
            self.notify("pin-wrong", true);
        }
    }

    /// Sets (`Some`) or removes (`None`) the open profile's PIN.
    pub(super) fn set_pin(&mut self, pin: Option<&str>) {
        if !self.can_change_profiles() || self.profile.is_none() {
            self.notify(READ_ONLY_WHY, true);
            return;
        }
        let pin_hash = match pin.map(store::pin::hash_pin) {
            None => None,
            Some(Ok(hash)) => Some(hash),
            Some(Err(err)) => {
                let problem = self.messages.say(&err.said());
                self.notify_with("pin-not-set", &[("problem", problem.into())], true);
                return;
            }
        };
        let removed = pin_hash.is_none();
        self.change_profiles(ProfileChange::SetPin {
            id: self.profiles.active.clone(),
            pin_hash,
        });
        self.notify(if removed { "pin-removed" } else { "pin-set" }, false);
    }

    /// Gives a profile a new name (an empty name is ignored).
    pub(super) fn rename_profile(&mut self, id: String, name: &str) {
        if !self.can_change_profiles() {
            self.notify(READ_ONLY_WHY, true);
        } else if self.profiles.entry(&id).is_some() && !name.trim().is_empty() {
            self.change_profiles(ProfileChange::Rename {
                id,
                name: name.trim().to_owned(),
            });
        }
    }
}
