//! The Learn screen's own state: plain data kept by the app, not saved.

use crate::settings::ReadingLevel;

/// How the article list is grouped.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Grouping {
    /// By body area.
    #[default]
    Area,
    /// By direction: ankle → back, back → ankle.
    Direction,
}

/// The Learn screen's own state (plain data).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LearnState {
    /// The search box.
    pub query: String,
    /// List grouping.
    pub grouping: Grouping,
    /// Reading level flipped for the open article only.
    pub level_override: Option<ReadingLevel>,
}
