//! The body drawing in words, for screen readers: what the canvas shows, what each region's
//! widget says, and the order keyboards walk the regions in. No egui.

use crate::body::diagram::Diagram;
use crate::content::Content;
use crate::messages::Messages;

/// What a drawing shows, in one or two sentences.
pub struct DrawingText<'a> {
    /// The view's name ("Side view"), in the chosen language.
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
    /// "Body drawing, side view, right leg. Showing: Nerve route. Selected: Achilles
    /// tendon. Highlighted: Heel bone." in the language of `messages` (bodymap.ftl).
    pub fn sentence(&self, messages: &Messages) -> String {
        let view = self.view.to_lowercase();
        let mut parts = vec![match self.leg {
            Some(leg) => messages.with(
                "drawing-summary-view-leg",
                &[
                    ("view", view.as_str().into()),
                    ("leg", leg.to_lowercase().into()),
                ],
            ),
            None => messages.with("drawing-summary-view", &[("view", view.as_str().into())]),
        }];
        let list = |names: &[&str]| names.join(messages.get("drawing-list-separator"));
        if self.overlays.is_empty() {
            parts.push(messages.get("drawing-summary-no-overlays").to_owned());
        } else {
            parts.push(messages.with(
                "drawing-summary-overlays",
                &[("names", list(&self.overlays).into())],
            ));
        }
        if let Some(selected) = self.selected {
            parts.push(messages.with("drawing-summary-selected", &[("name", selected.into())]));
        }
        if !self.highlighted.is_empty() {
            parts.push(messages.with(
                "drawing-summary-highlighted",
                &[("names", list(&self.highlighted).into())],
            ));
        }
        parts.join(" ")
    }
}

/// The name a region's widget says: "Achilles tendon", or "Achilles tendon, selected, details
/// shown" while its panel is open, ", highlighted" when another screen marked it.
pub fn region_label(messages: &Messages, name: &str, selected: bool, highlighted: bool) -> String {
    match (selected, highlighted) {
        (true, _) => messages.with("drawing-region-selected", &[("name", name.into())]),
        (false, true) => messages.with("drawing-region-highlighted", &[("name", name.into())]),
        (false, false) => name.to_owned(),
    }
}

/// The message id of a body view's name (`bodymap-view-side`); bodymap.ftl has one for every
/// view of the drawing (a test checks).
pub fn view_message_id(view_id: &str) -> String {
    format!("bodymap-view-{view_id}")
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
        let en = Messages::new("en");
        let text = DrawingText {
            view: "Side view",
            leg: Some("Right leg"),
            overlays: vec!["Nerve route", "Limp"],
            selected: Some("Achilles tendon"),
            highlighted: vec!["Heel bone"],
        };
        assert_eq!(
            text.sentence(&en),
            "Body drawing, side view, right leg. Showing: Nerve route, Limp. Selected: \
             Achilles tendon. Highlighted: Heel bone."
        );
        let plain = DrawingText {
            view: "Back view",
            leg: None,
            overlays: Vec::new(),
            selected: None,
            highlighted: Vec::new(),
        };
        assert_eq!(
            plain.sentence(&en),
            "Body drawing, back view. No overlays on."
        );
        let es = Messages::new("es");
        let spanish = DrawingText {
            view: "Vista de lado",
            leg: Some("Pierna derecha"),
            overlays: vec!["Recorrido del nervio"],
            selected: Some("Tendón de Aquiles"),
            highlighted: Vec::new(),
        };
        assert_eq!(
            spanish.sentence(&es),
            "Dibujo del cuerpo, vista de lado, pierna derecha. Se muestra: Recorrido del \
             nervio. Elegido: Tendón de Aquiles."
        );
    }

    #[test]
    fn a_selected_region_says_so() {
        let en = Messages::new("en");
        assert_eq!(
            region_label(&en, "Achilles tendon", true, false),
            "Achilles tendon, selected, details shown"
        );
        assert_eq!(region_label(&en, "Knee", false, true), "Knee, highlighted");
        assert_eq!(region_label(&en, "Knee", false, false), "Knee");
        let es = Messages::new("es");
        assert_eq!(
            region_label(&es, "Rodilla", false, true),
            "Rodilla, resaltado"
        );
    }

    #[test]
    fn every_view_has_its_name_in_every_language() {
        let content = crate::content::loader::load_embedded();
        let diagrams = crate::body::embedded_diagrams(&content).unwrap();
        for lang in crate::messages::languages() {
            let messages = Messages::new(lang);
            for diagram in &diagrams {
                let id = view_message_id(&diagram.id);
                assert_ne!(messages.get(&id), id, "{lang}: no message {id}");
            }
        }
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
