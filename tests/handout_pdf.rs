//! `ankleback handout` end to end, checked on the PDF bytes: the header, the embedded font,
//! every chosen sentence in the extracted text (poppler's `pdftotext`), `qpdf --check`, a
//! rendered page that is not blank (`pdftoppm`), and bad input giving one line and exit 1
//! with no file left behind. `scripts/setup.sh --test` installs poppler-utils and qpdf.
#![allow(
    clippy::unwrap_used,
    reason = "test helpers: a panic is a failure with its line"
)]

use std::path::Path;
use std::process::{Command, Output};

use ankleback::handout::model::Block;
use ankleback::handout::{self, Request};
use ankleback::selfcheck::answers::AnswersFile;
use ankleback::settings::ReadingLevel;

const BIN: &str = env!("CARGO_BIN_EXE_ankleback");
const VIGNETTES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/vignettes");

fn run(args: &[&str]) -> Output {
    Command::new(BIN)
        .arg("handout")
        .args(args)
        .output()
        .unwrap()
}

fn tool(name: &str) -> bool {
    let found = Command::new(name).arg("-v").output().is_ok();
    if !found {
        eprintln!("skipped: {name} is not installed (scripts/setup.sh --test)");
    }
    found
}

/// Text as extracted, footers dropped, all whitespace collapsed.
fn extracted(pdf: &Path) -> String {
    let out = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let kept: Vec<&str> = text
        .lines()
        .filter(|l| {
            let l = l.trim_start_matches('\u{c}');
            !l.starts_with("AnkleBack handout ·")
                && !l.starts_with("Hoja informativa de AnkleBack ·")
        })
        .collect();
    collapse(&kept.join(" "))
}

fn collapse(text: &str) -> String {
    text.replace('\u{c}', " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn answers(name: &str) -> AnswersFile {
    ron::from_str(&std::fs::read_to_string(format!("{VIGNETTES}/{name}")).unwrap()).unwrap()
}

const ARTICLES: [&str; 3] = [
    "back-and-achilles#nerve-link",
    "back-and-achilles#movement-link",
    "back-to-ankle#nerve-path",
];

#[test]
fn a_full_handout_has_every_chosen_sentence_and_passes_qpdf() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("handout.pdf");
    let answers_path = format!("{VIGNETTES}/28-nerve-type-back.ron");
    let mut args = vec!["--answers", answers_path.as_str(), "--plan"];
    for a in ARTICLES {
        args.extend(["--article", a]);
    }
    args.extend(["--emergency-number", "112", "--out", out.to_str().unwrap()]);
    let result = run(&args);
    assert!(result.status.success(), "{result:?}");
    let bytes = std::fs::read(&out).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    assert!(bytes.len() < 1024 * 1024, "{} bytes", bytes.len());
    let raw = String::from_utf8_lossy(&bytes);
    assert!(raw.contains("/FontFile2"), "font not embedded");
    assert!(raw.contains("Ubuntu-Light"));
    assert!(raw.contains("/StructTreeRoot"), "not tagged");
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        1,
        "temp file left"
    );

    if !(tool("pdftotext") && tool("qpdf") && tool("pdftoppm")) {
        return;
    }
    // Every sentence of the same handout, composed in-process, is in the extracted text.
    let content = ankleback::content::load_embedded();
    let diagrams = ankleback::body::embedded_diagrams(&content).unwrap();
    let file = answers("28-nerve-type-back.ron");
    let messages = ankleback::messages::Messages::new("en");
    let model = handout::compose(
        &content,
        &diagrams,
        &Request {
            articles: ARTICLES.iter().map(|s| s.parse().unwrap()).collect(),
            answers: Some(&file.answers),
            plan: true,
            plan_stage: None,
            diary: None,
            consult: None,
            level: ReadingLevel::Patient,
            messages: &messages,
            translation_status: "",
            emergency_number: "112",
            clinic: None,
            date: String::new(),
        },
    )
    .unwrap();
    let text = extracted(&out);
    let checked = every_text_is_in(&model, &text);
    assert!(checked > 40, "only {checked} texts");
    assert!(text.contains("the emergency number 112"));

    let check = Command::new("qpdf")
        .arg("--check")
        .arg(&out)
        .output()
        .unwrap();
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stdout)
    );

    // Page 1, rendered in grey at 30 dpi, is not blank.
    let prefix = dir.path().join("page");
    let status = Command::new("pdftoppm")
        .args(["-gray", "-r", "30", "-f", "1", "-l", "1"])
        .arg(&out)
        .arg(&prefix)
        .status()
        .unwrap();
    assert!(status.success());
    let pgm = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(Result::ok)
        .find(|e| e.path().extension().is_some_and(|x| x == "pgm"))
        .unwrap()
        .path();
    let image = std::fs::read(pgm).unwrap();
    // P5 header: magic, width, height, max, then one byte a pixel.
    let pixels = &image[image.len() - (image.len() * 9 / 10)..];
    let dark = pixels.iter().filter(|&&p| p < 200).count();
    assert!(
        dark * 100 > pixels.len(),
        "page looks blank: {dark} dark pixels"
    );
}

/// Every text of the handout model is in the extracted text; returns how many were checked.
fn every_text_is_in(model: &handout::model::Handout, text: &str) -> usize {
    let mut checked = 0;
    for block in &model.blocks {
        let texts: Vec<String> = match block {
            Block::Heading { text, .. }
            | Block::Paragraph(text)
            | Block::Strong(text)
            | Block::Small(text) => vec![text.clone()],
            Block::List { items, .. } => items.clone(),
            Block::Warning { heading, lines } => std::iter::once(heading.clone())
                .chain(lines.iter().map(|l| l.trim_start_matches("• ").to_owned()))
                .collect(),
            Block::Figure(f) => vec![f.alt.clone()],
            Block::Exercise { figure, steps } => std::iter::once(figure.alt.clone())
                .chain(steps.iter().cloned())
                .collect(),
        };
        for t in texts {
            assert!(
                text.contains(&collapse(&t)),
                "missing from the PDF text: {t}"
            );
            checked += 1;
        }
    }
    for line in model.sources.iter().chain([&model.notice.1, &model.review]) {
        assert!(text.contains(&collapse(line)), "missing: {line}");
    }
    for line in model.sources.iter().chain([&model.notice.1, &model.review]) {
        assert!(text.contains(&collapse(line)), "missing: {line}");
    }
    checked
}

#[test]
fn urgent_advice_with_the_emergency_number_comes_first() {
    if !tool("pdftotext") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("urgent.pdf");
    let answers_path = format!("{VIGNETTES}/01-saddle-numbness.ron");
    let result = run(&[
        "--answers",
        &answers_path,
        "--article",
        "back-to-ankle",
        "--paper",
        "letter",
        "--emergency-number",
        "999",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(result.status.success(), "{result:?}");
    let text = extracted(&out);
    let urgent = text
        .find("get emergency care now")
        .expect("urgency heading");
    let number = text.find("999").expect("emergency number");
    let article = text
        .find("Can back pain cause ankle pain?")
        .expect("article");
    assert!(urgent < number && number < article, "{text}");
    let info = Command::new("pdfinfo").arg(&out).output().unwrap();
    assert!(String::from_utf8_lossy(&info.stdout).contains("612 x 792"));
}

#[test]
fn bad_input_is_one_line_exit_1_and_no_file() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("x.pdf");
    let out_s = out.to_str().unwrap();
    let broken = dir.path().join("broken.ron");
    std::fs::write(&broken, "(answers: {\n  \"q\": Choice(\"yes\"\n").unwrap();
    let broken_s = broken.to_str().unwrap();
    let missing_dir = dir.path().join("nope").join("x.pdf");
    let cases: Vec<(Vec<&str>, String)> = vec![
        (
            vec!["--article", "no-such-article", "--out", out_s],
            "no article \"no-such-article\"".into(),
        ),
        (
            vec!["--article", "back-to-ankle#nope", "--out", out_s],
            "has no section \"nope\"".into(),
        ),
        (
            vec!["--answers", broken_s, "--out", out_s],
            format!("{broken_s}:2:20: "),
        ),
        (
            vec![
                "--article",
                "back-to-ankle",
                "--out",
                missing_dir.to_str().unwrap(),
            ],
            "cannot write".into(),
        ),
        (vec!["--out", out_s], "nothing to put in the handout".into()),
        (
            vec!["--article", "back-to-ankle", "--lang", "xx", "--out", out_s],
            "language \"xx\"".into(),
        ),
    ];
    for (args, expected) in cases {
        let result = run(&args);
        let stderr = String::from_utf8_lossy(&result.stderr);
        assert_eq!(result.status.code(), Some(1), "{args:?}: {stderr}");
        assert_eq!(stderr.trim_end().lines().count(), 1, "{args:?}: {stderr}");
        assert!(stderr.contains(&expected), "{args:?}: {stderr}");
        let left: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .filter_map(Result::ok)
            .map(|e| e.file_name())
            .filter(|n| n != "broken.ron")
            .collect();
        assert!(left.is_empty(), "{args:?} left {left:?}");
    }
}

#[test]
fn spanish_accents_survive_extraction() {
    if !tool("pdftotext") {
        return;
    }
    use ankleback::handout::model::Handout;
    let sentence =
        "¿Puede el tobillo causar dolor de espalda? Sí: el niño camina cojeando, según la guía.";
    let model = Handout {
        title: "Folleto para llevar".into(),
        date: "2025-06-01".into(),
        clinic: Some("Clínica Peñalara".into()),
        lang: "es".into(),
        blocks: vec![
            Block::Paragraph(sentence.into()),
            Block::List {
                numbered: false,
                items: vec!["Acción rápida, ¡ahora!".into()],
            },
        ],
        sources: vec![],
        notice: (
            "Para aprender, no es un diagnóstico".into(),
            "Información.".into(),
        ),
        review: "Revisión pendiente.".into(),
        words: handout::model::PrintWords {
            sources: "Fuentes".into(),
            footer: "Folleto de AnkleBack · página {page} de {pages}".into(),
        },
    };
    let bytes = handout::render(&model, handout::Paper::A4).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("es.pdf");
    handout::save(&bytes, &out).unwrap();
    let text = extracted(&out);
    for expected in [sentence, "Clínica Peñalara", "Acción rápida, ¡ahora!"] {
        assert!(text.contains(expected), "{expected} not in {text}");
    }
}

#[test]
fn a_spanish_handout_from_the_command_line_is_spanish_and_passes_qpdf() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("folleto.pdf");
    let answers_path = format!("{VIGNETTES}/28-nerve-type-back.ron");
    let mut args = vec!["--lang", "es", "--answers", answers_path.as_str(), "--plan"];
    for a in ARTICLES {
        args.extend(["--article", a]);
    }
    args.extend(["--emergency-number", "112", "--out", out.to_str().unwrap()]);
    let result = run(&args);
    assert!(result.status.success(), "{result:?}");
    let bytes = std::fs::read(&out).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    assert!(bytes.len() < 1024 * 1024, "{} bytes", bytes.len());
    assert!(
        String::from_utf8_lossy(&bytes).contains("/Lang(es)"),
        "tagged as Spanish"
    );
    if !(tool("pdftotext") && tool("qpdf")) {
        return;
    }
    // The same handout composed in-process from the Spanish content: every text is there,
    // accents, ñ and ¿ included.
    let files = ankleback::content::ContentFiles::embedded();
    let languages =
        ankleback::content::i18n::Languages::new(ankleback::content::load_embedded(), &files);
    let content = languages.content("es").unwrap();
    let status = &languages
        .offered()
        .iter()
        .find(|o| o.code == "es")
        .unwrap()
        .status;
    let diagrams = ankleback::body::embedded_diagrams(&content).unwrap();
    let file = answers("28-nerve-type-back.ron");
    let messages = ankleback::messages::Messages::new("es");
    let model = handout::compose(
        &content,
        &diagrams,
        &Request {
            articles: ARTICLES.iter().map(|s| s.parse().unwrap()).collect(),
            answers: Some(&file.answers),
            plan: true,
            plan_stage: None,
            diary: None,
            consult: None,
            level: ReadingLevel::Patient,
            messages: &messages,
            translation_status: status,
            emergency_number: "112",
            clinic: None,
            date: ankleback::progress::today(),
        },
    )
    .unwrap();
    let text = extracted(&out);
    assert!(every_text_is_in(&model, &text) > 40);
    for expected in [
        "Su autoevaluación",
        "Su plan",
        "Fuentes",
        "Traducción: Borrador",
    ] {
        assert!(text.contains(expected), "missing {expected}");
    }
    for c in ['á', 'é', 'í', 'ó', 'ú', 'ñ', '¿'] {
        assert!(text.contains(c), "{c} did not survive");
    }
    for english in ["Your self-check", "Your plan", "Sources:", "You answered"] {
        assert!(!text.contains(english), "English left: {english}");
    }
    let raw = Command::new("pdftotext")
        .arg(&out)
        .arg("-")
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&raw.stdout).contains("Hoja informativa de AnkleBack ·"));
    let check = Command::new("qpdf")
        .arg("--check")
        .arg(&out)
        .output()
        .unwrap();
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stdout)
    );
}
