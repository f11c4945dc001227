//! The consult screen's patient part: what was shown so far, the take-home handout of it,
//! "Save to a patient profile…" with its choice of profile, and "New patient…".

use egui::{Key, RichText};

use super::verb;
use crate::app::AnkleBackApp;
use crate::consult::ConsultVerb;
use crate::consult::saved::SaveTarget;
use crate::intent::{HandoutOrder, Intent};

pub(super) fn patient_ui(ui: &mut egui::Ui, intents: &mut Vec<Intent>, app: &AnkleBackApp) {
    let state = &app.consult;
    let record = &state.record;
    let saved = match &state.saved_to {
        Some(name) => app.tf("consult-saved-to", &[("name", name.as_str().into())]),
        None => app.t("consult-not-saved").to_owned(),
    };
    ui.label(
        RichText::new(app.tf(
            "consult-shown-so-far",
            &[
                ("steps", record.steps.len().into()),
                ("sections", record.sections.len().into()),
                ("marks", state.drawing.marks().len().into()),
                ("saved", saved.into()),
            ],
        ))
        .small(),
    );
    // The take-home handout: the steps shown, their sections and the drawing.
    if !state.sheet(app.settings.reading_level).is_empty() {
        intents.extend(crate::ui::handout::handout_ui(
            ui,
            app,
            app.t("consult-handout"),
            || HandoutOrder {
                consult: Some(state.sheet(app.settings.reading_level)),
                topic: app.t("handout-topic-consult").to_owned(),
                ..HandoutOrder::default()
            },
        ));
    }
    if state.asking_save {
        save_choice_ui(ui, intents, app);
    } else if ui
        .add_enabled(!record.is_empty(), egui::Button::new(app.t("consult-save")))
        .clicked()
    {
        intents.push(verb(ConsultVerb::AskSave));
    }
    if state.asking_new_patient {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.label(app.t("consult-new-patient-question"));
            ui.horizontal(|ui| {
                if ui.button(app.t("consult-new-patient-clear")).clicked() {
                    intents.push(verb(ConsultVerb::NewPatient));
                }
                if ui.button(app.t("consult-new-patient-keep")).clicked() {
                    intents.push(verb(ConsultVerb::CancelNewPatient));
                }
            });
        });
    } else if ui.button(app.t("consult-new-patient")).clicked() {
        intents.push(verb(ConsultVerb::AskNewPatient));
    }
}

/// Which profile gets the record of this consult: another one that exists, or a new one
/// (named here; the clinician stays on their own profile).
fn save_choice_ui(ui: &mut egui::Ui, intents: &mut Vec<Intent>, app: &AnkleBackApp) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.label(app.t("consult-save-which"));
        let others: Vec<_> = app
            .profiles
            .list
            .iter()
            .filter(|p| app.profile.is_none() || p.id != app.profiles.active)
            .collect();
        ui.horizontal_wrapped(|ui| {
            for entry in others {
                let label = app.tf("consult-save-to", &[("name", entry.name.as_str().into())]);
                if ui.button(label).clicked() {
                    intents.push(verb(ConsultVerb::SaveTo(SaveTarget::Existing(
                        entry.id.clone(),
                    ))));
                }
            }
        });
        let draft_id = egui::Id::unique("consult-new-profile-name");
        let mut name: String = ui.data(|d| d.get_temp(draft_id)).unwrap_or_default();
        ui.horizontal_wrapped(|ui| {
            ui.label(app.t("consult-new-profile"));
            let field = ui.add(crate::ui::widgets::hinted_field(
                ui,
                &mut name,
                app.t("consult-new-profile-hint"),
                220.0,
            ));
            field.widget_info(|| {
                egui::WidgetInfo::labeled(
                    egui::Role::TextInput,
                    true,
                    app.t("consult-new-profile-name"),
                )
            });
            let enter = field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
            let button = ui.add_enabled(
                !name.trim().is_empty(),
                egui::Button::new(app.t("consult-save-new")),
            );
            if (button.clicked() || enter) && !name.trim().is_empty() {
                intents.push(verb(ConsultVerb::SaveTo(SaveTarget::New(
                    name.trim().to_owned(),
                ))));
                name.clear();
            }
        });
        ui.data_mut(|d| d.insert_temp(draft_id, name));
        if ui.button(app.t("consult-cancel")).clicked() {
            intents.push(verb(ConsultVerb::CancelSave));
        }
    });
}
