//! Learn's search box and its results (one focus stop per result, matches highlighted).

use egui::text::{LayoutJob, TextFormat};
use egui::{Key, RichText};

use crate::app::AnkleBackApp;
use crate::content::search::{self, SearchHit};
use crate::intent::Intent;
use crate::learn_state::LearnState;
use crate::ui::theme::Palette;

pub(super) fn search_ui(
    ui: &mut egui::Ui,
    app: &AnkleBackApp,
    state: &mut LearnState,
    palette: Palette,
) -> Vec<Intent> {
    let mut intents = Vec::new();
    let content = &app.content;
    let search_box = ui.add(
        egui::TextEdit::singleline(&mut state.query)
            .hint_text(app.t("learn-search-hint"))
            .desired_width(f32::INFINITY),
    );
    search_box.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::SearchInput, true, app.t("learn-search"))
    });
    if state.query.trim().is_empty() {
        return intents;
    }
    // Search once per query, not once per frame.
    let cache_id = egui::Id::unique("search-cache");
    let cached: Option<(String, std::sync::Arc<Vec<SearchHit>>)> =
        ui.data(|d| d.get_temp(cache_id));
    let hits = match cached {
        Some((query, hits)) if query == state.query => hits,
        _ => {
            let hits = std::sync::Arc::new(search::search(content, &state.query));
            ui.data_mut(|d| d.insert_temp(cache_id, (state.query.clone(), hits.clone())));
            hits
        }
    };
    if search_box.lost_focus()
        && ui.input(|i| i.key_pressed(Key::Enter))
        && let Some(first) = hits.first()
    {
        intents.extend(open_hit(first));
    }
    // ArrowDown moves to the first result (focused when it is drawn below).
    let focus_first = search_box.has_focus() && ui.input(|i| i.key_pressed(Key::ArrowDown));
    ui.add_space(6.0);
    if hits.is_empty() {
        ui.label(app.tf(
            "learn-search-nothing",
            &[("query", state.query.trim().to_owned().into())],
        ));
        ui.horizontal_wrapped(|ui| {
            for n in 1..=search::SUGGESTIONS.len() {
                let suggestion = app.t(&format!("learn-suggestion-{n}")).to_owned();
                if ui.button(&suggestion).clicked() {
                    state.query = suggestion;
                }
            }
        });
        return intents;
    }
    ui.label(app.tf("learn-search-results", &[("count", hits.len().into())]));
    for (index, hit) in hits.iter().enumerate() {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            let label = app.tf(
                "learn-search-hit",
                &[
                    ("heading", hit.heading.as_str().into()),
                    ("kind", app.t(hit.kind.message_id()).into()),
                ],
            );
            // One focus stop per result: the named button itself.
            // Framed only while hovered or focused, so the keyboard focus can be seen.
            let response = ui.add(
                egui::Button::new(RichText::new(&label).strong())
                    .frame(true)
                    .frame_when_inactive(false),
            );
            if index == 0 && focus_first {
                response.request_focus();
            }
            if response.clicked() {
                intents.extend(open_hit(hit));
            }
            if response.has_focus() {
                response.scroll_to_me(None);
            }
            ui.label(snippet_job(ui, hit, palette));
        });
    }
    intents
}

pub(super) fn open_hit(hit: &SearchHit) -> Option<Intent> {
    hit.article.as_ref().map(|article| Intent::OpenArticle {
        article: article.clone(),
        section: hit.section.clone(),
    })
}

fn snippet_job(ui: &egui::Ui, hit: &SearchHit, palette: Palette) -> LayoutJob {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let colour = ui.visuals().text_color();
    let plain = TextFormat::simple(font.clone(), colour);
    let marked = TextFormat {
        background: palette.match_fill,
        ..TextFormat::simple(font, colour)
    };
    let mut job = LayoutJob::default();
    let mut at = 0;
    for mark in &hit.marks {
        if mark.start < at || mark.end > hit.snippet.len() {
            continue;
        }
        job.append(&hit.snippet[at..mark.start], 0.0, plain.clone());
        job.append(&hit.snippet[mark.clone()], 0.0, marked.clone());
        at = mark.end;
    }
    job.append(&hit.snippet[at..], 0.0, plain);
    job.wrap.max_width = ui.available_width();
    job
}
