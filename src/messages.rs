//! The UI's own words, in Project Fluent files (`assets/i18n/<lang>.ftl`, embedded), one per
//! language. Messages without arguments are formatted once per language, so a lookup in a
//! frame is one hash-map read; messages with arguments (counts, with plural rules) are
//! formatted when asked. A message missing in a language falls back to English; the tests
//! hold every file to the same ids. No egui.

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

/// The language codes that have a message file, sorted.
pub fn languages() -> Vec<&'static str> {
    let mut codes: Vec<&str> = crate::content::EMBEDDED_MESSAGES
        .iter()
        .map(|(code, _)| *code)
        .collect();
    codes.sort_unstable();
    codes
}

/// Parses one message file into a bundle; problems are logged (the tests keep them at zero).
fn bundle(lang: &str, text: &str) -> FluentBundle<FluentResource> {
    let id: unic_langid::LanguageIdentifier = lang.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Without this Fluent wraps arguments in direction marks, which egui draws as boxes.
    bundle.set_use_isolating(false);
    let resource = match FluentResource::try_new(text.to_owned()) {
        Ok(resource) => resource,
        Err((resource, errors)) => {
            log::error!("assets/i18n/{lang}.ftl: {errors:?}");
            resource
        }
    };
    if let Err(errors) = bundle.add_resource(resource) {
        log::error!("assets/i18n/{lang}.ftl: {errors:?}");
    }
    bundle
}

/// The text of a message file, if there is one for `lang`.
pub fn file_text(lang: &str) -> Option<&'static str> {
    crate::content::EMBEDDED_MESSAGES
        .iter()
        .find(|(code, _)| *code == lang)
        .map(|(_, text)| *text)
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

impl Messages {
    /// The messages for `lang` (English when it has no file).
    pub fn new(lang: &str) -> Self {
        let mut bundles = Vec::new();
        let lang = if file_text(lang).is_some() {
            lang
        } else {
            ENGLISH
        };
        if let Some(text) = file_text(lang) {
            bundles.push(bundle(lang, text));
        }
        if lang != ENGLISH
            && let Some(text) = file_text(ENGLISH)
        {
            bundles.push(bundle(ENGLISH, text));
        }
        let mut messages = Self {
            lang: lang.to_owned(),
            bundles,
            plain: HashMap::new(),
        };
        let ids: Vec<String> = file_text(ENGLISH).map(message_ids).unwrap_or_default();
        for id in ids {
            if let Some(text) = messages.format(&id, None) {
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
        self.bundles.iter().find_map(|bundle| {
            let pattern = bundle.get_message(id)?.value()?;
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, args, &mut errors);
            if !errors.is_empty() {
                log::warn!("message {id}: {errors:?}");
            }
            Some(text.into_owned())
        })
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "tests")]
    use super::*;

    #[test]
    fn every_language_has_every_english_message_and_no_other() {
        let english = message_ids(file_text(ENGLISH).unwrap());
        assert!(english.len() > 10);
        for lang in languages() {
            let ids = message_ids(file_text(lang).unwrap());
            let missing: Vec<_> = english.iter().filter(|id| !ids.contains(id)).collect();
            let extra: Vec<_> = ids.iter().filter(|id| !english.contains(id)).collect();
            assert!(missing.is_empty(), "{lang} lacks {missing:?}");
            assert!(extra.is_empty(), "{lang} has unknown {extra:?}");
            // Every file parses cleanly.
            assert!(
                FluentResource::try_new(file_text(lang).unwrap().to_owned()).is_ok(),
                "{lang}"
            );
        }
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
