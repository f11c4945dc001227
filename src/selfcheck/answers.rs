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

/// Reads an answers file (a regular file under the size cap, a BOM stripped) and checks it
/// against the questionnaire. Every problem comes as one `path:line:col: message` line, placed
/// where the parser or the file puts it (escaped ids found as RON writes them, invalid UTF-8
/// at its first bad byte). Used by `ankleback assess` and `ankleback handout`.
pub fn read_answers_file(
    path: &std::path::Path,
    questionnaire: &super::Questionnaire,
) -> Result<AnswersFile, Vec<String>> {
    use crate::store::safe_read;
    let shown = path.display();
    let bytes = safe_read::read_regular_file(path, safe_read::USER_FILE_CAP_BYTES)
        .map_err(|err| vec![format!("{shown}:1:1: cannot read file: {err}")])?;
    let text = String::from_utf8(bytes).map_err(|err| {
        let (line, col) = safe_read::utf8_error_position(&err);
        vec![format!("{shown}:{line}:{col}: not UTF-8 text")]
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let file: AnswersFile = ron::from_str(text).map_err(|err| {
        vec![format!(
            "{shown}:{}:{}: {}",
            err.span.start.line,
            err.span.start.col,
            err.code.to_string().replace('\n', "\\n")
        )]
    })?;
    let problems: Vec<String> = questionnaire
        .check_answers(&file.answers)
        .into_iter()
        .map(|(question_id, message)| {
            let written =
                ron::to_string(&question_id).unwrap_or_else(|_| format!("\"{question_id}\""));
            let at = text.find(&written).unwrap_or(0);
            let before = &text[..at];
            let line = before.matches('\n').count() + 1;
            let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            format!("{shown}:{line}:{col}: {}", message.replace('\n', "\\n"))
        })
        .collect();
    if problems.is_empty() {
        Ok(file)
    } else {
        Err(problems)
    }
}
