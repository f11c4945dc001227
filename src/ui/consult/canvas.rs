//! The consult picture: the body fitted to the space left, the step's highlights and
//! pathways (parts faded, one structure alone, both legs with their loading), the marks, and
//! drawing with the pointer. Marks are kept in diagram coordinates; the screen only maps them.

use egui::emath::RectTransform;
use egui::epaint::PathShape;
use egui::{Color32, Pos2, Rect, Sense, Shape, Stroke, Vec2, pos2, vec2};

use crate::body::diagram::Diagram;
use crate::body::geometry::Point;
use crate::body::map_state::ZOOM_RANGE;
use crate::consult::drawing::{Mark, MarkShape, Tool, push_simplified};
use crate::consult::picture::Picture;
use crate::consult::{ConsultState, ConsultVerb};
use crate::content::stories::Load;
use crate::intent::Intent;
use crate::ui::body_paint::{BodyScene, paint_body};
use crate::ui::theme::Palette;

/// Highlights and pathways a little thicker than on the body map: the picture is seen from a
/// chair beside the screen, or on a projector.
const CONSULT_LINE_WEIGHT: f32 = 1.3;

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

/// The diagram fitted into `rect` at this zoom and pan (the body map's fit).
pub use crate::ui::body_paint::screen_from_diagram;

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

/// The body with the step's emphasis, through the shared body painter, then the loading.
fn paint_picture(
    painter: &egui::Painter,
    to_screen: &RectTransform,
    input: &CanvasInput<'_>,
    time: f64,
) {
    let picture = input.picture;
    let scene = BodyScene {
        diagram: input.diagram,
        selected: None,
        highlighted: &picture.highlighted,
        hovered: &[],
        overlays: &picture.pathways,
        labels: None,
        palette: input.palette,
        time,
        animate: input.animate,
        text_scale: 1.0,
        isolated: picture.isolated.as_deref(),
        full_parts: &picture.parts,
        line_weight: CONSULT_LINE_WEIGHT,
    };
    paint_body(painter, to_screen, &scene);
    if picture.load != Load::None {
        paint_load(
            painter,
            to_screen,
            input.diagram,
            picture.load,
            input.palette,
        );
    }
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
    for (left, share) in [(true, left_share), (false, right_share)] {
        let Some(line) = crate::consult::picture::load_line(diagram, left) else {
            continue;
        };
        let points: Vec<Pos2> = line.iter().map(|p| screen(to_screen, *p)).collect();
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
