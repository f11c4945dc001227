//! A handout with the body map, three sections, a self-check result and the plan, and what a
//! consult showed with the clinician's drawing on two pictures: how long it takes to make
//! (compose, lay out, write the PDF) and how big it is. Issue 17 asks for under 200 ms and
//! under 1 MB. Prints the median of 11 runs (1 run under `cargo test`).
//!
//! Run: `cargo bench --bench handout`

use std::time::Instant;

use ankleback::handout::{self, Paper, Request};
use ankleback::selfcheck::answers::AnswersFile;
use ankleback::settings::ReadingLevel;

fn main() {
    let runs = if std::env::args().any(|a| a == "--bench") {
        11
    } else {
        1
    };
    let content = ankleback::content::load_embedded();
    let diagrams = ankleback::body::embedded_diagrams(&content).expect("embedded body geometry");
    let messages = ankleback::messages::Messages::new("en");
    let answers: AnswersFile = ron::from_str(
        &std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/vignettes/28-nerve-type-back.ron"
        ))
        .expect("vignette"),
    )
    .expect("vignette parses");
    // Two steps of the first story shown, a circle and a pen line on the side view, an arrow
    // on the back view.
    use ankleback::consult::drawing::{Ink, Mark, MarkShape, Space};
    let story = &content.stories[0];
    let mut record = ankleback::consult::session::ConsultRecord::default();
    for (i, step) in story.steps.iter().enumerate().take(2) {
        record.shown(&story.id, i + 1, &step.link);
    }
    let space = |view: &str| Space {
        view: view.into(),
        leg: ankleback::body::Leg::Right,
        two_legs: false,
    };
    let pen = (0..120)
        .map(|i| [100.0 + i as f32, 300.0 + (i as f32 * 0.1).sin() * 30.0])
        .collect();
    let sheet = ankleback::consult::sheet::ConsultSheet {
        record,
        marks: vec![
            Mark {
                shape: MarkShape::Circle {
                    center: [200.0, 800.0],
                    radius: 30.0,
                },
                ink: Ink::First,
                space: space("side"),
            },
            Mark {
                shape: MarkShape::Pen(pen),
                ink: Ink::Second,
                space: space("side"),
            },
            Mark {
                shape: MarkShape::Arrow {
                    from: [100.0, 300.0],
                    to: [150.0, 500.0],
                },
                ink: Ink::Third,
                space: space("back"),
            },
        ],
        level: ReadingLevel::Patient,
    };
    let request = Request {
        articles: vec![
            ankleback::content::Link::section("back-and-achilles", "nerve-link"),
            ankleback::content::Link::section("back-and-achilles", "movement-link"),
            ankleback::content::Link::section("back-to-ankle", "nerve-path"),
        ],
        answers: Some(&answers.answers),
        plan: true,
        plan_stage: None,
        diary: None,
        consult: Some(&sheet),
        level: ReadingLevel::Patient,
        messages: &messages,
        translation_status: "",
        emergency_number: "112",
        clinic: Some("Riverside Clinic"),
        date: "2025-06-01".into(),
    };
    let mut times = Vec::new();
    let mut size = 0;
    for _ in 0..runs {
        let start = Instant::now();
        let handout = handout::compose(&content, &diagrams, &request).expect("compose");
        let bytes = handout::render(&handout, Paper::A4).expect("render");
        times.push(start.elapsed().as_secs_f64() * 1000.0);
        size = bytes.len();
    }
    times.sort_by(f64::total_cmp);
    let median = times[times.len() / 2];
    println!(
        "handout: {median:.1} ms, {:.0} KB (body map, 3 sections, result, plan, consult drawing; \
         median of {runs})",
        size as f64 / 1024.0
    );
    assert!(median < 200.0, "handout took {median:.1} ms (limit 200 ms)");
    assert!(size < 1024 * 1024, "handout is {size} bytes (limit 1 MB)");
}
