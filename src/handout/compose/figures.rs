//! The drawings of a handout that are not a part's own: the body drawing with the result's
//! or the sections' parts and pathways, and the pain diary's chart.

use crate::body::Diagram;
use crate::progress::DiaryEntry;

use super::{BODY_FIGURE_HEIGHT, Composer};
use crate::handout::figure::{BodyView, body_drawing};
use crate::handout::model::{Block, Figure};
use crate::handout::{HandoutError, chart};

impl Composer<'_> {
    /// The body drawing with the result's parts when there is a result (what the drawing is
    /// about), else the sections'; the sections' pathways when the result names none.
    pub(super) fn body_figure(&mut self, diagrams: &[Diagram]) -> Result<Figure, HandoutError> {
        if let Some((regions, pathways)) = self.result_view.take() {
            if !pathways.is_empty() {
                self.pathways = pathways;
            }
            self.regions = regions;
        }
        let view = BodyView {
            regions: self.regions.iter().map(String::as_str).collect(),
            pathways: self.pathways.iter().map(String::as_str).collect(),
            ..BodyView::default()
        };
        let font =
            crate::handout::font::HandoutFont::new().ok_or(crate::handout::pdf::PdfError::Font)?;
        let drawing = body_drawing(diagrams, self.content, &view, &font, self.words);
        let mut alt = self.get("handout-figure-alt");
        let content = self.content;
        let names: Vec<&str> = self
            .regions
            .iter()
            .map(|r| content.region(r).map_or(r.as_str(), |r| r.name.as_str()))
            .collect();
        if !names.is_empty() {
            alt.push(' ');
            alt.push_str(
                &self
                    .words
                    .with("handout-highlighted", &[("names", names.join(", ").into())]),
            );
        }
        let lines: Vec<&str> = self
            .pathways
            .iter()
            .map(|p| content.pathway(p).map_or(p.as_str(), |p| p.name.as_str()))
            .collect();
        if !lines.is_empty() {
            alt.push(' ');
            alt.push_str(
                &self
                    .words
                    .with("handout-lines-drawn", &[("names", lines.join(", ").into())]),
            );
        }
        Ok(Figure {
            alt,
            drawing,
            height: BODY_FIGURE_HEIGHT,
        })
    }

    /// The pain diary's chart, or a line saying it has no scores.
    pub(super) fn diary(&mut self, diary: &[DiaryEntry]) -> Result<(), HandoutError> {
        self.blocks.push(Block::Heading {
            level: 1,
            text: self.get("handout-diary"),
        });
        let font =
            crate::handout::font::HandoutFont::new().ok_or(crate::handout::pdf::PdfError::Font)?;
        let chart = chart::diary_chart(diary, &font, self.words);
        match (chart, chart::diary_alt(diary, self.words)) {
            (Some(drawing), Some(alt)) => self.blocks.push(Block::Figure(Figure {
                alt,
                drawing,
                height: chart::SIZE[1],
            })),
            _ => {
                let empty = self.get("handout-diary-empty");
                self.blocks.push(Block::Paragraph(empty));
            }
        }
        Ok(())
    }
}
