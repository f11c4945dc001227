//! Flesch-Kincaid grade level, for keeping patient text near school grade 6.
//!
//! grade = 0.39 × words/sentences + 11.8 × syllables/words − 15.59. Syllables are counted
//! with the usual vowel-group rule (silent final "e", at least one per word), which is what
//! most readability tools do; it is close enough to compare texts and spot hard ones.

/// Flesch-Kincaid grade of a text; `None` for a text with no words.
pub fn flesch_kincaid_grade(text: &str) -> Option<f64> {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == '/' || c == '–' || c == '—')
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() {
        return None;
    }
    let sentences = count_sentences(text).max(1);
    let syllables: usize = words.iter().map(|w| syllables(w)).sum();
    let words_per_sentence = words.len() as f64 / sentences as f64;
    let syllables_per_word = syllables as f64 / words.len() as f64;
    Some(0.39 * words_per_sentence + 11.8 * syllables_per_word - 15.59)
}

/// Sentence ends: `.`, `!` and `?` followed by space or end, not inside numbers ("10.3").
/// A colon or semicolon does not end a sentence: counting them would make list-heavy text
/// look easier than it is. Bullet items are joined with ". " by callers, so each counts.
fn count_sentences(text: &str) -> usize {
    let chars: Vec<char> = text.chars().collect();
    let mut count = 0;
    for (i, &c) in chars.iter().enumerate() {
        if matches!(c, '.' | '!' | '?') {
            let next = chars.get(i + 1).copied();
            let ends = next.is_none_or(|n| n.is_whitespace() || n == '"' || n == ')');
            // In a run like "..." or "?!" only the last mark is followed by a space.
            if ends {
                count += 1;
            }
        }
    }
    count
}

/// Syllables in one word (vowel groups, silent final e, at least one).
fn syllables(word: &str) -> usize {
    let word = word.to_lowercase();
    if word
        .chars()
        .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        // "10.3", "33,361": read aloud they are long, but count them as one word of two.
        return 2;
    }
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.is_empty() {
        return 1;
    }
    let is_vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
    let mut groups = 0;
    let mut previous_vowel = false;
    for &c in &letters {
        let vowel = is_vowel(c);
        if vowel && !previous_vowel {
            groups += 1;
        }
        previous_vowel = vowel;
    }
    let n = letters.len();
    if n > 2 && letters[n - 1] == 'e' && !is_vowel(letters[n - 2]) && letters[n - 2] != 'l' {
        groups -= 1;
    }
    if n > 3 && letters[n - 2..] == ['e', 'd'] && !matches!(letters[n - 3], 't' | 'd') {
        groups -= 1;
    }
    groups.max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syllable_counts() {
        assert_eq!(syllables("cat"), 1);
        assert_eq!(syllables("ankle"), 2);
        assert_eq!(syllables("make"), 1);
        assert_eq!(syllables("radiculopathy"), 6);
        assert_eq!(syllables("walked"), 1);
        assert_eq!(syllables("rested"), 2);
        assert_eq!(syllables("the"), 1);
    }

    #[test]
    fn simple_text_scores_low_and_hard_text_high() {
        let easy = "The cat sat on the mat. It was a good day. We ran to the park.";
        let hard = "Compression of the first sacral nerve root frequently manifests as \
                    radiating posterior calf pain accompanied by diminished plantarflexion \
                    strength and attenuated Achilles reflexes.";
        let easy_grade = flesch_kincaid_grade(easy).unwrap();
        let hard_grade = flesch_kincaid_grade(hard).unwrap();
        assert!(easy_grade < 3.0, "easy text graded {easy_grade}");
        assert!(hard_grade > 14.0, "hard text graded {hard_grade}");
    }

    #[test]
    fn decimals_are_not_sentence_ends() {
        assert_eq!(count_sentences("About 10.3 % did. Then more."), 2);
        assert_eq!(count_sentences("Wait... really?! Yes.. ok."), 4);
    }

    #[test]
    fn empty_text_has_no_grade() {
        assert_eq!(flesch_kincaid_grade("  "), None);
    }
}
