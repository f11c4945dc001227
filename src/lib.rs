//! AnkleBack: offline patient education on how the ankle and the lower back affect each other.
//!
//! Domain modules (`content`, `body`, `store`, `settings`, `route`) have no egui import;
//! `ui` draws them and returns intents that [`app::AnkleBackApp`] applies.

pub mod app;
pub mod body;
pub mod cli;
pub mod content;
pub mod handout;
pub mod notice;
pub mod progress;
pub mod route;
pub mod selfcheck;
pub mod settings;
pub mod speech;
pub mod store;
pub mod tools;
pub mod ui;
