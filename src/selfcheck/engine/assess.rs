//! What the answers add up to: pattern scores, outcomes, floors and warning tiers, and the
//! check of a saved answer set against the questions. The rules are listed in the parent
//! module's header.

use std::collections::BTreeMap;

use super::{Assessment, Floor, Questionnaire, warning_outcome_id};
use crate::selfcheck::answers::{Answer, Answers};
use crate::selfcheck::spec::{Condition, Effect, QuestionKind, QuestionSpec, Urgency};

impl Questionnaire {
    /// What the answers add up to. Answers to questions that are not asked are ignored;
    /// unanswered questions add nothing.
    pub fn assess(&self, answers: &Answers) -> Assessment {
        let mut scores: BTreeMap<String, i32> = self
            .spec
            .patterns
            .iter()
            .map(|p| (p.id.clone(), 0))
            .collect();
        let mut floors = Vec::new();
        let mut flags = Vec::new();
        for (_, asked) in self.path(answers) {
            for question in asked {
                let Some(answer) = answers.get(&question.id) else {
                    continue;
                };
                for (option, effect) in effects_with_ids(question, answer) {
                    if let Some(flag) = &effect.warning {
                        flags.push(flag.clone());
                    }
                    if let Some(floor) = effect.floor {
                        floors.push(Floor {
                            question: question.id.clone(),
                            option,
                            urgency: floor,
                        });
                    }
                    for (pattern, weight) in &effect.weights {
                        *scores.entry(pattern.clone()).or_default() += weight;
                    }
                }
            }
        }
        let sign_tier = flags
            .iter()
            .filter_map(|f| self.tier_of(f).map(|t| (f, t)))
            .max_by(|a, b| a.1.cmp(&b.1).then(std::cmp::Ordering::Greater));
        let floor = floors
            .iter()
            .map(|f| f.urgency)
            .chain(sign_tier.map(|(_, t)| t))
            .max()
            .unwrap_or_default();

        // An urgent warning sign wins, whatever else was answered.
        if let Some((sign, tier)) = sign_tier
            && tier.is_urgent()
        {
            return Assessment {
                urgency: tier,
                outcome_id: warning_outcome_id(sign),
                pattern: None,
                flags,
                floors,
                scores,
            };
        }
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
            .or_else(|| self.spec.outcomes.iter().find(|o| o.pattern.is_none()));
        // A validated questionnaire always has a fallback; without one, err towards care.
        let (outcome_id, pattern, urgency) = outcome
            .map_or((String::new(), None, Urgency::Appointment), |o| {
                (o.id.clone(), o.pattern.clone(), o.urgency)
            });
        Assessment {
            urgency: urgency.max(floor),
            outcome_id,
            pattern,
            flags,
            floors,
            scores,
        }
    }

    /// Problems with answers of the wrong kind (for answer files): unknown questions or
    /// options, a scale for a yes/no question, a score out of range, several options for a
    /// single-choice question.
    pub fn check_answers(&self, answers: &Answers) -> Vec<(String, String)> {
        let mut problems = Vec::new();
        for (id, answer) in answers {
            let Some(question) = self.question(id) else {
                problems.push((
                    id.clone(),
                    format!("unknown question \"{}\"", id.escape_debug()),
                ));
                continue;
            };
            let expected = match question.kind {
                QuestionKind::YesNoUnsure | QuestionKind::Single => "Choice(\"option\")",
                QuestionKind::Multiple => "Choices([...])",
                QuestionKind::PainScale => "Scale(0 to 10)",
                QuestionKind::Regions => "Regions([...])",
            };
            let kind_ok = matches!(
                (question.kind, answer),
                (
                    QuestionKind::YesNoUnsure | QuestionKind::Single,
                    Answer::Choice(_)
                ) | (QuestionKind::Multiple, Answer::Choices(_))
                    | (QuestionKind::PainScale, Answer::Scale(0..=10))
                    | (QuestionKind::Regions, Answer::Regions(_))
            );
            if !kind_ok {
                problems.push((
                    id.clone(),
                    format!("\"{id}\" expects {expected}, not {}", describe(answer)),
                ));
                continue;
            }
            for option in answer.option_ids() {
                if !question.options.iter().any(|o| o.id == option) {
                    problems.push((
                        id.clone(),
                        format!("\"{id}\" has no option \"{}\"", option.escape_debug()),
                    ));
                }
            }
        }
        problems
    }
}

fn describe(answer: &Answer) -> String {
    match answer {
        Answer::Choice(_) => "a single Choice".into(),
        Answer::Choices(_) => "Choices".into(),
        Answer::Scale(n) => format!("Scale({n})"),
        Answer::Regions(_) => "Regions".into(),
    }
}

/// The effects of an answer to a question, with the option id (or score) that carries each.
fn effects_with_ids<'a>(question: &'a QuestionSpec, answer: &Answer) -> Vec<(String, &'a Effect)> {
    match answer {
        Answer::Scale(score) => question
            .bands
            .iter()
            .filter(|b| (b.min..=b.max).contains(score))
            .map(|b| (score.to_string(), &b.effect))
            .collect(),
        _ => {
            let picked = answer.option_ids();
            question
                .options
                .iter()
                .filter(|o| picked.contains(&o.id.as_str()))
                .map(|o| (o.id.clone(), &o.effect))
                .collect()
        }
    }
}

/// The effects of an answer to a question.
pub(super) fn effect_of<'a>(question: &'a QuestionSpec, answer: &Answer) -> Vec<&'a Effect> {
    effects_with_ids(question, answer)
        .into_iter()
        .map(|(_, e)| e)
        .collect()
}

pub(super) fn holds(condition: &Condition, answers: &Answers) -> bool {
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

/// Like [`holds`], but a condition on a question not answered yet may still hold.
pub(super) fn may_hold(condition: &Condition, answers: &Answers) -> bool {
    match condition {
        Condition::Answered { question, any_of } => answers.get(question).is_none_or(|a| {
            a.option_ids()
                .iter()
                .any(|id| any_of.iter().any(|o| o == id))
        }),
        Condition::All(conditions) => conditions.iter().all(|c| may_hold(c, answers)),
        Condition::Any(conditions) => conditions.iter().any(|c| may_hold(c, answers)),
    }
}
