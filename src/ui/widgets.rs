//! Small shared widgets.
//!
//! Widgets that many screens call without the app (the notice, the words switch, the file
//! chooser) find the UI's words with [`messages`]: the window hands them to the egui context
//! whenever the language changes ([`set_messages`]).

use std::sync::{Arc, OnceLock};

use egui::RichText;

use crate::messages::Messages;

/// The temp-memory key of the UI's words in the egui context.
fn messages_id() -> egui::Id {
    egui::Id::unique("ankleback-messages")
}

/// Hands the UI's words (in the language shown) to the widgets drawn in `ctx`.
pub fn set_messages(ctx: &egui::Context, messages: Arc<Messages>) {
    ctx.data_mut(|d| d.insert_temp(messages_id(), messages));
}

/// The UI's words the window handed to this context; English before it did.
pub fn messages(ctx: &egui::Context) -> Arc<Messages> {
    static ENGLISH: OnceLock<Arc<Messages>> = OnceLock::new();
    ctx.data(|d| d.get_temp::<Arc<Messages>>(messages_id()))
        .unwrap_or_else(|| {
            ENGLISH
                .get_or_init(|| Arc::new(Messages::new(crate::messages::ENGLISH)))
                .clone()
        })
}

/// The educational-use notice as a framed box, in the language shown.
pub fn notice_ui(ui: &mut egui::Ui) {
    let words = messages(ui.ctx());
    egui::Frame::group(ui.style())
        .inner_margin(egui::Margin::same(10))
        .show(ui, |ui| {
            ui.label(RichText::new(words.get("notice-title")).strong());
            ui.label(words.get("notice-body"));
        });
}

/// The width of a field that is `points` wide at 100 % text: it grows with the text size,
/// and never gets wider than the room left on the line.
pub fn field_width(ui: &egui::Ui, points: f32) -> f32 {
    (points * crate::ui::theme::text_scale_of(ui)).min(ui.available_width().max(40.0))
}

/// A one-line text field `points` wide at 100 % text, and wide enough to show its whole
/// hint (a translation is often longer than the English), as far as the line allows.
pub fn hinted_field<'t>(
    ui: &egui::Ui,
    text: &'t mut dyn egui::TextBuffer,
    hint: &str,
    points: f32,
) -> egui::TextEdit<'t> {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let hint_width = ui.fonts_mut(|f| {
        f.layout_no_wrap(hint.to_owned(), font, egui::Color32::PLACEHOLDER)
            .size()
            .x
    });
    // A field's inner margin is the button padding on each side (egui's text-edit style),
    // plus its outline and a little air.
    let margins = 2.0 * ui.spacing().button_padding.x + 6.0;
    let wanted = (points * crate::ui::theme::text_scale_of(ui)).max(hint_width + margins);
    egui::TextEdit::singleline(text)
        .hint_text(hint)
        .desired_width(wanted.min(ui.available_width().max(40.0)))
}

/// A dialog's contents: `points` wide at 100 % text (wider with larger text, as far as the
/// window allows), and scrolling when taller than the window (a small screen at 200 % text).
pub fn dialog_body<R>(ui: &mut egui::Ui, points: f32, add: impl FnOnce(&mut egui::Ui) -> R) -> R {
    let window = ui.ctx().content_rect();
    let width = (points * crate::ui::theme::text_scale_of(ui)).min(window.width() - 64.0);
    ui.set_width(width.max(120.0));
    let height = (window.height() - 64.0).max(120.0);
    // A centred dialog sees only the room below its last top edge: the minimum makes it as
    // tall as the window allows at once (shorter content still shrinks it).
    egui::ScrollArea::vertical()
        .max_height(height)
        .min_scrolled_height(height)
        .auto_shrink([false, true])
        .show(ui, add)
        .inner
}

/// A screen heading with a one-line description under it.
pub fn screen_heading_ui(ui: &mut egui::Ui, title: &str, description: &str) {
    ui.heading(title);
    ui.label(description);
    ui.add_space(8.0);
}

/// A button that is disabled, with the reason on hover and for screen readers, when this
/// copy cannot save.
pub fn save_button(ui: &mut egui::Ui, blocked: Option<&str>, text: &str) -> egui::Response {
    let response = ui.add_enabled(blocked.is_none(), egui::Button::new(text));
    match blocked {
        Some(why) => {
            ui.ctx()
                .accesskit_node_builder(response.id, |node| node.set_description(why));
            response.on_disabled_hover_text(why)
        }
        None => response,
    }
}

/// Says why a widget is disabled, on hover and for screen readers.
pub fn explain_disabled(
    ui: &egui::Ui,
    response: egui::Response,
    blocked: Option<&str>,
) -> egui::Response {
    match blocked {
        Some(why) => {
            ui.ctx()
                .accesskit_node_builder(response.id, |node| node.set_description(why));
            response.on_disabled_hover_text(why)
        }
        None => response,
    }
}

/// "Replace it / Import as a new profile / Cancel" for an import whose name is taken.
pub fn import_conflict_ui(
    ui: &mut egui::Ui,
    app: &crate::app::AnkleBackApp,
) -> Option<crate::intent::Intent> {
    use crate::intent::{ImportChoice, Intent};
    let mut choice = None;
    ui.horizontal_wrapped(|ui| {
        if ui.button(app.t("import-replace")).clicked() {
            choice = Some(ImportChoice::Replace);
        }
        if ui.button(app.t("import-as-new")).clicked() {
            choice = Some(ImportChoice::AsNew);
        }
        if ui.button(app.t("import-cancel")).clicked() {
            choice = Some(ImportChoice::Cancel);
        }
    });
    choice.map(Intent::ResolveImport)
}

/// "Words: Everyday words / Clinician detail" for the screen shown, not the setting. Returns
/// the screen's new level when one is chosen: `Some(None)` means "as the setting".
pub fn words_switch_ui(
    ui: &mut egui::Ui,
    label: &str,
    level: crate::settings::ReadingLevel,
    setting: crate::settings::ReadingLevel,
) -> Option<Option<crate::settings::ReadingLevel>> {
    use crate::settings::ReadingLevel;
    let words = messages(ui.ctx());
    let mut chosen = None;
    ui.horizontal_wrapped(|ui| {
        ui.label(label);
        for option in [ReadingLevel::Patient, ReadingLevel::Clinician] {
            if ui
                .add(egui::Button::selectable(
                    level == option,
                    words.get(option.message_id()),
                ))
                .clicked()
                && level != option
            {
                chosen = Some((option != setting).then_some(option));
            }
        }
        if level != setting {
            let setting = words.get(setting.message_id()).to_lowercase();
            ui.label(
                RichText::new(words.with("words-for-this-screen", &[("level", setting.into())]))
                    .small(),
            );
        }
    });
    chosen
}
