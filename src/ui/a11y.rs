//! Structure for screen readers: headings with levels, named groups (radio sets, answers),
//! lists, callouts and alerts, and focus that moves to the new screen's heading.
//!
//! egui makes every `Ui` a node in the AccessKit tree; these helpers give those nodes a role
//! and a name, and change the role of a label to a heading or list item.

use egui::accesskit::{Live, Role};
use egui::{InnerResponse, Response, RichText, Sense, UiBuilder};

/// The temp-memory key of "a new screen was entered; its heading takes focus".
fn arrival_id() -> egui::Id {
    egui::Id::unique("a11y-arrival")
}

/// The temp-memory key of the last screen key seen by [`note_screen`].
fn screen_key_id() -> egui::Id {
    egui::Id::unique("a11y-screen-key")
}

/// Called once a frame by the shell with a key for what is on screen (the route and any
/// dialog): when it changes, the next [`screen_heading`] takes keyboard focus. While a dialog
/// is open (`blocked`), the background keeps its place and the dialog takes focus itself.
pub fn note_screen(ctx: &egui::Context, key: &str, blocked: bool) {
    let last: Option<String> = ctx.data(|d| d.get_temp(screen_key_id()));
    if last.as_deref() == Some(key) {
        return;
    }
    ctx.data_mut(|d| {
        d.insert_temp(screen_key_id(), key.to_owned());
        d.insert_temp(arrival_id(), !blocked);
    });
}

/// Whether a new screen was entered and nothing has taken focus for it yet; the caller
/// takes focus. Returns `true` once per screen change.
pub fn take_arrival(ui: &egui::Ui) -> bool {
    ui.data_mut(|d| {
        let pending = d.get_temp::<bool>(arrival_id()).unwrap_or(false);
        if pending {
            d.insert_temp(arrival_id(), false);
        }
        pending
    })
}

/// Makes the widget of `response` a heading of `level` (1 for a screen title, 2 for its
/// sections, 3 below that).
pub fn mark_heading(ui: &egui::Ui, response: &Response, level: usize) {
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_role(Role::Heading);
        node.set_level(level);
        name_from_value(node);
    });
}

/// egui names a label by its value (its text); other roles are named by their label.
fn name_from_value(node: &mut egui::accesskit::Node) {
    if let Some(text) = node.value().map(str::to_owned) {
        node.set_label(text);
        node.clear_value();
    }
}

/// A heading of `level` in the caller's style, not a Tab stop.
pub fn heading(ui: &mut egui::Ui, text: impl Into<RichText>, level: usize) -> Response {
    let response = ui.label(text.into());
    mark_heading(ui, &response, level);
    response
}

/// A heading that can hold keyboard focus (not an action: Enter does nothing on it), so a
/// screen reader reads it when focus moves there.
pub fn focusable_heading(ui: &mut egui::Ui, text: impl Into<RichText>, level: usize) -> Response {
    let response = ui.add(egui::Label::new(text.into()).sense(Sense::focusable_noninteractive()));
    mark_heading(ui, &response, level);
    response
}

/// The screen's title (level 1, heading size). It takes focus and scrolls into view when the
/// screen has just been entered.
pub fn screen_heading(ui: &mut egui::Ui, text: &str) -> Response {
    let response = focusable_heading(ui, RichText::new(text).heading(), 1);
    if take_arrival(ui) {
        response.scroll_to_me(Some(egui::Align::TOP));
        response.request_focus();
    }
    response
}

/// A named group of `role` (e.g. [`Role::RadioGroup`], [`Role::List`], [`Role::Note`]) around
/// what `add` draws.
pub fn group<R>(
    ui: &mut egui::Ui,
    role: Role,
    name: &str,
    add: impl FnOnce(&mut egui::Ui) -> R,
) -> InnerResponse<R> {
    ui.scope_builder(
        UiBuilder::new()
            .accessibility_role(role)
            .accessibility_label(name),
        add,
    )
}

/// A named set of radio buttons (or of mutually exclusive selectable buttons).
pub fn radio_group<R>(
    ui: &mut egui::Ui,
    name: &str,
    add: impl FnOnce(&mut egui::Ui) -> R,
) -> InnerResponse<R> {
    group(ui, Role::RadioGroup, name, add)
}

/// A list: call [`list_item`] inside `add` for each item.
pub fn list<R>(
    ui: &mut egui::Ui,
    name: &str,
    add: impl FnOnce(&mut egui::Ui) -> R,
) -> InnerResponse<R> {
    group(ui, Role::List, name, add)
}

/// One bulleted item: "• text" on screen, a list item named `text` for screen readers.
pub fn list_item(ui: &mut egui::Ui, text: &str) -> Response {
    list_item_styled(ui, text, |rich| rich)
}

/// A bulleted item whose shown text is styled by `style` (e.g. `RichText::strong`).
pub fn list_item_styled(
    ui: &mut egui::Ui,
    text: &str,
    style: impl FnOnce(RichText) -> RichText,
) -> Response {
    let response = ui.label(style(RichText::new(format!("• {text}")))); // i18n-ok: a bullet
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_role(Role::ListItem);
        node.set_label(text);
        node.clear_value();
    });
    response
}

/// Marks the node of a `Ui` (from [`group`]) as an alert that screen readers announce at
/// once (live region, assertive).
pub fn mark_alert(ui: &egui::Ui, id: egui::Id) {
    ui.ctx().accesskit_node_builder(id, |node| {
        node.set_role(Role::Alert);
        node.set_live(Live::Assertive);
    });
}

/// Gives a widget a longer description, read after its name.
pub fn describe(ui: &egui::Ui, response: &Response, description: impl Into<String>) {
    let description = description.into();
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_description(description);
    });
}

/// A modal dialog that screen readers know by `name`.
pub fn dialog(id: egui::Id, name: &str) -> egui::Modal {
    egui::Modal::new(id).area(egui::Modal::default_area(id).accessible_name(name))
}

/// The heading of the [`dialog`] `dialog_id`: marks the dialog modal for screen readers (the
/// background is inert while it is open). With `take_focus` it takes focus on the dialog's
/// first frame and whenever nothing has focus (dialogs whose text field takes focus pass
/// `false`).
pub fn dialog_heading(
    ui: &mut egui::Ui,
    dialog_id: egui::Id,
    text: impl Into<RichText>,
    take_focus: bool,
) -> Response {
    ui.ctx()
        .accesskit_node_builder(dialog_id, |node| node.set_modal());
    let response = focusable_heading(ui, text.into().heading(), 1);
    if !take_focus {
        return response;
    }
    let pass = ui.ctx().cumulative_pass_nr();
    let seen_id = dialog_id.with("a11y-last-pass");
    let last: Option<u64> = ui.data(|d| d.get_temp(seen_id));
    ui.data_mut(|d| d.insert_temp(seen_id, pass));
    let newly_shown = last.is_none_or(|last| last + 1 < pass);
    if newly_shown || ui.memory(|m| m.focused().is_none()) {
        response.request_focus();
    }
    response
}

/// Draws a ring around the widget that has keyboard focus, in the theme's selection colour,
/// over everything: every control (links, tick boxes, search results, body regions) shows
/// focus the same clear way in every theme.
pub fn focus_ring(ctx: &egui::Context) {
    let Some(id) = ctx.memory(|m| m.focused()) else {
        return;
    };
    let Some(response) = ctx.read_response(id) else {
        return;
    };
    if !ctx.memory(|m| m.focused().is_some()) || response.rect.area() <= 0.0 {
        return;
    }
    // Focus that moved onto a control hidden (or half hidden) by scrolling brings it into
    // view on the next frame; a control the user scrolled away from stays where it is.
    let moved_key = egui::Id::unique("a11y-focus-last");
    let moved = ctx.data(|d| d.get_temp::<egui::Id>(moved_key)) != Some(id);
    ctx.data_mut(|d| d.insert_temp(moved_key, id));
    let hidden = response.interact_rect != response.rect;
    if moved && hidden {
        ctx.data_mut(|d| d.insert_temp(egui::Id::unique(SCROLL_TO_FOCUS), id));
        ctx.request_repaint();
    }
    // Nothing of it is visible: no ring floating over the bars around the scrolled area.
    if response.interact_rect.area() <= 0.0 {
        return;
    }
    let stroke = ctx.global_style().visuals.selection.stroke;
    let painter = ctx.layer_painter(egui::LayerId::new(
        egui::Order::Foreground,
        egui::Id::unique("a11y-focus-ring"),
    ));
    let stroke = egui::Stroke::new(stroke.width.max(2.5), stroke.color);
    if hidden {
        // Partly scrolled out: the ring stays inside what is visible of it.
        painter.with_clip_rect(response.interact_rect).rect_stroke(
            response.interact_rect,
            4.0,
            stroke,
            egui::StrokeKind::Inside,
        );
    } else {
        painter.with_clip_rect(ctx.content_rect()).rect_stroke(
            response.rect.expand(3.0),
            4.0,
            stroke,
            egui::StrokeKind::Outside,
        );
    }
}

/// The temp-memory key of "the focused control is scrolled out of view; scroll to it".
const SCROLL_TO_FOCUS: &str = "a11y-scroll-to-focus";

/// Call at the start of a frame, before any widget: when keyboard focus moved last frame onto
/// a control that scrolling hides, asks egui (through the same AccessKit "scroll into view"
/// request a screen reader sends) to scroll every area around it so it shows. egui itself does
/// not scroll to a control reached with Tab.
pub fn scroll_focus_into_view(ctx: &egui::Context) {
    let key = egui::Id::unique(SCROLL_TO_FOCUS);
    let Some(id) = ctx.data_mut(|d| {
        let id = d.get_temp::<egui::Id>(key);
        d.remove::<egui::Id>(key);
        id
    }) else {
        return;
    };
    if ctx.memory(|m| m.focused()) != Some(id) {
        return;
    }
    ctx.input_mut(|i| {
        i.events.push(egui::Event::AccessKitActionRequest(
            egui::accesskit::ActionRequest {
                action: egui::accesskit::Action::ScrollIntoView,
                target_tree: egui::accesskit::TreeId::ROOT,
                target_node: id.accesskit_id(),
                data: None,
            },
        ));
    });
}
