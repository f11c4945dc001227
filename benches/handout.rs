//! A handout with the body map, three sections, a self-check result and the plan: how long it
//! takes to make (compose, lay out, write the PDF) and how big it is. Issue 17 asks for under
//! 200 ms and under 1 MB. Prints the median of 11 runs (1 run under `cargo test`).
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
        consult: None,
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
        "handout: {median:.1} ms, {:.0} KB (body map, 3 sections, result, plan; median of {runs})",
        size as f64 / 1024.0
    );
    assert!(median < 200.0, "handout took {median:.1} ms (limit 200 ms)");
    assert!(size < 1024 * 1024, "handout is {size} bytes (limit 1 MB)");
}
