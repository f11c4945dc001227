//! The recovery and prevention plan: the file format of `content/plan.ron`.
//!
//! The plan holds several programmes (after a sprain, for Achilles tendon pain, for back pain),
//! each a list of stages with exercises. Stage and exercise ids are unique across the whole
//! plan, so the saved progress (`plan_stage`, the exercise log) names them without the
//! programme.

use serde::{Deserialize, Serialize};

use crate::selfcheck::spec::Text;

/// The whole plan.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    /// The programmes, in display order; the first is the sprain plan.
    pub programmes: Vec<Programme>,
    /// Walking tips (prevention).
    pub walking_tips: Vec<Tip>,
    /// Shoe advice shown with the mileage tracker.
    pub shoes: Text,
    /// Sources of the plan as a whole.
    pub sources: Vec<String>,
    /// Warning signs to stop and get care for (registry ids), shown with the plan.
    #[serde(default)]
    pub signs: Vec<String>,
}

impl Plan {
    /// Every stage of every programme, in display order.
    pub fn stages(&self) -> impl Iterator<Item = &Stage> {
        self.programmes.iter().flat_map(|p| &p.stages)
    }

    /// A stage by id, with its programme.
    pub fn stage(&self, id: &str) -> Option<(&Programme, &Stage)> {
        self.programmes
            .iter()
            .find_map(|p| Some((p, p.stages.iter().find(|s| s.id == id)?)))
    }
}

/// One programme: who it is for, what to check first, and its stages.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Programme {
    /// Stable id (unique among programme, stage and exercise ids).
    pub id: String,
    /// Name, e.g. "After an ankle sprain".
    pub name: String,
    /// Who it is for and how sure the sources are.
    pub about: Text,
    /// Shown before stage 1, e.g. get checked for a fracture first.
    pub before_you_start: Text,
    /// Stages in order.
    pub stages: Vec<Stage>,
    /// Sources of the programme as a whole.
    pub sources: Vec<String>,
}

/// One stage of recovery.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Stage {
    /// Stable id (saved in progress).
    pub id: String,
    /// Name, e.g. "Protect".
    pub name: String,
    /// What the stage is for.
    pub goal: Text,
    /// Exercises or actions.
    pub exercises: Vec<Exercise>,
    /// When people usually move on to the next stage.
    pub move_on_when: Text,
    /// Source ids.
    pub sources: Vec<String>,
}

/// One exercise, as clear steps with a simple drawing.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Exercise {
    /// Stable id (saved in the exercise log).
    pub id: String,
    /// Name, e.g. "Ankle alphabet".
    pub name: String,
    /// Steps, plain words.
    pub steps: Vec<String>,
    /// Dose or caution for clinicians.
    pub clinician_note: String,
    /// Which simple drawing to show.
    pub drawing: Drawing,
}

/// The simple drawings the app can paint.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq)]
pub enum Drawing {
    /// Raised foot with an ice pack.
    RestIceElevate,
    /// Foot tracing letters in the air.
    AnkleAlphabet,
    /// Foot pushing against a band.
    BandPush,
    /// Lying bridge (hip and core).
    HipBridge,
    /// Side-lying leg lift (hip).
    SideLegLift,
    /// Sitting knee straightening.
    KneeStraighten,
    /// Standing on one leg.
    SingleLegBalance,
    /// Heel raises on both feet, holding a counter.
    CalfRaise,
    /// Stationary bike.
    Bike,
    /// Running with an ankle support.
    RunWithSupport,
    /// Core brace (tightening the belly), lying on the back with the knees bent.
    CoreBrace,
    /// Heel raises on one leg, holding a counter.
    OneLegHeelRaise,
    /// Heel lowering off the edge of a step on one leg, knee straight.
    StepHeelDrop,
    /// Heel lowering off the edge of a step on one leg, knee bent.
    StepHeelDropBentKnee,
    /// Brisk walking.
    Walk,
    /// Lying on the back, both knees rolling gently to one side.
    KneeRoll,
}

/// One walking tip.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Tip {
    /// Short title.
    pub title: String,
    /// The tip.
    pub text: Text,
    /// Source ids.
    pub sources: Vec<String>,
}
