//! The application: owns all state, draws the shell through `ui/`, and applies the intents the
//! screens return. The only place where state changes.

use std::path::PathBuf;
use std::time::Duration;

use crate::body::{self, BodyMapState, Diagram};
use crate::content::model::Area;
use crate::content::{self, Content, ContentFiles};
use crate::progress::{self, CheckRecord, Progress};
use crate::route::Route;
use crate::selfcheck::session::Session;
use crate::settings::{Role, Settings};
use crate::store::{self, DataDirChoice, ProfileDir};
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
    /// The self-check moved on (an answer, back, start, view a saved check).
    UpdateSelfCheck(Session),
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
    /// Area the next self-check starts with (from the body map).
    pub self_check_area: Option<Area>,
    /// The self-check in progress.
    pub self_check: Session,
    /// The settings last applied to the egui context.
    applied_settings: Option<Settings>,
    save: SaveState,
}

impl AnkleBackApp {
    /// Loads the saved state from the data folder. Never fails: problems become banners.
    pub fn new(options: StartOptions) -> Self {
        let profile = ProfileDir::new(options.data_dir.path(), "default");
        let (settings, settings_problem) = store::load::<Settings>(&profile.file::<Settings>());
        let (progress, progress_problem) = store::load::<Progress>(&profile.file::<Progress>());
        let mut banners: Vec<Banner> = [settings_problem, progress_problem]
            .into_iter()
            .flatten()
            .map(|problem| Banner {
                message: problem.message,
                is_warning: true,
            })
            .collect();
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
        Self {
            route: Route::default(),
            settings,
            progress,
            learn: LearnState::default(),
            content,
            diagrams,
            mirrored,
            body_map: BodyMapState::default(),
            scroll_to_section: None,
            self_check_area: None,
            self_check: Session::default(),
            data_dir: options.data_dir,
            profile,
            banners,
            applied_settings: None,
            save: SaveState::default(),
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
            Intent::UpdateSelfCheck(session) => {
                self.self_check = session;
                self.record_finished_check();
            }
            Intent::StartSelfCheck { area } => {
                self.self_check_area = area;
                self.self_check = Session::default();
                self.route = Route::SelfCheck;
            }
        }
    }

    /// Saves a just-finished self-check to the history, once.
    fn record_finished_check(&mut self) {
        let Some(questionnaire) = self.content.questionnaires.first() else {
            return;
        };
        if self.self_check.recorded || !self.self_check.is_finished(questionnaire) {
            return;
        }
        let result = questionnaire.assess(&self.self_check.answers);
        self.progress.self_checks.push(CheckRecord {
            date: progress::now_stamp(),
            answers: self.self_check.answers.clone(),
            outcome: result.outcome_id,
            urgency: result.urgency,
            pattern: result.pattern,
        });
        self.self_check.recorded = true;
        self.save.progress_dirty = true;
        self.save.delay_secs = 0.0;
    }

    /// Draws one frame and applies what the user did.
    pub fn show(&mut self, ui: &mut egui::Ui) {
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
