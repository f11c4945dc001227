//! What is read aloud for each part of the app, built from the content (no egui): an article
//! section, a warning box, a self-check question or result. The screens and the
//! `read-aloud` command use the same scripts, so what is heard matches what is shown.

use crate::content::Content;
use crate::content::model::{Block, Section};
use crate::messages::Messages;
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

/// A self-check question, then its answers ("The answers are: …", in `words`' language).
pub fn question_paragraphs(
    question: &QuestionSpec,
    level: ReadingLevel,
    words: &Messages,
) -> Vec<String> {
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
        out.push(words.with(
            "readaloud-answers",
            &[("answers", answers.join(", ").into())],
        ));
    }
    out
}

/// How the urgency of a result is said: the screen's heading (`urgency-<Urgency>`), ended.
pub fn urgency_words(urgency: Urgency, words: &Messages) -> String {
    ended(words.get(urgency.message_id()))
}

/// A self-check result: the urgent instruction first, then the rest.
pub fn result_paragraphs(
    (content, words): (&Content, &Messages),
    urgency: Urgency,
    title: &str,
    explanation: &str,
    level: ReadingLevel,
    emergency_number: &str,
) -> Vec<String> {
    let mut out = vec![urgency_words(urgency, words)];
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
/// and its signs, in the content's language (`words` gives the few words that are not content).
/// `None` when the outcome is not in the content.
pub fn result_script(
    (content, words): (&Content, &Messages),
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
        (content, words),
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

    /// The embedded content in Spanish.
    fn spanish() -> Content {
        let files = crate::content::ContentFiles::embedded();
        crate::content::i18n::Languages::new(load_embedded(), &files)
            .content("es")
            .unwrap()
    }

    /// The result of a vignette's answers.
    fn vignette_result(content: &Content, name: &str) -> crate::selfcheck::engine::Assessment {
        let q = &content.questionnaires[0];
        let path = format!("{}/tests/vignettes/{name}", env!("CARGO_MANIFEST_DIR"));
        let file =
            crate::selfcheck::answers::read_answers_file(std::path::Path::new(&path), q).unwrap();
        q.assess(&file.answers)
    }

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
        let words = Messages::new("en");
        let q = &content.questionnaires[0];
        let result = vignette_result(&content, "01-saddle-numbness.ron");
        assert_eq!(result.urgency, Urgency::Emergency);
        let read = result_script(
            (&content, &words),
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
                (&content, &words),
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
    fn the_spanish_emergency_result_is_all_spanish_where_to_go_first() {
        let content = spanish();
        let words = Messages::new("es");
        let q = &content.questionnaires[0];
        let result = vignette_result(&content, "01-saddle-numbness.ron");
        assert_eq!(result.urgency, Urgency::Emergency);
        let read = result_script(
            (&content, &words),
            q,
            result.urgency,
            &result.outcome_id,
            ReadingLevel::Patient,
            "112",
        )
        .unwrap();
        assert!(
            read[0].starts_with("Lo que aconsejan las guías"),
            "{read:?}"
        );
        assert!(read[0].contains("urgencia"), "{read:?}");
        assert!(
            read[1].starts_with("Llame al") && read[1].contains("112"),
            "{read:?}"
        );
        let net = content
            .warnings
            .safety_net
            .heading
            .get(ReadingLevel::Patient);
        assert!(net.starts_with("Sean cuales"), "{net}");
        assert!(read.iter().position(|p| p.starts_with(net)).unwrap() > 2);
        let english = load_embedded();
        let english_read = result_script(
            (&english, &Messages::new("en")),
            &english.questionnaires[0],
            result.urgency,
            &result.outcome_id,
            ReadingLevel::Patient,
            "112",
        )
        .unwrap();
        for (es, en) in read.iter().zip(&english_read) {
            assert_ne!(es, en, "left in English");
        }
    }

    #[test]
    fn a_spanish_question_is_read_with_spanish_answers() {
        let content = spanish();
        let question = &content.questionnaires[0].spec().questions[0];
        let read = question_paragraphs(question, ReadingLevel::Patient, &Messages::new("es"));
        let last = read.last().unwrap();
        assert!(last.starts_with("Las respuestas son: "), "{read:?}");
        assert!(last.contains(question.options[0].label.get(ReadingLevel::Patient)));
    }

    #[test]
    fn a_spanish_section_is_read_in_spanish_sentences() {
        let content = spanish();
        let section = &content.articles[0].sections[0];
        let paragraphs = section_paragraphs(&content, section, ReadingLevel::Patient, "");
        assert!(paragraphs[0].starts_with(&section.heading));
        let said = sentences(&paragraphs, ReadingLevel::Patient, "es");
        assert!(said.len() >= 3, "{said:?}");
        assert!(said.iter().all(|s| !s.spoken.contains("percent")));
        assert_ne!(
            section.heading,
            load_embedded().articles[0].sections[0].heading,
            "the heading is translated"
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
