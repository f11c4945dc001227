//! Read aloud, offline: a [`Speaker`] speaks a list of sentences and reports which one it is
//! on. Back-ends are chosen at run time ([`detect_speaker`]): on Windows and macOS the
//! system's own voices (the `tts` crate, linked only there), then on every system a program
//! found on `PATH` (`spd-say` from speech-dispatcher, which uses the voice a screen-reader user
//! already chose, else `espeak-ng`), run as a separate process: on Linux nothing is linked, so
//! the app starts on a PC with no speech engine. No egui here.

#[cfg(any(windows, target_os = "macos"))]
pub mod native;
pub mod script;
pub mod text;

use std::io;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::JoinHandle;

/// What to tell a person when no engine is installed (English, for errors of the command
/// line; the screens use [`NO_ENGINE_MESSAGE`] in the content language).
pub const NO_ENGINE_HELP: &str =
    "Reading aloud needs a speech program. On Debian or Ubuntu: sudo apt install espeak-ng";

/// The message (assets/i18n/<lang>/readaloud.ftl) that says how to get a voice on this system.
pub const NO_ENGINE_MESSAGE: &str = if cfg!(windows) {
    "readaloud-no-engine-windows"
} else if cfg!(target_os = "macos") {
    "readaloud-no-engine-macos"
} else {
    "readaloud-no-engine"
};

/// The best speaker on this computer, if any: the system's voices on Windows and macOS,
/// else speech-dispatcher, else espeak-ng.
pub fn detect_speaker() -> Option<Box<dyn Speaker>> {
    #[cfg(any(windows, target_os = "macos"))]
    if let Some(speaker) = native::NativeSpeaker::new() {
        return Some(Box::new(speaker));
    }
    ProcessSpeaker::detect().map(|speaker| Box::new(speaker) as Box<dyn Speaker>)
}

/// Where a speaker is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Progress {
    /// Not speaking.
    Idle,
    /// Speaking sentence `index`.
    Speaking(usize),
    /// Paused at sentence `index`.
    Paused(usize),
    /// The engine failed; the message says why.
    Failed(String),
}

/// Speaks sentences, one at a time, and says which one.
pub trait Speaker: Send {
    /// Starts speaking `sentences` (replacing anything being spoken) in `lang` ("en", "es")
    /// at `rate` words a minute.
    fn speak(&mut self, sentences: Vec<String>, lang: &str, rate: u32);
    /// Where it is now.
    fn progress(&mut self) -> Progress;
    /// Pauses at the current sentence.
    fn pause(&mut self);
    /// Goes on from the paused sentence.
    fn resume(&mut self);
    /// Stops and forgets the sentences.
    fn stop(&mut self);
}

/// Errors of the speech tools.
#[derive(Debug, thiserror::Error)]
pub enum SpeechError {
    /// No program that can do it is installed.
    #[error("{NO_ENGINE_HELP}")]
    NoEngine,
    /// The program ran but failed.
    #[error("the speech program failed: {0}")]
    Failed(String),
    /// Starting it or writing the file failed.
    #[error("{0}")]
    Io(#[from] io::Error),
}

/// A speech program on this computer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Engine {
    /// speech-dispatcher's `spd-say` (the screen reader's voice and settings).
    SpeechDispatcher(PathBuf),
    /// `espeak-ng`.
    EspeakNg(PathBuf),
}

impl Engine {
    /// The best engine found on `PATH`: speech-dispatcher first, then espeak-ng.
    pub fn detect() -> Option<Engine> {
        find_program("spd-say")
            .map(Engine::SpeechDispatcher)
            .or_else(|| find_program("espeak-ng").map(Engine::EspeakNg))
    }

    /// espeak-ng only (it can write audio files).
    pub fn espeak() -> Option<Engine> {
        find_program("espeak-ng").map(Engine::EspeakNg)
    }

    /// The command that says one sentence and returns when it is done.
    fn command(&self, sentence: &str, lang: &str, rate: u32) -> Command {
        match self {
            Engine::SpeechDispatcher(path) => {
                let mut command = Command::new(path);
                // spd-say's rate is -100..100 around the user's own default (about 180 wpm).
                let relative = ((i64::from(rate) - 180) * 100 / 180).clamp(-100, 100);
                command
                    .args(["-w", "-l", lang, "-r", &relative.to_string(), "--"])
                    .arg(sentence);
                command
            }
            Engine::EspeakNg(path) => {
                let mut command = Command::new(path);
                command
                    .args(espeak_voice_args(lang, rate))
                    .arg("--")
                    .arg(sentence);
                command
            }
        }
    }
}

/// espeak-ng's voice for a content language: `es` (Spanish) for Spanish, else British English.
fn voice(lang: &str) -> &'static str {
    if lang.starts_with("es") {
        "es"
    } else {
        "en-gb"
    }
}

/// espeak-ng's voice and speed arguments for `lang` at `rate` words a minute: the same for the
/// app, the `read-aloud` command and the latency bench.
pub fn espeak_voice_args(lang: &str, rate: u32) -> [String; 4] {
    [
        "-v".to_owned(),
        voice(lang).to_owned(),
        "-s".to_owned(),
        rate.clamp(80, 450).to_string(),
    ]
}

/// The full path of `name` on `PATH`, if it is there.
pub fn find_program(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(name))
        .find(|candidate| candidate.is_file())
}

/// Writes the sentences as one WAV file with espeak-ng (`-w`).
pub fn write_wav(
    sentences: &[String],
    lang: &str,
    rate: u32,
    out: &Path,
) -> Result<(), SpeechError> {
    let Some(Engine::EspeakNg(program)) = Engine::espeak() else {
        return Err(SpeechError::NoEngine);
    };
    let output = Command::new(program)
        .args(espeak_voice_args(lang, rate))
        .arg("-w")
        .arg(out)
        .arg("--")
        .arg(sentences.join(" "))
        .stdin(Stdio::null())
        .output()?;
    if !output.status.success() {
        return Err(SpeechError::Failed(
            String::from_utf8_lossy(&output.stderr).trim().to_owned(),
        ));
    }
    Ok(())
}

/// State shared with the worker thread.
#[derive(Debug, Default)]
struct Shared {
    sentences: Vec<String>,
    lang: String,
    rate: u32,
    /// The sentence being spoken (or to speak next).
    index: usize,
    running: bool,
    paused: bool,
    /// Bumped by every speak/stop/pause, so an old worker knows to quit.
    generation: u64,
    child: Option<Child>,
    error: Option<String>,
}

/// A speaker that runs a speech program once per sentence, on a worker thread.
pub struct ProcessSpeaker {
    engine: Engine,
    shared: Arc<Mutex<Shared>>,
    worker: Option<JoinHandle<()>>,
}

impl ProcessSpeaker {
    /// A speaker using `engine`.
    pub fn new(engine: Engine) -> Self {
        Self {
            engine,
            shared: Arc::default(),
            worker: None,
        }
    }

    /// A speaker with the best engine on this computer, if any.
    pub fn detect() -> Option<Self> {
        Engine::detect().map(Self::new)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Shared> {
        self.shared.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Ends the running program and worker (keeping the position).
    fn halt(&mut self) {
        {
            let mut shared = self.lock();
            shared.generation += 1;
            shared.running = false;
            if let Some(mut child) = shared.child.take() {
                let _ = child.kill();
                let _ = child.wait();
            }
        }
        if let Some(worker) = self.worker.take() {
            let _ = worker.join();
        }
    }

    fn start_worker(&mut self) {
        let shared = Arc::clone(&self.shared);
        let engine = self.engine.clone();
        let generation = {
            let mut state = self.lock();
            state.running = true;
            state.paused = false;
            state.error = None;
            state.generation
        };
        self.worker = Some(std::thread::spawn(move || {
            run_sentences(&shared, &engine, generation);
        }));
    }
}

/// Speaks from the shared index on, one program run per sentence, until done or superseded.
fn run_sentences(shared: &Mutex<Shared>, engine: &Engine, generation: u64) {
    loop {
        let mut child = {
            let mut state = shared.lock().unwrap_or_else(PoisonError::into_inner);
            if state.generation != generation {
                return;
            }
            let Some(sentence) = state.sentences.get(state.index).cloned() else {
                state.running = false;
                return;
            };
            let spawned = engine
                .command(&sentence, &state.lang, state.rate)
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn();
            match spawned {
                Ok(child) => child,
                Err(err) => {
                    state.error = Some(err.to_string());
                    state.running = false;
                    return;
                }
            }
        };
        // Wait without holding the lock, so stop and pause can kill the program.
        let status = loop {
            match child.try_wait() {
                Ok(Some(status)) => break Some(status),
                Ok(None) => {}
                Err(_) => break None,
            }
            {
                let state = shared.lock().unwrap_or_else(PoisonError::into_inner);
                if state.generation != generation {
                    let _ = child.kill();
                    let _ = child.wait();
                    return;
                }
            }
            std::thread::sleep(std::time::Duration::from_millis(15));
        };
        let mut state = shared.lock().unwrap_or_else(PoisonError::into_inner);
        if state.generation != generation {
            return;
        }
        if status.is_none_or(|s| !s.success()) {
            state.error = Some("the speech program stopped with an error".to_owned());
            state.running = false;
            return;
        }
        state.index += 1;
    }
}

impl Speaker for ProcessSpeaker {
    fn speak(&mut self, sentences: Vec<String>, lang: &str, rate: u32) {
        self.halt();
        {
            let mut state = self.lock();
            state.sentences = sentences;
            state.lang = lang.to_owned();
            state.rate = rate;
            state.index = 0;
        }
        self.start_worker();
    }

    fn progress(&mut self) -> Progress {
        let state = self.lock();
        if let Some(error) = &state.error {
            Progress::Failed(error.clone())
        } else if state.paused {
            Progress::Paused(state.index)
        } else if state.running {
            Progress::Speaking(state.index)
        } else {
            Progress::Idle
        }
    }

    fn pause(&mut self) {
        if self.lock().running {
            self.halt();
            self.lock().paused = true;
        }
    }

    fn resume(&mut self) {
        if self.lock().paused {
            self.start_worker();
        }
    }

    fn stop(&mut self) {
        self.halt();
        let mut state = self.lock();
        state.paused = false;
        state.sentences.clear();
        state.index = 0;
    }
}

impl Drop for ProcessSpeaker {
    fn drop(&mut self) {
        self.halt();
    }
}

/// A speaker for tests: it "speaks" one sentence per call to [`FakeSpeaker::advance`].
#[derive(Debug, Default)]
pub struct FakeSpeaker {
    /// The sentences it was given.
    pub sentences: Vec<String>,
    index: Option<usize>,
    paused: bool,
}

impl FakeSpeaker {
    /// Moves to the next sentence (the end makes it idle).
    pub fn advance(&mut self) {
        if let Some(index) = self.index
            && !self.paused
        {
            self.index = (index + 1 < self.sentences.len()).then_some(index + 1);
        }
    }
}

impl Speaker for FakeSpeaker {
    fn speak(&mut self, sentences: Vec<String>, _lang: &str, _rate: u32) {
        self.index = (!sentences.is_empty()).then_some(0);
        self.sentences = sentences;
        self.paused = false;
    }

    fn progress(&mut self) -> Progress {
        match (self.index, self.paused) {
            (Some(i), true) => Progress::Paused(i),
            (Some(i), false) => Progress::Speaking(i),
            (None, _) => Progress::Idle,
        }
    }

    fn pause(&mut self) {
        self.paused = self.index.is_some();
    }

    fn resume(&mut self) {
        self.paused = false;
    }

    fn stop(&mut self) {
        self.index = None;
        self.paused = false;
        self.sentences.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_gets_its_own_voice() {
        assert_eq!(espeak_voice_args("es", 160)[1], "es");
        assert_eq!(espeak_voice_args("en", 160)[1], "en-gb");
        assert_eq!(espeak_voice_args("es", 20)[3], "80");
        let dispatcher = Engine::SpeechDispatcher("spd-say".into());
        let command = dispatcher.command("Hola.", "es", 180);
        let args: Vec<_> = command.get_args().collect();
        assert!(args.windows(2).any(|w| w == ["-l", "es"]), "{args:?}");
        let espeak = Engine::EspeakNg("espeak-ng".into()).command("Hola.", "es", 160);
        let args: Vec<_> = espeak.get_args().collect();
        assert!(args.windows(2).any(|w| w == ["-v", "es"]), "{args:?}");
    }

    #[test]
    fn the_fake_speaker_walks_the_sentences() {
        let mut speaker = FakeSpeaker::default();
        speaker.speak(vec!["One.".into(), "Two.".into()], "en", 170);
        assert_eq!(speaker.progress(), Progress::Speaking(0));
        speaker.pause();
        speaker.advance();
        assert_eq!(speaker.progress(), Progress::Paused(0));
        speaker.resume();
        speaker.advance();
        assert_eq!(speaker.progress(), Progress::Speaking(1));
        speaker.advance();
        assert_eq!(speaker.progress(), Progress::Idle);
    }

    #[test]
    fn a_process_speaker_goes_through_every_sentence() {
        // `true` stands in for an engine: it "speaks" each sentence at once.
        let Some(program) = find_program("true") else {
            return;
        };
        let mut speaker = ProcessSpeaker::new(Engine::EspeakNg(program));
        speaker.speak(
            vec!["One.".into(), "Two.".into(), "Three.".into()],
            "en",
            170,
        );
        let started = std::time::Instant::now();
        while speaker.progress() != Progress::Idle {
            assert!(started.elapsed().as_secs() < 10, "{:?}", speaker.progress());
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        assert_eq!(speaker.lock().index, 3);
    }

    #[test]
    #[cfg(unix)]
    fn stop_ends_a_long_sentence_at_once() {
        use std::os::unix::fs::PermissionsExt as _;
        // A stand-in engine that takes five seconds for any sentence.
        let dir = tempfile::tempdir().unwrap();
        let program = dir.path().join("slow-engine");
        std::fs::write(&program, "#!/bin/sh\nsleep 5\n").unwrap();
        std::fs::set_permissions(&program, std::fs::Permissions::from_mode(0o700)).unwrap();
        let mut speaker = ProcessSpeaker::new(Engine::EspeakNg(program));
        speaker.speak(vec!["A long sentence.".into()], "en", 170);
        std::thread::sleep(std::time::Duration::from_millis(200));
        assert_eq!(speaker.progress(), Progress::Speaking(0));
        speaker.pause();
        assert_eq!(speaker.progress(), Progress::Paused(0));
        speaker.resume();
        assert_eq!(speaker.progress(), Progress::Speaking(0));
        let started = std::time::Instant::now();
        speaker.stop();
        assert!(started.elapsed().as_millis() < 2000);
        assert_eq!(speaker.progress(), Progress::Idle);
    }
}
