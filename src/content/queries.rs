//! Validated content and the questions the screens ask of it.

use super::Link;
use super::markup;
use super::model::{Article, PathwayInfo, PathwayStyle, RegionInfo, Source, Term};
use super::plan::Plan;
use super::warnings::WarningRegistry;
use crate::selfcheck::Questionnaire;

/// Validated content: every id referenced anywhere exists.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Content {
    /// Articles, sorted by file name.
    pub articles: Vec<Article>,
    /// Source registry.
    pub sources: Vec<Source>,
    /// Glossary.
    pub glossary: Vec<Term>,
    /// Body-map region texts.
    pub regions: Vec<RegionInfo>,
    /// Pathway overlay texts.
    pub pathways: Vec<PathwayInfo>,
    /// Validated self-check questionnaires.
    pub questionnaires: Vec<Questionnaire>,
    /// The recovery and prevention plan.
    pub plan: Option<Plan>,
    /// Every warning sign with its one tier, and the safety net.
    pub warnings: WarningRegistry,
    /// Consult-mode stories (`stories.ron`, optional).
    pub stories: Vec<super::stories::Story>,
    /// Teaching figures (`figures.ron`, optional).
    pub figures: Vec<super::figures::FigureInfo>,
}

impl Content {
    /// A teaching figure by id.
    pub fn figure(&self, id: &str) -> Option<&super::figures::FigureInfo> {
        self.figures.iter().find(|f| f.id == id)
    }

    /// An article by id.
    pub fn article(&self, id: &str) -> Option<&Article> {
        self.articles.iter().find(|a| a.id == id)
    }

    /// A source by id.
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// A glossary term by id.
    pub fn term(&self, id: &str) -> Option<&Term> {
        self.glossary.iter().find(|t| t.id == id)
    }

    /// A region's text by id.
    pub fn region(&self, id: &str) -> Option<&RegionInfo> {
        self.regions.iter().find(|r| r.id == id)
    }

    /// How a part of a pathway's drawing is styled (the pathway's own style when the part
    /// has none; the default for an unknown pathway, which `check-content` reports).
    pub fn pathway_style(&self, pathway: &str, part: &str) -> PathwayStyle {
        self.pathway(pathway)
            .map_or_else(PathwayStyle::default, |p| p.style_of(part))
    }

    /// A pathway's text by id.
    pub fn pathway(&self, id: &str) -> Option<&PathwayInfo> {
        self.pathways.iter().find(|p| p.id == id)
    }

    /// The title of a link `article-id#section-id` as "Article title › Section heading"
    /// (or the article title alone); the link itself when it points nowhere.
    pub fn link_title(&self, link: &Link) -> String {
        let Some(article) = self.article(&link.article) else {
            return link.to_string();
        };
        match link
            .section
            .as_deref()
            .and_then(|id| article.sections.iter().find(|s| s.id == id))
        {
            Some(section) => format!("{} › {}", article.title, section.heading),
            None => article.title.clone(),
        }
    }

    /// Every link that resolves: each article, and each of its sections.
    pub fn links(&self) -> impl Iterator<Item = Link> + '_ {
        self.articles.iter().flat_map(|a| {
            std::iter::once(Link::article(&a.id))
                .chain(a.sections.iter().map(|s| Link::section(&a.id, &s.id)))
        })
    }

    /// Whether a link points at an article (and section) that exists.
    pub fn resolves(&self, link: &Link) -> bool {
        self.article(&link.article).is_some_and(|article| {
            link.section
                .as_deref()
                .is_none_or(|id| article.sections.iter().any(|s| s.id == id))
        })
    }

    /// A citation line for source ids: "Title (publisher, year; evidence type); …", with the
    /// evidence type in the language of `words`.
    pub fn cite(&self, source_ids: &[String], words: &crate::messages::Messages) -> String {
        source_ids
            .iter()
            .filter_map(|id| self.source(id))
            .map(|s| {
                format!(
                    "{} ({}, {}; {})",
                    s.title,
                    s.publisher,
                    s.year,
                    words.get(s.evidence.message_id())
                )
            })
            .collect::<Vec<_>>()
            .join("; ")
    }

    /// A text with its glossary markup replaced by the words a reader sees.
    pub fn plain(&self, text: &str) -> String {
        markup::plain(text, |id| self.term(id).map(|t| t.term.as_str()))
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "tests")]
    use super::*;

    #[test]
    fn link_titles_and_citations() {
        let content = super::super::load_embedded();
        let article = &content.articles[0];
        let section = &article.sections[0];
        let link = Link::section(&article.id, &section.id);
        assert_eq!(
            content.link_title(&link),
            format!("{} › {}", article.title, section.heading)
        );
        assert!(content.resolves(&link));
        assert_eq!(
            content.link_title(&Link::article(&article.id)),
            article.title
        );
        let nowhere = Link::section("nowhere", "x");
        assert_eq!(content.link_title(&nowhere), "nowhere#x");
        assert!(!content.resolves(&nowhere));
        assert!(!content.resolves(&Link::section(&article.id, "no-such-section")));
        assert_eq!(
            content.links().count(),
            content.articles.len()
                + content
                    .articles
                    .iter()
                    .map(|a| a.sections.len())
                    .sum::<usize>()
        );
        let english = crate::messages::english();
        let cited = content.cite(&section.sources, english);
        assert!(cited.contains(&content.source(&section.sources[0]).unwrap().title));
        assert_eq!(content.cite(&["no-such-source".into()], english), "");
        // The evidence type is said in the language asked for.
        use crate::content::model::Evidence;
        let spanish = crate::messages::Messages::new("es");
        let guideline = content
            .sources
            .iter()
            .find(|s| s.evidence == Evidence::Guideline);
        let id = guideline.unwrap().id.clone();
        assert!(
            content
                .cite(std::slice::from_ref(&id), english)
                .ends_with("; Guideline)")
        );
        assert!(content.cite(&[id], &spanish).ends_with("; Guía clínica)"));
    }
}
