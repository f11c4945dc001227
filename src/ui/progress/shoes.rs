//! Shoe mileage: the pairs tracked, distance added, the replace zone, the unit.

use egui::RichText;

use crate::app::AnkleBackApp;
use crate::content::plan::Plan;
use crate::intent::Intent;
use crate::progress::{self, KM_PER_MILE, SHOE_LIMIT_KM, Shoe};
use crate::settings::DistanceUnit;
use crate::ui::widgets::save_button;

/// The add-a-shoe form's draft.
#[derive(Clone, Debug, Default)]
struct ShoeDraft {
    name: String,
    add_distance: String,
}

pub(super) fn shoes_ui(
    ui: &mut egui::Ui,
    app: &AnkleBackApp,
    plan: &Plan,
    intents: &mut Vec<Intent>,
) {
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
