//! Painting a body view: tissues, highlights, pathway overlays and labels. Shared by the body
//! map, the self-check result, the teaching figures and consult mode: one look everywhere.
//! Consult mode also fades what is not being explained (one structure alone, one nerve root).

use egui::emath::RectTransform;
use egui::epaint::PathShape;
use egui::{Color32, FontId, Pos2, Rect, Shape, Stroke, pos2, vec2};

use crate::body::diagram::{Diagram, DiagramPathway, DiagramShape};
use crate::body::shape::Resolved;
use crate::content::Content;
use crate::content::model::PathwayStyle;
use crate::ui::theme::Palette;

/// The diagram fitted into `rect`, centred, at `zoom` (1 = the whole view fits) and moved by
/// `pan` screen points.
pub fn screen_from_diagram(
    diagram: &Diagram,
    rect: Rect,
    zoom: f32,
    pan: [f32; 2],
) -> RectTransform {
    let [w, h] = diagram.size;
    let scale = (rect.width() / w).min(rect.height() / h) * zoom;
    let size = vec2(w * scale, h * scale);
    let center = rect.center() + vec2(pan[0], pan[1]);
    RectTransform::from_to(
        Rect::from_min_size(Pos2::ZERO, vec2(w, h)),
        Rect::from_center_size(center, size),
    )
}

/// What to draw of a body view.
pub struct BodyScene<'a> {
    /// The view.
    pub diagram: &'a Diagram,
    /// Selected region.
    pub selected: Option<&'a str>,
    /// Regions highlighted by another screen.
    pub highlighted: &'a std::collections::BTreeSet<String>,
    /// Regions under the pointer or with keyboard focus.
    pub hovered: &'a [&'a str],
    /// Pathways drawn.
    pub overlays: &'a std::collections::BTreeSet<String>,
    /// Region labels, drawn when the content is given.
    pub labels: Option<&'a Content>,
    /// Colours.
    pub palette: Palette,
    /// UI time, for motion.
    pub time: f64,
    /// Whether pathways move.
    pub animate: bool,
    /// The user's text size (1–2), applied to labels on the drawing.
    pub text_scale: f32,
    /// One structure alone: only this region in full colour, the rest of the body faint.
    pub isolated: Option<&'a str>,
    /// Pathway parts drawn in full colour (e.g. `S1`); other parts thin and pale. Empty: all.
    pub full_parts: &'a [String],
    /// Thickness of highlights and pathway lines: 1 on the body map, more on a consult screen.
    pub line_weight: f32,
}

/// Where each region's label was painted (screen rectangles), so a click on a name can
/// choose its part.
pub type LabelRects = Vec<(String, Rect)>;

/// Paints tissues, then highlights, then overlays, then labels; returns where the labels went.
pub fn paint_body(
    painter: &egui::Painter,
    to_screen: &RectTransform,
    scene: &BodyScene<'_>,
) -> LabelRects {
    let diagram = scene.diagram;
    let palette = scene.palette;
    let scale = to_screen.scale().x;
    let outline_stroke = Stroke::new(1.0_f32.max(scale * 1.2), palette.outline);
    let faint = |c: Color32| c.gamma_multiply(0.18);
    for shape in &diagram.shapes {
        let shown = scene
            .isolated
            .is_none_or(|only| shape.region.as_deref() == Some(only));
        let (fill, stroke) = if shown {
            (palette.tissue(shape.tissue), outline_stroke)
        } else {
            (
                faint(palette.tissue(shape.tissue)),
                Stroke::new(1.0, faint(palette.outline)),
            )
        };
        paint_shape(painter, to_screen, shape, fill, stroke);
    }
    let emphasis = |id: &str| {
        if scene.selected == Some(id) || scene.highlighted.contains(id) {
            Some(palette.selected)
        } else if scene.hovered.contains(&id) {
            Some(palette.hover)
        } else {
            None
        }
    };
    for shape in &diagram.shapes {
        let Some(region) = shape.region.as_deref() else {
            continue;
        };
        if let Some(colour) = emphasis(region) {
            paint_shape(
                painter,
                to_screen,
                shape,
                colour.gamma_multiply(0.45),
                Stroke::new(2.5 * scene.line_weight, colour),
            );
        }
    }
    for pathway in &diagram.pathways {
        if scene.overlays.contains(&pathway.pathway) {
            let full = scene.full_parts.is_empty() || scene.full_parts.contains(&pathway.part);
            paint_pathway(painter, to_screen, pathway, scene, full);
        }
    }
    match scene.labels {
        Some(content) => paint_labels(painter, to_screen, scene, content),
        None => Vec::new(),
    }
}

/// One label being placed: its text, the point it names, where its line ends at the text.
struct PlacedLabel {
    region: String,
    hovered: bool,
    galley: std::sync::Arc<egui::Galley>,
    target: Pos2,
    /// Wanted height of the text's centre (the label's own point in the drawing).
    wanted: f32,
    /// Where the text starts (left column: where it ends).
    x: f32,
    colour: Color32,
}

/// Region names in two columns beside the body, in the user's text size. Each column is laid
/// out top to bottom so no two labels overlap (a label moves down, or the column up from the
/// bottom edge, as little as needed), with a line to the part it names.
fn paint_labels(
    painter: &egui::Painter,
    to_screen: &RectTransform,
    scene: &BodyScene<'_>,
    content: &Content,
) -> LabelRects {
    let palette = scene.palette;
    let mut rects = Vec::new();
    // A hovered name keeps its full-contrast colour and gets a frame in the hover colour
    // (the hover colour itself is a translucent fill, too faint for words).
    let [r, g, b, _] = palette.hover.to_srgba_unmultiplied();
    let hover_frame = Stroke::new(2.0, Color32::from_rgb(r, g, b));
    let font = FontId::proportional(label_font_size(to_screen.scale().x, scene.text_scale));
    let clip = painter.clip_rect();
    let gap = font.size * 0.2;
    for left_column in [true, false] {
        let mut column: Vec<PlacedLabel> = scene
            .diagram
            .labels
            .iter()
            .filter_map(|label| {
                let at = to_screen.transform_pos(pos2(label.at[0], label.at[1]));
                let target = to_screen.transform_pos(pos2(label.target[0], label.target[1]));
                ((target.x >= at.x) == left_column).then(|| {
                    let name = content
                        .region(&label.region)
                        .map_or(label.region.as_str(), |r| r.name.as_str());
                    let region = label.region.as_str();
                    let chosen =
                        scene.selected == Some(region) || scene.highlighted.contains(region);
                    let colour = if chosen {
                        palette.selected
                    } else {
                        palette.label
                    };
                    let hovered = !chosen && scene.hovered.contains(&region);
                    // A long name wraps onto two lines rather than run over the drawing.
                    let room = if left_column {
                        at.x - clip.left() - 4.0
                    } else {
                        clip.right() - at.x - 4.0
                    };
                    let galley = painter.layout(
                        name.to_owned(),
                        font.clone(),
                        colour,
                        room.max(font.size * 6.0),
                    );
                    let width = galley.size().x;
                    // Keep the text inside the canvas.
                    let x = if left_column {
                        at.x.max(clip.left() + 4.0 + width)
                    } else {
                        at.x.min(clip.right() - 4.0 - width)
                    };
                    PlacedLabel {
                        region: label.region.clone(),
                        hovered,
                        galley,
                        target,
                        wanted: at.y,
                        x,
                        colour,
                    }
                })
            })
            .collect();
        column.sort_by(|a, b| a.wanted.total_cmp(&b.wanted));
        let centres = spread(&column, gap, clip.bottom());
        for (label, centre) in column.iter().zip(centres) {
            let size = label.galley.size();
            let min_x = if left_column {
                label.x - size.x
            } else {
                label.x
            };
            let text_rect = Rect::from_min_size(pos2(min_x, centre - size.y / 2.0), size);
            let end = if left_column {
                pos2(text_rect.right() + 3.0, centre)
            } else {
                pos2(text_rect.left() - 3.0, centre)
            };
            painter.line_segment(
                [end, label.target],
                Stroke::new(1.0, label.colour.gamma_multiply(0.7)),
            );
            painter.circle_filled(label.target, 2.5, label.colour);
            // A backing of the canvas colour keeps the words readable over the drawing.
            painter.rect_filled(
                text_rect.expand(1.0),
                2.0,
                palette.canvas.gamma_multiply(0.8),
            );
            if label.hovered {
                painter.rect_stroke(
                    text_rect.expand(3.0),
                    3.0,
                    hover_frame,
                    egui::StrokeKind::Outside,
                );
            }
            painter.galley(text_rect.min, label.galley.clone(), label.colour);
            rects.push((label.region.clone(), text_rect.expand(2.0)));
        }
    }
    rects
}

/// The centre heights of a column of labels (sorted by wanted height): each as near its
/// wanted height as the ones above allow, then moved up from `bottom` if the column runs off
/// it (unless the drawing itself runs past the bottom, as when zoomed in).
fn spread(column: &[PlacedLabel], gap: f32, bottom: f32) -> Vec<f32> {
    let heights: Vec<f32> = column.iter().map(|l| l.galley.size().y).collect();
    let wanted: Vec<f32> = column.iter().map(|l| l.wanted).collect();
    spread_heights(&wanted, &heights, gap, bottom)
}

/// [`spread`] on plain numbers: wanted centres (sorted) and text heights.
pub fn spread_heights(wanted: &[f32], heights: &[f32], gap: f32, bottom: f32) -> Vec<f32> {
    let mut centres = Vec::with_capacity(wanted.len());
    let mut next_top = f32::NEG_INFINITY;
    for (want, height) in wanted.iter().zip(heights) {
        let centre = want.max(next_top + height / 2.0);
        centres.push(centre);
        next_top = centre + height / 2.0 + gap;
    }
    let last_wanted = wanted.last().copied().unwrap_or(bottom);
    if last_wanted <= bottom {
        let mut limit = bottom;
        for (centre, height) in centres.iter_mut().zip(heights).rev() {
            *centre = centre.min(limit - height / 2.0);
            limit = *centre - height / 2.0 - gap;
        }
    }
    centres
}

/// Fills a resolved outline (polygons via their triangles, lines as thick strokes).
pub(crate) fn paint_shape(
    painter: &egui::Painter,
    to_screen: &RectTransform,
    shape: &DiagramShape,
    fill: Color32,
    stroke: Stroke,
) {
    let (outline, triangles) = (&shape.outline, &shape.triangles);
    let points: Vec<Pos2> = outline
        .points()
        .iter()
        .map(|p| to_screen.transform_pos(pos2(p[0], p[1])))
        .collect();
    match outline {
        Resolved::Polygon(_) => {
            let mut mesh = egui::Mesh::default();
            for p in &points {
                mesh.colored_vertex(*p, fill);
            }
            for t in triangles {
                mesh.add_triangle(t[0], t[1], t[2]);
            }
            painter.add(Shape::mesh(mesh));
            painter.add(PathShape::closed_line(points, stroke));
        }
        Resolved::Line { width, .. } => {
            let scale = to_screen.scale().x;
            painter.add(PathShape::line(
                points.clone(),
                Stroke::new(width * scale + 2.0, stroke.color),
            ));
            painter.add(PathShape::line(points, Stroke::new(width * scale, fill)));
        }
    }
}

/// A pathway: a zone, or a dashed line with an arrowhead at its end and dots travelling along
/// it in its direction (still when motion is reduced). A faded part (`full` false) is drawn
/// thin and pale, without dots.
fn paint_pathway(
    painter: &egui::Painter,
    to_screen: &RectTransform,
    pathway: &DiagramPathway,
    scene: &BodyScene<'_>,
    full: bool,
) {
    let palette = scene.palette;
    let colour = if full {
        palette.pathway(pathway.style)
    } else {
        palette.pathway(pathway.style).gamma_multiply(0.25)
    };
    let scale = to_screen.scale().x;
    let points: Vec<Pos2> = pathway
        .outline
        .points()
        .iter()
        .map(|p| to_screen.transform_pos(pos2(p[0], p[1])))
        .collect();
    if points.len() < 2 {
        return;
    }
    if let Resolved::Polygon(_) = pathway.outline {
        // The zone's edge carries the style's dash pattern, like its route.
        let mut closed = points.clone();
        closed.push(points[0]);
        painter.extend(dashed(&closed, Stroke::new(2.5, colour), pathway.style));
        let mut mesh = egui::Mesh::default();
        for p in &points {
            mesh.colored_vertex(*p, colour.gamma_multiply(0.25));
        }
        // Triangulated once, when the drawing was read.
        for t in &pathway.triangles {
            mesh.add_triangle(t[0], t[1], t[2]);
        }
        painter.add(Shape::mesh(mesh));
    } else {
        let weight = scene.line_weight;
        let width = if full {
            (4.0 * scale * weight).clamp(2.5 * weight, 6.0 * weight)
        } else {
            2.0
        };
        painter.extend(dashed(&points, Stroke::new(width, colour), pathway.style));
        // Arrowhead at the end.
        let end = points[points.len() - 1];
        let before = points[points.len().saturating_sub(4)];
        let dir = (end - before).normalized();
        let normal = vec2(-dir.y, dir.x);
        let size = width * 3.0;
        painter.add(Shape::convex_polygon(
            vec![
                end + dir * size * 0.3,
                end - dir * size + normal * size * 0.6,
                end - dir * size - normal * size * 0.6,
            ],
            colour,
            Stroke::new(1.0, palette.outline),
        ));
        if !full {
            return;
        }
        // Travelling dots show the direction.
        let lengths: Vec<f32> = points.windows(2).map(|w| (w[1] - w[0]).length()).collect();
        let total: f32 = lengths.iter().sum();
        if total > 0.0 {
            let phase = if scene.animate {
                (scene.time as f32 * 60.0) % 60.0
            } else {
                0.0
            };
            let mut d = phase;
            while d < total {
                if let Some(p) = point_along(&points, &lengths, d) {
                    painter.circle_filled(p, width * 0.9, colour);
                    painter.circle_stroke(p, width * 0.9, Stroke::new(1.0, palette.outline));
                }
                d += 60.0;
            }
        }
    }
}

/// A line in a pathway style's dash pattern ([`PathwayStyle::dash`]), the pattern scaled to
/// the line's width so a thicker line keeps the same look. Also used by the legend swatches.
pub fn dashed(points: &[Pos2], stroke: Stroke, style: PathwayStyle) -> Vec<Shape> {
    dashed_in_units(points, stroke, style, (stroke.width / 4.0).max(0.75))
}

/// [`dashed`] with the pattern's drawing unit given in points (a legend swatch shows a whole
/// pattern in a short line).
pub fn dashed_in_units(
    points: &[Pos2],
    stroke: Stroke,
    style: PathwayStyle,
    unit: f32,
) -> Vec<Shape> {
    let pattern = style.dash();
    let dashes: Vec<f32> = pattern.iter().step_by(2).map(|d| d * unit).collect();
    let gaps: Vec<f32> = pattern
        .iter()
        .skip(1)
        .step_by(2)
        .map(|g| g * unit)
        .collect();
    Shape::dashed_line_with_offset(points, stroke, &dashes, &gaps, 0.0)
}

fn point_along(points: &[Pos2], lengths: &[f32], mut distance: f32) -> Option<Pos2> {
    for (i, length) in lengths.iter().enumerate() {
        if distance <= *length && *length > 0.0 {
            return Some(points[i] + (points[i + 1] - points[i]) * (distance / length));
        }
        distance -= length;
    }
    None
}

/// The size of a body-map label at drawing scale `scale` (screen points per diagram unit) and
/// text size `text_scale`: never below 13 points at 100 %, a little larger when zoomed in, and
/// all of it times the text size, so labels are twice as big at 200 %. They never overlap:
/// [`spread_heights`] moves them apart.
pub fn label_font_size(scale: f32, text_scale: f32) -> f32 {
    13.0 * (scale * 1.6).clamp(1.0, 1.4) * text_scale.max(1.0)
}

#[cfg(test)]
mod tests {
    use super::{PathwayStyle, label_font_size, spread_heights};

    #[test]
    fn labels_in_a_column_never_overlap_and_stay_above_the_bottom() {
        // L4, L5 and S1 roots sit 7 points apart at a small scale; labels are 26 high.
        let wanted = [100.0, 107.0, 114.0, 121.0, 400.0, 590.0];
        let heights = [26.0; 6];
        let centres = spread_heights(&wanted, &heights, 3.0, 600.0);
        for (pair, h) in centres.windows(2).zip(heights) {
            assert!(pair[1] - pair[0] >= h + 3.0 - 1e-3, "{centres:?} overlap");
        }
        assert!(centres[5] + 13.0 <= 600.0, "{centres:?} run off the bottom");
        assert!(
            (centres[0] - 100.0).abs() < 1e-3,
            "the first stays where it is"
        );
        // Zoomed in (the drawing runs past the bottom): nothing is pulled up into view.
        let zoomed = spread_heights(&[100.0, 900.0], &[26.0, 26.0], 3.0, 600.0);
        assert_eq!(zoomed, vec![100.0, 900.0]);
    }

    #[test]
    fn every_pathway_style_has_its_own_dash_pattern_as_on_paper() {
        for (i, a) in PathwayStyle::ALL.iter().enumerate() {
            assert_eq!(
                a.dash(),
                crate::handout::figure::pathway_ink(*a).1.as_slice(),
                "{a:?}: the screen and paper patterns are the same"
            );
            for b in &PathwayStyle::ALL[i + 1..] {
                assert_ne!(a.dash(), b.dash(), "{a:?} and {b:?} share a dash pattern");
            }
        }
    }

    #[test]
    fn labels_grow_with_the_text_size() {
        for scale in [0.3, 0.5, 0.8, 1.2, 2.0] {
            let normal = label_font_size(scale, 1.0);
            let large = label_font_size(scale, 2.0);
            assert!(
                (large - 2.0 * normal).abs() < 1e-4,
                "at scale {scale}: {normal} at 100 %, {large} at 200 %"
            );
            assert!(label_font_size(scale, 1.5) > normal);
        }
    }
}
