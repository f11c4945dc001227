//! What the app does before its first frame, part by part: parsing the embedded content,
//! resolving the body drawing (smoothing and triangulation), consult mode's pictures (both
//! legs from behind), and the whole app state in a fresh data folder. Prints median
//! milliseconds.
//!
//! Run: `cargo bench --bench startup_parts`

use std::time::Instant;

fn median_ms(runs: usize, mut work: impl FnMut()) -> f64 {
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            work();
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

fn main() {
    let runs = if std::env::args().any(|a| a == "--bench") {
        21
    } else {
        1
    };
    let content = median_ms(runs, || {
        std::hint::black_box(ankleback::content::load_embedded());
    });
    let body = median_ms(runs, || {
        let diagrams = ankleback::body::parse_diagrams(ankleback::body::diagram::EMBEDDED_GEOMETRY);
        std::hint::black_box(diagrams.ok());
    });
    let english = ankleback::content::load_embedded();
    let right = ankleback::body::embedded_diagrams(&english).unwrap_or_default();
    let left: Vec<_> = right
        .iter()
        .map(ankleback::body::diagram::Diagram::mirrored)
        .collect();
    let pictures = median_ms(runs, || {
        std::hint::black_box(ankleback::consult::picture::Pictures::new(&right, &left));
    });
    let app = median_ms(runs, || {
        let Ok(dir) = tempfile::tempdir() else {
            return;
        };
        std::hint::black_box(ankleback::app::AnkleBackApp::new(
            ankleback::app::StartOptions {
                data_dir: ankleback::store::DataDirChoice::CommandLine(dir.path().to_path_buf()),
                content_dir: None,
            },
        ));
    });
    println!(
        "startup parts: content {content:.1} ms, body drawing {body:.1} ms, consult pictures \
         {pictures:.1} ms, whole app state {app:.1} ms (medians of {runs})"
    );
}
