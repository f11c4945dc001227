//! The Windows and macOS speaker: the system's own voices through the `tts` crate (WinRT
//! speech on Windows, AVFoundation on macOS). Built only there (`tts` is a platform-only
//! dependency, never linked on Linux). The `tts` handle is not `Send`, so it lives on its own
//! thread; the [`Speaker`] methods send it orders and read the shared position.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use super::{Progress, Speaker};

/// What the speech thread is asked to do.
enum Order {
    Speak {
        sentences: Vec<String>,
        lang: String,
        rate: u32,
    },
    Pause,
    Resume,
    Stop,
}

/// The position, shared with the speech thread.
#[derive(Debug, Default)]
struct Position {
    index: usize,
    running: bool,
    paused: bool,
    error: Option<String>,
}

/// A speaker using the operating system's voices.
pub struct NativeSpeaker {
    orders: Option<Sender<Order>>,
    position: Arc<Mutex<Position>>,
    worker: Option<JoinHandle<()>>,
}

impl NativeSpeaker {
    /// The system's speech, if it starts (`None` when the system has no speech service).
    pub fn new() -> Option<Self> {
        let (orders, inbox) = mpsc::channel();
        let (ready, started) = mpsc::channel();
        let position = Arc::new(Mutex::new(Position::default()));
        let shared = Arc::clone(&position);
        let worker = std::thread::Builder::new()
            .name("speech".to_owned())
            .spawn(move || match tts::Tts::default() {
                Ok(tts) => {
                    let _ = ready.send(true);
                    run(tts, &inbox, &shared);
                }
                Err(err) => {
                    log::warn!("system speech unavailable: {err}");
                    let _ = ready.send(false);
                }
            })
            .ok()?;
        if started.recv_timeout(Duration::from_secs(5)) != Ok(true) {
            return None;
        }
        Some(Self {
            orders: Some(orders),
            position,
            worker: Some(worker),
        })
    }

    fn send(&self, order: Order) {
        if let Some(orders) = &self.orders {
            let _ = orders.send(order);
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Position> {
        self.position.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// A sentence counts as finished when the end callback came, or (engines without callbacks)
/// when the engine has been silent this long after it was started.
const SILENT_AFTER_START: Duration = Duration::from_millis(600);

/// The speech thread: one sentence at a time, moving the shared index on.
fn run(mut tts: tts::Tts, inbox: &Receiver<Order>, position: &Mutex<Position>) {
    let ends = Arc::new(AtomicU64::new(0));
    let callbacks = tts.supported_features().utterance_callbacks && {
        let ends = Arc::clone(&ends);
        tts.on_utterance_end(Some(Box::new(move |_| {
            ends.fetch_add(1, Ordering::SeqCst);
        })))
        .is_ok()
    };
    let lock = || position.lock().unwrap_or_else(PoisonError::into_inner);
    let mut sentences: Vec<String> = Vec::new();
    // The sentence being spoken: when it started and the end count before it.
    let mut in_flight: Option<(Instant, u64)> = None;
    loop {
        match inbox.recv_timeout(Duration::from_millis(20)) {
            Ok(Order::Speak {
                sentences: new,
                lang,
                rate,
            }) => {
                let _ = tts.stop();
                set_voice(&mut tts, &lang);
                set_rate(&mut tts, rate);
                sentences = new;
                in_flight = None;
                *lock() = Position {
                    running: !sentences.is_empty(),
                    ..Position::default()
                };
            }
            Ok(Order::Pause) => {
                let _ = tts.stop();
                in_flight = None;
                let mut state = lock();
                state.paused = state.running;
            }
            Ok(Order::Resume) => lock().paused = false,
            Ok(Order::Stop) => {
                let _ = tts.stop();
                in_flight = None;
                sentences.clear();
                *lock() = Position::default();
            }
            Err(RecvTimeoutError::Timeout) => {}
            Err(RecvTimeoutError::Disconnected) => {
                let _ = tts.stop();
                return;
            }
        }
        let mut state = lock();
        if !state.running || state.paused {
            continue;
        }
        match in_flight {
            None => match sentences.get(state.index) {
                Some(sentence) => {
                    let before = ends.load(Ordering::SeqCst);
                    if let Err(err) = tts.speak(sentence.as_str(), false) {
                        state.error = Some(err.to_string());
                        state.running = false;
                    } else {
                        in_flight = Some((Instant::now(), before));
                    }
                }
                None => state.running = false,
            },
            Some((started, before)) => {
                let ended = if callbacks {
                    ends.load(Ordering::SeqCst) > before
                } else {
                    started.elapsed() > SILENT_AFTER_START && !tts.is_speaking().unwrap_or(false)
                };
                if ended {
                    state.index += 1;
                    in_flight = None;
                }
            }
        }
    }
}

/// The first system voice for the content language ("es" → a Spanish voice), if any;
/// otherwise the system's default voice stays.
fn set_voice(tts: &mut tts::Tts, lang: &str) {
    let primary = lang.split(['-', '_']).next().unwrap_or(lang);
    if let Ok(voices) = tts.voices()
        && let Some(voice) = voices.iter().find(|v| {
            v.language()
                .primary_language()
                .eq_ignore_ascii_case(primary)
        })
    {
        let _ = tts.set_voice(voice);
    }
}

/// Words a minute → the engine's own scale, around its normal rate (about 180 wpm).
fn set_rate(tts: &mut tts::Tts, wpm: u32) {
    let factor = f64::from(wpm.clamp(80, 450)) / 180.0;
    let rate = (f64::from(tts.normal_rate()) * factor) as f32;
    let _ = tts.set_rate(rate.clamp(tts.min_rate(), tts.max_rate()));
}

impl Speaker for NativeSpeaker {
    fn speak(&mut self, sentences: Vec<String>, lang: &str, rate: u32) {
        // Shown at once, before the thread picks the order up.
        *self.lock() = Position {
            running: !sentences.is_empty(),
            ..Position::default()
        };
        self.send(Order::Speak {
            sentences,
            lang: lang.to_owned(),
            rate,
        });
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
        {
            let mut state = self.lock();
            state.paused = state.running;
        }
        self.send(Order::Pause);
    }

    fn resume(&mut self) {
        self.lock().paused = false;
        self.send(Order::Resume);
    }

    fn stop(&mut self) {
        *self.lock() = Position::default();
        self.send(Order::Stop);
    }
}

impl Drop for NativeSpeaker {
    fn drop(&mut self) {
        // Closing the channel ends the thread.
        self.orders = None;
        if let Some(worker) = self.worker.take() {
            let _ = worker.join();
        }
    }
}
