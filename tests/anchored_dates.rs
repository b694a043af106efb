//! Dates anchored on the text's own dates (issue 14), on a fixture
//! written for the repository (`brightwater-results`): in results copy
//! "a year earlier", "the previous quarter", "in the quarter" and "the
//! last three days of the quarter" stand on the quarter the story reports;
//! in data copy "from a year ago" and "the previous month" on the month
//! just named; "until"/"till" a weekday after a state put off runs on to
//! the next such day, even under a past verb, as does a day an event was
//! "postponed to", while a finished state stays in the past.

mod common;

use common::run;

const ARTICLE: &str = "fixtures/periods/brightwater-results.md";
const REFS: &str = "fixtures/periods/refs/brightwater.yaml";

/// Each date claim's text (line breaks as spaces) and interval.
fn dates() -> Vec<(String, String)> {
    dates_of(ARTICLE)
}

/// [`dates`] of `article`.
fn dates_of(article: &str) -> Vec<(String, String)> {
    let json = run(&["extract", article, "--format", "json"]);
    json["documents"][0]["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["kind"] == "date")
        .map(|c| {
            let i = &c["interval"];
            let span = if i.is_null() {
                "-".to_owned()
            } else {
                format!(
                    "{}..{}",
                    i["start"].as_str().unwrap(),
                    i["end"].as_str().unwrap()
                )
            };
            (c["text"].as_str().unwrap().replace('\n', " "), span)
        })
        .collect()
}

#[test]
fn anchored_dates_stand_on_the_period_the_text_named() {
    let got = dates();
    let want = [
        // The reporting quarter named by its last day: July–September
        // 2022 (README, "Periods named by a day").
        (
            "for its fiscal first quarter ended Sept. 30",
            "2022-07-01..2022-09-30",
        ),
        ("a year earlier", "2021-07-01..2021-09-30"),
        // A paragraph of its own: still the reporting quarter.
        ("a year earlier", "2021-07-01..2021-09-30"),
        ("in the previous quarter", "2022-04-01..2022-06-30"),
        ("in the quarter", "2022-07-01..2022-09-30"),
        ("a year earlier", "2021-07-01..2021-09-30"),
        ("in the last three days", "2022-09-28..2022-09-30"),
        ("in September", "2022-09-01..2022-09-30"),
        // Data copy: the month just named, a year back; the one before it.
        ("a year ago", "2021-09-01..2021-09-30"),
        ("the previous month", "2022-08-01..2022-08-31"),
        // Published on Thursday 27 October: the adjournment and the
        // closure run on to the coming days; the storm is over.
        ("till Monday", "2022-10-31..2022-10-31"),
        ("until Friday", "2022-10-28..2022-10-28"),
        ("until Tuesday", "2022-10-25..2022-10-25"),
        // A hearing put off to a day: the coming one.
        ("Wednesday", "2022-11-02..2022-11-02"),
    ];
    let want: Vec<(String, String)> = want
        .iter()
        .map(|(t, i)| (t.to_string(), i.to_string()))
        .collect();
    // Each wanted reading, in order (other date claims may come between).
    let mut rest = got.iter();
    for w in &want {
        assert!(rest.any(|g| g == w), "{w:?} not in order in {got:?}");
    }
}

#[test]
fn agreeing_anchored_events_pass_and_each_moved_one_is_found() {
    assert_eq!(common::errors_and_warnings(ARTICLE, REFS), vec![]);
    // The quarter and the month today's date would give, and a session
    // resumed a week after the Monday: each now contradicts.
    let cases = [
        (
            "brightwater/margin-quarter",
            "date: 2022-Q2\n",
            "date: 2022-Q3\n",
        ),
        (
            "brightwater/prices-base-month",
            "date: 2021-09\n",
            "date: 2021-10\n",
        ),
        (
            "brightwater/council-resumes",
            "date: 2022-10-31\n",
            "date: 2022-11-07\n",
        ),
    ];
    common::each_moved(ARTICLE, REFS, &cases, |id, got| {
        assert!(
            got.contains(&("date-mismatch".to_owned(), id.to_owned())),
            "{id}: {got:?}"
        );
    });
}

/// A results lead (issue 14, session 11): "the previous quarter" before
/// the text names the quarter reported stands on the one it names two
/// paragraphs on, not on the article's own quarter, and "the current
/// quarter", a target not yet over, is no period reported.
#[test]
fn a_period_word_in_a_lead_stands_on_the_period_named_next() {
    let json = run(&[
        "extract",
        "fixtures/periods/corvid-results.md",
        "--format",
        "json",
    ]);
    let got: Vec<(String, String)> = json["documents"][0]["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["kind"] == "date")
        .map(|c| {
            let i = &c["interval"];
            (
                c["text"].as_str().unwrap().replace('\n', " "),
                format!(
                    "{}..{}",
                    i["start"].as_str().unwrap_or("-"),
                    i["end"].as_str().unwrap_or("-")
                ),
            )
        })
        .collect();
    let want = [
        (
            "by the end of the current quarter",
            "2021-04-01..2021-06-30",
        ),
        ("in the previous quarter", "2020-10-01..2020-12-31"),
        (
            "for its fiscal second quarter ended March 31",
            "2021-01-01..2021-03-31",
        ),
    ];
    let want: Vec<(String, String)> = want
        .iter()
        .map(|(t, i)| (t.to_string(), i.to_string()))
        .collect();
    assert_eq!(got, want);
}

/// Periods compared with an earlier one (issue 14, session 11): "the same
/// month in 2021" is the month just named in 2021; "the same period last
/// year" after a span that is no reporting period is that span a year
/// back; "one day earlier" opening a paragraph with no date of its own
/// stands on the day the paragraph before named; "a day before" an event
/// dates the event, a day after the date given; "last year's" figure after
/// a span of this year, or a total "as of" a day, is that span (the year to
/// that day) a year back.
#[test]
fn periods_compared_with_an_earlier_one_read_as_meant() {
    let got = dates_of("fixtures/periods/pellworth-compared.md");
    let want = [
        ("in November", "2022-11-01..2022-11-30"),
        ("the same month in 2021", "2021-11-01..2021-11-30"),
        ("Feb – Oct 2022", "2022-02-01..2022-10-31"),
        ("in the same period last year", "2021-02-01..2021-10-31"),
        ("on Thursday", "2023-02-09..2023-02-09"),
        ("one day earlier", "2023-02-08..2023-02-08"),
        ("as of Sunday", "2023-02-05..2023-02-05"),
        ("a day before", "2023-02-06..2023-02-06"),
        ("from January 2 to January 8", "2023-01-02..2023-01-08"),
        ("last year", "2022-01-02..2022-01-08"),
        ("as of January 8", "2023-01-08..2023-01-08"),
        ("last year", "2022-01-01..2022-01-08"),
    ];
    let mut rest = got.iter();
    for (t, i) in want {
        let w = (t.to_owned(), i.to_owned());
        assert!(rest.any(|g| *g == w), "{w:?} not in order in {got:?}");
    }
}
