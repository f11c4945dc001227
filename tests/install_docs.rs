//! The man pages and shell completions that the .deb installs are generated from the clap
//! definition and mention every subcommand and flag; the desktop entry, the metainfo file
//! and the package's asset list agree with each other.

#[path = "../examples/gen-assets/render.rs"]
mod render;

use std::path::Path;

/// Every long flag of a command, as `--name`, with the names of its subcommands.
fn flags_and_subcommands(cmd: &clap::Command) -> (Vec<String>, Vec<String>) {
    let flags = cmd
        .get_arguments()
        .filter(|a| !a.is_hide_set())
        .filter_map(|a| a.get_long().map(|long| format!("--{long}")))
        .collect();
    let subcommands = cmd
        .get_subcommands()
        .filter(|s| !s.is_hide_set())
        .map(|s| s.get_name().to_owned())
        .collect();
    (flags, subcommands)
}

/// roff writes `-` as `\-`; read the page as a person would.
fn plain(roff: &[u8]) -> String {
    String::from_utf8(roff.to_vec())
        .expect("man pages are UTF-8")
        .replace("\\-", "-")
}

#[test]
fn man_pages_cover_every_subcommand_and_flag() {
    let cmd = render::command();
    let pages = render::man_pages();
    let page = |name: &str| {
        pages
            .iter()
            .find(|(file, _)| file == name)
            .map(|(_, text)| plain(text))
            .unwrap_or_else(|| panic!("no man page {name}"))
    };

    let main = page("ankleback.1");
    assert!(
        main.starts_with(".ie") || main.contains(".TH ankleback 1"),
        "{main}"
    );
    for section in [
        "SYNOPSIS",
        "OPTIONS",
        "DATA FOLDER",
        "EXIT STATUS",
        "SEE ALSO",
    ] {
        assert!(main.contains(section), "main page lacks {section}");
    }
    let (flags, subcommands) = flags_and_subcommands(&cmd);
    assert!(flags.contains(&"--version".to_owned()) && flags.contains(&"--about".to_owned()));
    for flag in &flags {
        assert!(main.contains(flag.as_str()), "main page lacks {flag}");
    }
    assert_eq!(
        subcommands,
        [
            "check-content",
            "assess",
            "read-aloud",
            "handout",
            "translation-template"
        ]
    );
    for sub in cmd.get_subcommands() {
        let name = format!("ankleback-{}", sub.get_name());
        assert!(main.contains(&name), "main page does not name {name}");
        let text = page(&format!("{name}.1"));
        let (sub_flags, _) = flags_and_subcommands(sub);
        for flag in &sub_flags {
            assert!(text.contains(flag.as_str()), "{name}.1 lacks {flag}");
        }
        for arg in sub.get_positionals() {
            let value = arg.get_id().as_str().to_uppercase();
            assert!(text.contains(&value), "{name}.1 lacks the argument {value}");
        }
    }
    assert_eq!(
        pages.len(),
        1 + subcommands.len(),
        "one page per subcommand"
    );
}

#[test]
fn completions_cover_every_subcommand_and_flag() {
    let cmd = render::command();
    let (mut flags, subcommands) = flags_and_subcommands(&cmd);
    for sub in cmd.get_subcommands() {
        flags.extend(flags_and_subcommands(sub).0);
    }
    for (shell, file, _) in render::SHELLS {
        let script = String::from_utf8(render::completion(shell)).expect("UTF-8");
        assert!(script.contains("ankleback"), "{file}");
        for sub in &subcommands {
            assert!(script.contains(sub.as_str()), "{file} lacks {sub}");
        }
        for flag in &flags {
            // fish writes `-l data-dir`, bash and zsh `--data-dir`.
            let bare = flag.trim_start_matches('-');
            assert!(
                script.contains(flag.as_str()) || script.contains(&format!("-l {bare}")),
                "{file} lacks {flag}"
            );
        }
    }
}

#[test]
fn generator_writes_every_file_the_package_lists() {
    let dir = tempfile::tempdir().unwrap();
    let written = render::write_all(dir.path()).unwrap();
    assert_eq!(written.len(), 9);
    for path in &written {
        assert!(
            std::fs::metadata(path).unwrap().len() > 100,
            "{}",
            path.display()
        );
    }

    // Every asset named in [package.metadata.deb] exists: in the repository, or as written by
    // the generator (`target/assets/…`), or as the binary cargo-deb builds.
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let manifest = std::fs::read_to_string(root.join("Cargo.toml")).unwrap();
    let deb = manifest
        .split("[package.metadata.deb]")
        .nth(1)
        .expect("Cargo.toml has [package.metadata.deb]");
    let deb = deb.split("\n[").next().unwrap();
    let sources: Vec<&str> = deb
        .lines()
        .filter_map(|line| line.trim().strip_prefix("[\""))
        .filter_map(|rest| rest.split('"').next())
        .collect();
    assert!(sources.len() >= 15, "{sources:?}");
    for source in sources {
        if source == "target/release/ankleback" {
            continue;
        }
        if let Some(generated) = source.strip_prefix("target/assets/") {
            assert!(
                dir.path().join(generated).is_file(),
                "not generated: {source}"
            );
        } else {
            assert!(root.join(source).is_file(), "missing asset: {source}");
        }
    }
}

#[test]
fn desktop_entry_metainfo_and_icons_agree() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let desktop = std::fs::read_to_string(root.join("assets/ankleback.desktop")).unwrap();
    assert!(desktop.lines().any(|l| l == "Exec=ankleback"), "{desktop}");
    assert!(desktop.lines().any(|l| l == "Icon=ankleback"));
    // The window's app id (src/main.rs) names the desktop file, so docks group the window.
    let main = std::fs::read_to_string(root.join("src/main.rs")).unwrap();
    assert!(main.contains(".with_app_id(\"ankleback\")"));
    assert!(desktop.lines().any(|l| l == "StartupWMClass=ankleback"));

    let metainfo =
        std::fs::read_to_string(root.join("assets/org.ankleback.AnkleBack.metainfo.xml")).unwrap();
    assert!(metainfo.contains("<id>org.ankleback.AnkleBack</id>"));
    assert!(metainfo.contains("<launchable type=\"desktop-id\">ankleback.desktop</launchable>"));
    assert!(metainfo.contains("<content_rating type=\"oars-1.1\""));
    let version = format!("<release version=\"{}\"", env!("CARGO_PKG_VERSION"));
    assert!(metainfo.contains(&version), "metainfo lacks {version}");

    for size in [48, 64, 128, 256, 512] {
        let png = root.join(format!(
            "assets/icons/hicolor/{size}x{size}/apps/ankleback.png"
        ));
        let bytes = std::fs::read(&png).unwrap();
        assert_eq!(&bytes[1..4], b"PNG", "{}", png.display());
        // IHDR width and height, big-endian, at bytes 16..24.
        let width = u32::from_be_bytes(bytes[16..20].try_into().unwrap());
        let height = u32::from_be_bytes(bytes[20..24].try_into().unwrap());
        assert_eq!((width, height), (size, size), "{}", png.display());
    }
}
