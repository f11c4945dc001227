//! The self-check's safety: vignettes, warning signs that can never slip by, and no
//! diagnostic wording anywhere in the outcomes.

use std::path::Path;

use ankleback::content::load_embedded;
use ankleback::selfcheck::Questionnaire;
use ankleback::selfcheck::answers::{Answer, Answers, AnswersFile};
use ankleback::selfcheck::engine::BANNED_PHRASES;
use ankleback::selfcheck::spec::{QuestionKind, QuestionSpec};

fn questionnaire() -> Questionnaire {
    load_embedded()
        .questionnaires
        .into_iter()
        .next()
        .expect("a shipped self-check")
}

#[test]
fn every_vignette_gives_its_expected_result() {
    let q = questionnaire();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/vignettes");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    files.sort();
    assert!(files.len() >= 12, "at least 12 worked cases");
    let mut outcomes_seen = std::collections::BTreeSet::new();
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        let file: AnswersFile =
            ron::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let expected = file
            .expect
            .as_ref()
            .unwrap_or_else(|| panic!("{} has no expect", path.display()));
        let result = q.assess(&file.answers);
        assert_eq!(
            q.next_question(&file.answers),
            None,
            "{}: the case answers the whole flow",
            path.display()
        );
        assert_eq!(result.urgency, expected.urgency, "{}", path.display());
        assert_eq!(result.pattern, expected.pattern, "{}", path.display());
        assert_eq!(result.outcome_id, expected.outcome, "{}", path.display());
        outcomes_seen.insert(result.outcome_id);
    }
    // Every warning sign and every pattern has a worked case.
    for outcome in &q.spec().outcomes {
        assert!(
            outcomes_seen.contains(&outcome.id),
            "no vignette reaches {}",
            outcome.id
        );
    }
}

/// A tiny deterministic generator (xorshift), so failures are reproducible.
struct Rng(u64);
impl Rng {
    fn next(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

fn random_answer(question: &QuestionSpec, rng: &mut Rng) -> Answer {
    let pick = |rng: &mut Rng| {
        question.options[rng.next(question.options.len())]
            .id
            .clone()
    };
    match question.kind {
        QuestionKind::YesNoUnsure | QuestionKind::Single => Answer::Choice(pick(rng)),
        QuestionKind::Multiple => Answer::Choices((0..rng.next(4)).map(|_| pick(rng)).collect()),
        QuestionKind::Regions => Answer::Regions((0..rng.next(4)).map(|_| pick(rng)).collect()),
        QuestionKind::PainScale => Answer::Scale(rng.next(11) as u8),
    }
}

fn is_warning(question: &QuestionSpec) -> bool {
    question.options.iter().any(|o| o.effect.warning.is_some())
}

/// The warning-sign questions, in the order they are asked.
fn warning_questions(q: &Questionnaire) -> Vec<&QuestionSpec> {
    q.spec()
        .questions
        .iter()
        .filter(|q| is_warning(q))
        .collect()
}

/// Exhaustive over every combination of answers to the warning questions (3^n), each with
/// random answers to every other question: the result is urgent exactly when some warning
/// answer flags, and then the outcome is a warning outcome.
#[test]
fn warning_signs_always_lead_to_urgent_advice() {
    let q = questionnaire();
    let warnings = warning_questions(&q);
    let others: Vec<&QuestionSpec> = q
        .spec()
        .questions
        .iter()
        .filter(|q| !is_warning(q))
        .collect();
    assert!(warnings.len() >= 10, "every warning sign is asked");
    let combinations = 3usize.pow(warnings.len() as u32);
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut urgent_cases = 0;
    for combination in 0..combinations {
        let mut answers = Answers::new();
        let mut code = combination;
        let mut flagged = false;
        for question in &warnings {
            let option = &question.options[code % 3];
            code /= 3;
            flagged |= option.effect.warning.is_some();
            answers.insert(question.id.clone(), Answer::Choice(option.id.clone()));
        }
        for question in &others {
            answers.insert(question.id.clone(), random_answer(question, &mut rng));
        }
        let result = q.assess(&answers);
        if flagged {
            urgent_cases += 1;
            assert!(
                result.urgency.is_urgent(),
                "combination {combination}: {result:?}"
            );
            let outcome = q.outcome(&result.outcome_id).unwrap();
            assert!(
                outcome.flag.is_some(),
                "combination {combination} ends at a warning outcome"
            );
            assert_eq!(
                q.next_question(&answers),
                None,
                "the check ends at the warning"
            );
        } else {
            assert!(result.flags.is_empty());
        }
    }
    assert!(urgent_cases > 0);
}

/// For each warning answer on its own (all earlier warnings "no"), the check stops right
/// there, and "Not sure" is never taken as "No".
#[test]
fn each_warning_answer_stops_the_check_at_once() {
    let q = questionnaire();
    let warnings = warning_questions(&q);
    for (index, question) in warnings.iter().enumerate() {
        for option in question
            .options
            .iter()
            .filter(|o| o.effect.warning.is_some())
        {
            let mut answers = Answers::new();
            for earlier in &warnings[..index] {
                answers.insert(earlier.id.clone(), Answer::Choice("no".into()));
            }
            answers.insert(question.id.clone(), Answer::Choice(option.id.clone()));
            assert_eq!(
                q.next_question(&answers),
                None,
                "{} = {}",
                question.id,
                option.id
            );
            assert!(
                q.assess(&answers).urgency.is_urgent(),
                "{} = {}",
                question.id,
                option.id
            );
        }
        let not_sure = question
            .options
            .iter()
            .find(|o| o.id == "not_sure")
            .unwrap();
        assert!(
            not_sure.effect.warning.is_some(),
            "{}: not sure counts as yes",
            question.id
        );
    }
}

#[test]
fn no_outcome_uses_diagnostic_wording_in_either_level() {
    let q = questionnaire();
    for outcome in &q.spec().outcomes {
        let texts = [&outcome.title, &outcome.explanation]
            .into_iter()
            .chain(&outcome.what_helps)
            .chain(&outcome.seek_care);
        for text in texts {
            for level in [&text.patient, &text.clinician] {
                let lower = level.to_lowercase();
                for phrase in BANNED_PHRASES {
                    assert!(
                        !lower.contains(phrase),
                        "{}: \"{phrase}\" in {level:?}",
                        outcome.id
                    );
                }
            }
        }
    }
}

#[test]
fn assess_command_prints_each_vignette_result() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/vignettes");
    let path = dir.join("15-sprain-back.ron");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_ankleback"))
        .arg("assess")
        .arg("--answers")
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("urgency: appointment"), "{stdout}");
    assert!(stdout.contains("pattern: sprain_back_risk"), "{stdout}");
    assert!(stdout.contains("outcome: pattern-sprain-back"), "{stdout}");

    let bad = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(bad.path(), "(answers: {\n  \"nope\": Choice(\"yes\"),\n})").unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_ankleback"))
        .args(["assess", "--answers"])
        .arg(bad.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains(":2:3: unknown question id \"nope\""));
}
