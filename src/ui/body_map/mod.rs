//! The body map screen: layout (fit the diagram to the canvas), paint (tissues, highlights,
//! overlays, labels) and interaction (pointer hit-testing through the model, one accessible
//! focusable widget per region for keyboards and screen readers).

mod canvas;
mod panel;

use egui::{Key, vec2};

use crate::body::diagram::Diagram;
use crate::body::{BodyMapState, Leg};
use crate::content::Content;
use crate::intent::Intent;
use crate::settings::Settings;
use crate::ui::theme::Palette;

pub use panel::region_area;

/// Everything the body map screen reads.
pub struct BodyMapInput<'a> {
    /// Current state.
    pub state: &'a BodyMapState,
    /// Views for the right leg.
    pub diagrams: &'a [Diagram],
    /// The same views mirrored for the left leg.
    pub mirrored: &'a [Diagram],
    /// Region and pathway texts.
    pub content: &'a Content,
    /// Theme, motion and reading level.
    pub settings: &'a Settings,
    /// What is being read aloud.
    pub reading: &'a crate::reading::Reading,
    /// The UI's words in the chosen language (bodymap.ftl).
    pub messages: &'a crate::messages::Messages,
}

impl BodyMapInput<'_> {
    /// A message without arguments.
    fn t<'a>(&'a self, id: &'a str) -> &'a str {
        self.messages.get(id)
    }
}

/// A body view's name in the chosen language.
pub(crate) fn view_name(messages: &crate::messages::Messages, diagram: &Diagram) -> String {
    let id = crate::body::describe::view_message_id(&diagram.id);
    match messages.get(&id) {
        name if name == id => diagram.name.clone(),
        name => name.to_owned(),
    }
}

/// Id of the accessible widget of a region.
fn region_widget_id(region: &str) -> egui::Id {
    egui::Id::unique(("body-region", region))
}

/// Draws the body map and returns what the user asked for.
pub fn body_map_ui(ui: &mut egui::Ui, input: &BodyMapInput<'_>) -> Vec<Intent> {
    let mut state = input.state.clone();
    let mut intents = Vec::new();
    let palette = Palette::of(input.settings.theme);

    let diagrams = match state.leg {
        Leg::Right => input.diagrams,
        Leg::Left => input.mirrored,
    };
    let Some(diagram) = diagrams.get(state.view_index).or(diagrams.first()) else {
        ui.label(input.t("bodymap-no-drawing"));
        return intents;
    };

    // On a small window (or with large text) the page scrolls; the drawing keeps a usable
    // size instead of being cut off.
    let page_height = ui.available_height();
    let page_top = ui.cursor().top();
    egui::ScrollArea::vertical()
        .id_salt("body-map-page")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            page_ui(
                ui,
                input,
                &mut state,
                diagrams,
                diagram,
                palette,
                page_top + page_height,
                &mut intents,
            );
        });

    if ui.input(|i| i.key_pressed(Key::Escape)) && state.selected.is_some() {
        state.selected = None;
        state.highlighted.clear();
    }

    if &state != input.state {
        intents.push(Intent::UpdateBodyMap(state));
    }
    intents
}

#[allow(clippy::too_many_arguments)]
fn page_ui(
    ui: &mut egui::Ui,
    input: &BodyMapInput<'_>,
    state: &mut BodyMapState,
    diagrams: &[Diagram],
    diagram: &Diagram,
    palette: Palette,
    page_bottom: f32,
    intents: &mut Vec<Intent>,
) {
    if controls_ui(ui, state, diagrams, input) {
        intents.push(Intent::Consult(crate::consult::ConsultVerb::Enter(None)));
    }

    // F6 jumps between the drawing and the side panel.
    let jump = ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, Key::F6));
    let in_drawing = ui.memory(|m| m.focused()).is_some_and(|focused| {
        diagram
            .region_ids()
            .iter()
            .any(|id| region_widget_id(id) == focused)
    });
    // From the drawing to the panel's heading; from anywhere else to the selected part (or
    // the first one).
    let focus_panel = jump && in_drawing;
    if jump && !in_drawing {
        let order =
            crate::body::describe::regions_in_reading_order(diagram, state.leg == Leg::Right);
        let first = order.first().map(|id| (*id).to_owned());
        if let Some(target) = state.selected.clone().or(first) {
            ui.memory_mut(|m| m.request_focus(region_widget_id(&target)));
        }
    }

    // The drawing on the left, fills the height; the side panel explains what is selected
    // and what the overlays show.
    let panel_width = (ui.available_width() * 0.34).clamp(260.0, 440.0);
    ui.horizontal_top(|ui| {
        let canvas_width = ui.available_width() - panel_width - 12.0;
        // Never so short that the body is tiny: with large text the drawing stays tall and
        // the page scrolls (the wheel scrolls it; Ctrl + wheel zooms the drawing).
        let min_height = 360.0 * input.settings.text_scale();
        let canvas_height = (page_bottom - ui.cursor().top() - 8.0).max(min_height);
        canvas::canvas_ui(
            ui,
            state,
            diagram,
            input,
            palette,
            vec2(canvas_width, canvas_height),
        );
        ui.vertical(|ui| {
            ui.set_width(panel_width);
            egui::ScrollArea::vertical()
                .id_salt("body-map-panel")
                .max_height(canvas_height)
                .show(ui, |ui| {
                    if let Some(selected) = state.selected.clone() {
                        intents.extend(panel::region_panel_ui(
                            ui,
                            &selected,
                            input,
                            state,
                            focus_panel,
                        ));
                        ui.add_space(8.0);
                    }
                    intents.extend(panel::captions_ui(
                        ui,
                        state,
                        diagram,
                        input,
                        palette,
                        focus_panel && input.state.selected.is_none(),
                    ));
                });
        });
    });
}

/// In a wrapping row, starts a new row unless buttons with these words fit in what is left of
/// this one, so a group of buttons stays on one line instead of stacking in a narrow corner.
fn new_row_unless_fits<'a>(ui: &mut egui::Ui, words: impl Iterator<Item = &'a str>) {
    let font = egui::TextStyle::Button.resolve(ui.style());
    let spacing = ui.spacing().clone();
    let colour = ui.visuals().text_color();
    let needed: f32 = words
        .map(|text| {
            let width = ui.fonts_mut(|f| {
                f.layout_no_wrap(text.to_owned(), font.clone(), colour)
                    .size()
                    .x
            });
            width + 2.0 * spacing.button_padding.x + spacing.item_spacing.x
        })
        .sum();
    if ui.available_size_before_wrap().x < needed {
        ui.end_row();
    }
}

/// The view, leg, overlay and zoom controls, and the way into consult mode (true: asked).
fn controls_ui(
    ui: &mut egui::Ui,
    state: &mut BodyMapState,
    diagrams: &[Diagram],
    input: &BodyMapInput<'_>,
) -> bool {
    let mut consult = false;
    ui.horizontal_wrapped(|ui| {
        let title = egui::RichText::new(input.t("bodymap-title"))
            .strong()
            .size(ui.text_style_height(&egui::TextStyle::Body) * 1.2);
        let heading = crate::ui::a11y::focusable_heading(ui, title, 1);
        if crate::ui::a11y::take_arrival(ui) {
            heading.request_focus();
        }
        crate::ui::a11y::describe(ui, &heading, input.t("bodymap-help"));
        let views: Vec<String> = diagrams
            .iter()
            .map(|d| view_name(input.messages, d))
            .collect();
        new_row_unless_fits(ui, views.iter().map(String::as_str));
        crate::ui::a11y::radio_group(ui, input.t("bodymap-view"), |ui| {
            for (index, name) in views.iter().enumerate() {
                ui.selectable_value(&mut state.view_index, index, name);
            }
        });
        ui.separator();
        let legs = [Leg::Right, Leg::Left].map(|leg| input.t(leg.message_id()));
        new_row_unless_fits(ui, legs.into_iter());
        crate::ui::a11y::radio_group(ui, input.t("bodymap-leg"), |ui| {
            for leg in [Leg::Right, Leg::Left] {
                ui.selectable_value(&mut state.leg, leg, input.t(leg.message_id()));
            }
        });
        ui.separator();
        for pathway in &input.content.pathways {
            let mut on = state.overlays.contains(&pathway.id);
            if ui.checkbox(&mut on, &pathway.name).changed() {
                state.toggle_overlay(&pathway.id);
            }
        }
        ui.separator();
        ui.checkbox(&mut state.labels_visible, input.t("bodymap-labels"));
        if ui.button(input.t("bodymap-zoom-in")).clicked() {
            state.zoom_by(1.25);
        }
        if ui.button(input.t("bodymap-zoom-out")).clicked() {
            state.zoom_by(0.8);
        }
        if ui.button(input.t("bodymap-reset-view")).clicked() {
            state.reset_view();
        }
        ui.separator();
        consult = ui
            .button(input.t("bodymap-consult"))
            .on_hover_text(input.t("bodymap-consult-hint"))
            .clicked();
    });
    ui.add_space(4.0);
    consult
}
