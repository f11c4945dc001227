//! A consult saved into a patient's profile, only when the clinician chooses "Save to a
//! patient profile": the date, the stories and steps shown, the article sections they link
//! to and each mark in words. Plain text only (no drawing geometry), so an entry a later or
//! earlier version cannot read is skipped on its own and never costs the rest of
//! `progress.ron`. No egui.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{Deserializer, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};

use super::session::ConsultRecord;

/// What one consult showed, as kept in the patient's `progress.ron`.
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq, Eq)]
#[serde(default)]
pub struct SavedConsult {
    /// `YYYY-MM-DD`.
    pub date: String,
    /// Story ids, in the order first shown.
    pub stories: Vec<String>,
    /// Steps shown, each as `story-id step N`, in the order first shown.
    pub steps: Vec<String>,
    /// Article sections the steps link to (`article#section`).
    pub sections: Vec<String>,
    /// The marks in words ("Mark 1: circle near the right Achilles tendon").
    pub marks: Vec<String>,
}

impl SavedConsult {
    /// The record of a consult and its marks in words, on `date`.
    pub fn new(record: &ConsultRecord, marks: Vec<String>, date: &str) -> Self {
        Self {
            date: date.to_owned(),
            stories: record.stories.clone(),
            steps: record
                .steps
                .iter()
                .map(|s| format!("{} step {}", s.story, s.step))
                .collect(),
            sections: record.sections.iter().map(ToString::to_string).collect(),
            marks,
        }
    }
}

/// Where the clinician saves the consult.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveTarget {
    /// A profile that exists (its id).
    Existing(String),
    /// A new profile with this name (not opened: the clinician stays on theirs).
    New(String),
}

/// Reads a list of saved consults, skipping any entry that cannot be read (a hand edit, a
/// newer format) instead of failing the whole file.
pub fn lenient_list<'de, D>(deserializer: D) -> Result<Vec<SavedConsult>, D::Error>
where
    D: Deserializer<'de>,
{
    deserializer.deserialize_seq(ListVisitor(PhantomData))
}

struct ListVisitor(PhantomData<SavedConsult>);

/// One entry, or whatever was there instead.
#[derive(Deserialize)]
#[serde(untagged)]
enum Entry {
    Good(SavedConsult),
    Bad(serde::de::IgnoredAny),
}

impl<'de> Visitor<'de> for ListVisitor {
    type Value = Vec<SavedConsult>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a list of saved consults")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut list = Vec::new();
        while let Some(entry) = seq.next_element::<Entry>()? {
            match entry {
                Entry::Good(consult) => list.push(consult),
                Entry::Bad(_) => log::warn!("a saved consult could not be read; skipped"),
            }
        }
        Ok(list)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Link;

    #[derive(Deserialize, Default)]
    #[serde(default)]
    struct Holder {
        #[serde(deserialize_with = "lenient_list")]
        consults: Vec<SavedConsult>,
        diary: Vec<String>,
    }

    #[test]
    fn keeps_what_was_shown_in_words() {
        let mut record = ConsultRecord::default();
        record.shown("s1-heel", 1, &Link::section("back-to-ankle", "nerve-path"));
        record.shown("s1-heel", 2, &Link::section("back-to-ankle", "nerve-path"));
        let saved = SavedConsult::new(&record, vec!["Mark 1: circle".into()], "2025-01-02");
        assert_eq!(saved.steps, vec!["s1-heel step 1", "s1-heel step 2"]);
        assert_eq!(saved.sections, vec!["back-to-ankle#nerve-path"]);
        assert_eq!(saved.marks.len(), 1);
    }

    #[test]
    fn an_unreadable_entry_is_skipped_and_the_rest_kept() {
        let text = r#"(consults: [(date: "2025-01-02", steps: ["a step 1"]), 42, (date: 7), (marks: ["m"])], diary: ["kept"])"#;
        let holder: Holder = ron::from_str(text).unwrap();
        assert_eq!(holder.consults.len(), 2);
        assert_eq!(holder.consults[0].steps, vec!["a step 1"]);
        assert_eq!(holder.consults[1].marks, vec!["m"]);
        assert_eq!(holder.diary, vec!["kept"]);
    }
}
