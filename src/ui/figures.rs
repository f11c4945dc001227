//! Teaching drawings: with self-check questions (`figure: Some("…")`) and inside articles
//! (`Figure { figure: "…", caption, alt }`). What each draws and says is content
//! (`content/figures.ron`, [`crate::content::figures`]): a body figure is painted from the body
//! map's own geometry and painter ([`crate::ui::body_paint::paint_body`]), cropped to the part
//! that teaches, with callouts in the UI's text size; the foot figure shows lettered points on
//! the foot's two sides with a legend. Every drawing carries its text alternative as its
//! accessible label, and its caption is shown under it.

use std::collections::BTreeSet;
use std::sync::Arc;

use egui::emath::RectTransform;
use egui::{Color32, Pos2, Rect, RichText, Sense, Shape, Stroke, pos2, vec2};

use crate::body::diagram::Diagram;
use crate::content::Content;
use crate::content::figures::{Callout, FigureDrawing, FigureInfo, Ink, Side, Zone};
use crate::messages::Messages;
use crate::settings::ReadingLevel;
use crate::ui::body_paint::{BodyScene, paint_body};
use crate::ui::theme::Palette;

/// What a figure needs besides its id and words.
pub struct FigureInput<'a> {
    /// The body views (right leg).
    pub diagrams: &'a [Diagram],
    /// The figures, region names.
    pub content: &'a Content,
    /// Colours.
    pub palette: Palette,
    /// Reading level of the article.
    pub level: ReadingLevel,
    /// The user's text size (1–2).
    pub text_scale: f32,
    /// The UI's words (bodymap.ftl).
    pub messages: &'a Messages,
}

impl FigureInput<'_> {
    fn words<'a>(&self, callout: &'a Callout) -> &'a str {
        match self.level {
            ReadingLevel::Patient => &callout.patient,
            ReadingLevel::Clinician => &callout.clinician,
        }
    }

    fn ink(&self, ink: Ink) -> Color32 {
        match ink {
            Ink::Text => self.palette.label,
            Ink::Highlight => self.palette.selected,
            Ink::Warning => self.palette.warning_text,
            Ink::Root3 => self.palette.roots[2],
        }
    }
}

/// An article figure: the drawing (named for screen readers by `alt`), then its caption.
pub fn article_figure_ui(
    ui: &mut egui::Ui,
    id: &str,
    caption: &str,
    alt: &str,
    input: &FigureInput<'_>,
) {
    let palette = input.palette;
    egui::Frame::new()
        .fill(palette.note_fill)
        .stroke(Stroke::new(1.0, palette.outline))
        .corner_radius(6.0)
        .inner_margin(10.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            figure_ui(ui, id, alt, input);
            ui.add_space(4.0);
            let caption = input
                .messages
                .with("figure-caption", &[("caption", caption.into())]);
            ui.label(RichText::new(caption).italics());
        });
}

/// Draws a figure by its content id, named `alt` for screen readers (a foot figure names each
/// side itself and lists its points in words); an unknown id draws `alt` as text (the
/// validator rejects unknown ids).
pub fn figure_ui(ui: &mut egui::Ui, id: &str, alt: &str, input: &FigureInput<'_>) {
    let Some(figure) = input.content.figure(id) else {
        ui.label(alt);
        return;
    };
    match &figure.drawing {
        FigureDrawing::FootSides => foot_sides_ui(ui, figure, input),
        FigureDrawing::Body { .. } => body_figure_ui(ui, figure, alt, input),
    }
}

/// A self-check question's figure, in the app's content, colours, words and text size.
pub fn question_figure_ui(
    ui: &mut egui::Ui,
    app: &crate::app::AnkleBackApp,
    id: &str,
    level: ReadingLevel,
) {
    let input = FigureInput {
        diagrams: &app.diagrams,
        content: &app.content,
        palette: Palette::of(app.settings.theme),
        level,
        text_scale: app.settings.text_scale(),
        messages: &app.messages,
    };
    figure_ui(ui, id, id, &input);
}

/// A figure's body view: the view with only the figure's pathway parts, kept once per UI.
fn figure_view(ui: &egui::Ui, figure: &FigureInfo, diagrams: &[Diagram]) -> Option<Arc<Diagram>> {
    let FigureDrawing::Body {
        view,
        pathway,
        parts,
        ..
    } = &figure.drawing
    else {
        return None;
    };
    let id = egui::Id::unique(("figure-view", &figure.id));
    if let Some(diagram) = ui.data(|d| d.get_temp::<Arc<Diagram>>(id)) {
        return Some(diagram);
    }
    let mut diagram = diagrams.iter().find(|d| &d.id == view)?.clone();
    diagram.pathways.retain(|p| {
        Some(&p.pathway) == pathway.as_ref() && (parts.is_empty() || parts.contains(&p.part))
    });
    let diagram = Arc::new(diagram);
    ui.data_mut(|d| d.insert_temp(id, diagram.clone()));
    Some(diagram)
}

/// A cropped body view on the left, callouts in a column on the right. The drawing's height
/// follows the text size; the callouts use the body text size and never overlap.
fn body_figure_ui(ui: &mut egui::Ui, figure: &FigureInfo, alt: &str, input: &FigureInput<'_>) {
    let FigureDrawing::Body {
        crop,
        height,
        highlight,
        pathway,
        zone,
        ..
    } = &figure.drawing
    else {
        return;
    };
    let Some(diagram) = figure_view(ui, figure, input.diagrams) else {
        ui.label(alt);
        return;
    };
    let palette = input.palette;
    let highlighted: BTreeSet<String> = highlight.iter().cloned().collect();
    let overlays: BTreeSet<String> = pathway.iter().cloned().collect();
    let scene = BodyScene {
        diagram: &diagram,
        selected: None,
        highlighted: &highlighted,
        hovered: &[],
        overlays: &overlays,
        labels: None,
        palette,
        time: 0.0,
        animate: false,
        text_scale: input.text_scale,
        isolated: None,
        full_parts: &[],
        line_weight: 1.0,
    };
    let crop = Rect::from_min_max(pos2(crop.0, crop.1), pos2(crop.2, crop.3));
    let height = (height * input.text_scale).min(height * 1.75);

    let font = egui::TextStyle::Body.resolve(ui.style());
    let available = ui.available_width();
    let mut draw_height = height;
    let mut draw_width = draw_height * crop.aspect_ratio();
    if draw_width > available * 0.45 {
        draw_width = available * 0.45;
        draw_height = draw_width / crop.aspect_ratio();
    }
    let gap = 24.0;
    let column = (available - draw_width - gap).max(80.0);
    let galleys: Vec<_> = figure
        .callouts
        .iter()
        .map(|c| {
            let text = input.words(c).to_owned();
            ui.fonts_mut(|f| f.layout(text, font.clone(), input.ink(c.ink), column))
        })
        .collect();
    let spacing = font.size * 0.5;
    let needed: f32 = galleys.iter().map(|g| g.size().y + spacing).sum();
    let size = vec2(available, draw_height.max(needed));
    let (response, painter) = ui.allocate_painter(size, Sense::hover());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, alt));
    let draw_rect = Rect::from_min_size(response.rect.min, vec2(draw_width, draw_height));
    painter.rect_filled(draw_rect, 6.0, palette.canvas);
    let to_screen = RectTransform::from_to(crop, draw_rect);
    let clipped = painter.with_clip_rect(draw_rect);
    paint_body(&clipped, &to_screen, &scene);
    if let Some(zone) = zone {
        paint_zone(&clipped, &to_screen, zone, input);
    }
    // Callouts top to bottom, each as near its point's height as the ones above allow.
    let mut order: Vec<usize> = (0..figure.callouts.len()).collect();
    order.sort_by(|a, b| {
        figure.callouts[*a]
            .at
            .1
            .total_cmp(&figure.callouts[*b].at.1)
    });
    let left = draw_rect.right() + gap;
    let mut next_top = response.rect.top();
    for index in order {
        let (callout, galley) = (&figure.callouts[index], &galleys[index]);
        let colour = input.ink(callout.ink);
        let target = to_screen.transform_pos(pos2(callout.at.0, callout.at.1));
        let top = (target.y - galley.size().y / 2.0)
            .max(next_top)
            .min(response.rect.bottom() - galley.size().y);
        let anchor = pos2(left - 4.0, top + font.size * 0.6);
        painter.line_segment([target, anchor], Stroke::new(1.5, colour));
        painter.circle_filled(target, 4.0, colour);
        painter.circle_stroke(target, 4.0, Stroke::new(1.0, palette.outline));
        painter.galley(pos2(left, top), galley.clone(), colour);
        next_top = top + galley.size().y + spacing;
    }
}

/// A tendon zone as a band across the tendon, a ring round its base and a ruler in
/// centimetres beside it, from the base up.
fn paint_zone(
    painter: &egui::Painter,
    to_screen: &RectTransform,
    zone: &Zone,
    input: &FigureInput<'_>,
) {
    let palette = input.palette;
    let at = |x: f32, y: f32| to_screen.transform_pos(pos2(x, y));
    let (base_x, base_y) = zone.base;
    let low = base_y - zone.from_cm * zone.units_per_cm;
    let high = base_y - zone.to_cm * zone.units_per_cm;
    let band = Rect::from_min_max(at(zone.across.0, high), at(zone.across.1, low));
    painter.rect_filled(band, 3.0, palette.selected.gamma_multiply(0.35));
    painter.rect_stroke(
        band,
        3.0,
        Stroke::new(2.0, palette.selected),
        egui::StrokeKind::Outside,
    );
    painter.circle_stroke(
        at(base_x, base_y),
        to_screen.scale().x * 9.0,
        Stroke::new(2.5, palette.warning_text),
    );
    let x = zone.ruler_x;
    let stroke = Stroke::new(1.5, palette.label);
    painter.line_segment([at(x, base_y), at(x, high)], stroke);
    let font = egui::FontId::proportional(12.0 * input.text_scale);
    let mut cm = 0.0_f32;
    while cm <= zone.to_cm + 1e-3 {
        let y = base_y - cm * zone.units_per_cm;
        painter.line_segment([at(x - 4.0, y), at(x + 4.0, y)], stroke);
        // The top mark says its unit; the others are plain numbers.
        let number = format!("{cm:.0}");
        let text = if cm + 2.0 > zone.to_cm {
            input
                .messages
                .with("figure-cm", &[("cm", number.as_str().into())])
        } else {
            number
        };
        painter.text(
            at(x - 6.0, y),
            egui::Align2::RIGHT_CENTER,
            text,
            font.clone(),
            palette.label,
        );
        cm += 2.0;
    }
}

/// The bone spots of a foot figure on a simple outline of the foot seen from the outer and the
/// inner side, with a text legend that screen readers read.
fn foot_sides_ui(ui: &mut egui::Ui, figure: &FigureInfo, input: &FigureInput<'_>) {
    let (palette, scale) = (input.palette, input.text_scale);
    let messages = input.messages;
    let width = (ui.available_width() / 2.0 - 12.0).clamp(140.0, 220.0 * scale);
    let size = vec2(width, width * 0.75);
    ui.horizontal_wrapped(|ui| {
        for (side, title, alt) in [
            (Side::Outer, "figure-foot-outer", "figure-foot-alt-outer"),
            (Side::Inner, "figure-foot-inner", "figure-foot-alt-inner"),
        ] {
            let points: Vec<&Callout> = figure
                .callouts
                .iter()
                .filter(|c| c.side == Some(side))
                .collect();
            let mirrored = side == Side::Inner;
            ui.vertical(|ui| {
                ui.label(RichText::new(messages.get(title)).strong());
                let (response, painter) = ui.allocate_painter(size, Sense::hover());
                let letters: Vec<&str> = points.iter().map(|p| p.id.as_str()).collect();
                let letters = letters.join(messages.get("figure-points-and"));
                let name = messages.with(alt, &[("points", letters.into())]);
                response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &name));
                paint_foot(&painter, response.rect, palette, mirrored);
                for point in &points {
                    let p = to_rect(response.rect, pos2(point.at.0, point.at.1), false);
                    painter.circle_filled(p, 7.0 * scale.min(1.5), input.ink(point.ink));
                    painter.text(
                        p + vec2(10.0, -10.0),
                        egui::Align2::LEFT_BOTTOM,
                        &point.id,
                        egui::FontId::proportional(14.0 * scale),
                        palette.label,
                    );
                }
            });
        }
    });
    for point in &figure.callouts {
        ui.label(messages.with(
            "figure-point",
            &[
                ("letter", point.id.as_str().into()),
                ("text", input.words(point).into()),
            ],
        ));
    }
}

fn to_rect(rect: Rect, at: Pos2, mirrored: bool) -> Pos2 {
    let x = if mirrored { 1.0 - at.x } else { at.x };
    rect.min + vec2(x * rect.width(), at.y * rect.height())
}

/// A simple side outline of the lower leg and foot (toes to the right, or left if mirrored).
fn paint_foot(painter: &egui::Painter, rect: Rect, palette: Palette, mirrored: bool) {
    painter.rect_filled(rect, 6.0, palette.canvas);
    let outline = [
        (0.30, 0.02),
        (0.50, 0.02),
        (0.52, 0.45),
        (0.60, 0.62),
        (0.80, 0.72),
        (0.96, 0.80),
        (0.96, 0.90),
        (0.30, 0.92),
        (0.22, 0.86),
        (0.24, 0.70),
        (0.30, 0.45),
    ];
    let points: Vec<Pos2> = outline
        .iter()
        .map(|&(x, y)| to_rect(rect, pos2(x, y), mirrored))
        .collect();
    painter.add(Shape::closed_line(
        points,
        Stroke::new(2.0, palette.outline),
    ));
    // The ankle bone bump.
    let bump = to_rect(rect, pos2(0.40, 0.50), mirrored);
    painter.circle_stroke(bump, rect.width() * 0.06, Stroke::new(1.5, palette.outline));
}
