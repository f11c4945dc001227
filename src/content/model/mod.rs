//! The content model: what the RON files under `content/` hold.
//!
//! These are the file formats. [`super::Content`] is the validated whole built from them by
//! [`super::load`]; the rest of the app only ever sees a validated `Content`.

use serde::{Deserialize, Serialize};

use super::Link;

mod texts;
pub use texts::{Evidence, PathwayInfo, PathwayPart, PathwayStyle, RegionInfo, Source, Term};

/// One article: a question people ask, answered from one (or more) source articles.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Article {
    /// Stable id, used by links, progress ("articles read") and the self-check.
    pub id: String,
    /// The question a person asks, e.g. "Can a sprained ankle lead to a strained lower back?"
    pub title: String,
    /// One plain sentence that answers the question.
    pub summary: String,
    /// Which way the trouble travels; groups articles on the Learn screen.
    pub direction: Direction,
    /// Body areas the article is about; groups articles on the Learn screen.
    pub areas: Vec<Area>,
    /// Review metadata shown under the article.
    pub review: Review,
    /// The article's sections, in reading order.
    pub sections: Vec<Section>,
}

/// Which way an article's link runs.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Direction {
    /// An ankle or foot problem that ends up loading the back.
    AnkleToBack,
    /// A back problem felt in, or loading, the ankle, Achilles or heel.
    BackToAnkle,
}

impl Direction {
    /// Every direction, in display order.
    pub const ALL: [Direction; 2] = [Direction::AnkleToBack, Direction::BackToAnkle];

    /// The id of its label in the UI messages (`assets/i18n/<lang>/learn.ftl`).
    pub fn message_id(self) -> &'static str {
        match self {
            Direction::AnkleToBack => "direction-AnkleToBack",
            Direction::BackToAnkle => "direction-BackToAnkle",
        }
    }

    /// Heading used on the Learn screen.
    pub fn label(self) -> &'static str {
        match self {
            Direction::AnkleToBack => "From the ankle to the back",
            Direction::BackToAnkle => "From the back to the ankle",
        }
    }
}

/// Body areas used to group articles.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Area {
    /// Lower back, spine and nerve roots.
    LowerBack,
    /// Hip, pelvis and buttock.
    Hip,
    /// Ankle and foot.
    Ankle,
    /// Achilles tendon, calf and heel.
    AchillesHeel,
}

impl Area {
    /// Every area, in display order.
    pub const ALL: [Area; 4] = [Area::LowerBack, Area::Hip, Area::Ankle, Area::AchillesHeel];

    /// The id of its label in the UI messages (`assets/i18n/<lang>/learn.ftl`).
    pub fn message_id(self) -> &'static str {
        match self {
            Area::LowerBack => "area-LowerBack",
            Area::Hip => "area-Hip",
            Area::Ankle => "area-Ankle",
            Area::AchillesHeel => "area-AchillesHeel",
        }
    }

    /// Heading used on the Learn screen.
    pub fn label(self) -> &'static str {
        match self {
            Area::LowerBack => "Lower back",
            Area::Hip => "Hip and pelvis",
            Area::Ankle => "Ankle and foot",
            Area::AchillesHeel => "Achilles, calf and heel",
        }
    }
}

/// Who checked an article, and when.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Review {
    /// ISO date, `YYYY-MM-DD`.
    pub last_reviewed: String,
    /// Draft or reviewed.
    pub status: ReviewStatus,
    /// Name and role of the reviewer, if any.
    #[serde(default)]
    pub reviewed_by: Option<String>,
}

/// Review status of an article.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq)]
pub enum ReviewStatus {
    /// Written, not yet checked by a clinician.
    Draft,
    /// Checked by the named reviewer.
    Reviewed,
}

impl ReviewStatus {
    /// The id of its label in the UI messages (`assets/i18n/<lang>/learn.ftl`).
    pub fn message_id(self) -> &'static str {
        match self {
            ReviewStatus::Draft => "review-Draft",
            ReviewStatus::Reviewed => "review-Reviewed",
        }
    }

    /// Text shown to readers.
    pub fn label(self) -> &'static str {
        match self {
            ReviewStatus::Draft => "Not yet reviewed by a clinician",
            ReviewStatus::Reviewed => "Reviewed by a clinician",
        }
    }
}

/// A section of an article, written twice: for patients and for clinicians.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// Unique inside its article; `article-id#section-id` links to it.
    pub id: String,
    /// Section heading, patient wording.
    pub heading: String,
    /// Blocks for the patient reading level (plain words, about grade 6).
    pub patient: Vec<Block>,
    /// Blocks for the clinician reading level.
    pub clinician: Vec<Block>,
    /// Body-map region ids this section is about ("Show on body map").
    #[serde(default)]
    pub regions: Vec<String>,
    /// Body-map pathway ids this section is about.
    #[serde(default)]
    pub pathways: Vec<String>,
    /// Source ids from `sources.ron`; at least one.
    pub sources: Vec<String>,
    /// Links to other sections: `article-id#section-id` (or `article-id`).
    #[serde(default)]
    pub see_also: Vec<Link>,
}

/// A block of text. Inline markup in any text: `[[term-id]]` or `[[term-id|shown words]]`
/// marks a glossary term (shown with its definition on hover or focus).
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
pub enum Block {
    /// A plain paragraph.
    Paragraph(String),
    /// A bulleted list.
    Bullets(Vec<String>),
    /// Numbered steps, in order.
    Steps(Vec<String>),
    /// Warning signs from the registry (`warning-signs.ron`), by id: shown grouped by tier,
    /// each tier with its heading and where to go, in the registry's words.
    WarningSigns(Vec<String>),
    /// The old callout that spelt the signs out. Still parsed, so that the validator can say
    /// where it is and what to write instead; never shown.
    Warning {
        /// Callout title.
        title: String,
        /// The signs, spelt out.
        items: Vec<String>,
    },
    /// A key figure and what it means for the reader.
    KeyFigure {
        /// The figure itself, e.g. "10.3 %".
        figure: String,
        /// What the figure counts, in one line.
        label: String,
        /// What it means for the reader.
        meaning: String,
    },
    /// A note where sources simplify or disagree (e.g. RICE vs PRICE).
    Note {
        /// Note title.
        title: String,
        /// Note text.
        text: String,
    },
    /// A teaching drawing, painted by the app from its own body geometry. `figure` is the id
    /// of one in `figures.ron`; `caption` is shown under it; `alt` is the text alternative
    /// screen readers read for the drawing (what it shows, in words).
    Figure {
        /// Figure id, one of `figures.ron` (`crate::content::figures`).
        figure: String,
        /// Caption shown under the drawing.
        caption: String,
        /// Text alternative: what the drawing shows, for screen readers.
        alt: String,
    },
    /// A simple table: a caption (also its text alternative), column headings and rows, each
    /// row with one cell per column.
    Table {
        /// What the table compares, shown above it.
        caption: String,
        /// Column headings.
        columns: Vec<String>,
        /// Rows of cells.
        rows: Vec<Vec<String>>,
    },
    /// "What you can do now": numbered steps, a checklist to take to a clinician, and links
    /// into the app's own tools.
    Actions {
        /// Numbered steps, each saying how, how often and for how long.
        steps: Vec<String>,
        /// "What to tell your clinician": short items to tick off before a visit.
        #[serde(default)]
        checklist: Vec<String>,
        /// Links into the app, each one of [`ActionLink`]'s forms: `plan:<stage-id>`, `diary`,
        /// `self-check`.
        links: Vec<String>,
    },
}

/// Where an [`Block::Actions`] link leads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ActionLink {
    /// `plan:<stage-id>`: a stage of the recovery plan (My progress).
    PlanStage(String),
    /// `diary`: the pain diary (My progress).
    Diary,
    /// `self-check`: the guided self-check.
    SelfCheck,
}

impl ActionLink {
    /// Reads a link as written in the content; `None` when it has none of the known forms.
    pub fn parse(link: &str) -> Option<Self> {
        match link {
            "diary" => Some(Self::Diary),
            "self-check" => Some(Self::SelfCheck),
            _ => link
                .strip_prefix("plan:")
                .filter(|id| !id.is_empty())
                .map(|id| Self::PlanStage(id.to_owned())),
        }
    }
}

impl Block {
    /// Every piece of text in the block, for search and readability.
    pub fn texts(&self) -> Vec<&str> {
        match self {
            Block::Paragraph(text) => vec![text.as_str()],
            Block::Bullets(items) | Block::Steps(items) => {
                items.iter().map(String::as_str).collect()
            }
            Block::WarningSigns(_) => Vec::new(),
            Block::Warning { title, items } => std::iter::once(title.as_str())
                .chain(items.iter().map(String::as_str))
                .collect(),
            Block::KeyFigure {
                figure,
                label,
                meaning,
            } => vec![figure.as_str(), label.as_str(), meaning.as_str()],
            Block::Note { title, text } => vec![title.as_str(), text.as_str()],
            Block::Figure { caption, alt, .. } => vec![caption.as_str(), alt.as_str()],
            Block::Table {
                caption,
                columns,
                rows,
            } => std::iter::once(caption)
                .chain(columns)
                .chain(rows.iter().flatten())
                .map(String::as_str)
                .collect(),
            Block::Actions {
                steps, checklist, ..
            } => steps
                .iter()
                .chain(checklist.iter())
                .map(String::as_str)
                .collect(),
        }
    }
}
