//! Profiles on one computer (a shared clinic PC), and moving a profile to another computer.

use serde::{Deserialize, Serialize};

use super::Document;
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
}

/// Id and name of the profile made on first start.
pub const DEFAULT_PROFILE: &str = "default";

impl Default for Profiles {
    fn default() -> Self {
        Self {
            version: Self::VERSION,
            active: DEFAULT_PROFILE.to_owned(),
            list: vec![ProfileEntry {
                id: DEFAULT_PROFILE.to_owned(),
                name: "Me".to_owned(),
            }],
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

impl Profiles {
    /// The active profile's entry.
    pub fn active_entry(&self) -> Option<&ProfileEntry> {
        self.list.iter().find(|p| p.id == self.active)
    }

    /// A profile by name (case-insensitive).
    pub fn by_name(&self, name: &str) -> Option<&ProfileEntry> {
        self.list
            .iter()
            .find(|p| p.name.trim().eq_ignore_ascii_case(name.trim()))
    }

    /// Adds a profile named `name` and returns its new, unused id.
    pub fn add(&mut self, name: &str) -> String {
        let base: String = name
            .trim()
            .to_lowercase()
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
            .collect::<String>()
            .trim_matches('-')
            .chars()
            .take(24)
            .collect();
        let base = if base.is_empty() {
            "profile".to_owned()
        } else {
            base
        };
        let mut id = base.clone();
        let mut n = 1;
        while self.list.iter().any(|p| p.id == id) {
            n += 1;
            id = format!("{base}-{n}");
        }
        self.list.push(ProfileEntry {
            id: id.clone(),
            name: name.trim().to_owned(),
        });
        id
    }

    /// Removes a profile from the list (its folder is erased by the caller). The last
    /// profile cannot be removed; the active one moves to the first remaining.
    pub fn remove(&mut self, id: &str) -> bool {
        if self.list.len() <= 1 {
            return false;
        }
        self.list.retain(|p| p.id != id);
        if self.active == id {
            self.active = self.list[0].id.clone();
        }
        true
    }
}

/// A whole profile in one file, to carry to another computer.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ProfileExport {
    /// Export format version.
    pub version: u32,
    /// The profile's name.
    pub name: String,
    /// Its settings.
    pub settings: Settings,
    /// Its progress.
    pub progress: Progress,
}

/// Current export format.
pub const EXPORT_VERSION: u32 = 1;

/// Reads an export file, checking its version.
pub fn parse_export(text: &str) -> Result<ProfileExport, String> {
    let export: ProfileExport = ron::from_str(text).map_err(|err| {
        format!(
            "line {}, column {}: {}",
            err.span.start.line, err.span.start.col, err.code
        )
    })?;
    if export.version > EXPORT_VERSION {
        return Err(format!(
            "this file was made by a newer AnkleBack (export format {}); update the app to import it",
            export.version
        ));
    }
    if export.name.trim().is_empty() {
        return Err("the profile in this file has no name".to_owned());
    }
    Ok(export)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_safe_for_folders() {
        let mut profiles = Profiles::default();
        let a = profiles.add("Ana María / Clinic 2");
        let b = profiles.add("Ana María / Clinic 2");
        assert_ne!(a, b);
        assert!(a.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'));
    }

    #[test]
    fn the_last_profile_stays() {
        let mut profiles = Profiles::default();
        assert!(!profiles.remove(DEFAULT_PROFILE));
        let id = profiles.add("Ben");
        profiles.active = id.clone();
        assert!(profiles.remove(&id));
        assert_eq!(profiles.active, DEFAULT_PROFILE);
    }

    #[test]
    fn export_round_trip_and_newer_versions_are_refused() {
        let export = ProfileExport {
            version: EXPORT_VERSION,
            name: "Ana".into(),
            settings: Settings::default(),
            progress: Progress::default(),
        };
        let text = ron::ser::to_string_pretty(&export, ron::ser::PrettyConfig::default()).unwrap();
        assert_eq!(parse_export(&text).unwrap(), export);
        let newer = text.replacen("version: 1", "version: 99", 1);
        assert!(parse_export(&newer).unwrap_err().contains("newer"));
        assert!(parse_export("(nonsense").is_err());
    }
}
