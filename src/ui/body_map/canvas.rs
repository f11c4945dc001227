//! The drawing: zoom and pan, pointer hit-testing through the model, one accessible focusable
//! widget per region, the hover name tag.

use egui::{Key, Rect, Sense, Stroke, Vec2, pos2, vec2};

use super::{BodyMapInput, region_widget_id};
use crate::body::describe::{DrawingText, pathway_name, region_label, region_name};
use crate::body::diagram::Diagram;
use crate::body::{BodyMapState, Leg};
use crate::ui::body_paint::{BodyScene, paint_body, screen_from_diagram};
use crate::ui::theme::Palette;

pub(super) fn canvas_ui(
    ui: &mut egui::Ui,
    state: &mut BodyMapState,
    diagram: &Diagram,
    input: &BodyMapInput<'_>,
    palette: Palette,
    size: Vec2,
) {
    let (response, painter) = ui.allocate_painter(size, Sense::click_and_drag());
    // An image with a text summary, not a silent Tab stop.
    let summary = drawing_summary(state, diagram, input);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &summary));
    let rect = response.rect;
    let painter = painter.with_clip_rect(rect);
    painter.rect_filled(rect, 6.0, palette.canvas);

    // Ctrl + wheel or a pinch zooms around the pointer (egui turns Ctrl + wheel into a zoom);
    // the plain wheel is left to the page, so it scrolls. Dragging pans.
    if let Some(hover) = response.hover_pos() {
        let factor = ui.input(|i| i.zoom_delta());
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

    let to_screen = screen_from_diagram(diagram, rect, state.zoom, state.pan);
    let from_screen = to_screen.inverse();

    // A part's printed name is as good as the part itself: the names are where the last
    // frame painted them (they move only when the view or the text size changes).
    let labels_id = response.id.with("label-rects");
    let label_rects: crate::ui::body_paint::LabelRects = if state.labels_visible {
        ui.data(|d| d.get_temp(labels_id)).unwrap_or_default()
    } else {
        Vec::new()
    };
    let hovered = response
        .hover_pos()
        .and_then(|p| {
            let on_name = label_rects.iter().find(|(_, r)| r.contains(p));
            on_name.map(|(id, _)| id.as_str()).or_else(|| {
                let q = from_screen.transform_pos(p);
                diagram.region_at([q.x, q.y])
            })
        })
        .map(str::to_owned);
    if response.clicked() {
        state.selected = hovered.clone();
        state.highlighted.clear();
    }

    // Accessible, focusable widget for each region, drawn under the canvas: pointer input
    // goes to the canvas (hit-tested on the real outlines), keyboard and screen readers to these.
    // Top to bottom, back to front: the back is on the left of the right leg's side view.
    let region_ids =
        crate::body::describe::regions_in_reading_order(diagram, state.leg == Leg::Right);
    let mut focused = None;
    let mut focus_move = None;
    for (index, id) in region_ids.iter().enumerate() {
        let name = input.content.region(id).map_or(*id, |r| r.name.as_str());
        let point = diagram.anchor(id).unwrap_or(diagram.size);
        let center = to_screen.transform_pos(pos2(point[0], point[1]));
        let widget_rect = Rect::from_center_size(center, vec2(4.0, 4.0));
        let widget = ui.interact(widget_rect, region_widget_id(id), Sense::click());
        let selected = state.selected.as_deref() == Some(*id);
        let label = region_label(
            input.messages,
            name,
            selected,
            state.highlighted.contains(*id),
        );
        widget
            .widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, selected, &label));
        if let Some(region) = input.content.region(id) {
            crate::ui::a11y::describe(ui, &widget, region.what.clone());
        }
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
        isolated: None,
        full_parts: &[],
        line_weight: 1.0,
    };
    let label_rects = paint_body(&painter, &to_screen, &scene);
    let on_a_name = response
        .hover_pos()
        .is_some_and(|p| label_rects.iter().any(|(_, r)| r.contains(p)));
    ui.data_mut(|d| d.insert_temp(labels_id, label_rects));
    if scene.animate && !state.overlays.is_empty() {
        ui.ctx().request_repaint();
    }

    // Name the hovered region next to the pointer (not when the pointer is on its name).
    if let (Some(id), Some(pos), false) = (&hovered, response.hover_pos(), on_a_name) {
        let name = input
            .content
            .region(id)
            .map_or(id.as_str(), |r| r.name.as_str());
        // The name tag uses the body text size, so it grows with the text-size setting.
        let galley = painter.layout_no_wrap(
            name.to_owned(),
            egui::TextStyle::Body.resolve(ui.style()),
            palette.label,
        );
        // Beside the pointer, moved left or up as needed to stay on the drawing.
        let size = galley.size();
        let min = pos2(
            (pos.x + 14.0)
                .min(rect.right() - size.x - 8.0)
                .max(rect.left() + 4.0),
            (pos.y + 10.0)
                .min(rect.bottom() - size.y - 8.0)
                .max(rect.top() + 4.0),
        );
        let text_rect = Rect::from_min_size(min, size).expand(4.0);
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

/// What the drawing shows, for screen readers.
fn drawing_summary(state: &BodyMapState, diagram: &Diagram, input: &BodyMapInput<'_>) -> String {
    let content = input.content;
    let view = super::view_name(input.messages, diagram);
    DrawingText {
        view: &view,
        leg: Some(input.t(state.leg.message_id())),
        overlays: state
            .overlays
            .iter()
            .map(|id| pathway_name(content, id))
            .collect(),
        selected: state.selected.as_deref().map(|id| region_name(content, id)),
        highlighted: state
            .highlighted
            .iter()
            .filter(|id| state.selected.as_ref() != Some(*id))
            .map(|id| region_name(content, id))
            .collect(),
    }
    .sentence(input.messages)
}
