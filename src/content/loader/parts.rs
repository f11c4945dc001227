//! The registry, region, glossary, plan and self-check files.

use super::*;

impl Checker<'_> {
    /// Parses and checks `warning-signs.ron` against the sources and regions.
    pub(super) fn warnings(&mut self, content: &Content, files: &ContentFiles) -> WarningRegistry {
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

    /// Region texts and glossary definitions: no diagnostic wording, known warning signs.
    pub(super) fn check_regions_and_glossary(&mut self, content: &Content, files: &ContentFiles) {
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
    pub(super) fn plan(&mut self, content: &Content, files: &ContentFiles) -> Option<Plan> {
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

    /// Parses and validates every `selfcheck/*.ron` against the rest of the content.
    pub(super) fn questionnaires(
        &mut self,
        content: &Content,
        files: &ContentFiles,
        check_links: bool,
    ) -> Vec<Questionnaire> {
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
            links: content.links().collect(),
            figures: content.figures.iter().map(|f| f.id.as_str()).collect(),
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
}

/// Every programme, stage and exercise id of the plan, in file order.
pub(super) fn plan_ids(plan: &Plan) -> impl Iterator<Item = &str> {
    plan.programmes.iter().flat_map(|p| {
        std::iter::once(p.id.as_str()).chain(p.stages.iter().flat_map(|s| {
            std::iter::once(s.id.as_str()).chain(s.exercises.iter().map(|e| e.id.as_str()))
        }))
    })
}
