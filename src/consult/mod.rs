//! Consult mode's model: the story and step shown, the clinician's changes to the picture,
//! the drawing, the reading level for the screen shown, and the record of what was shown.
//! Changed only by [`ConsultVerb`]s through [`ConsultState::apply`]. No egui.

pub mod drawing;
pub mod picture;
pub mod saved;
pub mod session;
pub mod sheet;

use crate::body::Leg;
use crate::body::map_state::ZOOM_RANGE;
use crate::content::stories::{Step, Story};
use crate::settings::ReadingLevel;
use drawing::{Drawing, Ink, Mark, Tool};
use picture::{Picture, PictureChanges};
use session::ConsultRecord;

/// A change consult mode asks for.
#[derive(Clone, Debug, PartialEq)]
pub enum ConsultVerb {
    /// Enter consult mode (full screen), at this story if given (by id), else where it was.
    Enter(Option<String>),
    /// Leave consult mode (Esc): back to the screen before.
    Leave,
    /// The next step (→, Page Down, Space, the Next button).
    Next,
    /// The step before (←, Page Up, the Previous button).
    Previous,
    /// Show a story from its first step (index into the stories).
    ChooseStory(usize),
    /// What a drag on the picture does.
    SetTool(Tool),
    /// The ink for new marks.
    SetInk(Ink),
    /// A finished mark.
    AddMark(Mark),
    /// Take back the last drawing change.
    Undo,
    /// Remove every mark.
    Clear,
    /// Remove mark `n` (0-based, as listed).
    DeleteMark(usize),
    /// "New patient…": ask before clearing.
    AskNewPatient,
    /// Keep this patient's drawing and record.
    CancelNewPatient,
    /// Clear the drawing and the record (the clinician said yes).
    NewPatient,
    /// Show one structure alone (`None`: the whole body again).
    Isolate(Option<String>),
    /// Show one nerve root's whole path, the others faded (`None`: as the step shows).
    OneRoot(Option<String>),
    /// Both legs from behind, on or off.
    TwoLegs(bool),
    /// Another view or leg than the step's.
    ShowView {
        /// View id.
        view: String,
        /// Leg.
        leg: Leg,
    },
    /// The reading level for the captions shown (`None`: the app's setting).
    SetLevel(Option<ReadingLevel>),
    /// Zoom and pan (screen points from the centre), e.g. after a wheel turn or a drag.
    SetZoomPan {
        /// Zoom factor, 1 = fit.
        zoom: f32,
        /// Pan offset in screen points.
        pan: [f32; 2],
    },
    /// The whole picture again.
    ResetZoom,
    /// "Save to a patient profile…": show the choice of profile.
    AskSave,
    /// Close that choice without saving.
    CancelSave,
    /// Save what was shown into a patient's profile (the app does it: it owns the store).
    SaveTo(saved::SaveTarget),
}

/// Consult mode's state. Kept while the app runs, so leaving and coming back finds the same
/// step and drawing; "New patient" clears it.
#[derive(Clone, Debug, PartialEq)]
pub struct ConsultState {
    /// Index of the story shown.
    pub story: usize,
    /// Index of the step shown.
    pub step: usize,
    /// The clinician's changes to the step's picture.
    pub changes: PictureChanges,
    /// Zoom factor, 1 = fit.
    pub zoom: f32,
    /// Pan offset in screen points.
    pub pan: [f32; 2],
    /// What a drag does.
    pub tool: Tool,
    /// Ink for new marks.
    pub ink: Ink,
    /// The marks.
    pub drawing: Drawing,
    /// Reading level for the captions, when it differs from the app's setting.
    pub level: Option<ReadingLevel>,
    /// What was shown.
    pub record: ConsultRecord,
    /// "Clear the drawing and the record?" is being asked.
    pub asking_new_patient: bool,
    /// Counts step changes: the screen announces the caption once per change.
    pub step_changes: u64,
    /// The choice of a patient profile to save into is shown.
    pub asking_save: bool,
    /// Name of the profile this consult was last saved into (cleared by New patient).
    pub saved_to: Option<String>,
}

impl Default for ConsultState {
    fn default() -> Self {
        Self {
            story: 0,
            step: 0,
            changes: PictureChanges::default(),
            zoom: 1.0,
            pan: [0.0, 0.0],
            tool: Tool::Pen,
            ink: Ink::First,
            drawing: Drawing::default(),
            level: None,
            record: ConsultRecord::default(),
            asking_new_patient: false,
            step_changes: 0,
            asking_save: false,
            saved_to: None,
        }
    }
}

impl ConsultState {
    /// The story shown, if the content has any.
    pub fn current_story<'s>(&self, stories: &'s [Story]) -> Option<&'s Story> {
        stories.get(self.story)
    }

    /// The step shown.
    pub fn current_step<'s>(&self, stories: &'s [Story]) -> Option<&'s Step> {
        self.current_story(stories)?.steps.get(self.step)
    }

    /// What the picture shows now.
    pub fn picture(&self, stories: &[Story]) -> Option<Picture> {
        Some(picture::picture(self.current_step(stories)?, &self.changes))
    }

    /// The reading level of the captions: the consult's own, else `setting`.
    pub fn level(&self, setting: ReadingLevel) -> ReadingLevel {
        self.level.unwrap_or(setting)
    }

    /// What a handout made now carries: the record and the marks, at the captions' level.
    pub fn sheet(&self, setting: ReadingLevel) -> sheet::ConsultSheet {
        sheet::ConsultSheet {
            record: self.record.clone(),
            marks: self.drawing.marks().to_vec(),
            level: self.level(setting),
        }
    }

    /// Carries out a verb (Enter and Leave also change the route: the app does that).
    pub fn apply(&mut self, verb: ConsultVerb, stories: &[Story]) {
        match verb {
            ConsultVerb::Enter(story) => {
                if let Some(index) = story.and_then(|id| stories.iter().position(|s| s.id == id)) {
                    self.go_to(index, 0);
                }
                self.story = self.story.min(stories.len().saturating_sub(1));
                self.record_step(stories);
                self.step_changes += 1;
            }
            ConsultVerb::Leave => {
                self.asking_new_patient = false;
                self.asking_save = false;
            }
            ConsultVerb::Next => {
                let len = self.current_story(stories).map_or(0, |s| s.steps.len());
                if self.step + 1 < len {
                    self.go_to(self.story, self.step + 1);
                    self.record_step(stories);
                }
            }
            ConsultVerb::Previous => {
                if self.step > 0 {
                    self.go_to(self.story, self.step - 1);
                    self.record_step(stories);
                }
            }
            ConsultVerb::ChooseStory(index) => {
                if index < stories.len() {
                    self.go_to(index, 0);
                    self.record_step(stories);
                }
            }
            ConsultVerb::SetTool(tool) => self.tool = tool,
            ConsultVerb::SetInk(ink) => self.ink = ink,
            ConsultVerb::AddMark(mark) => {
                self.drawing.add(mark);
            }
            ConsultVerb::Undo => self.drawing.undo(),
            ConsultVerb::Clear => self.drawing.clear(),
            ConsultVerb::DeleteMark(index) => self.drawing.delete(index),
            ConsultVerb::AskNewPatient => self.asking_new_patient = true,
            ConsultVerb::CancelNewPatient => self.asking_new_patient = false,
            ConsultVerb::NewPatient => {
                let (story, step) = (self.story, self.step);
                *self = Self {
                    step_changes: self.step_changes + 1,
                    ..Self::default()
                };
                self.story = story;
                self.step = step;
                self.record_step(stories);
            }
            ConsultVerb::Isolate(region) => self.changes.isolated = region,
            ConsultVerb::OneRoot(root) => self.changes.root = root,
            ConsultVerb::TwoLegs(on) => {
                self.changes.two_legs = Some(on);
                if on {
                    self.changes.view = Some("back".to_owned());
                }
            }
            ConsultVerb::ShowView { view, leg } => {
                self.changes.view = Some(view);
                self.changes.leg = Some(leg);
                self.changes.two_legs = Some(false);
            }
            ConsultVerb::SetLevel(level) => self.level = level,
            ConsultVerb::SetZoomPan { zoom, pan } => {
                self.zoom = zoom.clamp(ZOOM_RANGE.0, ZOOM_RANGE.1);
                self.pan = pan;
            }
            ConsultVerb::ResetZoom => {
                self.zoom = 1.0;
                self.pan = [0.0, 0.0];
            }
            ConsultVerb::AskSave => self.asking_save = true,
            ConsultVerb::CancelSave | ConsultVerb::SaveTo(_) => self.asking_save = false,
        }
    }

    /// A new step: the clinician's changes to the picture and the zoom start afresh.
    fn go_to(&mut self, story: usize, step: usize) {
        self.story = story;
        self.step = step;
        self.changes = PictureChanges::default();
        self.zoom = 1.0;
        self.pan = [0.0, 0.0];
        self.step_changes += 1;
    }

    fn record_step(&mut self, stories: &[Story]) {
        if let (Some(story), Some(step)) = (self.current_story(stories), self.current_step(stories))
        {
            let (id, link) = (story.id.clone(), step.link.clone());
            self.record.shown(&id, self.step + 1, &link);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stories() -> Vec<Story> {
        crate::content::load_embedded().stories
    }

    #[test]
    fn stepping_stays_within_the_story_and_is_recorded() {
        let stories = stories();
        let mut state = ConsultState::default();
        state.apply(ConsultVerb::Enter(None), &stories);
        state.apply(ConsultVerb::Previous, &stories);
        assert_eq!(state.step, 0);
        let len = stories[0].steps.len();
        for _ in 0..len + 3 {
            state.apply(ConsultVerb::Next, &stories);
        }
        assert_eq!(state.step, len - 1);
        assert_eq!(state.record.steps.len(), len);
        state.apply(ConsultVerb::ChooseStory(1), &stories);
        assert_eq!((state.story, state.step), (1, 0));
        assert_eq!(state.record.stories.len(), 2);
    }

    #[test]
    fn a_new_step_forgets_the_changes_but_not_the_drawing() {
        let stories = stories();
        let mut state = ConsultState::default();
        state.apply(ConsultVerb::Enter(Some("s1-heel".into())), &stories);
        assert_eq!(stories[state.story].id, "s1-heel");
        state.apply(ConsultVerb::OneRoot(Some("L4".into())), &stories);
        state.apply(
            ConsultVerb::AddMark(Mark {
                shape: drawing::MarkShape::Circle {
                    center: [1.0, 1.0],
                    radius: 2.0,
                },
                ink: Ink::Second,
                space: picture::picture(&stories[state.story].steps[0], &state.changes).space,
            }),
            &stories,
        );
        state.apply(ConsultVerb::Next, &stories);
        assert_eq!(state.changes, PictureChanges::default());
        assert_eq!(state.drawing.marks().len(), 1);
    }

    #[test]
    fn new_patient_clears_the_drawing_and_the_record_but_keeps_the_place() {
        let stories = stories();
        let mut state = ConsultState::default();
        state.apply(ConsultVerb::Enter(None), &stories);
        state.apply(ConsultVerb::Next, &stories);
        state.apply(ConsultVerb::AskNewPatient, &stories);
        assert!(state.asking_new_patient);
        state.apply(ConsultVerb::NewPatient, &stories);
        assert!(!state.asking_new_patient);
        assert_eq!(state.step, 1);
        assert_eq!(state.record.steps.len(), 1, "only the step on screen");
        assert!(state.drawing.marks().is_empty());
    }
}
