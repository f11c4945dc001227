//! What is being read aloud, and by which speaker. Plain data, no egui: the app owns one
//! [`Reading`], the screens show its state and send intents to start, pause or stop it.

use crate::messages::Messages;
use crate::speech::text::Sentence;
use crate::speech::{Progress, Speaker};

/// The part of a screen being read, and how far it got.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Active {
    /// Which button started it (e.g. `article:back-to-ankle#nerve-path`).
    pub key: String,
    /// The sentences, as shown and as spoken.
    pub sentences: Vec<Sentence>,
    /// Where the speaker is.
    pub progress: Progress,
}

/// Why reading aloud did not start or stopped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadingError {
    /// No speech program or system voice on this computer.
    NoEngine,
    /// The speech program failed (its message, for the log).
    Failed(String),
}

/// The read-aloud state of the app.
pub struct Reading {
    speaker: Option<Box<dyn Speaker>>,
    /// The speaker was looked for (on first use).
    looked: bool,
    active: Option<Active>,
    /// The last error from the speech program, shown until the next start.
    pub error: Option<ReadingError>,
    /// The content language: what is read is in it, and so are the control's words.
    lang: String,
    /// The UI messages of `lang` (the control's words, the words added to what is read).
    words: Messages,
}

impl Default for Reading {
    fn default() -> Self {
        Self {
            speaker: None,
            looked: false,
            active: None,
            error: None,
            lang: crate::messages::ENGLISH.to_owned(),
            words: Messages::new(crate::messages::ENGLISH),
        }
    }
}

impl std::fmt::Debug for Reading {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Reading")
            .field("has_speaker", &self.speaker.is_some())
            .field("active", &self.active)
            .field("lang", &self.lang)
            .finish()
    }
}

impl Reading {
    /// A reading state with this speaker (tests use a fake one).
    pub fn with_speaker(speaker: Box<dyn Speaker>) -> Self {
        Self {
            speaker: Some(speaker),
            looked: true,
            ..Self::default()
        }
    }

    /// Looks for a speech program now (a quick look along `PATH`), so the screens can say at
    /// once when there is none.
    pub fn detect() -> Self {
        let mut reading = Self::default();
        reading.available();
        reading
    }

    /// A reading state on a computer with no speech program (tests).
    pub fn without_speaker() -> Self {
        Self {
            looked: true,
            ..Self::default()
        }
    }

    /// Reads in `lang` from now on (the app calls it when the content language changes); the
    /// control's own words follow.
    pub fn set_language(&mut self, lang: &str) {
        if self.lang != lang {
            self.lang = lang.to_owned();
            self.words = Messages::new(lang);
        }
    }

    /// The content language text is read in.
    pub fn lang(&self) -> &str {
        &self.lang
    }

    /// The messages in the reading language.
    pub fn words(&self) -> &Messages {
        &self.words
    }

    /// Whether a speech program is there (looked for once, on first call).
    pub fn available(&mut self) -> bool {
        if !self.looked {
            self.looked = true;
            self.speaker = crate::speech::detect_speaker();
        }
        self.speaker.is_some()
    }

    /// Whether a speech program was found (false before the first look).
    pub fn has_speaker(&self) -> bool {
        self.speaker.is_some() || !self.looked
    }

    /// Starts reading `sentences` for `key`, replacing anything being read.
    pub fn start(&mut self, key: String, sentences: Vec<Sentence>, lang: &str, rate: u32) {
        if !self.available() {
            self.error = Some(ReadingError::NoEngine);
            return;
        }
        self.error = None;
        if let Some(speaker) = self.speaker.as_mut() {
            speaker.speak(
                sentences.iter().map(|s| s.spoken.clone()).collect(),
                lang,
                rate,
            );
            let progress = speaker.progress();
            self.active = Some(Active {
                key,
                sentences,
                progress,
            });
        }
    }

    /// Pauses at the current sentence.
    pub fn pause(&mut self) {
        if let Some(speaker) = self.speaker.as_mut() {
            speaker.pause();
        }
        self.poll_inner();
    }

    /// Goes on from the paused sentence.
    pub fn resume(&mut self) {
        if let Some(speaker) = self.speaker.as_mut() {
            speaker.resume();
        }
        self.poll_inner();
    }

    /// Stops and clears the highlight.
    pub fn stop(&mut self) {
        if let Some(speaker) = self.speaker.as_mut() {
            speaker.stop();
        }
        self.active = None;
    }

    /// Asks the speaker where it is. Returns whether something is still being read, and
    /// whether that changed what the screen shows.
    pub fn poll(&mut self) -> (bool, bool) {
        let before = self.active.as_ref().map(|a| a.progress.clone());
        let reading = self.poll_inner();
        let after = self.active.as_ref().map(|a| a.progress.clone());
        (reading, before != after)
    }

    fn poll_inner(&mut self) -> bool {
        let (Some(speaker), Some(active)) = (self.speaker.as_mut(), self.active.as_mut()) else {
            return false;
        };
        active.progress = speaker.progress();
        match &active.progress {
            Progress::Idle => {
                self.active = None;
                false
            }
            Progress::Failed(message) => {
                log::warn!("read aloud: {message}");
                self.error = Some(ReadingError::Failed(message.clone()));
                self.active = None;
                false
            }
            Progress::Speaking(_) | Progress::Paused(_) => true,
        }
    }

    /// What is being read, if it was started by `key`.
    pub fn active_for(&self, key: &str) -> Option<&Active> {
        self.active.as_ref().filter(|a| a.key == key)
    }

    /// What is being read.
    pub fn active(&self) -> Option<&Active> {
        self.active.as_ref()
    }
}
