//! Exercise drawings on paper: the shapes the screen paints (`body::exercise_figures`) turned
//! into the handout's vector [`Drawing`], in the same units, so paper matches the screen.

use crate::body::exercise_figures::{self, HEIGHT, Pen, Shape, WIDTH};
use crate::content::plan::Drawing as ExerciseDrawing;

use super::layout::Measure;
use super::model::{Drawing, LabelItem, PathItem, Rgb, StrokeStyle};

/// The person and the furniture: near black.
const INK: Rgb = [20, 20, 20];
/// A faded line (where a movement starts): mid grey, still visible on a laser printer.
const FAINT: Rgb = [150, 150, 150];
/// The movement: the light theme's accent blue (prints as a dark grey).
const ACCENT: Rgb = [0, 90, 200];
/// The frame around a drawing.
const FRAME: Rgb = [190, 190, 190];
/// Segments of a circle drawn as a polygon (finer than any printer at this size).
const CIRCLE_SEGMENTS: usize = 32;

fn style(pen: Pen) -> StrokeStyle {
    StrokeStyle {
        colour: match pen {
            Pen::Body | Pen::Thin => INK,
            Pen::Faint => FAINT,
            Pen::Move => ACCENT,
        },
        width: pen.width(),
        dash: Vec::new(),
    }
}

fn rect_points(min: [f32; 2], max: [f32; 2]) -> Vec<[f32; 2]> {
    vec![min, [max[0], min[1]], max, [min[0], max[1]]]
}

/// The drawing for paper, framed like the screen's, in its [`WIDTH`] × [`HEIGHT`] units.
pub fn exercise_drawing(drawing: ExerciseDrawing, measure: &dyn Measure) -> Drawing {
    let mut out = Drawing {
        size: [WIDTH, HEIGHT],
        ..Drawing::default()
    };
    out.paths.push(PathItem {
        points: rect_points([0.0, 0.0], [WIDTH, HEIGHT]),
        closed: true,
        fill: None,
        stroke: Some(StrokeStyle {
            colour: FRAME,
            width: 0.6,
            dash: Vec::new(),
        }),
    });
    for shape in exercise_figures::shapes(drawing) {
        match shape {
            Shape::Line { points, pen } => out.paths.push(PathItem {
                points,
                closed: false,
                fill: None,
                stroke: Some(style(pen)),
            }),
            Shape::Circle {
                centre,
                radius,
                pen,
            } => out.paths.push(PathItem {
                points: (0..CIRCLE_SEGMENTS)
                    .map(|i| {
                        let angle = std::f32::consts::TAU * i as f32 / CIRCLE_SEGMENTS as f32;
                        [
                            centre[0] + radius * angle.cos(),
                            centre[1] + radius * angle.sin(),
                        ]
                    })
                    .collect(),
                closed: true,
                fill: None,
                stroke: Some(style(pen)),
            }),
            Shape::Rect { min, max, pen } => out.paths.push(PathItem {
                points: rect_points(min, max),
                closed: true,
                fill: None,
                stroke: Some(style(pen)),
            }),
            Shape::Patch { min, max } => out.paths.push(PathItem {
                points: rect_points(min, max),
                closed: true,
                fill: Some((ACCENT, 1.0)),
                stroke: None,
            }),
            Shape::Text { centre, size, text } => out.labels.push(LabelItem {
                // Centred like the screen's text: half the width left, the baseline a third
                // of the size below the middle.
                at: [
                    centre[0] - measure.width(text, size) * 0.5,
                    centre[1] + size * 0.35,
                ],
                size,
                text: text.to_owned(),
            }),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Half;
    impl Measure for Half {
        fn width(&self, text: &str, size: f32) -> f32 {
            text.chars().count() as f32 * size * 0.5
        }
    }

    #[test]
    fn every_shape_of_the_screen_is_on_paper_in_the_same_units() {
        for drawing in exercise_figures::ALL {
            let shapes = exercise_figures::shapes(drawing);
            let paper = exercise_drawing(drawing, &Half);
            let texts = shapes
                .iter()
                .filter(|s| matches!(s, Shape::Text { .. }))
                .count();
            assert_eq!(paper.paths.len(), shapes.len() - texts + 1, "{drawing:?}");
            assert_eq!(paper.labels.len(), texts);
            let drawn = shapes.iter().filter(|s| !matches!(s, Shape::Text { .. }));
            for (shape, path) in drawn.zip(paper.paths.iter().skip(1)) {
                if let Shape::Line { points, pen } = shape {
                    assert_eq!(&path.points, points);
                    assert_eq!(path.stroke.as_ref().map(|s| s.width), Some(pen.width()));
                }
            }
        }
    }

    #[test]
    fn the_movement_is_drawn_in_the_accent_colour_and_the_person_in_ink() {
        let paper = exercise_drawing(ExerciseDrawing::HipBridge, &Half);
        let colours: Vec<Rgb> = paper
            .paths
            .iter()
            .filter_map(|p| p.stroke.as_ref().map(|s| s.colour))
            .collect();
        assert!(colours.contains(&ACCENT) && colours.contains(&INK));
    }
}
