//! The self-check file format: `content/selfcheck/*.ron`. Validated into a
//! [`super::Questionnaire`] before use.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::content::Link;

/// Text written twice, like articles.
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Text {
    /// Plain words, about grade 6.
    pub patient: String,
    /// Clinician wording.
    pub clinician: String,
}

impl Text {
    /// The wording for a reading level.
    pub fn get(&self, level: crate::settings::ReadingLevel) -> &str {
        match level {
            crate::settings::ReadingLevel::Patient => &self.patient,
            crate::settings::ReadingLevel::Clinician => &self.clinician,
        }
    }
}

/// How soon to get care, from least to most urgent (the order matters: results take the max).
#[derive(
    Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq, PartialOrd, Ord, Hash, Default,
)]
pub enum Urgency {
    /// Self-care, with a safety net.
    #[default]
    SelfCare,
    /// Book an appointment with a clinician.
    Appointment,
    /// See a clinician today.
    SameDay,
    /// Emergency care now.
    Emergency,
}

impl Urgency {
    /// Every level, least urgent first.
    pub const ALL: [Urgency; 4] = [
        Urgency::SelfCare,
        Urgency::Appointment,
        Urgency::SameDay,
        Urgency::Emergency,
    ];

    /// What guidance advises for answers at this level: the result heading. It speaks of
    /// the answers, never of the person.
    pub fn label(self) -> &'static str {
        match self {
            Urgency::Emergency => "Guidance for answers like these: get emergency care now",
            Urgency::SameDay => "Guidance for answers like these: see a clinician today",
            Urgency::Appointment => "Guidance for answers like these: book an appointment",
            Urgency::SelfCare => {
                "Guidance for answers like these: self-care, with the safety net below"
            }
        }
    }

    /// The level alone, in a few words ("emergency care now").
    pub fn short_label(self) -> &'static str {
        match self {
            Urgency::Emergency => "emergency care now",
            Urgency::SameDay => "see a clinician today",
            Urgency::Appointment => "book an appointment",
            Urgency::SelfCare => "self-care with a safety net",
        }
    }

    /// The id of [`Self::label`]'s words in the UI message files (`urgency-Emergency`), so
    /// the result heading is shown in the language chosen.
    pub fn message_id(self) -> &'static str {
        match self {
            Urgency::Emergency => "urgency-Emergency",
            Urgency::SameDay => "urgency-SameDay",
            Urgency::Appointment => "urgency-Appointment",
            Urgency::SelfCare => "urgency-SelfCare",
        }
    }

    /// The id of [`Self::short_label`]'s words in the UI message files
    /// (`urgency-short-Emergency`).
    pub fn short_message_id(self) -> &'static str {
        match self {
            Urgency::Emergency => "urgency-short-Emergency",
            Urgency::SameDay => "urgency-short-SameDay",
            Urgency::Appointment => "urgency-short-Appointment",
            Urgency::SelfCare => "urgency-short-SelfCare",
        }
    }

    /// Short id printed by `ankleback assess`.
    pub fn id(self) -> &'static str {
        match self {
            Urgency::Emergency => "emergency",
            Urgency::SameDay => "same-day",
            Urgency::Appointment => "appointment",
            Urgency::SelfCare => "self-care",
        }
    }

    /// Whether this level stops the check at the urgent-advice screen.
    pub fn is_urgent(self) -> bool {
        self >= Urgency::SameDay
    }
}

/// A questionnaire file.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct QuestionnaireSpec {
    /// Stable id.
    pub id: String,
    /// Title on the start screen.
    pub title: String,
    /// What the check is, shown before starting.
    pub intro: Text,
    /// Patterns the answers can match, by id.
    pub patterns: Vec<PatternSpec>,
    /// Questions in order. A question is asked when its `show_if` holds (or it has none).
    /// Questions with the same `screen` next to each other are shown together. The first
    /// screens are the warning signs.
    pub questions: Vec<QuestionSpec>,
    /// Pattern outcomes name a `pattern`; exactly one fallback outcome names none and is used
    /// when nothing else matches. Warning signs need no outcome: their text is the registry's.
    pub outcomes: Vec<OutcomeSpec>,
    /// Which answer the body map's "Start a self-check about this area" suggests for each
    /// body area. Without it the body map offers no such button.
    #[serde(default)]
    pub body_map: Option<BodyMapPreset>,
    /// The warning sign (registry id) whose "why" text the result shows under answers that
    /// raised its urgency (nerve signs set a floor); none shows no such text.
    #[serde(default)]
    pub floor_sign: Option<String>,
}

/// The body map's suggestion: for each body area, an option of one single-choice question.
/// It is shown pre-selected on that question, never answered for the person.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct BodyMapPreset {
    /// The single-choice question (usually "Which area bothers you most?").
    pub question: String,
    /// Option id by body area; every area needs one.
    pub options: BTreeMap<crate::content::model::Area, String>,
}

/// A pattern the answers can match ("nerve-type pain").
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct PatternSpec {
    /// Stable id.
    pub id: String,
    /// Name, e.g. "Nerve-type pain".
    pub name: String,
    /// Score needed before the pattern can be the result.
    pub threshold: i32,
}

/// One question.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct QuestionSpec {
    /// Stable id; answer files use it.
    pub id: String,
    /// Section shown above the question: "Warning signs", "Where it hurts", …
    pub section: String,
    /// Questions with the same screen id, next to each other, are asked on one screen.
    /// A question without one is a screen of its own.
    #[serde(default)]
    pub screen: Option<String>,
    /// A drawing shown with the question (`ottawa_points`).
    #[serde(default)]
    pub figure: Option<String>,
    /// The question.
    pub text: Text,
    /// Optional explanation under the question.
    #[serde(default)]
    pub help: Option<Text>,
    /// Kind of answer.
    pub kind: QuestionKind,
    /// Possible answers (for `YesNoUnsure`: ids `yes`, `no`, `not_sure`; for `Regions`: region ids).
    #[serde(default)]
    pub options: Vec<OptionSpec>,
    /// For `PainScale`: bands of scores with their effects.
    #[serde(default)]
    pub bands: Vec<BandSpec>,
    /// Ask only when this holds.
    #[serde(default)]
    pub show_if: Option<Condition>,
}

/// Kinds of question.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq)]
pub enum QuestionKind {
    /// Yes / No / Not sure.
    YesNoUnsure,
    /// One of the options.
    Single,
    /// Any number of the options (none allowed).
    Multiple,
    /// 0–10 pain scale.
    PainScale,
    /// "Show where it hurts": regions picked on the body map; options are region ids.
    Regions,
}

/// One possible answer and what it does.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct OptionSpec {
    /// Stable id (for `Regions`, the region id).
    pub id: String,
    /// The answer as shown (its accessible label).
    pub label: Text,
    /// Effects of choosing it.
    #[serde(default)]
    pub effect: Effect,
    /// Body-map regions that show this answer on the drawing beside the question.
    #[serde(default)]
    pub regions: Vec<String>,
}

/// A band of the 0–10 pain scale.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct BandSpec {
    /// Lowest score in the band.
    pub min: u8,
    /// Highest score in the band.
    pub max: u8,
    /// Effects of a score in the band.
    #[serde(default)]
    pub effect: Effect,
}

/// What an answer does.
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Effect {
    /// A warning sign from the registry (`warning-signs.ron`), by id. Its tier decides: an
    /// emergency sign ends the check after its screen; a same-day sign ends it after the
    /// warning screens; an appointment sign sets a floor and the check goes on.
    #[serde(default)]
    pub warning: Option<String>,
    /// The result is at least this urgent, whatever the pattern scores say.
    #[serde(default, alias = "raise")]
    pub floor: Option<Urgency>,
    /// Pattern weights added to the scores.
    #[serde(default)]
    pub weights: BTreeMap<String, i32>,
}

/// When a question is asked. May refer only to questions before it (so there are no cycles).
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
pub enum Condition {
    /// The answer to `question` includes one of `any_of`.
    Answered {
        /// An earlier question id.
        question: String,
        /// Option ids.
        any_of: Vec<String>,
    },
    /// All conditions hold.
    All(Vec<Condition>),
    /// Any condition holds.
    Any(Vec<Condition>),
}

/// A result screen.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct OutcomeSpec {
    /// Stable id, printed by `ankleback assess`.
    pub id: String,
    /// Pattern this outcome is for; `None` for the fallback.
    #[serde(default)]
    pub pattern: Option<String>,
    /// Urgency of this outcome (the result may be raised by floors).
    pub urgency: Urgency,
    /// The safety net's "if it is not better within N weeks" (required).
    #[serde(default)]
    pub recheck_weeks: Option<u8>,
    /// Heading: "These answers match what the articles describe as …".
    pub title: Text,
    /// The sources' reasoning, in educational words. Never "you have".
    pub explanation: Text,
    /// What tends to help, from the sources (information, not instructions).
    #[serde(default)]
    pub what_helps: Vec<Text>,
    /// When to seek care for this pattern (the shared safety net is added to every result).
    #[serde(default)]
    pub seek_care: Vec<Text>,
    /// Regions to highlight on the body map.
    #[serde(default)]
    pub regions: Vec<String>,
    /// Pathways to highlight on the body map.
    #[serde(default)]
    pub pathways: Vec<String>,
    /// Article sections to read next (`article#section`).
    #[serde(default)]
    pub read_next: Vec<Link>,
    /// Source ids.
    pub sources: Vec<String>,
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "tests")]
    use super::*;
    use crate::messages::Messages;

    #[test]
    fn urgency_words_are_in_the_message_files_in_every_language() {
        let english = Messages::new("en");
        for urgency in Urgency::ALL {
            assert_eq!(english.get(urgency.message_id()), urgency.label());
            assert_eq!(
                english.get(urgency.short_message_id()),
                urgency.short_label()
            );
        }
        let spanish = Messages::new("es");
        assert_eq!(spanish.lang(), "es");
        for urgency in Urgency::ALL {
            for id in [urgency.message_id(), urgency.short_message_id()] {
                let text = spanish.get(id);
                assert_ne!(text, id, "{id} missing in es");
                assert_ne!(text, english.get(id), "{id} not translated");
            }
        }
    }
}
