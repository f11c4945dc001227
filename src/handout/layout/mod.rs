//! Layout: words wrapped with the font's real glyph advances, blocks placed on pages. A heading
//! stays with the first lines of what follows it, a paragraph never leaves one line alone at
//! the bottom or top of a page, a framed box or a figure moves whole to the next page when it
//! fits there. Coordinates are points, y down from the top of the page.

use super::model::{Block, Handout};

mod build;
mod paper;
mod place;

pub use paper::Paper;

use build::Builder;
use place::place;

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

/// Breaks `text` into lines no wider than `width`; a word longer than a line is cut.
pub fn wrap(text: &str, size: f32, width: f32, measure: &dyn Measure) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let candidate = if line.is_empty() {
            word.to_owned()
        } else {
            format!("{line} {word}") // i18n-ok: joins words
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
        b.heading(1, &handout.words.sources);
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
            words: crate::handout::model::PrintWords::default(),
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
}
