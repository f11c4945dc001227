//! The still (not animated) body drawing of a result or a question about where it hurts,
//! with the same text summary as the body map's drawing.

use std::collections::BTreeSet;

use egui::{Rect, Sense};

use crate::app::AnkleBackApp;
use crate::body::describe::{DrawingText, pathway_name, region_name};
use crate::ui::body_paint::{BodyScene, paint_body, screen_from_diagram};
use crate::ui::theme::Palette;

/// A still drawing of the body of `size`, with these regions and pathways shown. For screen
/// readers it is an image that says what it shows, in the words of the body map's drawing
/// ("Body drawing, side view. Showing: Nerve route. Highlighted: Lower back.").
pub(super) fn still_body_ui(
    ui: &mut egui::Ui,
    app: &AnkleBackApp,
    diagram: &crate::body::Diagram,
    size: egui::Vec2,
    highlighted: &BTreeSet<String>,
    overlays: &BTreeSet<String>,
) -> egui::Response {
    let (response, painter) = ui.allocate_painter(size, Sense::focusable_noninteractive());
    let summary = drawing_summary(app, diagram, highlighted, overlays);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &summary));
    paint_still_body(&painter, response.rect, app, diagram, highlighted, overlays);
    response
}

/// What a still drawing shows, in the body map's sentence.
pub(super) fn drawing_summary(
    app: &AnkleBackApp,
    diagram: &crate::body::Diagram,
    highlighted: &BTreeSet<String>,
    overlays: &BTreeSet<String>,
) -> String {
    let content = &app.content;
    DrawingText {
        view: &diagram.name,
        leg: None,
        overlays: overlays
            .iter()
            .map(|id| pathway_name(content, id))
            .collect(),
        selected: None,
        highlighted: highlighted
            .iter()
            .map(|id| region_name(content, id))
            .collect(),
    }
    .sentence()
}

/// A still (not animated) drawing of the body in `rect`, with regions and pathways shown.
fn paint_still_body(
    painter: &egui::Painter,
    rect: Rect,
    app: &AnkleBackApp,
    diagram: &crate::body::Diagram,
    highlighted: &BTreeSet<String>,
    overlays: &BTreeSet<String>,
) {
    let palette = Palette::of(app.settings.theme);
    painter.rect_filled(rect, 6.0, palette.canvas);
    paint_body(
        painter,
        &screen_from_diagram(diagram, rect, 1.0, [0.0, 0.0]),
        &BodyScene {
            diagram,
            selected: None,
            highlighted,
            hovered: &[],
            overlays,
            labels: None,
            palette,
            time: 0.0,
            animate: false,
            text_scale: app.settings.text_scale(),
            isolated: None,
            full_parts: &[],
            line_weight: 1.0,
        },
    );
}
