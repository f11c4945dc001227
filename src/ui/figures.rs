//! Teaching drawings: with self-check questions (`figure: Some("…")`) and inside articles
//! (`Figure { figure: "…", caption, alt }`). The body figures are painted from the body map's
//! own geometry and painter ([`crate::ui::body_paint::paint_body`]), cropped to the part that
//! teaches, with callouts in the UI's text size. Every drawing carries its text alternative as
//! its accessible label, and its caption is shown under it.

use std::collections::BTreeSet;
use std::sync::Arc;

use egui::emath::RectTransform;
use egui::{Color32, Pos2, Rect, RichText, Sense, Shape, Stroke, pos2, vec2};

use crate::body::diagram::Diagram;
use crate::content::Content;
use crate::settings::ReadingLevel;
use crate::ui::body_paint::{BodyScene, paint_body};
use crate::ui::theme::Palette;

/// What an article figure needs besides its id and words.
pub struct FigureInput<'a> {
    /// The body views (right leg).
    pub diagrams: &'a [Diagram],
    /// Region names.
    pub content: &'a Content,
    /// Colours.
    pub palette: Palette,
    /// Reading level of the article.
    pub level: ReadingLevel,
    /// The user's text size (1–2).
    pub text_scale: f32,
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
            match id {
                "ottawa_points" => ottawa_points_ui(ui, palette, input.level, input.text_scale),
                "nerve_route_heel" => nerve_route_heel_ui(ui, alt, input),
                "achilles_zone" => achilles_zone_ui(ui, alt, input),
                _ => {}
            }
            ui.add_space(4.0);
            ui.label(RichText::new(format!("Figure: {caption}")).italics());
        });
}

/// A point on the drawing (diagram units) and the words that point to it.
struct Callout {
    at: Pos2,
    text: String,
    colour: Color32,
}

/// A cropped body view on the left, callouts in a column on the right. The drawing's height
/// follows the text size; the callouts use the body text size and never overlap.
fn body_figure_ui(
    ui: &mut egui::Ui,
    alt: &str,
    scene: &BodyScene<'_>,
    crop: Rect,
    height: f32,
    callouts: &[Callout],
    extra: impl FnOnce(&egui::Painter, &RectTransform),
) {
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
    let galleys: Vec<_> = callouts
        .iter()
        .map(|c| ui.fonts_mut(|f| f.layout(c.text.clone(), font.clone(), c.colour, column)))
        .collect();
    let spacing = font.size * 0.5;
    let needed: f32 = galleys.iter().map(|g| g.size().y + spacing).sum();
    let size = vec2(available, draw_height.max(needed));
    let (response, painter) = ui.allocate_painter(size, Sense::hover());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, alt));
    let draw_rect = Rect::from_min_size(response.rect.min, vec2(draw_width, draw_height));
    painter.rect_filled(draw_rect, 6.0, scene.palette.canvas);
    let to_screen = RectTransform::from_to(crop, draw_rect);
    let clipped = painter.with_clip_rect(draw_rect);
    paint_body(&clipped, &to_screen, scene);
    extra(&clipped, &to_screen);
    // Callouts top to bottom, each as near its point's height as the ones above allow.
    let mut order: Vec<usize> = (0..callouts.len()).collect();
    order.sort_by(|a, b| callouts[*a].at.y.total_cmp(&callouts[*b].at.y));
    let left = draw_rect.right() + gap;
    let mut next_top = response.rect.top();
    for index in order {
        let (callout, galley) = (&callouts[index], &galleys[index]);
        let target = to_screen.transform_pos(callout.at);
        let top = (target.y - galley.size().y / 2.0)
            .max(next_top)
            .min(response.rect.bottom() - galley.size().y);
        let anchor = pos2(left - 4.0, top + font.size * 0.6);
        painter.line_segment([target, anchor], Stroke::new(1.5, callout.colour));
        painter.circle_filled(target, 4.0, callout.colour);
        painter.circle_stroke(target, 4.0, Stroke::new(1.0, scene.palette.outline));
        painter.galley(pos2(left, top), galley.clone(), callout.colour);
        next_top = top + galley.size().y + spacing;
    }
}

/// The side view, kept once per UI with only the S1 part of the nerve route.
fn side_view_with_s1(ui: &egui::Ui, diagrams: &[Diagram]) -> Option<Arc<Diagram>> {
    let id = egui::Id::unique("figure-side-view-s1");
    if let Some(diagram) = ui.data(|d| d.get_temp::<Arc<Diagram>>(id)) {
        return Some(diagram);
    }
    let mut diagram = diagrams.iter().find(|d| d.id == "side")?.clone();
    diagram
        .pathways
        .retain(|p| p.pathway == "nerve_route" && p.part == "S1");
    let diagram = Arc::new(diagram);
    ui.data_mut(|d| d.insert_temp(id, diagram.clone()));
    Some(diagram)
}

fn region_name<'a>(content: &'a Content, id: &'a str) -> &'a str {
    content.region(id).map_or(id, |r| r.name.as_str())
}

/// The S1 nerve route from the lower back to the heel: the root, the sciatic and tibial
/// nerves and the heel highlighted, the S1 part of the nerve-route overlay drawn.
fn nerve_route_heel_ui(ui: &mut egui::Ui, alt: &str, input: &FigureInput<'_>) {
    let Some(diagram) = side_view_with_s1(ui, input.diagrams) else {
        ui.label(alt);
        return;
    };
    let palette = input.palette;
    let highlighted: BTreeSet<String> = ["root_s1", "sciatic_nerve", "tibial_nerve", "heel_bone"]
        .into_iter()
        .map(str::to_owned)
        .collect();
    let overlays: BTreeSet<String> = std::iter::once("nerve_route".to_owned()).collect();
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
    let clinician = input.level == ReadingLevel::Clinician;
    let name = |id| region_name(input.content, id);
    let text = |patient: String, clinician_text: &str| {
        if clinician {
            clinician_text.to_owned()
        } else {
            patient
        }
    };
    let callouts = [
        Callout {
            at: pos2(168.0, 200.0),
            text: text(
                format!("{}: leaves the spine low in the back", name("root_s1")),
                "S1 root: usually compressed by an L5/S1 disc",
            ),
            colour: palette.label,
        },
        Callout {
            at: pos2(157.0, 380.0),
            text: text(
                format!("{}: runs down the back of the thigh", name("sciatic_nerve")),
                "Sciatic nerve (S1 fibres within it)",
            ),
            colour: palette.label,
        },
        Callout {
            at: pos2(197.0, 700.0),
            text: text(
                format!("{}: runs on down the calf", name("tibial_nerve")),
                "Tibial nerve: posterior calf, medial ankle, sole",
            ),
            colour: palette.label,
        },
        Callout {
            at: pos2(185.0, 972.0),
            text: text(
                "Heel and sole: where S1 pain, numbness or tingling can be felt".to_owned(),
                "S1 dermatome (textbook map; varies between people): posterior calf, heel, lateral foot, sole",
            ),
            colour: palette.roots[2],
        },
    ];
    let crop = Rect::from_min_max(pos2(95.0, 95.0), pos2(345.0, 1000.0));
    let height = (440.0 * input.text_scale).min(760.0);
    body_figure_ui(ui, alt, &scene, crop, height, &callouts, |_, _| {});
}

/// Diagram units per centimetre in the side view, roughly: its shin (knee to ankle, 370 units)
/// stands for an adult shin of about 37 cm. The drawing is not to scale; the zone is a guide.
const UNITS_PER_CM: f32 = 10.0;

/// The Achilles tendon from the side: the mid-portion zone 2 to 6 cm above the heel, and the
/// insertion on the heel bone.
fn achilles_zone_ui(ui: &mut egui::Ui, alt: &str, input: &FigureInput<'_>) {
    let Some(diagram) = input.diagrams.iter().find(|d| d.id == "side") else {
        ui.label(alt);
        return;
    };
    let palette = input.palette;
    let highlighted: BTreeSet<String> = std::iter::once("achilles".to_owned()).collect();
    let overlays = BTreeSet::new();
    let scene = BodyScene {
        diagram,
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
    // Where the tendon meets the heel bone, and the 2–6 cm band above it.
    let insertion = pos2(171.0, 950.0);
    let low = insertion.y - 2.0 * UNITS_PER_CM;
    let high = insertion.y - 6.0 * UNITS_PER_CM;
    let clinician = input.level == ReadingLevel::Clinician;
    let callouts = [
        Callout {
            at: pos2(186.0, (low + high) / 2.0),
            text: if clinician {
                "Mid-portion tendinopathy: pain and tenderness 2-6 cm proximal to the insertion"
                    .to_owned()
            } else {
                "Mid-portion: the middle of the tendon, about 2 to 6 cm above the heel".to_owned()
            },
            colour: palette.selected,
        },
        Callout {
            at: insertion,
            text: if clinician {
                "Insertional tendinopathy: at the calcaneal insertion".to_owned()
            } else {
                "Insertional: where the tendon joins the heel bone".to_owned()
            },
            colour: palette.warning_text,
        },
    ];
    let crop = Rect::from_min_max(pos2(80.0, 760.0), pos2(300.0, 1000.0));
    let height = (280.0 * input.text_scale).min(520.0);
    body_figure_ui(
        ui,
        alt,
        &scene,
        crop,
        height,
        &callouts,
        |painter, to_screen| {
            let at = |x: f32, y: f32| to_screen.transform_pos(pos2(x, y));
            // The zone as a band across the tendon.
            let band = Rect::from_min_max(at(156.0, high), at(188.0, low));
            painter.rect_filled(band, 3.0, palette.selected.gamma_multiply(0.35));
            painter.rect_stroke(
                band,
                3.0,
                Stroke::new(2.0, palette.selected),
                egui::StrokeKind::Outside,
            );
            painter.circle_stroke(
                at(insertion.x, insertion.y),
                to_screen.scale().x * 9.0,
                Stroke::new(2.5, palette.warning_text),
            );
            // A ruler in centimetres beside the tendon, from the heel up.
            let x = 128.0;
            let stroke = Stroke::new(1.5, palette.label);
            painter.line_segment([at(x, insertion.y), at(x, high)], stroke);
            let font = egui::FontId::proportional(11.0 * input.text_scale);
            for cm in [0.0_f32, 2.0, 4.0, 6.0] {
                let y = insertion.y - cm * UNITS_PER_CM;
                painter.line_segment([at(x - 4.0, y), at(x + 4.0, y)], stroke);
                painter.text(
                    at(x - 6.0, y),
                    egui::Align2::RIGHT_CENTER,
                    if cm == 6.0 {
                        "6 cm".to_owned()
                    } else {
                        format!("{cm:.0}")
                    },
                    font.clone(),
                    palette.label,
                );
            }
        },
    );
}

/// Draws a figure by its content id; unknown ids draw nothing (the validator rejects them).
pub fn figure_ui(ui: &mut egui::Ui, id: &str, palette: Palette, level: ReadingLevel, scale: f32) {
    if id == "ottawa_points" {
        ottawa_points_ui(ui, palette, level, scale);
    }
}

/// One labelled point: where it sits in a 0–1 box, its letter, and its legend text.
struct Point {
    at: Pos2,
    letter: &'static str,
    patient: &'static str,
    clinician: &'static str,
}

/// The bone spots of the Ottawa ankle and foot rules on a simple outline of the foot seen from
/// the outer and the inner side, with a text legend that screen readers read.
fn ottawa_points_ui(ui: &mut egui::Ui, palette: Palette, level: ReadingLevel, scale: f32) {
    let outer = [
        Point {
            at: pos2(0.35, 0.56),
            letter: "A",
            patient: "Outer ankle bone: its back edge and tip, over the lowest 6 cm",
            clinician: "Posterior edge or tip of the lateral malleolus (distal 6 cm of the fibula)",
        },
        Point {
            at: pos2(0.72, 0.80),
            letter: "B",
            patient: "The bony knob halfway along the outer edge of the foot",
            clinician: "Base of the fifth metatarsal",
        },
    ];
    let inner = [
        Point {
            at: pos2(0.65, 0.56),
            letter: "C",
            patient: "Inner ankle bone: its back edge and tip, over the lowest 6 cm",
            clinician: "Posterior edge or tip of the medial malleolus (distal 6 cm of the tibia)",
        },
        Point {
            at: pos2(0.40, 0.70),
            letter: "D",
            patient: "The bony knob on the inner side of the foot, in front of the ankle",
            clinician: "Navicular",
        },
    ];
    let width = (ui.available_width() / 2.0 - 12.0).clamp(140.0, 220.0 * scale);
    let size = vec2(width, width * 0.75);
    ui.horizontal_wrapped(|ui| {
        for (title, points, mirrored) in
            [("Outer side", &outer, false), ("Inner side", &inner, true)]
        {
            ui.vertical(|ui| {
                ui.label(RichText::new(title).strong());
                let (response, painter) = ui.allocate_painter(size, Sense::hover());
                let letters: Vec<&str> = points.iter().map(|p| p.letter).collect();
                response.widget_info(|| {
                    egui::WidgetInfo::labeled(
                        egui::Role::Image,
                        true,
                        format!(
                            "Drawing: the {} of the foot, with the points {}",
                            title.to_lowercase(),
                            letters.join(" and ")
                        ),
                    )
                });
                paint_foot(&painter, response.rect, palette, mirrored);
                for point in points {
                    let p = to_rect(response.rect, point.at, false);
                    painter.circle_filled(p, 7.0 * scale.min(1.5), palette.warning_text);
                    painter.text(
                        p + vec2(10.0, -10.0),
                        egui::Align2::LEFT_BOTTOM,
                        point.letter,
                        egui::FontId::proportional(14.0 * scale),
                        palette.label,
                    );
                }
            });
        }
    });
    for point in outer.iter().chain(&inner) {
        let text = match level {
            ReadingLevel::Patient => point.patient,
            ReadingLevel::Clinician => point.clinician,
        };
        ui.label(format!("{}: {text}.", point.letter));
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
