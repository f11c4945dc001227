//! Body geometry as data: the file format of `assets/body/body.ron`.
//!
//! Diagram space: x to the right, y down, in the view's own units (`size`). Shapes are drawn in
//! file order, so later shapes sit on top and win hit-tests. Outlines are control points; with
//! `smooth: true` they are turned into a smooth curve (Catmull-Rom) before drawing and
//! hit-testing, so a few points give a clean anatomical outline.

use serde::{Deserialize, Serialize};

/// A point in diagram space.
pub type Point = [f32; 2];

/// The whole body map: one or more views of the same regions.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct BodyGeometry {
    /// The views, e.g. `side` and `back`.
    pub views: Vec<View>,
}

/// One view of the lower back, pelvis and right leg.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct View {
    /// Stable id: `side` or `back`.
    pub id: String,
    /// Name on the view switch, e.g. "Side view".
    pub name: String,
    /// Width and height of the view in diagram units.
    pub size: Point,
    /// Shapes, bottom to top.
    pub shapes: Vec<Shape>,
    /// Pathway overlay shapes, drawn above the body when their pathway is on.
    #[serde(default)]
    pub pathways: Vec<PathwayShape>,
    /// Where each region's name label sits.
    #[serde(default)]
    pub labels: Vec<Label>,
}

/// One drawn shape, optionally belonging to a clickable region.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Shape {
    /// Region id from `content/regions.ron`, or `None` for drawing-only shapes (skin outline).
    #[serde(default)]
    pub region: Option<String>,
    /// What kind of tissue it is; picks its colour from the theme.
    pub tissue: Tissue,
    /// The outline.
    pub outline: Outline,
}

/// Tissue kinds; each has a theme colour so bone and soft tissue are told apart.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq, Hash)]
pub enum Tissue {
    /// Body outline (skin).
    Skin,
    /// Bone: vertebrae, sacrum, pelvis, femur, tibia, fibula, foot bones.
    Bone,
    /// Intervertebral disc.
    Disc,
    /// Muscle.
    Muscle,
    /// Tendon (Achilles).
    Tendon,
    /// Ligament.
    Ligament,
    /// Nerve and nerve roots.
    Nerve,
    /// Joint area (hip, knee, ankle) drawn as a soft halo.
    Joint,
}

/// A shape's outline in diagram space.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
pub enum Outline {
    /// A closed outline (may be concave).
    Polygon {
        /// Control points, in order.
        points: Vec<Point>,
        /// Draw a smooth curve through the points instead of straight edges.
        #[serde(default)]
        smooth: bool,
    },
    /// An open line with a width (nerves, tendons seen edge-on).
    Line {
        /// Control points, in order.
        points: Vec<Point>,
        /// Stroke width in diagram units.
        width: f32,
        /// Draw a smooth curve through the points.
        #[serde(default)]
        smooth: bool,
    },
    /// An ellipse (joint halos, heel bone, small bones).
    Ellipse {
        /// Centre.
        center: Point,
        /// Half-width and half-height.
        radii: Point,
        /// Rotation in degrees, clockwise in diagram space.
        #[serde(default)]
        rotation_deg: f32,
    },
}

/// A shape that belongs to a pathway overlay.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct PathwayShape {
    /// Pathway id from `content/pathways.ron`: `nerve_route`, `movement_chain`, `limp`.
    pub pathway: String,
    /// Which part: for `movement_chain` `ankle_to_back` or `back_to_ankle`; for `nerve_route`
    /// `L4`, `L5`, `S1` or `trunk`; for `limp` `weight_shift`.
    pub part: String,
    /// The path, drawn in the direction of its points; `Polygon` shapes are drawn as zones.
    pub outline: Outline,
    /// Optional caption drawn at the path's end (e.g. "S1: calf, heel, outer foot").
    #[serde(default)]
    pub label: Option<String>,
}

/// Where a region's name label is drawn.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Label {
    /// Region id.
    pub region: String,
    /// Label anchor in diagram space (the text starts here).
    pub at: Point,
    /// Point on the region the leader line points to.
    pub target: Point,
}
