//! One run through the self-check, as a state machine driven by verbs. Plain data, no egui:
//! the screens send verbs, [`Session::apply`] decides what they mean.

use super::Questionnaire;
use super::answers::{Answer, Answers};
use crate::content::model::Area;

/// Where the self-check stands. Impossible combinations (a saved check viewed while answering,
/// a result recorded before it is finished) cannot be written.
#[derive(Clone, Debug, PartialEq)]
pub enum Session {
    /// The start screen. `area` is the body area the check was started about (from the body
    /// map); the questionnaire's `body_map` preset turns it into an answer shown pre-selected,
    /// never answered for the person. It lasts until the run starts.
    NotStarted {
        /// The body-map area, if the check was started from the body map.
        area: Option<Area>,
    },
    /// Answering, or looking at the result of this run.
    Running(Run),
    /// Looking at a saved check from the history.
    Viewing {
        /// Index into the progress history.
        index: usize,
    },
}

impl Default for Session {
    fn default() -> Self {
        Session::NotStarted { area: None }
    }
}

/// The answers of one run.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Run {
    /// Confirmed answers by question id: only the screens on the path so far.
    pub answers: Answers,
    /// Earlier answers to screens the person stepped back over (and the body map's
    /// suggestion): shown pre-selected, not counted.
    pub pending: Answers,
    /// Question ids of each answered screen, in order (for "Previous").
    pub history: Vec<Vec<String>>,
    /// Index of this run's saved result in the history, once recorded.
    pub record: Option<usize>,
}

/// What a screen asks the self-check to do.
#[derive(Clone, Debug, PartialEq)]
pub enum Verb {
    /// Start answering (from the start screen).
    Start,
    /// Answer every question on the current screen.
    AnswerScreen(Vec<(String, Answer)>),
    /// Go back one screen, keeping its answers pre-selected.
    Previous,
    /// Throw the answers away and go back to the start screen (the UI asks first).
    Restart,
    /// Look at a saved check.
    View(usize),
    /// Back from a saved check to the start screen.
    CloseView,
}

/// A run that just reached its result and must be saved.
#[derive(Clone, Debug, PartialEq)]
pub struct Finished {
    /// The answers.
    pub answers: Answers,
    /// Replace this saved record (the person went back and finished again), else add one.
    pub replace: Option<usize>,
}

impl Session {
    /// The run, while answering or looking at its result.
    pub fn run(&self) -> Option<&Run> {
        match self {
            Session::Running(run) => Some(run),
            _ => None,
        }
    }

    /// Applies a verb. Returns the answers to save when the run has just reached its result.
    /// Verbs that do not fit the state (an answer for another screen, a half-answered screen)
    /// change nothing.
    pub fn apply(&mut self, verb: Verb, questionnaire: &Questionnaire) -> Option<Finished> {
        match verb {
            Verb::Start => {
                if let Session::NotStarted { area } = self {
                    let mut run = Run::default();
                    if let Some((question, option)) =
                        area.take().and_then(|a| questionnaire.body_map_answer(a))
                    {
                        run.pending
                            .insert(question.id.clone(), Answer::Choice(option.id.clone()));
                    }
                    *self = Session::Running(run);
                }
                None
            }
            Verb::AnswerScreen(given) => {
                let Session::Running(run) = self else {
                    return None;
                };
                let (_, asked) = questionnaire.next_screen(&run.answers)?;
                let ids: Vec<String> = asked.iter().map(|q| q.id.clone()).collect();
                let complete = ids.iter().all(|id| given.iter().any(|(g, _)| g == id));
                let only_these = given.iter().all(|(g, _)| ids.contains(g));
                if !complete || !only_these {
                    return None;
                }
                for (id, answer) in given {
                    run.pending.remove(&id);
                    run.answers.insert(id, answer);
                }
                run.history.push(ids);
                questionnaire
                    .next_screen(&run.answers)
                    .is_none()
                    .then(|| Finished {
                        answers: run.answers.clone(),
                        replace: run.record,
                    })
            }
            Verb::Previous => {
                if let Session::Running(run) = self
                    && let Some(ids) = run.history.pop()
                {
                    for id in ids {
                        if let Some(answer) = run.answers.remove(&id) {
                            run.pending.insert(id, answer);
                        }
                    }
                }
                None
            }
            Verb::Restart | Verb::CloseView => {
                *self = Session::default();
                None
            }
            Verb::View(index) => {
                *self = Session::Viewing { index };
                None
            }
        }
    }

    /// Notes where this run's result was saved.
    pub fn recorded(&mut self, index: usize) {
        if let Session::Running(run) = self {
            run.record = Some(index);
        }
    }

    /// A saved check was deleted: forget it, and shift later indices.
    pub fn check_deleted(&mut self, deleted: usize) {
        match self {
            Session::Viewing { index } if *index == deleted => *self = Session::default(),
            Session::Viewing { index } if *index > deleted => *index -= 1,
            Session::Running(run) => {
                run.record = match run.record {
                    Some(i) if i == deleted => None,
                    Some(i) if i > deleted => Some(i - 1),
                    other => other,
                };
            }
            _ => {}
        }
    }
}
