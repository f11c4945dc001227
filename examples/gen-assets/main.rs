//! Generates the man pages and the bash, zsh and fish completions for the .deb:
//! `cargo run --example gen-assets -- target/assets` (run by `scripts/package-deb.sh`).
//! An example rather than a `build.rs` step, so the app's own build stays as fast as it was;
//! `clap_mangen` and `clap_complete` are dev-dependencies only.

mod render;

fn main() -> std::io::Result<()> {
    let out_dir = std::env::args_os()
        .nth(1)
        .map_or_else(|| std::path::PathBuf::from("target/assets"), Into::into);
    for path in render::write_all(&out_dir)? {
        println!("{}", path.display());
    }
    Ok(())
}
