//! The content model's other files: sources (`sources.ron`), glossary terms
//! (`glossary.ron`), and the texts of body regions and pathways (`regions.ron`,
//! `pathways.ron`), with how each pathway is drawn.

use serde::{Deserialize, Serialize};

use super::Area;
use crate::content::Link;

/// One source in `sources.ron`.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Stable id, referenced by sections and self-check outcomes.
    pub id: String,
    /// Title of the source.
    pub title: String,
    /// Publisher or site.
    pub publisher: String,
    /// Year of publication or last update.
    pub year: u16,
    /// Web address, if it has one (shown as text; the app never opens the network).
    #[serde(default)]
    pub address: Option<String>,
    /// What kind of evidence it is.
    pub evidence: Evidence,
    /// Optional note, e.g. "cited by source 000".
    #[serde(default)]
    pub note: Option<String>,
}

/// Kind of evidence a source carries.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq)]
pub enum Evidence {
    /// A research study (cohort, trial, review).
    ResearchStudy,
    /// A clinical guideline or a guideline summary.
    Guideline,
    /// Advice written by a clinician.
    ClinicianAdvice,
    /// Advice from a clinic's own web site.
    ClinicAdvice,
    /// A general health information website with no named author or stated training.
    HealthWebsite,
    /// A summary written by an AI service, marked by its site as not yet checked by a person.
    AiSummary,
    /// Health advice from a public health service written for patients (e.g. the NHS website).
    PublicHealthAdvice,
}

impl Evidence {
    /// The id of its label in the UI messages (`assets/i18n/<lang>/learn.ftl`).
    pub fn message_id(self) -> &'static str {
        match self {
            Evidence::ResearchStudy => "evidence-ResearchStudy",
            Evidence::Guideline => "evidence-Guideline",
            Evidence::ClinicianAdvice => "evidence-ClinicianAdvice",
            Evidence::ClinicAdvice => "evidence-ClinicAdvice",
            Evidence::HealthWebsite => "evidence-HealthWebsite",
            Evidence::AiSummary => "evidence-AiSummary",
            Evidence::PublicHealthAdvice => "evidence-PublicHealthAdvice",
        }
    }

    /// Text shown to readers.
    pub fn label(self) -> &'static str {
        match self {
            Evidence::ResearchStudy => "Research study",
            Evidence::Guideline => "Guideline",
            Evidence::ClinicianAdvice => "Clinician advice",
            Evidence::ClinicAdvice => "Clinic advice",
            Evidence::HealthWebsite => "General health website, no named author",
            Evidence::AiSummary => "AI-written summary, pending human review",
            Evidence::PublicHealthAdvice => "Public health service advice for patients",
        }
    }
}

/// One glossary term in `glossary.ron`.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Term {
    /// Stable id used in `[[term-id]]` markup.
    pub id: String,
    /// The term as shown, e.g. "radiculopathy".
    pub term: String,
    /// A plain definition, grade 6 words.
    pub plain: String,
}

/// One body-map region's text in `regions.ron` (its shape lives in `assets/body/`).
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct RegionInfo {
    /// Stable id shared with the body geometry.
    pub id: String,
    /// Plain name, also the accessible label ("Achilles tendon").
    pub name: String,
    /// What it is, in plain words.
    pub what: String,
    /// How it links to the other end of the chain.
    pub link: String,
    /// Area used to start a self-check about this region.
    pub area: Area,
    /// Warning signs to know about for this part (registry ids).
    #[serde(default)]
    pub signs: Vec<String>,
}

/// One pathway overlay's text in `pathways.ron`.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct PathwayInfo {
    /// Stable id: `nerve_route`, `movement_chain`, `limp`.
    pub id: String,
    /// Short name for the toggle.
    pub name: String,
    /// One or two lines shown with the overlay.
    pub caption: String,
    /// Regions the pathway passes through, in order.
    pub regions: Vec<String>,
    /// Article (or `article#section`) that explains it.
    pub article: Link,
    /// How its parts are drawn, unless a part says otherwise.
    pub style: PathwayStyle,
    /// Parts of the drawing (as the body geometry names them) with a style of their own.
    #[serde(default)]
    pub parts: Vec<PathwayPart>,
}

impl PathwayInfo {
    /// The style a part of this pathway is drawn in.
    pub fn style_of(&self, part: &str) -> PathwayStyle {
        self.parts
            .iter()
            .find(|p| p.id == part)
            .map_or(self.style, |p| p.style)
    }

    /// A part's legend line, when the content gives it one.
    pub fn legend_of(&self, part: &str) -> Option<&str> {
        self.parts
            .iter()
            .find(|p| p.id == part)
            .and_then(|p| p.legend.as_deref())
    }
}

/// A part of a pathway's drawing with its own style (a nerve root, a direction).
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct PathwayPart {
    /// The part's name in the body geometry (`L4`, `back_to_ankle`).
    pub id: String,
    /// How it is drawn.
    pub style: PathwayStyle,
    /// Its line in the overlay's legend ("L4: front of knee, inner shin"); a part without
    /// one is drawn but not listed.
    #[serde(default)]
    pub legend: Option<String>,
}

/// How a pathway is drawn. Content chooses the style; each theme gives it a colour, and paper
/// a dash pattern, so every style can be told apart without colour.
#[derive(Clone, Copy, Debug, Default, Deserialize, Serialize, PartialEq, Eq, Hash)]
pub enum PathwayStyle {
    /// The nerve route as a whole.
    #[default]
    Nerve,
    /// The first nerve root's own route (top to bottom).
    Root1,
    /// The second nerve root's own route.
    Root2,
    /// The third nerve root's own route.
    Root3,
    /// Strain travelling up the movement chain.
    ChainUp,
    /// Strain travelling down the movement chain.
    ChainDown,
    /// A limp's uneven loading: less weight through the sore side.
    Limp,
    /// A limp's uneven loading: the strain taken up elsewhere (hip, lower back).
    LimpStrain,
}

impl PathwayStyle {
    /// Every style.
    pub const ALL: [PathwayStyle; 8] = [
        PathwayStyle::Nerve,
        PathwayStyle::Root1,
        PathwayStyle::Root2,
        PathwayStyle::Root3,
        PathwayStyle::ChainUp,
        PathwayStyle::ChainDown,
        PathwayStyle::Limp,
        PathwayStyle::LimpStrain,
    ];

    /// The style's dash pattern (dash, gap, dash, gap, … in drawing units, for a line about
    /// 4 units wide): on paper and on screen, so every style is told apart without colour.
    pub fn dash(self) -> &'static [f32] {
        match self {
            PathwayStyle::Root1 => &[4.0, 10.0],
            PathwayStyle::Root2 => &[26.0, 8.0, 4.0, 8.0],
            PathwayStyle::Root3 => &[34.0, 10.0],
            PathwayStyle::Nerve => &[18.0, 8.0],
            PathwayStyle::ChainDown => &[12.0, 12.0],
            PathwayStyle::ChainUp => &[30.0, 10.0],
            PathwayStyle::Limp => &[20.0, 6.0, 4.0, 6.0, 4.0, 6.0],
            PathwayStyle::LimpStrain => &[8.0, 4.0],
        }
    }
}
