//! About, in Settings: what the app is, the educational-use notice, who wrote the content
//! and how, its review status, funding, privacy, the sources and where the data is kept.

use egui::RichText;

use crate::app::AnkleBackApp;
use crate::ui::widgets::notice_ui;

/// What the app is, who wrote the content, its sources and where the data is kept.
pub(super) fn about_ui(ui: &mut egui::Ui, app: &AnkleBackApp) {
    crate::ui::a11y::heading(ui, RichText::new(app.t("about-heading")).heading(), 2);
    let version = app.tf(
        "about-version",
        &[("version", env!("CARGO_PKG_VERSION").into())],
    );
    ui.label(RichText::new(version).strong());
    ui.label(app.t("about-what"));
    ui.add_space(6.0);
    notice_ui(ui);
    ui.add_space(6.0);
    for (heading, text) in [
        ("about-authors-heading", "about-authors"),
        ("about-review-heading", "about-review"),
        ("about-funding-heading", "about-funding"),
        ("about-privacy-heading", "about-privacy"),
    ] {
        ui.label(RichText::new(app.t(heading)).strong());
        ui.label(app.t(text));
    }
    ui.add_space(6.0);
    ui.label(RichText::new(app.t("about-sources-heading")).strong());
    ui.label(app.t("about-sources"));
    for source in &app.content.sources {
        let evidence = app.t(source.evidence.message_id());
        ui.label(format!(
            "• {}", // i18n-ok: a bullet before the source
            app.tf(
                "about-source",
                &[
                    ("title", source.title.as_str().into()),
                    ("publisher", source.publisher.as_str().into()),
                    ("year", source.year.to_string().into()),
                    ("evidence", evidence.into()),
                ],
            )
        ));
    }
    ui.add_space(6.0);
    ui.label(RichText::new(app.t("about-data-heading")).strong());
    let folder = app.data_dir.path().display().to_string();
    ui.label(app.tf(
        "about-data-folder",
        &[
            ("folder", folder.into()),
            ("reason", app.t(data_dir_message_id(&app.data_dir)).into()),
        ],
    ));
    ui.label(app.t("about-data-help"));
}

/// The id of the message saying why this data folder is used.
fn data_dir_message_id(choice: &crate::store::DataDirChoice) -> &'static str {
    use crate::store::DataDirChoice;
    match choice {
        DataDirChoice::CommandLine(_) => "about-data-CommandLine",
        DataDirChoice::Portable(_) => "about-data-Portable",
        DataDirChoice::System(_) => "about-data-System",
    }
}
