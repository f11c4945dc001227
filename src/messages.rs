//! The UI's own words, in Project Fluent files (`assets/i18n/<lang>/<screen>.ftl`, embedded):
//! one folder per language, one file per screen. Messages without arguments are formatted once
//! per language, so a lookup in a frame is one hash-map read; messages with arguments (counts,
//! with plural rules) are formatted when asked. A message missing in a language falls back to
//! English; the tests hold every file to its English twin's ids. No egui.

use std::collections::HashMap;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// English, the fallback for every message.
pub const ENGLISH: &str = "en";

/// The messages of one language (with English behind it).
pub struct Messages {
    lang: String,
    bundles: Vec<FluentBundle<FluentResource>>,
    plain: HashMap<String, String>,
}

impl std::fmt::Debug for Messages {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Messages")
            .field("lang", &self.lang)
            .field("plain", &self.plain.len())
            .finish_non_exhaustive()
    }
}

/// The language codes that have message files, sorted.
pub fn languages() -> Vec<&'static str> {
    let mut codes: Vec<&str> = crate::content::EMBEDDED_MESSAGES
        .iter()
        .map(|(code, _, _)| *code)
        .collect();
    codes.sort_unstable();
    codes.dedup();
    codes
}

/// Parses one language's message files into a bundle; problems (a syntax error, an id defined
/// twice) are logged, and the tests keep them at zero.
fn bundle(lang: &str, files: &[(&str, &str)]) -> FluentBundle<FluentResource> {
    let id: unic_langid::LanguageIdentifier = lang.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Without this Fluent wraps arguments in direction marks, which egui draws as boxes.
    bundle.set_use_isolating(false);
    for (name, text) in files {
        let resource = match FluentResource::try_new((*text).to_owned()) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                log::error!("assets/i18n/{lang}/{name}: {errors:?}");
                resource
            }
        };
        if let Err(errors) = bundle.add_resource(resource) {
            log::error!("assets/i18n/{lang}/{name}: {errors:?}");
        }
    }
    bundle
}

/// The message files of `lang`, as (file name, text), in name order; empty when it has none.
pub fn files(lang: &str) -> Vec<(&'static str, &'static str)> {
    crate::content::EMBEDDED_MESSAGES
        .iter()
        .filter(|(code, _, _)| *code == lang)
        .map(|(_, name, text)| (*name, *text))
        .collect()
}

/// Message ids in a Fluent text, in file order.
pub fn message_ids(text: &str) -> Vec<String> {
    let resource = match FluentResource::try_new(text.to_owned()) {
        Ok(resource) | Err((resource, _)) => resource,
    };
    resource
        .entries()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(message) => Some(message.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

/// Something to be put into words later, in the language shown: domain code (the store) says
/// *what* happened as a message id with arguments, and the UI says it in its language.
#[derive(Clone, Debug, PartialEq)]
pub struct Said {
    /// The message id (in some `assets/i18n/<lang>/*.ftl`).
    pub id: &'static str,
    /// Its arguments.
    pub args: Vec<(&'static str, SaidArg)>,
}

/// One argument of a [`Said`].
#[derive(Clone, Debug, PartialEq)]
pub enum SaidArg {
    /// A name, a path or the system's own words: shown as given.
    Text(String),
    /// A number (picks the plural form).
    Number(u64),
    /// Another message, said in the same language (e.g. the reason inside a sentence).
    Said(Box<Said>),
}

impl Said {
    /// A message with no arguments yet.
    pub fn new(id: &'static str) -> Self {
        Self {
            id,
            args: Vec::new(),
        }
    }

    /// Adds a text argument.
    #[must_use]
    pub fn text(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.args.push((name, SaidArg::Text(value.into())));
        self
    }

    /// Adds a number argument.
    #[must_use]
    pub fn number(mut self, name: &'static str, value: impl TryInto<u64>) -> Self {
        let value = value.try_into().unwrap_or(u64::MAX);
        self.args.push((name, SaidArg::Number(value)));
        self
    }

    /// Adds another message as an argument.
    #[must_use]
    pub fn said(mut self, name: &'static str, value: Said) -> Self {
        self.args.push((name, SaidArg::Said(Box::new(value))));
        self
    }

    /// Why a file operation failed: in the app's words for the failures people meet (a full
    /// disk, no permission, a read-only stick, a missing file), otherwise the system's own
    /// words without the "(os error N)" code.
    pub fn io(err: &std::io::Error) -> Self {
        use std::io::ErrorKind;
        let id = match err.kind() {
            ErrorKind::StorageFull | ErrorKind::QuotaExceeded => "io-disk-full",
            ErrorKind::PermissionDenied => "io-no-permission",
            ErrorKind::ReadOnlyFilesystem => "io-read-only",
            ErrorKind::NotFound => "io-not-found",
            _ => {
                let text = err.to_string();
                let text = match text.rfind(" (os error ") {
                    Some(at) if text.ends_with(')') => text[..at].to_owned(),
                    _ => text,
                };
                return Self::new("io-other").text("text", text);
            }
        };
        Self::new(id)
    }
}

/// The English messages, for command-line tools and logs.
pub fn english() -> &'static Messages {
    static ENGLISH_MESSAGES: std::sync::LazyLock<Messages> =
        std::sync::LazyLock::new(|| Messages::new(ENGLISH));
    &ENGLISH_MESSAGES
}

impl Messages {
    /// A [`Said`] in these messages' language.
    pub fn say(&self, said: &Said) -> String {
        let args: Vec<(&str, FluentValue<'_>)> = said
            .args
            .iter()
            .map(|(name, arg)| {
                let value = match arg {
                    SaidArg::Text(text) => FluentValue::from(text.as_str()),
                    SaidArg::Number(number) => FluentValue::from(*number),
                    SaidArg::Said(inner) => FluentValue::from(self.say(inner)),
                };
                (*name, value)
            })
            .collect();
        if args.is_empty() {
            self.get(said.id).to_owned()
        } else {
            self.with(said.id, &args)
        }
    }

    /// Several sentences, each a [`Said`], joined by spaces.
    pub fn say_all(&self, said: &[Said]) -> String {
        said.iter()
            .map(|s| self.say(s))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// The messages for `lang` (English when it has no file).
    pub fn new(lang: &str) -> Self {
        let mut bundles = Vec::new();
        let own = files(lang);
        let lang = if own.is_empty() { ENGLISH } else { lang };
        bundles.push(bundle(lang, &files(lang)));
        if lang != ENGLISH {
            bundles.push(bundle(ENGLISH, &files(ENGLISH)));
        }
        let mut messages = Self {
            lang: lang.to_owned(),
            bundles,
            plain: HashMap::new(),
        };
        let ids = files(ENGLISH)
            .into_iter()
            .flat_map(|(_, text)| message_ids(text));
        for id in ids {
            // Messages that need arguments (counts) are formatted when asked, never here.
            if let Some(Ok(text)) = messages.try_format(&id, None) {
                messages.plain.insert(id, text);
            }
        }
        messages
    }

    /// The language of these messages.
    pub fn lang(&self) -> &str {
        &self.lang
    }

    /// A message without arguments; its id when no file has it (so a gap shows, never a
    /// blank).
    pub fn get<'a>(&'a self, id: &'a str) -> &'a str {
        self.plain.get(id).map_or(id, String::as_str)
    }

    /// A message with arguments, e.g. `("count", 3)`: numbers pick the plural form.
    pub fn with(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        self.format(id, Some(&fluent_args))
            .unwrap_or_else(|| id.to_owned())
    }

    fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
        self.try_format(id, args).map(|result| {
            result.unwrap_or_else(|(text, errors)| {
                log::warn!("message {id}: {errors:?}");
                text
            })
        })
    }

    /// The message's text, or its text with the formatting errors (a missing argument).
    #[allow(
        clippy::type_complexity,
        reason = "private; the pair is spelled out above"
    )]
    fn try_format(
        &self,
        id: &str,
        args: Option<&FluentArgs<'_>>,
    ) -> Option<Result<String, (String, Vec<fluent_bundle::FluentError>)>> {
        self.bundles.iter().find_map(|bundle| {
            let pattern = bundle.get_message(id)?.value()?;
            let mut errors = Vec::new();
            let text = bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned();
            Some(if errors.is_empty() {
                Ok(text)
            } else {
                Err((text, errors))
            })
        })
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "tests")]
    use super::*;

    #[test]
    fn said_is_put_into_each_language_with_nested_reasons() {
        let full = std::io::Error::from(std::io::ErrorKind::StorageFull);
        let said = Said::new("save-write-failed")
            .text("file", "/data/progress.ron")
            .said("why", Said::io(&full));
        let in_english = english().say(&said);
        assert!(in_english.contains("/data/progress.ron"), "{in_english}");
        assert!(in_english.contains("disk is full"), "{in_english}");
        let spanish = Messages::new("es").say(&said);
        assert!(spanish.contains("/data/progress.ron"), "{spanish}");
        assert!(spanish.contains("disco está lleno"), "{spanish}");
        // Unusual failures keep the system's words, without the error code.
        let odd = std::io::Error::from_raw_os_error(5);
        let text = english().say(&Said::io(&odd));
        assert!(!text.contains("os error") && !text.is_empty(), "{text}");
    }

    #[test]
    fn every_language_has_every_english_message_and_no_other() {
        let english = files(ENGLISH);
        assert!(english.len() >= 3);
        let mut all_ids = Vec::new();
        for (name, text) in &english {
            all_ids.extend(message_ids(text));
            assert!(!message_ids(text).is_empty(), "en/{name} is empty");
        }
        let mut sorted = all_ids.clone();
        sorted.sort();
        let before = sorted.len();
        sorted.dedup();
        assert_eq!(
            before,
            sorted.len(),
            "an id is defined in two English files"
        );
        for lang in languages() {
            let theirs = files(lang);
            let names: Vec<_> = theirs.iter().map(|(name, _)| *name).collect();
            let english_names: Vec<_> = english.iter().map(|(name, _)| *name).collect();
            assert_eq!(names, english_names, "{lang} has other files than en");
            for ((name, text), (_, english_text)) in theirs.iter().zip(&english) {
                let ids = message_ids(text);
                let wanted = message_ids(english_text);
                let missing: Vec<_> = wanted.iter().filter(|id| !ids.contains(id)).collect();
                let extra: Vec<_> = ids.iter().filter(|id| !wanted.contains(id)).collect();
                assert!(missing.is_empty(), "{lang}/{name} lacks {missing:?}");
                assert!(extra.is_empty(), "{lang}/{name} has unknown {extra:?}");
                // Every file parses cleanly.
                assert!(
                    FluentResource::try_new((*text).to_owned()).is_ok(),
                    "{lang}/{name} does not parse"
                );
            }
        }
    }

    #[test]
    fn an_id_defined_twice_is_an_error_the_bundle_reports() {
        // The guard above relies on this: two files defining one id do not merge silently.
        let mut bundle = FluentBundle::new_concurrent(vec![
            "en".parse::<unic_langid::LanguageIdentifier>().unwrap(),
        ]);
        let first = FluentResource::try_new("a = one\n".to_owned()).unwrap();
        let second = FluentResource::try_new("a = two\n".to_owned()).unwrap();
        assert!(bundle.add_resource(first).is_ok());
        assert!(bundle.add_resource(second).is_err());
    }

    #[test]
    fn lookups_plurals_and_fallback() {
        let en = Messages::new("en");
        let es = Messages::new("es");
        assert_eq!(en.get("nav-settings"), "Settings & About");
        assert_eq!(es.get("nav-settings"), "Ajustes e información");
        assert_eq!(
            en.with("checks-saved", &[("count", 1.into())]),
            "1 saved check"
        );
        assert_eq!(
            en.with("checks-saved", &[("count", 3.into())]),
            "3 saved checks"
        );
        assert_eq!(
            es.with("checks-saved", &[("count", 1.into())]),
            "1 autoevaluación guardada"
        );
        assert_eq!(
            es.with("checks-saved", &[("count", 3.into())]),
            "3 autoevaluaciones guardadas"
        );
        // No direction marks around arguments.
        assert!(
            !es.with("checks-saved", &[("count", 3.into())])
                .contains('\u{2068}')
        );
        assert_eq!(es.get("no-such-message"), "no-such-message");
        assert_eq!(Messages::new("xx").lang(), "en");
    }
}
