//! The clinician's consult marks on paper: pen lines, arrows and circles as vector paths in
//! the diagram coordinates they were drawn in, each ink with its own colour and dash pattern
//! (so a black-and-white printer still tells them apart), a white halo under each so it reads
//! over any tissue, and the mark's number beside it, as in the list of marks in words.

use crate::body::geometry::Point;
use crate::consult::drawing::{Ink, Mark, MarkShape};

use super::model::{Drawing, LabelItem, PathItem, Rgb, StrokeStyle};

/// Width of a mark's line, in diagram units.
const WIDTH: f32 = 7.0;
/// Size of a mark's number.
const NUMBER_SIZE: f32 = 34.0;
/// Sides of the polygon a circle is drawn as.
const CIRCLE_SIDES: usize = 48;

/// Colour and dash pattern (diagram units) of an ink on paper: the light theme's inks, each
/// with its own dash.
pub fn ink_on_paper(ink: Ink) -> (Rgb, Vec<f32>) {
    match ink {
        Ink::First => ([20, 20, 20], Vec::new()),
        Ink::Second => ([190, 0, 110], vec![22.0, 9.0]),
        Ink::Third => ([0, 120, 40], vec![6.0, 8.0]),
    }
}

fn stroke(colour: Rgb, width: f32, dash: Vec<f32>) -> Option<StrokeStyle> {
    Some(StrokeStyle {
        colour,
        width,
        dash,
    })
}

/// The lines of a mark (each a list of points), and where its number goes.
fn lines_of(shape: &MarkShape) -> (Vec<Vec<Point>>, Point) {
    match shape {
        MarkShape::Pen(points) => {
            let end = points.last().copied().unwrap_or([0.0; 2]);
            (vec![points.clone()], end)
        }
        MarkShape::Arrow { from, to } => (vec![vec![*from, *to]], *from),
        MarkShape::Circle { center, radius } => {
            let ring = (0..=CIRCLE_SIDES)
                .map(|i| {
                    let a = std::f32::consts::TAU * i as f32 / CIRCLE_SIDES as f32;
                    [center[0] + radius * a.cos(), center[1] + radius * a.sin()]
                })
                .collect();
            (
                vec![ring],
                // The number outside the ring, at its upper right.
                [
                    center[0] + radius * 0.75 + 6.0,
                    center[1] - radius * 0.75 - 6.0,
                ],
            )
        }
    }
}

/// The filled head of an arrow at `to`.
fn arrow_head(from: Point, to: Point) -> Option<Vec<Point>> {
    let (dx, dy) = (to[0] - from[0], to[1] - from[1]);
    let length = (dx * dx + dy * dy).sqrt();
    if length <= 0.0 {
        return None;
    }
    let (ux, uy) = (dx / length, dy / length);
    let (nx, ny) = (-uy, ux);
    let head = 26.0_f32.min(length * 0.6);
    Some(vec![
        to,
        [
            to[0] - ux * head + nx * head * 0.5,
            to[1] - uy * head + ny * head * 0.5,
        ],
        [
            to[0] - ux * head - nx * head * 0.5,
            to[1] - uy * head - ny * head * 0.5,
        ],
    ])
}

/// Adds `marks` (index in the consult's list, mark) to `drawing`, shifted by `origin`.
pub fn push_marks(drawing: &mut Drawing, marks: &[(usize, &Mark)], origin: Point) {
    let at = |p: &Point| [p[0] + origin[0], p[1] + origin[1]];
    for (index, mark) in marks {
        let (colour, dash) = ink_on_paper(mark.ink);
        let (lines, number_at) = lines_of(&mark.shape);
        for line in lines {
            let points: Vec<Point> = line.iter().map(at).collect();
            // The halo first, then the ink over it.
            drawing.paths.push(PathItem {
                points: points.clone(),
                closed: false,
                fill: None,
                stroke: stroke([255, 255, 255], WIDTH + 5.0, Vec::new()),
            });
            drawing.paths.push(PathItem {
                points,
                closed: false,
                fill: None,
                stroke: stroke(colour, WIDTH, dash.clone()),
            });
        }
        if let MarkShape::Arrow { from, to } = &mark.shape
            && let Some(head) = arrow_head(*from, *to)
        {
            drawing.paths.push(PathItem {
                points: head.iter().map(at).collect(),
                closed: true,
                fill: Some((colour, 1.0)),
                stroke: stroke([255, 255, 255], 2.0, Vec::new()),
            });
        }
        let number = at(&number_at);
        drawing.labels.push(LabelItem {
            at: [number[0] + 6.0, number[1] - 6.0],
            size: NUMBER_SIZE,
            text: (index + 1).to_string(),
        });
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "tests")]
    use super::*;
    use crate::body::Leg;
    use crate::consult::drawing::Space;

    fn mark(shape: MarkShape, ink: Ink) -> Mark {
        Mark {
            shape,
            ink,
            space: Space {
                view: "side".into(),
                leg: Leg::Right,
                two_legs: false,
            },
        }
    }

    #[test]
    fn each_mark_is_paths_at_its_diagram_place_with_its_number() {
        let pen = mark(MarkShape::Pen(vec![[10.0, 10.0], [20.0, 30.0]]), Ink::First);
        let arrow = mark(
            MarkShape::Arrow {
                from: [0.0, 0.0],
                to: [100.0, 0.0],
            },
            Ink::Second,
        );
        let circle = mark(
            MarkShape::Circle {
                center: [50.0, 50.0],
                radius: 20.0,
            },
            Ink::Third,
        );
        let mut drawing = Drawing::default();
        push_marks(
            &mut drawing,
            &[(0, &pen), (1, &arrow), (4, &circle)],
            [5.0, 0.0],
        );
        // Halo and ink per line, plus the arrow's head.
        assert_eq!(drawing.paths.len(), 7);
        assert_eq!(drawing.paths[1].points, vec![[15.0, 10.0], [25.0, 30.0]]);
        let labels: Vec<&str> = drawing.labels.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(labels, ["1", "2", "5"]);
        // The circle passes through its radius, shifted with the view.
        let ring = &drawing.paths[6].points;
        assert!(ring.iter().all(|p| {
            let d = ((p[0] - 55.0).powi(2) + (p[1] - 50.0).powi(2)).sqrt();
            (d - 20.0).abs() < 0.01
        }));
    }

    #[test]
    fn every_ink_has_its_own_dash() {
        let dashes: Vec<Vec<f32>> = Ink::ALL.iter().map(|i| ink_on_paper(*i).1).collect();
        for (i, a) in dashes.iter().enumerate() {
            for b in &dashes[i + 1..] {
                assert_ne!(a, b);
            }
        }
    }
}
