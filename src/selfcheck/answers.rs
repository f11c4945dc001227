//! Answers: what the user chose, and the answer files `ankleback assess` reads.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::spec::Urgency;

/// One answer.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, Eq)]
pub enum Answer {
    /// Yes/No/Not sure or single choice: the option id.
    Choice(String),
    /// Multiple choice: the option ids (may be empty).
    Choices(Vec<String>),
    /// Pain scale 0–10.
    Scale(u8),
    /// Regions picked on the body map.
    Regions(Vec<String>),
}

impl Answer {
    /// The option ids this answer picked.
    pub fn option_ids(&self) -> Vec<&str> {
        match self {
            Answer::Choice(id) => vec![id.as_str()],
            Answer::Choices(ids) | Answer::Regions(ids) => ids.iter().map(String::as_str).collect(),
            Answer::Scale(_) => Vec::new(),
        }
    }
}

/// Answers by question id.
pub type Answers = BTreeMap<String, Answer>;

/// A file of answers for `ankleback assess`; vignettes add the expected result.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AnswersFile {
    /// A short name for the case.
    #[serde(default)]
    pub name: Option<String>,
    /// Answers by question id.
    pub answers: Answers,
    /// Expected result (vignettes).
    #[serde(default)]
    pub expect: Option<Expected>,
}

/// The result a vignette expects.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Expected {
    /// Urgency.
    pub urgency: Urgency,
    /// Pattern id, or `None` for warning-sign and fallback results.
    pub pattern: Option<String>,
    /// Outcome id.
    pub outcome: String,
}
