//! Small teaching drawings shown with self-check questions (`figure: Some("…")`).

use egui::{Pos2, Rect, RichText, Sense, Shape, Stroke, pos2, vec2};

use crate::settings::ReadingLevel;
use crate::ui::theme::Palette;

/// Draws a figure by its content id; unknown ids draw nothing (the validator rejects them).
pub fn figure_ui(ui: &mut egui::Ui, id: &str, palette: Palette, level: ReadingLevel, scale: f32) {
    if id == "ottawa_points" {
        ottawa_points_ui(ui, palette, level, scale);
    }
}

/// One labelled point: where it sits in a 0–1 box, its letter, and its legend text.
struct Point {
    at: Pos2,
    letter: &'static str,
    patient: &'static str,
    clinician: &'static str,
}

/// The bone spots of the Ottawa ankle and foot rules on a simple outline of the foot seen from
/// the outer and the inner side, with a text legend that screen readers read.
fn ottawa_points_ui(ui: &mut egui::Ui, palette: Palette, level: ReadingLevel, scale: f32) {
    let outer = [
        Point {
            at: pos2(0.35, 0.56),
            letter: "A",
            patient: "Outer ankle bone: its back edge and tip, over the lowest 6 cm",
            clinician: "Posterior edge or tip of the lateral malleolus (distal 6 cm of the fibula)",
        },
        Point {
            at: pos2(0.72, 0.80),
            letter: "B",
            patient: "The bony knob halfway along the outer edge of the foot",
            clinician: "Base of the fifth metatarsal",
        },
    ];
    let inner = [
        Point {
            at: pos2(0.65, 0.56),
            letter: "C",
            patient: "Inner ankle bone: its back edge and tip, over the lowest 6 cm",
            clinician: "Posterior edge or tip of the medial malleolus (distal 6 cm of the tibia)",
        },
        Point {
            at: pos2(0.40, 0.70),
            letter: "D",
            patient: "The bony knob on the inner side of the foot, in front of the ankle",
            clinician: "Navicular",
        },
    ];
    let width = (ui.available_width() / 2.0 - 12.0).clamp(140.0, 220.0 * scale);
    let size = vec2(width, width * 0.75);
    ui.horizontal_wrapped(|ui| {
        for (title, points, mirrored) in
            [("Outer side", &outer, false), ("Inner side", &inner, true)]
        {
            ui.vertical(|ui| {
                ui.label(RichText::new(title).strong());
                let (response, painter) = ui.allocate_painter(size, Sense::hover());
                paint_foot(&painter, response.rect, palette, mirrored);
                for point in points {
                    let p = to_rect(response.rect, point.at, false);
                    painter.circle_filled(p, 7.0 * scale.min(1.5), palette.warning_text);
                    painter.text(
                        p + vec2(10.0, -10.0),
                        egui::Align2::LEFT_BOTTOM,
                        point.letter,
                        egui::FontId::proportional(14.0 * scale),
                        palette.label,
                    );
                }
            });
        }
    });
    for point in outer.iter().chain(&inner) {
        let text = match level {
            ReadingLevel::Patient => point.patient,
            ReadingLevel::Clinician => point.clinician,
        };
        ui.label(format!("{}: {text}.", point.letter));
    }
}

fn to_rect(rect: Rect, at: Pos2, mirrored: bool) -> Pos2 {
    let x = if mirrored { 1.0 - at.x } else { at.x };
    rect.min + vec2(x * rect.width(), at.y * rect.height())
}

/// A simple side outline of the lower leg and foot (toes to the right, or left if mirrored).
fn paint_foot(painter: &egui::Painter, rect: Rect, palette: Palette, mirrored: bool) {
    painter.rect_filled(rect, 6.0, palette.canvas);
    let outline = [
        (0.30, 0.02),
        (0.50, 0.02),
        (0.52, 0.45),
        (0.60, 0.62),
        (0.80, 0.72),
        (0.96, 0.80),
        (0.96, 0.90),
        (0.30, 0.92),
        (0.22, 0.86),
        (0.24, 0.70),
        (0.30, 0.45),
    ];
    let points: Vec<Pos2> = outline
        .iter()
        .map(|&(x, y)| to_rect(rect, pos2(x, y), mirrored))
        .collect();
    painter.add(Shape::closed_line(
        points,
        Stroke::new(2.0, palette.outline),
    ));
    // The ankle bone bump.
    let bump = to_rect(rect, pos2(0.40, 0.50), mirrored);
    painter.circle_stroke(bump, rect.width() * 0.06, Stroke::new(1.5, palette.outline));
}
