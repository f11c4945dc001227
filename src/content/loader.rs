//! Reading and validating a content folder (or the embedded copy).
//!
//! Every problem is collected, with `path:line:col`, and loading goes on: an author sees all
//! of them at once. Nothing here panics on content.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::path::Path;

use serde::de::DeserializeOwned;

use super::markup;
use super::model::{ActionLink, Article, Block, PathwayInfo, RegionInfo, Source, Term};
use super::plan::Plan;
use super::warnings::{self, WarningRegistry};
use crate::selfcheck::Questionnaire;
use crate::selfcheck::spec::QuestionnaireSpec;
use crate::selfcheck::validate::{self, KnownIds};

include!(concat!(env!("OUT_DIR"), "/embedded_content.rs"));

/// Content files: (path relative to the content folder, text).
#[derive(Clone, Debug, Default)]
pub struct ContentFiles {
    /// Shown before each relative path in messages (`content/` for a folder, `` embedded).
    pub prefix: String,
    /// The files, sorted by path.
    pub files: Vec<(String, String)>,
    /// Files that exist but could not be read.
    pub unreadable: Vec<ContentProblem>,
}

impl ContentFiles {
    /// The copy built into the app.
    pub fn embedded() -> Self {
        Self {
            prefix: "content/".to_owned(),
            files: EMBEDDED
                .iter()
                .map(|(path, text)| ((*path).to_owned(), (*text).to_owned()))
                .collect(),
            unreadable: Vec::new(),
        }
    }

    /// Every `.ron` file under `dir`.
    pub fn read_dir(dir: &Path) -> Self {
        let mut out = Self {
            prefix: format!("{}/", dir.display()).replace("//", "/"),
            ..Self::default()
        };
        if !dir.is_dir() {
            out.unreadable.push(ContentProblem::new(
                dir.display().to_string(),
                1,
                1,
                "not a folder (or it cannot be opened)",
            ));
            return out;
        }
        collect(dir, dir, &mut out);
        out.files.sort();
        out
    }

    fn get(&self, path: &str) -> Option<&str> {
        self.files
            .iter()
            .find(|(p, _)| p == path)
            .map(|(_, text)| text.as_str())
    }
}

fn collect(root: &Path, dir: &Path, out: &mut ContentFiles) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        out.unreadable.push(ContentProblem::new(
            dir.display().to_string(),
            1,
            1,
            "cannot open folder",
        ));
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(root, &path, out);
        } else if path.extension().is_some_and(|ext| ext == "ron") {
            let relative = path
                .strip_prefix(root)
                .unwrap_or(&path)
                .to_string_lossy()
                .replace('\\', "/");
            match crate::store::safe_read::read_text_file(
                &path,
                crate::store::safe_read::USER_FILE_CAP_BYTES,
            ) {
                Ok(text) => out.files.push((relative, text)),
                Err(err) => out.unreadable.push(ContentProblem::new(
                    path.display().to_string(),
                    1,
                    1,
                    format!("cannot read file: {err}"),
                )),
            }
        }
    }
}

/// One problem in a content folder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContentProblem {
    /// File path as given to the checker.
    pub path: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub col: usize,
    /// What is wrong.
    pub message: String,
}

impl ContentProblem {
    fn new(path: String, line: usize, col: usize, message: impl Into<String>) -> Self {
        Self {
            path,
            line,
            col,
            message: one_line(message.into()),
        }
    }
}

impl fmt::Display for ContentProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.path, self.line, self.col, self.message
        )
    }
}

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
}

impl Content {
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

    /// A pathway's text by id.
    pub fn pathway(&self, id: &str) -> Option<&PathwayInfo> {
        self.pathways.iter().find(|p| p.id == id)
    }

    /// The title of a link `article-id#section-id` as "Article title › Section heading"
    /// (or the article title alone); the link itself when it points nowhere.
    pub fn link_title(&self, link: &str) -> String {
        let (article_id, section_id) = link.split_once('#').unwrap_or((link, ""));
        let Some(article) = self.article(article_id) else {
            return link.to_owned();
        };
        match article.sections.iter().find(|s| s.id == section_id) {
            Some(section) => format!("{} › {}", article.title, section.heading),
            None => article.title.clone(),
        }
    }

    /// A citation line for source ids: "Title (publisher, year; evidence type); …".
    pub fn cite(&self, source_ids: &[String]) -> String {
        source_ids
            .iter()
            .filter_map(|id| self.source(id))
            .map(|s| {
                format!(
                    "{} ({}, {}; {})",
                    s.title,
                    s.publisher,
                    s.year,
                    s.evidence.label()
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
    };
    content.warnings = checker.warnings(&content, files);
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
    fn at(&mut self, path: &str, line: usize, col: usize, message: impl Into<String>) {
        self.problems.push(ContentProblem::new(
            format!("{}{path}", self.prefix),
            line,
            col,
            message,
        ));
    }

    fn parse<T: DeserializeOwned>(&mut self, path: &str, text: &str) -> Option<T> {
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

    fn parse_list<T: DeserializeOwned>(&mut self, files: &ContentFiles, path: &str) -> Vec<T> {
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

    /// Cross-checks ids. Positions come from finding the offending text in the file, searching
    /// forward from the enclosing item, so they point at the right occurrence.
    fn check(
        &mut self,
        content: &Content,
        files: &ContentFiles,
        article_files: &[(&str, &str)],
        check_links: bool,
    ) {
        let source_ids = self.unique_ids(
            files,
            "sources.ron",
            content.sources.iter().map(|s| s.id.as_str()),
        );
        let term_ids = self.unique_ids(
            files,
            "glossary.ron",
            content.glossary.iter().map(|t| t.id.as_str()),
        );
        let region_ids = self.unique_ids(
            files,
            "regions.ron",
            content.regions.iter().map(|r| r.id.as_str()),
        );
        let pathway_ids = self.unique_ids(
            files,
            "pathways.ron",
            content.pathways.iter().map(|p| p.id.as_str()),
        );

        // Article and section ids, for duplicate checks and cross-links.
        let mut links: HashSet<String> = HashSet::new();
        let mut seen_articles: HashMap<&str, &str> = HashMap::new();
        for (article, (path, text)) in content.articles.iter().zip(article_files) {
            if let Some(first) = seen_articles.insert(&article.id, path) {
                let (line, col) = find_pos(text, &quoted(&article.id), 0);
                self.at(
                    path,
                    line,
                    col,
                    format!("duplicate article id \"{}\" (also in {first})", article.id),
                );
            }
            links.insert(article.id.clone());
            for section in &article.sections {
                links.insert(format!("{}#{}", article.id, section.id));
            }
        }

        for (region_index, region) in content.regions.iter().enumerate() {
            let _ = region_index;
            if region.name.trim().is_empty() || region.what.trim().is_empty() {
                let text = files.get("regions.ron").unwrap_or_default();
                let (line, col) = find_pos(text, &quoted(&region.id), 0);
                self.at(
                    "regions.ron",
                    line,
                    col,
                    format!("region \"{}\" has an empty name or text", region.id),
                );
            }
        }
        let pathways_text = files.get("pathways.ron").unwrap_or_default();
        for pathway in &content.pathways {
            let from = find_offset(pathways_text, &quoted(&pathway.id), 0).unwrap_or(0);
            for region in &pathway.regions {
                if !region_ids.contains(region.as_str()) {
                    let (line, col) = find_pos(pathways_text, &quoted(region), from);
                    self.at(
                        "pathways.ron",
                        line,
                        col,
                        format!("unknown region id \"{region}\""),
                    );
                }
            }
            if check_links && !links.contains(&pathway.article) {
                let (line, col) = find_pos(pathways_text, &quoted(&pathway.article), from);
                self.at(
                    "pathways.ron",
                    line,
                    col,
                    format!(
                        "broken link \"{}\": no such article or section",
                        pathway.article
                    ),
                );
            }
        }
        let glossary_text = files.get("glossary.ron").unwrap_or_default();
        for term in &content.glossary {
            if term.plain.trim().is_empty() {
                let (line, col) = find_pos(glossary_text, &quoted(&term.id), 0);
                self.at(
                    "glossary.ron",
                    line,
                    col,
                    format!("glossary term \"{}\" has no definition", term.id),
                );
            }
        }

        for (article, (path, text)) in content.articles.iter().zip(article_files) {
            let mut section_ids = HashSet::new();
            let mut cursor = find_offset(text, "sections", 0).unwrap_or(0);
            for section in &article.sections {
                cursor = find_id(text, &section.id, cursor).unwrap_or(cursor);
                let (line, col) = offset_pos(text, cursor);
                let section_start = cursor;
                cursor += 1;
                if !section_ids.insert(section.id.as_str()) {
                    self.at(
                        path,
                        line,
                        col,
                        format!("duplicate section id \"{}\"", section.id),
                    );
                }
                for (level, blocks) in [
                    ("patient", &section.patient),
                    ("clinician", &section.clinician),
                ] {
                    let empty = blocks.is_empty()
                        || blocks
                            .iter()
                            .all(|b| b.texts().iter().all(|t| t.trim().is_empty()));
                    if empty {
                        let (line, col) = find_pos(text, level, section_start);
                        self.at(
                            path,
                            line,
                            col,
                            format!(
                                "section \"{}\" has an empty {level} reading level",
                                section.id
                            ),
                        );
                    }
                    for block in blocks {
                        self.check_block(content, path, text, section_start, block);
                        for piece in block.texts() {
                            if let Some(phrase) = validate::banned_phrase(piece) {
                                let (line, col) = find_pos(text, prefix_of(piece), section_start);
                                self.at(
                                    path,
                                    line,
                                    col,
                                    format!("diagnostic wording \"{phrase}\": say what the sources describe, not what the reader has"),
                                );
                            }
                            for id in markup::term_ids(piece) {
                                if !term_ids.contains(id) {
                                    let (line, col) =
                                        find_pos(text, &format!("[[{id}"), section_start);
                                    self.at(
                                        path,
                                        line,
                                        col,
                                        format!("unknown glossary id \"{id}\""),
                                    );
                                }
                            }
                        }
                    }
                }
                if section.sources.is_empty() {
                    self.at(
                        path,
                        line,
                        col,
                        format!("section \"{}\" names no source", section.id),
                    );
                }
                let checks: [(&Vec<String>, &HashSet<&str>, &str); 3] = [
                    (&section.sources, &source_ids, "source"),
                    (&section.regions, &region_ids, "region"),
                    (&section.pathways, &pathway_ids, "pathway"),
                ];
                for (ids, known, kind) in checks {
                    for id in ids {
                        if !known.contains(id.as_str()) {
                            let (line, col) = find_pos(text, &quoted(id), section_start);
                            self.at(path, line, col, format!("unknown {kind} id \"{id}\""));
                        }
                    }
                }
                for link in &section.see_also {
                    if check_links && !links.contains(link) {
                        let (line, col) = find_pos(text, &quoted(link), section_start);
                        self.at(
                            path,
                            line,
                            col,
                            format!("broken link \"{link}\": no such article or section"),
                        );
                    }
                }
            }
        }
    }

    /// Parses and checks `warning-signs.ron` against the sources and regions.
    fn warnings(&mut self, content: &Content, files: &ContentFiles) -> WarningRegistry {
        const PATH: &str = "warning-signs.ron";
        let Some(text) = files.get(PATH) else {
            if files.unreadable.is_empty() {
                self.at(PATH, 1, 1, "missing file");
            }
            return WarningRegistry::default();
        };
        let Some(registry) = self.parse::<WarningRegistry>(PATH, text) else {
            return WarningRegistry::default();
        };
        let problems = warnings::validate(&registry, &|id| content.source(id).is_some(), &|id| {
            content.region(id).is_some()
        });
        for problem in problems {
            let (line, col) = find_pos(text, &problem.needle, 0);
            self.at(PATH, line, col, problem.message);
        }
        let texts = registry
            .tiers
            .iter()
            .flat_map(|t| [&t.heading, &t.action])
            .chain(
                registry
                    .signs
                    .iter()
                    .flat_map(|s| [&s.text, &s.why].into_iter().chain(&s.tell)),
            );
        for pair in texts {
            for level in [&pair.patient, &pair.clinician] {
                if let Some(phrase) = validate::banned_phrase(level) {
                    let (line, col) = find_pos(text, prefix_of(level), 0);
                    self.at(
                        PATH,
                        line,
                        col,
                        format!("diagnostic wording \"{phrase}\": say what the sources describe, not what the reader has"),
                    );
                }
            }
        }
        registry
    }

    /// Rules for one article block: warning boxes refer to the registry.
    fn check_block(
        &mut self,
        content: &Content,
        path: &str,
        text: &str,
        from: usize,
        block: &Block,
    ) {
        match block {
            Block::Warning { title, .. } => {
                let (line, col) = find_pos(text, &quoted(title), from);
                self.at(
                    path,
                    line,
                    col,
                    "this warning box spells the signs out: refer to them in the warning-sign registry instead, e.g. WarningSigns([\"saddle_numbness\", \"fever\"])",
                );
            }
            Block::WarningSigns(ids) => {
                if ids.is_empty() {
                    let (line, col) = find_pos(text, "WarningSigns", from);
                    self.at(path, line, col, "empty warning box");
                }
                for id in ids {
                    if content.warnings.sign(id).is_none() {
                        let (line, col) = find_pos(text, &quoted(id), from);
                        self.at(
                            path,
                            line,
                            col,
                            format!("unknown warning sign \"{id}\" (not in warning-signs.ron)"),
                        );
                    }
                }
            }
            Block::Figure {
                figure,
                caption,
                alt,
            } => {
                if !crate::content::model::FIGURES.contains(&figure.as_str()) {
                    let (line, col) = find_pos(text, &quoted(figure), from);
                    self.at(
                        path,
                        line,
                        col,
                        format!(
                            "unknown figure \"{figure}\" (known: {})",
                            crate::content::model::FIGURES.join(", ")
                        ),
                    );
                }
                if alt.trim().is_empty() || caption.trim().is_empty() {
                    let (line, col) = find_pos(text, &quoted(figure), from);
                    self.at(
                        path,
                        line,
                        col,
                        format!("figure \"{figure}\" needs a caption and a text alternative (alt)"),
                    );
                }
            }
            Block::Table {
                caption,
                columns,
                rows,
            } => {
                let (line, col) = find_pos(text, "Table", from);
                if caption.trim().is_empty() {
                    self.at(
                        path,
                        line,
                        col,
                        "table needs a caption (its text alternative)",
                    );
                }
                if columns.len() < 2 || rows.is_empty() {
                    self.at(
                        path,
                        line,
                        col,
                        "table needs at least two columns and one row",
                    );
                }
                let empty = columns
                    .iter()
                    .chain(rows.iter().flatten())
                    .any(|c| c.trim().is_empty());
                if empty {
                    self.at(path, line, col, "table has an empty heading or cell");
                }
                for (n, row) in rows.iter().enumerate() {
                    if row.len() != columns.len() {
                        self.at(
                            path,
                            line,
                            col,
                            format!(
                                "table row {} has {} cells for {} columns",
                                n + 1,
                                row.len(),
                                columns.len()
                            ),
                        );
                    }
                }
            }
            _ => {}
        }
    }

    /// Region texts and glossary definitions: no diagnostic wording, known warning signs.
    fn check_regions_and_glossary(&mut self, content: &Content, files: &ContentFiles) {
        let regions_text = files.get("regions.ron").unwrap_or_default();
        for region in &content.regions {
            let from = find_offset(regions_text, &quoted(&region.id), 0).unwrap_or(0);
            for piece in [&region.name, &region.what, &region.link] {
                if let Some(phrase) = validate::banned_phrase(piece) {
                    let (line, col) = find_pos(regions_text, prefix_of(piece), from);
                    self.at(
                        "regions.ron",
                        line,
                        col,
                        format!("diagnostic wording \"{phrase}\""),
                    );
                }
            }
            for sign in &region.signs {
                if content.warnings.sign(sign).is_none() {
                    let (line, col) = find_pos(regions_text, &quoted(sign), from);
                    self.at(
                        "regions.ron",
                        line,
                        col,
                        format!("unknown warning sign \"{sign}\" (not in warning-signs.ron)"),
                    );
                }
            }
        }
        let glossary_text = files.get("glossary.ron").unwrap_or_default();
        for term in &content.glossary {
            if let Some(phrase) = validate::banned_phrase(&term.plain) {
                let from = find_offset(glossary_text, &quoted(&term.id), 0).unwrap_or(0);
                let (line, col) = find_pos(glossary_text, prefix_of(&term.plain), from);
                self.at(
                    "glossary.ron",
                    line,
                    col,
                    format!("diagnostic wording \"{phrase}\""),
                );
            }
        }
    }

    /// Parses and checks `plan.ron`: unique stage and exercise ids, known sources.
    fn plan(&mut self, content: &Content, files: &ContentFiles) -> Option<Plan> {
        const PATH: &str = "plan.ron";
        let Some(text) = files.get(PATH) else {
            self.at(PATH, 1, 1, "missing file");
            return None;
        };
        let plan = self.parse::<Plan>(PATH, text)?;
        self.unique_ids(files, PATH, plan_ids(&plan));
        for sign in &plan.signs {
            if content.warnings.sign(sign).is_none() {
                let (line, col) = find_pos(text, &quoted(sign), 0);
                self.at(
                    PATH,
                    line,
                    col,
                    format!("unknown warning sign \"{sign}\" (not in warning-signs.ron)"),
                );
            }
        }
        let plan_texts = plan
            .programmes
            .iter()
            .flat_map(|p| [&p.about, &p.before_you_start])
            .chain(std::iter::once(&plan.shoes))
            .chain(plan.stages().flat_map(|s| [&s.goal, &s.move_on_when]))
            .chain(plan.walking_tips.iter().map(|t| &t.text))
            .flat_map(|t| [t.patient.as_str(), t.clinician.as_str()])
            .chain(
                plan.stages()
                    .flat_map(|s| &s.exercises)
                    .flat_map(|e| e.steps.iter().map(String::as_str)),
            );
        let mut banned = Vec::new();
        for piece in plan_texts {
            if let Some(phrase) = validate::banned_phrase(piece) {
                banned.push((find_pos(text, prefix_of(piece), 0), phrase));
            }
        }
        for ((line, col), phrase) in banned {
            self.at(PATH, line, col, format!("diagnostic wording \"{phrase}\""));
        }
        let source_lists = plan
            .stages()
            .map(|s| &s.sources)
            .chain(plan.programmes.iter().map(|p| &p.sources))
            .chain(plan.walking_tips.iter().map(|t| &t.sources))
            .chain(std::iter::once(&plan.sources));
        for sources in source_lists {
            for id in sources {
                if content.source(id).is_none() {
                    let (line, col) = find_pos(text, &quoted(id), 0);
                    self.at(PATH, line, col, format!("unknown source id \"{id}\""));
                }
            }
        }
        Some(plan)
    }

    /// Checks the "What you can do now" blocks: every article's last section has one at the
    /// patient level, with at least three steps and a link to a plan stage; every link in any
    /// such block resolves (`plan:<stage-id>` to a stage, `diary`, `self-check`).
    fn actions(&mut self, content: &Content, article_files: &[(&str, &str)]) {
        const MIN_STEPS: usize = 3;
        let stage_ids: HashSet<&str> = content
            .plan
            .iter()
            .flat_map(|plan| plan.stages().map(|s| s.id.as_str()))
            .collect();
        for (article, (path, text)) in content.articles.iter().zip(article_files) {
            let mut cursor = find_offset(text, "sections", 0).unwrap_or(0);
            for section in &article.sections {
                cursor = find_id(text, &section.id, cursor).unwrap_or(cursor);
                for block in section.patient.iter().chain(&section.clinician) {
                    let Block::Actions { links, .. } = block else {
                        continue;
                    };
                    for link in links {
                        let known = match ActionLink::parse(link) {
                            Some(ActionLink::PlanStage(id)) => {
                                content.plan.is_none() || stage_ids.contains(id.as_str())
                            }
                            Some(_) => true,
                            None => false,
                        };
                        if !known {
                            let (line, col) = find_pos(text, &quoted(link), cursor);
                            self.at(
                                path,
                                line,
                                col,
                                format!(
                                    "broken action link \"{link}\": expected plan:<stage-id> of a \
                                     plan stage, diary or self-check"
                                ),
                            );
                        }
                    }
                }
            }
            let Some(last) = article.sections.last() else {
                continue;
            };
            let actions = last.patient.iter().find_map(|block| match block {
                Block::Actions { steps, links, .. } => Some((steps, links)),
                _ => None,
            });
            let at = find_id(text, &last.id, 0).unwrap_or(0);
            let (line, col) = offset_pos(text, at);
            match actions {
                None => self.at(
                    path,
                    line,
                    col,
                    format!(
                        "article \"{}\" does not end with a \"What you can do now\" section \
                         (an Actions block at the patient level of its last section)",
                        article.id
                    ),
                ),
                Some((steps, links)) => {
                    if steps.len() < MIN_STEPS {
                        self.at(
                            path,
                            line,
                            col,
                            format!(
                                "the Actions block of \"{}\" has {} step(s); at least {MIN_STEPS}",
                                article.id,
                                steps.len()
                            ),
                        );
                    }
                    let has_plan_link = links
                        .iter()
                        .any(|l| matches!(ActionLink::parse(l), Some(ActionLink::PlanStage(_))));
                    if !has_plan_link {
                        self.at(
                            path,
                            line,
                            col,
                            format!(
                                "the Actions block of \"{}\" has no plan:<stage-id> link",
                                article.id
                            ),
                        );
                    }
                }
            }
        }
    }

    /// Parses and validates every `selfcheck/*.ron` against the rest of the content.
    fn questionnaires(
        &mut self,
        content: &Content,
        files: &ContentFiles,
        check_links: bool,
    ) -> Vec<Questionnaire> {
        let mut links: HashSet<String> = HashSet::new();
        for article in &content.articles {
            links.insert(article.id.clone());
            for section in &article.sections {
                links.insert(format!("{}#{}", article.id, section.id));
            }
        }
        let known = KnownIds {
            signs: content
                .warnings
                .signs
                .iter()
                .map(|s| (s.id.as_str(), s.tier))
                .collect(),
            regions: content.regions.iter().map(|r| r.id.as_str()).collect(),
            pathways: content.pathways.iter().map(|p| p.id.as_str()).collect(),
            sources: content.sources.iter().map(|s| s.id.as_str()).collect(),
            links,
        };
        let mut out = Vec::new();
        for (path, text) in files
            .files
            .iter()
            .filter(|(p, _)| p.starts_with("selfcheck/"))
        {
            let Some(spec) = self.parse::<QuestionnaireSpec>(path, text) else {
                continue;
            };
            match validate::validate(spec, &known) {
                Ok(questionnaire) => out.push(questionnaire),
                Err(problems) => {
                    for problem in problems {
                        if !check_links && problem.message.starts_with("broken link") {
                            continue;
                        }
                        let from = problem
                            .near
                            .as_deref()
                            .and_then(|near| find_offset(text, near, 0))
                            .unwrap_or(0);
                        let (line, col) = find_pos(text, &problem.needle, from);
                        self.at(path, line, col, problem.message);
                    }
                }
            }
        }
        if out.is_empty() && !files.files.iter().any(|(p, _)| p.starts_with("selfcheck/")) {
            self.at(
                "selfcheck/",
                1,
                1,
                "no self-check found (expected selfcheck/*.ron)",
            );
        }
        out
    }

    /// Values that parse but cannot be right: empty headings, terms and plan ids, dates that
    /// are not dates, a source named twice in one section, an unclosed `[[` glossary link, a
    /// source year outside 1900–2100.
    fn gaps(&mut self, content: &Content, files: &ContentFiles, article_files: &[(&str, &str)]) {
        for (article, (path, text)) in content.articles.iter().zip(article_files) {
            if article
                .review
                .last_reviewed
                .parse::<jiff::civil::Date>()
                .is_err()
            {
                let (line, col) = find_pos(text, &quoted(&article.review.last_reviewed), 0);
                self.at(
                    path,
                    line,
                    col,
                    format!(
                        "last_reviewed \"{}\" is not a date (YYYY-MM-DD)",
                        article.review.last_reviewed.escape_debug()
                    ),
                );
            }
            let mut cursor = find_offset(text, "sections", 0).unwrap_or(0);
            for section in &article.sections {
                cursor = find_id(text, &section.id, cursor).unwrap_or(cursor);
                let section_start = cursor;
                cursor += 1;
                if section.heading.trim().is_empty() {
                    let (line, col) = find_pos(text, "heading", section_start);
                    self.at(
                        path,
                        line,
                        col,
                        format!("section \"{}\" has an empty heading", section.id),
                    );
                }
                let mut seen = HashSet::new();
                for source in &section.sources {
                    if !seen.insert(source.as_str()) {
                        let from = find_offset(text, &quoted(source), section_start)
                            .map_or(section_start, |at| at + 1);
                        let (line, col) = find_pos(text, &quoted(source), from);
                        self.at(
                            path,
                            line,
                            col,
                            format!(
                                "source \"{source}\" is named twice in section \"{}\"",
                                section.id
                            ),
                        );
                    }
                }
                let blocks = section.patient.iter().chain(&section.clinician);
                for piece in blocks.flat_map(|b| b.texts()) {
                    if has_unclosed_link(piece) {
                        let (line, col) = find_pos(text, "[[", section_start);
                        let at = find_offset(text, piece, section_start)
                            .and_then(|start| {
                                let open = unclosed_link_offset(piece)?;
                                Some(offset_pos(text, start + open))
                            })
                            .unwrap_or((line, col));
                        self.at(
                            path,
                            at.0,
                            at.1,
                            "unclosed glossary link: \"[[\" without \"]]\"",
                        );
                    }
                }
            }
        }
        let glossary = files.get("glossary.ron").unwrap_or_default();
        for term in &content.glossary {
            if term.term.trim().is_empty() {
                let (line, col) = find_pos(glossary, &quoted(&term.id), 0);
                self.at(
                    "glossary.ron",
                    line,
                    col,
                    format!("glossary term \"{}\" has an empty term", term.id),
                );
            }
        }
        let sources = files.get("sources.ron").unwrap_or_default();
        for source in &content.sources {
            if !(1900..=2100).contains(&source.year) {
                let from = find_offset(sources, &quoted(&source.id), 0).unwrap_or(0);
                let (line, col) = find_pos(sources, "year", from);
                self.at(
                    "sources.ron",
                    line,
                    col,
                    format!(
                        "source \"{}\" has an implausible year {}",
                        source.id, source.year
                    ),
                );
            }
        }
        if let Some(plan) = &content.plan {
            let text = files.get("plan.ron").unwrap_or_default();
            let ids = plan_ids(plan);
            let mut cursor = 0;
            for id in ids {
                if id.trim().is_empty() {
                    let at = find_offset(text, &quoted(id), cursor).unwrap_or(cursor);
                    cursor = at + 1;
                    let (line, col) = offset_pos(text, at);
                    self.at("plan.ron", line, col, "empty id");
                }
            }
        }
    }

    /// Reports duplicate ids in a registry file and returns the set of ids.
    fn unique_ids<'c>(
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

/// Offset of the value of an `id: "…"` field at or after `from` (the quote), tolerating any
/// spacing around the colon; falls back to the quoted value anywhere.
/// Byte offset of the first `[[` in `text` that has no `]]` after it.
/// Every programme, stage and exercise id of the plan, in file order.
fn plan_ids(plan: &Plan) -> impl Iterator<Item = &str> {
    plan.programmes.iter().flat_map(|p| {
        std::iter::once(p.id.as_str()).chain(p.stages.iter().flat_map(|s| {
            std::iter::once(s.id.as_str()).chain(s.exercises.iter().map(|e| e.id.as_str()))
        }))
    })
}

fn unclosed_link_offset(text: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(open) = text[from..].find("[[") {
        let open = from + open;
        match text[open + 2..].find("]]") {
            Some(len) => from = open + 2 + len + 2,
            None => return Some(open),
        }
    }
    None
}

fn has_unclosed_link(text: &str) -> bool {
    unclosed_link_offset(text).is_some()
}

fn find_id(text: &str, id: &str, from: usize) -> Option<usize> {
    let needle = quoted(id);
    let mut at = from;
    while let Some(found) = find_offset(text, &needle, at) {
        let before = text[..found].trim_end();
        if let Some(key) = before.strip_suffix(':')
            && key.trim_end().ends_with("id")
        {
            return Some(found);
        }
        at = found + 1;
    }
    find_offset(text, &needle, from)
}

/// The first words of a text (at most 40 bytes, on a character boundary), to find it in its file.
fn prefix_of(text: &str) -> &str {
    let mut end = text.len().min(40);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// An id as RON writes it in a file (quoted, with escapes), to find it there.
fn quoted(id: &str) -> String {
    ron::to_string(id).unwrap_or_else(|_| format!("\"{id}\""))
}

/// A message on one line: control characters (a newline in an id) are shown escaped.
fn one_line(message: String) -> String {
    if !message.chars().any(char::is_control) {
        return message;
    }
    message
        .chars()
        .map(|c| match c {
            '\n' => "\\n".to_owned(),
            '\t' => "\\t".to_owned(),
            '\r' => "\\r".to_owned(),
            c if c.is_control() => c.escape_unicode().to_string(),
            c => c.to_string(),
        })
        .collect()
}

fn find_offset(text: &str, needle: &str, from: usize) -> Option<usize> {
    text.get(from..)?.find(needle).map(|at| at + from)
}

/// Line and column of the first `needle` at or after byte `from` (or of `from` itself).
fn find_pos(text: &str, needle: &str, from: usize) -> (usize, usize) {
    offset_pos(text, find_offset(text, needle, from).unwrap_or(from))
}

/// 1-based line and column (in characters) of a byte offset.
fn offset_pos(text: &str, offset: usize) -> (usize, usize) {
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_are_one_based() {
        let text = "ab\ncd \"x\"";
        assert_eq!(offset_pos(text, 0), (1, 1));
        assert_eq!(find_pos(text, "\"x\"", 0), (2, 4));
    }

    #[test]
    fn link_titles_and_citations() {
        let content = load_embedded();
        let article = &content.articles[0];
        let section = &article.sections[0];
        let link = format!("{}#{}", article.id, section.id);
        assert_eq!(
            content.link_title(&link),
            format!("{} › {}", article.title, section.heading)
        );
        assert_eq!(content.link_title(&article.id), article.title);
        assert_eq!(content.link_title("nowhere#x"), "nowhere#x");
        let cited = content.cite(&section.sources);
        assert!(cited.contains(&content.source(&section.sources[0]).unwrap().title));
        assert_eq!(content.cite(&["no-such-source".into()]), "");
    }

    #[test]
    fn embedded_content_is_clean() {
        let (content, problems) = load(&ContentFiles::embedded());
        let listed: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert!(problems.is_empty(), "problems:\n{}", listed.join("\n"));
        assert_eq!(content.articles.len(), 5);
    }
}
