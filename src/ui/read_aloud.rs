//! The "Read aloud" control: a button beside a piece of text; while that text is read, Pause
//! or Resume, Stop, and the sentence being spoken, highlighted and kept in view.

use egui::RichText;

use crate::intent::Intent;
use crate::reading::{Reading, ReadingError};
use crate::settings::Settings;
use crate::speech::{Progress, script};
use crate::ui::theme::Palette;

/// A read-aloud control for the text `paragraphs` makes (called only when it is pressed), in
/// the reading's language (its words and its voice: [`Reading::lang`]). `key` is unique per
/// control on the screen; `what` names it for screen readers ("Read aloud: The nerve link").
pub fn read_aloud_ui(
    ui: &mut egui::Ui,
    (reading, settings): (&Reading, &Settings),
    level: crate::settings::ReadingLevel,
    key: &str,
    what: &str,
    paragraphs: impl FnOnce() -> Vec<String>,
) -> Option<Intent> {
    let mut intent = None;
    let palette = Palette::of(settings.theme);
    let words = reading.words();
    let no_engine = words.get(crate::speech::NO_ENGINE_MESSAGE);
    match reading.active_for(key) {
        None => {
            let enabled = reading.has_speaker();
            let response = ui
                .add_enabled(
                    enabled,
                    egui::Button::new(words.get("readaloud-button")).small(),
                )
                .on_disabled_hover_text(no_engine)
                .accessible_name(words.with("readaloud-button-named", &[("what", what.into())]));
            if response.clicked() {
                let sentences = script::sentences(&paragraphs(), level, reading.lang());
                intent = Some(Intent::ReadAloud {
                    key: key.to_owned(),
                    sentences,
                });
            }
            if !enabled {
                ui.label(RichText::new(no_engine).weak());
            }
        }
        Some(active) => {
            let (index, paused) = match active.progress {
                Progress::Speaking(i) => (i, false),
                Progress::Paused(i) => (i, true),
                Progress::Idle | Progress::Failed(_) => (0, false),
            };
            ui.horizontal_wrapped(|ui| {
                if paused {
                    if ui.small_button(words.get("readaloud-resume")).clicked() {
                        intent = Some(Intent::ResumeReading);
                    }
                } else if ui.small_button(words.get("readaloud-pause")).clicked() {
                    intent = Some(Intent::PauseReading);
                }
                if ui.small_button(words.get("readaloud-stop")).clicked() {
                    intent = Some(Intent::StopReading);
                }
                ui.label(
                    RichText::new(words.with(
                        "readaloud-position",
                        &[
                            ("index", (index + 1).into()),
                            ("total", active.sentences.len().into()),
                        ],
                    ))
                    .weak(),
                );
            });
            if let Some(sentence) = active.sentences.get(index) {
                let response = egui::Frame::new()
                    .fill(palette.match_fill)
                    .corner_radius(4.0)
                    .inner_margin(6.0)
                    .show(ui, |ui| {
                        ui.label(words.with(
                            "readaloud-now",
                            &[("sentence", sentence.shown.as_str().into())],
                        ));
                    })
                    .response;
                // Keep the sentence in view as it moves on.
                let seen_id = egui::Id::unique(("read-aloud-seen", key));
                if ui.data(|d| d.get_temp::<usize>(seen_id)) != Some(index) {
                    response.scroll_to_me(None);
                    ui.data_mut(|d| d.insert_temp(seen_id, index));
                }
            }
        }
    }
    let pressed = matches!(intent, Some(Intent::ReadAloud { .. }));
    if key_was_last(ui, key, pressed)
        && !pressed
        && reading.active().is_none()
        && let Some(error) = &reading.error
    {
        let line = match error {
            ReadingError::NoEngine => no_engine,
            ReadingError::Failed(_) => words.get("readaloud-failed"),
        };
        ui.label(RichText::new(line).color(palette.warning_text));
    }
    intent
}

/// Remembers which control was pressed last, so an engine error shows beside it only.
fn key_was_last(ui: &egui::Ui, key: &str, pressed_now: bool) -> bool {
    let id = egui::Id::unique("read-aloud-last-key");
    if pressed_now {
        ui.data_mut(|d| d.insert_temp(id, key.to_owned()));
        return true;
    }
    ui.data(|d| d.get_temp::<String>(id)).as_deref() == Some(key)
}
