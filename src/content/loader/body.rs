//! The content against the body drawing (`assets/body/body.ron`, always built in): every
//! region and pathway the content describes is drawn, and every part a pathway gives its own
//! style is a part the drawing has. A renamed id fails here instead of drawing silently in the
//! wrong style. (That every drawn region and pathway has its text is a test of the shipped
//! content: a small content folder may describe only some of them.)

use super::*;

impl Checker<'_> {
    /// Checks regions and pathways against the body drawing built into the app.
    pub(super) fn body(&mut self, content: &Content, files: &ContentFiles) {
        let Ok(geometry) = crate::body::embedded_geometry() else {
            // The drawing is checked by its own tests; its problems are not the content's.
            return;
        };
        let drawn_regions: BTreeSet<&str> = geometry
            .views
            .iter()
            .flat_map(|v| v.shapes.iter().filter_map(|s| s.region.as_deref()))
            .collect();
        let regions_text = files.get("regions.ron").unwrap_or_default();
        for region in &content.regions {
            if !drawn_regions.contains(region.id.as_str()) {
                let (line, col) = offset_pos(
                    regions_text,
                    find_id(regions_text, &region.id, 0).unwrap_or(0),
                );
                self.at(
                    "regions.ron",
                    line,
                    col,
                    format!("no region {} in the body drawing", quoted(&region.id)),
                );
            }
        }
        let text = files.get("pathways.ron").unwrap_or_default();
        for pathway in &content.pathways {
            let drawn: BTreeSet<&str> = geometry
                .views
                .iter()
                .flat_map(|v| &v.pathways)
                .filter(|p| p.pathway == pathway.id)
                .map(|p| p.part.as_str())
                .collect();
            let from = find_id(text, &pathway.id, 0).unwrap_or(0);
            if drawn.is_empty() {
                let (line, col) = offset_pos(text, from);
                self.at(
                    "pathways.ron",
                    line,
                    col,
                    format!("no pathway {} in the body drawing", quoted(&pathway.id)),
                );
                continue;
            }
            for part in &pathway.parts {
                if !drawn.contains(part.id.as_str()) {
                    let (line, col) =
                        offset_pos(text, find_id(text, &part.id, from).unwrap_or(from));
                    self.at(
                        "pathways.ron",
                        line,
                        col,
                        format!(
                            "the body drawing's pathway {} has no part {} (its parts: {})",
                            quoted(&pathway.id),
                            quoted(&part.id),
                            drawn.iter().copied().collect::<Vec<_>>().join(", ")
                        ),
                    );
                }
            }
        }
    }
}

/// Regions and pathways drawn in the body that the content has no text for.
pub fn drawn_without_text(content: &Content) -> Vec<String> {
    let Ok(geometry) = crate::body::embedded_geometry() else {
        return vec!["the body drawing does not parse".to_owned()];
    };
    let mut missing = BTreeSet::new();
    for view in &geometry.views {
        for region in view.shapes.iter().filter_map(|s| s.region.as_deref()) {
            if content.region(region).is_none() {
                missing.insert(format!("region {region}"));
            }
        }
        for pathway in &view.pathways {
            if content.pathway(&pathway.pathway).is_none() {
                missing.insert(format!("pathway {}", pathway.pathway));
            }
        }
    }
    missing.into_iter().collect()
}
