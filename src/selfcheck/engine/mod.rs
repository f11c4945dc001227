//! The self-check engine: a validated questionnaire, which screen comes next, and what the
//! answers match.
//!
//! Rules, applied here and nowhere else:
//! - Questions are asked in file order when their `show_if` holds; neighbours with the same
//!   `screen` are asked together. The warning screens come first.
//! - A warning sign's tier comes from the registry. An emergency sign ends the check after its
//!   screen; a same-day sign ends it after the last warning screen; an appointment sign sets a
//!   floor and the check goes on.
//! - Otherwise pattern weights are added up; the highest pattern that reaches its threshold
//!   picks its outcome (ties: the pattern listed first), else the fallback outcome.
//! - Floors: the urgency is the outcome's, raised to every `floor` an answer carries and to the
//!   tier of every warning sign raised. Scores choose the article; they never lower urgency.

mod assess;

use std::collections::BTreeMap;

use super::answers::Answers;
use super::spec::{OutcomeSpec, QuestionSpec, QuestionnaireSpec, Urgency};
use assess::{effect_of, holds, may_hold};

/// One screen: neighbouring questions with the same `screen` id.
#[derive(Clone, Debug, PartialEq)]
pub struct Screen {
    /// The screen id (the question id for a question alone).
    pub id: String,
    /// Indices into the questionnaire's questions.
    pub questions: Vec<usize>,
    /// Whether any question on it can raise a warning sign.
    pub warning: bool,
}

/// A questionnaire whose references all resolve (see [`super::validate::validate`]).
#[derive(Clone, Debug, PartialEq)]
pub struct Questionnaire {
    pub(super) spec: QuestionnaireSpec,
    pub(super) screens: Vec<Screen>,
    /// Tier of every warning sign the questions can raise (from the registry).
    pub(super) tiers: BTreeMap<String, Urgency>,
}

/// An answer that set a floor under the result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Floor {
    /// The question.
    pub question: String,
    /// The option id (or the score, for a scale).
    pub option: String,
    /// The floor it set.
    pub urgency: Urgency,
}

/// What the answers so far add up to.
#[derive(Clone, Debug, PartialEq)]
pub struct Assessment {
    /// How soon to get care.
    pub urgency: Urgency,
    /// The outcome shown: a pattern or fallback outcome id, or `warning-<sign>` when an urgent
    /// warning sign ended the check.
    pub outcome_id: String,
    /// The matched pattern, if the outcome is a pattern outcome.
    pub pattern: Option<String>,
    /// Warning signs raised, in question order (every tier).
    pub flags: Vec<String>,
    /// Answers that set a floor (nerve features, severe pain, a long course).
    pub floors: Vec<Floor>,
    /// Pattern scores.
    pub scores: BTreeMap<String, i32>,
}

impl Assessment {
    /// Whether an urgent warning sign ended the check.
    pub fn is_warning(&self) -> bool {
        self.outcome_id.starts_with(WARNING_PREFIX)
    }
}

/// Outcome ids of urgent warning results start with this.
pub const WARNING_PREFIX: &str = "warning-";

/// The result id for an urgent warning sign (`fever` → `warning-fever`).
pub fn warning_outcome_id(sign: &str) -> String {
    format!("{WARNING_PREFIX}{}", sign.replace('_', "-"))
}

/// The sign id of a warning result id (`warning-fever` → `fever`).
pub fn sign_of_outcome(outcome_id: &str) -> Option<String> {
    outcome_id
        .strip_prefix(WARNING_PREFIX)
        .map(|s| s.replace('-', "_"))
}

/// Which part of the check a screen is in, and how far along.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ScreenProgress {
    /// In the warning screens (else "about your pain").
    pub warning: bool,
    /// 1-based number of this screen in its part.
    pub index: usize,
    /// Screens in this part that will (or may, depending on answers to come) be asked.
    pub total: usize,
}

impl Questionnaire {
    /// The file data (read-only).
    pub fn spec(&self) -> &QuestionnaireSpec {
        &self.spec
    }

    /// The file data, to replace its texts with a language's (`content::i18n`). Only texts
    /// may change: ids, effects, conditions and order are the English file's.
    pub(crate) fn spec_text_mut(&mut self) -> &mut QuestionnaireSpec {
        &mut self.spec
    }

    /// Every screen, in order.
    pub fn screens(&self) -> &[Screen] {
        &self.screens
    }

    /// A question by id.
    pub fn question(&self, id: &str) -> Option<&QuestionSpec> {
        self.spec.questions.iter().find(|q| q.id == id)
    }

    /// The question and option the body map suggests for an area (declared in the file,
    /// checked by validation), if the file declares them.
    pub fn body_map_answer(
        &self,
        area: crate::content::model::Area,
    ) -> Option<(&QuestionSpec, &super::spec::OptionSpec)> {
        let preset = self.spec.body_map.as_ref()?;
        let question = self.question(&preset.question)?;
        let option_id = preset.options.get(&area)?;
        let option = question.options.iter().find(|o| &o.id == option_id)?;
        Some((question, option))
    }

    /// An outcome by id (pattern and fallback outcomes only).
    pub fn outcome(&self, id: &str) -> Option<&OutcomeSpec> {
        self.spec.outcomes.iter().find(|o| o.id == id)
    }

    /// The tier of a warning sign the questions can raise.
    pub fn tier_of(&self, sign: &str) -> Option<Urgency> {
        self.tiers.get(sign).copied()
    }

    /// Whether `question` is asked, given the answers so far.
    pub fn is_asked(&self, question: &QuestionSpec, answers: &Answers) -> bool {
        question.show_if.as_ref().is_none_or(|c| holds(c, answers))
    }

    fn asked_on<'a>(&'a self, screen: &Screen, answers: &Answers) -> Vec<&'a QuestionSpec> {
        screen
            .questions
            .iter()
            .map(|&q| &self.spec.questions[q])
            .filter(|q| self.is_asked(q, answers))
            .collect()
    }

    /// The screens asked for these answers, with their asked questions, in order: up to the
    /// first screen with an unanswered question (included), or up to where a warning sign
    /// ends the check.
    pub fn path<'a>(&'a self, answers: &Answers) -> Vec<(&'a Screen, Vec<&'a QuestionSpec>)> {
        let mut path = Vec::new();
        let mut same_day = false;
        for screen in &self.screens {
            if !screen.warning && same_day {
                break;
            }
            let asked = self.asked_on(screen, answers);
            if asked.is_empty() {
                continue;
            }
            let complete = asked.iter().all(|q| answers.contains_key(&q.id));
            let raised: Vec<Urgency> = asked
                .iter()
                .filter_map(|q| answers.get(&q.id).map(|a| (*q, a)))
                .flat_map(|(q, a)| effect_of(q, a))
                .filter_map(|e| e.warning.as_deref())
                .filter_map(|sign| self.tier_of(sign))
                .collect();
            path.push((screen, asked));
            if !complete || raised.contains(&Urgency::Emergency) {
                break;
            }
            same_day |= raised.contains(&Urgency::SameDay);
        }
        path
    }

    /// The next screen to answer and its questions, or `None` when the check is finished.
    pub fn next_screen<'a>(
        &'a self,
        answers: &Answers,
    ) -> Option<(&'a Screen, Vec<&'a QuestionSpec>)> {
        self.path(answers)
            .into_iter()
            .last()
            .filter(|(_, asked)| asked.iter().any(|q| !answers.contains_key(&q.id)))
    }

    /// Where the next screen stands: "Warning signs, 2 of 4" or "About your pain, 3 of 6".
    pub fn progress(&self, answers: &Answers) -> Option<ScreenProgress> {
        let path = self.path(answers);
        let (current, _) = path.last()?;
        let warning = current.warning;
        let index = path.iter().filter(|(s, _)| s.warning == warning).count();
        let total = self
            .screens
            .iter()
            .filter(|s| s.warning == warning)
            .filter(|s| {
                s.questions.iter().any(|&q| {
                    self.spec.questions[q]
                        .show_if
                        .as_ref()
                        .is_none_or(|c| may_hold(c, answers))
                })
            })
            .count()
            .max(index);
        Some(ScreenProgress {
            warning,
            index,
            total,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::selfcheck::answers::Answer;
    use crate::selfcheck::spec::{Condition, Effect, QuestionKind};
    use std::collections::{HashMap, HashSet};

    use crate::selfcheck::spec::Text;
    use crate::selfcheck::spec::{BandSpec, OptionSpec, PatternSpec};
    use crate::selfcheck::validate::*;

    fn text(s: &str) -> Text {
        Text {
            patient: s.into(),
            clinician: s.into(),
        }
    }

    fn option(id: &str, effect: Effect) -> OptionSpec {
        OptionSpec {
            id: id.into(),
            label: text(&format!("Label {id}")),
            effect,
            regions: vec![],
        }
    }

    fn yes_no(id: &str, warning: Option<&str>, screen: Option<&str>) -> QuestionSpec {
        let effect = Effect {
            warning: warning.map(Into::into),
            ..Effect::default()
        };
        QuestionSpec {
            id: id.into(),
            section: "S".into(),
            screen: screen.map(Into::into),
            figure: None,
            text: text(&format!("Question {id}?")),
            help: None,
            kind: QuestionKind::YesNoUnsure,
            options: vec![
                option("yes", effect.clone()),
                option("no", Effect::default()),
                option("not_sure", effect),
            ],
            bands: vec![],
            show_if: None,
        }
    }

    fn outcome(id: &str, pattern: Option<&str>, urgency: Urgency) -> OutcomeSpec {
        OutcomeSpec {
            id: id.into(),
            pattern: pattern.map(Into::into),
            urgency,
            recheck_weeks: Some(4),
            title: text("These answers match what the articles describe"),
            explanation: text("Because."),
            what_helps: vec![],
            seek_care: vec![],
            regions: vec![],
            pathways: vec![],
            read_next: vec![],
            sources: vec!["s".into()],
        }
    }

    /// Screen "red": two emergency signs; screen "amber": a same-day and an appointment sign;
    /// then the area, a nerve question and a pain scale.
    fn small() -> QuestionnaireSpec {
        let mut nerve = yes_no("shooting", None, None);
        nerve.options[0].effect.weights.insert("nerve".into(), 3);
        nerve.show_if = Some(Condition::Answered {
            question: "area".into(),
            any_of: vec!["back".into()],
        });
        let mut numb = yes_no("numb", None, None);
        numb.text = text("Is there numbness?");
        for o in &mut numb.options {
            if o.id != "no" {
                o.effect.floor = Some(Urgency::Appointment);
            }
        }
        numb.options[0].effect.weights.insert("nerve".into(), 1);
        QuestionnaireSpec {
            id: "t".into(),
            title: "T".into(),
            intro: text("Intro"),
            body_map: None,
            floor_sign: None,
            patterns: vec![
                PatternSpec {
                    id: "nerve".into(),
                    name: "Nerve".into(),
                    threshold: 3,
                },
                PatternSpec {
                    id: "strain".into(),
                    name: "Strain".into(),
                    threshold: 1,
                },
            ],
            questions: vec![
                yes_no("saddle", Some("ces"), Some("red")),
                yes_no("bladder", Some("ces2"), Some("red")),
                yes_no("fever", Some("fever"), Some("amber")),
                yes_no("age", Some("age"), Some("amber")),
                QuestionSpec {
                    id: "area".into(),
                    kind: QuestionKind::Single,
                    options: vec![
                        option(
                            "back",
                            Effect {
                                weights: BTreeMap::from([("strain".into(), 5)]),
                                ..Effect::default()
                            },
                        ),
                        option("ankle", Effect::default()),
                    ],
                    ..yes_no("area", None, None)
                },
                nerve,
                numb,
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
                                floor: Some(Urgency::Appointment),
                                ..Effect::default()
                            },
                        },
                    ],
                    ..yes_no("pain", None, None)
                },
            ],
            outcomes: vec![
                outcome("nerve-type", Some("nerve"), Urgency::Appointment),
                outcome("strain", Some("strain"), Urgency::SelfCare),
                outcome("general", None, Urgency::SelfCare),
            ],
        }
    }

    fn known() -> KnownIds<'static> {
        KnownIds {
            sources: HashSet::from(["s"]),
            signs: HashMap::from([
                ("ces", Urgency::Emergency),
                ("ces2", Urgency::Emergency),
                ("fever", Urgency::SameDay),
                ("age", Urgency::Appointment),
            ]),
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

    fn clear_warnings() -> Vec<(&'static str, Answer)> {
        vec![
            ("saddle", choice("no")),
            ("bladder", choice("no")),
            ("fever", choice("no")),
            ("age", choice("no")),
        ]
    }

    fn messages(spec: QuestionnaireSpec) -> Vec<String> {
        validate(spec, &known())
            .unwrap_err()
            .into_iter()
            .map(|p| p.message)
            .collect()
    }

    #[test]
    fn the_floor_sign_must_be_in_the_registry() {
        let mut spec = small();
        spec.floor_sign = Some("age".into());
        assert!(validate(spec.clone(), &known()).is_ok());
        spec.floor_sign = Some("nerve".into());
        let found = messages(spec);
        assert!(
            found
                .iter()
                .any(|m| m.contains("floor_sign names \"nerve\"")),
            "{found:?}"
        );
    }

    #[test]
    fn the_small_questionnaire_is_valid() {
        let q = validate(small(), &known()).unwrap();
        let ids: Vec<&str> = q.screens().iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["red", "amber", "area", "shooting", "numb", "pain"]);
    }

    #[test]
    fn questions_of_a_screen_are_asked_together() {
        let q = validate(small(), &known()).unwrap();
        let (screen, asked) = q.next_screen(&Answers::new()).unwrap();
        assert_eq!(screen.id, "red");
        assert_eq!(asked.len(), 2);
        let half = answers(&[("saddle", choice("no"))]);
        assert_eq!(q.next_screen(&half).unwrap().0.id, "red");
        let progress = q.progress(&half).unwrap();
        assert_eq!(
            (progress.warning, progress.index, progress.total),
            (true, 1, 2)
        );
    }

    #[test]
    fn an_emergency_sign_ends_the_check_after_its_screen() {
        let q = validate(small(), &known()).unwrap();
        let a = answers(&[
            ("saddle", choice("no")),
            ("bladder", choice("not_sure")),
            ("area", choice("back")),
            ("shooting", choice("yes")),
        ]);
        assert_eq!(q.next_screen(&a), None);
        let result = q.assess(&a);
        assert_eq!(result.urgency, Urgency::Emergency);
        assert_eq!(result.outcome_id, "warning-ces2");
        assert!(result.is_warning());
        assert_eq!(result.pattern, None);
    }

    #[test]
    fn a_same_day_sign_ends_the_check_after_the_warning_screens() {
        let q = validate(small(), &known()).unwrap();
        let mut a = answers(&clear_warnings());
        a.insert("fever".into(), choice("yes"));
        assert_eq!(q.next_screen(&a), None);
        let result = q.assess(&a);
        assert_eq!(result.urgency, Urgency::SameDay);
        assert_eq!(result.outcome_id, "warning-fever");
    }

    #[test]
    fn an_appointment_sign_is_a_floor_and_the_check_goes_on() {
        let q = validate(small(), &known()).unwrap();
        let mut a = answers(&clear_warnings());
        a.insert("age".into(), choice("yes"));
        assert_eq!(q.next_screen(&a).unwrap().0.id, "area");
        a.insert("area".into(), choice("back"));
        a.insert("shooting".into(), choice("no"));
        a.insert("numb".into(), choice("no"));
        a.insert("pain".into(), Answer::Scale(2));
        let result = q.assess(&a);
        assert_eq!(result.outcome_id, "strain");
        assert_eq!(
            result.urgency,
            Urgency::Appointment,
            "the sign sets the floor"
        );
        assert_eq!(result.flags, ["age"]);
    }

    #[test]
    fn a_nerve_floor_beats_a_self_care_pattern() {
        let q = validate(small(), &known()).unwrap();
        let mut a = answers(&clear_warnings());
        a.extend(answers(&[
            ("area", choice("back")),
            ("shooting", choice("no")),
            ("numb", choice("yes")),
            ("pain", Answer::Scale(1)),
        ]));
        let result = q.assess(&a);
        assert_eq!(
            result.pattern.as_deref(),
            Some("strain"),
            "strain scores highest"
        );
        assert_eq!(result.urgency, Urgency::Appointment);
        assert_eq!(result.floors[0].question, "numb");
    }

    #[test]
    fn branching_and_hidden_answers() {
        let q = validate(small(), &known()).unwrap();
        let mut a = answers(&clear_warnings());
        a.insert("area".into(), choice("ankle"));
        assert_eq!(q.next_screen(&a).unwrap().0.id, "numb");
        a.insert("shooting".into(), choice("yes"));
        a.insert("numb".into(), choice("no"));
        a.insert("pain".into(), Answer::Scale(9));
        let result = q.assess(&a);
        assert_eq!(result.outcome_id, "general", "the hidden answer is ignored");
        assert_eq!(
            result.urgency,
            Urgency::Appointment,
            "severe pain sets a floor"
        );
    }

    #[test]
    fn not_sure_must_count_as_yes() {
        let mut spec = small();
        spec.questions[0].options[2].effect.warning = None;
        assert!(
            messages(spec)
                .iter()
                .any(|m| m.contains("must count as yes"))
        );
    }

    #[test]
    fn a_nerve_feature_without_a_floor_is_rejected() {
        let mut spec = small();
        for o in &mut spec.questions[6].options {
            o.effect.floor = None;
        }
        assert!(messages(spec).iter().any(|m| m.contains("nerve feature")),);
        let mut spec = small();
        spec.questions[4].options[1].label = text("Burning pain");
        assert!(
            messages(spec)
                .iter()
                .any(|m| m.contains("\"ankle\" of \"area\" names a nerve feature"))
        );
    }

    #[test]
    fn forward_and_same_screen_references_are_rejected() {
        let mut spec = small();
        spec.questions[4].show_if = Some(Condition::Answered {
            question: "pain".into(),
            any_of: vec![],
        });
        assert!(
            messages(spec)
                .iter()
                .any(|m| m.contains("not an earlier question"))
        );
        let mut spec = small();
        spec.questions[1].show_if = Some(Condition::Answered {
            question: "saddle".into(),
            any_of: vec!["yes".into()],
        });
        assert!(messages(spec).iter().any(|m| m.contains("same screen")));
    }

    #[test]
    fn diagnostic_wording_is_rejected() {
        let mut spec = small();
        spec.outcomes[0].explanation.patient = "This probably means a pinched nerve.".into();
        assert!(
            messages(spec)
                .iter()
                .any(|m| m.contains("diagnostic wording \"probably\""))
        );
        assert_eq!(banned_phrase("If You Have had cancer"), Some("you have"));
        assert_eq!(banned_phrase("This is about the back"), None);
        assert_eq!(banned_phrase("You haven't"), None);
    }

    #[test]
    fn warnings_first_emergencies_first_and_signs_known() {
        let mut spec = small();
        spec.questions.swap(0, 4);
        assert!(
            messages(spec)
                .iter()
                .any(|m| m.contains("must come before"))
        );
        let mut spec = small();
        spec.questions.swap(0, 2);
        spec.questions.swap(1, 3);
        assert!(
            messages(spec)
                .iter()
                .any(|m| m.contains("emergency signs must be asked first"))
        );
        let mut spec = small();
        spec.questions[0].options[0].effect.warning = Some("nope".into());
        spec.questions[0].options[2].effect.warning = Some("nope".into());
        assert!(
            messages(spec)
                .iter()
                .any(|m| m.contains("unknown warning sign \"nope\""))
        );
    }

    #[test]
    fn every_outcome_needs_the_safety_net_and_none_is_urgent() {
        let mut spec = small();
        spec.outcomes[0].recheck_weeks = None;
        spec.outcomes[1].urgency = Urgency::SameDay;
        let found = messages(spec);
        assert!(found.iter().any(|m| m.contains("lacks the safety net")));
        assert!(found.iter().any(|m| m.contains("is urgent")));
        let mut spec = small();
        spec.outcomes.pop();
        assert!(messages(spec).iter().any(|m| m.contains("fallback")));
    }

    #[test]
    fn none_of_these_is_offered_once() {
        let mut spec = small();
        spec.questions[4].kind = QuestionKind::Multiple;
        spec.questions[4].options[1].label = text("None of these");
        assert!(messages(spec).iter().any(|m| m.contains("None of these")));
    }

    #[test]
    fn answers_of_the_wrong_kind_are_named() {
        let q = validate(small(), &known()).unwrap();
        let bad = answers(&[
            ("saddle", Answer::Scale(9)),
            ("pain", Answer::Scale(255)),
            ("area", Answer::Choices(vec!["back".into(), "ankle".into()])),
            ("fever", choice("maybe")),
            ("nope", choice("yes")),
        ]);
        let problems = q.check_answers(&bad);
        assert_eq!(problems.len(), 5, "{problems:?}");
        assert!(q.check_answers(&answers(&clear_warnings())).is_empty());
    }
}
