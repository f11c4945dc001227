//! The application: owns all state, draws the shell through `ui/`, and applies the intents the
//! screens return. The only place where state changes.

use std::path::PathBuf;
use std::sync::mpsc;

use crate::body::{self, BodyMapState, Diagram};
use crate::content::{self, Content, ContentFiles};
use crate::intent::Intent;
use crate::learn_state::LearnState;
use crate::progress::Progress;
use crate::route::{History, ProgressFocus, Route};
use crate::selfcheck::session::Session;
use crate::settings::Settings;
use crate::store::lock::ProfileLock;
use crate::store::profiles::{self, Profiles};
use crate::store::{DataDirChoice, ProfileDir};

mod activity;
mod banners;
mod consult;
mod language;
mod profiles_ops;
mod saving;
mod transfer;

use banners::problem_banner;
pub use banners::{Banner, BannerKind, READ_ONLY_WHY};
pub use saving::{ClosePrompt, SavedFile};
use saving::{SaveState, prepare_data_folder};
pub use transfer::{ExportError, ImportError, PendingImport};

/// How the app was started.
#[derive(Clone, Debug)]
pub struct StartOptions {
    /// The data folder and why it was chosen.
    pub data_dir: DataDirChoice,
    /// `--content DIR`, if given.
    pub content_dir: Option<PathBuf>,
}

/// The whole app state.
pub struct AnkleBackApp {
    /// Current screen.
    pub route: Route,
    /// Current settings.
    pub settings: Settings,
    /// What the user has done.
    pub progress: Progress,
    /// The Learn screen's state.
    pub learn: LearnState,
    /// Where files are saved.
    pub data_dir: DataDirChoice,
    /// The active profile's folder; `None` while no profile is open (first start, after an
    /// erase): the shell then shows the profile chooser.
    pub profile: Option<ProfileDir>,
    /// Every profile on this computer.
    pub profiles: Profiles,
    /// The active profile's lock, while this copy may write to it.
    lock: Option<ProfileLock>,
    /// Another copy of the app has this profile open: nothing is saved.
    pub read_only: bool,
    /// This copy started read-only: it never changes the profile list.
    started_read_only: bool,
    /// A profile was opened since the start (the first one decides `started_read_only`).
    opened_once: bool,
    /// Messages for the user (broken files, failed saves).
    pub banners: Vec<Banner>,
    /// The articles, glossary and body-map texts, in the language shown.
    pub content: Content,
    /// English and the complete languages, to switch `content` to.
    pub languages: crate::content::i18n::Languages,
    /// The language `content` is in.
    pub content_lang: String,
    /// `--lang`: the language for this run, whatever the settings say.
    forced_lang: Option<String>,
    /// The UI's own words, in the language of `content` (shared with the window, which
    /// hands them to widgets that are not given the app).
    pub messages: std::sync::Arc<crate::messages::Messages>,
    /// Body views (right leg).
    pub diagrams: Vec<Diagram>,
    /// Body views mirrored (left leg).
    pub mirrored: Vec<Diagram>,
    /// The body map's state.
    pub body_map: BodyMapState,
    /// Consult mode: story, step, drawing, the record of what was shown.
    pub consult: crate::consult::ConsultState,
    /// The body views for consult mode, with both legs from behind (resolved once).
    pub pictures: crate::consult::picture::Pictures,
    /// Earlier routes, for Back.
    pub history: History,
    /// Place in My progress to scroll to (and open) when it shows next.
    pub progress_focus: Option<ProgressFocus>,
    /// The self-check: not started (maybe with an area from the body map), running, or
    /// viewing a saved check.
    pub self_check: Session,
    /// The self-check's own reading level, when it differs from the setting (unsaved).
    pub self_check_words: Option<crate::settings::ReadingLevel>,
    /// An import read from disk that waits for "replace or new?".
    pub pending_import: Option<PendingImport>,
    /// An import being read off the UI thread.
    import_job: Option<mpsc::Receiver<Result<profiles::ProfileExport, ImportError>>>,
    /// Shown when the window is closed while changes could not be saved.
    pub close_prompt: Option<ClosePrompt>,
    /// A profile with a PIN waiting to be opened: the shell asks for its PIN.
    pub pin_prompt: Option<String>,
    /// The window may close (nothing unsaved, or the user said "quit anyway").
    close_allowed: bool,
    /// Ask the window to close at the end of this frame.
    close_now: bool,
    /// Reading aloud: the speaker and what it is reading.
    pub reading: crate::reading::Reading,
    /// The last handout made: where it was saved, or why it could not be.
    pub last_handout: Option<Result<PathBuf, String>>,
    /// Why the data folder cannot be written, checked at start (read-only stick, full disk):
    /// said on the first screen, before anything is typed.
    pub data_folder_problem: Option<crate::messages::Said>,
    /// UI time (seconds) of the intent being applied: save deadlines count from it.
    now: f64,
    save: SaveState,
}

impl AnkleBackApp {
    /// Loads the saved state from the data folder. Never fails: problems become banners.
    pub fn new(options: StartOptions) -> Self {
        let banners = Vec::new();
        let (languages, content, content_problems) = language::load_languages(&options);
        let mut body_problem = None;
        let diagrams = match body::embedded_diagrams(&content) {
            Ok(diagrams) => diagrams,
            Err(err) => {
                log::error!("{err}");
                body_problem = Some(err.to_string());
                Vec::new()
            }
        };
        let mirrored = diagrams.iter().map(Diagram::mirrored).collect();
        let data = options.data_dir.path().to_path_buf();
        prepare_data_folder(&options.data_dir);
        let data_folder_problem = crate::store::check_writable(options.data_dir.path())
            .err()
            .map(|err| crate::messages::Said::io(&err));
        let (profiles, profile_problems, _first_start) = profiles::load_profiles(&data);
        let mut save = SaveState::default();
        for problem in &profile_problems {
            save.profiles.blocked |= problem.blocks_saving;
        }
        let active = profiles.active_entry().map(|p| p.id.clone());
        let mut app = Self {
            route: Route::default(),
            settings: Settings::default(),
            progress: Progress::default(),
            profiles,
            lock: None,
            read_only: false,
            started_read_only: false,
            opened_once: false,
            learn: LearnState::default(),
            content,
            languages,
            content_lang: crate::content::i18n::ENGLISH.to_owned(),
            forced_lang: None,
            messages: std::sync::Arc::new(crate::messages::Messages::new(
                crate::content::i18n::ENGLISH,
            )),
            diagrams,
            mirrored,
            body_map: BodyMapState::default(),
            consult: crate::consult::ConsultState::default(),
            pictures: crate::consult::picture::Pictures::default(),
            history: History::default(),
            progress_focus: None,
            self_check: Session::default(),
            self_check_words: None,
            profile: None,
            data_dir: options.data_dir,
            banners,
            pending_import: None,
            import_job: None,
            close_prompt: None,
            pin_prompt: None,
            close_allowed: false,
            close_now: false,
            reading: crate::reading::Reading::detect(),
            last_handout: None,
            data_folder_problem,
            now: 0.0,
            save,
        };
        app.pictures = crate::consult::picture::Pictures::new(&app.diagrams, &app.mirrored);
        if let Some(active) = active {
            if app
                .profiles
                .entry(&active)
                .is_some_and(|p| p.pin_hash.is_some())
            {
                // Someone else may be at the PC now: ask for the PIN before showing anything.
                app.pin_prompt = Some(active);
            } else {
                app.open_profile(&active);
            }
        }
        app.sync_language();
        // The start's own banners are in the language shown: it is known only now.
        let messages = std::sync::Arc::clone(&app.messages);
        let list_problems = profile_problems
            .iter()
            .map(|p| problem_banner(p, &messages));
        app.banners.splice(0..0, list_problems);
        if let Some(problem) = body_problem {
            app.notify_with("body-not-loaded", &[("problem", problem.into())], true);
        }
        if let Some(problems) = content_problems {
            app.content_folder_banner(&problems);
        }
        app
    }

    /// The banner for a `--content DIR` that has problems: how many, the first five, and
    /// the command that lists them all.
    fn content_folder_banner(&mut self, problems: &ContentFolderProblems) {
        let folder = problems.folder.display().to_string();
        let mut message = self.messages.with(
            "content-folder-problems",
            &[
                ("folder", folder.into()),
                ("count", problems.problems.len().into()),
            ],
        );
        for problem in problems.problems.iter().take(5) {
            message.push_str(&format!("\n• {problem}")); // i18n-ok: a bullet, no words
        }
        self.banners.push(Banner::new(BannerKind::Warning, message));
    }

    /// The active person's name, if a profile is open.
    pub fn active_name(&self) -> Option<&str> {
        self.profile.as_ref()?;
        self.profiles.active_entry().map(|p| p.name.as_str())
    }

    /// Why saving is impossible in this copy (shown on disabled save buttons), if it is.
    pub fn save_blocked_reason(&self) -> Option<&str> {
        self.read_only.then(|| self.t(READ_ONLY_WHY))
    }

    /// Whether this copy may add, rename or erase profiles.
    pub fn can_change_profiles(&self) -> bool {
        !self.started_read_only && !self.read_only
    }

    /// Whether some change is not on disk yet.
    pub fn has_unsaved_changes(&self) -> bool {
        self.save.is_dirty()
    }

    /// Carries out one intent at UI time `now_secs` (seconds, as egui counts them): the only
    /// place where state changes. Save deadlines count from `now_secs`; [`Self::tick`] saves
    /// what is due. Each arm names the one method that does the work.
    pub fn apply(&mut self, intent: Intent, now_secs: f64) {
        self.now = now_secs;
        match intent {
            // Where the person is.
            Intent::Navigate(route) => self.go(route),
            Intent::Back => {
                self.history.back(&mut self.route);
            }
            Intent::ReadingSection(id) => self.reading_section(id),
            Intent::OpenArticle { article, section } => self.open_article(article, section),
            Intent::ShowOnBodyMap { regions, pathways } => {
                self.body_map.show(&regions, &pathways);
                self.go(Route::BodyMap);
            }
            Intent::StartSelfCheck { area } => {
                self.self_check = Session::NotStarted { area };
                self.go(Route::SelfCheck);
            }
            Intent::OpenPlanStage(stage) => self.focus_progress(ProgressFocus::PlanStage(stage)),
            Intent::OpenDiary => self.focus_progress(ProgressFocus::Diary),
            Intent::ProgressFocused => self.progress_focus = None,
            // View state sent whole.
            Intent::UpdateLearn(learn) => self.learn = learn,
            Intent::UpdateBodyMap(state) => self.body_map = state,
            Intent::Consult(verb) => self.consult_verb(verb),
            Intent::DismissBanner(index) => self.dismiss_banner(index),
            // Settings.
            Intent::UpdateSettings(settings) => self.update_settings(settings),
            Intent::CompleteWelcome(role) => {
                self.settings.set_role(role);
                if self.settings.language.is_empty() {
                    // The language shown (the system's, or --lang) becomes the choice.
                    self.settings.language.clone_from(&self.content_lang);
                }
                self.mark(SavedFile::Settings, 0.0);
            }
            // Reading aloud, handouts, files.
            Intent::ReadAloud { key, sentences } => {
                let rate = self.settings.speech_rate;
                self.reading.start(key, sentences, &self.content_lang, rate);
            }
            Intent::PauseReading => self.reading.pause(),
            Intent::ResumeReading => self.reading.resume(),
            Intent::StopReading => self.reading.stop(),
            Intent::MakeHandout(order) => self.make_handout(order),
            Intent::OpenFile(path) => activity::open_in_system_viewer(&path),
            // The self-check and what the person records.
            Intent::SelfCheck(verb) => self.self_check_verb(verb),
            Intent::SetSelfCheckWords(level) => self.self_check_words = level,
            Intent::DeleteCheck(index) => self.delete_check(index),
            Intent::SaveDiaryEntry(entry) => self.save_diary_entry(entry),
            Intent::DeleteDiaryEntry(date) => self.delete_diary_entry(&date),
            Intent::SetPlanStage(stage) => self.set_plan_stage(stage),
            Intent::SetExerciseDone {
                date,
                exercise,
                done,
            } => self.set_exercise_done(&date, &exercise, done),
            Intent::AddShoe(shoe) => self.add_shoe(shoe),
            Intent::UpdateShoe { index, shoe } => self.update_shoe(index, shoe),
            // Profiles.
            Intent::CreateProfile(name) => self.create_profile(&name),
            Intent::SwitchProfile(id) => self.switch_profile(id),
            Intent::UnlockProfile(pin) => self.unlock_profile(&pin),
            Intent::CancelUnlock => self.pin_prompt = None,
            Intent::SetPin(pin) => self.set_pin(pin.as_deref()),
            Intent::RenameProfile { id, name } => self.rename_profile(id, &name),
            Intent::DeleteProfile(id) => self.delete_profile(&id),
            Intent::ExportProfile(folder) => self.export_profile(folder.as_deref()),
            Intent::ImportProfile(path) => self.import_profile(path),
            Intent::ResolveImport(choice) => self.resolve_import(choice),
            // Closing the window.
            Intent::CloseRetry => self.close_retry(),
            Intent::CloseSaveCopy(folder) => self.close_save_copy(&folder),
            Intent::CloseQuitAnyway => self.close_quit_anyway(),
            Intent::CloseCancel => self.close_prompt = None,
            Intent::WindowCloseRequested => self.window_close_requested(),
        }
        // Settings or the profile may have changed the language.
        self.sync_language();
    }

    /// The reader followed a link from this section of the open article: Back returns there.
    /// Not an arrival, so nothing scrolls.
    fn reading_section(&mut self, id: String) {
        if let Route::Learn {
            article: Some(_),
            section,
        } = &mut self.route
        {
            *section = Some(id);
        }
    }

    /// Opens My progress at a place (the plan stage, the diary).
    fn focus_progress(&mut self, focus: ProgressFocus) {
        self.progress_focus = Some(focus);
        self.go(Route::Progress);
    }

    fn dismiss_banner(&mut self, index: usize) {
        if index < self.banners.len() {
            self.banners.remove(index);
        }
    }

    /// New settings apply at once and are saved half a second after the last change (a
    /// slider drag is one save).
    fn update_settings(&mut self, settings: Settings) {
        if settings != self.settings {
            self.settings = settings;
            self.mark(SavedFile::Settings, saving::SAVE_DELAY_SECS);
        }
    }

    /// Goes to another screen, remembering this one for Back.
    pub(super) fn go(&mut self, route: Route) {
        self.history.go(&mut self.route, route);
    }

    /// In a read-only copy, says why a change is not kept and returns true.
    pub(super) fn refuse_if_read_only(&mut self) -> bool {
        if !self.read_only {
            return false;
        }
        if !self.banners.iter().any(|b| b.kind == BannerKind::ReadOnly) {
            let why = self.t(READ_ONLY_WHY).to_owned();
            self.banners.push(Banner::new(BannerKind::ReadOnly, why));
        }
        true
    }

    /// Marks progress for saving soon.
    pub(super) fn progress_changed(&mut self) {
        self.mark(SavedFile::Progress, 0.0);
    }
}

/// A `--content DIR` that could not be used, and why.
pub(super) struct ContentFolderProblems {
    folder: PathBuf,
    problems: Vec<String>,
}

/// Loads `--content DIR` if given and clean; otherwise the embedded content, and the
/// folder's problems for a banner. Returns the files used too (their languages).
pub(super) fn load_content(
    dir: Option<&std::path::Path>,
) -> (Content, ContentFiles, Option<ContentFolderProblems>) {
    let Some(dir) = dir else {
        return (content::load_embedded(), ContentFiles::embedded(), None);
    };
    let files = ContentFiles::read_dir(dir);
    let (content, problems) = content::load(&files);
    if problems.is_empty() {
        return (content, files, None);
    }
    let problems = ContentFolderProblems {
        folder: dir.to_path_buf(),
        problems: problems.iter().map(ToString::to_string).collect(),
    };
    (
        content::load_embedded(),
        ContentFiles::embedded(),
        Some(problems),
    )
}

impl Drop for AnkleBackApp {
    fn drop(&mut self) {
        self.flush();
    }
}
