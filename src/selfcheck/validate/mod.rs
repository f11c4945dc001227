//! Validation of a questionnaire file: every reference resolves, the warning screens come
//! first, floors and tiers follow the safety rules, no diagnostic wording. A file that passes
//! becomes a [`Questionnaire`] the runtime engine ([`super::engine`]) can trust.

use std::collections::{BTreeMap, HashMap, HashSet};

use super::engine::{Questionnaire, Screen};
use crate::content::model::Area;

use super::spec::{
    BodyMapPreset, Condition, Effect, OutcomeSpec, QuestionKind, QuestionSpec, QuestionnaireSpec,
    Text, Urgency,
};

/// Phrases that would turn education into a verdict on the person. No self-check text, article,
/// region text, plan or glossary entry may contain them (whole words, any case).
pub const BANNED_PHRASES: [&str; 16] = [
    "you have",
    "you may have",
    "you might have",
    "you've got",
    "you are suffering",
    "diagnosis is",
    "you need an x-ray",
    "you definitely",
    "this confirms",
    "you are diagnosed",
    "your diagnosis",
    "sounds like",
    "probably",
    "this is a",
    "this is an",
    "this is your",
];

/// Words that mark a nerve feature: an answer that names one must carry a floor of at least
/// "appointment" (or be a warning sign), so that no score can end it at self-care.
pub const NERVE_WORDS: [&str; 7] = [
    "numb",
    "tingl",
    "pins and needles",
    "burning",
    "weak",
    "below the knee",
    "paraesthesia",
];

/// The first banned phrase in `text`, matched as whole words.
pub fn banned_phrase(text: &str) -> Option<&'static str> {
    let lower = text.to_lowercase().replace('’', "'");
    BANNED_PHRASES
        .into_iter()
        .find(|phrase| contains_words(&lower, phrase))
}

/// Whether `haystack` contains `phrase` with a word boundary at both ends.
fn contains_words(haystack: &str, phrase: &str) -> bool {
    let is_word = |c: char| c.is_alphanumeric() || c == '\'';
    let mut from = 0;
    while let Some(at) = haystack.get(from..).and_then(|h| h.find(phrase)) {
        let start = from + at;
        let end = start + phrase.len();
        let before_ok = haystack[..start]
            .chars()
            .next_back()
            .is_none_or(|c| !is_word(c));
        let after_ok = haystack[end..].chars().next().is_none_or(|c| !is_word(c));
        if before_ok && after_ok {
            return true;
        }
        from = start + 1;
        while !haystack.is_char_boundary(from) {
            from += 1;
        }
    }
    false
}

fn names_nerve_feature(text: &Text) -> bool {
    let patient = text.patient.to_lowercase();
    let clinician = text.clinician.to_lowercase();
    NERVE_WORDS
        .iter()
        .any(|w| patient.contains(w) || clinician.contains(w))
}

/// A problem found while validating, with the text to look for in the file to place it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SpecProblem {
    /// What is wrong.
    pub message: String,
    /// Where it is: an id or text to find in the file (after `near`).
    pub needle: String,
    /// An id of the enclosing item, to search from.
    pub near: Option<String>,
}

/// Ids known to the rest of the content, for cross-references.
#[derive(Clone, Debug, Default)]
pub struct KnownIds<'a> {
    /// Region ids.
    pub regions: HashSet<&'a str>,
    /// Pathway ids.
    pub pathways: HashSet<&'a str>,
    /// Source ids.
    pub sources: HashSet<&'a str>,
    /// `article` and `article#section` links.
    pub links: HashSet<crate::content::Link>,
    /// Warning signs of the registry with their tiers.
    pub signs: HashMap<&'a str, Urgency>,
    /// Teaching figures (`figures.ron`) a question may show.
    pub figures: HashSet<&'a str>,
}

fn problem(message: String, needle: &str, near: Option<&str>) -> SpecProblem {
    SpecProblem {
        message,
        needle: ron_quoted(needle),
        near: near.map(ron_quoted),
    }
}

/// A string as RON writes it (quoted, escapes included), to find it in the file.
fn ron_quoted(text: &str) -> String {
    ron::to_string(text).unwrap_or_else(|_| format!("\"{text}\""))
}

/// Groups neighbouring questions with the same screen id.
fn screens_of(spec: &QuestionnaireSpec) -> Vec<Screen> {
    let mut screens: Vec<Screen> = Vec::new();
    for (index, question) in spec.questions.iter().enumerate() {
        let id = question
            .screen
            .clone()
            .unwrap_or_else(|| question.id.clone());
        let warning = question.options.iter().any(|o| o.effect.warning.is_some())
            || question.bands.iter().any(|b| b.effect.warning.is_some());
        match screens.last_mut() {
            Some(last) if question.screen.is_some() && last.id == id => {
                last.questions.push(index);
                last.warning |= warning;
            }
            _ => screens.push(Screen {
                id,
                questions: vec![index],
                warning,
            }),
        }
    }
    screens
}

mod outcomes;
mod questions;
mod screens;

/// Checks a questionnaire and returns it validated, or every problem found.
pub fn validate(
    spec: QuestionnaireSpec,
    known: &KnownIds<'_>,
) -> Result<Questionnaire, Vec<SpecProblem>> {
    let mut problems = Vec::new();
    let pattern_ids: HashSet<&str> = spec.patterns.iter().map(|p| p.id.as_str()).collect();
    let screens = screens_of(&spec);
    for (index, pattern) in spec.patterns.iter().enumerate() {
        if spec.patterns[..index].iter().any(|p| p.id == pattern.id) {
            problems.push(problem(
                format!("duplicate pattern id \"{}\"", pattern.id),
                &pattern.id,
                None,
            ));
        }
    }
    let order = screens::check(&spec, &screens, known, &mut problems);
    let (seen_questions, tiers) =
        questions::check(&spec, known, &pattern_ids, &order, &mut problems);
    outcomes::check(&spec, known, &pattern_ids, &mut problems);
    check_banned(&spec.intro, &spec.id, &mut problems);
    if let Some(preset) = &spec.body_map {
        check_body_map(preset, &seen_questions, &mut problems);
    }
    if let Some(sign) = &spec.floor_sign
        && !known.signs.contains_key(sign.as_str())
    {
        problems.push(problem(
            format!("floor_sign names \"{sign}\", which is not in the warning-sign registry"),
            &format!("\"{sign}\""),
            Some("floor_sign:"),
        ));
    }
    if problems.is_empty() {
        Ok(Questionnaire {
            spec,
            screens,
            tiers,
        })
    } else {
        Err(problems)
    }
}

/// The body map's preset names a single-choice question, an option of it for every area.
fn check_body_map(
    preset: &BodyMapPreset,
    questions: &BTreeMap<&str, &QuestionSpec>,
    problems: &mut Vec<SpecProblem>,
) {
    // Placed inside the `body_map:` field, not at the question of the same id.
    let at = |message: String, needle: String| SpecProblem {
        message,
        needle,
        near: Some("body_map:".to_owned()),
    };
    let quoted = |id: &str| format!("\"{id}\"");
    let Some(question) = questions.get(preset.question.as_str()) else {
        problems.push(at(
            format!("body_map names an unknown question \"{}\"", preset.question),
            quoted(&preset.question),
        ));
        return;
    };
    if question.kind != QuestionKind::Single {
        problems.push(at(
            format!(
                "body_map question \"{}\" is not a single choice",
                preset.question
            ),
            quoted(&preset.question),
        ));
    }
    for area in Area::ALL {
        match preset.options.get(&area) {
            None => problems.push(at(
                format!("body_map has no option for the area {area:?}"),
                "options:".to_owned(),
            )),
            Some(option) if !question.options.iter().any(|o| &o.id == option) => {
                problems.push(at(
                    format!(
                        "body_map: question \"{}\" has no option \"{option}\"",
                        preset.question
                    ),
                    quoted(option),
                ));
            }
            Some(_) => {}
        }
    }
}

fn effects(question: &QuestionSpec) -> impl Iterator<Item = &Effect> {
    question
        .options
        .iter()
        .map(|o| &o.effect)
        .chain(question.bands.iter().map(|b| &b.effect))
}

/// Whether an effect keeps the result at "appointment" or above.
fn carries_floor(effect: &Effect, known: &KnownIds<'_>) -> bool {
    effect.floor >= Some(Urgency::Appointment)
        || effect
            .warning
            .as_deref()
            .and_then(|sign| known.signs.get(sign))
            .is_some_and(|tier| *tier >= Urgency::Appointment)
}

fn outcome_texts(outcome: &OutcomeSpec) -> impl Iterator<Item = &Text> {
    [&outcome.title, &outcome.explanation]
        .into_iter()
        .chain(&outcome.what_helps)
        .chain(&outcome.seek_care)
}

fn check_text(text: &Text, id: &str, problems: &mut Vec<SpecProblem>) {
    if text.patient.trim().is_empty() || text.clinician.trim().is_empty() {
        problems.push(problem(
            format!("\"{id}\" has an empty patient or clinician text"),
            id,
            None,
        ));
    }
}

fn check_banned(text: &Text, id: &str, problems: &mut Vec<SpecProblem>) {
    for level in [&text.patient, &text.clinician] {
        if let Some(phrase) = banned_phrase(level) {
            problems.push(problem(
                format!("\"{id}\" uses diagnostic wording \"{phrase}\": say what the articles describe, not what the person has"),
                id,
                None,
            ));
        }
    }
}

fn check_effect(
    effect: &Effect,
    patterns: &HashSet<&str>,
    known: &KnownIds<'_>,
    question: &str,
    option: &str,
    problems: &mut Vec<SpecProblem>,
) {
    for pattern in effect.weights.keys() {
        if !patterns.contains(pattern.as_str()) {
            problems.push(problem(
                format!("unknown pattern id \"{pattern}\" in \"{question}\""),
                pattern,
                Some(option),
            ));
        }
    }
    if let Some(sign) = &effect.warning
        && !known.signs.contains_key(sign.as_str())
    {
        problems.push(problem(
            format!("unknown warning sign \"{sign}\" in \"{question}\" (not in warning-signs.ron)"),
            sign,
            Some(question),
        ));
    }
}

fn condition_targets(condition: &Condition) -> Vec<&String> {
    match condition {
        Condition::Answered { question, .. } => vec![question],
        Condition::All(conditions) | Condition::Any(conditions) => {
            conditions.iter().flat_map(condition_targets).collect()
        }
    }
}

fn check_condition(
    condition: &Condition,
    earlier: &BTreeMap<&str, &QuestionSpec>,
    question: &str,
    same_screen: &dyn Fn(&str) -> bool,
    problems: &mut Vec<SpecProblem>,
) {
    match condition {
        Condition::Answered { question: target, any_of } => match earlier.get(target.as_str()) {
            None => problems.push(problem(
                format!("show_if of \"{question}\" refers to \"{target}\", which is not an earlier question"),
                target,
                Some(question),
            )),
            Some(_) if same_screen(target) => problems.push(problem(
                format!("show_if of \"{question}\" refers to \"{target}\" on the same screen; it must be on an earlier screen"),
                target,
                Some(question),
            )),
            Some(target_question) => {
                for option in any_of {
                    if !target_question.options.iter().any(|o| &o.id == option) {
                        problems.push(problem(format!("\"{target}\" has no option \"{option}\""), option, Some(question)));
                    }
                }
            }
        },
        Condition::All(conditions) | Condition::Any(conditions) => {
            for c in conditions {
                check_condition(c, earlier, question, same_screen, problems);
            }
        }
    }
}
