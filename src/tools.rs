//! Command-line tools for content authors.

use std::path::Path;

use crate::content::{self, ContentFiles};

/// `ankleback check-content [DIR]`: prints every problem as `path:line:col: message` and
/// returns the exit code (1 on any problem, 0 with a one-line summary when clean).
pub fn check_content(dir: Option<&Path>) -> i32 {
    let files = match dir {
        Some(dir) => ContentFiles::read_dir(dir),
        None => ContentFiles::embedded(),
    };
    let (content, problems) = content::load(&files);
    if problems.is_empty() {
        let sections: usize = content.articles.iter().map(|a| a.sections.len()).sum();
        println!(
            "{}: ok: {} articles, {} sections, {} sources, {} glossary terms, {} regions, {} pathways",
            files.prefix.trim_end_matches('/'),
            content.articles.len(),
            sections,
            content.sources.len(),
            content.glossary.len(),
            content.regions.len(),
            content.pathways.len(),
        );
        0
    } else {
        for problem in &problems {
            println!("{problem}");
        }
        eprintln!("{} problem(s) found", problems.len());
        1
    }
}
