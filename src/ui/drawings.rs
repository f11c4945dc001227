//! Simple line drawings for the exercises: a person in a few strokes, in the position the
//! exercise's steps describe, with an arrow for the movement. Drawn in a 100 × 70 box, scaled
//! to the space given: bigger with the text size and with a wider window. Each drawing has a
//! caption in words (shown under it, and read by screen readers).

use egui::{Color32, Pos2, Rect, RichText, Sense, Shape, Stroke, vec2};

use crate::content::plan::Drawing;

/// What a drawing shows, in plain words (the caption under it).
pub fn caption(drawing: Drawing) -> &'static str {
    match drawing {
        Drawing::RestIceElevate => {
            "Lying down, the foot up on pillows above the hip, an ice pack wrapped in a towel on the ankle."
        }
        Drawing::AnkleAlphabet => {
            "Sitting on a chair, the hurt leg out in front, the big toe writing letters in the air."
        }
        Drawing::BandPush => {
            "Sitting on the floor with the legs straight, a band round the ball of the foot and its ends in the hands. The foot pushes down."
        }
        Drawing::HipBridge => {
            "Lying on the back, knees bent, feet flat. The hips lift a little way off the floor."
        }
        Drawing::SideLegLift => "Lying on one side. The top leg lifts, straight.",
        Drawing::KneeStraighten => {
            "Sitting on a chair. One knee straightens until the leg sticks out in front."
        }
        Drawing::SingleLegBalance => {
            "Standing on the hurt leg next to a counter, one hand ready to hold it."
        }
        Drawing::CalfRaise => {
            "Standing on both feet, hands on a counter. The heels rise, then lower slowly."
        }
        Drawing::OneLegHeelRaise => {
            "Standing on the sore leg, the good foot lifted, hands on a counter. The heel lowers slowly."
        }
        Drawing::StepHeelDrop => {
            "The ball of the sore foot on the edge of a step, knee straight, a hand on the rail. The heel lowers below the step."
        }
        Drawing::StepHeelDropBentKnee => {
            "The same on the step with the knee a little bent. The heel lowers below the step."
        }
        Drawing::Bike => "Sitting on an exercise bike, pedalling at an easy pace.",
        Drawing::RunWithSupport => "Jogging on flat ground with a brace on the ankle.",
        Drawing::CoreBrace => {
            "Lying on the back, knees bent, feet flat. The belly draws gently in."
        }
        Drawing::Walk => "Walking tall at an easy pace on flat ground.",
        Drawing::KneeRoll => {
            "Seen from above: lying on the back, knees bent and together, rolling gently to one side."
        }
    }
}

/// The drawing's width for the space and text size: never tiny, larger with the window and
/// with the text size, never wider than the space.
pub fn drawing_width(available: f32, text_scale: f32) -> f32 {
    ((available * 0.3).clamp(140.0, 210.0) * text_scale).min(available.max(60.0))
}

/// Paints an exercise drawing with its caption, and names both for screen readers.
pub fn drawing_ui(
    ui: &mut egui::Ui,
    drawing: Drawing,
    name: &str,
    colour: Color32,
    accent: Color32,
    width: f32,
) {
    ui.vertical(|ui| {
        ui.set_width(width);
        let size = vec2(width, width * 0.7);
        let (response, painter) = ui.allocate_painter(size, Sense::hover());
        let words = caption(drawing);
        response.widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::Image, true, format!("Drawing: {name}. {words}"))
        });
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
    let k = rect.width() / 120.0;
    let map = |x: f32, y: f32| -> Pos2 {
        rect.min + vec2(x / 100.0 * rect.width(), y / 70.0 * rect.height())
    };
    let body = Stroke::new(3.0 * k, colour);
    let thin = Stroke::new(2.0 * k, colour);
    let faint = Stroke::new(2.0 * k, colour.gamma_multiply(0.45));
    let move_stroke = Stroke::new(2.5 * k, accent);
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
    let boxed = |min: (f32, f32), max: (f32, f32), stroke: Stroke| {
        painter.rect_stroke(
            Rect::from_min_max(map(min.0, min.1), map(max.0, max.1)),
            2.0 * k,
            stroke,
            egui::StrokeKind::Middle,
        );
    };
    let floor = |y: f32| line(&[(4.0, y), (96.0, y)], thin);
    match drawing {
        Drawing::RestIceElevate => {
            floor(63.0);
            boxed((56.0, 53.0), (90.0, 62.0), thin); // pillows
            boxed((60.0, 45.0), (88.0, 53.0), thin);
            head(11.0, 54.0);
            line(&[(17.0, 56.0), (46.0, 57.0)], body); // trunk on the floor
            line(&[(24.0, 57.0), (38.0, 61.0)], thin); // arm
            line(&[(46.0, 57.0), (62.0, 47.0), (82.0, 41.0)], body); // leg up on pillows
            line(&[(82.0, 41.0), (84.0, 33.0)], body); // foot
            painter.rect_filled(
                Rect::from_center_size(map(81.0, 36.0), vec2(11.0 * k, 7.0 * k)),
                2.0 * k,
                accent,
            ); // ice pack
        }
        Drawing::AnkleAlphabet => {
            floor(64.0);
            line(&[(12.0, 14.0), (12.0, 64.0)], thin); // chair back and leg
            line(&[(12.0, 40.0), (34.0, 40.0), (34.0, 64.0)], thin); // seat
            head(20.0, 8.0);
            line(&[(20.0, 13.0), (22.0, 38.0)], body); // trunk
            line(&[(21.0, 20.0), (34.0, 35.0)], thin); // arm on the thigh
            line(
                &[(22.0, 38.0), (44.0, 38.0), (44.0, 62.0), (50.0, 63.0)],
                faint,
            ); // other leg
            line(&[(22.0, 38.0), (46.0, 38.0), (68.0, 42.0)], body); // hurt leg, out
            line(&[(68.0, 42.0), (72.0, 33.0)], body); // foot, free
            painter.text(
                map(84.0, 20.0),
                egui::Align2::CENTER_CENTER,
                "A B C",
                egui::FontId::proportional(14.0 * k),
                accent,
            );
            arrow((74.0, 38.0), (84.0, 28.0));
        }
        Drawing::BandPush => {
            floor(62.0);
            head(19.0, 26.0);
            line(&[(20.0, 31.0), (24.0, 60.0)], body); // trunk, sitting up
            line(&[(24.0, 60.0), (72.0, 59.0)], body); // legs straight
            line(&[(72.0, 59.0), (79.0, 49.0)], body); // foot
            line(&[(21.0, 36.0), (40.0, 44.0)], thin); // arms to the band
            line(&[(40.0, 43.0), (80.0, 47.0)], move_stroke); // band
            line(&[(40.0, 45.0), (80.0, 50.0)], move_stroke);
            arrow((86.0, 44.0), (90.0, 56.0)); // push the foot down
        }
        Drawing::HipBridge => {
            floor(63.0);
            head(11.0, 57.0);
            line(&[(17.0, 60.0), (47.0, 45.0)], body); // trunk, hips lifted
            line(&[(20.0, 61.0), (36.0, 62.0)], thin); // arm on the floor
            line(
                &[(47.0, 45.0), (64.0, 36.0), (70.0, 61.0), (79.0, 62.0)],
                body,
            ); // bent leg
            arrow((46.0, 60.0), (46.0, 47.0));
        }
        Drawing::SideLegLift => {
            floor(63.0);
            head(11.0, 52.0);
            line(&[(17.0, 55.0), (52.0, 57.0), (90.0, 59.0)], body); // body and bottom leg
            line(&[(52.0, 56.0), (88.0, 44.0)], body); // top leg, lifted
            arrow((80.0, 55.0), (82.0, 41.0));
        }
        Drawing::KneeStraighten => {
            floor(64.0);
            line(&[(12.0, 12.0), (12.0, 64.0)], thin); // chair back and leg
            line(&[(12.0, 40.0), (36.0, 40.0), (36.0, 64.0)], thin); // seat
            head(20.0, 7.0);
            line(&[(20.0, 12.0), (22.0, 38.0)], body); // trunk
            line(&[(22.0, 38.0), (46.0, 38.0)], body); // thigh
            line(&[(46.0, 38.0), (48.0, 62.0), (55.0, 63.0)], faint); // start: foot down
            line(&[(46.0, 38.0), (74.0, 35.0), (76.0, 28.0)], body); // knee straight
            arrow((58.0, 58.0), (76.0, 42.0));
        }
        Drawing::SingleLegBalance => {
            floor(65.0);
            boxed((74.0, 30.0), (96.0, 65.0), thin); // counter
            head(45.0, 8.0);
            line(&[(45.0, 13.0), (45.0, 40.0)], body); // trunk
            line(&[(45.0, 20.0), (68.0, 29.0)], body); // hand ready at the counter
            line(&[(45.0, 20.0), (32.0, 32.0)], body);
            line(&[(45.0, 40.0), (46.0, 64.0), (53.0, 65.0)], body); // standing leg
            line(&[(45.0, 40.0), (38.0, 50.0), (32.0, 46.0)], body); // lifted leg
            arrow((24.0, 30.0), (18.0, 42.0));
        }
        Drawing::CalfRaise | Drawing::OneLegHeelRaise => {
            floor(65.0);
            boxed((66.0, 28.0), (94.0, 65.0), thin); // counter
            head(42.0, 7.0);
            line(&[(42.0, 12.0), (42.0, 40.0)], body); // trunk
            line(&[(42.0, 19.0), (64.0, 28.0)], body); // hands on the counter
            // On the toes: the heel is off the floor.
            line(
                &[(42.0, 40.0), (43.0, 56.0), (41.0, 60.0), (50.0, 65.0)],
                body,
            );
            if drawing == Drawing::OneLegHeelRaise {
                line(&[(42.0, 40.0), (34.0, 50.0), (28.0, 46.0)], body); // good foot lifted
            } else {
                line(
                    &[(42.0, 40.0), (39.0, 56.0), (37.0, 60.0), (46.0, 65.0)],
                    faint,
                );
            }
            arrow((28.0, 63.0), (28.0, 52.0));
            arrow((22.0, 52.0), (22.0, 63.0));
        }
        Drawing::StepHeelDrop | Drawing::StepHeelDropBentKnee => {
            floor(66.0);
            boxed((48.0, 50.0), (92.0, 66.0), thin); // the step
            line(&[(62.0, 22.0), (94.0, 14.0)], thin); // rail
            line(&[(90.0, 15.0), (90.0, 50.0)], thin);
            head(44.0, 6.0);
            line(&[(44.0, 11.0), (44.0, 30.0)], body); // trunk
            line(&[(44.0, 17.0), (62.0, 22.0)], body); // hand on the rail
            if drawing == Drawing::StepHeelDropBentKnee {
                line(&[(44.0, 30.0), (52.0, 40.0), (47.0, 50.0)], body);
            } else {
                line(&[(44.0, 30.0), (46.0, 40.0), (47.0, 50.0)], body);
            }
            // Ball of the foot on the edge, heel hanging below it.
            line(&[(41.0, 55.0), (47.0, 50.0), (56.0, 50.0)], body);
            line(&[(44.0, 30.0), (37.0, 39.0), (32.0, 36.0)], body); // good foot lifted
            arrow((34.0, 47.0), (34.0, 60.0));
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
            line(&[(50.0, 18.0), (68.0, 28.0)], thin); // hands on the bars
            arrow((60.0, 62.0), (40.0, 62.0));
        }
        Drawing::RunWithSupport => {
            floor(66.0);
            head(52.0, 8.0);
            line(&[(50.0, 13.0), (45.0, 38.0)], body);
            line(&[(45.0, 38.0), (60.0, 50.0), (55.0, 64.0)], body);
            line(&[(45.0, 38.0), (32.0, 50.0), (22.0, 50.0)], body);
            line(&[(48.0, 20.0), (62.0, 30.0)], body);
            line(&[(48.0, 20.0), (36.0, 28.0)], body);
            painter.rect_filled(
                Rect::from_center_size(map(56.0, 60.0), vec2(9.0 * k, 9.0 * k)),
                2.0 * k,
                accent,
            ); // brace
            arrow((70.0, 30.0), (90.0, 30.0));
        }
        Drawing::CoreBrace => {
            floor(63.0);
            head(11.0, 57.0);
            line(&[(17.0, 60.0), (48.0, 60.0)], body); // trunk flat on the floor
            line(&[(20.0, 61.0), (36.0, 62.0)], thin); // arm
            line(
                &[(48.0, 60.0), (64.0, 40.0), (71.0, 61.0), (80.0, 62.0)],
                body,
            ); // knees bent
            // The belly draws in.
            painter.circle_stroke(map(33.0, 56.0), rect.height() * 0.07, move_stroke);
            arrow((33.0, 38.0), (33.0, 50.0));
        }
        Drawing::Walk => {
            floor(65.0);
            head(48.0, 8.0);
            line(&[(48.0, 13.0), (48.0, 38.0)], body); // upright trunk
            line(&[(48.0, 19.0), (40.0, 31.0)], body); // arms swing
            line(&[(48.0, 19.0), (57.0, 30.0)], body);
            line(&[(48.0, 38.0), (40.0, 51.0), (35.0, 64.0)], body); // back leg
            line(
                &[(48.0, 38.0), (57.0, 51.0), (62.0, 64.0), (68.0, 64.0)],
                body,
            ); // front leg
            arrow((72.0, 22.0), (92.0, 22.0));
        }
        Drawing::KneeRoll => {
            // Seen from above, head on the left.
            head(12.0, 35.0);
            line(&[(18.0, 35.0), (50.0, 35.0)], body); // trunk
            line(&[(24.0, 35.0), (34.0, 20.0)], thin); // arms out on the floor
            line(&[(24.0, 35.0), (34.0, 50.0)], thin);
            line(&[(50.0, 35.0), (64.0, 46.0), (80.0, 40.0)], faint); // start: knees up
            line(&[(50.0, 34.0), (66.0, 20.0), (80.0, 32.0)], body); // knees rolled over
            line(&[(50.0, 36.0), (67.0, 24.0), (80.0, 34.0)], body);
            arrow((74.0, 52.0), (76.0, 18.0));
        }
    }
}
