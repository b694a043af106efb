//! Date grammar and resolution, at the boundaries of every convention:
//! the helpers the family tests share (the tests themselves live beside
//! each family, in `<family>/tests.rs`).

use super::ParsedDate;
pub(super) use super::{
    date_claim, date_claim_with, resolve_range, resolve_with, DateOptions, DateOrder,
};
pub(super) use crate::extract::claim::{Relation, Tense};
pub(super) use chrono::NaiveDate;

pub(super) fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

pub(super) fn parse(s: &str) -> ParsedDate {
    date_claim(s).unwrap_or_else(|e| panic!("{s:?}: {e:?}")).1
}

/// The interval of `s` from an article dated 2021-06-29 (a Tuesday).
pub(super) fn interval_at(s: &str, tense: Tense, anchor: NaiveDate) -> (NaiveDate, NaiveDate) {
    let p = parse(s);
    let o = DateOptions::default();
    let r = match p.until {
        Some(end) => resolve_range((p.expr, p.part), end, Some(anchor), tense, &o),
        None => resolve_with(p.expr, p.part, Some(anchor), tense, &o),
    };
    let i = r
        .interval
        .unwrap_or_else(|| panic!("{s:?} did not resolve: {p:?}"));
    (i.start, i.end)
}

pub(super) fn interval(s: &str, tense: Tense) -> (NaiveDate, NaiveDate) {
    interval_at(s, tense, d(2021, 6, 29))
}

/// The interval of `s` read month first, from an article dated 2021-06-29.
pub(super) fn mdy_interval(s: &str) -> Option<(NaiveDate, NaiveDate)> {
    let (_, p) = date_claim_with(s, DateOrder::Mdy).ok()?;
    let o = DateOptions {
        date_order: DateOrder::Mdy,
        ..DateOptions::default()
    };
    let anchor = Some(d(2021, 6, 29));
    let r = match p.until {
        Some(end) => resolve_range((p.expr, p.part), end, anchor, Tense::Present, &o),
        None => resolve_with(p.expr, p.part, anchor, Tense::Present, &o),
    };
    r.interval.map(|i| (i.start, i.end))
}

/// The date claims of `text` (plain text, one paragraph a line) from an
/// article dated `date`: each one's text and interval.
fn dates_of(text: &str, date: NaiveDate) -> Vec<(String, Option<(NaiveDate, NaiveDate)>)> {
    use crate::document::{Document, Format};
    let doc = Document::from_text("a.txt", text.into(), Format::Text, Some(date), vec![]);
    crate::extract::extract(&doc)
        .iter()
        .filter_map(|c| match &c.kind {
            crate::extract::claim::ClaimKind::Date(dc) => Some((
                doc.slice(c.span).to_owned(),
                dc.interval.map(|i| (i.start, i.end)),
            )),
            _ => None,
        })
        .collect()
}

/// Periods and spans of real news, in a fixture in our own words: a
/// total to a cut-off day and "the same period last year", a count of
/// weeks up to a day, "last whole year", a slice of "this year", a year
/// compared "over"; and what reads like a date but is none (a standard
/// "within 14 days" a share is measured against, a rank "fourth in last
/// month's", "the second-year race", a century of runs).
#[test]
fn periods_and_look_alikes_in_a_news_report() {
    let text = include_str!("../../../fixtures/periods/s14-periods/harrowdene-fever.txt");
    let got = dates_of(text, d(2026, 8, 3));
    let want = [
        ("As of 26 July", (d(2026, 7, 26), d(2026, 7, 26))),
        (
            "in the same period last year",
            (d(2025, 1, 1), d(2025, 7, 26)),
        ),
        (
            "over the past five weeks leading up to 26 July",
            (d(2026, 6, 21), d(2026, 7, 26)),
        ),
        ("Last whole year", (d(2025, 1, 1), d(2025, 12, 31))),
        (
            "in the first three months this year",
            (d(2026, 1, 1), d(2026, 3, 31)),
        ),
        ("this year", (d(2026, 1, 1), d(2026, 12, 31))),
        ("over 2025", (d(2025, 1, 1), d(2025, 12, 31))),
    ];
    let mut rest = got.iter();
    for (t, (a, b)) in want {
        let w = (t.to_owned(), Some((a, b)));
        assert!(rest.any(|g| *g == w), "{w:?} not in order in {got:?}");
    }
    // "fourth in last month's Tarrow Classic": the month, no day of it.
    let july = Some((d(2026, 7, 1), d(2026, 7, 31)));
    assert!(
        got.iter()
            .any(|(t, i)| t.ends_with("last month") && *i == july),
        "{got:?}"
    );
    for none in ["within", "fourth", "second", "century"] {
        assert!(
            got.iter().all(|(t, _)| !t.contains(none)),
            "{none:?} read as a date in {got:?}"
        );
    }
}

/// Comparison periods and cut-offs of statistics and results copy, in a
/// fixture in our own words: "last year" after a compared figure is the
/// span reported a year back; "the corresponding period in 2025" that
/// span in 2025; "the previous two quarters" counted back from the
/// quarter the paragraph before named; "starting in", "From 6.30 Monday"
/// and "since October-December 2024" open a state; "earlier this month"
/// is the month up to the article date, "by a week" no date.
#[test]
fn comparison_periods_and_cut_offs_in_a_news_report() {
    let text = include_str!("../../../fixtures/periods/s15-periods/marrowfield-fever.txt");
    let got = dates_of(text, d(2026, 7, 17));
    let want = [
        (
            "from January to June this year",
            (d(2026, 1, 1), d(2026, 6, 30)),
        ),
        ("last year", (d(2025, 1, 1), d(2025, 6, 30))),
        (
            "starting in April this year",
            (d(2026, 4, 1), d(2026, 4, 30)),
        ),
        (
            "the corresponding period in 2025",
            (d(2025, 1, 1), d(2025, 6, 30)),
        ),
        (
            "in the previous two quarters",
            (d(2025, 7, 1), d(2025, 12, 31)),
        ),
        (
            "since October-December 2024",
            (d(2024, 10, 1), d(2024, 12, 31)),
        ),
        ("From 6.30 Monday", (d(2026, 7, 20), d(2026, 7, 20))),
        (
            "starting in the fourth quarter",
            (d(2026, 10, 1), d(2026, 12, 31)),
        ),
        ("earlier this month", (d(2026, 7, 1), d(2026, 7, 17))),
    ];
    let mut rest = got.iter();
    for (t, (a, b)) in want {
        let w = (t.to_owned(), Some((a, b)));
        assert!(rest.any(|g| *g == w), "{w:?} not in order in {got:?}");
    }
    assert!(got.iter().all(|(t, _)| !t.contains("by a week")), "{got:?}");
}

/// The relations of the cut-offs in the same fixture.
#[test]
fn cut_offs_in_a_news_report_are_since() {
    use crate::document::{Document, Format};
    let text = include_str!("../../../fixtures/periods/s15-periods/marrowfield-fever.txt");
    let doc = Document::from_text(
        "a.txt",
        text.into(),
        Format::Text,
        Some(d(2026, 7, 17)),
        vec![],
    );
    let since: Vec<String> = crate::extract::extract(&doc)
        .iter()
        .filter_map(|c| match &c.kind {
            crate::extract::claim::ClaimKind::Date(dc) if dc.relation == Some(Relation::Since) => {
                Some(doc.slice(c.span).to_owned())
            }
            _ => None,
        })
        .collect();
    assert_eq!(
        since,
        [
            "starting in April this year",
            "since October-December 2024",
            "From 6.30 Monday",
            "starting in the fourth quarter"
        ]
    );
}
