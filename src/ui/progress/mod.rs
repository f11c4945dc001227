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
    crate::ui::a11y::screen_heading(ui, "My progress");
    ui.label("Everything here is kept on this computer only.");
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

fn summary_ui(ui: &mut egui::Ui, app: &AnkleBackApp, intents: &mut Vec<Intent>) {
    let level = app.settings.reading_level;
    ui.horizontal_wrapped(|ui| {
        card(ui, |ui| {
            ui.label(RichText::new("Articles read").strong());
            ui.label(format!(
                "{} of {}",
                app.progress.articles_read.len(),
                app.content.articles.len()
            ));
            if ui.link("Go to Learn").clicked() {
                intents.push(Intent::Navigate(Route::Learn {
                    article: None,
                    section: None,
                }));
            }
        });
        card(ui, |ui| {
            ui.label(RichText::new("Last self-check").strong());
            match app.progress.self_checks.last() {
                Some(record) => {
                    ui.label(&record.date);
                    let title = app
                        .content
                        .questionnaires
                        .first()
                        .and_then(|q| q.outcome(&record.outcome))
                        .map_or(record.outcome.as_str(), |o| o.title.get(level));
                    ui.label(format!("{}: {title}", record.urgency.label()));
                }
                None => {
                    ui.label("None yet");
                }
            }
            if ui.link("Go to Self-check").clicked() {
                intents.push(Intent::Navigate(Route::SelfCheck));
            }
        });
        card(ui, |ui| {
            ui.label(RichText::new("Recovery plan").strong());
            let stage = app
                .progress
                .plan_stage
                .as_deref()
                .and_then(|id| app.content.plan.as_ref()?.stage(id))
                .map_or("Not started".to_owned(), |(programme, stage)| {
                    format!("{}: {}", programme.name, stage.name)
                });
            ui.label(stage);
            let done_today = app
                .progress
                .exercise_log
                .get(&progress::today())
                .map_or(0, |d| d.len());
            ui.label(format!("{done_today} exercise(s) done today"));
        });
        card(ui, |ui| {
            ui.label(RichText::new("Pain diary").strong());
            ui.label(format!("{} day(s) recorded", app.progress.diary.len()));
            if let Some(last) = app.progress.diary.last() {
                ui.label(format!(
                    "{}: ankle {}, back {}",
                    last.date,
                    last.ankle.map_or("-".to_owned(), |v| v.to_string()),
                    last.back.map_or("-".to_owned(), |v| v.to_string())
                ));
            }
        });
    });
}

fn card(ui: &mut egui::Ui, add: impl FnOnce(&mut egui::Ui)) {
    egui::Frame::group(ui.style())
        .inner_margin(10.0)
        .show(ui, |ui| {
            ui.set_width(220.0);
            ui.vertical(add);
        });
}
