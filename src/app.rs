//! The application: owns all state, draws the shell through `ui/`, and applies the intents the
//! screens return. The only place where state changes.

use std::path::{Path, PathBuf};
use std::sync::mpsc;

use crate::body::{self, BodyMapState, Diagram};
use crate::content::{self, Content, ContentFiles};
use crate::intent::{ImportChoice, Intent};
use crate::learn_state::LearnState;
use crate::progress::{self, CheckRecord, Progress};
use crate::route::{History, ProgressFocus, Route};
use crate::selfcheck::session::{Finished, Session};
use crate::settings::Settings;
use crate::store::lock::ProfileLock;
use crate::store::profiles::{self, ProfileChange, ProfileEntry, Profiles};
use crate::store::{self, DataDirChoice, Document, Problem, ProfileDir};

/// How long after a change the app waits before saving (a slider drag is one save).
/// How often the read-aloud highlight is brought up to date while speaking.
const READING_POLL_SECS: f64 = 0.1;
const SAVE_DELAY_SECS: f64 = 0.5;
/// How long the app waits before trying again after a failed save.
const SAVE_RETRY_SECS: f64 = 5.0;
/// How often the window looks whether an import file has been read.
const IMPORT_POLL_SECS: f64 = 0.05;

/// An import that was read and waits for the user's answer.
#[derive(Clone, Debug, PartialEq)]
pub struct PendingImport {
    /// What the file holds.
    pub export: profiles::ProfileExport,
    /// The id of the existing profile with the same name.
    pub existing: String,
}

/// A message shown at the top of the window until dismissed.
#[derive(Clone, Debug, PartialEq)]
pub struct Banner {
    /// What happened, in plain words.
    pub message: String,
    /// What kind of message it is (how it is drawn, and which banners replace each other).
    pub kind: BannerKind,
}

/// Kinds of banner. The app finds its own banners by kind, never by their wording.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BannerKind {
    /// Something went as asked.
    Info,
    /// Something needs attention.
    Warning,
    /// This copy cannot save: another copy has the profile open (removed when a profile opens).
    ReadOnly,
    /// Some files could not be saved; updated while it lasts, removed when all are saved.
    SaveFailed,
}

impl Banner {
    /// A banner of this kind.
    pub fn new(kind: BannerKind, message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
            kind,
        }
    }

    /// Whether it is drawn in the warning colour.
    pub fn is_warning(&self) -> bool {
        self.kind != BannerKind::Info
    }
}

/// How the app was started.
#[derive(Clone, Debug)]
pub struct StartOptions {
    /// The data folder and why it was chosen.
    pub data_dir: DataDirChoice,
    /// `--content DIR`, if given.
    pub content_dir: Option<PathBuf>,
}

/// The files the app saves, each saved and retried on its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SavedFile {
    /// The active profile's `settings.ron`.
    Settings,
    /// The active profile's `progress.ron`.
    Progress,
    /// The profile list, `profiles.ron`.
    Profiles,
}

impl SavedFile {
    const ALL: [SavedFile; 3] = [
        SavedFile::Settings,
        SavedFile::Progress,
        SavedFile::Profiles,
    ];

    fn file_name(self) -> &'static str {
        match self {
            SavedFile::Settings => Settings::FILE_NAME,
            SavedFile::Progress => Progress::FILE_NAME,
            SavedFile::Profiles => Profiles::FILE_NAME,
        }
    }
}

/// Save bookkeeping for one file.
#[derive(Clone, Debug, Default)]
struct FileSave {
    /// Changes not yet on disk.
    dirty: bool,
    /// How long after the change to save.
    delay_secs: f64,
    /// UI time the next attempt is due; `None` until the next tick sees the change.
    due_at: Option<f64>,
    /// Why the last attempt failed.
    error: Option<String>,
    /// The file on disk could not be read or moved aside: never save over it.
    blocked: bool,
}

impl FileSave {
    /// A change at UI time `now_secs`: save `delay_secs` later (a later change moves the
    /// deadline, so a slider drag is one save).
    fn mark(&mut self, delay_secs: f64, now_secs: f64) {
        self.dirty = true;
        self.delay_secs = delay_secs;
        self.due_at = Some(now_secs + delay_secs);
    }
}

/// Pending work for the saved files.
#[derive(Clone, Debug, Default)]
struct SaveState {
    settings: FileSave,
    progress: FileSave,
    profiles: FileSave,
    /// Changes to the profile list not yet in `profiles.ron`, replayed onto the file on disk.
    profile_changes: Vec<ProfileChange>,
    /// A failure banner is showing.
    failing: bool,
}

impl SaveState {
    fn file(&mut self, which: SavedFile) -> &mut FileSave {
        match which {
            SavedFile::Settings => &mut self.settings,
            SavedFile::Progress => &mut self.progress,
            SavedFile::Profiles => &mut self.profiles,
        }
    }

    fn file_ref(&self, which: SavedFile) -> &FileSave {
        match which {
            SavedFile::Settings => &self.settings,
            SavedFile::Progress => &self.progress,
            SavedFile::Profiles => &self.profiles,
        }
    }

    fn is_dirty(&self) -> bool {
        self.settings.dirty || self.progress.dirty || self.profiles.dirty
    }
}

/// Why save buttons are disabled in a copy that is read-only.
pub const READ_ONLY_WHY: &str = "Read-only: AnkleBack is open on this profile in another window, \
     so nothing can be saved here. Close the other copy and start this one again.";

/// The close-with-unsaved-changes prompt.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ClosePrompt {
    /// The files that could not be saved, for the message.
    pub unsaved: Vec<&'static str>,
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
    /// The articles, glossary and body-map texts.
    pub content: Content,
    /// Body views (right leg).
    pub diagrams: Vec<Diagram>,
    /// Body views mirrored (left leg).
    pub mirrored: Vec<Diagram>,
    /// The body map's state.
    pub body_map: BodyMapState,
    /// Earlier routes, for Back.
    pub history: History,
    /// Place in My progress to scroll to (and open) when it shows next.
    pub progress_focus: Option<ProgressFocus>,
    /// The self-check: not started (maybe with an area from the body map), running, or
    /// viewing a saved check.
    pub self_check: Session,
    /// An import read from disk that waits for "replace or new?".
    pub pending_import: Option<PendingImport>,
    /// An import being read off the UI thread.
    import_job: Option<(
        PathBuf,
        mpsc::Receiver<Result<profiles::ProfileExport, String>>,
    )>,
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
    pub data_folder_problem: Option<String>,
    /// UI time (seconds) of the intent being applied: save deadlines count from it.
    now: f64,
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
                banners.push(Banner::new(
                    BannerKind::Warning,
                    format!("The body drawing could not be loaded ({err})."),
                ));
                Vec::new()
            }
        };
        let mirrored = diagrams.iter().map(Diagram::mirrored).collect();
        let data = options.data_dir.path().to_path_buf();
        prepare_data_folder(&options.data_dir);
        let data_folder_problem = crate::store::check_writable(options.data_dir.path())
            .err()
            .map(|err| err.to_string());
        let (profiles, profile_problems, _first_start) = profiles::load_profiles(&data);
        let mut save = SaveState::default();
        for problem in &profile_problems {
            save.profiles.blocked |= problem.blocks_saving;
        }
        banners.extend(profile_problems.into_iter().map(problem_banner));
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
            diagrams,
            mirrored,
            body_map: BodyMapState::default(),
            history: History::default(),
            progress_focus: None,
            self_check: Session::default(),
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
        app
    }

    /// The active person's name, if a profile is open.
    pub fn active_name(&self) -> Option<&str> {
        self.profile.as_ref()?;
        self.profiles.active_entry().map(|p| p.name.as_str())
    }

    /// Why saving is impossible in this copy (shown on disabled save buttons), if it is.
    pub fn save_blocked_reason(&self) -> Option<&'static str> {
        self.read_only.then_some(READ_ONLY_WHY)
    }

    /// Whether this copy may add, rename or erase profiles.
    pub fn can_change_profiles(&self) -> bool {
        !self.started_read_only && !self.read_only
    }

    /// Whether some change is not on disk yet.
    pub fn has_unsaved_changes(&self) -> bool {
        self.save.is_dirty()
    }

    /// Loads a profile's files and takes its lock (read-only when another copy has it).
    /// Refuses, with a banner, while the open profile has changes that could not be saved.
    fn open_profile(&mut self, id: &str) -> bool {
        self.flush();
        if self.save.settings.dirty || self.save.progress.dirty {
            self.notify(
                "Your changes to this profile could not be saved yet, so the app stays on it. \
                 Try again in a moment, or export the profile to keep a copy.",
                true,
            );
            return false;
        }
        let dir = match ProfileDir::new(self.data_dir.path(), id) {
            Ok(dir) => dir,
            Err(err) => {
                self.notify(&format!("This profile cannot be opened ({err})."), true);
                return false;
            }
        };
        self.lock = None;
        self.banners.retain(|b| b.kind != BannerKind::ReadOnly);
        self.read_only = false;
        match store::lock::try_lock_profile(dir.root()) {
            Ok(Some(lock)) => {
                self.lock = Some(lock);
                store::atomic::make_private(dir.root());
                let removed = store::atomic::remove_stale_temp_files(dir.root());
                if removed > 0 {
                    log::info!("removed {removed} unfinished save(s) from an earlier crash");
                }
            }
            Ok(None) => {
                self.read_only = true;
                self.banners.push(Banner::new(
                    BannerKind::ReadOnly,
                    format!(
                        "{READ_ONLY_PREFIX}: AnkleBack is already open on this profile in another \
                         window or on another computer sharing this folder. So that neither copy \
                         loses the other's changes, nothing you change here is saved. Close the \
                         other copy and start this one again to make changes."
                    ),
                ));
            }
            Err(err) => {
                // The folder cannot be written (read-only stick, full disk, permissions).
                log::warn!("no lock for {}: {err}", dir.root().display());
                self.banners.push(Banner::new(
                    BannerKind::Warning,
                    format!(
                        "This data folder cannot be written ({err}): {}. The app keeps working \
                         and keeps your changes in memory; it saves them as soon as it can.",
                        self.data_dir.path().display()
                    ),
                ));
            }
        }
        if !self.opened_once {
            self.opened_once = true;
            self.started_read_only = self.read_only;
        }
        let (settings, settings_problem) = store::load::<Settings>(&dir.file::<Settings>());
        let (progress, progress_problem) = store::load::<Progress>(&dir.file::<Progress>());
        self.settings = settings;
        self.progress = progress;
        self.save.settings = FileSave {
            blocked: settings_problem.as_ref().is_some_and(|p| p.blocks_saving),
            ..FileSave::default()
        };
        self.save.progress = FileSave {
            blocked: progress_problem.as_ref().is_some_and(|p| p.blocks_saving),
            ..FileSave::default()
        };
        self.banners.extend(
            [settings_problem, progress_problem]
                .into_iter()
                .flatten()
                .map(problem_banner),
        );
        self.self_check = Session::default();
        // Earlier screens belong to the person before (a self-check result, their diary).
        self.history.clear();
        self.profile = Some(dir);
        if self.profiles.active != id {
            self.profiles.active = id.to_owned();
            if !self.started_read_only {
                self.change_profiles(ProfileChange::SetActive(id.to_owned()));
            }
        }
        true
    }

    /// Closes the open profile without saving (after an erase): the shell shows the chooser.
    fn close_profile(&mut self) {
        self.lock = None;
        self.profile = None;
        self.read_only = false;
        self.settings = Settings::default();
        self.progress = Progress::default();
        self.self_check = Session::default();
        self.history.clear();
        self.save.settings = FileSave::default();
        self.save.progress = FileSave::default();
        self.banners.retain(|b| b.kind != BannerKind::ReadOnly);
    }

    /// Records a change to the profile list (saved under the data-folder lock, merged with
    /// what other copies saved). Refused in a copy that started read-only.
    fn change_profiles(&mut self, change: ProfileChange) -> bool {
        if self.started_read_only {
            self.notify(
                "This copy of AnkleBack opened read-only, so it does not change the list of \
                 profiles. Close the other copy and start this one again.",
                true,
            );
            return false;
        }
        self.profiles.apply(&change);
        self.save.profile_changes.push(change);
        self.save.profiles.mark(0.0, self.now);
        true
    }

    fn create_profile(&mut self, name: &str) {
        let name = name.trim();
        if name.is_empty() {
            return;
        }
        if self.started_read_only || self.read_only {
            self.notify(READ_ONLY_WHY, true);
            return;
        }
        let data = self.data_dir.path().to_path_buf();
        let mut candidate = self.profiles.clone();
        let id = candidate.add(name, |id| data.join("profiles").join(id).exists());
        let entry = ProfileEntry {
            id: id.clone(),
            name: name.to_owned(),
            pin_hash: None,
        };
        // A clinic sets its emergency number once: new profiles keep it.
        let emergency_number = self.settings.emergency_number.clone();
        if self.change_profiles(ProfileChange::Add(entry)) && self.open_profile(&id) {
            self.settings.emergency_number = emergency_number;
            // Write the new profile's files at once, so its folder is never empty.
            self.save.settings.mark(0.0, self.now);
            self.save.progress.mark(0.0, self.now);
        }
    }

    fn delete_profile(&mut self, id: &str) {
        if !self.can_change_profiles() || self.profiles.entry(id).is_none() {
            self.notify(
                "This profile cannot be erased now (another copy of the app has it open).",
                true,
            );
            return;
        }
        let was_active = self.profile.is_some() && self.profiles.active == id;
        if was_active {
            // Unsaved edits of a profile being erased are dropped, not saved.
            self.close_profile();
        }
        match store::erase_profile_folder(self.data_dir.path(), id) {
            Ok(()) => {
                self.change_profiles(ProfileChange::Remove(id.to_owned()));
                if was_active {
                    self.change_profiles(ProfileChange::SetActive(String::new()));
                }
                self.notify(
                    "The profile and all its data on this computer were erased. Copies you \
                     exported earlier were not touched.",
                    false,
                );
            }
            Err(err) => {
                self.notify(&format!("Could not erase this profile ({err})."), true);
            }
        }
        self.flush();
    }

    /// Writes the active profile to one file in `folder`, named after the person and the
    /// date. Returns the file's path.
    fn export_to(&mut self, folder: Option<&Path>) -> Result<PathBuf, String> {
        self.flush();
        let name = self.active_name().ok_or("No profile is open.")?.to_owned();
        let export = profiles::ProfileExport {
            version: profiles::EXPORT_VERSION,
            name: name.clone(),
            settings: self.settings.clone(),
            progress: self.progress.clone(),
        };
        let folder = folder.map_or_else(|| self.data_dir.path().join("exports"), Path::to_path_buf);
        if folder.exists() && !folder.is_dir() {
            return Err(format!("{} is not a folder.", folder.display()));
        }
        let stem = format!(
            "AnkleBack-{}-{}",
            profiles::file_name_part(&name),
            progress::today()
        );
        let mut path = folder.join(format!("{stem}.ron"));
        let mut n = 1;
        while path.exists() {
            n += 1;
            path = folder.join(format!("{stem}-{n}.ron"));
        }
        let text = ron::ser::to_string_pretty(&export, ron::ser::PrettyConfig::default())
            .map_err(|err| err.to_string())?;
        store::atomic::write_atomic(&path, text.as_bytes())
            .map_err(|err| format!("{err}: {}", path.display()))?;
        Ok(path)
    }

    fn export_profile(&mut self, folder: Option<&Path>) {
        match self.export_to(folder) {
            Ok(path) => self.notify(
                &format!(
                    "Exported to {}. Copy this file to the other computer and import it there.",
                    path.display()
                ),
                false,
            ),
            Err(err) => self.notify(&format!("Could not export ({err})"), true),
        }
    }

    /// Starts reading an import file off the UI thread.
    fn start_import(&mut self, path: PathBuf) {
        let (sender, receiver) = mpsc::channel();
        let reading = path.clone();
        let spawned = std::thread::Builder::new()
            .name("import".to_owned())
            .spawn(move || {
                let _ = sender.send(read_export(&reading));
            });
        match spawned {
            Ok(_) => self.import_job = Some((path, receiver)),
            Err(err) => self.notify(&format!("Could not start the import ({err})."), true),
        }
    }

    /// Takes the result of a finished import read, if any. With `wait`, blocks until the read
    /// is done (for tests and scripts).
    fn poll_import(&mut self, wait: bool) {
        let Some((path, receiver)) = &self.import_job else {
            return;
        };
        let result = if wait {
            receiver
                .recv()
                .map_err(|_| mpsc::TryRecvError::Disconnected)
        } else {
            receiver.try_recv()
        };
        let path = path.clone();
        let result = match result {
            Ok(result) => result,
            Err(mpsc::TryRecvError::Empty) => return,
            Err(mpsc::TryRecvError::Disconnected) => Err("the import stopped unexpectedly".into()),
        };
        self.import_job = None;
        match result {
            Ok(export) => match self.profiles.by_name(&export.name) {
                Some(existing) => {
                    self.pending_import = Some(PendingImport {
                        existing: existing.id.clone(),
                        export,
                    })
                }
                None => self.finish_import(export, None),
            },
            Err(err) => self.notify(&format!("Could not import {}. {err}", path.display()), true),
        }
    }

    /// Waits for an import being read, then handles it as a frame would.
    pub fn wait_for_import(&mut self) {
        self.poll_import(true);
    }

    /// Whether an import file is still being read.
    pub fn is_importing(&self) -> bool {
        self.import_job.is_some()
    }

    fn finish_import(&mut self, export: profiles::ProfileExport, replace: Option<String>) {
        if !self.can_change_profiles() {
            self.notify(READ_ONLY_WHY, true);
            return;
        }
        let guarded = |id: &String| {
            let is_open = self.profile.is_some() && &self.profiles.active == id;
            !is_open
                && self
                    .profiles
                    .entry(id)
                    .is_some_and(|p| p.pin_hash.is_some())
        };
        if replace.as_ref().is_some_and(guarded) {
            self.notify(
                "That profile has a PIN. Open it first (with its PIN) and import there, or \
                 import as a new profile.",
                true,
            );
            return;
        }
        let id = match replace {
            Some(id) if self.profiles.entry(&id).is_some() => id,
            _ => {
                let data = self.data_dir.path().to_path_buf();
                let mut candidate = self.profiles.clone();
                let id = candidate.add(&export.name, |id| data.join("profiles").join(id).exists());
                self.change_profiles(ProfileChange::Add(ProfileEntry {
                    id: id.clone(),
                    name: export.name.trim().to_owned(),
                    pin_hash: None,
                }));
                id
            }
        };
        let is_open = self.profile.is_some() && id == self.profiles.active;
        if is_open {
            // The imported files replace what is open: unsaved edits are not saved over them.
            self.save.settings = FileSave::default();
            self.save.progress = FileSave::default();
        }
        let saved = ProfileDir::new(self.data_dir.path(), &id)
            .map_err(|err| err.to_string())
            .and_then(|folder| {
                store::save(&folder.file::<Settings>(), &export.settings)
                    .and_then(|()| store::save(&folder.file::<Progress>(), &export.progress))
                    .map_err(|err| err.to_string())
            });
        match saved {
            Ok(()) => {
                if is_open {
                    self.profile = None;
                    self.lock = None;
                }
                self.open_profile(&id);
                self.notify(&format!("Imported the profile \"{}\".", export.name), false);
            }
            Err(err) => self.notify(&format!("Could not import ({err})."), true),
        }
    }

    fn notify(&mut self, message: &str, is_warning: bool) {
        let kind = if is_warning {
            BannerKind::Warning
        } else {
            BannerKind::Info
        };
        self.banners.push(Banner::new(kind, message));
    }

    /// Marks settings or progress for saving, unless this copy is read-only (the UI says so
    /// and disables the save buttons).
    fn mark(&mut self, which: SavedFile, delay_secs: f64) {
        if self.read_only || self.profile.is_none() {
            return;
        }
        let now = self.now;
        self.save.file(which).mark(delay_secs, now);
    }

    /// Carries out one intent at UI time `now_secs` (seconds, as egui counts them): the only
    /// place where state changes. Save deadlines count from `now_secs`; [`Self::tick`] saves
    /// what is due.
    pub fn apply(&mut self, intent: Intent, now_secs: f64) {
        self.now = now_secs;
        match intent {
            Intent::Navigate(route) => self.go(route),
            Intent::Back => {
                self.history.back(&mut self.route);
            }
            Intent::ReadAloud { key, sentences } => {
                let rate = self.settings.speech_rate;
                self.reading.start(key, sentences, "en", rate);
            }
            Intent::MakeHandout {
                articles,
                answers,
                plan,
                topic,
            } => self.make_handout(articles, answers.as_ref(), plan, &topic),
            Intent::OpenFile(path) => open_in_system_viewer(&path),
            Intent::PauseReading => self.reading.pause(),
            Intent::ResumeReading => self.reading.resume(),
            Intent::StopReading => self.reading.stop(),
            Intent::ReadingSection(id) => {
                // Where the reader is, so Back returns there; not an arrival (no scroll).
                if let Route::Learn {
                    article: Some(_),
                    section,
                } = &mut self.route
                {
                    *section = Some(id);
                }
            }
            Intent::UpdateSettings(settings) => {
                if settings != self.settings {
                    self.settings = settings;
                    self.mark(SavedFile::Settings, SAVE_DELAY_SECS);
                }
            }
            Intent::CompleteWelcome(role) => {
                self.settings.set_role(role);
                self.mark(SavedFile::Settings, 0.0);
            }
            Intent::UpdateLearn(learn) => self.learn = learn,
            Intent::DismissBanner(index) => {
                if index < self.banners.len() {
                    self.banners.remove(index);
                }
            }
            Intent::UpdateBodyMap(state) => self.body_map = state,
            Intent::ShowOnBodyMap { regions, pathways } => {
                self.body_map.show(&regions, &pathways);
                self.go(Route::BodyMap);
            }
            Intent::OpenArticle { article, section } => {
                if self.progress.mark_read(&article, &progress::today()) {
                    self.mark(SavedFile::Progress, 0.0);
                }
                self.learn.level_override = None;
                self.go(Route::Learn {
                    article: Some(article),
                    section,
                });
            }
            Intent::SaveDiaryEntry(entry) => {
                if self.refuse_if_read_only() || !entry.has_content() {
                    return;
                }
                self.progress.set_diary_entry(entry);
                self.progress_changed();
            }
            Intent::DeleteDiaryEntry(date) => {
                if self.refuse_if_read_only() {
                    return;
                }
                if self.progress.remove_diary_entry(&date) {
                    self.progress_changed();
                }
            }
            Intent::SetPlanStage(stage) => {
                if self.refuse_if_read_only() {
                    return;
                }
                self.progress.plan_stage = Some(stage);
                self.progress_changed();
            }
            Intent::SetExerciseDone {
                date,
                exercise,
                done,
            } => {
                if self.refuse_if_read_only() {
                    return;
                }
                self.progress.set_exercise_done(&date, &exercise, done);
                self.progress_changed();
            }
            Intent::AddShoe(shoe) => {
                if self.refuse_if_read_only() {
                    return;
                }
                self.progress.shoes.push(shoe);
                self.progress_changed();
            }
            Intent::UpdateShoe { index, shoe } => {
                if self.refuse_if_read_only() {
                    return;
                }
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
            Intent::CreateProfile(name) => self.create_profile(&name),
            Intent::SwitchProfile(id) => {
                let is_open = self.profile.is_some() && id == self.profiles.active;
                let has_pin = self
                    .profiles
                    .entry(&id)
                    .is_some_and(|p| p.pin_hash.is_some());
                if !is_open && has_pin {
                    self.pin_prompt = Some(id);
                } else if !is_open {
                    self.open_profile(&id);
                }
            }
            Intent::UnlockProfile(pin) => {
                let Some(id) = self.pin_prompt.clone() else {
                    return;
                };
                let matches = self
                    .profiles
                    .entry(&id)
                    .and_then(|p| p.pin_hash.as_deref())
                    .is_some_and(|hash| store::pin::verify_pin(&pin, hash));
                if matches {
                    self.pin_prompt = None;
                    self.open_profile(&id);
                } else {
                    self.notify("That PIN is not right. Try again.", true);
                }
            }
            Intent::CancelUnlock => self.pin_prompt = None,
            Intent::SetPin(pin) => {
                if !self.can_change_profiles() || self.profile.is_none() {
                    self.notify(READ_ONLY_WHY, true);
                    return;
                }
                let pin_hash = match pin.as_deref().map(store::pin::hash_pin) {
                    None => None,
                    Some(Ok(hash)) => Some(hash),
                    Some(Err(err)) => {
                        self.notify(&format!("The PIN was not set: {err}."), true);
                        return;
                    }
                };
                let removed = pin_hash.is_none();
                self.change_profiles(ProfileChange::SetPin {
                    id: self.profiles.active.clone(),
                    pin_hash,
                });
                self.notify(
                    if removed {
                        "This profile has no PIN now."
                    } else {
                        "PIN set. It is asked when someone switches to this profile."
                    },
                    false,
                );
            }
            Intent::RenameProfile { id, name } => {
                if !self.can_change_profiles() {
                    self.notify(READ_ONLY_WHY, true);
                } else if self.profiles.entry(&id).is_some() && !name.trim().is_empty() {
                    self.change_profiles(ProfileChange::Rename {
                        id,
                        name: name.trim().to_owned(),
                    });
                }
            }
            Intent::DeleteProfile(id) => self.delete_profile(&id),
            Intent::ExportProfile(folder) => self.export_profile(folder.as_deref()),
            Intent::ImportProfile(path) => {
                if self.can_change_profiles() {
                    self.start_import(path);
                } else {
                    self.notify(READ_ONLY_WHY, true);
                }
            }
            Intent::ResolveImport(choice) => {
                if let Some(pending) = self.pending_import.take() {
                    match choice {
                        ImportChoice::Replace => {
                            self.finish_import(pending.export, Some(pending.existing));
                        }
                        ImportChoice::AsNew => self.finish_import(pending.export, None),
                        ImportChoice::Cancel => {}
                    }
                }
            }
            Intent::CloseRetry => {
                self.flush();
                if self.has_unsaved_changes() {
                    self.notify(
                        "Still not saved. Try again after fixing the folder, or save a copy \
                         elsewhere.",
                        true,
                    );
                } else {
                    self.close_prompt = None;
                    self.close_now = true;
                }
            }
            Intent::CloseSaveCopy(folder) => match self.export_to(Some(&folder)) {
                Ok(path) => {
                    log::info!("saved a copy to {} before closing", path.display());
                    self.close_prompt = None;
                    self.close_allowed = true;
                    self.close_now = true;
                }
                Err(err) => self.notify(&format!("Could not save a copy there ({err})"), true),
            },
            Intent::CloseQuitAnyway => {
                self.close_prompt = None;
                self.close_allowed = true;
                self.close_now = true;
            }
            Intent::CloseCancel => self.close_prompt = None,
            Intent::WindowCloseRequested => {
                if !self.close_allowed {
                    self.flush();
                    if self.has_unsaved_changes() {
                        self.close_prompt = Some(ClosePrompt {
                            unsaved: self.unsaved_files(),
                        });
                    }
                }
            }
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
                self.self_check = Session::NotStarted { area };
                self.go(Route::SelfCheck);
            }
            Intent::OpenPlanStage(stage) => {
                self.progress_focus = Some(ProgressFocus::PlanStage(stage));
                self.go(Route::Progress);
            }
            Intent::OpenDiary => {
                self.progress_focus = Some(ProgressFocus::Diary);
                self.go(Route::Progress);
            }
            Intent::ProgressFocused => self.progress_focus = None,
        }
    }

    /// Goes to another screen, remembering this one for Back.
    fn go(&mut self, route: Route) {
        self.history.go(&mut self.route, route);
    }

    /// In a read-only copy, says why a change is not kept and returns true.
    fn refuse_if_read_only(&mut self) -> bool {
        if !self.read_only {
            return false;
        }
        if !self.banners.iter().any(|b| b.message == READ_ONLY_WHY) {
            self.notify(READ_ONLY_WHY, true);
        }
        true
    }

    /// Marks progress for saving soon.
    fn progress_changed(&mut self) {
        self.mark(SavedFile::Progress, 0.0);
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
        self.mark(SavedFile::Progress, 0.0);
    }

    /// The saved files with changes that are not on disk.
    fn unsaved_files(&self) -> Vec<&'static str> {
        SavedFile::ALL
            .into_iter()
            .filter(|&which| self.save.file_ref(which).dirty)
            .map(SavedFile::file_name)
            .collect()
    }

    /// Saves what is due at UI time `now` (seconds): settings 0.5 s after the last change,
    /// the rest at once, failed files again [`SAVE_RETRY_SECS`] after the failure. Each file
    /// is saved and retried on its own. Returns how long until the next attempt is due, for
    /// `request_repaint_after`, or `None` when nothing is waiting.
    pub fn tick(&mut self, now: f64) -> Option<f64> {
        self.poll_import(false);
        let (reading, reading_changed) = self.reading.poll();
        for which in SavedFile::ALL {
            let file = self.save.file(which);
            if file.dirty && file.due_at.is_none() {
                file.due_at = Some(now + file.delay_secs);
            }
            if file.dirty && file.due_at.is_some_and(|due| now >= due) {
                self.save_file(which, now);
            }
        }
        self.update_save_banner();
        SavedFile::ALL
            .into_iter()
            .filter_map(|which| {
                let file = self.save.file(which);
                file.dirty
                    .then_some(file.due_at)
                    .flatten()
                    .filter(|due| due.is_finite())
            })
            .map(|due| (due - now).max(0.0))
            // An import being read off the UI thread is looked at again soon.
            .chain(self.import_job.is_some().then_some(IMPORT_POLL_SECS))
            // While reading aloud, the highlight follows the sentence being spoken.
            .chain(reading.then_some(if reading_changed {
                0.0
            } else {
                READING_POLL_SECS
            }))
            .reduce(f64::min)
    }

    /// Makes a handout PDF from the chosen parts and saves it (documents folder, or the
    /// data folder's `handouts/` with `--data-dir`). The result is kept in `last_handout`.
    fn make_handout(
        &mut self,
        articles: Vec<String>,
        answers: Option<&crate::selfcheck::answers::Answers>,
        plan: bool,
        topic: &str,
    ) {
        let request = crate::handout::compose::Request {
            articles,
            answers,
            plan,
            plan_stage: self.progress.plan_stage.as_deref(),
            level: self.settings.reading_level,
            lang: "en",
            emergency_number: &self.settings.emergency_number,
            clinic: None,
            date: progress::today(),
        };
        let data_dir = match &self.data_dir {
            DataDirChoice::CommandLine(path) => Some(path.clone()),
            _ => None,
        };
        let saved = crate::handout::compose(&self.content, &self.diagrams, &request)
            .and_then(|handout| {
                crate::handout::save_default(
                    &handout,
                    crate::handout::Paper::default(),
                    data_dir.as_deref(),
                    topic,
                )
            })
            .map_err(|err| err.to_string());
        self.last_handout = Some(saved);
    }

    /// Whether the window may close now: nothing is unsaved, or the person chose to lose it.
    pub fn may_close(&self) -> bool {
        self.close_allowed || !self.has_unsaved_changes()
    }

    /// Whether the app asked the window to close (once: the request is taken).
    pub fn take_close_request(&mut self) -> bool {
        let close = std::mem::take(&mut self.close_now);
        if close {
            self.close_allowed = true;
        }
        close
    }

    /// Tries to save one file now.
    fn save_file(&mut self, which: SavedFile, now: f64) {
        if self.save.file(which).blocked {
            let file = self.save.file(which);
            file.error = Some(format!(
                "{} is kept as it was, because it could not be read",
                which.file_name()
            ));
            // Never retried: only a restart (after the file is fixed) can save it.
            file.due_at = Some(f64::INFINITY);
            return;
        }
        let result = match which {
            SavedFile::Settings | SavedFile::Progress => {
                let Some(dir) = &self.profile else {
                    self.save.file(which).dirty = false;
                    return;
                };
                if which == SavedFile::Settings {
                    store::save(&dir.file::<Settings>(), &self.settings)
                } else {
                    store::save(&dir.file::<Progress>(), &self.progress)
                }
            }
            SavedFile::Profiles => store::profiles::save_merged(
                self.data_dir.path(),
                &self.profiles,
                &self.save.profile_changes,
            )
            .map(|merged| {
                let active = self.profiles.active.clone();
                self.profiles = merged;
                self.profiles.active = active;
                self.save.profile_changes.clear();
            }),
        };
        let file = self.save.file(which);
        match result {
            Ok(()) => {
                file.dirty = false;
                file.error = None;
                file.due_at = None;
            }
            Err(err) => {
                log::warn!("{err}");
                file.error = Some(err.to_string());
                file.due_at = Some(now + SAVE_RETRY_SECS);
            }
        }
    }

    /// One banner names every file that could not be saved; when all are saved again, it
    /// says so.
    fn update_save_banner(&mut self) {
        let errors: Vec<String> = SavedFile::ALL
            .into_iter()
            .filter_map(|which| {
                let file = self.save.file(which);
                file.dirty.then(|| file.error.clone()).flatten()
            })
            .collect();
        let message = (!errors.is_empty()).then(|| {
            format!(
                "{SAVE_FAILED_PREFIX} ({}). The app keeps working and keeps your changes; it \
                 will save them as soon as it can.",
                errors.join("; ")
            )
        });
        let showing = self
            .banners
            .iter()
            .position(|b| b.kind == BannerKind::SaveFailed);
        match (message, showing) {
            (Some(message), Some(index)) => self.banners[index].message = message,
            (Some(message), None) if !self.save.failing => {
                self.save.failing = true;
                self.banners
                    .push(Banner::new(BannerKind::SaveFailed, message));
            }
            // Dismissed while still failing: the close prompt and the retry go on quietly.
            (Some(_), None) => {}
            (None, _) if self.save.failing => {
                self.save.failing = false;
                self.banners.retain(|b| b.kind != BannerKind::SaveFailed);
                self.notify("Your changes are saved now.", false);
            }
            (None, _) => {}
        }
    }

    /// Saves everything unsaved now, whatever is due; called before a switch and on exit.
    /// Returns whether everything is saved.
    pub fn flush(&mut self) -> bool {
        for which in SavedFile::ALL {
            let file = self.save.file(which);
            if file.dirty && !file.due_at.is_some_and(f64::is_infinite) {
                file.due_at = Some(0.0);
            }
        }
        let _ = self.tick(0.0);
        // Failed files stay due soon for the next tick.
        for which in SavedFile::ALL {
            let file = self.save.file(which);
            if file.dirty && file.due_at.is_some_and(f64::is_finite) {
                file.due_at = None;
                file.delay_secs = SAVE_RETRY_SECS;
            }
        }
        !self.has_unsaved_changes()
    }
}

/// The folder the app saves in: the system folder and the folders inside are made
/// owner-only, and stale temporary files from a crash are removed from the data-folder root
/// and `exports/` (each profile folder is cleaned when its lock is taken).
fn prepare_data_folder(choice: &DataDirChoice) {
    let data = choice.path();
    if !data.exists() {
        if let Err(err) = store::atomic::create_private_dir_all(data) {
            log::warn!("could not create {}: {err}", data.display());
        }
    } else if matches!(choice, DataDirChoice::System(_)) {
        store::atomic::make_private(data);
    }
    for inner in [data.join("profiles"), data.join("exports")] {
        if inner.is_dir() {
            store::atomic::make_private(&inner);
        }
    }
    // Only while holding the data-folder lock: then no other copy is saving profiles.ron.
    if let Ok(_lock) = store::lock::lock_data_folder(data) {
        let removed = store::atomic::remove_stale_temp_files(data)
            + store::atomic::remove_stale_temp_files(&data.join("exports"));
        if removed > 0 {
            log::info!("removed {removed} unfinished save(s) from an earlier crash");
        }
    }
}

/// Reads and checks an export file (runs on the import thread). Errors in plain words.
fn read_export(path: &Path) -> Result<profiles::ProfileExport, String> {
    let text = store::safe_read::read_text_file(path, store::safe_read::USER_FILE_CAP_BYTES)
        .map_err(|err| match err.kind() {
            std::io::ErrorKind::NotFound => "There is no file there.".to_owned(),
            std::io::ErrorKind::PermissionDenied => {
                "This file cannot be opened (no permission).".to_owned()
            }
            std::io::ErrorKind::InvalidData => {
                format!("This file is not an AnkleBack export ({err}).")
            }
            _ => {
                let mut why = err.to_string();
                if let Some(first) = why.get_mut(0..1) {
                    first.make_ascii_uppercase();
                }
                format!("{why}.")
            }
        })?;
    profiles::parse_export(&text)
}

fn problem_banner(problem: Problem) -> Banner {
    Banner::new(BannerKind::Warning, problem.message)
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
    banners.push(Banner::new(BannerKind::Warning, message));
    content::load_embedded()
}

/// The start of the save-failure banner (found by its kind, not by these words).
const SAVE_FAILED_PREFIX: &str = "Could not save your changes";
/// The start of the read-only banner (found by its kind, not by these words).
const READ_ONLY_PREFIX: &str = "Read-only";

impl Drop for AnkleBackApp {
    fn drop(&mut self) {
        self.flush();
    }
}

/// Opens a file or folder with the desktop's own viewer (`xdg-open`, `open`, `explorer`).
/// Nothing waits for it; a missing viewer is only logged.
fn open_in_system_viewer(path: &Path) {
    let program = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(windows) {
        "explorer"
    } else {
        "xdg-open"
    };
    if let Err(err) = std::process::Command::new(program)
        .arg(path)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
    {
        log::warn!("could not open {}: {err}", path.display());
    }
}
