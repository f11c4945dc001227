//! The self-check's start screen: what the check is, the Start button, and the saved checks
//! (view or delete, with a question first).

use egui::{RichText, Sense, vec2};

use super::{entered, record_title};
use crate::app::AnkleBackApp;
use crate::intent::Intent;
use crate::selfcheck::Questionnaire;
use crate::selfcheck::session::Verb;
use crate::ui::widgets::notice_ui;

/// The start screen; `area` is the body-map area the check was started from, if any.
pub(super) fn start_ui(
    ui: &mut egui::Ui,
    app: &AnkleBackApp,
    questionnaire: &Questionnaire,
    area: Option<crate::content::model::Area>,
    intents: &mut Vec<Intent>,
) {
    let level = app.self_check_level();
    let spec = questionnaire.spec();
    let heading = ui.add(
        egui::Label::new(RichText::new(&spec.title).heading())
            .sense(Sense::focusable_noninteractive()),
    );
    crate::ui::a11y::mark_heading(ui, &heading, 1);
    let arrived = crate::ui::a11y::take_arrival(ui);
    if entered(ui, "start".to_owned()) || arrived {
        heading.scroll_to_me(Some(egui::Align::TOP));
        heading.request_focus();
    }
    ui.label(spec.intro.get(level));
    ui.add_space(6.0);
    notice_ui(ui);
    ui.add_space(8.0);
    if let Some(label) = area
        .and_then(|a| questionnaire.body_map_answer(a))
        .map(|(_, option)| option.label.get(level))
    {
        ui.label(app.tf("selfcheck-from-body-map", &[("answer", label.into())]));
    }
    if ui
        .add(
            egui::Button::new(RichText::new(app.t("selfcheck-start")).strong())
                .min_size(vec2(220.0, 36.0)),
        )
        .clicked()
    {
        intents.push(Intent::SelfCheck(Verb::Start));
    }
    if !app.progress.self_checks.is_empty() {
        ui.add_space(12.0);
        history_ui(ui, app, questionnaire, intents);
    }
}

/// The saved checks, newest first: View, and Delete after a question.
fn history_ui(
    ui: &mut egui::Ui,
    app: &AnkleBackApp,
    questionnaire: &Questionnaire,
    intents: &mut Vec<Intent>,
) {
    let level = app.self_check_level();
    crate::ui::a11y::heading(ui, RichText::new(app.t("selfcheck-earlier")).strong(), 2);
    let confirm_id = egui::Id::unique("self-check-delete-confirm");
    let confirming: Option<usize> = ui.data(|d| d.get_temp(confirm_id));
    for (index, record) in app.progress.self_checks.iter().enumerate().rev() {
        ui.push_id(index, |ui| {
            ui.horizontal_wrapped(|ui| {
                if ui.small_button(app.t("selfcheck-view")).clicked() {
                    intents.push(Intent::SelfCheck(Verb::View(index)));
                }
                if confirming == Some(index) {
                    ui.label(RichText::new(app.t("selfcheck-delete-confirm")).strong());
                    if ui.small_button(app.t("selfcheck-delete-yes")).clicked() {
                        intents.push(Intent::DeleteCheck(index));
                        ui.data_mut(|d| d.remove::<usize>(confirm_id));
                    }
                    if ui.small_button(app.t("selfcheck-delete-no")).clicked() {
                        ui.data_mut(|d| d.remove::<usize>(confirm_id));
                    }
                } else if ui.small_button(app.t("selfcheck-delete")).clicked() {
                    ui.data_mut(|d| d.insert_temp(confirm_id, index));
                }
                ui.label(app.tf(
                    "selfcheck-record-line",
                    &[
                        ("date", record.date.as_str().into()),
                        ("urgency", app.t(record.urgency.short_message_id()).into()),
                        (
                            "title",
                            record_title(app, questionnaire, &record.outcome, level).into(),
                        ),
                    ],
                ));
            });
        });
    }
}
