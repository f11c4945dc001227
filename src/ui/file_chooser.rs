//! The app's own file and folder chooser, drawn with egui: works on any desktop, with no GTK
//! or portal. Its state (the open folder) is a draft in egui memory; the chosen path is
//! returned to the caller, which puts it in its field.

use std::path::{Path, PathBuf};

use egui::RichText;

use crate::store::browse::{self, Pick};

/// The chooser's draft state.
#[derive(Clone, Debug, Default)]
struct Draft {
    open: bool,
    dir: PathBuf,
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
    let id = chooser_id(salt);
    let mut draft: Draft = ui.data(|d| d.get_temp(id)).unwrap_or_default();
    if !draft.open {
        return None;
    }
    let chosen = egui::Frame::group(ui.style())
        .inner_margin(egui::Margin::same(8))
        .show(ui, |ui| chooser_body_ui(ui, pick, &mut draft))
        .inner;
    if chosen.is_some() {
        draft.open = false;
    }
    ui.data_mut(|d| d.insert_temp(id, draft));
    chosen
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
    let mut chosen = None;
    ui.set_width(ui.available_width().min(640.0));
    ui.label(RichText::new(format!("Folder: {}", draft.dir.display())).strong());
    ui.horizontal_wrapped(|ui| {
        if let Some(parent) = draft.dir.parent()
            && ui.button("Up one folder").clicked()
        {
            draft.dir = parent.to_path_buf();
        }
        for (name, path) in browse::shortcuts() {
            if ui.button(&name).clicked() {
                draft.dir = path;
            }
        }
    });
    match browse::list(&draft.dir, pick) {
        Err(err) => {
            ui.label(format!("This folder cannot be opened ({err})."));
        }
        Ok(listing) => {
            egui::ScrollArea::vertical()
                .max_height(240.0)
                .auto_shrink([false, true])
                .show(ui, |ui| {
                    for folder in &listing.folders {
                        if ui.button(format!("Folder: {}", name_of(folder))).clicked() {
                            draft.dir = folder.clone();
                        }
                    }
                    for file in &listing.files {
                        if ui.button(format!("File: {}", name_of(file))).clicked() {
                            chosen = Some(file.clone());
                        }
                    }
                    if listing.folders.is_empty() && listing.files.is_empty() {
                        ui.label(match pick {
                            Pick::Folder => "No folders here.",
                            Pick::File(_) => "No AnkleBack files or folders here.",
                        });
                    }
                    if listing.truncated {
                        ui.label("Only the first 500 entries are shown.");
                    }
                });
        }
    }
    ui.horizontal(|ui| {
        if pick == Pick::Folder && ui.button("Use this folder").clicked() {
            chosen = Some(draft.dir.clone());
        }
        if ui.button("Cancel").clicked() {
            draft.open = false;
        }
    });
    chosen
}
