//! The recovery and prevention plan: programmes, their stages and exercises; walking tips.

use egui::RichText;

use crate::app::AnkleBackApp;
use crate::content::plan::{Exercise, Plan, Programme};
use crate::intent::{HandoutOrder, Intent};
use crate::route::ProgressFocus;
use crate::settings::ReadingLevel;
use crate::ui::drawings::{drawing_ui, drawing_width};
use crate::ui::theme::Palette;
use crate::ui::widgets::{explain_disabled, save_button};

pub(super) fn plan_ui(
    ui: &mut egui::Ui,
    app: &AnkleBackApp,
    plan: &Plan,
    today: &str,
    palette: Palette,
    intents: &mut Vec<Intent>,
) {
    let level = app.settings.reading_level;
    crate::ui::a11y::heading(
        ui,
        egui::RichText::new(app.t("progress-plan-heading")).heading(),
        2,
    );
    ui.label(app.t("progress-plan-intro"));
    intents.extend(crate::ui::handout::handout_ui(
        ui,
        app,
        app.t("progress-plan-handout"),
        || HandoutOrder {
            plan: true,
            topic: app.t("handout-topic-plan").to_owned(),
            ..HandoutOrder::default()
        },
    ));
    ui.add_space(6.0);
    let focused_stage = match &app.progress_focus {
        Some(ProgressFocus::PlanStage(id)) => Some(id.as_str()),
        _ => None,
    };
    for (index, programme) in plan.programmes.iter().enumerate() {
        let holds =
            |id: Option<&str>| id.is_some_and(|id| programme.stages.iter().any(|s| s.id == id));
        let current_here = holds(app.progress.plan_stage.as_deref());
        let focused_here = holds(focused_stage);
        let title = if current_here {
            app.tf(
                "progress-programme-now",
                &[("programme", programme.name.as_str().into())],
            )
        } else {
            programme.name.clone()
        };
        egui::CollapsingHeader::new(
            RichText::new(title)
                .strong()
                .size(ui.text_style_height(&egui::TextStyle::Body) * 1.2),
        )
        .id_salt(("programme", &programme.id))
        .default_open(index == 0 || current_here)
        .open(focused_here.then_some(true))
        .show(ui, |ui| {
            programme_ui(ui, app, programme, today, palette, intents);
        });
        ui.add_space(4.0);
    }
    if !plan.signs.is_empty() {
        ui.add_space(4.0);
        ui.label(RichText::new(app.t("progress-plan-signs")).strong());
        crate::ui::warnings::warning_signs_ui(
            ui,
            crate::ui::warnings::WarningStyle::new(&app.content, &app.settings, level),
            &plan.signs,
        );
    }
}

/// One programme: what it is for, what to check first, and its stages with their exercises.
fn programme_ui(
    ui: &mut egui::Ui,
    app: &AnkleBackApp,
    programme: &Programme,
    today: &str,
    palette: Palette,
    intents: &mut Vec<Intent>,
) {
    let level = app.settings.reading_level;
    ui.label(programme.about.get(level));
    ui.add_space(4.0);
    egui::Frame::new()
        .fill(palette.warning_fill)
        .stroke(egui::Stroke::new(1.5, palette.warning_text))
        .corner_radius(6.0)
        .inner_margin(10.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(
                RichText::new(app.t("progress-before-you-start"))
                    .strong()
                    .color(palette.warning_text),
            );
            ui.label(programme.before_you_start.get(level));
        });
    ui.add_space(6.0);
    for stage in &programme.stages {
        let current = app.progress.plan_stage.as_deref() == Some(stage.id.as_str());
        let header = if current {
            app.tf(
                "progress-stage-now",
                &[("stage", stage.name.as_str().into())],
            )
        } else {
            stage.name.clone()
        };
        // A link from an article opens its stage once; after that the reader folds it freely.
        let focused =
            app.progress_focus.as_ref() == Some(&ProgressFocus::PlanStage(stage.id.clone()));
        let shown = egui::CollapsingHeader::new(RichText::new(header).strong())
            .id_salt(("stage", &stage.id))
            .default_open(current)
            .open(focused.then_some(true))
            .show(ui, |ui| {
                ui.label(stage.goal.get(level));
                if !current
                    && save_button(
                        ui,
                        app.save_blocked_reason(),
                        app.t("progress-at-this-stage"),
                    )
                    .clicked()
                {
                    intents.push(Intent::SetPlanStage(stage.id.clone()));
                }
                for exercise in &stage.exercises {
                    ui.push_id(&exercise.id, |ui| {
                        exercise_ui(ui, app, exercise, today, palette, intents);
                    });
                }
                ui.label(
                    RichText::new(app.tf(
                        "progress-move-on",
                        &[("when", stage.move_on_when.get(level).into())],
                    ))
                    .italics(),
                );
                ui.label(
                    RichText::new(app.tf(
                        "progress-from",
                        &[(
                            "sources",
                            app.content.cite(&stage.sources, &app.messages).into(),
                        )],
                    ))
                    .weak(),
                );
            });
        if focused {
            shown.header_response.scroll_to_me(Some(egui::Align::TOP));
            intents.push(Intent::ProgressFocused);
        }
    }
}

/// One exercise card: the drawing beside the steps, or above them when the window is narrow.
fn exercise_ui(
    ui: &mut egui::Ui,
    app: &AnkleBackApp,
    exercise: &Exercise,
    today: &str,
    palette: Palette,
    intents: &mut Vec<Intent>,
) {
    let level = app.settings.reading_level;
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        let width = drawing_width(ui.available_width(), app.settings.text_scale());
        let drawing = |ui: &mut egui::Ui| {
            drawing_ui(
                ui,
                &app.messages,
                exercise.drawing,
                &exercise.name,
                ui.visuals().text_color(),
                palette.selected,
                width,
            );
        };
        let text = |ui: &mut egui::Ui, intents: &mut Vec<Intent>| {
            ui.label(RichText::new(&exercise.name).strong());
            for (n, step) in exercise.steps.iter().enumerate() {
                ui.label(app.tf(
                    "progress-step",
                    &[("n", (n + 1).into()), ("step", step.as_str().into())],
                ));
            }
            if level == ReadingLevel::Clinician {
                ui.label(RichText::new(&exercise.clinician_note).weak());
            }
            let mut done = app.progress.is_exercise_done(today, &exercise.id);
            let blocked = app.save_blocked_reason();
            let tick = ui.add_enabled(
                blocked.is_none(),
                egui::Checkbox::new(
                    &mut done,
                    app.tf(
                        "progress-done-today-exercise",
                        &[("exercise", exercise.name.as_str().into())],
                    ),
                ),
            );
            if explain_disabled(ui, tick, blocked).changed() {
                intents.push(Intent::SetExerciseDone {
                    date: today.to_owned(),
                    exercise: exercise.id.clone(),
                    done,
                });
            }
        };
        if ui.available_width() >= width * 2.6 {
            ui.horizontal_top(|ui| {
                drawing(ui);
                ui.vertical(|ui| text(ui, intents));
            });
        } else {
            drawing(ui);
            text(ui, intents);
        }
    });
}

pub(super) fn tips_ui(ui: &mut egui::Ui, app: &AnkleBackApp, plan: &Plan) {
    let level = app.settings.reading_level;
    crate::ui::a11y::heading(ui, egui::RichText::new(app.t("progress-tips")).heading(), 2);
    for tip in &plan.walking_tips {
        ui.label(RichText::new(&tip.title).strong());
        ui.label(tip.text.get(level));
        ui.add_space(4.0);
    }
    ui.label(
        RichText::new(app.tf(
            "progress-sources",
            &[(
                "sources",
                app.content.cite(&plan.sources, &app.messages).into(),
            )],
        ))
        .weak(),
    );
    ui.add_space(8.0);
    crate::ui::widgets::notice_ui(ui);
}
