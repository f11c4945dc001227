//! Reading and validating a content folder (or the embedded copy).
//!
//! Every problem is collected, with `path:line:col`, and loading goes on: an author sees all
//! of them at once. Nothing here panics on content.

use std::collections::{BTreeSet, HashMap, HashSet};

use serde::de::DeserializeOwned;

use super::markup;
use super::model::{ActionLink, Article, Block};
use super::plan::Plan;
use super::warnings::{self, WarningRegistry};
use crate::selfcheck::Questionnaire;
use crate::selfcheck::spec::QuestionnaireSpec;
use crate::selfcheck::validate::{self, KnownIds};

use super::ContentProblem;
use super::files::ContentFiles;
use super::positions::*;
use super::queries::Content;

mod blocks;
mod body;
mod gaps;
mod parts;
mod refs;

pub use body::drawn_without_text;
use parts::plan_ids;

/// Loads and validates content. Returns the content (whatever could be read) and every
/// problem found; content with problems must not be used in place of good content.
pub fn load(files: &ContentFiles) -> (Content, Vec<ContentProblem>) {
    let mut checker = Checker {
        prefix: &files.prefix,
        problems: files.unreadable.clone(),
    };
    let mut content = Content {
        sources: checker.parse_list(files, "sources.ron"),
        glossary: checker.parse_list(files, "glossary.ron"),
        regions: checker.parse_list(files, "regions.ron"),
        pathways: checker.parse_list(files, "pathways.ron"),
        articles: Vec::new(),
        questionnaires: Vec::new(),
        plan: None,
        warnings: WarningRegistry::default(),
        stories: Vec::new(),
        figures: Vec::new(),
    };
    content.warnings = checker.warnings(&content, files);
    // Figures before the articles that name them.
    let (figures, problems) = super::figures::check_figures(
        files.get(super::figures::FIGURES_FILE),
        &format!("{}{}", files.prefix, super::figures::FIGURES_FILE),
        &content,
    );
    checker.problems.extend(problems);
    content.figures = figures;
    let mut article_files = Vec::new();
    let mut all_articles_parsed = true;
    for (path, text) in &files.files {
        if path.starts_with("articles/") {
            match checker.parse::<Article>(path, text) {
                Some(article) => {
                    article_files.push((path.as_str(), text.as_str()));
                    content.articles.push(article);
                }
                None => all_articles_parsed = false,
            }
        }
    }
    if content.articles.is_empty() && all_articles_parsed && files.unreadable.is_empty() {
        checker.at(
            "articles/",
            1,
            1,
            "no articles found (expected articles/*.ron)",
        );
    }
    // Links into an article that did not parse would all look broken: report the syntax
    // error alone until it is fixed.
    checker.check(&content, files, &article_files, all_articles_parsed);
    content.questionnaires = checker.questionnaires(&content, files, all_articles_parsed);
    content.plan = checker.plan(&content, files);
    checker.check_regions_and_glossary(&content, files);
    checker.actions(&content, &article_files);
    checker.gaps(&content, files, &article_files);
    checker.body(&content, files);
    let (stories, problems) = super::stories::check_stories(
        files.get(super::stories::STORIES_FILE),
        &format!("{}{}", files.prefix, super::stories::STORIES_FILE),
        &content,
        all_articles_parsed,
    );
    checker.problems.extend(problems);
    content.stories = stories;
    (content, checker.problems)
}

/// The embedded content. It is checked by the test suite, so problems here are bugs; they
/// are logged, never fatal.
pub fn load_embedded() -> Content {
    let (content, problems) = load(&ContentFiles::embedded());
    for problem in &problems {
        log::error!("built-in content: {problem}");
    }
    content
}

struct Checker<'a> {
    prefix: &'a str,
    problems: Vec<ContentProblem>,
}

impl Checker<'_> {
    pub(super) fn at(&mut self, path: &str, line: usize, col: usize, message: impl Into<String>) {
        self.problems.push(ContentProblem::new(
            format!("{}{path}", self.prefix),
            line,
            col,
            message,
        ));
    }

    pub(super) fn parse<T: DeserializeOwned>(&mut self, path: &str, text: &str) -> Option<T> {
        match ron::from_str::<T>(text) {
            Ok(value) => Some(value),
            Err(err) => {
                self.at(
                    path,
                    err.span.start.line,
                    err.span.start.col,
                    err.code.to_string(),
                );
                None
            }
        }
    }

    pub(super) fn parse_list<T: DeserializeOwned>(
        &mut self,
        files: &ContentFiles,
        path: &str,
    ) -> Vec<T> {
        match files.get(path) {
            Some(text) => self.parse::<Vec<T>>(path, text).unwrap_or_default(),
            None => {
                if files.unreadable.is_empty() {
                    self.at(path, 1, 1, "missing file");
                }
                Vec::new()
            }
        }
    }

    /// Reports duplicate ids in a registry file and returns the set of ids.
    pub(super) fn unique_ids<'c>(
        &mut self,
        files: &ContentFiles,
        path: &str,
        ids: impl Iterator<Item = &'c str>,
    ) -> HashSet<&'c str> {
        let text = files.get(path).unwrap_or_default();
        let mut seen = HashSet::new();
        let mut cursor = 0;
        for id in ids {
            let at = find_id(text, id, cursor);
            if let Some(at) = at {
                cursor = at + 1;
            }
            if !seen.insert(id) {
                let (line, col) = offset_pos(text, at.unwrap_or(cursor));
                self.at(path, line, col, format!("duplicate id \"{id}\""));
            }
        }
        seen
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_content_is_clean() {
        let (content, problems) = load(&ContentFiles::embedded());
        let listed: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert!(problems.is_empty(), "problems:\n{}", listed.join("\n"));
        let article_files = ContentFiles::embedded()
            .files
            .iter()
            .filter(|(path, _)| path.starts_with("articles/"))
            .count();
        assert_eq!(content.articles.len(), article_files);
        assert_eq!(body::drawn_without_text(&content), Vec::<String>::new());
    }
}
