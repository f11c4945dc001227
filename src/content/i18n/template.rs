//! `ankleback translation-template --lang CODE`: writes or refreshes a language's translation
//! files from the English content. New texts get `text: ""`; texts already translated keep
//! their translation and their `from` hash (so a changed English shows as stale); `en` is
//! refreshed; a text the English no longer has is kept as a comment at the end of its file.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use super::overlay::{I18N_DIR, TranslationFile};
use super::walk::{self, Entry, text_hash};
use crate::content::Content;

/// Review status written into new files until the translator replaces it.
pub const DEFAULT_STATUS: &str =
    "Draft translation, not yet reviewed by a clinician who speaks this language";

/// What [`write_template`] did to one file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileReport {
    /// The file written.
    pub path: PathBuf,
    /// Texts in it.
    pub texts: usize,
    /// Of those, already translated (kept).
    pub translated: usize,
    /// Old texts the English no longer has, kept as comments.
    pub removed: usize,
}

/// The files a language needs, as (English file, its texts in reading order).
pub fn files_of(english: &Content) -> Vec<(String, Vec<Entry>)> {
    let mut out: Vec<(String, Vec<Entry>)> = Vec::new();
    for entry in walk::entries(english) {
        match out.iter_mut().find(|(file, _)| *file == entry.place.file) {
            Some((_, entries)) => entries.push(entry),
            None => out.push((entry.place.file.clone(), vec![entry])),
        }
    }
    out
}

/// Writes `content_dir/i18n/<lang>/…` for `english`. An existing file that cannot be read or
/// parsed is never overwritten: the error names it, and nothing is written.
pub fn write_template(
    english: &Content,
    content_dir: &Path,
    lang: &str,
) -> Result<Vec<FileReport>, String> {
    if lang.is_empty()
        || !lang
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        || lang == "en"
    {
        return Err(format!(
            "{lang:?} is not a language code for a translation (use e.g. es, pt-BR)"
        ));
    }
    let dir = content_dir.join(I18N_DIR).join(lang);
    let mut planned = Vec::new();
    let mut name = String::new();
    let mut status = String::new();
    for (file, entries) in files_of(english) {
        let path = dir.join(&file);
        let old = match std::fs::read_to_string(&path) {
            Ok(text) => Some(ron::from_str::<TranslationFile>(&text).map_err(|err| {
                format!(
                    "{}:{}:{}: {} (fix it first; nothing was written)",
                    path.display(),
                    err.span.start.line,
                    err.span.start.col,
                    err.code
                )
            })?),
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => None,
            Err(err) => {
                return Err(format!(
                    "{}: cannot read: {err} (nothing was written)",
                    path.display()
                ));
            }
        };
        if let Some(old) = &old {
            if name.is_empty() {
                name.clone_from(&old.name);
            }
            if status.is_empty() {
                status.clone_from(&old.status);
            }
        }
        planned.push((path, file, entries, old));
    }
    if name.is_empty() {
        name = lang.to_owned();
    }
    if status.is_empty() {
        status = DEFAULT_STATUS.to_owned();
    }
    let mut reports = Vec::new();
    for (path, file, entries, old) in planned {
        let (text, report) = render(lang, &name, &status, &file, &entries, old.as_ref());
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|err| format!("{}: cannot create: {err}", parent.display()))?;
        }
        crate::store::atomic::write_atomic(&path, text.as_bytes())
            .map_err(|err| format!("{}: cannot write: {err}", path.display()))?;
        reports.push(FileReport { path, ..report });
    }
    Ok(reports)
}

/// The text of one translation file.
fn render(
    lang: &str,
    name: &str,
    status: &str,
    file: &str,
    entries: &[Entry],
    old: Option<&TranslationFile>,
) -> (String, FileReport) {
    let empty = BTreeMap::new();
    let old_texts = old.map_or(&empty, |o| &o.texts);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "// {lang} texts for content/{file}. Refresh with `ankleback translation-template --lang {lang}`;\n\
         // translate each `text`, keep every key, `from` and the [[term-id|…]] and {{name}} markup\n\
         // (content/TRANSLATING.md)."
    );
    let _ = writeln!(out, "Translation(");
    let _ = writeln!(out, "    lang: {},", quote(lang));
    let _ = writeln!(out, "    name: {},", quote(name));
    let _ = writeln!(out, "    status: {},", quote(status));
    let _ = writeln!(out, "    texts: {{");
    let mut translated = 0;
    for entry in entries {
        let (from, text) = match old_texts.get(&entry.place.key) {
            Some(t) if !t.text.trim().is_empty() => {
                translated += 1;
                (t.from.clone(), t.text.clone())
            }
            _ => (text_hash(&entry.text), String::new()),
        };
        let _ = writeln!(out, "        {}: T(", quote(&entry.place.key));
        let _ = writeln!(out, "            from: {},", quote(&from));
        let _ = writeln!(out, "            en: {},", quote(&entry.text));
        let _ = writeln!(out, "            text: {},", quote(&text));
        let _ = writeln!(out, "        ),");
    }
    let _ = writeln!(out, "    }},");
    let _ = writeln!(out, ")");
    let removed: Vec<_> = old_texts
        .iter()
        .filter(|(key, t)| {
            !t.text.trim().is_empty() && !entries.iter().any(|e| &e.place.key == *key)
        })
        .collect();
    if !removed.is_empty() {
        let _ = writeln!(
            out,
            "\n// Texts the English no longer has (kept so that no translation is lost):"
        );
        for (key, t) in &removed {
            let _ = writeln!(out, "// {}: {}", quote(key), quote(&t.text));
        }
    }
    let report = FileReport {
        path: PathBuf::new(),
        texts: entries.len(),
        translated,
        removed: removed.len(),
    };
    (out, report)
}

/// A RON string literal.
fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
