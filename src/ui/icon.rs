//! The window icon, drawn in `assets/icon.svg` and rendered to `assets/icon.png`.

/// The app icon for the window and task bar.
pub fn app_icon() -> egui::IconData {
    match eframe::icon_data::from_png_bytes(include_bytes!("../../assets/icon.png")) {
        Ok(icon) => icon,
        Err(err) => {
            log::warn!("the built-in icon could not be decoded: {err}");
            egui::IconData::default()
        }
    }
}
