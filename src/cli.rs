//! The command line.

use clap::{Parser, Subcommand};
use std::path::PathBuf;

/// AnkleBack: how the ankle can hurt the back, and the back the ankle. Offline patient education.
#[derive(Debug, Parser)]
#[command(name = "ankleback", version, about, long_about = None)]
pub struct Cli {
    /// Save every file under DIR (for USB sticks and shared clinic PCs).
    #[arg(long, value_name = "DIR", global = true)]
    pub data_dir: Option<PathBuf>,

    /// Load content from DIR instead of the copy built into the app.
    #[arg(long, value_name = "DIR", global = true)]
    pub content: Option<PathBuf>,

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
    },
    /// Write an article (or one section) as spoken audio, with espeak-ng.
    ReadAloud {
        /// The article id, or `article-id#section-id`.
        #[arg(long, value_name = "ID[#SECTION]")]
        article: String,
        /// The content language.
        #[arg(long, default_value = "en")]
        lang: String,
        /// Read the clinician wording instead of everyday words.
        #[arg(long)]
        clinician: bool,
        /// Words a minute.
        #[arg(long, default_value_t = 160)]
        rate: u32,
        /// The WAV file to write.
        #[arg(long, value_name = "OUT.wav")]
        wav: PathBuf,
    },
    /// Write a take-home handout (PDF): article sections, a self-check result, the plan.
    Handout(crate::handout::cli::HandoutArgs),
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
}
