//! The self-check: questionnaire file format, validation and the engine. No egui.

pub mod answers;
pub mod engine;
pub mod session;
pub mod spec;
pub mod validate;

pub use engine::{Assessment, Questionnaire};
