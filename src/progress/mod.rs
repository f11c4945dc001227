//! What the user has done, kept per profile in `progress.ron`. Plain data, no egui.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::selfcheck::answers::Answers;
use crate::selfcheck::spec::Urgency;
use crate::store::Document;

/// Everything kept about a user's progress.
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default)]
pub struct Progress {
    /// File format version.
    pub version: u32,
    /// Articles opened: article id → date first read (`YYYY-MM-DD`).
    pub articles_read: BTreeMap<String, String>,
    /// Completed self-checks, oldest first.
    pub self_checks: Vec<CheckRecord>,
}

/// One completed self-check.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
pub struct CheckRecord {
    /// When it was completed (`YYYY-MM-DD HH:MM`, local time).
    pub date: String,
    /// The answers given.
    pub answers: Answers,
    /// Outcome id.
    pub outcome: String,
    /// Urgency shown.
    pub urgency: Urgency,
    /// Pattern matched, if any.
    #[serde(default)]
    pub pattern: Option<String>,
}

impl Progress {
    /// Records that an article was opened today. Returns whether anything changed.
    pub fn mark_read(&mut self, article: &str, today: &str) -> bool {
        if self.articles_read.contains_key(article) {
            return false;
        }
        self.articles_read
            .insert(article.to_owned(), today.to_owned());
        true
    }

    /// Whether an article was read.
    pub fn is_read(&self, article: &str) -> bool {
        self.articles_read.contains_key(article)
    }
}

impl Document for Progress {
    const FILE_NAME: &'static str = "progress.ron";
    const VERSION: u32 = 1;

    fn set_version(&mut self, version: u32) {
        self.version = version;
    }
}

/// Today's local date as `YYYY-MM-DD`.
pub fn today() -> String {
    jiff::Zoned::now().strftime("%Y-%m-%d").to_string()
}

/// Now, local time, as `YYYY-MM-DD HH:MM`.
pub fn now_stamp() -> String {
    jiff::Zoned::now().strftime("%Y-%m-%d %H:%M").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store;

    #[test]
    fn mark_read_keeps_the_first_date() {
        let mut progress = Progress::default();
        assert!(progress.mark_read("a", "2026-01-01"));
        assert!(!progress.mark_read("a", "2026-02-01"));
        assert_eq!(progress.articles_read["a"], "2026-01-01");
    }

    #[test]
    fn round_trip() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(Progress::FILE_NAME);
        let mut progress = Progress::default();
        progress.mark_read("sprain-to-back", "2026-11-22");
        let mut answers = Answers::new();
        answers.insert(
            "area".into(),
            crate::selfcheck::answers::Answer::Choice("ankle".into()),
        );
        progress.self_checks.push(CheckRecord {
            date: "2026-11-22 10:00".into(),
            answers,
            outcome: "general".into(),
            urgency: Urgency::SelfCare,
            pattern: None,
        });
        store::save(&path, &progress).unwrap();
        let (back, problem) = store::load::<Progress>(&path);
        assert!(problem.is_none());
        assert_eq!(back.articles_read, progress.articles_read);
        assert_eq!(back.self_checks, progress.self_checks);
    }
}
