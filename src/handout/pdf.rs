//! Writes a [`Layout`] as PDF with krilla: the font embedded and subset, every line real text
//! (selectable, searchable), a tag tree (headings, paragraphs, lists, figures with their
//! alternative text) and the page footer marked as an artifact.

use std::num::NonZeroU16;

use krilla::Document;
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Transform};
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, LineCap, LineJoin, Stroke, StrokeDash};
use krilla::surface::Surface;
use krilla::tagging::{
    ArtifactType, ContentTag, Identifier, ListNumbering, SpanTag, Tag, TagGroup, TagTree,
};
use krilla::text::{Font, GlyphId, KrillaGlyph};

use super::font::{FONT_DATA, HandoutFont};
use super::layout::{Item, Layout, Role, TextLine, size};
use super::model::{Drawing, PrintWords, Rgb};

/// Text colour (near black, prints as black).
const INK: Rgb = [20, 20, 20];
/// Frame colour of boxes.
const FRAME: Rgb = [150, 20, 0];

/// What went wrong making the PDF.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    /// The embedded font could not be read.
    #[error("the handout font could not be read")]
    Font,
    /// krilla refused the document.
    #[error("could not make the PDF: {0}")]
    Krilla(String),
}

/// Document facts for the PDF metadata.
pub struct Meta<'a> {
    /// Title.
    pub title: &'a str,
    /// Language (`en`, `es`).
    pub lang: &'a str,
    /// The page footer's words, with the page number and count to fill in.
    pub words: &'a PrintWords,
}

fn paint(colour: Rgb) -> krilla::paint::Paint {
    rgb::Color::new(colour[0], colour[1], colour[2]).into()
}

fn fill(colour: Rgb, opacity: f32) -> Fill {
    Fill {
        paint: paint(colour),
        opacity: NormalizedF32::new(opacity.clamp(0.0, 1.0)).unwrap_or(NormalizedF32::ONE),
        rule: Default::default(),
    }
}

fn stroke(colour: Rgb, width: f32, dash: &[f32]) -> Stroke {
    Stroke {
        paint: paint(colour),
        width,
        miter_limit: 4.0,
        line_cap: LineCap::Butt,
        line_join: LineJoin::Round,
        opacity: NormalizedF32::ONE,
        dash: (!dash.is_empty()).then(|| StrokeDash {
            array: dash.to_vec(),
            offset: 0.0,
        }),
    }
}

/// Glyphs of a text, placed with the font's own advances (the ones the layout measured).
/// With `hang` (ems), the first space is widened so the next word starts there.
fn glyphs(font: &HandoutFont, text: &str, hang: Option<f32>) -> Vec<KrillaGlyph> {
    let first_space = text.find(' ');
    let label = first_space.map_or(0.0, |at| {
        text[..at].chars().map(|c| font.advance(c)).sum::<f32>()
    });
    text.char_indices()
        .map(|(at, c)| {
            let advance = match hang {
                Some(hang) if Some(at) == first_space => (hang - label).max(font.advance(c)),
                _ => font.advance(c),
            };
            KrillaGlyph::new(
                GlyphId::new(u32::from(font.glyph(c))),
                advance,
                0.0,
                0.0,
                0.0,
                at..at + c.len_utf8(),
                None,
            )
        })
        .collect()
}

struct Writer<'a> {
    metrics: &'a HandoutFont,
    font: Font,
}

impl Writer<'_> {
    #[allow(clippy::too_many_arguments)]
    fn text(
        &self,
        surface: &mut Surface<'_>,
        at: (f32, f32),
        text_size: f32,
        bold: bool,
        text: &str,
        hang: Option<f32>,
        colour: Rgb,
    ) {
        let (x, baseline) = at;
        surface.set_fill(Some(fill(colour, 1.0)));
        // Ubuntu Light has no bold: a thin outline in the same colour thickens the letters.
        surface.set_stroke(bold.then(|| stroke(colour, text_size * 0.045, &[])));
        surface.draw_glyphs(
            Point::from_xy(x, baseline),
            &glyphs(self.metrics, text, hang.map(|h| h / text_size)),
            self.font.clone(),
            text,
            text_size,
            false,
        );
        surface.set_stroke(None);
    }

    fn line(&self, surface: &mut Surface<'_>, line: &TextLine) -> Identifier {
        let id = surface.start_tagged(ContentTag::Span(SpanTag::empty()));
        self.text(
            surface,
            (line.x, line.baseline),
            line.size,
            line.bold,
            &line.text,
            line.hang,
            INK,
        );
        surface.end_tagged();
        id
    }

    fn drawing(&self, surface: &mut Surface<'_>, drawing: &Drawing, rect: [f32; 4]) {
        let [x, y, w, h] = rect;
        let scale = (w / drawing.size[0].max(1.0)).min(h / drawing.size[1].max(1.0));
        let dx = x + (w - drawing.size[0] * scale) * 0.5;
        surface.push_transform(&Transform::from_row(scale, 0.0, 0.0, scale, dx, y));
        for item in &drawing.paths {
            let mut pb = PathBuilder::new();
            // A tenth of a unit (about 0.03 pt) is finer than any printer: shorter numbers.
            let r = |v: f32| (v * 10.0).round() / 10.0;
            for (i, p) in item.points.iter().enumerate() {
                if i == 0 {
                    pb.move_to(r(p[0]), r(p[1]));
                } else {
                    pb.line_to(r(p[0]), r(p[1]));
                }
            }
            if item.closed {
                pb.close();
            }
            let Some(path) = pb.finish() else {
                continue;
            };
            surface.set_fill(
                item.fill
                    .filter(|_| item.closed)
                    .map(|(colour, opacity)| fill(colour, opacity)),
            );
            surface.set_stroke(
                item.stroke
                    .as_ref()
                    .map(|s| stroke(s.colour, s.width, &s.dash)),
            );
            surface.draw_path(&path);
        }
        surface.set_stroke(None);
        for label in &drawing.labels {
            self.text(
                surface,
                (label.at[0], label.at[1]),
                label.size,
                false,
                &label.text,
                None,
                INK,
            );
        }
        surface.pop();
    }
}

/// Writes the PDF bytes.
pub fn write(layout: &Layout, meta: &Meta<'_>) -> Result<Vec<u8>, PdfError> {
    let metrics = HandoutFont::new().ok_or(PdfError::Font)?;
    let font = Font::new(krilla::Data::from(FONT_DATA), 0).ok_or(PdfError::Font)?;
    let writer = Writer {
        metrics: &metrics,
        font,
    };
    let mut document = Document::new();
    let mut ids: Vec<Vec<Identifier>> = vec![Vec::new(); layout.groups.len()];
    let [width, height] = layout.size;
    let pages = layout.pages.len();
    for (number, page) in layout.pages.iter().enumerate() {
        let settings = PageSettings::from_wh(width, height)
            .ok_or_else(|| PdfError::Krilla("bad page size".into()))?; // i18n-ok: for developers
        let mut pdf_page = document.start_page_with(settings);
        let mut surface = pdf_page.surface();
        for item in &page.items {
            match item {
                Item::Text(line) => {
                    let id = writer.line(&mut surface, line);
                    if let Some(group) = ids.get_mut(line.group) {
                        group.push(id);
                    }
                }
                Item::Frame([x, y, w, h]) => {
                    surface.start_tagged(ContentTag::Artifact(
                        krilla::tagging::Artifact::with_kind(ArtifactType::Other),
                    ));
                    let mut pb = PathBuilder::new();
                    if let Some(r) = krilla::geom::Rect::from_xywh(*x, *y, *w, *h) {
                        pb.push_rect(r);
                    }
                    if let Some(path) = pb.finish() {
                        surface.set_fill(None);
                        surface.set_stroke(Some(stroke(FRAME, 2.0, &[])));
                        surface.draw_path(&path);
                        surface.set_stroke(None);
                    }
                    surface.end_tagged();
                }
                Item::Figure {
                    rect,
                    figure,
                    group,
                } => {
                    if let Some(drawing) = layout.figures.get(*figure) {
                        let id = surface.start_tagged(ContentTag::Other);
                        writer.drawing(&mut surface, drawing, *rect);
                        surface.end_tagged();
                        if let Some(group) = ids.get_mut(*group) {
                            group.push(id);
                        }
                    }
                }
            }
        }
        // Footer: an artifact, not part of the reading order.
        surface.start_tagged(ContentTag::Artifact(krilla::tagging::Artifact::with_kind(
            ArtifactType::Page,
        )));
        let footer = meta.words.footer(number + 1, pages);
        writer.text(
            &mut surface,
            (super::layout::MARGIN, height - super::layout::MARGIN + 4.0),
            size::SMALL,
            false,
            &footer,
            None,
            [90, 90, 90],
        );
        surface.end_tagged();
        surface.finish();
        pdf_page.finish();
    }
    document.set_tag_tree(tag_tree(layout, ids, meta.lang));
    document.set_metadata(
        Metadata::new()
            .title(meta.title.to_owned())
            .language(meta.lang.to_owned())
            .creator("AnkleBack".to_owned()), // i18n-ok: the program's name
    );
    document
        .finish()
        .map_err(|err| PdfError::Krilla(err.to_string()))
}

/// The tag tree: groups in reading order; consecutive items of one list inside an `L`.
fn tag_tree(layout: &Layout, ids: Vec<Vec<Identifier>>, lang: &str) -> TagTree {
    let mut tree = TagTree::new().with_lang(Some(lang.to_owned()));
    let mut list: Option<(usize, TagGroup)> = None;
    for (role, ids) in layout.groups.iter().zip(ids) {
        let children: Vec<krilla::tagging::Node> = ids.into_iter().map(Into::into).collect();
        if let Role::ListItem { list: n, numbered } = role {
            let body = TagGroup::with_children(Tag::LBody, children);
            let item = TagGroup::with_children(Tag::LI, vec![body.into()]);
            match &mut list {
                Some((current, group)) if current == n => group.push(item),
                _ => {
                    if let Some((_, done)) = list.take() {
                        tree.push(done);
                    }
                    let numbering = if *numbered {
                        ListNumbering::Decimal
                    } else {
                        ListNumbering::Disc
                    };
                    list = Some((
                        *n,
                        TagGroup::with_children(Tag::L(numbering), vec![item.into()]),
                    ));
                }
            }
            continue;
        }
        if let Some((_, done)) = list.take() {
            tree.push(done);
        }
        let group = match role {
            Role::Heading(level) => TagGroup::with_children(
                Tag::Hn(
                    NonZeroU16::new(u16::from(*level)).unwrap_or(NonZeroU16::MIN),
                    None,
                ),
                children,
            ),
            Role::Figure { alt, .. } => {
                TagGroup::with_children(Tag::Figure(Some(alt.clone())), children)
            }
            _ => TagGroup::with_children(Tag::P, children),
        };
        tree.push(group);
    }
    if let Some((_, done)) = list.take() {
        tree.push(done);
    }
    tree
}
