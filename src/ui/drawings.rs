//! Paints the exercise drawings (`body::exercise_figures`: the same shapes the handout PDF
//! prints) scaled to the space given: bigger with the text size and with a wider window. Each
//! drawing has a caption in words (shown under it, and read by screen readers).

use egui::emath::RectTransform;
use egui::{Color32, Rect, RichText, Sense, Shape as EguiShape, Stroke, pos2, vec2};

use crate::body::exercise_figures::{self, HEIGHT, Pen, Shape, WIDTH};
use crate::content::plan::Drawing;

/// The drawing's width for the space and text size: never tiny, larger with the window and
/// with the text size, never wider than the space.
pub fn drawing_width(available: f32, text_scale: f32) -> f32 {
    ((available * 0.3).clamp(140.0, 210.0) * text_scale).min(available.max(60.0))
}

/// Paints an exercise drawing with its caption (in the language of `messages`), and names
/// both for screen readers.
#[allow(
    clippy::too_many_arguments,
    reason = "the drawing's words, colours and size"
)]
pub fn drawing_ui(
    ui: &mut egui::Ui,
    messages: &crate::messages::Messages,
    drawing: Drawing,
    name: &str,
    colour: Color32,
    accent: Color32,
    width: f32,
) {
    ui.vertical(|ui| {
        ui.set_width(width);
        let size = vec2(width, width * HEIGHT / WIDTH);
        let (response, painter) = ui.allocate_painter(size, Sense::hover());
        let words = messages.get(exercise_figures::caption_id(drawing));
        let alt = messages.with(
            "drawing-alt",
            &[("name", name.into()), ("caption", words.into())],
        );
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &alt));
        paint(&painter, response.rect, drawing, colour, accent);
        ui.label(RichText::new(words).weak());
    });
}

fn paint(painter: &egui::Painter, rect: Rect, drawing: Drawing, colour: Color32, accent: Color32) {
    painter.rect_stroke(
        rect,
        6.0,
        Stroke::new(1.0, colour.gamma_multiply(0.4)),
        egui::StrokeKind::Inside,
    );
    let screen_from_drawing = RectTransform::from_to(
        Rect::from_min_max(pos2(0.0, 0.0), pos2(WIDTH, HEIGHT)),
        rect,
    );
    let scale = rect.width() / WIDTH;
    let at = |p: [f32; 2]| screen_from_drawing.transform_pos(pos2(p[0], p[1]));
    let stroke = |pen: Pen| {
        let colour = match pen {
            Pen::Body | Pen::Thin => colour,
            Pen::Faint => colour.gamma_multiply(0.45),
            Pen::Move => accent,
        };
        Stroke::new(pen.width() * scale, colour)
    };
    for shape in exercise_figures::shapes(drawing) {
        match shape {
            Shape::Line { points, pen } => {
                painter.add(EguiShape::line(
                    points.into_iter().map(at).collect(),
                    stroke(pen),
                ));
            }
            Shape::Circle {
                centre,
                radius,
                pen,
            } => {
                painter.circle_stroke(at(centre), radius * scale, stroke(pen));
            }
            Shape::Rect { min, max, pen } => {
                painter.rect_stroke(
                    Rect::from_min_max(at(min), at(max)),
                    0.0,
                    stroke(pen),
                    egui::StrokeKind::Middle,
                );
            }
            Shape::Patch { min, max } => {
                painter.rect_filled(Rect::from_min_max(at(min), at(max)), 0.0, accent);
            }
            Shape::Text { centre, size, text } => {
                painter.text(
                    at(centre),
                    egui::Align2::CENTER_CENTER,
                    text,
                    egui::FontId::proportional(size * scale),
                    accent,
                );
            }
        }
    }
}
