//! The body drawing in words, for screen readers: what the canvas shows, what each region's
//! widget says, and the order keyboards walk the regions in. No egui.

use crate::body::diagram::Diagram;
use crate::content::Content;

/// What a drawing shows, in one or two sentences.
pub struct DrawingText<'a> {
    /// The view's name ("Side view").
    pub view: &'a str,
    /// "Right leg" or "Left leg"; `None` for a still drawing without a leg choice.
    pub leg: Option<&'a str>,
    /// Names of the pathway overlays that are on.
    pub overlays: Vec<&'a str>,
    /// Name of the selected region.
    pub selected: Option<&'a str>,
    /// Names of the other highlighted regions.
    pub highlighted: Vec<&'a str>,
}

impl DrawingText<'_> {
    /// "Body drawing, side view, right leg. Showing the nerve route. Selected: Achilles
    /// tendon. Highlighted: heel bone."
    pub fn sentence(&self) -> String {
        let mut text = format!("Body drawing, {}", self.view.to_lowercase());
        if let Some(leg) = self.leg {
            text.push_str(&format!(", {}", leg.to_lowercase()));
        }
        text.push('.');
        if self.overlays.is_empty() {
            text.push_str(" No overlays on.");
        } else {
            text.push_str(&format!(" Showing: {}.", self.overlays.join(", ")));
        }
        if let Some(selected) = self.selected {
            text.push_str(&format!(" Selected: {selected}."));
        }
        if !self.highlighted.is_empty() {
            text.push_str(&format!(" Highlighted: {}.", self.highlighted.join(", ")));
        }
        text
    }
}

/// The name a region's widget says: "Achilles tendon", or "Achilles tendon, selected, details
/// shown" while its panel is open, ", highlighted" when another screen marked it.
pub fn region_label(name: &str, selected: bool, highlighted: bool) -> String {
    match (selected, highlighted) {
        (true, _) => format!("{name}, selected, details shown"),
        (false, true) => format!("{name}, highlighted"),
        (false, false) => name.to_owned(),
    }
}

/// A region's name from the content, or its id.
pub fn region_name<'a>(content: &'a Content, id: &'a str) -> &'a str {
    content.region(id).map_or(id, |r| r.name.as_str())
}

/// A pathway's name from the content, or its id.
pub fn pathway_name<'a>(content: &'a Content, id: &'a str) -> &'a str {
    content
        .pathways
        .iter()
        .find(|p| p.id == id)
        .map_or(id, |p| p.name.as_str())
}

/// Regions in the order a keyboard walks them: top to bottom by their anchor point, and
/// at the same height (within 3 % of the drawing) from the back of the body to the front.
/// `back_is_left` says which side of the drawing the back is on.
pub fn regions_in_reading_order(diagram: &Diagram, back_is_left: bool) -> Vec<&str> {
    let mut ids = diagram.region_ids();
    let band = diagram.size[1] * 0.03;
    let key = |id: &str| {
        let [x, y] = diagram.anchor(id).unwrap_or(diagram.size);
        let depth = if back_is_left { x } else { -x };
        ((y / band).floor() as i64, depth)
    };
    ids.sort_by(|a, b| {
        let (ra, da) = key(a);
        let (rb, db) = key(b);
        ra.cmp(&rb).then(da.total_cmp(&db))
    });
    ids
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "tests")]
    use super::*;

    #[test]
    fn a_drawing_says_view_leg_overlays_and_selection() {
        let text = DrawingText {
            view: "Side view",
            leg: Some("Right leg"),
            overlays: vec!["Nerve route"],
            selected: Some("Achilles tendon"),
            highlighted: vec!["Heel bone"],
        };
        assert_eq!(
            text.sentence(),
            "Body drawing, side view, right leg. Showing: Nerve route. Selected: Achilles \
             tendon. Highlighted: Heel bone."
        );
        let plain = DrawingText {
            view: "Back view",
            leg: None,
            overlays: Vec::new(),
            selected: None,
            highlighted: Vec::new(),
        };
        assert_eq!(plain.sentence(), "Body drawing, back view. No overlays on.");
    }

    #[test]
    fn a_selected_region_says_so() {
        assert_eq!(
            region_label("Achilles tendon", true, false),
            "Achilles tendon, selected, details shown"
        );
        assert_eq!(region_label("Knee", false, true), "Knee, highlighted");
        assert_eq!(region_label("Knee", false, false), "Knee");
    }

    #[test]
    fn regions_go_from_the_head_down_to_the_foot() {
        let content = crate::content::loader::load_embedded();
        let diagrams = crate::body::embedded_diagrams(&content).unwrap();
        for diagram in &diagrams {
            let order = regions_in_reading_order(diagram, true);
            assert_eq!(order.len(), diagram.region_ids().len());
            let heights: Vec<f32> = order
                .iter()
                .map(|id| diagram.anchor(id).unwrap()[1])
                .collect();
            let band = diagram.size[1] * 0.03;
            for pair in heights.windows(2) {
                assert!(
                    pair[0] <= pair[1] + band,
                    "{}: {order:?} goes up ({heights:?})",
                    diagram.name
                );
            }
            let first = order.first().unwrap();
            let last = order.last().unwrap();
            assert!(
                diagram.anchor(first).unwrap()[1] < diagram.anchor(last).unwrap()[1],
                "{}: {first} before {last}",
                diagram.name
            );
        }
    }
}
