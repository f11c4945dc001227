//! Settings & About: the settings (`mod.rs`), the profiles (`profiles.rs`) and what the app
//! is, who wrote it and where the data is (`about.rs`).
//!
//! Each setting is a name on its own line with its control under it (not a two-column
//! grid), so that at 200 % text on a small screen the choices keep the whole width.

use egui::RichText;

use crate::app::AnkleBackApp;
use crate::handout::Paper;
use crate::intent::Intent;
use crate::settings::{ReadingLevel, Role, Settings, TEXT_SCALE_RANGE, Theme};

mod about;
mod profiles;

/// The Settings & About screen. Returns the new settings when one was changed.
pub fn settings_ui(ui: &mut egui::Ui, app: &AnkleBackApp) -> Vec<Intent> {
    let mut settings = app.settings.clone();
    crate::ui::a11y::screen_heading(ui, app.t("settings-heading"));
    ui.label(app.t("settings-intro"));
    ui.add_space(6.0);

    if app.languages.offered().len() > 1 {
        setting(ui, app.t("settings-language"), |ui| {
            crate::ui::language::language_choice(ui, app, &mut settings);
        });
    }
    choices_ui(ui, app, &mut settings);
    sizes_ui(ui, app, &mut settings);
    clinic_ui(ui, app, &mut settings);

    let mut intents = Vec::new();
    ui.add_space(16.0);
    profiles::profiles_ui(ui, app, &mut intents);
    ui.add_space(16.0);
    about::about_ui(ui, app);

    if settings != app.settings {
        intents.push(Intent::UpdateSettings(settings));
    }
    intents
}

/// One setting: its name on a line of its own, then what `add` draws. Returns the name's
/// response, for `labelled_by`.
fn setting(ui: &mut egui::Ui, name: &str, add: impl FnOnce(&mut egui::Ui)) -> egui::Response {
    let label = ui.label(RichText::new(name).strong());
    ui.indent(name, add);
    ui.add_space(10.0);
    label
}

/// A named set of radio buttons, one per option, spaced so that they do not run together.
fn radios<T: Copy + PartialEq>(
    ui: &mut egui::Ui,
    name: &str,
    options: &[(T, &str)],
    current: Option<T>,
) -> Option<T> {
    let mut chosen = None;
    crate::ui::a11y::radio_group(ui, name, |ui| {
        ui.horizontal_wrapped(|ui| {
            ui.spacing_mut().item_spacing.x = 24.0;
            for (value, text) in options {
                if ui.radio(current == Some(*value), *text).clicked() {
                    chosen = Some(*value);
                }
            }
        });
    });
    chosen
}

/// Who is using the app, the reading level and the theme.
fn choices_ui(ui: &mut egui::Ui, app: &AnkleBackApp, settings: &mut Settings) {
    let who = app.t("settings-who");
    setting(ui, who, |ui| {
        let roles: Vec<_> = Role::ALL
            .iter()
            .map(|role| (*role, app.t(role.message_id())))
            .collect();
        if let Some(role) = radios(ui, who, &roles, settings.role) {
            // The answer to the first-start question; it also picks the reading level,
            // which can still be changed below.
            settings.set_role(role);
        }
    });
    let level = app.t("settings-level");
    setting(ui, level, |ui| {
        let levels: Vec<_> = ReadingLevel::ALL
            .iter()
            .map(|level| (*level, app.t(level.message_id())))
            .collect();
        if let Some(chosen) = radios(ui, level, &levels, Some(settings.reading_level)) {
            settings.reading_level = chosen;
        }
    });
    let theme = app.t("settings-theme");
    setting(ui, theme, |ui| {
        let themes: Vec<_> = Theme::ALL
            .iter()
            .map(|theme| (*theme, app.t(theme.message_id())))
            .collect();
        if let Some(chosen) = radios(ui, theme, &themes, Some(settings.theme)) {
            settings.theme = chosen;
        }
    });
}

/// Text size, motion and the reading-aloud speed. Each slider is named once, by the name
/// above it (a slider's own text would be a second, spoken name).
fn sizes_ui(ui: &mut egui::Ui, app: &AnkleBackApp, settings: &mut Settings) {
    let label = ui.label(RichText::new(app.t("settings-text-size")).strong());
    ui.indent("text-size", |ui| {
        ui.add(
            egui::Slider::new(&mut settings.text_scale_percent, TEXT_SCALE_RANGE)
                .step_by(10.0)
                .suffix(app.t("settings-percent")),
        )
        .labelled_by(label.id);
    });
    ui.add_space(10.0);
    setting(ui, app.t("settings-motion"), |ui| {
        ui.checkbox(&mut settings.reduce_motion, app.t("settings-reduce-motion"));
    });
    let label = ui.label(RichText::new(app.t("settings-reading-speed")).strong());
    ui.indent("reading-speed", |ui| {
        ui.add(
            egui::Slider::new(&mut settings.speech_rate, 80..=300)
                .suffix(app.t("settings-words-a-minute")),
        )
        .labelled_by(label.id);
    });
    ui.add_space(10.0);
}

/// What a clinic sets once: the emergency number, its name and the handout paper.
fn clinic_ui(ui: &mut egui::Ui, app: &AnkleBackApp, settings: &mut Settings) {
    let label = ui.label(RichText::new(app.t("settings-emergency")).strong());
    ui.indent("emergency", |ui| {
        ui.add(crate::ui::widgets::hinted_field(
            ui,
            &mut settings.emergency_number,
            app.t("settings-emergency-hint"),
            160.0,
        ))
        .labelled_by(label.id);
        ui.label(RichText::new(app.t("settings-emergency-help")).weak());
    });
    ui.add_space(10.0);
    settings.emergency_number = settings
        .emergency_number
        .chars()
        .filter(|c| c.is_ascii_digit() || matches!(c, '+' | ' ' | '-'))
        .take(16)
        .collect();

    let label = ui.label(RichText::new(app.t("settings-clinic")).strong());
    ui.indent("clinic", |ui| {
        ui.add(
            crate::ui::widgets::hinted_field(
                ui,
                &mut settings.clinic_name,
                app.t("settings-clinic-hint"),
                260.0,
            )
            .char_limit(80),
        )
        .labelled_by(label.id);
        ui.label(RichText::new(app.t("settings-clinic-help")).weak());
    });
    ui.add_space(10.0);

    let paper = app.t("settings-paper");
    setting(ui, paper, |ui| {
        let papers: Vec<_> = Paper::ALL
            .iter()
            .map(|paper| (*paper, app.t(paper_message_id(*paper))))
            .collect();
        if let Some(chosen) = radios(ui, paper, &papers, Some(settings.paper())) {
            settings.paper = Some(chosen);
        }
        if settings.paper.is_none() {
            ui.label(RichText::new(app.t("settings-paper-help")).weak());
        }
    });
}

/// The id of a paper size's name in the UI's messages.
fn paper_message_id(paper: Paper) -> &'static str {
    match paper {
        Paper::A4 => "paper-A4",
        Paper::Letter => "paper-Letter",
    }
}
