//! Crash-safe file writes and careful reads.
//!
//! A save writes a temporary file in the same folder, flushes and syncs it, renames it over
//! the old file and syncs the folder, so a crash or power cut leaves either the old file or
//! the new one, never a half-written mix. Files are readable by the user alone (0600 on Unix).

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};

/// Writes `bytes` to `path` atomically (see the module docs).
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let folder = path.parent().unwrap_or(Path::new("."));
    create_private_dir_all(folder)?;
    let file_name = path
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_else(|| "file".to_owned());
    let temp_path = folder.join(format!(".{file_name}.{}.tmp", std::process::id()));

    let result = (|| {
        let mut file = create_private(&temp_path)?;
        file.write_all(bytes)?;
        file.flush()?;
        file.sync_all()?;
        drop(file);
        fs::rename(&temp_path, path)?;
        sync_folder(folder)
    })();
    if result.is_err() {
        // Best effort: the temporary file is ours and holds nothing the user needs.
        let _ = fs::remove_file(&temp_path);
    }
    result
}

/// Removes temporary files left in `folder` by a save that was cut off (a crash or power cut
/// between writing and renaming). Only call this while holding the folder's lock: then no
/// other save can be in progress. Returns how many were removed.
pub fn remove_stale_temp_files(folder: &Path) -> usize {
    let Ok(entries) = fs::read_dir(folder) else {
        return 0;
    };
    entries
        .filter_map(Result::ok)
        .filter(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            name.starts_with('.') && name.ends_with(".tmp")
        })
        .filter(|entry| fs::remove_file(entry.path()).is_ok())
        .count()
}

/// Creates `folder` and any missing parents, readable by the user alone (0700 on Unix).
/// Folders that already exist keep their permissions (see [`make_private`]).
pub fn create_private_dir_all(folder: &Path) -> io::Result<()> {
    if folder.is_dir() {
        return Ok(());
    }
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt as _;
        builder.mode(0o700);
    }
    builder.create(folder)
}

/// Makes an existing folder or file of the app's readable by the user alone (0700 for
/// folders, 0600 for files, on Unix). Best effort: a failure is logged, not fatal.
pub fn make_private(path: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let Ok(metadata) = fs::symlink_metadata(path) else {
            return;
        };
        let wanted = if metadata.is_dir() {
            0o700
        } else if metadata.is_file() {
            0o600
        } else {
            return;
        };
        if metadata.permissions().mode() & 0o777 != wanted
            && let Err(err) = fs::set_permissions(path, fs::Permissions::from_mode(wanted))
        {
            log::warn!("could not make {} private: {err}", path.display());
        }
    }
    #[cfg(not(unix))]
    {
        let _ = path;
    }
}

/// Creates (or truncates) a file that only the user can read and write.
fn create_private(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.mode(0o600);
    }
    options.open(path)
}

/// Makes a rename durable: on Unix the folder entry itself must be synced.
fn sync_folder(folder: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        File::open(folder)?.sync_all()?;
    }
    #[cfg(not(unix))]
    {
        let _ = folder;
    }
    Ok(())
}

/// Moves a file that could not be used out of the way, under a new name with a timestamp
/// (`settings.ron` → `settings.ron.broken-20261122-010655`), and returns the new path.
/// The file is never deleted: the user's data may still be recovered from it by hand.
pub fn keep_aside(path: &Path, why: &str) -> io::Result<PathBuf> {
    let stamp = jiff::Zoned::now().strftime("%Y%m%d-%H%M%S").to_string();
    let file_name = path
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    let folder = path.parent().unwrap_or(Path::new("."));
    let mut candidate = folder.join(format!("{file_name}.{why}-{stamp}"));
    let mut n = 1;
    while candidate.exists() {
        n += 1;
        candidate = folder.join(format!("{file_name}.{why}-{stamp}-{n}"));
    }
    fs::rename(path, &candidate)?;
    Ok(candidate)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn write_then_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a").join("b.ron");
        write_atomic(&path, b"one").unwrap();
        write_atomic(&path, b"two").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"two");
        let leftovers: Vec<_> = fs::read_dir(path.parent().unwrap())
            .unwrap()
            .filter_map(Result::ok)
            .filter(|entry| entry.file_name().to_string_lossy().ends_with(".tmp"))
            .collect();
        assert!(leftovers.is_empty(), "temporary files left behind");
    }

    #[cfg(unix)]
    #[test]
    fn files_are_private() {
        use std::os::unix::fs::PermissionsExt as _;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.ron");
        write_atomic(&path, b"x").unwrap();
        let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }

    #[cfg(unix)]
    #[test]
    fn new_folders_are_private_and_old_ones_can_be_made_private() {
        use std::os::unix::fs::PermissionsExt as _;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a").join("b").join("c.ron");
        write_atomic(&path, b"x").unwrap();
        for folder in [dir.path().join("a"), dir.path().join("a").join("b")] {
            let mode = fs::metadata(&folder).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o700, "{}", folder.display());
        }
        let open = dir.path().join("open");
        fs::create_dir(&open).unwrap();
        fs::set_permissions(&open, fs::Permissions::from_mode(0o755)).unwrap();
        make_private(&open);
        let mode = fs::metadata(&open).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o700);
    }

    #[test]
    fn stale_temp_files_are_removed_and_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join(".progress.ron.123.tmp"), "half").unwrap();
        fs::write(dir.path().join("progress.ron"), "whole").unwrap();
        assert_eq!(remove_stale_temp_files(dir.path()), 1);
        assert!(dir.path().join("progress.ron").exists());
    }

    #[test]
    fn keep_aside_never_overwrites() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.ron");
        fs::write(&path, "first").unwrap();
        let a = keep_aside(&path, "broken").unwrap();
        fs::write(&path, "second").unwrap();
        let b = keep_aside(&path, "broken").unwrap();
        assert_ne!(a, b);
        assert_eq!(fs::read_to_string(a).unwrap(), "first");
        assert_eq!(fs::read_to_string(b).unwrap(), "second");
        assert!(!path.exists());
    }
}
