//! The self-check engine: a validated questionnaire, which question comes next, and what the
//! answers match.
//!
//! Rules: questions are asked in file order when their `show_if` holds. The moment any answer
//! carries a warning flag the check ends at that flag's urgent outcome, whatever else was
//! answered. Otherwise pattern weights are added up; the highest pattern that reaches its
//! threshold picks its outcome (ties: the pattern listed first), else the fallback outcome.
//! The urgency is the outcome's, raised by any `raise` effect.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use super::answers::{Answer, Answers};
use super::spec::{
    Condition, Effect, OutcomeSpec, QuestionKind, QuestionSpec, QuestionnaireSpec, Text, Urgency,
};

/// Phrases that would turn education into a diagnosis; no outcome may contain them.
pub const BANNED_PHRASES: [&str; 9] = [
    "you have",
    "you've got",
    "you are suffering",
    "diagnosis is",
    "you need an x-ray",
    "you definitely",
    "this confirms",
    "you are diagnosed",
    "your diagnosis",
];

/// A questionnaire whose references all resolve (see [`validate`]).
#[derive(Clone, Debug, PartialEq)]
pub struct Questionnaire {
    spec: QuestionnaireSpec,
}

/// What the answers so far add up to.
#[derive(Clone, Debug, PartialEq)]
pub struct Assessment {
    /// How soon to get care.
    pub urgency: Urgency,
    /// The outcome shown.
    pub outcome_id: String,
    /// The matched pattern, if the outcome is a pattern outcome.
    pub pattern: Option<String>,
    /// Warning flags raised (in question order).
    pub flags: Vec<String>,
    /// Pattern scores.
    pub scores: BTreeMap<String, i32>,
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
    pub links: HashSet<String>,
}

fn problem(message: String, needle: &str, near: Option<&str>) -> SpecProblem {
    SpecProblem {
        message,
        needle: format!("\"{needle}\""),
        near: near.map(|n| format!("\"{n}\"")),
    }
}

/// Checks a questionnaire and returns it validated, or every problem found.
pub fn validate(
    spec: QuestionnaireSpec,
    known: &KnownIds<'_>,
) -> Result<Questionnaire, Vec<SpecProblem>> {
    let mut problems = Vec::new();
    let pattern_ids: HashSet<&str> = spec.patterns.iter().map(|p| p.id.as_str()).collect();
    let mut flags_used: BTreeSet<&str> = BTreeSet::new();
    let mut seen_questions: BTreeMap<&str, &QuestionSpec> = BTreeMap::new();
    let mut seen_texts = HashSet::new();
    let mut non_warning_seen = false;

    for (index, pattern) in spec.patterns.iter().enumerate() {
        if spec.patterns[..index].iter().any(|p| p.id == pattern.id) {
            problems.push(problem(
                format!("duplicate pattern id \"{}\"", pattern.id),
                &pattern.id,
                None,
            ));
        }
    }

    for question in &spec.questions {
        let id = question.id.as_str();
        if seen_questions.contains_key(id) {
            problems.push(problem(
                format!("duplicate question id \"{id}\""),
                id,
                Some(id),
            ));
        }
        check_text(&question.text, id, &mut problems);
        if !seen_texts.insert(question.text.patient.as_str()) {
            problems.push(problem(
                format!("question \"{id}\" repeats another question's text"),
                id,
                None,
            ));
        }
        // Options.
        let mut option_ids = HashSet::new();
        let mut labels = HashSet::new();
        for option in &question.options {
            if !option_ids.insert(option.id.as_str()) {
                problems.push(problem(
                    format!("duplicate option id \"{}\" in \"{id}\"", option.id),
                    &option.id,
                    Some(id),
                ));
            }
            if !labels.insert(option.label.patient.as_str()) {
                problems.push(problem(
                    format!("duplicate answer label in \"{id}\""),
                    &option.id,
                    Some(id),
                ));
            }
            check_text(&option.label, &option.id, &mut problems);
            check_effect(&option.effect, &pattern_ids, id, &option.id, &mut problems);
            if let Some(flag) = &option.effect.warning {
                flags_used.insert(flag);
            }
            if question.kind == QuestionKind::Regions && !known.regions.contains(option.id.as_str())
            {
                problems.push(problem(
                    format!("unknown region id \"{}\"", option.id),
                    &option.id,
                    Some(id),
                ));
            }
        }
        match question.kind {
            QuestionKind::YesNoUnsure => {
                let ids: BTreeSet<&str> = question.options.iter().map(|o| o.id.as_str()).collect();
                if ids != BTreeSet::from(["yes", "no", "not_sure"]) {
                    problems.push(problem(
                        format!("question \"{id}\" must have the options yes, no and not_sure"),
                        id,
                        None,
                    ));
                }
                let effect_of = |want: &str| {
                    question
                        .options
                        .iter()
                        .find(|o| o.id == want)
                        .map(|o| &o.effect)
                };
                if let (Some(yes), Some(unsure)) = (effect_of("yes"), effect_of("not_sure"))
                    && (yes.warning.is_some() && unsure.warning != yes.warning
                        || unsure.raise < yes.raise)
                {
                    problems.push(problem(
                        format!(
                            "question \"{id}\": \"not sure\" about a warning sign must count as yes"
                        ),
                        "not_sure",
                        Some(id),
                    ));
                }
            }
            QuestionKind::PainScale => {
                let mut covered = [0u8; 11];
                for band in &question.bands {
                    check_effect(&band.effect, &pattern_ids, id, id, &mut problems);
                    if let Some(flag) = &band.effect.warning {
                        flags_used.insert(flag);
                    }
                    for score in band.min..=band.max.min(10) {
                        covered[usize::from(score)] += 1;
                    }
                }
                if covered.iter().any(|&c| c != 1) {
                    problems.push(problem(
                        format!("pain scale \"{id}\" bands must cover 0 to 10 once each"),
                        id,
                        None,
                    ));
                }
            }
            QuestionKind::Single | QuestionKind::Multiple | QuestionKind::Regions => {
                if question.options.is_empty() {
                    problems.push(problem(
                        format!("question \"{id}\" has no options"),
                        id,
                        None,
                    ));
                }
            }
        }
        // Warning signs first, every time.
        let has_warning = question.options.iter().any(|o| o.effect.warning.is_some());
        if has_warning {
            if non_warning_seen {
                problems.push(problem(
                    format!("warning question \"{id}\" must come before the other questions"),
                    id,
                    None,
                ));
            }
            if question.show_if.is_some() {
                problems.push(problem(
                    format!("warning question \"{id}\" must always be asked (no show_if)"),
                    id,
                    None,
                ));
            }
        } else {
            non_warning_seen = true;
        }
        // show_if may look only backwards: no cycles, and every answer it names exists.
        if let Some(condition) = &question.show_if {
            check_condition(condition, &seen_questions, id, &mut problems);
        }
        seen_questions.insert(id, question);
    }

    // Outcomes.
    let mut outcome_ids = HashSet::new();
    let mut fallbacks = 0;
    for outcome in &spec.outcomes {
        let id = outcome.id.as_str();
        if !outcome_ids.insert(id) {
            problems.push(problem(
                format!("duplicate outcome id \"{id}\""),
                id,
                Some(id),
            ));
        }
        match (&outcome.flag, &outcome.pattern) {
            (None, None) => fallbacks += 1,
            (Some(_), Some(_)) => problems.push(problem(
                format!("outcome \"{id}\" names both a flag and a pattern"),
                id,
                None,
            )),
            (None, Some(pattern)) if !pattern_ids.contains(pattern.as_str()) => {
                problems.push(problem(
                    format!("unknown pattern id \"{pattern}\""),
                    pattern,
                    Some(id),
                ));
            }
            (Some(flag), None) if !flags_used.contains(flag.as_str()) => {
                problems.push(problem(
                    format!("outcome \"{id}\" is for flag \"{flag}\", which no answer raises"),
                    flag,
                    Some(id),
                ));
            }
            (Some(_), None) if !outcome.urgency.is_urgent() => {
                problems.push(problem(
                    format!("warning outcome \"{id}\" must be urgent"),
                    id,
                    None,
                ));
            }
            _ => {}
        }
        for text in outcome_texts(outcome) {
            check_text(text, id, &mut problems);
            for level in [&text.patient, &text.clinician] {
                let lower = level.to_lowercase();
                for phrase in BANNED_PHRASES {
                    if lower.contains(phrase) {
                        problems.push(problem(
                            format!("outcome \"{id}\" uses diagnostic wording \"{phrase}\""),
                            id,
                            None,
                        ));
                    }
                }
            }
        }
        if outcome.seek_care.is_empty() {
            problems.push(problem(
                format!("outcome \"{id}\" must say when to seek care"),
                id,
                None,
            ));
        }
        for (ids, set, kind) in [
            (&outcome.regions, &known.regions, "region"),
            (&outcome.pathways, &known.pathways, "pathway"),
            (&outcome.sources, &known.sources, "source"),
        ] {
            for other in ids {
                if !set.contains(other.as_str()) {
                    problems.push(problem(
                        format!("unknown {kind} id \"{other}\""),
                        other,
                        Some(id),
                    ));
                }
            }
        }
        if outcome.sources.is_empty() {
            problems.push(problem(
                format!("outcome \"{id}\" names no source"),
                id,
                None,
            ));
        }
        for link in &outcome.read_next {
            if !known.links.contains(link) {
                problems.push(problem(
                    format!("broken link \"{link}\": no such article or section"),
                    link,
                    Some(id),
                ));
            }
        }
    }
    if fallbacks != 1 {
        problems.push(problem(
            format!("there must be exactly one fallback outcome (no flag, no pattern); found {fallbacks}"),
            &spec.id,
            None,
        ));
    }
    for flag in &flags_used {
        if !spec
            .outcomes
            .iter()
            .any(|o| o.flag.as_deref() == Some(flag))
        {
            problems.push(problem(
                format!("warning flag \"{flag}\" has no outcome"),
                flag,
                None,
            ));
        }
    }
    for pattern in &spec.patterns {
        if !spec
            .outcomes
            .iter()
            .any(|o| o.pattern.as_deref() == Some(pattern.id.as_str()))
        {
            problems.push(problem(
                format!("pattern \"{}\" has no outcome", pattern.id),
                &pattern.id,
                None,
            ));
        }
    }
    if problems.is_empty() {
        Ok(Questionnaire { spec })
    } else {
        Err(problems)
    }
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

fn check_effect(
    effect: &Effect,
    patterns: &HashSet<&str>,
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
}

fn check_condition(
    condition: &Condition,
    earlier: &BTreeMap<&str, &QuestionSpec>,
    question: &str,
    problems: &mut Vec<SpecProblem>,
) {
    match condition {
        Condition::Answered { question: target, any_of } => match earlier.get(target.as_str()) {
            None => problems.push(problem(
                format!("show_if of \"{question}\" refers to \"{target}\", which is not an earlier question"),
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
                check_condition(c, earlier, question, problems);
            }
        }
    }
}

impl Questionnaire {
    /// The file data (read-only).
    pub fn spec(&self) -> &QuestionnaireSpec {
        &self.spec
    }

    /// A question by id.
    pub fn question(&self, id: &str) -> Option<&QuestionSpec> {
        self.spec.questions.iter().find(|q| q.id == id)
    }

    /// An outcome by id.
    pub fn outcome(&self, id: &str) -> Option<&OutcomeSpec> {
        self.spec.outcomes.iter().find(|o| o.id == id)
    }

    /// Whether `question` is asked, given the answers so far.
    pub fn is_asked(&self, question: &QuestionSpec, answers: &Answers) -> bool {
        question.show_if.as_ref().is_none_or(|c| holds(c, answers))
    }

    /// The questions asked for these answers, in order, up to the first unanswered one
    /// (included) or the first warning sign (included).
    pub fn path<'a>(&'a self, answers: &Answers) -> Vec<&'a QuestionSpec> {
        let mut path = Vec::new();
        for question in &self.spec.questions {
            if !self.is_asked(question, answers) {
                continue;
            }
            path.push(question);
            match answers.get(&question.id) {
                None => break,
                Some(answer)
                    if effect_of(question, answer)
                        .iter()
                        .any(|e| e.warning.is_some()) =>
                {
                    break;
                }
                Some(_) => {}
            }
        }
        path
    }

    /// The next question to ask, or `None` when the check is finished (all asked questions
    /// answered, or a warning sign was answered).
    pub fn next_question(&self, answers: &Answers) -> Option<&QuestionSpec> {
        self.path(answers)
            .into_iter()
            .find(|q| !answers.contains_key(&q.id))
    }

    /// What the answers add up to. Answers to questions that are not asked are ignored;
    /// unanswered questions add nothing.
    pub fn assess(&self, answers: &Answers) -> Assessment {
        let mut scores: BTreeMap<String, i32> = self
            .spec
            .patterns
            .iter()
            .map(|p| (p.id.clone(), 0))
            .collect();
        let mut raised = Urgency::SelfCare;
        let mut flags = Vec::new();
        for question in self.path(answers) {
            let Some(answer) = answers.get(&question.id) else {
                continue;
            };
            for effect in effect_of(question, answer) {
                if let Some(flag) = &effect.warning {
                    flags.push(flag.clone());
                }
                raised = raised.max(effect.raise.unwrap_or_default());
                for (pattern, weight) in &effect.weights {
                    *scores.entry(pattern.clone()).or_default() += weight;
                }
            }
        }

        // Any warning sign wins, whatever else was answered.
        let warning_outcome = flags
            .iter()
            .filter_map(|flag| {
                self.spec
                    .outcomes
                    .iter()
                    .find(|o| o.flag.as_ref() == Some(flag))
            })
            .max_by(|a, b| a.urgency.cmp(&b.urgency).then(std::cmp::Ordering::Greater));
        let (outcome, pattern) = if let Some(outcome) = warning_outcome {
            (outcome, None)
        } else {
            let best = self
                .spec
                .patterns
                .iter()
                .filter(|p| scores.get(&p.id).copied().unwrap_or(0) >= p.threshold)
                .fold(None::<(&str, i32)>, |best, p| {
                    let score = scores.get(&p.id).copied().unwrap_or(0);
                    match best {
                        Some((_, s)) if s >= score => best,
                        _ => Some((p.id.as_str(), score)),
                    }
                })
                .map(|(id, _)| id);
            let outcome = best
                .and_then(|id| {
                    self.spec
                        .outcomes
                        .iter()
                        .find(|o| o.pattern.as_deref() == Some(id))
                })
                .or_else(|| self.fallback());
            match outcome {
                Some(outcome) => (outcome, outcome.pattern.clone()),
                None => {
                    // Unreachable for a validated questionnaire (it has one fallback).
                    return Assessment {
                        urgency: raised.max(Urgency::Appointment),
                        outcome_id: String::new(),
                        pattern: None,
                        flags,
                        scores,
                    };
                }
            }
        };
        Assessment {
            urgency: outcome.urgency.max(raised),
            outcome_id: outcome.id.clone(),
            pattern,
            flags,
            scores,
        }
    }

    fn fallback(&self) -> Option<&OutcomeSpec> {
        self.spec
            .outcomes
            .iter()
            .find(|o| o.flag.is_none() && o.pattern.is_none())
    }
}

/// The effects of an answer to a question.
fn effect_of<'a>(question: &'a QuestionSpec, answer: &Answer) -> Vec<&'a Effect> {
    match answer {
        Answer::Scale(score) => question
            .bands
            .iter()
            .filter(|b| (b.min..=b.max).contains(score))
            .map(|b| &b.effect)
            .collect(),
        _ => {
            let picked = answer.option_ids();
            question
                .options
                .iter()
                .filter(|o| picked.contains(&o.id.as_str()))
                .map(|o| &o.effect)
                .collect()
        }
    }
}

fn holds(condition: &Condition, answers: &Answers) -> bool {
    match condition {
        Condition::Answered { question, any_of } => answers.get(question).is_some_and(|a| {
            a.option_ids()
                .iter()
                .any(|id| any_of.iter().any(|o| o == id))
        }),
        Condition::All(conditions) => conditions.iter().all(|c| holds(c, answers)),
        Condition::Any(conditions) => conditions.iter().any(|c| holds(c, answers)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::selfcheck::spec::{BandSpec, OptionSpec, PatternSpec};

    fn text(s: &str) -> Text {
        Text {
            patient: s.into(),
            clinician: s.into(),
        }
    }

    fn yes_no(id: &str, warning: Option<&str>) -> QuestionSpec {
        let effect = Effect {
            warning: warning.map(Into::into),
            ..Effect::default()
        };
        QuestionSpec {
            id: id.into(),
            section: "S".into(),
            text: text(&format!("Question {id}?")),
            help: None,
            kind: QuestionKind::YesNoUnsure,
            options: vec![
                OptionSpec {
                    id: "yes".into(),
                    label: text("Yes"),
                    effect: effect.clone(),
                },
                OptionSpec {
                    id: "no".into(),
                    label: text("No"),
                    effect: Effect::default(),
                },
                OptionSpec {
                    id: "not_sure".into(),
                    label: text("Not sure"),
                    effect,
                },
            ],
            bands: vec![],
            show_if: None,
        }
    }

    fn outcome(
        id: &str,
        flag: Option<&str>,
        pattern: Option<&str>,
        urgency: Urgency,
    ) -> OutcomeSpec {
        OutcomeSpec {
            id: id.into(),
            flag: flag.map(Into::into),
            pattern: pattern.map(Into::into),
            urgency,
            title: text("These answers match what the articles describe"),
            explanation: text("Because."),
            what_helps: vec![],
            seek_care: vec![text("See a clinician if it gets worse.")],
            regions: vec![],
            pathways: vec![],
            read_next: vec![],
            sources: vec!["s".into()],
        }
    }

    fn small() -> QuestionnaireSpec {
        let mut nerve = yes_no("shooting", None);
        nerve.options[0].effect.weights.insert("nerve".into(), 3);
        nerve.show_if = Some(Condition::Answered {
            question: "area".into(),
            any_of: vec!["back".into()],
        });
        QuestionnaireSpec {
            id: "t".into(),
            title: "T".into(),
            intro: text("Intro"),
            patterns: vec![PatternSpec {
                id: "nerve".into(),
                name: "Nerve".into(),
                threshold: 3,
            }],
            questions: vec![
                yes_no("saddle", Some("ces")),
                QuestionSpec {
                    id: "area".into(),
                    kind: QuestionKind::Single,
                    options: vec![
                        OptionSpec {
                            id: "back".into(),
                            label: text("Back"),
                            effect: Effect::default(),
                        },
                        OptionSpec {
                            id: "ankle".into(),
                            label: text("Ankle"),
                            effect: Effect::default(),
                        },
                    ],
                    ..yes_no("area", None)
                },
                nerve,
                QuestionSpec {
                    id: "pain".into(),
                    kind: QuestionKind::PainScale,
                    options: vec![],
                    bands: vec![
                        BandSpec {
                            min: 0,
                            max: 7,
                            effect: Effect::default(),
                        },
                        BandSpec {
                            min: 8,
                            max: 10,
                            effect: Effect {
                                raise: Some(Urgency::Appointment),
                                ..Effect::default()
                            },
                        },
                    ],
                    ..yes_no("pain", None)
                },
            ],
            outcomes: vec![
                outcome("emergency", Some("ces"), None, Urgency::Emergency),
                outcome("nerve-type", None, Some("nerve"), Urgency::Appointment),
                outcome("general", None, None, Urgency::SelfCare),
            ],
        }
    }

    fn known() -> KnownIds<'static> {
        KnownIds {
            sources: HashSet::from(["s"]),
            ..KnownIds::default()
        }
    }

    fn answers(pairs: &[(&str, Answer)]) -> Answers {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), v.clone()))
            .collect()
    }

    fn choice(id: &str) -> Answer {
        Answer::Choice(id.into())
    }

    #[test]
    fn the_small_questionnaire_is_valid() {
        validate(small(), &known()).unwrap();
    }

    #[test]
    fn warning_ends_the_check_whatever_else_was_answered() {
        let q = validate(small(), &known()).unwrap();
        let a = answers(&[
            ("saddle", choice("not_sure")),
            ("area", choice("back")),
            ("shooting", choice("yes")),
        ]);
        assert_eq!(q.next_question(&a), None);
        let result = q.assess(&a);
        assert_eq!(result.urgency, Urgency::Emergency);
        assert_eq!(result.outcome_id, "emergency");
        assert_eq!(result.pattern, None);
    }

    #[test]
    fn branching_skips_questions_that_do_not_apply() {
        let q = validate(small(), &known()).unwrap();
        let a = answers(&[("saddle", choice("no")), ("area", choice("ankle"))]);
        assert_eq!(q.next_question(&a).map(|q| q.id.as_str()), Some("pain"));
        let a = answers(&[("saddle", choice("no")), ("area", choice("back"))]);
        assert_eq!(q.next_question(&a).map(|q| q.id.as_str()), Some("shooting"));
    }

    #[test]
    fn patterns_thresholds_and_raises() {
        let q = validate(small(), &known()).unwrap();
        let nerve = answers(&[
            ("saddle", choice("no")),
            ("area", choice("back")),
            ("shooting", choice("yes")),
            ("pain", Answer::Scale(3)),
        ]);
        assert_eq!(q.next_question(&nerve), None);
        let result = q.assess(&nerve);
        assert_eq!(result.pattern.as_deref(), Some("nerve"));
        assert_eq!(result.urgency, Urgency::Appointment);

        let general = answers(&[
            ("saddle", choice("no")),
            ("area", choice("ankle")),
            ("pain", Answer::Scale(9)),
        ]);
        let result = q.assess(&general);
        assert_eq!(result.outcome_id, "general");
        assert_eq!(
            result.urgency,
            Urgency::Appointment,
            "severe pain raises self-care"
        );
    }

    #[test]
    fn answers_to_hidden_questions_are_ignored() {
        let q = validate(small(), &known()).unwrap();
        let a = answers(&[
            ("saddle", choice("no")),
            ("area", choice("ankle")),
            ("shooting", choice("yes")),
            ("pain", Answer::Scale(2)),
        ]);
        assert_eq!(q.assess(&a).outcome_id, "general");
    }

    #[test]
    fn not_sure_must_count_as_yes() {
        let mut spec = small();
        spec.questions[0].options[2].effect.warning = None;
        let problems = validate(spec, &known()).unwrap_err();
        assert!(
            problems
                .iter()
                .any(|p| p.message.contains("must count as yes")),
            "{problems:?}"
        );
    }

    #[test]
    fn forward_references_are_cycles() {
        let mut spec = small();
        spec.questions[1].show_if = Some(Condition::Answered {
            question: "pain".into(),
            any_of: vec![],
        });
        let problems = validate(spec, &known()).unwrap_err();
        assert!(
            problems
                .iter()
                .any(|p| p.message.contains("not an earlier question"))
        );
    }

    #[test]
    fn diagnostic_wording_is_rejected() {
        let mut spec = small();
        spec.outcomes[1].explanation.patient = "You have sciatica.".into();
        let problems = validate(spec, &known()).unwrap_err();
        assert!(
            problems
                .iter()
                .any(|p| p.message.contains("diagnostic wording"))
        );
    }

    #[test]
    fn warnings_must_come_first_and_always_be_asked() {
        let mut spec = small();
        spec.questions.swap(0, 1);
        let problems = validate(spec, &known()).unwrap_err();
        assert!(
            problems
                .iter()
                .any(|p| p.message.contains("must come before"))
        );
    }

    #[test]
    fn a_fallback_is_required() {
        let mut spec = small();
        spec.outcomes.pop();
        let problems = validate(spec, &known()).unwrap_err();
        assert!(problems.iter().any(|p| p.message.contains("fallback")));
    }
}
