//! The handout as a document: what is printed, in reading order, before any layout.

use crate::body::geometry::Point;

/// A whole handout.
#[derive(Clone, Debug, PartialEq)]
pub struct Handout {
    /// Document title (also the PDF title).
    pub title: String,
    /// Date shown under the title, `YYYY-MM-DD`.
    pub date: String,
    /// The clinic that printed it, if set.
    pub clinic: Option<String>,
    /// BCP 47 language of the text (`en`, `es`).
    pub lang: String,
    /// The body, in reading order.
    pub blocks: Vec<Block>,
    /// Sources of everything shown: "Title. Publisher, year."
    pub sources: Vec<String>,
    /// The educational-use notice: title and text.
    pub notice: (String, String),
    /// The content's review status, one line.
    pub review: String,
    /// The words layout and the PDF writer print themselves.
    pub words: PrintWords,
}

/// Words the layout and the PDF writer print, in the handout's language.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct PrintWords {
    /// The heading over the list of sources at the end.
    pub sources: String,
    /// The page footer, with [`PrintWords::PAGE`] and [`PrintWords::PAGES`] where the page
    /// number and the page count go.
    pub footer: String,
}

impl PrintWords {
    /// Stands for the page number in [`PrintWords::footer`].
    pub const PAGE: &'static str = "{page}";
    /// Stands for the page count in [`PrintWords::footer`].
    pub const PAGES: &'static str = "{pages}";

    /// The footer of page `page` (from 1) of `pages`.
    pub fn footer(&self, page: usize, pages: usize) -> String {
        self.footer
            .replace(Self::PAGES, &pages.to_string())
            .replace(Self::PAGE, &page.to_string())
    }
}

/// One block of the body.
#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    /// A heading; level 1 starts a part (article, result, plan), 2 a section in it.
    Heading {
        /// 1 or 2.
        level: u8,
        /// The words.
        text: String,
    },
    /// A paragraph.
    Paragraph(String),
    /// A paragraph in bold (an instruction that must not be missed).
    Strong(String),
    /// A list.
    List {
        /// Numbered (steps) or bulleted.
        numbered: bool,
        /// The items.
        items: Vec<String>,
    },
    /// A framed box: urgent advice, warning signs.
    Warning {
        /// The box heading ("Get emergency care now").
        heading: String,
        /// What is in the box, one paragraph each; items starting with "• " are list items.
        lines: Vec<String>,
    },
    /// A small print line (sources of a section).
    Small(String),
    /// A figure.
    Figure(Figure),
    /// An exercise: its drawing (with its caption under it) beside its numbered steps, which
    /// end with how many times and how often.
    Exercise {
        /// The drawing; its alternative text is also printed as its caption.
        figure: Figure,
        /// The steps, in order.
        steps: Vec<String>,
    },
}

/// A drawing with its alternative text.
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    /// Alternative text for screen readers (also drawn as the caption).
    pub alt: String,
    /// The drawing.
    pub drawing: Drawing,
    /// Height on the page, in points.
    pub height: f32,
}

/// Vector drawing in its own units: panels side by side, then a legend.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Drawing {
    /// Width and height of the drawing's own space.
    pub size: Point,
    /// Paths, bottom to top.
    pub paths: Vec<PathItem>,
    /// Text labels.
    pub labels: Vec<LabelItem>,
}

/// A colour.
pub type Rgb = [u8; 3];

/// One path of a drawing.
#[derive(Clone, Debug, PartialEq)]
pub struct PathItem {
    /// The points, in drawing units.
    pub points: Vec<Point>,
    /// Closed polygon (filled) or open line.
    pub closed: bool,
    /// Fill colour and opacity (0–1), for closed paths.
    pub fill: Option<(Rgb, f32)>,
    /// Stroke colour, width (drawing units) and dash pattern (empty: solid).
    pub stroke: Option<StrokeStyle>,
}

/// How a line is drawn.
#[derive(Clone, Debug, PartialEq)]
pub struct StrokeStyle {
    /// Colour.
    pub colour: Rgb,
    /// Width in drawing units.
    pub width: f32,
    /// Dash pattern in drawing units; empty for a solid line.
    pub dash: Vec<f32>,
}

/// A text label in a drawing.
#[derive(Clone, Debug, PartialEq)]
pub struct LabelItem {
    /// Baseline start, in drawing units.
    pub at: Point,
    /// Font size in drawing units.
    pub size: f32,
    /// The words.
    pub text: String,
}
