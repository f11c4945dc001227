//! My progress: summary, pain diary with its trend, recovery plan, shoes and walking tips.
//!
//! `mod.rs` draws the screen and its summary cards; `diary.rs` the pain diary (form, list,
//! trend); `plan.rs` the recovery plan (programmes, stages, exercises) and walking tips;
//! `shoes.rs` shoe mileage.

mod diary;
mod plan;
mod shoes;

use egui::RichText;

use crate::app::AnkleBackApp;
use crate::intent::Intent;
use crate::progress;
use crate::route::Route;
use crate::ui::theme::Palette;

/// The My progress screen.
pub fn progress_ui(ui: &mut egui::Ui, app: &AnkleBackApp) -> Vec<Intent> {
    let mut intents = Vec::new();
    let palette = Palette::of(app.settings.theme);
    let today = progress::today();
    ui.set_max_width(ui.available_width().min(1100.0 * app.settings.text_scale()));
    crate::ui::a11y::screen_heading(ui, app.t("progress-heading"));
    ui.label(app.t("progress-intro"));
    ui.add_space(6.0);
    summary_ui(ui, app, &mut intents);
    ui.add_space(10.0);
    ui.separator();
    diary::diary_ui(ui, app, &today, palette, &mut intents);
    ui.add_space(10.0);
    ui.separator();
    if let Some(plan) = &app.content.plan {
        plan::plan_ui(ui, app, plan, &today, palette, &mut intents);
        ui.add_space(10.0);
        ui.separator();
        shoes::shoes_ui(ui, app, plan, &mut intents);
        ui.add_space(10.0);
        ui.separator();
        plan::tips_ui(ui, app, plan);
    }
    intents
}

/// One summary card's contents.
type Card<'a> = Box<dyn FnOnce(&mut egui::Ui, &mut Vec<Intent>) + 'a>;

fn summary_ui(ui: &mut egui::Ui, app: &AnkleBackApp, intents: &mut Vec<Intent>) {
    let level = app.settings.reading_level;
    // Cards grow with the text size, never wider than the screen; as many a row as fit
    // (a frame cannot be wrapped by `horizontal_wrapped`: it would run past the edge).
    let room = ui.available_width();
    let gap = ui.spacing().item_spacing.x;
    let margins = 2.0 * 10.0 + 2.0;
    let width = (220.0 * app.settings.text_scale()).min(room - margins);
    let per_row = (((room + gap) / (width + margins + gap)).floor() as usize).max(1);
    let mut cards: Vec<Card<'_>> = Vec::new();
    cards.push(Box::new(|ui, intents| {
        ui.label(RichText::new(app.t("progress-articles-read")).strong());
        ui.label(app.tf(
            "progress-articles-read-count",
            &[
                ("read", app.progress.articles_read.len().into()),
                ("count", app.content.articles.len().into()),
            ],
        ));
        if ui.link(app.t("progress-go-to-learn")).clicked() {
            intents.push(Intent::Navigate(Route::Learn {
                article: None,
                section: None,
            }));
        }
    }));
    cards.push(Box::new(|ui, intents| {
        ui.label(RichText::new(app.t("progress-last-check")).strong());
        match app.progress.self_checks.last() {
            Some(record) => {
                ui.label(&record.date);
                let title = app
                    .content
                    .questionnaires
                    .first()
                    .and_then(|q| q.outcome(&record.outcome))
                    .map_or(record.outcome.as_str(), |o| o.title.get(level));
                ui.label(
                    app.tf(
                        "progress-last-check-result",
                        &[
                            (
                                "urgency",
                                app.t(&format!("progress-urgency-{:?}", record.urgency))
                                    .into(),
                            ),
                            ("title", title.into()),
                        ],
                    ),
                );
            }
            None => {
                ui.label(app.t("progress-none-yet"));
            }
        }
        if ui.link(app.t("progress-go-to-self-check")).clicked() {
            intents.push(Intent::Navigate(Route::SelfCheck));
        }
    }));
    cards.push(Box::new(|ui, _| {
        ui.label(RichText::new(app.t("progress-plan")).strong());
        let stage = app
            .progress
            .plan_stage
            .as_deref()
            .and_then(|id| app.content.plan.as_ref()?.stage(id))
            .map_or(
                app.t("progress-plan-not-started").to_owned(),
                |(programme, stage)| {
                    app.tf(
                        "progress-plan-stage",
                        &[
                            ("programme", programme.name.as_str().into()),
                            ("stage", stage.name.as_str().into()),
                        ],
                    )
                },
            );
        ui.label(stage);
        let done_today = app
            .progress
            .exercise_log
            .get(&progress::today())
            .map_or(0, |d| d.len());
        ui.label(app.tf("progress-done-today", &[("count", done_today.into())]));
    }));
    cards.push(Box::new(|ui, _| {
        ui.label(RichText::new(app.t("progress-diary")).strong());
        ui.label(app.tf(
            "progress-days-recorded",
            &[("count", app.progress.diary.len().into())],
        ));
        if let Some(last) = app.progress.diary.last() {
            ui.label(diary::day_line(app, last));
        }
    }));
    let mut cards = cards.into_iter().peekable();
    while cards.peek().is_some() {
        ui.horizontal_top(|ui| {
            for add in cards.by_ref().take(per_row) {
                card(ui, width, |ui| add(ui, intents));
            }
        });
    }
}

fn card(ui: &mut egui::Ui, width: f32, add: impl FnOnce(&mut egui::Ui)) {
    egui::Frame::group(ui.style())
        .inner_margin(10.0)
        .show(ui, |ui| {
            ui.set_width(width);
            ui.vertical(add);
        });
}
