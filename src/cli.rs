//! The command line, and the text of `--version` and `--about` (for support calls).

use clap::{Parser, Subcommand};
use std::path::{Path, PathBuf};

use crate::content::model::ReviewStatus;
use crate::content::{Content, ContentFiles};
use crate::store::DataDirChoice;

/// AnkleBack: how the ankle can hurt the back, and the back the ankle. Offline patient education.
#[derive(Debug, Parser)]
#[command(
    name = "ankleback",
    version,
    about,
    long_about = None,
    disable_version_flag = true,
    after_help = "Without a command, AnkleBack opens its window. It saves in the folder given with \
                  --data-dir, else in an ankleback-data folder beside the program (portable mode, \
                  for a USB stick), else in this computer's usual folder for app data (~/.local/share/ankleback on Linux)."
)]
pub struct Cli {
    /// Print the version of the app and of its content, and whether a clinician has reviewed it.
    #[arg(short = 'V', long)]
    pub version: bool,

    /// Print what the About screen shows (versions, review status, sources, the data folder in
    /// use and whether it can be written), for support calls.
    #[arg(long)]
    pub about: bool,

    /// Save every file under DIR (for USB sticks and shared clinic PCs).
    #[arg(long, value_name = "DIR", global = true)]
    pub data_dir: Option<PathBuf>,

    /// Load content from DIR instead of the copy built into the app.
    #[arg(long, value_name = "DIR", global = true)]
    pub content: Option<PathBuf>,

    /// Show the window in this language (`en`, `es`) for this run, whatever Settings say.
    #[arg(long, value_name = "LANG")]
    pub lang: Option<String>,

    /// Open in consult mode, full screen (a clinic kiosk): a story step by step with
    /// →/←, Page Down/Page Up or Space; F5 starts it from the app, Esc leaves it.
    #[arg(long)]
    pub consult: bool,

    /// A tool for content authors instead of the app window.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Tools for content authors.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check a content folder and print every problem as path:line:col: message.
    CheckContent {
        /// The folder to check (default: the content built into the app).
        dir: Option<PathBuf>,
    },
    /// Run the self-check on a file of answers and print the urgency, pattern and outcome.
    Assess {
        /// A RON file: `(answers: {"question-id": Choice("no"), ...})`.
        #[arg(long, value_name = "FILE.ron")]
        answers: PathBuf,
        /// Run the self-check in this content language (the result is the same in every
        /// language; the outcome title is printed in it).
        #[arg(long, value_name = "LANG", default_value = "en")]
        lang: String,
    },
    /// Read an article (or one section), or a self-check result, the way the app reads it:
    /// as spoken audio with --wav (espeak-ng), else the sentences, one a line.
    #[command(group(clap::ArgGroup::new("what").required(true).args(["article", "answers"])))]
    ReadAloud {
        /// The article id, or `article-id#section-id`.
        #[arg(long, value_name = "ID[#SECTION]")]
        article: Option<crate::content::Link>,
        /// A self-check answers file (RON, as `ankleback assess` reads): reads its result,
        /// the urgent advice first.
        #[arg(long, value_name = "FILE.ron")]
        answers: Option<PathBuf>,
        /// The local emergency number, read with urgent advice.
        #[arg(long, value_name = "N", default_value = "")]
        emergency_number: String,
        /// The content language (`en`, `es`): the text read and the voice reading it.
        #[arg(long, default_value = "en")]
        lang: String,
        /// Read the clinician wording instead of everyday words.
        #[arg(long)]
        clinician: bool,
        /// Words a minute.
        #[arg(long, default_value_t = 160)]
        rate: u32,
        /// The WAV file to write; without it, the sentences are printed.
        #[arg(long, value_name = "OUT.wav")]
        wav: Option<PathBuf>,
    },
    /// Write a take-home handout (PDF): article sections, a self-check result, the plan.
    Handout(crate::handout::cli::HandoutArgs),
    /// Write or refresh a language's translation files (CONTENT/i18n/LANG/) from the English:
    /// new texts get an empty `text`, translations already written are kept.
    TranslationTemplate {
        /// The language code, e.g. `es`.
        #[arg(long, value_name = "LANG")]
        lang: String,
    },
}

/// Which content a run uses: the copy built into the app, or a folder given with `--content`.
pub fn content_files(content_dir: Option<&Path>) -> ContentFiles {
    match content_dir {
        Some(dir) => ContentFiles::read_dir(dir),
        None => ContentFiles::embedded(),
    }
}

/// A short fingerprint of the content files (FNV-1a over paths and texts): two copies with the
/// same fingerprint have the same text, whatever their dates say.
pub fn content_fingerprint(files: &ContentFiles) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for (path, text) in &files.files {
        for byte in path.bytes().chain([0]).chain(text.bytes()).chain([0]) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    format!("{:012x}", hash >> 16)
}

/// The content version: the latest article date (`last_reviewed`, the date each article was
/// last revised or reviewed), where the content comes from, and the fingerprint.
pub fn content_version(
    content: &Content,
    files: &ContentFiles,
    content_dir: Option<&Path>,
) -> String {
    let date = content
        .articles
        .iter()
        .map(|a| a.review.last_reviewed.as_str())
        .max()
        .unwrap_or("without articles");
    let from = match content_dir {
        Some(dir) => format!("from {}", dir.display()),
        None => "built in".to_owned(),
    };
    format!(
        "content {date} ({from}, fingerprint {})",
        content_fingerprint(files)
    )
}

/// Whether a clinician has reviewed the articles, counted from their review status.
pub fn review_status(content: &Content) -> String {
    let total = content.articles.len();
    let reviewed: Vec<_> = content
        .articles
        .iter()
        .filter(|a| a.review.status == ReviewStatus::Reviewed)
        .collect();
    let count = reviewed.len();
    let mut text = if total > 0 && count == total {
        format!("reviewed by a clinician ({count} of {total} articles)")
    } else if count == 0 {
        format!("not yet reviewed by a clinician (0 of {total} articles reviewed)")
    } else {
        format!("partly reviewed: {count} of {total} articles reviewed by a clinician")
    };
    let mut names: Vec<&str> = reviewed
        .iter()
        .filter_map(|a| a.review.reviewed_by.as_deref())
        .collect();
    names.sort_unstable();
    names.dedup();
    if !names.is_empty() {
        text.push_str(&format!("; reviewed by {}", names.join(", ")));
    }
    text
}

/// What `ankleback --version` prints.
pub fn version_text(content: &Content, files: &ContentFiles, content_dir: Option<&Path>) -> String {
    format!(
        "ankleback {}\n{}\nreview: {}\n",
        env!("CARGO_PKG_VERSION"),
        content_version(content, files, content_dir),
        review_status(content)
    )
}

/// The About screen's text about who wrote the content (kept here so `--about` prints it too).
pub const ABOUT_WHAT: &str = "AnkleBack explains, in everyday words or clinician detail, how an \
ankle problem can lead to back pain and how a back problem can be felt in the ankle, heel or \
Achilles tendon. It works fully offline: it never connects to the internet.";

/// Who wrote the content, and how (as on the About screen).
pub const ABOUT_WHO: &str = "The AnkleBack project team wrote the articles, the recovery plan and \
the self-check text, with AI writing tools, from five public web pages and from published \
guidance (NICE guidelines and summaries, the IFOMPT red-flag framework, the JOSPT Achilles \
guideline and the research listed below). The team members are software and content engineers, \
not clinicians. Facts and figures were checked against the published abstract or guideline page; \
where that was not possible the source says so, and figures that could not be checked were left \
out.";

/// What `ankleback --about` prints: what the About screen shows, as plain text for a support
/// call. `writable` is the result of [`crate::store::check_writable`] on the data folder.
pub fn about_text(
    content: &Content,
    files: &ContentFiles,
    content_dir: Option<&Path>,
    data_dir: Option<&DataDirChoice>,
    writable: &std::io::Result<()>,
) -> String {
    let mut out = version_text(content, files, content_dir);
    out.push('\n');
    out.push_str(ABOUT_WHAT);
    out.push_str("\n\n");
    out.push_str(crate::notice::NOTICE_TITLE);
    out.push_str(": ");
    out.push_str(crate::notice::NOTICE);
    out.push_str("\n\nWho wrote the content, and how\n");
    out.push_str(ABOUT_WHO);
    out.push_str("\n\nReview status\n");
    out.push_str(&review_status(content));
    out.push_str(
        "\n\nFunding and advertising\nNone. The app has no sponsor, shows no advertising and \
         sells nothing.\n\nPrivacy\nNothing you enter leaves this computer: the app never \
         connects to the internet, and your diary, plan and self-check answers are saved only \
         in the data folder below.\n\nSources\n",
    );
    for source in &content.sources {
        out.push_str(&format!(
            "- {} ({}, {}). {}.\n",
            source.title,
            source.publisher,
            source.year,
            source.evidence.label()
        ));
    }
    out.push_str("\nWhere your data is kept\n");
    match data_dir {
        Some(choice) => {
            out.push_str(&format!(
                "{} ({})\n",
                choice.path().display(),
                choice.reason()
            ));
            match writable {
                Ok(()) => out.push_str("The app can save there.\n"),
                Err(err) => out.push_str(&format!(
                    "The app cannot save there ({err}): it would keep changes in memory only. \
                     Start it with --data-dir FOLDER to save elsewhere.\n"
                )),
            }
        }
        None => out.push_str(
            "None: this system has no home folder. Start the app with --data-dir FOLDER.\n",
        ),
    }
    out
}

/// Printed on the terminal at start when the data folder cannot be written (a read-only USB
/// stick or CD, a full disk, a folder without write permission). The window says so too.
pub fn not_writable_message(choice: &DataDirChoice, err: &std::io::Error) -> String {
    format!(
        "AnkleBack cannot save in {} ({}): {err}.\n\
         It opens anyway and keeps your changes only until you close it.\n\
         This is usual on a read-only USB stick or CD. To save somewhere else, start it with\n\
         --data-dir, for example:  ankleback --data-dir ~/AnkleBack-data",
        choice.path().display(),
        choice.reason()
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory as _;

    #[test]
    fn cli_is_well_formed() {
        Cli::command().debug_assert();
    }

    #[test]
    fn unknown_flag_is_an_error_with_exit_code_2() {
        let err = Cli::try_parse_from(["ankleback", "--frobnicate"]).unwrap_err();
        assert_eq!(err.exit_code(), 2);
        assert!(err.to_string().contains("--frobnicate"));
    }

    #[test]
    fn flags_parse() {
        let cli =
            Cli::try_parse_from(["ankleback", "--data-dir", "/tmp/x", "--content", "c"]).unwrap();
        assert_eq!(cli.data_dir, Some(PathBuf::from("/tmp/x")));
        assert_eq!(cli.content, Some(PathBuf::from("c")));
    }

    #[test]
    fn version_and_about_flags_parse() {
        let cli = Cli::try_parse_from(["ankleback", "--version"]).unwrap();
        assert!(cli.version && !cli.about);
        let cli = Cli::try_parse_from(["ankleback", "-V"]).unwrap();
        assert!(cli.version);
        let cli = Cli::try_parse_from(["ankleback", "--about", "--data-dir", "d"]).unwrap();
        assert!(cli.about && cli.data_dir.is_some());
    }

    #[test]
    fn version_names_the_content_and_its_review_status() {
        let files = content_files(None);
        let (content, problems) = crate::content::load(&files);
        assert!(problems.is_empty(), "{problems:?}");
        let text = version_text(&content, &files, None);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], concat!("ankleback ", env!("CARGO_PKG_VERSION")));
        assert!(lines[1].starts_with("content 20"), "{text}");
        assert!(lines[1].contains("built in, fingerprint "), "{text}");
        assert!(lines[2].starts_with("review: "), "{text}");
        let all_reviewed = content
            .articles
            .iter()
            .all(|a| a.review.status == ReviewStatus::Reviewed);
        assert_eq!(
            !lines[2].contains("not yet reviewed"),
            all_reviewed,
            "{text}"
        );
    }

    #[test]
    fn fingerprint_changes_with_the_text() {
        let mut files = content_files(None);
        let before = content_fingerprint(&files);
        assert_eq!(before.len(), 12);
        assert_eq!(before, content_fingerprint(&content_files(None)));
        files.files[0].1.push(' ');
        assert_ne!(before, content_fingerprint(&files));
    }

    #[test]
    fn about_lists_every_source_and_the_data_folder() {
        let files = content_files(None);
        let (content, _) = crate::content::load(&files);
        let choice = DataDirChoice::CommandLine("/media/stick/data".into());
        let text = about_text(&content, &files, None, Some(&choice), &Ok(()));
        for source in &content.sources {
            assert!(text.contains(&source.title), "{}", source.title);
        }
        assert!(text.contains(crate::notice::NOTICE));
        assert!(text.contains("/media/stick/data (chosen with --data-dir)"));
        assert!(text.contains("The app can save there."));

        let err = std::io::Error::from(std::io::ErrorKind::ReadOnlyFilesystem);
        let text = about_text(&content, &files, None, Some(&choice), &Err(err));
        assert!(text.contains("cannot save there"), "{text}");
        assert!(text.contains("--data-dir FOLDER"));
    }

    #[test]
    fn not_writable_message_offers_data_dir() {
        let choice = DataDirChoice::Portable("/media/cd/ankleback-data".into());
        let err = std::io::Error::from(std::io::ErrorKind::ReadOnlyFilesystem);
        let text = not_writable_message(&choice, &err);
        assert!(text.contains("/media/cd/ankleback-data (portable mode"));
        assert!(text.contains("--data-dir"));
    }
}
