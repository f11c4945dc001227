//! The body map's model: geometry as data, resolved diagrams, hit-testing, map state. No egui.

pub mod describe;
pub mod diagram;
pub mod exercise_figures;
pub mod geometry;
pub mod map_state;
pub mod shape;

pub use diagram::{Diagram, parse_diagrams};
pub use map_state::{BodyMapState, Leg};

use crate::content::Content;

/// The built-in body views (right leg), each pathway styled as the content declares.
pub fn embedded_diagrams(content: &Content) -> Result<Vec<Diagram>, diagram::GeometryError> {
    let mut diagrams = parse_diagrams(diagram::EMBEDDED_GEOMETRY)?;
    for diagram in &mut diagrams {
        diagram.set_pathway_styles(|pathway, part| content.pathway_style(pathway, part));
    }
    Ok(diagrams)
}
