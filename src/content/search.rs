//! Instant search over article titles, both reading levels and the glossary.
//!
//! Every word of the query must appear in the same piece of text (a title, one section at one
//! reading level, or one glossary entry); case is ignored. Results carry a snippet with the
//! matched words marked, for the UI to highlight.

use std::ops::Range;

use super::Content;
use super::model::Block;

/// Where a hit was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum HitKind {
    /// An article title or summary.
    Title,
    /// A glossary term.
    Glossary,
    /// A section, patient wording.
    Patient,
    /// A section, clinician wording.
    Clinician,
}

impl HitKind {
    /// The id of its tag in the UI messages (`assets/i18n/<lang>/learn.ftl`).
    pub fn message_id(self) -> &'static str {
        match self {
            HitKind::Title => "search-kind-Title",
            HitKind::Glossary => "search-kind-Glossary",
            HitKind::Patient => "search-kind-Patient",
            HitKind::Clinician => "search-kind-Clinician",
        }
    }

    /// Short tag shown beside the result.
    pub fn label(self) -> &'static str {
        match self {
            HitKind::Title => "Article",
            HitKind::Glossary => "Glossary",
            HitKind::Patient => "Everyday words",
            HitKind::Clinician => "Clinician detail",
        }
    }
}

/// One search result.
#[derive(Clone, Debug, PartialEq)]
pub struct SearchHit {
    /// Where it was found.
    pub kind: HitKind,
    /// Heading of the result (article title, "Article: section", or the term).
    pub heading: String,
    /// Article to open (none for glossary hits without a using section).
    pub article: Option<String>,
    /// Section to scroll to.
    pub section: Option<String>,
    /// Text around the match.
    pub snippet: String,
    /// Byte ranges of the matched words in `snippet`.
    pub marks: Vec<Range<usize>>,
    /// How many times the query words occur (for ranking).
    score: usize,
}

/// Characters of context kept on each side of the first match.
const CONTEXT_CHARS: usize = 60;
/// At most this many results.
const MAX_HITS: usize = 40;

/// Searches `content` for `query`. An empty query gives no results.
pub fn search(content: &Content, query: &str) -> Vec<SearchHit> {
    let words: Vec<String> = query
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() {
        return Vec::new();
    }
    let mut hits = Vec::new();
    for article in &content.articles {
        let text = format!("{}. {}", article.title, article.summary);
        if let Some(hit) = match_text(&text, &words) {
            hits.push(hit.into_hit(
                HitKind::Title,
                article.title.clone(),
                Some(&article.id),
                None,
            ));
        }
        for section in &article.sections {
            for (kind, blocks) in [
                (HitKind::Patient, &section.patient),
                (HitKind::Clinician, &section.clinician),
            ] {
                let text = content.plain(&blocks_text(&section.heading, blocks));
                if let Some(hit) = match_text(&text, &words) {
                    let heading = format!("{} › {}", article.title, section.heading);
                    hits.push(hit.into_hit(kind, heading, Some(&article.id), Some(&section.id)));
                }
            }
        }
    }
    for term in &content.glossary {
        let text = format!("{}: {}", term.term, term.plain);
        if let Some(hit) = match_text(&text, &words) {
            let using = content.articles.iter().find_map(|a| {
                a.sections
                    .iter()
                    .find(|s| uses_term(s, &term.id))
                    .map(|s| (a.id.as_str(), s.id.as_str()))
            });
            let mut hit = hit.into_hit(
                HitKind::Glossary,
                term.term.clone(),
                using.map(|u| u.0),
                using.map(|u| u.1),
            );
            hit.score += 1; // a matching term is usually what the reader wants
            hits.push(hit);
        }
    }
    hits.sort_by(|a, b| b.score.cmp(&a.score).then(a.kind.cmp(&b.kind)));
    hits.truncate(MAX_HITS);
    hits
}

fn uses_term(section: &super::model::Section, id: &str) -> bool {
    let needle = format!("[[{id}");
    section
        .patient
        .iter()
        .chain(&section.clinician)
        .any(|b| b.texts().iter().any(|t| t.contains(&needle)))
}

/// All the text of a section at one level, as one string.
fn blocks_text(heading: &str, blocks: &[Block]) -> String {
    let mut text = heading.to_owned();
    for block in blocks {
        for piece in block.texts() {
            // Headings and list items may lack a full stop: add one only where needed.
            if !text.ends_with(['.', '!', '?', ':', ';']) {
                text.push('.');
            }
            text.push(' ');
            text.push_str(piece);
        }
    }
    text
}

struct Match {
    snippet: String,
    marks: Vec<Range<usize>>,
    score: usize,
}

impl Match {
    fn into_hit(
        self,
        kind: HitKind,
        heading: String,
        article: Option<&str>,
        section: Option<&str>,
    ) -> SearchHit {
        SearchHit {
            kind,
            heading,
            article: article.map(str::to_owned),
            section: section.map(str::to_owned),
            snippet: self.snippet,
            marks: self.marks,
            score: self.score + if kind == HitKind::Title { 2 } else { 0 },
        }
    }
}

/// Byte ranges where `word` occurs in `text`, ignoring case.
fn occurrences(lower: &str, word: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(at) = lower[from..].find(word) {
        let start = from + at;
        out.push(start..start + word.len());
        from = start + word.len().max(1);
    }
    out
}

fn match_text(text: &str, words: &[String]) -> Option<Match> {
    // Lowercase char by char so byte offsets match the original for ASCII and most letters;
    // characters whose lowercase differs in length are kept as they are.
    let lower: String = text
        .chars()
        .map(|c| {
            let mut l = c.to_lowercase();
            match (l.next(), l.next()) {
                (Some(single), None) if single.len_utf8() == c.len_utf8() => single,
                _ => c,
            }
        })
        .collect();
    let mut all = Vec::new();
    for word in words {
        let found = occurrences(&lower, word);
        if found.is_empty() {
            return None;
        }
        all.extend(found);
    }
    all.sort_by_key(|r| r.start);
    let score = all.len();
    let first = all[0].start;
    let mut start = first - back_bytes(text, first, CONTEXT_CHARS);
    if start > 0
        && let Some(space) = text[start..first].find(' ')
    {
        start += space + 1; // begin on a whole word
    }
    let end_target = all[0].end + forward_bytes(text, all[0].end, CONTEXT_CHARS * 2);
    let end = text[end_target..]
        .find(' ')
        .map_or(text.len(), |i| end_target + i);
    let mut snippet = String::new();
    let offset = if start > 0 {
        snippet.push('…');
        start as isize - '…'.len_utf8() as isize
    } else {
        0
    };
    snippet.push_str(&text[start..end]);
    if end < text.len() {
        snippet.push('…');
    }
    let marks = all
        .into_iter()
        .filter(|r| r.start >= start && r.end <= end)
        .map(|r| ((r.start as isize - offset) as usize)..((r.end as isize - offset) as usize))
        .collect();
    Some(Match {
        snippet,
        marks,
        score,
    })
}

fn back_bytes(text: &str, at: usize, chars: usize) -> usize {
    text[..at]
        .chars()
        .rev()
        .take(chars)
        .map(char::len_utf8)
        .sum()
}

fn forward_bytes(text: &str, at: usize, chars: usize) -> usize {
    text[at..].chars().take(chars).map(char::len_utf8).sum()
}

/// Terms to suggest when nothing matches.
pub const SUGGESTIONS: [&str; 6] = [
    "sciatic nerve",
    "Achilles",
    "sprain",
    "limp",
    "shoes",
    "warning signs",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_point_at_the_words() {
        let text = "Pain in the heel can come from the S1 nerve root in the lower back.";
        let m = match_text(text, &["nerve".into(), "heel".into()]).unwrap();
        assert_eq!(m.marks.len(), 2);
        for mark in &m.marks {
            let word = &m.snippet[mark.clone()];
            assert!(
                word.eq_ignore_ascii_case("nerve") || word.eq_ignore_ascii_case("heel"),
                "{word}"
            );
        }
    }

    #[test]
    fn all_words_must_match() {
        assert!(match_text("only the heel", &["heel".into(), "reflex".into()]).is_none());
    }

    #[test]
    fn case_is_ignored_and_snippets_are_cut() {
        let long = format!(
            "{} Achilles reflex {}",
            "word ".repeat(40),
            "more ".repeat(60)
        );
        let m = match_text(&long, &["achilles".into(), "reflex".into()]).unwrap();
        assert!(m.snippet.starts_with('…') && m.snippet.ends_with('…'));
        assert_eq!(&m.snippet[m.marks[0].clone()], "Achilles");
        assert!(m.snippet.len() < long.len());
    }

    #[test]
    fn non_ascii_text_does_not_panic() {
        let m = match_text("Ça fait mal au talon — Achilles", &["achilles".into()]).unwrap();
        assert_eq!(&m.snippet[m.marks[0].clone()], "Achilles");
    }

    #[test]
    fn shipped_content_finds_the_achilles_reflex() {
        let content = crate::content::load_embedded();
        let hits = search(&content, "Achilles reflex");
        assert!(!hits.is_empty());
        assert!(hits.iter().any(|h| h.kind == HitKind::Clinician));
        assert!(search(&content, "zzzz-nothing").is_empty());
        assert!(search(&content, "   ").is_empty());
    }
}
