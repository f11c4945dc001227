//! What the clinician draws on the picture: pen strokes, arrows and circles in diagram
//! coordinates (so zoom, pan, resizing and switching views leave them on the body), three
//! ink slots that the theme colours, undo and clear, and a description of each mark in words
//! by the nearest body region. No egui.

use crate::body::Leg;
use crate::body::diagram::Diagram;
use crate::body::geometry::Point;
use crate::messages::Messages;

/// What a drag on the picture does.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Tool {
    /// Drag moves the picture; nothing is drawn.
    Move,
    /// Freehand line.
    #[default]
    Pen,
    /// A straight arrow from where the drag starts to where it ends.
    Arrow,
    /// A circle centred where the drag starts, through where it ends.
    Circle,
}

impl Tool {
    /// Every tool, in toolbar order.
    pub const ALL: [Tool; 4] = [Tool::Move, Tool::Pen, Tool::Arrow, Tool::Circle];

    /// The message id of its button's name (`consult.ftl`).
    pub fn label_id(self) -> &'static str {
        match self {
            Tool::Move => "consult-tool-Move",
            Tool::Pen => "consult-tool-Pen",
            Tool::Arrow => "consult-tool-Arrow",
            Tool::Circle => "consult-tool-Circle",
        }
    }
}

/// One of three ink slots; the theme gives each a colour that reads on its canvas.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Ink {
    /// The first ink.
    #[default]
    First,
    /// The second ink.
    Second,
    /// The third ink.
    Third,
}

impl Ink {
    /// Every ink, in toolbar order.
    pub const ALL: [Ink; 3] = [Ink::First, Ink::Second, Ink::Third];

    /// Index into the theme's ink colours.
    pub fn index(self) -> usize {
        match self {
            Ink::First => 0,
            Ink::Second => 1,
            Ink::Third => 2,
        }
    }
}

/// Where a mark was drawn: the picture whose diagram coordinates it uses. A mark is shown
/// whenever that picture is, at the same place on the body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Space {
    /// Body view id.
    pub view: String,
    /// Which leg (single-leg pictures).
    pub leg: Leg,
    /// The two-legged picture (its own combined coordinates).
    pub two_legs: bool,
}

/// The shape of a mark, in diagram coordinates of its [`Space`].
#[derive(Clone, Debug, PartialEq)]
pub enum MarkShape {
    /// A freehand line through these points.
    Pen(Vec<Point>),
    /// An arrow.
    Arrow {
        /// Tail.
        from: Point,
        /// Tip.
        to: Point,
    },
    /// A circle.
    Circle {
        /// Centre.
        center: Point,
        /// Radius in diagram units.
        radius: f32,
    },
}

impl MarkShape {
    /// The message id of the word for it in a description (`consult.ftl`).
    pub fn noun_id(&self) -> &'static str {
        match self {
            MarkShape::Pen(_) => "consult-shape-line",
            MarkShape::Arrow { .. } => "consult-shape-arrow",
            MarkShape::Circle { .. } => "consult-shape-circle",
        }
    }

    /// The point that says where the mark is: a circle's centre, an arrow's tip, the middle
    /// point of a line.
    pub fn focus(&self) -> Point {
        match self {
            MarkShape::Pen(points) => points.get(points.len() / 2).copied().unwrap_or([0.0; 2]),
            MarkShape::Arrow { to, .. } => *to,
            MarkShape::Circle { center, .. } => *center,
        }
    }
}

/// One mark on the picture.
#[derive(Clone, Debug, PartialEq)]
pub struct Mark {
    /// Its shape.
    pub shape: MarkShape,
    /// Its ink.
    pub ink: Ink,
    /// The picture it belongs to.
    pub space: Space,
}

/// Most marks kept; a longer drawing stops taking new marks (and says so).
pub const MAX_MARKS: usize = 200;
/// Most changes that Undo can take back.
pub const MAX_UNDO: usize = 100;

/// The marks, with undo.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Drawing {
    marks: Vec<Mark>,
    /// Earlier mark lists, most recent last (add, delete and clear can all be undone).
    undo: Vec<Vec<Mark>>,
}

impl Drawing {
    /// Every mark, in the order drawn.
    pub fn marks(&self) -> &[Mark] {
        &self.marks
    }

    /// Whether Undo can take something back.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    fn remember(&mut self) {
        self.undo.push(self.marks.clone());
        if self.undo.len() > MAX_UNDO {
            self.undo.remove(0);
        }
    }

    /// Adds a mark. Returns false (and keeps the drawing) when it is full or the mark is
    /// empty (a pen stroke needs two points, a circle a radius).
    pub fn add(&mut self, mark: Mark) -> bool {
        let empty = match &mark.shape {
            MarkShape::Pen(points) => points.len() < 2,
            MarkShape::Arrow { from, to } => from == to,
            MarkShape::Circle { radius, .. } => *radius <= 0.0,
        };
        if empty || self.marks.len() >= MAX_MARKS {
            return false;
        }
        self.remember();
        self.marks.push(mark);
        true
    }

    /// Deletes mark `index` (0-based), if there is one.
    pub fn delete(&mut self, index: usize) {
        if index < self.marks.len() {
            self.remember();
            self.marks.remove(index);
        }
    }

    /// Removes every mark (Undo brings them back).
    pub fn clear(&mut self) {
        if !self.marks.is_empty() {
            self.remember();
            self.marks.clear();
        }
    }

    /// Takes back the last add, delete or clear.
    pub fn undo(&mut self) {
        if let Some(previous) = self.undo.pop() {
            self.marks = previous;
        }
    }
}

/// Appends `point` to a stroke unless it is closer than `min_gap` to the last point kept
/// (the caller passes one screen pixel in diagram units, so a slow hand adds no clutter).
pub fn push_simplified(points: &mut Vec<Point>, point: Point, min_gap: f32) {
    if let Some(last) = points.last()
        && distance(*last, point) < min_gap
    {
        return;
    }
    points.push(point);
}

/// A whole stroke simplified as [`push_simplified`] would have built it.
pub fn simplify(points: &[Point], min_gap: f32) -> Vec<Point> {
    let mut out = Vec::with_capacity(points.len());
    for p in points {
        push_simplified(&mut out, *p, min_gap);
    }
    out
}

fn distance(a: Point, b: Point) -> f32 {
    ((a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2)).sqrt()
}

/// The region a point is on, or else the region whose anchor is nearest.
pub fn nearest_region(diagram: &Diagram, point: Point) -> Option<&str> {
    diagram.region_at(point).or_else(|| {
        diagram
            .anchors
            .iter()
            .min_by(|a, b| distance(a.1, point).total_cmp(&distance(b.1, point)))
            .map(|(id, _)| id.as_str())
    })
}

/// "Mark 2: circle near the right Achilles tendon", in the language of `words`
/// (`assets/i18n/<lang>/consult.ftl`). `number` counts from 1; `diagram` is the picture of
/// the mark's space (in the two-legged picture the left leg's regions end in
/// [`LEFT_SUFFIX`]); `name` gives a region's name.
pub fn describe(
    number: usize,
    mark: &Mark,
    diagram: &Diagram,
    name: impl Fn(&str) -> String,
    words: &Messages,
) -> String {
    let shape = words.get(mark.shape.noun_id());
    let Some(region) = nearest_region(diagram, mark.shape.focus()) else {
        return words.with(
            "consult-mark",
            &[("number", number.into()), ("shape", shape.into())],
        );
    };
    let (region, side) = match region.strip_suffix(LEFT_SUFFIX) {
        Some(id) => (id, "left"),
        None if mark.space.two_legs => (region, "right"),
        None => match mark.space.leg {
            Leg::Right => (region, "right"),
            Leg::Left => (region, "left"),
        },
    };
    let region_name = lower_first(&name(region));
    // Parts on the midline have no side ("the sacrum", "the L5 vertebra").
    let id = if is_midline(region) {
        "consult-mark-midline"
    } else {
        "consult-mark-near"
    };
    words.with(
        id,
        &[
            ("number", number.into()),
            ("shape", shape.into()),
            ("side", side.into()),
            ("region", region_name.into()),
        ],
    )
}

/// A mark's number and words when its picture is not known: "Mark 3".
pub fn unplaced(number: usize, words: &Messages) -> String {
    words.with("consult-mark-number", &[("number", number.into())])
}

/// The end of a region id on the left leg of the two-legged picture.
pub const LEFT_SUFFIX: &str = "@left";

/// Regions on the body's midline, named without a side.
fn is_midline(region: &str) -> bool {
    region == "lumbar_spine" || region == "sacrum" || region.starts_with("vertebra_")
}

/// "Achilles tendon" stays; "Lower back (lumbar spine)" becomes "lower back (lumbar spine)";
/// names that start with an abbreviation ("L5 vertebra") keep their capitals.
fn lower_first(name: &str) -> String {
    let mut chars = name.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if first.is_uppercase() && second.is_lowercase() => {
            let rest: String = name.chars().skip(1).collect();
            if name.starts_with("Achilles") {
                name.to_owned()
            } else {
                format!("{}{rest}", first.to_lowercase())
            }
        }
        _ => name.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn en() -> Messages {
        Messages::new("en")
    }

    fn space() -> Space {
        Space {
            view: "side".into(),
            leg: Leg::Right,
            two_legs: false,
        }
    }

    fn circle(at: Point) -> Mark {
        Mark {
            shape: MarkShape::Circle {
                center: at,
                radius: 10.0,
            },
            ink: Ink::First,
            space: space(),
        }
    }

    #[test]
    fn points_closer_than_the_gap_are_dropped() {
        let stroke = simplify(
            &[[0.0, 0.0], [0.3, 0.0], [0.9, 0.0], [1.2, 0.0], [5.0, 5.0]],
            1.0,
        );
        assert_eq!(stroke, vec![[0.0, 0.0], [1.2, 0.0], [5.0, 5.0]]);
    }

    #[test]
    fn undo_takes_back_add_delete_and_clear() {
        let mut drawing = Drawing::default();
        assert!(drawing.add(circle([1.0, 1.0])));
        assert!(drawing.add(circle([2.0, 2.0])));
        drawing.delete(0);
        assert_eq!(drawing.marks().len(), 1);
        drawing.clear();
        assert!(drawing.marks().is_empty());
        drawing.undo();
        assert_eq!(drawing.marks().len(), 1);
        drawing.undo();
        assert_eq!(drawing.marks().len(), 2);
        drawing.undo();
        drawing.undo();
        assert!(drawing.marks().is_empty());
        assert!(!drawing.can_undo());
    }

    #[test]
    fn empty_marks_are_not_added() {
        let mut drawing = Drawing::default();
        let mut dot = circle([1.0, 1.0]);
        dot.shape = MarkShape::Pen(vec![[1.0, 1.0]]);
        assert!(!drawing.add(dot));
        assert!(!drawing.can_undo());
    }

    #[test]
    fn a_mark_is_described_by_the_region_it_is_on_or_nearest() {
        let diagrams =
            crate::body::parse_diagrams(crate::body::diagram::EMBEDDED_GEOMETRY).unwrap();
        let side = &diagrams[0];
        let content = crate::content::load_embedded();
        let name = |id: &str| {
            content
                .region(id)
                .map_or("?".to_owned(), |r| r.name.clone())
        };
        let on_tendon = side.anchor("achilles").unwrap();
        let text = describe(2, &circle(on_tendon), side, name, &en());
        assert_eq!(text, "Mark 2: circle near the right Achilles tendon");
        // Far outside the body: the nearest region's name.
        let off = [on_tendon[0] + 150.0, on_tendon[1]];
        let text = describe(1, &circle(off), side, name, &en());
        assert!(text.starts_with("Mark 1: circle near the right "), "{text}");
    }

    #[test]
    fn midline_parts_have_no_side_and_two_legs_use_the_midline() {
        let diagrams =
            crate::body::parse_diagrams(crate::body::diagram::EMBEDDED_GEOMETRY).unwrap();
        let side = &diagrams[0];
        let sacrum = side.anchor("sacrum").unwrap();
        let text = describe(1, &circle(sacrum), side, |_| "Sacrum".into(), &en());
        assert_eq!(text, "Mark 1: circle near the sacrum");
        let two = crate::consult::picture::two_legged(&diagrams[1], Leg::Right);
        let mut mark = circle(two.anchor("achilles@left").unwrap());
        mark.space.two_legs = true;
        let text = describe(1, &mark, &two, |_| "Achilles tendon".into(), &en());
        assert_eq!(text, "Mark 1: circle near the left Achilles tendon");
        mark.shape = MarkShape::Circle {
            center: two.anchor("achilles").unwrap(),
            radius: 3.0,
        };
        let text = describe(1, &mark, &two, |_| "Achilles tendon".into(), &en());
        assert_eq!(text, "Mark 1: circle near the right Achilles tendon");
    }

    #[test]
    fn marks_are_described_in_the_chosen_language() {
        let diagrams =
            crate::body::parse_diagrams(crate::body::diagram::EMBEDDED_GEOMETRY).unwrap();
        let side = &diagrams[0];
        let es = Messages::new("es");
        let on_tendon = side.anchor("achilles").unwrap();
        let text = describe(
            2,
            &circle(on_tendon),
            side,
            |_| "Tendón de Aquiles".into(),
            &es,
        );
        assert_eq!(
            text,
            "Marca 2: círculo cerca de: tendón de Aquiles (lado derecho)"
        );
        let sacrum = side.anchor("sacrum").unwrap();
        let text = describe(1, &circle(sacrum), side, |_| "Sacro".into(), &es);
        assert_eq!(text, "Marca 1: círculo cerca de: sacro");
        assert_eq!(unplaced(3, &es), "Marca 3");
    }
}
