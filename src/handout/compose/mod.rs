//! What goes into a handout, from the content: chosen article sections at one reading level,
//! a self-check result (urgent advice first, with the emergency number), the plan stage, what
//! was shown in consult mode with the clinician's drawing, the body drawing with the result's
//! regions and pathways, the sources, notice and review status. The content comes in the
//! handout's language; the handout's own words (headings, labels) come from
//! `assets/i18n/<lang>/handout.ftl` through [`Messages`]. Section text is flattened the way
//! `speech::script` does it (markup stripped, warning boxes from the registry), but keeps its
//! structure (lists, boxes) for print.

mod consult;
mod figures;
mod plan;
mod result;
mod section;

use std::collections::BTreeSet;

use crate::body::Diagram;
use crate::consult::sheet::ConsultSheet;
use crate::content::Content;
use crate::content::Link;
use crate::content::model::{Article, Evidence, ReviewStatus, Section};
use crate::messages::Messages;
use crate::progress::DiaryEntry;
use crate::selfcheck::answers::Answers;
use crate::selfcheck::spec::Urgency;
use crate::settings::ReadingLevel;

use super::HandoutError;
use super::model::{Block, Handout, PrintWords};

/// Height of an exercise drawing on paper, in points (about 37 mm; 53 mm wide).
pub const EXERCISE_FIGURE_HEIGHT: f32 = 105.0;

/// Height of the body drawing on paper, in points.
pub const BODY_FIGURE_HEIGHT: f32 = 330.0;

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
    /// What consult mode showed, with the clinician's drawing.
    pub consult: Option<&'a ConsultSheet>,
    /// Reading level.
    pub level: ReadingLevel,
    /// The handout's own words, in the language of the content given to [`compose`]; the
    /// handout's language is theirs.
    pub messages: &'a Messages,
    /// The translation's review status, in its language (empty for English).
    pub translation_status: &'a str,
    /// The emergency number setting (empty: a general phrase).
    pub emergency_number: &'a str,
    /// The clinic name setting.
    pub clinic: Option<&'a str>,
    /// Today, `YYYY-MM-DD`.
    pub date: String,
}

struct Composer<'a> {
    content: &'a Content,
    words: &'a Messages,
    level: ReadingLevel,
    emergency: &'a str,
    blocks: Vec<Block>,
    sources: Vec<String>,
    regions: BTreeSet<String>,
    pathways: BTreeSet<String>,
    /// The result's regions and pathways (shown instead of the sections' when there is one).
    result_view: Option<(BTreeSet<String>, BTreeSet<String>)>,
}

/// The handout's words for an urgency level (the result heading).
pub fn urgency_label(words: &Messages, urgency: Urgency) -> &str {
    // The screen's own heading (selfcheck.ftl), so paper and screen never differ.
    words.get(urgency.message_id())
}

fn evidence_label(words: &Messages, evidence: Evidence) -> &str {
    words.get(evidence.message_id())
}

impl Composer<'_> {
    fn plain(&self, text: &str) -> String {
        self.content.plain(text)
    }

    fn get(&self, id: &str) -> String {
        self.words.get(id).to_owned()
    }

    /// "Sources: Title (Publisher, year; kind); …" under a part, and the ids kept for the
    /// list at the end.
    fn cite(&mut self, ids: &[String]) {
        let line = ids
            .iter()
            .filter_map(|id| self.content.source(id))
            .map(|s| {
                self.words.with(
                    "handout-source",
                    &[
                        ("title", s.title.as_str().into()),
                        ("publisher", s.publisher.as_str().into()),
                        ("year", s.year.to_string().into()),
                        ("kind", evidence_label(self.words, s.evidence).into()),
                    ],
                )
            })
            .collect::<Vec<_>>()
            .join("; ");
        if !line.is_empty() {
            let text = self
                .words
                .with("handout-sources-line", &[("sources", line.into())]);
            self.blocks.push(Block::Small(text));
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
                || urgency_label(self.words, tier).to_owned(),
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

/// The articles and sections chosen, each article once with its sections in order asked.
fn choose<'c>(
    content: &'c Content,
    links: &[Link],
) -> Result<Vec<(&'c Article, Vec<&'c Section>)>, HandoutError> {
    let mut chosen: Vec<(&Article, Vec<&Section>)> = Vec::new();
    for link in links {
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
    Ok(chosen)
}

/// Builds the handout. Order: the result first (urgent advice leads), then the body drawing,
/// what consult mode showed, the articles, the plan, the diary.
pub fn compose(
    content: &Content,
    diagrams: &[Diagram],
    request: &Request<'_>,
) -> Result<Handout, HandoutError> {
    let words = request.messages;
    if request.articles.is_empty()
        && request.answers.is_none()
        && !request.plan
        && request.diary.is_none()
        && request.consult.is_none_or(ConsultSheet::is_empty)
    {
        return Err(HandoutError::Empty);
    }
    // Check every link before anything else, so a typo is reported whatever else was asked;
    // the sections a consult showed follow the ones asked for.
    let mut links = request.articles.clone();
    if let Some(sheet) = request.consult {
        links.extend(sheet.record.sections.iter().cloned());
    }
    let chosen = choose(content, &links)?;
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
    if let Some(sheet) = request.consult.filter(|s| !s.is_empty()) {
        c.consult(sheet, diagrams)?;
    }
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
        c.diary(diary)?;
    }
    // A consult with marks has its own drawings of the body; else the body drawing shows
    // the result's or the sections' parts.
    let consult_drawn = request.consult.is_some_and(|s| !s.marks.is_empty());
    let with_body = request.answers.is_some() || (!chosen.is_empty() && !consult_drawn);
    if !diagrams.is_empty() && with_body {
        let figure = c.body_figure(diagrams)?;
        c.blocks.insert(figure_at, Block::Figure(figure));
    }
    let only_article = match (
        chosen.as_slice(),
        request.answers,
        request.plan || request.diary.is_some() || request.consult.is_some(),
    ) {
        ([(article, _)], None, false) => Some(article.title.clone()),
        _ => None,
    };
    let title = only_article.unwrap_or_else(|| c.get("handout-title"));
    let mut review = review_line(words, &chosen);
    if !request.translation_status.trim().is_empty() {
        review.push(' ');
        review.push_str(&words.with(
            "handout-translation",
            &[("status", request.translation_status.trim().into())],
        ));
    }
    let sources = c
        .sources
        .iter()
        .filter_map(|id| content.source(id))
        .map(|s| {
            let title = s.title.trim_end_matches('.');
            let stop = if title.ends_with(['?', '!']) { "" } else { "." };
            format!("{title}{stop} {}, {}.", s.publisher, s.year) // i18n-ok: punctuation only
        })
        .collect();
    let notice = (c.get("handout-notice-title"), c.get("handout-notice"));
    let print_words = PrintWords {
        sources: c.get("handout-sources-heading"),
        footer: words.with(
            "handout-footer",
            &[
                ("date", request.date.as_str().into()),
                ("page", PrintWords::PAGE.into()),
                ("pages", PrintWords::PAGES.into()),
            ],
        ),
    };
    Ok(Handout {
        title,
        date: request.date.clone(),
        clinic: request
            .clinic
            .map(str::to_owned)
            .filter(|c| !c.trim().is_empty()),
        lang: words.lang().to_owned(),
        blocks: c.blocks,
        sources,
        notice,
        review,
        words: print_words,
    })
}

/// The review status of the articles printed, one sentence each.
fn review_line(words: &Messages, chosen: &[(&Article, Vec<&Section>)]) -> String {
    if chosen.is_empty() {
        return words.get("handout-no-review").to_owned();
    }
    chosen
        .iter()
        .map(|(a, _)| {
            let status = words.get(match a.review.status {
                ReviewStatus::Draft => "handout-review-Draft",
                ReviewStatus::Reviewed => "handout-review-Reviewed",
            });
            let mut args = vec![
                ("title", a.title.as_str().into()),
                ("status", status.into()),
                ("date", a.review.last_reviewed.as_str().into()),
            ];
            match (a.review.status, &a.review.reviewed_by) {
                (ReviewStatus::Reviewed, Some(name)) => {
                    args.push(("name", name.as_str().into()));
                    words.with("handout-review-line-by", &args)
                }
                _ => words.with("handout-review-line", &args),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A short topic for the file name: the first article, else "self-check", "plan",
/// "consult" or "pain diary" (file names stay in these words in every language).
pub fn topic(request: &Request<'_>) -> String {
    if let Some(link) = request.articles.first() {
        return link.article.clone();
    }
    let topic = if request.answers.is_some() {
        "self-check"
    } else if request.plan {
        "plan"
    } else if request.consult.is_some() {
        "consult"
    } else {
        "pain-diary"
    };
    topic.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::body::embedded_diagrams;
    use crate::content::load_embedded;
    use crate::handout::model::Figure;
    use crate::selfcheck::answers::AnswersFile;

    fn vignette(name: &str) -> Answers {
        let path = format!("{}/tests/vignettes/{name}", env!("CARGO_MANIFEST_DIR"));
        let file: AnswersFile = ron::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        file.answers
    }

    fn en() -> &'static Messages {
        static EN: std::sync::OnceLock<Messages> = std::sync::OnceLock::new();
        EN.get_or_init(|| Messages::new("en"))
    }

    fn request<'a>(answers: Option<&'a Answers>, articles: &[&str]) -> Request<'a> {
        Request {
            articles: articles.iter().map(|s| Link::parse(s).unwrap()).collect(),
            answers,
            plan: false,
            plan_stage: None,
            diary: None,
            consult: None,
            level: ReadingLevel::Patient,
            messages: en(),
            translation_status: "",
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
        assert_eq!(heading, urgency_label(en(), Urgency::Emergency));
        assert_eq!(
            heading,
            Urgency::Emergency.label(),
            "the same words as the screen"
        );
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
    fn unknown_articles_and_sections_are_errors() {
        let content = load_embedded();
        let err = compose(&content, &[], &request(None, &["nope"])).unwrap_err();
        assert!(matches!(err, HandoutError::UnknownArticle(id) if id == "nope"));
        let id = &content.articles[0].id;
        let link = format!("{id}#nope");
        let err = compose(&content, &[], &request(None, &[&link])).unwrap_err();
        assert!(matches!(err, HandoutError::UnknownSection(..)));
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

    fn spanish() -> Content {
        let files = crate::content::ContentFiles::embedded();
        crate::content::i18n::Languages::new(load_embedded(), &files)
            .content("es")
            .unwrap()
    }

    #[test]
    fn a_spanish_handout_has_spanish_words_and_content() {
        let content = spanish();
        let diagrams = embedded_diagrams(&content).unwrap();
        let es = Messages::new("es");
        let answers = vignette("28-nerve-type-back.ron");
        let mut r = request(Some(&answers), &["back-and-achilles#nerve-link"]);
        r.messages = &es;
        r.plan = true;
        r.translation_status = "Borrador de traducción";
        let handout = compose(&content, &diagrams, &r).unwrap();
        assert_eq!(handout.lang, "es");
        assert_eq!(handout.title, "Su hoja informativa de AnkleBack");
        assert_eq!(
            handout.blocks.first(),
            Some(&Block::Heading {
                level: 1,
                text: "Su autoevaluación".into()
            })
        );
        let article = content.article("back-and-achilles").unwrap();
        assert!(
            handout.blocks.contains(&Block::Heading {
                level: 1,
                text: article.title.clone()
            }),
            "the article's Spanish title"
        );
        assert_ne!(
            article.title,
            load_embedded().article("back-and-achilles").unwrap().title
        );
        assert!(
            handout
                .review
                .contains("Traducción: Borrador de traducción.")
        );
        assert!(handout.words.footer(2, 7).contains("página 2 de 7"));
        assert_eq!(handout.notice.0, "Para aprender, no es un diagnóstico");
        // None of the handout's own English words is left.
        let text = format!("{:?}", handout);
        for english in [
            "Your self-check",
            "Sources:",
            "Move on when",
            "You answered",
            "What tends to help",
            "Guidance for answers",
            "Lying on",
            "Side view",
        ] {
            assert!(!text.contains(english), "English left: {english}");
        }
        let font = crate::handout::font::HandoutFont::new().unwrap();
        for c in text.chars() {
            assert!(font.has(c), "{c:?} is not in the font");
        }
    }

    fn consult_sheet(content: &Content) -> ConsultSheet {
        use crate::consult::drawing::{Ink, Mark, MarkShape, Space};
        let diagrams = embedded_diagrams(content).unwrap();
        let story = &content.stories[0];
        let mut record = crate::consult::session::ConsultRecord::default();
        for (i, step) in story.steps.iter().enumerate().take(2) {
            record.shown(&story.id, i + 1, &step.link);
        }
        let side = diagrams.iter().find(|d| d.id == "side").unwrap();
        let tendon = side.anchor("achilles").unwrap();
        let space = |view: &str| Space {
            view: view.into(),
            leg: crate::body::Leg::Right,
            two_legs: false,
        };
        ConsultSheet {
            record,
            marks: vec![
                Mark {
                    shape: MarkShape::Circle {
                        center: tendon,
                        radius: 30.0,
                    },
                    ink: Ink::Second,
                    space: space("side"),
                },
                Mark {
                    shape: MarkShape::Arrow {
                        from: [100.0, 300.0],
                        to: [150.0, 400.0],
                    },
                    ink: Ink::First,
                    space: space("back"),
                },
            ],
            level: ReadingLevel::Patient,
        }
    }

    #[test]
    fn a_consult_handout_has_the_steps_shown_and_the_drawing_over_the_body() {
        let content = load_embedded();
        let diagrams = embedded_diagrams(&content).unwrap();
        let sheet = consult_sheet(&content);
        let mut r = request(None, &[]);
        r.consult = Some(&sheet);
        let handout = compose(&content, &diagrams, &r).unwrap();
        assert_eq!(
            handout.blocks[0],
            Block::Heading {
                level: 1,
                text: "What we looked at together".into()
            }
        );
        let story = &content.stories[0];
        let Block::List {
            numbered: true,
            items,
        } = &handout.blocks[1]
        else {
            panic!("{:?}", handout.blocks[1]);
        };
        assert_eq!(items.len(), 2);
        let caption = content.plain(story.steps[1].caption(ReadingLevel::Patient));
        assert_eq!(
            items[1],
            format!(
                "{}, step 2 of {}: {caption}",
                story.title,
                story.steps.len()
            )
        );
        // One figure per picture drawn on, each with its marks in ink and their numbers.
        let figures: Vec<&Figure> = handout
            .blocks
            .iter()
            .filter_map(|b| match b {
                Block::Figure(f) => Some(f),
                _ => None,
            })
            .collect();
        assert_eq!(figures.len(), 2, "side and back");
        assert!(
            figures[0]
                .alt
                .contains("Mark 1: circle near the right Achilles tendon"),
            "{}",
            figures[0].alt
        );
        assert!(
            figures[0]
                .alt
                .starts_with("The clinician's drawing: Side view, right leg.")
        );
        let (ink, _) = crate::handout::marks::ink_on_paper(sheet.marks[0].ink);
        let inked = figures[0]
            .drawing
            .paths
            .iter()
            .filter(|p| p.stroke.as_ref().is_some_and(|s| s.colour == ink))
            .count();
        assert_eq!(inked, 1, "the circle, in its ink");
        assert!(figures[0].drawing.labels.iter().any(|l| l.text == "1"));
        assert!(figures[1].drawing.labels.iter().any(|l| l.text == "2"));
        assert!(!figures[1].drawing.labels.iter().any(|l| l.text == "1"));
        // The sections the steps link to follow, and the marks in words.
        let section = &sheet.record.sections[0];
        let heading = content
            .article(&section.article)
            .and_then(|a| {
                a.sections
                    .iter()
                    .find(|s| Some(&s.id) == section.section.as_ref())
            })
            .unwrap()
            .heading
            .clone();
        assert!(handout.blocks.contains(&Block::Heading {
            level: 2,
            text: heading
        }));
        assert!(handout.blocks.contains(&Block::Strong("The marks".into())));
        // No result, no plain body figure beside the consult's own drawings.
        assert_eq!(handout.title, "Your AnkleBack handout");
    }

    #[test]
    fn a_consult_handout_in_spanish_describes_the_marks_in_spanish() {
        let content = spanish();
        let diagrams = embedded_diagrams(&content).unwrap();
        let sheet = consult_sheet(&content);
        let es = Messages::new("es");
        let mut r = request(None, &[]);
        r.consult = Some(&sheet);
        r.messages = &es;
        let handout = compose(&content, &diagrams, &r).unwrap();
        let text = format!("{:?}", handout.blocks);
        assert!(text.contains("Lo que vimos juntos"));
        assert!(text.contains("Marca 1: círculo cerca de: "), "{text}");
        assert!(text.contains("(lado derecho)"));
        assert!(text.contains("Vista lateral, pierna derecha"));
        assert!(!text.contains("Mark 1"));
    }
}
