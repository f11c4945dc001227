//! User settings: reading level, text size, theme, motion. Plain data, saved per profile.

use serde::{Deserialize, Serialize};

use crate::handout::Paper;
use crate::store::{Document, lenient};

/// Which wording the articles, the body map and the self-check use.
#[derive(Clone, Copy, Debug, Default, Deserialize, Serialize, PartialEq, Eq)]
pub enum ReadingLevel {
    /// Plain words, short sentences (about school grade 6).
    #[default]
    Patient,
    /// Technical terms, figures and study details.
    Clinician,
}

impl ReadingLevel {
    /// Both levels, in display order.
    pub const ALL: [ReadingLevel; 2] = [ReadingLevel::Patient, ReadingLevel::Clinician];

    /// The id of its name in the UI's messages (`assets/i18n/<lang>/app.ftl`).
    pub fn message_id(self) -> &'static str {
        match self {
            ReadingLevel::Patient => "level-Patient",
            ReadingLevel::Clinician => "level-Clinician",
        }
    }

    /// Short label in English (for the command line; screens use [`Self::message_id`]).
    pub fn label(self) -> &'static str {
        match self {
            ReadingLevel::Patient => "Everyday words",
            ReadingLevel::Clinician => "Clinician detail",
        }
    }

    /// The other level.
    pub fn flipped(self) -> Self {
        match self {
            ReadingLevel::Patient => ReadingLevel::Clinician,
            ReadingLevel::Clinician => ReadingLevel::Patient,
        }
    }
}

/// Who is using the app, asked on first start.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq)]
pub enum Role {
    /// "I have pain".
    HavePain,
    /// "I care for someone".
    Carer,
    /// "I am a clinician".
    Clinician,
}

impl Role {
    /// All roles, in the order the welcome screen asks.
    pub const ALL: [Role; 3] = [Role::HavePain, Role::Carer, Role::Clinician];

    /// The id of the answer in the UI's messages (`assets/i18n/<lang>/app.ftl`).
    pub fn message_id(self) -> &'static str {
        match self {
            Role::HavePain => "role-HavePain",
            Role::Carer => "role-Carer",
            Role::Clinician => "role-Clinician",
        }
    }

    /// The reading level that suits this role.
    pub fn reading_level(self) -> ReadingLevel {
        match self {
            Role::HavePain | Role::Carer => ReadingLevel::Patient,
            Role::Clinician => ReadingLevel::Clinician,
        }
    }
}

/// Colour theme.
#[derive(Clone, Copy, Debug, Default, Deserialize, Serialize, PartialEq, Eq)]
pub enum Theme {
    /// Dark text on a light background.
    #[default]
    Light,
    /// Light text on a dark background.
    Dark,
    /// Black and white with strong outlines, for low vision.
    HighContrast,
}

impl Theme {
    /// All themes, in display order.
    pub const ALL: [Theme; 3] = [Theme::Light, Theme::Dark, Theme::HighContrast];

    /// The id of its name in the UI's messages (`assets/i18n/<lang>/app.ftl`).
    pub fn message_id(self) -> &'static str {
        match self {
            Theme::Light => "theme-Light",
            Theme::Dark => "theme-Dark",
            Theme::HighContrast => "theme-HighContrast",
        }
    }

    /// Name in English (tests find the radio by it; screens use [`Self::message_id`]).
    pub fn label(self) -> &'static str {
        match self {
            Theme::Light => "Light",
            Theme::Dark => "Dark",
            Theme::HighContrast => "High contrast",
        }
    }
}

/// Unit for shoe mileage.
#[derive(Clone, Copy, Debug, Default, Deserialize, Serialize, PartialEq, Eq)]
pub enum DistanceUnit {
    /// Kilometres.
    #[default]
    Kilometres,
    /// Miles.
    Miles,
}

impl DistanceUnit {
    /// The id of its short name in the UI's messages (`assets/i18n/<lang>/app.ftl`).
    pub fn message_id(self) -> &'static str {
        match self {
            DistanceUnit::Kilometres => "unit-Kilometres",
            DistanceUnit::Miles => "unit-Miles",
        }
    }

    /// Short name in English (screens use [`Self::message_id`]).
    pub fn label(self) -> &'static str {
        match self {
            DistanceUnit::Kilometres => "km",
            DistanceUnit::Miles => "miles",
        }
    }
}

/// Smallest and largest text size, in percent.
pub const TEXT_SCALE_RANGE: std::ops::RangeInclusive<u16> = 100..=200;

/// Everything the Settings screen changes. Unknown fields in a file are ignored and missing
/// ones take their defaults, so files from older and newer versions still load.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(default)]
pub struct Settings {
    /// File format version.
    pub version: u32,
    /// Answer to the first-start question; `None` until the welcome was completed.
    #[serde(deserialize_with = "lenient::optional_unit_enum")]
    pub role: Option<Role>,
    /// Reading level for articles and results.
    #[serde(deserialize_with = "lenient::unit_enum")]
    pub reading_level: ReadingLevel,
    /// Text size in percent, 100–200.
    pub text_scale_percent: u16,
    /// Colour theme.
    #[serde(deserialize_with = "lenient::unit_enum")]
    pub theme: Theme,
    /// Stop animations (pathway motion).
    pub reduce_motion: bool,
    /// Unit for shoe mileage.
    #[serde(deserialize_with = "lenient::unit_enum")]
    pub distance_unit: DistanceUnit,
    /// The local emergency number a clinic sets once (e.g. "112"); empty shows "your local
    /// emergency number, for example 112, 911 or 999". Copied into new profiles.
    pub emergency_number: String,
    /// Reading-aloud speed in words a minute (80–300).
    pub speech_rate: u32,
    /// Paper for handouts; `None` follows the computer's locale ([`Paper::from_system`]).
    #[serde(deserialize_with = "lenient::optional_unit_enum")]
    pub paper: Option<Paper>,
    /// The clinic's name, printed under a handout's title; empty prints none. A clinic sets
    /// it once: new profiles keep it.
    pub clinic_name: String,
    /// Content language code (`en`, `es`); empty until chosen (the system's language is used
    /// when the app offers it). A language the app does not offer shows English.
    #[serde(deserialize_with = "lenient_string")]
    pub language: String,
}

/// Reads a string; any other value gives an empty one (only this field is reset).
fn lenient_string<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Value {
        Text(String),
        Other(serde::de::IgnoredAny),
    }
    Ok(match Value::deserialize(deserializer)? {
        Value::Text(text) => text,
        Value::Other(_) => String::new(),
    })
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            version: Self::VERSION,
            role: None,
            reading_level: ReadingLevel::Patient,
            text_scale_percent: 100,
            theme: Theme::Light,
            reduce_motion: false,
            distance_unit: DistanceUnit::Kilometres,
            emergency_number: String::new(),
            speech_rate: 160,
            paper: None,
            clinic_name: String::new(),
            language: String::new(),
        }
    }
}

impl Settings {
    /// Whether the first-start welcome still has to be shown.
    pub fn needs_welcome(&self) -> bool {
        self.role.is_none()
    }

    /// Text size as a factor (1.0–2.0), clamped to the allowed range.
    pub fn text_scale(&self) -> f32 {
        let percent = self
            .text_scale_percent
            .clamp(*TEXT_SCALE_RANGE.start(), *TEXT_SCALE_RANGE.end());
        f32::from(percent) / 100.0
    }

    /// The paper handouts are printed on: the one chosen, else the locale's.
    pub fn paper(&self) -> Paper {
        self.paper.unwrap_or_else(Paper::from_system)
    }

    /// The clinic name to print, if one is set.
    pub fn clinic(&self) -> Option<&str> {
        Some(self.clinic_name.trim()).filter(|name| !name.is_empty())
    }

    /// Records the first-start answer and the reading level that goes with it.
    pub fn set_role(&mut self, role: Role) {
        self.role = Some(role);
        self.reading_level = role.reading_level();
    }
}

impl Document for Settings {
    const FILE_NAME: &'static str = "settings.ron";
    const VERSION: u32 = 1;

    fn set_version(&mut self, version: u32) {
        self.version = version;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store;

    #[test]
    fn save_and_load() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(Settings::FILE_NAME);
        let mut settings = Settings::default();
        settings.set_role(Role::Clinician);
        settings.text_scale_percent = 175;
        settings.theme = Theme::HighContrast;
        settings.reduce_motion = true;
        store::save(&path, &settings).unwrap();
        let (back, problem) = store::load::<Settings>(&path);
        assert!(problem.is_none());
        assert_eq!(back, settings);
        assert_eq!(back.reading_level, ReadingLevel::Clinician);
    }

    #[test]
    fn unknown_and_missing_fields() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(Settings::FILE_NAME);
        std::fs::write(
            &path,
            "(version: 1, theme: Dark, sparkles: true, colour_of_sky: \"blue\")",
        )
        .unwrap();
        let (settings, problem) = store::load::<Settings>(&path);
        assert!(problem.is_none(), "{problem:?}");
        assert_eq!(settings.theme, Theme::Dark);
        assert_eq!(settings.text_scale_percent, 100);
        assert!(settings.needs_welcome());
    }

    #[test]
    fn one_unknown_value_resets_only_its_own_field() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(Settings::FILE_NAME);
        std::fs::write(
            &path,
            "(version: 1, role: Some(Nurse), reading_level: Expert, text_scale_percent: 150, \
             theme: Purple, reduce_motion: true, distance_unit: Leagues)",
        )
        .unwrap();
        let (settings, problem) = store::load::<Settings>(&path);
        assert!(problem.is_none(), "{problem:?}");
        assert_eq!(settings.theme, Theme::Light);
        assert_eq!(settings.role, None);
        assert_eq!(settings.reading_level, ReadingLevel::Patient);
        assert_eq!(settings.distance_unit, DistanceUnit::Kilometres);
        assert_eq!(
            settings.text_scale_percent, 150,
            "the other settings are kept"
        );
        assert!(settings.reduce_motion);
    }

    #[test]
    fn paper_and_clinic_are_kept_and_an_unknown_paper_follows_the_locale() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(Settings::FILE_NAME);
        let settings = Settings {
            paper: Some(Paper::Letter),
            clinic_name: "  Hill Road Clinic ".into(),
            ..Settings::default()
        };
        store::save(&path, &settings).unwrap();
        let (back, _) = store::load::<Settings>(&path);
        assert_eq!(back.paper(), Paper::Letter);
        assert_eq!(back.clinic(), Some("Hill Road Clinic"));
        std::fs::write(&path, "(version: 1, paper: Some(Tabloid), theme: Dark)").unwrap();
        let (back, problem) = store::load::<Settings>(&path);
        assert!(problem.is_none(), "{problem:?}");
        assert_eq!(back.paper, None);
        assert_eq!(back.theme, Theme::Dark);
        assert_eq!(Settings::default().clinic(), None);
    }

    #[test]
    fn text_scale_is_clamped() {
        let settings = Settings {
            text_scale_percent: 900,
            ..Settings::default()
        };
        assert_eq!(settings.text_scale(), 2.0);
        let settings = Settings {
            text_scale_percent: 10,
            ..Settings::default()
        };
        assert_eq!(settings.text_scale(), 1.0);
    }

    #[test]
    fn role_sets_reading_level() {
        let mut settings = Settings::default();
        settings.set_role(Role::Carer);
        assert_eq!(settings.reading_level, ReadingLevel::Patient);
        assert!(!settings.needs_welcome());
    }
}
