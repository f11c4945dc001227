//! Embeds every file under `content/` in the binary, so the app works offline with no
//! install step: generates `embedded_content.rs`, a list of (relative path, text).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    println!("cargo:rerun-if-changed=content");
    let root =
        PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let content = root.join("content");
    let mut files = Vec::new();
    collect(&content, &mut files);
    files.sort();
    let mut out = String::from(
        "/// Every content file, as (path relative to `content/`, text).\npub static EMBEDDED: &[(&str, &str)] = &[\n",
    );
    for file in files {
        println!("cargo:rerun-if-changed={}", file.display());
        let relative = file
            .strip_prefix(&content)
            .expect("collected under content/")
            .to_string_lossy()
            .replace('\\', "/");
        writeln!(
            out,
            "    ({relative:?}, include_str!({:?})),",
            file.display().to_string()
        )
        .expect("writing to a String cannot fail");
    }
    out.push_str("];\n");
    // UI message files (Project Fluent), one per language: assets/i18n/<lang>.ftl.
    println!("cargo:rerun-if-changed=assets/i18n");
    let mut messages: Vec<PathBuf> = std::fs::read_dir(root.join("assets/i18n"))
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|ext| ext == "ftl"))
                .collect()
        })
        .unwrap_or_default();
    messages.sort();
    out.push_str(
        "/// Every UI message file, as (language code, Fluent text).\npub static EMBEDDED_MESSAGES: &[(&str, &str)] = &[\n",
    );
    for file in messages {
        println!("cargo:rerun-if-changed={}", file.display());
        let lang = file
            .file_stem()
            .expect("a .ftl file has a name")
            .to_string_lossy()
            .into_owned();
        writeln!(
            out,
            "    ({lang:?}, include_str!({:?})),",
            file.display().to_string()
        )
        .expect("writing to a String cannot fail");
    }
    out.push_str("];\n");
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out_dir.join("embedded_content.rs"), out).expect("OUT_DIR is writable");
}

fn collect(dir: &Path, files: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            println!("cargo:rerun-if-changed={}", path.display());
            collect(&path, files);
        } else if path.extension().is_some_and(|ext| ext == "ron") {
            files.push(path);
        }
    }
}
