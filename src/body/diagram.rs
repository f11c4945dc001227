//! A view of the body ready to draw and hit-test: outlines resolved once at start.

use super::geometry::{BodyGeometry, Label, Point, Tissue, View};
use super::shape::{Resolved, triangulate};
use crate::content::model::PathwayStyle;

/// The body geometry shipped with the app.
pub const EMBEDDED_GEOMETRY: &str = include_str!("../../assets/body/body.ron");

/// One resolved shape.
#[derive(Clone, Debug, PartialEq)]
pub struct DiagramShape {
    /// Region id, if the shape is clickable.
    pub region: Option<String>,
    /// Tissue (colour).
    pub tissue: Tissue,
    /// Resolved outline.
    pub outline: Resolved,
    /// Triangles filling a polygon outline (index triples into its points).
    pub triangles: Vec<[u32; 3]>,
}

/// One resolved pathway shape.
#[derive(Clone, Debug, PartialEq)]
pub struct DiagramPathway {
    /// Pathway id.
    pub pathway: String,
    /// Part (direction or root).
    pub part: String,
    /// Resolved outline.
    pub outline: Resolved,
    /// Caption at the end of the path.
    pub label: Option<String>,
    /// How it is drawn, as the content declares it ([`Diagram::set_pathway_styles`]).
    pub style: PathwayStyle,
    /// Triangles filling a zone (indices into the outline's points), worked out once; empty
    /// for a route.
    pub triangles: Vec<[u32; 3]>,
}

/// A view ready for drawing and hit-testing.
#[derive(Clone, Debug, PartialEq)]
pub struct Diagram {
    /// View id.
    pub id: String,
    /// View name.
    pub name: String,
    /// Size in diagram units.
    pub size: Point,
    /// Shapes, bottom to top.
    pub shapes: Vec<DiagramShape>,
    /// Pathway shapes.
    pub pathways: Vec<DiagramPathway>,
    /// Region labels.
    pub labels: Vec<Label>,
    /// For each region, in drawing order: a point inside it that nothing covers (where its
    /// focus ring and accessible widget sit). Computed once, not every frame.
    pub anchors: Vec<(String, Point)>,
}

impl Diagram {
    /// Gives every pathway part the style the content declares for it (`pathways.ron`).
    pub fn set_pathway_styles(&mut self, style_of: impl Fn(&str, &str) -> PathwayStyle) {
        for pathway in &mut self.pathways {
            pathway.style = style_of(&pathway.pathway, &pathway.part);
        }
    }

    /// Resolves a view.
    pub fn from_view(view: &View) -> Self {
        let mut diagram = Self {
            id: view.id.clone(),
            name: view.name.clone(),
            size: view.size,
            shapes: view
                .shapes
                .iter()
                .map(|shape| {
                    let outline = Resolved::from_outline(&shape.outline);
                    let triangles = match &outline {
                        Resolved::Polygon(points) => triangulate(points),
                        Resolved::Line { .. } => Vec::new(),
                    };
                    DiagramShape {
                        region: shape.region.clone(),
                        tissue: shape.tissue,
                        outline,
                        triangles,
                    }
                })
                .collect(),
            pathways: view
                .pathways
                .iter()
                .map(|p| {
                    let outline = Resolved::from_outline(&p.outline);
                    let triangles = match &outline {
                        Resolved::Polygon(points) => triangulate(points),
                        Resolved::Line { .. } => Vec::new(),
                    };
                    DiagramPathway {
                        pathway: p.pathway.clone(),
                        part: p.part.clone(),
                        outline,
                        label: p.label.clone(),
                        style: PathwayStyle::default(),
                        triangles,
                    }
                })
                .collect(),
            labels: view.labels.clone(),
            anchors: Vec::new(),
        };
        diagram.anchors = diagram
            .region_ids()
            .into_iter()
            .filter_map(|id| Some((id.to_owned(), diagram.point_in_region(id)?)))
            .collect();
        diagram
    }

    /// The anchor point of a region (see [`Diagram::anchors`]).
    pub fn anchor(&self, id: &str) -> Option<Point> {
        self.anchors.iter().find(|(r, _)| r == id).map(|(_, p)| *p)
    }

    /// Region ids in this view, in drawing order, each once.
    pub fn region_ids(&self) -> Vec<&str> {
        let mut ids: Vec<&str> = Vec::new();
        for id in self.shapes.iter().filter_map(|s| s.region.as_deref()) {
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        ids
    }

    /// The topmost region under `point_in_diagram`, if any.
    pub fn region_at(&self, point_in_diagram: Point) -> Option<&str> {
        self.shapes
            .iter()
            .rev()
            .filter(|shape| shape.region.is_some())
            .find(|shape| shape.outline.contains(point_in_diagram))
            .and_then(|shape| shape.region.as_deref())
    }

    /// A point inside region `id` where nothing above covers it (for focus and tests).
    pub fn point_in_region(&self, id: &str) -> Option<Point> {
        for shape in self
            .shapes
            .iter()
            .filter(|s| s.region.as_deref() == Some(id))
        {
            let centroid = shape.outline.centroid();
            if self.region_at(centroid) == Some(id) {
                return Some(centroid);
            }
            for p in shape.outline.points() {
                // Step from the outline towards the centre until the region is hit.
                for k in 1..10 {
                    let t = k as f32 / 10.0;
                    let q = [
                        p[0] + (centroid[0] - p[0]) * t,
                        p[1] + (centroid[1] - p[1]) * t,
                    ];
                    if self.region_at(q) == Some(id) {
                        return Some(q);
                    }
                }
            }
        }
        None
    }

    /// The same view mirrored left to right (the left leg).
    pub fn mirrored(&self) -> Self {
        let width = self.size[0];
        let flip = |p: &Point| [width - p[0], p[1]];
        let flip_outline = |outline: &Resolved| match outline {
            Resolved::Polygon(points) => Resolved::Polygon(points.iter().map(flip).collect()),
            Resolved::Line { points, width } => Resolved::Line {
                points: points.iter().map(flip).collect(),
                width: *width,
            },
        };
        Self {
            shapes: self
                .shapes
                .iter()
                .map(|s| DiagramShape {
                    outline: flip_outline(&s.outline),
                    ..s.clone()
                })
                .collect(),
            pathways: self
                .pathways
                .iter()
                .map(|p| DiagramPathway {
                    outline: flip_outline(&p.outline),
                    ..p.clone()
                })
                .collect(),
            labels: self
                .labels
                .iter()
                .map(|l| Label {
                    region: l.region.clone(),
                    at: flip(&l.at),
                    target: flip(&l.target),
                })
                .collect(),
            anchors: self
                .anchors
                .iter()
                .map(|(id, p)| (id.clone(), flip(p)))
                .collect(),
            ..self.clone()
        }
    }
}

/// Errors reading body geometry.
#[derive(Debug, Clone, thiserror::Error)]
#[error("body geometry {line}:{col}: {message}")]
pub struct GeometryError {
    /// Line.
    pub line: usize,
    /// Column.
    pub col: usize,
    /// Message.
    pub message: String,
}

/// Parses body geometry and resolves every view.
pub fn parse_diagrams(text: &str) -> Result<Vec<Diagram>, GeometryError> {
    Ok(diagrams_of(&parse_geometry(text)?))
}

/// Reads body geometry (RON) without resolving it.
pub fn parse_geometry(text: &str) -> Result<BodyGeometry, GeometryError> {
    ron::from_str(text).map_err(|err| GeometryError {
        line: err.span.start.line,
        col: err.span.start.col,
        message: err.code.to_string(),
    })
}

/// Resolves every view of a geometry into a diagram.
pub fn diagrams_of(geometry: &BodyGeometry) -> Vec<Diagram> {
    geometry.views.iter().map(Diagram::from_view).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::body::geometry::{Outline, Shape};

    fn view(shapes: Vec<Shape>) -> View {
        View {
            id: "t".into(),
            name: "Test".into(),
            size: [100.0, 100.0],
            shapes,
            pathways: vec![],
            labels: vec![],
        }
    }

    fn square(region: &str, min: f32, max: f32) -> Shape {
        Shape {
            region: Some(region.into()),
            tissue: Tissue::Bone,
            outline: Outline::Polygon {
                points: vec![[min, min], [max, min], [max, max], [min, max]],
                smooth: false,
            },
        }
    }

    #[test]
    fn topmost_region_wins() {
        let diagram = Diagram::from_view(&view(vec![
            square("under", 0.0, 50.0),
            square("over", 20.0, 30.0),
        ]));
        assert_eq!(diagram.region_at([25.0, 25.0]), Some("over"));
        assert_eq!(diagram.region_at([5.0, 5.0]), Some("under"));
        assert_eq!(diagram.region_at([60.0, 60.0]), None);
    }

    #[test]
    fn shapes_without_region_do_not_catch_clicks() {
        let mut skin = square("x", 0.0, 90.0);
        skin.region = None;
        let diagram = Diagram::from_view(&view(vec![square("bone", 10.0, 20.0), skin]));
        assert_eq!(diagram.region_at([15.0, 15.0]), Some("bone"));
        assert_eq!(diagram.region_at([50.0, 50.0]), None);
    }

    #[test]
    fn mirrored_regions_move_to_the_other_side() {
        let diagram = Diagram::from_view(&view(vec![square("left", 0.0, 20.0)]));
        let mirrored = diagram.mirrored();
        assert_eq!(mirrored.region_at([90.0, 10.0]), Some("left"));
        assert_eq!(mirrored.region_at([10.0, 10.0]), None);
    }

    #[test]
    fn anchors_are_inside_their_region_also_when_mirrored() {
        let diagram = Diagram::from_view(&view(vec![
            square("under", 0.0, 50.0),
            square("over", 15.0, 35.0),
        ]));
        for d in [diagram.clone(), diagram.mirrored()] {
            for (id, p) in &d.anchors {
                assert_eq!(d.region_at(*p), Some(id.as_str()));
            }
            assert_eq!(d.anchors.len(), 2);
        }
    }

    #[test]
    fn zones_are_triangulated_once_when_read_and_routes_are_not() {
        let diagrams = parse_diagrams(EMBEDDED_GEOMETRY).unwrap();
        let mut zones = 0;
        for pathway in diagrams.iter().flat_map(|d| &d.pathways) {
            match &pathway.outline {
                Resolved::Polygon(points) => {
                    zones += 1;
                    assert!(!pathway.triangles.is_empty(), "{}", pathway.part);
                    let n = points.len() as u32;
                    assert!(pathway.triangles.iter().flatten().all(|&i| i < n));
                }
                Resolved::Line { .. } => assert!(pathway.triangles.is_empty()),
            }
        }
        assert!(
            zones > 0,
            "the drawing has zones (the nerve roots' skin areas)"
        );
    }

    #[test]
    fn point_in_region_avoids_covering_shapes() {
        let diagram = Diagram::from_view(&view(vec![
            square("under", 0.0, 50.0),
            square("over", 15.0, 35.0),
        ]));
        let p = diagram.point_in_region("under").unwrap();
        assert_eq!(diagram.region_at(p), Some("under"));
    }
}
