//! The tools' output into a pipe that closes early (`ankleback check-content | head -1`)
//! ends quietly: no panic message, no exit code 101.
#![allow(clippy::unwrap_used, reason = "tests")]

use std::process::{Command, Stdio};

#[test]
fn a_closed_pipe_ends_check_content_quietly() {
    for _ in 0..3 {
        let mut child = Command::new(env!("CARGO_BIN_EXE_ankleback"))
            .args(["check-content", "content"])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // Close the reading end before the tool has loaded the content and written a line.
        drop(child.stdout.take());
        let output = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(!stderr.contains("panicked"), "{stderr}");
        assert_ne!(output.status.code(), Some(101), "{stderr}");
    }
}
