//! Read-aloud latency, as the app does it: from the click (the section's sentences built from
//! the content, as the Read aloud button does) to the first audio sample from espeak-ng, with
//! the app's own voice and speed arguments (`speech::espeak_voice_args`) and `--stdout` in
//! place of the sound card. English and Spanish (the `es` voice), a patient section each.
//! Median and worst of 21 runs per language. Goal: under 300 ms.
//! Run with `cargo bench --bench speech_latency`.

use std::io::Read as _;
use std::process::{Command, Stdio};
use std::time::Instant;

use ankleback::content::{ContentFiles, load_embedded};
use ankleback::settings::ReadingLevel;
use ankleback::speech::{espeak_voice_args, script};

fn main() {
    let Some(program) = ankleback::speech::find_program("espeak-ng") else {
        println!("espeak-ng is not installed: nothing to measure");
        return;
    };
    let english = load_embedded();
    let spanish =
        ankleback::content::i18n::Languages::new(english.clone(), &ContentFiles::embedded())
            .content("es")
            .expect("the embedded content offers Spanish");
    for (lang, content) in [("en", &english), ("es", &spanish)] {
        let article = &content.articles[0];
        let section = &article.sections[0];
        let mut times = Vec::new();
        for _ in 0..21 {
            let started = Instant::now();
            let paragraphs =
                script::section_paragraphs(content, section, ReadingLevel::Patient, "");
            let sentences = script::sentences(&paragraphs, ReadingLevel::Patient, lang);
            let first = &sentences.first().expect("a section has sentences").spoken;
            let mut child = Command::new(&program)
                .args(espeak_voice_args(lang, 160))
                .args(["--stdout", "--"])
                .arg(first)
                .stdout(Stdio::piped())
                .stderr(Stdio::null())
                .spawn()
                .expect("espeak-ng starts");
            let mut stdout = child.stdout.take().expect("piped");
            // The WAV header is 44 bytes; the first sample follows it.
            let mut head = [0u8; 46];
            stdout.read_exact(&mut head).expect("audio arrives");
            times.push(started.elapsed().as_secs_f64() * 1000.0);
            let _ = child.kill();
            let _ = child.wait();
        }
        times.sort_by(f64::total_cmp);
        println!(
            "speech latency to first sample ({lang}, {}#{}): median {:.1} ms, worst {:.1} ms (goal < 300 ms)",
            article.id,
            section.id,
            times[times.len() / 2],
            times[times.len() - 1]
        );
    }
}
