//! The side panel: the selected region's text, warning signs, reading and the self-check
//! about its area; the captions of the overlays that are on.

use egui::{RichText, Sense, Stroke, pos2, vec2};

use super::BodyMapInput;
use crate::body::BodyMapState;
use crate::body::diagram::Diagram;
use crate::content::model::Area;
use crate::content::{Content, Link};
use crate::intent::Intent;
use crate::ui::theme::Palette;

pub(super) fn captions_ui(
    ui: &mut egui::Ui,
    state: &BodyMapState,
    diagram: &Diagram,
    input: &BodyMapInput<'_>,
    palette: Palette,
    take_focus: bool,
) -> Vec<Intent> {
    let content = input.content;
    let mut intents = Vec::new();
    let mut take_focus = take_focus;
    for pathway in content
        .pathways
        .iter()
        .filter(|p| state.overlays.contains(&p.id))
    {
        let heading =
            crate::ui::a11y::focusable_heading(ui, RichText::new(&pathway.name).strong(), 2);
        if std::mem::take(&mut take_focus) {
            heading.request_focus();
        }
        ui.label(&pathway.caption);
        // One line per part of the overlay, with its colour, e.g. where each root is felt.
        let mut seen = Vec::new();
        for part in diagram.pathways.iter().filter(|p| p.pathway == pathway.id) {
            let Some(label) = pathway.legend_of(&part.part) else {
                continue;
            };
            if seen.contains(&label) {
                continue;
            }
            seen.push(label);
            ui.horizontal_wrapped(|ui| {
                // The swatch is a piece of the line as drawn (colour and dash pattern), as
                // big as the text.
                let line = ui.text_style_height(&egui::TextStyle::Body);
                let (rect, _) = ui.allocate_exact_size(vec2(line * 4.0, line), Sense::hover());
                let y = rect.center().y;
                ui.painter().extend(crate::ui::body_paint::dashed_in_units(
                    &[pos2(rect.left(), y), pos2(rect.right(), y)],
                    Stroke::new(line * 0.25, palette.pathway(part.style)),
                    part.style,
                    line / 20.0,
                ));
                ui.label(label);
            });
        }
        if ui
            .link(input.messages.with(
                "bodymap-read",
                &[("title", content.link_title(&pathway.article).into())],
            ))
            .clicked()
        {
            intents.push(Intent::open(&pathway.article));
        }
        ui.add_space(6.0);
    }
    if state.overlays.is_empty() && state.selected.is_none() {
        let heading = crate::ui::a11y::focusable_heading(
            ui,
            RichText::new(input.t("bodymap-howto")).strong(),
            2,
        );
        if take_focus {
            heading.request_focus();
        }
        ui.label(input.t("bodymap-howto-choose"));
        ui.label(input.t("bodymap-howto-overlays"));
    }
    intents
}

pub(super) fn region_panel_ui(
    ui: &mut egui::Ui,
    id: &str,
    input: &BodyMapInput<'_>,
    state: &mut BodyMapState,
    take_focus: bool,
) -> Vec<Intent> {
    let content = input.content;
    let mut intents = Vec::new();
    egui::Frame::group(ui.style())
        .inner_margin(12.0)
        .show(ui, |ui| {
            let Some(region) = content.region(id) else {
                ui.label(id);
                return;
            };
            ui.horizontal_wrapped(|ui| {
                let heading = crate::ui::a11y::focusable_heading(
                    ui,
                    RichText::new(&region.name).heading(),
                    2,
                );
                if take_focus {
                    heading.request_focus();
                }
                if ui.small_button(input.t("bodymap-close")).clicked() {
                    state.selected = None;
                    state.highlighted.clear();
                }
            });
            let level = input.settings.reading_level;
            intents.extend(crate::ui::read_aloud::read_aloud_ui(
                ui,
                (input.reading, input.settings),
                level,
                &format!("region:{id}"),
                &region.name,
                || {
                    let mut paragraphs = vec![
                        format!("{}.", region.name),
                        region.what.clone(),
                        region.link.clone(),
                    ];
                    paragraphs.extend(crate::speech::script::warning_paragraphs(
                        content,
                        &region.signs,
                        level,
                        &input.settings.emergency_number,
                    ));
                    paragraphs
                },
            ));
            ui.label(&region.what);
            ui.add_space(6.0);
            let links = input.t("bodymap-links");
            crate::ui::a11y::heading(ui, RichText::new(links).strong(), 3);
            ui.label(&region.link);
            ui.add_space(6.0);
            if !region.signs.is_empty() {
                let signs = input.t("bodymap-signs");
                crate::ui::a11y::heading(ui, RichText::new(signs).strong(), 3);
                crate::ui::warnings::warning_signs_ui(
                    ui,
                    crate::ui::warnings::WarningStyle::new(
                        content,
                        input.settings,
                        input.settings.reading_level,
                    ),
                    &region.signs,
                );
                ui.add_space(6.0);
            }
            let related: Vec<Link> = content
                .articles
                .iter()
                .flat_map(|a| {
                    a.sections
                        .iter()
                        .filter(|s| s.regions.iter().any(|r| r == id))
                        .map(move |s| Link::section(&a.id, &s.id))
                })
                .take(6)
                .collect();
            if !related.is_empty() {
                let more = input.t("bodymap-read-more");
                crate::ui::a11y::heading(ui, RichText::new(more).strong(), 3);
                for link in related {
                    if ui.link(content.link_title(&link)).clicked() {
                        intents.push(Intent::open(&link));
                    }
                }
                ui.add_space(6.0);
            }
            // Only where the self-check file says which answer this area suggests.
            let suggests = content
                .questionnaires
                .first()
                .is_some_and(|q| q.body_map_answer(region.area).is_some());
            if suggests && ui.button(input.t("bodymap-start-check")).clicked() {
                intents.push(Intent::StartSelfCheck {
                    area: Some(region.area),
                });
            }
        });
    intents
}

/// The area a region belongs to (for "Start a self-check about this area").
pub fn region_area(content: &Content, id: &str) -> Option<Area> {
    content.region(id).map(|r| r.area)
}
