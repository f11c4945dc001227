//! Export to one file and import from one, read off the UI thread.

use std::path::{Path, PathBuf};
use std::sync::mpsc;

use super::AnkleBackApp;
use super::banners::READ_ONLY_WHY;
use super::saving::FileSave;
use crate::intent::ImportChoice;
use crate::messages::{Messages, Said};
use crate::progress::{self, Progress};
use crate::settings::Settings;
use crate::store::profiles::{self, ProfileChange, ProfileEntry};
use crate::store::{self, ProfileDir};
use fluent_bundle::FluentValue;

/// An import that was read and waits for the user's answer.
#[derive(Clone, Debug, PartialEq)]
pub struct PendingImport {
    /// What the file holds.
    pub export: profiles::ProfileExport,
    /// The id of the existing profile with the same name.
    pub existing: String,
}

impl AnkleBackApp {
    /// Starts an import, unless this copy may not change the profile list.
    pub(super) fn import_profile(&mut self, path: PathBuf) {
        if self.can_change_profiles() {
            self.start_import(path);
        } else {
            self.notify(READ_ONLY_WHY, true);
        }
    }

    /// The answer to "replace or new?" for an import whose name is taken.
    pub(super) fn resolve_import(&mut self, choice: ImportChoice) {
        let Some(pending) = self.pending_import.take() else {
            return;
        };
        match choice {
            ImportChoice::Replace => self.finish_import(pending.export, Some(pending.existing)),
            ImportChoice::AsNew => self.finish_import(pending.export, None),
            ImportChoice::Cancel => {}
        }
    }

    /// Writes the active profile to one file in `folder`, named after the person and the
    /// date. Returns the file's path.
    pub(super) fn export_to(&mut self, folder: Option<&Path>) -> Result<PathBuf, ExportError> {
        self.flush();
        let name = self.active_name().ok_or(ExportError::NoProfile)?.to_owned();
        let export = profiles::ProfileExport {
            version: profiles::EXPORT_VERSION,
            name: name.clone(),
            settings: self.settings.clone(),
            progress: self.progress.clone(),
        };
        let folder = folder.map_or_else(|| self.data_dir.path().join("exports"), Path::to_path_buf);
        if folder.exists() && !folder.is_dir() {
            return Err(ExportError::NotAFolder(folder));
        }
        let (part, today) = (profiles::file_name_part(&name), progress::today());
        let stem = format!("AnkleBack-{part}-{today}"); // i18n-ok: a file name
        let mut path = folder.join(format!("{stem}.ron"));
        let mut n = 1;
        while path.exists() {
            n += 1;
            path = folder.join(format!("{stem}-{n}.ron"));
        }
        let text = ron::ser::to_string_pretty(&export, ron::ser::PrettyConfig::default())?;
        store::atomic::write_atomic(&path, text.as_bytes()).map_err(|source| {
            ExportError::Write {
                source,
                path: path.clone(),
            }
        })?;
        Ok(path)
    }

    pub(super) fn export_profile(&mut self, folder: Option<&Path>) {
        match self.export_to(folder) {
            Ok(path) => {
                let file = path.display().to_string();
                self.notify_with("exported", &[("file", file.into())], false);
            }
            Err(err) => {
                let problem = err.message(&self.messages);
                self.notify_with("export-failed", &[("problem", problem.into())], true);
            }
        }
    }

    /// Starts reading an import file off the UI thread.
    pub(super) fn start_import(&mut self, path: PathBuf) {
        let (sender, receiver) = mpsc::channel();
        let reading = path.clone();
        let spawned = std::thread::Builder::new()
            .name("import".to_owned())
            .spawn(move || {
                let _ = sender.send(read_export(&reading));
            });
        match spawned {
            Ok(_) => self.import_job = Some(receiver),
            Err(err) => {
                let problem = err.to_string();
                self.notify_with("import-not-started", &[("problem", problem.into())], true);
            }
        }
    }

    /// Takes the result of a finished import read, if any. With `wait`, blocks until the read
    /// is done (for tests and scripts).
    pub(super) fn poll_import(&mut self, wait: bool) {
        let Some(receiver) = &self.import_job else {
            return;
        };
        let result = if wait {
            receiver
                .recv()
                .map_err(|_| mpsc::TryRecvError::Disconnected)
        } else {
            receiver.try_recv()
        };
        let result = match result {
            Ok(result) => result,
            Err(mpsc::TryRecvError::Empty) => return,
            Err(mpsc::TryRecvError::Disconnected) => Err(ImportError::Stopped),
        };
        self.import_job = None;
        match result {
            Ok(export) => match self.profiles.by_name(&export.name) {
                Some(existing) => {
                    self.pending_import = Some(PendingImport {
                        existing: existing.id.clone(),
                        export,
                    })
                }
                None => self.finish_import(export, None),
            },
            Err(err) => {
                let problem = err.message(&self.messages);
                self.notify_with("import-failed", &[("problem", problem.into())], true);
            }
        }
    }

    /// Waits for an import being read, then handles it as a frame would.
    pub fn wait_for_import(&mut self) {
        self.poll_import(true);
    }

    /// Whether an import file is still being read.
    pub fn is_importing(&self) -> bool {
        self.import_job.is_some()
    }

    pub(super) fn finish_import(
        &mut self,
        export: profiles::ProfileExport,
        replace: Option<String>,
    ) {
        if !self.can_change_profiles() {
            self.notify(READ_ONLY_WHY, true);
            return;
        }
        let guarded = |id: &String| {
            let is_open = self.profile.is_some() && &self.profiles.active == id;
            !is_open
                && self
                    .profiles
                    .entry(id)
                    .is_some_and(|p| p.pin_hash.is_some())
        };
        if replace.as_ref().is_some_and(guarded) {
            self.notify("import-pin-guarded", true);
            return;
        }
        let id = match replace {
            Some(id) if self.profiles.entry(&id).is_some() => id,
            _ => {
                let data = self.data_dir.path().to_path_buf();
                let mut candidate = self.profiles.clone();
                let id = candidate.add(&export.name, |id| data.join("profiles").join(id).exists());
                self.change_profiles(ProfileChange::Add(ProfileEntry {
                    id: id.clone(),
                    name: export.name.trim().to_owned(),
                    pin_hash: None,
                }));
                id
            }
        };
        let is_open = self.profile.is_some() && id == self.profiles.active;
        if is_open {
            // The imported files replace what is open: unsaved edits are not saved over them.
            self.save.settings = FileSave::default();
            self.save.progress = FileSave::default();
        }
        let saved = ProfileDir::new(self.data_dir.path(), &id)
            .map_err(|err| err.to_string())
            .and_then(|folder| {
                store::save(&folder.file::<Settings>(), &export.settings)
                    .and_then(|()| store::save(&folder.file::<Progress>(), &export.progress))
                    .map_err(|err| err.to_string())
            });
        match saved {
            Ok(()) => {
                if is_open {
                    self.profile = None;
                    self.lock = None;
                }
                self.open_profile(&id);
                let name = export.name.clone();
                self.notify_with("imported", &[("name", name.into())], false);
            }
            Err(err) => {
                self.notify_with("import-write-failed", &[("problem", err.into())], true);
            }
        }
    }
}

/// Why a profile could not be exported. The path, where there is one, comes last.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// No profile is open (first start, after an erase).
    #[error("no profile is open")]
    NoProfile,
    /// The chosen place is a file, not a folder.
    #[error("this is not a folder: {}", .0.display())]
    NotAFolder(PathBuf),
    /// The profile could not be turned into text (should not happen).
    #[error("the profile could not be written as text: {0}")]
    Serialize(#[from] ron::Error),
    /// Writing the file failed (full disk, no permission, read-only stick).
    #[error("{source}: {}", path.display())]
    Write {
        /// What the system said.
        source: std::io::Error,
        /// The file being written.
        path: PathBuf,
    },
}

impl ExportError {
    /// The reason in the language shown (a failed write says why in words, as a failed save
    /// does).
    pub fn message(&self, messages: &Messages) -> String {
        match self {
            ExportError::NoProfile => messages.get("export-no-profile").to_owned(),
            ExportError::NotAFolder(folder) => messages.with(
                "export-not-folder",
                &[("folder", folder.display().to_string().into())],
            ),
            ExportError::Write { source, path } => messages.say(
                &Said::new("save-write-failed")
                    .text("file", path.display().to_string())
                    .said("why", Said::io(source)),
            ),
            // A bug, not something the person can change: the details are for a report.
            ExportError::Serialize(_) => self.to_string(),
        }
    }
}

/// Why an import file could not be read. The path comes last.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// Nothing at that path.
    #[error("There is no file there: {}", .0.display())]
    NotFound(PathBuf),
    /// The system refused to open it.
    #[error("This file cannot be opened (no permission): {}", .0.display())]
    NoPermission(PathBuf),
    /// Not text (binary, or not UTF-8), so not an export.
    #[error("This file is not an AnkleBack export ({why}): {}", path.display())]
    NotText {
        /// Where the text stops being text, in words.
        why: String,
        /// The file.
        path: PathBuf,
    },
    /// Not a regular file, a folder, too large, or another read error.
    #[error("{why}: {}", path.display())]
    Unreadable {
        /// What went wrong, in words.
        why: String,
        /// The file.
        path: PathBuf,
    },
    /// Text, but not an export this app can take.
    #[error("{source}: {}", path.display())]
    Format {
        /// Why the text is not an export (a place, "newer", no name).
        source: profiles::ExportFormatError,
        /// The file.
        path: PathBuf,
    },
    /// The thread reading the file stopped without an answer.
    #[error("The import stopped unexpectedly")]
    Stopped,
}

impl ImportError {
    /// The reason in the language shown, the file last (the system's own words for an
    /// unusual read error stay as the system gives them).
    pub fn message(&self, messages: &Messages) -> String {
        let file = |path: &Path| ("file", FluentValue::from(path.display().to_string()));
        match self {
            ImportError::NotFound(path) => messages.with("import-not-found", &[file(path)]),
            ImportError::NoPermission(path) => messages.with("import-no-permission", &[file(path)]),
            ImportError::NotText { why, path } => messages.with(
                "import-not-text",
                &[("problem", why.clone().into()), file(path)],
            ),
            ImportError::Unreadable { why, path } => messages.with(
                "import-unreadable",
                &[("problem", why.clone().into()), file(path)],
            ),
            ImportError::Format { source, path } => match source {
                profiles::ExportFormatError::Damaged { line, col, why } => messages.with(
                    "import-damaged",
                    &[
                        ("line", (*line).into()),
                        ("col", (*col).into()),
                        ("problem", why.clone().into()),
                        file(path),
                    ],
                ),
                profiles::ExportFormatError::Newer { version } => messages.with(
                    "import-newer",
                    &[("version", (*version).into()), file(path)],
                ),
                profiles::ExportFormatError::NoName => {
                    messages.with("import-no-name", &[file(path)])
                }
            },
            ImportError::Stopped => messages.get("import-stopped").to_owned(),
        }
    }
}

/// Reads and checks an export file (runs on the import thread).
pub(super) fn read_export(path: &Path) -> Result<profiles::ProfileExport, ImportError> {
    let path_buf = || path.to_path_buf();
    let text = store::safe_read::read_text_file(path, store::safe_read::USER_FILE_CAP_BYTES)
        .map_err(|err| match err.kind() {
            std::io::ErrorKind::NotFound => ImportError::NotFound(path_buf()),
            std::io::ErrorKind::PermissionDenied => ImportError::NoPermission(path_buf()),
            std::io::ErrorKind::InvalidData => ImportError::NotText {
                why: err.to_string(),
                path: path_buf(),
            },
            _ => {
                let mut why = err.to_string();
                if let Some(first) = why.get_mut(0..1) {
                    first.make_ascii_uppercase();
                }
                ImportError::Unreadable {
                    why,
                    path: path_buf(),
                }
            }
        })?;
    profiles::parse_export(&text).map_err(|source| ImportError::Format {
        source,
        path: path_buf(),
    })
}
