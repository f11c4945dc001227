//! Frame-time benchmark: consult mode at 1920×1080 on an animated pathway step (the S1
//! root's path moving) with 50 pen strokes on the picture, run headless through
//! egui_kittest (CPU work of a frame; no GPU). Prints the median and p99 milliseconds.
//!
//! Run: `cargo bench --bench consult_frame` (goal: median <= 2 ms, as the body map).

use ankleback::consult::ConsultVerb;
use ankleback::consult::drawing::{Ink, Mark, MarkShape};
use ankleback::intent::Intent;
use ankleback::settings::Role;

#[path = "../tests/common/mod.rs"]
mod common;

use common::{bench_frames, time_frames};

fn main() {
    let Ok(dir) = tempfile::tempdir() else {
        eprintln!("consult_frame: no temporary folder");
        return;
    };
    let mut app = common::app_in(dir.path());
    app.apply(Intent::CreateProfile("Bench".into()), 0.0);
    app.apply(Intent::CompleteWelcome(Role::Clinician), 0.0);
    // "Pinched S1 root › heel pain", step 2: the S1 path animates.
    app.apply(
        Intent::Consult(ConsultVerb::Enter(Some("s1-heel".into()))),
        0.0,
    );
    app.apply(Intent::Consult(ConsultVerb::Next), 0.0);
    let stories = app.content.stories.clone();
    let space = app.consult.picture(&stories).map(|p| p.space);
    let Some(space) = space else {
        eprintln!("consult_frame: no story step");
        return;
    };
    for stroke in 0..50 {
        let y = 100.0 + stroke as f32 * 16.0;
        let points = (0..40)
            .map(|i| [60.0 + i as f32 * 7.0, y + (i as f32 * 0.4).sin() * 10.0])
            .collect();
        app.apply(
            Intent::Consult(ConsultVerb::AddMark(Mark {
                shape: MarkShape::Pen(points),
                ink: Ink::ALL[stroke % 3],
                space: space.clone(),
            })),
            0.0,
        );
    }
    let mut harness =
        common::sized_harness_builder(app, egui::vec2(1920.0, 1080.0), Some(1.0 / 60.0));
    let frames = bench_frames();
    let (median, p99) = time_frames(&mut harness, frames);
    println!("consult mode, 1920x1080, S1 path animating, 50 strokes, {frames} frames:");
    println!("  median {median:.2} ms per frame, p99 {p99:.2} ms (goal: median <= 2 ms)");
    drop(harness);
    drop(dir);
}
