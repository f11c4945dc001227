//! Read-aloud latency: from asking espeak-ng for the first sentence to its first audio sample
//! (`--stdout`, the same program and voice the app uses). Median and worst of 21 runs.
//! Goal: under 300 ms. Run with `cargo bench --bench speech_latency`.

use std::io::Read as _;
use std::process::{Command, Stdio};
use std::time::Instant;

fn main() {
    let Some(program) = ankleback::speech::find_program("espeak-ng") else {
        println!("espeak-ng is not installed: nothing to measure");
        return;
    };
    let sentence = "Numbness or tingling between your legs needs emergency care now.";
    let mut times = Vec::new();
    for _ in 0..21 {
        let started = Instant::now();
        let mut child = Command::new(&program)
            .args(["-v", "en-gb", "-s", "160", "--stdout", "--", sentence])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("espeak-ng starts");
        let mut stdout = child.stdout.take().expect("piped");
        // The WAV header is 44 bytes; the first sample follows it.
        let mut first = [0u8; 46];
        stdout.read_exact(&mut first).expect("audio arrives");
        times.push(started.elapsed().as_secs_f64() * 1000.0);
        let _ = child.kill();
        let _ = child.wait();
    }
    times.sort_by(f64::total_cmp);
    println!(
        "speech latency to first sample: median {:.1} ms, worst {:.1} ms (goal < 300 ms)",
        times[times.len() / 2],
        times[times.len() - 1]
    );
}
