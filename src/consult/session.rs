//! What was shown in a consult, for the take-home handout: the stories and steps, the
//! article sections they link to. "New patient" clears it. Nothing here is saved unless the
//! clinician asks. No egui.

use crate::content::Link;

/// One step shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShownStep {
    /// Story id.
    pub story: String,
    /// Step number, from 1.
    pub step: usize,
}

/// The record of one patient's consult.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ConsultRecord {
    /// Every step shown, each once, in the order first shown.
    pub steps: Vec<ShownStep>,
    /// Story ids shown, each once, in order.
    pub stories: Vec<String>,
    /// Article sections linked from the steps shown, each once.
    pub sections: Vec<Link>,
}

impl ConsultRecord {
    /// Notes that a step was shown, with the section it links to.
    pub fn shown(&mut self, story: &str, step: usize, link: &Link) {
        if !self.stories.iter().any(|s| s == story) {
            self.stories.push(story.to_owned());
        }
        let shown = ShownStep {
            story: story.to_owned(),
            step,
        };
        if !self.steps.contains(&shown) {
            self.steps.push(shown);
        }
        if !self.sections.contains(link) {
            self.sections.push(link.clone());
        }
    }

    /// Whether nothing has been shown yet.
    pub fn is_empty(&self) -> bool {
        self.steps.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_step_and_section_is_recorded_once_in_order() {
        let mut record = ConsultRecord::default();
        let (one, two) = (Link::section("x", "1"), Link::section("x", "2"));
        record.shown("a", 1, &one);
        record.shown("a", 2, &two);
        record.shown("a", 1, &one);
        record.shown("b", 1, &one);
        assert_eq!(record.stories, vec!["a", "b"]);
        assert_eq!(record.steps.len(), 3);
        assert_eq!(record.sections, vec![one, two]);
    }
}
