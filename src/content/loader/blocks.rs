//! Rules for article blocks: warning boxes, figures, tables and the "What you can do now" blocks.

use super::*;

impl Checker<'_> {
    /// Rules for one article block: warning boxes refer to the registry.
    pub(super) fn check_block(
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
                if content.figure(figure).is_none() {
                    let (line, col) = find_pos(text, &quoted(figure), from);
                    let known: Vec<&str> = content.figures.iter().map(|f| f.id.as_str()).collect();
                    self.at(
                        path,
                        line,
                        col,
                        format!(
                            "unknown figure \"{figure}\" (known: {}; see figures.ron)",
                            known.join(", ")
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

    /// Checks the "What you can do now" blocks: every article's last section has one at the
    /// patient level, with at least three steps and a link to a plan stage; every link in any
    /// such block resolves (`plan:<stage-id>` to a stage, `diary`, `self-check`).
    pub(super) fn actions(&mut self, content: &Content, article_files: &[(&str, &str)]) {
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
}
