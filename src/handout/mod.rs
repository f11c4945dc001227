//! Take-home handouts (issue 17): a PDF of the article sections shown, a self-check result
//! and the plan, with the body drawing, sources, date, notice and review status. No egui:
//! [`compose`] builds a [`model::Handout`] from the content, [`layout`] breaks it into pages
//! with the font's real advances, [`pdf`] writes it with krilla, [`save`] puts it on disk
//! without ever leaving a half-written file.

pub mod chart;
pub mod cli;
pub mod compose;
pub mod exercise;
pub mod figure;
pub mod font;
pub mod layout;
pub mod marks;
pub mod model;
pub mod pdf;

use std::io::Write as _;
use std::path::{Path, PathBuf};

pub use compose::{Request, compose};
pub use layout::Paper;

/// Why a handout could not be made.
#[derive(Debug, thiserror::Error)]
pub enum HandoutError {
    /// No article with this id.
    #[error("no article \"{0}\"")]
    UnknownArticle(String),
    /// The article has no such section.
    #[error("article \"{0}\" has no section \"{1}\"")]
    UnknownSection(String, String),
    /// The content offers no such language (the code, and the ones it offers).
    #[error("no content in the language \"{0}\" (offered: {1})")]
    Language(String, String),
    /// Nothing was chosen.
    #[error("nothing to put in the handout: give --article, --answers, --plan or --diary")]
    Empty,
    /// The content has no plan (for `--plan`).
    #[error("the content has no plan")]
    NoPlan,
    /// The content has no self-check (for answers).
    #[error("the content has no self-check")]
    NoSelfCheck,
    /// The PDF could not be made.
    #[error(transparent)]
    Pdf(#[from] pdf::PdfError),
    /// The file could not be written.
    #[error("cannot write {path}: {source}")]
    Write {
        /// Where.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// No documents folder (and no data folder given).
    #[error("no folder to save handouts in: this system has no documents or home folder")]
    NoFolder,
}

impl HandoutError {
    /// The error in the words of the app's language (shown under the handout button).
    pub fn in_words(&self, words: &crate::messages::Messages) -> String {
        let text = |id: &str| words.get(id).to_owned();
        match self {
            HandoutError::UnknownArticle(id) => {
                words.with("handout-error-article", &[("id", id.as_str().into())])
            }
            HandoutError::UnknownSection(id, section) => words.with(
                "handout-error-section",
                &[
                    ("id", id.as_str().into()),
                    ("section", section.as_str().into()),
                ],
            ),
            HandoutError::Language(lang, _) => {
                words.with("handout-error-language", &[("lang", lang.as_str().into())])
            }
            HandoutError::Empty => text("handout-error-empty"),
            HandoutError::NoPlan => text("handout-error-plan"),
            HandoutError::NoSelfCheck => text("handout-error-selfcheck"),
            HandoutError::Pdf(err) => {
                words.with("handout-error-pdf", &[("why", err.to_string().into())])
            }
            HandoutError::Write { path, source } => words.with(
                "handout-error-write",
                &[
                    ("path", path.display().to_string().into()),
                    ("why", source.to_string().into()),
                ],
            ),
            HandoutError::NoFolder => text("handout-error-folder"),
        }
    }
}

/// Lays out and writes a handout as PDF bytes.
pub fn render(handout: &model::Handout, paper: Paper) -> Result<Vec<u8>, HandoutError> {
    let font = font::HandoutFont::new().ok_or(pdf::PdfError::Font)?;
    let laid = layout::layout(handout, paper, &font);
    Ok(pdf::write(
        &laid,
        &pdf::Meta {
            title: &handout.title,
            lang: &handout.lang,
            words: &handout.words,
        },
    )?)
}

/// Writes `bytes` to `path` through a temporary file in the same folder, flushed to disk and
/// then renamed: the path holds either the old file or the whole new one, never a part.
pub fn save(bytes: &[u8], path: &Path) -> Result<(), HandoutError> {
    let err = |source| HandoutError::Write {
        path: path.to_owned(),
        source,
    };
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "handout.pdf".to_owned());
    let temp = folder.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut file = std::fs::File::create(&temp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&temp, path)
    })();
    if let Err(source) = result {
        let _ = std::fs::remove_file(&temp);
        return Err(err(source));
    }
    Ok(())
}

/// Where the app saves a handout without asking: `<documents>/AnkleBack/handouts/<date>
/// <topic>.pdf`, or `<data>/handouts/…` when the app runs with `--data-dir`. A number is
/// added when the name is taken.
pub fn default_path(
    data_dir: Option<&Path>,
    date: &str,
    topic: &str,
) -> Result<PathBuf, HandoutError> {
    let folder = handout_folder(data_dir)?;
    let stem = file_stem(date, topic);
    let mut path = folder.join(format!("{stem}.pdf"));
    let mut n = 2;
    while path.exists() {
        path = folder.join(format!("{stem} ({n}).pdf")); // i18n-ok: a file name
        n += 1;
    }
    Ok(path)
}

/// The folder handouts are saved in: `<documents>/AnkleBack/handouts`, or `<data>/handouts`
/// with `--data-dir`.
pub fn handout_folder(data_dir: Option<&Path>) -> Result<PathBuf, HandoutError> {
    Ok(match data_dir {
        Some(dir) => dir.join("handouts"),
        None => directories::UserDirs::new()
            .and_then(|u| {
                u.document_dir()
                    .map(Path::to_owned)
                    .or_else(|| Some(u.home_dir().join("Documents"))) // i18n-ok: a folder name
            })
            .ok_or(HandoutError::NoFolder)?
            .join("AnkleBack") // i18n-ok: a folder name
            .join("handouts"),
    })
}

/// A handout's file name without `.pdf`: `<date> <topic>`, the topic cut to 60 characters
/// and anything but letters, digits, spaces and `-` made a `-`.
pub fn file_stem(date: &str, topic: &str) -> String {
    let topic: String = topic
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == ' ' {
                c
            } else {
                '-'
            }
        })
        .take(60)
        .collect();
    let topic = topic.trim_matches(|c| c == '-' || c == ' ');
    format!("{date} {topic}") // i18n-ok: a file name
}

/// For the UI's button: makes the PDF and saves it at [`default_path`]; returns where.
pub fn save_default(
    handout: &model::Handout,
    paper: Paper,
    data_dir: Option<&Path>,
    topic: &str,
) -> Result<PathBuf, HandoutError> {
    let bytes = render(handout, paper)?;
    let path = default_path(data_dir, &handout.date, topic)?;
    if let Some(folder) = path.parent() {
        std::fs::create_dir_all(folder).map_err(|source| HandoutError::Write {
            path: folder.to_owned(),
            source,
        })?;
    }
    save(&bytes, &path)?;
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_path_is_dated_under_the_data_folder_and_never_overwrites() {
        let dir = tempfile::tempdir().unwrap();
        let path = default_path(Some(dir.path()), "2025-03-04", "ankle/back: why?").unwrap();
        assert_eq!(
            path,
            dir.path()
                .join("handouts")
                .join("2025-03-04 ankle-back- why.pdf")
        );
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, b"x").unwrap();
        let next = default_path(Some(dir.path()), "2025-03-04", "ankle/back: why?").unwrap();
        assert!(next.to_string_lossy().ends_with("why (2).pdf"), "{next:?}");
    }

    #[test]
    fn save_replaces_whole_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.pdf");
        save(b"%PDF-old", &path).unwrap();
        save(b"%PDF-new", &path).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"%PDF-new");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
        let bad = dir.path().join("missing").join("a.pdf");
        assert!(matches!(save(b"x", &bad), Err(HandoutError::Write { .. })));
    }
}
