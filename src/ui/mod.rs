//! The egui views. Thin: each draws state and returns [`crate::intent::Intent`]s.

pub mod a11y;
pub mod body_map;
pub mod body_paint;
pub mod consult;
pub mod drawings;
pub mod figures;
pub mod file_chooser;
pub mod handout;
pub mod icon;
pub mod language;
pub mod learn;
pub mod progress;
pub mod read_aloud;
pub mod self_check;
pub mod settings;
pub mod shell;
pub mod theme;
pub mod warnings;
pub mod welcome;
pub mod widgets;
pub mod window;
