//! Messages at the top of the window. The app finds its own banners by kind, never by wording.

use super::AnkleBackApp;
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

/// Why save buttons are disabled in a copy that is read-only.
pub const READ_ONLY_WHY: &str = "Read-only: AnkleBack is open on this profile in another window, \
     so nothing can be saved here. Close the other copy and start this one again.";

impl AnkleBackApp {
    pub(super) fn notify(&mut self, message: &str, is_warning: bool) {
        let kind = if is_warning {
            BannerKind::Warning
        } else {
            BannerKind::Info
        };
        self.banners.push(Banner::new(kind, message));
    }
}

pub(super) fn problem_banner(problem: Problem) -> Banner {
    Banner::new(BannerKind::Warning, problem.message)
}

pub(super) const SAVE_FAILED_PREFIX: &str = "Could not save your changes";
/// The start of the read-only banner (found by its kind, not by these words).
pub(super) const READ_ONLY_PREFIX: &str = "Read-only";
