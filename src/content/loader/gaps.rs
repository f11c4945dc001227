//! Values that parse but cannot be right.

use super::*;

impl Checker<'_> {
    /// Values that parse but cannot be right: empty headings, terms and plan ids, dates that
    /// are not dates, a source named twice in one section, an unclosed `[[` glossary link, a
    /// source year outside 1900–2100.
    pub(super) fn gaps(
        &mut self,
        content: &Content,
        files: &ContentFiles,
        article_files: &[(&str, &str)],
    ) {
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
}
