//! The consult screen's side panel: the step's caption (a live region) with its warning
//! signs and link, the drawing tools, every mark in words, and the buttons that show one
//! thing (a view, a leg, both legs, one nerve root, one structure alone).

use egui::{RichText, TextStyle};

use super::verb;
use crate::app::AnkleBackApp;
use crate::body::Leg;
use crate::consult::ConsultVerb;
use crate::consult::drawing::{Ink, Tool};
use crate::consult::picture::ROOTS;
use crate::intent::Intent;
use crate::settings::ReadingLevel;
use crate::ui::theme::Palette;

pub(super) fn caption_ui(
    ui: &mut egui::Ui,
    intents: &mut Vec<Intent>,
    app: &AnkleBackApp,
    step: &crate::content::stories::Step,
    level: ReadingLevel,
) {
    let state = &app.consult;
    if let Some(chosen) = crate::ui::widgets::words_switch_ui(
        ui,
        app.t("consult-words"),
        level,
        app.settings.reading_level,
    ) {
        intents.push(verb(ConsultVerb::SetLevel(chosen)));
    }
    let caption = step.caption(level);
    let size = ui.text_style_height(&TextStyle::Heading);
    // The caption is a live region: screen readers read it each time the step changes.
    let response = ui.push_id(("caption", state.step_changes), |ui| {
        ui.label(RichText::new(caption).size(size))
    });
    let id = response.inner.id;
    ui.ctx().accesskit_node_builder(id, |node| {
        node.set_live(egui::accesskit::Live::Polite);
    });
    if !step.signs.is_empty() {
        crate::ui::warnings::warning_signs_ui(
            ui,
            crate::ui::warnings::WarningStyle::new(&app.content, &app.settings, level),
            &step.signs,
        );
    }
    // check-content has made sure the link points at a section.
    if ui
        .link(app.tf(
            "consult-read",
            &[("title", app.content.link_title(&step.link).into())],
        ))
        .clicked()
    {
        intents.push(Intent::open(&step.link));
    }
    // The educational-use notice at the caption's own size: it must be readable from a chair.
    ui.label(RichText::new(app.t("consult-notice")).strong());
}

pub(super) fn show_one_thing_ui(
    ui: &mut egui::Ui,
    intents: &mut Vec<Intent>,
    app: &AnkleBackApp,
    step: &crate::content::stories::Step,
    picture: &crate::consult::picture::Picture,
    names: &dyn Fn(&str) -> String,
) {
    let state = &app.consult;
    ui.label(RichText::new(app.t("consult-show")).strong());
    ui.horizontal_wrapped(|ui| {
        let space = &picture.space;
        for (view, name) in [
            ("side", app.t("consult-view-side")),
            ("back", app.t("consult-view-back")),
        ] {
            if ui
                .add(egui::Button::selectable(
                    !space.two_legs && space.view == view,
                    name,
                ))
                .clicked()
            {
                intents.push(verb(ConsultVerb::ShowView {
                    view: view.to_owned(),
                    leg: space.leg,
                }));
            }
        }
        if ui
            .add(egui::Button::selectable(
                space.two_legs,
                app.t("consult-both-legs"),
            ))
            .clicked()
        {
            intents.push(verb(ConsultVerb::TwoLegs(!space.two_legs)));
        }
        for (leg, name) in [
            (Leg::Right, app.t("consult-leg-Right")),
            (Leg::Left, app.t("consult-leg-Left")),
        ] {
            if ui
                .add(egui::Button::selectable(space.leg == leg, name))
                .clicked()
                && space.leg != leg
            {
                if space.two_legs {
                    // In the two-legged picture the leg is the sore one (highlights, pathways).
                    intents.push(verb(ConsultVerb::ShowView {
                        view: space.view.clone(),
                        leg,
                    }));
                    intents.push(verb(ConsultVerb::TwoLegs(true)));
                } else {
                    intents.push(verb(ConsultVerb::ShowView {
                        view: space.view.clone(),
                        leg,
                    }));
                }
            }
        }
    });
    ui.horizontal_wrapped(|ui| {
        ui.label(app.t("consult-one-root"));
        for (root, _) in ROOTS {
            let on = state.changes.root.as_deref() == Some(root);
            if ui.add(egui::Button::selectable(on, root)).clicked() {
                intents.push(verb(ConsultVerb::OneRoot((!on).then(|| root.to_owned()))));
            }
        }
    });
    if !step.regions.is_empty() {
        ui.horizontal_wrapped(|ui| {
            ui.label(app.t("consult-only"));
            for region in &step.regions {
                let on = state.changes.isolated.as_deref() == Some(region.as_str());
                let name = names(region);
                if ui
                    .add(egui::Button::selectable(on, name))
                    .on_hover_text(app.t("consult-only-hint"))
                    .clicked()
                {
                    intents.push(verb(ConsultVerb::Isolate((!on).then(|| region.clone()))));
                }
            }
        });
    }
    let changed =
        state.changes != Default::default() || state.zoom != 1.0 || state.pan != [0.0, 0.0];
    if changed && ui.button(app.t("consult-as-shown")).clicked() {
        intents.push(verb(ConsultVerb::Isolate(None)));
        intents.push(verb(ConsultVerb::OneRoot(None)));
        intents.push(verb(ConsultVerb::ResetZoom));
        intents.push(verb(ConsultVerb::ShowView {
            view: step.view.clone(),
            leg: step.leg,
        }));
        if step.two_legs {
            intents.push(verb(ConsultVerb::TwoLegs(true)));
        }
    }
}

pub(super) fn drawing_tools_ui(
    ui: &mut egui::Ui,
    intents: &mut Vec<Intent>,
    app: &AnkleBackApp,
    palette: Palette,
) {
    let state = &app.consult;
    ui.label(RichText::new(app.t("consult-draw")).strong());
    ui.horizontal_wrapped(|ui| {
        for tool in Tool::ALL {
            if ui
                .add(egui::Button::selectable(
                    state.tool == tool,
                    app.t(tool.label_id()),
                ))
                .clicked()
            {
                intents.push(verb(ConsultVerb::SetTool(tool)));
            }
        }
    });
    ui.horizontal_wrapped(|ui| {
        for ink in Ink::ALL {
            let colour = palette.ink[ink.index()];
            let label = app.tf("consult-ink", &[("number", (ink.index() + 1).into())]);
            let button = egui::Button::selectable(
                state.ink == ink,
                RichText::new(&label).strong().color(colour),
            );
            let response = ui.add(button);
            response.widget_info(|| {
                egui::WidgetInfo::selected(egui::Role::Button, true, state.ink == ink, &label)
            });
            if response.clicked() {
                intents.push(verb(ConsultVerb::SetInk(ink)));
            }
        }
        let zoom_in = ui.button(app.t("consult-zoom-in"));
        if zoom_in.clicked() {
            intents.push(verb(ConsultVerb::SetZoomPan {
                zoom: state.zoom * 1.25,
                pan: state.pan,
            }));
        }
        if ui.button(app.t("consult-zoom-out")).clicked() {
            intents.push(verb(ConsultVerb::SetZoomPan {
                zoom: state.zoom * 0.8,
                pan: state.pan,
            }));
        }
    });
    ui.horizontal_wrapped(|ui| {
        if ui
            .add_enabled(
                state.drawing.can_undo(),
                egui::Button::new(app.t("consult-undo")),
            )
            .clicked()
        {
            intents.push(verb(ConsultVerb::Undo));
        }
        if ui
            .add_enabled(
                !state.drawing.marks().is_empty(),
                egui::Button::new(app.t("consult-clear")),
            )
            .clicked()
        {
            intents.push(verb(ConsultVerb::Clear));
        }
    });
}

/// Every mark in words, with a button to delete it; marks of other pictures say so.
pub(super) fn marks_ui(
    ui: &mut egui::Ui,
    intents: &mut Vec<Intent>,
    app: &AnkleBackApp,
    descriptions: &[(usize, String, bool)],
) {
    if descriptions.is_empty() {
        ui.label(RichText::new(app.t("consult-no-marks")).small());
        return;
    }
    // One line of text, then its button: a wrapped row would split the text for screen
    // readers.
    for (index, text, here) in descriptions {
        let label = if *here {
            text.clone()
        } else {
            app.tf("consult-other-view", &[("mark", text.as_str().into())])
        };
        ui.label(label);
        if ui
            .small_button(app.tf("consult-delete-mark", &[("number", (index + 1).into())]))
            .clicked()
        {
            intents.push(verb(ConsultVerb::DeleteMark(*index)));
        }
    }
}
