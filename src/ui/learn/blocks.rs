//! An article's content blocks: paragraphs, lists, warning boxes, key figures, notes,
//! figures, tables and "what you can do now" actions.

use egui::{RichText, Sense};

use crate::app::AnkleBackApp;
use crate::content::Content;
use crate::content::model::{ActionLink, Block};
use crate::intent::Intent;
use crate::messages::Messages;
use crate::ui::theme::Palette;

use super::glossary::rich_text_ui;

/// The label of a link in a "What you can do now" block (also its accessible name), in the
/// language of `messages`.
pub fn action_link_label(content: &Content, messages: &Messages, link: &ActionLink) -> String {
    match link {
        ActionLink::PlanStage(id) => match content.plan.as_ref().and_then(|p| p.stage(id)) {
            Some((programme, stage)) => messages.with(
                "learn-action-plan-stage",
                &[
                    ("programme", programme.name.as_str().into()),
                    ("stage", stage.name.as_str().into()),
                ],
            ),
            None => messages.with("learn-action-plan", &[("stage", id.as_str().into())]),
        },
        ActionLink::Diary => messages.get("learn-action-diary").to_owned(),
        ActionLink::SelfCheck => messages.get("learn-action-self-check").to_owned(),
    }
}

/// One content block. Returns what its links ask for.
pub(super) fn block_ui(
    ui: &mut egui::Ui,
    app: &AnkleBackApp,
    block: &Block,
    palette: Palette,
) -> Vec<Intent> {
    let content = &app.content;
    let mut intents = Vec::new();
    match block {
        Block::Paragraph(text) => rich_text_ui(ui, content, text),
        Block::Bullets(items) => list_ui(ui, content, app.t("learn-list"), items, false),
        Block::Steps(items) => list_ui(ui, content, app.t("learn-steps"), items, true),
        Block::WarningSigns(ids) => crate::ui::warnings::warning_signs_ui(
            ui,
            crate::ui::warnings::WarningStyle::new(
                content,
                &app.settings,
                app.learn
                    .level_override
                    .unwrap_or(app.settings.reading_level),
            ),
            ids,
        ),
        // Rejected by the validator; never reaches a validated article.
        Block::Warning { .. } => {}
        Block::KeyFigure {
            figure,
            label,
            meaning,
        } => {
            let name = app.tf(
                "learn-key-figure",
                &[
                    ("figure", figure.as_str().into()),
                    ("label", content.plain(label).into()),
                ],
            );
            crate::ui::a11y::group(ui, egui::accesskit::Role::Note, &name, |ui| {
                callout(ui, palette.figure_fill, palette.selected, |ui| {
                    ui.horizontal_wrapped(|ui| {
                        ui.label(
                            RichText::new(figure)
                                .strong()
                                .size(ui.text_style_height(&egui::TextStyle::Heading) * 1.2),
                        );
                        ui.label(RichText::new(content.plain(label)).strong());
                    });
                    rich_text_ui(ui, content, meaning);
                });
            });
        }
        Block::Note { title, text } => {
            let name = app.tf("learn-note", &[("title", title.as_str().into())]);
            crate::ui::a11y::group(ui, egui::accesskit::Role::Note, &name, |ui| {
                callout(ui, palette.note_fill, palette.outline, |ui| {
                    ui.label(RichText::new(&name).strong());
                    rich_text_ui(ui, content, text);
                });
            });
        }
        Block::Figure {
            figure,
            caption,
            alt,
        } => crate::ui::figures::article_figure_ui(
            ui,
            figure,
            caption,
            alt,
            &crate::ui::figures::FigureInput {
                diagrams: &app.diagrams,
                content,
                palette,
                level: app
                    .learn
                    .level_override
                    .unwrap_or(app.settings.reading_level),
                text_scale: app.settings.text_scale(),
                messages: &app.messages,
            },
        ),
        Block::Table {
            caption,
            columns,
            rows,
        } => {
            let title = app.tf("learn-table", &[("caption", content.plain(caption).into())]);
            table_ui(ui, content, &title, columns, rows, palette);
        }
        Block::Actions {
            steps,
            checklist,
            links,
        } => {
            callout(ui, palette.figure_fill, palette.selected, |ui| {
                crate::ui::a11y::heading(
                    ui,
                    RichText::new(app.t("learn-steps-to-take")).strong(),
                    3,
                );
                ui.push_id("steps", |ui| {
                    list_ui(ui, content, app.t("learn-steps-to-take"), steps, true)
                });
                if !checklist.is_empty() {
                    ui.add_space(6.0);
                    let tell = app.t("learn-what-to-tell");
                    crate::ui::a11y::heading(ui, RichText::new(tell).strong(), 3);
                    ui.push_id("tell", |ui| {
                        list_ui(ui, content, app.t("learn-things-to-tell"), checklist, false)
                    });
                }
                if !links.is_empty() {
                    ui.add_space(6.0);
                    crate::ui::a11y::heading(
                        ui,
                        RichText::new(app.t("learn-in-this-app")).strong(),
                        3,
                    );
                    ui.horizontal_wrapped(|ui| {
                        for link in links.iter().filter_map(|l| ActionLink::parse(l)) {
                            if ui
                                .button(action_link_label(content, &app.messages, &link))
                                .clicked()
                            {
                                intents.push(match link {
                                    ActionLink::PlanStage(id) => Intent::OpenPlanStage(id),
                                    ActionLink::Diary => Intent::OpenDiary,
                                    ActionLink::SelfCheck => {
                                        Intent::Navigate(crate::route::Route::SelfCheck)
                                    }
                                });
                            }
                        }
                    });
                }
            });
        }
    }
    ui.add_space(4.0);
    intents
}

/// A simple table: its title above, one column per heading, cells that wrap.
fn table_ui(
    ui: &mut egui::Ui,
    content: &Content,
    title: &str,
    columns: &[String],
    rows: &[Vec<String>],
    palette: Palette,
) {
    ui.label(RichText::new(title).strong());
    let spacing = 16.0;
    let count = columns.len().max(1) as f32;
    let width = ((ui.available_width() - spacing * (count - 1.0) - 16.0) / count).max(80.0);
    egui::Frame::new()
        .stroke(egui::Stroke::new(1.0, palette.outline))
        .corner_radius(6.0)
        .inner_margin(8.0)
        .show(ui, |ui| {
            egui::Grid::new("table")
                .num_columns(columns.len())
                .min_col_width(width)
                .max_col_width(width)
                .spacing([spacing, 8.0])
                .striped(true)
                .show(ui, |ui| {
                    for heading in columns {
                        ui.label(RichText::new(content.plain(heading)).strong());
                    }
                    ui.end_row();
                    for (r, row) in rows.iter().enumerate() {
                        for (c, cell) in row.iter().enumerate() {
                            ui.push_id((r, c), |ui| {
                                ui.set_max_width(width);
                                rich_text_ui(ui, content, cell);
                            });
                        }
                        ui.end_row();
                    }
                });
        });
}

fn callout(
    ui: &mut egui::Ui,
    fill: egui::Color32,
    border: egui::Color32,
    add: impl FnOnce(&mut egui::Ui),
) {
    egui::Frame::new()
        .fill(fill)
        .stroke(egui::Stroke::new(1.5, border))
        .corner_radius(6.0)
        .inner_margin(10.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            add(ui);
        });
}

/// A bulleted or numbered list, exposed as a list of list items (the markers are painted, so
/// a screen reader hears the items, with their number, not "bullet").
fn list_ui(ui: &mut egui::Ui, content: &Content, name: &str, items: &[String], numbered: bool) {
    crate::ui::a11y::list(ui, name, |ui| {
        for (i, item) in items.iter().enumerate() {
            ui.push_id(i, |ui| {
                let marker = if numbered {
                    format!("{}.", i + 1)
                } else {
                    "•".to_owned()
                };
                let row = crate::ui::a11y::group(ui, egui::accesskit::Role::ListItem, "", |ui| {
                    list_item_ui(ui, content, &marker, item);
                });
                ui.ctx().accesskit_node_builder(row.response.id, |node| {
                    node.clear_label();
                    node.set_position_in_set(i + 1);
                    node.set_size_of_set(items.len());
                });
            });
        }
    });
}

fn list_item_ui(ui: &mut egui::Ui, content: &Content, marker: &str, text: &str) {
    ui.horizontal_top(|ui| {
        // Painted, not a label: the list item's position says it to screen readers.
        let colour = ui.visuals().text_color();
        let font = egui::TextStyle::Body.resolve(ui.style());
        let galley = ui.painter().layout_no_wrap(marker.to_owned(), font, colour);
        let (rect, _) = ui.allocate_exact_size(galley.size(), Sense::hover());
        ui.painter().galley(rect.min, galley, colour);
        ui.vertical(|ui| rich_text_ui(ui, content, text));
    });
}
