//! What is read aloud for each part of the app, built from the content (no egui): an article
//! section, a warning box, a self-check question or result. The screens and the
//! `read-aloud` command use the same scripts, so what is heard matches what is shown.

use crate::content::Content;
use crate::content::model::{Block, Section};
use crate::selfcheck::Questionnaire;
use crate::selfcheck::engine::sign_of_outcome;
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

/// A whole self-check result as the result screen's Read aloud reads it (and
/// `ankleback read-aloud --answers`): the urgency and, from an appointment up, where to go
/// (with the emergency number) first, then the result's title and why, then the safety net
/// and its signs. `None` when the outcome is not in the content.
pub fn result_script(
    content: &Content,
    questionnaire: &Questionnaire,
    urgency: Urgency,
    outcome_id: &str,
    level: ReadingLevel,
    emergency_number: &str,
) -> Option<Vec<String>> {
    let (title, explanation) = match questionnaire.outcome(outcome_id) {
        Some(o) => (o.title.get(level), o.explanation.get(level)),
        None => {
            let sign = sign_of_outcome(outcome_id).and_then(|id| content.warnings.sign(&id))?;
            (sign.text.get(level), sign.why.get(level))
        }
    };
    let mut paragraphs = result_paragraphs(
        content,
        urgency,
        title,
        explanation,
        level,
        emergency_number,
    );
    let net = &content.warnings.safety_net;
    // The heading leads into its list of signs ("… get care if:").
    let heading = net.heading.get(level).trim();
    paragraphs.push(if heading.ends_with(['.', '!', '?', ':']) {
        heading.to_owned()
    } else {
        format!("{heading}:")
    });
    paragraphs.extend(warning_paragraphs(
        content,
        &net.signs,
        level,
        emergency_number,
    ));
    Some(paragraphs)
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
    fn an_emergency_result_is_read_where_to_go_first_then_the_safety_net() {
        let content = load_embedded();
        let q = &content.questionnaires[0];
        let path = format!(
            "{}/tests/vignettes/01-saddle-numbness.ron",
            env!("CARGO_MANIFEST_DIR")
        );
        let file =
            crate::selfcheck::answers::read_answers_file(std::path::Path::new(&path), q).unwrap();
        let result = q.assess(&file.answers);
        assert_eq!(result.urgency, Urgency::Emergency);
        let read = result_script(
            &content,
            q,
            result.urgency,
            &result.outcome_id,
            ReadingLevel::Patient,
            "112",
        )
        .unwrap();
        assert_eq!(read[0], ended(Urgency::Emergency.label()));
        assert!(read[1].contains("112"), "{read:?}");
        let net = content
            .warnings
            .safety_net
            .heading
            .get(ReadingLevel::Patient);
        assert!(read.iter().position(|p| p.starts_with(net)).unwrap() > 2);
        assert!(
            result_script(
                &content,
                q,
                Urgency::SelfCare,
                "nope",
                ReadingLevel::Patient,
                ""
            )
            .is_none()
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
