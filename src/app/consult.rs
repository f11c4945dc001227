//! Consult mode in the app: entering and leaving change the route; every other verb changes
//! [`crate::consult::ConsultState`].

use super::AnkleBackApp;
use super::banners::READ_ONLY_WHY;
use crate::consult::ConsultVerb;
use crate::consult::drawing::{describe, unplaced};
use crate::consult::saved::{SaveTarget, SavedConsult};
use crate::messages::Said;
use crate::progress::{self, Progress};
use crate::route::Route;
use crate::store::profiles::{ProfileChange, ProfileEntry};
use crate::store::{self, ProfileDir};

impl AnkleBackApp {
    /// Carries out a consult verb.
    pub(super) fn consult_verb(&mut self, verb: ConsultVerb) {
        match &verb {
            ConsultVerb::Enter(_) => {
                self.consult.apply(verb, &self.content.stories);
                self.go(Route::Consult);
            }
            ConsultVerb::Leave => {
                self.consult.apply(verb, &self.content.stories);
                if self.route == Route::Consult && !self.history.back(&mut self.route) {
                    // Started in consult mode (`--consult`): leave to the body map.
                    self.go(Route::BodyMap);
                }
            }
            ConsultVerb::SaveTo(target) => {
                let target = target.clone();
                self.consult.apply(verb, &self.content.stories);
                self.save_consult(&target);
            }
            _ => self.consult.apply(verb, &self.content.stories),
        }
    }

    /// The marks of this consult in words, numbered as listed on the screen.
    pub fn consult_marks_in_words(&self) -> Vec<String> {
        let names = |id: &str| {
            self.content
                .region(id)
                .map_or_else(|| id.to_owned(), |r| r.name.clone())
        };
        self.consult
            .drawing
            .marks()
            .iter()
            .enumerate()
            .map(|(index, mark)| match self.pictures.diagram(&mark.space) {
                Some(d) => describe(index + 1, mark, d, names, &self.messages),
                None => unplaced(index + 1, &self.messages),
            })
            .collect()
    }

    /// "Save to a patient profile": what was shown goes into that profile's progress, and
    /// nowhere else. Another profile's file is changed only under its lock and only when it
    /// could be read (a broken or newer file is never written over).
    fn save_consult(&mut self, target: &SaveTarget) {
        if self.consult.record.is_empty() {
            let text = self.t("consult-nothing-shown").to_owned();
            self.notify(&text, true);
            return;
        }
        if self.started_read_only || self.read_only {
            self.notify(READ_ONLY_WHY, true);
            return;
        }
        let saved = SavedConsult::new(
            &self.consult.record,
            self.consult_marks_in_words(),
            &progress::today(),
        );
        let (id, name) = match target {
            SaveTarget::Existing(id) => match self.profiles.entry(id) {
                Some(entry) => (entry.id.clone(), entry.name.clone()),
                None => {
                    let text = self.t("consult-profile-gone").to_owned();
                    self.notify(&text, true);
                    return;
                }
            },
            SaveTarget::New(name) => {
                let name = name.trim();
                if name.is_empty() {
                    let text = self.t("consult-type-name").to_owned();
                    self.notify(&text, true);
                    return;
                }
                let data = self.data_dir.path().to_path_buf();
                let mut candidate = self.profiles.clone();
                let id = candidate.add(name, |id| data.join("profiles").join(id).exists());
                (id, name.to_owned())
            }
        };
        let open_here = self.profile.is_some() && self.profiles.active == id;
        if open_here {
            self.progress.consults.push(saved);
            self.save.progress.mark(0.0, self.now);
        } else if let Err(why) = self.save_consult_elsewhere(&id, saved) {
            let text = self.tf(
                "consult-not-saved-to",
                &[("name", name.as_str().into()), ("why", why.into())],
            );
            self.notify(&text, true);
            return;
        }
        if let SaveTarget::New(_) = target {
            let entry = ProfileEntry {
                id,
                name: name.clone(),
                pin_hash: None,
            };
            if !self.change_profiles(ProfileChange::Add(entry)) {
                return;
            }
        }
        let text = self.tf("consult-saved-shown", &[("name", name.as_str().into())]);
        self.notify(&text, false);
        self.consult.saved_to = Some(name);
    }

    /// Adds a saved consult to a profile that is not open here.
    fn save_consult_elsewhere(&self, id: &str, saved: SavedConsult) -> Result<(), String> {
        let dir = ProfileDir::new(self.data_dir.path(), id).map_err(|e| e.to_string())?;
        let _lock = match store::lock::try_lock_profile(dir.root()) {
            Ok(Some(lock)) => lock,
            Ok(None) => return Err(self.t("consult-open-elsewhere").to_owned()),
            Err(err) => {
                let why = self.messages.say(&Said::io(&err));
                return Err(self.tf("consult-folder-locked", &[("why", why.into())]));
            }
        };
        let path = dir.file::<Progress>();
        let (mut progress, problem) = store::load::<Progress>(&path);
        if let Some(problem) = problem
            && problem.blocks_saving
        {
            return Err(self.tf(
                "consult-file-unreadable",
                &[("why", problem.message(&self.messages).into())],
            ));
        }
        progress.consults.push(saved);
        store::save(&path, &progress).map_err(|e| self.messages.say(&e.said()))
    }
}

#[cfg(test)]
mod tests {
    use crate::consult::ConsultVerb;
    use crate::intent::Intent;
    use crate::route::Route;

    #[test]
    fn leaving_returns_to_the_screen_before_or_the_body_map() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let mut app = super::AnkleBackApp::new(super::super::StartOptions {
            data_dir: crate::store::DataDirChoice::CommandLine(dir.path().to_path_buf()),
            content_dir: None,
        });
        app.apply(Intent::Navigate(Route::Progress), 0.0);
        app.apply(Intent::Consult(ConsultVerb::Enter(None)), 0.0);
        assert_eq!(app.route, Route::Consult);
        assert_eq!(app.consult.record.steps.len(), 1);
        app.apply(Intent::Consult(ConsultVerb::Leave), 0.0);
        assert_eq!(app.route, Route::Progress);
        // Started in consult mode: Back has nowhere to go.
        let mut app = super::AnkleBackApp::new(super::super::StartOptions {
            data_dir: crate::store::DataDirChoice::CommandLine(dir.path().to_path_buf()),
            content_dir: None,
        });
        app.route = Route::Consult;
        app.apply(Intent::Consult(ConsultVerb::Leave), 0.0);
        assert_eq!(app.route, Route::BodyMap);
    }
}
