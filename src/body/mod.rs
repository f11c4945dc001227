//! The body map's model: geometry as data, resolved diagrams, hit-testing, map state. No egui.

pub mod describe;
pub mod diagram;
pub mod exercise_figures;
pub mod geometry;
pub mod map_state;
pub mod shape;

pub use diagram::{Diagram, parse_diagrams};
pub use map_state::{BodyMapState, Leg};

use std::sync::LazyLock;

use crate::content::Content;

/// The body drawing built into the app, read once per run: the content checks, the stories'
/// check and the app's diagrams all start from this.
pub fn embedded_geometry() -> Result<&'static geometry::BodyGeometry, diagram::GeometryError> {
    static PARSED: LazyLock<Result<geometry::BodyGeometry, diagram::GeometryError>> =
        LazyLock::new(|| diagram::parse_geometry(diagram::EMBEDDED_GEOMETRY));
    PARSED.as_ref().map_err(Clone::clone)
}

/// The built-in body views (right leg), resolved once per run, with the drawing's own
/// pathway styles (see [`embedded_diagrams`] for the content's).
pub fn embedded_unstyled_diagrams() -> Result<&'static [Diagram], diagram::GeometryError> {
    static RESOLVED: LazyLock<Result<Vec<Diagram>, diagram::GeometryError>> =
        LazyLock::new(|| embedded_geometry().map(diagram::diagrams_of));
    RESOLVED
        .as_ref()
        .map(Vec::as_slice)
        .map_err(Clone::clone)
}

/// The built-in body views (right leg), each pathway styled as the content declares.
pub fn embedded_diagrams(content: &Content) -> Result<Vec<Diagram>, diagram::GeometryError> {
    let mut diagrams = embedded_unstyled_diagrams()?.to_vec();
    for diagram in &mut diagrams {
        diagram.set_pathway_styles(|pathway, part| content.pathway_style(pathway, part));
    }
    Ok(diagrams)
}
