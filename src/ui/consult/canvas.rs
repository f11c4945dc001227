//! The consult picture: the body fitted to the space left, the step's highlights and
//! pathways (parts faded, one structure alone, both legs with their loading), the marks, and
//! drawing with the pointer. Marks are kept in diagram coordinates; the screen only maps them.

use egui::emath::RectTransform;
use egui::epaint::PathShape;
use egui::{Color32, Pos2, Rect, Sense, Shape, Stroke, Vec2, pos2, vec2};

use crate::body::diagram::{Diagram, DiagramPathway, DiagramShape};
use crate::body::geometry::Point;
use crate::body::map_state::ZOOM_RANGE;
use crate::body::shape::Resolved;
use crate::consult::drawing::{Mark, MarkShape, Tool, push_simplified};
use crate::consult::picture::Picture;
use crate::consult::{ConsultState, ConsultVerb};
use crate::content::stories::Load;
use crate::intent::Intent;
use crate::ui::theme::Palette;

/// What the canvas draws.
pub struct CanvasInput<'a> {
    /// Consult state (zoom, pan, tool, ink, marks).
    pub state: &'a ConsultState,
    /// The picture of the step.
    pub picture: &'a Picture,
    /// Its diagram.
    pub diagram: &'a Diagram,
    /// Colours.
    pub palette: Palette,
    /// Pathways may move (the step asks and the user has not reduced motion).
    pub animate: bool,
    /// Accessible name of the picture.
    pub description: String,
}

/// The stroke being drawn (egui temp memory: a view effect until the drag ends).
#[derive(Clone, Debug, Default)]
struct Drag {
    points: Vec<Point>,
}

/// The diagram fitted into `rect` at this zoom and pan.
pub fn screen_from_diagram(
    diagram: &Diagram,
    rect: Rect,
    zoom: f32,
    pan: [f32; 2],
) -> RectTransform {
    let [w, h] = diagram.size;
    let scale = (rect.width() / w).min(rect.height() / h) * zoom;
    let center = rect.center() + vec2(pan[0], pan[1]);
    RectTransform::from_to(
        Rect::from_min_size(Pos2::ZERO, vec2(w, h)),
        Rect::from_center_size(center, vec2(w * scale, h * scale)),
    )
}

/// Draws the picture in `size` and returns what the pointer asked for.
pub fn canvas_ui(ui: &mut egui::Ui, input: &CanvasInput<'_>, size: Vec2) -> Vec<Intent> {
    let mut intents = Vec::new();
    let state = input.state;
    let (response, painter) = ui.allocate_painter(size, Sense::click_and_drag());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &input.description));
    let rect = response.rect;
    let painter = painter.with_clip_rect(rect);
    painter.rect_filled(rect, 6.0, input.palette.canvas);

    let (mut zoom, mut pan) = (state.zoom, state.pan);
    if let Some(hover) = response.hover_pos() {
        let (pinch, scroll) = ui.input(|i| (i.zoom_delta(), i.smooth_scroll_delta));
        let factor = pinch * (scroll.y / 400.0).exp();
        if (factor - 1.0).abs() > 1e-4 {
            let new_zoom = (zoom * factor).clamp(ZOOM_RANGE.0, ZOOM_RANGE.1);
            let applied = new_zoom / zoom;
            let offset = hover - rect.center() - vec2(pan[0], pan[1]);
            let shift = offset * (1.0 - applied);
            zoom = new_zoom;
            pan = [pan[0] + shift.x, pan[1] + shift.y];
        }
    }
    if state.tool == Tool::Move && response.dragged() {
        let delta = response.drag_delta();
        pan = [pan[0] + delta.x, pan[1] + delta.y];
    }
    if (zoom, pan) != (state.zoom, state.pan) {
        intents.push(Intent::Consult(ConsultVerb::SetZoomPan { zoom, pan }));
    }

    let to_screen = screen_from_diagram(input.diagram, rect, state.zoom, state.pan);
    let from_screen = to_screen.inverse();
    let scale = to_screen.scale().x.max(1e-3);
    let in_diagram = |p: Pos2| {
        let q = from_screen.transform_pos(p);
        [q.x, q.y]
    };

    // Drawing: the stroke grows in diagram units; points under one screen pixel apart are
    // dropped as they come.
    let drag_id = response.id.with("stroke");
    let mut drag: Option<Drag> = ui.data(|d| d.get_temp(drag_id));
    if state.tool != Tool::Move {
        // The mark starts where the button went down, not where the drag was noticed.
        if response.drag_started()
            && let Some(p) = ui
                .input(|i| i.pointer.press_origin())
                .or(response.interact_pointer_pos())
        {
            drag = Some(Drag {
                points: vec![in_diagram(p)],
            });
        }
        if response.dragged()
            && let (Some(d), Some(p)) = (drag.as_mut(), response.interact_pointer_pos())
        {
            match state.tool {
                Tool::Pen => push_simplified(&mut d.points, in_diagram(p), 1.0 / scale),
                _ => {
                    d.points.truncate(1);
                    d.points.push(in_diagram(p));
                }
            }
        }
        if response.drag_stopped()
            && let Some(d) = drag.take()
            && let Some(shape) = shape_of(state.tool, &d.points)
        {
            intents.push(Intent::Consult(ConsultVerb::AddMark(Mark {
                shape,
                ink: state.ink,
                space: input.picture.space.clone(),
            })));
        }
    }
    ui.data_mut(|d| match &drag {
        Some(drag) => {
            d.insert_temp(drag_id, drag.clone());
        }
        None => d.remove::<Drag>(drag_id),
    });

    let time = ui.input(|i| i.time);
    paint_picture(&painter, &to_screen, input, time);
    for mark in state
        .drawing
        .marks()
        .iter()
        .filter(|m| m.space == input.picture.space)
    {
        paint_mark(
            &painter,
            &to_screen,
            &mark.shape,
            input.palette.ink[mark.ink.index()],
        );
    }
    if let Some(d) = &drag
        && let Some(shape) = shape_of(state.tool, &d.points)
    {
        paint_mark(
            &painter,
            &to_screen,
            &shape,
            input.palette.ink[state.ink.index()],
        );
    }
    if input.animate && !input.picture.pathways.is_empty() {
        ui.ctx().request_repaint();
    }
    intents
}

/// The mark a drag through `points` makes with `tool`.
fn shape_of(tool: Tool, points: &[Point]) -> Option<MarkShape> {
    let (first, last) = (*points.first()?, *points.last()?);
    match tool {
        Tool::Move => None,
        Tool::Pen => (points.len() >= 2).then(|| MarkShape::Pen(points.to_vec())),
        Tool::Arrow => (first != last).then_some(MarkShape::Arrow {
            from: first,
            to: last,
        }),
        Tool::Circle => {
            let radius = ((last[0] - first[0]).powi(2) + (last[1] - first[1]).powi(2)).sqrt();
            (radius > 0.0).then_some(MarkShape::Circle {
                center: first,
                radius,
            })
        }
    }
}

fn screen(to_screen: &RectTransform, p: Point) -> Pos2 {
    to_screen.transform_pos(pos2(p[0], p[1]))
}

/// A mark: lines and arrows in the ink, with a thin outline in the canvas colour so they
/// read over any tissue.
pub fn paint_mark(
    painter: &egui::Painter,
    to_screen: &RectTransform,
    shape: &MarkShape,
    ink: Color32,
) {
    let width = 4.0;
    match shape {
        MarkShape::Pen(points) => {
            let points: Vec<Pos2> = points.iter().map(|p| screen(to_screen, *p)).collect();
            painter.add(PathShape::line(points, Stroke::new(width, ink)));
        }
        MarkShape::Arrow { from, to } => {
            let (a, b) = (screen(to_screen, *from), screen(to_screen, *to));
            painter.line_segment([a, b], Stroke::new(width, ink));
            let dir = (b - a).normalized();
            let normal = vec2(-dir.y, dir.x);
            let head = 18.0;
            painter.add(Shape::convex_polygon(
                vec![
                    b,
                    b - dir * head + normal * head * 0.5,
                    b - dir * head - normal * head * 0.5,
                ],
                ink,
                Stroke::NONE,
            ));
        }
        MarkShape::Circle { center, radius } => {
            painter.circle_stroke(
                screen(to_screen, *center),
                radius * to_screen.scale().x,
                Stroke::new(width, ink),
            );
        }
    }
}

/// The body with the step's emphasis.
fn paint_picture(
    painter: &egui::Painter,
    to_screen: &RectTransform,
    input: &CanvasInput<'_>,
    time: f64,
) {
    let (diagram, picture, palette) = (input.diagram, input.picture, input.palette);
    let scale = to_screen.scale().x;
    let outline = Stroke::new(1.0_f32.max(scale * 1.2), palette.outline);
    let faint = |c: Color32| c.gamma_multiply(0.18);
    for shape in &diagram.shapes {
        let shown = match (&picture.isolated, &shape.region) {
            (None, _) => true,
            (Some(only), Some(region)) => region == only,
            (Some(_), None) => false,
        };
        if shown {
            paint_shape(
                painter,
                to_screen,
                shape,
                palette.tissue(shape.tissue),
                outline,
            );
        } else {
            paint_shape(
                painter,
                to_screen,
                shape,
                faint(palette.tissue(shape.tissue)),
                Stroke::new(1.0, faint(palette.outline)),
            );
        }
    }
    for shape in &diagram.shapes {
        if shape
            .region
            .as_ref()
            .is_some_and(|r| picture.highlighted.contains(r))
        {
            paint_shape(
                painter,
                to_screen,
                shape,
                palette.selected.gamma_multiply(0.45),
                Stroke::new(3.0, palette.selected),
            );
        }
    }
    for pathway in diagram
        .pathways
        .iter()
        .filter(|p| picture.pathways.contains(&p.pathway))
    {
        let full = picture.parts.is_empty() || picture.parts.contains(&pathway.part);
        paint_pathway(
            painter,
            to_screen,
            pathway,
            palette,
            full,
            input.animate.then_some(time),
        );
    }
    if picture.load != Load::None {
        paint_load(painter, to_screen, diagram, picture.load, palette);
    }
}

fn paint_shape(
    painter: &egui::Painter,
    to_screen: &RectTransform,
    shape: &DiagramShape,
    fill: Color32,
    stroke: Stroke,
) {
    let points: Vec<Pos2> = shape
        .outline
        .points()
        .iter()
        .map(|p| screen(to_screen, *p))
        .collect();
    match &shape.outline {
        Resolved::Polygon(_) => {
            let mut mesh = egui::Mesh::default();
            for p in &points {
                mesh.colored_vertex(*p, fill);
            }
            for t in &shape.triangles {
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

/// The colour of a pathway part (the body map's legend colours).
pub fn pathway_colour(pathway: &DiagramPathway, palette: Palette) -> Color32 {
    match (pathway.pathway.as_str(), pathway.part.as_str()) {
        ("nerve_route", "L4") => palette.roots[0],
        ("nerve_route", "L5") => palette.roots[1],
        ("nerve_route", "S1") => palette.roots[2],
        ("nerve_route", _) => palette.nerve_route,
        ("movement_chain", "back_to_ankle") => palette.chain_down,
        ("movement_chain", _) => palette.chain_up,
        _ => palette.limp,
    }
}

/// A pathway part: a zone, or a dashed line with an arrowhead and dots travelling along it
/// (`time`: moving; `None`: still). A faded part is drawn thin and pale, without dots.
fn paint_pathway(
    painter: &egui::Painter,
    to_screen: &RectTransform,
    pathway: &DiagramPathway,
    palette: Palette,
    full: bool,
    time: Option<f64>,
) {
    let colour = if full {
        pathway_colour(pathway, palette)
    } else {
        pathway_colour(pathway, palette).gamma_multiply(0.25)
    };
    let points: Vec<Pos2> = pathway
        .outline
        .points()
        .iter()
        .map(|p| screen(to_screen, *p))
        .collect();
    if points.len() < 2 {
        return;
    }
    let scale = to_screen.scale().x;
    if let Resolved::Polygon(poly) = &pathway.outline {
        let mut mesh = egui::Mesh::default();
        for p in &points {
            mesh.colored_vertex(*p, colour.gamma_multiply(0.3));
        }
        for t in crate::body::shape::triangulate(poly) {
            mesh.add_triangle(t[0], t[1], t[2]);
        }
        painter.add(Shape::mesh(mesh));
        painter.add(PathShape::closed_line(points, Stroke::new(2.0, colour)));
        return;
    }
    let width = if full {
        (5.0 * scale).clamp(3.0, 8.0)
    } else {
        2.0
    };
    painter.add(Shape::dashed_line(
        &points,
        Stroke::new(width, colour),
        12.0,
        7.0,
    ));
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
    let lengths: Vec<f32> = points.windows(2).map(|w| (w[1] - w[0]).length()).collect();
    let total: f32 = lengths.iter().sum();
    let phase = time.map_or(0.0, |t| (t as f32 * 60.0) % 70.0);
    let mut d = phase;
    while d < total {
        if let Some(p) = point_along(&points, &lengths, d) {
            painter.circle_filled(p, width, colour);
            painter.circle_stroke(p, width, Stroke::new(1.0, palette.outline));
        }
        d += 70.0;
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

/// Uneven loading in the two-legged picture: an arrow up each leg from the heel to the hip,
/// thick on the leg that carries more, thin on the spared one, and one up the spine.
fn paint_load(
    painter: &egui::Painter,
    to_screen: &RectTransform,
    diagram: &Diagram,
    load: Load,
    palette: Palette,
) {
    let (left_share, right_share) = match load {
        Load::MoreOnLeft => (1.0, 0.35),
        Load::MoreOnRight => (0.35, 1.0),
        Load::Even | Load::None => (0.7, 0.7),
    };
    let scale = to_screen.scale().x;
    for (suffix, share) in [("@left", left_share), ("", right_share)] {
        let anchor = |id: &str| diagram.anchor(&format!("{id}{suffix}"));
        let (Some(heel), Some(knee), Some(hip)) =
            (anchor("heel_bone"), anchor("knee"), anchor("hip_pelvis"))
        else {
            continue;
        };
        let points: Vec<Pos2> = [heel, knee, hip]
            .iter()
            .map(|p| screen(to_screen, *p))
            .collect();
        let width = (14.0 * share * scale).clamp(2.0, 22.0);
        let colour = palette.limp.gamma_multiply(0.35 + 0.65 * share);
        painter.add(PathShape::line(points.clone(), Stroke::new(width, colour)));
        let (end, before) = (points[2], points[1]);
        let dir = (end - before).normalized();
        let normal = vec2(-dir.y, dir.x);
        let head = width * 1.8 + 6.0;
        painter.add(Shape::convex_polygon(
            vec![
                end + dir * head * 0.5,
                end - dir * head * 0.5 + normal * head * 0.7,
                end - dir * head * 0.5 - normal * head * 0.7,
            ],
            colour,
            Stroke::new(1.0, palette.outline),
        ));
    }
}

/// Diagram coordinates of a screen point on a canvas (for tests and the description).
pub fn diagram_from_screen(
    diagram: &Diagram,
    rect: Rect,
    zoom: f32,
    pan: [f32; 2],
    p: Pos2,
) -> Point {
    let q = screen_from_diagram(diagram, rect, zoom, pan)
        .inverse()
        .transform_pos(p);
    [q.x, q.y]
}
