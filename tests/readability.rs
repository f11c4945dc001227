//! Patient text stays readable: Flesch-Kincaid grade per article, none above 8.
//! Run with `--nocapture` to see the figures.

use ankleback::content::load_embedded;
use ankleback::content::readability::flesch_kincaid_grade;

#[test]
fn every_article_is_at_most_grade_8() {
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
                if !piece.ends_with(['.', '!', '?', ':', ';']) {
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
    let too_hard: Vec<_> = grades.iter().filter(|(_, g)| *g > 8.0).collect();
    assert!(too_hard.is_empty(), "above grade 8: {too_hard:?}");
}
