//! What the screens ask the app to do. Plain data, no egui: the UI returns these and
//! [`crate::app::AnkleBackApp::apply`] carries them out.

use std::path::PathBuf;

use crate::body::BodyMapState;
use crate::content::model::Area;
use crate::learn_state::LearnState;
use crate::progress::{DiaryEntry, Shoe};
use crate::route::Route;
use crate::selfcheck::session::Verb;
use crate::settings::{Role, Settings};

impl Intent {
    /// Opens the article (at the section) a link points to.
    pub fn open(link: &crate::content::Link) -> Self {
        Intent::OpenArticle {
            article: link.article.clone(),
            section: link.section.clone(),
        }
    }
}

/// A change the UI asks for. Screens return these; [`AnkleBackApp::apply`] carries them out.
#[must_use]
#[derive(Clone, Debug, PartialEq)]
pub enum Intent {
    /// Go to another screen (the one left is remembered for Back).
    Navigate(Route),
    /// Go back to the screen before (the Back button, Alt+Left, the mouse's back button).
    Back,
    /// Read these sentences aloud; `key` names the button that asked (for its highlight).
    ReadAloud {
        /// Which part of which screen.
        key: String,
        /// The sentences, as shown and as spoken.
        sentences: Vec<crate::speech::text::Sentence>,
    },
    /// Make a take-home PDF and save it in the documents folder (or under `--data-dir`), or
    /// where the person chose with "Save as…".
    MakeHandout(HandoutOrder),
    /// Open a saved file in the system's viewer (a handout), or its folder.
    OpenFile(PathBuf),
    /// Pause reading aloud.
    PauseReading,
    /// Go on reading aloud.
    ResumeReading,
    /// Stop reading aloud.
    StopReading,
    /// The reader followed a link from this section of the open article: Back returns here.
    ReadingSection(String),
    /// Replace the settings (applied at once, saved shortly after).
    UpdateSettings(Settings),
    /// First start: the answer to "Which best describes you?".
    CompleteWelcome(Role),
    /// Hide a banner.
    DismissBanner(usize),
    /// The Learn screen's search, grouping or reading level changed.
    UpdateLearn(LearnState),
    /// A self-check verb: start, answer a screen, go back, start again, view a saved check.
    SelfCheck(Verb),
    /// The self-check's words for this screen only (`None`: the reading-level setting), e.g.
    /// patient words while the app is at clinician level.
    SetSelfCheckWords(Option<crate::settings::ReadingLevel>),
    /// Delete a saved self-check from the history (the UI asks first).
    DeleteCheck(usize),
    /// Add or replace a day in the pain diary.
    SaveDiaryEntry(DiaryEntry),
    /// Remove the diary entry of a day (`YYYY-MM-DD`).
    DeleteDiaryEntry(String),
    /// The user says which recovery stage they are at.
    SetPlanStage(String),
    /// Tick or untick an exercise for a day.
    SetExerciseDone {
        /// `YYYY-MM-DD`.
        date: String,
        /// Exercise id.
        exercise: String,
        /// Done or not.
        done: bool,
    },
    /// Start tracking a pair of shoes.
    AddShoe(Shoe),
    /// Make a new profile and switch to it.
    CreateProfile(String),
    /// Switch to another profile (asks for its PIN first if it has one).
    SwitchProfile(String),
    /// The PIN typed for the profile waiting in [`crate::app::AnkleBackApp::pin_prompt`].
    UnlockProfile(String),
    /// Close the PIN prompt without switching.
    CancelUnlock,
    /// Set (`Some`) or remove (`None`) the open profile's PIN.
    SetPin(Option<String>),
    /// Rename a profile.
    RenameProfile {
        /// Profile id.
        id: String,
        /// New name.
        name: String,
    },
    /// Erase a profile and all its files (the UI asks first). Afterwards the app shows the
    /// profile chooser, never another person's profile.
    DeleteProfile(String),
    /// Write the active profile to one file, named after the person and the date, in this
    /// folder (`None`: `<data>/exports/`).
    ExportProfile(Option<PathBuf>),
    /// Read a profile from an export file (off the UI thread). If a profile of the same name
    /// exists, the app asks (see [`Intent::ResolveImport`]).
    ImportProfile(PathBuf),
    /// The answer to "a profile with this name already exists".
    ResolveImport(ImportChoice),
    /// Closing with unsaved changes: try to save again, then close if that worked.
    CloseRetry,
    /// Closing with unsaved changes: export the profile to this folder, then close.
    CloseSaveCopy(PathBuf),
    /// Closing with unsaved changes: close and lose them.
    CloseQuitAnyway,
    /// Closing with unsaved changes: stay open.
    CloseCancel,
    /// The window's close button (or the system) asks to close: the app saves what it can and
    /// asks about the rest (then [`crate::app::AnkleBackApp::may_close`] is false).
    WindowCloseRequested,
    /// Change (`Some`) or stop tracking (`None`) a pair of shoes.
    UpdateShoe {
        /// Index in the list.
        index: usize,
        /// The new value.
        shoe: Option<Shoe>,
    },
    /// The body map's view, selection, overlays or zoom changed.
    UpdateBodyMap(BodyMapState),
    /// Consult mode: enter, leave, step, draw, show one thing at a time, new patient.
    Consult(crate::consult::ConsultVerb),
    /// Go to the body map and highlight these regions and pathways.
    ShowOnBodyMap {
        /// Region ids.
        regions: Vec<String>,
        /// Pathway ids.
        pathways: Vec<String>,
    },
    /// Open an article in Learn, optionally at a section.
    OpenArticle {
        /// Article id.
        article: String,
        /// Section id.
        section: Option<String>,
    },
    /// Start a self-check, optionally about one area.
    StartSelfCheck {
        /// The area chosen on the body map.
        area: Option<Area>,
    },
    /// Go to My progress with this recovery-plan stage open (a link from an article).
    OpenPlanStage(String),
    /// Go to My progress at the pain diary (a link from an article).
    OpenDiary,
    /// My progress has scrolled to the requested place.
    ProgressFocused,
}

/// What to do with an import whose name is already in use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportChoice {
    /// Replace the existing profile's settings and progress.
    Replace,
    /// Import as another profile.
    AsNew,
    /// Do not import.
    Cancel,
}

/// What a handout button asks for.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct HandoutOrder {
    /// Article links (`article` or `article#section`).
    pub articles: Vec<crate::content::Link>,
    /// Self-check answers whose result is printed.
    pub answers: Option<crate::selfcheck::answers::Answers>,
    /// Print the current plan stage.
    pub plan: bool,
    /// Add the pain diary's trend as a chart.
    pub diary: bool,
    /// What consult mode showed and the clinician's drawing (a handout from consult mode).
    pub consult: Option<crate::consult::sheet::ConsultSheet>,
    /// A short topic for the file name.
    pub topic: String,
    /// Where to save it ("Save as…"), replacing a file there; `None`: the handouts folder,
    /// under a new name.
    pub save_as: Option<PathBuf>,
}
