//! Blocks broken into lines before placement: wrapped with the font's advances, grouped for
//! the tag tree, with what each block needs to keep together.

use super::{BOX_PAD, KEEP_LINES, LEADING, Measure, Role, SIDE_GAP, size, wrap};

/// One line before placement, relative to the block.
#[derive(Clone, Debug)]
pub(super) struct Pending {
    pub(super) x: f32,
    pub(super) size: f32,
    pub(super) bold: bool,
    pub(super) text: String,
    pub(super) hang: Option<f32>,
    pub(super) group: usize,
    /// Space from the previous line's baseline (or the block's top) to this baseline.
    pub(super) advance: f32,
}

/// A block, broken into lines, before placement.
#[derive(Clone, Debug)]
pub(super) struct Chunk {
    pub(super) lines: Vec<Pending>,
    pub(super) space_before: f32,
    pub(super) keep_with_next: bool,
    /// Framed box around the lines.
    pub(super) framed: bool,
    /// A figure: (index, height, group); drawn above its lines.
    pub(super) figure: Option<(usize, f32, usize)>,
    /// A figure on the left, its caption under it, the lines to its right.
    pub(super) side: Option<Side>,
    /// Space after the last baseline to the block's bottom.
    pub(super) tail: f32,
}

/// A drawing beside the text of its block (an exercise).
#[derive(Clone, Debug)]
pub(super) struct Side {
    pub(super) figure: usize,
    pub(super) group: usize,
    pub(super) width: f32,
    pub(super) height: f32,
    pub(super) caption: Vec<Pending>,
}

impl Pending {
    /// This line placed with its block's left edge at `x0` and its line box ending at
    /// `bottom` (the baseline sits inside the leading).
    pub(super) fn placed(&self, x0: f32, bottom: f32) -> super::TextLine {
        super::TextLine {
            x: x0 + self.x,
            baseline: bottom - self.size * (LEADING - 1.0) * 0.5,
            size: self.size,
            bold: self.bold,
            text: self.text.clone(),
            hang: self.hang,
            group: self.group,
        }
    }
}

impl Side {
    pub(super) fn height(&self) -> f32 {
        self.height + self.caption.iter().map(|l| l.advance).sum::<f32>()
    }
}

impl Chunk {
    pub(super) fn height_of(&self, n: usize) -> f32 {
        let lines: f32 = self.lines.iter().take(n).map(|l| l.advance).sum();
        let lines = self.side.as_ref().map_or(lines, |s| lines.max(s.height()));
        let figure = self.figure.map_or(0.0, |f| f.1);
        let pad = if self.framed { 2.0 * BOX_PAD } else { 0.0 };
        lines + figure + pad + self.tail
    }

    pub(super) fn height(&self) -> f32 {
        self.height_of(self.lines.len())
    }

    /// Height that must fit on a page for the chunk to start there.
    pub(super) fn needed(&self) -> f32 {
        if self.framed || self.figure.is_some() || self.side.is_some() {
            self.height()
        } else {
            self.height_of(KEEP_LINES)
        }
    }
}

pub(super) struct Builder<'a> {
    pub(super) measure: &'a dyn Measure,
    pub(super) width: f32,
    pub(super) chunks: Vec<Chunk>,
    pub(super) groups: Vec<Role>,
    pub(super) figures: Vec<crate::handout::model::Drawing>,
    pub(super) lists: usize,
}

impl Builder<'_> {
    pub(super) fn group(&mut self, role: Role) -> usize {
        self.groups.push(role);
        self.groups.len() - 1
    }

    /// Wrapped lines of one text; `label` hangs in the indent of the first line.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn text_lines(
        &self,
        out: &mut Vec<Pending>,
        text: &str,
        size: f32,
        bold: bool,
        indent: f32,
        label: Option<&str>,
        group: usize,
    ) {
        let label_width = if label.is_some() { size * 1.5 } else { 0.0 };
        let width = self.width - indent - label_width;
        for (i, line) in wrap(text, size, width, self.measure)
            .into_iter()
            .enumerate()
        {
            // The label and the first line are one run of text, so that copying or
            // extracting the text keeps "• words" together.
            let (x, text, hang) = match (i, label) {
                (0, Some(label)) => (indent, format!("{label} {line}"), Some(label_width)), // i18n-ok: joins a label and words
                _ => (indent + label_width, line, None),
            };
            out.push(Pending {
                x,
                size,
                bold,
                text,
                hang,
                group,
                advance: size * LEADING,
            });
        }
    }

    pub(super) fn push(
        &mut self,
        lines: Vec<Pending>,
        space_before: f32,
        keep: bool,
        framed: bool,
    ) {
        self.chunks.push(Chunk {
            lines,
            space_before,
            keep_with_next: keep,
            framed,
            figure: None,
            side: None,
            tail: 0.0,
        });
    }

    pub(super) fn heading(&mut self, level: u8, text: &str) {
        let size = match level {
            0 => size::TITLE,
            1 => size::H1,
            _ => size::H2,
        };
        let group = self.group(Role::Heading(level + 1));
        let mut lines = Vec::new();
        self.text_lines(&mut lines, text, size, true, 0.0, None, group);
        let space = match level {
            0 => 0.0,
            1 => 16.0,
            _ => 10.0,
        };
        self.push(lines, space, true, false);
    }

    pub(super) fn paragraph(&mut self, text: &str, size: f32, bold: bool) {
        let group = self.group(Role::Paragraph);
        let mut lines = Vec::new();
        self.text_lines(&mut lines, text, size, bold, 0.0, None, group);
        self.push(lines, size * 0.5, false, false);
    }

    pub(super) fn list(&mut self, numbered: bool, items: &[String]) {
        let list = self.lists;
        self.lists += 1;
        for (i, item) in items.iter().enumerate() {
            let group = self.group(Role::ListItem { list, numbered });
            let label = if numbered {
                format!("{}.", i + 1)
            } else {
                "•".to_owned()
            };
            let mut lines = Vec::new();
            self.text_lines(
                &mut lines,
                item,
                size::BODY,
                false,
                6.0,
                Some(&label),
                group,
            );
            let space = if i == 0 { size::BODY * 0.5 } else { 2.0 };
            self.push(lines, space, false, false);
        }
    }

    pub(super) fn warning(&mut self, heading: &str, body: &[String]) {
        let saved = self.width;
        self.width -= 2.0 * BOX_PAD;
        let mut lines = Vec::new();
        let group = self.group(Role::Heading(4));
        self.text_lines(&mut lines, heading, size::H2, true, BOX_PAD, None, group);
        let list = self.lists;
        self.lists += 1;
        for line in body {
            if let Some(item) = line.strip_prefix("• ") {
                let group = self.group(Role::ListItem {
                    list,
                    numbered: false,
                });
                self.text_lines(
                    &mut lines,
                    item,
                    size::BODY,
                    false,
                    BOX_PAD,
                    Some("•"),
                    group,
                );
            } else {
                let group = self.group(Role::Paragraph);
                let first = lines.len();
                self.text_lines(&mut lines, line, size::BODY, false, BOX_PAD, None, group);
                if let Some(l) = lines.get_mut(first) {
                    l.advance += 3.0;
                }
            }
        }
        self.width = saved;
        self.push(lines, 10.0, false, true);
    }

    pub(super) fn figure(&mut self, figure: &crate::handout::model::Figure) {
        let index = self.figures.len();
        self.figures.push(figure.drawing.clone());
        let group = self.group(Role::Figure {
            figure: index,
            alt: figure.alt.clone(),
        });
        let caption_group = self.group(Role::Paragraph);
        let mut lines = Vec::new();
        self.text_lines(
            &mut lines,
            &figure.alt,
            size::SMALL,
            false,
            0.0,
            None,
            caption_group,
        );
        self.chunks.push(Chunk {
            lines,
            space_before: 10.0,
            keep_with_next: false,
            framed: false,
            figure: Some((index, figure.height, group)),
            side: None,
            tail: 0.0,
        });
    }

    /// An exercise: the drawing on the left with its caption under it, the numbered steps
    /// to its right; the whole block stays on one page.
    pub(super) fn exercise(&mut self, figure: &crate::handout::model::Figure, steps: &[String]) {
        let index = self.figures.len();
        self.figures.push(figure.drawing.clone());
        let group = self.group(Role::Figure {
            figure: index,
            alt: figure.alt.clone(),
        });
        let [w, h] = figure.drawing.size;
        let width = figure.height * w / h.max(1.0);
        let caption_group = self.group(Role::Paragraph);
        let mut caption = Vec::new();
        let full = self.width;
        self.width = width;
        self.text_lines(
            &mut caption,
            &figure.alt,
            size::SMALL,
            false,
            0.0,
            None,
            caption_group,
        );
        self.width = full;
        if let Some(first) = caption.first_mut() {
            first.advance += 3.0;
        }
        let list = self.lists;
        self.lists += 1;
        let mut lines = Vec::new();
        for (i, step) in steps.iter().enumerate() {
            let group = self.group(Role::ListItem {
                list,
                numbered: true,
            });
            let first = lines.len();
            let label = format!("{}.", i + 1);
            self.text_lines(
                &mut lines,
                step,
                size::BODY,
                false,
                width + SIDE_GAP,
                Some(&label),
                group,
            );
            if i > 0
                && let Some(line) = lines.get_mut(first)
            {
                line.advance += 2.0;
            }
        }
        self.chunks.push(Chunk {
            lines,
            space_before: 8.0,
            keep_with_next: false,
            framed: false,
            figure: None,
            side: Some(Side {
                figure: index,
                group,
                width,
                height: figure.height,
                caption,
            }),
            tail: 0.0,
        });
    }
}
