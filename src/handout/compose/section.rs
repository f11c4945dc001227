//! An article section on paper: its heading, its blocks at the reading level (tables as one
//! list item per row, figures as their caption and text alternative), its sources.

use crate::content::model::{Block as ContentBlock, Section};
use crate::settings::ReadingLevel;

use super::Composer;
use crate::handout::model::Block;

impl Composer<'_> {
    pub(super) fn section(&mut self, section: &Section) {
        self.blocks.push(Block::Heading {
            level: 2,
            text: section.heading.clone(),
        });
        let blocks = match self.level {
            ReadingLevel::Patient => &section.patient,
            ReadingLevel::Clinician => &section.clinician,
        };
        for block in blocks {
            self.content_block(block);
        }
        self.cite(&section.sources);
        self.regions.extend(section.regions.iter().cloned());
        self.pathways.extend(section.pathways.iter().cloned());
    }

    fn content_block(&mut self, block: &ContentBlock) {
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
                    let tell = self.get("handout-tell-clinician");
                    self.blocks.push(Block::Strong(tell));
                    let items = checklist.iter().map(|t| self.plain(t)).collect();
                    self.blocks.push(Block::List {
                        numbered: false,
                        items,
                    });
                }
            }
        }
    }
}
