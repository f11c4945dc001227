//! What the person does with the content: the self-check record, the handout, opening files.

use std::path::{Path, PathBuf};

use super::AnkleBackApp;
use super::saving::SavedFile;
use crate::progress::{self, CheckRecord, DiaryEntry, Shoe};
use crate::route::Route;
use crate::selfcheck::session::{Finished, Verb};
use crate::store::DataDirChoice;

impl AnkleBackApp {
    /// The self-check's reading level: its own for this screen, else the setting.
    pub fn self_check_level(&self) -> crate::settings::ReadingLevel {
        self.self_check_words.unwrap_or(self.settings.reading_level)
    }

    /// Opens an article (at a section), marking it read today.
    pub(super) fn open_article(&mut self, article: String, section: Option<String>) {
        if self.progress.mark_read(&article, &progress::today()) {
            self.mark(SavedFile::Progress, 0.0);
        }
        self.learn.level_override = None;
        self.go(Route::Learn {
            article: Some(article),
            section,
        });
    }

    /// One step of the self-check; a finished run is recorded once.
    pub(super) fn self_check_verb(&mut self, verb: Verb) {
        let Some(questionnaire) = self.content.questionnaires.first() else {
            return;
        };
        if let Some(finished) = self.self_check.apply(verb, questionnaire) {
            self.record_finished_check(finished);
        }
    }

    /// Deletes a saved self-check (the UI asked first).
    pub(super) fn delete_check(&mut self, index: usize) {
        if index < self.progress.self_checks.len() {
            self.progress.self_checks.remove(index);
            self.self_check.check_deleted(index);
            self.progress_changed();
        }
    }

    /// Adds or replaces a day in the pain diary (an empty entry is not kept).
    pub(super) fn save_diary_entry(&mut self, entry: DiaryEntry) {
        if self.refuse_if_read_only() || !entry.has_content() {
            return;
        }
        self.progress.set_diary_entry(entry);
        self.progress_changed();
    }

    /// Removes the diary entry of a day.
    pub(super) fn delete_diary_entry(&mut self, date: &str) {
        if !self.refuse_if_read_only() && self.progress.remove_diary_entry(date) {
            self.progress_changed();
        }
    }

    /// The person says which recovery stage they are at.
    pub(super) fn set_plan_stage(&mut self, stage: String) {
        if !self.refuse_if_read_only() {
            self.progress.plan_stage = Some(stage);
            self.progress_changed();
        }
    }

    /// Ticks or unticks an exercise for a day.
    pub(super) fn set_exercise_done(&mut self, date: &str, exercise: &str, done: bool) {
        if !self.refuse_if_read_only() {
            self.progress.set_exercise_done(date, exercise, done);
            self.progress_changed();
        }
    }

    /// Starts tracking a pair of shoes.
    pub(super) fn add_shoe(&mut self, shoe: Shoe) {
        if !self.refuse_if_read_only() {
            self.progress.shoes.push(shoe);
            self.progress_changed();
        }
    }

    /// Changes (`Some`) or removes (`None`) a pair of shoes.
    pub(super) fn update_shoe(&mut self, index: usize, shoe: Option<Shoe>) {
        if self.refuse_if_read_only() || index >= self.progress.shoes.len() {
            return;
        }
        match shoe {
            Some(shoe) => self.progress.shoes[index] = shoe,
            None => {
                self.progress.shoes.remove(index);
            }
        }
        self.progress_changed();
    }

    /// Saves a just-finished self-check to the history: a new record, or the same record
    /// again when the person went back from the result and finished once more.
    pub(super) fn record_finished_check(&mut self, finished: Finished) {
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

    /// Makes a handout PDF from the chosen parts and saves it (documents folder, or the
    /// data folder's `handouts/` with `--data-dir`). The result is kept in `last_handout`.
    pub(super) fn make_handout(&mut self, order: crate::intent::HandoutOrder) {
        // In the language shown: the content is already in it, and so are the messages.
        let translation_status = self
            .languages
            .offered()
            .iter()
            .find(|o| o.code == self.content_lang)
            .map_or("", |o| o.status.as_str());
        let sheet = order.consult.as_ref();
        let request = crate::handout::compose::Request {
            articles: order.articles,
            answers: order.answers.as_ref(),
            plan: order.plan,
            plan_stage: self.progress.plan_stage.as_deref(),
            diary: order.diary.then_some(self.progress.diary.as_slice()),
            consult: sheet,
            level: sheet.map_or(self.settings.reading_level, |s| s.level),
            messages: &self.messages,
            translation_status,
            emergency_number: &self.settings.emergency_number,
            clinic: self.settings.clinic(),
            date: progress::today(),
        };
        let data_dir = match &self.data_dir {
            DataDirChoice::CommandLine(path) => Some(path.clone()),
            _ => None,
        };
        let paper = self.settings.paper();
        let saved = crate::handout::compose(&self.content, &self.diagrams, &request)
            .and_then(|handout| match &order.save_as {
                Some(path) => {
                    let bytes = crate::handout::render(&handout, paper)?;
                    crate::handout::save(&bytes, path)?;
                    Ok(path.clone())
                }
                None => {
                    crate::handout::save_default(&handout, paper, data_dir.as_deref(), &order.topic)
                }
            })
            .map_err(|err| err.in_words(&self.messages));
        self.last_handout = Some(saved);
    }

    /// The folder "Save as…" opens first: the handouts folder (made if missing), else home.
    pub fn handout_folder(&self) -> Option<PathBuf> {
        let data_dir = match &self.data_dir {
            DataDirChoice::CommandLine(path) => Some(path.as_path()),
            _ => None,
        };
        crate::handout::handout_folder(data_dir).ok()
    }
}

/// Opens a file or folder with the desktop's own viewer (`xdg-open`, `open`, `explorer`).
/// Nothing waits for it; a missing viewer is only logged.
pub(super) fn open_in_system_viewer(path: &Path) {
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
