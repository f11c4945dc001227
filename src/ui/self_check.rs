//! Self-check: start screen with history, one question at a time, and the result.

use std::collections::BTreeSet;

use egui::emath::RectTransform;
use egui::{Pos2, Rect, RichText, Sense, vec2};

use crate::app::{AnkleBackApp, Intent};
use crate::content::Content;
use crate::content::model::Area;
use crate::progress::CheckRecord;
use crate::selfcheck::Questionnaire;
use crate::selfcheck::answers::Answer;
use crate::selfcheck::session::Session;
use crate::selfcheck::spec::{OutcomeSpec, QuestionKind, QuestionSpec, Urgency};
use crate::settings::ReadingLevel;
use crate::ui::body_map::{BodyScene, open_link, paint_body};
use crate::ui::theme::Palette;
use crate::ui::widgets::notice_ui;

/// The Self-check screen.
pub fn self_check_ui(ui: &mut egui::Ui, app: &AnkleBackApp) -> Vec<Intent> {
    let mut intents = Vec::new();
    let Some(questionnaire) = app.content.questionnaires.first() else {
        ui.label("The self-check could not be loaded.");
        return intents;
    };
    let level = app.settings.reading_level;
    let mut session = app.self_check.clone();
    ui.set_max_width(ui.available_width().min(1100.0 * app.settings.text_scale()));

    if let Some(index) = session.viewing {
        if let Some(record) = app.progress.self_checks.get(index) {
            if ui.button("Back to the self-check").clicked() {
                session.viewing = None;
            }
            ui.label(RichText::new(format!("Self-check of {}", record.date)).weak());
            result_ui(
                ui,
                app,
                questionnaire,
                &record.outcome,
                record.urgency,
                previous_of(app, index),
                &mut intents,
            );
        }
    } else if !session.started {
        start_ui(ui, app, questionnaire, level, &mut session);
    } else if let Some(question) = questionnaire.next_question(&session.answers) {
        question_ui(ui, app, questionnaire, question, level, &mut session);
    } else {
        let result = questionnaire.assess(&session.answers);
        let previous = app
            .progress
            .self_checks
            .len()
            .checked_sub(if session.recorded { 2 } else { 1 });
        let previous = previous.and_then(|i| app.progress.self_checks.get(i));
        result_ui(
            ui,
            app,
            questionnaire,
            &result.outcome_id,
            result.urgency,
            previous,
            &mut intents,
        );
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button("Previous question").clicked() {
                session.back();
            }
            if ui.button("Start a new self-check").clicked() {
                session = Session::start();
            }
        });
    }
    if session != app.self_check {
        intents.push(Intent::UpdateSelfCheck(session));
    }
    intents
}

fn previous_of(app: &AnkleBackApp, index: usize) -> Option<&CheckRecord> {
    index
        .checked_sub(1)
        .and_then(|i| app.progress.self_checks.get(i))
}

fn start_ui(
    ui: &mut egui::Ui,
    app: &AnkleBackApp,
    questionnaire: &Questionnaire,
    level: ReadingLevel,
    session: &mut Session,
) {
    let spec = questionnaire.spec();
    ui.heading(&spec.title);
    ui.label(spec.intro.get(level));
    ui.add_space(6.0);
    notice_ui(ui);
    ui.add_space(8.0);
    if let Some(area) = app.self_check_area {
        ui.label(format!("You came from the body map: {}.", area_label(area)));
    }
    if ui
        .add(
            egui::Button::new(RichText::new("Start the self-check").strong())
                .min_size(vec2(220.0, 36.0)),
        )
        .clicked()
    {
        *session = Session::start();
        if let Some(area) = app.self_check_area {
            // The body map already said where: answer the area question for the user.
            session
                .answers
                .insert("area".into(), Answer::Choice(area_option(area).into()));
            session.order.push("area".into());
        }
    }
    if !app.progress.self_checks.is_empty() {
        ui.add_space(12.0);
        ui.label(RichText::new("Your earlier self-checks").strong());
        for (index, record) in app.progress.self_checks.iter().enumerate().rev() {
            let title = questionnaire
                .outcome(&record.outcome)
                .map_or(record.outcome.as_str(), |o| o.title.get(level));
            ui.horizontal_wrapped(|ui| {
                if ui
                    .push_id(index, |ui| ui.small_button("View"))
                    .inner
                    .clicked()
                {
                    session.viewing = Some(index);
                }
                ui.label(format!(
                    "{}: {}. {}",
                    record.date,
                    record.urgency.label(),
                    title
                ));
            });
        }
    }
}

fn area_label(area: Area) -> &'static str {
    area.label()
}

/// The area question's option for a body-map area.
fn area_option(area: Area) -> &'static str {
    match area {
        Area::Ankle => "ankle",
        Area::AchillesHeel => "achilles_heel",
        Area::LowerBack | Area::Hip => "lower_back",
    }
}

fn question_ui(
    ui: &mut egui::Ui,
    app: &AnkleBackApp,
    questionnaire: &Questionnaire,
    question: &QuestionSpec,
    level: ReadingLevel,
    session: &mut Session,
) {
    let asked = questionnaire.path(&session.answers).len();
    ui.label(RichText::new(format!("{} · question {asked}", question.section)).weak());
    ui.add_space(4.0);
    ui.label(
        RichText::new(question.text.get(level))
            .size(ui.text_style_height(&egui::TextStyle::Body) * 1.2)
            .strong(),
    );
    if let Some(help) = &question.help {
        ui.label(RichText::new(help.get(level)).weak());
    }
    ui.add_space(8.0);
    let draft_id = egui::Id::unique(("self-check-draft", &question.id));
    match question.kind {
        QuestionKind::YesNoUnsure | QuestionKind::Single => {
            for option in &question.options {
                if ui
                    .add(egui::Button::new(option.label.get(level)).min_size(vec2(200.0, 32.0)))
                    .clicked()
                {
                    session.answer(&question.id, Answer::Choice(option.id.clone()));
                }
            }
        }
        QuestionKind::Multiple => {
            let mut picked: BTreeSet<String> =
                ui.data(|d| d.get_temp(draft_id)).unwrap_or_default();
            checkboxes_ui(ui, question, level, &mut picked);
            if let Some(done) = finish_button_ui(ui, draft_id, picked, "None of these") {
                session.answer(&question.id, Answer::Choices(done));
            }
        }
        QuestionKind::PainScale => {
            ui.label("0 means no pain, 10 the worst pain you can imagine.");
            ui.horizontal_wrapped(|ui| {
                for score in 0..=10u8 {
                    if ui
                        .add(egui::Button::new(score.to_string()).min_size(vec2(36.0, 36.0)))
                        .clicked()
                    {
                        session.answer(&question.id, Answer::Scale(score));
                    }
                }
            });
        }
        QuestionKind::Regions => {
            let mut picked: BTreeSet<String> =
                ui.data(|d| d.get_temp(draft_id)).unwrap_or_default();
            ui.horizontal_top(|ui| {
                ui.vertical(|ui| {
                    ui.set_width(260.0);
                    checkboxes_ui(ui, question, level, &mut picked);
                });
                if let Some(diagram) = app.diagrams.first() {
                    let allowed: BTreeSet<&str> =
                        question.options.iter().map(|o| o.id.as_str()).collect();
                    region_picker_ui(ui, app, diagram, &allowed, &mut picked);
                }
            });
            if let Some(done) = finish_button_ui(ui, draft_id, picked, "Skip: it is hard to say") {
                session.answer(&question.id, Answer::Regions(done));
            }
        }
    }
    ui.add_space(12.0);
    ui.horizontal(|ui| {
        if !session.order.is_empty() && ui.button("Previous question").clicked() {
            session.back();
        }
        if ui.button("Stop and start again").clicked() {
            *session = Session::default();
        }
    });
    ui.add_space(12.0);
    notice_ui(ui);
}

/// One check box per option, ticked when in `picked`.
fn checkboxes_ui(
    ui: &mut egui::Ui,
    question: &QuestionSpec,
    level: ReadingLevel,
    picked: &mut BTreeSet<String>,
) {
    for option in &question.options {
        let mut on = picked.contains(&option.id);
        if ui.checkbox(&mut on, option.label.get(level)).changed() {
            toggle(picked, &option.id);
        }
    }
}

/// Keeps the draft until "Next" (or `empty_label` when nothing is picked) is pressed, then
/// returns the picks and forgets the draft.
fn finish_button_ui(
    ui: &mut egui::Ui,
    draft_id: egui::Id,
    picked: BTreeSet<String>,
    empty_label: &str,
) -> Option<Vec<String>> {
    let label = if picked.is_empty() {
        empty_label
    } else {
        "Next"
    };
    if ui.button(label).clicked() {
        ui.data_mut(|d| d.remove::<BTreeSet<String>>(draft_id));
        Some(picked.into_iter().collect())
    } else {
        ui.data_mut(|d| d.insert_temp(draft_id, picked));
        None
    }
}

fn toggle(set: &mut BTreeSet<String>, id: &str) {
    if !set.remove(id) {
        set.insert(id.to_owned());
    }
}

/// A small body drawing: click a part to pick or unpick it.
fn region_picker_ui(
    ui: &mut egui::Ui,
    app: &AnkleBackApp,
    diagram: &crate::body::Diagram,
    allowed: &BTreeSet<&str>,
    picked: &mut BTreeSet<String>,
) {
    let size = vec2(ui.available_width().min(360.0), 460.0);
    let (response, painter) = ui.allocate_painter(size, Sense::click());
    let to_screen = fit(diagram, response.rect);
    let hovered: Vec<&str> = response
        .hover_pos()
        .and_then(|p| {
            let q = to_screen.inverse().transform_pos(p);
            diagram.region_at([q.x, q.y])
        })
        .filter(|id| allowed.contains(id))
        .into_iter()
        .collect();
    if response.clicked()
        && let Some(id) = hovered.first()
    {
        toggle(picked, id);
    }
    paint_still_body(
        &painter,
        response.rect,
        app,
        diagram,
        picked,
        &BTreeSet::new(),
        &hovered,
    );
}

/// A still (not animated) drawing of the body in `rect`, with regions and pathways shown.
fn paint_still_body(
    painter: &egui::Painter,
    rect: Rect,
    app: &AnkleBackApp,
    diagram: &crate::body::Diagram,
    highlighted: &BTreeSet<String>,
    overlays: &BTreeSet<String>,
    hovered: &[&str],
) {
    let palette = Palette::of(app.settings.theme);
    painter.rect_filled(rect, 6.0, palette.canvas);
    paint_body(
        painter,
        &fit(diagram, rect),
        &BodyScene {
            diagram,
            selected: None,
            highlighted,
            hovered,
            overlays,
            labels: None,
            palette,
            time: 0.0,
            animate: false,
            text_scale: app.settings.text_scale(),
        },
    );
}

fn fit(diagram: &crate::body::Diagram, rect: Rect) -> RectTransform {
    let [w, h] = diagram.size;
    let scale = (rect.width() / w).min(rect.height() / h);
    RectTransform::from_to(
        Rect::from_min_size(Pos2::ZERO, vec2(w, h)),
        Rect::from_center_size(rect.center(), vec2(w * scale, h * scale)),
    )
}

fn urgency_colour(urgency: Urgency, palette: Palette) -> egui::Color32 {
    match urgency {
        Urgency::Emergency | Urgency::SameDay => palette.warning_text,
        Urgency::Appointment => palette.selected,
        Urgency::SelfCare => palette.chain_up,
    }
}

#[allow(clippy::too_many_arguments)]
fn result_ui(
    ui: &mut egui::Ui,
    app: &AnkleBackApp,
    questionnaire: &Questionnaire,
    outcome_id: &str,
    urgency: Urgency,
    previous: Option<&CheckRecord>,
    intents: &mut Vec<Intent>,
) {
    let Some(outcome) = questionnaire.outcome(outcome_id) else {
        ui.label(format!(
            "This result ({outcome_id}) is not in the current content."
        ));
        notice_ui(ui);
        return;
    };
    let level = app.settings.reading_level;
    let palette = Palette::of(app.settings.theme);
    let colour = urgency_colour(urgency, palette);
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
            ui.label(
                RichText::new(urgency.label())
                    .strong()
                    .color(colour)
                    .size(ui.text_style_height(&egui::TextStyle::Heading)),
            );
            ui.label(RichText::new(outcome.title.get(level)).strong());
        });
    ui.add_space(8.0);
    ui.horizontal_top(|ui| {
        let text_width = (ui.available_width() - 330.0).max(320.0);
        ui.vertical(|ui| {
            ui.set_width(text_width);
            outcome_text_ui(ui, app, outcome, level, intents);
            if let Some(previous) = previous {
                ui.add_space(8.0);
                let before = questionnaire
                    .outcome(&previous.outcome)
                    .map_or(previous.outcome.as_str(), |o| o.title.get(level));
                ui.label(RichText::new("Compared with your last self-check").strong());
                ui.label(format!(
                    "On {}: {}. {}",
                    previous.date,
                    previous.urgency.label(),
                    before
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
            ui.vertical(|ui| {
                let highlighted: BTreeSet<String> = outcome.regions.iter().cloned().collect();
                let overlays: BTreeSet<String> = outcome.pathways.iter().cloned().collect();
                let (response, painter) = ui.allocate_painter(vec2(300.0, 420.0), Sense::hover());
                paint_still_body(
                    &painter,
                    response.rect,
                    app,
                    diagram,
                    &highlighted,
                    &overlays,
                    &[],
                );
                if (!outcome.regions.is_empty() || !outcome.pathways.is_empty())
                    && ui.button("Show on body map").clicked()
                {
                    intents.push(Intent::ShowOnBodyMap {
                        regions: outcome.regions.clone(),
                        pathways: outcome.pathways.clone(),
                    });
                }
            });
        }
    });
}

fn outcome_text_ui(
    ui: &mut egui::Ui,
    app: &AnkleBackApp,
    outcome: &OutcomeSpec,
    level: ReadingLevel,
    intents: &mut Vec<Intent>,
) {
    let content: &Content = &app.content;
    ui.label(outcome.explanation.get(level));
    if !outcome.what_helps.is_empty() {
        ui.add_space(6.0);
        ui.label(RichText::new("What tends to help, according to the sources").strong());
        for item in &outcome.what_helps {
            ui.label(format!("• {}", item.get(level)));
        }
    }
    ui.add_space(6.0);
    ui.label(RichText::new("When to get care").strong());
    for item in &outcome.seek_care {
        ui.label(format!("• {}", item.get(level)));
    }
    if !outcome.read_next.is_empty() {
        ui.add_space(6.0);
        ui.label(RichText::new("Read more").strong());
        for link in &outcome.read_next {
            let title = content.link_title(link);
            if ui.link(title).clicked() {
                intents.push(open_link(link));
            }
        }
    }
    ui.add_space(6.0);
    ui.label(RichText::new(format!("Sources: {}", content.cite(&outcome.sources))).weak());
}
