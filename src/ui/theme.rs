//! Every colour and text size the app uses, per theme. Widgets take colours from here only.

use crate::content::model::PathwayStyle;
use egui::{Color32, FontId, Stroke, TextStyle};

use crate::body::geometry::Tissue;
use crate::settings::{Settings, Theme};

/// Base text sizes in points at 100 %.
const BASE_SIZES: [(TextStyle, f32); 5] = [
    (TextStyle::Small, 12.0),
    (TextStyle::Body, 16.0),
    (TextStyle::Button, 16.0),
    (TextStyle::Heading, 24.0),
    (TextStyle::Monospace, 14.0),
];

/// The text size factor (1.0–2.0) the style of `ui` was made with.
pub fn text_scale_of(ui: &egui::Ui) -> f32 {
    let base = BASE_SIZES
        .iter()
        .find(|(style, _)| *style == TextStyle::Body)
        .map_or(16.0, |(_, size)| *size);
    TextStyle::Body.resolve(ui.style()).size / base
}

/// Applies theme and text size to the whole UI, at once.
pub fn apply(ctx: &egui::Context, settings: &Settings) {
    let (egui_theme, visuals) = match settings.theme {
        Theme::Light => (egui::Theme::Light, light_visuals()),
        Theme::Dark => (egui::Theme::Dark, dark_visuals()),
        Theme::HighContrast => (egui::Theme::Dark, high_contrast_visuals()),
    };
    let scale = settings.text_scale();
    let mut style = egui::Style {
        visuals,
        ..egui::Style::default()
    };
    for (text_style, size) in BASE_SIZES {
        let family = if text_style == TextStyle::Monospace {
            egui::FontFamily::Monospace
        } else {
            egui::FontFamily::Proportional
        };
        style
            .text_styles
            .insert(text_style, FontId::new(size * scale, family));
    }
    style.spacing.item_spacing = egui::vec2(8.0, 6.0);
    style.spacing.button_padding = egui::vec2(10.0, 5.0);
    style.spacing.interact_size.y = 24.0 * scale;
    style.spacing.icon_width = 16.0 * scale;
    style.spacing.icon_width_inner = 9.0 * scale;
    style.spacing.icon_spacing = 6.0 * scale;
    // Sliders and fields grow with the text, so a value or a hint still fits.
    style.spacing.slider_width = 120.0 * scale;
    style.spacing.text_edit_width = 280.0 * scale;
    style.animation_time = if settings.reduce_motion { 0.0 } else { 0.1 };
    // Scroll bars take their own space, so text never runs under them.
    style.spacing.scroll = egui::style::ScrollStyle::solid();
    ctx.set_style_of(egui_theme, style);
    ctx.set_theme(egui_theme);
}

/// egui's light theme with darker text, for contrast well above WCAG AA.
fn light_visuals() -> egui::Visuals {
    let mut visuals = egui::Visuals::light();
    visuals.widgets.noninteractive.fg_stroke.color = Color32::from_gray(25);
    visuals.widgets.inactive.fg_stroke.color = Color32::from_gray(15);
    visuals
}

/// egui's dark theme with brighter text, so that text on every callout fill stays above 4.5:1.
fn dark_visuals() -> egui::Visuals {
    let mut visuals = egui::Visuals::dark();
    visuals.widgets.noninteractive.fg_stroke.color = Color32::from_gray(210);
    visuals.widgets.inactive.fg_stroke.color = Color32::from_gray(220);
    visuals
}

/// Black and white with strong outlines and a yellow focus colour.
fn high_contrast_visuals() -> egui::Visuals {
    let mut visuals = egui::Visuals::dark();
    let white = Color32::WHITE;
    let black = Color32::BLACK;
    let yellow = Color32::from_rgb(255, 230, 0);
    visuals.override_text_color = Some(white);
    visuals.panel_fill = black;
    visuals.window_fill = black;
    visuals.extreme_bg_color = black;
    visuals.faint_bg_color = Color32::from_gray(20);
    visuals.hyperlink_color = yellow;
    visuals.selection.bg_fill = Color32::from_rgb(0, 70, 160);
    visuals.selection.stroke = Stroke::new(2.0, yellow);
    visuals.window_stroke = Stroke::new(2.0, white);
    for widget in [
        &mut visuals.widgets.noninteractive,
        &mut visuals.widgets.inactive,
        &mut visuals.widgets.hovered,
        &mut visuals.widgets.active,
        &mut visuals.widgets.open,
    ] {
        widget.bg_fill = black;
        widget.weak_bg_fill = black;
        widget.fg_stroke = Stroke::new(1.5, white);
        widget.bg_stroke = Stroke::new(1.5, white);
    }
    visuals.widgets.noninteractive.bg_stroke = Stroke::new(1.0, Color32::from_gray(200));
    // Slider rails, tick boxes and radio circles are drawn with `bg_fill` (buttons with
    // `weak_bg_fill`, which stays black): mid grey keeps them visible on black (4.1:1) with
    // white marks on them (5.1:1).
    visuals.widgets.inactive.bg_fill = Color32::from_gray(110);
    visuals.widgets.hovered.bg_fill = Color32::from_gray(110);
    visuals.widgets.active.bg_fill = Color32::from_gray(130);
    visuals.slider_trailing_fill = true;
    visuals.widgets.hovered.bg_stroke = Stroke::new(2.5, yellow);
    visuals.widgets.active.bg_stroke = Stroke::new(3.0, yellow);
    visuals.warn_fg_color = yellow;
    visuals.error_fg_color = Color32::from_rgb(255, 120, 120);
    visuals
}

/// Colours for custom drawing (body map, callouts), per theme.
#[derive(Clone, Copy, Debug)]
pub struct Palette {
    /// Background behind the body.
    pub canvas: Color32,
    /// Outline of shapes.
    pub outline: Color32,
    /// Hovered region.
    pub hover: Color32,
    /// Selected or highlighted region.
    pub selected: Color32,
    /// Nerve route overlay.
    pub nerve_route: Color32,
    /// Nerve route per root: L4, L5, S1 (told apart by hue).
    pub roots: [Color32; 3],
    /// Movement chain, ankle to back.
    pub chain_up: Color32,
    /// Movement chain, back to ankle.
    pub chain_down: Color32,
    /// Limp overlay: less weight through the sore ankle.
    pub limp: Color32,
    /// Limp overlay: the strain the hip and lower back take.
    pub limp_strain: Color32,
    /// Label text.
    pub label: Color32,
    /// Warning callout background.
    pub warning_fill: Color32,
    /// Warning callout text and border.
    pub warning_text: Color32,
    /// Key-figure callout background.
    pub figure_fill: Color32,
    /// Note callout background.
    pub note_fill: Color32,
    /// Search match highlight.
    pub match_fill: Color32,
    /// The three inks for drawing on the consult picture.
    pub ink: [Color32; 3],
    skin: Color32,
    bone: Color32,
    disc: Color32,
    muscle: Color32,
    tendon: Color32,
    ligament: Color32,
    nerve: Color32,
    joint: Color32,
}

impl Palette {
    /// The colour of a pathway style (the style comes from the content).
    pub fn pathway(&self, style: PathwayStyle) -> Color32 {
        match style {
            PathwayStyle::Nerve => self.nerve_route,
            PathwayStyle::Root1 => self.roots[0],
            PathwayStyle::Root2 => self.roots[1],
            PathwayStyle::Root3 => self.roots[2],
            PathwayStyle::ChainUp => self.chain_up,
            PathwayStyle::ChainDown => self.chain_down,
            PathwayStyle::Limp => self.limp,
            PathwayStyle::LimpStrain => self.limp_strain,
        }
    }

    /// The palette of a theme.
    pub fn of(theme: Theme) -> Self {
        match theme {
            Theme::Light => Self {
                canvas: Color32::from_rgb(246, 248, 250),
                outline: Color32::from_rgb(90, 70, 60),
                hover: Color32::from_rgba_unmultiplied(30, 120, 255, 90),
                selected: Color32::from_rgb(0, 90, 200),
                nerve_route: Color32::from_rgb(180, 110, 0),
                roots: [
                    Color32::from_rgb(0, 120, 200),
                    Color32::from_rgb(210, 120, 0),
                    Color32::from_rgb(200, 30, 60),
                ],
                chain_up: Color32::from_rgb(0, 140, 120),
                chain_down: Color32::from_rgb(170, 50, 160),
                limp: Color32::from_rgb(200, 70, 40),
                limp_strain: Color32::from_rgb(70, 90, 120),
                label: Color32::from_rgb(30, 30, 30),
                warning_fill: Color32::from_rgb(255, 236, 230),
                warning_text: Color32::from_rgb(150, 20, 0),
                figure_fill: Color32::from_rgb(230, 242, 255),
                note_fill: Color32::from_rgb(245, 240, 225),
                match_fill: Color32::from_rgb(255, 230, 120),
                ink: [
                    Color32::from_rgb(20, 20, 20),
                    Color32::from_rgb(190, 0, 110),
                    Color32::from_rgb(0, 120, 40),
                ],
                skin: Color32::from_rgb(250, 226, 206),
                bone: Color32::from_rgb(246, 240, 222),
                disc: Color32::from_rgb(150, 190, 220),
                muscle: Color32::from_rgb(205, 110, 100),
                tendon: Color32::from_rgb(240, 225, 170),
                ligament: Color32::from_rgb(150, 165, 190),
                nerve: Color32::from_rgb(250, 205, 40),
                joint: Color32::from_rgba_unmultiplied(120, 160, 220, 70),
            },
            Theme::Dark => Self {
                canvas: Color32::from_rgb(24, 26, 30),
                outline: Color32::from_rgb(200, 185, 175),
                hover: Color32::from_rgba_unmultiplied(90, 170, 255, 100),
                selected: Color32::from_rgb(110, 180, 255),
                nerve_route: Color32::from_rgb(255, 200, 60),
                // L5 is violet, not yellow, so it stands out on the yellow nerve.
                roots: [
                    Color32::from_rgb(70, 150, 255),
                    Color32::from_rgb(200, 140, 255),
                    Color32::from_rgb(255, 110, 130),
                ],
                chain_up: Color32::from_rgb(60, 220, 190),
                chain_down: Color32::from_rgb(240, 120, 230),
                limp: Color32::from_rgb(255, 130, 90),
                limp_strain: Color32::from_rgb(180, 220, 90),
                label: Color32::from_rgb(230, 230, 230),
                warning_fill: Color32::from_rgb(80, 25, 20),
                warning_text: Color32::from_rgb(255, 170, 150),
                figure_fill: Color32::from_rgb(25, 45, 70),
                note_fill: Color32::from_rgb(55, 50, 35),
                match_fill: Color32::from_rgb(90, 70, 0),
                ink: [
                    Color32::WHITE,
                    Color32::from_rgb(255, 130, 210),
                    Color32::from_rgb(130, 235, 110),
                ],
                skin: Color32::from_rgb(95, 78, 70),
                bone: Color32::from_rgb(205, 198, 180),
                disc: Color32::from_rgb(90, 130, 165),
                muscle: Color32::from_rgb(160, 75, 70),
                tendon: Color32::from_rgb(215, 195, 130),
                ligament: Color32::from_rgb(130, 145, 175),
                nerve: Color32::from_rgb(245, 200, 40),
                joint: Color32::from_rgba_unmultiplied(120, 170, 240, 60),
            },
            Theme::HighContrast => Self {
                canvas: Color32::BLACK,
                outline: Color32::WHITE,
                hover: Color32::from_rgba_unmultiplied(0, 200, 255, 120),
                selected: Color32::from_rgb(0, 220, 255),
                nerve_route: Color32::from_rgb(255, 230, 0),
                roots: [
                    Color32::from_rgb(0, 200, 255),
                    Color32::from_rgb(200, 120, 255),
                    Color32::from_rgb(255, 90, 90),
                ],
                chain_up: Color32::from_rgb(0, 255, 140),
                chain_down: Color32::from_rgb(255, 90, 255),
                limp: Color32::from_rgb(255, 120, 0),
                limp_strain: Color32::from_rgb(170, 255, 0),
                label: Color32::WHITE,
                warning_fill: Color32::BLACK,
                warning_text: Color32::from_rgb(255, 230, 0),
                figure_fill: Color32::BLACK,
                note_fill: Color32::BLACK,
                match_fill: Color32::from_rgb(0, 70, 160),
                ink: [
                    Color32::WHITE,
                    Color32::from_rgb(255, 80, 200),
                    Color32::from_rgb(80, 255, 80),
                ],
                skin: Color32::from_rgb(40, 40, 40),
                bone: Color32::from_rgb(235, 235, 235),
                disc: Color32::from_rgb(0, 120, 255),
                muscle: Color32::from_rgb(150, 40, 40),
                tendon: Color32::from_rgb(255, 240, 150),
                ligament: Color32::from_rgb(120, 160, 255),
                nerve: Color32::from_rgb(255, 230, 0),
                joint: Color32::from_rgba_unmultiplied(0, 160, 255, 90),
            },
        }
    }

    /// Fill colour of a tissue.
    pub fn tissue(&self, tissue: Tissue) -> Color32 {
        match tissue {
            Tissue::Skin => self.skin,
            Tissue::Bone => self.bone,
            Tissue::Disc => self.disc,
            Tissue::Muscle => self.muscle,
            Tissue::Tendon => self.tendon,
            Tissue::Ligament => self.ligament,
            Tissue::Nerve => self.nerve,
            Tissue::Joint => self.joint,
        }
    }
}

/// WCAG 2.2 contrast ratio of two opaque colours (1 to 21).
pub fn contrast_ratio(a: Color32, b: Color32) -> f32 {
    fn channel(c: u8) -> f32 {
        let c = f32::from(c) / 255.0;
        if c <= 0.040_45 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    }
    fn luminance(c: Color32) -> f32 {
        0.2126 * channel(c.r()) + 0.7152 * channel(c.g()) + 0.0722 * channel(c.b())
    }
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// The text colour egui draws with in a theme (labels, list items).
pub fn text_colour(theme: Theme) -> Color32 {
    match theme {
        Theme::Light => light_visuals().widgets.noninteractive.fg_stroke.color,
        Theme::Dark => dark_visuals().widgets.noninteractive.fg_stroke.color,
        Theme::HighContrast => Color32::WHITE,
    }
}

/// The panel background egui draws in a theme.
pub fn panel_colour(theme: Theme) -> Color32 {
    match theme {
        Theme::Light => light_visuals().panel_fill,
        Theme::Dark => dark_visuals().panel_fill,
        Theme::HighContrast => high_contrast_visuals().panel_fill,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contrast_ratio_matches_wcag_examples() {
        assert!((contrast_ratio(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 0.01);
        assert!((contrast_ratio(Color32::WHITE, Color32::WHITE) - 1.0).abs() < 0.01);
        // #767676 on white is the classic 4.54:1.
        let grey = Color32::from_gray(0x76);
        assert!((contrast_ratio(grey, Color32::WHITE) - 4.54).abs() < 0.02);
    }

    /// Every text/background pair the UI draws is at least 4.5:1, every graphic against
    /// its background at least 3:1, in every theme (WCAG 2.2 AA).
    #[test]
    fn every_palette_pair_meets_wcag_aa() {
        let mut failures = Vec::new();
        for theme in Theme::ALL {
            let p = Palette::of(theme);
            let text = text_colour(theme);
            let panel = panel_colour(theme);
            let text_pairs = [
                ("text on panel", text, panel),
                ("label on canvas", p.label, p.canvas),
                ("text in warning box", text, p.warning_fill),
                ("warning heading", p.warning_text, p.warning_fill),
                ("warning heading on panel", p.warning_text, panel),
                ("text in figure box", text, p.figure_fill),
                ("appointment heading", p.selected, p.figure_fill),
                ("text in note box", text, p.note_fill),
                ("text on search match", text, p.match_fill),
                ("selected label on canvas", p.selected, p.canvas),
            ];
            for (name, fg, bg) in text_pairs {
                let ratio = contrast_ratio(fg, bg);
                if ratio < 4.5 {
                    failures.push(format!("{theme:?}: {name} {ratio:.2}:1 (needs 4.5)"));
                }
            }
            let graphics = [
                ("outline", p.outline),
                ("nerve route", p.nerve_route),
                ("L4 route", p.roots[0]),
                ("L5 route", p.roots[1]),
                ("S1 route", p.roots[2]),
                ("chain up", p.chain_up),
                ("chain down", p.chain_down),
                ("limp", p.limp),
                ("limp strain", p.limp_strain),
                ("selected", p.selected),
                ("ink 1", p.ink[0]),
                ("ink 2", p.ink[1]),
                ("ink 3", p.ink[2]),
            ];
            for (name, colour) in graphics {
                let ratio = contrast_ratio(colour, p.canvas);
                if ratio < 3.0 {
                    failures.push(format!(
                        "{theme:?}: {name} on canvas {ratio:.2}:1 (needs 3)"
                    ));
                }
            }
            // No two overlays or legend items share a colour.
            let overlays = [
                p.roots[0],
                p.roots[1],
                p.roots[2],
                p.chain_up,
                p.chain_down,
                p.limp,
                p.limp_strain,
                p.nerve_route,
            ];
            for (i, a) in overlays.iter().enumerate() {
                for b in &overlays[i + 1..] {
                    if a == b {
                        failures.push(format!("{theme:?}: two overlays share {a:?}"));
                    }
                }
            }
            // A root's route stays visible where it runs over the yellow nerve.
            for (name, root) in [("L4", p.roots[0]), ("L5", p.roots[1]), ("S1", p.roots[2])] {
                let ratio = contrast_ratio(root, p.nerve);
                if ratio < 1.5 {
                    failures.push(format!("{theme:?}: {name} route on the nerve {ratio:.2}:1"));
                }
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }
}
