//! A link to an article or one of its sections, as content writes it: `article-id` or
//! `article-id#section-id`. Parsed once, when the content is read (a malformed link is a RON
//! error with its place); whether it points somewhere is checked by `check-content`.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A parsed article link.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Link {
    /// The article's id.
    pub article: String,
    /// One of its sections, or the article as a whole.
    pub section: Option<String>,
}

/// Why a text is not a link.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("\"{0}\" is not a link: write article-id or article-id#section-id")]
pub struct NotALink(pub String);

impl Link {
    /// A link to a whole article.
    pub fn article(id: &str) -> Self {
        Self {
            article: id.to_owned(),
            section: None,
        }
    }

    /// A link to one section of an article.
    pub fn section(article: &str, section: &str) -> Self {
        Self {
            article: article.to_owned(),
            section: Some(section.to_owned()),
        }
    }

    /// Reads `article-id` or `article-id#section-id`.
    pub fn parse(text: &str) -> Result<Self, NotALink> {
        let bad = || NotALink(text.to_owned());
        let valid = |id: &str| !id.is_empty() && !id.contains(['#', ' ', '\n']);
        match text.split_once('#') {
            None if valid(text) => Ok(Self::article(text)),
            Some((article, section)) if valid(article) && valid(section) => {
                Ok(Self::section(article, section))
            }
            _ => Err(bad()),
        }
    }
}

impl TryFrom<String> for Link {
    type Error = NotALink;

    fn try_from(text: String) -> Result<Self, Self::Error> {
        Self::parse(&text)
    }
}

impl From<Link> for String {
    fn from(link: Link) -> Self {
        link.to_string()
    }
}

impl fmt::Display for Link {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.section {
            Some(section) => write!(f, "{}#{section}", self.article),
            None => f.write_str(&self.article),
        }
    }
}

impl std::str::FromStr for Link {
    type Err = NotALink;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Self::parse(text)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "tests")]
    use super::*;

    #[test]
    fn parses_and_prints_both_forms() {
        assert_eq!(Link::parse("a").unwrap(), Link::article("a"));
        assert_eq!(Link::parse("a#s").unwrap(), Link::section("a", "s"));
        for text in ["a", "sprain-to-back#how-it-travels"] {
            assert_eq!(Link::parse(text).unwrap().to_string(), text);
        }
    }

    #[test]
    fn refuses_what_is_not_a_link() {
        for text in ["", "#s", "a#", "a#b#c", "a b", "a#b c"] {
            assert!(Link::parse(text).is_err(), "{text:?}");
        }
    }

    #[test]
    fn reads_from_ron_with_the_place_of_a_bad_one() {
        let links: Vec<Link> = ron::from_str(r#"["a", "b#c"]"#).unwrap();
        assert_eq!(links, [Link::article("a"), Link::section("b", "c")]);
        let err = ron::from_str::<Vec<Link>>("[\"a\",\n \"b#\"]").unwrap_err();
        assert_eq!(err.span.start.line, 2);
        assert!(err.code.to_string().contains("not a link"), "{err}");
    }
}
