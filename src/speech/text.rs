//! Text for reading aloud: markup stripped, split into sentences, and written the way a speech
//! engine says it best ("L5" → "L 5", "%" → "percent").

use crate::settings::ReadingLevel;

/// Abbreviations (English and Spanish) whose full stop never ends a sentence: titles before a
/// name, and "for example" / "that is" before what they introduce.
const NEVER_END: [&str; 13] = [
    "e.g.", "i.e.", "vs.", "dr.", "dra.", "mr.", "mrs.", "ms.", "sr.", "sra.", "p. ej.", "ej.",
    "fig.",
];

/// Abbreviations that end a sentence only when a capital follows ("… and so on, etc. Then").
const END_BEFORE_CAPITAL: [&str; 7] =
    ["etc.", "et al.", "approx.", "aprox.", "pág.", "núm.", "cf."];

/// Whether `lower` (the sentence so far, lower case) ends with the word `abbreviation`
/// (not just the end of a longer word: "piano." is not "no.").
fn ends_with_word(lower: &str, abbreviation: &str) -> bool {
    lower.strip_suffix(abbreviation).is_some_and(|before| {
        before
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
    })
}

/// Splits a text into sentences. A sentence ends at `.`, `!` or `?` followed by a space (or
/// the end), unless the full stop belongs to an abbreviation ("e.g.", "p. ej.", "Dr.", "etc."
/// before a small letter, "No. 5") or a number ("0.82"; a decimal comma never ends one).
/// Line breaks and list bullets also end a sentence. The rules are the same in English and
/// Spanish ("¿" and "¡" stay with their sentence).
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
            // The next word, if any ("p." is only an abbreviation before "ej.").
            let rest: String = chars[i + 1..].iter().collect();
            let following = rest.trim_start();
            if c == '.' && next.is_some() && !following.is_empty() {
                let lower = current.to_lowercase();
                let capital_next = following.chars().next().is_some_and(char::is_uppercase);
                let digit_next = following.chars().next().is_some_and(|n| n.is_ascii_digit());
                let abbreviation = NEVER_END.iter().any(|a| ends_with_word(&lower, a))
                    || (!capital_next
                        && END_BEFORE_CAPITAL.iter().any(|a| ends_with_word(&lower, a)))
                    || (ends_with_word(&lower, "p.")
                        && following.to_lowercase().starts_with("ej."))
                    || (digit_next
                        && ["no.", "nº.", "núm."]
                            .iter()
                            .any(|a| ends_with_word(&lower, a)));
                if abbreviation {
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
            // Ranges: "2–6", "0,80-0,94", "(0-10)".
            '–' | '-'
                if prev.is_some_and(|p| p.is_ascii_digit())
                    && next.is_some_and(|n| n.is_ascii_digit()) =>
            {
                out.push_str(if spanish { " a " } else { " to " });
            }
            '›' | '·' => out.push_str(", "),
            _ => out.push(c),
        }
    }
    let mut text = if spanish { ordinals(&out) } else { out };
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
                ("IC del 95", "intervalo de confianza del 95"),
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

/// Spanish ordinals as words: "5.º dedo" → "quinto dedo", "1.ª vez" → "primera vez" (espeak-ng
/// says "cinco punto o"). Only 1 to 10, which is all the content uses.
fn ordinals(text: &str) -> String {
    const MASCULINE: [&str; 10] = [
        "primero", "segundo", "tercero", "cuarto", "quinto", "sexto", "séptimo", "octavo",
        "noveno", "décimo",
    ];
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(['º', 'ª']) {
        let (before, after) = rest.split_at(at);
        let mark = after.chars().next().unwrap_or('º');
        let number_part = before.strip_suffix('.').unwrap_or(before);
        let digits_start = number_part
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_ascii_digit())
            .last()
            .map(|(i, _)| i);
        let word = digits_start.and_then(|start| {
            let starts_word = number_part[..start]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
            let n: usize = number_part[start..].parse().ok()?;
            let masculine = MASCULINE.get(n.checked_sub(1)?)?;
            starts_word.then(|| {
                let word = if mark == 'ª' {
                    format!("{}a", masculine.trim_end_matches('o'))
                } else {
                    (*masculine).to_owned()
                };
                (start, word)
            })
        });
        match word {
            Some((start, word)) => {
                out.push_str(&number_part[..start]);
                out.push_str(&word);
            }
            None => {
                out.push_str(before);
                out.push(mark);
            }
        }
        rest = &after[mark.len_utf8()..];
    }
    out.push_str(rest);
    out
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
    fn abbreviations_are_whole_words() {
        assert_eq!(
            sentences("Play the piano. No. 5 is next. Then stop."),
            ["Play the piano.", "No. 5 is next.", "Then stop."]
        );
        assert_eq!(
            sentences("Rest, ice, etc. Then walk. Ice, heat, etc. may help."),
            ["Rest, ice, etc.", "Then walk.", "Ice, heat, etc. may help."]
        );
        assert_eq!(
            sentences("Dr. Smith agrees. Ask Mrs. Jones."),
            ["Dr. Smith agrees.", "Ask Mrs. Jones."]
        );
    }

    #[test]
    fn spanish_sentences_split_at_real_ends_only() {
        assert_eq!(
            sentences(
                "El HR fue 0,82. Use calor, p. ej. una bolsa tibia. La Dra. Ruiz lo explica. \
                 Hielo, reposo, etc. Después, camine. Vaya, etc. y descanse."
            ),
            [
                "El HR fue 0,82.",
                "Use calor, p. ej. una bolsa tibia.",
                "La Dra. Ruiz lo explica.",
                "Hielo, reposo, etc.",
                "Después, camine.",
                "Vaya, etc. y descanse."
            ]
        );
        assert_eq!(
            sentences("¿Le duele? No. Vaya hoy. El núm. 3 también."),
            ["¿Le duele?", "No.", "Vaya hoy.", "El núm. 3 también."]
        );
        assert_eq!(
            sentences("• Descanse el tobillo\n• Use hielo. No use calor\n"),
            ["Descanse el tobillo", "Use hielo.", "No use calor"]
        );
    }

    #[test]
    fn spanish_is_written_for_the_engine() {
        let patient = ReadingLevel::Patient;
        assert_eq!(
            speakable("Las raíces L5 y S1 (L5-S1), entre 2–6 cm.", patient, "es"),
            "Las raíces L 5 y S 1 (L 5-S 1), entre 2 a 6 centímetros."
        );
        assert_eq!(
            speakable(
                "Puntúe de (0-10), p. ej. el 5.º dedo, la 1.ª vez.",
                patient,
                "es"
            ),
            "Puntúe de (0 a 10), por ejemplo el quinto dedo, la primera vez."
        );
        assert_eq!(speakable("El 25.º no", patient, "es"), "El 25.º no");
        assert_eq!(
            speakable(
                "HR 0,82; IC del 95 %: 0,80-0,94.",
                ReadingLevel::Clinician,
                "es"
            ),
            "cociente de riesgos 0,82; intervalo de confianza del 95 por ciento: 0,80 a 0,94."
        );
        assert_eq!(
            speakable("HR 0,82; IC del 95 %", patient, "es"),
            "HR 0,82; IC del 95 por ciento",
            "clinician level only"
        );
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
            speakable("HR 0.82, 95 % CI 0.76-0.88", ReadingLevel::Clinician, "en"),
            "hazard ratio 0.82, 95 percent confidence interval 0.76 to 0.88"
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
