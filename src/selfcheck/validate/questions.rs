//! Questions and their options: texts, figures, kinds, floors for nerve features, regions,
//! and `show_if` looking only backwards.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use super::screens::Order;
use super::{
    KnownIds, SpecProblem, carries_floor, check_banned, check_condition, check_effect, check_text,
    condition_targets, names_nerve_feature, problem,
};
use crate::selfcheck::spec::{QuestionKind, QuestionSpec, QuestionnaireSpec, Urgency};

/// Checks every question; returns them by id (for the body-map preset) and the tier of every
/// warning sign asked.
pub(super) fn check<'s>(
    spec: &'s QuestionnaireSpec,
    known: &KnownIds<'_>,
    pattern_ids: &HashSet<&str>,
    order: &Order<'s>,
    problems: &mut Vec<SpecProblem>,
) -> (
    BTreeMap<&'s str, &'s QuestionSpec>,
    BTreeMap<String, Urgency>,
) {
    let mut seen_questions: BTreeMap<&str, &QuestionSpec> = BTreeMap::new();
    let mut seen_texts = HashSet::new();
    let mut tiers: BTreeMap<String, Urgency> = BTreeMap::new();
    let Order {
        screen_of_question,
        warning_questions,
    } = order;
    for question in &spec.questions {
        let id = question.id.as_str();
        if id.trim().is_empty() {
            problems.push(problem("a question has an empty id".into(), id, None));
        }
        if seen_questions.contains_key(id) {
            problems.push(problem(
                format!("duplicate question id \"{id}\""),
                id,
                Some(id),
            ));
        }
        check_text(&question.text, id, problems);
        check_banned(&question.text, id, problems);
        if let Some(help) = &question.help {
            check_banned(help, id, problems);
        }
        if !seen_texts.insert(question.text.patient.as_str()) {
            problems.push(problem(
                format!("question \"{id}\" repeats another question's text"),
                id,
                None,
            ));
        }
        if let Some(figure) = &question.figure
            && !known.figures.contains(figure.as_str())
        {
            let mut names: Vec<&str> = known.figures.iter().copied().collect();
            names.sort_unstable();
            problems.push(problem(
                format!("unknown figure \"{figure}\" (known: {})", names.join(", ")),
                figure,
                Some(id),
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
            check_text(&option.label, &option.id, problems);
            check_effect(&option.effect, pattern_ids, known, id, &option.id, problems);
            if question.kind == QuestionKind::Multiple
                && option
                    .label
                    .patient
                    .trim()
                    .eq_ignore_ascii_case("none of these")
            {
                problems.push(problem(
                    format!(
                        "question \"{id}\": the screen offers \"None of these\" itself; remove the option"
                    ),
                    &option.id,
                    Some(id),
                ));
            }
            if question.kind != QuestionKind::YesNoUnsure
                && names_nerve_feature(&option.label)
                && !carries_floor(&option.effect, known)
            {
                problems.push(problem(
                    format!(
                        "option \"{}\" of \"{id}\" names a nerve feature and needs `floor: Some(Appointment)` (or higher)",
                        option.id
                    ),
                    &option.id,
                    Some(id),
                ));
            }
            let regions = option
                .regions
                .iter()
                .chain((question.kind == QuestionKind::Regions).then_some(&option.id));
            for region in regions {
                if !known.regions.contains(region.as_str()) {
                    problems.push(problem(
                        format!("unknown region id \"{region}\""),
                        region,
                        Some(id),
                    ));
                }
            }
            if let Some(sign) = &option.effect.warning
                && let Some(tier) = known.signs.get(sign.as_str())
            {
                tiers.insert(sign.clone(), *tier);
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
                        || unsure.floor < yes.floor)
                {
                    problems.push(problem(
                        format!(
                            "question \"{id}\": \"not sure\" about a warning sign must count as yes"
                        ),
                        "not_sure",
                        Some(id),
                    ));
                }
                if names_nerve_feature(&question.text)
                    && let Some(yes) = effect_of("yes")
                    && !carries_floor(yes, known)
                {
                    problems.push(problem(
                        format!(
                            "question \"{id}\" asks about a nerve feature: its yes and not sure need `floor: Some(Appointment)` (or higher)"
                        ),
                        "yes",
                        Some(id),
                    ));
                }
            }
            QuestionKind::PainScale => {
                let mut covered = [0u8; 11];
                for band in &question.bands {
                    check_effect(&band.effect, pattern_ids, known, id, id, problems);
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
        // show_if may look only backwards, at an earlier screen: no cycles, every answer it
        // names exists, and a warning question depends only on other warning questions.
        if let Some(condition) = &question.show_if {
            let own_screen = screen_of_question.get(id).copied();
            check_condition(
                condition,
                &seen_questions,
                id,
                &|target| screen_of_question.get(target).copied() == own_screen,
                problems,
            );
            if warning_questions.contains(id) {
                for target in condition_targets(condition) {
                    if !warning_questions.contains(target.as_str()) {
                        problems.push(problem(
                            format!(
                                "warning question \"{id}\" may depend only on warning screens, not on \"{target}\""
                            ),
                            target,
                            Some(id),
                        ));
                    }
                }
            }
        }
        seen_questions.insert(id, question);
    }
    (seen_questions, tiers)
}
