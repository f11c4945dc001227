//! The self-check's safety rules, checked against the shipped content: vignettes, warning
//! signs that can never slip by, floors no score can lower, one tier per sign, and no
//! diagnostic wording anywhere.
#![allow(
    clippy::unwrap_used,
    reason = "test helpers: a panic is a failure with its line"
)]

use std::collections::BTreeSet;
use std::path::Path;

use ankleback::content::{Content, load_embedded};
use ankleback::selfcheck::Questionnaire;
use ankleback::selfcheck::answers::{Answer, Answers, AnswersFile};
use ankleback::selfcheck::engine::{sign_of_outcome, warning_outcome_id};
use ankleback::selfcheck::spec::{QuestionKind, QuestionSpec, Urgency};
use ankleback::selfcheck::validate::banned_phrase;

fn content() -> Content {
    load_embedded()
}

/// The shipped content in English and in every language folder it has, complete or not:
/// the engine never reads text, so every result must be the same in each.
fn every_language() -> Vec<(String, Content)> {
    let files = ankleback::content::ContentFiles::embedded();
    let english = content();
    let mut out = vec![("en".to_owned(), english.clone())];
    for code in ankleback::content::i18n::language_codes(&files) {
        let (translated, _) =
            ankleback::content::i18n::set::resolve_for_tool(&english, &files, &code).unwrap();
        out.push((code, translated));
    }
    out
}

fn questionnaire(content: &Content) -> &Questionnaire {
    content
        .questionnaires
        .first()
        .expect("a shipped self-check")
}

fn vignettes() -> Vec<(std::path::PathBuf, AnswersFile)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/vignettes");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).unwrap();
            let file: AnswersFile =
                ron::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            (path, file)
        })
        .collect()
}

#[test]
fn every_vignette_gives_its_expected_result_and_every_outcome_has_one() {
    let languages = every_language();
    assert!(languages.len() >= 2, "English and Spanish");
    for (lang, content) in &languages {
        vignettes_hold(lang, content);
    }
}

fn vignettes_hold(lang: &str, content: &Content) {
    let q = questionnaire(content);
    let mut outcomes_seen = BTreeSet::new();
    let mut floors_seen = BTreeSet::new();
    for (path, file) in vignettes() {
        let expected = file
            .expect
            .as_ref()
            .unwrap_or_else(|| panic!("{} has no expect", path.display()));
        assert!(
            q.check_answers(&file.answers).is_empty(),
            "{}: {:?}",
            path.display(),
            q.check_answers(&file.answers)
        );
        assert_eq!(
            q.next_screen(&file.answers),
            None,
            "{}: the case answers the whole flow",
            path.display()
        );
        let result = q.assess(&file.answers);
        assert_eq!(
            result.urgency,
            expected.urgency,
            "{lang}: {}",
            path.display()
        );
        assert_eq!(
            result.pattern,
            expected.pattern,
            "{lang}: {}",
            path.display()
        );
        assert_eq!(
            result.outcome_id,
            expected.outcome,
            "{lang}: {}",
            path.display()
        );
        outcomes_seen.insert(result.outcome_id.clone());
        for floor in &result.floors {
            floors_seen.insert(floor.question.clone());
        }
    }
    // Every pattern outcome, and every urgent sign the questions can raise, has a case.
    for outcome in &q.spec().outcomes {
        assert!(
            outcomes_seen.contains(&outcome.id),
            "{lang}: no vignette reaches {}",
            outcome.id
        );
    }
    for sign in raised_signs(q) {
        if q.tier_of(&sign).is_some_and(Urgency::is_urgent) {
            assert!(
                outcomes_seen.contains(&warning_outcome_id(&sign)),
                "no vignette reaches the warning sign {sign}"
            );
        }
    }
    // Every kind of floor has a case.
    for question in [
        "feel",
        "heel_signs",
        "heel_walk",
        "pain_now",
        "long_lasting",
    ] {
        assert!(
            floors_seen.contains(question),
            "no vignette shows the floor of {question}"
        );
    }
}

fn raised_signs(q: &Questionnaire) -> BTreeSet<String> {
    q.spec()
        .questions
        .iter()
        .flat_map(|question| &question.options)
        .filter_map(|o| o.effect.warning.clone())
        .collect()
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

/// A random answer of the right kind. Warning questions mostly get "no", so that the random
/// walks also reach the pattern questions.
fn random_answer(question: &QuestionSpec, rng: &mut Rng, warning: bool) -> Answer {
    let pick = |rng: &mut Rng| {
        question.options[rng.next(question.options.len())]
            .id
            .clone()
    };
    match question.kind {
        QuestionKind::YesNoUnsure if warning && rng.next(8) != 0 => Answer::Choice("no".into()),
        QuestionKind::YesNoUnsure if rng.next(3) != 0 => Answer::Choice("no".into()),
        QuestionKind::YesNoUnsure | QuestionKind::Single => Answer::Choice(pick(rng)),
        QuestionKind::Multiple => {
            let picked: BTreeSet<String> = (0..rng.next(4)).map(|_| pick(rng)).collect();
            Answer::Choices(picked.into_iter().collect())
        }
        QuestionKind::Regions => Answer::Regions((0..rng.next(4)).map(|_| pick(rng)).collect()),
        QuestionKind::PainScale => Answer::Scale(rng.next(11) as u8),
    }
}

/// A complete random answer set, screen by screen, the way a person walks the check.
fn random_walk(q: &Questionnaire, rng: &mut Rng) -> Answers {
    let mut answers = Answers::new();
    while let Some((screen, asked)) = q.next_screen(&answers) {
        for question in asked {
            answers.insert(
                question.id.clone(),
                random_answer(question, rng, screen.warning),
            );
        }
    }
    answers
}

/// The nerve features, listed here on their own (not read from the floors in the file), so a
/// content edit that drops a floor makes this test fail.
const NERVE_FEATURES: [(&str, &str); 9] = [
    ("feel", "burning"),
    ("feel", "numb_tingling"),
    ("feel", "below_knee"),
    ("heel_signs", "weak_pushoff"),
    ("heel_signs", "leg_numb_burning"),
    ("heel_walk", "yes"),
    ("heel_walk", "not_sure"),
    ("tiptoe_walk", "yes"),
    ("tiptoe_walk", "not_sure"),
];

/// Over many random complete answer sets: a nerve feature means at least an appointment; a
/// red flag means at least its registry tier; no emergency without an emergency sign.
#[test]
fn floors_and_tiers_hold_over_random_answer_sets() {
    let content = content();
    let q = questionnaire(&content);
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let (mut nerve_cases, mut flag_cases, mut self_care) = (0, 0, 0);
    for case in 0..20_000 {
        let answers = random_walk(q, &mut rng);
        let result = q.assess(&answers);
        let nerve = NERVE_FEATURES.iter().any(|(question, option)| {
            answers
                .get(*question)
                .is_some_and(|a| a.option_ids().contains(option))
        });
        if nerve {
            nerve_cases += 1;
            assert!(
                result.urgency >= Urgency::Appointment,
                "case {case}: a nerve feature ended at self-care: {answers:?}"
            );
        }
        for flag in &result.flags {
            flag_cases += 1;
            let tier = content.warnings.sign(flag).map(|s| s.tier).unwrap();
            assert!(result.urgency >= tier, "case {case}: {flag} below its tier");
        }
        let emergency_sign = result.flags.iter().any(|f| {
            content
                .warnings
                .sign(f)
                .is_some_and(|s| s.tier == Urgency::Emergency)
        });
        assert_eq!(
            result.urgency == Urgency::Emergency,
            emergency_sign,
            "case {case}: emergency exactly when an emergency sign was raised"
        );
        if result.urgency == Urgency::SelfCare {
            self_care += 1;
        }
    }
    assert!(
        nerve_cases > 1000 && flag_cases > 1000 && self_care > 100,
        "the walks reach every branch: {nerve_cases} nerve, {flag_cases} flags, {self_care} self-care"
    );
}

/// Exhaustive over the first warning screen (3^n answers): any yes or not sure ends the check
/// at once with emergency advice; all "no" goes on.
#[test]
fn the_emergency_screen_is_exhaustively_safe() {
    let languages = every_language();
    assert!(languages.len() >= 2, "English and Spanish");
    for (lang, content) in &languages {
        emergency_screen_is_safe(lang, content);
    }
}

fn emergency_screen_is_safe(lang: &str, content: &Content) {
    let q = questionnaire(content);
    let (screen, asked) = q.next_screen(&Answers::new()).unwrap();
    assert!(screen.warning);
    assert!(
        asked.len() >= 7,
        "every emergency sign is asked on the first screen"
    );
    for combination in 0..3usize.pow(asked.len() as u32) {
        let mut answers = Answers::new();
        let mut code = combination;
        let mut flagged = false;
        for question in &asked {
            let option = &question.options[code % 3];
            code /= 3;
            flagged |= option.effect.warning.is_some();
            answers.insert(question.id.clone(), Answer::Choice(option.id.clone()));
        }
        let result = q.assess(&answers);
        if flagged {
            assert_eq!(result.urgency, Urgency::Emergency, "{lang}: {combination}");
            assert!(result.is_warning());
            assert_eq!(
                q.next_screen(&answers),
                None,
                "the check ends at the warning"
            );
        } else {
            assert!(q.next_screen(&answers).is_some());
        }
    }
}

#[test]
fn every_warning_question_counts_not_sure_as_yes_and_has_one_tier() {
    let content = content();
    let q = questionnaire(&content);
    for question in &q.spec().questions {
        let Some(yes) = question.options.iter().find(|o| o.id == "yes") else {
            continue;
        };
        if let Some(sign) = &yes.effect.warning {
            let not_sure = question
                .options
                .iter()
                .find(|o| o.id == "not_sure")
                .unwrap();
            assert_eq!(
                not_sure.effect.warning.as_ref(),
                Some(sign),
                "{}",
                question.id
            );
            assert_eq!(
                q.tier_of(sign),
                content.warnings.sign(sign).map(|s| s.tier),
                "{}: the tier is the registry's",
                question.id
            );
        }
    }
}

/// The red flags the clinical review found missing are asked, each as its own question.
#[test]
fn every_red_flag_is_asked() {
    let content = content();
    let q = questionnaire(&content);
    let asked = raised_signs(q);
    for sign in [
        "saddle_numbness",
        "bladder_bowel",
        "sexual_function",
        "sciatica_both_legs",
        "progressive_weakness",
        "clot_lungs",
        "calf_clot",
        "cannot_bear_weight",
        "bone_tenderness",
        "achilles_rupture",
        "fever",
        "cancer_history",
        "weight_loss",
        "immune_weak",
        "injecting_drugs",
        "recent_infection",
        "night_pain",
        "major_trauma",
        "back_pain_age",
        "inflammatory_back",
    ] {
        assert!(asked.contains(sign), "{sign} is never asked");
    }
}

/// A fresh sprain that hurts to walk on is not sent to the emergency screen, and the Ottawa
/// questions are only asked for injuries in the last 10 days.
#[test]
fn a_sprain_is_not_an_emergency_and_ottawa_has_its_scope() {
    let content = content();
    let q = questionnaire(&content);
    let weakness = q.question("worsening_weakness").unwrap();
    assert!(
        weakness
            .text
            .patient
            .contains("not walking that is hard because an injury hurts")
    );
    for question in ["four_steps", "bone_tenderness"] {
        let spec = q.question(question).unwrap();
        assert!(
            spec.show_if.is_some(),
            "{question} is asked only after a fresh injury"
        );
        assert!(!spec.text.patient.contains("very sore"));
    }
    let mut answers = Answers::new();
    while let Some((_, asked)) = q.next_screen(&answers) {
        for question in asked {
            let answer = match question.id.as_str() {
                "recent_injury" => Answer::Choice("no".into()),
                _ => match question.kind {
                    QuestionKind::YesNoUnsure => Answer::Choice("no".into()),
                    QuestionKind::Multiple => Answer::Choices(vec![]),
                    QuestionKind::PainScale => Answer::Scale(5),
                    _ => Answer::Choice(question.options[0].id.clone()),
                },
            };
            answers.insert(question.id.clone(), answer);
        }
    }
    assert!(
        !answers.contains_key("four_steps"),
        "no Ottawa questions four weeks on"
    );
}

/// Every text people read: no verdict on the person.
#[test]
fn no_text_anywhere_uses_diagnostic_wording() {
    let content = content();
    let mut texts: Vec<String> = Vec::new();
    for article in &content.articles {
        texts.push(article.summary.clone());
        for section in &article.sections {
            for block in section.patient.iter().chain(&section.clinician) {
                texts.extend(block.texts().into_iter().map(str::to_owned));
            }
        }
    }
    for region in &content.regions {
        texts.extend([region.what.clone(), region.link.clone()]);
    }
    for term in &content.glossary {
        texts.push(term.plain.clone());
    }
    for sign in &content.warnings.signs {
        texts.extend([sign.text.patient.clone(), sign.why.patient.clone()]);
    }
    let q = questionnaire(&content);
    for outcome in &q.spec().outcomes {
        for text in [&outcome.title, &outcome.explanation]
            .into_iter()
            .chain(&outcome.what_helps)
            .chain(&outcome.seek_care)
        {
            texts.extend([text.patient.clone(), text.clinician.clone()]);
        }
    }
    for text in texts {
        assert_eq!(banned_phrase(&text), None, "{text}");
    }
}

/// The urgent advice says where to go, and the emergency number setting is used.
#[test]
fn urgent_advice_says_where_to_go() {
    let content = content();
    let level = ankleback::settings::ReadingLevel::Patient;
    let emergency = content.warnings.action(Urgency::Emergency, level, "");
    assert!(emergency.contains("112, 911 or 999"), "{emergency}");
    assert!(emergency.contains("Do not drive yourself"));
    let set = content.warnings.action(Urgency::Emergency, level, "123");
    assert!(set.contains("123") && !set.contains("911"), "{set}");
    let same_day = content.warnings.action(Urgency::SameDay, level, "");
    assert!(same_day.contains("urgent care") && same_day.contains("minor injuries"));
    // Every urgent result names a known sign.
    for (_, file) in vignettes() {
        let result = questionnaire(&content).assess(&file.answers);
        if result.is_warning() {
            let sign = sign_of_outcome(&result.outcome_id).unwrap();
            assert!(content.warnings.sign(&sign).is_some(), "{sign}");
        }
    }
}

#[test]
fn assess_prints_results_and_rejects_answers_of_the_wrong_kind() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/vignettes");
    let run = |path: &Path| {
        std::process::Command::new(env!("CARGO_BIN_EXE_ankleback"))
            .args(["assess", "--answers"])
            .arg(path)
            .output()
            .unwrap()
    };
    let out = run(&dir.join("33-sprain-back.ron"));
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("urgency: appointment"), "{stdout}");
    assert!(stdout.contains("pattern: sprain_back_risk"), "{stdout}");
    assert!(stdout.contains("outcome: pattern-sprain-back"), "{stdout}");

    let bad = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(
        bad.path(),
        "\u{feff}(answers: {\n  \"nope\": Choice(\"yes\"),\n  \"saddle_numbness\": Scale(9),\n  \"pain_now\": Scale(255),\n  \"area\": Choices([\"ankle\", \"lower_back\"]),\n  \"sciatica\\tboth\": Choice(\"no\"),\n})",
    )
    .unwrap();
    let out = run(bad.path());
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains(":2:3: unknown question \"nope\""),
        "{stdout}"
    );
    assert!(
        stdout.contains(":3:3: \"saddle_numbness\" expects Choice"),
        "{stdout}"
    );
    assert!(
        stdout.contains(":4:3: \"pain_now\" expects Scale"),
        "{stdout}"
    );
    assert!(stdout.contains(":5:3: \"area\" expects Choice"), "{stdout}");
    assert!(
        stdout.contains(":6:3: unknown question \"sciatica\\tboth\""),
        "{stdout}"
    );
    assert_eq!(stdout.lines().count(), 5, "one line per problem: {stdout}");
}

/// Error positions come from the parser: invalid UTF-8 at the bad byte, an id with a newline
/// on one line of output.
#[test]
fn assess_places_encoding_errors_and_odd_ids_on_one_line() {
    let run = |bytes: &[u8]| {
        let file = tempfile::NamedTempFile::new().unwrap();
        std::fs::write(file.path(), bytes).unwrap();
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_ankleback"))
            .args(["assess", "--answers"])
            .arg(file.path())
            .output()
            .unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
        )
    };
    let (code, stdout) = run(b"(answers: {\n  \"fever\": Choice(\"n\xffo\"),\n})");
    assert_eq!(code, Some(1));
    assert!(stdout.contains(":2:21: not UTF-8 text"), "{stdout}");
    let (code, stdout) = run(b"(answers: {\n  \"a\\nb\": Choice(\"no\"),\n})");
    assert_eq!(code, Some(1));
    assert_eq!(stdout.lines().count(), 1, "{stdout}");
    assert!(
        stdout.contains(":2:3: unknown question \"a\\nb\""),
        "{stdout}"
    );
}
