//! Outcomes: one fallback, every pattern with an outcome, never urgent (urgent advice comes
//! only from the registry), the safety net, sources and links.

use std::collections::HashSet;

use super::{KnownIds, SpecProblem, check_banned, check_text, outcome_texts, problem};
use crate::selfcheck::engine::WARNING_PREFIX;
use crate::selfcheck::spec::QuestionnaireSpec;

/// Checks every outcome and that every pattern has one.
pub(super) fn check(
    spec: &QuestionnaireSpec,
    known: &KnownIds<'_>,
    pattern_ids: &HashSet<&str>,
    problems: &mut Vec<SpecProblem>,
) {
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
        if id.starts_with(WARNING_PREFIX) {
            problems.push(problem(
                format!(
                    "outcome ids starting with \"{WARNING_PREFIX}\" are kept for warning signs"
                ),
                id,
                None,
            ));
        }
        match &outcome.pattern {
            None => fallbacks += 1,
            Some(pattern) if !pattern_ids.contains(pattern.as_str()) => {
                problems.push(problem(
                    format!("unknown pattern id \"{pattern}\""),
                    pattern,
                    Some(id),
                ));
            }
            Some(_) => {}
        }
        if outcome.urgency.is_urgent() {
            problems.push(problem(
                format!(
                    "outcome \"{id}\" is urgent: urgent advice comes only from warning signs in the registry"
                ),
                id,
                None,
            ));
        }
        match outcome.recheck_weeks {
            None => problems.push(problem(
                format!(
                    "outcome \"{id}\" lacks the safety net: add `recheck_weeks: Some(N)` (not better within N weeks)"
                ),
                id,
                None,
            )),
            Some(0) => problems.push(problem(
                format!("outcome \"{id}\": recheck_weeks must be at least 1"),
                id,
                None,
            )),
            Some(_) => {}
        }
        for text in outcome_texts(outcome) {
            check_text(text, id, problems);
            check_banned(text, id, problems);
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
                    &link.to_string(),
                    Some(id),
                ));
            }
        }
    }
    if fallbacks != 1 {
        problems.push(problem(
            format!("there must be exactly one fallback outcome (no pattern); found {fallbacks}"),
            &spec.id,
            None,
        ));
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
}
