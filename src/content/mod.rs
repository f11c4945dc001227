//! Content: the articles, sources, glossary and body-map texts. No egui.

pub mod i18n;
pub mod loader;
pub mod markup;
pub mod model;
pub mod plan;
pub mod readability;
pub mod search;
pub mod warnings;

pub use loader::{Content, ContentFiles, ContentProblem, load, load_embedded};
