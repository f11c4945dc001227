//! Content: the articles, sources, glossary and body-map texts. No egui.

mod files;
pub(crate) use files::EMBEDDED_MESSAGES;
pub mod figures;
pub mod i18n;
pub mod link;
pub mod loader;
pub mod markup;
pub mod model;
pub mod plan;
mod positions;
mod queries;
pub mod readability;
pub mod readability_es;
pub mod search;
pub mod stories;
pub mod warnings;

pub use files::ContentFiles;
pub use link::Link;
pub use loader::{load, load_embedded};
pub use positions::ContentProblem;
pub use queries::Content;
