//! A whole profile in one file (settings and progress), to carry to another computer: the
//! format, its version and how a file is read (the version first, so an export from a newer
//! AnkleBack says so instead of failing on a field it does not know).

use serde::{Deserialize, Serialize};

use crate::progress::Progress;
use crate::settings::Settings;

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

/// Why an export file's text is not a profile this app can import.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ExportFormatError {
    /// Not RON of the export's shape (or damaged), at this place.
    #[error(
        "This file is not an AnkleBack export, or it is damaged (line {line}, column {col}: {why})"
    )]
    Damaged {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        col: usize,
        /// What the reader expected.
        why: String,
    },
    /// Made by a newer AnkleBack: its version was read before anything else.
    #[error(
        "This file was made by a newer AnkleBack (export format {version}). Update the app to \
         import it"
    )]
    Newer {
        /// The file's export format.
        version: u32,
    },
    /// The profile has an empty name.
    #[error("The profile in this file has no name")]
    NoName,
}

impl From<ron::error::SpannedError> for ExportFormatError {
    fn from(err: ron::error::SpannedError) -> Self {
        ExportFormatError::Damaged {
            line: err.span.start.line,
            col: err.span.start.col,
            why: err.code.to_string(),
        }
    }
}

/// Reads an export file, checking its version first (a newer app may have added fields, so
/// it says "newer" instead of "unknown field").
pub fn parse_export(text: &str) -> Result<ProfileExport, ExportFormatError> {
    let text = super::safe_read::strip_bom(text);
    #[derive(Deserialize)]
    struct VersionOnly {
        version: u32,
    }
    let version = ron::from_str::<VersionOnly>(text)?.version;
    if version > EXPORT_VERSION {
        return Err(ExportFormatError::Newer { version });
    }
    let export: ProfileExport = ron::from_str(text)?;
    if export.name.trim().is_empty() {
        return Err(ExportFormatError::NoName);
    }
    Ok(export)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "tests")]
    use super::*;

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
        assert_eq!(parse_export(&format!("\u{feff}{text}")).unwrap(), export);
        let newer = text.replacen("version: 1", "version: 99", 1);
        assert_eq!(
            parse_export(&newer),
            Err(ExportFormatError::Newer { version: 99 })
        );
        let newer_with_field = newer.replacen("name:", "photo: \"x.png\",\n    name:", 1);
        assert_eq!(
            parse_export(&newer_with_field),
            Err(ExportFormatError::Newer { version: 99 }),
            "the version is read before the fields"
        );
        let err = parse_export("garbage").unwrap_err();
        assert!(
            matches!(err, ExportFormatError::Damaged { line: 1, .. }),
            "{err}"
        );
        assert!(
            err.to_string()
                .starts_with("This file is not an AnkleBack export"),
            "{err}"
        );
        assert!(parse_export("(nonsense").is_err());
    }
}
