//! The progress store: every file the app saves, as versioned RON, under one data folder.
//!
//! Plain Rust, no egui. Layout of the data folder:
//! ```text
//! <data>/profiles.ron                      the list of profiles (ids and names)
//! <data>/profiles/<profile-id>/settings.ron
//! <data>/profiles/<profile-id>/progress.ron
//! <data>/exports/                           exported profiles (by default)
//! ```
//! Profile ids are opaque (`p-3f9a2c1b`), never people's names, and are checked
//! ([`profiles::is_valid_id`]) before they become part of a path.
//! Reads never lose data: a file that cannot be used is kept aside under a new name (see
//! [`atomic::keep_aside`]) and reported as a [`Problem`]; writes are atomic
//! ([`atomic::write_atomic`]).

pub mod atomic;
pub mod browse;
mod data_dir;
pub mod export;
pub mod lenient;
pub mod lock;
pub mod pin;
pub mod profiles;
pub mod safe_read;

pub use data_dir::{DataDirChoice, check_writable, resolve_data_dir};

use serde::Serialize;
use serde::de::DeserializeOwned;
use std::path::{Path, PathBuf};

use crate::messages::{Messages, Said};

/// A kind of file the store keeps, with its name and format version.
pub trait Document: Serialize + DeserializeOwned + Default {
    /// File name inside the profile folder, e.g. `settings.ron`.
    const FILE_NAME: &'static str;
    /// The current format version, written into every saved file as `version`.
    const VERSION: u32;

    /// Reads a file written by an older version of the app. The default relies on
    /// `#[serde(default)]` fields, which covers added fields; override it for renames.
    fn migrate(text: &str, from_version: u32) -> Result<Self, ReadError> {
        let _ = from_version;
        Ok(ron::from_str(text)?)
    }

    /// Sets the `version` field before saving.
    fn set_version(&mut self, version: u32);
}

/// Why a saved file could not be read as its kind of document.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ReadError {
    /// The text is not this document's format, at this place.
    #[error("line {line}, column {col}: {why}")]
    Syntax {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        col: usize,
        /// What the reader expected.
        why: String,
    },
    /// A migration from an older format could not carry a value over.
    #[error("{0}")]
    Migration(String),
}

impl From<ron::error::SpannedError> for ReadError {
    fn from(err: ron::error::SpannedError) -> Self {
        ReadError::Syntax {
            line: err.span.start.line,
            col: err.span.start.col,
            why: err.code.to_string(),
        }
    }
}

/// Something went wrong reading a file; shown to the user in a banner.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    /// What happened, sentence by sentence, to be said in the language shown.
    pub said: Vec<Said>,
    /// Where the original file now is, if it was moved aside.
    pub kept_at: Option<PathBuf>,
    /// The file is still where it was and could not be read or moved aside: saving would
    /// replace it, so this document must not be saved.
    pub blocks_saving: bool,
}

impl Problem {
    /// What happened, in the language of `messages`.
    pub fn message(&self, messages: &Messages) -> String {
        messages.say_all(&self.said)
    }

    /// What happened, in English (command-line tools, logs, tests).
    pub fn english(&self) -> String {
        self.message(crate::messages::english())
    }
}

/// Errors from the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// A file could not be written.
    #[error("could not save {path}: {source}")]
    Write {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// A value could not be turned into RON (a bug).
    #[error("could not encode {file}: {message}")]
    Encode {
        /// The file name.
        file: &'static str,
        /// Why.
        message: String,
    },
}

impl StoreError {
    /// What went wrong, to be said in the language shown.
    pub fn said(&self) -> Said {
        match self {
            StoreError::Write { path, source } => Said::new("save-write-failed")
                .text("file", path.display().to_string())
                .said("why", Said::io(source)),
            // A bug, not something the user can change: the details are for a report.
            StoreError::Encode { .. } => Said::new("io-other").text("text", self.to_string()),
        }
    }
}

/// Only the version field of a file, to pick the migration.
#[derive(serde::Deserialize)]
struct VersionOnly {
    #[serde(default)]
    version: u32,
}

/// Loads a document from `path`. A missing file gives the default. A broken or unreadable
/// file, or one from a newer app, is moved aside (never overwritten) and reported; what can be
/// recovered is used. When it cannot be moved aside, the [`Problem`] says
/// [`Problem::blocks_saving`]: the caller must then never save over it.
pub fn load<T: Document>(path: &Path) -> (T, Option<Problem>) {
    load_with(
        path,
        safe_read::read_regular_file(path, safe_read::SAVED_FILE_CAP_BYTES),
        &atomic::keep_aside,
    )
}

/// Reads a document and changes nothing on disk (for command-line tools that only look): a
/// missing file gives the default; a broken, unreadable or newer file is an error and stays
/// where it is, for the app to deal with.
pub fn peek<T: Document>(path: &Path) -> Result<T, String> {
    let leave = |_: &Path, _: &str| Err(std::io::Error::other("it was left where it is"));
    let (value, problem) = load_with::<T>(
        path,
        safe_read::read_regular_file(path, safe_read::SAVED_FILE_CAP_BYTES),
        &leave,
    );
    match problem {
        None => Ok(value),
        Some(problem) => Err(problem.english()),
    }
}

/// [`load`] with the read's result and the move-aside step passed in, so that failures that
/// need another account (permission denied, a failing stick) can be tested as any user.
fn load_with<T: Document>(
    path: &Path,
    read: std::io::Result<Vec<u8>>,
    keep_aside: &dyn Fn(&Path, &str) -> std::io::Result<PathBuf>,
) -> (T, Option<Problem>) {
    let bytes = match read {
        Ok(bytes) => bytes,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return (T::default(), None),
        Err(err) => {
            // Unreadable (permissions, I/O error, not a regular file). A save would rename a
            // new file over it (that needs only the folder's permission), so it must go aside.
            let why = Said::new("store-unreadable")
                .text("file", T::FILE_NAME)
                .said("why", Said::io(&err));
            return set_aside::<T>(path, why, "unreadable", keep_aside);
        }
    };
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(err) => {
            let (line, col) = safe_read::utf8_error_position(&err);
            let why = Said::new("store-not-text")
                .text("file", T::FILE_NAME)
                .number("line", line)
                .number("col", col);
            return set_aside::<T>(path, why, "broken", keep_aside);
        }
    };
    let text = safe_read::strip_bom(&text);
    let version = match ron::from_str::<VersionOnly>(text) {
        Ok(v) => v.version,
        Err(err) => {
            let why = Said::new("store-broken")
                .text("file", T::FILE_NAME)
                .number("line", err.span.start.line)
                .number("col", err.span.start.col);
            return set_aside::<T>(path, why, "broken", keep_aside);
        }
    };
    if version > T::VERSION {
        // A newer app wrote it. Keep the original safe, use what this version understands.
        let recovered = ron::from_str::<T>(text).unwrap_or_default();
        let newer = Said::new("store-newer")
            .text("file", T::FILE_NAME)
            .number("version", version)
            .number("reads", T::VERSION);
        let problem = move_aside(
            path,
            newer,
            keep_aside(path, "newer"),
            ("store-newer-kept", "store-newer-left"),
        );
        return (recovered, Some(problem));
    }
    let parsed = if version == T::VERSION {
        ron::from_str::<T>(text).map_err(ReadError::from)
    } else {
        T::migrate(text, version)
    };
    match parsed {
        Ok(value) => (value, None),
        Err(err) => {
            log::warn!("{}: {err}", path.display());
            let why = match &err {
                ReadError::Syntax { line, col, .. } => Said::new("store-not-understood")
                    .text("file", T::FILE_NAME)
                    .number("line", *line)
                    .number("col", *col),
                ReadError::Migration(detail) => Said::new("store-not-carried-over")
                    .text("file", T::FILE_NAME)
                    .text("detail", detail.clone()),
            };
            set_aside::<T>(path, why, "broken", keep_aside)
        }
    }
}

fn set_aside<T: Document>(
    path: &Path,
    why: Said,
    tag: &str,
    keep_aside: &dyn Fn(&Path, &str) -> std::io::Result<PathBuf>,
) -> (T, Option<Problem>) {
    let outcome = ("store-kept-aside", "store-left-in-place");
    let problem = move_aside(path, why, keep_aside(path, tag), outcome);
    (T::default(), Some(problem))
}

/// The problem for a file that was (or could not be) moved aside: `why`, then what was done,
/// said by the `(kept, left)` message ids.
fn move_aside(
    path: &Path,
    why: Said,
    moved: std::io::Result<PathBuf>,
    (kept, left): (&'static str, &'static str),
) -> Problem {
    match moved {
        Ok(kept_at) => Problem {
            said: vec![
                why,
                Said::new(kept).text("kept", kept_at.display().to_string()),
            ],
            kept_at: Some(kept_at),
            blocks_saving: false,
        },
        Err(err) => Problem {
            said: vec![
                why,
                Said::new(left)
                    .said("why", Said::io(&err))
                    .text("path", path.display().to_string()),
            ],
            kept_at: Some(path.to_path_buf()),
            blocks_saving: true,
        },
    }
}

/// Saves a document to `path` atomically, with the current version.
pub fn save<T: Document + Clone>(path: &Path, value: &T) -> Result<(), StoreError> {
    let mut value = value.clone();
    value.set_version(T::VERSION);
    let text =
        ron::ser::to_string_pretty(&value, ron::ser::PrettyConfig::default()).map_err(|err| {
            StoreError::Encode {
                file: T::FILE_NAME,
                message: err.to_string(),
            }
        })?;
    atomic::write_atomic(path, text.as_bytes()).map_err(|source| StoreError::Write {
        path: path.to_path_buf(),
        source,
    })
}

/// Where one profile's files live: always a direct child of `<data>/profiles/`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProfileDir {
    root: PathBuf,
}

/// A profile id that is not of the form [`profiles::is_valid_id`] accepts.
#[derive(Debug, thiserror::Error)]
#[error("not a valid profile id: {0:?}")]
pub struct InvalidProfileId(pub String);

impl ProfileDir {
    /// The folder of profile `profile_id` under the data folder `data_dir`. Refuses ids that
    /// could name anything but a direct child of `<data>/profiles/` (`..`, `/abs`, `""`).
    pub fn new(data_dir: &Path, profile_id: &str) -> Result<Self, InvalidProfileId> {
        if !profiles::is_valid_id(profile_id) {
            return Err(InvalidProfileId(profile_id.to_owned()));
        }
        Ok(Self {
            root: data_dir.join("profiles").join(profile_id),
        })
    }

    /// The profile folder itself.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Path of a document of type `T` in this profile.
    pub fn file<T: Document>(&self) -> PathBuf {
        self.root.join(T::FILE_NAME)
    }
}

/// Erases the folder of profile `profile_id` and everything in it. Refuses (and erases
/// nothing) unless the folder, with symlinks resolved, is a direct child of the canonical
/// `<data>/profiles/` folder.
pub fn erase_profile_folder(data_dir: &Path, profile_id: &str) -> std::io::Result<()> {
    let refuse = |why: &str| {
        std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            format!("refused to erase profile {profile_id:?}: {why}"),
        )
    };
    let dir = ProfileDir::new(data_dir, profile_id).map_err(|err| refuse(&err.to_string()))?;
    let metadata = match std::fs::symlink_metadata(dir.root()) {
        Ok(metadata) => metadata,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(err) => return Err(err),
    };
    if !metadata.is_dir() {
        return Err(refuse("it is not a folder (a link or a file)"));
    }
    let parent = data_dir.join("profiles").canonicalize()?;
    let folder = dir.root().canonicalize()?;
    if folder.parent() != Some(parent.as_path()) {
        return Err(refuse("it is not inside the profiles folder"));
    }
    std::fs::remove_dir_all(folder)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq)]
    #[serde(default)]
    struct Doc {
        version: u32,
        name: String,
        count: u32,
    }

    impl Document for Doc {
        const FILE_NAME: &'static str = "doc.ron";
        const VERSION: u32 = 2;
        fn set_version(&mut self, version: u32) {
            self.version = version;
        }
    }

    #[test]
    fn missing_file_gives_default_without_problem() {
        let dir = tempfile::tempdir().unwrap();
        let (doc, problem) = load::<Doc>(&dir.path().join("doc.ron"));
        assert_eq!(doc, Doc::default());
        assert!(problem.is_none());
    }

    #[test]
    fn round_trip() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("doc.ron");
        let doc = Doc {
            version: 0,
            name: "Ana".into(),
            count: 3,
        };
        save(&path, &doc).unwrap();
        let (back, problem) = load::<Doc>(&path);
        assert!(problem.is_none());
        assert_eq!(back.name, "Ana");
        assert_eq!(back.count, 3);
        assert_eq!(back.version, 2);
    }

    #[test]
    fn corrupt_file_is_kept_aside_and_reported() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("doc.ron");
        std::fs::write(&path, "(version: 2, name: \"unterminated").unwrap();
        let (doc, problem) = load::<Doc>(&path);
        assert_eq!(doc, Doc::default());
        let problem = problem.expect("a problem is reported");
        let kept = problem.kept_at.expect("the file is kept");
        assert_eq!(
            std::fs::read_to_string(kept).unwrap(),
            "(version: 2, name: \"unterminated"
        );
        assert!(
            !path.exists(),
            "the broken file is moved, not left to be overwritten"
        );
    }

    #[test]
    fn newer_file_is_kept_and_what_is_known_is_used() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("doc.ron");
        let text = "(version: 9, name: \"Ana\", count: 4, future_field: true)";
        std::fs::write(&path, text).unwrap();
        let (doc, problem) = load::<Doc>(&path);
        assert_eq!(doc.name, "Ana");
        let kept = problem.unwrap().kept_at.unwrap();
        assert_eq!(std::fs::read_to_string(kept).unwrap(), text);
    }

    #[test]
    fn older_file_gets_defaults_for_new_fields() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("doc.ron");
        std::fs::write(&path, "(version: 1, name: \"Old\")").unwrap();
        let (doc, problem) = load::<Doc>(&path);
        assert!(problem.is_none());
        assert_eq!(doc.name, "Old");
        assert_eq!(doc.count, 0);
    }

    #[test]
    fn an_unreadable_file_is_moved_aside_never_saved_over() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("doc.ron");
        std::fs::write(&path, "(version: 2, name: \"Thirty days\")").unwrap();
        let denied = Err(std::io::Error::from(std::io::ErrorKind::PermissionDenied));
        let (doc, problem) = load_with::<Doc>(&path, denied, &atomic::keep_aside);
        assert_eq!(doc, Doc::default());
        let problem = problem.expect("reported");
        assert!(!problem.blocks_saving);
        let kept = problem.kept_at.expect("kept aside");
        assert!(kept.to_string_lossy().contains("doc.ron.unreadable-"));
        save(&path, &Doc::default()).unwrap();
        assert_eq!(
            std::fs::read_to_string(kept).unwrap(),
            "(version: 2, name: \"Thirty days\")",
            "the next save does not touch the original"
        );
    }

    #[test]
    fn an_unreadable_file_that_cannot_be_moved_blocks_saving() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("doc.ron");
        std::fs::write(&path, "original").unwrap();
        let io_error = Err(std::io::Error::other("Input/output error"));
        let no_rename =
            |_: &Path, _: &str| -> std::io::Result<PathBuf> { Err(std::io::Error::other("EROFS")) };
        let (_, problem) = load_with::<Doc>(&path, io_error, &no_rename);
        let problem = problem.expect("reported");
        assert!(problem.blocks_saving, "{problem:?}");
        assert!(problem.english().contains("nothing is saved over it"));
        // A broken file that cannot be moved blocks saving too.
        let (_, problem) = load_with::<Doc>(&path, Ok(b"(nonsense".to_vec()), &no_rename);
        assert!(problem.unwrap().blocks_saving);
    }

    #[cfg(unix)]
    #[test]
    fn a_fifo_or_folder_in_place_of_a_saved_file_is_moved_aside_without_hanging() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("doc.ron");
        std::fs::create_dir(&path).unwrap();
        let (_, problem) = load::<Doc>(&path);
        assert!(problem.unwrap().kept_at.unwrap().is_dir());
        assert!(!path.exists());
        if std::process::Command::new("mkfifo")
            .arg(&path)
            .status()
            .is_ok_and(|s| s.success())
        {
            let (_, problem) = load::<Doc>(&path);
            assert!(problem.is_some());
            assert!(!path.exists());
        }
    }

    #[test]
    fn a_byte_order_mark_is_not_a_broken_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("doc.ron");
        std::fs::write(&path, "\u{feff}(version: 2, name: \"Ana\")").unwrap();
        let (doc, problem) = load::<Doc>(&path);
        assert!(problem.is_none(), "{problem:?}");
        assert_eq!(doc.name, "Ana");
    }

    #[test]
    fn path_like_profile_ids_are_refused() {
        let data = Path::new("/data");
        for id in ["", "..", "../../victim", "/abs/path", "a/b", "Ana", "a b"] {
            assert!(ProfileDir::new(data, id).is_err(), "{id:?}");
        }
        assert!(ProfileDir::new(data, "p-3f9a").is_ok());
        assert!(ProfileDir::new(data, profiles::DEFAULT_PROFILE).is_ok());
    }

    #[test]
    fn erase_only_touches_a_direct_child_of_the_profiles_folder() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        let victim = dir.path().join("victim");
        std::fs::create_dir_all(&victim).unwrap();
        std::fs::write(victim.join("canary.txt"), "alive").unwrap();
        std::fs::create_dir_all(data.join("profiles").join("p-1")).unwrap();
        std::fs::create_dir_all(data.join("profiles").join("p-2")).unwrap();
        for id in ["", "../../victim", "../victim", victim.to_str().unwrap()] {
            assert!(erase_profile_folder(&data, id).is_err(), "{id:?}");
        }
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(&victim, data.join("profiles").join("p-link")).unwrap();
            assert!(erase_profile_folder(&data, "p-link").is_err());
        }
        assert!(victim.join("canary.txt").exists());
        erase_profile_folder(&data, "p-1").unwrap();
        assert!(!data.join("profiles").join("p-1").exists());
        assert!(data.join("profiles").join("p-2").exists());
    }
}
