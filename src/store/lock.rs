//! One copy of the app writes to a profile at a time: an OS file lock on `<profile>/.lock`.
//! A second copy opens the profile read-only and says why. The lock goes with the process,
//! so a crash never leaves a stale lock behind.

use std::fs::{File, OpenOptions, TryLockError};
use std::io;
use std::path::Path;

/// Held while this copy of the app may write to a profile.
#[derive(Debug)]
pub struct ProfileLock {
    _file: File,
}

/// Takes the profile's lock. `Ok(None)` when another copy of the app holds it.
pub fn try_lock_profile(profile_root: &Path) -> io::Result<Option<ProfileLock>> {
    std::fs::create_dir_all(profile_root)?;
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(profile_root.join(".lock"))?;
    match file.try_lock() {
        Ok(()) => Ok(Some(ProfileLock { _file: file })),
        Err(TryLockError::WouldBlock) => Ok(None),
        Err(TryLockError::Error(err)) => Err(err),
    }
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
}
