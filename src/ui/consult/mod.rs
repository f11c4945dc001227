//! Consult mode: full screen, a story told step by step over a large picture that the
//! clinician can draw on. Large controls at a consult scale of their own (from the screen
//! size, not the text-size setting); keys for presentation clickers; every mark listed in
//! words. Draws [`crate::consult::ConsultState`] and returns intents.

pub mod canvas;

use egui::{Key, Modifiers, RichText, Sense, TextStyle, vec2};

use crate::app::AnkleBackApp;
use crate::body::Leg;
use crate::consult::drawing::{Ink, Tool, describe};
use crate::consult::picture::ROOTS;
use crate::consult::saved::SaveTarget;
use crate::consult::{ConsultState, ConsultVerb};
use crate::content::stories::Story;
use crate::intent::Intent;
use crate::settings::ReadingLevel;
use crate::ui::theme::Palette;

/// The consult scale for a screen of this size: 1 at 1024×600, growing with the screen,
/// never below 1 (labels stay large on a netbook) and at most 1.8.
pub fn consult_scale(size: egui::Vec2) -> f32 {
    (size.x / 1024.0).min(size.y / 600.0).clamp(1.0, 1.8)
}

/// Text and control sizes for consult mode, whatever the text-size setting says.
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

fn verb(verb: ConsultVerb) -> Intent {
    Intent::Consult(verb)
}

/// The whole consult screen.
pub fn consult_ui(ui: &mut egui::Ui, app: &AnkleBackApp) -> Vec<Intent> {
    let state = &app.consult;
    let mut intents = key_intents(ui.ctx(), state);
    let scale = consult_scale(ui.available_size());
    apply_scale(ui, scale);
    let palette = Palette::of(app.settings.theme);
    let stories = &app.content.stories;
    let level = state.level(app.settings.reading_level);

    let (Some(story), Some(step), Some(picture)) = (
        state.current_story(stories),
        state.current_step(stories),
        state.picture(stories),
    ) else {
        ui.heading("Consult mode");
        ui.label("This content has no stories (content/stories.ron).");
        if ui.button("Leave consult mode (Esc)").clicked() {
            intents.push(verb(ConsultVerb::Leave));
        }
        return intents;
    };

    top_bar_ui(ui, &mut intents, stories, state);
    let step_count = story.steps.len();
    progress_ui(ui, &mut intents, state.step, step_count, palette);

    let Some(diagram) = app.pictures.diagram(&picture.space) else {
        ui.label("The body drawing could not be loaded.");
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
                Some(d) => describe(index + 1, mark, d, names),
                None => format!("Mark {}", index + 1),
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
            description: format!(
                "Picture: {}{}. Highlighted: {}.",
                diagram.name,
                match (picture.space.two_legs, picture.space.leg) {
                    (true, _) => String::new(),
                    (false, leg) => format!(", {}", leg.label().to_lowercase()),
                },
                if highlighted.is_empty() {
                    "nothing".to_owned()
                } else {
                    highlighted.join(", ")
                }
            ),
        };
        intents.extend(canvas::canvas_ui(ui, &input, canvas_size));
        ui.vertical(|ui| {
            ui.set_width(side_width);
            egui::ScrollArea::vertical()
                .id_salt("consult-side")
                .max_height(canvas_size.y)
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    caption_ui(ui, &mut intents, app, step, level);
                    ui.separator();
                    drawing_tools_ui(ui, &mut intents, state, palette);
                    marks_ui(ui, &mut intents, &descriptions);
                    ui.separator();
                    show_one_thing_ui(ui, &mut intents, state, step, &picture, &names);
                    ui.separator();
                    patient_ui(ui, &mut intents, app);
                });
        });
    });
    ui.horizontal(|ui| {
        let size = vec2(220.0 * scale, 40.0 * scale);
        let previous = ui.add_enabled(
            state.step > 0,
            egui::Button::new("‹ Previous").min_size(size),
        );
        if previous.on_hover_text("← or Page Up").clicked() {
            intents.push(verb(ConsultVerb::Previous));
        }
        let next = ui.add_enabled(
            state.step + 1 < step_count,
            egui::Button::new("Next ›").min_size(size),
        );
        if next.on_hover_text("→, Page Down or Space").clicked() {
            intents.push(verb(ConsultVerb::Next));
        }
        ui.label(format!("Step {} of {step_count}", state.step + 1));
    });
    intents
}

fn top_bar_ui(
    ui: &mut egui::Ui,
    intents: &mut Vec<Intent>,
    stories: &[Story],
    state: &ConsultState,
) {
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new("Consult").strong());
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
            .button("Leave consult mode (Esc)")
            .on_hover_text("Esc")
            .clicked()
        {
            intents.push(verb(ConsultVerb::Leave));
        }
    });
}

/// "Step 2 of 5" and a strip with one segment per step, the steps so far filled.
fn progress_ui(
    ui: &mut egui::Ui,
    _intents: &mut [Intent],
    step: usize,
    count: usize,
    palette: Palette,
) {
    let height = 8.0 * consult_scale(ui.ctx().content_rect().size());
    let (rect, response) =
        ui.allocate_exact_size(vec2(ui.available_width(), height), Sense::hover());
    let label = format!("Progress: step {} of {count}", step + 1);
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

fn caption_ui(
    ui: &mut egui::Ui,
    intents: &mut Vec<Intent>,
    app: &AnkleBackApp,
    step: &crate::content::stories::Step,
    level: ReadingLevel,
) {
    let state = &app.consult;
    if let Some(chosen) =
        crate::ui::widgets::words_switch_ui(ui, "Words:", level, app.settings.reading_level)
    {
        intents.push(verb(ConsultVerb::SetLevel(chosen)));
    }
    let caption = step.caption(level);
    let size = ui.text_style_height(&TextStyle::Heading);
    // The caption is a live region: screen readers read it each time the step changes.
    let response = ui.push_id(("caption", state.step_changes), |ui| {
        ui.label(RichText::new(caption).size(size))
    });
    let id = response.inner.id;
    ui.ctx().accesskit_node_builder(id, |node| {
        node.set_live(egui::accesskit::Live::Polite);
    });
    if !step.signs.is_empty() {
        crate::ui::warnings::warning_signs_ui(
            ui,
            crate::ui::warnings::WarningStyle {
                content: &app.content,
                level,
                emergency_number: &app.settings.emergency_number,
                palette: Palette::of(app.settings.theme),
            },
            &step.signs,
        );
    }
    // check-content has made sure the link points at a section.
    if ui
        .link(format!("Read: {}", app.content.link_title(&step.link)))
        .clicked()
    {
        intents.push(Intent::open(&step.link));
    }
    ui.label(RichText::new(crate::notice::NOTICE_TITLE).small().strong());
}

fn show_one_thing_ui(
    ui: &mut egui::Ui,
    intents: &mut Vec<Intent>,
    state: &ConsultState,
    step: &crate::content::stories::Step,
    picture: &crate::consult::picture::Picture,
    names: &dyn Fn(&str) -> String,
) {
    ui.label(RichText::new("Show").strong());
    ui.horizontal_wrapped(|ui| {
        let space = &picture.space;
        for (view, name) in [("side", "Side view"), ("back", "Back view")] {
            if ui
                .add(egui::Button::selectable(
                    !space.two_legs && space.view == view,
                    name,
                ))
                .clicked()
            {
                intents.push(verb(ConsultVerb::ShowView {
                    view: view.to_owned(),
                    leg: space.leg,
                }));
            }
        }
        if ui
            .add(egui::Button::selectable(space.two_legs, "Both legs"))
            .clicked()
        {
            intents.push(verb(ConsultVerb::TwoLegs(!space.two_legs)));
        }
        for leg in [Leg::Right, Leg::Left] {
            if ui
                .add(egui::Button::selectable(space.leg == leg, leg.label()))
                .clicked()
                && space.leg != leg
            {
                if space.two_legs {
                    // In the two-legged picture the leg is the sore one (highlights, pathways).
                    intents.push(verb(ConsultVerb::ShowView {
                        view: space.view.clone(),
                        leg,
                    }));
                    intents.push(verb(ConsultVerb::TwoLegs(true)));
                } else {
                    intents.push(verb(ConsultVerb::ShowView {
                        view: space.view.clone(),
                        leg,
                    }));
                }
            }
        }
    });
    ui.horizontal_wrapped(|ui| {
        ui.label("One nerve root:");
        for (root, _) in ROOTS {
            let on = state.changes.root.as_deref() == Some(root);
            if ui.add(egui::Button::selectable(on, root)).clicked() {
                intents.push(verb(ConsultVerb::OneRoot((!on).then(|| root.to_owned()))));
            }
        }
    });
    if !step.regions.is_empty() {
        ui.horizontal_wrapped(|ui| {
            ui.label("Only:");
            for region in &step.regions {
                let on = state.changes.isolated.as_deref() == Some(region.as_str());
                let name = names(region);
                if ui
                    .add(egui::Button::selectable(on, name))
                    .on_hover_text("Hide the rest of the body")
                    .clicked()
                {
                    intents.push(verb(ConsultVerb::Isolate((!on).then(|| region.clone()))));
                }
            }
        });
    }
    let changed =
        state.changes != Default::default() || state.zoom != 1.0 || state.pan != [0.0, 0.0];
    if changed && ui.button("As the step shows it").clicked() {
        intents.push(verb(ConsultVerb::Isolate(None)));
        intents.push(verb(ConsultVerb::OneRoot(None)));
        intents.push(verb(ConsultVerb::ResetZoom));
        intents.push(verb(ConsultVerb::ShowView {
            view: step.view.clone(),
            leg: step.leg,
        }));
        if step.two_legs {
            intents.push(verb(ConsultVerb::TwoLegs(true)));
        }
    }
}

fn drawing_tools_ui(
    ui: &mut egui::Ui,
    intents: &mut Vec<Intent>,
    state: &ConsultState,
    palette: Palette,
) {
    ui.label(RichText::new("Draw").strong());
    ui.horizontal_wrapped(|ui| {
        for tool in Tool::ALL {
            if ui
                .add(egui::Button::selectable(state.tool == tool, tool.label()))
                .clicked()
            {
                intents.push(verb(ConsultVerb::SetTool(tool)));
            }
        }
    });
    ui.horizontal_wrapped(|ui| {
        for ink in Ink::ALL {
            let colour = palette.ink[ink.index()];
            let label = format!("Ink {}", ink.index() + 1);
            let button = egui::Button::selectable(
                state.ink == ink,
                RichText::new(&label).strong().color(colour),
            );
            let response = ui.add(button);
            response.widget_info(|| {
                egui::WidgetInfo::selected(egui::Role::Button, true, state.ink == ink, &label)
            });
            if response.clicked() {
                intents.push(verb(ConsultVerb::SetInk(ink)));
            }
        }
        let zoom_in = ui.button("Zoom in");
        if zoom_in.clicked() {
            intents.push(verb(ConsultVerb::SetZoomPan {
                zoom: state.zoom * 1.25,
                pan: state.pan,
            }));
        }
        if ui.button("Zoom out").clicked() {
            intents.push(verb(ConsultVerb::SetZoomPan {
                zoom: state.zoom * 0.8,
                pan: state.pan,
            }));
        }
    });
    ui.horizontal_wrapped(|ui| {
        if ui
            .add_enabled(state.drawing.can_undo(), egui::Button::new("Undo"))
            .clicked()
        {
            intents.push(verb(ConsultVerb::Undo));
        }
        if ui
            .add_enabled(
                !state.drawing.marks().is_empty(),
                egui::Button::new("Clear drawing"),
            )
            .clicked()
        {
            intents.push(verb(ConsultVerb::Clear));
        }
    });
}

/// Every mark in words, with a button to delete it; marks of other pictures say so.
fn marks_ui(ui: &mut egui::Ui, intents: &mut Vec<Intent>, descriptions: &[(usize, String, bool)]) {
    if descriptions.is_empty() {
        ui.label(
            RichText::new("No marks yet: choose Pen, Arrow or Circle and drag on the picture.")
                .small(),
        );
        return;
    }
    // One line of text, then its button: a wrapped row would split the text for screen
    // readers.
    for (index, text, here) in descriptions {
        let label = if *here {
            text.clone()
        } else {
            format!("{text} (another view)")
        };
        ui.label(label);
        if ui
            .small_button(format!("Delete mark {}", index + 1))
            .clicked()
        {
            intents.push(verb(ConsultVerb::DeleteMark(*index)));
        }
    }
}

fn patient_ui(ui: &mut egui::Ui, intents: &mut Vec<Intent>, app: &AnkleBackApp) {
    let state = &app.consult;
    let record = &state.record;
    let saved = match &state.saved_to {
        Some(name) => format!("Saved to {name}'s profile."),
        None => "Nothing is saved unless you choose to.".to_owned(),
    };
    ui.label(
        RichText::new(format!(
            "Shown so far: {} steps, {} article sections, {} marks. {saved}",
            record.steps.len(),
            record.sections.len(),
            state.drawing.marks().len()
        ))
        .small(),
    );
    if state.asking_save {
        save_choice_ui(ui, intents, app);
    } else if ui
        .add_enabled(
            !record.is_empty(),
            egui::Button::new("Save to a patient profile…"),
        )
        .clicked()
    {
        intents.push(verb(ConsultVerb::AskSave));
    }
    if state.asking_new_patient {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.label("Clear the drawing and the record of what was shown, for the next patient?");
            ui.horizontal(|ui| {
                if ui.button("Clear for a new patient").clicked() {
                    intents.push(verb(ConsultVerb::NewPatient));
                }
                if ui.button("Keep").clicked() {
                    intents.push(verb(ConsultVerb::CancelNewPatient));
                }
            });
        });
    } else if ui.button("New patient…").clicked() {
        intents.push(verb(ConsultVerb::AskNewPatient));
    }
}

/// Which profile gets the record of this consult: another one that exists, or a new one
/// (named here; the clinician stays on their own profile).
fn save_choice_ui(ui: &mut egui::Ui, intents: &mut Vec<Intent>, app: &AnkleBackApp) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.label("Save the steps, sections and marks shown to which patient profile?");
        let others: Vec<_> = app
            .profiles
            .list
            .iter()
            .filter(|p| app.profile.is_none() || p.id != app.profiles.active)
            .collect();
        ui.horizontal_wrapped(|ui| {
            for entry in others {
                if ui.button(format!("Save to {}", entry.name)).clicked() {
                    intents.push(verb(ConsultVerb::SaveTo(SaveTarget::Existing(
                        entry.id.clone(),
                    ))));
                }
            }
        });
        let draft_id = egui::Id::unique("consult-new-profile-name");
        let mut name: String = ui.data(|d| d.get_temp(draft_id)).unwrap_or_default();
        ui.horizontal_wrapped(|ui| {
            ui.label("New profile:");
            let field = ui.add(
                egui::TextEdit::singleline(&mut name)
                    .hint_text("Patient's name")
                    .desired_width(220.0),
            );
            field.widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::TextInput, true, "New patient profile name")
            });
            let enter = field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
            let button = ui.add_enabled(
                !name.trim().is_empty(),
                egui::Button::new("Save to a new profile"),
            );
            if (button.clicked() || enter) && !name.trim().is_empty() {
                intents.push(verb(ConsultVerb::SaveTo(SaveTarget::New(
                    name.trim().to_owned(),
                ))));
                name.clear();
            }
        });
        ui.data_mut(|d| d.insert_temp(draft_id, name));
        if ui.button("Cancel").clicked() {
            intents.push(verb(ConsultVerb::CancelSave));
        }
    });
}
