//! Learn: open an article by its title, flip the reading level, search and open a result.
#![allow(
    clippy::unwrap_used,
    reason = "test helpers: a panic is a failure with its line"
)]

mod common;

use ankleback::route::Route;
use ankleback::settings::ReadingLevel;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

const TITLE: &str = "Can lower back pain cause Achilles tendon pain?";

/// Goes to Learn and opens the article titled [`TITLE`] by clicking its title.
fn open_the_article(
    harness: &mut egui_kittest::Harness<'static, ankleback::ui::window::AppWindow>,
) {
    harness.get_by_label("Learn").click();
    harness.run();
    harness.get_all_by_label(TITLE).next().unwrap().click();
    harness.run();
}

#[test]
fn open_an_article_by_its_title_and_flip_the_reading_level() {
    let dir = tempfile::tempdir().unwrap();
    {
        let mut harness = common::welcomed_harness(dir.path());
        open_the_article(&mut harness);
        assert_eq!(
            harness.state().app.route,
            Route::Learn {
                article: Some("back-and-achilles".into()),
                section: None,
            }
        );
        // Patient wording first; the clinician text of a section is not shown.
        let article = harness
            .state()
            .app
            .content
            .article("back-and-achilles")
            .unwrap()
            .clone();
        let patient_heading = &article.sections[0].heading;
        harness.get_by_label(patient_heading);
        harness.get_by_label("Clinician detail").click();
        harness.run();
        assert_eq!(
            harness.state().app.learn.level_override,
            Some(ReadingLevel::Clinician)
        );
        assert_eq!(
            harness.state().app.settings.reading_level,
            ReadingLevel::Patient,
            "only this article flips"
        );
        // Every article screen shows its sources and the notice.
        harness.get_by_label("Sources for this article");
        harness.get_by_label(ankleback::notice::NOTICE);
        assert!(harness.state().app.progress.is_read("back-and-achilles"));
    }
    // Marked read, and saved.
    let harness = common::harness(common::app_in(dir.path()));
    assert!(harness.state().app.progress.is_read("back-and-achilles"));
}

#[test]
fn search_achilles_reflex_and_open_the_result() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = common::welcomed_harness(dir.path());
    harness.get_by_label("Learn").click();
    harness.run();
    harness.get_by_label("Search").click();
    harness.run();
    harness.get_by_label("Search").type_text("Achilles reflex");
    harness.run();
    let result = harness
        .get_all_by_label_contains("(Clinician detail)")
        .next()
        .expect("a clinician-level result")
        .accesskit_node()
        .label()
        .unwrap()
        .to_string();
    harness.get_by_label(&result).click();
    harness.run();
    let Route::Learn {
        article: Some(article),
        ..
    } = harness.state().app.route.clone()
    else {
        panic!("an article opened, got {:?}", harness.state().app.route);
    };
    let article = harness.state().app.content.article(&article).unwrap();
    assert!(result.starts_with(&article.title));
}

#[test]
fn no_results_says_so_and_suggests_terms() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = common::welcomed_harness(dir.path());
    harness.get_by_label("Learn").click();
    harness.run();
    harness.get_by_label("Search").click();
    harness.get_by_label("Search").type_text("xylophone");
    harness.run();
    harness.get_by_label_contains("Nothing matches");
    harness.get_by_label("sciatic nerve").click();
    harness.run();
    assert_eq!(harness.state().app.learn.query, "sciatic nerve");
}

#[test]
fn show_on_body_map_from_an_article_highlights() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = common::welcomed_harness(dir.path());
    open_the_article(&mut harness);
    harness
        .get_all_by_label("Show on body map")
        .next()
        .unwrap()
        .click();
    harness.run_steps(3);
    assert_eq!(harness.state().app.route, Route::BodyMap);
    let article = harness
        .state()
        .app
        .content
        .article("back-and-achilles")
        .unwrap();
    let section = article
        .sections
        .iter()
        .find(|s| !s.regions.is_empty() || !s.pathways.is_empty())
        .unwrap();
    for region in &section.regions {
        assert!(harness.state().app.body_map.highlighted.contains(region));
    }
    for pathway in &section.pathways {
        assert!(harness.state().app.body_map.overlays.contains(pathway));
    }
}

#[test]
fn a_paragraph_with_glossary_terms_shows_their_definitions_when_focused() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = common::welcomed_harness(dir.path());
    open_the_article(&mut harness);
    let content = harness.state().app.content.clone();
    let article = content.article("back-and-achilles").unwrap();
    let paragraph = article.sections[0]
        .patient
        .iter()
        .find_map(|block| match block {
            ankleback::content::model::Block::Paragraph(text) if text.contains("[[") => {
                Some(text.clone())
            }
            _ => None,
        })
        .expect("a paragraph with a glossary term");
    let term_id = ankleback::content::markup::term_ids(&paragraph)
        .next()
        .unwrap()
        .to_owned();
    let definition = &content.term(&term_id).unwrap().plain;
    assert!(harness.query_by_label_contains(definition).is_none());
    harness.get_by_label(&content.plain(&paragraph)).focus();
    harness.run();
    harness.get_by_label_contains(definition);
}

#[test]
fn what_you_can_do_now_links_open_the_plan_stage_and_the_diary() {
    use ankleback::content::model::{ActionLink, Block};
    let dir = tempfile::tempdir().unwrap();
    let mut harness = common::welcomed_harness(dir.path());
    open_the_article(&mut harness);
    let content = harness.state().app.content.clone();
    let article = content.article("back-and-achilles").unwrap();
    let links = article
        .sections
        .last()
        .unwrap()
        .patient
        .iter()
        .find_map(|block| match block {
            Block::Actions { links, .. } => Some(links.clone()),
            _ => None,
        })
        .expect("the article ends with a What you can do now block");
    let stage_id = links
        .iter()
        .find_map(|l| match ActionLink::parse(l) {
            Some(ActionLink::PlanStage(id)) => Some(id),
            _ => None,
        })
        .expect("a plan link");
    let stage = content
        .plan
        .as_ref()
        .unwrap()
        .stage(&stage_id)
        .unwrap()
        .1
        .clone();
    // The stage is folded until a link opens it.
    let first_exercise = format!("Done today: {}", stage.exercises[0].name);

    let plan_label = ankleback::ui::learn::action_link_label(
        &content,
        &ankleback::messages::Messages::new("en"),
        &ActionLink::PlanStage(stage_id.clone()),
    );
    // The block is near the end of a long article: click it the way a screen reader does.
    harness.get_by_label(&plan_label).click_accesskit();
    harness.run();
    assert_eq!(harness.state().app.route, Route::Progress);
    harness.run();
    harness.get_by_label(&first_exercise);
    assert_eq!(
        harness.state().app.progress_focus,
        None,
        "the request is used once"
    );

    // Back to the article; the diary link goes to the diary.
    open_the_article(&mut harness);
    harness
        .get_by_label(&ankleback::ui::learn::action_link_label(
            &content,
            &ankleback::messages::Messages::new("en"),
            &ActionLink::Diary,
        ))
        .click_accesskit();
    harness.run();
    assert_eq!(harness.state().app.route, Route::Progress);
    harness.run();
    // The diary's heading took the request (the summary card has the same words).
    assert!(harness.get_all_by_label("Pain diary").count() >= 2);
    assert_eq!(
        harness.state().app.progress_focus,
        None,
        "the diary took the request"
    );
}

#[test]
fn article_figures_are_named_for_screen_readers() {
    use ankleback::content::model::Block;
    let dir = tempfile::tempdir().unwrap();
    let mut harness = common::welcomed_harness(dir.path());
    let content = harness.state().app.content.clone();
    let article = content.article("back-and-achilles").unwrap();
    let alts: Vec<String> = article
        .sections
        .iter()
        .flat_map(|s| &s.patient)
        .filter_map(|b| match b {
            Block::Figure { alt, .. } => Some(alt.clone()),
            _ => None,
        })
        .collect();
    assert!(alts.len() >= 2, "the nerve route and the Achilles zone");
    harness.state_mut().app.apply(
        ankleback::intent::Intent::OpenArticle {
            article: "back-and-achilles".into(),
            section: None,
        },
        0.0,
    );
    harness.run();
    for alt in &alts {
        harness.get_by_role_and_label(egui::accesskit::Role::Image, alt);
    }
    harness.get_by_label_contains("Table: Clues the sources describe");
}

/// Back from the body map returns to the article at the section whose "Show on body map"
/// was pressed, and the mouse's back button does the same as the Back button.
#[test]
fn back_from_the_body_map_returns_to_the_section_read() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = common::welcomed_harness(dir.path());
    open_the_article(&mut harness);
    let article = harness
        .state()
        .app
        .content
        .article("back-and-achilles")
        .unwrap()
        .clone();
    let shown: Vec<&str> = article
        .sections
        .iter()
        .filter(|s| !s.regions.is_empty() || !s.pathways.is_empty())
        .map(|s| s.id.as_str())
        .collect();
    let last = shown.len() - 1;
    assert!(
        last > 0,
        "a section other than the first has a body-map button"
    );
    harness
        .get_all_by_label("Show on body map")
        .nth(last)
        .unwrap()
        .scroll_to_me();
    harness.run();
    harness
        .get_all_by_label("Show on body map")
        .nth(last)
        .unwrap()
        .click();
    harness.run();
    assert_eq!(harness.state().app.route, Route::BodyMap);
    harness.get_by_label("Back").click();
    harness.run();
    let back_at = Route::Learn {
        article: Some(article.id.clone()),
        section: Some(shown[last].to_owned()),
    };
    assert_eq!(harness.state().app.route, back_at);
    // The section's heading is in view again (scrolled to once on arrival).
    let heading = &article
        .sections
        .iter()
        .find(|s| s.id == shown[last])
        .unwrap()
        .heading;
    let node = harness.get_by_label(heading);
    let top = node.rect().top();
    assert!((0.0..800.0).contains(&top), "heading at {top}");

    // Forward again by the link, then the mouse's back button.
    harness.get_by_label("Body map").click();
    harness.run();
    harness.event(egui::Event::PointerButton {
        pos: egui::pos2(640.0, 400.0),
        button: egui::PointerButton::Extra1,
        pressed: true,
        modifiers: egui::Modifiers::NONE,
    });
    harness.run();
    assert_eq!(harness.state().app.route, back_at);
}

/// Types a query into Learn's search box (which keeps the focus).
fn search_for(
    harness: &mut egui_kittest::Harness<'static, ankleback::ui::window::AppWindow>,
    query: &str,
) -> Vec<ankleback::content::search::SearchHit> {
    harness.get_by_label("Learn").click();
    harness.run();
    harness.get_by_label("Search").click();
    harness.run();
    harness.get_by_label("Search").type_text(query);
    harness.run();
    assert!(harness.get_by_label("Search").is_focused());
    let hits = ankleback::content::search::search(&harness.state().app.content, query);
    // The test means something only if the first hit is not the only place to go.
    assert!(
        hits.iter()
            .skip(1)
            .any(|h| (&h.article, &h.section) != (&hits[0].article, &hits[0].section)),
        "{query:?} needs hits that open different places"
    );
    hits
}

fn route_of(hit: &ankleback::content::search::SearchHit) -> Route {
    Route::Learn {
        article: hit.article.clone(),
        section: hit.section.clone(),
    }
}

fn hit_label(hit: &ankleback::content::search::SearchHit) -> String {
    format!("{} ({})", hit.heading, hit.kind.label())
}

/// The keyboard flow: type, ArrowDown moves to the first result, Enter opens it.
#[test]
fn arrow_down_goes_to_the_first_result_and_enter_opens_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = common::welcomed_harness(dir.path());
    let hits = search_for(&mut harness, "sciatic nerve");
    let first = hit_label(&hits[0]);
    harness.key_press(egui::Key::ArrowDown);
    harness.run();
    assert!(
        !harness.get_by_label("Search").is_focused(),
        "the focus left the search box"
    );
    assert!(
        harness.get_by_label(&first).is_focused(),
        "the first result ({first}) has the focus, and a screen reader can name it"
    );
    assert_eq!(
        harness.state().app.route,
        Route::Learn {
            article: None,
            section: None
        },
        "moving the focus opens nothing"
    );
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert_eq!(harness.state().app.route, route_of(&hits[0]), "{first}");
}

/// Enter in the search box opens the first result at once.
#[test]
fn enter_in_the_search_box_opens_the_first_result() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = common::welcomed_harness(dir.path());
    let hits = search_for(&mut harness, "sciatic nerve");
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert_eq!(harness.state().app.route, route_of(&hits[0]));
}

/// Tab goes from the search box to the first result and on to the second: one stop per
/// result, each named for screen readers; Enter opens the one reached.
#[test]
fn tab_goes_through_the_results_one_stop_each_and_enter_opens_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = common::welcomed_harness(dir.path());
    let hits = search_for(&mut harness, "sciatic nerve");
    harness.key_press(egui::Key::Tab);
    harness.run();
    let first = hit_label(&hits[0]);
    assert!(
        harness.get_by_label(&first).is_focused(),
        "Tab from the search box reaches the first result ({first})"
    );
    harness.key_press(egui::Key::Tab);
    harness.run();
    let second = hit_label(&hits[1]);
    assert!(
        harness.get_by_label(&second).is_focused(),
        "one Tab goes from the first result to the second ({second})"
    );
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert_eq!(harness.state().app.route, route_of(&hits[1]));
}

/// Each glossary term of a paragraph, once, in order.
fn terms_of(text: &str) -> Vec<&str> {
    let mut ids = Vec::new();
    for span in ankleback::content::markup::parse(text) {
        if let ankleback::content::markup::Span::Term { id, .. } = span
            && !ids.contains(&id)
        {
            ids.push(id);
        }
    }
    ids
}

/// Clicks (taps) at `pos`, then takes the pointer away, so that no hover tooltip is left.
fn tap_at(
    harness: &mut egui_kittest::Harness<'static, ankleback::ui::window::AppWindow>,
    pos: egui::Pos2,
) {
    harness.hover_at(pos);
    for pressed in [true, false] {
        harness.event(egui::Event::PointerButton {
            pos,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: egui::Modifiers::NONE,
        });
    }
    harness.run();
    harness.remove_cursor();
    harness.run();
}

#[test]
fn a_tap_on_a_glossary_term_opens_its_definition_until_the_next_tap() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = common::welcomed_harness(dir.path());
    // Tall, so the whole article is on screen and every word can be tapped.
    harness.set_size(egui::vec2(1280.0, 6000.0));
    open_the_article(&mut harness);
    let content = harness.state().app.content.clone();
    let article = content.article("back-and-achilles").unwrap().clone();
    // The first patient paragraph with two different terms: a tap on one shows only its
    // definition (a tap elsewhere in the paragraph would show both).
    let text = article
        .sections
        .iter()
        .flat_map(|s| s.patient.iter())
        .find_map(|block| match block {
            ankleback::content::model::Block::Paragraph(text) if terms_of(text).len() >= 2 => {
                Some(text.clone())
            }
            _ => None,
        })
        .expect("a paragraph with two glossary terms");
    let definitions: Vec<String> = terms_of(&text)
        .into_iter()
        .map(|id| {
            let term = content.term(id).unwrap();
            format!("{}: {}", term.term, term.plain)
        })
        .collect();
    let shown = |harness: &egui_kittest::Harness<'static, ankleback::ui::window::AppWindow>| {
        definitions
            .iter()
            .filter(|d| harness.query_by_label(d).is_some())
            .cloned()
            .collect::<Vec<_>>()
    };
    assert!(shown(&harness).is_empty(), "no definition before a tap");
    let plain = content.plain(&text);
    let rect = harness.get_all_by_label(&plain).next().unwrap().rect();
    let row = harness.state().app.settings.text_scale() * 12.0;
    let mut tapped = None;
    'scan: for row_index in 0.. {
        let y = rect.top() + row * (row_index as f32 + 0.5);
        if y >= rect.bottom() {
            break;
        }
        for column in 0.. {
            let x = rect.left() + 4.0 + 9.0 * column as f32;
            if x >= rect.right() {
                break;
            }
            tap_at(&mut harness, egui::pos2(x, y));
            if let [one] = shown(&harness).as_slice() {
                tapped = Some(one.clone());
                break 'scan;
            }
        }
    }
    let tapped = tapped.expect("a tap on a term shows that term's definition alone");
    // It stays open without the pointer (hover alone would have closed it)…
    harness.run();
    assert_eq!(shown(&harness), [tapped]);
    // …until the next tap, outside the paragraph.
    tap_at(
        &mut harness,
        egui::pos2(rect.right() + 40.0, rect.top() - 4.0),
    );
    assert!(shown(&harness).is_empty(), "{:?}", shown(&harness));
}
