//! The exercise drawings as plain geometry (no egui): a person in a few strokes, in the
//! position the exercise's steps describe, with arrows for the movement. One list of
//! [`Shape`]s per [`Drawing`], in a [`WIDTH`] × [`HEIGHT`] box with y pointing down; the screen
//! (`ui::drawings`) and the handout PDF (`handout::exercise`) paint the same list, so paper
//! matches the screen. Each drawing also has a caption in words ([`caption`]), shown under it
//! and used as its alternative text.

use crate::body::geometry::Point;
use crate::content::plan::Drawing;

/// Width of a drawing's own box, in drawing units.
pub const WIDTH: f32 = 100.0;
/// Height of a drawing's own box, in drawing units.
pub const HEIGHT: f32 = 70.0;
/// Radius of a head, in drawing units.
pub const HEAD_RADIUS: f32 = 4.9;

/// How a line is drawn. Widths are in drawing units, so they scale with the drawing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pen {
    /// The person: the thickest line, in the ink colour.
    Body,
    /// Furniture, the floor, arms: a thinner line in the ink colour.
    Thin,
    /// Where a movement starts, or the leg at rest: thin and faded.
    Faint,
    /// The movement (arrows, the band, the belly drawing in): the accent colour.
    Move,
}

impl Pen {
    /// Line width in drawing units.
    pub fn width(self) -> f32 {
        // The screen drew 3, 2 and 2.5 px in a 120 px wide drawing: the same in a 100-unit box.
        match self {
            Pen::Body => 3.0 * WIDTH / 120.0,
            Pen::Thin | Pen::Faint => 2.0 * WIDTH / 120.0,
            Pen::Move => 2.5 * WIDTH / 120.0,
        }
    }
}

/// One drawing primitive, in drawing units.
#[derive(Clone, Debug, PartialEq)]
pub enum Shape {
    /// An open line through the points.
    Line {
        /// The points, at least two.
        points: Vec<Point>,
        /// How it is drawn.
        pen: Pen,
    },
    /// A circle's outline.
    Circle {
        /// Centre.
        centre: Point,
        /// Radius.
        radius: f32,
        /// How it is drawn.
        pen: Pen,
    },
    /// A rectangle's outline (pillows, a counter, a step).
    Rect {
        /// Top-left corner.
        min: Point,
        /// Bottom-right corner.
        max: Point,
        /// How it is drawn.
        pen: Pen,
    },
    /// A rectangle filled with the accent colour (an ice pack, a brace).
    Patch {
        /// Top-left corner.
        min: Point,
        /// Bottom-right corner.
        max: Point,
    },
    /// Words in the accent colour, centred on a point.
    Text {
        /// Centre of the words.
        centre: Point,
        /// Font size in drawing units.
        size: f32,
        /// The words.
        text: &'static str,
    },
}

/// What a drawing shows, in plain words (the caption under it, and its alternative text).
pub fn caption(drawing: Drawing) -> &'static str {
    caption_english(drawing)
}

/// The message id of a drawing's caption (`exercise-drawing-CalfRaise`, in bodymap.ftl): the
/// screen shows it in the chosen language. [`caption`] is its English text (a test keeps the
/// two the same), still used by the handout.
pub fn caption_id(drawing: Drawing) -> &'static str {
    match drawing {
        Drawing::RestIceElevate => "exercise-drawing-RestIceElevate",
        Drawing::AnkleAlphabet => "exercise-drawing-AnkleAlphabet",
        Drawing::BandPush => "exercise-drawing-BandPush",
        Drawing::HipBridge => "exercise-drawing-HipBridge",
        Drawing::SideLegLift => "exercise-drawing-SideLegLift",
        Drawing::KneeStraighten => "exercise-drawing-KneeStraighten",
        Drawing::SingleLegBalance => "exercise-drawing-SingleLegBalance",
        Drawing::CalfRaise => "exercise-drawing-CalfRaise",
        Drawing::OneLegHeelRaise => "exercise-drawing-OneLegHeelRaise",
        Drawing::StepHeelDrop => "exercise-drawing-StepHeelDrop",
        Drawing::StepHeelDropBentKnee => "exercise-drawing-StepHeelDropBentKnee",
        Drawing::Bike => "exercise-drawing-Bike",
        Drawing::RunWithSupport => "exercise-drawing-RunWithSupport",
        Drawing::CoreBrace => "exercise-drawing-CoreBrace",
        Drawing::Walk => "exercise-drawing-Walk",
        Drawing::KneeRoll => "exercise-drawing-KneeRoll",
    }
}

fn caption_english(drawing: Drawing) -> &'static str {
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

/// Collects the shapes of one drawing.
#[derive(Default)]
struct Sketch {
    shapes: Vec<Shape>,
}

impl Sketch {
    fn line(&mut self, points: &[(f32, f32)], pen: Pen) {
        self.shapes.push(Shape::Line {
            points: points.iter().map(|&(x, y)| [x, y]).collect(),
            pen,
        });
    }

    fn head(&mut self, x: f32, y: f32) {
        self.circle((x, y), HEAD_RADIUS, Pen::Body);
    }

    fn circle(&mut self, (x, y): (f32, f32), radius: f32, pen: Pen) {
        self.shapes.push(Shape::Circle {
            centre: [x, y],
            radius,
            pen,
        });
    }

    fn boxed(&mut self, min: (f32, f32), max: (f32, f32), pen: Pen) {
        self.shapes.push(Shape::Rect {
            min: [min.0, min.1],
            max: [max.0, max.1],
            pen,
        });
    }

    fn patch(&mut self, (x, y): (f32, f32), (w, h): (f32, f32)) {
        self.shapes.push(Shape::Patch {
            min: [x - w * 0.5, y - h * 0.5],
            max: [x + w * 0.5, y + h * 0.5],
        });
    }

    fn floor(&mut self, y: f32) {
        self.line(&[(4.0, y), (96.0, y)], Pen::Thin);
    }

    /// A movement arrow: the shaft and two head strokes, a quarter of its length, 36° off.
    fn arrow(&mut self, from: (f32, f32), to: (f32, f32)) {
        let (dx, dy) = (to.0 - from.0, to.1 - from.1);
        let length = (dx * dx + dy * dy).sqrt().max(f32::EPSILON);
        let (ux, uy) = (dx / length, dy / length);
        let tip = length * 0.25;
        let (sin, cos) = (std::f32::consts::TAU / 10.0).sin_cos();
        let barb = |sin: f32| {
            let (rx, ry) = (ux * cos - uy * sin, ux * sin + uy * cos);
            (to.0 - tip * rx, to.1 - tip * ry)
        };
        self.line(&[from, to], Pen::Move);
        self.line(&[to, barb(sin)], Pen::Move);
        self.line(&[to, barb(-sin)], Pen::Move);
    }
}

/// The shapes of a drawing, bottom to top, in the [`WIDTH`] × [`HEIGHT`] box.
pub fn shapes(drawing: Drawing) -> Vec<Shape> {
    use Pen::{Body, Faint, Move, Thin};
    let mut s = Sketch::default();
    match drawing {
        Drawing::RestIceElevate => {
            s.floor(63.0);
            s.boxed((56.0, 53.0), (90.0, 62.0), Thin); // pillows
            s.boxed((60.0, 45.0), (88.0, 53.0), Thin);
            s.head(11.0, 54.0);
            s.line(&[(17.0, 56.0), (46.0, 57.0)], Body); // trunk on the floor
            s.line(&[(24.0, 57.0), (38.0, 61.0)], Thin); // arm
            s.line(&[(46.0, 57.0), (62.0, 47.0), (82.0, 41.0)], Body); // leg up on pillows
            s.line(&[(82.0, 41.0), (84.0, 33.0)], Body); // foot
            s.patch((81.0, 36.0), (11.0 * WIDTH / 120.0, 7.0 * WIDTH / 120.0)); // ice pack
        }
        Drawing::AnkleAlphabet => {
            s.floor(64.0);
            s.line(&[(12.0, 14.0), (12.0, 64.0)], Thin); // chair back and leg
            s.line(&[(12.0, 40.0), (34.0, 40.0), (34.0, 64.0)], Thin); // seat
            s.head(20.0, 8.0);
            s.line(&[(20.0, 13.0), (22.0, 38.0)], Body); // trunk
            s.line(&[(21.0, 20.0), (34.0, 35.0)], Thin); // arm on the thigh
            s.line(
                &[(22.0, 38.0), (44.0, 38.0), (44.0, 62.0), (50.0, 63.0)],
                Faint,
            ); // other leg
            s.line(&[(22.0, 38.0), (46.0, 38.0), (68.0, 42.0)], Body); // hurt leg, out
            s.line(&[(68.0, 42.0), (72.0, 33.0)], Body); // foot, free
            s.shapes.push(Shape::Text {
                centre: [84.0, 20.0],
                size: 14.0 * WIDTH / 120.0,
                text: "A B C",
            });
            s.arrow((74.0, 38.0), (84.0, 28.0));
        }
        Drawing::BandPush => {
            s.floor(62.0);
            s.head(19.0, 26.0);
            s.line(&[(20.0, 31.0), (24.0, 60.0)], Body); // trunk, sitting up
            s.line(&[(24.0, 60.0), (72.0, 59.0)], Body); // legs straight
            s.line(&[(72.0, 59.0), (79.0, 49.0)], Body); // foot
            s.line(&[(21.0, 36.0), (40.0, 44.0)], Thin); // arms to the band
            s.line(&[(40.0, 43.0), (80.0, 47.0)], Move); // band
            s.line(&[(40.0, 45.0), (80.0, 50.0)], Move);
            s.arrow((86.0, 44.0), (90.0, 56.0)); // push the foot down
        }
        Drawing::HipBridge => {
            s.floor(63.0);
            s.head(11.0, 57.0);
            s.line(&[(17.0, 60.0), (47.0, 45.0)], Body); // trunk, hips lifted
            s.line(&[(20.0, 61.0), (36.0, 62.0)], Thin); // arm on the floor
            s.line(
                &[(47.0, 45.0), (64.0, 36.0), (70.0, 61.0), (79.0, 62.0)],
                Body,
            ); // bent leg
            s.arrow((46.0, 60.0), (46.0, 47.0));
        }
        Drawing::SideLegLift => {
            s.floor(63.0);
            s.head(11.0, 52.0);
            s.line(&[(17.0, 55.0), (52.0, 57.0), (90.0, 59.0)], Body); // body and bottom leg
            s.line(&[(52.0, 56.0), (88.0, 44.0)], Body); // top leg, lifted
            s.arrow((80.0, 55.0), (82.0, 41.0));
        }
        Drawing::KneeStraighten => {
            s.floor(64.0);
            s.line(&[(12.0, 12.0), (12.0, 64.0)], Thin); // chair back and leg
            s.line(&[(12.0, 40.0), (36.0, 40.0), (36.0, 64.0)], Thin); // seat
            s.head(20.0, 7.0);
            s.line(&[(20.0, 12.0), (22.0, 38.0)], Body); // trunk
            s.line(&[(22.0, 38.0), (46.0, 38.0)], Body); // thigh
            s.line(&[(46.0, 38.0), (48.0, 62.0), (55.0, 63.0)], Faint); // start: foot down
            s.line(&[(46.0, 38.0), (74.0, 35.0), (76.0, 28.0)], Body); // knee straight
            s.arrow((58.0, 58.0), (76.0, 42.0));
        }
        Drawing::SingleLegBalance => {
            s.floor(65.0);
            s.boxed((74.0, 30.0), (96.0, 65.0), Thin); // counter
            s.head(45.0, 8.0);
            s.line(&[(45.0, 13.0), (45.0, 40.0)], Body); // trunk
            s.line(&[(45.0, 20.0), (68.0, 29.0)], Body); // hand ready at the counter
            s.line(&[(45.0, 20.0), (32.0, 32.0)], Body);
            s.line(&[(45.0, 40.0), (46.0, 64.0), (53.0, 65.0)], Body); // standing leg
            s.line(&[(45.0, 40.0), (38.0, 50.0), (32.0, 46.0)], Body); // lifted leg
            s.arrow((24.0, 30.0), (18.0, 42.0));
        }
        Drawing::CalfRaise | Drawing::OneLegHeelRaise => {
            s.floor(65.0);
            s.boxed((66.0, 28.0), (94.0, 65.0), Thin); // counter
            s.head(42.0, 7.0);
            s.line(&[(42.0, 12.0), (42.0, 40.0)], Body); // trunk
            s.line(&[(42.0, 19.0), (64.0, 28.0)], Body); // hands on the counter
            // On the toes: the heel is off the floor.
            s.line(
                &[(42.0, 40.0), (43.0, 56.0), (41.0, 60.0), (50.0, 65.0)],
                Body,
            );
            if drawing == Drawing::OneLegHeelRaise {
                s.line(&[(42.0, 40.0), (34.0, 50.0), (28.0, 46.0)], Body); // good foot lifted
            } else {
                s.line(
                    &[(42.0, 40.0), (39.0, 56.0), (37.0, 60.0), (46.0, 65.0)],
                    Faint,
                );
            }
            s.arrow((28.0, 63.0), (28.0, 52.0));
            s.arrow((22.0, 52.0), (22.0, 63.0));
        }
        Drawing::StepHeelDrop | Drawing::StepHeelDropBentKnee => {
            s.floor(66.0);
            s.boxed((48.0, 50.0), (92.0, 66.0), Thin); // the step
            s.line(&[(62.0, 22.0), (94.0, 14.0)], Thin); // rail
            s.line(&[(90.0, 15.0), (90.0, 50.0)], Thin);
            s.head(44.0, 6.0);
            s.line(&[(44.0, 11.0), (44.0, 30.0)], Body); // trunk
            s.line(&[(44.0, 17.0), (62.0, 22.0)], Body); // hand on the rail
            if drawing == Drawing::StepHeelDropBentKnee {
                s.line(&[(44.0, 30.0), (52.0, 40.0), (47.0, 50.0)], Body);
            } else {
                s.line(&[(44.0, 30.0), (46.0, 40.0), (47.0, 50.0)], Body);
            }
            // Ball of the foot on the edge, heel hanging below it.
            s.line(&[(41.0, 55.0), (47.0, 50.0), (56.0, 50.0)], Body);
            s.line(&[(44.0, 30.0), (37.0, 39.0), (32.0, 36.0)], Body); // good foot lifted
            s.arrow((34.0, 47.0), (34.0, 60.0));
        }
        Drawing::Bike => {
            s.circle((25.0, 52.0), 0.16 * HEIGHT, Thin); // wheels
            s.circle((75.0, 52.0), 0.16 * HEIGHT, Thin);
            s.line(
                &[(25.0, 52.0), (45.0, 30.0), (70.0, 30.0), (75.0, 52.0)],
                Thin,
            );
            s.head(50.0, 10.0);
            s.line(
                &[(50.0, 15.0), (45.0, 30.0), (55.0, 42.0), (48.0, 52.0)],
                Body,
            );
            s.line(&[(50.0, 18.0), (68.0, 28.0)], Thin); // hands on the bars
            s.arrow((60.0, 62.0), (40.0, 62.0));
        }
        Drawing::RunWithSupport => {
            s.floor(66.0);
            s.head(52.0, 8.0);
            s.line(&[(50.0, 13.0), (45.0, 38.0)], Body);
            s.line(&[(45.0, 38.0), (60.0, 50.0), (55.0, 64.0)], Body);
            s.line(&[(45.0, 38.0), (32.0, 50.0), (22.0, 50.0)], Body);
            s.line(&[(48.0, 20.0), (62.0, 30.0)], Body);
            s.line(&[(48.0, 20.0), (36.0, 28.0)], Body);
            s.patch((56.0, 60.0), (9.0 * WIDTH / 120.0, 9.0 * WIDTH / 120.0)); // brace
            s.arrow((70.0, 30.0), (90.0, 30.0));
        }
        Drawing::CoreBrace => {
            s.floor(63.0);
            s.head(11.0, 57.0);
            s.line(&[(17.0, 60.0), (48.0, 60.0)], Body); // trunk flat on the floor
            s.line(&[(20.0, 61.0), (36.0, 62.0)], Thin); // arm
            s.line(
                &[(48.0, 60.0), (64.0, 40.0), (71.0, 61.0), (80.0, 62.0)],
                Body,
            ); // knees bent
            s.circle((33.0, 56.0), HEAD_RADIUS, Move); // the belly draws in
            s.arrow((33.0, 38.0), (33.0, 50.0));
        }
        Drawing::Walk => {
            s.floor(65.0);
            s.head(48.0, 8.0);
            s.line(&[(48.0, 13.0), (48.0, 38.0)], Body); // upright trunk
            s.line(&[(48.0, 19.0), (40.0, 31.0)], Body); // arms swing
            s.line(&[(48.0, 19.0), (57.0, 30.0)], Body);
            s.line(&[(48.0, 38.0), (40.0, 51.0), (35.0, 64.0)], Body); // back leg
            s.line(
                &[(48.0, 38.0), (57.0, 51.0), (62.0, 64.0), (68.0, 64.0)],
                Body,
            ); // front leg
            s.arrow((72.0, 22.0), (92.0, 22.0));
        }
        Drawing::KneeRoll => {
            // Seen from above, head on the left.
            s.head(12.0, 35.0);
            s.line(&[(18.0, 35.0), (50.0, 35.0)], Body); // trunk
            s.line(&[(24.0, 35.0), (34.0, 20.0)], Thin); // arms out on the floor
            s.line(&[(24.0, 35.0), (34.0, 50.0)], Thin);
            s.line(&[(50.0, 35.0), (64.0, 46.0), (80.0, 40.0)], Faint); // start: knees up
            s.line(&[(50.0, 34.0), (66.0, 20.0), (80.0, 32.0)], Body); // knees rolled over
            s.line(&[(50.0, 36.0), (67.0, 24.0), (80.0, 34.0)], Body);
            s.arrow((74.0, 52.0), (76.0, 18.0));
        }
    }
    s.shapes
}

/// Every drawing, for tests and checks.
pub const ALL: [Drawing; 16] = [
    Drawing::RestIceElevate,
    Drawing::AnkleAlphabet,
    Drawing::BandPush,
    Drawing::HipBridge,
    Drawing::SideLegLift,
    Drawing::KneeStraighten,
    Drawing::SingleLegBalance,
    Drawing::CalfRaise,
    Drawing::Bike,
    Drawing::RunWithSupport,
    Drawing::CoreBrace,
    Drawing::OneLegHeelRaise,
    Drawing::StepHeelDrop,
    Drawing::StepHeelDropBentKnee,
    Drawing::Walk,
    Drawing::KneeRoll,
];

#[cfg(test)]
mod tests {
    use super::*;

    fn inside(p: Point) -> bool {
        (0.0..=WIDTH).contains(&p[0]) && (0.0..=HEIGHT).contains(&p[1])
    }

    #[test]
    fn every_caption_is_in_the_messages_of_every_language() {
        let en = crate::messages::Messages::new("en");
        for drawing in ALL {
            assert_eq!(en.get(caption_id(drawing)), caption(drawing), "{drawing:?}");
        }
        for lang in crate::messages::languages() {
            let messages = crate::messages::Messages::new(lang);
            for drawing in ALL {
                let id = caption_id(drawing);
                assert_ne!(messages.get(id), id, "{lang}: {drawing:?} has no caption");
            }
        }
    }

    #[test]
    fn every_drawing_stays_in_its_box_and_shows_a_movement_and_a_person() {
        for drawing in ALL {
            let shapes = shapes(drawing);
            let mut heads = 0;
            let mut moves = 0;
            for shape in &shapes {
                match shape {
                    Shape::Line { points, pen } => {
                        assert!(points.len() >= 2, "{drawing:?}");
                        assert!(points.iter().all(|&p| inside(p)), "{drawing:?}: {points:?}");
                        moves += usize::from(*pen == Pen::Move);
                    }
                    Shape::Circle {
                        centre,
                        radius,
                        pen,
                    } => {
                        assert!(inside([centre[0] - radius, centre[1] - radius]));
                        assert!(inside([centre[0] + radius, centre[1] + radius]));
                        heads += usize::from(*pen == Pen::Body);
                    }
                    Shape::Rect { min, max, .. } | Shape::Patch { min, max } => {
                        assert!(inside(*min) && inside(*max), "{drawing:?}");
                        assert!(min[0] < max[0] && min[1] < max[1]);
                    }
                    Shape::Text { centre, .. } => assert!(inside(*centre)),
                }
            }
            assert_eq!(heads, 1, "{drawing:?} shows one person");
            // Resting with the foot up is the one drawing without a movement.
            if drawing != Drawing::RestIceElevate {
                assert!(moves >= 3, "{drawing:?} has a movement arrow");
            }
            assert!(!caption(drawing).is_empty());
        }
    }

    #[test]
    fn an_arrow_has_two_barbs_a_quarter_of_its_length_at_its_tip() {
        let mut s = Sketch::default();
        s.arrow((0.0, 0.0), (40.0, 0.0));
        let [shaft, left, right] = s.shapes.as_slice() else {
            panic!("{:?}", s.shapes);
        };
        assert_eq!(
            shaft,
            &Shape::Line {
                points: vec![[0.0, 0.0], [40.0, 0.0]],
                pen: Pen::Move
            }
        );
        for barb in [left, right] {
            let Shape::Line { points, .. } = barb else {
                panic!()
            };
            assert_eq!(points[0], [40.0, 0.0]);
            let (dx, dy) = (points[1][0] - 40.0, points[1][1]);
            assert!(((dx * dx + dy * dy).sqrt() - 10.0).abs() < 1e-4);
            assert!(dx < 0.0, "barbs point back along the shaft");
        }
    }

    #[test]
    fn the_variants_differ_where_their_captions_do() {
        assert_ne!(shapes(Drawing::CalfRaise), shapes(Drawing::OneLegHeelRaise));
        assert_ne!(
            shapes(Drawing::StepHeelDrop),
            shapes(Drawing::StepHeelDropBentKnee)
        );
    }
}
