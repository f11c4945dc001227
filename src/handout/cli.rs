//! `ankleback handout …`: the command-line front of the handout, for clinics and tests.

use std::path::{Path, PathBuf};

use clap::Args;

use crate::content::{self, ContentFiles};
use crate::settings::ReadingLevel;

use super::{Paper, Request};

/// Options of `ankleback handout`.
#[derive(Debug, Args)]
pub struct HandoutArgs {
    /// A self-check answers file (RON, as `ankleback assess` reads): prints its result.
    #[arg(long, value_name = "FILE.ron")]
    pub answers: Option<PathBuf>,
    /// An article, or one section of it (`article-id#section-id`); repeat for more.
    #[arg(long, value_name = "ID[#SECTION]")]
    pub article: Vec<crate::content::Link>,
    /// Add the recovery plan stage (the first stage, or --stage).
    #[arg(long)]
    pub plan: bool,
    /// The plan stage to print with --plan (a stage id from plan.ron).
    #[arg(long, value_name = "STAGE", requires = "plan")]
    pub stage: Option<String>,
    /// Reading level: patient (everyday words) or clinician.
    #[arg(long, default_value = "patient", value_parser = ["patient", "clinician"])]
    pub level: String,
    /// Add the pain diary's trend (the last eight weeks) as a chart, from the diary of a
    /// profile in the data folder (--data-dir, else where the app keeps it).
    #[arg(long)]
    pub diary: bool,
    /// Whose diary --diary prints: a profile's name (default: the profile last used).
    #[arg(long, value_name = "NAME", requires = "diary")]
    pub profile: Option<String>,
    /// Paper size: a4 or letter (default: the one this computer's locale uses).
    #[arg(long, value_parser = ["a4", "letter"])]
    pub paper: Option<String>,
    /// The local emergency number, printed with urgent advice.
    #[arg(long, value_name = "N", default_value = "")]
    pub emergency_number: String,
    /// The clinic's name, printed under the title.
    #[arg(long, value_name = "NAME")]
    pub clinic: Option<String>,
    /// The language of the handout (`en`, `es`): its content and its own words.
    #[arg(long, default_value = "en")]
    pub lang: String,
    /// The PDF file to write.
    #[arg(long, value_name = "FILE.pdf")]
    pub out: PathBuf,
}

/// Runs `ankleback handout`; prints one line (where the PDF went, or what is wrong) and
/// returns the exit code. `data_dir` is where `--diary` reads a profile's diary.
pub fn run(args: &HandoutArgs, content_dir: Option<&Path>, data_dir: Option<&Path>) -> i32 {
    match make(args, content_dir, data_dir) {
        Ok(message) => {
            println!("{message}");
            0
        }
        Err(message) => {
            eprintln!("{message}");
            1
        }
    }
}

/// The pain diary of the profile named `name` (or the last one used) in `data_dir`, read
/// without changing any file.
pub fn read_diary(
    data_dir: Option<&Path>,
    name: Option<&str>,
) -> Result<Vec<crate::progress::DiaryEntry>, String> {
    use crate::store::{self, ProfileDir};
    let data_dir = data_dir.ok_or("handout: --diary needs a data folder: give --data-dir")?; // i18n-ok: for the command line
    let profiles: crate::store::profiles::Profiles =
        store::peek(&data_dir.join("profiles.ron")).map_err(|why| format!("handout: {why}"))?; // i18n-ok: for the command line
    let entry = match name {
        Some(name) => profiles.by_name(name).ok_or_else(|| {
            format!(
                "handout: no profile named \"{name}\" in {}", // i18n-ok: for the command line
                data_dir.display()
            )
        })?,
        None => profiles
            .active_entry()
            .or(profiles.list.first())
            .ok_or_else(|| {
                format!(
                    "handout: no profile in {} to read a diary from", // i18n-ok: for the command line
                    data_dir.display()
                )
            })?,
    };
    let dir = ProfileDir::new(data_dir, &entry.id).map_err(|err| format!("handout: {err}"))?; // i18n-ok: for the command line
    let progress: crate::progress::Progress = store::peek(&dir.file::<crate::progress::Progress>())
        .map_err(|why| format!("handout: {why}"))?; // i18n-ok: for the command line
    Ok(progress.diary)
}

fn make(
    args: &HandoutArgs,
    content_dir: Option<&Path>,
    data_dir: Option<&Path>,
) -> Result<String, String> {
    let files = match content_dir {
        Some(dir) => ContentFiles::read_dir(dir),
        None => ContentFiles::embedded(),
    };
    let (english, problems) = content::load(&files);
    if let Some(first) = problems.first() {
        let more = match problems.len() - 1 {
            0 => String::new(),
            n => format!(" and {n} more problem(s)"), // i18n-ok: for the command line
        };
        return Err(format!(
            "{first}{more}; fix the content first (ankleback check-content)" // i18n-ok: for the command line
        ));
    }
    // The content in the language asked for: English and the complete translations.
    let languages = crate::content::i18n::Languages::new(english, &files);
    let Some(content) = languages.content(&args.lang) else {
        let offered: Vec<&str> = languages
            .offered()
            .iter()
            .map(|o| o.code.as_str())
            .collect();
        let err = super::HandoutError::Language(args.lang.clone(), offered.join(", "));
        return Err(format!("handout: {err}")); // i18n-ok: an error for the command line
    };
    let translation_status = languages
        .offered()
        .iter()
        .find(|o| o.code == args.lang)
        .map_or(String::new(), |o| o.status.clone());
    let messages = crate::messages::Messages::new(&args.lang);
    let answers = match &args.answers {
        Some(path) => {
            let questionnaire = content
                .questionnaires
                .first()
                .ok_or("handout: the content has no self-check")?; // i18n-ok: for the command line
            Some(
                crate::selfcheck::answers::read_answers_file(path, questionnaire)
                    .map_err(|problems| problems.join(" "))?,
            )
        }
        None => None,
    };
    let diary = if args.diary {
        Some(read_diary(data_dir, args.profile.as_deref())?)
    } else {
        None
    };
    let diagrams =
        crate::body::embedded_diagrams(&content).map_err(|err| format!("handout: {err}"))?; // i18n-ok: for the command line
    let request = Request {
        articles: args.article.clone(),
        answers: answers.as_ref().map(|a| &a.answers),
        plan: args.plan,
        plan_stage: args.stage.as_deref(),
        diary: diary.as_deref(),
        consult: None,
        level: if args.level == "clinician" {
            ReadingLevel::Clinician
        } else {
            ReadingLevel::Patient
        },
        messages: &messages,
        translation_status: &translation_status,
        emergency_number: &args.emergency_number,
        clinic: args.clinic.as_deref(),
        date: crate::progress::today(),
    };
    if let Some(stage) = &args.stage
        && content
            .plan
            .as_ref()
            .is_none_or(|p| p.stage(stage).is_none())
    {
        return Err(format!("handout: no plan stage \"{stage}\"")); // i18n-ok: for the command line
    }
    let handout =
        super::compose(&content, &diagrams, &request).map_err(|err| format!("handout: {err}"))?; // i18n-ok: for the command line
    let paper = args
        .paper
        .as_deref()
        .and_then(Paper::parse)
        .unwrap_or_else(Paper::from_system);
    let bytes = super::render(&handout, paper).map_err(|err| format!("handout: {err}"))?; // i18n-ok: for the command line
    super::save(&bytes, &args.out).map_err(|err| format!("handout: {err}"))?; // i18n-ok: for the command line
    Ok(format!(
        "wrote {} ({} KB)", // i18n-ok: for the command line
        args.out.display(),
        bytes.len().div_ceil(1024)
    ))
}
