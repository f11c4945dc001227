//! Translation files, `content/i18n/<lang>/<english file>`: the texts of one language, keyed
//! like [`super::walk`], each with the hash of the English it was made from. Parsing,
//! checking (coverage, staleness, markup) and applying them onto the English [`Content`].

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::Deserialize;

use super::walk::{self, Entry, text_hash};
use crate::content::{Content, ContentFiles, ContentProblem, markup};

/// Folder under the content folder that holds one sub-folder per language.
pub const I18N_DIR: &str = "i18n/";

/// One translation file as written.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(rename = "Translation", deny_unknown_fields)]
pub struct TranslationFile {
    /// Language code, the folder's name (`es`).
    pub lang: String,
    /// The language's own name, shown in the language choice (`Español`).
    #[serde(default)]
    pub name: String,
    /// Review status of the translation, in the language itself.
    pub status: String,
    /// Translated texts by key.
    pub texts: BTreeMap<String, Translated>,
}

/// One translated text.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(rename = "T", deny_unknown_fields)]
pub struct Translated {
    /// [`text_hash`] of the English text this translation was made from.
    pub from: String,
    /// The English text, for the translator (refreshed by `translation-template`; not read).
    #[serde(default)]
    pub en: String,
    /// The translation; empty while not yet written.
    pub text: String,
}

/// A language's overlay: every text of every file of `i18n/<lang>/`, with where it was found.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Language {
    /// Language code (`es`).
    pub code: String,
    /// Its own name (`Español`); the code when no file names it.
    pub name: String,
    /// Review status, in the language.
    pub status: String,
    /// Texts by key.
    pub texts: HashMap<String, Placed>,
}

/// A translated text and where it is written.
#[derive(Clone, Debug, PartialEq)]
pub struct Placed {
    /// The text as written.
    pub text: Translated,
    /// The file, relative to the content folder (`i18n/es/glossary.ron`).
    pub path: String,
    /// 1-based line of its key.
    pub line: usize,
    /// 1-based column of its key.
    pub col: usize,
}

/// How complete a language is.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Coverage {
    /// Language code.
    pub lang: String,
    /// English texts.
    pub total: usize,
    /// Texts translated, up to date and with the English markup.
    pub done: usize,
    /// Texts translated from an older English text.
    pub stale: usize,
    /// Texts with no translation (no key, or an empty text).
    pub missing: usize,
    /// Texts whose markup (glossary terms, `{placeholders}`) differs from the English.
    pub markup: usize,
}

impl Coverage {
    /// Whether the app may offer the language: every text translated, none stale or broken.
    pub fn complete(&self) -> bool {
        self.total > 0 && self.done == self.total
    }
}

impl std::fmt::Display for Coverage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: {}/{} texts, {} stale, {} missing",
            self.lang, self.done, self.total, self.stale, self.missing
        )?;
        if self.markup > 0 {
            write!(f, ", {} with different markup", self.markup)?;
        }
        Ok(())
    }
}

/// The language codes that have a folder under `i18n/`, sorted.
pub fn language_codes(files: &ContentFiles) -> Vec<String> {
    let codes: BTreeSet<String> = files
        .files
        .iter()
        .filter_map(|(path, _)| path.strip_prefix(I18N_DIR)?.split_once('/'))
        .map(|(code, _)| code.to_owned())
        .collect();
    codes.into_iter().collect()
}

/// Reads every file of `i18n/<code>/`. Problems (syntax, a wrong `lang`, a key written twice)
/// are returned with their place; files that do not parse are left out.
pub fn read_language(files: &ContentFiles, code: &str) -> (Language, Vec<ContentProblem>) {
    let prefix = format!("{I18N_DIR}{code}/");
    let mut problems = Vec::new();
    let mut language = Language {
        code: code.to_owned(),
        name: code.to_owned(),
        ..Language::default()
    };
    let mut named = false;
    for (path, text) in files.files.iter().filter(|(p, _)| p.starts_with(&prefix)) {
        let at = |line, col, message: String| {
            problem(format!("{}{path}", files.prefix), line, col, message)
        };
        let file: TranslationFile = match ron::from_str(text) {
            Ok(file) => file,
            Err(err) => {
                problems.push(at(
                    err.span.start.line,
                    err.span.start.col,
                    err.code.to_string(),
                ));
                continue;
            }
        };
        if file.lang != code {
            let (line, col) = field_position(text, "lang");
            problems.push(at(
                line,
                col,
                format!(
                    "lang is {:?} but the file is in the folder {code:?}",
                    file.lang
                ),
            ));
        }
        if !file.name.is_empty() && !named {
            language.name = file.name.clone();
            named = true;
        }
        if language.status.is_empty() {
            language.status = file.status.clone();
        }
        for (key, translated) in file.texts {
            let (line, col) = key_position(text, &key);
            if let Some(first) = language.texts.get(&key) {
                problems.push(at(
                    line,
                    col,
                    format!(
                        "{key:?} is also in {}:{}:{}",
                        first.path, first.line, first.col
                    ),
                ));
                continue;
            }
            language.texts.insert(
                key,
                Placed {
                    text: translated,
                    path: path.clone(),
                    line,
                    col,
                },
            );
        }
    }
    (language, problems)
}

/// Checks a language against the English: every text present, in the file of its English
/// text, not empty, made from the current English, with the same glossary terms (which must
/// exist) and the same `{placeholders}`; no key the English lacks.
pub fn check_language(
    english: &Content,
    files: &ContentFiles,
    language: &Language,
) -> (Coverage, Vec<ContentProblem>) {
    let entries = walk::entries(english);
    let glossary: BTreeSet<&str> = english.glossary.iter().map(|t| t.id.as_str()).collect();
    let mut coverage = Coverage {
        lang: language.code.clone(),
        total: entries.len(),
        ..Coverage::default()
    };
    let mut problems = Vec::new();
    let full = |path: &str| format!("{}{path}", files.prefix);
    let mut known = BTreeSet::new();
    for Entry { place, text } in &entries {
        known.insert(place.key.as_str());
        let expected = format!("{I18N_DIR}{}/{}", language.code, place.file);
        let Some(placed) = language.texts.get(&place.key) else {
            coverage.missing += 1;
            // At the file's `texts:` (where the key belongs), or 1:1 when there is no file.
            let (line, col) = files
                .files
                .iter()
                .find(|(path, _)| *path == expected)
                .map_or((1, 1), |(_, text)| field_position(text, "texts"));
            problems.push(problem(
                full(&expected),
                line,
                col,
                format!("missing translation of {:?}", place.key),
            ));
            continue;
        };
        let at = |message: String| problem(full(&placed.path), placed.line, placed.col, message);
        if placed.path != expected {
            problems.push(at(format!(
                "{:?} belongs in {}",
                place.key,
                full(&expected)
            )));
        }
        let translation = placed.text.text.trim();
        if translation.is_empty() {
            coverage.missing += 1;
            problems.push(at(format!("empty translation of {:?}", place.key)));
            continue;
        }
        let mut ok = true;
        if placed.text.from != text_hash(text) {
            coverage.stale += 1;
            ok = false;
            problems.push(at(format!(
                "translation older than the English ({:?}; translate the new English, then set from: {:?})",
                place.key,
                text_hash(text)
            )));
        }
        if let Some(message) = markup_difference(text, &placed.text.text, &glossary) {
            coverage.markup += 1;
            ok = false;
            problems.push(at(format!("{message} ({:?})", place.key)));
        }
        if ok {
            coverage.done += 1;
        }
    }
    let mut unknown: Vec<(&String, &Placed)> = language
        .texts
        .iter()
        .filter(|(key, _)| !known.contains(key.as_str()))
        .collect();
    unknown.sort_by(|a, b| (&a.1.path, a.1.line).cmp(&(&b.1.path, b.1.line)));
    for (key, placed) in unknown {
        problems.push(problem(
            full(&placed.path),
            placed.line,
            placed.col,
            format!("unknown key {key:?}: the English has no such text (run translation-template)"),
        ));
    }
    (coverage, problems)
}

/// Why a translation's markup differs from the English, if it does: the glossary terms it
/// marks (each must exist), its `{placeholders}`, an unclosed `[[`.
pub fn markup_difference(
    english: &str,
    translation: &str,
    glossary: &BTreeSet<&str>,
) -> Option<String> {
    if let Some(bad) = markup::term_ids(translation).find(|id| !glossary.contains(id)) {
        return Some(format!(
            "glossary term [[{bad}]] does not exist (keep the id as in the English: [[id|palabras]])"
        ));
    }
    let terms =
        |text: &str| -> BTreeSet<String> { markup::term_ids(text).map(str::to_owned).collect() };
    let (en_terms, tr_terms) = (terms(english), terms(translation));
    if en_terms != tr_terms {
        return Some(format!(
            "glossary terms differ from the English: English marks {}, translation marks {}",
            list(&en_terms),
            list(&tr_terms)
        ));
    }
    let unclosed = |text: &str| text.matches("[[").count() != text.matches("]]").count();
    if unclosed(translation) && !unclosed(english) {
        return Some("unbalanced [[ ]] markup".to_owned());
    }
    let (en_holes, tr_holes) = (placeholders(english), placeholders(translation));
    if en_holes != tr_holes {
        return Some(format!(
            "placeholders differ from the English: English has {}, translation has {}",
            list(&en_holes),
            list(&tr_holes)
        ));
    }
    None
}

fn list(items: &BTreeSet<String>) -> String {
    if items.is_empty() {
        "none".to_owned()
    } else {
        items.iter().cloned().collect::<Vec<_>>().join(", ")
    }
}

/// `{name}` placeholders in a text (`{emergency}`, `{weeks}`).
fn placeholders(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let after = &rest[start + 1..];
        match after.find('}') {
            Some(end)
                if end > 0
                    && after[..end]
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '_') =>
            {
                out.insert(format!("{{{}}}", &after[..end]));
                rest = &after[end + 1..];
            }
            _ => rest = after,
        }
    }
    out
}

/// The English content with a language's texts in place of the English ones. Texts that are
/// missing or empty stay English (the app offers only complete languages).
pub fn apply(english: &Content, language: &Language) -> Content {
    let mut content = english.clone();
    walk::walk_mut(&mut content, &mut |place, text| {
        if let Some(placed) = language.texts.get(&place.key)
            && !placed.text.text.trim().is_empty()
        {
            text.clone_from(&placed.text.text);
        }
    });
    content
}

/// 1-based line and column of `"key"` used as a map key in a RON text (1:1 if not found).
fn key_position(text: &str, key: &str) -> (usize, usize) {
    let needle = format!("{key:?}");
    let mut from = 0;
    while let Some(found) = text[from..].find(&needle) {
        let start = from + found;
        let after = text[start + needle.len()..].trim_start();
        if after.starts_with(':') {
            return line_col(text, start);
        }
        from = start + needle.len();
    }
    (1, 1)
}

fn field_position(text: &str, field: &str) -> (usize, usize) {
    text.find(&format!("{field}:"))
        .map_or((1, 1), |at| line_col(text, at))
}

fn line_col(text: &str, byte: usize) -> (usize, usize) {
    let before = &text[..byte];
    let line = before.matches('\n').count() + 1;
    let col = before.rfind('\n').map_or(before.chars().count(), |nl| {
        before[nl + 1..].chars().count()
    }) + 1;
    (line, col)
}

fn problem(path: String, line: usize, col: usize, message: impl Into<String>) -> ContentProblem {
    ContentProblem {
        path,
        line,
        col,
        message: message.into(),
    }
}
