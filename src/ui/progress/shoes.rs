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
    crate::ui::a11y::heading(
        ui,
        egui::RichText::new(app.t("progress-shoes")).heading(),
        2,
    );
    ui.label(plan.shoes.get(level));
    let unit_name = app.t(&format!("progress-unit-{unit:?}")).to_owned();
    ui.horizontal_wrapped(|ui| {
        ui.label(app.t("progress-distances-in"));
        let mut chosen = unit;
        crate::ui::a11y::radio_group(ui, app.t("progress-distances-in"), |ui| {
            ui.selectable_value(
                &mut chosen,
                DistanceUnit::Kilometres,
                app.t("progress-unit-Kilometres"),
            );
            ui.selectable_value(
                &mut chosen,
                DistanceUnit::Miles,
                app.t("progress-unit-Miles"),
            );
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
                let whole = |v: f64| format!("{v:.0}");
                ui.label(app.tf(
                    "progress-shoe-distance",
                    &[
                        ("distance", whole(to_unit(shoe.distance_km, unit)).into()),
                        ("unit", unit_name.as_str().into()),
                        ("since", shoe.since.as_str().into()),
                    ],
                ));
                let text = if shoe.distance_km >= SHOE_LIMIT_KM.1 {
                    app.t("progress-shoe-replace").to_owned()
                } else if shoe.distance_km >= SHOE_LIMIT_KM.0 {
                    app.tf(
                        "progress-shoe-zone",
                        &[
                            ("low", whole(low).into()),
                            ("high", whole(high).into()),
                            ("unit", unit_name.as_str().into()),
                        ],
                    )
                } else {
                    app.tf(
                        "progress-shoe-to-go",
                        &[
                            (
                                "distance",
                                whole(low - to_unit(shoe.distance_km, unit)).into(),
                            ),
                            ("unit", unit_name.as_str().into()),
                        ],
                    )
                };
                // The words beside the bar, not inside it: inside they cannot wrap and get cut.
                ui.add(
                    egui::ProgressBar::new((shoe.distance_km / SHOE_LIMIT_KM.1).min(1.0) as f32)
                        .desired_width(crate::ui::widgets::field_width(ui, 160.0)),
                );
                ui.label(text);
                let add_id = egui::Id::unique(("shoe-add", index));
                let mut add: String = ui.data(|d| d.get_temp(add_id)).unwrap_or_default();
                let field = ui.add(crate::ui::widgets::hinted_field(
                    ui, &mut add, &unit_name, 60.0,
                ));
                field.widget_info(|| {
                    egui::WidgetInfo::labeled(
                        egui::Role::TextInput,
                        true,
                        app.tf(
                            "progress-shoe-add-to",
                            &[("shoe", shoe.name.as_str().into())],
                        ),
                    )
                });
                if save_button(ui, app.save_blocked_reason(), app.t("progress-shoe-add")).clicked()
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
                if save_button(ui, app.save_blocked_reason(), app.t("progress-shoe-remove"))
                    .clicked()
                {
                    intents.push(Intent::UpdateShoe { index, shoe: None });
                }
            });
        });
    }
    let id = egui::Id::unique("shoe-draft");
    let mut draft: ShoeDraft = ui.data(|d| d.get_temp(id)).unwrap_or_default();
    ui.horizontal_wrapped(|ui| {
        let name = ui.add(crate::ui::widgets::hinted_field(
            ui,
            &mut draft.name,
            app.t("progress-shoe-name-hint"),
            180.0,
        ));
        name.widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::TextInput, true, app.t("progress-shoe-name"))
        });
        let distance = ui.add(crate::ui::widgets::hinted_field(
            ui,
            &mut draft.add_distance,
            &app.tf(
                "progress-shoe-so-far-hint",
                &[("unit", unit_name.as_str().into())],
            ),
            160.0,
        ));
        distance.widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::TextInput, true, app.t("progress-shoe-so-far"))
        });
        if save_button(ui, app.save_blocked_reason(), app.t("progress-shoe-track")).clicked()
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
