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
    collect(&content, "ron", &mut files);
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
    // UI message files (Project Fluent): assets/i18n/<lang>/<screen>.ftl, one folder per
    // language and one file per screen, so that screens can be worked on side by side.
    println!("cargo:rerun-if-changed=assets/i18n");
    let mut messages: Vec<PathBuf> = Vec::new();
    collect(&root.join("assets/i18n"), "ftl", &mut messages);
    messages.sort();
    out.push_str(
        "/// Every UI message file, as (language code, file name, Fluent text).\npub static EMBEDDED_MESSAGES: &[(&str, &str, &str)] = &[\n",
    );
    for file in messages {
        println!("cargo:rerun-if-changed={}", file.display());
        let lang = file
            .parent()
            .and_then(Path::file_name)
            .expect("a message file sits in its language's folder")
            .to_string_lossy()
            .into_owned();
        let name = file
            .file_name()
            .expect("a .ftl file has a name")
            .to_string_lossy()
            .into_owned();
        writeln!(
            out,
            "    ({lang:?}, {name:?}, include_str!({:?})),",
            file.display().to_string()
        )
        .expect("writing to a String cannot fail");
    }
    out.push_str("];\n");
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out_dir.join("embedded_content.rs"), out).expect("OUT_DIR is writable");
}

fn collect(dir: &Path, ext: &str, files: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            println!("cargo:rerun-if-changed={}", path.display());
            collect(&path, ext, files);
        } else if path.extension().is_some_and(|e| e == ext) {
            files.push(path);
        }
    }
}
