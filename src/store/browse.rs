//! Listing folders for the app's own file chooser (no GTK or portal needed): folders first,
//! then the files a chooser is looking for, hidden entries left out. No egui.

use std::io;
use std::path::{Path, PathBuf};

/// Most entries listed in one folder (a folder with more says so).
pub const MAX_ENTRIES: usize = 500;

/// What a chooser is picking.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pick {
    /// A folder (to save into).
    Folder,
    /// A file with this extension (to open), e.g. `ron`.
    File(&'static str),
}

/// One folder's listing.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Listing {
    /// Sub-folders, sorted by name.
    pub folders: Vec<PathBuf>,
    /// Matching files, sorted by name (empty when picking a folder).
    pub files: Vec<PathBuf>,
    /// More entries than [`MAX_ENTRIES`] were left out.
    pub truncated: bool,
}

/// Lists `dir` for a chooser.
pub fn list(dir: &Path, pick: Pick) -> io::Result<Listing> {
    let mut listing = Listing::default();
    let mut count = 0;
    for entry in std::fs::read_dir(dir)?.flatten() {
        let name = entry.file_name();
        if name.to_string_lossy().starts_with('.') {
            continue;
        }
        count += 1;
        if count > MAX_ENTRIES {
            listing.truncated = true;
            break;
        }
        let path = entry.path();
        // `metadata` follows symlinks, so a link to a folder counts as a folder.
        let Ok(metadata) = std::fs::metadata(&path) else {
            continue;
        };
        if metadata.is_dir() {
            listing.folders.push(path);
        } else if let Pick::File(extension) = pick
            && metadata.is_file()
            && path
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case(extension))
        {
            listing.files.push(path);
        }
    }
    let by_name = |a: &PathBuf, b: &PathBuf| {
        a.file_name()
            .map(|n| n.to_string_lossy().to_lowercase())
            .cmp(&b.file_name().map(|n| n.to_string_lossy().to_lowercase()))
    };
    listing.folders.sort_by(by_name);
    listing.files.sort_by(by_name);
    Ok(listing)
}

/// Where a "Save as…" with the file name `name` typed in folder `dir` writes: the name with
/// `extension` added when it lacks it. A name that is empty, names a folder above, has a
/// path separator or starts with a dot (a hidden file) gets the id of a message saying so
/// (`assets/i18n/<lang>/files.ftl`).
pub fn save_target(dir: &Path, name: &str, extension: &str) -> Result<PathBuf, &'static str> {
    let name = name.trim();
    if name.is_empty() {
        return Err("files-name-empty");
    }
    if name.contains(['/', '\\']) || name.contains('\0') {
        return Err("files-name-separator");
    }
    if name.starts_with('.') {
        return Err("files-name-dot");
    }
    let has_extension = Path::new(name)
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case(extension));
    let file = if has_extension {
        name.to_owned()
    } else {
        format!("{name}.{extension}")
    };
    let path = dir.join(file);
    if path.is_dir() {
        return Err("files-name-folder");
    }
    Ok(path)
}

/// Places a chooser offers as shortcuts: the home folder and where USB sticks appear, each
/// with the id of its name (`files-home`, `files-documents`, `files-usb`).
pub fn shortcuts() -> Vec<(&'static str, PathBuf)> {
    let mut out = Vec::new();
    if let Some(home) = directories::UserDirs::new().map(|d| d.home_dir().to_path_buf()) {
        out.push(("files-home", home));
    }
    if let Some(docs) =
        directories::UserDirs::new().and_then(|d| d.document_dir().map(Path::to_path_buf))
    {
        out.push(("files-documents", docs));
    }
    for (name, path) in [("files-usb", "/media"), ("files-usb", "/run/media")] {
        let path = PathBuf::from(path);
        if path.is_dir() && !out.iter().any(|(_, p)| p == &path) {
            out.push((name, path));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folders_first_hidden_left_out_only_matching_files() {
        let dir = tempfile::tempdir().unwrap();
        for folder in ["b-stick", "A-docs", ".hidden"] {
            std::fs::create_dir(dir.path().join(folder)).unwrap();
        }
        for file in ["export.ron", "notes.txt", ".secret.ron", "Z.RON"] {
            std::fs::write(dir.path().join(file), "x").unwrap();
        }
        let names = |paths: &[PathBuf]| -> Vec<String> {
            paths
                .iter()
                .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
                .collect()
        };
        let listing = list(dir.path(), Pick::File("ron")).unwrap();
        assert_eq!(names(&listing.folders), ["A-docs", "b-stick"]);
        assert_eq!(names(&listing.files), ["export.ron", "Z.RON"]);
        let folders = list(dir.path(), Pick::Folder).unwrap();
        assert!(folders.files.is_empty());
        assert!(list(&dir.path().join("missing"), Pick::Folder).is_err());
    }

    #[test]
    fn a_save_name_gets_its_extension_and_bad_names_a_message() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        assert_eq!(save_target(d, " plan ", "pdf"), Ok(d.join("plan.pdf")));
        assert_eq!(save_target(d, "Plan.PDF", "pdf"), Ok(d.join("Plan.PDF")));
        assert_eq!(save_target(d, "a.b", "pdf"), Ok(d.join("a.b.pdf")));
        for bad in ["", "  ", "../x", "a/b", "a\\b", ".hidden", ".."] {
            assert!(save_target(d, bad, "pdf").is_err(), "{bad:?}");
        }
        std::fs::create_dir(d.join("folder.pdf")).unwrap();
        assert!(save_target(d, "folder", "pdf").is_err());
    }
}
