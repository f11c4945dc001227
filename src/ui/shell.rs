//! The frame around every screen: navigation bar, banners, the current screen, the welcome.

use egui::{Key, KeyboardShortcut, Modifiers, RichText};

use crate::app::{AnkleBackApp, Banner};
use crate::intent::Intent;
use crate::route::{Place, Route};
use crate::ui::theme::Palette;

/// Draws the whole window and returns what the user asked for.
pub fn shell_ui(ui: &mut egui::Ui, app: &AnkleBackApp) -> Vec<Intent> {
    let mut intents = Vec::new();
    crate::ui::a11y::scroll_focus_into_view(ui.ctx());
    intents.extend(shortcut_intents(ui.ctx()));
    if app.route == Route::Consult {
        // Full screen, no navigation bar: the picture takes the room.
        egui::CentralPanel::default().show(ui, |ui| {
            intents.extend(crate::ui::consult::consult_ui(ui, app));
        });
        if let Some(prompt) = &app.close_prompt {
            intents.extend(crate::ui::welcome::close_prompt_ui(ui.ctx(), app, prompt));
        }
        return intents;
    }

    // A new screen (or a dialog closing) moves focus to the screen's heading.
    let dialog = if app.close_prompt.is_some() {
        "close"
    } else if app.pin_prompt.is_some() {
        "pin"
    } else if app.profile.is_none() {
        "profiles"
    } else if app.settings.needs_welcome() {
        "welcome"
    } else {
        ""
    };
    crate::ui::a11y::note_screen(
        ui.ctx(),
        &format!("{}|{:?}|{dialog}", app.history.arrivals(), app.route),
        !dialog.is_empty(),
    );

    let navigation = egui::Panel::top("navigation").show(ui, |ui| {
        ui.add_space(4.0);
        let places = app.t("toolbar-places");
        crate::ui::a11y::group(ui, egui::accesskit::Role::Navigation, places, |ui| {
            // On a small screen or with large text the bar wraps onto more lines.
            ui.horizontal_wrapped(|ui| {
                ui.label(
                    RichText::new("AnkleBack") // i18n-ok: the app's name
                        .strong()
                        .size(ui.text_style_height(&egui::TextStyle::Heading) * 0.8),
                );
                ui.add_space(12.0);
                let back = ui
                    .add_enabled(
                        app.history.can_go_back(),
                        egui::Button::new(app.t("toolbar-back")),
                    )
                    .on_hover_text(app.t("toolbar-back-key"));
                if back.clicked() {
                    intents.push(Intent::Back);
                }
                intents.extend(nav_ui(ui, app));
                ui.add_space(12.0);
                person_ui(ui, app);
            });
        });
        ui.add_space(4.0);
    });

    if !app.banners.is_empty() {
        intents.extend(banners_ui(
            ui.ctx(),
            navigation.response.rect.bottom() + 4.0,
            &app.banners,
            Palette::of(app.settings.theme),
            app.t("banner-dismiss"),
        ));
    }

    egui::CentralPanel::default().show(ui, |ui| {
        let main = egui::accesskit::Role::Main;
        // Named apart from the place's button, so the two are told apart by name.
        let screen = app.t(app.route.place().message_id());
        let name = app.tf("toolbar-main", &[("screen", screen.into())]);
        crate::ui::a11y::group(ui, main, &name, |ui| {
            if app.route == Route::BodyMap {
                // The body map fills the window; it zooms and pans instead of scrolling.
                intents.extend(screen_ui(ui, app));
            } else {
                egui::ScrollArea::vertical()
                    .auto_shrink([false, false])
                    .show(ui, |ui| {
                        keyboard_scroll(ui);
                        intents.extend(screen_ui(ui, app));
                    });
            }
        });
    });

    if let Some(prompt) = &app.close_prompt {
        intents.extend(crate::ui::welcome::close_prompt_ui(ui.ctx(), app, prompt));
    } else if let Some(id) = &app.pin_prompt {
        intents.extend(crate::ui::welcome::pin_prompt_ui(ui.ctx(), app, id));
    } else if app.profile.is_none() {
        intents.extend(crate::ui::welcome::profile_chooser_ui(ui.ctx(), app));
    } else if app.settings.needs_welcome() {
        intents.extend(crate::ui::welcome::welcome_ui(ui.ctx(), app));
    }
    crate::ui::a11y::focus_ring(ui.ctx());
    intents
}

/// Who is using the app, and a lasting "Read-only" badge in a copy that cannot save.
fn person_ui(ui: &mut egui::Ui, app: &AnkleBackApp) {
    let palette = Palette::of(app.settings.theme);
    if let Some(name) = app.active_name() {
        let text = app.tf("toolbar-profile", &[("name", name.into())]);
        let response = ui.label(RichText::new(&text).strong());
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &text));
    }
    if app.read_only {
        egui::Frame::new()
            .fill(palette.warning_fill)
            .stroke(egui::Stroke::new(1.0, palette.warning_text))
            .corner_radius(4.0)
            .inner_margin(egui::Margin::symmetric(6, 2))
            .show(ui, |ui| {
                ui.label(
                    RichText::new(app.t("toolbar-read-only"))
                        .strong()
                        .color(palette.warning_text),
                )
                .on_hover_text(app.t(crate::app::READ_ONLY_WHY));
            });
    }
}

/// Page Up / Page Down (and Ctrl+Home / Ctrl+End) scroll the screen, for keyboard users.
fn keyboard_scroll(ui: &mut egui::Ui) {
    let page = ui.clip_rect().height() * 0.85;
    let (up, down, top, bottom) = ui.input(|i| {
        (
            i.key_pressed(Key::PageUp),
            i.key_pressed(Key::PageDown),
            i.modifiers.command && i.key_pressed(Key::Home),
            i.modifiers.command && i.key_pressed(Key::End),
        )
    });
    let delta = match (up, down, top, bottom) {
        (true, ..) => page,
        (_, true, ..) => -page,
        (_, _, true, _) => f32::MAX / 4.0,
        (.., true) => -f32::MAX / 4.0,
        _ => return,
    };
    ui.scroll_with_delta(egui::vec2(0.0, delta));
    // The scroll area moves at the end of this frame: draw once more to show it.
    ui.ctx().request_repaint();
}

/// Ctrl+1 … Ctrl+5 go to the five places; Ctrl+Shift+R stops reading aloud; Alt+Left and
/// the mouse's back button go back
/// (Alt+Left only while no text field has the keyboard: there it moves by words).
fn shortcut_intents(ctx: &egui::Context) -> Option<Intent> {
    const DIGITS: [Key; 5] = [Key::Num1, Key::Num2, Key::Num3, Key::Num4, Key::Num5];
    let typing = ctx.text_edit_focused();
    let back = ctx.input_mut(|input| {
        let alt_left = !typing
            && input.consume_shortcut(&KeyboardShortcut::new(Modifiers::ALT, Key::ArrowLeft));
        alt_left || input.pointer.button_pressed(egui::PointerButton::Extra1)
    });
    if back {
        return Some(Intent::Back);
    }
    // F5 starts consult mode (as presentation programs start a slide show).
    if ctx.input_mut(|input| input.consume_key(Modifiers::NONE, Key::F5)) {
        return Some(Intent::Consult(crate::consult::ConsultVerb::Enter(None)));
    }
    // Ctrl+Shift+R stops reading aloud, wherever the reading was started.
    let stop_reading = ctx.input_mut(|input| {
        input.consume_shortcut(&KeyboardShortcut::new(
            Modifiers::COMMAND | Modifiers::SHIFT,
            Key::R,
        ))
    });
    if stop_reading {
        return Some(Intent::StopReading);
    }
    ctx.input_mut(|input| {
        Place::ALL.into_iter().find_map(|place| {
            let key = DIGITS[usize::from(place.shortcut_digit() - 1)];
            input
                .consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, key))
                .then(|| Intent::Navigate(Route::from_place(place)))
        })
    })
}

/// The navigation bar: one button per place, the current one selected.
fn nav_ui(ui: &mut egui::Ui, app: &AnkleBackApp) -> Option<Intent> {
    let current = app.route.place();
    let mut intent = None;
    for place in Place::ALL {
        let response = ui
            .add(egui::Button::selectable(
                place == current,
                app.t(place.message_id()),
            ))
            .on_hover_text(app.tf(
                "toolbar-shortcut",
                &[("digit", place.shortcut_digit().into())],
            ));
        if response.clicked() {
            intent = Some(Intent::Navigate(Route::from_place(place)));
        }
    }
    intent
}

/// Banners float over the top of the page, so they never push it down under the pointer.
fn banners_ui(
    ctx: &egui::Context,
    top: f32,
    banners: &[Banner],
    palette: Palette,
    dismiss: &str,
) -> Option<Intent> {
    let mut intent = None;
    egui::Area::new(egui::Id::unique("banners"))
        .order(egui::Order::Foreground)
        .anchor(egui::Align2::CENTER_TOP, [0.0, top])
        .show(ctx, |ui| {
            let width = (ui.ctx().content_rect().width() - 48.0).clamp(200.0, 900.0);
            ui.set_max_width(width);
            for (index, banner) in banners.iter().enumerate() {
                egui::Frame::popup(ui.style())
                    .fill(if banner.is_warning() {
                        palette.warning_fill
                    } else {
                        ui.visuals().window_fill
                    })
                    .show(ui, |ui| {
                        ui.set_width(width);
                        ui.horizontal_wrapped(|ui| {
                            let text = RichText::new(&banner.message);
                            let text = if banner.is_warning() {
                                text.color(palette.warning_text)
                            } else {
                                text
                            };
                            if ui.button(dismiss).clicked() {
                                intent = Some(Intent::DismissBanner(index));
                            }
                            ui.label(text);
                        });
                    });
            }
        });
    intent
}

fn screen_ui(ui: &mut egui::Ui, app: &AnkleBackApp) -> Vec<Intent> {
    match &app.route {
        Route::BodyMap => {
            let input = crate::ui::body_map::BodyMapInput {
                state: &app.body_map,
                diagrams: &app.diagrams,
                mirrored: &app.mirrored,
                content: &app.content,
                settings: &app.settings,
                reading: &app.reading,
                messages: &app.messages,
            };
            crate::ui::body_map::body_map_ui(ui, &input)
        }
        Route::Learn { article, section } => {
            crate::ui::learn::learn_ui(ui, app, article.as_deref(), section.as_deref())
        }
        Route::SelfCheck => crate::ui::self_check::self_check_ui(ui, app),
        Route::Progress => crate::ui::progress::progress_ui(ui, app),
        Route::Settings => crate::ui::settings::settings_ui(ui, app)
            .into_iter()
            .collect(),
        Route::Consult => crate::ui::consult::consult_ui(ui, app),
    }
}
