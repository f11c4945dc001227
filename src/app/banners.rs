//! Messages at the top of the window. The app finds its own banners by kind, never by wording.

use super::AnkleBackApp;
use crate::messages::Messages;
use crate::store::Problem;

/// A message shown at the top of the window until dismissed.
#[derive(Clone, Debug, PartialEq)]
pub struct Banner {
    /// What happened, in plain words.
    pub message: String,
    /// What kind of message it is (how it is drawn, and which banners replace each other).
    pub kind: BannerKind,
}

/// Kinds of banner. The app finds its own banners by kind, never by their wording.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BannerKind {
    /// Something went as asked.
    Info,
    /// Something needs attention.
    Warning,
    /// This copy cannot save: another copy has the profile open (removed when a profile opens).
    ReadOnly,
    /// Some files could not be saved; updated while it lasts, removed when all are saved.
    SaveFailed,
}

impl Banner {
    /// A banner of this kind.
    pub fn new(kind: BannerKind, message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
            kind,
        }
    }

    /// Whether it is drawn in the warning colour.
    pub fn is_warning(&self) -> bool {
        self.kind != BannerKind::Info
    }
}

/// The id of the message saying why save buttons are disabled in a copy that is read-only
/// (`assets/i18n/<lang>/banners.ftl`); [`AnkleBackApp::notify`] takes it as it is.
pub const READ_ONLY_WHY: &str = "read-only-why";

impl AnkleBackApp {
    /// Shows a banner: `message` is a message id (looked up in the language shown) or words
    /// already formatted (an unknown id is shown as it is).
    pub(super) fn notify(&mut self, message: &str, is_warning: bool) {
        let text = self.messages.get(message).to_owned();
        self.banners.push(Banner::new(Self::kind(is_warning), text));
    }

    /// Shows a banner made from the message `id` with its arguments.
    pub(super) fn notify_with(
        &mut self,
        id: &str,
        args: &[(&str, fluent_bundle::FluentValue<'_>)],
        is_warning: bool,
    ) {
        let text = self.messages.with(id, args);
        self.banners.push(Banner::new(Self::kind(is_warning), text));
    }

    fn kind(is_warning: bool) -> BannerKind {
        if is_warning {
            BannerKind::Warning
        } else {
            BannerKind::Info
        }
    }
}

pub(super) fn problem_banner(problem: &Problem, messages: &Messages) -> Banner {
    Banner::new(BannerKind::Warning, problem.message(messages))
}
