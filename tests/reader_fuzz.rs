//! Bounded fuzzing of the RON readers people and authors feed the app: answer files for
//! `assess` and every kind of content file. Mutated inputs never panic, and every error has a
//! position and fits on one line. (Saved files are fuzzed in `saved_file_fuzz.rs`.)

use std::path::Path;

use ankleback::content::{self, ContentFiles, load_embedded};
use ankleback::selfcheck::answers::AnswersFile;

/// A tiny deterministic generator (xorshift), so failures are reproducible.
struct Rng(u64);
impl Rng {
    fn next(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n.max(1) as u64) as usize
    }
}

const NOISE: &[&[u8]] = &[
    b"(",
    b")",
    b"[",
    b"]",
    b"{",
    b"}",
    b"\"",
    b",",
    b":",
    b"\n",
    b"\\",
    b"\xff",
    b"\xef\xbb\xbf",
    b"Some(",
    b"None",
    b"-1",
    b"99999999999",
    b"\0",
    b"\"x\ny\"",
];

/// One random edit: delete a span, insert noise, duplicate a span, or truncate.
fn mutate(input: &[u8], rng: &mut Rng) -> Vec<u8> {
    let mut out = input.to_vec();
    for _ in 0..=rng.next(3) {
        let at = rng.next(out.len() + 1);
        match rng.next(4) {
            0 => {
                let end = (at + rng.next(20)).min(out.len());
                out.drain(at..end);
            }
            1 => {
                let noise = NOISE[rng.next(NOISE.len())];
                out.splice(at..at, noise.iter().copied());
            }
            2 => {
                let end = (at + rng.next(40)).min(out.len());
                let copy = out[at..end].to_vec();
                out.splice(at..at, copy);
            }
            _ => out.truncate(at),
        }
    }
    out
}

#[test]
fn mutated_answer_files_never_panic_and_errors_have_positions() {
    let content = load_embedded();
    let q = content.questionnaires.first().unwrap();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/vignettes");
    let mut files: Vec<_> = std::fs::read_dir(dir).unwrap().flatten().collect();
    files.sort_by_key(|e| e.path());
    let mut rng = Rng(0xDEAD_BEEF_1234_5678);
    let (mut parsed, mut rejected) = (0, 0);
    for entry in files.iter().take(12) {
        let original = std::fs::read(entry.path()).unwrap();
        for _ in 0..150 {
            let bytes = mutate(&original, &mut rng);
            let Ok(text) = String::from_utf8(bytes) else {
                continue;
            };
            match ron::from_str::<AnswersFile>(&text) {
                Ok(file) => {
                    parsed += 1;
                    for (_, message) in q.check_answers(&file.answers) {
                        assert!(!message.contains('\n'), "{message:?}");
                    }
                    let _ = q.assess(&file.answers);
                    let _ = q.next_screen(&file.answers);
                }
                Err(err) => {
                    rejected += 1;
                    assert!(err.span.start.line >= 1 && err.span.start.col >= 1);
                }
            }
        }
    }
    assert!(
        parsed > 50 && rejected > 500,
        "{parsed} parsed, {rejected} rejected"
    );
}

#[test]
fn mutated_content_files_never_panic_and_every_problem_has_a_position() {
    let embedded = ContentFiles::embedded();
    let kinds = [
        "articles/sprain-to-back.ron",
        "sources.ron",
        "glossary.ron",
        "regions.ron",
        "pathways.ron",
        "plan.ron",
        "warning-signs.ron",
        "selfcheck/ankle-back.ron",
    ];
    let mut rng = Rng(0x0123_4567_89AB_CDEF);
    let mut problems_seen = 0;
    for kind in kinds {
        let index = embedded
            .files
            .iter()
            .position(|(path, _)| path == kind)
            .unwrap_or_else(|| panic!("{kind} ships"));
        for _ in 0..30 {
            let bytes = mutate(embedded.files[index].1.as_bytes(), &mut rng);
            let Ok(text) = String::from_utf8(bytes) else {
                continue;
            };
            let mut files = embedded.clone();
            files.files[index].1 = text;
            let (_, problems) = content::load(&files);
            for problem in &problems {
                problems_seen += 1;
                assert!(problem.line >= 1 && problem.col >= 1, "{problem}");
                assert!(!problem.to_string().contains('\n'), "{problem}");
            }
        }
    }
    assert!(problems_seen > 100);
}

#[test]
fn ids_with_newlines_are_reported_on_one_line() {
    let mut files = ContentFiles::embedded();
    let index = files
        .files
        .iter()
        .position(|(path, _)| path == "articles/sprain-to-back.ron")
        .unwrap();
    files.files[index].1 =
        files.files[index]
            .1
            .replacen("see_also: [\"", "see_also: [\"no\\nwhere\", \"", 1);
    let text = files.files[index].1.clone();
    let (_, problems) = content::load(&files);
    assert!(!problems.is_empty());
    for problem in &problems {
        assert!(!problem.to_string().contains('\n'), "{problem}");
    }
    // Placed at the escaped id itself, as written in the file.
    let at = text.find("\"no\\nwhere\"").unwrap();
    let line = text[..at].matches('\n').count() + 1;
    assert_eq!(problems[0].line, line, "{}", problems[0]);
    assert!(
        problems[0].message.contains("no\\nwhere"),
        "{}",
        problems[0]
    );
}
