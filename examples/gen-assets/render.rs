//! Renders the man pages and shell completions from the clap definition in `src/cli.rs`.
//! Used by `examples/gen-assets/main.rs` (for the .deb) and by `tests/install_docs.rs`.

use std::io::Write as _;

use ankleback::cli::Cli;
use clap::CommandFactory as _;
use clap_complete::Shell;

/// The shells the .deb installs completions for, with the file name and the folder each
/// shell reads them from (Debian's places, under `/usr/share`).
pub const SHELLS: [(Shell, &str, &str); 3] = [
    (Shell::Bash, "ankleback", "bash-completion/completions"),
    (Shell::Zsh, "_ankleback", "zsh/vendor-completions"),
    (Shell::Fish, "ankleback.fish", "fish/vendor_completions.d"),
];

/// The command as clap builds it (subcommands named `ankleback-…`, no `help` subcommand).
pub fn command() -> clap::Command {
    let mut cmd = Cli::command().disable_help_subcommand(true);
    cmd.build();
    cmd
}

/// The main page's description (clap's `about` is one line).
const MAIN_PAGE_DESCRIPTION: &str = r#".SH DESCRIPTION
AnkleBack explains, in everyday words or clinician detail, how an ankle problem can lead to
back pain and how a back problem can be felt in the ankle, heel or Achilles tendon: a body map
with the nerve route and the movement chain, short articles traced to their sources, a
self\-check that asks about warning signs first, and a pain diary and recovery plan.
.PP
Without a command, \fBankleback\fR opens its window. The commands are tools for content
authors.
"#;

/// Sections the generated page lacks: where data is kept, exit codes, environment.
const MAIN_PAGE_EXTRA: &str = r#".SH "DATA FOLDER"
AnkleBack saves every file (profiles, settings, diary and self-check history, as RON text)
in one folder, the first of:
.TP
1.
the folder given with \fB\-\-data\-dir\fR DIR;
.TP
2.
a folder named \fIankleback\-data\fR beside the program (portable mode, for a USB stick);
.TP
3.
\fI$XDG_DATA_HOME/ankleback\fR, usually \fI~/.local/share/ankleback\fR.
.PP
If that folder cannot be written (a read\-only USB stick or CD, a full disk), the app says so,
keeps working, keeps changes in memory and tries again every few seconds. Start it with
\fB\-\-data\-dir\fR to save elsewhere. \fBankleback \-\-about\fR shows the folder in use.
.SH FILES
.TP
\fIDATA/profiles.ron\fR
the list of profiles (names and opaque ids)
.TP
\fIDATA/profiles/ID/settings.ron\fR, \fIDATA/profiles/ID/progress.ron\fR
one person's settings and progress
.TP
\fIDATA/exports/\fR
exported profiles, unless another folder is chosen
.SH "EXIT STATUS"
.TP
0
success
.TP
1
\fBcheck\-content\fR or \fBassess\fR found problems, \fBtranslation\-template\fR could not write, \fBread\-aloud\fR could not write audio, or the window could not be opened
.TP
2
the command line is wrong (an unknown flag, a missing value)
.SH ENVIRONMENT
.TP
\fBRUST_LOG\fR
how much to log on the terminal, e.g. \fIankleback=debug\fR (default: warnings only)
.TP
\fBLIBGL_ALWAYS_SOFTWARE\fR
set to 1 to draw with Mesa's software renderer on a PC whose graphics driver fails
.SH NOTES
AnkleBack is for learning. It does not diagnose, and it never replaces a clinician.
It never connects to the internet.
.SH "SEE ALSO"
\fBankleback\-check\-content\fR(1), \fBankleback\-assess\fR(1), \fBankleback\-read\-aloud\fR(1), \fBankleback\-handout\fR(1), \fBankleback\-translation\-template\fR(1), \fBespeak\-ng\fR(1)
"#;

/// Every man page: (file name, roff text). The main page first, then one per subcommand.
pub fn man_pages() -> Vec<(String, Vec<u8>)> {
    let cmd = command();
    let mut pages = Vec::new();

    let man = clap_mangen::Man::new(cmd.clone());
    let mut main = Vec::new();
    man.render_title(&mut main).expect("writing to a Vec");
    man.render_name_section(&mut main)
        .expect("writing to a Vec");
    man.render_synopsis_section(&mut main)
        .expect("writing to a Vec");
    main.write_all(MAIN_PAGE_DESCRIPTION.as_bytes())
        .expect("writing to a Vec");
    man.render_options_section(&mut main)
        .expect("writing to a Vec");
    man.render_subcommands_section(&mut main)
        .expect("writing to a Vec");
    main.write_all(MAIN_PAGE_EXTRA.as_bytes())
        .expect("writing to a Vec");
    man.render_version_section(&mut main)
        .expect("writing to a Vec");
    pages.push((man.get_filename(), main));

    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        let man = clap_mangen::Man::new(sub.clone());
        let mut page = Vec::new();
        man.render(&mut page).expect("writing to a Vec");
        pages.push((man.get_filename(), page));
    }
    pages
}

/// The completion script for one shell.
pub fn completion(shell: Shell) -> Vec<u8> {
    let mut cmd = Cli::command();
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut cmd, "ankleback", &mut out);
    out
}

/// Writes `man/*.1` and `completions/<shell folder>/<file>` under `out_dir`.
pub fn write_all(out_dir: &std::path::Path) -> std::io::Result<Vec<std::path::PathBuf>> {
    let mut written = Vec::new();
    let man_dir = out_dir.join("man");
    std::fs::create_dir_all(&man_dir)?;
    for (name, text) in man_pages() {
        let path = man_dir.join(name);
        std::fs::write(&path, text)?;
        written.push(path);
    }
    for (shell, file, folder) in SHELLS {
        let dir = out_dir.join("completions").join(folder);
        std::fs::create_dir_all(&dir)?;
        let path = dir.join(file);
        std::fs::write(&path, completion(shell))?;
        written.push(path);
    }
    Ok(written)
}
