//! AnkleBack: offline patient education on how the ankle and the lower back affect each other.
//!
//! Layers point one way, `ui → app → domain`. The domain modules (`content`, `selfcheck`,
//! `progress`, `body`, `store`, `settings`, `route`, `learn_state`, `intent`) and `app` have no
//! egui import; `ui` draws them and returns [`intent::Intent`]s that
//! [`app::AnkleBackApp::apply`] carries out, and `ui::window::AppWindow` runs the frame loop.

pub mod app;
pub mod body;
pub mod cli;
pub mod consult;
pub mod content;
pub mod handout;
pub mod intent;
pub mod learn_state;
pub mod messages;
pub mod notice;
pub mod progress;
pub mod reading;
pub mod route;
pub mod selfcheck;
pub mod settings;
pub mod speech;
pub mod store;
pub mod tools;
pub mod ui;
