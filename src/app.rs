//! The application: owns all state, draws the shell through `ui/`, and applies the intents the
//! screens return. The only place where state changes.

use std::path::PathBuf;
use std::time::Duration;

use crate::body::{self, BodyMapState, Diagram};
use crate::content::model::Area;
use crate::content::{self, Content, ContentFiles};
use crate::progress::{self, CheckRecord, DiaryEntry, Progress, Shoe};
use crate::route::{ProgressFocus, Route};
use crate::selfcheck::session::{Finished, Session, Verb};
use crate::settings::{Role, Settings};
use crate::store::lock::ProfileLock;
use crate::store::profiles::{self, Profiles};
use crate::store::{self, DataDirChoice, Document, ProfileDir};
use crate::ui;
use crate::ui::learn::LearnState;

/// How long after a change the app waits before saving (a slider drag is one save).
const SAVE_DELAY_SECS: f64 = 0.5;
/// How long the app waits before trying again after a failed save.
const SAVE_RETRY_SECS: f64 = 5.0;

/// A change the UI asks for. Screens return these; [`AnkleBackApp::apply`] carries them out.
#[must_use]
#[derive(Clone, Debug, PartialEq)]
pub enum Intent {
    /// Go to another screen.
    Navigate(Route),
    /// Replace the settings (applied at once, saved shortly after).
    UpdateSettings(Settings),
    /// First start: the answer to "Which best describes you?".
    CompleteWelcome(Role),
    /// Hide a banner.
    DismissBanner(usize),
    /// The Learn screen's search, grouping or reading level changed.
    UpdateLearn(LearnState),
    /// The reader has scrolled to the requested section.
    ScrolledToSection,
    /// A self-check verb: start, answer a screen, go back, start again, view a saved check.
    SelfCheck(Verb),
    /// Delete a saved self-check from the history (the UI asks first).
    DeleteCheck(usize),
    /// Add or replace a day in the pain diary.
    SaveDiaryEntry(DiaryEntry),
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
    /// Switch to another profile.
    SwitchProfile(String),
    /// Rename a profile.
    RenameProfile {
        /// Profile id.
        id: String,
        /// New name.
        name: String,
    },
    /// Erase a profile and all its files (the UI asks first).
    DeleteProfile(String),
    /// Write the active profile to one file under `<data>/exports/`.
    ExportProfile,
    /// Read a profile from an export file.
    ImportProfile {
        /// The file.
        path: PathBuf,
        /// Replace this existing profile (the user said so); `None` imports as a new one.
        replace: Option<String>,
    },
    /// Change (`Some`) or stop tracking (`None`) a pair of shoes.
    UpdateShoe {
        /// Index in the list.
        index: usize,
        /// The new value.
        shoe: Option<Shoe>,
    },
    /// The body map's view, selection, overlays or zoom changed.
    UpdateBodyMap(BodyMapState),
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

/// A message shown at the top of the window until dismissed.
#[derive(Clone, Debug, PartialEq)]
pub struct Banner {
    /// What happened, in plain words.
    pub message: String,
    /// Warnings are drawn in the warning colour.
    pub is_warning: bool,
}

/// How the app was started.
#[derive(Clone, Debug)]
pub struct StartOptions {
    /// The data folder and why it was chosen.
    pub data_dir: DataDirChoice,
    /// `--content DIR`, if given.
    pub content_dir: Option<PathBuf>,
}

/// Pending work for the saved files.
#[derive(Clone, Debug, Default)]
struct SaveState {
    /// Settings have unsaved changes.
    settings_dirty: bool,
    /// Progress has unsaved changes.
    progress_dirty: bool,
    /// UI time of the last change (or failed attempt).
    changed_at: f64,
    /// Delay before the next attempt.
    delay_secs: f64,
    /// Last save failed; shown in a banner.
    failing: bool,
}

impl SaveState {
    fn is_dirty(&self) -> bool {
        self.settings_dirty || self.progress_dirty
    }
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
    /// The active profile's folder.
    pub profile: ProfileDir,
    /// Every profile on this computer.
    pub profiles: Profiles,
    /// The active profile's lock, while this copy may write to it.
    lock: Option<ProfileLock>,
    /// Another copy of the app has this profile open: nothing is saved.
    pub read_only: bool,
    /// Messages for the user (broken files, failed saves).
    pub banners: Vec<Banner>,
    /// The articles, glossary and body-map texts.
    pub content: Content,
    /// Body views (right leg).
    pub diagrams: Vec<Diagram>,
    /// Body views mirrored (left leg).
    pub mirrored: Vec<Diagram>,
    /// The body map's state.
    pub body_map: BodyMapState,
    /// Section to scroll to when an article opens.
    pub scroll_to_section: Option<String>,
    /// Place in My progress to scroll to (and open) when it shows next.
    pub progress_focus: Option<ProgressFocus>,
    /// The self-check: not started (maybe with an area from the body map), running, or
    /// viewing a saved check.
    pub self_check: Session,
    /// The settings last applied to the egui context.
    applied_settings: Option<Settings>,
    save: SaveState,
}

impl AnkleBackApp {
    /// Loads the saved state from the data folder. Never fails: problems become banners.
    pub fn new(options: StartOptions) -> Self {
        let mut banners = Vec::new();
        let content = load_content(options.content_dir.as_deref(), &mut banners);
        let diagrams = match body::parse_diagrams(body::diagram::EMBEDDED_GEOMETRY) {
            Ok(diagrams) => diagrams,
            Err(err) => {
                log::error!("{err}");
                banners.push(Banner {
                    message: format!("The body drawing could not be loaded ({err})."),
                    is_warning: true,
                });
                Vec::new()
            }
        };
        let mirrored = diagrams.iter().map(Diagram::mirrored).collect();
        let profiles_path = options.data_dir.path().join(Profiles::FILE_NAME);
        let (profiles, profiles_problem) = store::load::<Profiles>(&profiles_path);
        banners.extend(profiles_problem.map(|p| Banner {
            message: p.message,
            is_warning: true,
        }));
        let active = profiles
            .active_entry()
            .or(profiles.list.first())
            .map_or(profiles::DEFAULT_PROFILE.to_owned(), |p| p.id.clone());
        let mut app = Self {
            route: Route::default(),
            settings: Settings::default(),
            progress: Progress::default(),
            profiles,
            lock: None,
            read_only: false,
            learn: LearnState::default(),
            content,
            diagrams,
            mirrored,
            body_map: BodyMapState::default(),
            scroll_to_section: None,
            progress_focus: None,
            self_check: Session::default(),
            profile: ProfileDir::new(options.data_dir.path(), &active),
            data_dir: options.data_dir,
            banners,
            applied_settings: None,
            save: SaveState::default(),
        };
        app.open_profile(&active);
        if !profiles_path.exists() && !app.read_only {
            // First start: create the profile list and the default profile's files.
            app.save_profiles();
            app.save.settings_dirty = true;
            app.save.progress_dirty = true;
            app.save_now(0.0);
        }
        app
    }

    /// Loads a profile's files and takes its lock (read-only when another copy has it).
    fn open_profile(&mut self, id: &str) {
        self.flush();
        self.lock = None;
        self.profile = ProfileDir::new(self.data_dir.path(), id);
        self.banners
            .retain(|b| !b.message.starts_with(READ_ONLY_PREFIX));
        match store::lock::try_lock_profile(self.profile.root()) {
            Ok(Some(lock)) => {
                self.lock = Some(lock);
                self.read_only = false;
                let removed = store::atomic::remove_stale_temp_files(self.profile.root());
                if removed > 0 {
                    log::info!("removed {removed} unfinished save(s) from an earlier crash");
                }
            }
            Ok(None) => {
                self.read_only = true;
                self.banners.push(Banner {
                    message: format!(
                        "{READ_ONLY_PREFIX}: AnkleBack is already open on this profile in another \
                         window or on another computer sharing this folder. So that neither copy \
                         loses the other's changes, nothing you change here is saved. Close the \
                         other copy and start this one again to make changes."
                    ),
                    is_warning: true,
                });
            }
            Err(err) => {
                // No lock file means the folder cannot be written: saving will say so.
                log::warn!("no lock for {}: {err}", self.profile.root().display());
            }
        }
        let (settings, settings_problem) =
            store::load::<Settings>(&self.profile.file::<Settings>());
        let (progress, progress_problem) =
            store::load::<Progress>(&self.profile.file::<Progress>());
        self.settings = settings;
        self.progress = progress;
        self.banners.extend(
            [settings_problem, progress_problem]
                .into_iter()
                .flatten()
                .map(|problem| Banner {
                    message: problem.message,
                    is_warning: true,
                }),
        );
        self.self_check = Session::default();
        self.save = SaveState::default();
        self.profiles.active = id.to_owned();
    }

    fn delete_profile(&mut self, id: &str) {
        if self.read_only || !self.profiles.remove(id) {
            self.notify("This profile cannot be erased now (it is the only one, or another copy has it open).", true);
            return;
        }
        let was_active = self.profile.root().ends_with(id);
        if was_active {
            self.save = SaveState::default();
            self.lock = None;
        }
        let folder = self.data_dir.path().join("profiles").join(id);
        match std::fs::remove_dir_all(&folder) {
            Ok(()) => self.notify("The profile and all its data were erased.", false),
            Err(err) => self.notify(
                &format!("Could not erase {} ({err}).", folder.display()),
                true,
            ),
        }
        if was_active {
            let next = self.profiles.active.clone();
            self.open_profile(&next);
        }
        self.save_profiles();
    }

    fn export_profile(&mut self) {
        self.flush();
        let name = self
            .profiles
            .active_entry()
            .map_or("profile".to_owned(), |p| p.name.clone());
        let export = profiles::ProfileExport {
            version: profiles::EXPORT_VERSION,
            name,
            settings: self.settings.clone(),
            progress: self.progress.clone(),
        };
        let stamp = jiff::Zoned::now().strftime("%Y%m%d-%H%M").to_string();
        let path = self
            .data_dir
            .path()
            .join("exports")
            .join(format!("{}-{stamp}.ron", self.profiles.active));
        let result = ron::ser::to_string_pretty(&export, ron::ser::PrettyConfig::default())
            .map_err(|err| err.to_string())
            .and_then(|text| {
                store::atomic::write_atomic(&path, text.as_bytes()).map_err(|err| err.to_string())
            });
        match result {
            Ok(()) => self.notify(
                &format!(
                    "Exported to {}. Copy this file to the other computer and import it there.",
                    path.display()
                ),
                false,
            ),
            Err(err) => self.notify(&format!("Could not export ({err})."), true),
        }
    }

    fn import_profile(&mut self, path: &std::path::Path, replace: Option<String>) {
        let export = match std::fs::read_to_string(path)
            .map_err(|err| err.to_string())
            .and_then(|text| profiles::parse_export(&text))
        {
            Ok(export) => export,
            Err(err) => {
                self.notify(&format!("Could not import {}: {err}", path.display()), true);
                return;
            }
        };
        let id = match replace {
            Some(id) if self.profiles.list.iter().any(|p| p.id == id) => id,
            _ => self.profiles.add(&export.name),
        };
        if id == self.profiles.active {
            // The imported files replace what is open: drop unsaved edits instead of saving them over.
            self.save = SaveState::default();
        }
        let folder = ProfileDir::new(self.data_dir.path(), &id);
        let saved = store::save(&folder.file::<Settings>(), &export.settings)
            .and_then(|()| store::save(&folder.file::<Progress>(), &export.progress));
        match saved {
            Ok(()) => {
                self.save_profiles();
                self.open_profile(&id);
                self.notify(&format!("Imported the profile \"{}\".", export.name), false);
            }
            Err(err) => self.notify(&format!("Could not import: {err}"), true),
        }
    }

    fn notify(&mut self, message: &str, is_warning: bool) {
        self.banners.push(Banner {
            message: message.to_owned(),
            is_warning,
        });
    }

    /// Saves the profile list (profiles.ron in the data folder).
    fn save_profiles(&mut self) {
        if self.read_only {
            return;
        }
        let path = self.data_dir.path().join(Profiles::FILE_NAME);
        if let Err(err) = store::save(&path, &self.profiles) {
            log::warn!("{err}");
            self.banners.push(Banner {
                message: format!("{SAVE_FAILED_PREFIX} ({err})."),
                is_warning: true,
            });
        }
    }

    /// Carries out one intent.
    pub fn apply(&mut self, intent: Intent) {
        match intent {
            Intent::Navigate(route) => self.route = route,
            Intent::UpdateSettings(settings) => {
                if settings != self.settings {
                    self.settings = settings;
                    self.save.settings_dirty = true;
                    self.save.delay_secs = SAVE_DELAY_SECS;
                }
            }
            Intent::CompleteWelcome(role) => {
                self.settings.set_role(role);
                self.save.settings_dirty = true;
                self.save.delay_secs = 0.0;
            }
            Intent::UpdateLearn(learn) => self.learn = learn,
            Intent::ScrolledToSection => self.scroll_to_section = None,
            Intent::DismissBanner(index) => {
                if index < self.banners.len() {
                    self.banners.remove(index);
                }
            }
            Intent::UpdateBodyMap(state) => self.body_map = state,
            Intent::ShowOnBodyMap { regions, pathways } => {
                self.body_map.show(&regions, &pathways);
                self.route = Route::BodyMap;
            }
            Intent::OpenArticle { article, section } => {
                if self.progress.mark_read(&article, &progress::today()) {
                    self.save.progress_dirty = true;
                }
                self.learn.level_override = None;
                self.scroll_to_section = section;
                self.route = Route::Learn {
                    article: Some(article),
                };
            }
            Intent::SaveDiaryEntry(entry) => {
                self.progress.set_diary_entry(entry);
                self.progress_changed();
            }
            Intent::SetPlanStage(stage) => {
                self.progress.plan_stage = Some(stage);
                self.progress_changed();
            }
            Intent::SetExerciseDone {
                date,
                exercise,
                done,
            } => {
                self.progress.set_exercise_done(&date, &exercise, done);
                self.progress_changed();
            }
            Intent::AddShoe(shoe) => {
                self.progress.shoes.push(shoe);
                self.progress_changed();
            }
            Intent::UpdateShoe { index, shoe } => {
                if index < self.progress.shoes.len() {
                    match shoe {
                        Some(shoe) => self.progress.shoes[index] = shoe,
                        None => {
                            self.progress.shoes.remove(index);
                        }
                    }
                    self.progress_changed();
                }
            }
            Intent::CreateProfile(name) => {
                let id = self.profiles.add(&name);
                let emergency_number = self.settings.emergency_number.clone();
                self.open_profile(&id);
                self.settings.emergency_number = emergency_number;
                self.save_profiles();
                self.save.settings_dirty = true;
                self.save.progress_dirty = true;
            }
            Intent::SwitchProfile(id) => {
                if id != self.profiles.active {
                    self.open_profile(&id);
                    self.save_profiles();
                }
            }
            Intent::RenameProfile { id, name } => {
                if let Some(entry) = self.profiles.list.iter_mut().find(|p| p.id == id)
                    && !name.trim().is_empty()
                {
                    entry.name = name.trim().to_owned();
                    self.save_profiles();
                }
            }
            Intent::DeleteProfile(id) => self.delete_profile(&id),
            Intent::ExportProfile => self.export_profile(),
            Intent::ImportProfile { path, replace } => self.import_profile(&path, replace),
            Intent::SelfCheck(verb) => {
                let Some(questionnaire) = self.content.questionnaires.first() else {
                    return;
                };
                if let Some(finished) = self.self_check.apply(verb, questionnaire) {
                    self.record_finished_check(finished);
                }
            }
            Intent::DeleteCheck(index) => {
                if index < self.progress.self_checks.len() {
                    self.progress.self_checks.remove(index);
                    self.self_check.check_deleted(index);
                    self.progress_changed();
                }
            }
            Intent::StartSelfCheck { area } => {
                self.self_check = Session::NotStarted {
                    area: area.map(|a| area_option(a).to_owned()),
                };
                self.route = Route::SelfCheck;
            }
            Intent::OpenPlanStage(stage) => {
                self.progress_focus = Some(ProgressFocus::PlanStage(stage));
                self.route = Route::Progress;
            }
            Intent::OpenDiary => {
                self.progress_focus = Some(ProgressFocus::Diary);
                self.route = Route::Progress;
            }
            Intent::ProgressFocused => self.progress_focus = None,
        }
    }

    /// Marks progress for saving soon.
    fn progress_changed(&mut self) {
        self.save.progress_dirty = true;
        self.save.delay_secs = 0.0;
    }

    /// Saves a just-finished self-check to the history: a new record, or the same record
    /// again when the person went back from the result and finished once more.
    fn record_finished_check(&mut self, finished: Finished) {
        let Some(questionnaire) = self.content.questionnaires.first() else {
            return;
        };
        let result = questionnaire.assess(&finished.answers);
        let record = CheckRecord {
            date: progress::now_stamp(),
            answers: finished.answers,
            outcome: result.outcome_id,
            urgency: result.urgency,
            pattern: result.pattern,
        };
        let index = match finished.replace {
            Some(index) if index < self.progress.self_checks.len() => {
                self.progress.self_checks[index] = record;
                index
            }
            _ => {
                self.progress.self_checks.push(record);
                self.progress.self_checks.len() - 1
            }
        };
        self.self_check.recorded(index);
        self.progress_changed();
    }

    /// Draws one frame and applies what the user did.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let started = std::time::Instant::now();
        self.show_frame(ui);
        log::debug!("frame {:.1} ms", started.elapsed().as_secs_f64() * 1000.0);
    }

    fn show_frame(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        if self.applied_settings.as_ref() != Some(&self.settings) {
            ui::theme::apply(&ctx, &self.settings);
            self.applied_settings = Some(self.settings.clone());
        }

        let now = ctx.input(|i| i.time);
        let intents = ui::shell::shell_ui(ui, self);
        for intent in intents {
            if matches!(intent, Intent::UpdateSettings(_)) {
                self.save.changed_at = now;
            }
            self.apply(intent);
        }

        if self.save.is_dirty() {
            let due = self.save.changed_at + self.save.delay_secs;
            if now >= due {
                self.save_now(now);
            } else {
                ctx.request_repaint_after(Duration::from_secs_f64(due - now));
            }
        }
    }

    /// Saves unsaved changes now. On failure the changes stay in memory, a banner says so,
    /// and the app tries again a little later.
    fn save_now(&mut self, now: f64) {
        if self.read_only {
            // Another copy owns this profile; its changes must not be overwritten.
            self.save.settings_dirty = false;
            self.save.progress_dirty = false;
            return;
        }
        let mut result = Ok(());
        if self.save.settings_dirty {
            result = store::save(&self.profile.file::<Settings>(), &self.settings);
            self.save.settings_dirty = result.is_err();
        }
        if self.save.progress_dirty && result.is_ok() {
            result = store::save(&self.profile.file::<Progress>(), &self.progress);
            self.save.progress_dirty = result.is_err();
        }
        match result {
            Ok(()) => {
                if self.save.failing {
                    self.save.failing = false;
                    self.banners
                        .retain(|b| !b.message.starts_with(SAVE_FAILED_PREFIX));
                    self.banners.push(Banner {
                        message: "Your changes are saved now.".to_owned(),
                        is_warning: false,
                    });
                }
            }
            Err(err) => {
                log::warn!("{err}");
                self.save.changed_at = now;
                self.save.delay_secs = SAVE_RETRY_SECS;
                if !self.save.failing {
                    self.save.failing = true;
                    self.banners.push(Banner {
                        message: format!(
                            "{SAVE_FAILED_PREFIX} ({err}). The app keeps working and keeps your \
                             changes; it will save them as soon as it can."
                        ),
                        is_warning: true,
                    });
                }
            }
        }
    }

    /// Saves anything unsaved; called on exit.
    pub fn flush(&mut self) {
        if self.save.is_dirty() {
            self.save_now(0.0);
        }
    }
}

/// The `area` question's option for a body-map area.
fn area_option(area: Area) -> &'static str {
    match area {
        Area::Ankle => "ankle",
        Area::AchillesHeel => "achilles_heel",
        Area::LowerBack | Area::Hip => "lower_back",
    }
}

/// Loads `--content DIR` if given and clean; otherwise the embedded content, with a banner
/// listing the folder's problems.
fn load_content(dir: Option<&std::path::Path>, banners: &mut Vec<Banner>) -> Content {
    let Some(dir) = dir else {
        return content::load_embedded();
    };
    let (content, problems) = content::load(&ContentFiles::read_dir(dir));
    if problems.is_empty() {
        return content;
    }
    let mut message = format!(
        "The content folder {} has {} problem(s), so the built-in content is used. \
         Run `ankleback check-content {}` for details. First problems:",
        dir.display(),
        problems.len(),
        dir.display()
    );
    for problem in problems.iter().take(5) {
        message.push_str(&format!("\n• {problem}"));
    }
    banners.push(Banner {
        message,
        is_warning: true,
    });
    content::load_embedded()
}

const SAVE_FAILED_PREFIX: &str = "Could not save your changes";
const READ_ONLY_PREFIX: &str = "Read-only";

impl Drop for AnkleBackApp {
    fn drop(&mut self) {
        self.flush();
    }
}

impl eframe::App for AnkleBackApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.flush();
    }
}
