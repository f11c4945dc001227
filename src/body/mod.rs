//! The body map's model: geometry as data, resolved diagrams, hit-testing, map state. No egui.

pub mod diagram;
pub mod exercise_figures;
pub mod geometry;
pub mod map_state;
pub mod shape;

pub use diagram::{Diagram, parse_diagrams};
pub use map_state::{BodyMapState, Leg};
