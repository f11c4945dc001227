//! The body map's model: geometry as data, resolved diagrams and hit-testing. No egui.

pub mod diagram;
pub mod geometry;
pub mod shape;

pub use diagram::{Diagram, parse_diagrams};
