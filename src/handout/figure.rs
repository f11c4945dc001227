//! The body drawing for paper, from the same resolved geometry the screen draws
//! ([`crate::body::Diagram`]): tissues, highlighted regions, pathways with a dash pattern each
//! (so a black-and-white printer still tells them apart) and a legend.

use std::collections::BTreeSet;

use crate::body::Diagram;
use crate::body::diagram::DiagramPathway;
use crate::body::geometry::{Point, Tissue};
use crate::body::shape::Resolved;
use crate::content::Content;
use crate::content::model::PathwayStyle;

use crate::consult::drawing::Mark;
use crate::messages::Messages;

use super::layout::Measure;
use super::marks::push_marks;
use super::model::{Drawing, LabelItem, PathItem, Rgb, StrokeStyle};

/// Print colours: the light theme's (`ui::theme::Palette::of(Theme::Light)`), copied here
/// because this module has no egui.
const OUTLINE: Rgb = [90, 70, 60];
const SELECTED: Rgb = [0, 90, 200];
const LABEL: Rgb = [30, 30, 30];

fn tissue_fill(tissue: Tissue) -> (Rgb, f32) {
    match tissue {
        Tissue::Skin => ([250, 226, 206], 1.0),
        Tissue::Bone => ([246, 240, 222], 1.0),
        Tissue::Disc => ([150, 190, 220], 1.0),
        Tissue::Muscle => ([205, 110, 100], 1.0),
        Tissue::Tendon => ([240, 225, 170], 1.0),
        Tissue::Ligament => ([150, 165, 190], 1.0),
        Tissue::Nerve => ([250, 205, 40], 1.0),
        Tissue::Joint => ([120, 160, 220], 70.0 / 255.0),
    }
}

/// Colour and dash pattern (drawing units) of a pathway style on paper. Every style has its
/// own dash, so the parts differ without colour.
pub fn pathway_ink(style: PathwayStyle) -> (Rgb, Vec<f32>) {
    match style {
        PathwayStyle::Root1 => ([0, 120, 200], vec![4.0, 10.0]),
        PathwayStyle::Root2 => ([210, 120, 0], vec![26.0, 8.0, 4.0, 8.0]),
        PathwayStyle::Root3 => ([200, 30, 60], vec![34.0, 10.0]),
        PathwayStyle::Nerve => ([180, 110, 0], vec![18.0, 8.0]),
        PathwayStyle::ChainDown => ([170, 50, 160], vec![12.0, 12.0]),
        PathwayStyle::ChainUp => ([0, 140, 120], vec![30.0, 10.0]),
        PathwayStyle::Limp => ([200, 70, 40], vec![20.0, 6.0, 4.0, 6.0, 4.0, 6.0]),
        PathwayStyle::LimpStrain => ([70, 90, 120], vec![8.0, 4.0]),
    }
}

/// What the drawing shows.
#[derive(Clone, Debug, Default)]
pub struct BodyView<'a> {
    /// Regions to highlight.
    pub regions: BTreeSet<&'a str>,
    /// Pathway overlays to draw.
    pub pathways: BTreeSet<&'a str>,
    /// The clinician's marks drawn over the body (diagram coordinates), each with its index
    /// in the consult's list (printed beside it from 1).
    pub marks: Vec<(usize, &'a Mark)>,
    /// The name under the view (else the view's own name, from its id).
    pub title: Option<String>,
    /// What the highlight swatch in the legend says (else "Parts your result is about").
    pub highlight_legend: Option<String>,
}

/// A body view's name on paper, from its id ("Side view").
pub fn view_name<'w>(words: &'w Messages, id: &str) -> &'w str {
    match id {
        "side" => words.get("handout-view-side"),
        "back" => words.get("handout-view-back"),
        _ => words.get("handout-view-side"),
    }
}

const GAP: f32 = 30.0;
const LEGEND_LINE: f32 = 44.0;
const LABEL_SIZE: f32 = 26.0;

/// The views side by side (moved apart so that no region label overlaps the next view),
/// then a legend of the pathways and highlights shown.
pub fn body_drawing(
    diagrams: &[Diagram],
    content: &Content,
    view: &BodyView<'_>,
    measure: &dyn Measure,
    words: &Messages,
) -> Drawing {
    let mut drawing = Drawing::default();
    let mut right = 0.0_f32;
    let mut height = 0.0_f32;
    for (i, diagram) in diagrams.iter().enumerate() {
        let mut scratch = Drawing::default();
        add_view(&mut scratch, diagram, [0.0, 0.0], content, view, measure);
        let left = scratch
            .labels
            .iter()
            .map(|l| l.at[0])
            .fold(0.0_f32, f32::min);
        let extent = scratch
            .labels
            .iter()
            .map(|l| l.at[0] + measure.width(&l.text, l.size))
            .fold(diagram.size[0], f32::max);
        let x = if i == 0 { -left } else { right + GAP - left };
        add_view(&mut drawing, diagram, [x, 0.0], content, view, measure);
        // The view's name under it.
        let name = match &view.title {
            Some(title) => title.clone(),
            None => view_name(words, &diagram.id).to_owned(),
        };
        let name_width = measure.width(&name, LABEL_SIZE);
        drawing.labels.push(LabelItem {
            at: [
                x + (diagram.size[0] - name_width) * 0.5,
                diagram.size[1] + 34.0,
            ],
            size: LABEL_SIZE,
            text: name,
        });
        right = x + extent;
        height = height.max(diagram.size[1] + 44.0);
    }
    let width = right.max(1.0);
    // Legend: one sample line per pathway part drawn, then the highlight swatch.
    let mut y = height + 20.0;
    let mut parts: Vec<(String, String, PathwayStyle)> = Vec::new();
    for diagram in diagrams {
        for p in diagram
            .pathways
            .iter()
            .filter(|p| view.pathways.contains(p.pathway.as_str()))
        {
            let key = (p.pathway.clone(), p.part.clone(), p.style);
            if !parts.contains(&key) {
                parts.push(key);
            }
        }
    }
    for (pathway, part, style) in &parts {
        let (colour, dash) = pathway_ink(*style);
        drawing.paths.push(PathItem {
            points: vec![[0.0, y], [110.0, y]],
            closed: false,
            fill: None,
            stroke: Some(StrokeStyle {
                colour,
                width: 9.0,
                dash,
            }),
        });
        let info = content.pathway(pathway);
        let name = info.map_or(pathway.as_str(), |p| p.name.as_str());
        // The part's own legend from the content, in its language, as on the screen.
        let legend = info.and_then(|p| p.legend_of(part));
        drawing.labels.push(LabelItem {
            at: [130.0, y + 9.0],
            size: LABEL_SIZE,
            text: legend_text(words, name, legend),
        });
        y += LEGEND_LINE;
    }
    if !view.regions.is_empty() {
        drawing.paths.push(PathItem {
            points: vec![
                [0.0, y - 14.0],
                [110.0, y - 14.0],
                [110.0, y + 14.0],
                [0.0, y + 14.0],
            ],
            closed: true,
            fill: Some((SELECTED, 0.45)),
            stroke: Some(StrokeStyle {
                colour: SELECTED,
                width: 6.0,
                dash: Vec::new(),
            }),
        });
        drawing.labels.push(LabelItem {
            at: [130.0, y + 9.0],
            size: LABEL_SIZE,
            text: view
                .highlight_legend
                .clone()
                .unwrap_or_else(|| words.get("handout-legend-highlight").to_owned()),
        });
        y += LEGEND_LINE;
    }
    drawing.size = [width, y];
    drawing
}

/// "Movement chain: Ankle to back: knee, hip, lower back": the pathway's name and the part's
/// legend from the content; a part the content gives no legend is named by the pathway alone.
fn legend_text(words: &Messages, name: &str, legend: Option<&str>) -> String {
    match legend {
        Some(legend) => words.with(
            "handout-legend-part",
            &[("name", name.into()), ("part", legend.into())],
        ),
        None => name.to_owned(),
    }
}

fn add_view(
    drawing: &mut Drawing,
    diagram: &Diagram,
    origin: Point,
    content: &Content,
    view: &BodyView<'_>,
    measure: &dyn Measure,
) {
    let at = |p: &Point| [p[0] + origin[0], p[1] + origin[1]];
    let moved = |points: &[Point]| points.iter().map(at).collect::<Vec<_>>();
    for shape in &diagram.shapes {
        let (fill, opacity) = tissue_fill(shape.tissue);
        push_outline(
            drawing,
            &shape.outline,
            moved(shape.outline.points()),
            fill,
            opacity,
        );
    }
    for shape in &diagram.shapes {
        let Some(region) = shape.region.as_deref() else {
            continue;
        };
        if !view.regions.contains(region) {
            continue;
        }
        let points = moved(shape.outline.points());
        match &shape.outline {
            Resolved::Polygon(_) => drawing.paths.push(PathItem {
                points,
                closed: true,
                fill: Some((SELECTED, 0.45)),
                stroke: Some(StrokeStyle {
                    colour: SELECTED,
                    width: 6.0,
                    dash: Vec::new(),
                }),
            }),
            Resolved::Line { width, .. } => drawing.paths.push(PathItem {
                points,
                closed: false,
                fill: None,
                stroke: Some(StrokeStyle {
                    colour: SELECTED,
                    width: width + 8.0,
                    dash: Vec::new(),
                }),
            }),
        }
    }
    for pathway in diagram
        .pathways
        .iter()
        .filter(|p| view.pathways.contains(p.pathway.as_str()))
    {
        push_pathway(drawing, pathway, moved(pathway.outline.points()));
    }
    for label in diagram
        .labels
        .iter()
        .filter(|l| view.regions.contains(l.region.as_str()))
    {
        let name = content
            .region(&label.region)
            .map_or(label.region.as_str(), |r| r.name.as_str());
        drawing.paths.push(PathItem {
            points: vec![at(&label.at), at(&label.target)],
            closed: false,
            fill: None,
            stroke: Some(StrokeStyle {
                colour: LABEL,
                width: 2.0,
                dash: Vec::new(),
            }),
        });
        // Text starts at the anchor, away from the target.
        let width = measure.width(name, LABEL_SIZE);
        let x = if label.target[0] < label.at[0] {
            label.at[0] + 4.0
        } else {
            label.at[0] - width - 4.0
        };
        drawing.labels.push(LabelItem {
            at: at(&[x, label.at[1] + LABEL_SIZE * 0.35]),
            size: LABEL_SIZE,
            text: name.to_owned(),
        });
    }
    push_marks(drawing, &view.marks, origin);
}

fn push_outline(
    drawing: &mut Drawing,
    outline: &Resolved,
    points: Vec<Point>,
    fill: Rgb,
    opacity: f32,
) {
    match outline {
        Resolved::Polygon(_) => drawing.paths.push(PathItem {
            points,
            closed: true,
            fill: Some((fill, opacity)),
            stroke: Some(StrokeStyle {
                colour: OUTLINE,
                width: 2.0,
                dash: Vec::new(),
            }),
        }),
        Resolved::Line { width, .. } => {
            drawing.paths.push(PathItem {
                points: points.clone(),
                closed: false,
                fill: None,
                stroke: Some(StrokeStyle {
                    colour: OUTLINE,
                    width: width + 2.0,
                    dash: Vec::new(),
                }),
            });
            drawing.paths.push(PathItem {
                points,
                closed: false,
                fill: None,
                stroke: Some(StrokeStyle {
                    colour: fill,
                    width: *width,
                    dash: Vec::new(),
                }),
            });
        }
    }
}

fn push_pathway(drawing: &mut Drawing, pathway: &DiagramPathway, points: Vec<Point>) {
    if points.len() < 2 {
        return;
    }
    let (colour, dash) = pathway_ink(pathway.style);
    if let Resolved::Polygon(_) = pathway.outline {
        // A zone: light fill, dashed edge.
        drawing.paths.push(PathItem {
            points,
            closed: true,
            fill: Some((colour, 0.25)),
            stroke: Some(StrokeStyle {
                colour,
                width: 4.0,
                dash,
            }),
        });
        return;
    }
    let end = points[points.len() - 1];
    let before = points[points.len().saturating_sub(4)];
    drawing.paths.push(PathItem {
        points,
        closed: false,
        fill: None,
        stroke: Some(StrokeStyle {
            colour,
            width: 9.0,
            dash,
        }),
    });
    // Arrowhead at the end shows the direction.
    let (dx, dy) = (end[0] - before[0], end[1] - before[1]);
    let length = (dx * dx + dy * dy).sqrt();
    if length > 0.0 {
        let (ux, uy) = (dx / length, dy / length);
        let (nx, ny) = (-uy, ux);
        let size = 26.0;
        drawing.paths.push(PathItem {
            points: vec![
                [end[0] + ux * size * 0.3, end[1] + uy * size * 0.3],
                [
                    end[0] - ux * size + nx * size * 0.6,
                    end[1] - uy * size + ny * size * 0.6,
                ],
                [
                    end[0] - ux * size - nx * size * 0.6,
                    end[1] - uy * size - ny * size * 0.6,
                ],
            ],
            closed: true,
            fill: Some((colour, 1.0)),
            stroke: Some(StrokeStyle {
                colour: OUTLINE,
                width: 2.0,
                dash: Vec::new(),
            }),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::body::embedded_diagrams;
    use crate::content::load_embedded;

    #[test]
    fn every_pathway_part_has_its_own_dash() {
        let diagrams = embedded_diagrams(&load_embedded()).unwrap();
        let mut seen: Vec<(Vec<f32>, String)> = Vec::new();
        for p in diagrams.iter().flat_map(|d| &d.pathways) {
            let (_, dash) = pathway_ink(p.style);
            assert!(!dash.is_empty());
            let key = format!("{}/{}", p.pathway, p.part);
            if let Some((_, other)) = seen.iter().find(|(d, k)| *d == dash && *k != key) {
                panic!("{key} and {other} share a dash pattern");
            }
            seen.push((dash, key));
        }
    }

    #[test]
    fn highlights_and_legend_are_drawn() {
        let content = load_embedded();
        let diagrams = embedded_diagrams(&load_embedded()).unwrap();
        let region = diagrams[0].region_ids()[0];
        let font = crate::handout::font::HandoutFont::new().unwrap();
        let en = Messages::new("en");
        let plain = body_drawing(&diagrams, &content, &BodyView::default(), &font, &en);
        let view = BodyView {
            regions: [region].into_iter().collect(),
            pathways: ["nerve_route"].into_iter().collect(),
            ..BodyView::default()
        };
        let shown = body_drawing(&diagrams, &content, &view, &font, &en);
        assert!(shown.paths.len() > plain.paths.len() + 3);
        assert!(shown.size[1] > plain.size[1]);
        assert!(shown.labels.iter().any(|l| l.text.contains("L5")));
    }
}
