//! Patient text stays readable: Flesch-Kincaid grade per article at most 6, self-check
//! outcome texts at most 6.5 (only `.`, `!` and `?` end a sentence). Run with `--nocapture`
//! to see the figures.

use ankleback::content::load_embedded;
use ankleback::content::readability::flesch_kincaid_grade;

#[test]
fn every_article_is_at_most_grade_6() {
    let content = load_embedded();
    let mut grades = Vec::new();
    for article in &content.articles {
        let mut text = String::new();
        for section in &article.sections {
            for piece in std::iter::once(section.heading.as_str())
                .chain(section.patient.iter().flat_map(|b| b.texts()))
            {
                let piece = content.plain(piece);
                let piece = piece.trim();
                text.push_str(piece);
                // Headings and list items often end without a full stop: each is a sentence.
                if !piece.ends_with(['.', '!', '?']) {
                    text.push('.');
                }
                text.push(' ');
            }
        }
        let grade = flesch_kincaid_grade(&text).expect("patient text is not empty");
        println!("{:<24} grade {grade:>4.1}  {}", article.id, article.title);
        grades.push((article.id.clone(), grade));
    }
    let mut sorted: Vec<f64> = grades.iter().map(|(_, g)| *g).collect();
    sorted.sort_by(f64::total_cmp);
    let median = sorted[sorted.len() / 2];
    println!("median grade {median:.1} (aim: 6.5 or lower)");
    let too_hard: Vec<_> = grades.iter().filter(|(_, g)| *g > 6.0).collect();
    assert!(too_hard.is_empty(), "above grade 6: {too_hard:?}");
}

/// Each self-check outcome's patient text (title, explanation, what helps, when to get care)
/// and each warning sign's patient text stays at about grade 6.5.
#[test]
fn self_check_results_are_at_most_grade_6_5() {
    let content = load_embedded();
    let q = content.questionnaires.first().expect("a self-check ships");
    let mut too_hard = Vec::new();
    let sentence = |text: &str| {
        let text = text.trim().to_owned();
        if text.ends_with(['.', '!', '?']) {
            text
        } else {
            format!("{text}.")
        }
    };
    for outcome in &q.spec().outcomes {
        let text: Vec<String> = [&outcome.title, &outcome.explanation]
            .into_iter()
            .chain(&outcome.what_helps)
            .chain(&outcome.seek_care)
            .map(|t| sentence(&t.patient))
            .collect();
        let grade = flesch_kincaid_grade(&text.join(" ")).expect("text");
        println!("outcome {:<28} grade {grade:>4.1}", outcome.id);
        if grade > 6.5 {
            too_hard.push((outcome.id.clone(), grade));
        }
    }
    for sign in &content.warnings.signs {
        let text = [&sign.text, &sign.why]
            .into_iter()
            .chain(&sign.tell)
            .map(|t| sentence(&t.patient))
            .collect::<Vec<_>>()
            .join(" ");
        let grade = flesch_kincaid_grade(&text).expect("text");
        println!("sign {:<30} grade {grade:>4.1}", sign.id);
        if grade > 6.5 {
            too_hard.push((sign.id.clone(), grade));
        }
    }
    assert!(too_hard.is_empty(), "above grade 6.5: {too_hard:?}");
}

/// Each plan programme's patient text (what it is for, before you start, stage goals, when to
/// move on, exercise names, steps and drawing captions) stays at about grade 6.
#[test]
fn every_plan_programme_is_at_most_grade_6() {
    let content = load_embedded();
    let plan = content.plan.as_ref().expect("a plan ships");
    let mut too_hard = Vec::new();
    for programme in &plan.programmes {
        let mut pieces: Vec<String> = vec![
            programme.name.clone(),
            programme.about.patient.clone(),
            programme.before_you_start.patient.clone(),
        ];
        for stage in &programme.stages {
            pieces.push(stage.name.clone());
            pieces.push(stage.goal.patient.clone());
            pieces.push(stage.move_on_when.patient.clone());
            for exercise in &stage.exercises {
                pieces.push(exercise.name.clone());
                pieces.extend(exercise.steps.iter().cloned());
                pieces
                    .push(ankleback::body::exercise_figures::caption(exercise.drawing).to_owned());
            }
        }
        let mut text = String::new();
        for piece in &pieces {
            let piece = piece.trim();
            text.push_str(piece);
            if !piece.ends_with(['.', '!', '?']) {
                text.push('.');
            }
            text.push(' ');
        }
        let grade = flesch_kincaid_grade(&text).expect("patient text is not empty");
        println!(
            "plan {:<12} grade {grade:>4.1}  {}",
            programme.id, programme.name
        );
        if grade > 6.0 {
            too_hard.push((programme.id.clone(), grade));
        }
    }
    assert!(too_hard.is_empty(), "above grade 6: {too_hard:?}");
}
