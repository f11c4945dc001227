//! Switching the content language: re-resolving the whole content from the English and a
//! language's overlay (what the app does when the language setting changes), and reading and
//! checking an overlay at start. Budget: a switch under 50 ms. Prints median milliseconds.
//!
//! Uses the shipped Spanish when it is complete, else a pseudo-Spanish overlay of the same
//! size made here (every text "ES " + the English).
//!
//! Run: `cargo bench --bench language_switch`

use std::collections::HashMap;
use std::time::Instant;

use ankleback::content::i18n::overlay::{Placed, Translated};
use ankleback::content::i18n::{self, Language};
use ankleback::content::{ContentFiles, load_embedded};

fn median_ms(runs: usize, mut work: impl FnMut()) -> f64 {
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            work();
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

fn pseudo_spanish(english: &ankleback::content::Content) -> Language {
    let texts: HashMap<String, Placed> = i18n::entries(english)
        .into_iter()
        .map(|e| {
            let placed = Placed {
                text: Translated {
                    from: i18n::text_hash(&e.text),
                    en: e.text.clone(),
                    text: format!("ES {}", e.text),
                },
                path: format!("i18n/es/{}", e.place.file),
                line: 1,
                col: 1,
            };
            (e.place.key, placed)
        })
        .collect();
    Language {
        code: "es".to_owned(),
        name: "Español".to_owned(),
        status: String::new(),
        texts,
    }
}

fn main() {
    let runs = if std::env::args().any(|a| a == "--bench") {
        31
    } else {
        1
    };
    let english = load_embedded();
    let files = ContentFiles::embedded();
    let (shipped, _) = i18n::read_language(&files, "es");
    let (coverage, _) = i18n::check_language(&english, &files, &shipped);
    let (language, which) = if coverage.complete() {
        (shipped, "shipped Spanish")
    } else {
        (
            pseudo_spanish(&english),
            "pseudo-Spanish (the shipped one is incomplete)",
        )
    };
    // What the app does on a switch: the content in the language, and its UI messages.
    let switch = median_ms(runs, || {
        std::hint::black_box(i18n::apply(&english, &language));
        std::hint::black_box(ankleback::messages::Messages::new("es"));
    });
    let back = median_ms(runs, || {
        std::hint::black_box(english.clone());
        std::hint::black_box(ankleback::messages::Messages::new("en"));
    });
    let start = median_ms(runs, || {
        std::hint::black_box(i18n::Languages::new(english.clone(), &files));
    });
    println!(
        "language switch ({which}, {} texts, and the UI messages): to es {switch:.2} ms, back to en {back:.2} ms \
         (budget 50 ms); reading and checking the languages at start {start:.1} ms \
         (medians of {runs})",
        language.texts.len()
    );
    assert!(switch < 50.0, "switching took {switch:.1} ms");
}
