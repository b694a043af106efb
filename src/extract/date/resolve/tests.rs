//! Tests of `resolve`, at the boundaries of every convention.

use super::super::put_off::{put_off_to, state_runs_on};
use super::*;
use crate::extract::date::tests::*;

#[test]
fn yearless_dates_follow_tense() {
    assert_eq!(interval("on March 31", Tense::Future).0, d(2022, 3, 31));
    assert_eq!(interval("on March 31", Tense::Past).0, d(2021, 3, 31));
    assert_eq!(interval("on March 31", Tense::Present).0, d(2021, 3, 31));
    assert_eq!(interval("on July 1", Tense::Past).0, d(2020, 7, 1));
    assert_eq!(interval("on July 1", Tense::Future).0, d(2021, 7, 1));
    // The article day itself is neither before nor after.
    assert_eq!(interval("on June 29", Tense::Past).0, d(2021, 6, 29));
    assert_eq!(interval("on June 29", Tense::Future).0, d(2021, 6, 29));
    assert_eq!(interval("in September", Tense::Past).0, d(2020, 9, 1));
    assert_eq!(
        interval("in the fourth quarter", Tense::Future),
        (d(2021, 10, 1), d(2021, 12, 31))
    );
    assert_eq!(
        interval("in the first quarter", Tense::Future),
        (d(2022, 1, 1), d(2022, 3, 31))
    );
    assert_eq!(
        interval("in the first quarter", Tense::Past),
        (d(2021, 1, 1), d(2021, 3, 31))
    );
    // June is the article's month: it neither lies wholly after nor before.
    assert_eq!(interval("in June", Tense::Past).0, d(2021, 6, 1));
    assert_eq!(interval("in June", Tense::Future).0, d(2021, 6, 1));
}

#[test]
fn unresolved_without_article_date() {
    let r = resolve(parse("on Monday").expr, None, Tense::Past);
    assert!(r.relative && r.interval.is_none());
    let r = resolve(parse("in June 2022").expr, None, Tense::Past);
    assert!(!r.relative && r.interval.is_some());
    let r = resolve(parse("next year").expr, None, Tense::Future);
    assert!(r.relative && r.interval.is_none());
}

#[test]
fn impossible_days() {
    assert!(resolve(parse("February 30, 2021").expr, None, Tense::Past)
        .interval
        .is_none());
    assert!(impossible_day(Some(2021), 2, 29));
    assert!(!impossible_day(Some(2020), 2, 29));
    assert!(!impossible_day(None, 2, 29));
    assert!(impossible_day(None, 6, 31));
    assert!(!impossible_day(None, 7, 31));
    assert!(impossible_day(Some(2100), 2, 29));
    assert!(!impossible_day(Some(2000), 2, 29));
}

#[test]
fn yearless_leap_day_outside_a_leap_year() {
    let a = d(2017, 3, 22);
    assert_eq!(
        interval_at("Feb 29", Tense::Past, a),
        (d(2016, 2, 29), d(2016, 2, 29))
    );
    assert_eq!(
        interval_at("Feb 29", Tense::Future, a),
        (d(2020, 2, 29), d(2020, 2, 29))
    );
    // Untensed: the nearer one (2016, a year back; 2020, three ahead).
    assert_eq!(
        interval_at("Feb 29", Tense::Present, a),
        (d(2016, 2, 29), d(2016, 2, 29))
    );
    // In a leap year: the article's.
    assert_eq!(
        interval_at("Feb 29", Tense::Future, d(2020, 1, 10)),
        (d(2020, 2, 29), d(2020, 2, 29))
    );
}

#[test]
fn parts_of_a_span_too_short_for_thirds() {
    // A two-day span has no middle third: no interval, and no overflow.
    let whole = Interval::new(d(2021, 6, 26), d(2021, 6, 27));
    assert_eq!(part_of(whole, Granularity::Day, Part::Mid, None), None);
    assert_eq!(
        part_of(whole, Granularity::Day, Part::Early, None),
        Some(Interval::day(d(2021, 6, 26)))
    );
}

#[test]
fn a_state_put_off_runs_on_and_a_finished_one_does_not() {
    for before in [
        "The session was adjourned till ",
        "Officials have closed schools and colleges in the flooded district until ",
        "The council imposed a curfew until ",
        "The hearing was postponed until ",
    ] {
        assert!(state_runs_on(before), "{before}");
    }
    for before in [
        "The storm lasted until ",
        "The road stayed shut until ",
        "The road was closed for a week and the ferry ran until ",
        "He said it until ",
        "",
    ] {
        assert!(!state_runs_on(before), "{before}");
    }
    // Only the last twelve words are read.
    let far = format!("It was adjourned {} until ", "and so on ".repeat(6));
    assert!(!state_runs_on(&far));
}

#[test]
fn until_a_weekday_after_a_state_put_off() {
    use crate::document::{Document, Format};
    // Published on Tuesday 29 June 2021.
    let text = "The session was adjourned till Wednesday. The storm lasted until Monday.\nThe museum has closed its doors until Friday.";
    let doc = Document::from_text(
        "a.txt",
        text.into(),
        Format::Text,
        Some(d(2021, 6, 29)),
        vec![],
    );
    let got: Vec<_> = crate::extract::extract(&doc)
        .iter()
        .filter_map(|c| match &c.kind {
            crate::extract::claim::ClaimKind::Date(dc) => {
                Some((doc.slice(c.span).to_owned(), dc.interval.map(|i| i.start)))
            }
            _ => None,
        })
        .collect();
    let want = [
        ("till Wednesday", d(2021, 6, 30)),
        // A finished state stays in the past.
        ("until Monday", d(2021, 6, 28)),
        ("until Friday", d(2021, 7, 2)),
    ];
    let want: Vec<_> = want
        .iter()
        .map(|(t, day)| (t.to_string(), Some(*day)))
        .collect();
    assert_eq!(got, want);
}

#[test]
fn a_day_an_event_was_put_off_to() {
    assert!(put_off_to("The judge adjourned the hearing to "));
    assert!(put_off_to("The vote was postponed to "));
    assert!(put_off_to("The deadline was extended to "));
    assert!(!put_off_to("He was sent to "));
    assert!(!put_off_to("The vote was postponed until "));
    assert!(!put_off_to("The road stayed shut to "));
    assert!(!put_off_to(""));
}
