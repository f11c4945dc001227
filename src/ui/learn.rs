//! Learn: the article list (by body area or by direction), search, and the reader.

use egui::text::{LayoutJob, TextFormat};
use egui::{Align, Key, Label, RichText, Sense};

use crate::app::AnkleBackApp;
use crate::content::Content;
use crate::content::markup::{self, Span};
use crate::content::model::{ActionLink, Area, Article, Block, Direction, Section};
use crate::content::search::{self, SearchHit};
use crate::intent::{HandoutOrder, Intent};
use crate::learn_state::{Grouping, LearnState};
use crate::settings::ReadingLevel;
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
            intents.extend(reader_ui(
                ui, app, article, level, &mut state, palette, scroll_to,
            ));
        }
        None => {
            crate::ui::a11y::screen_heading(ui, "Learn");
            ui.label("Short articles on how the ankle and the lower back affect each other, from five public sources.");
            ui.add_space(6.0);
            intents.extend(search_ui(ui, &app.content, &mut state, palette));
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

fn search_ui(
    ui: &mut egui::Ui,
    content: &Content,
    state: &mut LearnState,
    palette: Palette,
) -> Vec<Intent> {
    let mut intents = Vec::new();
    let search_box = ui.add(
        egui::TextEdit::singleline(&mut state.query)
            .hint_text("Search articles and glossary, e.g. Achilles reflex")
            .desired_width(f32::INFINITY),
    );
    search_box.widget_info(|| egui::WidgetInfo::labeled(egui::Role::SearchInput, true, "Search"));
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
        ui.label(format!(
            "Nothing matches \"{}\". Try fewer or simpler words, for example:",
            state.query.trim()
        ));
        ui.horizontal_wrapped(|ui| {
            for suggestion in search::SUGGESTIONS {
                if ui.button(suggestion).clicked() {
                    state.query = suggestion.to_owned();
                }
            }
        });
        return intents;
    }
    ui.label(format!(
        "{} result(s). Press Enter to open the first, or Tab to the one you want.",
        hits.len()
    ));
    for (index, hit) in hits.iter().enumerate() {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            let label = format!("{} ({})", hit.heading, hit.kind.label());
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

fn open_hit(hit: &SearchHit) -> Option<Intent> {
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

fn article_list_ui(ui: &mut egui::Ui, app: &AnkleBackApp, state: &mut LearnState) -> Vec<Intent> {
    let mut intents = Vec::new();
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        ui.label("Group articles");
        crate::ui::a11y::radio_group(ui, "Group articles", |ui| {
            ui.selectable_value(&mut state.grouping, Grouping::Area, "By body area");
            ui.selectable_value(&mut state.grouping, Grouping::Direction, "By direction");
        });
    });
    ui.add_space(6.0);
    let groups: Vec<(&str, Vec<&Article>)> = match state.grouping {
        Grouping::Area => Area::ALL
            .iter()
            .map(|area| {
                (
                    area.label(),
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
                    d.label(),
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
                    // Not `horizontal_wrapped`: a wrapped link must stay one Tab stop.
                    ui.horizontal(|ui| {
                        if ui.link(RichText::new(&article.title)).clicked() {
                            intents.push(Intent::OpenArticle {
                                article: article.id.clone(),
                                section: None,
                            });
                        }
                        if app.progress.is_read(&article.id) {
                            ui.label(RichText::new("(read)").weak());
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

fn reader_ui(
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
    if ui.button("Back to all articles").clicked() {
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
        ui.label("Reading level for this article:");
        crate::ui::a11y::radio_group(ui, "Reading level for this article", |ui| {
            for option in ReadingLevel::ALL {
                if ui
                    .selectable_label(level == option, option.label())
                    .clicked()
                {
                    state.level_override = (option != app.settings.reading_level).then_some(option);
                }
            }
        });
    });
    ui.label(RichText::new(review_line(&article.review)).weak());
    intents.extend(crate::ui::handout::handout_ui(
        ui,
        app,
        "Make a handout of this article (PDF)",
        || HandoutOrder {
            articles: vec![crate::content::Link::article(&article.id)],
            topic: article.id.clone(),
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
    crate::ui::a11y::heading(ui, RichText::new("Sources for this article").strong(), 2);
    let mut source_ids: Vec<&str> = article
        .sections
        .iter()
        .flat_map(|s| s.sources.iter().map(String::as_str))
        .collect();
    source_ids.sort_unstable();
    source_ids.dedup();
    crate::ui::a11y::list(ui, "Sources", |ui| {
        for source in source_ids.into_iter().filter_map(|id| content.source(id)) {
            crate::ui::a11y::list_item(
                ui,
                &format!(
                    "{}. {}, {}. {}.{}{}",
                    source.title,
                    source.publisher,
                    source.year,
                    source.evidence.label(),
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
                let button = ui.button("Show on body map");
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
                    && ui.link(format!("See also: {title}")).clicked()
                {
                    intents.push(Intent::open(link));
                }
            }
        });
        ui.label(RichText::new(format!("From: {}", content.cite(&section.sources))).weak());
    });
    intents
}

/// The review status under an article's title: one clear status, never "last reviewed" for a
/// draft that nobody has reviewed.
fn review_line(review: &crate::content::model::Review) -> String {
    use crate::content::model::ReviewStatus;
    match review.status {
        ReviewStatus::Draft => format!(
            "Review status: {}. Text last revised {}.",
            review.status.label(),
            review.last_reviewed
        ),
        ReviewStatus::Reviewed => format!(
            "Review status: {}{}, {}.",
            review.status.label(),
            review
                .reviewed_by
                .as_ref()
                .map(|by| format!(" ({by})"))
                .unwrap_or_default(),
            review.last_reviewed
        ),
    }
}

/// The label of a link in a "What you can do now" block (also its accessible name).
pub fn action_link_label(content: &Content, link: &ActionLink) -> String {
    match link {
        ActionLink::PlanStage(id) => match content.plan.as_ref().and_then(|p| p.stage(id)) {
            Some((programme, stage)) => format!(
                "Open the plan \"{}\" at stage {}",
                programme.name, stage.name
            ),
            None => format!("Open the recovery plan at stage {id}"),
        },
        ActionLink::Diary => "Open the pain diary".to_owned(),
        ActionLink::SelfCheck => "Open the self-check".to_owned(),
    }
}

/// One content block. Returns what its links ask for.
fn block_ui(ui: &mut egui::Ui, app: &AnkleBackApp, block: &Block, palette: Palette) -> Vec<Intent> {
    let content = &app.content;
    let mut intents = Vec::new();
    match block {
        Block::Paragraph(text) => rich_text_ui(ui, content, text),
        Block::Bullets(items) => list_ui(ui, content, "List", items, false),
        Block::Steps(items) => list_ui(ui, content, "Steps", items, true),
        Block::WarningSigns(ids) => crate::ui::warnings::warning_signs_ui(
            ui,
            crate::ui::warnings::WarningStyle {
                content,
                level: app
                    .learn
                    .level_override
                    .unwrap_or(app.settings.reading_level),
                emergency_number: &app.settings.emergency_number,
                palette,
            },
            ids,
        ),
        // Rejected by the validator; never reaches a validated article.
        Block::Warning { .. } => {}
        Block::KeyFigure {
            figure,
            label,
            meaning,
        } => {
            let name = format!("Key figure: {figure} {}", content.plain(label));
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
            let name = format!("Note: {title}");
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
        } => table_ui(ui, content, caption, columns, rows, palette),
        Block::Actions {
            steps,
            checklist,
            links,
        } => {
            callout(ui, palette.figure_fill, palette.selected, |ui| {
                crate::ui::a11y::heading(ui, RichText::new("Steps to take").strong(), 3);
                ui.push_id("steps", |ui| {
                    list_ui(ui, content, "Steps to take", steps, true)
                });
                if !checklist.is_empty() {
                    ui.add_space(6.0);
                    let tell = "What to tell your clinician";
                    crate::ui::a11y::heading(ui, RichText::new(tell).strong(), 3);
                    ui.push_id("tell", |ui| {
                        list_ui(ui, content, "Things to tell", checklist, false)
                    });
                }
                if !links.is_empty() {
                    ui.add_space(6.0);
                    crate::ui::a11y::heading(ui, RichText::new("In this app").strong(), 3);
                    ui.horizontal_wrapped(|ui| {
                        for link in links.iter().filter_map(|l| ActionLink::parse(l)) {
                            if ui.button(action_link_label(content, &link)).clicked() {
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

/// A simple table: the caption above, one column per heading, cells that wrap.
fn table_ui(
    ui: &mut egui::Ui,
    content: &Content,
    caption: &str,
    columns: &[String],
    rows: &[Vec<String>],
    palette: Palette,
) {
    ui.label(RichText::new(format!("Table: {}", content.plain(caption))).strong());
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

/// Text with glossary terms, laid out as one paragraph so it wraps like any text. Terms are
/// underlined; hovering one shows its definition. A paragraph with terms can take keyboard
/// focus, and then shows the definitions of all its terms.
pub fn rich_text_ui(ui: &mut egui::Ui, content: &Content, text: &str) {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let colour = ui.visuals().text_color();
    let plain = TextFormat::simple(font.clone(), colour);
    let underlined = TextFormat {
        underline: egui::Stroke::new(1.0, colour),
        ..plain.clone()
    };
    let mut job = LayoutJob::default();
    // (first char, end char, term) of each term in the laid-out text.
    let mut terms: Vec<(usize, usize, &crate::content::model::Term)> = Vec::new();
    let mut chars = 0;
    for span in markup::parse(text) {
        match span {
            Span::Text(text) => {
                job.append(text, 0.0, plain.clone());
                chars += text.chars().count();
            }
            Span::Term { id, shown } => {
                let term = content.term(id);
                let words = shown.or(term.map(|t| t.term.as_str())).unwrap_or(id);
                job.append(words, 0.0, underlined.clone());
                let count = words.chars().count();
                if let Some(term) = term {
                    terms.push((chars, chars + count, term));
                }
                chars += count;
            }
        }
    }
    job.wrap.max_width = ui.available_width();
    let galley = ui.fonts_mut(|fonts| fonts.layout_job(job));
    let sense = if terms.is_empty() {
        Sense::hover()
    } else {
        Sense::focusable_noninteractive()
    };
    let response = ui.add(Label::new(galley.clone()).sense(sense));
    if terms.is_empty() {
        return;
    }
    // Touch: a tap on a term shows its definition under the paragraph (a tap elsewhere in it
    // shows all of them) until the next tap.
    let tapped_id = response.id.with("tapped");
    if let Some(pos) = ui.input(|i| {
        i.pointer
            .primary_clicked()
            .then(|| i.pointer.interact_pos())
            .flatten()
    }) {
        let tapped = response.rect.contains(pos).then(|| {
            let index = galley.cursor_from_pos(pos - response.rect.min).index.0;
            terms
                .iter()
                .find(|(start, end, _)| (*start..*end).contains(&index))
                .map_or_else(String::new, |(_, _, term)| term.id.clone())
        });
        ui.data_mut(|d| match tapped {
            Some(id) => {
                d.insert_temp(tapped_id, id);
            }
            None => d.remove::<String>(tapped_id),
        });
    }
    let definition = |t: &crate::content::model::Term| format!("{}: {}", t.term, t.plain);
    let mut seen = Vec::new();
    let definitions: Vec<String> = terms
        .iter()
        .filter(|(_, _, t)| {
            let new = !seen.contains(&t.id);
            seen.push(t.id.clone());
            new
        })
        .map(|(_, _, t)| definition(t))
        .collect();
    // Screen readers read the definitions after the paragraph.
    crate::ui::a11y::describe(ui, &response, definitions.join(" "));
    if let Some(tapped) = ui.data(|d| d.get_temp::<String>(tapped_id)) {
        let shown: Vec<String> = match terms.iter().find(|(_, _, t)| t.id == tapped) {
            Some((_, _, term)) => vec![definition(term)],
            None => definitions.clone(),
        };
        egui::Frame::new()
            .fill(ui.visuals().extreme_bg_color)
            .stroke(ui.visuals().widgets.noninteractive.bg_stroke)
            .corner_radius(4.0)
            .inner_margin(6.0)
            .show(ui, |ui| {
                for text in shown {
                    ui.label(text);
                }
            });
    }
    if let Some(pointer) = response.hover_pos() {
        let index = galley.cursor_from_pos(pointer - response.rect.min).index.0;
        if let Some((_, _, term)) = terms
            .iter()
            .find(|(start, end, _)| (*start..*end).contains(&index))
        {
            response
                .clone()
                .on_hover_text_at_pointer(format!("{}: {}", term.term, term.plain));
        }
    }
    if response.has_focus() {
        response.show_tooltip_text(definitions.join("\n"));
    }
}
