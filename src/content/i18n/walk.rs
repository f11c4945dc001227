//! Every user-visible string of a loaded [`Content`], each with a stable key and the English
//! file it comes from. The English content is the only source of structure (ids, tiers,
//! floors, `show_if`, links, order); a language only replaces these strings, so the engine
//! and every urgency stay the same in every language.
//!
//! Keys are dotted paths built from ids (never from text), with an index only where the
//! English has a list without ids (blocks, bullet items, table cells):
//! `article.sprain-to-back.section.what-happens.patient.block.2.item.0`,
//! `glossary.sciatica.term`, `warning.sign.cauda_equina.text.patient`,
//! `selfcheck.ankle-back.question.numbness.option.yes.patient`.

use crate::content::Content;
use crate::content::model::Block;
use crate::selfcheck::spec::Text;

/// Where a text lives: the English file (relative to the content folder) and its key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    /// The English file, e.g. `articles/sprain-to-back.ron`, `glossary.ron`. The overlay for
    /// a language lives at `i18n/<lang>/<file>`.
    pub file: String,
    /// The stable key.
    pub key: String,
}

/// One user-visible English text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// Where it lives.
    pub place: Place,
    /// The English text (with its markup).
    pub text: String,
}

/// Calls `visit` on every user-visible string of `content`, in reading order, with its place;
/// `visit` may replace the string (that is how an overlay is applied).
pub fn walk_mut(content: &mut Content, visit: &mut dyn FnMut(&Place, &mut String)) {
    let mut w = Walker { visit };
    for article in &mut content.articles {
        let file = format!("articles/{}.ron", article.id);
        let base = format!("article.{}", article.id);
        w.one(&file, format!("{base}.title"), &mut article.title);
        w.one(&file, format!("{base}.summary"), &mut article.summary);
        for section in &mut article.sections {
            let sbase = format!("{base}.section.{}", section.id);
            w.one(&file, format!("{sbase}.heading"), &mut section.heading);
            for (level, blocks) in [
                ("patient", &mut section.patient),
                ("clinician", &mut section.clinician),
            ] {
                for (i, block) in blocks.iter_mut().enumerate() {
                    w.block(&file, &format!("{sbase}.{level}.block.{i}"), block);
                }
            }
        }
    }
    let file = "sources.ron";
    for source in &mut content.sources {
        // The title stays as published; who published it is described in the language.
        w.one(
            file,
            format!("source.{}.publisher", source.id),
            &mut source.publisher,
        );
        if let Some(note) = &mut source.note {
            w.one(file, format!("source.{}.note", source.id), note);
        }
    }
    let file = "glossary.ron";
    for term in &mut content.glossary {
        w.one(file, format!("glossary.{}.term", term.id), &mut term.term);
        w.one(file, format!("glossary.{}.plain", term.id), &mut term.plain);
    }
    let file = "regions.ron";
    for region in &mut content.regions {
        let base = format!("region.{}", region.id);
        w.one(file, format!("{base}.name"), &mut region.name);
        w.one(file, format!("{base}.what"), &mut region.what);
        w.one(file, format!("{base}.link"), &mut region.link);
    }
    let file = "pathways.ron";
    for pathway in &mut content.pathways {
        let base = format!("pathway.{}", pathway.id);
        w.one(file, format!("{base}.name"), &mut pathway.name);
        w.one(file, format!("{base}.caption"), &mut pathway.caption);
        for part in &mut pathway.parts {
            if let Some(legend) = &mut part.legend {
                w.one(file, format!("{base}.part.{}.legend", part.id), legend);
            }
        }
    }
    let file = crate::content::figures::FIGURES_FILE;
    for figure in &mut content.figures {
        for callout in &mut figure.callouts {
            let base = format!("figure.{}.callout.{}", figure.id, callout.id);
            w.one(file, format!("{base}.patient"), &mut callout.patient);
            w.one(file, format!("{base}.clinician"), &mut callout.clinician);
        }
    }
    let file = crate::content::stories::STORIES_FILE;
    for story in &mut content.stories {
        let base = format!("story.{}", story.id);
        w.one(file, format!("{base}.title"), &mut story.title);
        // Steps have no ids: they are numbered in the English order.
        for (i, step) in story.steps.iter_mut().enumerate() {
            w.one(file, format!("{base}.step.{i}.patient"), &mut step.patient);
            w.one(
                file,
                format!("{base}.step.{i}.clinician"),
                &mut step.clinician,
            );
        }
    }
    if let Some(plan) = &mut content.plan {
        let file = "plan.ron";
        for programme in &mut plan.programmes {
            let base = format!("plan.programme.{}", programme.id);
            w.one(file, format!("{base}.name"), &mut programme.name);
            w.text(file, &format!("{base}.about"), &mut programme.about);
            w.text(
                file,
                &format!("{base}.before_you_start"),
                &mut programme.before_you_start,
            );
            for stage in &mut programme.stages {
                let base = format!("plan.stage.{}", stage.id);
                w.one(file, format!("{base}.name"), &mut stage.name);
                w.text(file, &format!("{base}.goal"), &mut stage.goal);
                w.text(
                    file,
                    &format!("{base}.move_on_when"),
                    &mut stage.move_on_when,
                );
                for exercise in &mut stage.exercises {
                    let base = format!("plan.exercise.{}", exercise.id);
                    w.one(file, format!("{base}.name"), &mut exercise.name);
                    w.list(file, &format!("{base}.step"), &mut exercise.steps);
                    w.one(
                        file,
                        format!("{base}.clinician_note"),
                        &mut exercise.clinician_note,
                    );
                }
            }
        }
        for (i, tip) in plan.walking_tips.iter_mut().enumerate() {
            let base = format!("plan.walking_tip.{i}");
            w.one(file, format!("{base}.title"), &mut tip.title);
            w.text(file, &format!("{base}.text"), &mut tip.text);
        }
        w.text(file, "plan.shoes", &mut plan.shoes);
    }
    let file = "warning-signs.ron";
    let registry = &mut content.warnings;
    for tier in &mut registry.tiers {
        let base = format!("warning.tier.{}", tier.tier.id());
        w.text(file, &format!("{base}.heading"), &mut tier.heading);
        w.text(file, &format!("{base}.action"), &mut tier.action);
    }
    for sign in &mut registry.signs {
        let base = format!("warning.sign.{}", sign.id);
        w.text(file, &format!("{base}.text"), &mut sign.text);
        w.text(file, &format!("{base}.why"), &mut sign.why);
        if let Some(tell) = &mut sign.tell {
            w.text(file, &format!("{base}.tell"), tell);
        }
    }
    w.text(
        file,
        "warning.safety_net.heading",
        &mut registry.safety_net.heading,
    );
    w.text(
        file,
        "warning.safety_net.not_better",
        &mut registry.safety_net.not_better,
    );
    w.one(
        file,
        "warning.emergency.unknown".to_owned(),
        &mut registry.emergency.unknown,
    );
    w.one(
        file,
        "warning.emergency.number".to_owned(),
        &mut registry.emergency.number,
    );
    for questionnaire in &mut content.questionnaires {
        let spec = questionnaire.spec_text_mut();
        let file = format!("selfcheck/{}.ron", spec.id);
        let base = format!("selfcheck.{}", spec.id);
        w.one(&file, format!("{base}.title"), &mut spec.title);
        w.text(&file, &format!("{base}.intro"), &mut spec.intro);
        for pattern in &mut spec.patterns {
            w.one(
                &file,
                format!("{base}.pattern.{}.name", pattern.id),
                &mut pattern.name,
            );
        }
        for question in &mut spec.questions {
            let qbase = format!("{base}.question.{}", question.id);
            w.one(&file, format!("{qbase}.section"), &mut question.section);
            w.text(&file, &format!("{qbase}.text"), &mut question.text);
            if let Some(help) = &mut question.help {
                w.text(&file, &format!("{qbase}.help"), help);
            }
            for option in &mut question.options {
                w.text(
                    &file,
                    &format!("{qbase}.option.{}", option.id),
                    &mut option.label,
                );
            }
        }
        for outcome in &mut spec.outcomes {
            let obase = format!("{base}.outcome.{}", outcome.id);
            w.text(&file, &format!("{obase}.title"), &mut outcome.title);
            w.text(
                &file,
                &format!("{obase}.explanation"),
                &mut outcome.explanation,
            );
            for (i, text) in outcome.what_helps.iter_mut().enumerate() {
                w.text(&file, &format!("{obase}.what_helps.{i}"), text);
            }
            for (i, text) in outcome.seek_care.iter_mut().enumerate() {
                w.text(&file, &format!("{obase}.seek_care.{i}"), text);
            }
        }
    }
}

/// Every user-visible English text of `content`, in reading order.
pub fn entries(content: &Content) -> Vec<Entry> {
    let mut copy = content.clone();
    let mut out = Vec::new();
    walk_mut(&mut copy, &mut |place, text| {
        out.push(Entry {
            place: place.clone(),
            text: text.clone(),
        });
    });
    out
}

struct Walker<'v> {
    visit: &'v mut dyn FnMut(&Place, &mut String),
}

impl Walker<'_> {
    fn one(&mut self, file: &str, key: String, text: &mut String) {
        let place = Place {
            file: file.to_owned(),
            key,
        };
        (self.visit)(&place, text);
    }

    fn text(&mut self, file: &str, base: &str, text: &mut Text) {
        self.one(file, format!("{base}.patient"), &mut text.patient);
        self.one(file, format!("{base}.clinician"), &mut text.clinician);
    }

    fn list(&mut self, file: &str, base: &str, items: &mut [String]) {
        for (i, item) in items.iter_mut().enumerate() {
            self.one(file, format!("{base}.{i}"), item);
        }
    }

    fn block(&mut self, file: &str, base: &str, block: &mut Block) {
        match block {
            Block::Paragraph(text) => self.one(file, base.to_owned(), text),
            Block::Bullets(items) | Block::Steps(items) => {
                self.list(file, &format!("{base}.item"), items);
            }
            // Shown from the registry, in the registry's (translated) words.
            Block::WarningSigns(_) => {}
            // Never shown (the validator rejects it).
            Block::Warning { .. } => {}
            Block::KeyFigure {
                figure,
                label,
                meaning,
            } => {
                self.one(file, format!("{base}.figure"), figure);
                self.one(file, format!("{base}.label"), label);
                self.one(file, format!("{base}.meaning"), meaning);
            }
            Block::Note { title, text } => {
                self.one(file, format!("{base}.title"), title);
                self.one(file, format!("{base}.text"), text);
            }
            Block::Figure { caption, alt, .. } => {
                self.one(file, format!("{base}.caption"), caption);
                self.one(file, format!("{base}.alt"), alt);
            }
            Block::Table {
                caption,
                columns,
                rows,
            } => {
                self.one(file, format!("{base}.caption"), caption);
                self.list(file, &format!("{base}.column"), columns);
                for (r, row) in rows.iter_mut().enumerate() {
                    self.list(file, &format!("{base}.row.{r}.cell"), row);
                }
            }
            Block::Actions {
                steps, checklist, ..
            } => {
                self.list(file, &format!("{base}.step"), steps);
                self.list(file, &format!("{base}.check"), checklist);
            }
        }
    }
}

/// A short stable hash of an English text (FNV-1a 64-bit, 16 hex digits): a translation
/// records the hash of the English it was made from, so a later English edit shows as stale.
pub fn text_hash(text: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in text.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{hash:016x}")
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "tests")]
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn every_key_is_unique_and_every_text_is_visited() {
        let content = crate::content::load_embedded();
        let entries = entries(&content);
        let mut seen = HashSet::new();
        for entry in &entries {
            assert!(seen.insert(entry.place.key.clone()), "{}", entry.place.key);
            assert!(!entry.text.trim().is_empty(), "{}", entry.place.key);
        }
        // Every glossary term, region and warning sign has its texts.
        for term in &content.glossary {
            assert!(seen.contains(&format!("glossary.{}.term", term.id)));
        }
        for region in &content.regions {
            assert!(seen.contains(&format!("region.{}.name", region.id)));
        }
        for sign in &content.warnings.signs {
            assert!(seen.contains(&format!("warning.sign.{}.text.patient", sign.id)));
        }
        // Consult stories and who published each source are translated too.
        for story in &content.stories {
            assert!(seen.contains(&format!("story.{}.title", story.id)));
            for i in 0..story.steps.len() {
                assert!(seen.contains(&format!("story.{}.step.{i}.patient", story.id)));
            }
        }
        for source in &content.sources {
            assert!(seen.contains(&format!("source.{}.publisher", source.id)));
        }
        assert!(entries.len() > 1000, "{}", entries.len());
    }

    #[test]
    fn replacing_every_text_leaves_the_structure_alone() {
        let english = crate::content::load_embedded();
        let mut other = english.clone();
        walk_mut(&mut other, &mut |place, text| {
            *text = format!("«{}»", place.key)
        });
        // Nothing English is left in the visited texts …
        assert!(entries(&other).iter().all(|e| e.text.starts_with('«')));
        // … and ids, tiers, links and the engine's answers are the same.
        let ids = |c: &Content| -> Vec<String> {
            let mut out: Vec<String> = c.articles.iter().map(|a| a.id.clone()).collect();
            out.extend(
                c.warnings
                    .signs
                    .iter()
                    .map(|s| format!("{}:{:?}", s.id, s.tier)),
            );
            out.extend(
                c.articles
                    .iter()
                    .flat_map(|a| &a.sections)
                    .flat_map(|s| &s.see_also)
                    .map(|link| format!("{link:?}")),
            );
            out
        };
        assert_eq!(ids(&english), ids(&other));
        let (a, b) = (&english.questionnaires[0], &other.questionnaires[0]);
        assert_eq!(a.screens(), b.screens());
        let answers = crate::selfcheck::answers::Answers::default();
        assert_eq!(a.assess(&answers), b.assess(&answers));
    }

    #[test]
    fn hash_is_stable() {
        // FNV-1a 64 of "" and "a" (published test vectors).
        assert_eq!(text_hash(""), "cbf29ce484222325");
        assert_eq!(text_hash("a"), "af63dc4c8601ec8c");
    }
}
