//! The body map screen: layout (fit the diagram to the canvas), paint (tissues, highlights,
//! overlays, labels) and interaction (pointer hit-testing through the model, one accessible
//! focusable widget per region for keyboards and screen readers).

use egui::emath::RectTransform;
use egui::epaint::PathShape;
use egui::{
    Align2, Color32, FontId, Key, Pos2, Rect, RichText, Sense, Shape, Stroke, Vec2, pos2, vec2,
};

use crate::body::diagram::{Diagram, DiagramPathway, DiagramShape};
use crate::body::shape::Resolved;
use crate::body::{BodyMapState, Leg};
use crate::content::Content;
use crate::content::model::Area;
use crate::intent::Intent;
use crate::settings::Settings;
use crate::ui::theme::Palette;

/// Everything the body map screen reads.
pub struct BodyMapInput<'a> {
    /// Current state.
    pub state: &'a BodyMapState,
    /// Views for the right leg.
    pub diagrams: &'a [Diagram],
    /// The same views mirrored for the left leg.
    pub mirrored: &'a [Diagram],
    /// Region and pathway texts.
    pub content: &'a Content,
    /// Theme, motion and reading level.
    pub settings: &'a Settings,
    /// What is being read aloud.
    pub reading: &'a crate::reading::Reading,
}

/// Id of the accessible widget of a region.
fn region_widget_id(region: &str) -> egui::Id {
    egui::Id::unique(("body-region", region))
}

/// Draws the body map and returns what the user asked for.
pub fn body_map_ui(ui: &mut egui::Ui, input: &BodyMapInput<'_>) -> Vec<Intent> {
    let mut state = input.state.clone();
    let mut intents = Vec::new();
    let palette = Palette::of(input.settings.theme);

    let diagrams = match state.leg {
        Leg::Right => input.diagrams,
        Leg::Left => input.mirrored,
    };
    let Some(diagram) = diagrams.get(state.view_index).or(diagrams.first()) else {
        ui.label("The body drawing could not be loaded.");
        return intents;
    };

    controls_ui(ui, &mut state, diagrams, input.content);

    // The drawing on the left, fills the height; the side panel explains what is selected
    // and what the overlays show.
    let panel_width = (ui.available_width() * 0.34).clamp(260.0, 440.0);
    ui.horizontal_top(|ui| {
        let canvas_width = ui.available_width() - panel_width - 12.0;
        let canvas_height = (ui.available_height() - 4.0).max(360.0);
        canvas_ui(
            ui,
            &mut state,
            diagram,
            input,
            palette,
            vec2(canvas_width, canvas_height),
        );
        ui.vertical(|ui| {
            ui.set_width(panel_width);
            egui::ScrollArea::vertical()
                .id_salt("body-map-panel")
                .max_height(canvas_height)
                .show(ui, |ui| {
                    if let Some(selected) = state.selected.clone() {
                        intents.extend(region_panel_ui(ui, &selected, input, &mut state));
                        ui.add_space(8.0);
                    }
                    intents.extend(captions_ui(ui, &state, diagram, input.content, palette));
                });
        });
    });

    if ui.input(|i| i.key_pressed(Key::Escape)) && state.selected.is_some() {
        state.selected = None;
        state.highlighted.clear();
    }

    if &state != input.state {
        intents.push(Intent::UpdateBodyMap(state));
    }
    intents
}

fn controls_ui(
    ui: &mut egui::Ui,
    state: &mut BodyMapState,
    diagrams: &[Diagram],
    content: &Content,
) {
    ui.horizontal_wrapped(|ui| {
        for (index, diagram) in diagrams.iter().enumerate() {
            ui.selectable_value(&mut state.view_index, index, &diagram.name);
        }
        ui.separator();
        for leg in [Leg::Right, Leg::Left] {
            ui.selectable_value(&mut state.leg, leg, leg.label());
        }
        ui.separator();
        for pathway in &content.pathways {
            let mut on = state.overlays.contains(&pathway.id);
            if ui.checkbox(&mut on, &pathway.name).changed() {
                state.toggle_overlay(&pathway.id);
            }
        }
        ui.separator();
        ui.checkbox(&mut state.labels_visible, "Labels");
        if ui.button("Zoom in").clicked() {
            state.zoom_by(1.25);
        }
        if ui.button("Zoom out").clicked() {
            state.zoom_by(0.8);
        }
        if ui.button("Reset view").clicked() {
            state.reset_view();
        }
    });
    ui.add_space(4.0);
}

/// The diagram fitted into `rect` at the current zoom and pan.
fn screen_from_diagram(diagram: &Diagram, rect: Rect, state: &BodyMapState) -> RectTransform {
    let [w, h] = diagram.size;
    let scale = (rect.width() / w).min(rect.height() / h) * state.zoom;
    let size = vec2(w * scale, h * scale);
    let center = rect.center() + vec2(state.pan[0], state.pan[1]);
    RectTransform::from_to(
        Rect::from_min_size(Pos2::ZERO, vec2(w, h)),
        Rect::from_center_size(center, size),
    )
}

fn canvas_ui(
    ui: &mut egui::Ui,
    state: &mut BodyMapState,
    diagram: &Diagram,
    input: &BodyMapInput<'_>,
    palette: Palette,
    size: Vec2,
) {
    let (response, painter) = ui.allocate_painter(size, Sense::click_and_drag());
    let rect = response.rect;
    let painter = painter.with_clip_rect(rect);
    painter.rect_filled(rect, 6.0, palette.canvas);

    // Zoom with the wheel or a pinch, around the pointer; pan by dragging.
    if let Some(hover) = response.hover_pos() {
        let (zoom, scroll) = ui.input(|i| (i.zoom_delta(), i.smooth_scroll_delta));
        let factor = zoom * (scroll.y / 400.0).exp();
        if (factor - 1.0).abs() > 1e-4 {
            let before = state.zoom;
            state.zoom_by(factor);
            let applied = state.zoom / before;
            let offset = hover - rect.center() - vec2(state.pan[0], state.pan[1]);
            let shift = offset * (1.0 - applied);
            state.pan = [state.pan[0] + shift.x, state.pan[1] + shift.y];
        }
    }
    if response.dragged() {
        let delta = response.drag_delta();
        state.pan = [state.pan[0] + delta.x, state.pan[1] + delta.y];
    }

    let to_screen = screen_from_diagram(diagram, rect, state);
    let from_screen = to_screen.inverse();

    let hovered = response
        .hover_pos()
        .and_then(|p| {
            let q = from_screen.transform_pos(p);
            diagram.region_at([q.x, q.y])
        })
        .map(str::to_owned);
    if response.clicked() {
        state.selected = hovered.clone();
        state.highlighted.clear();
    }

    // Accessible, focusable widget for each region, drawn under the canvas: pointer input
    // goes to the canvas (hit-tested on the real outlines), keyboard and screen readers to these.
    let region_ids = diagram.region_ids();
    let mut focused = None;
    let mut focus_move = None;
    for (index, id) in region_ids.iter().enumerate() {
        let name = input.content.region(id).map_or(*id, |r| r.name.as_str());
        let point = diagram.anchor(id).unwrap_or(diagram.size);
        let center = to_screen.transform_pos(pos2(point[0], point[1]));
        let widget_rect = Rect::from_center_size(center, vec2(4.0, 4.0));
        let widget = ui.interact(widget_rect, region_widget_id(id), Sense::click());
        let selected = state.selected.as_deref() == Some(*id);
        widget.widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, selected, name));
        if widget.clicked() {
            state.selected = Some((*id).to_owned());
            state.highlighted.clear();
        }
        if widget.has_focus() {
            focused = Some(*id);
            // Arrow keys walk the regions in order instead of moving focus spatially.
            ui.memory_mut(|m| {
                m.set_focus_lock_filter(
                    widget.id,
                    egui::EventFilter {
                        horizontal_arrows: true,
                        vertical_arrows: true,
                        ..Default::default()
                    },
                );
            });
            let step = ui.input(|i| {
                if i.key_pressed(Key::ArrowDown) || i.key_pressed(Key::ArrowRight) {
                    1
                } else if i.key_pressed(Key::ArrowUp) || i.key_pressed(Key::ArrowLeft) {
                    region_ids.len() - 1
                } else {
                    0
                }
            });
            if step != 0 {
                focus_move = Some(region_ids[(index + step) % region_ids.len()]);
            }
        }
    }
    // Moved after the loop, so one key press moves one step.
    if let Some(next) = focus_move {
        ui.memory_mut(|m| m.request_focus(region_widget_id(next)));
    }

    let hover_or_focus: Vec<&str> = hovered.as_deref().into_iter().chain(focused).collect();
    let scene = BodyScene {
        diagram,
        selected: state.selected.as_deref(),
        highlighted: &state.highlighted,
        hovered: &hover_or_focus,
        overlays: &state.overlays,
        labels: state.labels_visible.then_some(input.content),
        palette,
        time: ui.input(|i| i.time),
        animate: !input.settings.reduce_motion,
        text_scale: input.settings.text_scale(),
    };
    paint_body(&painter, &to_screen, &scene);
    if scene.animate && !state.overlays.is_empty() {
        ui.ctx().request_repaint();
    }

    // Name the hovered region next to the pointer.
    if let (Some(id), Some(pos)) = (&hovered, response.hover_pos()) {
        let name = input
            .content
            .region(id)
            .map_or(id.as_str(), |r| r.name.as_str());
        let galley = painter.layout_no_wrap(
            name.to_owned(),
            FontId::proportional(15.0 * input.settings.text_scale()),
            palette.label,
        );
        let text_rect = Rect::from_min_size(pos + vec2(14.0, 10.0), galley.size()).expand(4.0);
        painter.rect_filled(text_rect, 4.0, palette.canvas.gamma_multiply(0.95));
        painter.rect_stroke(
            text_rect,
            4.0,
            Stroke::new(1.0, palette.outline),
            egui::StrokeKind::Inside,
        );
        painter.galley(text_rect.min + vec2(4.0, 4.0), galley, palette.label);
    }
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
}

/// Paints tissues, then highlights, then overlays, then labels.
pub fn paint_body(painter: &egui::Painter, to_screen: &RectTransform, scene: &BodyScene<'_>) {
    let diagram = scene.diagram;
    let palette = scene.palette;
    let scale = to_screen.scale().x;
    let outline_stroke = Stroke::new(1.0_f32.max(scale * 1.2), palette.outline);
    for shape in &diagram.shapes {
        paint_shape(
            painter,
            to_screen,
            shape,
            palette.tissue(shape.tissue),
            outline_stroke,
        );
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
                Stroke::new(2.5, colour),
            );
        }
    }
    for pathway in &diagram.pathways {
        if scene.overlays.contains(&pathway.pathway) {
            paint_pathway(
                painter,
                to_screen,
                pathway,
                palette,
                scene.time,
                scene.animate,
            );
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
                FontId::proportional(
                    // Bigger with the text size, but never taller than the gap between
                    // labels (22 diagram units): zooming in makes room for larger text.
                    (13.0 * (scale * 1.6).clamp(0.8, 1.4) * scene.text_scale).min(19.0 * scale),
                ),
                colour,
            );
        }
    }
}

/// Fills a resolved outline (polygons via their triangles, lines as thick strokes).
fn paint_shape(
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

/// A pathway: a dashed line with an arrowhead at its end, and dots travelling along it in
/// its direction (still when motion is reduced).
fn paint_pathway(
    painter: &egui::Painter,
    to_screen: &RectTransform,
    pathway: &DiagramPathway,
    palette: Palette,
    time: f64,
    animate: bool,
) {
    let colour = palette.pathway(pathway.style);
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
        let width = (4.0 * scale).clamp(2.5, 6.0);
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
        // Travelling dots show the direction.
        let lengths: Vec<f32> = points.windows(2).map(|w| (w[1] - w[0]).length()).collect();
        let total: f32 = lengths.iter().sum();
        if total > 0.0 {
            let phase = if animate {
                (time as f32 * 60.0) % 60.0
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

fn captions_ui(
    ui: &mut egui::Ui,
    state: &BodyMapState,
    diagram: &Diagram,
    content: &Content,
    palette: Palette,
) -> Vec<Intent> {
    let mut intents = Vec::new();
    for pathway in content
        .pathways
        .iter()
        .filter(|p| state.overlays.contains(&p.id))
    {
        ui.label(RichText::new(&pathway.name).strong());
        ui.label(&pathway.caption);
        // One line per part of the overlay, with its colour, e.g. where each root is felt.
        let mut seen = Vec::new();
        for part in diagram.pathways.iter().filter(|p| p.pathway == pathway.id) {
            let Some(label) = &part.label else { continue };
            if seen.contains(&label) {
                continue;
            }
            seen.push(label);
            ui.horizontal_wrapped(|ui| {
                let (rect, _) = ui.allocate_exact_size(vec2(18.0, 10.0), Sense::hover());
                ui.painter()
                    .rect_filled(rect, 2.0, palette.pathway(part.style));
                ui.label(label);
            });
        }
        if ui
            .link(format!("Read: {}", content.link_title(&pathway.article)))
            .clicked()
        {
            intents.push(open_link(&pathway.article));
        }
        ui.add_space(6.0);
    }
    if state.overlays.is_empty() && state.selected.is_none() {
        ui.label(RichText::new("How to use the body map").strong());
        ui.label("Click a part of the body, or press Tab and the arrow keys to move between parts and Enter to choose one.");
        ui.label("Turn on Nerve route or Movement chain above to see how the back and the ankle are linked. Scroll or pinch to zoom, drag to move.");
    }
    intents
}

/// The intent that opens `article-id#section-id`.
pub fn open_link(link: &str) -> Intent {
    let (article, section) = match link.split_once('#') {
        Some((a, s)) => (a.to_owned(), Some(s.to_owned())),
        None => (link.to_owned(), None),
    };
    Intent::OpenArticle { article, section }
}

fn region_panel_ui(
    ui: &mut egui::Ui,
    id: &str,
    input: &BodyMapInput<'_>,
    state: &mut BodyMapState,
) -> Vec<Intent> {
    let content = input.content;
    let mut intents = Vec::new();
    egui::Frame::group(ui.style())
        .inner_margin(12.0)
        .show(ui, |ui| {
            let Some(region) = content.region(id) else {
                ui.label(id);
                return;
            };
            ui.horizontal(|ui| {
                ui.heading(&region.name);
                if ui.small_button("Close").clicked() {
                    state.selected = None;
                    state.highlighted.clear();
                }
            });
            let level = input.settings.reading_level;
            intents.extend(crate::ui::read_aloud::read_aloud_ui(
                ui,
                (input.reading, input.settings),
                level,
                &format!("region:{id}"),
                &region.name,
                || {
                    let mut paragraphs = vec![
                        format!("{}.", region.name),
                        region.what.clone(),
                        region.link.clone(),
                    ];
                    paragraphs.extend(crate::speech::script::warning_paragraphs(
                        content,
                        &region.signs,
                        level,
                        &input.settings.emergency_number,
                    ));
                    paragraphs
                },
            ));
            ui.label(&region.what);
            ui.add_space(6.0);
            ui.label(RichText::new("How it links the back and the ankle").strong());
            ui.label(&region.link);
            ui.add_space(6.0);
            if !region.signs.is_empty() {
                ui.label(RichText::new("Warning signs for this part").strong());
                crate::ui::warnings::warning_signs_ui(
                    ui,
                    crate::ui::warnings::WarningStyle {
                        content,
                        level: input.settings.reading_level,
                        emergency_number: &input.settings.emergency_number,
                        palette: crate::ui::theme::Palette::of(input.settings.theme),
                    },
                    &region.signs,
                );
                ui.add_space(6.0);
            }
            let related: Vec<String> = content
                .articles
                .iter()
                .flat_map(|a| {
                    a.sections
                        .iter()
                        .filter(|s| s.regions.iter().any(|r| r == id))
                        .map(move |s| format!("{}#{}", a.id, s.id))
                })
                .take(6)
                .collect();
            if !related.is_empty() {
                ui.label(RichText::new("Read more").strong());
                for link in related {
                    if ui.link(content.link_title(&link)).clicked() {
                        intents.push(open_link(&link));
                    }
                }
                ui.add_space(6.0);
            }
            // Only where the self-check file says which answer this area suggests.
            let suggests = content
                .questionnaires
                .first()
                .is_some_and(|q| q.body_map_answer(region.area).is_some());
            if suggests && ui.button("Start a self-check about this area…").clicked() {
                intents.push(Intent::StartSelfCheck {
                    area: Some(region.area),
                });
            }
        });
    intents
}

/// The area a region belongs to (for "Start a self-check about this area").
pub fn region_area(content: &Content, id: &str) -> Option<Area> {
    content.region(id).map(|r| r.area)
}
