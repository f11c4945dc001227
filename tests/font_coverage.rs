//! Every character of every string of every language renders: each is in the fonts egui
//! draws text with (Ubuntu Light, then egui's icon font; this build has no emoji fonts), so
//! no accent, ñ, ¿ or ¡ shows as a box. Scans the content in English and in
//! every translation folder (what is written so far), and every UI message file.
#![allow(
    clippy::unwrap_used,
    reason = "test helpers: a panic is a failure with its line"
)]

use std::collections::BTreeSet;
use std::path::Path;

use ankleback::content::i18n::{self, language_codes, read_language};
use ankleback::content::{ContentFiles, load_embedded};

fn faces() -> Vec<ttf_parser::Face<'static>> {
    [
        epaint_default_fonts::UBUNTU_LIGHT,
        epaint_default_fonts::EGUI_ICONS,
    ]
    .into_iter()
    .map(|data| ttf_parser::Face::parse(data, 0).unwrap())
    .collect()
}

fn missing(text: &str, faces: &[ttf_parser::Face<'_>]) -> BTreeSet<char> {
    text.chars()
        .filter(|c| !c.is_control() && !c.is_whitespace())
        .filter(|&c| faces.iter().all(|f| f.glyph_index(c).is_none()))
        .collect()
}

#[test]
fn spanish_letters_are_in_the_text_font() {
    let ubuntu = ttf_parser::Face::parse(epaint_default_fonts::UBUNTU_LIGHT, 0).unwrap();
    for c in "áéíóúüñÁÉÍÓÚÜÑ¿¡«»“”‘’€ºª·–—…".chars() {
        assert!(
            ubuntu.glyph_index(c).is_some(),
            "{c:?} (U+{:04X})",
            c as u32
        );
    }
    // The check can fail: a character no font has.
    assert!(!missing("\u{10FFFD}", &faces()).is_empty());
}

#[test]
fn every_string_of_every_language_renders() {
    let faces = faces();
    let files = ContentFiles::embedded();
    let english = load_embedded();
    let mut problems = Vec::new();
    for entry in i18n::entries(&english) {
        let m = missing(&entry.text, &faces);
        if !m.is_empty() {
            problems.push(format!("en {}: {m:?}", entry.place.key));
        }
    }
    let mut translated = 0;
    for code in language_codes(&files) {
        let (language, _) = read_language(&files, &code);
        for (key, placed) in &language.texts {
            translated += usize::from(!placed.text.text.is_empty());
            for text in [&placed.text.text, &language.name, &language.status] {
                let m = missing(text, &faces);
                if !m.is_empty() {
                    problems.push(format!("{code} {key}: {m:?}"));
                }
            }
        }
    }
    println!("{translated} translated texts scanned");
    // UI message files (Fluent): assets/i18n/<lang>/<screen>.ftl.
    let ftl_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/i18n");
    let mut ftl_files = 0;
    for lang in std::fs::read_dir(&ftl_dir).unwrap().flatten() {
        for entry in std::fs::read_dir(lang.path()).unwrap().flatten() {
            let text = std::fs::read_to_string(entry.path()).unwrap();
            ftl_files += 1;
            let m = missing(&text, &faces);
            if !m.is_empty() {
                problems.push(format!("{}: {m:?}", entry.path().display()));
            }
        }
    }
    assert!(ftl_files >= 6, "the message files were not found");
    assert!(problems.is_empty(), "no glyph for: {problems:#?}");
}
