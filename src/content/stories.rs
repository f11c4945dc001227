//! Consult-mode stories: `content/stories.ron`, a list of step-by-step explanations a
//! clinician walks a patient through. The file format ([`StorySpec`]) is checked against the
//! content (regions, pathways, article sections, warning signs) and the body drawing (views,
//! pathway parts) and becomes validated [`Story`] values. Every problem is reported with
//! `path:line:col`. No egui.

use std::collections::HashSet;

use serde::Deserialize;

use super::positions::{find_offset, find_pos, parse_ron, quoted};
use super::queries::Content;
use super::{ContentProblem, Link};
use crate::body::Leg;
use crate::body::diagram::Diagram;
use crate::selfcheck::validate::banned_phrase;

/// The file, relative to the content folder. It is optional: without it consult mode offers
/// no stories (and says so).
pub const STORIES_FILE: &str = "stories.ron";

/// How weight is shared between the legs in the two-legged view.
#[derive(Clone, Copy, Debug, Default, Deserialize, PartialEq, Eq)]
pub enum Load {
    /// Nothing is shown about loading.
    #[default]
    None,
    /// Both legs take the same share.
    Even,
    /// The left leg takes more (the right is spared).
    MoreOnLeft,
    /// The right leg takes more (the left is spared).
    MoreOnRight,
}

/// Which leg, as written in the file.
#[derive(Clone, Copy, Debug, Default, Deserialize, PartialEq, Eq)]
enum LegSpec {
    #[default]
    Right,
    Left,
}

/// One story as written in `stories.ron`.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, rename = "Story")]
pub struct StorySpec {
    id: String,
    title: String,
    steps: Vec<StepSpec>,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, rename = "Step")]
struct StepSpec {
    view: String,
    #[serde(default)]
    leg: LegSpec,
    #[serde(default)]
    two_legs: bool,
    #[serde(default)]
    load: Load,
    #[serde(default)]
    regions: Vec<String>,
    #[serde(default)]
    pathways: Vec<String>,
    #[serde(default)]
    parts: Vec<String>,
    #[serde(default)]
    animate: bool,
    #[serde(default)]
    signs: Vec<String>,
    patient: String,
    clinician: String,
    link: Link,
}

/// A validated story: every id in it exists.
#[derive(Clone, Debug, PartialEq)]
pub struct Story {
    /// Stable id.
    pub id: String,
    /// Title on its button, e.g. "Ankle sprain → limp → back strain".
    pub title: String,
    /// The steps, at least one.
    pub steps: Vec<Step>,
}

/// One step of a story: what the picture shows and what the caption says.
#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    /// Body view id (`side`, `back`).
    pub view: String,
    /// Which leg is drawn (in the two-legged view: ignored).
    pub leg: Leg,
    /// Both legs side by side (the back view), for a limp's uneven loading.
    pub two_legs: bool,
    /// How weight is shared between the legs (two-legged view).
    pub load: Load,
    /// Regions highlighted.
    pub regions: Vec<String>,
    /// Pathway overlays drawn.
    pub pathways: Vec<String>,
    /// Only these pathway parts in full colour (e.g. `S1`); the others are faded. Empty: all.
    pub parts: Vec<String>,
    /// The pathways move (still when the user reduces motion).
    pub animate: bool,
    /// Warning signs shown with the caption (ids in the warning-sign registry).
    pub signs: Vec<String>,
    /// Caption in everyday words.
    pub patient: String,
    /// Caption for clinicians.
    pub clinician: String,
    /// The article section that explains this step (`article#section` in the file).
    pub link: Link,
}

impl Step {
    /// The caption at a reading level.
    pub fn caption(&self, level: crate::settings::ReadingLevel) -> &str {
        match level {
            crate::settings::ReadingLevel::Patient => &self.patient,
            crate::settings::ReadingLevel::Clinician => &self.clinician,
        }
    }
}

/// Reads and checks `stories.ron` against the content and the built-in body drawing. `text`
/// is the file (`None`: there is none); `path` is how problems name it; links are checked
/// only when every article could be read (`check_links`).
pub fn check_stories(
    text: Option<&str>,
    path: &str,
    content: &Content,
    check_links: bool,
) -> (Vec<Story>, Vec<ContentProblem>) {
    let diagrams = crate::body::embedded_unstyled_diagrams().unwrap_or_default();
    check_stories_with(text, path, content, check_links, diagrams)
}

/// [`check_stories`] against these body views (right leg).
pub fn check_stories_with(
    text: Option<&str>,
    path: &str,
    content: &Content,
    check_links: bool,
    diagrams: &[Diagram],
) -> (Vec<Story>, Vec<ContentProblem>) {
    let mut problems = Vec::new();
    let Some(text) = text else {
        return (Vec::new(), problems);
    };
    let specs: Vec<StorySpec> = match parse_ron(text, path) {
        Ok(specs) => specs,
        Err(problem) => return (Vec::new(), vec![problem]),
    };
    let mut stories = Vec::new();
    let mut seen = HashSet::new();
    let mut story_from = 0;
    for spec in specs {
        story_from = find_offset(text, &quoted(&spec.id), story_from).unwrap_or(story_from);
        let mut at = |needle: &str, from: usize, message: String| {
            problems.push(problem(path, find_pos(text, needle, from), message));
        };
        if !seen.insert(spec.id.clone()) {
            at(
                &quoted(&spec.id),
                story_from,
                format!("duplicate story id \"{}\"", spec.id),
            );
        }
        if spec.title.trim().is_empty() {
            at("title", story_from, "story has an empty title".to_owned());
        }
        if spec.steps.is_empty() {
            at("steps", story_from, "story has no steps".to_owned());
        }
        let mut step_from = story_from;
        let mut steps = Vec::new();
        for (index, step) in spec.steps.into_iter().enumerate() {
            step_from = find_offset(text, "Step(", step_from + 1).unwrap_or(step_from);
            let number = index + 1;
            let diagram = diagrams.iter().find(|d| d.id == step.view);
            match diagram {
                None => at(
                    &quoted(&step.view),
                    step_from,
                    format!(
                        "step {number}: unknown view \"{}\" (the body drawing has {})",
                        step.view,
                        diagrams
                            .iter()
                            .map(|d| format!("\"{}\"", d.id))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                ),
                Some(_) if step.two_legs && step.view != "back" => at(
                    "two_legs",
                    step_from,
                    format!("step {number}: the two-legged view is drawn from the back only"),
                ),
                Some(_) => {}
            }
            if step.load != Load::None && !step.two_legs {
                at(
                    "load",
                    step_from,
                    format!("step {number}: load is shown only with two_legs: true"),
                );
            }
            for region in &step.regions {
                if content.region(region).is_none() {
                    at(
                        &quoted(region),
                        step_from,
                        format!("step {number}: unknown region id \"{region}\""),
                    );
                } else if let Some(d) = diagram
                    && !d.region_ids().contains(&region.as_str())
                {
                    at(
                        &quoted(region),
                        step_from,
                        format!(
                            "step {number}: region \"{region}\" is not drawn in the \"{}\" view",
                            d.id
                        ),
                    );
                }
            }
            for pathway in &step.pathways {
                if content.pathway(pathway).is_none() {
                    at(
                        &quoted(pathway),
                        step_from,
                        format!("step {number}: unknown pathway id \"{pathway}\""),
                    );
                }
            }
            for part in &step.parts {
                let known = diagram.is_none_or(|d| {
                    d.pathways
                        .iter()
                        .any(|p| &p.part == part && step.pathways.contains(&p.pathway))
                });
                if !known {
                    at(
                        &quoted(part),
                        step_from,
                        format!(
                            "step {number}: unknown part \"{part}\" (not a part of this step's pathways)"
                        ),
                    );
                }
            }
            for sign in &step.signs {
                if content.warnings.sign(sign).is_none() {
                    at(
                        &quoted(sign),
                        step_from,
                        format!("step {number}: unknown warning sign \"{sign}\""),
                    );
                }
            }
            for (field, caption) in [("patient", &step.patient), ("clinician", &step.clinician)] {
                if caption.trim().is_empty() {
                    at(
                        field,
                        step_from,
                        format!("step {number}: empty {field} caption"),
                    );
                } else if let Some(phrase) = banned_phrase(caption) {
                    at(
                        field,
                        step_from,
                        format!(
                            "step {number}: the {field} caption says \"{phrase}\" (educate, never diagnose)"
                        ),
                    );
                }
            }
            if check_links && !content.resolves(&step.link) {
                at(
                    &quoted(&step.link.to_string()),
                    step_from,
                    format!(
                        "step {number}: broken link \"{}\": no such article or section",
                        step.link
                    ),
                );
            }
            steps.push(Step {
                view: step.view,
                leg: match step.leg {
                    LegSpec::Right => Leg::Right,
                    LegSpec::Left => Leg::Left,
                },
                two_legs: step.two_legs,
                load: step.load,
                regions: step.regions,
                pathways: step.pathways,
                parts: step.parts,
                animate: step.animate,
                signs: step.signs,
                patient: step.patient,
                clinician: step.clinician,
                link: step.link,
            });
        }
        stories.push(Story {
            id: spec.id,
            title: spec.title,
            steps,
        });
    }
    (stories, problems)
}

fn problem(path: &str, (line, col): (usize, usize), message: String) -> ContentProblem {
    ContentProblem::new(path.to_owned(), line, col, message)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn diagrams() -> Vec<Diagram> {
        crate::body::parse_diagrams(crate::body::diagram::EMBEDDED_GEOMETRY).unwrap_or_default()
    }

    const GOOD_STEP: &str = r#"Step(view: "side", regions: ["achilles"], pathways: ["nerve_route"], parts: ["S1"], patient: "A short caption.", clinician: "A clinician caption.", link: "back-to-ankle#nerve-path")"#;

    fn check(text: &str) -> (Vec<Story>, Vec<String>) {
        let content = crate::content::load_embedded();
        let (stories, problems) =
            check_stories_with(Some(text), "stories.ron", &content, true, &diagrams());
        (stories, problems.iter().map(ToString::to_string).collect())
    }

    #[test]
    fn a_good_story_is_read() {
        let (stories, problems) = check(&format!(
            "[Story(id: \"s\", title: \"T\", steps: [{GOOD_STEP}])]"
        ));
        assert_eq!(problems, Vec::<String>::new());
        assert_eq!(stories[0].steps[0].parts, vec!["S1".to_owned()]);
    }

    #[test]
    fn unknown_ids_are_placed() {
        let text = format!(
            "[Story(id: \"s\", title: \"T\", steps: [\n{GOOD_STEP},\n{}])]",
            GOOD_STEP
                .replace("\"achilles\"", "\"elbow\"")
                .replace("\"S1\"", "\"L9\"")
                .replace("\"side\"", "\"top\"")
        );
        let (_, problems) = check(&text);
        assert!(
            problems
                .iter()
                .any(|p| p.starts_with("stories.ron:3:")
                    && p.contains("unknown region id \"elbow\"")),
            "{problems:?}"
        );
        assert!(problems.iter().any(|p| p.contains("unknown view \"top\"")));
        assert!(
            problems.iter().all(|p| !p.contains("unknown part")),
            "parts are not checked against an unknown view"
        );
    }

    #[test]
    fn diagnostic_words_and_broken_links_are_refused() {
        let text = format!(
            "[Story(id: \"s\", title: \"T\", steps: [{}])]",
            GOOD_STEP
                .replace("A short caption.", "You have sciatica.")
                .replace("#nerve-path", "#nowhere")
        );
        let (_, problems) = check(&text);
        assert!(problems.iter().any(|p| p.contains("\"you have\"")));
        assert!(problems.iter().any(|p| p.contains("broken link")));
    }

    #[test]
    fn the_shipped_stories_are_clean() {
        let files = crate::content::ContentFiles::embedded();
        let text = files
            .files
            .iter()
            .find(|(p, _)| p == STORIES_FILE)
            .map(|(_, t)| t.as_str());
        let content = crate::content::load_embedded();
        let (stories, problems) =
            check_stories_with(text, "stories.ron", &content, true, &diagrams());
        let listed: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert!(problems.is_empty(), "{}", listed.join("\n"));
        assert!(stories.len() >= 4, "the issue's four stories");
    }
}
