//! What a handout made in consult mode carries: the record of what was shown (stories,
//! steps, the sections they link to) and the clinician's marks, still in the diagram
//! coordinates of their pictures, so paper draws them where the screen did. No egui.

use super::drawing::Mark;
use super::session::ConsultRecord;
use crate::settings::ReadingLevel;

/// The consult part of a handout order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ConsultSheet {
    /// What was shown.
    pub record: ConsultRecord,
    /// The marks, in the order drawn (numbered from 1 as on the screen).
    pub marks: Vec<Mark>,
    /// The reading level the captions were shown at.
    pub level: ReadingLevel,
}

impl ConsultSheet {
    /// Whether nothing was shown and nothing drawn.
    pub fn is_empty(&self) -> bool {
        self.record.is_empty() && self.marks.is_empty()
    }
}
