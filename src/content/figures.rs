//! Teaching figures: `content/figures.ron`, the drawings shown in articles
//! (`Figure { figure: "…" }`) and with self-check questions. Each says what it draws (a
//! cropped body view with highlighted regions and pathway parts, or the foot's two sides) and
//! its callouts: a point, the region it names and its words at both reading levels. The UI
//! only paints what the file says, so region ids and callout texts live here, are checked
//! against the content and the body drawing (`path:line:col`) and are translated through the
//! overlay pipeline (keys `figure.<id>.callout.<callout-id>.patient` / `.clinician`). No egui.

use std::collections::HashSet;

use serde::Deserialize;

use super::ContentProblem;
use super::positions::{find_offset, find_pos, parse_ron, quoted};
use super::queries::Content;
use crate::body::diagram::Diagram;

/// The file, relative to the content folder. Optional: a content folder without it has no
/// figures (and an article that names one fails the check).
pub const FIGURES_FILE: &str = "figures.ron";

/// A point in a drawing: diagram units for a body view, 0–1 of the box for the foot.
pub type At = (f32, f32);

/// What a figure draws.
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub enum FigureDrawing {
    /// Part of a body view (right leg), as the body map draws it.
    Body {
        /// The view's id in the body drawing (`side`, `back`).
        view: String,
        /// The part shown: (left, top, right, bottom) in diagram units.
        crop: (f32, f32, f32, f32),
        /// Height at 100 % text, in points (it grows with the text size).
        height: f32,
        /// Regions drawn highlighted.
        #[serde(default)]
        highlight: Vec<String>,
        /// The pathway overlay drawn, if any.
        #[serde(default)]
        pathway: Option<String>,
        /// Only these parts of that pathway are drawn (empty: all).
        #[serde(default)]
        parts: Vec<String>,
        /// A tendon zone measured up from a point, with a centimetre ruler.
        #[serde(default)]
        zone: Option<Zone>,
    },
    /// The foot seen from the outer and the inner side, with lettered points.
    FootSides,
}

/// A band along a tendon, `from_cm` to `to_cm` above `base`, and a ruler beside it.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Zone {
    /// Where the measuring starts (the tendon's insertion), in diagram units.
    pub base: At,
    /// The band's left and right edges (diagram x).
    pub across: (f32, f32),
    /// Lower edge of the band, in cm above `base`.
    pub from_cm: f32,
    /// Upper edge, in cm above `base`.
    pub to_cm: f32,
    /// Diagram units per centimetre in this drawing (it is not to scale; a guide).
    pub units_per_cm: f32,
    /// x of the ruler.
    pub ruler_x: f32,
}

/// Which colour a callout is drawn in (each theme gives the colour).
#[derive(Clone, Copy, Debug, Default, Deserialize, PartialEq, Eq)]
pub enum Ink {
    /// The label colour.
    #[default]
    Text,
    /// The highlight colour.
    Highlight,
    /// The warning colour.
    Warning,
    /// The colour of the third nerve root's route (S1).
    Root3,
}

/// Which side of the foot a point of a [`FigureDrawing::FootSides`] figure is on.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
pub enum Side {
    /// The outer side (little-toe side).
    Outer,
    /// The inner side (big-toe side).
    Inner,
}

/// A point on the drawing and its words.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Callout {
    /// Stable id within the figure (for a lettered point: its letter, shown on the drawing).
    pub id: String,
    /// Where it points.
    pub at: At,
    /// The region it names, checked against regions.ron.
    #[serde(default)]
    pub region: Option<String>,
    /// For the foot's sides: which one.
    #[serde(default)]
    pub side: Option<Side>,
    /// Colour.
    #[serde(default)]
    pub ink: Ink,
    /// Everyday words.
    pub patient: String,
    /// Clinician detail.
    pub clinician: String,
}

/// One figure of `figures.ron`.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, rename = "Figure")]
pub struct FigureInfo {
    /// Id named by articles and self-check questions.
    pub id: String,
    /// What it draws.
    pub drawing: FigureDrawing,
    /// Its callouts.
    pub callouts: Vec<Callout>,
}

fn problem(path: &str, (line, col): (usize, usize), message: String) -> ContentProblem {
    ContentProblem::new(path.to_owned(), line, col, message)
}

/// Reads and checks `figures.ron` against the content (regions, pathways) and the body
/// drawing built into the app (views, pathway parts). `path` is shown in messages.
pub fn check_figures(
    text: Option<&str>,
    path: &str,
    content: &Content,
) -> (Vec<FigureInfo>, Vec<ContentProblem>) {
    let diagrams = crate::body::embedded_unstyled_diagrams().unwrap_or_default();
    check_figures_with(text, path, content, diagrams)
}

/// [`check_figures`] against these body views.
pub fn check_figures_with(
    text: Option<&str>,
    path: &str,
    content: &Content,
    diagrams: &[Diagram],
) -> (Vec<FigureInfo>, Vec<ContentProblem>) {
    let mut problems = Vec::new();
    let Some(text) = text else {
        return (Vec::new(), problems);
    };
    let figures: Vec<FigureInfo> = match parse_ron(text, path) {
        Ok(figures) => figures,
        Err(problem) => return (Vec::new(), vec![problem]),
    };
    let mut seen = HashSet::new();
    let mut from = 0;
    for figure in &figures {
        from = find_offset(text, &quoted(&figure.id), from).unwrap_or(from);
        let mut at = |needle: &str, message: String| {
            problems.push(problem(path, find_pos(text, needle, from), message));
        };
        if !seen.insert(figure.id.as_str()) {
            at(
                &quoted(&figure.id),
                format!("duplicate figure id {}", quoted(&figure.id)),
            );
        }
        let foot = matches!(figure.drawing, FigureDrawing::FootSides);
        if let FigureDrawing::Body {
            view,
            highlight,
            pathway,
            parts,
            ..
        } = &figure.drawing
        {
            match diagrams.iter().find(|d| &d.id == view) {
                None => at(
                    &quoted(view),
                    format!(
                        "unknown view {} (the body drawing has {})",
                        quoted(view),
                        diagrams
                            .iter()
                            .map(|d| quoted(&d.id))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                ),
                Some(diagram) => {
                    for region in highlight {
                        if content.region(region).is_none() {
                            at(
                                &quoted(region),
                                format!("unknown region {} (not in regions.ron)", quoted(region)),
                            );
                        } else if !diagram.region_ids().contains(&region.as_str()) {
                            at(
                                &quoted(region),
                                format!(
                                    "region {} is not drawn in view {}",
                                    quoted(region),
                                    quoted(view)
                                ),
                            );
                        }
                    }
                    if let Some(pathway) = pathway {
                        if content.pathway(pathway).is_none() {
                            at(
                                &quoted(pathway),
                                format!(
                                    "unknown pathway {} (not in pathways.ron)",
                                    quoted(pathway)
                                ),
                            );
                        }
                        for part in parts {
                            let drawn = diagram
                                .pathways
                                .iter()
                                .any(|p| &p.pathway == pathway && &p.part == part);
                            if !drawn {
                                at(
                                    &quoted(part),
                                    format!(
                                        "view {} has no part {} of pathway {}",
                                        quoted(view),
                                        quoted(part),
                                        quoted(pathway)
                                    ),
                                );
                            }
                        }
                    }
                }
            }
        }
        let mut callout_ids = HashSet::new();
        for callout in &figure.callouts {
            let needle = quoted(&callout.id);
            if !callout_ids.insert(callout.id.as_str()) {
                at(&needle, format!("duplicate callout id {needle}"));
            }
            if let Some(region) = &callout.region
                && content.region(region).is_none()
            {
                at(
                    &quoted(region),
                    format!("unknown region {} (not in regions.ron)", quoted(region)),
                );
            }
            if foot != callout.side.is_some() {
                at(
                    &needle,
                    if foot {
                        format!("callout {needle} needs a side (Outer or Inner)")
                    } else {
                        format!("callout {needle}: only a FootSides figure has sides")
                    },
                );
            }
            if callout.patient.trim().is_empty() || callout.clinician.trim().is_empty() {
                at(
                    &needle,
                    format!("callout {needle} needs words at both reading levels"),
                );
            }
        }
    }
    (figures, problems)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "tests")]
    use super::*;

    #[test]
    fn the_shipped_figures_are_clean_and_every_article_figure_is_one_of_them() {
        let content = crate::content::loader::load_embedded();
        let text = crate::content::ContentFiles::embedded()
            .files
            .into_iter()
            .find(|(p, _)| p == FIGURES_FILE)
            .map(|(_, t)| t)
            .unwrap();
        let (figures, problems) = check_figures(Some(&text), FIGURES_FILE, &content);
        assert!(problems.is_empty(), "{problems:?}");
        assert!(figures.len() >= 3);
        assert_eq!(content.figures, figures);
    }

    #[test]
    fn an_unknown_region_is_reported_where_it_is_written() {
        let content = crate::content::loader::load_embedded();
        let text = "[\n    Figure(\n        id: \"f\",\n        drawing: FootSides,\n        callouts: [\n            Callout(id: \"A\", at: (0.5, 0.5), side: Some(Outer), region: Some(\"ankel\"), patient: \"p\", clinician: \"c\"),\n        ],\n    ),\n]\n";
        let (_, problems) = check_figures(Some(text), "figures.ron", &content);
        let listed: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            listed,
            vec!["figures.ron:6:78: unknown region \"ankel\" (not in regions.ron)".to_owned()]
        );
    }
}
