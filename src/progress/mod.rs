//! What the user has done, kept per profile in `progress.ron`. Plain data, no egui.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::selfcheck::answers::Answers;
use crate::selfcheck::spec::Urgency;
use crate::store::Document;

/// Everything kept about a user's progress.
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default)]
pub struct Progress {
    /// File format version.
    pub version: u32,
    /// Articles opened: article id → date first read (`YYYY-MM-DD`).
    pub articles_read: BTreeMap<String, String>,
    /// Completed self-checks, oldest first.
    pub self_checks: Vec<CheckRecord>,
    /// Pain diary, one entry per day, sorted by date.
    pub diary: Vec<DiaryEntry>,
    /// Recovery plan: the stage the user is on.
    pub plan_stage: Option<String>,
    /// Exercise log: date (`YYYY-MM-DD`) → exercise ids done that day.
    pub exercise_log: BTreeMap<String, BTreeSet<String>>,
    /// Shoes being tracked.
    pub shoes: Vec<Shoe>,
    /// Consults saved here by a clinician ("Save to a patient profile"), oldest first; an
    /// entry that cannot be read is skipped, the rest of the file kept.
    #[serde(deserialize_with = "crate::consult::saved::lenient_list")]
    pub consults: Vec<crate::consult::saved::SavedConsult>,
}

/// One day in the pain diary.
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default)]
pub struct DiaryEntry {
    /// `YYYY-MM-DD`.
    pub date: String,
    /// Ankle pain 0–10.
    pub ankle: Option<u8>,
    /// Back pain 0–10.
    pub back: Option<u8>,
    /// Optional note.
    pub note: String,
}

/// A pair of shoes and how far they have gone.
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default)]
pub struct Shoe {
    /// The user's name for the pair.
    pub name: String,
    /// Distance so far, kilometres (shown in the unit the user picked).
    pub distance_km: f64,
    /// `YYYY-MM-DD` first worn.
    pub since: String,
}

/// Kilometres in a mile.
pub const KM_PER_MILE: f64 = 1.609_344;
/// Shoes are best replaced between these distances (300–500 miles; source s003).
pub const SHOE_LIMIT_KM: (f64, f64) = (300.0 * KM_PER_MILE, 500.0 * KM_PER_MILE);

impl Shoe {
    /// How worn the pair is: 0 below 300 miles, rising to 1 at 500 miles.
    pub fn wear(&self) -> f64 {
        ((self.distance_km - SHOE_LIMIT_KM.0) / (SHOE_LIMIT_KM.1 - SHOE_LIMIT_KM.0)).clamp(0.0, 1.0)
    }
}

/// One completed self-check.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
pub struct CheckRecord {
    /// When it was completed (`YYYY-MM-DD HH:MM`, local time).
    pub date: String,
    /// The answers given.
    pub answers: Answers,
    /// Outcome id.
    pub outcome: String,
    /// Urgency shown.
    pub urgency: Urgency,
    /// Pattern matched, if any.
    #[serde(default)]
    pub pattern: Option<String>,
}

impl Progress {
    /// Records that an article was opened today. Returns whether anything changed.
    pub fn mark_read(&mut self, article: &str, today: &str) -> bool {
        if self.articles_read.contains_key(article) {
            return false;
        }
        self.articles_read
            .insert(article.to_owned(), today.to_owned());
        true
    }

    /// Whether an article was read.
    pub fn is_read(&self, article: &str) -> bool {
        self.articles_read.contains_key(article)
    }

    /// Adds or replaces the diary entry of `entry.date`, keeping the diary sorted.
    pub fn set_diary_entry(&mut self, entry: DiaryEntry) {
        match self
            .diary
            .binary_search_by(|e| e.date.as_str().cmp(&entry.date))
        {
            Ok(index) => self.diary[index] = entry,
            Err(index) => self.diary.insert(index, entry),
        }
    }

    /// Removes the diary entry of a day. Returns whether there was one.
    pub fn remove_diary_entry(&mut self, date: &str) -> bool {
        match self.diary.binary_search_by(|e| e.date.as_str().cmp(date)) {
            Ok(index) => {
                self.diary.remove(index);
                true
            }
            Err(_) => false,
        }
    }

    /// The diary entry of a day.
    pub fn diary_entry(&self, date: &str) -> Option<&DiaryEntry> {
        self.diary
            .binary_search_by(|e| e.date.as_str().cmp(date))
            .ok()
            .map(|i| &self.diary[i])
    }

    /// Ticks or unticks an exercise for a day.
    pub fn set_exercise_done(&mut self, date: &str, exercise: &str, done: bool) {
        let day = self.exercise_log.entry(date.to_owned()).or_default();
        if done {
            day.insert(exercise.to_owned());
        } else {
            day.remove(exercise);
            if day.is_empty() {
                self.exercise_log.remove(date);
            }
        }
    }

    /// Whether an exercise was done on a day.
    pub fn is_exercise_done(&self, date: &str, exercise: &str) -> bool {
        self.exercise_log
            .get(date)
            .is_some_and(|day| day.contains(exercise))
    }
}

impl Document for Progress {
    const FILE_NAME: &'static str = "progress.ron";
    /// 1: articles read and self-checks; 2: diary, plan, exercise log, shoes; 3: saved
    /// consults (each added with defaults, so older files load as they are).
    const VERSION: u32 = 3;

    fn set_version(&mut self, version: u32) {
        self.version = version;
    }
}

impl DiaryEntry {
    /// Whether anything was entered (a pain value or a note).
    pub fn has_content(&self) -> bool {
        self.ankle.is_some() || self.back.is_some() || !self.note.trim().is_empty()
    }
}

/// The diary's values as plot segments `[day number, value]`: a missed day, or a day without
/// this value, ends a segment, so the trend line never joins across a gap.
pub fn trend_segments(
    diary: &[DiaryEntry],
    pick: fn(&DiaryEntry) -> Option<u8>,
) -> Vec<Vec<[f64; 2]>> {
    let mut segments: Vec<Vec<[f64; 2]>> = Vec::new();
    let mut last_day: Option<i64> = None;
    for entry in diary {
        let (Some(day), Some(value)) = (day_number(&entry.date), pick(entry)) else {
            last_day = None;
            continue;
        };
        let point = [day as f64, f64::from(value)];
        match (last_day, segments.last_mut()) {
            (Some(last), Some(segment)) if day == last + 1 => segment.push(point),
            _ => segments.push(vec![point]),
        }
        last_day = Some(day);
    }
    segments
}

/// Checks a diary date typed by the user: a real `YYYY-MM-DD` day, not after `today`.
pub fn parse_diary_date(text: &str, today: &str) -> Result<String, DiaryDateError> {
    let date: jiff::civil::Date = text.trim().parse().map_err(|_| DiaryDateError::NotADate)?;
    let date = date.to_string();
    if date.as_str() > today {
        return Err(DiaryDateError::Future);
    }
    Ok(date)
}

/// Why a typed diary day cannot be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DiaryDateError {
    /// Not a `YYYY-MM-DD` calendar date.
    NotADate,
    /// A day after today.
    Future,
}

impl DiaryDateError {
    /// The id of what the diary says about it (`assets/i18n/<lang>/progress.ftl`).
    pub fn message_id(self) -> &'static str {
        match self {
            DiaryDateError::NotADate => "progress-date-not-a-date",
            DiaryDateError::Future => "progress-date-future",
        }
    }
}

/// Days since 1970-01-01 of a `YYYY-MM-DD` date (for plotting).
pub fn day_number(date: &str) -> Option<i64> {
    let date: jiff::civil::Date = date.parse().ok()?;
    let epoch = jiff::civil::date(1970, 1, 1);
    date.since(epoch)
        .ok()
        .map(|span| i64::from(span.get_days()))
}

/// The `YYYY-MM-DD` date of a day number.
pub fn date_of_day(day: i64) -> Option<String> {
    let epoch = jiff::civil::date(1970, 1, 1);
    epoch
        .checked_add(jiff::Span::new().try_days(day).ok()?)
        .ok()
        .map(|d| d.to_string())
}

/// Today's local date as `YYYY-MM-DD`.
pub fn today() -> String {
    jiff::Zoned::now().strftime("%Y-%m-%d").to_string()
}

/// Now, local time, as `YYYY-MM-DD HH:MM`.
pub fn now_stamp() -> String {
    jiff::Zoned::now().strftime("%Y-%m-%d %H:%M").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store;

    #[test]
    fn day_numbers_round_trip() {
        assert_eq!(day_number("1970-01-02"), Some(1));
        let day = day_number("2026-11-22").unwrap();
        assert_eq!(date_of_day(day).as_deref(), Some("2026-11-22"));
        assert_eq!(day_number("not a date"), None);
    }

    #[test]
    fn mark_read_keeps_the_first_date() {
        let mut progress = Progress::default();
        assert!(progress.mark_read("a", "2026-01-01"));
        assert!(!progress.mark_read("a", "2026-02-01"));
        assert_eq!(progress.articles_read["a"], "2026-01-01");
    }

    #[test]
    fn diary_stays_sorted_with_one_entry_per_day() {
        let mut progress = Progress::default();
        for date in ["2026-03-02", "2026-03-01", "2026-03-03", "2026-03-02"] {
            progress.set_diary_entry(DiaryEntry {
                date: date.into(),
                ankle: Some(3),
                ..DiaryEntry::default()
            });
        }
        let dates: Vec<&str> = progress.diary.iter().map(|e| e.date.as_str()).collect();
        assert_eq!(dates, ["2026-03-01", "2026-03-02", "2026-03-03"]);
        assert!(progress.diary_entry("2026-03-02").is_some());
    }

    fn day(date: &str, ankle: Option<u8>) -> DiaryEntry {
        DiaryEntry {
            date: date.into(),
            ankle,
            ..DiaryEntry::default()
        }
    }

    #[test]
    fn the_trend_breaks_at_missed_days_and_missing_values() {
        let diary = [
            day("2026-03-01", Some(4)),
            day("2026-03-02", Some(5)),
            day("2026-03-04", Some(6)),
            day("2026-03-05", None),
            day("2026-03-06", Some(3)),
            day("2026-03-07", Some(2)),
        ];
        let segments = trend_segments(&diary, |e| e.ankle);
        let lengths: Vec<usize> = segments.iter().map(Vec::len).collect();
        assert_eq!(lengths, [2, 1, 2]);
        assert_eq!(segments[1][0][1], 6.0);
    }

    #[test]
    fn diary_dates_must_be_real_past_days() {
        assert_eq!(
            parse_diary_date(" 2026-03-01 ", "2026-03-05").as_deref(),
            Ok("2026-03-01")
        );
        assert!(parse_diary_date("2026-02-30", "2026-03-05").is_err());
        assert!(parse_diary_date("2026--1-22", "2026-03-05").is_err());
        assert!(parse_diary_date("2026-03-06", "2026-03-05").is_err());
    }

    #[test]
    fn diary_entries_can_be_removed_and_empty_ones_are_told_apart() {
        let mut progress = Progress::default();
        progress.set_diary_entry(day("2026-03-01", Some(0)));
        assert!(progress.diary[0].has_content(), "0 entered is not nothing");
        assert!(!day("2026-03-02", None).has_content());
        assert!(progress.remove_diary_entry("2026-03-01"));
        assert!(!progress.remove_diary_entry("2026-03-01"));
    }

    #[test]
    fn exercise_log_ticks_and_unticks() {
        let mut progress = Progress::default();
        progress.set_exercise_done("2026-03-01", "ankle_alphabet", true);
        assert!(progress.is_exercise_done("2026-03-01", "ankle_alphabet"));
        progress.set_exercise_done("2026-03-01", "ankle_alphabet", false);
        assert!(progress.exercise_log.is_empty());
    }

    #[test]
    fn shoe_wear_rises_between_300_and_500_miles() {
        let mut shoe = Shoe {
            distance_km: 200.0 * KM_PER_MILE,
            ..Shoe::default()
        };
        assert_eq!(shoe.wear(), 0.0);
        shoe.distance_km = 400.0 * KM_PER_MILE;
        assert!((shoe.wear() - 0.5).abs() < 1e-9);
        shoe.distance_km = 900.0;
        assert_eq!(shoe.wear(), 1.0);
    }

    #[test]
    fn round_trip() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(Progress::FILE_NAME);
        let mut progress = Progress::default();
        progress.mark_read("sprain-to-back", "2026-11-22");
        let mut answers = Answers::new();
        answers.insert(
            "area".into(),
            crate::selfcheck::answers::Answer::Choice("ankle".into()),
        );
        progress.self_checks.push(CheckRecord {
            date: "2026-11-22 10:00".into(),
            answers,
            outcome: "general".into(),
            urgency: Urgency::SelfCare,
            pattern: None,
        });
        progress.set_diary_entry(DiaryEntry {
            date: "2026-11-22".into(),
            ankle: Some(4),
            back: Some(6),
            note: "Long walk \"in the rain\"".into(),
        });
        progress.plan_stage = Some("gentle_movement".into());
        progress.set_exercise_done("2026-11-22", "ankle_alphabet", true);
        progress.shoes.push(Shoe {
            name: "Blue trainers".into(),
            distance_km: 321.5,
            since: "2026-01-01".into(),
        });
        store::save(&path, &progress).unwrap();
        let (back, problem) = store::load::<Progress>(&path);
        assert!(problem.is_none());
        assert_eq!(back.articles_read, progress.articles_read);
        assert_eq!(back.self_checks, progress.self_checks);
        assert_eq!(back.diary, progress.diary);
        assert_eq!(back.plan_stage, progress.plan_stage);
        assert_eq!(back.exercise_log, progress.exercise_log);
        assert_eq!(back.shoes, progress.shoes);
    }
}
