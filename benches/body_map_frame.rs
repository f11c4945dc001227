//! Frame-time benchmark: the whole app on the body map at 1280×800 with every overlay on and
//! animating, run headless through egui_kittest (CPU work of a frame: layout, hit-testing,
//! tessellation; no GPU). Prints the median and p99 milliseconds per frame.
//!
//! Run: `cargo bench --bench body_map_frame`

use ankleback::intent::Intent;
use ankleback::settings::Role;

#[path = "../tests/common/mod.rs"]
mod common;

use common::{bench_frames, time_frames};

fn main() {
    let Ok(dir) = tempfile::tempdir() else {
        eprintln!("body_map_frame: no temporary folder");
        return;
    };
    let mut app = common::app_in(dir.path());
    app.apply(Intent::CreateProfile("Bench".into()), 0.0);
    app.apply(Intent::CompleteWelcome(Role::Clinician), 0.0);
    let pathways: Vec<String> = app.content.pathways.iter().map(|p| p.id.clone()).collect();
    app.apply(
        Intent::ShowOnBodyMap {
            regions: vec!["achilles".into(), "root_s1".into()],
            pathways,
        },
        0.0,
    );
    let mut harness = common::harness_builder(app, Some(1.0 / 60.0));
    let frames = bench_frames();
    let (median, p99) = time_frames(&mut harness, frames);
    println!("body map, 1280x800, every overlay animating, {frames} frames:");
    println!("  median {median:.2} ms per frame, p99 {p99:.2} ms (goal: median <= 2 ms)");
    drop(harness);
    drop(dir);
    progress_screen(frames);
}

/// The My progress screen with ten years of daily diary entries (the trend plot) at 1280×800.
fn progress_screen(frames: usize) {
    use ankleback::progress::{DiaryEntry, date_of_day, day_number};
    let Ok(dir) = tempfile::tempdir() else {
        eprintln!("body_map_frame: no temporary folder");
        return;
    };
    let mut app = common::app_in(dir.path());
    app.apply(Intent::CreateProfile("Bench".into()), 0.0);
    app.apply(Intent::CompleteWelcome(Role::HavePain), 0.0);
    let start = day_number("2016-11-22").unwrap_or(0);
    for day in 0..3650 {
        app.progress.diary.push(DiaryEntry {
            date: date_of_day(start + day).unwrap_or_default(),
            ankle: Some((day % 11) as u8),
            back: Some(((day * 7) % 11) as u8),
            note: String::new(),
        });
    }
    app.apply(Intent::Navigate(ankleback::route::Route::Progress), 0.0);
    let mut harness = common::harness_builder(app, Some(1.0 / 60.0));
    let (median, p99) = time_frames(&mut harness, frames);
    println!("my progress, 3650 diary days in the trend plot, {frames} frames:");
    println!("  median {median:.2} ms per frame, p99 {p99:.2} ms");
    drop(harness);
    drop(dir);
}
