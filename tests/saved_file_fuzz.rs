//! A bounded fuzz-style test of the readers of saved files (settings, progress, profiles,
//! exports): valid files mutated at random (seeded, so a failure repeats) must never panic or
//! hang, and every parse error must say where it is (`line L, column C`).
#![allow(
    clippy::unwrap_used,
    reason = "test helpers: a panic is a failure with its line"
)]

use std::path::Path;

use ankleback::progress::{DiaryEntry, Progress, Shoe};
use ankleback::settings::{Settings, Theme};
use ankleback::store::profiles::{self, ProfileEntry, ProfileExport, Profiles};
use ankleback::store::{self, Document};

/// Cases per file kind in the normal test run (about a second in a debug build).
const CASES: usize = 300;

/// xorshift64*: small, seeded, good enough to pick mutations.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Bytes that tend to break RON: delimiters, quotes, escapes, a BOM, NUL, invalid UTF-8.
const NASTY: &[&[u8]] = &[
    b"(",
    b")",
    b"[",
    b"]",
    b"{",
    b"}",
    b",",
    b":",
    b"\"",
    b"\\",
    b"\n",
    b"\r\n",
    b"\0",
    b"\xef\xbb\xbf",
    b"\xff",
    b"\xc3",
    b"-",
    b"9999999999999999999999",
    b"1e308",
    b"NaN",
    b"Some(",
    b"None",
    b"Purple",
    b"r#\"",
    b"/*",
    b"//",
    b"'",
];

fn mutate(rng: &mut Rng, original: &[u8]) -> Vec<u8> {
    let mut bytes = original.to_vec();
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(bytes.len() + 1);
        match rng.below(6) {
            0 => bytes.truncate(at),
            1 if at < bytes.len() => {
                bytes[at] ^= 1 << rng.below(8);
            }
            2 if at < bytes.len() => {
                let end = (at + 1 + rng.below(16)).min(bytes.len());
                bytes.drain(at..end);
            }
            3 => {
                let nasty = NASTY[rng.below(NASTY.len())];
                bytes.splice(at..at, nasty.iter().copied());
            }
            4 if !bytes.is_empty() => {
                // Repeat a slice (deep nesting, long strings).
                let end = (at + 1 + rng.below(32)).min(bytes.len());
                let piece = bytes[at.min(end)..end].to_vec();
                for _ in 0..rng.below(50) {
                    bytes.splice(at..at, piece.iter().copied());
                }
            }
            _ => {
                let nasty = NASTY[rng.below(NASTY.len())];
                let end = (at + nasty.len()).min(bytes.len());
                bytes.splice(at..end, nasty.iter().copied());
            }
        }
    }
    bytes
}

fn has_position(message: &str) -> bool {
    let Some(at) = message.find("line ") else {
        return false;
    };
    let rest = &message[at + 5..];
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    !digits.is_empty() && rest[digits.len()..].starts_with(", column ")
}

fn ron_text<T: serde::Serialize>(value: &T) -> Vec<u8> {
    ron::ser::to_string_pretty(value, ron::ser::PrettyConfig::default())
        .unwrap()
        .into_bytes()
}

/// Loads every mutation of `original` as a saved file of type `T`.
fn fuzz_saved_file<T: Document>(seed: u64, original: &[u8], dir: &Path) {
    let mut rng = Rng(seed);
    let path = dir.join(T::FILE_NAME);
    let mut rejected = 0;
    for case in 0..CASES {
        let bytes = mutate(&mut rng, original);
        std::fs::write(&path, &bytes).unwrap();
        let (_, problem) = store::load::<T>(&path);
        if let Some(problem) = problem {
            rejected += 1;
            let message = problem.english();
            let is_newer = message.contains("newer version");
            assert!(
                is_newer || has_position(&message),
                "{} case {case}: no position in {:?}\ninput: {:?}",
                T::FILE_NAME,
                message,
                String::from_utf8_lossy(&bytes)
            );
            assert!(!problem.blocks_saving, "it could be moved aside");
            assert!(
                !path.exists(),
                "a broken file is moved aside, never left to be overwritten"
            );
        }
        // Keep the folder small: the kept copies are checked elsewhere.
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let _ = std::fs::remove_file(entry.path());
        }
    }
    assert!(
        rejected > CASES / 4,
        "{}: the mutations must break most files ({rejected} of {CASES})",
        T::FILE_NAME
    );
}

fn sample_settings() -> Settings {
    Settings {
        theme: Theme::Dark,
        text_scale_percent: 150,
        ..Settings::default()
    }
}

fn sample_progress() -> Progress {
    let mut progress = Progress::default();
    progress.mark_read("sprain-to-back", "2026-11-22");
    for day in 1..=5 {
        progress.set_diary_entry(DiaryEntry {
            date: format!("2026-11-0{day}"),
            ankle: Some(day),
            back: Some(10 - day),
            note: format!("day \"{day}\""),
        });
    }
    progress.set_exercise_done("2026-11-02", "ankle_alphabet", true);
    progress.shoes.push(Shoe {
        name: "Blue".into(),
        distance_km: 321.5,
        since: "2026-01-01".into(),
    });
    progress
}

#[test]
fn mutated_settings_files_never_panic_and_errors_have_positions() {
    let dir = tempfile::tempdir().unwrap();
    fuzz_saved_file::<Settings>(0x5e77, &ron_text(&sample_settings()), dir.path());
}

#[test]
fn mutated_progress_files_never_panic_and_errors_have_positions() {
    let dir = tempfile::tempdir().unwrap();
    fuzz_saved_file::<Progress>(0x9a06, &ron_text(&sample_progress()), dir.path());
}

#[test]
fn mutated_profile_lists_never_panic_and_errors_have_positions() {
    let dir = tempfile::tempdir().unwrap();
    let list = Profiles {
        version: Profiles::VERSION,
        active: "p-00000001".into(),
        list: vec![
            ProfileEntry {
                id: "p-00000001".into(),
                name: "Ana".into(),
                pin_hash: None,
            },
            ProfileEntry {
                id: "p-00000002".into(),
                name: "Ben \"B\"".into(),
                pin_hash: None,
            },
        ],
    };
    fuzz_saved_file::<Profiles>(0x960f, &ron_text(&list), dir.path());
    // The whole start-up path, rebuild included, with a mutated list beside real folders.
    let mut rng = Rng(0x1157);
    let original = ron_text(&list);
    for _ in 0..CASES / 3 {
        let data = tempfile::tempdir().unwrap();
        for entry in &list.list {
            let folder = data.path().join("profiles").join(&entry.id);
            std::fs::create_dir_all(&folder).unwrap();
            std::fs::write(folder.join("progress.ron"), "(version: 2)").unwrap();
        }
        std::fs::write(
            data.path().join("profiles.ron"),
            mutate(&mut rng, &original),
        )
        .unwrap();
        let (profiles, _, _) = profiles::load_profiles(data.path());
        assert!(profiles.list.len() >= 2, "no one disappears: {profiles:?}");
        assert!(profiles.list.iter().all(|p| profiles::is_valid_id(&p.id)));
    }
}

#[test]
fn mutated_exports_never_panic_and_errors_have_positions() {
    let export = ProfileExport {
        version: profiles::EXPORT_VERSION,
        name: "Ana".into(),
        settings: sample_settings(),
        progress: sample_progress(),
    };
    let original = ron_text(&export);
    let mut rng = Rng(0xe4b0);
    let mut rejected = 0;
    for case in 0..CASES {
        let bytes = mutate(&mut rng, &original);
        let Ok(text) = String::from_utf8(bytes.clone()) else {
            // Not text: the import reader refuses it before parsing, with a position.
            let err = String::from_utf8(bytes).unwrap_err();
            let (line, col) = store::safe_read::utf8_error_position(&err);
            assert!(line >= 1 && col >= 1);
            continue;
        };
        if let Err(err) = profiles::parse_export(&text) {
            rejected += 1;
            let semantic = matches!(
                err,
                profiles::ExportFormatError::Newer { .. } | profiles::ExportFormatError::NoName
            );
            let message = err.to_string();
            assert!(
                semantic || has_position(&message),
                "case {case}: no position in {message:?}\ninput: {text:?}"
            );
        }
    }
    assert!(rejected > CASES / 4, "{rejected} of {CASES} rejected");
}
