//! Text with glossary terms: one wrapped paragraph, terms underlined, their definitions shown
//! on hover, on keyboard focus and on a tap (a click).

use egui::text::{LayoutJob, TextFormat};
use egui::{Label, Sense};

use crate::content::Content;
use crate::content::markup::{self, Span};

/// Text with glossary terms, laid out as one paragraph so it wraps like any text. Terms are
/// underlined; hovering one shows its definition. A paragraph with terms can take keyboard
/// focus, and then shows the definitions of all its terms.
pub fn rich_text_ui(ui: &mut egui::Ui, content: &Content, text: &str) {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let colour = ui.visuals().text_color();
    let plain = TextFormat::simple(font.clone(), colour);
    let underlined = TextFormat {
        underline: egui::Stroke::new(1.0, colour),
        ..plain.clone()
    };
    let mut job = LayoutJob::default();
    // (first char, end char, term) of each term in the laid-out text.
    let mut terms: Vec<(usize, usize, &crate::content::model::Term)> = Vec::new();
    let mut chars = 0;
    for span in markup::parse(text) {
        match span {
            Span::Text(text) => {
                job.append(text, 0.0, plain.clone());
                chars += text.chars().count();
            }
            Span::Term { id, shown } => {
                let term = content.term(id);
                let words = shown.or(term.map(|t| t.term.as_str())).unwrap_or(id);
                job.append(words, 0.0, underlined.clone());
                let count = words.chars().count();
                if let Some(term) = term {
                    terms.push((chars, chars + count, term));
                }
                chars += count;
            }
        }
    }
    job.wrap.max_width = ui.available_width();
    let galley = ui.fonts_mut(|fonts| fonts.layout_job(job));
    let sense = if terms.is_empty() {
        Sense::hover()
    } else {
        Sense::focusable_noninteractive()
    };
    let response = ui.add(Label::new(galley.clone()).sense(sense));
    if terms.is_empty() {
        return;
    }
    // Touch: a tap on a term shows its definition under the paragraph (a tap elsewhere in it
    // shows all of them) until the next tap.
    let tapped_id = response.id.with("tapped");
    if let Some(pos) = ui.input(|i| {
        i.pointer
            .primary_clicked()
            .then(|| i.pointer.interact_pos())
            .flatten()
    }) {
        let tapped = response.rect.contains(pos).then(|| {
            let index = galley.cursor_from_pos(pos - response.rect.min).index.0;
            terms
                .iter()
                .find(|(start, end, _)| (*start..*end).contains(&index))
                .map_or_else(String::new, |(_, _, term)| term.id.clone())
        });
        ui.data_mut(|d| match tapped {
            Some(id) => {
                d.insert_temp(tapped_id, id);
            }
            None => d.remove::<String>(tapped_id),
        });
    }
    let definition = |t: &crate::content::model::Term| format!("{}: {}", t.term, t.plain);
    let mut seen = Vec::new();
    let definitions: Vec<String> = terms
        .iter()
        .filter(|(_, _, t)| {
            let new = !seen.contains(&t.id);
            seen.push(t.id.clone());
            new
        })
        .map(|(_, _, t)| definition(t))
        .collect();
    // Screen readers read the definitions after the paragraph.
    crate::ui::a11y::describe(ui, &response, definitions.join(" "));
    if let Some(tapped) = ui.data(|d| d.get_temp::<String>(tapped_id)) {
        let shown: Vec<String> = match terms.iter().find(|(_, _, t)| t.id == tapped) {
            Some((_, _, term)) => vec![definition(term)],
            None => definitions.clone(),
        };
        egui::Frame::new()
            .fill(ui.visuals().extreme_bg_color)
            .stroke(ui.visuals().widgets.noninteractive.bg_stroke)
            .corner_radius(4.0)
            .inner_margin(6.0)
            .show(ui, |ui| {
                for text in shown {
                    ui.label(text);
                }
            });
    }
    if let Some(pointer) = response.hover_pos() {
        let index = galley.cursor_from_pos(pointer - response.rect.min).index.0;
        if let Some((_, _, term)) = terms
            .iter()
            .find(|(start, end, _)| (*start..*end).contains(&index))
        {
            response
                .clone()
                .on_hover_text_at_pointer(format!("{}: {}", term.term, term.plain));
        }
    }
    if response.has_focus() {
        response.show_tooltip_text(definitions.join("\n"));
    }
}
