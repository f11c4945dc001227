//! Where the user is in the app.

/// The five places in the navigation bar. The body map is home.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Place {
    /// The interactive body with the nerve route and the movement chain.
    #[default]
    BodyMap,
    /// The articles.
    Learn,
    /// The guided questionnaire.
    SelfCheck,
    /// Saved progress: diary, plan, history.
    Progress,
    /// Settings and About.
    Settings,
}

impl Place {
    /// Every place, in navigation-bar order.
    pub const ALL: [Place; 5] = [
        Place::BodyMap,
        Place::Learn,
        Place::SelfCheck,
        Place::Progress,
        Place::Settings,
    ];

    /// The id of its name in the navigation bar (also the accessible label) in the UI's
    /// messages (`assets/i18n/<lang>/app.ftl`).
    pub fn message_id(self) -> &'static str {
        match self {
            Place::BodyMap => "nav-BodyMap",
            Place::Learn => "nav-Learn",
            Place::SelfCheck => "nav-SelfCheck",
            Place::Progress => "nav-Progress",
            Place::Settings => "nav-Settings",
        }
    }

    /// Name in English (for logs and the command line; screens use [`Self::message_id`]).
    pub fn label(self) -> &'static str {
        match self {
            Place::BodyMap => "Body map",
            Place::Learn => "Learn",
            Place::SelfCheck => "Self-check",
            Place::Progress => "My progress",
            Place::Settings => "Settings & About",
        }
    }

    /// The digit of its keyboard shortcut (Ctrl + digit).
    pub fn shortcut_digit(self) -> u8 {
        match self {
            Place::BodyMap => 1,
            Place::Learn => 2,
            Place::SelfCheck => 3,
            Place::Progress => 4,
            Place::Settings => 5,
        }
    }
}

/// The current screen, with what it needs to reopen where the user was.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Route {
    /// Body map (home).
    #[default]
    BodyMap,
    /// Learn: the article list, or one article open.
    Learn {
        /// Id of the open article, if any.
        article: Option<String>,
        /// The section to show at the top when the article opens (a link's target, or the
        /// section a link was followed from, so Back returns to the same place).
        section: Option<String>,
    },
    /// Self-check.
    SelfCheck,
    /// My progress.
    Progress,
    /// Settings & About.
    Settings,
    /// Consult mode: full screen, a story step by step, drawing on the picture (it belongs
    /// to the body map).
    Consult,
}

impl Route {
    /// The navigation-bar place this route belongs to.
    pub fn place(&self) -> Place {
        match self {
            Route::BodyMap => Place::BodyMap,
            Route::Learn { .. } => Place::Learn,
            Route::SelfCheck => Place::SelfCheck,
            Route::Progress => Place::Progress,
            Route::Settings => Place::Settings,
            Route::Consult => Place::BodyMap,
        }
    }

    /// The route a navigation-bar click leads to.
    pub fn from_place(place: Place) -> Self {
        match place {
            Place::BodyMap => Route::BodyMap,
            Place::Learn => Route::Learn {
                article: None,
                section: None,
            },
            Place::SelfCheck => Route::SelfCheck,
            Place::Progress => Route::Progress,
            Place::Settings => Route::Settings,
        }
    }
}

/// How many routes Back remembers.
pub const HISTORY_LEN: usize = 50;

/// Where the user has been, for Back (the button, Alt+Left, the mouse's back button).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct History {
    /// Earlier routes, the most recent last.
    earlier: Vec<Route>,
    /// Counts arrivals: a screen that scrolls to its route's place does so once per arrival.
    arrivals: u64,
}

impl History {
    /// Goes from `current` to `next`, remembering `current` (a route equal to the current
    /// one is not an arrival).
    pub fn go(&mut self, current: &mut Route, next: Route) {
        if *current == next {
            return;
        }
        let previous = std::mem::replace(current, next);
        self.earlier.push(previous);
        if self.earlier.len() > HISTORY_LEN {
            self.earlier.remove(0);
        }
        self.arrivals += 1;
    }

    /// Goes back to the most recent earlier route, if any. Returns whether it did.
    pub fn back(&mut self, current: &mut Route) -> bool {
        match self.earlier.pop() {
            Some(previous) => {
                *current = previous;
                self.arrivals += 1;
                true
            }
            None => false,
        }
    }

    /// Whether Back leads anywhere.
    pub fn can_go_back(&self) -> bool {
        !self.earlier.is_empty()
    }

    /// How many times a route was arrived at (the reader scrolls once per arrival).
    pub fn arrivals(&self) -> u64 {
        self.arrivals
    }

    /// Forgets every earlier route (another person's profile opens).
    pub fn clear(&mut self) {
        self.earlier.clear();
        self.arrivals += 1;
    }
}

/// A place inside My progress that a link asks for (scrolled to, and opened if folded).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProgressFocus {
    /// The pain diary.
    Diary,
    /// A recovery-plan stage, by id.
    PlanStage(String),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_place_round_trips() {
        for place in Place::ALL {
            assert_eq!(Route::from_place(place).place(), place);
        }
    }

    #[test]
    fn shortcuts_are_distinct() {
        let mut digits: Vec<u8> = Place::ALL.iter().map(|p| p.shortcut_digit()).collect();
        digits.sort_unstable();
        digits.dedup();
        assert_eq!(digits.len(), Place::ALL.len());
    }

    #[test]
    fn back_returns_to_each_earlier_route_in_turn() {
        let mut history = History::default();
        let mut route = Route::BodyMap;
        let article = Route::Learn {
            article: Some("a".into()),
            section: Some("s".into()),
        };
        history.go(&mut route, article.clone());
        history.go(&mut route, Route::SelfCheck);
        history.go(&mut route, Route::SelfCheck);
        assert!(history.back(&mut route));
        assert_eq!(route, article);
        assert!(history.back(&mut route));
        assert_eq!(route, Route::BodyMap);
        assert!(!history.back(&mut route));
        assert_eq!(route, Route::BodyMap);
    }

    #[test]
    fn history_is_bounded() {
        let mut history = History::default();
        let mut route = Route::BodyMap;
        for i in 0..(HISTORY_LEN * 2) {
            let article = Some(i.to_string());
            history.go(
                &mut route,
                Route::Learn {
                    article,
                    section: None,
                },
            );
        }
        let mut steps = 0;
        while history.back(&mut route) {
            steps += 1;
        }
        assert_eq!(steps, HISTORY_LEN);
    }
}
