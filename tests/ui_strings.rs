//! No user-visible words in the UI's Rust code: they live in the Fluent files
//! (`assets/i18n/<lang>/<screen>.ftl`), so that Spanish (and the next language) is complete.
//!
//! The test reads the non-test part of every file under `src/ui`, `src/app` and
//! `src/handout` and flags a string literal that looks like words for people (a space between
//! letters, or a capital first letter) unless it is a message id lookup (`t("…")`,
//! `tf("…")`), a widget id, a log line or an assertion. A line that must keep a literal says
//! why with `// i18n-ok: <reason>` (a language's own name, for example).
//!
//! `PENDING` lists files not yet moved to messages; it may only shrink: a file in it that has
//! become clean fails the test until it is taken off the list.

#![allow(clippy::unwrap_used, reason = "tests")]

use std::path::{Path, PathBuf};

/// Files whose words are still in Rust, to be moved. Empty since every screen moved (issue
/// #15); it stays so a large screen can be moved in steps, never to park a new file.
const PENDING: &[&str] = &[];

/// Calls whose first string argument is an id, not words for people.
const ID_CALLS: &[&str] = &[
    ".t(",
    ".tf(",
    "Id::new(",
    "id_salt(",
    "push_id(",
    "make_persistent_id(",
    "expect(",
    "include_str!(",
    "include_bytes!(",
    "env!(",
];

/// Macros and attributes whose strings are for developers (logs, assertions, lint reasons).
const FOR_DEVELOPERS: &[&str] = &[
    "log::",
    "assert",
    "panic!(",
    "unreachable!(",
    "reason =",
    "cfg(",
];

fn not_words(line: &str, before: &str) -> bool {
    let before = before.trim_end();
    ID_CALLS.iter().any(|call| before.ends_with(call))
        || FOR_DEVELOPERS.iter().any(|call| line.contains(call))
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The string literals on one line of code, with the text before each.
fn literals(line: &str) -> Vec<(String, String)> {
    let mut found = Vec::new();
    let chars: Vec<char> = line.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '/' if chars.get(i + 1) == Some(&'/') => break,
            '\'' if chars.get(i + 2) == Some(&'\'') || chars.get(i + 1) == Some(&'\\') => {
                // A char literal such as '"' or '\n': skip it.
                let end = chars[i + 1..]
                    .iter()
                    .skip(1)
                    .position(|c| *c == '\'')
                    .map_or(chars.len(), |p| i + 2 + p);
                i = end + 1;
            }
            '"' => {
                let start = i;
                let mut text = String::new();
                i += 1;
                while i < chars.len() && chars[i] != '"' {
                    if chars[i] == '\\' {
                        i += 1;
                    }
                    if let Some(c) = chars.get(i) {
                        text.push(*c);
                    }
                    i += 1;
                }
                found.push((chars[..start].iter().collect(), text));
                i += 1;
            }
            _ => i += 1,
        }
    }
    found
}

fn looks_like_words(text: &str) -> bool {
    let has_word = text
        .split(|c: char| !c.is_alphabetic())
        .any(|w| w.chars().count() >= 2);
    let spaced = text.trim().contains(' ');
    let capital = text
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c == '¿' || c == '¡');
    has_word && (spaced || capital)
}

/// `file:line: text` for each literal that looks like words.
fn words_in(path: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(path).unwrap();
    let mut found = Vec::new();
    for (number, line) in text.lines().enumerate() {
        if line.trim_start().starts_with("#[cfg(test)]") {
            break;
        }
        let trimmed = line.trim_start();
        if trimmed.starts_with("//") || trimmed.starts_with("#[") || line.contains("i18n-ok") {
            continue;
        }
        for (before, literal) in literals(line) {
            if not_words(line, &before) || !looks_like_words(&literal) {
                continue;
            }
            found.push(format!("{}:{}: {literal}", path.display(), number + 1));
        }
    }
    found
}

#[test]
fn the_ui_has_no_words_outside_the_message_files() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["src/ui", "src/app", "src/handout"] {
        rust_files(&root.join(dir), &mut files);
    }
    files.sort();
    assert!(files.len() > 20, "the source files were not found");
    let mut problems = Vec::new();
    let mut pending_clean = Vec::new();
    for file in &files {
        let relative = file
            .strip_prefix(root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let words = words_in(file);
        if PENDING.contains(&relative.as_str()) {
            if words.is_empty() {
                pending_clean.push(relative);
            }
        } else {
            problems.extend(words);
        }
    }
    assert!(
        problems.is_empty(),
        "words in Rust code; move them to assets/i18n/<lang>/<screen>.ftl and look them up \
         with app.t(\"id\") / app.tf(\"id\", args) (or mark `// i18n-ok: reason`):\n{}",
        problems.join("\n")
    );
    assert!(
        pending_clean.is_empty(),
        "these files have no words left: take them off PENDING in tests/ui_strings.rs: \
         {pending_clean:?}"
    );
}

#[test]
fn the_scanner_sees_words_and_ignores_ids() {
    let lines = [
        (r#"ui.label("Warning signs");"#, 1),
        (r#"ui.button(app.t("nav-Learn"));"#, 0),
        (r#"ui.push_id("Question", |ui| {});"#, 0),
        (r#"let x = format!("Mark {n} of {total}");"#, 1),
        (r#"let c = '"'; let y = "a-b";"#, 0),
        (r#"ui.label("OK") // a comment "Not this""#, 1),
        (r#"ui.label(app.t("x")).on_hover_text("Some words");"#, 1),
        (
            r#"ui.text_edit_singleline(&mut s).hint_text("Your name");"#,
            1,
        ),
        (r#"log::warn!("Could not read {path}");"#, 0),
    ];
    for (line, wanted) in lines {
        let n = literals(line)
            .into_iter()
            .filter(|(before, text)| !not_words(line, before) && looks_like_words(text))
            .count();
        assert_eq!(n, wanted, "{line}");
    }
}
