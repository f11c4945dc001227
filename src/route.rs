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

    /// Name in the navigation bar; also the accessible label.
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
    },
    /// Self-check.
    SelfCheck,
    /// My progress.
    Progress,
    /// Settings & About.
    Settings,
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
        }
    }

    /// The route a navigation-bar click leads to.
    pub fn from_place(place: Place) -> Self {
        match place {
            Place::BodyMap => Route::BodyMap,
            Place::Learn => Route::Learn { article: None },
            Place::SelfCheck => Route::SelfCheck,
            Place::Progress => Route::Progress,
            Place::Settings => Route::Settings,
        }
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
        digits.dedup();
        assert_eq!(digits.len(), Place::ALL.len());
    }
}
