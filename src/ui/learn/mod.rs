//! Learn: the article list (by body area or by direction), search, and the reader.
//!
//! `mod.rs` chooses between the list and the reader and draws the list; `search.rs` the search
//! box and its results; `reader.rs` an article with its sections and sources; `blocks.rs` the
//! content blocks (lists, tables, callouts, action links); `glossary.rs` text with glossary
//! terms (definitions on hover, focus and tap).

mod blocks;
mod glossary;
mod reader;
mod search;

pub use blocks::action_link_label;
pub use glossary::rich_text_ui;

use egui::RichText;

use crate::app::AnkleBackApp;
use crate::content::model::{Area, Article, Direction};
use crate::intent::Intent;
use crate::learn_state::{Grouping, LearnState};
use crate::ui::theme::Palette;
use crate::ui::widgets::notice_ui;

/// The Learn screen.
pub fn learn_ui(
    ui: &mut egui::Ui,
    app: &AnkleBackApp,
    article: Option<&str>,
    section: Option<&str>,
) -> Vec<Intent> {
    let mut intents = Vec::new();
    let mut state = app.learn.clone();
    let palette = Palette::of(app.settings.theme);
    match article.and_then(|id| app.content.article(id)) {
        Some(article) => {
            let level = state.level_override.unwrap_or(app.settings.reading_level);
            let scroll_to = section.filter(|_| first_frame_of_arrival(ui, app));
            intents.extend(reader::reader_ui(
                ui, app, article, level, &mut state, palette, scroll_to,
            ));
        }
        None => {
            crate::ui::a11y::screen_heading(ui, app.t("learn-heading"));
            ui.label(app.t("learn-intro"));
            ui.add_space(6.0);
            intents.extend(search::search_ui(ui, app, &mut state, palette));
            if state.query.trim().is_empty() {
                intents.extend(article_list_ui(ui, app, &mut state));
            }
        }
    }
    if state != app.learn {
        intents.push(Intent::UpdateLearn(state));
    }
    intents
}

fn article_list_ui(ui: &mut egui::Ui, app: &AnkleBackApp, state: &mut LearnState) -> Vec<Intent> {
    let mut intents = Vec::new();
    ui.add_space(8.0);
    ui.horizontal_wrapped(|ui| {
        ui.label(app.t("learn-group"));
        crate::ui::a11y::radio_group(ui, app.t("learn-group"), |ui| {
            ui.selectable_value(&mut state.grouping, Grouping::Area, app.t("learn-by-area"));
            ui.selectable_value(
                &mut state.grouping,
                Grouping::Direction,
                app.t("learn-by-direction"),
            );
        });
    });
    ui.add_space(6.0);
    let groups: Vec<(&str, Vec<&Article>)> = match state.grouping {
        Grouping::Area => Area::ALL
            .iter()
            .map(|area| {
                (
                    app.t(area.message_id()),
                    app.content
                        .articles
                        .iter()
                        .filter(|a| a.areas.contains(area))
                        .collect(),
                )
            })
            .collect(),
        Grouping::Direction => Direction::ALL
            .iter()
            .map(|d| {
                (
                    app.t(d.message_id()),
                    app.content
                        .articles
                        .iter()
                        .filter(|a| a.direction == *d)
                        .collect(),
                )
            })
            .collect(),
    };
    for (group_index, (title, articles)) in groups.into_iter().enumerate() {
        if articles.is_empty() {
            continue;
        }
        ui.add_space(6.0);
        crate::ui::a11y::heading(
            ui,
            RichText::new(title)
                .strong()
                .size(ui.text_style_height(&egui::TextStyle::Body) * 1.15),
            2,
        );
        let compact = state.grouping == Grouping::Area;
        for article in articles {
            ui.push_id((group_index, &article.id), |ui| {
                let mut body = |ui: &mut egui::Ui| {
                    // Not `horizontal_wrapped`: a wrapped link must stay one Tab stop. The link
                    // wraps in its own column, leaving room for the "(read)" mark beside it.
                    ui.horizontal_top(|ui| {
                        let mark = app
                            .progress
                            .is_read(&article.id)
                            .then(|| RichText::new(app.t("learn-read-mark")).weak());
                        let reserve = mark.as_ref().map_or(0.0, |mark| {
                            let font = egui::TextStyle::Body.resolve(ui.style());
                            let colour = ui.visuals().text_color();
                            ui.painter()
                                .layout_no_wrap(mark.text().to_owned(), font, colour)
                                .size()
                                .x
                                + 2.0 * ui.spacing().item_spacing.x
                        });
                        let width = (ui.available_width() - reserve).max(80.0);
                        ui.allocate_ui_with_layout(
                            egui::vec2(width, 0.0),
                            egui::Layout::top_down(egui::Align::Min),
                            |ui| {
                                ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Wrap);
                                if ui.link(RichText::new(&article.title)).clicked() {
                                    intents.push(Intent::OpenArticle {
                                        article: article.id.clone(),
                                        section: None,
                                    });
                                }
                            },
                        );
                        if let Some(mark) = mark {
                            ui.label(mark);
                        }
                    });
                    if !compact {
                        ui.label(&article.summary);
                    }
                };
                if compact {
                    ui.indent("articles", body);
                } else {
                    egui::Frame::group(ui.style()).show(ui, |ui| {
                        ui.set_width(ui.available_width());
                        body(ui);
                    });
                }
            });
        }
    }
    ui.add_space(10.0);
    notice_ui(ui);
    intents
}

/// Whether this frame is the first one since the app arrived at the current route (the
/// reader scrolls to the route's section once, then leaves scrolling to the person). A view
/// effect, so it lives in egui memory, not in the app.
fn first_frame_of_arrival(ui: &egui::Ui, app: &AnkleBackApp) -> bool {
    let id = egui::Id::unique("learn-scrolled-for-arrival");
    let arrival = app.history.arrivals();
    let seen = ui.data(|d| d.get_temp::<u64>(id));
    ui.data_mut(|d| d.insert_temp(id, arrival));
    seen != Some(arrival)
}
