//! Frame-time benchmark: consult mode at 1920×1080 on an animated pathway step (the S1
//! root's path moving) with 50 pen strokes on the picture, run headless through
//! egui_kittest (CPU work of a frame; no GPU). Prints the median and p99 milliseconds.
//!
//! Run: `cargo bench --bench consult_frame` (goal: median <= 2 ms, as the body map).

use std::time::Instant;

use ankleback::consult::ConsultVerb;
use ankleback::consult::drawing::{Ink, Mark, MarkShape};
use ankleback::intent::Intent;
use ankleback::settings::Role;

#[path = "../tests/common/mod.rs"]
mod common;

const WARMUP_FRAMES: usize = 30;

fn frames() -> usize {
    if std::env::args().any(|a| a == "--bench") {
        600
    } else {
        5
    }
}

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
    let mut harness = egui_kittest::Harness::builder()
        .with_size(egui::vec2(1920.0, 1080.0))
        .with_step_dt(1.0 / 60.0)
        .build_ui_state(
            |ui, window: &mut ankleback::ui::window::AppWindow| window.show(ui),
            ankleback::ui::window::AppWindow::new(app),
        );
    for _ in 0..WARMUP_FRAMES {
        harness.step();
    }
    let frames = frames();
    let mut times_ms: Vec<f64> = (0..frames)
        .map(|_| {
            let start = Instant::now();
            harness.step();
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times_ms.sort_by(f64::total_cmp);
    let (median, p99) = (times_ms[frames / 2], times_ms[frames * 99 / 100]);
    println!("consult mode, 1920x1080, S1 path animating, 50 strokes, {frames} frames:");
    println!("  median {median:.2} ms per frame, p99 {p99:.2} ms (goal: median <= 2 ms)");
    drop(harness);
    drop(dir);
}
