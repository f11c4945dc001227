//! What goes into a handout, from the content: chosen article sections at one reading level,
//! a self-check result (urgent advice first, with the emergency number), the plan stage, the
//! body drawing with the result's regions and pathways, the sources, notice and review status.
//! Section text is flattened the way `speech::script` does it (markup stripped, warning boxes
//! from the registry), but keeps its structure (lists, boxes) for print.

use crate::content::Link;
use std::collections::BTreeSet;

use crate::body::Diagram;
use crate::content::Content;
use crate::content::model::{Article, Block as ContentBlock, ReviewStatus, Section};
use crate::progress::DiaryEntry;
use crate::selfcheck::answers::Answers;
use crate::selfcheck::engine::sign_of_outcome;
use crate::selfcheck::spec::{QuestionKind, Urgency};
use crate::settings::ReadingLevel;

use crate::body::exercise_figures;

use super::exercise::exercise_drawing;
use super::figure::{BodyView, body_drawing};
use super::model::{Block, Figure, Handout};
use super::{HandoutError, chart};

/// Height of an exercise drawing on paper, in points (about 37 mm; 53 mm wide).
pub const EXERCISE_FIGURE_HEIGHT: f32 = 105.0;

/// The handout's own words (headings the content does not carry), per language.
#[derive(Debug)]
pub struct Words {
    /// Title when several things are printed.
    pub title: &'static str,
    /// Heading over the result.
    pub result: &'static str,
    /// Heading over warning signs raised.
    pub signs_raised: &'static str,
    /// After the signs raised.
    pub not_a_diagnosis: &'static str,
    /// Heading over the reasons for a floor.
    pub why_floor: &'static str,
    /// "You answered: …".
    pub you_answered: &'static str,
    /// What helps.
    pub what_helps: &'static str,
    /// When to get care.
    pub when_care: &'static str,
    /// Read more.
    pub read_more: &'static str,
    /// "Sources: …".
    pub sources: &'static str,
    /// The drawing.
    pub figure_alt: &'static str,
    /// "Highlighted:".
    pub highlighted: &'static str,
    /// "Shown:".
    pub shown: &'static str,
    /// Plan heading.
    pub plan: &'static str,
    /// Box over the plan's first check.
    pub before_you_start: &'static str,
    /// "Move on when".
    pub move_on: &'static str,
    /// Plan signs heading.
    pub stop_signs: &'static str,
    /// Clinician note label.
    pub note: &'static str,
    /// Review line when no article is printed.
    pub no_review: &'static str,
    /// Heading over the pain diary's chart.
    pub diary: &'static str,
    /// When the diary has no pain values.
    pub diary_empty: &'static str,
}

const EN: Words = Words {
    title: "Your AnkleBack handout",
    result: "Your self-check",
    signs_raised: "Your answers included these warning signs",
    not_a_diagnosis: "A warning sign is not a diagnosis. It means guidance advises that a clinician checks it, as soon as the box above says.",
    why_floor: "Why the advice is at least an appointment, whatever the pattern",
    you_answered: "You answered",
    what_helps: "What tends to help, according to the sources",
    when_care: "When to get care",
    read_more: "Read more in the app",
    sources: "Sources",
    figure_alt: "Drawing of the lower back, pelvis and right leg, from the side and from the back.",
    highlighted: "Highlighted",
    shown: "Lines drawn",
    plan: "Your plan",
    before_you_start: "Before you start",
    move_on: "Move on when",
    stop_signs: "Stop and get care if",
    note: "Note for clinicians",
    no_review: "No clinician review is recorded for the self-check and plan texts.",
    diary: "Your pain diary",
    diary_empty: "The pain diary has no pain scores yet.",
};

/// The words for a language; `None` until it is translated.
pub fn words(lang: &str) -> Option<&'static Words> {
    match lang {
        "en" => Some(&EN),
        _ => None,
    }
}

/// What the user chose to print.
#[derive(Clone, Debug)]
pub struct Request<'a> {
    /// Articles, or sections of them.
    pub articles: Vec<Link>,
    /// Self-check answers, if a result is printed.
    pub answers: Option<&'a Answers>,
    /// Print the plan.
    pub plan: bool,
    /// The current plan stage id (the first stage when `None` or unknown).
    pub plan_stage: Option<&'a str>,
    /// The pain diary, when its trend is printed.
    pub diary: Option<&'a [DiaryEntry]>,
    /// Reading level.
    pub level: ReadingLevel,
    /// Language (`en`).
    pub lang: &'a str,
    /// The emergency number setting (empty: a general phrase).
    pub emergency_number: &'a str,
    /// The clinic name setting.
    pub clinic: Option<&'a str>,
    /// Today, `YYYY-MM-DD`.
    pub date: String,
}

struct Composer<'a> {
    content: &'a Content,
    words: &'static Words,
    level: ReadingLevel,
    emergency: &'a str,
    blocks: Vec<Block>,
    sources: Vec<String>,
    regions: BTreeSet<String>,
    pathways: BTreeSet<String>,
    /// The result's regions and pathways (shown instead of the sections' when there is one).
    result_view: Option<(BTreeSet<String>, BTreeSet<String>)>,
}

impl Composer<'_> {
    fn plain(&self, text: &str) -> String {
        self.content.plain(text)
    }

    fn cite(&mut self, ids: &[String]) {
        let line = self.content.cite(ids);
        if !line.is_empty() {
            self.blocks
                .push(Block::Small(format!("{}: {line}", self.words.sources)));
        }
        for id in ids {
            if !self.sources.contains(id) {
                self.sources.push(id.clone());
            }
        }
    }

    /// Warning boxes: one per tier, its heading, where to go (with the emergency number),
    /// then its signs.
    fn warning_boxes(&mut self, ids: &[String]) {
        let registry = &self.content.warnings;
        for (tier, signs) in registry.grouped(ids) {
            let heading = registry.tier(tier).map_or_else(
                || tier.label().to_owned(),
                |t| t.heading.get(self.level).to_owned(),
            );
            let mut lines = vec![registry.action(tier, self.level, self.emergency)];
            lines.extend(
                signs
                    .iter()
                    .map(|s| format!("• {}", s.text.get(self.level))),
            );
            self.blocks.push(Block::Warning { heading, lines });
        }
    }

    fn section(&mut self, section: &Section) {
        self.blocks.push(Block::Heading {
            level: 2,
            text: section.heading.clone(),
        });
        let blocks = match self.level {
            ReadingLevel::Patient => &section.patient,
            ReadingLevel::Clinician => &section.clinician,
        };
        for block in blocks {
            match block {
                ContentBlock::Paragraph(text) => {
                    let text = self.plain(text);
                    self.blocks.push(Block::Paragraph(text));
                }
                ContentBlock::Bullets(items) | ContentBlock::Steps(items) => {
                    let items = items.iter().map(|t| self.plain(t)).collect();
                    self.blocks.push(Block::List {
                        numbered: matches!(block, ContentBlock::Steps(_)),
                        items,
                    });
                }
                ContentBlock::WarningSigns(ids) => self.warning_boxes(ids),
                // The screen's drawings are not on paper yet: their text alternative is.
                ContentBlock::Figure { caption, alt, .. } => {
                    self.blocks.push(Block::Strong(self.plain(caption)));
                    self.blocks.push(Block::Paragraph(self.plain(alt)));
                }
                // A table on paper: one list item per row, each cell named by its column.
                ContentBlock::Table {
                    caption,
                    columns,
                    rows,
                } => {
                    self.blocks.push(Block::Strong(self.plain(caption)));
                    let items = rows
                        .iter()
                        .map(|row| {
                            columns
                                .iter()
                                .zip(row)
                                .map(|(column, cell)| {
                                    format!("{}: {}", self.plain(column), self.plain(cell))
                                })
                                .collect::<Vec<_>>()
                                .join("; ")
                        })
                        .collect();
                    self.blocks.push(Block::List {
                        numbered: false,
                        items,
                    });
                }
                // Never shown (the validator rejects it).
                ContentBlock::Warning { .. } => {}
                ContentBlock::KeyFigure {
                    figure,
                    label,
                    meaning,
                } => {
                    let strong = format!("{}: {}", self.plain(figure), self.plain(label));
                    self.blocks.push(Block::Strong(strong));
                    let meaning = self.plain(meaning);
                    self.blocks.push(Block::Paragraph(meaning));
                }
                ContentBlock::Note { title, text } => {
                    let title = self.plain(title);
                    let text = self.plain(text);
                    self.blocks.push(Block::Strong(title));
                    self.blocks.push(Block::Paragraph(text));
                }
                ContentBlock::Actions {
                    steps, checklist, ..
                } => {
                    let steps = steps.iter().map(|t| self.plain(t)).collect();
                    self.blocks.push(Block::List {
                        numbered: true,
                        items: steps,
                    });
                    if !checklist.is_empty() {
                        self.blocks
                            .push(Block::Strong("What to tell your clinician".to_owned()));
                        let items = checklist.iter().map(|t| self.plain(t)).collect();
                        self.blocks.push(Block::List {
                            numbered: false,
                            items,
                        });
                    }
                }
            }
        }
        self.cite(&section.sources);
        self.regions.extend(section.regions.iter().cloned());
        self.pathways.extend(section.pathways.iter().cloned());
    }

    fn result(&mut self, answers: &Answers) -> Result<(), HandoutError> {
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
            text: self.words.result.to_owned(),
        });
        // The heading and, from an appointment up, where to go first.
        let mut lines = Vec::new();
        if urgency >= Urgency::Appointment {
            lines.push(registry.action(urgency, level, self.emergency));
        }
        if let Some(outcome) = outcome {
            lines.push(outcome.title.get(level).to_owned());
        }
        if urgency >= Urgency::Appointment {
            self.blocks.push(Block::Warning {
                heading: urgency.label().to_owned(),
                lines,
            });
        } else {
            self.blocks.push(Block::Heading {
                level: 2,
                text: urgency.label().to_owned(),
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
                self.blocks.push(Block::Heading {
                    level: 2,
                    text: self.words.signs_raised.to_owned(),
                });
                for (tier, signs) in registry.grouped(&ids) {
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
                        || tier.label().to_owned(),
                        |t| t.heading.get(level).to_owned(),
                    );
                    self.blocks.push(Block::Warning { heading, lines });
                    let ids: Vec<String> = signs.iter().flat_map(|s| s.sources.clone()).collect();
                    self.cite(&ids);
                }
                self.blocks
                    .push(Block::Paragraph(self.words.not_a_diagnosis.to_owned()));
            }
            Some(outcome) => {
                // Why the advice is more urgent than the pattern, when it is.
                let reasons: Vec<String> = result
                    .floors
                    .iter()
                    .filter(|f| f.urgency > outcome.urgency)
                    .filter_map(|f| {
                        let q = questionnaire.question(&f.question)?;
                        let answer = q.options.iter().find(|o| o.id == f.option);
                        Some(match (q.kind, answer) {
                            (QuestionKind::PainScale, _) => format!("pain {} out of 10", f.option),
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
                    .map(|r| format!("{}: {r}", self.words.you_answered))
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
                        text: self.words.why_floor.to_owned(),
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
                    (self.words.what_helps, &outcome.what_helps),
                    (self.words.when_care, &outcome.seek_care),
                ] {
                    if !items.is_empty() {
                        self.blocks.push(Block::Heading {
                            level: 2,
                            text: heading.to_owned(),
                        });
                        self.blocks.push(Block::List {
                            numbered: false,
                            items: items.iter().map(|t| t.get(level).to_owned()).collect(),
                        });
                    }
                }
                if !outcome.read_next.is_empty() {
                    self.blocks
                        .push(Block::Strong(self.words.read_more.to_owned()));
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

    fn plan(&mut self, stage_id: Option<&str>) -> Result<(), HandoutError> {
        let plan = self.content.plan.as_ref().ok_or(HandoutError::NoPlan)?;
        let font = &super::font::HandoutFont::new().ok_or(super::pdf::PdfError::Font)?;
        let chosen = stage_id.and_then(|id| plan.stage(id)).or_else(|| {
            plan.programmes
                .first()
                .and_then(|p| Some((p, p.stages.first()?)))
        });
        let Some((programme, stage)) = chosen else {
            return Err(HandoutError::NoPlan);
        };
        let index = programme
            .stages
            .iter()
            .position(|s| s.id == stage.id)
            .unwrap_or_default();
        let level = self.level;
        self.blocks.push(Block::Heading {
            level: 1,
            text: format!(
                "{} ({}), stage {} of {}: {}",
                self.words.plan,
                programme.name,
                index + 1,
                programme.stages.len(),
                // The content's names may carry their number already ("1. Protect").
                stage
                    .name
                    .strip_prefix(&format!("{}. ", index + 1))
                    .unwrap_or(&stage.name)
            ),
        });
        if index == 0 {
            self.blocks.push(Block::Warning {
                heading: self.words.before_you_start.to_owned(),
                lines: vec![programme.before_you_start.get(level).to_owned()],
            });
        }
        self.blocks
            .push(Block::Paragraph(stage.goal.get(level).to_owned()));
        for exercise in &stage.exercises {
            self.blocks.push(Block::Heading {
                level: 2,
                text: exercise.name.clone(),
            });
            // The drawing the screen shows, beside the steps (which end with how many times
            // and how often).
            self.blocks.push(Block::Exercise {
                figure: Figure {
                    alt: exercise_figures::caption(exercise.drawing).to_owned(),
                    drawing: exercise_drawing(exercise.drawing, font),
                    height: EXERCISE_FIGURE_HEIGHT,
                },
                steps: exercise
                    .steps
                    .iter()
                    .map(|s| self.content.plain(s))
                    .collect(),
            });
            if level == ReadingLevel::Clinician && !exercise.clinician_note.is_empty() {
                self.blocks.push(Block::Paragraph(format!(
                    "{}: {}",
                    self.words.note, exercise.clinician_note
                )));
            }
        }
        self.blocks.push(Block::Strong(format!(
            "{}: {}",
            self.words.move_on,
            stage.move_on_when.get(level)
        )));
        if !plan.signs.is_empty() {
            self.blocks.push(Block::Heading {
                level: 2,
                text: self.words.stop_signs.to_owned(),
            });
            self.warning_boxes(&plan.signs.clone());
        }
        let mut ids = stage.sources.clone();
        ids.extend(
            plan.sources
                .iter()
                .filter(|s| !stage.sources.contains(s))
                .cloned(),
        );
        self.cite(&ids);
        Ok(())
    }
}

/// The sections a link names: the whole article, or one section.
fn resolve<'c>(
    content: &'c Content,
    link: &Link,
) -> Result<(&'c Article, Vec<&'c Section>), HandoutError> {
    let (article_id, section_id) = (link.article.as_str(), link.section.as_deref());
    let article = content
        .article(article_id)
        .ok_or_else(|| HandoutError::UnknownArticle(article_id.to_owned()))?;
    let sections: Vec<&Section> = article
        .sections
        .iter()
        .filter(|s| section_id.is_none_or(|id| s.id == id))
        .collect();
    if sections.is_empty() {
        return Err(HandoutError::UnknownSection(
            article_id.to_owned(),
            section_id.unwrap_or_default().to_owned(),
        ));
    }
    Ok((article, sections))
}

/// Builds the handout. Order: the result first (urgent advice leads), then the body drawing,
/// the articles, the plan.
pub fn compose(
    content: &Content,
    diagrams: &[Diagram],
    request: &Request<'_>,
) -> Result<Handout, HandoutError> {
    let words =
        words(request.lang).ok_or_else(|| HandoutError::Language(request.lang.to_owned()))?;
    if request.articles.is_empty()
        && request.answers.is_none()
        && !request.plan
        && request.diary.is_none()
    {
        return Err(HandoutError::Empty);
    }
    // Check every link before anything else, so a typo is reported whatever else was asked.
    let mut chosen: Vec<(&Article, Vec<&Section>)> = Vec::new();
    for link in &request.articles {
        let (article, sections) = resolve(content, link)?;
        match chosen.iter_mut().find(|(a, _)| a.id == article.id) {
            Some((_, have)) => {
                for s in sections {
                    if !have.iter().any(|h| h.id == s.id) {
                        have.push(s);
                    }
                }
            }
            None => chosen.push((article, sections)),
        }
    }
    let mut c = Composer {
        content,
        words,
        level: request.level,
        emergency: request.emergency_number,
        blocks: Vec::new(),
        sources: Vec::new(),
        regions: BTreeSet::new(),
        pathways: BTreeSet::new(),
        result_view: None,
    };
    if let Some(answers) = request.answers {
        c.result(answers)?;
        let regions = std::mem::take(&mut c.regions);
        let pathways = std::mem::take(&mut c.pathways);
        c.result_view = Some((regions, pathways));
    }
    let figure_at = c.blocks.len();
    for (article, sections) in &chosen {
        c.blocks.push(Block::Heading {
            level: 1,
            text: article.title.clone(),
        });
        c.blocks
            .push(Block::Paragraph(content.plain(&article.summary)));
        for section in sections {
            c.section(section);
        }
    }
    if request.plan {
        c.plan(request.plan_stage)?;
    }
    if let Some(diary) = request.diary {
        c.blocks.push(Block::Heading {
            level: 1,
            text: words.diary.to_owned(),
        });
        let font = super::font::HandoutFont::new().ok_or(super::pdf::PdfError::Font)?;
        match (chart::diary_chart(diary, &font), chart::diary_alt(diary)) {
            (Some(drawing), Some(alt)) => c.blocks.push(Block::Figure(Figure {
                alt,
                drawing,
                height: chart::SIZE[1],
            })),
            _ => c
                .blocks
                .push(Block::Paragraph(words.diary_empty.to_owned())),
        }
    }
    if !diagrams.is_empty() && (request.answers.is_some() || !chosen.is_empty()) {
        // The result's parts when there is a result (what the drawing is about), else the
        // sections'; the sections' pathways when the result names none.
        if let Some((regions, pathways)) = c.result_view.take() {
            if !pathways.is_empty() {
                c.pathways = pathways;
            }
            c.regions = regions;
        }
        let view = BodyView {
            regions: c.regions.iter().map(String::as_str).collect(),
            pathways: c.pathways.iter().map(String::as_str).collect(),
        };
        let font = super::font::HandoutFont::new().ok_or(super::pdf::PdfError::Font)?;
        let drawing = body_drawing(diagrams, content, &view, &font);
        let mut alt = words.figure_alt.to_owned();
        let names: Vec<&str> = c
            .regions
            .iter()
            .map(|r| content.region(r).map_or(r.as_str(), |r| r.name.as_str()))
            .collect();
        if !names.is_empty() {
            alt.push_str(&format!(" {}: {}.", words.highlighted, names.join(", ")));
        }
        let lines: Vec<&str> = c
            .pathways
            .iter()
            .map(|p| content.pathway(p).map_or(p.as_str(), |p| p.name.as_str()))
            .collect();
        if !lines.is_empty() {
            alt.push_str(&format!(" {}: {}.", words.shown, lines.join(", ")));
        }
        c.blocks.insert(
            figure_at,
            Block::Figure(Figure {
                alt,
                drawing,
                height: 330.0,
            }),
        );
    }
    let title = match (
        chosen.as_slice(),
        request.answers,
        request.plan || request.diary.is_some(),
    ) {
        ([(article, _)], None, false) => article.title.clone(),
        _ => words.title.to_owned(),
    };
    let review = if chosen.is_empty() {
        words.no_review.to_owned()
    } else {
        chosen
            .iter()
            .map(|(a, _)| {
                let by = match (a.review.status, &a.review.reviewed_by) {
                    (ReviewStatus::Reviewed, Some(name)) => format!(" ({name})"),
                    _ => String::new(),
                };
                format!(
                    "“{}”: {}{by}, last checked {}.",
                    a.title,
                    a.review.status.label(),
                    a.review.last_reviewed
                )
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    let sources = c
        .sources
        .iter()
        .filter_map(|id| content.source(id))
        .map(|s| {
            let title = s.title.trim_end_matches('.');
            let stop = if title.ends_with(['?', '!']) { "" } else { "." };
            format!("{title}{stop} {}, {}.", s.publisher, s.year)
        })
        .collect();
    Ok(Handout {
        title,
        date: request.date.clone(),
        clinic: request
            .clinic
            .map(str::to_owned)
            .filter(|c| !c.trim().is_empty()),
        lang: request.lang.to_owned(),
        blocks: c.blocks,
        sources,
        notice: (
            crate::notice::NOTICE_TITLE.to_owned(),
            crate::notice::NOTICE.to_owned(),
        ),
        review,
    })
}

/// A short topic for the file name: the first article, else "self-check" or "plan".
pub fn topic(request: &Request<'_>) -> String {
    if let Some(link) = request.articles.first() {
        return link.article.clone();
    }
    if request.answers.is_some() {
        "self-check".to_owned()
    } else if request.plan {
        "plan".to_owned()
    } else {
        "pain diary".to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::body::embedded_diagrams;
    use crate::content::load_embedded;
    use crate::selfcheck::answers::AnswersFile;

    fn vignette(name: &str) -> Answers {
        let path = format!("{}/tests/vignettes/{name}", env!("CARGO_MANIFEST_DIR"));
        let file: AnswersFile = ron::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        file.answers
    }

    fn request<'a>(answers: Option<&'a Answers>, articles: &[&str]) -> Request<'a> {
        Request {
            articles: articles.iter().map(|s| Link::parse(s).unwrap()).collect(),
            answers,
            plan: false,
            plan_stage: None,
            diary: None,
            level: ReadingLevel::Patient,
            lang: "en",
            emergency_number: "112",
            clinic: None,
            date: "2025-06-01".into(),
        }
    }

    #[test]
    fn urgent_results_say_where_to_go_first_with_the_number() {
        let content = load_embedded();
        let diagrams = embedded_diagrams(&load_embedded()).unwrap();
        let answers = vignette("01-saddle-numbness.ron");
        let handout = compose(&content, &diagrams, &request(Some(&answers), &[])).unwrap();
        let Some(Block::Warning { heading, lines }) = handout.blocks.get(1) else {
            panic!("{:?}", handout.blocks.get(1));
        };
        assert_eq!(heading, Urgency::Emergency.label());
        assert!(lines[0].contains("112"), "{lines:?}");
        // The sign it is named after is listed, and the safety net follows.
        let text = format!("{:?}", handout.blocks);
        assert!(text.contains(&content.warnings.safety_net.heading.patient));
        assert!(handout.blocks.iter().any(|b| matches!(b, Block::Figure(_))));
    }

    #[test]
    fn a_pattern_result_has_its_explanation_and_recheck_weeks() {
        let content = load_embedded();
        let answers = vignette("28-nerve-type-back.ron");
        let q = &content.questionnaires[0];
        let result = q.assess(&answers);
        let outcome = q.outcome(&result.outcome_id).unwrap();
        let handout = compose(&content, &[], &request(Some(&answers), &[])).unwrap();
        let text = format!("{:?}", handout.blocks);
        assert!(text.contains(&outcome.explanation.patient));
        if let Some(weeks) = outcome.recheck_weeks {
            let line = content.warnings.not_better(weeks, ReadingLevel::Patient);
            assert!(handout.blocks.contains(&Block::Strong(line)));
        }
    }

    #[test]
    fn unknown_articles_sections_and_languages_are_errors() {
        let content = load_embedded();
        let err = compose(&content, &[], &request(None, &["nope"])).unwrap_err();
        assert!(matches!(err, HandoutError::UnknownArticle(id) if id == "nope"));
        let id = &content.articles[0].id;
        let link = format!("{id}#nope");
        let err = compose(&content, &[], &request(None, &[&link])).unwrap_err();
        assert!(matches!(err, HandoutError::UnknownSection(..)));
        let mut es = request(None, &[id]);
        es.lang = "es";
        assert!(matches!(
            compose(&content, &[], &es),
            Err(HandoutError::Language(_))
        ));
        assert!(matches!(
            compose(&content, &[], &request(None, &[])),
            Err(HandoutError::Empty)
        ));
    }

    #[test]
    fn every_character_of_every_article_and_the_plan_is_in_the_font() {
        let content = load_embedded();
        let font = crate::handout::font::HandoutFont::new().unwrap();
        let ids: Vec<&str> = content.articles.iter().map(|a| a.id.as_str()).collect();
        for level in ReadingLevel::ALL {
            let mut r = request(None, &ids);
            r.plan = true;
            r.level = level;
            let handout = compose(&content, &[], &r).unwrap();
            let text = format!("{:?}{:?}", handout.blocks, handout.sources);
            for c in text.chars() {
                assert!(font.has(c), "{c:?} (U+{:04X}) is not in the font", c as u32);
            }
        }
    }
}
