//! Careful reads of files a person points the app at (imports, answer files, content folders)
//! and of the app's own saved files.
//!
//! A path can name a FIFO, a device such as `/dev/zero`, a folder, or a file of gigabytes.
//! Reading those blindly hangs the window or exhausts memory, so every read first checks that
//! the path is a regular file under a size cap, and never reads more than the cap.

use std::fs::File;
use std::io::{self, Read as _};
use std::path::Path;

/// Largest file a person may point the app at (imports, `assess --answers`, content files).
pub const USER_FILE_CAP_BYTES: u64 = 16 * 1024 * 1024;

/// Largest saved file the app reads back (ten years of diary is about 1.4 MB).
pub const SAVED_FILE_CAP_BYTES: u64 = 256 * 1024 * 1024;

/// Removes a leading UTF-8 byte-order mark, which some editors add, so that RON parses.
pub fn strip_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

/// Reads `path` as bytes if it is a regular file (symlinks followed) of at most `cap_bytes`.
/// Folders, FIFOs, sockets and devices give an [`io::ErrorKind::InvalidInput`] error with a
/// plain message, without being opened (opening a FIFO would block).
pub fn read_regular_file(path: &Path, cap_bytes: u64) -> io::Result<Vec<u8>> {
    let metadata = std::fs::metadata(path)?;
    check_metadata(&metadata, cap_bytes)?;
    let file = File::open(path)?;
    // The path may have been swapped between the check and the open: check what was opened.
    check_metadata(&file.metadata()?, cap_bytes)?;
    let mut bytes = Vec::with_capacity(usize::try_from(metadata.len()).unwrap_or(0));
    file.take(cap_bytes.saturating_add(1))
        .read_to_end(&mut bytes)?;
    if bytes.len() as u64 > cap_bytes {
        return Err(too_large(cap_bytes));
    }
    Ok(bytes)
}

/// Like [`read_regular_file`], as UTF-8 text without a byte-order mark. Text that is not
/// UTF-8 gives an [`io::ErrorKind::InvalidData`] error naming the line and column of the
/// first bad byte.
pub fn read_text_file(path: &Path, cap_bytes: u64) -> io::Result<String> {
    let bytes = read_regular_file(path, cap_bytes)?;
    let text = String::from_utf8(bytes).map_err(|err| {
        let (line, col) = utf8_error_position(&err);
        io::Error::new(
            io::ErrorKind::InvalidData,
            format!("not UTF-8 text (first bad byte at line {line}, column {col})"),
        )
    })?;
    Ok(match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_owned(),
        None => text,
    })
}

/// Line and column (1-based) of the first byte that is not UTF-8.
pub fn utf8_error_position(err: &std::string::FromUtf8Error) -> (usize, usize) {
    let valid = &err.as_bytes()[..err.utf8_error().valid_up_to()];
    // The valid prefix is UTF-8 by definition.
    let valid = std::str::from_utf8(valid).unwrap_or_default();
    let line = valid.matches('\n').count() + 1;
    let col = valid.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

fn check_metadata(metadata: &std::fs::Metadata, cap_bytes: u64) -> io::Result<()> {
    if metadata.is_dir() {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            "this is a folder, not a file",
        ));
    }
    if !metadata.is_file() {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            "this is not a regular file (it is a device, pipe or socket)",
        ));
    }
    if metadata.len() > cap_bytes {
        return Err(too_large(cap_bytes));
    }
    Ok(())
}

fn too_large(cap_bytes: u64) -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidInput,
        format!(
            "this file is too large (more than {} MiB)",
            cap_bytes / (1024 * 1024)
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_is_stripped_once() {
        assert_eq!(strip_bom("\u{feff}(a: 1)"), "(a: 1)");
        assert_eq!(strip_bom("(a: 1)"), "(a: 1)");
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ron");
        std::fs::write(&path, "\u{feff}(a: 1)").unwrap();
        assert_eq!(read_text_file(&path, 100).unwrap(), "(a: 1)");
    }

    #[test]
    fn folders_and_large_files_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let err = read_regular_file(dir.path(), 100).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::InvalidInput);
        assert!(err.to_string().contains("folder"), "{err}");
        let path = dir.path().join("big.ron");
        std::fs::write(&path, vec![b'x'; 101]).unwrap();
        let err = read_regular_file(&path, 100).unwrap_err();
        assert!(err.to_string().contains("too large"), "{err}");
        std::fs::write(&path, vec![b'x'; 100]).unwrap();
        assert_eq!(read_regular_file(&path, 100).unwrap().len(), 100);
    }

    #[cfg(unix)]
    #[test]
    fn devices_and_fifos_are_refused_without_blocking() {
        let err = read_regular_file(Path::new("/dev/zero"), USER_FILE_CAP_BYTES).unwrap_err();
        assert!(err.to_string().contains("not a regular file"), "{err}");
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("answers.ron");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        if made.is_ok_and(|s| s.success()) {
            // Opening a FIFO for reading would block until a writer comes: this must return.
            let err = read_regular_file(&fifo, USER_FILE_CAP_BYTES).unwrap_err();
            assert_eq!(err.kind(), io::ErrorKind::InvalidInput);
        }
        let link = dir.path().join("zero.ron");
        std::os::unix::fs::symlink("/dev/zero", &link).unwrap();
        assert!(read_regular_file(&link, USER_FILE_CAP_BYTES).is_err());
    }

    #[test]
    fn bad_utf8_names_its_position() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ron");
        std::fs::write(&path, b"(\n  ab\xffc)").unwrap();
        let err = read_text_file(&path, 100).unwrap_err();
        assert!(err.to_string().contains("line 2, column 5"), "{err}");
    }
}
