//! A self-check result: the banner with what guidance advises (the concrete instruction first
//! for urgent results, exposed as an alert), handout and reading aloud, then the explanation
//! beside the still body drawing.

use std::collections::BTreeSet;

use egui::{RichText, Sense, vec2};

use super::drawing::still_body_ui;
use super::entered;
use super::explain::{compared_ui, floors_ui, outcome_text_ui, warning_result_ui};
use crate::app::AnkleBackApp;
use crate::intent::{HandoutOrder, Intent};
use crate::progress::CheckRecord;
use crate::selfcheck::Questionnaire;
use crate::selfcheck::engine::{Assessment, sign_of_outcome};
use crate::selfcheck::session::{Run, Verb};
use crate::selfcheck::spec::Urgency;
use crate::ui::theme::Palette;
use crate::ui::warnings::{WarningStyle, safety_net_ui};
use crate::ui::widgets::notice_ui;

/// The end of a running check: its result (once recorded), then Previous or a new check.
pub(super) fn finished_ui(
    ui: &mut egui::Ui,
    app: &AnkleBackApp,
    questionnaire: &Questionnaire,
    run: &Run,
    intents: &mut Vec<Intent>,
) {
    let result = questionnaire.assess(&run.answers);
    let Some(record) = run.record.and_then(|i| app.progress.self_checks.get(i)) else {
        ui.label(app.t("selfcheck-saving"));
        return;
    };
    let previous = run
        .record
        .and_then(|i| i.checked_sub(1))
        .and_then(|i| app.progress.self_checks.get(i));
    result_ui(ui, app, questionnaire, record, &result, previous, intents);
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        if ui.button(app.t("selfcheck-previous")).clicked() {
            intents.push(Intent::SelfCheck(Verb::Previous));
        }
        if ui.button(app.t("selfcheck-start-new")).clicked() {
            intents.push(Intent::SelfCheck(Verb::Restart));
        }
    });
}

/// The colour of a result's banner for its urgency.
fn urgency_colour(urgency: Urgency, palette: Palette) -> egui::Color32 {
    match urgency {
        Urgency::Emergency | Urgency::SameDay => palette.warning_text,
        Urgency::Appointment => palette.selected,
        Urgency::SelfCare => palette.chain_up,
    }
}

/// A result: the banner with what guidance advises (the concrete instruction first for urgent
/// results), then the explanation, the safety net, the notice and the body drawing.
#[allow(clippy::too_many_arguments)]
pub(super) fn result_ui(
    ui: &mut egui::Ui,
    app: &AnkleBackApp,
    questionnaire: &Questionnaire,
    record: &CheckRecord,
    result: &Assessment,
    previous: Option<&CheckRecord>,
    intents: &mut Vec<Intent>,
) {
    let level = app.self_check_level();
    let palette = Palette::of(app.settings.theme);
    let style = WarningStyle::new(&app.content, &app.settings, level);
    let urgency = record.urgency;
    let outcome = questionnaire.outcome(&record.outcome);
    let warning_sign =
        sign_of_outcome(&record.outcome).and_then(|id| app.content.warnings.sign(&id));
    if outcome.is_none() && warning_sign.is_none() {
        ui.label(app.tf(
            "selfcheck-result-missing",
            &[("outcome", record.outcome.as_str().into())],
        ));
        notice_ui(ui);
        return;
    }
    let colour = urgency_colour(urgency, palette);
    let action = (urgency >= Urgency::Appointment).then(|| {
        app.content
            .warnings
            .action(urgency, level, &app.settings.emergency_number)
    });
    let name = match &action {
        Some(action) => app.tf(
            "selfcheck-banner-name",
            &[
                ("urgency", app.t(urgency.message_id()).into()),
                ("action", action.as_str().into()),
            ],
        ),
        None => app.t("selfcheck-result").to_owned(),
    };
    let banner = crate::ui::a11y::group(ui, egui::accesskit::Role::Group, &name, |ui| {
        egui::Frame::new()
            .stroke(egui::Stroke::new(3.0, colour))
            .corner_radius(8.0)
            .inner_margin(12.0)
            .fill(if urgency.is_urgent() {
                palette.warning_fill
            } else {
                palette.figure_fill
            })
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                let heading = ui.add(
                    egui::Label::new(
                        RichText::new(app.t(urgency.message_id()))
                            .strong()
                            .color(colour)
                            .size(ui.text_style_height(&egui::TextStyle::Heading)),
                    )
                    .sense(Sense::focusable_noninteractive()),
                );
                crate::ui::a11y::mark_heading(ui, &heading, 1);
                // Orca 43 reads the focused heading's description, not alerts: the advice is there.
                if let Some(action) = &action {
                    crate::ui::a11y::describe(ui, &heading, action.clone());
                }
                let arrived = crate::ui::a11y::take_arrival(ui);
                if entered(ui, format!("result:{}", record.date)) || arrived {
                    heading.scroll_to_me(Some(egui::Align::TOP));
                    heading.request_focus();
                }
                if let Some(action) = &action {
                    ui.label(
                        RichText::new(action)
                            .strong()
                            .size(ui.text_style_height(&egui::TextStyle::Body) * 1.2),
                    );
                }
                if let Some(outcome) = outcome {
                    ui.label(RichText::new(outcome.title.get(level)).strong());
                }
            });
    });
    if urgency.is_urgent() {
        // Announced at once, and found as an alert by screen-reader users.
        crate::ui::a11y::mark_alert(ui, banner.response.id);
    }
    let emergency = &app.settings.emergency_number;
    intents.extend(crate::ui::handout::handout_ui(
        ui,
        app,
        app.t("selfcheck-handout"),
        || HandoutOrder {
            articles: outcome.map(|o| o.read_next.clone()).unwrap_or_default(),
            answers: Some(record.answers.clone()),
            topic: app.t("handout-topic-self-check").to_owned(),
            ..HandoutOrder::default()
        },
    ));
    intents.extend(crate::ui::read_aloud::read_aloud_ui(
        ui,
        (&app.reading, &app.settings),
        level,
        &format!("result:{}", record.date),
        app.t("selfcheck-read-result"),
        || {
            crate::speech::script::result_script(
                (&app.content, &app.messages),
                questionnaire,
                urgency,
                &record.outcome,
                level,
                emergency,
            )
            .unwrap_or_default()
        },
    ));
    ui.add_space(8.0);
    ui.horizontal_top(|ui| {
        let text_width = (ui.available_width() - 330.0).max(320.0);
        ui.vertical(|ui| {
            ui.set_width(text_width);
            if outcome.is_none() {
                warning_result_ui(ui, app, style, result);
            }
            if let Some(outcome) = outcome {
                floors_ui(ui, app, questionnaire, style, outcome, result);
                outcome_text_ui(ui, app, outcome, level, intents);
            }
            ui.add_space(8.0);
            safety_net_ui(ui, style, outcome.and_then(|o| o.recheck_weeks));
            if let Some(previous) = previous {
                ui.add_space(8.0);
                compared_ui(ui, app, questionnaire, previous, urgency);
            }
            ui.add_space(8.0);
            notice_ui(ui);
        });
        if let Some(diagram) = app.diagrams.first() {
            let (regions, pathways) = match outcome {
                Some(o) => (o.regions.clone(), o.pathways.clone()),
                None => (
                    result
                        .flags
                        .iter()
                        .filter_map(|f| app.content.warnings.sign(f))
                        .flat_map(|s| s.regions.iter().cloned())
                        .collect(),
                    Vec::new(),
                ),
            };
            ui.vertical(|ui| {
                let highlighted: BTreeSet<String> = regions.iter().cloned().collect();
                let overlays: BTreeSet<String> = pathways.iter().cloned().collect();
                still_body_ui(
                    ui,
                    app,
                    diagram,
                    vec2(300.0, 420.0),
                    &highlighted,
                    &overlays,
                );
                if (!regions.is_empty() || !pathways.is_empty())
                    && ui.button(app.t("selfcheck-show-on-body-map")).clicked()
                {
                    intents.push(Intent::ShowOnBodyMap { regions, pathways });
                }
            });
        }
    });
}
