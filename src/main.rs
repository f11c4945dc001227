//! The `ankleback` binary: parses the command line and starts the window or a tool.

use anyhow::Context as _;
use clap::Parser as _;

use ankleback::app::{AnkleBackApp, StartOptions};
use ankleback::cli::{Cli, Command};

fn main() -> anyhow::Result<()> {
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("warn")).init();
    let mut cli = Cli::parse();

    if cli.version || cli.about {
        let files = ankleback::cli::content_files(cli.content.as_deref());
        let (content, problems) = ankleback::content::load(&files);
        if !problems.is_empty() {
            eprintln!(
                "note: this content has {} problem(s); `ankleback check-content` lists them",
                problems.len()
            );
        }
        if cli.about {
            let data_dir = resolve_data_dir(&cli);
            let writable = match &data_dir {
                Some(choice) => ankleback::store::check_writable(choice.path()),
                None => Ok(()),
            };
            print!(
                "{}",
                ankleback::cli::about_text(
                    &content,
                    &files,
                    cli.content.as_deref(),
                    data_dir.as_ref(),
                    &writable
                )
            );
        } else {
            print!(
                "{}",
                ankleback::cli::version_text(&content, &files, cli.content.as_deref())
            );
        }
        return Ok(());
    }

    match cli.command.take() {
        Some(Command::CheckContent { dir }) => {
            let code = ankleback::tools::check_content(dir.as_deref());
            std::process::exit(code);
        }
        Some(Command::Assess { answers, lang }) => {
            let code = ankleback::tools::assess(&answers, &lang, cli.content.as_deref());
            std::process::exit(code);
        }
        Some(Command::ReadAloud {
            article,
            answers,
            emergency_number,
            lang,
            clinician,
            rate,
            wav,
        }) => {
            let level = if clinician {
                ankleback::settings::ReadingLevel::Clinician
            } else {
                ankleback::settings::ReadingLevel::Patient
            };
            let what = match (&answers, &article) {
                (Some(path), _) => ankleback::tools::ReadWhat::Result(path),
                (None, Some(link)) => ankleback::tools::ReadWhat::Article(link),
                // clap requires one of the two.
                (None, None) => {
                    eprintln!("read-aloud: give --article ID[#SECTION] or --answers FILE.ron");
                    std::process::exit(2);
                }
            };
            let code = ankleback::tools::read_aloud(
                &ankleback::tools::ReadAloud {
                    what,
                    emergency_number: &emergency_number,
                    lang: &lang,
                    level,
                    rate,
                    wav: wav.as_deref(),
                },
                cli.content.as_deref(),
            );
            std::process::exit(code);
        }
        Some(Command::Handout(args)) => {
            // Only --diary reads the data folder (and never changes it).
            let data_dir = args.diary.then(|| resolve_data_dir(&cli)).flatten();
            std::process::exit(ankleback::handout::cli::run(
                &args,
                cli.content.as_deref(),
                data_dir.as_ref().map(|d| d.path()),
            ));
        }
        Some(Command::TranslationTemplate { lang }) => {
            let code = ankleback::tools::translation_template(&lang, cli.content.as_deref());
            std::process::exit(code);
        }
        None => run_app(cli),
    }
}

/// The data folder: `--data-dir`, else portable mode beside the program, else the system's.
fn resolve_data_dir(cli: &Cli) -> Option<ankleback::store::DataDirChoice> {
    let exe = std::env::current_exe().ok();
    ankleback::store::resolve_data_dir(cli.data_dir.as_deref(), exe.as_deref())
}

fn run_app(cli: Cli) -> anyhow::Result<()> {
    let data_dir = resolve_data_dir(&cli)
        .context("no folder to save in: this system has no home folder; start the app with --data-dir FOLDER")?;
    // Say it on the terminal before the window opens (the window says it in a banner too).
    if let Err(err) = ankleback::store::check_writable(data_dir.path()) {
        eprintln!("{}", ankleback::cli::not_writable_message(&data_dir, &err));
    }
    let lang = cli.lang.clone();
    let consult = cli.consult;
    let options = StartOptions {
        data_dir,
        content_dir: cli.content,
    };
    log::debug!("starting; options parsed");
    let native_options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("AnkleBack: how the ankle and the back affect each other")
            .with_app_id("ankleback")
            .with_inner_size([1200.0, 800.0])
            .with_min_inner_size([720.0, 520.0])
            .with_icon(ankleback::ui::icon::app_icon()),
        ..Default::default()
    };
    eframe::run_native(
        "AnkleBack",
        native_options,
        Box::new(move |_cc| {
            let started = std::time::Instant::now();
            let mut app = AnkleBackApp::new(options).with_language(lang.as_deref());
            if consult {
                app.apply(
                    ankleback::intent::Intent::Consult(ankleback::consult::ConsultVerb::Enter(
                        None,
                    )),
                    0.0,
                );
            }
            log::debug!(
                "app state loaded in {:.1} ms",
                started.elapsed().as_secs_f64() * 1000.0
            );
            Ok(Box::new(ankleback::ui::window::AppWindow::new(app)))
        }),
    )
    .map_err(|err| anyhow::anyhow!("could not open the window: {err}"))
}
