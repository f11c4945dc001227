//! The frame around every screen: navigation bar, banners, the current screen, the welcome.

use egui::{Key, KeyboardShortcut, Modifiers, RichText};

use crate::app::{AnkleBackApp, Banner, Intent};
use crate::route::{Place, Route};
use crate::ui::theme::Palette;

/// Draws the whole window and returns what the user asked for.
pub fn shell_ui(ui: &mut egui::Ui, app: &AnkleBackApp) -> Vec<Intent> {
    let mut intents = Vec::new();
    intents.extend(shortcut_intents(ui.ctx()));

    egui::Panel::top("navigation").show(ui, |ui| {
        ui.add_space(4.0);
        ui.horizontal_wrapped(|ui| {
            ui.label(
                RichText::new("AnkleBack")
                    .strong()
                    .size(ui.text_style_height(&egui::TextStyle::Heading) * 0.8),
            );
            ui.add_space(12.0);
            intents.extend(nav_ui(ui, app.route.place()));
        });
        ui.add_space(4.0);
    });

    if !app.banners.is_empty() {
        egui::Panel::top("banners").show(ui, |ui| {
            intents.extend(banners_ui(
                ui,
                &app.banners,
                Palette::of(app.settings.theme),
            ));
        });
    }

    egui::CentralPanel::default().show(ui, |ui| {
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

    if app.settings.needs_welcome() {
        intents.extend(crate::ui::welcome::welcome_ui(ui.ctx()));
    }
    intents
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

/// Ctrl+1 … Ctrl+5 go to the five places.
fn shortcut_intents(ctx: &egui::Context) -> Option<Intent> {
    const DIGITS: [Key; 5] = [Key::Num1, Key::Num2, Key::Num3, Key::Num4, Key::Num5];
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
fn nav_ui(ui: &mut egui::Ui, current: Place) -> Option<Intent> {
    let mut intent = None;
    for place in Place::ALL {
        let response = ui
            .add(egui::Button::selectable(place == current, place.label()))
            .on_hover_text(format!("Ctrl+{}", place.shortcut_digit()));
        if response.clicked() {
            intent = Some(Intent::Navigate(Route::from_place(place)));
        }
    }
    intent
}

fn banners_ui(ui: &mut egui::Ui, banners: &[Banner], palette: Palette) -> Option<Intent> {
    let mut intent = None;
    for (index, banner) in banners.iter().enumerate() {
        ui.horizontal_wrapped(|ui| {
            let text = RichText::new(&banner.message);
            let text = if banner.is_warning {
                text.color(palette.warning_text)
            } else {
                text
            };
            if ui.button("Dismiss").clicked() {
                intent = Some(Intent::DismissBanner(index));
            }
            ui.label(text);
        });
    }
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
            };
            crate::ui::body_map::body_map_ui(ui, &input)
        }
        Route::Learn { article } => crate::ui::learn::learn_ui(ui, app, article.as_deref()),
        Route::SelfCheck => crate::ui::self_check::self_check_ui(ui, app),
        Route::Progress => crate::ui::progress::progress_ui(ui, app),
        Route::Settings => crate::ui::settings::settings_ui(ui, app)
            .into_iter()
            .collect(),
    }
}
