//! The content files: the copy built into the app, or a folder read from disk.

use std::path::Path;

use super::ContentProblem;

include!(concat!(env!("OUT_DIR"), "/embedded_content.rs"));

/// Content files: (path relative to the content folder, text).
#[derive(Clone, Debug, Default)]
pub struct ContentFiles {
    /// Shown before each relative path in messages (`content/` for a folder, `` embedded).
    pub prefix: String,
    /// The files, sorted by path.
    pub files: Vec<(String, String)>,
    /// Files that exist but could not be read.
    pub unreadable: Vec<ContentProblem>,
}

impl ContentFiles {
    /// The copy built into the app.
    pub fn embedded() -> Self {
        Self {
            prefix: "content/".to_owned(),
            files: EMBEDDED
                .iter()
                .map(|(path, text)| ((*path).to_owned(), (*text).to_owned()))
                .collect(),
            unreadable: Vec::new(),
        }
    }

    /// Every `.ron` file under `dir`.
    pub fn read_dir(dir: &Path) -> Self {
        let mut out = Self {
            prefix: format!("{}/", dir.display()).replace("//", "/"),
            ..Self::default()
        };
        if !dir.is_dir() {
            out.unreadable.push(ContentProblem::new(
                dir.display().to_string(),
                1,
                1,
                "not a folder (or it cannot be opened)",
            ));
            return out;
        }
        collect(dir, dir, &mut out);
        out.files.sort();
        out
    }

    pub(super) fn get(&self, path: &str) -> Option<&str> {
        self.files
            .iter()
            .find(|(p, _)| p == path)
            .map(|(_, text)| text.as_str())
    }
}

fn collect(root: &Path, dir: &Path, out: &mut ContentFiles) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        out.unreadable.push(ContentProblem::new(
            dir.display().to_string(),
            1,
            1,
            "cannot open folder",
        ));
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(root, &path, out);
        } else if path.extension().is_some_and(|ext| ext == "ron") {
            let relative = path
                .strip_prefix(root)
                .unwrap_or(&path)
                .to_string_lossy()
                .replace('\\', "/");
            match crate::store::safe_read::read_text_file(
                &path,
                crate::store::safe_read::USER_FILE_CAP_BYTES,
            ) {
                Ok(text) => out.files.push((relative, text)),
                Err(err) => out.unreadable.push(ContentProblem::new(
                    path.display().to_string(),
                    1,
                    1,
                    format!("cannot read file: {err}"),
                )),
            }
        }
    }
}
