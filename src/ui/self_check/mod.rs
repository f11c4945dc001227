//! Self-check: the start screen with the history, one screen of questions at a time, and the
//! result. Answers are drafts until "Next" is pressed; nothing is ever answered for the person.
//!
//! `start` draws the start screen and the saved checks, `question` one screen of questions,
//! `result` the result's banner and layout, `explain` what the result says (warning signs,
//! floors, the pattern's text) and `drawing` the still body drawing with its text summary.
//! Words are in `assets/i18n/<lang>/selfcheck.ftl`; the questions, answers and outcomes come
//! translated from the content.

mod drawing;
mod explain;
mod question;
mod result;
mod start;

use egui::RichText;

use crate::app::AnkleBackApp;
use crate::intent::Intent;
use crate::selfcheck::Questionnaire;
use crate::selfcheck::engine::sign_of_outcome;
use crate::selfcheck::session::{Session, Verb};
use crate::settings::ReadingLevel;

/// The Self-check screen.
pub fn self_check_ui(ui: &mut egui::Ui, app: &AnkleBackApp) -> Vec<Intent> {
    let mut intents = Vec::new();
    let Some(questionnaire) = app.content.questionnaires.first() else {
        ui.label(app.t("selfcheck-not-loaded"));
        return intents;
    };
    ui.set_max_width(ui.available_width().min(1100.0 * app.settings.text_scale()));
    one_focus_ring(ui);
    words_ui(ui, app, &mut intents);
    match &app.self_check {
        Session::NotStarted { area } => {
            start::start_ui(ui, app, questionnaire, *area, &mut intents);
        }
        Session::Viewing { index } => {
            if let Some(record) = app.progress.self_checks.get(*index) {
                if ui.button(app.t("selfcheck-back-to-start")).clicked() {
                    intents.push(Intent::SelfCheck(Verb::CloseView));
                }
                ui.label(
                    RichText::new(app.tf(
                        "selfcheck-viewing-date",
                        &[("date", record.date.as_str().into())],
                    ))
                    .weak(),
                );
                let assessment = questionnaire.assess(&record.answers);
                let previous = index
                    .checked_sub(1)
                    .and_then(|i| app.progress.self_checks.get(i));
                result::result_ui(
                    ui,
                    app,
                    questionnaire,
                    record,
                    &assessment,
                    previous,
                    &mut intents,
                );
            }
        }
        Session::Running(run) => match questionnaire.next_screen(&run.answers) {
            Some((screen, asked)) => {
                question::screen_ui(ui, app, questionnaire, run, screen, &asked, &mut intents);
            }
            None => result::finished_ui(ui, app, questionnaire, run, &mut intents),
        },
    }
    intents
}

/// A focused button draws egui's "active" outline, and the shell draws the focus ring
/// (`crate::ui::a11y::focus_ring`) around it: two rings, in high contrast both yellow. Here
/// the focused (or pressed) button keeps its resting outline, so focus shows as one ring.
fn one_focus_ring(ui: &mut egui::Ui) {
    let widgets = &mut ui.visuals_mut().widgets;
    widgets.active.bg_stroke = widgets.inactive.bg_stroke;
}

/// Whether the self-check view `key` (start, a screen visit, a result) is new this frame:
/// then its heading takes focus and scrolls to the top.
fn entered(ui: &egui::Ui, key: String) -> bool {
    let id = egui::Id::unique("self-check-view");
    let last: Option<String> = ui.data(|d| d.get_temp(id));
    if last.as_deref() == Some(key.as_str()) {
        return false;
    }
    ui.data_mut(|d| d.insert_temp(id, key));
    true
}

/// The heading of a saved or computed result.
fn record_title(
    app: &AnkleBackApp,
    questionnaire: &Questionnaire,
    outcome_id: &str,
    level: ReadingLevel,
) -> String {
    if let Some(sign) = sign_of_outcome(outcome_id).and_then(|id| app.content.warnings.sign(&id)) {
        return app.tf(
            "selfcheck-record-warning-sign",
            &[("sign", sign.text.get(level).into())],
        );
    }
    questionnaire
        .outcome(outcome_id)
        .map_or(outcome_id.to_owned(), |o| o.title.get(level).to_owned())
}

/// The first sentence of a question, to name its answers for screen readers.
fn short_question(text: &str) -> &str {
    let end = text.find(['?', '.']).map_or(text.len(), |i| i + 1);
    &text[..end]
}

/// The self-check's words for this screen only: a clinician can run it with a patient in
/// everyday words without changing the reading-level setting.
fn words_ui(ui: &mut egui::Ui, app: &AnkleBackApp, intents: &mut Vec<Intent>) {
    let setting = app.settings.reading_level;
    if let Some(level) = crate::ui::widgets::words_switch_ui(
        ui,
        app.t("selfcheck-words"),
        app.self_check_level(),
        setting,
    ) {
        intents.push(Intent::SetSelfCheckWords(level));
    }
}
