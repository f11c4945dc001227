//! Warning signs from the registry, drawn the same way on every screen: grouped by tier, each
//! tier with its heading and where to go first, then the signs in the registry's words.

use egui::RichText;

use crate::content::Content;
use crate::selfcheck::spec::Urgency;
use crate::settings::ReadingLevel;
use crate::ui::theme::Palette;

/// What the warning boxes need to know.
#[derive(Clone, Copy)]
pub struct WarningStyle<'a> {
    /// The content (registry).
    pub content: &'a Content,
    /// Reading level.
    pub level: ReadingLevel,
    /// The emergency number setting.
    pub emergency_number: &'a str,
    /// Theme colours.
    pub palette: Palette,
}

impl<'a> WarningStyle<'a> {
    /// The boxes for the person's settings (emergency number, theme) at `level`.
    pub fn new(
        content: &'a Content,
        settings: &'a crate::settings::Settings,
        level: ReadingLevel,
    ) -> Self {
        Self {
            content,
            level,
            emergency_number: &settings.emergency_number,
            palette: Palette::of(settings.theme),
        }
    }
}

/// A box per tier for these sign ids, most urgent first.
pub fn warning_signs_ui(ui: &mut egui::Ui, style: WarningStyle<'_>, ids: &[String]) {
    let registry = &style.content.warnings;
    for (tier, signs) in registry.grouped(ids) {
        let name = registry
            .tier(tier)
            .map_or("", |advice| advice.heading.get(style.level));
        tier_box_ui(ui, style, tier, |ui| {
            crate::ui::a11y::list(ui, name, |ui| {
                for sign in signs {
                    crate::ui::a11y::list_item(ui, sign.text.get(style.level));
                }
            });
        });
        ui.add_space(4.0);
    }
}

/// A framed box in the tier's colour: its heading, where to go, then `body`.
pub fn tier_box_ui(
    ui: &mut egui::Ui,
    style: WarningStyle<'_>,
    tier: Urgency,
    body: impl FnOnce(&mut egui::Ui),
) {
    let registry = &style.content.warnings;
    let Some(advice) = registry.tier(tier) else {
        return;
    };
    let urgent = tier.is_urgent();
    let colour = if urgent {
        style.palette.warning_text
    } else {
        style.palette.selected
    };
    let heading = advice.heading.get(style.level);
    // Named by the tier's heading (the registry's words, in the language shown).
    crate::ui::a11y::group(ui, egui::accesskit::Role::Note, heading, |ui| {
        egui::Frame::new()
            .stroke(egui::Stroke::new(if urgent { 2.5 } else { 1.5 }, colour))
            .corner_radius(6.0)
            .inner_margin(10.0)
            .fill(if urgent {
                style.palette.warning_fill
            } else {
                style.palette.figure_fill
            })
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                crate::ui::a11y::heading(ui, RichText::new(heading).strong().color(colour), 3);
                ui.label(
                    RichText::new(registry.action(tier, style.level, style.emergency_number))
                        .strong(),
                );
                body(ui);
            });
    });
}

/// The safety net shown with every self-check result: its heading, the listed signs by tier,
/// and (for results that are not urgent) "if it is not better within N weeks".
pub fn safety_net_ui(ui: &mut egui::Ui, style: WarningStyle<'_>, recheck_weeks: Option<u8>) {
    let net = &style.content.warnings.safety_net;
    crate::ui::a11y::heading(ui, RichText::new(net.heading.get(style.level)).strong(), 2);
    warning_signs_ui(ui, style, &net.signs);
    if let Some(weeks) = recheck_weeks {
        ui.label(style.content.warnings.not_better(weeks, style.level));
    }
}
