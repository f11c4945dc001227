//! Readability of Spanish text: the Szigriszt-Pazos perspicuity index read on the INFLESZ
//! scale (Barrio-Cantalejo et al., 2008), and the Fernández-Huerta index, with a Spanish
//! syllable counter.
//!
//! - Szigriszt-Pazos: P = 206.835 − 62.3 × syllables/words − words/sentences. INFLESZ bands:
//!   under 40 muy difícil, 40–55 algo difícil, 55–65 normal, 65–80 bastante fácil, over 80
//!   muy fácil. Patient text aims at "bastante fácil" (65 or more).
//! - Fernández-Huerta: L = 206.84 − 0.60 × syllables per 100 words − 1.02 × sentences per
//!   100 words (printed for comparison).
//!
//! Syllables are counted from the vowel nuclei, by the rules of Spanish spelling:
//! - vowels are a e i o u (with or without an accent) and ü; `y` is a vowel only at the end
//!   of a word after a vowel (hoy, muy) or as the word "y";
//! - the u of que, qui, gue, gui is silent (not a vowel);
//! - neighbouring vowels form one syllable (a diphthong or triphthong) unless two of them are
//!   strong (a, e, o, or an accented í or ú, which breaks the diphthong: país, día): each
//!   strong vowel is then a syllable of its own (hiatus: le-ó-n, po-e-sí-a);
//! - `h` between vowels is treated as a consonant (a small over-count in words like
//!   "prohibir"), as are all other letters; a number counts as two syllables.

/// Syllables in one Spanish word (at least one for a word with letters).
pub fn syllables(word: &str) -> usize {
    let word = word.to_lowercase();
    if !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return 2;
    }
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.is_empty() {
        return 1;
    }
    if letters == ['y'] {
        return 1;
    }
    // Which letters are vowels, and which of those are strong.
    let mut kind = Vec::with_capacity(letters.len());
    for (i, &c) in letters.iter().enumerate() {
        let prev = i.checked_sub(1).map(|p| letters[p]);
        let next = letters.get(i + 1).copied();
        let v = match c {
            'a' | 'e' | 'o' | 'á' | 'é' | 'ó' | 'í' | 'ú' => Some(true),
            'i' | 'ü' => Some(false),
            'u' => {
                let silent = matches!(prev, Some('q'))
                    || (matches!(prev, Some('g')) && matches!(next, Some('e' | 'i' | 'é' | 'í')));
                (!silent).then_some(false)
            }
            'y' => {
                let final_after_vowel =
                    next.is_none() && prev.is_some_and(|p| "aeiouáéíóú".contains(p));
                final_after_vowel.then_some(false)
            }
            _ => None,
        };
        kind.push(v);
    }
    let mut count = 0;
    let mut i = 0;
    while i < kind.len() {
        if kind[i].is_none() {
            i += 1;
            continue;
        }
        // A run of vowels: each strong vowel is a nucleus; a run of weak vowels alone is one.
        let mut strong = 0;
        while i < kind.len()
            && let Some(is_strong) = kind[i]
        {
            strong += usize::from(is_strong);
            i += 1;
        }
        count += strong.max(1);
    }
    count.max(1)
}

/// Words, sentences and syllables of a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Counts {
    /// Words.
    pub words: usize,
    /// Sentences (`.`, `!`, `?` followed by a space or the end; at least one).
    pub sentences: usize,
    /// Syllables.
    pub syllables: usize,
}

/// Counts a text; `None` for a text with no words.
pub fn counts(text: &str) -> Option<Counts> {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == '/' || c == '–' || c == '—')
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() {
        return None;
    }
    let chars: Vec<char> = text.chars().collect();
    let sentences = chars
        .iter()
        .enumerate()
        .filter(|&(i, &c)| {
            matches!(c, '.' | '!' | '?')
                && chars
                    .get(i + 1)
                    .is_none_or(|n| n.is_whitespace() || matches!(n, '"' | ')' | '»' | '”'))
        })
        .count()
        .max(1);
    Some(Counts {
        words: words.len(),
        sentences,
        syllables: words.iter().map(|w| syllables(w)).sum(),
    })
}

/// Szigriszt-Pazos perspicuity (read on the INFLESZ scale); `None` for no words.
pub fn szigriszt_pazos(text: &str) -> Option<f64> {
    let c = counts(text)?;
    let (w, s, y) = (c.words as f64, c.sentences as f64, c.syllables as f64);
    Some(206.835 - 62.3 * (y / w) - w / s)
}

/// Fernández-Huerta readability; `None` for no words.
pub fn fernandez_huerta(text: &str) -> Option<f64> {
    let c = counts(text)?;
    let (w, s, y) = (c.words as f64, c.sentences as f64, c.syllables as f64);
    Some(206.84 - 0.60 * (100.0 * y / w) - 1.02 * (100.0 * s / w))
}

/// The INFLESZ band of a Szigriszt-Pazos score.
pub fn inflesz_band(score: f64) -> &'static str {
    match score {
        s if s < 40.0 => "muy difícil",
        s if s < 55.0 => "algo difícil",
        s if s < 65.0 => "normal",
        s if s <= 80.0 => "bastante fácil",
        _ => "muy fácil",
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "tests")]
    use super::*;

    #[test]
    fn syllables_of_known_words() {
        for (word, expected) in [
            ("tobillo", 3),
            ("espalda", 3),
            ("dolor", 2),
            ("ciática", 3), // ciá-ti-ca: diphthong
            ("raíz", 2),    // ra-íz: the accent breaks it
            ("país", 2),
            ("día", 2),
            ("poesía", 4), // po-e-sí-a
            ("aéreo", 4),  // a-é-re-o
            ("baile", 2),  // bai-le
            ("ciudad", 2), // ciu-dad: two weak vowels
            ("agua", 2),   // a-gua
            ("que", 1),    // silent u
            ("guerra", 2),
            ("pingüino", 3), // pin-güi-no
            ("acción", 2),   // ac-ción
            ("muy", 1),      // final y after a vowel
            ("hoy", 1),
            ("y", 1),
            ("buey", 1),          // triphthong
            ("Aquiles", 3),       // a-qui-les
            ("nervio", 2),        // ner-vio
            ("radiculopatía", 7), // ra-di-cu-lo-pa-tí-a
            ("¿Cuándo?", 2),
            ("10,3", 2),
        ] {
            assert_eq!(syllables(word), expected, "{word}");
        }
    }

    #[test]
    fn short_plain_sentences_score_easy_and_long_ones_hard() {
        let easy =
            "Le duele el tobillo. Descanse un poco. Ponga hielo. Si no mejora, vaya al médico.";
        let hard = "La radiculopatía lumbosacra secundaria a compresión discal constituye una \
                    entidad clínica caracterizada por dolor irradiado en el territorio \
                    dermatómico correspondiente, acompañado frecuentemente de alteraciones \
                    sensitivas, motoras y de los reflejos osteotendinosos.";
        let (e, h) = (
            szigriszt_pazos(easy).unwrap(),
            szigriszt_pazos(hard).unwrap(),
        );
        assert!(e > 80.0, "{e}");
        assert!(h < 40.0, "{h}");
        assert_eq!(inflesz_band(e), "muy fácil");
        assert_eq!(inflesz_band(h), "muy difícil");
        assert!(fernandez_huerta(easy).unwrap() > fernandez_huerta(hard).unwrap());
        assert_eq!(counts(easy).unwrap().sentences, 4);
        assert_eq!(szigriszt_pazos("  "), None);
    }
}
