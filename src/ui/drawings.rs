//! Simple line drawings for the exercises: a person or a foot in a few strokes, with an arrow
//! for the movement. Drawn in a 100 × 70 box, scaled to the space given.

use egui::{Color32, Pos2, Rect, Sense, Shape, Stroke, vec2};

use crate::content::plan::Drawing;

/// Paints an exercise drawing and names it for screen readers.
pub fn drawing_ui(
    ui: &mut egui::Ui,
    drawing: Drawing,
    name: &str,
    colour: Color32,
    accent: Color32,
) {
    let size = vec2(120.0, 84.0);
    let (response, painter) = ui.allocate_painter(size, Sense::hover());
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::Image, true, format!("Drawing: {name}"))
    });
    let rect = response.rect;
    painter.rect_stroke(
        rect,
        6.0,
        Stroke::new(1.0, colour.gamma_multiply(0.4)),
        egui::StrokeKind::Inside,
    );
    let map = |x: f32, y: f32| -> Pos2 {
        rect.min + vec2(x / 100.0 * rect.width(), y / 70.0 * rect.height())
    };
    let body = Stroke::new(3.0, colour);
    let thin = Stroke::new(2.0, colour);
    let move_stroke = Stroke::new(2.5, accent);
    let line = |points: &[(f32, f32)], stroke: Stroke| {
        painter.add(Shape::line(
            points.iter().map(|&(x, y)| map(x, y)).collect(),
            stroke,
        ));
    };
    let head = |x: f32, y: f32| painter.circle_stroke(map(x, y), rect.height() * 0.07, body);
    let arrow = |from: (f32, f32), to: (f32, f32)| {
        let (a, b) = (map(from.0, from.1), map(to.0, to.1));
        painter.arrow(a, b - a, move_stroke);
    };
    match drawing {
        Drawing::RestIceElevate => {
            line(&[(10.0, 55.0), (90.0, 55.0)], thin); // floor/bed
            head(15.0, 45.0);
            line(
                &[(20.0, 47.0), (50.0, 47.0), (70.0, 35.0), (85.0, 35.0)],
                body,
            ); // leg raised
            line(&[(60.0, 47.0), (70.0, 47.0), (70.0, 38.0)], thin); // cushion
            painter.rect_filled(
                Rect::from_center_size(map(80.0, 30.0), vec2(14.0, 7.0)),
                2.0,
                accent,
            ); // ice
        }
        Drawing::AnkleAlphabet => {
            line(&[(20.0, 15.0), (45.0, 40.0), (55.0, 42.0)], body); // shin
            foot(&line, 55.0, 42.0, body);
            painter.text(
                map(78.0, 20.0),
                egui::Align2::CENTER_CENTER,
                "A B C",
                egui::FontId::proportional(14.0),
                accent,
            );
            arrow((70.0, 50.0), (85.0, 40.0));
        }
        Drawing::BandPush => {
            line(&[(10.0, 40.0), (55.0, 40.0)], body); // leg, sitting
            foot(&line, 55.0, 40.0, body);
            line(&[(70.0, 36.0), (90.0, 20.0)], move_stroke);
            line(&[(70.0, 36.0), (90.0, 55.0)], move_stroke); // band
            arrow((62.0, 28.0), (72.0, 45.0));
        }
        Drawing::HipBridge => {
            line(&[(5.0, 58.0), (95.0, 58.0)], thin);
            head(12.0, 52.0);
            line(
                &[(18.0, 55.0), (50.0, 38.0), (68.0, 40.0), (78.0, 57.0)],
                body,
            );
            arrow((45.0, 55.0), (45.0, 38.0));
        }
        Drawing::SideLegLift => {
            line(&[(5.0, 58.0), (95.0, 58.0)], thin);
            head(12.0, 48.0);
            line(&[(18.0, 52.0), (55.0, 52.0), (90.0, 54.0)], body);
            line(&[(55.0, 50.0), (90.0, 38.0)], body);
            arrow((80.0, 52.0), (82.0, 36.0));
        }
        Drawing::KneeStraighten => {
            line(&[(20.0, 10.0), (20.0, 40.0), (45.0, 40.0)], body); // sitting
            head(20.0, 6.0);
            line(&[(45.0, 40.0), (75.0, 30.0)], body);
            line(
                &[(45.0, 40.0), (48.0, 62.0)],
                Stroke::new(2.0, colour.gamma_multiply(0.4)),
            );
            arrow((55.0, 58.0), (78.0, 40.0));
            line(&[(15.0, 40.0), (15.0, 65.0)], thin);
        }
        Drawing::SingleLegBalance => {
            head(50.0, 8.0);
            line(&[(50.0, 13.0), (50.0, 40.0)], body);
            line(&[(35.0, 25.0), (65.0, 25.0)], body); // arms out
            line(&[(50.0, 40.0), (50.0, 65.0)], body);
            line(&[(50.0, 40.0), (62.0, 50.0), (58.0, 58.0)], body); // lifted leg
            line(&[(20.0, 66.0), (80.0, 66.0)], thin);
            arrow((30.0, 35.0), (25.0, 45.0));
        }
        Drawing::CalfRaise => {
            head(45.0, 8.0);
            line(&[(45.0, 13.0), (45.0, 48.0), (45.0, 58.0)], body);
            line(&[(45.0, 58.0), (55.0, 64.0)], body);
            line(&[(20.0, 66.0), (80.0, 66.0)], thin);
            arrow((68.0, 55.0), (68.0, 35.0));
        }
        Drawing::Bike => {
            painter.circle_stroke(map(25.0, 52.0), rect.height() * 0.16, thin);
            painter.circle_stroke(map(75.0, 52.0), rect.height() * 0.16, thin);
            line(
                &[(25.0, 52.0), (45.0, 30.0), (70.0, 30.0), (75.0, 52.0)],
                thin,
            );
            head(50.0, 10.0);
            line(
                &[(50.0, 15.0), (45.0, 30.0), (55.0, 42.0), (48.0, 52.0)],
                body,
            );
            arrow((60.0, 60.0), (40.0, 60.0));
        }
        Drawing::RunWithSupport => {
            head(52.0, 8.0);
            line(&[(50.0, 13.0), (45.0, 38.0)], body);
            line(&[(45.0, 38.0), (60.0, 50.0), (55.0, 64.0)], body);
            line(&[(45.0, 38.0), (32.0, 50.0), (22.0, 50.0)], body);
            line(&[(48.0, 20.0), (62.0, 30.0)], body);
            line(&[(48.0, 20.0), (36.0, 28.0)], body);
            painter.rect_filled(
                Rect::from_center_size(map(56.0, 60.0), vec2(9.0, 9.0)),
                2.0,
                accent,
            ); // brace
            arrow((70.0, 30.0), (90.0, 30.0));
        }
        Drawing::CoreBrace => {
            head(50.0, 8.0);
            line(&[(50.0, 13.0), (50.0, 45.0), (42.0, 66.0)], body);
            line(&[(50.0, 45.0), (58.0, 66.0)], body);
            painter.circle_stroke(map(50.0, 33.0), rect.height() * 0.1, move_stroke);
            arrow((72.0, 33.0), (60.0, 33.0));
            arrow((28.0, 33.0), (40.0, 33.0));
        }
    }
}

/// Draws a polyline given in the drawing's 100 × 70 box.
type LineFn<'a> = dyn Fn(&[(f32, f32)], Stroke) + 'a;

/// A side-view foot starting at the ankle point.
fn foot(line: &LineFn<'_>, ankle_x: f32, ankle_y: f32, stroke: Stroke) {
    line(
        &[
            (ankle_x - 3.0, ankle_y + 8.0),
            (ankle_x, ankle_y),
            (ankle_x + 16.0, ankle_y + 6.0),
            (ankle_x + 14.0, ankle_y + 10.0),
            (ankle_x - 3.0, ankle_y + 8.0),
        ],
        stroke,
    );
}
