//! What the body map shows: view, leg, selection, overlays, zoom. Plain data, no egui.

use std::collections::BTreeSet;

/// Which leg is drawn.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Leg {
    /// The right leg (as drawn in the geometry file).
    #[default]
    Right,
    /// The left leg (the geometry mirrored).
    Left,
}

impl Leg {
    /// The message id of its name on the switch (`leg-Right`, in bodymap.ftl).
    pub fn message_id(self) -> &'static str {
        match self {
            Leg::Right => "leg-Right",
            Leg::Left => "leg-Left",
        }
    }

    /// The English name, for the consult screen until its words move to messages (#15);
    /// the body map shows [`Leg::message_id`] in the chosen language.
    pub fn label(self) -> &'static str {
        match self {
            Leg::Right => "Right leg",
            Leg::Left => "Left leg",
        }
    }
}

/// Smallest and largest zoom.
pub const ZOOM_RANGE: (f32, f32) = (0.5, 4.0);

/// The body map's state.
#[derive(Clone, Debug, PartialEq)]
pub struct BodyMapState {
    /// Index of the shown view.
    pub view_index: usize,
    /// Which leg.
    pub leg: Leg,
    /// Selected region id (its panel is open).
    pub selected: Option<String>,
    /// Pathway ids whose overlays are on.
    pub overlays: BTreeSet<String>,
    /// Regions highlighted by another screen ("Show on body map", a self-check result).
    pub highlighted: BTreeSet<String>,
    /// Region names drawn beside the body.
    pub labels_visible: bool,
    /// Zoom factor, 1 = fit.
    pub zoom: f32,
    /// Pan offset in screen points.
    pub pan: [f32; 2],
}

impl Default for BodyMapState {
    fn default() -> Self {
        Self {
            view_index: 0,
            leg: Leg::Right,
            selected: None,
            overlays: BTreeSet::new(),
            highlighted: BTreeSet::new(),
            labels_visible: true,
            zoom: 1.0,
            pan: [0.0, 0.0],
        }
    }
}

impl BodyMapState {
    /// Turns an overlay on or off.
    pub fn toggle_overlay(&mut self, pathway: &str) {
        if !self.overlays.remove(pathway) {
            self.overlays.insert(pathway.to_owned());
        }
    }

    /// Zooms by `factor`, kept within [`ZOOM_RANGE`].
    pub fn zoom_by(&mut self, factor: f32) {
        self.zoom = (self.zoom * factor).clamp(ZOOM_RANGE.0, ZOOM_RANGE.1);
    }

    /// Back to the whole body, centred.
    pub fn reset_view(&mut self) {
        self.zoom = 1.0;
        self.pan = [0.0, 0.0];
    }

    /// Shows regions and pathways asked for by another screen: highlights them, turns the
    /// pathways on and selects the first region.
    pub fn show(&mut self, regions: &[String], pathways: &[String]) {
        self.highlighted = regions.iter().cloned().collect();
        for pathway in pathways {
            self.overlays.insert(pathway.clone());
        }
        if let Some(first) = regions.first() {
            self.selected = Some(first.clone());
        }
        self.reset_view();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlays_toggle() {
        let mut state = BodyMapState::default();
        state.toggle_overlay("nerve_route");
        assert!(state.overlays.contains("nerve_route"));
        state.toggle_overlay("nerve_route");
        assert!(state.overlays.is_empty());
    }

    #[test]
    fn zoom_is_clamped() {
        let mut state = BodyMapState::default();
        for _ in 0..20 {
            state.zoom_by(2.0);
        }
        assert_eq!(state.zoom, ZOOM_RANGE.1);
        state.reset_view();
        assert_eq!(state.zoom, 1.0);
    }

    #[test]
    fn show_highlights_and_selects() {
        let mut state = BodyMapState::default();
        state.show(
            &["achilles".into(), "root_s1".into()],
            &["nerve_route".into()],
        );
        assert_eq!(state.selected.as_deref(), Some("achilles"));
        assert!(state.highlighted.contains("root_s1"));
        assert!(state.overlays.contains("nerve_route"));
    }
}
