//! Which language the content is shown in: the `language` setting (chosen on first start, in
//! Settings), `--lang` for one run, else the system's language when it is offered, else
//! English. Switching is instant: the content is re-resolved from the English and the
//! language's overlay (the structure, and so every self-check result, stays the same).

use super::{AnkleBackApp, Banner, StartOptions};
use crate::content::Content;
use crate::content::i18n::{ENGLISH, Languages};

/// The English content and the languages offered with it.
pub(super) fn load_languages(
    options: &StartOptions,
    banners: &mut Vec<Banner>,
) -> (Languages, Content) {
    let (english, files) = super::load_content(options.content_dir.as_deref(), banners);
    let languages = Languages::new(english.clone(), &files);
    (languages, english)
}

/// The system's language (`es-ES`), or an empty string when it is not known.
pub fn system_locale() -> String {
    sys_locale::get_locale().unwrap_or_default()
}

impl AnkleBackApp {
    /// Shows this run in `code` (`--lang`), whatever the settings say; an unknown or
    /// incomplete language is logged and English is used.
    #[must_use]
    pub fn with_language(mut self, code: Option<&str>) -> Self {
        if let Some(code) = code {
            if !self.languages.is_offered(code) {
                log::warn!(
                    "--lang {code}: not a language this content offers completely; using English"
                );
            }
            self.forced_lang = Some(code.to_owned());
            self.sync_language();
        }
        self
    }

    /// The language the content should be in now.
    pub fn wanted_language(&self) -> String {
        let chosen = self
            .forced_lang
            .as_deref()
            .unwrap_or(self.settings.language.as_str());
        if chosen.is_empty() {
            self.languages.for_locale(&system_locale()).to_owned()
        } else if self.languages.is_offered(chosen) {
            chosen.to_owned()
        } else {
            ENGLISH.to_owned()
        }
    }

    /// Re-resolves the content when the wanted language changed.
    pub(super) fn sync_language(&mut self) {
        let wanted = self.wanted_language();
        if wanted == self.content_lang {
            return;
        }
        if let Some(content) = self.languages.content(&wanted) {
            self.content = content;
            self.messages = crate::messages::Messages::new(&wanted);
            self.reading.set_language(&wanted);
            self.content_lang = wanted;
        }
    }

    /// A UI message in the language shown (`assets/i18n/<lang>/<screen>.ftl`).
    pub fn t<'a>(&'a self, id: &'a str) -> &'a str {
        self.messages.get(id)
    }

    /// A UI message with arguments, e.g. `app.tf("checks-saved", &[("count", 3.into())])`;
    /// numbers choose the plural form.
    pub fn tf(&self, id: &str, args: &[(&str, fluent_bundle::FluentValue<'_>)]) -> String {
        self.messages.with(id, args)
    }
}
