//! One screen of self-check questions: the progress line, each question with its answers as
//! a draft (radio buttons, tick boxes or a 0–10 row), "Next", and the way back or out.

use std::collections::BTreeSet;

use egui::{RichText, Sense, vec2};

use super::drawing::still_body_ui;
use super::{entered, short_question};
use crate::app::AnkleBackApp;
use crate::intent::Intent;
use crate::selfcheck::Questionnaire;
use crate::selfcheck::answers::{Answer, Answers};
use crate::selfcheck::engine::Screen;
use crate::selfcheck::session::{Run, Verb};
use crate::selfcheck::spec::{QuestionKind, QuestionSpec};
use crate::settings::ReadingLevel;
use crate::ui::figures::figure_ui;
use crate::ui::theme::Palette;
use crate::ui::widgets::notice_ui;

/// One screen of questions (`asked`, from `screen`) of the running check.
#[allow(clippy::too_many_arguments)]
pub(super) fn screen_ui(
    ui: &mut egui::Ui,
    app: &AnkleBackApp,
    questionnaire: &Questionnaire,
    run: &Run,
    screen: &Screen,
    asked: &[&QuestionSpec],
    intents: &mut Vec<Intent>,
) {
    let level = app.self_check_level();
    let palette = Palette::of(app.settings.theme);
    // One key per visit of a screen, so that going back shows a fresh draft.
    let visit = egui::Id::unique(("self-check-screen", &screen.id, run.history.len()));
    let draft_id = visit.with("draft");
    let mut draft: Answers = ui.data(|d| d.get_temp(draft_id)).unwrap_or_else(|| {
        asked
            .iter()
            .filter_map(|q| run.pending.get(&q.id).map(|a| (q.id.clone(), a.clone())))
            .collect()
    });
    let arrived = crate::ui::a11y::take_arrival(ui);
    let first_frame = entered(ui, format!("screen:{}:{}", screen.id, run.history.len())) || arrived;

    if let Some(progress) = questionnaire.progress(&run.answers) {
        let part = if progress.warning {
            "selfcheck-part-warning"
        } else {
            "selfcheck-part-pain"
        };
        let top = ui.label(
            RichText::new(app.tf(
                part,
                &[
                    ("index", progress.index.into()),
                    ("total", progress.total.into()),
                ],
            ))
            .weak(),
        );
        if first_frame {
            top.scroll_to_me(Some(egui::Align::TOP));
        }
    }
    if let Some(first) = asked.first() {
        crate::ui::a11y::heading(ui, RichText::new(&first.section).heading(), 1);
    }
    intents.extend(crate::ui::read_aloud::read_aloud_ui(
        ui,
        (&app.reading, &app.settings),
        level,
        &format!("screen:{}:{}", screen.id, run.history.len()),
        app.t("selfcheck-read-screen"),
        || {
            asked
                .iter()
                .flat_map(|q| crate::speech::script::question_paragraphs(q, level, &app.messages))
                .collect()
        },
    ));
    if screen.warning && asked.len() > 1 {
        ui.label(app.t("selfcheck-not-sure-help"));
    }
    ui.add_space(6.0);

    for (index, question) in asked.iter().enumerate() {
        ui.push_id(&question.id, |ui| {
            egui::Frame::group(ui.style())
                .inner_margin(egui::Margin::same(10))
                .show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    let text = ui.add(
                        egui::Label::new(
                            RichText::new(question.text.get(level))
                                .size(ui.text_style_height(&egui::TextStyle::Body) * 1.15)
                                .strong(),
                        )
                        .sense(Sense::focusable_noninteractive()),
                    );
                    crate::ui::a11y::mark_heading(ui, &text, 2);
                    if index == 0 && first_frame {
                        // Focus goes to the question, never to an answer.
                        text.request_focus();
                    }
                    if let Some(help) = &question.help {
                        ui.label(RichText::new(help.get(level)).weak());
                    }
                    if let Some(figure) = &question.figure {
                        figure_ui(ui, figure, palette, level, app.settings.text_scale());
                    }
                    ui.add_space(4.0);
                    let short = short_question(question.text.get(level));
                    let role = match question.kind {
                        QuestionKind::YesNoUnsure | QuestionKind::Single => {
                            egui::accesskit::Role::RadioGroup
                        }
                        _ => egui::accesskit::Role::Group,
                    };
                    crate::ui::a11y::group(
                        ui,
                        role,
                        &app.tf("selfcheck-answers-group", &[("question", short.into())]),
                        |ui| {
                            answer_ui(ui, app, question, level, &mut draft);
                        },
                    );
                });
        });
        ui.add_space(6.0);
    }

    let answered = asked.iter().filter(|q| draft.contains_key(&q.id)).count();
    let complete = answered == asked.len();
    ui.add_space(6.0);
    ui.horizontal_wrapped(|ui| {
        let next = ui
            .add_enabled(
                complete,
                egui::Button::new(RichText::new(app.t("selfcheck-next")).strong())
                    .min_size(vec2(120.0, 34.0)),
            )
            .on_disabled_hover_text(app.t("selfcheck-next-disabled"));
        if next.clicked() {
            let given = asked
                .iter()
                .filter_map(|q| draft.get(&q.id).map(|a| (q.id.clone(), a.clone())))
                .collect();
            intents.push(Intent::SelfCheck(Verb::AnswerScreen(given)));
        }
        if asked.len() > 1 {
            ui.label(app.tf(
                "selfcheck-answered",
                &[("answered", answered.into()), ("total", asked.len().into())],
            ));
        }
    });
    ui.add_space(10.0);
    navigation_ui(ui, app, run, intents);
    ui.add_space(12.0);
    notice_ui(ui);
    ui.data_mut(|d| d.insert_temp(draft_id, draft));
}

/// "Previous screen" and "Stop and start again", which asks first: focus moves to "No, keep
/// my answers" (the safe choice) while it asks, and back to "Stop and start again" after.
fn navigation_ui(ui: &mut egui::Ui, app: &AnkleBackApp, run: &Run, intents: &mut Vec<Intent>) {
    let confirm_id = egui::Id::unique("self-check-restart-confirm");
    let confirming = ui.data(|d| d.get_temp::<bool>(confirm_id));
    ui.horizontal_wrapped(|ui| {
        if !run.history.is_empty() && ui.button(app.t("selfcheck-previous")).clicked() {
            intents.push(Intent::SelfCheck(Verb::Previous));
        }
        if confirming == Some(true) {
            ui.label(RichText::new(app.t("selfcheck-restart-confirm")).strong());
            if ui.button(app.t("selfcheck-restart-yes")).clicked() {
                intents.push(Intent::SelfCheck(Verb::Restart));
                ui.data_mut(|d| d.remove::<bool>(confirm_id));
            }
            let keep = ui.button(app.t("selfcheck-restart-no"));
            if take_focus_once(ui, confirm_id.with("asked")) {
                keep.request_focus();
            }
            if keep.clicked() {
                ui.data_mut(|d| d.insert_temp(confirm_id, false));
            }
        } else {
            let stop = ui.button(app.t("selfcheck-restart"));
            // Back from the question ("No, keep my answers"): focus returns here.
            if confirming == Some(false) {
                stop.request_focus();
                ui.data_mut(|d| d.remove::<bool>(confirm_id));
            }
            if stop.clicked() {
                ui.data_mut(|d| {
                    d.insert_temp(confirm_id, true);
                    d.remove::<bool>(confirm_id.with("asked"));
                });
            }
        }
    });
}

/// `true` the first time it is called for `id` (until `id` is removed from temp memory).
fn take_focus_once(ui: &egui::Ui, id: egui::Id) -> bool {
    ui.data_mut(|d| {
        let done = d.get_temp::<bool>(id).unwrap_or(false);
        d.insert_temp(id, true);
        !done
    })
}

/// The answers to one question, as a draft: radio buttons, tick boxes or a 0–10 row.
fn answer_ui(
    ui: &mut egui::Ui,
    app: &AnkleBackApp,
    question: &QuestionSpec,
    level: ReadingLevel,
    draft: &mut Answers,
) {
    let short = short_question(question.text.get(level));
    let current = draft.get(&question.id).cloned();
    match question.kind {
        QuestionKind::YesNoUnsure | QuestionKind::Single => {
            let picked = match &current {
                Some(Answer::Choice(id)) => Some(id.clone()),
                _ => None,
            };
            let mut layout = |ui: &mut egui::Ui| {
                for option in &question.options {
                    let label = option.label.get(level);
                    let response = ui
                        .radio(picked.as_deref() == Some(option.id.as_str()), label)
                        .accessible_name(app.tf(
                            "selfcheck-answer-name",
                            &[("answer", label.into()), ("question", short.into())],
                        ));
                    if response.clicked() {
                        draft.insert(question.id.clone(), Answer::Choice(option.id.clone()));
                    }
                }
            };
            if question.kind == QuestionKind::YesNoUnsure {
                ui.horizontal_wrapped(|ui| {
                    ui.spacing_mut().item_spacing.x = 24.0;
                    layout(ui);
                });
            } else {
                layout(ui);
            }
        }
        QuestionKind::Multiple | QuestionKind::Regions => {
            let mut picked: BTreeSet<String> = current
                .as_ref()
                .map(|a| a.option_ids().into_iter().map(str::to_owned).collect())
                .unwrap_or_default();
            let none_ticked = current.as_ref().is_some_and(|a| a.option_ids().is_empty());
            let mut changed = false;
            let mut draw = |ui: &mut egui::Ui, picked: &mut BTreeSet<String>| {
                for option in &question.options {
                    let mut on = picked.contains(&option.id);
                    if ui.checkbox(&mut on, option.label.get(level)).changed() {
                        if on {
                            picked.insert(option.id.clone());
                        } else {
                            picked.remove(&option.id);
                        }
                        changed = true;
                    }
                }
            };
            let regions: Vec<String> = question
                .options
                .iter()
                .filter(|o| picked.contains(&o.id))
                .flat_map(|o| o.regions.iter().cloned())
                .collect();
            let has_regions = question.options.iter().any(|o| !o.regions.is_empty());
            if has_regions && let Some(diagram) = app.diagrams.first() {
                ui.horizontal_top(|ui| {
                    ui.vertical(|ui| {
                        ui.set_width((ui.available_width() - 260.0).max(240.0));
                        draw(ui, &mut picked);
                    });
                    let highlighted: BTreeSet<String> = regions.into_iter().collect();
                    still_body_ui(
                        ui,
                        app,
                        diagram,
                        vec2(220.0, 320.0),
                        &highlighted,
                        &BTreeSet::new(),
                    );
                });
            } else {
                draw(ui, &mut picked);
            }
            let mut none = none_ticked && picked.is_empty();
            if ui
                .checkbox(&mut none, app.t("selfcheck-none-of-these"))
                .changed()
            {
                if none {
                    picked.clear();
                    draft.insert(question.id.clone(), choices(question, Vec::new()));
                } else {
                    draft.remove(&question.id);
                }
            } else if changed {
                if picked.is_empty() {
                    draft.remove(&question.id);
                } else {
                    draft.insert(
                        question.id.clone(),
                        choices(question, picked.into_iter().collect()),
                    );
                }
            }
        }
        QuestionKind::PainScale => {
            ui.label(app.t("selfcheck-pain-scale-help"));
            let picked = match current {
                Some(Answer::Scale(score)) => Some(score),
                _ => None,
            };
            ui.horizontal_wrapped(|ui| {
                for score in 0..=10u8 {
                    let response = ui
                        .add(
                            egui::Button::selectable(picked == Some(score), score.to_string())
                                .min_size(vec2(36.0, 36.0)),
                        )
                        .accessible_name(
                            app.tf("selfcheck-pain-score", &[("score", score.into())]),
                        );
                    if response.clicked() {
                        draft.insert(question.id.clone(), Answer::Scale(score));
                    }
                }
            });
        }
    }
}

fn choices(question: &QuestionSpec, ids: Vec<String>) -> Answer {
    if question.kind == QuestionKind::Regions {
        Answer::Regions(ids)
    } else {
        Answer::Choices(ids)
    }
}
