//! Consult mode: full screen, a story told step by step over a large picture that the
//! clinician can draw on. Large controls at a consult scale of their own (from the screen
//! size, not the text-size setting); keys for presentation clickers; every mark listed in
//! words. Draws [`crate::consult::ConsultState`] and returns intents.

pub mod canvas;
mod patient;
mod side;

use egui::{Key, Modifiers, RichText, Sense, TextStyle, vec2};

use crate::app::AnkleBackApp;
use crate::body::Leg;
use crate::consult::ConsultState;
use crate::consult::ConsultVerb;
use crate::consult::drawing::{Space, describe, unplaced};
use crate::content::stories::Story;
use crate::intent::Intent;
use crate::ui::theme::Palette;

/// The consult scale for a screen of this size: 1 at 1024×600, growing with the screen,
/// never below 1 (labels stay large on a netbook) and at most 1.8.
pub fn consult_scale(size: egui::Vec2) -> f32 {
    (size.x / 1024.0).min(size.y / 600.0).clamp(1.0, 1.8)
}

/// Text and control sizes for consult mode at `scale` (the consult scale, or the person's
/// text size when that is larger).
fn apply_scale(ui: &mut egui::Ui, scale: f32) {
    let style = ui.style_mut();
    for (text_style, size) in [
        (TextStyle::Small, 14.0),
        (TextStyle::Body, 18.0),
        (TextStyle::Button, 18.0),
        (TextStyle::Monospace, 16.0),
        (TextStyle::Heading, 24.0),
    ] {
        if let Some(font) = style.text_styles.get_mut(&text_style) {
            font.size = size * scale;
        }
    }
    style.spacing.button_padding = vec2(10.0, 5.0) * scale;
    style.spacing.item_spacing = vec2(8.0, 6.0) * scale;
    style.spacing.interact_size = vec2(40.0, 28.0) * scale;
}

/// Keys that presentation clickers send, and Esc. Consumed before any widget sees them, so
/// Space steps on rather than pressing the focused button.
fn key_intents(ctx: &egui::Context, state: &ConsultState) -> Vec<Intent> {
    if ctx.text_edit_focused() {
        return Vec::new();
    }
    let mut verbs = Vec::new();
    ctx.input_mut(|input| {
        if input.consume_key(Modifiers::NONE, Key::Escape) {
            verbs.push(if state.asking_new_patient {
                ConsultVerb::CancelNewPatient
            } else {
                ConsultVerb::Leave
            });
        }
        for key in [Key::ArrowRight, Key::PageDown, Key::Space] {
            if input.consume_key(Modifiers::NONE, key) {
                verbs.push(ConsultVerb::Next);
            }
        }
        for key in [Key::ArrowLeft, Key::PageUp] {
            if input.consume_key(Modifiers::NONE, key) {
                verbs.push(ConsultVerb::Previous);
            }
        }
    });
    verbs.into_iter().map(Intent::Consult).collect()
}

pub(super) fn verb(verb: ConsultVerb) -> Intent {
    Intent::Consult(verb)
}

/// The whole consult screen.
pub fn consult_ui(ui: &mut egui::Ui, app: &AnkleBackApp) -> Vec<Intent> {
    let state = &app.consult;
    let mut intents = key_intents(ui.ctx(), state);
    // Large for a room; with a large text size chosen, larger still, but not so large that
    // the picture has no room (consult text starts above the app's own sizes).
    let scale = consult_scale(ui.available_size()).max(0.75 * app.settings.text_scale());
    apply_scale(ui, scale);
    let palette = Palette::of(app.settings.theme);
    let stories = &app.content.stories;
    let level = state.level(app.settings.reading_level);

    let (Some(story), Some(step), Some(picture)) = (
        state.current_story(stories),
        state.current_step(stories),
        state.picture(stories),
    ) else {
        ui.heading(app.t("consult-heading"));
        ui.label(app.t("consult-no-stories"));
        if ui.button(app.t("consult-leave")).clicked() {
            intents.push(verb(ConsultVerb::Leave));
        }
        return intents;
    };

    top_bar_ui(ui, &mut intents, app, stories);
    let step_count = story.steps.len();
    progress_ui(ui, app, state.step, step_count, palette);

    let Some(diagram) = app.pictures.diagram(&picture.space) else {
        ui.label(app.t("consult-no-drawing"));
        return intents;
    };
    let names = |id: &str| {
        app.content
            .region(id)
            .map_or_else(|| id.to_owned(), |r| r.name.clone())
    };
    let descriptions: Vec<(usize, String, bool)> = state
        .drawing
        .marks()
        .iter()
        .enumerate()
        .map(|(index, mark)| {
            let text = match app.pictures.diagram(&mark.space) {
                Some(d) => describe(index + 1, mark, d, names, &app.messages),
                None => unplaced(index + 1, &app.messages),
            };
            (index, text, mark.space == picture.space)
        })
        .collect();

    let bottom_height = 48.0 * scale;
    let side_width = (ui.available_width() * 0.34).clamp(300.0, 620.0);
    let canvas_size = vec2(
        (ui.available_width() - side_width - 12.0).max(200.0),
        (ui.available_height() - bottom_height).max(200.0),
    );
    ui.horizontal_top(|ui| {
        let highlighted: Vec<String> = picture
            .highlighted
            .iter()
            .map(|id| names(id.trim_end_matches(crate::consult::drawing::LEFT_SUFFIX)))
            .collect();
        let input = canvas::CanvasInput {
            state,
            picture: &picture,
            diagram,
            palette,
            animate: picture.animate && !app.settings.reduce_motion,
            description: app.tf(
                "consult-picture",
                &[
                    ("view", space_name(app, &picture.space).into()),
                    (
                        "highlighted",
                        if highlighted.is_empty() {
                            app.t("consult-nothing").to_owned()
                        } else {
                            highlighted.join(", ")
                        }
                        .into(),
                    ),
                ],
            ),
        };
        intents.extend(canvas::canvas_ui(ui, &input, canvas_size));
        ui.vertical(|ui| {
            ui.set_width(side_width);
            egui::ScrollArea::vertical()
                // Each step opens at its caption, not where the last one was scrolled to.
                .id_salt(("consult-side", app.consult.story, app.consult.step))
                .max_height(canvas_size.y)
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    side::caption_ui(ui, &mut intents, app, step, level);
                    ui.separator();
                    side::drawing_tools_ui(ui, &mut intents, app, palette);
                    side::marks_ui(ui, &mut intents, app, &descriptions);
                    ui.separator();
                    side::show_one_thing_ui(ui, &mut intents, app, step, &picture, &names);
                    ui.separator();
                    patient::patient_ui(ui, &mut intents, app);
                });
        });
    });
    ui.horizontal(|ui| {
        let size = vec2(220.0 * scale, 40.0 * scale);
        let previous = ui.add_enabled(
            state.step > 0,
            egui::Button::new(app.t("consult-previous")).min_size(size),
        );
        if previous
            .on_hover_text(app.t("consult-previous-keys"))
            .clicked()
        {
            intents.push(verb(ConsultVerb::Previous));
        }
        let next = ui.add_enabled(
            state.step + 1 < step_count,
            egui::Button::new(app.t("consult-next")).min_size(size),
        );
        if next.on_hover_text(app.t("consult-next-keys")).clicked() {
            intents.push(verb(ConsultVerb::Next));
        }
        ui.label(app.tf(
            "consult-step",
            &[
                ("step", (state.step + 1).into()),
                ("steps", step_count.into()),
            ],
        ));
    });
    intents
}

/// The name of a picture: "Side view, right leg", "Both legs, from behind".
fn space_name(app: &AnkleBackApp, space: &Space) -> String {
    if space.two_legs {
        return app.t("consult-view-both").to_owned();
    }
    let view = match space.view.as_str() {
        "back" => app.t("consult-view-back"),
        _ => app.t("consult-view-side"),
    };
    let leg = match space.leg {
        Leg::Right => "right",
        Leg::Left => "left",
    };
    app.tf(
        "consult-view-leg",
        &[("view", view.into()), ("leg", leg.into())],
    )
}

fn top_bar_ui(ui: &mut egui::Ui, intents: &mut Vec<Intent>, app: &AnkleBackApp, stories: &[Story]) {
    let state = &app.consult;
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(app.t("consult-label")).strong());
        for (index, story) in stories.iter().enumerate() {
            if ui
                .add(egui::Button::selectable(index == state.story, &story.title))
                .clicked()
                && index != state.story
            {
                intents.push(verb(ConsultVerb::ChooseStory(index)));
            }
        }
        if ui
            .button(app.t("consult-leave"))
            .on_hover_text("Esc") // i18n-ok: the key's name
            .clicked()
        {
            intents.push(verb(ConsultVerb::Leave));
        }
    });
}

/// "Step 2 of 5" and a strip with one segment per step, the steps so far filled.
fn progress_ui(ui: &mut egui::Ui, app: &AnkleBackApp, step: usize, count: usize, palette: Palette) {
    let height = 8.0 * consult_scale(ui.ctx().content_rect().size());
    let (rect, response) =
        ui.allocate_exact_size(vec2(ui.available_width(), height), Sense::hover());
    let label = app.tf(
        "consult-progress",
        &[("step", (step + 1).into()), ("steps", count.into())],
    );
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::ProgressIndicator, true, &label));
    let gap = 4.0;
    let width = (rect.width() - gap * (count.saturating_sub(1)) as f32) / count.max(1) as f32;
    for i in 0..count {
        let x = rect.left() + i as f32 * (width + gap);
        let segment =
            egui::Rect::from_min_size(egui::pos2(x, rect.top()), vec2(width, rect.height()));
        let colour = if i <= step {
            palette.selected
        } else {
            palette.outline.gamma_multiply(0.3)
        };
        ui.painter().rect_filled(segment, 3.0, colour);
    }
    ui.add_space(4.0);
}
