//! The article reader: title, reading level, review status, sections and the sources.

use egui::{Align, RichText};

use crate::app::AnkleBackApp;
use crate::content::model::{Article, Section};
use crate::intent::{HandoutOrder, Intent};
use crate::learn_state::LearnState;
use crate::settings::ReadingLevel;
use crate::ui::theme::Palette;
use crate::ui::widgets::notice_ui;

use super::blocks::block_ui;

pub(super) fn reader_ui(
    ui: &mut egui::Ui,
    app: &AnkleBackApp,
    article: &Article,
    level: ReadingLevel,
    state: &mut LearnState,
    palette: Palette,
    scroll_to: Option<&str>,
) -> Vec<Intent> {
    let mut intents = Vec::new();
    let content = &app.content;
    // Long lines are hard to read: keep the text column to a comfortable width.
    ui.set_max_width(ui.available_width().min(860.0 * app.settings.text_scale()));
    if ui.button(app.t("learn-back-to-list")).clicked() {
        intents.push(Intent::Navigate(crate::route::Route::Learn {
            article: None,
            section: None,
        }));
    }
    ui.add_space(6.0);
    // Arriving at a section gives that section's heading the focus instead.
    if scroll_to.is_some() {
        crate::ui::a11y::focusable_heading(ui, RichText::new(&article.title).heading(), 1);
    } else {
        crate::ui::a11y::screen_heading(ui, &article.title);
    }
    ui.label(RichText::new(&article.summary).italics());
    ui.add_space(4.0);
    ui.horizontal_wrapped(|ui| {
        ui.label(app.t("learn-article-level-label"));
        crate::ui::a11y::radio_group(ui, app.t("learn-article-level"), |ui| {
            for option in ReadingLevel::ALL {
                if ui
                    .selectable_label(level == option, app.t(&format!("level-{option:?}")))
                    .clicked()
                {
                    state.level_override = (option != app.settings.reading_level).then_some(option);
                }
            }
        });
    });
    ui.label(RichText::new(review_line(app, &article.review)).weak());
    intents.extend(crate::ui::handout::handout_ui(
        ui,
        app,
        app.t("learn-handout"),
        || HandoutOrder {
            articles: vec![crate::content::Link::article(&article.id)],
            topic: article.title.clone(),
            ..HandoutOrder::default()
        },
    ));
    ui.separator();

    for section in &article.sections {
        let scroll_here = scroll_to == Some(section.id.as_str());
        let followed = section_ui(ui, app, article, section, level, palette, scroll_here);
        if !followed.is_empty() {
            // Back (from the body map, a plan stage…) returns to this section.
            intents.push(Intent::ReadingSection(section.id.clone()));
            intents.extend(followed);
        }
        ui.add_space(10.0);
    }

    ui.separator();
    crate::ui::a11y::heading(
        ui,
        RichText::new(app.t("learn-sources-heading")).strong(),
        2,
    );
    let mut source_ids: Vec<&str> = article
        .sections
        .iter()
        .flat_map(|s| s.sources.iter().map(String::as_str))
        .collect();
    source_ids.sort_unstable();
    source_ids.dedup();
    crate::ui::a11y::list(ui, app.t("learn-sources"), |ui| {
        for source in source_ids.into_iter().filter_map(|id| content.source(id)) {
            crate::ui::a11y::list_item(
                ui,
                &format!(
                    "{}. {}, {}. {}.{}{}",
                    source.title,
                    source.publisher,
                    source.year,
                    app.t(source.evidence.message_id()),
                    source
                        .address
                        .as_ref()
                        .map(|a| format!(" {a}"))
                        .unwrap_or_default(),
                    source
                        .note
                        .as_ref()
                        .map(|n| format!(" ({n})"))
                        .unwrap_or_default(),
                ),
            );
        }
    });
    ui.add_space(8.0);
    notice_ui(ui);
    intents
}

fn section_ui(
    ui: &mut egui::Ui,
    app: &AnkleBackApp,
    article: &Article,
    section: &Section,
    level: ReadingLevel,
    palette: Palette,
    scroll_here: bool,
) -> Vec<Intent> {
    let mut intents = Vec::new();
    let content = &app.content;
    let text = RichText::new(&section.heading)
        .strong()
        .size(ui.text_style_height(&egui::TextStyle::Heading) * 0.8);
    if scroll_here {
        let heading = crate::ui::a11y::focusable_heading(ui, text, 2);
        heading.scroll_to_me(Some(Align::TOP));
        if crate::ui::a11y::take_arrival(ui) {
            heading.request_focus();
        }
    } else {
        crate::ui::a11y::heading(ui, text, 2);
    }
    intents.extend(crate::ui::read_aloud::read_aloud_ui(
        ui,
        (&app.reading, &app.settings),
        level,
        &format!("article:{}#{}", article.id, section.id),
        &section.heading,
        || {
            crate::speech::script::section_paragraphs(
                content,
                section,
                level,
                &app.settings.emergency_number,
            )
        },
    ));
    let blocks = match level {
        ReadingLevel::Patient => &section.patient,
        ReadingLevel::Clinician => &section.clinician,
    };
    ui.push_id(&section.id, |ui| {
        for (index, block) in blocks.iter().enumerate() {
            intents.extend(
                ui.push_id(index, |ui| block_ui(ui, app, block, palette))
                    .inner,
            );
        }
        // One link a line: a link wrapped inside a row layout leaves a silent extra Tab stop.
        ui.vertical(|ui| {
            if !section.regions.is_empty() || !section.pathways.is_empty() {
                let button = ui.button(app.t("learn-show-on-body-map"));
                if button.clicked() {
                    intents.push(Intent::ShowOnBodyMap {
                        regions: section.regions.clone(),
                        pathways: section.pathways.clone(),
                    });
                }
            }
            for link in &section.see_also {
                let title = content.link_title(link);
                // A link to this article as a whole would only reopen it.
                if (link.article != article.id || link.section.is_some())
                    && ui
                        .link(app.tf("learn-see-also", &[("title", title.into())]))
                        .clicked()
                {
                    intents.push(Intent::open(link));
                }
            }
        });
        ui.label(
            RichText::new(app.tf(
                "learn-from",
                &[(
                    "sources",
                    app.content.cite(&section.sources, &app.messages).into(),
                )],
            ))
            .weak(),
        );
    });
    intents
}

/// The review status under an article's title: one clear status, never "last reviewed" for a
/// draft that nobody has reviewed.
fn review_line(app: &AnkleBackApp, review: &crate::content::model::Review) -> String {
    use crate::content::model::ReviewStatus;
    let status = app.t(review.status.message_id());
    let date = review.last_reviewed.as_str();
    match (review.status, &review.reviewed_by) {
        (ReviewStatus::Draft, _) => app.tf(
            "learn-review-draft",
            &[("status", status.into()), ("date", date.into())],
        ),
        (ReviewStatus::Reviewed, Some(by)) => app.tf(
            "learn-review-reviewed-by",
            &[
                ("status", status.into()),
                ("by", by.as_str().into()),
                ("date", date.into()),
            ],
        ),
        (ReviewStatus::Reviewed, None) => app.tf(
            "learn-review-reviewed",
            &[("status", status.into()), ("date", date.into())],
        ),
    }
}
