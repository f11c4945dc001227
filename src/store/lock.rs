//! One copy of the app writes to a profile at a time: an OS file lock on `<profile>/.lock`.
//! A second copy opens the profile read-only and says why. The lock goes with the process,
//! so a crash never leaves a stale lock behind.
//!
//! The profile list (`profiles.ron`) is shared by every copy, so each change to it is made
//! under a second, short-lived lock on `<data>/.profiles.lock` (see [`lock_data_folder`]).

use std::fs::{File, OpenOptions, TryLockError};
use std::io;
use std::path::Path;

use super::atomic;

/// Held while this copy of the app may write to a profile.
#[derive(Debug)]
pub struct ProfileLock {
    _file: File,
}

/// Held while this copy changes the profile list; released when dropped.
#[derive(Debug)]
pub struct DataFolderLock {
    _file: File,
}

/// Name of the data-folder lock file.
pub const DATA_FOLDER_LOCK: &str = ".profiles.lock";

/// Takes the profile's lock. `Ok(None)` when another copy of the app holds it.
pub fn try_lock_profile(profile_root: &Path) -> io::Result<Option<ProfileLock>> {
    atomic::create_private_dir_all(profile_root)?;
    let file = open_lock_file(&profile_root.join(".lock"))?;
    match file.try_lock() {
        Ok(()) => Ok(Some(ProfileLock { _file: file })),
        Err(TryLockError::WouldBlock) => Ok(None),
        Err(TryLockError::Error(err)) => Err(err),
    }
}

/// Takes the data folder's lock for a change to the profile list, waiting while another copy
/// holds it (another copy only holds it for the few milliseconds of one save).
pub fn lock_data_folder(data_dir: &Path) -> io::Result<DataFolderLock> {
    atomic::create_private_dir_all(data_dir)?;
    let file = open_lock_file(&data_dir.join(DATA_FOLDER_LOCK))?;
    file.lock()?;
    Ok(DataFolderLock { _file: file })
}

/// Opens (creating it if needed) a lock file readable by the user alone.
fn open_lock_file(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.create(true).truncate(false).write(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.mode(0o600);
    }
    let file = options.open(path)?;
    // A lock file made by an older version may be 0644.
    atomic::make_private(path);
    Ok(file)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_lock_is_refused_until_the_first_is_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let first = try_lock_profile(dir.path()).unwrap();
        assert!(first.is_some());
        assert!(try_lock_profile(dir.path()).unwrap().is_none());
        drop(first);
        assert!(try_lock_profile(dir.path()).unwrap().is_some());
    }

    #[test]
    fn the_data_folder_lock_is_exclusive() {
        let dir = tempfile::tempdir().unwrap();
        let held = lock_data_folder(dir.path()).unwrap();
        let other = File::options()
            .write(true)
            .open(dir.path().join(DATA_FOLDER_LOCK))
            .unwrap();
        assert!(matches!(other.try_lock(), Err(TryLockError::WouldBlock)));
        drop(held);
        assert!(other.try_lock().is_ok());
    }

    #[cfg(unix)]
    #[test]
    fn lock_files_are_private() {
        use std::os::unix::fs::PermissionsExt as _;
        let dir = tempfile::tempdir().unwrap();
        let lock_path = dir.path().join(".lock");
        std::fs::write(&lock_path, "").unwrap();
        std::fs::set_permissions(&lock_path, std::fs::Permissions::from_mode(0o644)).unwrap();
        let _lock = try_lock_profile(dir.path()).unwrap();
        let _data = lock_data_folder(dir.path()).unwrap();
        for name in [".lock", DATA_FOLDER_LOCK] {
            let mode = std::fs::metadata(dir.path().join(name))
                .unwrap()
                .permissions()
                .mode()
                & 0o777;
            assert_eq!(mode, 0o600, "{name}");
        }
    }
}
