//! Self-check: the start screen with the history, one screen of questions at a time, and the
//! result. Answers are drafts until "Next" is pressed; nothing is ever answered for the person.

use std::collections::{BTreeMap, BTreeSet};

use egui::{Rect, RichText, Sense, vec2};

use crate::app::AnkleBackApp;
use crate::intent::{HandoutOrder, Intent};
use crate::progress::CheckRecord;
use crate::selfcheck::Questionnaire;
use crate::selfcheck::answers::{Answer, Answers};
use crate::selfcheck::engine::{Assessment, Screen, sign_of_outcome};
use crate::selfcheck::session::{Run, Session, Verb};
use crate::selfcheck::spec::{OutcomeSpec, QuestionKind, QuestionSpec, Urgency};
use crate::settings::ReadingLevel;
use crate::ui::body_paint::{BodyScene, paint_body, screen_from_diagram};
use crate::ui::figures::question_figure_ui;
use crate::ui::theme::Palette;
use crate::ui::warnings::{WarningStyle, safety_net_ui, tier_box_ui, warning_signs_ui};
use crate::ui::widgets::notice_ui;

/// The Self-check screen.
pub fn self_check_ui(ui: &mut egui::Ui, app: &AnkleBackApp) -> Vec<Intent> {
    let mut intents = Vec::new();
    let Some(questionnaire) = app.content.questionnaires.first() else {
        ui.label("The self-check could not be loaded.");
        return intents;
    };
    ui.set_max_width(ui.available_width().min(1100.0 * app.settings.text_scale()));
    words_ui(ui, app, &mut intents);
    match &app.self_check {
        Session::NotStarted { area } => {
            start_ui(ui, app, questionnaire, *area, &mut intents);
        }
        Session::Viewing { index } => {
            if let Some(record) = app.progress.self_checks.get(*index) {
                if ui.button("Back to the self-check").clicked() {
                    intents.push(Intent::SelfCheck(Verb::CloseView));
                }
                ui.label(RichText::new(format!("Self-check of {}", record.date)).weak());
                let result = questionnaire.assess(&record.answers);
                let previous = index
                    .checked_sub(1)
                    .and_then(|i| app.progress.self_checks.get(i));
                result_ui(
                    ui,
                    app,
                    questionnaire,
                    record,
                    &result,
                    previous,
                    &mut intents,
                );
            }
        }
        Session::Running(run) => match questionnaire.next_screen(&run.answers) {
            Some((screen, asked)) => {
                screen_ui(ui, app, questionnaire, run, screen, &asked, &mut intents);
            }
            None => finished_ui(ui, app, questionnaire, run, &mut intents),
        },
    }
    intents
}

fn start_ui(
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
        ui.label(format!(
            "You came from the body map. \"{label}\" will be ticked for you to confirm."
        ));
    }
    if ui
        .add(
            egui::Button::new(RichText::new("Start the self-check").strong())
                .min_size(vec2(220.0, 36.0)),
        )
        .clicked()
    {
        intents.push(Intent::SelfCheck(Verb::Start));
    }
    if !app.progress.self_checks.is_empty() {
        ui.add_space(12.0);
        ui.label(RichText::new("Your earlier self-checks").strong());
        let confirm_id = egui::Id::unique("self-check-delete-confirm");
        let confirming: Option<usize> = ui.data(|d| d.get_temp(confirm_id));
        for (index, record) in app.progress.self_checks.iter().enumerate().rev() {
            ui.push_id(index, |ui| {
                ui.horizontal_wrapped(|ui| {
                    if ui.small_button("View").clicked() {
                        intents.push(Intent::SelfCheck(Verb::View(index)));
                    }
                    if confirming == Some(index) {
                        ui.label(RichText::new("Delete this check for good?").strong());
                        if ui.small_button("Yes, delete it").clicked() {
                            intents.push(Intent::DeleteCheck(index));
                            ui.data_mut(|d| d.remove::<usize>(confirm_id));
                        }
                        if ui.small_button("No, keep it").clicked() {
                            ui.data_mut(|d| d.remove::<usize>(confirm_id));
                        }
                    } else if ui.small_button("Delete").clicked() {
                        ui.data_mut(|d| d.insert_temp(confirm_id, index));
                    }
                    ui.label(format!(
                        "{}: {}. {}",
                        record.date,
                        record.urgency.short_label(),
                        record_title(app, questionnaire, &record.outcome, level)
                    ));
                });
            });
        }
    }
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
        return format!("Warning sign: {}", sign.text.get(level));
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

#[allow(clippy::too_many_arguments)]
fn screen_ui(
    ui: &mut egui::Ui,
    app: &AnkleBackApp,
    questionnaire: &Questionnaire,
    run: &Run,
    screen: &Screen,
    asked: &[&QuestionSpec],
    intents: &mut Vec<Intent>,
) {
    let level = app.self_check_level();
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
            "Warning signs"
        } else {
            "About your pain"
        };
        let top = ui.label(
            RichText::new(format!(
                "{part}, screen {} of {}",
                progress.index, progress.total
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
        "the questions on this screen",
        || {
            asked
                .iter()
                .flat_map(|q| crate::speech::script::question_paragraphs(q, level))
                .collect()
        },
    ));
    if screen.warning && asked.len() > 1 {
        ui.label("Answer each question. If you cannot tell, pick Not sure: for warning signs it counts the same as Yes, to keep you safe.");
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
                        question_figure_ui(ui, app, figure, level);
                    }
                    ui.add_space(4.0);
                    let short = short_question(question.text.get(level));
                    let role = match question.kind {
                        QuestionKind::YesNoUnsure | QuestionKind::Single => {
                            egui::accesskit::Role::RadioGroup
                        }
                        _ => egui::accesskit::Role::Group,
                    };
                    crate::ui::a11y::group(ui, role, &format!("Answers: {short}"), |ui| {
                        answer_ui(ui, app, question, level, &mut draft);
                    });
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
                egui::Button::new(RichText::new("Next").strong()).min_size(vec2(120.0, 34.0)),
            )
            .on_disabled_hover_text("Answer every question on this screen first.");
        if next.clicked() {
            let given = asked
                .iter()
                .filter_map(|q| draft.get(&q.id).map(|a| (q.id.clone(), a.clone())))
                .collect();
            intents.push(Intent::SelfCheck(Verb::AnswerScreen(given)));
        }
        if asked.len() > 1 {
            ui.label(format!("{answered} of {} answered", asked.len()));
        }
    });
    ui.add_space(10.0);
    navigation_ui(ui, run, intents);
    ui.add_space(12.0);
    notice_ui(ui);
    ui.data_mut(|d| d.insert_temp(draft_id, draft));
}

/// "Previous screen" and "Stop and start again" (which asks first).
fn navigation_ui(ui: &mut egui::Ui, run: &Run, intents: &mut Vec<Intent>) {
    let confirm_id = egui::Id::unique("self-check-restart-confirm");
    let confirming = ui.data(|d| d.get_temp::<bool>(confirm_id).unwrap_or(false));
    ui.horizontal_wrapped(|ui| {
        if !run.history.is_empty() && ui.button("Previous screen").clicked() {
            intents.push(Intent::SelfCheck(Verb::Previous));
        }
        if confirming {
            ui.label(RichText::new("Throw away your answers and start again?").strong());
            if ui.button("Yes, start again").clicked() {
                intents.push(Intent::SelfCheck(Verb::Restart));
                ui.data_mut(|d| d.remove::<bool>(confirm_id));
            }
            if ui.button("No, keep my answers").clicked() {
                ui.data_mut(|d| d.remove::<bool>(confirm_id));
            }
        } else if ui.button("Stop and start again").clicked() {
            ui.data_mut(|d| d.insert_temp(confirm_id, true));
        }
    });
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
                        .accessible_name(format!("{label}: {short}"));
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
            if ui.checkbox(&mut none, "None of these").changed() {
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
            ui.label("0 means no pain, 10 the worst pain you can imagine.");
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
                        .accessible_name(format!("Pain {score} out of 10"));
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

fn finished_ui(
    ui: &mut egui::Ui,
    app: &AnkleBackApp,
    questionnaire: &Questionnaire,
    run: &Run,
    intents: &mut Vec<Intent>,
) {
    let result = questionnaire.assess(&run.answers);
    let Some(record) = run.record.and_then(|i| app.progress.self_checks.get(i)) else {
        ui.label("Saving the result…");
        return;
    };
    let previous = run
        .record
        .and_then(|i| i.checked_sub(1))
        .and_then(|i| app.progress.self_checks.get(i));
    result_ui(ui, app, questionnaire, record, &result, previous, intents);
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        if ui.button("Previous screen").clicked() {
            intents.push(Intent::SelfCheck(Verb::Previous));
        }
        if ui.button("Start a new self-check").clicked() {
            intents.push(Intent::SelfCheck(Verb::Restart));
        }
    });
}

/// A still drawing of the body of `size`, with these regions and pathways shown.
fn still_body_ui(
    ui: &mut egui::Ui,
    app: &AnkleBackApp,
    diagram: &crate::body::Diagram,
    size: egui::Vec2,
    highlighted: &BTreeSet<String>,
    overlays: &BTreeSet<String>,
) {
    let (response, painter) = ui.allocate_painter(size, Sense::hover());
    paint_still_body(&painter, response.rect, app, diagram, highlighted, overlays);
}

/// A still (not animated) drawing of the body in `rect`, with regions and pathways shown.
fn paint_still_body(
    painter: &egui::Painter,
    rect: Rect,
    app: &AnkleBackApp,
    diagram: &crate::body::Diagram,
    highlighted: &BTreeSet<String>,
    overlays: &BTreeSet<String>,
) {
    let palette = Palette::of(app.settings.theme);
    painter.rect_filled(rect, 6.0, palette.canvas);
    paint_body(
        painter,
        &screen_from_diagram(diagram, rect, 1.0, [0.0, 0.0]),
        &BodyScene {
            diagram,
            selected: None,
            highlighted,
            hovered: &[],
            overlays,
            labels: None,
            palette,
            time: 0.0,
            animate: false,
            text_scale: app.settings.text_scale(),
            isolated: None,
            full_parts: &[],
            line_weight: 1.0,
        },
    );
}

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
fn result_ui(
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
    let style = WarningStyle {
        content: &app.content,
        level,
        emergency_number: &app.settings.emergency_number,
        palette,
    };
    let urgency = record.urgency;
    let outcome = questionnaire.outcome(&record.outcome);
    let warning_sign =
        sign_of_outcome(&record.outcome).and_then(|id| app.content.warnings.sign(&id));
    if outcome.is_none() && warning_sign.is_none() {
        ui.label(format!(
            "This result ({}) is not in the current content.",
            record.outcome
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
        Some(action) => format!("{}. {action}", urgency.label()),
        None => "Result".to_owned(),
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
                        RichText::new(urgency.label())
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
        "Make a handout of this result (PDF)",
        || HandoutOrder {
            articles: outcome.map(|o| o.read_next.clone()).unwrap_or_default(),
            answers: Some(record.answers.clone()),
            topic: "self-check".to_owned(),
            ..HandoutOrder::default()
        },
    ));
    intents.extend(crate::ui::read_aloud::read_aloud_ui(
        ui,
        (&app.reading, &app.settings),
        level,
        &format!("result:{}", record.date),
        "this result",
        || {
            crate::speech::script::result_script(
                &app.content,
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
                floors_ui(ui, questionnaire, style, outcome, result);
                outcome_text_ui(ui, app, outcome, level, intents);
            }
            ui.add_space(8.0);
            safety_net_ui(ui, style, outcome.and_then(|o| o.recheck_weeks));
            if let Some(previous) = previous {
                ui.add_space(8.0);
                ui.label(RichText::new("Compared with your last self-check").strong());
                ui.label(format!(
                    "On {}: {}. {}",
                    previous.date,
                    previous.urgency.short_label(),
                    record_title(app, questionnaire, &previous.outcome, level)
                ));
                ui.label(match previous.urgency.cmp(&urgency) {
                    std::cmp::Ordering::Less => "The advice is more urgent now than last time.",
                    std::cmp::Ordering::Greater => "The advice is less urgent now than last time.",
                    std::cmp::Ordering::Equal => "The advice is as urgent as last time.",
                });
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
                    && ui.button("Show on body map").clicked()
                {
                    intents.push(Intent::ShowOnBodyMap { regions, pathways });
                }
            });
        }
    });
}

/// An urgent result: each warning sign the answers raised, with why it matters and what to
/// tell the staff, in the registry's words, most urgent first.
fn warning_result_ui(
    ui: &mut egui::Ui,
    app: &AnkleBackApp,
    style: WarningStyle<'_>,
    result: &Assessment,
) {
    let level = style.level;
    crate::ui::a11y::heading(
        ui,
        RichText::new("Your answers included these warning signs").strong(),
        2,
    );
    let sign_ui = |ui: &mut egui::Ui, sign: &crate::content::warnings::WarningSign| {
        crate::ui::a11y::list_item_styled(ui, sign.text.get(level), RichText::strong);
        ui.label(sign.why.get(level));
        if let Some(tell) = &sign.tell {
            ui.label(
                style
                    .content
                    .warnings
                    .fill_emergency(tell.get(level), style.emergency_number),
            );
        }
        ui.label(RichText::new(format!("Sources: {}", app.content.cite(&sign.sources))).weak());
        ui.add_space(4.0);
    };
    for (tier, signs) in app.content.warnings.grouped(&result.flags) {
        if tier == result.urgency {
            // The banner above already says what to do for this tier.
            for sign in signs {
                sign_ui(ui, sign);
            }
        } else {
            tier_box_ui(ui, style, tier, |ui| {
                for sign in signs {
                    sign_ui(ui, sign);
                }
            });
            ui.add_space(4.0);
        }
    }
    ui.label("A warning sign is not a diagnosis. It means guidance advises that a clinician checks it, as soon as the box above says.");
}

/// Why the result is more urgent than its pattern: the answers that set a floor.
fn floors_ui(
    ui: &mut egui::Ui,
    questionnaire: &Questionnaire,
    style: WarningStyle<'_>,
    outcome: &OutcomeSpec,
    result: &Assessment,
) {
    let level = style.level;
    let mut reasons: BTreeMap<String, ()> = BTreeMap::new();
    for floor in result.floors.iter().filter(|f| f.urgency > outcome.urgency) {
        let Some(question) = questionnaire.question(&floor.question) else {
            continue;
        };
        let label = question
            .options
            .iter()
            .find(|o| o.id == floor.option)
            .filter(|_| question.kind != QuestionKind::YesNoUnsure)
            .map_or_else(
                || {
                    if question.kind == QuestionKind::PainScale {
                        format!("Pain {} out of 10", floor.option)
                    } else {
                        format!(
                            "{} {}",
                            short_question(question.text.get(level)),
                            answer_word(question, &floor.option, level)
                        )
                    }
                },
                |o| o.label.get(level).to_owned(),
            );
        reasons.insert(label, ());
    }
    let signs: Vec<String> = result
        .flags
        .iter()
        .filter(|f| {
            style
                .content
                .warnings
                .sign(f)
                .is_some_and(|s| s.tier > outcome.urgency)
        })
        .cloned()
        .collect();
    if reasons.is_empty() && signs.is_empty() {
        return;
    }
    ui.label(
        RichText::new("Why the advice is at least an appointment, whatever the pattern").strong(),
    );
    crate::ui::a11y::list(ui, "Your answers", |ui| {
        for reason in reasons.keys() {
            crate::ui::a11y::list_item(ui, &format!("You answered: {reason}"));
        }
    });
    if let Some(nerve) = style.content.warnings.sign("nerve_symptoms") {
        ui.label(nerve.why.get(level));
    }
    if !signs.is_empty() {
        warning_signs_ui(ui, style, &signs);
    }
    ui.add_space(6.0);
}

fn answer_word<'a>(question: &'a QuestionSpec, option: &str, level: ReadingLevel) -> &'a str {
    question
        .options
        .iter()
        .find(|o| o.id == option)
        .map_or("", |o| o.label.get(level))
}

fn outcome_text_ui(
    ui: &mut egui::Ui,
    app: &AnkleBackApp,
    outcome: &OutcomeSpec,
    level: ReadingLevel,
    intents: &mut Vec<Intent>,
) {
    let content = &app.content;
    ui.label(outcome.explanation.get(level));
    if !outcome.what_helps.is_empty() {
        ui.add_space(6.0);
        let title = "What tends to help, according to the sources";
        crate::ui::a11y::heading(ui, RichText::new(title).strong(), 2);
        crate::ui::a11y::list(ui, "What tends to help", |ui| {
            for item in &outcome.what_helps {
                crate::ui::a11y::list_item(ui, item.get(level));
            }
        });
    }
    if !outcome.seek_care.is_empty() {
        ui.add_space(6.0);
        crate::ui::a11y::heading(ui, RichText::new("When to get care").strong(), 2);
        crate::ui::a11y::list(ui, "Reasons to get care", |ui| {
            for item in &outcome.seek_care {
                crate::ui::a11y::list_item(ui, item.get(level));
            }
        });
    }
    if !outcome.read_next.is_empty() {
        ui.add_space(6.0);
        crate::ui::a11y::heading(ui, RichText::new("Read more").strong(), 2);
        for link in &outcome.read_next {
            let title = content.link_title(link);
            if ui.link(title).clicked() {
                intents.push(Intent::open(link));
            }
        }
    }
    ui.add_space(6.0);
    ui.label(RichText::new(format!("Sources: {}", content.cite(&outcome.sources))).weak());
}

/// The self-check's words for this screen only: a clinician can run it with a patient in
/// everyday words without changing the reading-level setting.
fn words_ui(ui: &mut egui::Ui, app: &AnkleBackApp, intents: &mut Vec<Intent>) {
    let setting = app.settings.reading_level;
    if let Some(level) = crate::ui::widgets::words_switch_ui(
        ui,
        "Words on this screen:",
        app.self_check_level(),
        setting,
    ) {
        intents.push(Intent::SetSelfCheckWords(level));
    }
}
