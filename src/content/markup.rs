//! Inline markup in content text: `[[term-id]]` and `[[term-id|shown words]]` mark glossary
//! terms. Everything else is plain text.

/// A piece of a text after parsing its markup.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Span<'a> {
    /// Plain text.
    Text(&'a str),
    /// A glossary term.
    Term {
        /// Glossary id.
        id: &'a str,
        /// Words to show, if other than the term itself.
        shown: Option<&'a str>,
    },
}

/// Splits a text into plain pieces and glossary terms. An unclosed `[[` is plain text.
pub fn parse(text: &str) -> Vec<Span<'_>> {
    let mut spans = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find("[[") {
        let Some(len) = rest[start + 2..].find("]]") else {
            break;
        };
        if start > 0 {
            spans.push(Span::Text(&rest[..start]));
        }
        let inner = &rest[start + 2..start + 2 + len];
        let (id, shown) = match inner.split_once('|') {
            Some((id, shown)) => (id.trim(), Some(shown)),
            None => (inner.trim(), None),
        };
        spans.push(Span::Term { id, shown });
        rest = &rest[start + 2 + len + 2..];
    }
    if !rest.is_empty() {
        spans.push(Span::Text(rest));
    }
    spans
}

/// The text as a reader sees it: markup replaced by the shown words. `term_of` gives a
/// glossary id's own word (used when no words are given).
pub fn plain<'a>(text: &'a str, term_of: impl Fn(&'a str) -> Option<&'a str>) -> String {
    parse(text)
        .into_iter()
        .map(|span| match span {
            Span::Text(text) => text,
            Span::Term { id, shown } => shown.or_else(|| term_of(id)).unwrap_or(id),
        })
        .collect()
}

/// Every glossary id used in a text.
pub fn term_ids(text: &str) -> impl Iterator<Item = &str> {
    parse(text).into_iter().filter_map(|span| match span {
        Span::Term { id, .. } => Some(id),
        Span::Text(_) => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_only() {
        assert_eq!(parse("no terms"), vec![Span::Text("no terms")]);
        assert!(parse("").is_empty());
    }

    #[test]
    fn terms_with_and_without_words() {
        assert_eq!(
            parse("A [[radiculopathy]] and [[sciatic-nerve|the big nerve]]."),
            vec![
                Span::Text("A "),
                Span::Term {
                    id: "radiculopathy",
                    shown: None
                },
                Span::Text(" and "),
                Span::Term {
                    id: "sciatic-nerve",
                    shown: Some("the big nerve")
                },
                Span::Text("."),
            ]
        );
    }

    #[test]
    fn unclosed_markup_is_text() {
        assert_eq!(parse("a [[b"), vec![Span::Text("a [[b")]);
    }

    #[test]
    fn plain_replaces_markup() {
        let text = "The [[gait]] and [[l5|L5 root]].";
        let out = plain(text, |id| (id == "gait").then_some("gait"));
        assert_eq!(out, "The gait and L5 root.");
        assert_eq!(term_ids(text).collect::<Vec<_>>(), vec!["gait", "l5"]);
    }
}
