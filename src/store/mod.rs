//! The progress store: every file the app saves, as versioned RON, under one data folder.
//!
//! Plain Rust, no egui. Layout of the data folder:
//! ```text
//! <data>/profiles/<profile-id>/settings.ron
//! ```
//! Reads never lose data: a file that cannot be used is kept aside under a new name (see
//! [`atomic::keep_aside`]) and reported as a [`Problem`]; writes are atomic
//! ([`atomic::write_atomic`]).

pub mod atomic;
mod data_dir;
pub mod lock;
pub mod profiles;

pub use data_dir::{DataDirChoice, resolve_data_dir};

use serde::Serialize;
use serde::de::DeserializeOwned;
use std::path::{Path, PathBuf};

/// A kind of file the store keeps, with its name and format version.
pub trait Document: Serialize + DeserializeOwned + Default {
    /// File name inside the profile folder, e.g. `settings.ron`.
    const FILE_NAME: &'static str;
    /// The current format version, written into every saved file as `version`.
    const VERSION: u32;

    /// Reads a file written by an older version of the app. The default relies on
    /// `#[serde(default)]` fields, which covers added fields; override it for renames.
    fn migrate(text: &str, from_version: u32) -> Result<Self, String> {
        let _ = from_version;
        ron::from_str(text).map_err(|err| err.to_string())
    }

    /// Sets the `version` field before saving.
    fn set_version(&mut self, version: u32);
}

/// Something went wrong reading a file; shown to the user in a banner.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    /// What happened, in plain words.
    pub message: String,
    /// Where the original file now is, if it was moved aside.
    pub kept_at: Option<PathBuf>,
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

/// Only the version field of a file, to pick the migration.
#[derive(serde::Deserialize)]
struct VersionOnly {
    #[serde(default)]
    version: u32,
}

/// Loads a document from `path`. A missing file gives the default. A broken file, or one from
/// a newer app, is moved aside (never overwritten) and reported; what can be recovered is used.
pub fn load<T: Document>(path: &Path) -> (T, Option<Problem>) {
    let text = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return (T::default(), None),
        Err(err) => {
            // Unreadable (permissions, I/O error): leave it where it is, use defaults, and
            // say so. Saving will fail too, so nothing overwrites it.
            let problem = Problem {
                message: format!("Could not read your saved file ({err}): {}", path.display()),
                kept_at: Some(path.to_path_buf()),
            };
            return (T::default(), Some(problem));
        }
    };
    let text = match String::from_utf8(text) {
        Ok(text) => text,
        Err(_) => return set_aside(path, "is not a text file", "broken"),
    };
    let version = match ron::from_str::<VersionOnly>(&text) {
        Ok(v) => v.version,
        Err(err) => {
            let why = format!(
                "could not be read (line {}, column {})",
                err.span.start.line, err.span.start.col
            );
            return set_aside(path, &why, "broken");
        }
    };
    if version > T::VERSION {
        // A newer app wrote it. Keep the original safe, use what this version understands.
        let kept_at = match atomic::keep_aside(path, "newer") {
            Ok(kept_at) => kept_at,
            Err(err) => {
                log::warn!("could not move {} aside: {err}", path.display());
                path.to_path_buf()
            }
        };
        let recovered = ron::from_str::<T>(&text).unwrap_or_default();
        let problem = Problem {
            message: format!(
                "{} was saved by a newer version of AnkleBack (format {version}, this one reads {}). \
                 The original is kept as {}; this copy uses what it understands.",
                T::FILE_NAME,
                T::VERSION,
                kept_at.display()
            ),
            kept_at: Some(kept_at),
        };
        return (recovered, Some(problem));
    }
    let parsed = if version == T::VERSION {
        ron::from_str::<T>(&text).map_err(|err| err.to_string())
    } else {
        T::migrate(&text, version)
    };
    match parsed {
        Ok(value) => (value, None),
        Err(err) => {
            log::warn!("{err}");
            set_aside(path, "could not be understood", "broken")
        }
    }
}

fn set_aside<T: Document>(path: &Path, why: &str, tag: &str) -> (T, Option<Problem>) {
    match atomic::keep_aside(path, tag) {
        Ok(kept_at) => {
            let problem = Problem {
                message: format!(
                    "Your saved {} {why}. It was kept as {} and the app started with defaults.",
                    T::FILE_NAME,
                    kept_at.display()
                ),
                kept_at: Some(kept_at),
            };
            (T::default(), Some(problem))
        }
        Err(err) => {
            let problem = Problem {
                message: format!(
                    "Your saved {} {why}, and it could not be moved aside ({err}). \
                     It was left untouched at {}.",
                    T::FILE_NAME,
                    path.display()
                ),
                kept_at: Some(path.to_path_buf()),
            };
            (T::default(), Some(problem))
        }
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

/// Where one profile's files live.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProfileDir {
    root: PathBuf,
}

impl ProfileDir {
    /// The folder of profile `profile_id` under the data folder `data_dir`.
    pub fn new(data_dir: &Path, profile_id: &str) -> Self {
        Self {
            root: data_dir.join("profiles").join(profile_id),
        }
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
}
