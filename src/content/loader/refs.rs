//! Cross-checks of ids: links, sources, glossary terms, regions and pathways.

use super::*;
use crate::content::Link;

impl Checker<'_> {
    /// Cross-checks ids. Positions come from finding the offending text in the file, searching
    /// forward from the enclosing item, so they point at the right occurrence.
    pub(super) fn check(
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
        }
        let links: HashSet<Link> = content.links().collect();

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
                let (line, col) =
                    find_pos(pathways_text, &quoted(&pathway.article.to_string()), from);
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
                        let (line, col) = find_pos(text, &quoted(&link.to_string()), section_start);
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
}
