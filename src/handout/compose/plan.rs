//! The plan stage on paper: its heading, the box before the first stage, the goal, each
//! exercise's drawing beside its steps, when to move on, the signs to stop at, the sources.

use crate::body::exercise_figures;
use crate::content::plan::Drawing as ExerciseDrawing;
use crate::messages::Messages;
use crate::settings::ReadingLevel;

use super::{Composer, EXERCISE_FIGURE_HEIGHT};
use crate::handout::HandoutError;
use crate::handout::exercise::exercise_drawing;
use crate::handout::model::{Block, Figure};

/// An exercise drawing's caption in the handout's language (its English words when the
/// language has none).
pub fn exercise_caption(words: &Messages, drawing: ExerciseDrawing) -> String {
    let id = format!("handout-exercise-{drawing:?}");
    match words.get(&id) {
        missing if missing == id => exercise_figures::caption(drawing).to_owned(),
        caption => caption.to_owned(),
    }
}

impl Composer<'_> {
    pub(super) fn plan(&mut self, stage_id: Option<&str>) -> Result<(), HandoutError> {
        let plan = self.content.plan.as_ref().ok_or(HandoutError::NoPlan)?;
        let font =
            &crate::handout::font::HandoutFont::new().ok_or(crate::handout::pdf::PdfError::Font)?;
        let chosen = stage_id.and_then(|id| plan.stage(id)).or_else(|| {
            plan.programmes
                .first()
                .and_then(|p| Some((p, p.stages.first()?)))
        });
        let Some((programme, stage)) = chosen else {
            return Err(HandoutError::NoPlan);
        };
        let index = programme
            .stages
            .iter()
            .position(|s| s.id == stage.id)
            .unwrap_or_default();
        let level = self.level;
        // The content's names may carry their number already ("1. Protect").
        let number = format!("{}. ", index + 1);
        let name = stage.name.strip_prefix(&number).unwrap_or(&stage.name);
        let heading = self.words.with(
            "handout-plan-heading",
            &[
                ("programme", programme.name.as_str().into()),
                ("stage", (index + 1).into()),
                ("stages", programme.stages.len().into()),
                ("name", name.into()),
            ],
        );
        self.blocks.push(Block::Heading {
            level: 1,
            text: heading,
        });
        if index == 0 {
            self.blocks.push(Block::Warning {
                heading: self.get("handout-before-you-start"),
                lines: vec![programme.before_you_start.get(level).to_owned()],
            });
        }
        self.blocks
            .push(Block::Paragraph(stage.goal.get(level).to_owned()));
        for exercise in &stage.exercises {
            self.blocks.push(Block::Heading {
                level: 2,
                text: exercise.name.clone(),
            });
            // The drawing the screen shows, beside the steps (which end with how many times
            // and how often).
            self.blocks.push(Block::Exercise {
                figure: Figure {
                    alt: exercise_caption(self.words, exercise.drawing),
                    drawing: exercise_drawing(exercise.drawing, font),
                    height: EXERCISE_FIGURE_HEIGHT,
                },
                steps: exercise
                    .steps
                    .iter()
                    .map(|s| self.content.plain(s))
                    .collect(),
            });
            if level == ReadingLevel::Clinician && !exercise.clinician_note.is_empty() {
                let note = self.words.with(
                    "handout-note",
                    &[("text", exercise.clinician_note.as_str().into())],
                );
                self.blocks.push(Block::Paragraph(note));
            }
        }
        let move_on = self.words.with(
            "handout-move-on",
            &[("text", stage.move_on_when.get(level).into())],
        );
        self.blocks.push(Block::Strong(move_on));
        if !plan.signs.is_empty() {
            self.blocks.push(Block::Heading {
                level: 2,
                text: self.get("handout-stop-signs"),
            });
            self.warning_boxes(&plan.signs.clone());
        }
        let mut ids = stage.sources.clone();
        ids.extend(
            plan.sources
                .iter()
                .filter(|s| !stage.sources.contains(s))
                .cloned(),
        );
        self.cite(&ids);
        Ok(())
    }
}
