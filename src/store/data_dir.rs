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
}
