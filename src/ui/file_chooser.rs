//! The app's own file and folder chooser, drawn with egui: works on any desktop, with no GTK
//! or portal. Its state (the open folder, a file name being typed, an overwrite question) is
//! a draft in egui memory; the chosen path is returned to the caller, which puts it in its
//! field or saves there. A save mode ([`save_panel_ui`]) takes a folder and a file name and
//! asks before replacing a file.

use std::path::{Path, PathBuf};

use egui::RichText;

use crate::store::browse::{self, Pick};

/// The chooser's draft state.
#[derive(Clone, Debug, Default)]
struct Draft {
    open: bool,
    dir: PathBuf,
    /// Save mode: the file name typed.
    name: String,
    /// Save mode: the file that exists, waiting for "Replace it".
    confirm: Option<PathBuf>,
    /// Save mode: the id of the message saying why the name cannot be used.
    problem: Option<&'static str>,
}

/// A "Choose…" button: opens (or closes) the chooser named `salt`, in `start` the first time
/// (the field's value, or the nearest folder above it that exists).
pub fn choose_button_ui(ui: &mut egui::Ui, salt: &str, button: &str, start: &Path) {
    let id = chooser_id(salt);
    if ui.button(button).clicked() {
        let mut draft: Draft = ui.data(|d| d.get_temp(id)).unwrap_or_default();
        draft.open = !draft.open;
        if draft.open {
            draft.dir = start_folder(start);
        }
        ui.data_mut(|d| d.insert_temp(id, draft));
    }
}

/// The chooser named `salt`, when open: returns the path chosen this frame.
pub fn chooser_panel_ui(ui: &mut egui::Ui, salt: &str, pick: Pick) -> Option<PathBuf> {
    panel_ui(ui, salt, |ui, draft| chooser_body_ui(ui, pick, draft))
}

/// The panel of the chooser named `salt`, when open: its body in a frame; a path chosen
/// closes it.
fn panel_ui(
    ui: &mut egui::Ui,
    salt: &str,
    body: impl FnOnce(&mut egui::Ui, &mut Draft) -> Option<PathBuf>,
) -> Option<PathBuf> {
    let id = chooser_id(salt);
    let mut draft: Draft = ui.data(|d| d.get_temp(id)).unwrap_or_default();
    if !draft.open {
        return None;
    }
    let chosen = egui::Frame::group(ui.style())
        .inner_margin(egui::Margin::same(8))
        .show(ui, |ui| body(ui, &mut draft))
        .inner;
    if chosen.is_some() {
        draft.open = false;
    }
    ui.data_mut(|d| d.insert_temp(id, draft));
    chosen
}

/// A "Save as…" button: opens (or closes) the save chooser named `salt` in `start` (or the
/// nearest folder above it that exists), the file name field filled with `name()`.
pub fn save_button_ui(
    ui: &mut egui::Ui,
    salt: &str,
    button: &str,
    start: impl FnOnce() -> PathBuf,
    name: impl FnOnce() -> String,
) {
    let id = chooser_id(salt);
    if ui.button(button).clicked() {
        let mut draft: Draft = ui.data(|d| d.get_temp(id)).unwrap_or_default();
        draft.open = !draft.open;
        if draft.open {
            draft.dir = start_folder(&start());
            draft.name = name();
            draft.confirm = None;
            draft.problem = None;
        }
        ui.data_mut(|d| d.insert_temp(id, draft));
    }
}

/// The save chooser named `salt`, when open: a folder, the `extension` files already there
/// (a click takes the name), a file name field and "Save here"; a file that exists is
/// replaced only after "Replace it". Returns the path to save to, once.
pub fn save_panel_ui(ui: &mut egui::Ui, salt: &str, extension: &'static str) -> Option<PathBuf> {
    panel_ui(ui, salt, |ui, draft| save_body_ui(ui, extension, draft))
}

fn save_body_ui(ui: &mut egui::Ui, extension: &'static str, draft: &mut Draft) -> Option<PathBuf> {
    let words = crate::ui::widgets::messages(ui.ctx());
    let mut chosen = None;
    ui.set_width(ui.available_width().min(640.0));
    folder_bar_ui(ui, draft);
    match browse::list(&draft.dir, Pick::File(extension)) {
        Err(err) => {
            ui.label(words.with("files-cannot-open", &[("problem", err.to_string().into())]));
        }
        Ok(listing) => {
            egui::ScrollArea::vertical()
                .max_height(200.0)
                .auto_shrink([false, true])
                .show(ui, |ui| {
                    for folder in &listing.folders {
                        if ui
                            .button(entry(&words, "files-folder-entry", folder))
                            .clicked()
                        {
                            draft.dir = folder.clone();
                            draft.confirm = None;
                        }
                    }
                    for file in &listing.files {
                        if ui.button(entry(&words, "files-file-entry", file)).clicked() {
                            draft.name = name_of(file);
                            draft.confirm = None;
                        }
                    }
                    if listing.truncated {
                        ui.label(words.get("files-truncated"));
                    }
                });
        }
    }
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(words.get("files-name"));
        let edit = ui
            .add(
                egui::TextEdit::singleline(&mut draft.name)
                    .desired_width(crate::ui::widgets::field_width(ui, 280.0)),
            )
            .labelled_by(label.id);
        if edit.changed() {
            draft.confirm = None;
            draft.problem = None;
        }
    });
    if let Some(problem) = draft.problem {
        ui.label(words.get(problem));
    }
    if let Some(path) = draft.confirm.clone() {
        ui.label(
            RichText::new(words.with("files-exists", &[("name", name_of(&path).into())])).strong(),
        );
        ui.horizontal(|ui| {
            if ui.button(words.get("files-replace")).clicked() {
                chosen = Some(path);
            }
            if ui.button(words.get("files-keep")).clicked() {
                draft.confirm = None;
            }
        });
    } else {
        ui.horizontal(|ui| {
            if ui.button(words.get("files-save-here")).clicked() {
                match browse::save_target(&draft.dir, &draft.name, extension) {
                    Ok(path) if path.exists() => draft.confirm = Some(path),
                    Ok(path) => chosen = Some(path),
                    Err(problem) => draft.problem = Some(problem),
                }
            }
            if ui.button(words.get("files-cancel")).clicked() {
                draft.open = false;
            }
        });
    }
    chosen
}

/// The open folder, "Up one folder" and the shortcuts.
fn folder_bar_ui(ui: &mut egui::Ui, draft: &mut Draft) {
    let words = crate::ui::widgets::messages(ui.ctx());
    let folder = draft.dir.display().to_string();
    ui.label(RichText::new(words.with("files-folder", &[("folder", folder.into())])).strong());
    ui.horizontal_wrapped(|ui| {
        if let Some(parent) = draft.dir.parent()
            && ui.button(words.get("files-up")).clicked()
        {
            draft.dir = parent.to_path_buf();
            draft.confirm = None;
        }
        for (name, path) in browse::shortcuts() {
            if ui.button(words.get(name)).clicked() {
                draft.dir = path;
                draft.confirm = None;
            }
        }
    });
}

/// "Folder: name" or "File: name" for one entry of a listing.
fn entry(words: &crate::messages::Messages, id: &str, path: &Path) -> String {
    words.with(id, &[("name", name_of(path).into())])
}

fn chooser_id(salt: &str) -> egui::Id {
    egui::Id::unique(("file-chooser", salt))
}

fn start_folder(start: &Path) -> PathBuf {
    let mut dir = start.to_path_buf();
    while !dir.is_dir() {
        if !dir.pop() {
            return browse::shortcuts()
                .into_iter()
                .next()
                .map_or_else(|| PathBuf::from("/"), |(_, p)| p);
        }
    }
    dir
}

fn name_of(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

fn chooser_body_ui(ui: &mut egui::Ui, pick: Pick, draft: &mut Draft) -> Option<PathBuf> {
    let words = crate::ui::widgets::messages(ui.ctx());
    let mut chosen = None;
    ui.set_width(ui.available_width().min(640.0));
    folder_bar_ui(ui, draft);
    match browse::list(&draft.dir, pick) {
        Err(err) => {
            ui.label(words.with("files-cannot-open", &[("problem", err.to_string().into())]));
        }
        Ok(listing) => {
            egui::ScrollArea::vertical()
                .max_height(240.0)
                .auto_shrink([false, true])
                .show(ui, |ui| {
                    for folder in &listing.folders {
                        if ui
                            .button(entry(&words, "files-folder-entry", folder))
                            .clicked()
                        {
                            draft.dir = folder.clone();
                        }
                    }
                    for file in &listing.files {
                        if ui.button(entry(&words, "files-file-entry", file)).clicked() {
                            chosen = Some(file.clone());
                        }
                    }
                    if listing.folders.is_empty() && listing.files.is_empty() {
                        ui.label(words.get(match pick {
                            Pick::Folder => "files-no-folders",
                            Pick::File(_) => "files-no-files",
                        }));
                    }
                    if listing.truncated {
                        ui.label(words.get("files-truncated"));
                    }
                });
        }
    }
    ui.horizontal(|ui| {
        if pick == Pick::Folder && ui.button(words.get("files-use-folder")).clicked() {
            chosen = Some(draft.dir.clone());
        }
        if ui.button(words.get("files-cancel")).clicked() {
            draft.open = false;
        }
    });
    chosen
}
