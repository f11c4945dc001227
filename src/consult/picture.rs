//! What the consult picture shows at a step: the view, the leg or both legs, highlights,
//! pathways and their parts, one structure alone. Resolved from the story step and the
//! clinician's changes. No egui.

use std::collections::BTreeSet;

use super::drawing::{LEFT_SUFFIX, Space};
use crate::body::Leg;
use crate::body::diagram::{Diagram, DiagramPathway, DiagramShape};
use crate::body::shape::Resolved;
use crate::content::stories::{Load, Step};

/// The x of the body's midline in the back view (its vertebrae are symmetric about it).
pub const BACK_MIDLINE_X: f32 = 160.0;

/// The back view with both legs: the drawn (right) leg and its mirror image about the
/// midline. The left leg's regions end in [`LEFT_SUFFIX`]; each shape is followed by its
/// mirror image, so tissues keep their order. Pathways are drawn on the `sore` leg only.
pub fn two_legged(back: &Diagram, sore: Leg) -> Diagram {
    let flip = |p: &[f32; 2]| [2.0 * BACK_MIDLINE_X - p[0], p[1]];
    let flip_outline = |outline: &Resolved| match outline {
        Resolved::Polygon(points) => Resolved::Polygon(points.iter().map(flip).collect()),
        Resolved::Line { points, width } => Resolved::Line {
            points: points.iter().map(flip).collect(),
            width: *width,
        },
    };
    let mut shapes = Vec::with_capacity(back.shapes.len() * 2);
    for shape in &back.shapes {
        shapes.push(DiagramShape {
            region: shape.region.as_ref().map(|r| format!("{r}{LEFT_SUFFIX}")),
            outline: flip_outline(&shape.outline),
            ..shape.clone()
        });
        shapes.push(shape.clone());
    }
    let pathways = match sore {
        Leg::Right => back.pathways.clone(),
        Leg::Left => back
            .pathways
            .iter()
            .map(|p| DiagramPathway {
                outline: flip_outline(&p.outline),
                ..p.clone()
            })
            .collect(),
    };
    let mut diagram = Diagram {
        id: back.id.clone(),
        name: "Both legs, from behind".to_owned(),
        size: [2.0 * BACK_MIDLINE_X, back.size[1]],
        shapes,
        pathways,
        labels: Vec::new(),
        anchors: Vec::new(),
    };
    // Anchors from the back view's, not searched again (that search tests every outline
    // point against every shape: seconds in a debug build). The drawn leg's copies lie on top,
    // so its anchors hold; the mirror image's are the mirrored points, where nothing covers
    // them. A mirrored part hidden under the drawn one (the spine, on the midline) gets none.
    let mut anchors = Vec::with_capacity(back.anchors.len() * 2);
    for (id, point) in &back.anchors {
        let mirrored = flip(point);
        let left = format!("{id}{LEFT_SUFFIX}");
        if diagram.region_at(mirrored) == Some(left.as_str()) {
            anchors.push((left, mirrored));
        }
        let right = if diagram.region_at(*point) == Some(id.as_str()) {
            Some(*point)
        } else {
            diagram.point_in_region(id)
        };
        if let Some(point) = right {
            anchors.push((id.clone(), point));
        }
    }
    diagram.anchors = anchors;
    diagram
}

/// The body views, resolved once: right leg, left leg, and both legs (from the back view).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Pictures {
    /// Views for the right leg (`app.diagrams`).
    pub right: Vec<Diagram>,
    /// The same views for the left leg.
    pub left: Vec<Diagram>,
    /// Both legs from behind, with pathways on the right leg and on the left leg.
    pub both: Option<(Diagram, Diagram)>,
}

impl Pictures {
    /// Resolves the two-legged pictures from the views.
    pub fn new(right: &[Diagram], left: &[Diagram]) -> Self {
        let both = right
            .iter()
            .find(|d| d.id == "back")
            .map(|back| (two_legged(back, Leg::Right), two_legged(back, Leg::Left)));
        Self {
            right: right.to_vec(),
            left: left.to_vec(),
            both,
        }
    }

    /// The diagram of a space.
    pub fn diagram(&self, space: &Space) -> Option<&Diagram> {
        if space.two_legs {
            let (right, left) = self.both.as_ref()?;
            return Some(match space.leg {
                Leg::Right => right,
                Leg::Left => left,
            });
        }
        let views = match space.leg {
            Leg::Right => &self.right,
            Leg::Left => &self.left,
        };
        views.iter().find(|d| d.id == space.view)
    }
}

/// What the picture shows now.
#[derive(Clone, Debug, PartialEq)]
pub struct Picture {
    /// Which diagram, and the space marks drawn now belong to.
    pub space: Space,
    /// Highlighted regions (ids in the diagram: on the left leg of two legs, with the suffix).
    pub highlighted: BTreeSet<String>,
    /// Pathways drawn.
    pub pathways: BTreeSet<String>,
    /// Parts drawn in full colour; the others of the same pathways are faded. Empty: all.
    pub parts: Vec<String>,
    /// Only this region is drawn (the rest of the body as a faint outline).
    pub isolated: Option<String>,
    /// Whether the pathways move (the step asks for it; reduce motion still wins).
    pub animate: bool,
    /// How weight is shared between the legs.
    pub load: Load,
}

/// The clinician's changes to the step's picture (cleared when the step changes).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PictureChanges {
    /// Another view (id) than the step's.
    pub view: Option<String>,
    /// Another leg than the step's.
    pub leg: Option<Leg>,
    /// Both legs on or off.
    pub two_legs: Option<bool>,
    /// One nerve root's whole path (`L4`, `L5`, `S1`), the others faded.
    pub root: Option<String>,
    /// One structure alone (region id as in the step).
    pub isolated: Option<String>,
}

/// The nerve roots the "one root" buttons offer, with their region ids.
pub const ROOTS: [(&str, &str); 3] = [("L4", "root_l4"), ("L5", "root_l5"), ("S1", "root_s1")];

/// The picture of `step` with the clinician's `changes`.
pub fn picture(step: &Step, changes: &PictureChanges) -> Picture {
    let view = changes.view.clone().unwrap_or_else(|| step.view.clone());
    let two_legs = changes.two_legs.unwrap_or(step.two_legs) && view == "back";
    let leg = changes.leg.unwrap_or(step.leg);
    let side = |id: &str| match (two_legs, leg) {
        (true, Leg::Left) => format!("{id}{LEFT_SUFFIX}"),
        _ => id.to_owned(),
    };
    let mut highlighted: BTreeSet<String> = step.regions.iter().map(|r| side(r)).collect();
    let mut pathways: BTreeSet<String> = step.pathways.iter().cloned().collect();
    let mut parts = step.parts.clone();
    let mut animate = step.animate;
    if let Some(root) = &changes.root {
        pathways.insert("nerve_route".to_owned());
        parts = vec![root.clone()];
        animate = true;
        highlighted.clear();
        if let Some((_, region)) = ROOTS.iter().find(|(name, _)| name == root) {
            highlighted.insert(side(region));
        }
    }
    Picture {
        space: Space {
            view,
            leg,
            two_legs,
        },
        highlighted,
        pathways,
        parts,
        isolated: changes.isolated.as_deref().map(side),
        animate,
        load: if two_legs { step.load } else { Load::None },
    }
}

/// The regions a leg's load line runs through in the two-legged picture, from the foot up.
const LOAD_LINE: [&str; 3] = ["heel_bone", "knee", "hip_pelvis"];

/// One leg's load line in the two-legged picture (heel, knee, hip anchors), or `None` when
/// the drawing has no such anchors. `left` picks the mirrored (left) leg.
pub fn load_line(two_legs: &Diagram, left: bool) -> Option<[crate::body::geometry::Point; 3]> {
    let suffix = if left { LEFT_SUFFIX } else { "" };
    let [foot, knee, hip] = LOAD_LINE.map(|id| two_legs.anchor(&format!("{id}{suffix}")));
    Some([foot?, knee?, hip?])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_legs_have_a_load_line_from_foot_to_hip() {
        let back = diagrams().into_iter().find(|d| d.id == "back").unwrap();
        let both = two_legged(&back, Leg::Right);
        for left in [false, true] {
            let [foot, knee, hip] = load_line(&both, left).unwrap();
            // The screen's y grows downward: the line climbs.
            assert!(
                foot[1] > knee[1] && knee[1] > hip[1],
                "{foot:?} {knee:?} {hip:?}"
            );
            let right_side = foot[0] > BACK_MIDLINE_X;
            assert_eq!(right_side, !left);
        }
        assert!(load_line(&back, true).is_none(), "one leg: no left line");
    }

    fn diagrams() -> Vec<Diagram> {
        crate::body::parse_diagrams(crate::body::diagram::EMBEDDED_GEOMETRY).unwrap()
    }

    #[test]
    fn both_legs_mirror_about_the_spine() {
        let back = diagrams().into_iter().find(|d| d.id == "back").unwrap();
        let both = two_legged(&back, Leg::Right);
        let right = both.anchor("achilles").unwrap();
        let left = both.anchor("achilles@left").unwrap();
        assert!(right[0] > BACK_MIDLINE_X && left[0] < BACK_MIDLINE_X);
        assert_eq!(both.region_at(right), Some("achilles"));
        assert_eq!(both.region_at(left), Some("achilles@left"));
        // Everything drawn fits in the picture.
        for shape in &both.shapes {
            let (min, max) = shape.outline.bounds();
            assert!(
                min[0] >= 0.0 && max[0] <= both.size[0],
                "{:?}",
                shape.region
            );
        }
        let mirrored = two_legged(&back, Leg::Left);
        let right_path = both.pathways[0].outline.points()[0];
        let left_path = mirrored.pathways[0].outline.points()[0];
        assert_eq!(left_path[0], 2.0 * BACK_MIDLINE_X - right_path[0]);
    }

    #[test]
    fn one_root_fades_the_others_and_changes_clear_with_the_step() {
        let content = crate::content::load_embedded();
        let _ = &content;
        let step = Step {
            view: "side".into(),
            leg: Leg::Right,
            two_legs: false,
            load: Load::None,
            regions: vec!["achilles".into()],
            pathways: vec![],
            parts: vec![],
            animate: false,
            signs: vec![],
            patient: "p".into(),
            clinician: "c".into(),
            link: crate::content::Link::section("a", "b"),
        };
        let plain = picture(&step, &PictureChanges::default());
        assert!(plain.pathways.is_empty());
        let root = picture(
            &step,
            &PictureChanges {
                root: Some("L5".into()),
                ..Default::default()
            },
        );
        assert!(root.pathways.contains("nerve_route"));
        assert_eq!(root.parts, vec!["L5".to_owned()]);
        assert!(root.highlighted.contains("root_l5"));
        // Two legs only from the back.
        let two = picture(
            &step,
            &PictureChanges {
                two_legs: Some(true),
                ..Default::default()
            },
        );
        assert!(!two.space.two_legs);
        let two = picture(
            &step,
            &PictureChanges {
                two_legs: Some(true),
                view: Some("back".into()),
                leg: Some(Leg::Left),
                ..Default::default()
            },
        );
        assert!(two.space.two_legs);
        assert!(two.highlighted.contains("achilles@left"));
    }
}
