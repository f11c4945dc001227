//! Spanish patient text stays easy to read: every patient text is translated, and each
//! article, the self-check, the warning signs, the plan and the glossary score "bastante
//! fácil" or easier on the INFLESZ scale (Szigriszt-Pazos 65 or more; see
//! `content::readability_es`). Runs on the shipped Spanish overlay: it passes only once the
//! translation is complete. Run with `--nocapture` to see the figures.

use std::collections::BTreeMap;

use ankleback::content::i18n::{self, set::resolve_for_tool};
use ankleback::content::readability_es::{fernandez_huerta, inflesz_band, szigriszt_pazos};
use ankleback::content::{ContentFiles, load_embedded};

/// Whether a key is patient wording (the clinician texts are for professionals).
fn is_patient(key: &str) -> bool {
    if key.contains(".clinician") || key.starts_with("source.") || key.contains(".pattern.") {
        return false;
    }
    key.contains(".patient")
        || key.ends_with(".title")
        || key.ends_with(".summary")
        || key.ends_with(".heading")
        || key.starts_with("glossary.") && key.ends_with(".plain")
        || key.starts_with("region.") && !key.ends_with(".name")
        || key.starts_with("plan.exercise.") && key.contains(".step.")
}

#[test]
fn spanish_patient_text_is_bastante_facil() {
    let english = load_embedded();
    let files = ContentFiles::embedded();
    let (spanish, coverage) = resolve_for_tool(&english, &files, "es").expect("a Spanish folder");
    let english_texts: BTreeMap<String, String> = i18n::entries(&english)
        .into_iter()
        .map(|e| (e.place.key, e.text))
        .collect();
    let mut by_file: BTreeMap<String, String> = BTreeMap::new();
    let mut untranslated = Vec::new();
    for entry in i18n::entries(&spanish) {
        if !is_patient(&entry.place.key) {
            continue;
        }
        if english_texts.get(&entry.place.key) == Some(&entry.text) && entry.text.len() > 12 {
            untranslated.push(entry.place.key.clone());
        }
        let piece = spanish.plain(&entry.text);
        let piece = piece.trim();
        let text = by_file.entry(entry.place.file.clone()).or_default();
        text.push_str(piece);
        // Headings and list items often end without a full stop: each is a sentence.
        if !piece.ends_with(['.', '!', '?']) {
            text.push('.');
        }
        text.push(' ');
    }
    println!("{}", coverage.map(|c| c.to_string()).unwrap_or_default());
    let mut too_hard = Vec::new();
    for (file, text) in &by_file {
        let score = szigriszt_pazos(text).expect("text");
        let huerta = fernandez_huerta(text).expect("text");
        println!(
            "{file:<36} INFLESZ {score:>5.1} ({})  Fernández-Huerta {huerta:>5.1}",
            inflesz_band(score)
        );
        if score < 65.0 {
            too_hard.push((file.clone(), score));
        }
    }
    assert!(
        untranslated.is_empty(),
        "{} patient texts are still in English, e.g. {:?}",
        untranslated.len(),
        &untranslated[..untranslated.len().min(3)]
    );
    assert!(
        too_hard.is_empty(),
        "below \"bastante fácil\" (65): {too_hard:?}"
    );
}
