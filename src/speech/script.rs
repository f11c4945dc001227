//! What is read aloud for each part of the app, built from the content (no egui): an article
//! section, a warning box, a self-check question or result. The screens and the
//! `read-aloud` command use the same scripts, so what is heard matches what is shown.

use crate::content::Content;
use crate::content::model::{Block, Section};
use crate::selfcheck::spec::{QuestionSpec, Urgency};
use crate::settings::ReadingLevel;

use super::text::{Sentence, script};

/// The paragraphs of one article section at a reading level, heading first, markup stripped.
pub fn section_paragraphs(
    content: &Content,
    section: &Section,
    level: ReadingLevel,
    emergency_number: &str,
) -> Vec<String> {
    let blocks = match level {
        ReadingLevel::Patient => &section.patient,
        ReadingLevel::Clinician => &section.clinician,
    };
    let mut paragraphs = vec![format!("{}.", section.heading.trim_end_matches('.'))];
    for block in blocks {
        match block {
            Block::WarningSigns(ids) => {
                paragraphs.extend(warning_paragraphs(content, ids, level, emergency_number));
            }
            other => paragraphs.extend(other.texts().into_iter().map(|t| ended(&content.plain(t)))),
        }
    }
    paragraphs
}

/// Warning signs as they are read: each tier's heading and where to go, then its signs.
pub fn warning_paragraphs(
    content: &Content,
    ids: &[String],
    level: ReadingLevel,
    emergency_number: &str,
) -> Vec<String> {
    let registry = &content.warnings;
    let mut out = Vec::new();
    for (tier, signs) in registry.grouped(ids) {
        if let Some(advice) = registry.tier(tier) {
            out.push(ended(advice.heading.get(level)));
            out.push(registry.action(tier, level, emergency_number));
        }
        out.extend(signs.iter().map(|s| ended(s.text.get(level))));
    }
    out
}

/// A self-check question, then its answers.
pub fn question_paragraphs(question: &QuestionSpec, level: ReadingLevel) -> Vec<String> {
    let mut out = vec![question.text.get(level).to_owned()];
    if let Some(help) = &question.help {
        out.push(help.get(level).to_owned());
    }
    let answers: Vec<&str> = question
        .options
        .iter()
        .map(|o| o.label.get(level))
        .collect();
    if !answers.is_empty() {
        out.push(format!("The answers are: {}.", answers.join(", ")));
    }
    out
}

/// A self-check result: the urgent instruction first, then the rest.
pub fn result_paragraphs(
    content: &Content,
    urgency: Urgency,
    title: &str,
    explanation: &str,
    level: ReadingLevel,
    emergency_number: &str,
) -> Vec<String> {
    let mut out = vec![ended(urgency.label())];
    if urgency >= Urgency::Appointment {
        out.push(content.warnings.action(urgency, level, emergency_number));
    }
    out.push(ended(title));
    out.push(explanation.to_owned());
    out
}

/// Sentences ready for a speaker.
pub fn sentences(paragraphs: &[String], level: ReadingLevel, lang: &str) -> Vec<Sentence> {
    script(paragraphs, level, lang)
}

/// A line as a sentence: ends with a full stop unless it has its own end.
fn ended(text: &str) -> String {
    let text = text.trim();
    if text.ends_with(['.', '!', '?', ':']) {
        text.to_owned()
    } else {
        format!("{text}.")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::load_embedded;

    #[test]
    fn a_section_is_read_heading_first_without_markup() {
        let content = load_embedded();
        let article = &content.articles[0];
        let section = &article.sections[0];
        let paragraphs = section_paragraphs(&content, section, ReadingLevel::Patient, "");
        assert!(paragraphs[0].starts_with(&section.heading));
        assert!(
            paragraphs.iter().all(|p| !p.contains("[[")),
            "{paragraphs:?}"
        );
    }

    #[test]
    fn warning_boxes_say_where_to_go_first() {
        let content = load_embedded();
        let read = warning_paragraphs(
            &content,
            &["fever".into(), "saddle_numbness".into()],
            ReadingLevel::Patient,
            "112",
        );
        assert_eq!(read[0], "Get emergency care now.");
        assert!(read[1].contains("112"));
        assert!(read.iter().any(|p| p.contains("fever")));
    }
}
