//! The pain diary's trend on paper: ankle and back pain (0–10) by day, as a small vector
//! chart with its alternative text. Ankle and back differ by dash pattern and marker as well
//! as colour, so a black-and-white printer keeps them apart; a missed day breaks the line,
//! as on the screen (`progress::trend_segments`).

use crate::progress::{DiaryEntry, date_of_day, day_number, trend_segments};

use crate::messages::Messages;

use super::layout::Measure;
use super::model::{Drawing, LabelItem, PathItem, Rgb, StrokeStyle};

/// Days shown: the last eight weeks up to the newest entry.
pub const DAYS_SHOWN: i64 = 56;

/// Width and height of the chart's own space (points at full size).
pub const SIZE: [f32; 2] = [480.0, 172.0];

const LEFT: f32 = 34.0;
const RIGHT: f32 = 470.0;
const TOP: f32 = 8.0;
const BOTTOM: f32 = 128.0;
const LABEL_SIZE: f32 = 8.0;
const GRID: Rgb = [200, 200, 200];
const AXIS: Rgb = [90, 90, 90];

/// One line of the chart.
struct Series {
    /// Message id of its name (`handout.ftl`).
    name: &'static str,
    pick: fn(&DiaryEntry) -> Option<u8>,
    colour: Rgb,
    dash: &'static [f32],
    /// Square markers (ankle) or round ones (back).
    square: bool,
}

const SERIES: [Series; 2] = [
    Series {
        name: "handout-chart-ankle",
        pick: |e| e.ankle,
        colour: [0, 90, 200],
        dash: &[],
        square: true,
    },
    Series {
        name: "handout-chart-back",
        pick: |e| e.back,
        colour: [200, 70, 40],
        dash: &[6.0, 3.0],
        square: false,
    },
];

/// The entries the chart shows: those of the last [`DAYS_SHOWN`] days up to the newest one
/// with a pain value.
pub fn shown_entries(diary: &[DiaryEntry]) -> Vec<DiaryEntry> {
    let valued = |e: &&DiaryEntry| e.ankle.is_some() || e.back.is_some();
    let Some(last) = diary
        .iter()
        .filter(valued)
        .filter_map(|e| day_number(&e.date))
        .max()
    else {
        return Vec::new();
    };
    diary
        .iter()
        .filter(valued)
        .filter(|e| day_number(&e.date).is_some_and(|d| d > last - DAYS_SHOWN && d <= last))
        .cloned()
        .collect()
}

fn line(points: Vec<[f32; 2]>, colour: Rgb, width: f32, dash: &[f32]) -> PathItem {
    PathItem {
        points,
        closed: false,
        fill: None,
        stroke: Some(StrokeStyle {
            colour,
            width,
            dash: dash.to_vec(),
        }),
    }
}

fn marker(at: [f32; 2], series: &Series) -> PathItem {
    let r = 2.6;
    let points = if series.square {
        vec![
            [at[0] - r, at[1] - r],
            [at[0] + r, at[1] - r],
            [at[0] + r, at[1] + r],
            [at[0] - r, at[1] + r],
        ]
    } else {
        (0..16)
            .map(|i| {
                let a = std::f32::consts::TAU * i as f32 / 16.0;
                [at[0] + r * a.cos(), at[1] + r * a.sin()]
            })
            .collect()
    };
    PathItem {
        points,
        closed: true,
        // Round markers are hollow: a second way to tell the lines apart in grey.
        fill: series.square.then_some((series.colour, 1.0)),
        stroke: Some(StrokeStyle {
            colour: series.colour,
            width: 1.2,
            dash: Vec::new(),
        }),
    }
}

/// The chart, or `None` when the diary has no pain values.
pub fn diary_chart(
    diary: &[DiaryEntry],
    measure: &dyn Measure,
    words: &Messages,
) -> Option<Drawing> {
    let entries = shown_entries(diary);
    let days: Vec<i64> = entries.iter().filter_map(|e| day_number(&e.date)).collect();
    let (first, last) = (*days.iter().min()?, *days.iter().max()?);
    let span = (last - first).max(1) as f32;
    let x_of = |day: f64| LEFT + (day as f32 - first as f32) / span * (RIGHT - LEFT);
    let y_of = |value: f64| BOTTOM - value as f32 / 10.0 * (BOTTOM - TOP);
    let mut drawing = Drawing {
        size: SIZE,
        ..Drawing::default()
    };
    // Grid and scale: 0 to 10, a line every 2.
    for value in (0..=10).step_by(2) {
        let y = y_of(f64::from(value));
        let colour = if value == 0 { AXIS } else { GRID };
        drawing
            .paths
            .push(line(vec![[LEFT, y], [RIGHT, y]], colour, 0.6, &[]));
        let text = value.to_string();
        drawing.labels.push(LabelItem {
            at: [LEFT - 6.0 - measure.width(&text, LABEL_SIZE), y + 3.0],
            size: LABEL_SIZE,
            text,
        });
    }
    drawing
        .paths
        .push(line(vec![[LEFT, TOP], [LEFT, BOTTOM]], AXIS, 0.6, &[]));
    // The first and last days under the axis (and the middle one when the span is long).
    let mut ticks = vec![first, last];
    if last - first >= 14 {
        ticks.push(first + (last - first) / 2);
    }
    ticks.dedup();
    for day in ticks {
        let Some(date) = date_of_day(day) else {
            continue;
        };
        let x = x_of(day as f64);
        let width = measure.width(&date, LABEL_SIZE);
        let at_x = (x - width * 0.5).clamp(LEFT - 10.0, RIGHT + 10.0 - width);
        drawing
            .paths
            .push(line(vec![[x, BOTTOM], [x, BOTTOM + 3.0]], AXIS, 0.6, &[]));
        drawing.labels.push(LabelItem {
            at: [at_x, BOTTOM + 13.0],
            size: LABEL_SIZE,
            text: date,
        });
    }
    for series in &SERIES {
        for segment in trend_segments(&entries, series.pick) {
            let points: Vec<[f32; 2]> = segment.iter().map(|p| [x_of(p[0]), y_of(p[1])]).collect();
            if points.len() > 1 {
                drawing
                    .paths
                    .push(line(points.clone(), series.colour, 1.8, series.dash));
            }
            drawing
                .paths
                .extend(points.into_iter().map(|p| marker(p, series)));
        }
    }
    // Legend under the dates.
    let mut x = LEFT;
    let y = SIZE[1] - 8.0;
    for series in &SERIES {
        drawing.paths.push(line(
            vec![[x, y - 3.0], [x + 30.0, y - 3.0]],
            series.colour,
            1.8,
            series.dash,
        ));
        drawing.paths.push(marker([x + 15.0, y - 3.0], series));
        drawing.labels.push(LabelItem {
            at: [x + 36.0, y],
            size: LABEL_SIZE + 1.0,
            text: words.get(series.name).to_owned(),
        });
        x += 36.0 + measure.width(words.get(series.name), LABEL_SIZE + 1.0) + 24.0;
    }
    Some(drawing)
}

/// The chart in words, for screen readers and as its caption: the days covered, then each
/// pain's first, last, lowest and highest value.
pub fn diary_alt(diary: &[DiaryEntry], words: &Messages) -> Option<String> {
    let entries = shown_entries(diary);
    let (first, last) = (entries.first()?, entries.last()?);
    let mut out = words.with(
        "handout-chart-alt",
        &[
            ("from", first.date.as_str().into()),
            ("to", last.date.as_str().into()),
            ("count", entries.len().into()),
        ],
    );
    for series in &SERIES {
        let values: Vec<u8> = entries.iter().filter_map(series.pick).collect();
        let (Some(start), Some(end)) = (values.first(), values.last()) else {
            continue;
        };
        let low = values.iter().min().unwrap_or(start);
        let high = values.iter().max().unwrap_or(start);
        out.push(' ');
        out.push_str(&words.with(
            "handout-chart-series",
            &[
                ("name", words.get(series.name).into()),
                ("start", (*start).into()),
                ("end", (*end).into()),
                ("low", (*low).into()),
                ("high", (*high).into()),
            ],
        ));
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn en() -> Messages {
        Messages::new("en")
    }

    struct Half;
    impl Measure for Half {
        fn width(&self, text: &str, size: f32) -> f32 {
            text.chars().count() as f32 * size * 0.5
        }
    }

    fn entry(date: &str, ankle: Option<u8>, back: Option<u8>) -> DiaryEntry {
        DiaryEntry {
            date: date.into(),
            ankle,
            back,
            note: String::new(),
        }
    }

    #[test]
    fn an_empty_diary_has_no_chart() {
        assert!(diary_chart(&[], &Half, &en()).is_none());
        let notes_only = [DiaryEntry {
            note: "walked".into(),
            ..entry("2026-03-01", None, None)
        }];
        assert!(diary_chart(&notes_only, &Half, &en()).is_none());
        assert!(diary_alt(&notes_only, &en()).is_none());
    }

    #[test]
    fn the_lines_break_at_a_missed_day_and_stay_in_the_plot() {
        let diary = [
            entry("2026-03-01", Some(6), Some(2)),
            entry("2026-03-02", Some(5), Some(3)),
            entry("2026-03-04", Some(3), None),
            entry("2026-03-05", Some(2), Some(1)),
        ];
        let chart = diary_chart(&diary, &Half, &en()).unwrap();
        let ankle: Vec<&PathItem> = chart
            .paths
            .iter()
            .filter(|p| {
                !p.closed
                    && p.stroke
                        .as_ref()
                        .is_some_and(|s| s.colour == SERIES[0].colour)
            })
            .collect();
        // Two ankle segments (the 3rd is missing) and the legend's sample.
        assert_eq!(ankle.len(), 3);
        assert_eq!(ankle[0].points.len(), 2);
        // 6 at the top of the plot's left end is y 128 - 0.6 * 120.
        assert_eq!(ankle[0].points[0], [LEFT, 56.0]);
        for p in chart.paths.iter().flat_map(|p| &p.points) {
            assert!(p[0] >= 0.0 && p[0] <= SIZE[0] && p[1] >= 0.0 && p[1] <= SIZE[1]);
        }
        let back_dashes = chart
            .paths
            .iter()
            .filter_map(|p| p.stroke.as_ref())
            .filter(|s| s.colour == SERIES[1].colour && !s.dash.is_empty())
            .count();
        assert!(back_dashes >= 2, "the back line is dashed");
    }

    #[test]
    fn only_the_last_eight_weeks_are_shown_and_told() {
        let mut diary = vec![entry("2025-01-01", Some(9), Some(9))];
        diary.push(entry("2026-03-01", Some(4), None));
        diary.push(entry("2026-03-08", Some(2), Some(5)));
        assert_eq!(shown_entries(&diary).len(), 2);
        let alt = diary_alt(&diary, &en()).unwrap();
        assert!(
            alt.contains("from 2026-03-01 to 2026-03-08, 2 days"),
            "{alt}"
        );
        assert!(
            alt.contains("Ankle pain: 4 on the first day, 2 on the last; lowest 2, highest 4.")
        );
        assert!(alt.contains("Back pain: 5 on the first day, 5 on the last"));
        assert!(!alt.contains('9'));
    }
}
