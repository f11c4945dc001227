//! Text for reading aloud: markup stripped, split into sentences, and written the way a speech
//! engine says it best ("L5" → "L 5", "%" → "percent").

use crate::settings::ReadingLevel;

/// Abbreviations that end with a full stop but do not end a sentence.
const ABBREVIATIONS: [&str; 12] = [
    "e.g.", "i.e.", "et al.", "etc.", "dr.", "vs.", "approx.", "no.", "fig.", "mr.", "mrs.", "ms.",
];

/// Splits a text into sentences. A sentence ends at `.`, `!` or `?` followed by a space (or
/// the end), unless the full stop belongs to a known abbreviation or a number ("0.82"). Line
/// breaks and list bullets also end a sentence.
pub fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in text.lines() {
        let line = line.trim().trim_start_matches(['•', '-', '*']).trim();
        let mut current = String::new();
        let chars: Vec<char> = line.chars().collect();
        for (i, &c) in chars.iter().enumerate() {
            current.push(c);
            if !matches!(c, '.' | '!' | '?') {
                continue;
            }
            let next = chars.get(i + 1).copied();
            let at_end = next.is_none_or(char::is_whitespace);
            if !at_end {
                continue;
            }
            let lower = current.to_lowercase();
            if c == '.' && ABBREVIATIONS.iter().any(|a| lower.ends_with(a)) {
                // "e.g. the calf": not an end, unless nothing follows.
                if next.is_some() {
                    continue;
                }
            }
            push_sentence(&mut out, &mut current);
        }
        push_sentence(&mut out, &mut current);
    }
    out
}

fn push_sentence(out: &mut Vec<String>, current: &mut String) {
    let sentence = current.trim();
    if sentence.chars().any(char::is_alphanumeric) {
        out.push(sentence.to_owned());
    }
    current.clear();
}

/// A sentence as a speech engine should say it: root and vertebra names spaced ("L5" → "L 5"),
/// symbols as words, and at clinician level statistics spelt out.
pub fn speakable(sentence: &str, level: ReadingLevel, lang: &str) -> String {
    let spanish = lang.starts_with("es");
    let mut out = String::with_capacity(sentence.len() + 16);
    let chars: Vec<char> = sentence.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let prev = i.checked_sub(1).map(|p| chars[p]);
        let next = chars.get(i + 1).copied();
        match c {
            // L4, L5, S1: a letter right before a digit, at the start of a word.
            'L' | 'S' | 'T'
                if next.is_some_and(|n| n.is_ascii_digit())
                    && prev.is_none_or(|p| !p.is_alphanumeric()) =>
            {
                out.push(c);
                out.push(' ');
            }
            '%' => {
                if !out.ends_with(' ') {
                    out.push(' ');
                }
                out.push_str(if spanish { "por ciento" } else { "percent" });
            }
            '≥' => out.push_str(if spanish { "al menos " } else { "at least " }),
            '≤' => out.push_str(if spanish { "como mucho " } else { "at most " }),
            '–' if prev.is_some_and(|p| p.is_ascii_digit())
                && next.is_some_and(|n| n.is_ascii_digit()) =>
            {
                out.push_str(if spanish { " a " } else { " to " });
            }
            '›' | '·' => out.push_str(", "),
            _ => out.push(c),
        }
    }
    let mut text = out;
    let replacements: &[(&str, &str)] = if spanish {
        &[
            ("p. ej.", "por ejemplo"),
            (" km", " kilómetros"),
            (" cm", " centímetros"),
        ]
    } else {
        &[
            ("e.g.", "for example"),
            ("i.e.", "that is"),
            (" km", " kilometres"),
            (" cm", " centimetres"),
            ("A&E", "A and E"),
        ]
    };
    for (from, to) in replacements {
        text = text.replace(from, to);
    }
    if level == ReadingLevel::Clinician {
        let stats: &[(&str, &str)] = if spanish {
            &[
                ("HR ", "cociente de riesgos "),
                ("IC 95", "intervalo de confianza del 95"),
            ]
        } else {
            &[
                ("HR ", "hazard ratio "),
                ("95 % CI", "95 percent confidence interval"),
                ("95 percent CI", "95 percent confidence interval"),
            ]
        };
        for (from, to) in stats {
            text = text.replace(from, to);
        }
    }
    text
}

/// Paragraph texts (glossary markup already stripped) → the sentences to speak, each written
/// for the engine.
pub fn script(paragraphs: &[String], level: ReadingLevel, lang: &str) -> Vec<Sentence> {
    paragraphs
        .iter()
        .flat_map(|p| sentences(p))
        .map(|shown| Sentence {
            spoken: speakable(&shown, level, lang),
            shown,
        })
        .collect()
}

/// One sentence: as shown on screen (for the highlight) and as sent to the engine.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// The words on screen.
    pub shown: String,
    /// The words the engine says.
    pub spoken: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_split_at_real_ends_only() {
        assert_eq!(
            sentences("The HR was 0.82. That is lower! Is it? Yes, e.g. the calf hurts."),
            [
                "The HR was 0.82.",
                "That is lower!",
                "Is it?",
                "Yes, e.g. the calf hurts."
            ]
        );
        assert_eq!(
            sentences("Foster et al. found it. Then"),
            ["Foster et al. found it.", "Then"]
        );
        assert_eq!(
            sentences("• Rest the ankle\n• Use ice. Not heat\n\n"),
            ["Rest the ankle", "Use ice.", "Not heat"]
        );
        assert!(sentences("  ...  ").is_empty());
    }

    #[test]
    fn spanish_sentences_keep_inverted_marks() {
        assert_eq!(
            sentences("¿Le duele la espalda? Sí. Vaya hoy."),
            ["¿Le duele la espalda?", "Sí.", "Vaya hoy."]
        );
    }

    #[test]
    fn roots_symbols_and_statistics_are_spoken_as_words() {
        let patient = ReadingLevel::Patient;
        assert_eq!(
            speakable("The L5 and S1 roots, 10.3 %.", patient, "en"),
            "The L 5 and S 1 roots, 10.3 percent."
        );
        assert_eq!(speakable("ALS1 stays", patient, "en"), "ALS1 stays");
        assert_eq!(
            speakable("2–6 cm above", patient, "en"),
            "2 to 6 centimetres above"
        );
        assert_eq!(
            speakable("HR 0.82, e.g. here", ReadingLevel::Clinician, "en"),
            "hazard ratio 0.82, for example here"
        );
        assert_eq!(
            speakable("HR 0.82", patient, "en"),
            "HR 0.82",
            "clinician level only"
        );
        assert_eq!(
            speakable("La raíz S1, 10 %.", patient, "es"),
            "La raíz S 1, 10 por ciento."
        );
    }
}
