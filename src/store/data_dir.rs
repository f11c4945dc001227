//! Which folder the app saves into.

use std::path::{Path, PathBuf};

/// Name of the folder that, placed beside the executable, turns on portable mode
/// (everything is saved on the USB stick the app runs from).
pub const PORTABLE_FOLDER: &str = "ankleback-data";

/// Where the data folder came from; shown on the About screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DataDirChoice {
    /// `--data-dir DIR` on the command line.
    CommandLine(PathBuf),
    /// An `ankleback-data` folder beside the executable.
    Portable(PathBuf),
    /// The operating system's usual place for app data.
    System(PathBuf),
}

impl DataDirChoice {
    /// The folder itself.
    pub fn path(&self) -> &Path {
        match self {
            DataDirChoice::CommandLine(path)
            | DataDirChoice::Portable(path)
            | DataDirChoice::System(path) => path,
        }
    }

    /// Plain description of why this folder is used.
    pub fn reason(&self) -> &'static str {
        match self {
            DataDirChoice::CommandLine(_) => "chosen with --data-dir",
            DataDirChoice::Portable(_) => "portable mode: the ankleback-data folder beside the app",
            DataDirChoice::System(_) => "this computer's usual folder for app data",
        }
    }
}

/// Picks the data folder: `--data-dir` wins, then portable mode, then the system folder
/// (e.g. `~/.local/share/ankleback` on Linux). `None` only when the system has no home folder.
pub fn resolve_data_dir(cli_dir: Option<&Path>, exe_path: Option<&Path>) -> Option<DataDirChoice> {
    if let Some(dir) = cli_dir {
        return Some(DataDirChoice::CommandLine(dir.to_path_buf()));
    }
    if let Some(portable) = exe_path
        .and_then(Path::parent)
        .map(|folder| folder.join(PORTABLE_FOLDER))
        .filter(|folder| folder.is_dir())
    {
        return Some(DataDirChoice::Portable(portable));
    }
    directories::ProjectDirs::from("org", "AnkleBack", "ankleback")
        .map(|dirs| DataDirChoice::System(dirs.data_dir().to_path_buf()))
}

/// Whether the app can save in `dir`: makes and removes an empty probe folder there, or, when
/// `dir` does not exist yet, in the nearest folder above it (where the app would create it).
/// The error says what stops it, e.g. "Read-only file system" for a locked USB stick or a CD.
pub fn check_writable(dir: &Path) -> std::io::Result<()> {
    let mut base = dir;
    while !base.exists() {
        match base.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => base = parent,
            _ => {
                base = Path::new(".");
                break;
            }
        }
    }
    let probe = base.join(format!(".ankleback-write-check-{}", std::process::id()));
    std::fs::create_dir(&probe)?;
    std::fs::remove_dir(&probe)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn command_line_wins() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join(PORTABLE_FOLDER)).unwrap();
        let exe = dir.path().join("ankleback");
        let chosen = resolve_data_dir(Some(Path::new("/tmp/x")), Some(&exe)).unwrap();
        assert_eq!(chosen, DataDirChoice::CommandLine("/tmp/x".into()));
    }

    #[test]
    fn portable_folder_beside_the_executable() {
        let dir = tempfile::tempdir().unwrap();
        let exe = dir.path().join("ankleback");
        assert!(!matches!(
            resolve_data_dir(None, Some(&exe)),
            Some(DataDirChoice::Portable(_))
        ));
        std::fs::create_dir(dir.path().join(PORTABLE_FOLDER)).unwrap();
        assert_eq!(
            resolve_data_dir(None, Some(&exe)),
            Some(DataDirChoice::Portable(dir.path().join(PORTABLE_FOLDER)))
        );
    }

    #[test]
    fn writable_folder_and_missing_folder_under_a_writable_one() {
        let dir = tempfile::tempdir().unwrap();
        check_writable(dir.path()).unwrap();
        check_writable(&dir.path().join("not/yet/made")).unwrap();
        assert_eq!(
            std::fs::read_dir(dir.path()).unwrap().count(),
            0,
            "the probe is removed"
        );
    }

    #[cfg(unix)]
    #[test]
    fn folder_without_write_permission_is_reported() {
        use std::os::unix::fs::PermissionsExt as _;
        let dir = tempfile::tempdir().unwrap();
        let locked = dir.path().join("locked");
        std::fs::create_dir(&locked).unwrap();
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o500)).unwrap();
        // root may write anywhere; the check then rightly says the folder can be written.
        let probe_as_root = std::fs::create_dir(locked.join("x")).is_ok();
        let _ = std::fs::remove_dir(locked.join("x"));
        assert_eq!(check_writable(&locked).is_err(), !probe_as_root);
        assert_eq!(
            check_writable(&locked.join("data")).is_err(),
            !probe_as_root
        );
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o700)).unwrap();
    }

    #[test]
    fn a_file_in_the_way_is_reported() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("file");
        std::fs::write(&file, "x").unwrap();
        assert!(check_writable(&file).is_err());
    }
}
