//! The languages the app offers: English, and every language whose overlay is complete (every
//! text translated, none stale, no markup problem). Switching language re-resolves the content
//! from the English and the overlay; the structure stays the English file's.

use super::overlay::{Language, apply, check_language, language_codes, read_language};
use crate::content::{Content, ContentFiles};

/// The English language code.
pub const ENGLISH: &str = "en";

/// One language the app can show.
#[derive(Clone, Debug, PartialEq)]
pub struct Offered {
    /// Code (`es`).
    pub code: String,
    /// Its own name (`Español`).
    pub name: String,
    /// Review status, in the language ("Borrador de traducción, …"); empty for English.
    pub status: String,
    language: Option<Language>,
}

/// English and the complete languages.
#[derive(Clone, Debug, PartialEq)]
pub struct Languages {
    english: Content,
    offered: Vec<Offered>,
    /// Languages with a folder that are not offered, with their coverage line (for logs and
    /// `--about`).
    pub incomplete: Vec<String>,
}

impl Languages {
    /// English content alone (no other language offered).
    pub fn english_only(english: Content) -> Self {
        Self {
            english,
            offered: vec![Offered {
                code: ENGLISH.to_owned(),
                name: "English".to_owned(),
                status: String::new(),
                language: None,
            }],
            incomplete: Vec::new(),
        }
    }

    /// English and every language under `i18n/` in `files` that passes its check.
    pub fn new(english: Content, files: &ContentFiles) -> Self {
        let mut out = Self::english_only(english);
        for code in language_codes(files) {
            let (language, read_problems) = read_language(files, &code);
            let (coverage, problems) = check_language(&out.english, files, &language);
            if read_problems.is_empty() && problems.is_empty() && coverage.complete() {
                out.offered.push(Offered {
                    code: code.clone(),
                    name: language.name.clone(),
                    status: language.status.clone(),
                    language: Some(language),
                });
            } else {
                log::info!("language not offered (incomplete): {coverage}");
                out.incomplete.push(coverage.to_string());
            }
        }
        out
    }

    /// The English content.
    pub fn english(&self) -> &Content {
        &self.english
    }

    /// The languages offered, English first.
    pub fn offered(&self) -> &[Offered] {
        &self.offered
    }

    /// Whether `code` is offered.
    pub fn is_offered(&self, code: &str) -> bool {
        self.offered.iter().any(|o| o.code == code)
    }

    /// The content in `code`; `None` when that language is not offered.
    pub fn content(&self, code: &str) -> Option<Content> {
        let offered = self.offered.iter().find(|o| o.code == code)?;
        Some(match &offered.language {
            Some(language) => apply(&self.english, language),
            None => self.english.clone(),
        })
    }

    /// The offered language that best fits a system locale (`es-ES`, `es_MX.UTF-8`, `en`):
    /// its language part, else English.
    pub fn for_locale(&self, locale: &str) -> &str {
        let part = locale
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        self.offered
            .iter()
            .find(|o| o.code.eq_ignore_ascii_case(locale) || o.code == part)
            .map_or(ENGLISH, |o| o.code.as_str())
    }
}

/// For authors' tools (`assess --lang`): the content in `code` even while the language is
/// incomplete (missing texts stay English), with its coverage; an error when the content has
/// no such language.
pub fn resolve_for_tool(
    english: &Content,
    files: &ContentFiles,
    code: &str,
) -> Result<(Content, Option<super::Coverage>), String> {
    if code == ENGLISH {
        return Ok((english.clone(), None));
    }
    let codes = language_codes(files);
    if !codes.iter().any(|c| c == code) {
        return Err(format!(
            "no language {code:?} in this content (it has: {})",
            std::iter::once(ENGLISH.to_owned())
                .chain(codes)
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    let (language, _) = read_language(files, code);
    let (coverage, _) = check_language(english, files, &language);
    Ok((apply(english, &language), Some(coverage)))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "tests")]
    use super::*;

    #[test]
    fn incomplete_languages_are_not_offered() {
        let mut files = ContentFiles::embedded();
        files.files.retain(|(p, _)| !p.starts_with("i18n/"));
        files.files.push((
            "i18n/xx/glossary.ron".to_owned(),
            "Translation(lang: \"xx\", name: \"X\", status: \"\", texts: {})".to_owned(),
        ));
        let (english, _) = crate::content::load(&files);
        let languages = Languages::new(english, &files);
        assert_eq!(languages.offered().len(), 1);
        assert!(!languages.is_offered("xx"));
        assert_eq!(languages.incomplete.len(), 1);
        assert!(languages.content("xx").is_none());
        assert_eq!(languages.for_locale("xx-YY"), "en");
        assert_eq!(languages.content("en").as_ref(), Some(languages.english()));
    }

    #[test]
    fn a_locale_picks_its_language_part() {
        let mut languages = Languages::english_only(Content::default());
        languages.offered.push(Offered {
            code: "es".to_owned(),
            name: "Español".to_owned(),
            status: String::new(),
            language: Some(Language::default()),
        });
        assert_eq!(languages.for_locale("es-MX"), "es");
        assert_eq!(languages.for_locale("es_ES.UTF-8"), "es");
        assert_eq!(languages.for_locale("ES"), "es");
        assert_eq!(languages.for_locale("fr-FR"), "en");
        assert_eq!(languages.for_locale(""), "en");
    }
}
