//! Command-line tools for content authors.

use std::path::Path;

use crate::content::{self, ContentFiles};

/// `println!` for the tools' output, except that a closed pipe (`check-content | head`) ends
/// the program quietly with exit code 0 instead of a panic.
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        if writeln!(std::io::stdout(), $($arg)*).is_err() {
            std::process::exit(0);
        }
    }};
}

/// `ankleback check-content [DIR]`: prints every problem as `path:line:col: message` and
/// returns the exit code (1 on any problem, 0 with a one-line summary when clean). Every
/// language under `i18n/` is checked against the English and gets a coverage line.
pub fn check_content(dir: Option<&Path>) -> i32 {
    let files = match dir {
        Some(dir) => ContentFiles::read_dir(dir),
        None => ContentFiles::embedded(),
    };
    let (content, mut problems) = content::load(&files);
    // Languages are checked against English that loaded cleanly (else every key looks off).
    let (coverages, language_problems) = if problems.is_empty() {
        content::i18n::check_all(&content, &files)
    } else {
        (Vec::new(), Vec::new())
    };
    // A folder the app would use must name everything the body drawing shows.
    for missing in content::loader::drawn_without_text(&content) {
        problems.push(content::ContentProblem {
            path: if missing.starts_with("pathway") {
                format!("{}pathways.ron", files.prefix)
            } else {
                format!("{}regions.ron", files.prefix)
            },
            line: 1,
            col: 1,
            message: format!("the body drawing shows the {missing}, which has no text here"),
        });
    }
    problems.extend(language_problems);
    if problems.is_empty() {
        let sections: usize = content.articles.iter().map(|a| a.sections.len()).sum();
        say!(
            "{}: ok: {} articles, {} sections, {} sources, {} glossary terms, {} regions, {} pathways, {} self-checks",
            files.prefix.trim_end_matches('/'),
            content.articles.len(),
            sections,
            content.sources.len(),
            content.glossary.len(),
            content.regions.len(),
            content.pathways.len(),
            content.questionnaires.len(),
        );
        for coverage in &coverages {
            say!("{coverage}");
        }
        0
    } else {
        for problem in &problems {
            say!("{problem}");
        }
        for coverage in &coverages {
            say!("{coverage}");
        }
        eprintln!("{} problem(s) found", problems.len());
        1
    }
}

/// `ankleback assess --answers FILE.ron`: runs the self-check engine on a file of answers and
/// prints the urgency, the pattern and the outcome id. Returns the exit code.
pub fn assess(answers_path: &Path, lang: &str, content_dir: Option<&Path>) -> i32 {
    let files = match content_dir {
        Some(dir) => ContentFiles::read_dir(dir),
        None => ContentFiles::embedded(),
    };
    let (content, problems) = content::load(&files);
    if !problems.is_empty() {
        for problem in &problems {
            say!("{problem}");
        }
        eprintln!("the content has problems; fix them first (ankleback check-content)");
        return 1;
    }
    let content = match content::i18n::set::resolve_for_tool(&content, &files, lang) {
        Ok((content, coverage)) => {
            if let Some(coverage) = coverage.filter(|c| !c.complete()) {
                eprintln!("note: {coverage}; texts not yet translated are shown in English");
            }
            content
        }
        Err(message) => {
            eprintln!("{message}");
            return 1;
        }
    };
    let Some(questionnaire) = content.questionnaires.first() else {
        eprintln!("no self-check in the content");
        return 1;
    };
    let file = match crate::selfcheck::answers::read_answers_file(answers_path, questionnaire) {
        Ok(file) => file,
        Err(problems) => {
            for problem in problems {
                say!("{problem}");
            }
            return 1;
        }
    };
    let result = questionnaire.assess(&file.answers);
    say!("urgency: {}", result.urgency.id());
    say!("pattern: {}", result.pattern.as_deref().unwrap_or("none"));
    say!("outcome: {}", result.outcome_id);
    if !result.flags.is_empty() {
        say!("signs: {}", result.flags.join(", "));
    }
    if let Some((screen, asked)) = questionnaire.next_screen(&file.answers) {
        let missing: Vec<&str> = asked
            .iter()
            .filter(|q| !file.answers.contains_key(&q.id))
            .map(|q| q.id.as_str())
            .collect();
        say!(
            "note: the check is not finished; next screen: {} ({})",
            screen.id,
            missing.join(", ")
        );
    }
    0
}

/// What `ankleback read-aloud` reads.
#[derive(Clone, Copy, Debug)]
pub enum ReadWhat<'a> {
    /// An article, or one section of it.
    Article(&'a crate::content::Link),
    /// A self-check answers file: its result.
    Result(&'a Path),
}

/// What `ankleback read-aloud` was asked for.
#[derive(Clone, Copy, Debug)]
pub struct ReadAloud<'a> {
    /// An article or section, or a self-check result.
    pub what: ReadWhat<'a>,
    /// The local emergency number, read with urgent advice (empty: a general phrase).
    pub emergency_number: &'a str,
    /// Content language.
    pub lang: &'a str,
    /// Reading level.
    pub level: crate::settings::ReadingLevel,
    /// Words a minute.
    pub rate: u32,
    /// Output file; `None` prints the sentences instead.
    pub wav: Option<&'a Path>,
}

/// `ankleback read-aloud`: writes an article, a section or a self-check result as a WAV
/// file, or prints the sentences that would be spoken, one a line. Returns the exit code.
pub fn read_aloud(request: &ReadAloud<'_>, content_dir: Option<&Path>) -> i32 {
    match read_aloud_paragraphs(request, content_dir) {
        Ok(paragraphs) => speak_or_print(request, &paragraphs),
        Err(message) => {
            eprintln!("read-aloud: {message}");
            1
        }
    }
}

/// The paragraphs `read-aloud` reads: the article's (title first when it is whole) or the
/// result's (urgent advice first, as the result screen reads it).
fn read_aloud_paragraphs(
    request: &ReadAloud<'_>,
    content_dir: Option<&Path>,
) -> Result<Vec<String>, String> {
    use crate::speech::script;
    let files = match content_dir {
        Some(dir) => ContentFiles::read_dir(dir),
        None => ContentFiles::embedded(),
    };
    let (content, problems) = content::load(&files);
    if !problems.is_empty() {
        return Err("the content has problems; fix them first (ankleback check-content)".into());
    }
    if request.lang != "en" {
        return Err(format!(
            "no content in the language \"{}\" (available: en)",
            request.lang
        ));
    }
    let link = match request.what {
        ReadWhat::Article(link) => link,
        ReadWhat::Result(path) => {
            let questionnaire = content
                .questionnaires
                .first()
                .ok_or("the content has no self-check")?;
            let file = crate::selfcheck::answers::read_answers_file(path, questionnaire)
                .map_err(|problems| problems.join(" "))?;
            let result = questionnaire.assess(&file.answers);
            return script::result_script(
                &content,
                questionnaire,
                result.urgency,
                &result.outcome_id,
                request.level,
                request.emergency_number,
            )
            .ok_or_else(|| format!("the result \"{}\" is not in the content", result.outcome_id));
        }
    };
    let (article_id, section_id) = (link.article.as_str(), link.section.as_deref());
    let article = content
        .article(article_id)
        .ok_or_else(|| format!("no article \"{article_id}\""))?;
    let sections: Vec<_> = article
        .sections
        .iter()
        .filter(|s| section_id.is_none_or(|id| s.id == id))
        .collect();
    if sections.is_empty() {
        return Err(format!(
            "article \"{article_id}\" has no section \"{}\"",
            section_id.unwrap_or_default()
        ));
    }
    let mut paragraphs = Vec::new();
    if section_id.is_none() {
        paragraphs.push(article.title.clone());
    }
    for section in sections {
        paragraphs.extend(script::section_paragraphs(
            &content,
            section,
            request.level,
            request.emergency_number,
        ));
    }
    Ok(paragraphs)
}

fn speak_or_print(request: &ReadAloud<'_>, paragraphs: &[String]) -> i32 {
    use crate::speech::{self, script};
    let spoken: Vec<String> = script::sentences(paragraphs, request.level, request.lang)
        .into_iter()
        .map(|s| s.spoken)
        .collect();
    let Some(wav) = request.wav else {
        for sentence in &spoken {
            println!("{sentence}");
        }
        return 0;
    };
    match speech::write_wav(&spoken, request.lang, request.rate, wav) {
        Ok(()) => {
            println!("wrote {} sentences to {}", spoken.len(), wav.display());
            0
        }
        Err(err) => {
            eprintln!("read-aloud: {err}");
            1
        }
    }
}

/// `ankleback translation-template --lang LANG [--content DIR]`: writes or refreshes
/// `DIR/i18n/LANG/` (DIR defaults to `content`) from the English in DIR, and prints each
/// file with its count of texts. Returns the exit code.
pub fn translation_template(lang: &str, content_dir: Option<&Path>) -> i32 {
    let dir = content_dir.unwrap_or(Path::new("content"));
    let files = ContentFiles::read_dir(dir);
    let (english, problems) = content::load(&files);
    if !problems.is_empty() {
        for problem in &problems {
            say!("{problem}");
        }
        eprintln!("the English content has problems; fix them first (ankleback check-content)");
        return 1;
    }
    match content::i18n::template::write_template(&english, dir, lang) {
        Ok(reports) => {
            let mut total = 0;
            let mut translated = 0;
            for report in &reports {
                total += report.texts;
                translated += report.translated;
                let removed = if report.removed > 0 {
                    format!(
                        ", {} no longer in the English (kept as comments)",
                        report.removed
                    )
                } else {
                    String::new()
                };
                say!(
                    "{}: {} texts, {} translated{removed}",
                    report.path.display(),
                    report.texts,
                    report.translated
                );
            }
            say!("{lang}: {translated}/{total} texts translated");
            0
        }
        Err(message) => {
            eprintln!("{message}");
            1
        }
    }
}
