//! What consult mode showed, on paper: each step shown with its caption, then one drawing per
//! picture the clinician drew on (the body as the step showed it, the marks as vector paths
//! in their ink, each numbered), and the marks in words.

use std::collections::BTreeSet;

use crate::body::Diagram;
use crate::consult::drawing::{Mark, Space, describe, unplaced};
use crate::consult::picture::{picture, two_legged};
use crate::consult::sheet::ConsultSheet;
use crate::messages::Messages;

use super::{BODY_FIGURE_HEIGHT, Composer};
use crate::handout::HandoutError;
use crate::handout::figure::{BodyView, body_drawing, view_name};
use crate::handout::model::{Block, Figure};

/// The diagram of a picture, made only for the pictures drawn on: the two-legged picture
/// and the mirrored views take long to build, and a handout needs one or two of them.
fn diagram_of(diagrams: &[Diagram], space: &Space) -> Option<Diagram> {
    let view = diagrams.iter().find(|d| {
        d.id == if space.two_legs {
            "back"
        } else {
            space.view.as_str()
        }
    })?;
    Some(match (space.two_legs, space.leg) {
        (true, leg) => two_legged(view, leg),
        (false, crate::body::Leg::Right) => view.clone(),
        (false, crate::body::Leg::Left) => view.mirrored(),
    })
}

/// The name of a picture on paper: "Side view, right leg", "Both legs, from behind".
pub fn space_name(words: &Messages, space: &Space) -> String {
    if space.two_legs {
        return words.get("handout-view-both").to_owned();
    }
    let leg = match space.leg {
        crate::body::Leg::Right => "right",
        crate::body::Leg::Left => "left",
    };
    words.with(
        "handout-view-leg",
        &[
            ("view", view_name(words, &space.view).into()),
            ("leg", leg.into()),
        ],
    )
}

impl Composer<'_> {
    pub(super) fn consult(
        &mut self,
        sheet: &ConsultSheet,
        diagrams: &[Diagram],
    ) -> Result<(), HandoutError> {
        let content = self.content;
        self.blocks.push(Block::Heading {
            level: 1,
            text: self.get("handout-consult"),
        });
        // The steps shown, each with its caption at the level it was shown.
        let mut shown_in: Vec<(Space, BTreeSet<String>, BTreeSet<String>)> = Vec::new();
        let mut items = Vec::new();
        for shown in &sheet.record.steps {
            let Some(story) = content.stories.iter().find(|s| s.id == shown.story) else {
                continue;
            };
            let Some(step) = shown.step.checked_sub(1).and_then(|i| story.steps.get(i)) else {
                continue;
            };
            items.push(self.words.with(
                "handout-consult-step",
                &[
                    ("story", story.title.as_str().into()),
                    ("step", shown.step.into()),
                    ("steps", story.steps.len().into()),
                    ("caption", content.plain(step.caption(sheet.level)).into()),
                ],
            ));
            let shows = picture(step, &Default::default());
            match shown_in
                .iter_mut()
                .find(|(space, ..)| *space == shows.space)
            {
                Some((_, regions, pathways)) => {
                    regions.extend(shows.highlighted);
                    pathways.extend(shows.pathways);
                }
                None => shown_in.push((shows.space, shows.highlighted, shows.pathways)),
            }
        }
        if !items.is_empty() {
            self.blocks.push(Block::List {
                numbered: true,
                items,
            });
        }
        if sheet.marks.is_empty() {
            let none = self.get("handout-consult-no-marks");
            self.blocks.push(Block::Paragraph(none));
            return Ok(());
        }
        // One drawing per picture drawn on, in the order first drawn on.
        let mut spaces: Vec<&Space> = Vec::new();
        for mark in &sheet.marks {
            if !spaces.contains(&&mark.space) {
                spaces.push(&mark.space);
            }
        }
        let pictures: Vec<(&Space, Diagram)> = spaces
            .iter()
            .filter_map(|space| Some((*space, diagram_of(diagrams, space)?)))
            .collect();
        let picture_of = |space: &Space| pictures.iter().find(|(s, _)| *s == space).map(|(_, d)| d);
        let names = |id: &str| {
            content
                .region(id)
                .map_or_else(|| id.to_owned(), |r| r.name.clone())
        };
        let words_of = |index: usize, mark: &Mark| match picture_of(&mark.space) {
            Some(d) => describe(index + 1, mark, d, names, self.words),
            None => unplaced(index + 1, self.words),
        };
        let all: Vec<String> = sheet
            .marks
            .iter()
            .enumerate()
            .map(|(i, m)| words_of(i, m))
            .collect();
        let font =
            crate::handout::font::HandoutFont::new().ok_or(crate::handout::pdf::PdfError::Font)?;
        for space in spaces {
            let Some(diagram) = picture_of(space) else {
                continue;
            };
            let marks: Vec<(usize, &Mark)> = sheet
                .marks
                .iter()
                .enumerate()
                .filter(|(_, m)| m.space == *space)
                .collect();
            let (regions, pathways) = shown_in
                .iter()
                .find(|(s, ..)| s == space)
                .map(|(_, r, p)| (r.clone(), p.clone()))
                .unwrap_or_default();
            let title = space_name(self.words, space);
            let view = BodyView {
                regions: regions.iter().map(String::as_str).collect(),
                pathways: pathways.iter().map(String::as_str).collect(),
                marks: marks.clone(),
                title: Some(title.clone()),
                highlight_legend: Some(self.get("handout-legend-shown")),
            };
            let drawing = body_drawing(
                std::slice::from_ref(diagram),
                content,
                &view,
                &font,
                self.words,
            );
            let described: Vec<&str> = marks.iter().map(|(i, _)| all[*i].as_str()).collect();
            let alt = self.words.with(
                "handout-consult-figure-alt",
                &[
                    ("view", title.into()),
                    ("marks", described.join(". ").into()),
                ],
            );
            self.blocks.push(Block::Figure(Figure {
                alt,
                drawing,
                height: BODY_FIGURE_HEIGHT,
            }));
        }
        let heading = self.get("handout-consult-marks");
        self.blocks.push(Block::Strong(heading));
        self.blocks.push(Block::List {
            numbered: false,
            items: all,
        });
        Ok(())
    }
}
