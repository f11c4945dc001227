//! A self-check result on paper: the guidance heading and, from an appointment up, where to
//! go first; the warning signs raised or the pattern's explanation with why the advice is at
//! least an appointment; what helps, when to get care, what to read; the safety net.

use std::collections::BTreeSet;

use crate::selfcheck::answers::Answers;
use crate::selfcheck::engine::sign_of_outcome;
use crate::selfcheck::engine::{Assessment, Questionnaire};
use crate::selfcheck::spec::{OutcomeSpec, QuestionKind, Urgency};

use super::{Composer, urgency_label};
use crate::handout::HandoutError;
use crate::handout::model::Block;

impl Composer<'_> {
    pub(super) fn result(&mut self, answers: &Answers) -> Result<(), HandoutError> {
        let content = self.content;
        let level = self.level;
        let questionnaire = content
            .questionnaires
            .first()
            .ok_or(HandoutError::NoSelfCheck)?;
        let result = questionnaire.assess(answers);
        let urgency = result.urgency;
        let outcome = questionnaire.outcome(&result.outcome_id);
        let registry = &content.warnings;
        self.blocks.push(Block::Heading {
            level: 1,
            text: self.get("handout-result"),
        });
        // The heading and, from an appointment up, where to go first.
        let mut lines = Vec::new();
        if urgency >= Urgency::Appointment {
            lines.push(registry.action(urgency, level, self.emergency));
        }
        if let Some(outcome) = outcome {
            lines.push(outcome.title.get(level).to_owned());
        }
        let heading = urgency_label(self.words, urgency).to_owned();
        if urgency >= Urgency::Appointment {
            self.blocks.push(Block::Warning { heading, lines });
        } else {
            self.blocks.push(Block::Heading {
                level: 2,
                text: heading,
            });
            self.blocks.extend(lines.into_iter().map(Block::Strong));
        }
        match outcome {
            None => {
                // A warning-sign result: the signs raised, with why and what to say; the
                // sign the result is named after first.
                let mut ids: Vec<String> =
                    sign_of_outcome(&result.outcome_id).into_iter().collect();
                let rest: Vec<String> = result
                    .flags
                    .iter()
                    .filter(|f| !ids.contains(f))
                    .cloned()
                    .collect();
                ids.extend(rest);
                self.signs_raised(&ids, urgency);
            }
            Some(outcome) => self.pattern(questionnaire, &result, outcome),
        }
        // The safety net, on every result.
        let net = &registry.safety_net;
        self.blocks.push(Block::Heading {
            level: 2,
            text: net.heading.get(level).to_owned(),
        });
        self.warning_boxes(&net.signs);
        if let Some(weeks) = outcome.and_then(|o| o.recheck_weeks) {
            self.blocks
                .push(Block::Strong(registry.not_better(weeks, level)));
        }
        Ok(())
    }

    /// The warning signs a result raised, by tier, each with why and what to say.
    fn signs_raised(&mut self, ids: &[String], urgency: Urgency) {
        let registry = &self.content.warnings;
        let level = self.level;
        self.blocks.push(Block::Heading {
            level: 2,
            text: self.get("handout-signs-raised"),
        });
        for (tier, signs) in registry.grouped(ids) {
            let mut lines = Vec::new();
            if tier != urgency {
                lines.push(registry.action(tier, level, self.emergency));
            }
            for sign in &signs {
                lines.push(format!("• {}", sign.text.get(level)));
                lines.push(sign.why.get(level).to_owned());
                if let Some(tell) = &sign.tell {
                    lines.push(registry.fill_emergency(tell.get(level), self.emergency));
                }
                self.regions.extend(sign.regions.iter().cloned());
            }
            let heading = registry.tier(tier).map_or_else(
                || urgency_label(self.words, tier).to_owned(),
                |t| t.heading.get(level).to_owned(),
            );
            self.blocks.push(Block::Warning { heading, lines });
            let ids: Vec<String> = signs.iter().flat_map(|s| s.sources.clone()).collect();
            self.cite(&ids);
        }
        let text = self.get("handout-not-a-diagnosis");
        self.blocks.push(Block::Paragraph(text));
    }

    /// A pattern result: why the advice is more urgent than the pattern (when it is), the
    /// explanation, what helps, when to get care, what to read next.
    fn pattern(
        &mut self,
        questionnaire: &Questionnaire,
        result: &Assessment,
        outcome: &OutcomeSpec,
    ) {
        let content = self.content;
        let registry = &content.warnings;
        let level = self.level;
        let reasons: Vec<String> = result
            .floors
            .iter()
            .filter(|f| f.urgency > outcome.urgency)
            .filter_map(|f| {
                let q = questionnaire.question(&f.question)?;
                let answer = q.options.iter().find(|o| o.id == f.option);
                Some(match (q.kind, answer) {
                    (QuestionKind::PainScale, _) => self.words.with(
                        "handout-pain-answer",
                        &[("value", f.option.as_str().into())],
                    ),
                    (_, Some(o)) => format!(
                        "{} {}",
                        q.text.get(level).trim_end_matches('?'),
                        o.label.get(level)
                    ),
                    (_, None) => q.text.get(level).to_owned(),
                })
            })
            .collect::<BTreeSet<_>>()
            .into_iter()
            .map(|r| {
                self.words
                    .with("handout-you-answered", &[("answer", r.into())])
            })
            .collect();
        let raised: Vec<String> = result
            .flags
            .iter()
            .filter(|f| registry.sign(f).is_some_and(|s| s.tier > outcome.urgency))
            .cloned()
            .collect();
        if !reasons.is_empty() || !raised.is_empty() {
            self.blocks.push(Block::Heading {
                level: 2,
                text: self.get("handout-why-floor"),
            });
            if !reasons.is_empty() {
                self.blocks.push(Block::List {
                    numbered: false,
                    items: reasons,
                });
            }
            self.warning_boxes(&raised);
        }
        self.blocks
            .push(Block::Paragraph(outcome.explanation.get(level).to_owned()));
        for (heading, items) in [
            ("handout-what-helps", &outcome.what_helps),
            ("handout-when-care", &outcome.seek_care),
        ] {
            if !items.is_empty() {
                self.blocks.push(Block::Heading {
                    level: 2,
                    text: self.get(heading),
                });
                self.blocks.push(Block::List {
                    numbered: false,
                    items: items.iter().map(|t| t.get(level).to_owned()).collect(),
                });
            }
        }
        if !outcome.read_next.is_empty() {
            let read = self.get("handout-read-more");
            self.blocks.push(Block::Strong(read));
            self.blocks.push(Block::List {
                numbered: false,
                items: outcome
                    .read_next
                    .iter()
                    .map(|l| content.link_title(l))
                    .collect(),
            });
        }
        self.cite(&outcome.sources);
        self.regions.extend(outcome.regions.iter().cloned());
        self.pathways.extend(outcome.pathways.iter().cloned());
    }
}
