//! When and how the saved files are written: the debounce, the retry, the failure banner,
//! and the close-with-unsaved-changes prompt.

use super::AnkleBackApp;
use super::banners::{Banner, BannerKind};
use crate::progress::Progress;
use crate::settings::Settings;
use crate::store::profiles::{ProfileChange, Profiles};
use crate::store::{self, DataDirChoice, Document};

/// How long after a change the app waits before saving (a slider drag is one save).
/// How often the read-aloud highlight is brought up to date while speaking.
pub(super) const READING_POLL_SECS: f64 = 0.1;
pub(super) const SAVE_DELAY_SECS: f64 = 0.5;
/// How long the app waits before trying again after a failed save.
pub(super) const SAVE_RETRY_SECS: f64 = 5.0;
/// How often the window looks whether an import file has been read.
pub(super) const IMPORT_POLL_SECS: f64 = 0.05;

/// The files the app saves, each saved and retried on its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SavedFile {
    /// The active profile's `settings.ron`.
    Settings,
    /// The active profile's `progress.ron`.
    Progress,
    /// The profile list, `profiles.ron`.
    Profiles,
}

impl SavedFile {
    const ALL: [SavedFile; 3] = [
        SavedFile::Settings,
        SavedFile::Progress,
        SavedFile::Profiles,
    ];

    pub(super) fn file_name(self) -> &'static str {
        match self {
            SavedFile::Settings => Settings::FILE_NAME,
            SavedFile::Progress => Progress::FILE_NAME,
            SavedFile::Profiles => Profiles::FILE_NAME,
        }
    }
}

/// Save bookkeeping for one file.
#[derive(Clone, Debug, Default)]
pub(super) struct FileSave {
    /// Changes not yet on disk.
    pub(super) dirty: bool,
    /// How long after the change to save.
    pub(super) delay_secs: f64,
    /// UI time the next attempt is due; `None` until the next tick sees the change.
    pub(super) due_at: Option<f64>,
    /// Why the last attempt failed.
    pub(super) error: Option<String>,
    /// The file on disk could not be read or moved aside: never save over it.
    pub(super) blocked: bool,
}

impl FileSave {
    /// A change at UI time `now_secs`: save `delay_secs` later (a later change moves the
    /// deadline, so a slider drag is one save).
    pub(super) fn mark(&mut self, delay_secs: f64, now_secs: f64) {
        self.dirty = true;
        self.delay_secs = delay_secs;
        self.due_at = Some(now_secs + delay_secs);
    }
}

/// Pending work for the saved files.
#[derive(Clone, Debug, Default)]
pub(super) struct SaveState {
    pub(super) settings: FileSave,
    pub(super) progress: FileSave,
    pub(super) profiles: FileSave,
    /// Changes to the profile list not yet in `profiles.ron`, replayed onto the file on disk.
    pub(super) profile_changes: Vec<ProfileChange>,
    /// A failure banner is showing.
    pub(super) failing: bool,
}

impl SaveState {
    pub(super) fn file(&mut self, which: SavedFile) -> &mut FileSave {
        match which {
            SavedFile::Settings => &mut self.settings,
            SavedFile::Progress => &mut self.progress,
            SavedFile::Profiles => &mut self.profiles,
        }
    }

    pub(super) fn file_ref(&self, which: SavedFile) -> &FileSave {
        match which {
            SavedFile::Settings => &self.settings,
            SavedFile::Progress => &self.progress,
            SavedFile::Profiles => &self.profiles,
        }
    }

    pub(super) fn is_dirty(&self) -> bool {
        self.settings.dirty || self.progress.dirty || self.profiles.dirty
    }
}

/// The close-with-unsaved-changes prompt.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ClosePrompt {
    /// The files that could not be saved, for the message.
    pub unsaved: Vec<&'static str>,
}

impl AnkleBackApp {
    /// "Try again" in the close prompt.
    pub(super) fn close_retry(&mut self) {
        self.flush();
        if self.has_unsaved_changes() {
            self.notify("close-still-unsaved", true);
        } else {
            self.close_prompt = None;
            self.close_now = true;
        }
    }

    /// "Save a copy" in the close prompt: an export in `folder`, then the window closes.
    pub(super) fn close_save_copy(&mut self, folder: &std::path::Path) {
        match self.export_to(Some(folder)) {
            Ok(path) => {
                log::info!("saved a copy to {} before closing", path.display());
                self.close_quit_anyway();
            }
            Err(err) => {
                let problem = err.message(&self.messages);
                self.notify_with("close-copy-failed", &[("problem", problem.into())], true);
            }
        }
    }

    /// "Quit anyway": the window closes and unsaved changes are lost.
    pub(super) fn close_quit_anyway(&mut self) {
        self.close_prompt = None;
        self.close_allowed = true;
        self.close_now = true;
    }

    /// The window's close button: saves, and asks when something could not be saved.
    pub(super) fn window_close_requested(&mut self) {
        if !self.close_allowed {
            self.flush();
            if self.has_unsaved_changes() {
                self.close_prompt = Some(ClosePrompt {
                    unsaved: self.unsaved_files(),
                });
            }
        }
    }

    /// Marks settings or progress for saving, unless this copy is read-only (the UI says so
    /// and disables the save buttons).
    pub(super) fn mark(&mut self, which: SavedFile, delay_secs: f64) {
        if self.read_only || self.profile.is_none() {
            return;
        }
        let now = self.now;
        self.save.file(which).mark(delay_secs, now);
    }

    /// The saved files with changes that are not on disk.
    pub(super) fn unsaved_files(&self) -> Vec<&'static str> {
        SavedFile::ALL
            .into_iter()
            .filter(|&which| self.save.file_ref(which).dirty)
            .map(SavedFile::file_name)
            .collect()
    }

    /// Saves what is due at UI time `now` (seconds): settings 0.5 s after the last change,
    /// the rest at once, failed files again [`SAVE_RETRY_SECS`] after the failure. Each file
    /// is saved and retried on its own. Returns how long until the next attempt is due, for
    /// `request_repaint_after`, or `None` when nothing is waiting.
    pub fn tick(&mut self, now: f64) -> Option<f64> {
        self.poll_import(false);
        let (reading, reading_changed) = self.reading.poll();
        for which in SavedFile::ALL {
            let file = self.save.file(which);
            if file.dirty && file.due_at.is_none() {
                file.due_at = Some(now + file.delay_secs);
            }
            if file.dirty && file.due_at.is_some_and(|due| now >= due) {
                self.save_file(which, now);
            }
        }
        self.update_save_banner();
        SavedFile::ALL
            .into_iter()
            .filter_map(|which| {
                let file = self.save.file(which);
                file.dirty
                    .then_some(file.due_at)
                    .flatten()
                    .filter(|due| due.is_finite())
            })
            .map(|due| (due - now).max(0.0))
            // An import being read off the UI thread is looked at again soon.
            .chain(self.import_job.is_some().then_some(IMPORT_POLL_SECS))
            // While reading aloud, the highlight follows the sentence being spoken.
            .chain(reading.then_some(if reading_changed {
                0.0
            } else {
                READING_POLL_SECS
            }))
            .reduce(f64::min)
    }

    /// Whether the window may close now: nothing is unsaved, or the person chose to lose it.
    pub fn may_close(&self) -> bool {
        self.close_allowed || !self.has_unsaved_changes()
    }

    /// Whether the app asked the window to close (once: the request is taken).
    pub fn take_close_request(&mut self) -> bool {
        let close = std::mem::take(&mut self.close_now);
        if close {
            self.close_allowed = true;
        }
        close
    }

    /// Tries to save one file now.
    pub(super) fn save_file(&mut self, which: SavedFile, now: f64) {
        if self.save.file(which).blocked {
            let error = self
                .messages
                .with("save-blocked", &[("file", which.file_name().into())]);
            let file = self.save.file(which);
            file.error = Some(error);
            // Never retried: only a restart (after the file is fixed) can save it.
            file.due_at = Some(f64::INFINITY);
            return;
        }
        let result = match which {
            SavedFile::Settings | SavedFile::Progress => {
                let Some(dir) = &self.profile else {
                    self.save.file(which).dirty = false;
                    return;
                };
                if which == SavedFile::Settings {
                    store::save(&dir.file::<Settings>(), &self.settings)
                } else {
                    store::save(&dir.file::<Progress>(), &self.progress)
                }
            }
            SavedFile::Profiles => store::profiles::save_merged(
                self.data_dir.path(),
                &self.profiles,
                &self.save.profile_changes,
            )
            .map(|merged| {
                let active = self.profiles.active.clone();
                self.profiles = merged;
                self.profiles.active = active;
                self.save.profile_changes.clear();
            }),
        };
        let file = self.save.file(which);
        match result {
            Ok(()) => {
                file.dirty = false;
                file.error = None;
                file.due_at = None;
            }
            Err(err) => {
                log::warn!("{err}");
                file.error = Some(self.messages.say(&err.said()));
                file.due_at = Some(now + SAVE_RETRY_SECS);
            }
        }
    }

    /// One banner names every file that could not be saved; when all are saved again, it
    /// says so.
    pub(super) fn update_save_banner(&mut self) {
        let errors: Vec<String> = SavedFile::ALL
            .into_iter()
            .filter_map(|which| {
                let file = self.save.file(which);
                file.dirty.then(|| file.error.clone()).flatten()
            })
            .collect();
        let message = (!errors.is_empty()).then(|| {
            self.messages
                .with("save-failed", &[("problems", errors.join("; ").into())])
        });
        let showing = self
            .banners
            .iter()
            .position(|b| b.kind == BannerKind::SaveFailed);
        match (message, showing) {
            (Some(message), Some(index)) => self.banners[index].message = message,
            (Some(message), None) if !self.save.failing => {
                self.save.failing = true;
                self.banners
                    .push(Banner::new(BannerKind::SaveFailed, message));
            }
            // Dismissed while still failing: the close prompt and the retry go on quietly.
            (Some(_), None) => {}
            (None, _) if self.save.failing => {
                self.save.failing = false;
                self.banners.retain(|b| b.kind != BannerKind::SaveFailed);
                self.notify("saved-now", false);
            }
            (None, _) => {}
        }
    }

    /// Saves everything unsaved now, whatever is due; called before a switch and on exit.
    /// Returns whether everything is saved.
    pub fn flush(&mut self) -> bool {
        for which in SavedFile::ALL {
            let file = self.save.file(which);
            if file.dirty && !file.due_at.is_some_and(f64::is_infinite) {
                file.due_at = Some(0.0);
            }
        }
        let _ = self.tick(0.0);
        // Failed files stay due soon for the next tick.
        for which in SavedFile::ALL {
            let file = self.save.file(which);
            if file.dirty && file.due_at.is_some_and(f64::is_finite) {
                file.due_at = None;
                file.delay_secs = SAVE_RETRY_SECS;
            }
        }
        !self.has_unsaved_changes()
    }
}

/// The folder the app saves in: the system folder and the folders inside are made
/// owner-only, and stale temporary files from a crash are removed from the data-folder root
/// and `exports/` (each profile folder is cleaned when its lock is taken).
pub(super) fn prepare_data_folder(choice: &DataDirChoice) {
    let data = choice.path();
    if !data.exists() {
        if let Err(err) = store::atomic::create_private_dir_all(data) {
            log::warn!("could not create {}: {err}", data.display());
        }
    } else if matches!(choice, DataDirChoice::System(_)) {
        store::atomic::make_private(data);
    }
    for inner in [data.join("profiles"), data.join("exports")] {
        if inner.is_dir() {
            store::atomic::make_private(&inner);
        }
    }
    // Only while holding the data-folder lock: then no other copy is saving profiles.ron.
    if let Ok(_lock) = store::lock::lock_data_folder(data) {
        let removed = store::atomic::remove_stale_temp_files(data)
            + store::atomic::remove_stale_temp_files(&data.join("exports"));
        if removed > 0 {
            log::info!("removed {removed} unfinished save(s) from an earlier crash");
        }
    }
}
