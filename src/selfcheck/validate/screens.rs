//! Screens: one block each, warnings first, emergency signs before all others.

use std::collections::{HashMap, HashSet};

use super::{KnownIds, SpecProblem, effects, problem};
use crate::selfcheck::engine::Screen;
use crate::selfcheck::spec::{QuestionnaireSpec, Urgency};

/// Where each question is asked, for the `show_if` rules.
pub(super) struct Order<'s> {
    /// The screen index of each question.
    pub screen_of_question: HashMap<&'s str, usize>,
    /// The questions on warning screens.
    pub warning_questions: HashSet<&'s str>,
}

/// Checks the order of the screens and says where each question is asked.
pub(super) fn check<'s>(
    spec: &'s QuestionnaireSpec,
    screens: &[Screen],
    known: &KnownIds<'_>,
    problems: &mut Vec<SpecProblem>,
) -> Order<'s> {
    let mut screen_ids = HashSet::new();
    let mut non_warning_seen = false;
    let mut lower_tier_seen = false;
    let mut screen_of_question: HashMap<&str, usize> = HashMap::new();
    let mut warning_questions: HashSet<&str> = HashSet::new();
    for (screen_index, screen) in screens.iter().enumerate() {
        let first = &spec.questions[screen.questions[0]];
        if !screen_ids.insert(screen.id.as_str()) {
            problems.push(problem(
                format!(
                    "screen \"{}\" is split: its questions must stand next to each other",
                    screen.id
                ),
                &first.id,
                None,
            ));
        }
        for &q in &screen.questions {
            screen_of_question.insert(spec.questions[q].id.as_str(), screen_index);
            if screen.warning {
                warning_questions.insert(spec.questions[q].id.as_str());
            }
        }
        if screen.warning {
            if non_warning_seen {
                problems.push(problem(
                    format!(
                        "warning question \"{}\" must come before the other questions",
                        first.id
                    ),
                    &first.id,
                    None,
                ));
            }
            let screen_tiers: Vec<Urgency> = screen
                .questions
                .iter()
                .flat_map(|&q| effects(&spec.questions[q]))
                .filter_map(|e| e.warning.as_deref())
                .filter_map(|sign| known.signs.get(sign).copied())
                .collect();
            if lower_tier_seen && screen_tiers.contains(&Urgency::Emergency) {
                problems.push(problem(
                    format!(
                        "screen \"{}\" asks an emergency sign after a screen of less urgent signs; emergency signs must be asked first",
                        screen.id
                    ),
                    &first.id,
                    None,
                ));
            }
            if screen_tiers.iter().any(|t| *t < Urgency::Emergency) {
                lower_tier_seen = true;
            }
        } else {
            non_warning_seen = true;
        }
    }
    Order {
        screen_of_question,
        warning_questions,
    }
}
