//! The pain diary: the day's form (a draft in egui memory), the list of days, the trend.

use egui::RichText;
use egui_plot::{Legend, Line, Plot};

use crate::app::AnkleBackApp;
use crate::intent::Intent;
use crate::progress::{self, DiaryEntry, date_of_day};
use crate::route::ProgressFocus;
use crate::ui::theme::Palette;
use crate::ui::widgets::save_button;

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
fn pain_slider_ui(ui: &mut egui::Ui, app: &AnkleBackApp, value: &mut Option<u8>, label: &str) {
    ui.horizontal_wrapped(|ui| {
        let mut shown = value.unwrap_or(0);
        let response = ui.add(egui::Slider::new(&mut shown, 0..=10).text(label));
        if response.changed() || response.drag_started() || response.clicked() {
            *value = Some(shown);
        }
        match value {
            Some(_) => {
                if ui
                    .small_button(app.t("progress-clear"))
                    .on_hover_text(app.t("progress-not-entered-hover"))
                    .clicked()
                {
                    *value = None;
                }
            }
            None => {
                ui.label(RichText::new(app.t("progress-not-entered")).weak());
            }
        }
    });
}

/// Picks one pain value of a diary day.
type PainOf = fn(&DiaryEntry) -> Option<u8>;

pub(super) fn diary_ui(
    ui: &mut egui::Ui,
    app: &AnkleBackApp,
    today: &str,
    palette: Palette,
    intents: &mut Vec<Intent>,
) {
    let heading = crate::ui::a11y::heading(
        ui,
        egui::RichText::new(app.t("progress-diary")).heading(),
        2,
    );
    if app.progress_focus == Some(ProgressFocus::Diary) {
        heading.scroll_to_me(Some(egui::Align::TOP));
        intents.push(Intent::ProgressFocused);
    }
    ui.label(app.t("progress-diary-intro"));
    let id = egui::Id::unique("diary-draft");
    let mut draft: DiaryDraft = ui
        .data(|d| d.get_temp(id))
        .unwrap_or_else(|| DiaryDraft::load(today, app.progress.diary_entry(today)));
    let mut date_error = None;
    egui::Grid::new("diary-form")
        .num_columns(2)
        .spacing([12.0, 8.0])
        .show(ui, |ui| {
            ui.label(app.t("progress-day"));
            ui.horizontal(|ui| {
                let field = ui.add(crate::ui::widgets::hinted_field(
                    ui,
                    &mut draft.date_text,
                    app.t("progress-day-hint"),
                    110.0,
                ));
                field.widget_info(|| {
                    egui::WidgetInfo::labeled(
                        egui::Role::TextInput,
                        true,
                        app.t("progress-diary-day"),
                    )
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
                if draft.loaded_for != today && ui.small_button(app.t("progress-today")).clicked() {
                    draft = DiaryDraft::load(today, app.progress.diary_entry(today));
                }
            });
            ui.end_row();
            ui.label(app.t("progress-ankle"));
            pain_slider_ui(ui, app, &mut draft.ankle, app.t("progress-ankle-pain"));
            ui.end_row();
            ui.label(app.t("progress-back"));
            pain_slider_ui(ui, app, &mut draft.back, app.t("progress-back-pain"));
            ui.end_row();
            ui.label(app.t("progress-note"));
            let note = ui.add(crate::ui::widgets::hinted_field(
                ui,
                &mut draft.note,
                app.t("progress-note-hint"),
                360.0,
            ));
            note.widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::TextInput, true, app.t("progress-diary-note"))
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
            (true, true) => app.t("progress-update-today").to_owned(),
            (false, true) => app.t("progress-save-today").to_owned(),
            (true, false) => app.tf(
                "progress-update-day",
                &[("date", draft.loaded_for.as_str().into())],
            ),
            (false, false) => app.tf(
                "progress-save-day",
                &[("date", draft.loaded_for.as_str().into())],
            ),
        };
        let blocked = app.save_blocked_reason().or(if date_error.is_some() {
            Some(app.t("progress-fix-day-first"))
        } else if !entry.has_content() {
            Some(app.t("progress-enter-something-first"))
        } else {
            None
        });
        if save_button(ui, blocked, &label).clicked() {
            intents.push(Intent::SaveDiaryEntry(entry.clone()));
        }
        if let Some(why) = date_error {
            ui.label(RichText::new(app.t(why.message_id())).color(palette.warning_text));
        } else if unsaved {
            ui.label(RichText::new(app.t("progress-unsaved")).color(palette.warning_text));
        }
    });
    ui.data_mut(|d| d.insert_temp(id, draft));
    diary_list_ui(ui, app, id, intents);

    if app.progress.diary.len() >= 2 {
        ui.add_space(6.0);
        ui.label(RichText::new(app.t("progress-trend")).strong());
        Plot::new("pain-trend")
            .height(220.0)
            .include_y(0.0)
            .include_y(10.0)
            .legend(Legend::default())
            .allow_scroll(false)
            .y_axis_label(app.t("progress-trend-axis"))
            .x_axis_formatter(|mark, _| date_of_day(mark.value.round() as i64).unwrap_or_default())
            .show(ui, |plot| {
                // One line per run of consecutive days: a missed day leaves a gap.
                let kinds: [(&str, PainOf, egui::Color32); 2] = [
                    (app.t("progress-ankle-pain"), |e| e.ankle, palette.chain_up),
                    (app.t("progress-back-pain"), |e| e.back, palette.chain_down),
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
            ui.label(
                RichText::new(app.tf(
                    "progress-last-note",
                    &[
                        ("date", last.date.as_str().into()),
                        ("note", last.note.as_str().into()),
                    ],
                ))
                .weak(),
            );
        }
    } else {
        ui.label(RichText::new(app.t("progress-trend-later")).weak());
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
    egui::CollapsingHeader::new(app.tf(
        "progress-all-entries",
        &[("count", app.progress.diary.len().into())],
    ))
    .id_salt("diary-entries")
    .show(ui, |ui| {
        for entry in app.progress.diary.iter().rev().take(60) {
            ui.push_id(&entry.date, |ui| {
                ui.horizontal_wrapped(|ui| {
                    let line = day_line(app, entry);
                    ui.label(if entry.note.is_empty() {
                        line
                    } else {
                        app.tf(
                            "progress-day-line-note",
                            &[("line", line.into()), ("note", entry.note.as_str().into())],
                        )
                    });
                    if ui
                        .small_button(
                            app.tf("progress-edit-day", &[("date", entry.date.as_str().into())]),
                        )
                        .clicked()
                    {
                        let draft = DiaryDraft::load(&entry.date, Some(entry));
                        ui.data_mut(|d| d.insert_temp(draft_id, draft));
                    }
                    if save_button(
                        ui,
                        app.save_blocked_reason(),
                        &app.tf(
                            "progress-delete-day",
                            &[("date", entry.date.as_str().into())],
                        ),
                    )
                    .clicked()
                    {
                        intents.push(Intent::DeleteDiaryEntry(entry.date.clone()));
                    }
                });
            });
        }
        if app.progress.diary.len() > 60 {
            ui.label(RichText::new(app.t("progress-older-days")).weak());
        }
    });
}

/// One day's values: "2026-03-01: ankle 4, back –" ("-" where nothing was entered).
pub(super) fn day_line(app: &AnkleBackApp, entry: &DiaryEntry) -> String {
    let value = |v: Option<u8>| v.map_or_else(|| "-".to_owned(), |v| v.to_string());
    app.tf(
        "progress-day-line",
        &[
            ("date", entry.date.as_str().into()),
            ("ankle", value(entry.ankle).into()),
            ("back", value(entry.back).into()),
        ],
    )
}
