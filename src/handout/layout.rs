//! Layout: words wrapped with the font's real glyph advances, blocks placed on pages. A heading
//! stays with the first lines of what follows it, a paragraph never leaves one line alone at
//! the bottom or top of a page, a framed box or a figure moves whole to the next page when it
//! fits there. Coordinates are points, y down from the top of the page.

use super::model::{Block, Handout};

/// Paper sizes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, serde::Deserialize, serde::Serialize)]
pub enum Paper {
    /// ISO A4, 210 × 297 mm.
    #[default]
    A4,
    /// US Letter, 8.5 × 11 in.
    Letter,
}

impl Paper {
    /// Width and height in points.
    pub fn size(self) -> [f32; 2] {
        match self {
            Paper::A4 => [595.28, 841.89],
            Paper::Letter => [612.0, 792.0],
        }
    }

    /// Both sizes, in the order Settings shows them.
    pub const ALL: [Paper; 2] = [Paper::A4, Paper::Letter];

    /// Name as shown.
    pub fn label(self) -> &'static str {
        match self {
            Paper::A4 => "A4",
            Paper::Letter => "US Letter",
        }
    }

    /// The paper a locale prints on: US Letter in the countries that use it (the United
    /// States, Canada, Mexico, the Philippines and much of Central and South America), A4
    /// everywhere else. Takes `en-US`, `en_US.UTF-8`, `es_MX@euro`, `fr-CA` and the like; a
    /// tag without a country is A4.
    pub fn for_locale(tag: &str) -> Self {
        const LETTER: [&str; 14] = [
            "US", "CA", "MX", "PH", "CL", "CO", "CR", "GT", "PA", "PR", "VE", "DO", "SV", "NI",
        ];
        let tag = tag.split(['.', '@', ':']).next().unwrap_or_default();
        let region = tag
            .split(['-', '_'])
            .skip(1)
            .find(|part| part.len() == 2 && part.chars().all(|c| c.is_ascii_alphabetic()));
        match region {
            Some(region) if LETTER.contains(&region.to_ascii_uppercase().as_str()) => Paper::Letter,
            _ => Paper::A4,
        }
    }

    /// The paper of this computer's locale: `LC_PAPER` when it is set (Linux keeps the paper
    /// size there, apart from the language), else the system locale; A4 when unknown.
    pub fn from_system() -> Self {
        let paper = std::env::var("LC_PAPER")
            .ok()
            .filter(|v| !v.is_empty() && v != "C" && v != "POSIX");
        paper
            .or_else(sys_locale::get_locale)
            .map_or(Paper::A4, |tag| Paper::for_locale(&tag))
    }

    /// Reads `a4` or `letter`.
    pub fn parse(text: &str) -> Option<Self> {
        match text.to_ascii_lowercase().as_str() {
            "a4" => Some(Paper::A4),
            "letter" => Some(Paper::Letter),
            _ => None,
        }
    }
}

/// How wide text is.
pub trait Measure {
    /// Width of `text` at `size` points, in points.
    fn width(&self, text: &str, size: f32) -> f32;
}

/// Page margin, all sides, in points (about 19 mm).
pub const MARGIN: f32 = 54.0;
/// Space kept free at the bottom for the footer.
pub const FOOTER: f32 = 22.0;
/// Line height as a multiple of the font size.
pub const LEADING: f32 = 1.35;
/// Lines of the following block a heading needs on its page.
pub const KEEP_LINES: usize = 2;
/// Padding inside a framed box.
pub const BOX_PAD: f32 = 8.0;
/// Space between an exercise drawing and its steps.
pub const SIDE_GAP: f32 = 14.0;

/// Font sizes.
pub mod size {
    /// Document title.
    pub const TITLE: f32 = 20.0;
    /// Level-1 heading.
    pub const H1: f32 = 16.0;
    /// Level-2 heading.
    pub const H2: f32 = 13.0;
    /// Body text.
    pub const BODY: f32 = 11.0;
    /// Sources, footer, figure captions.
    pub const SMALL: f32 = 8.5;
}

/// What a line is, for the tagged structure.
#[derive(Clone, Debug, PartialEq)]
pub enum Role {
    /// A heading (1 title, 2 part, 3 section, 4 box heading).
    Heading(u8),
    /// A paragraph.
    Paragraph,
    /// An item of list `list` (lists are numbered in document order).
    ListItem {
        /// Which list.
        list: usize,
        /// Numbered or bulleted.
        numbered: bool,
    },
    /// A figure with its alternative text; `figure` indexes [`Layout::figures`].
    Figure {
        /// Index of the figure.
        figure: usize,
        /// Alternative text.
        alt: String,
    },
}

/// A line of text placed on a page.
#[derive(Clone, Debug, PartialEq)]
pub struct TextLine {
    /// Left end of the baseline.
    pub x: f32,
    /// Baseline, from the top of the page.
    pub baseline: f32,
    /// Font size.
    pub size: f32,
    /// Drawn heavier (stroked as well as filled).
    pub bold: bool,
    /// The words.
    pub text: String,
    /// For a list item's first line: the text starts with its label ("•", "2.") and a space,
    /// and the words after the space start this far right of `x`.
    pub hang: Option<f32>,
    /// The structure element (block) it belongs to: index into [`Layout::groups`].
    pub group: usize,
}

impl TextLine {
    /// Where the line ends.
    pub fn right(&self, measure: &dyn Measure) -> f32 {
        match (self.hang, self.text.split_once(' ')) {
            (Some(hang), Some((_, rest))) => self.x + hang + measure.width(rest, self.size),
            _ => self.x + measure.width(&self.text, self.size),
        }
    }
}

/// Something placed on a page.
#[derive(Clone, Debug, PartialEq)]
pub enum Item {
    /// A line of text.
    Text(TextLine),
    /// A frame: x, y, width, height; drawn as decoration.
    Frame([f32; 4]),
    /// A figure's drawing, scaled into x, y, width, height; index into [`Layout::figures`].
    Figure {
        /// Where.
        rect: [f32; 4],
        /// Which figure.
        figure: usize,
        /// The structure element.
        group: usize,
    },
}

/// One page.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Page {
    /// What is on it.
    pub items: Vec<Item>,
}

/// A laid-out handout.
#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    /// Page width and height.
    pub size: [f32; 2],
    /// The pages.
    pub pages: Vec<Page>,
    /// Structure elements, in reading order.
    pub groups: Vec<Role>,
    /// The figures' drawings, by index.
    pub figures: Vec<super::model::Drawing>,
}

/// One line before placement, relative to the block.
#[derive(Clone, Debug)]
struct Pending {
    x: f32,
    size: f32,
    bold: bool,
    text: String,
    hang: Option<f32>,
    group: usize,
    /// Space from the previous line's baseline (or the block's top) to this baseline.
    advance: f32,
}

/// A block, broken into lines, before placement.
#[derive(Clone, Debug)]
struct Chunk {
    lines: Vec<Pending>,
    space_before: f32,
    keep_with_next: bool,
    /// Framed box around the lines.
    framed: bool,
    /// A figure: (index, height, group); drawn above its lines.
    figure: Option<(usize, f32, usize)>,
    /// A figure on the left, its caption under it, the lines to its right.
    side: Option<Side>,
    /// Space after the last baseline to the block's bottom.
    tail: f32,
}

/// A drawing beside the text of its block (an exercise).
#[derive(Clone, Debug)]
struct Side {
    figure: usize,
    group: usize,
    width: f32,
    height: f32,
    caption: Vec<Pending>,
}

impl Side {
    fn height(&self) -> f32 {
        self.height + self.caption.iter().map(|l| l.advance).sum::<f32>()
    }
}

impl Chunk {
    fn height_of(&self, n: usize) -> f32 {
        let lines: f32 = self.lines.iter().take(n).map(|l| l.advance).sum();
        let lines = self.side.as_ref().map_or(lines, |s| lines.max(s.height()));
        let figure = self.figure.map_or(0.0, |f| f.1);
        let pad = if self.framed { 2.0 * BOX_PAD } else { 0.0 };
        lines + figure + pad + self.tail
    }

    fn height(&self) -> f32 {
        self.height_of(self.lines.len())
    }

    /// Height that must fit on a page for the chunk to start there.
    fn needed(&self) -> f32 {
        if self.framed || self.figure.is_some() || self.side.is_some() {
            self.height()
        } else {
            self.height_of(KEEP_LINES)
        }
    }
}

/// Breaks `text` into lines no wider than `width`; a word longer than a line is cut.
pub fn wrap(text: &str, size: f32, width: f32, measure: &dyn Measure) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let candidate = if line.is_empty() {
            word.to_owned()
        } else {
            format!("{line} {word}")
        };
        if measure.width(&candidate, size) <= width {
            line = candidate;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        if measure.width(word, size) <= width {
            line = word.to_owned();
        } else {
            // Cut the word where it overflows.
            for c in word.chars() {
                let mut next = line.clone();
                next.push(c);
                if !line.is_empty() && measure.width(&next, size) > width {
                    lines.push(std::mem::take(&mut line));
                    line.push(c);
                } else {
                    line = next;
                }
            }
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

struct Builder<'a> {
    measure: &'a dyn Measure,
    width: f32,
    chunks: Vec<Chunk>,
    groups: Vec<Role>,
    figures: Vec<super::model::Drawing>,
    lists: usize,
}

impl Builder<'_> {
    fn group(&mut self, role: Role) -> usize {
        self.groups.push(role);
        self.groups.len() - 1
    }

    /// Wrapped lines of one text; `label` hangs in the indent of the first line.
    #[allow(clippy::too_many_arguments)]
    fn text_lines(
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
                (0, Some(label)) => (indent, format!("{label} {line}"), Some(label_width)),
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

    fn push(&mut self, lines: Vec<Pending>, space_before: f32, keep: bool, framed: bool) {
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

    fn heading(&mut self, level: u8, text: &str) {
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

    fn paragraph(&mut self, text: &str, size: f32, bold: bool) {
        let group = self.group(Role::Paragraph);
        let mut lines = Vec::new();
        self.text_lines(&mut lines, text, size, bold, 0.0, None, group);
        self.push(lines, size * 0.5, false, false);
    }

    fn list(&mut self, numbered: bool, items: &[String]) {
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

    fn warning(&mut self, heading: &str, body: &[String]) {
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

    fn figure(&mut self, figure: &super::model::Figure) {
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
    fn exercise(&mut self, figure: &super::model::Figure, steps: &[String]) {
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

/// Lays out a handout on pages of `paper`.
pub fn layout(handout: &Handout, paper: Paper, measure: &dyn Measure) -> Layout {
    let size = paper.size();
    let mut b = Builder {
        measure,
        width: size[0] - 2.0 * MARGIN,
        chunks: Vec::new(),
        groups: Vec::new(),
        figures: Vec::new(),
        lists: 0,
    };
    b.heading(0, &handout.title);
    let mut meta = vec![handout.date.clone()];
    if let Some(clinic) = &handout.clinic {
        meta.push(clinic.clone());
    }
    b.paragraph(&meta.join(" · "), size::BODY, false);
    for block in &handout.blocks {
        match block {
            Block::Heading { level, text } => b.heading((*level).max(1), text),
            Block::Paragraph(text) => b.paragraph(text, size::BODY, false),
            Block::Strong(text) => b.paragraph(text, size::BODY, true),
            Block::Small(text) => b.paragraph(text, size::SMALL, false),
            Block::List { numbered, items } => b.list(*numbered, items),
            Block::Warning { heading, lines } => b.warning(heading, lines),
            Block::Figure(figure) => b.figure(figure),
            Block::Exercise { figure, steps } => b.exercise(figure, steps),
        }
    }
    if !handout.sources.is_empty() {
        b.heading(1, "Sources");
        b.list(true, &handout.sources);
    }
    b.heading(1, &handout.notice.0);
    b.paragraph(&handout.notice.1, size::BODY, false);
    b.paragraph(&handout.review, size::BODY, false);
    let Builder {
        chunks,
        groups,
        figures,
        ..
    } = b;
    Layout {
        size,
        pages: place(&chunks, size),
        groups,
        figures,
    }
}

/// Places chunks on pages.
fn place(chunks: &[Chunk], size: [f32; 2]) -> Vec<Page> {
    let top = MARGIN;
    let bottom = size[1] - MARGIN - FOOTER;
    let full = bottom - top;
    let mut pages = vec![Page::default()];
    let mut y = top;
    let new_page = |pages: &mut Vec<Page>, y: &mut f32| {
        pages.push(Page::default());
        *y = top;
    };
    for (index, chunk) in chunks.iter().enumerate() {
        let space = if y > top { chunk.space_before } else { 0.0 };
        let mut needed = chunk.needed().min(full);
        // A heading takes the first lines of what follows with it.
        let mut k = index;
        while chunks[k].keep_with_next && k + 1 < chunks.len() {
            k += 1;
            let next = &chunks[k];
            needed += next.space_before
                + if next.keep_with_next {
                    next.height()
                } else {
                    next.needed()
                };
        }
        let needed = needed.min(full);
        if y > top && y + space + needed > bottom {
            new_page(&mut pages, &mut y);
        } else {
            y += space;
        }
        let x0 = MARGIN;
        let mut frame_top = y;
        if chunk.framed {
            y += BOX_PAD;
        }
        if let Some((figure, height, group)) = chunk.figure {
            let page = pages.len() - 1;
            pages[page].items.push(Item::Figure {
                rect: [x0, y, size[0] - 2.0 * MARGIN, height],
                figure,
                group,
            });
            y += height;
        }
        // A drawing beside the lines: placed now, its caption under it; the block ends below
        // whichever is lower.
        let mut side_bottom = None;
        if let Some(side) = &chunk.side {
            let page = pages.len() - 1;
            pages[page].items.push(Item::Figure {
                rect: [x0, y, side.width, side.height],
                figure: side.figure,
                group: side.group,
            });
            let mut below = y + side.height;
            for line in &side.caption {
                below += line.advance;
                pages[page].items.push(Item::Text(TextLine {
                    x: x0 + line.x,
                    baseline: below - line.size * (LEADING - 1.0) * 0.5,
                    size: line.size,
                    bold: line.bold,
                    text: line.text.clone(),
                    hang: line.hang,
                    group: line.group,
                }));
            }
            side_bottom = Some((page, below));
        }
        let count = chunk.lines.len();
        let mut placed_here = 0;
        for (i, line) in chunk.lines.iter().enumerate() {
            let last_breakable = i + 1 < count
                && i + 2 == count
                && chunk.lines[i + 1].advance > 0.0
                && y + line.advance + chunk.lines[i + 1].advance > bottom;
            let breaks = line.advance > 0.0
                && placed_here > 0
                && (y + line.advance > bottom || (last_breakable && placed_here >= KEEP_LINES));
            if breaks {
                if chunk.framed {
                    let page = pages.len() - 1;
                    pages[page].items.push(Item::Frame([
                        x0,
                        frame_top,
                        size[0] - 2.0 * MARGIN,
                        y + BOX_PAD - frame_top,
                    ]));
                }
                new_page(&mut pages, &mut y);
                frame_top = y;
                if chunk.framed {
                    y += BOX_PAD;
                }
                placed_here = 0;
            }
            y += line.advance;
            if line.advance > 0.0 {
                placed_here += 1;
            }
            let page = pages.len() - 1;
            pages[page].items.push(Item::Text(TextLine {
                x: x0 + line.x,
                baseline: y - line.size * (LEADING - 1.0) * 0.5,
                size: line.size,
                bold: line.bold,
                text: line.text.clone(),
                hang: line.hang,
                group: line.group,
            }));
        }
        if let Some((page, below)) = side_bottom
            && page == pages.len() - 1
        {
            y = y.max(below);
        }
        y += chunk.tail;
        if chunk.framed {
            y += BOX_PAD;
            let page = pages.len() - 1;
            pages[page].items.push(Item::Frame([
                x0,
                frame_top,
                size[0] - 2.0 * MARGIN,
                y - frame_top,
            ]));
        }
    }
    pages
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::handout::model::Handout;

    /// Every character is half an em wide.
    struct Fixed;
    impl Measure for Fixed {
        fn width(&self, text: &str, size: f32) -> f32 {
            text.chars().count() as f32 * size * 0.5
        }
    }

    fn handout(blocks: Vec<Block>) -> Handout {
        Handout {
            title: "Title".into(),
            date: "2025-01-01".into(),
            clinic: None,
            lang: "en".into(),
            blocks,
            sources: vec![],
            notice: ("Notice".into(), "Text.".into()),
            review: "Reviewed.".into(),
        }
    }

    #[test]
    fn lines_break_between_words_and_fit() {
        let lines = wrap("aaa bbb ccc ddd", 10.0, 40.0, &Fixed);
        assert_eq!(lines, ["aaa bbb", "ccc ddd"]);
        for line in &lines {
            assert!(Fixed.width(line, 10.0) <= 40.0);
        }
        assert_eq!(wrap("  one   two ", 10.0, 1000.0, &Fixed), ["one two"]);
        assert!(wrap("", 10.0, 40.0, &Fixed).is_empty());
    }

    #[test]
    fn a_word_longer_than_the_line_is_cut() {
        let lines = wrap("abcdefghij", 10.0, 20.0, &Fixed);
        assert_eq!(lines, ["abcd", "efgh", "ij"]);
    }

    fn texts(page: &Page) -> Vec<&str> {
        page.items
            .iter()
            .filter_map(|i| match i {
                Item::Text(t) => Some(
                    t.text
                        .split_once(' ')
                        .filter(|_| t.hang.is_some())
                        .map_or(t.text.as_str(), |(_, rest)| rest),
                ),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_heading_never_ends_a_page() {
        // Fill the first page with short paragraphs up to a varying point, then a heading
        // and a long paragraph: wherever the page breaks, the heading is followed on its page
        // by at least two lines of its paragraph.
        for filler in 20..60 {
            let mut blocks: Vec<Block> = (0..filler)
                .map(|i| Block::Paragraph(format!("filler {i}")))
                .collect();
            blocks.push(Block::Heading {
                level: 2,
                text: "THE HEADING".into(),
            });
            blocks.push(Block::Paragraph("word ".repeat(200)));
            let layout = layout(&handout(blocks), Paper::A4, &Fixed);
            for page in &layout.pages {
                let t = texts(page);
                if let Some(at) = t.iter().position(|s| *s == "THE HEADING") {
                    assert!(
                        t.len() >= at + 1 + KEEP_LINES && t[at + 1].starts_with("word"),
                        "filler {filler}: heading followed by {:?}",
                        &t[at + 1..]
                    );
                }
            }
        }
    }

    #[test]
    fn text_stays_inside_the_margins_on_both_papers() {
        let blocks = vec![
            Block::Paragraph("word ".repeat(2000)),
            Block::List {
                numbered: true,
                items: vec!["item ".repeat(50); 30],
            },
            Block::Warning {
                heading: "Get help".into(),
                lines: vec!["Call now.".into(), "• a sign".into()],
            },
        ];
        for paper in [Paper::A4, Paper::Letter] {
            let layout = layout(&handout(blocks.clone()), paper, &Fixed);
            assert!(layout.pages.len() > 3);
            let [w, h] = paper.size();
            for page in &layout.pages {
                for item in &page.items {
                    if let Item::Text(t) = item {
                        assert!(t.x >= MARGIN - 0.01);
                        assert!(t.right(&Fixed) <= w - MARGIN + 0.01);
                        assert!(t.baseline <= h - MARGIN - FOOTER + 0.01, "{}", t.baseline);
                        assert!(t.baseline >= MARGIN);
                    }
                }
            }
        }
    }

    #[test]
    fn no_single_line_is_left_at_the_top_of_a_page() {
        for n in 30..90 {
            let mut blocks: Vec<Block> =
                (0..n).map(|i| Block::Paragraph(format!("p{i}"))).collect();
            blocks.push(Block::Paragraph("word ".repeat(60)));
            let layout = layout(&handout(blocks), Paper::Letter, &Fixed);
            for pair in layout.pages.windows(2) {
                let (before, after) = (texts(&pair[0]), texts(&pair[1]));
                let first = after.first().copied().unwrap_or("");
                if first.starts_with("word") {
                    let continued = after.iter().filter(|s| s.starts_with("word")).count();
                    let left = before.iter().filter(|s| s.starts_with("word")).count();
                    assert!(
                        left == 0 || left >= KEEP_LINES,
                        "n {n}: {left} line(s) left"
                    );
                    assert!(continued >= 2 || left == 0, "n {n}: one line carried over");
                }
            }
        }
    }

    #[test]
    fn an_exercise_keeps_its_drawing_beside_its_steps_on_one_page() {
        for n in 30..60 {
            let mut blocks: Vec<Block> =
                (0..n).map(|i| Block::Paragraph(format!("p{i}"))).collect();
            blocks.push(Block::Exercise {
                figure: crate::handout::model::Figure {
                    alt: "caption words ".repeat(6),
                    drawing: crate::handout::model::Drawing {
                        size: [100.0, 70.0],
                        ..Default::default()
                    },
                    height: 105.0,
                },
                steps: (0..5).map(|i| format!("step{i} words words")).collect(),
            });
            let layout = layout(&handout(blocks), Paper::A4, &Fixed);
            let pages: Vec<&Page> = layout
                .pages
                .iter()
                .filter(|p| texts(p).iter().any(|t| t.contains("step")))
                .collect();
            assert_eq!(pages.len(), 1, "n {n}: the exercise is split");
            let page = pages[0];
            let Some([fx, fy, fw, fh]) = page.items.iter().find_map(|i| match i {
                Item::Figure { rect, .. } => Some(*rect),
                _ => None,
            }) else {
                panic!("n {n}: the drawing is not with its steps");
            };
            assert!((fw - 150.0).abs() < 0.01 && fh == 105.0);
            for item in &page.items {
                let Item::Text(line) = item else { continue };
                if line.text.contains("step") {
                    assert!(line.x >= fx + fw + SIDE_GAP, "steps right of the drawing");
                    assert!(line.baseline > fy);
                }
                if line.text.contains("caption") {
                    assert!(line.x == fx && line.baseline > fy + fh, "caption under it");
                    assert!(line.right(&Fixed) <= fx + fw + 0.01);
                }
            }
        }
    }

    #[test]
    fn a_framed_box_moves_whole_when_it_fits_on_the_next_page() {
        let mut blocks: Vec<Block> = (0..44).map(|i| Block::Paragraph(format!("p{i}"))).collect();
        blocks.push(Block::Warning {
            heading: "BOX".into(),
            lines: (0..6).map(|i| format!("• sign {i}")).collect(),
        });
        let layout = layout(&handout(blocks), Paper::A4, &Fixed);
        let with_box: Vec<usize> = layout
            .pages
            .iter()
            .enumerate()
            .filter(|(_, p)| {
                texts(p)
                    .iter()
                    .any(|t| t.starts_with("sign") || *t == "BOX")
            })
            .map(|(i, _)| i)
            .collect();
        assert_eq!(with_box.len(), 1, "{with_box:?}");
    }

    #[test]
    fn the_locale_chooses_the_paper() {
        for tag in [
            "en-US",
            "en_US.UTF-8",
            "es_MX",
            "fr-CA",
            "en_PH.utf8",
            "es-CO",
            "en-us",
        ] {
            assert_eq!(Paper::for_locale(tag), Paper::Letter, "{tag}");
        }
        for tag in [
            "en-GB",
            "de_DE.UTF-8",
            "es-ES",
            "en",
            "C",
            "",
            "zh-Hans-CN",
            "sr_RS@latin",
        ] {
            assert_eq!(Paper::for_locale(tag), Paper::A4, "{tag}");
        }
        assert_eq!(
            Paper::for_locale("zh-Hant-US"),
            Paper::Letter,
            "script then region"
        );
    }

    #[test]
    fn letter_is_wider_and_shorter_than_a4() {
        let [aw, ah] = Paper::A4.size();
        let [lw, lh] = Paper::Letter.size();
        assert!(lw > aw && lh < ah);
        assert_eq!(Paper::parse("LETTER"), Some(Paper::Letter));
        assert_eq!(Paper::parse("a5"), None);
    }
}
