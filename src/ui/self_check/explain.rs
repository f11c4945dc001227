//! What a result says: the warning signs the answers raised, why the advice is more urgent
//! than the pattern, the pattern's own text, and how it compares with the last check.

use std::collections::BTreeMap;

use egui::RichText;

use super::{record_title, short_question};
use crate::app::AnkleBackApp;
use crate::intent::Intent;
use crate::progress::CheckRecord;
use crate::selfcheck::Questionnaire;
use crate::selfcheck::engine::Assessment;
use crate::selfcheck::spec::{OutcomeSpec, QuestionKind, QuestionSpec, Urgency};
use crate::settings::ReadingLevel;
use crate::ui::warnings::{WarningStyle, tier_box_ui, warning_signs_ui};

/// An urgent result: each warning sign the answers raised, with why it matters and what to
/// tell the staff, in the registry's words, most urgent first.
pub(super) fn warning_result_ui(
    ui: &mut egui::Ui,
    app: &AnkleBackApp,
    style: WarningStyle<'_>,
    result: &Assessment,
) {
    let level = style.level;
    crate::ui::a11y::heading(
        ui,
        RichText::new(app.t("selfcheck-signs-heading")).strong(),
        2,
    );
    let sign_ui = |ui: &mut egui::Ui, sign: &crate::content::warnings::WarningSign| {
        crate::ui::a11y::list_item_styled(ui, sign.text.get(level), RichText::strong);
        ui.label(sign.why.get(level));
        if let Some(tell) = &sign.tell {
            ui.label(
                style
                    .content
                    .warnings
                    .fill_emergency(tell.get(level), style.emergency_number),
            );
        }
        ui.label(RichText::new(sources_line(app, &sign.sources)).weak());
        ui.add_space(4.0);
    };
    for (tier, signs) in app.content.warnings.grouped(&result.flags) {
        if tier == result.urgency {
            // The banner above already says what to do for this tier.
            for sign in signs {
                sign_ui(ui, sign);
            }
        } else {
            tier_box_ui(ui, style, tier, |ui| {
                for sign in signs {
                    sign_ui(ui, sign);
                }
            });
            ui.add_space(4.0);
        }
    }
    ui.label(app.t("selfcheck-sign-not-diagnosis"));
}

/// Why the result is more urgent than its pattern: the answers that set a floor.
pub(super) fn floors_ui(
    ui: &mut egui::Ui,
    app: &AnkleBackApp,
    questionnaire: &Questionnaire,
    style: WarningStyle<'_>,
    outcome: &OutcomeSpec,
    result: &Assessment,
) {
    let level = style.level;
    let mut reasons: BTreeMap<String, ()> = BTreeMap::new();
    for floor in result.floors.iter().filter(|f| f.urgency > outcome.urgency) {
        let Some(question) = questionnaire.question(&floor.question) else {
            continue;
        };
        let label = question
            .options
            .iter()
            .find(|o| o.id == floor.option)
            .filter(|_| question.kind != QuestionKind::YesNoUnsure)
            .map_or_else(
                || {
                    if question.kind == QuestionKind::PainScale {
                        app.tf(
                            "selfcheck-pain-score",
                            &[("score", floor.option.as_str().into())],
                        )
                    } else {
                        format!(
                            "{} {}",
                            short_question(question.text.get(level)),
                            answer_word(question, &floor.option, level)
                        )
                    }
                },
                |o| o.label.get(level).to_owned(),
            );
        reasons.insert(label, ());
    }
    let signs: Vec<String> = result
        .flags
        .iter()
        .filter(|f| {
            style
                .content
                .warnings
                .sign(f)
                .is_some_and(|s| s.tier > outcome.urgency)
        })
        .cloned()
        .collect();
    if reasons.is_empty() && signs.is_empty() {
        return;
    }
    ui.label(RichText::new(app.t("selfcheck-floors-heading")).strong());
    crate::ui::a11y::list(ui, app.t("selfcheck-floors-list"), |ui| {
        for reason in reasons.keys() {
            crate::ui::a11y::list_item(
                ui,
                &app.tf(
                    "selfcheck-you-answered",
                    &[("answer", reason.as_str().into())],
                ),
            );
        }
    });
    let floor_sign = questionnaire.spec().floor_sign.as_deref();
    if let Some(sign) = floor_sign.and_then(|id| style.content.warnings.sign(id)) {
        ui.label(sign.why.get(level));
    }
    if !signs.is_empty() {
        warning_signs_ui(ui, style, &signs);
    }
    ui.add_space(6.0);
}

fn answer_word<'a>(question: &'a QuestionSpec, option: &str, level: ReadingLevel) -> &'a str {
    question
        .options
        .iter()
        .find(|o| o.id == option)
        .map_or("", |o| o.label.get(level))
}

/// The pattern's explanation, what helps, when to get care, what to read, its sources.
pub(super) fn outcome_text_ui(
    ui: &mut egui::Ui,
    app: &AnkleBackApp,
    outcome: &OutcomeSpec,
    level: ReadingLevel,
    intents: &mut Vec<Intent>,
) {
    let content = &app.content;
    ui.label(outcome.explanation.get(level));
    if !outcome.what_helps.is_empty() {
        ui.add_space(6.0);
        let title = app.t("selfcheck-helps-heading");
        crate::ui::a11y::heading(ui, RichText::new(title).strong(), 2);
        crate::ui::a11y::list(ui, app.t("selfcheck-helps-list"), |ui| {
            for item in &outcome.what_helps {
                crate::ui::a11y::list_item(ui, item.get(level));
            }
        });
    }
    if !outcome.seek_care.is_empty() {
        ui.add_space(6.0);
        crate::ui::a11y::heading(
            ui,
            RichText::new(app.t("selfcheck-care-heading")).strong(),
            2,
        );
        crate::ui::a11y::list(ui, app.t("selfcheck-care-list"), |ui| {
            for item in &outcome.seek_care {
                crate::ui::a11y::list_item(ui, item.get(level));
            }
        });
    }
    if !outcome.read_next.is_empty() {
        ui.add_space(6.0);
        crate::ui::a11y::heading(ui, RichText::new(app.t("selfcheck-read-more")).strong(), 2);
        for link in &outcome.read_next {
            let title = content.link_title(link);
            if ui.link(title).clicked() {
                intents.push(Intent::open(link));
            }
        }
    }
    ui.add_space(6.0);
    ui.label(RichText::new(sources_line(app, &outcome.sources)).weak());
}

/// "Sources: …" under a sign or an outcome.
fn sources_line(app: &AnkleBackApp, sources: &[String]) -> String {
    app.tf(
        "selfcheck-sources",
        &[("sources", app.content.cite(sources, &app.messages).into())],
    )
}

/// The last check's date and advice, and whether the advice is more or less urgent now.
pub(super) fn compared_ui(
    ui: &mut egui::Ui,
    app: &AnkleBackApp,
    questionnaire: &Questionnaire,
    previous: &CheckRecord,
    urgency: Urgency,
) {
    let level = app.self_check_level();
    ui.label(RichText::new(app.t("selfcheck-compared-heading")).strong());
    ui.label(app.tf(
        "selfcheck-compared-line",
        &[
            ("date", previous.date.as_str().into()),
            ("urgency", app.t(previous.urgency.short_message_id()).into()),
            (
                "title",
                record_title(app, questionnaire, &previous.outcome, level).into(),
            ),
        ],
    ));
    ui.label(app.t(match previous.urgency.cmp(&urgency) {
        std::cmp::Ordering::Less => "selfcheck-compared-more",
        std::cmp::Ordering::Greater => "selfcheck-compared-less",
        std::cmp::Ordering::Equal => "selfcheck-compared-same",
    }));
}
