//! My progress: summary, pain diary with its trend, recovery plan, shoes and walking tips.

use egui::RichText;
use egui_plot::{Legend, Line, Plot};

use crate::app::AnkleBackApp;
use crate::content::plan::{Exercise, Plan, Programme};
use crate::intent::{HandoutOrder, Intent};
use crate::progress::{self, DiaryEntry, KM_PER_MILE, SHOE_LIMIT_KM, Shoe, date_of_day};
use crate::route::{ProgressFocus, Route};
use crate::settings::{DistanceUnit, ReadingLevel};
use crate::ui::drawings::{drawing_ui, drawing_width};
use crate::ui::theme::Palette;
use crate::ui::widgets::{explain_disabled, save_button};

/// The diary form's draft (kept in egui's temporary memory until saved). Pain values stay
/// `None` until the person touches the slider, so an untouched form is never "no pain".
#[derive(Clone, Debug, Default)]
struct DiaryDraft {
    /// The day typed in the date field.
    date_text: String,
    ankle: Option<u8>,
    back: Option<u8>,
    note: String,
    /// The day the values were loaded for.
    loaded_for: String,
}

impl DiaryDraft {
    fn load(date: &str, saved: Option<&DiaryEntry>) -> Self {
        Self {
            date_text: date.to_owned(),
            ankle: saved.and_then(|e| e.ankle),
            back: saved.and_then(|e| e.back),
            note: saved.map(|e| e.note.clone()).unwrap_or_default(),
            loaded_for: date.to_owned(),
        }
    }

    fn entry(&self) -> DiaryEntry {
        DiaryEntry {
            date: self.loaded_for.clone(),
            ankle: self.ankle,
            back: self.back,
            note: self.note.trim().to_owned(),
        }
    }
}

/// A 0–10 pain slider over an optional value: shows "not entered" until it is moved.
fn pain_slider_ui(ui: &mut egui::Ui, value: &mut Option<u8>, label: &str) {
    ui.horizontal(|ui| {
        let mut shown = value.unwrap_or(0);
        let response = ui.add(egui::Slider::new(&mut shown, 0..=10).text(label));
        if response.changed() || response.drag_started() || response.clicked() {
            *value = Some(shown);
        }
        match value {
            Some(_) => {
                if ui
                    .small_button("Clear")
                    .on_hover_text("Not entered")
                    .clicked()
                {
                    *value = None;
                }
            }
            None => {
                ui.label(RichText::new("not entered").weak());
            }
        }
    });
}

/// Picks one pain value of a diary day.
type PainOf = fn(&DiaryEntry) -> Option<u8>;

/// The add-a-shoe form's draft.
#[derive(Clone, Debug, Default)]
struct ShoeDraft {
    name: String,
    add_distance: String,
}

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
    diary_ui(ui, app, &today, palette, &mut intents);
    ui.add_space(10.0);
    ui.separator();
    if let Some(plan) = &app.content.plan {
        plan_ui(ui, app, plan, &today, palette, &mut intents);
        ui.add_space(10.0);
        ui.separator();
        shoes_ui(ui, app, plan, &mut intents);
        ui.add_space(10.0);
        ui.separator();
        tips_ui(ui, app, plan);
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

fn diary_ui(
    ui: &mut egui::Ui,
    app: &AnkleBackApp,
    today: &str,
    palette: Palette,
    intents: &mut Vec<Intent>,
) {
    let heading = crate::ui::a11y::heading(ui, egui::RichText::new("Pain diary").heading(), 2);
    if app.progress_focus == Some(ProgressFocus::Diary) {
        heading.scroll_to_me(Some(egui::Align::TOP));
        intents.push(Intent::ProgressFocused);
    }
    ui.label("Once a day, how bad is the pain? 0 means no pain, 10 the worst you can imagine. Move a slider to enter a value; what you leave alone is not recorded.");
    let id = egui::Id::unique("diary-draft");
    let mut draft: DiaryDraft = ui
        .data(|d| d.get_temp(id))
        .unwrap_or_else(|| DiaryDraft::load(today, app.progress.diary_entry(today)));
    let mut date_error = None;
    egui::Grid::new("diary-form")
        .num_columns(2)
        .spacing([12.0, 8.0])
        .show(ui, |ui| {
            ui.label("Day");
            ui.horizontal(|ui| {
                let field = ui.add(
                    egui::TextEdit::singleline(&mut draft.date_text)
                        .hint_text("YYYY-MM-DD")
                        .desired_width(110.0),
                );
                field.widget_info(|| {
                    egui::WidgetInfo::labeled(egui::Role::TextInput, true, "Diary day")
                });
                match progress::parse_diary_date(&draft.date_text, today) {
                    Ok(date) if date != draft.loaded_for => {
                        // Another day: show what was saved for it.
                        let text = draft.date_text.clone();
                        draft = DiaryDraft::load(&date, app.progress.diary_entry(&date));
                        draft.date_text = text;
                    }
                    Ok(_) => {}
                    Err(why) => date_error = Some(why),
                }
                if draft.loaded_for != today && ui.small_button("Today").clicked() {
                    draft = DiaryDraft::load(today, app.progress.diary_entry(today));
                }
            });
            ui.end_row();
            ui.label("Ankle");
            pain_slider_ui(ui, &mut draft.ankle, "Ankle pain");
            ui.end_row();
            ui.label("Back");
            pain_slider_ui(ui, &mut draft.back, "Back pain");
            ui.end_row();
            ui.label("Note (optional)");
            let note = ui.add(
                egui::TextEdit::singleline(&mut draft.note)
                    .hint_text("e.g. long walk, new shoes")
                    .desired_width(360.0),
            );
            note.widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::TextInput, true, "Diary note")
            });
            ui.end_row();
        });
    let saved = app.progress.diary_entry(&draft.loaded_for);
    let entry = draft.entry();
    let unsaved = match saved {
        Some(saved) => saved != &entry,
        None => entry.has_content(),
    };
    ui.horizontal(|ui| {
        let is_today = draft.loaded_for == today;
        let label = match (saved.is_some(), is_today) {
            (true, true) => "Update today's entry".to_owned(),
            (false, true) => "Save today's entry".to_owned(),
            (true, false) => format!("Update the entry for {}", draft.loaded_for),
            (false, false) => format!("Save the entry for {}", draft.loaded_for),
        };
        let blocked = app.save_blocked_reason().or(if date_error.is_some() {
            Some("Fix the day first")
        } else if !entry.has_content() {
            Some("Move a slider or write a note first")
        } else {
            None
        });
        if save_button(ui, blocked, &label).clicked() {
            intents.push(Intent::SaveDiaryEntry(entry.clone()));
        }
        if let Some(why) = date_error {
            ui.label(RichText::new(why).color(palette.warning_text));
        } else if unsaved {
            ui.label(RichText::new("Unsaved changes").color(palette.warning_text));
        }
    });
    ui.data_mut(|d| d.insert_temp(id, draft));
    diary_list_ui(ui, app, id, intents);

    if app.progress.diary.len() >= 2 {
        ui.add_space(6.0);
        ui.label(RichText::new("Trend").strong());
        Plot::new("pain-trend")
            .height(220.0)
            .include_y(0.0)
            .include_y(10.0)
            .legend(Legend::default())
            .allow_scroll(false)
            .y_axis_label("Pain (0-10)")
            .x_axis_formatter(|mark, _| date_of_day(mark.value.round() as i64).unwrap_or_default())
            .show(ui, |plot| {
                // One line per run of consecutive days: a missed day leaves a gap.
                let kinds: [(&str, PainOf, egui::Color32); 2] = [
                    ("Ankle pain", |e| e.ankle, palette.chain_up),
                    ("Back pain", |e| e.back, palette.chain_down),
                ];
                for (name, pick, colour) in kinds {
                    for (index, segment) in progress::trend_segments(&app.progress.diary, pick)
                        .into_iter()
                        .enumerate()
                    {
                        let stroke = egui::Stroke::new(2.5, colour);
                        if segment.len() == 1 {
                            plot.points(
                                egui_plot::Points::new(name, segment)
                                    .id((name, index))
                                    .radius(3.0)
                                    .color(colour),
                            );
                        } else {
                            plot.line(Line::new(name, segment).id((name, index)).stroke(stroke));
                        }
                    }
                }
            });
        if let Some(last) = app.progress.diary.iter().rev().find(|e| !e.note.is_empty()) {
            ui.label(RichText::new(format!("Last note ({}): {}", last.date, last.note)).weak());
        }
    } else {
        ui.label(RichText::new("The trend appears after two days of entries.").weak());
    }
}

/// The recorded days, newest first, each with Edit (loads it into the form) and Delete.
fn diary_list_ui(
    ui: &mut egui::Ui,
    app: &AnkleBackApp,
    draft_id: egui::Id,
    intents: &mut Vec<Intent>,
) {
    if app.progress.diary.is_empty() {
        return;
    }
    egui::CollapsingHeader::new(format!("All entries ({})", app.progress.diary.len()))
        .id_salt("diary-entries")
        .show(ui, |ui| {
            for entry in app.progress.diary.iter().rev().take(60) {
                ui.push_id(&entry.date, |ui| {
                    ui.horizontal_wrapped(|ui| {
                        let value = |v: Option<u8>| v.map_or("-".to_owned(), |v| v.to_string());
                        ui.label(format!(
                            "{}: ankle {}, back {}{}",
                            entry.date,
                            value(entry.ankle),
                            value(entry.back),
                            if entry.note.is_empty() {
                                String::new()
                            } else {
                                format!(" ({})", entry.note)
                            }
                        ));
                        if ui.small_button(format!("Edit {}", entry.date)).clicked() {
                            let draft = DiaryDraft::load(&entry.date, Some(entry));
                            ui.data_mut(|d| d.insert_temp(draft_id, draft));
                        }
                        if save_button(
                            ui,
                            app.save_blocked_reason(),
                            &format!("Delete {}", entry.date),
                        )
                        .clicked()
                        {
                            intents.push(Intent::DeleteDiaryEntry(entry.date.clone()));
                        }
                    });
                });
            }
            if app.progress.diary.len() > 60 {
                ui.label(RichText::new("Older days: type the day above to edit it.").weak());
            }
        });
}

fn plan_ui(
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
        egui::RichText::new("Recovery and prevention plan").heading(),
        2,
    );
    ui.label("Pick the programme that fits. Each has stages; tick off what you did today.");
    intents.extend(crate::ui::handout::handout_ui(
        ui,
        app,
        "Make a handout of my plan stage (PDF)",
        || HandoutOrder {
            plan: true,
            topic: "plan".to_owned(),
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
            format!("{} (your programme now)", programme.name)
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
        ui.label(RichText::new("Stop the plan and get care for these signs").strong());
        crate::ui::warnings::warning_signs_ui(
            ui,
            crate::ui::warnings::WarningStyle {
                content: &app.content,
                level,
                emergency_number: &app.settings.emergency_number,
                palette,
            },
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
                RichText::new("Before you start")
                    .strong()
                    .color(palette.warning_text),
            );
            ui.label(programme.before_you_start.get(level));
        });
    ui.add_space(6.0);
    for stage in &programme.stages {
        let current = app.progress.plan_stage.as_deref() == Some(stage.id.as_str());
        let header = if current {
            format!("{} (your stage now)", stage.name)
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
                    && save_button(ui, app.save_blocked_reason(), "I am at this stage").clicked()
                {
                    intents.push(Intent::SetPlanStage(stage.id.clone()));
                }
                for exercise in &stage.exercises {
                    ui.push_id(&exercise.id, |ui| {
                        exercise_ui(ui, app, exercise, today, palette, intents);
                    });
                }
                ui.label(
                    RichText::new(format!(
                        "When to move on: {}",
                        stage.move_on_when.get(level)
                    ))
                    .italics(),
                );
                ui.label(
                    RichText::new(format!("From: {}", app.content.cite(&stage.sources))).weak(),
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
                ui.label(format!("{}. {step}", n + 1));
            }
            if level == ReadingLevel::Clinician {
                ui.label(RichText::new(&exercise.clinician_note).weak());
            }
            let mut done = app.progress.is_exercise_done(today, &exercise.id);
            let blocked = app.save_blocked_reason();
            let tick = ui.add_enabled(
                blocked.is_none(),
                egui::Checkbox::new(&mut done, format!("Done today: {}", exercise.name)),
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

fn shoes_ui(ui: &mut egui::Ui, app: &AnkleBackApp, plan: &Plan, intents: &mut Vec<Intent>) {
    let level = app.settings.reading_level;
    let unit = app.settings.distance_unit;
    crate::ui::a11y::heading(ui, egui::RichText::new("Shoe mileage").heading(), 2);
    ui.label(plan.shoes.get(level));
    ui.horizontal(|ui| {
        ui.label("Distances in");
        let mut chosen = unit;
        crate::ui::a11y::radio_group(ui, "Distances in", |ui| {
            ui.selectable_value(&mut chosen, DistanceUnit::Kilometres, "km");
            ui.selectable_value(&mut chosen, DistanceUnit::Miles, "miles");
        });
        if chosen != unit {
            let mut settings = app.settings.clone();
            settings.distance_unit = chosen;
            intents.push(Intent::UpdateSettings(settings));
        }
    });
    let (low, high) = (
        to_unit(SHOE_LIMIT_KM.0, unit),
        to_unit(SHOE_LIMIT_KM.1, unit),
    );
    for (index, shoe) in app.progress.shoes.iter().enumerate() {
        ui.push_id(("shoe", index), |ui| {
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(&shoe.name).strong());
                ui.label(format!(
                    "{:.0} {} since {}",
                    to_unit(shoe.distance_km, unit),
                    unit.label(),
                    shoe.since
                ));
                let text = if shoe.distance_km >= SHOE_LIMIT_KM.1 {
                    "time for a new pair".to_owned()
                } else if shoe.distance_km >= SHOE_LIMIT_KM.0 {
                    format!("in the replace zone ({low:.0}-{high:.0} {})", unit.label())
                } else {
                    format!(
                        "{:.0} {} to go before the replace zone",
                        low - to_unit(shoe.distance_km, unit),
                        unit.label()
                    )
                };
                ui.add(
                    egui::ProgressBar::new((shoe.distance_km / SHOE_LIMIT_KM.1).min(1.0) as f32)
                        .desired_width(160.0)
                        .text(text),
                );
                let add_id = egui::Id::unique(("shoe-add", index));
                let mut add: String = ui.data(|d| d.get_temp(add_id)).unwrap_or_default();
                let field = ui.add(
                    egui::TextEdit::singleline(&mut add)
                        .desired_width(60.0)
                        .hint_text(unit.label()),
                );
                field.widget_info(|| {
                    egui::WidgetInfo::labeled(
                        egui::Role::TextInput,
                        true,
                        format!("Distance to add to {}", shoe.name),
                    )
                });
                if save_button(ui, app.save_blocked_reason(), "Add distance").clicked()
                    && let Ok(value) = add.trim().replace(',', ".").parse::<f64>()
                    && value > 0.0
                {
                    let mut updated = shoe.clone();
                    updated.distance_km += from_unit(value, unit);
                    intents.push(Intent::UpdateShoe {
                        index,
                        shoe: Some(updated),
                    });
                    add.clear();
                }
                ui.data_mut(|d| d.insert_temp(add_id, add));
                if save_button(ui, app.save_blocked_reason(), "Remove").clicked() {
                    intents.push(Intent::UpdateShoe { index, shoe: None });
                }
            });
        });
    }
    let id = egui::Id::unique("shoe-draft");
    let mut draft: ShoeDraft = ui.data(|d| d.get_temp(id)).unwrap_or_default();
    ui.horizontal(|ui| {
        let name = ui.add(
            egui::TextEdit::singleline(&mut draft.name)
                .hint_text("e.g. Blue trainers")
                .desired_width(180.0),
        );
        name.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, "Shoe name"));
        let distance = ui.add(
            egui::TextEdit::singleline(&mut draft.add_distance)
                .hint_text(format!("distance so far, {}", unit.label()))
                .desired_width(160.0),
        );
        distance.widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::TextInput, true, "Distance so far")
        });
        if save_button(ui, app.save_blocked_reason(), "Track a pair of shoes").clicked()
            && !draft.name.trim().is_empty()
        {
            let so_far = draft
                .add_distance
                .trim()
                .replace(',', ".")
                .parse::<f64>()
                .unwrap_or(0.0)
                .max(0.0);
            intents.push(Intent::AddShoe(Shoe {
                name: draft.name.trim().to_owned(),
                distance_km: from_unit(so_far, unit),
                since: progress::today(),
            }));
            draft = ShoeDraft::default();
        }
    });
    ui.data_mut(|d| d.insert_temp(id, draft));
}

fn to_unit(km: f64, unit: DistanceUnit) -> f64 {
    match unit {
        DistanceUnit::Kilometres => km,
        DistanceUnit::Miles => km / KM_PER_MILE,
    }
}

fn from_unit(value: f64, unit: DistanceUnit) -> f64 {
    match unit {
        DistanceUnit::Kilometres => value,
        DistanceUnit::Miles => value * KM_PER_MILE,
    }
}

fn tips_ui(ui: &mut egui::Ui, app: &AnkleBackApp, plan: &Plan) {
    let level = app.settings.reading_level;
    crate::ui::a11y::heading(ui, egui::RichText::new("Walking tips").heading(), 2);
    for tip in &plan.walking_tips {
        ui.label(RichText::new(&tip.title).strong());
        ui.label(tip.text.get(level));
        ui.add_space(4.0);
    }
    ui.label(RichText::new(format!("Sources: {}", app.content.cite(&plan.sources))).weak());
    ui.add_space(8.0);
    crate::ui::widgets::notice_ui(ui);
}
