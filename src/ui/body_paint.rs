//! Painting a body view: tissues, highlights, pathway overlays and labels. Shared by the body
//! map, the self-check result, the teaching figures and consult mode: one look everywhere.
//! Consult mode also fades what is not being explained (one structure alone, one nerve root).

use egui::emath::RectTransform;
use egui::epaint::PathShape;
use egui::{Align2, Color32, FontId, Pos2, Rect, Shape, Stroke, pos2, vec2};

use crate::body::diagram::{Diagram, DiagramPathway, DiagramShape};
use crate::body::shape::Resolved;
use crate::content::Content;
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

/// Paints tissues, then highlights, then overlays, then labels.
pub fn paint_body(painter: &egui::Painter, to_screen: &RectTransform, scene: &BodyScene<'_>) {
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
    if let Some(content) = scene.labels {
        for label in &diagram.labels {
            let name = content
                .region(&label.region)
                .map_or(label.region.as_str(), |r| r.name.as_str());
            let at = to_screen.transform_pos(pos2(label.at[0], label.at[1]));
            let target = to_screen.transform_pos(pos2(label.target[0], label.target[1]));
            let colour = emphasis(&label.region).unwrap_or(palette.label);
            painter.line_segment([at, target], Stroke::new(1.0, colour.gamma_multiply(0.7)));
            painter.circle_filled(target, 2.5, colour);
            let align = if target.x < at.x {
                Align2::LEFT_CENTER
            } else {
                Align2::RIGHT_CENTER
            };
            painter.text(
                at,
                align,
                name,
                FontId::proportional(label_font_size(scale, scene.text_scale)),
                colour,
            );
        }
    }
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
        painter.add(PathShape::closed_line(
            points.clone(),
            Stroke::new(2.0, colour),
        ));
        let mut mesh = egui::Mesh::default();
        let poly: Vec<[f32; 2]> = pathway.outline.points().to_vec();
        for p in &points {
            mesh.colored_vertex(*p, colour.gamma_multiply(0.25));
        }
        for t in crate::body::shape::triangulate(&poly) {
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
        painter.add(Shape::dashed_line(
            &points,
            Stroke::new(width, colour),
            10.0,
            6.0,
        ));
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
/// text size `text_scale`: it grows with zoom up to the gap between labels (22 diagram units),
/// and everything, that cap included, grows with the text size, so labels are never smaller
/// at 200 % than at 100 %.
pub fn label_font_size(scale: f32, text_scale: f32) -> f32 {
    (13.0 * (scale * 1.6).clamp(0.8, 1.4)).min(19.0 * scale) * text_scale.max(1.0)
}

#[cfg(test)]
mod tests {
    use super::label_font_size;

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
