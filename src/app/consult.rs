//! Consult mode in the app: entering and leaving change the route; every other verb changes
//! [`crate::consult::ConsultState`].

use super::AnkleBackApp;
use crate::consult::ConsultVerb;
use crate::route::Route;

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
            _ => self.consult.apply(verb, &self.content.stories),
        }
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
