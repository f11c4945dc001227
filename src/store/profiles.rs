//! Profiles on one computer (a shared clinic PC), and moving a profile to another computer.

use std::path::Path;

use serde::{Deserialize, Serialize};

pub use super::export::{EXPORT_VERSION, ExportFormatError, ProfileExport, parse_export};
use super::{Document, Problem, StoreError};
use crate::messages::Said;
use crate::progress::Progress;
use crate::settings::Settings;

/// The list of profiles, in `<data>/profiles.ron`.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(default)]
pub struct Profiles {
    /// File format version.
    pub version: u32,
    /// Id of the profile in use.
    pub active: String,
    /// Every profile.
    pub list: Vec<ProfileEntry>,
}

/// One profile.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
pub struct ProfileEntry {
    /// Folder name under `profiles/`.
    pub id: String,
    /// Name shown to the user.
    pub name: String,
    /// Salted Argon2id hash of the profile's PIN, if it has one (see [`super::pin`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pin_hash: Option<String>,
}

/// Id of the profile that older versions made on first start (still valid).
pub const DEFAULT_PROFILE: &str = "default";

impl Default for Profiles {
    /// No profiles yet: on first start the app asks for a name.
    fn default() -> Self {
        Self {
            version: Self::VERSION,
            active: String::new(),
            list: Vec::new(),
        }
    }
}

impl Document for Profiles {
    const FILE_NAME: &'static str = "profiles.ron";
    const VERSION: u32 = 1;

    fn set_version(&mut self, version: u32) {
        self.version = version;
    }
}

/// Whether `id` is a profile id this app makes: 1–40 of `a-z`, `0-9` and `-`. Only such ids
/// become folder names, so no id can name a path outside `<data>/profiles/`.
pub fn is_valid_id(id: &str) -> bool {
    (1..=40).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && id != "-"
}

/// A new opaque profile id such as `p-3f9a2c1b`. Random, so two copies of the app adding a
/// profile at the same moment do not pick the same id, and never derived from a person's
/// name (folder names can be listed by other accounts).
pub fn new_id() -> String {
    use std::hash::{BuildHasher as _, Hasher as _};
    // std seeds each RandomState from the OS; mixing in the time and a counter keeps ids
    // apart within one process too.
    static COUNTER: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let mut hasher = std::hash::RandomState::new().build_hasher();
    hasher.write_u64(COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed));
    if let Ok(since) = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH) {
        hasher.write_u128(since.as_nanos());
    }
    format!("p-{:08x}", hasher.finish() & 0xffff_ffff)
}

/// A person's name as part of a file name: letters and digits kept (any script), runs of
/// anything else become one `-`, at most 40 characters; `profile` when nothing is left.
pub fn file_name_part(name: &str) -> String {
    let mut out = String::new();
    for c in name.trim().chars() {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    let out: String = out.trim_matches('-').chars().take(40).collect();
    if out.is_empty() {
        "profile".to_owned()
    } else {
        out
    }
}

/// One change to the profile list. Changes are kept until saved and replayed onto the list
/// on disk, so that two copies of the app never undo each other's changes.
#[derive(Clone, Debug, PartialEq)]
pub enum ProfileChange {
    /// A new profile.
    Add(ProfileEntry),
    /// A profile was erased.
    Remove(String),
    /// A new name for a profile.
    Rename {
        /// Profile id.
        id: String,
        /// The new name.
        name: String,
    },
    /// The profile in use.
    SetActive(String),
    /// A new PIN hash for a profile (`None`: no PIN).
    SetPin {
        /// Profile id.
        id: String,
        /// The hash.
        pin_hash: Option<String>,
    },
}

impl Profiles {
    /// The active profile's entry.
    pub fn active_entry(&self) -> Option<&ProfileEntry> {
        self.list.iter().find(|p| p.id == self.active)
    }

    /// A profile by id.
    pub fn entry(&self, id: &str) -> Option<&ProfileEntry> {
        self.list.iter().find(|p| p.id == id)
    }

    /// A profile by name (case-insensitive).
    pub fn by_name(&self, name: &str) -> Option<&ProfileEntry> {
        self.list
            .iter()
            .find(|p| p.name.trim().eq_ignore_ascii_case(name.trim()))
    }

    /// Adds a profile named `name` with a new opaque id (see [`new_id`]) that is not in the
    /// list and for which `taken` (e.g. "a folder exists") is false; returns the id.
    pub fn add(&mut self, name: &str, taken: impl Fn(&str) -> bool) -> String {
        let mut id = new_id();
        while self.entry(&id).is_some() || taken(&id) {
            id = new_id();
        }
        self.list.push(ProfileEntry {
            id: id.clone(),
            name: name.trim().to_owned(),
            pin_hash: None,
        });
        id
    }

    /// Applies one change. Replaying a change that is already in the list changes nothing.
    pub fn apply(&mut self, change: &ProfileChange) {
        match change {
            ProfileChange::Add(entry) => match self.list.iter_mut().find(|p| p.id == entry.id) {
                Some(existing) => existing.name.clone_from(&entry.name),
                None => self.list.push(entry.clone()),
            },
            ProfileChange::Remove(id) => {
                self.list.retain(|p| &p.id != id);
                if &self.active == id {
                    // Never open someone else's profile by itself: the app asks.
                    self.active.clear();
                }
            }
            ProfileChange::Rename { id, name } => {
                if let Some(entry) = self.list.iter_mut().find(|p| &p.id == id) {
                    entry.name.clone_from(name);
                }
            }
            ProfileChange::SetActive(id) => self.active.clone_from(id),
            ProfileChange::SetPin { id, pin_hash } => {
                if let Some(entry) = self.list.iter_mut().find(|p| &p.id == id) {
                    entry.pin_hash.clone_from(pin_hash);
                }
            }
        }
    }

    /// Drops entries whose id is not valid ([`is_valid_id`]) or is listed twice, and makes
    /// `active` name a listed profile. Returns the names of the dropped entries.
    pub fn drop_invalid(&mut self) -> Vec<String> {
        let mut dropped = Vec::new();
        let mut seen = std::collections::HashSet::new();
        self.list.retain(|p| {
            let keep = is_valid_id(&p.id) && seen.insert(p.id.clone());
            if !keep {
                dropped.push(p.name.clone());
            }
            keep
        });
        if self.entry(&self.active).is_none() {
            self.active.clear();
        }
        dropped
    }
}

/// Reads `<data>/profiles.ron` and checks it against the `profiles/*/` folders, so no
/// profile disappears from the list:
/// - entries with an id that is not valid are dropped (their folder, if any, is left alone);
/// - a missing, broken or newer file is rebuilt from the folders, with the names that can
///   be salvaged from the broken file;
/// - folders with saved files that the list does not name (left by a copy that could not save
///   the list) are added back.
///
/// Returns the list, what to tell the user, and whether the file was not there at all (a
/// first start). The list may be empty (a first start, or nothing could be found).
pub fn load_profiles(data_dir: &Path) -> (Profiles, Vec<Problem>, bool) {
    let path = data_dir.join(Profiles::FILE_NAME);
    let first_start = !path.exists() && !path.is_symlink();
    // Read the text first: if the file is broken, `load` moves it aside, and the names in it
    // are still worth salvaging.
    let old_text =
        super::safe_read::read_regular_file(&path, super::safe_read::USER_FILE_CAP_BYTES)
            .ok()
            .map(|bytes| String::from_utf8_lossy(&bytes).into_owned());
    let (mut profiles, problem) = super::load::<Profiles>(&path);
    let mut problems = Vec::new();
    let dropped = profiles.drop_invalid();
    if !dropped.is_empty() {
        problems.push(Problem {
            said: vec![
                Said::new("profiles-dropped")
                    .number("count", dropped.len())
                    .text("ids", dropped.join(", ")),
            ],
            kept_at: None,
            blocks_saving: false,
        });
    }
    let salvaged = match (&problem, &old_text) {
        (Some(_), Some(text)) => salvage_names(text),
        _ => Vec::new(),
    };
    let mut found = 0;
    for id in profile_folders(data_dir) {
        if profiles.entry(&id).is_none() {
            let name = salvaged
                .iter()
                .find(|(salvaged_id, _)| salvaged_id == &id)
                .map(|(_, name)| name.clone())
                .unwrap_or_else(|| format!("Profile {id}"));
            profiles.list.push(ProfileEntry {
                id,
                name,
                pin_hash: None,
            });
            found += 1;
        }
    }
    match problem {
        Some(mut problem) => {
            if found > 0 {
                problem
                    .said
                    .push(Said::new("profiles-rebuilt").number("count", found));
            }
            problems.insert(0, problem);
        }
        None if found > 0 && !first_start => problems.push(Problem {
            said: vec![Said::new("profiles-added-back").number("count", found)],
            kept_at: None,
            blocks_saving: false,
        }),
        None => {}
    }
    (profiles, problems, first_start)
}

/// Ids of the `<data>/profiles/*/` folders that hold saved files, sorted.
fn profile_folders(data_dir: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(data_dir.join("profiles")) else {
        return Vec::new();
    };
    let mut ids: Vec<String> = entries
        .flatten()
        .filter(|entry| entry.file_type().is_ok_and(|t| t.is_dir()))
        .filter_map(|entry| entry.file_name().to_str().map(str::to_owned))
        .filter(|id| is_valid_id(id))
        .filter(|id| {
            let folder = data_dir.join("profiles").join(id);
            std::fs::read_dir(folder).is_ok_and(|mut files| {
                files.any(|f| {
                    f.is_ok_and(|f| {
                        let name = f.file_name();
                        let name = name.to_string_lossy();
                        name.starts_with(Settings::FILE_NAME)
                            || name.starts_with(Progress::FILE_NAME)
                    })
                })
            })
        })
        .collect();
    ids.sort();
    ids
}

/// `(id, name)` pairs that can still be read in a broken `profiles.ron`: each `id: "…"`
/// followed by a `name: "…"` before the next id.
pub fn salvage_names(text: &str) -> Vec<(String, String)> {
    fn quoted_after<'t>(text: &'t str, key: &str) -> Option<(&'t str, &'t str)> {
        let at = text.find(key)?;
        let rest = text[at + key.len()..].trim_start();
        let rest = rest.strip_prefix('"')?;
        let end = rest.find('"')?;
        Some((&rest[..end], &rest[end + 1..]))
    }
    let mut pairs = Vec::new();
    let mut rest = text;
    while let Some((id, after_id)) = quoted_after(rest, "id:") {
        let next_id = after_id.find("id:").unwrap_or(after_id.len());
        if let Some((name, _)) = quoted_after(&after_id[..next_id], "name:")
            && is_valid_id(id)
            && !name.trim().is_empty()
        {
            pairs.push((id.to_owned(), name.trim().to_owned()));
        }
        rest = after_id;
    }
    pairs
}

/// Saves the profile list: under the data-folder lock, reads the list on disk (another copy
/// may have changed it), replays `changes` onto it and writes it atomically. When the file on
/// disk cannot be read, `ours` is the base. Returns the list as saved.
pub fn save_merged(
    data_dir: &Path,
    ours: &Profiles,
    changes: &[ProfileChange],
) -> Result<Profiles, StoreError> {
    let path = data_dir.join(Profiles::FILE_NAME);
    let write_error = |source| StoreError::Write {
        path: path.clone(),
        source,
    };
    let _lock = super::lock::lock_data_folder(data_dir).map_err(write_error)?;
    let on_disk = super::safe_read::read_text_file(&path, super::safe_read::USER_FILE_CAP_BYTES)
        .ok()
        .and_then(|text| ron::from_str::<Profiles>(&text).ok())
        .filter(|p| p.version <= Profiles::VERSION);
    let mut merged = match on_disk {
        Some(mut disk) => {
            disk.drop_invalid();
            for change in changes {
                disk.apply(change);
            }
            disk
        }
        None => ours.clone(),
    };
    if merged.entry(&merged.active).is_none() {
        merged.active.clear();
    }
    super::save(&path, &merged)?;
    Ok(merged)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn two() -> (Profiles, String, String) {
        let mut profiles = Profiles::default();
        let a = profiles.add("Ana María / Clinic 2", |_| false);
        let b = profiles.add("Ana María / Clinic 2", |_| false);
        profiles.active = a.clone();
        (profiles, a, b)
    }

    #[test]
    fn ids_are_unique_valid_and_not_made_from_names() {
        let (_, a, b) = two();
        assert_ne!(a, b);
        for id in [&a, &b] {
            assert!(is_valid_id(id), "{id}");
            assert!(id.starts_with("p-"), "{id}");
            assert!(!id.contains("ana"), "{id}");
        }
        // An id whose folder exists (e.g. left by another copy) is not reused.
        let first = std::cell::Cell::new(true);
        let mut profiles = Profiles::default();
        let id = profiles.add("Ben", |_| first.replace(false));
        assert!(is_valid_id(&id));
    }

    #[test]
    fn id_form() {
        for ok in ["default", "p-3f9a2c1b", "ana", "a-2", &"a".repeat(40)] {
            assert!(is_valid_id(ok), "{ok}");
        }
        let long = "a".repeat(41);
        for bad in [
            "", "-", "..", "../x", "/abs", "Ana", "a b", "a.b", "a/b", &long,
        ] {
            assert!(!is_valid_id(bad), "{bad}");
        }
    }

    #[test]
    fn removing_the_active_profile_opens_no_other() {
        let (mut profiles, a, b) = two();
        profiles.apply(&ProfileChange::Remove(a.clone()));
        assert_eq!(profiles.active, "", "nobody else's profile becomes active");
        assert_eq!(profiles.list.len(), 1);
        assert_eq!(profiles.list[0].id, b);
        let before = profiles.clone();
        profiles.apply(&ProfileChange::Remove(a));
        assert_eq!(profiles, before, "replaying a change changes nothing");
    }

    #[test]
    fn invalid_and_duplicate_entries_are_dropped() {
        let mut profiles: Profiles = ron::from_str(
            r#"(version: 1, active: "../../victim", list: [
                (id: "../../victim", name: "Eve"), (id: "", name: "Empty"),
                (id: "/abs/path", name: "Abs"), (id: "ana", name: "Ana"), (id: "ana", name: "Ana 2")])"#,
        )
        .unwrap();
        let dropped = profiles.drop_invalid();
        assert_eq!(dropped, ["Eve", "Empty", "Abs", "Ana 2"]);
        assert_eq!(profiles.list.len(), 1);
        assert_eq!(
            profiles.active, "",
            "an unknown active profile: the app asks who it is"
        );
    }

    fn data_with_folders(ids: &[&str]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for id in ids {
            let folder = dir.path().join("profiles").join(id);
            std::fs::create_dir_all(&folder).unwrap();
            std::fs::write(folder.join("progress.ron"), "(version: 2)").unwrap();
        }
        dir
    }

    #[test]
    fn a_broken_list_is_rebuilt_from_the_folders_with_salvaged_names() {
        let dir = data_with_folders(&["ana", "p-00000002", "p-00000003"]);
        std::fs::write(
            dir.path().join("profiles.ron"),
            "(version: 1, active: \"ana\", list: [(id: \"ana\", name: \"Ana\"), (id: \"p-00000002\", name: \"Ben\"), (id: \"p-0000",
        )
        .unwrap();
        let (profiles, problems, first_start) = load_profiles(dir.path());
        assert!(!first_start);
        let names: Vec<&str> = profiles.list.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Ana", "Ben", "Profile p-00000003"]);
        assert_eq!(problems.len(), 1);
        assert!(problems[0].english().contains("rebuilt"), "{problems:?}");
        assert!(
            problems[0].kept_at.as_ref().unwrap().exists(),
            "the broken file is kept"
        );
    }

    #[test]
    fn a_missing_list_is_rebuilt_and_a_first_start_is_told_apart() {
        let empty = tempfile::tempdir().unwrap();
        let (profiles, problems, first_start) = load_profiles(empty.path());
        assert!(first_start);
        assert!(profiles.list.is_empty());
        assert!(problems.is_empty());

        let dir = data_with_folders(&["ana", "ben"]);
        let (profiles, problems, first_start) = load_profiles(dir.path());
        assert!(first_start);
        assert_eq!(profiles.list.len(), 2);
        assert!(problems.is_empty() || problems[0].english().contains("added back"));
    }

    #[test]
    fn folders_missing_from_the_list_are_added_back_and_bad_ids_never_become_paths() {
        let dir = data_with_folders(&["ana", "carl"]);
        std::fs::write(
            dir.path().join("profiles.ron"),
            r#"(version: 1, active: "ana", list: [(id: "ana", name: "Ana"), (id: "", name: "All")])"#,
        )
        .unwrap();
        let (profiles, problems, _) = load_profiles(dir.path());
        let ids: Vec<&str> = profiles.list.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids, ["ana", "carl"]);
        assert_eq!(profiles.active, "ana");
        assert_eq!(problems.len(), 2, "{problems:?}");
    }

    #[test]
    fn two_copies_changing_the_list_keep_each_others_changes() {
        let dir = tempfile::tempdir().unwrap();
        let mut first = Profiles::default();
        let ana = first.add("Ana", |_| false);
        first.active = ana.clone();
        let changes = [
            ProfileChange::Add(first.entry(&ana).unwrap().clone()),
            ProfileChange::SetActive(ana.clone()),
        ];
        first = save_merged(dir.path(), &first, &changes).unwrap();
        // A second copy read the list now.
        let mut second = first.clone();
        // The first copy adds Carl.
        let carl = first.add("Carl", |_| false);
        let add_carl = ProfileChange::Add(first.entry(&carl).unwrap().clone());
        save_merged(dir.path(), &first, &[add_carl]).unwrap();
        // The second copy, with its stale list, renames Ana and adds Dina.
        let dina = second.add("Dina", |_| false);
        let changes = [
            ProfileChange::Rename {
                id: ana.clone(),
                name: "Ana M".into(),
            },
            ProfileChange::Add(second.entry(&dina).unwrap().clone()),
        ];
        let merged = save_merged(dir.path(), &second, &changes).unwrap();
        let names: Vec<&str> = merged.list.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Ana M", "Carl", "Dina"]);
        let (on_disk, problems, _) = load_profiles(dir.path());
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(on_disk, merged);
    }

    #[test]
    fn salvage_reads_pairs_in_order() {
        let pairs = salvage_names(
            r#"list: [(id: "ana", name: "Ana"), (id: "../x", name: "X"), (id: "ben", name:"Ben"), (id: "c"#,
        );
        assert_eq!(
            pairs,
            [("ana".into(), "Ana".into()), ("ben".into(), "Ben".into())]
        );
    }
}
