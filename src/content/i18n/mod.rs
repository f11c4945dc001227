//! Languages for the content. The English files are the only source of structure; a language
//! supplies only texts, as an overlay (`content/i18n/<lang>/`), so the self-check engine and
//! every urgency are the same in every language. No egui.

pub mod overlay;
pub mod set;
pub mod template;
pub mod walk;

pub use overlay::{Coverage, Language, apply, check_language, language_codes, read_language};
pub use set::{ENGLISH, Languages, Offered};
pub use walk::{Entry, Place, entries, text_hash, walk_mut};

use crate::content::{Content, ContentFiles, ContentProblem};

/// Reads and checks every language under `i18n/`: one coverage line each, and every problem.
pub fn check_all(english: &Content, files: &ContentFiles) -> (Vec<Coverage>, Vec<ContentProblem>) {
    let mut coverages = Vec::new();
    let mut problems = Vec::new();
    for code in language_codes(files) {
        let (language, mut read_problems) = read_language(files, &code);
        let (coverage, check_problems) = check_language(english, files, &language);
        problems.append(&mut read_problems);
        problems.extend(check_problems);
        coverages.push(coverage);
    }
    (coverages, problems)
}
