//! Long runs of one shape (a data dump, a list without full stops): each is
//! read as its short runs are, with no recursion as deep as the run. Each
//! input here aborted the whole process with a stack overflow before the
//! grammars bounded their look-ahead (issue 13); they assert what is read,
//! not how fast (speed is the stress benchmark's).

use super::*;
use crate::document::{Document, Format};
use chrono::NaiveDate;

fn doc(text: String) -> Document {
    Document::from_text(
        "t.txt",
        text,
        Format::Text,
        NaiveDate::from_ymd_opt(2021, 6, 29),
        vec![],
    )
}

/// Each claim's text and kind.
fn claims(text: String) -> Vec<(String, &'static str)> {
    let d = doc(text);
    extract(&d)
        .iter()
        .map(|c| (d.slice(c.span).to_owned(), c.kind.name()))
        .collect()
}

#[test]
fn a_long_chain_of_dashed_figures_reads_as_a_short_one() {
    // 80 KB of "1-1-1-…": numeric dates joined by dashes looked ahead one
    // level per link.
    let long = claims(vec!["1"; 40_000].join("-"));
    let short = claims(vec!["1"; 21].join("-"));
    assert_eq!(long, short);
    assert!(long.iter().all(|(_, kind)| *kind != "date"), "{long:?}");
    // A real dashed range of numeric dates is still one date.
    let range = claims("It ran 10/21/2018-10/27/2018 in all.".to_owned());
    assert_eq!(range, vec![("10/21/2018-10/27/2018".to_owned(), "date")]);
}

#[test]
fn runs_of_scaled_figures_are_one_claim_each() {
    // "1 million 1 million …": the part after a scale read a whole figure
    // with its own part, one level per repetition.
    for (figure, value) in [
        ("1 million", 1e6),
        ("2 thousand", 2e3),
        ("3 hundred", 300.0),
        ("$1 million", 1e6),
    ] {
        let n = 10_000;
        let d = doc(format!("{figure} ").repeat(n) + "troops");
        let found = extract(&d);
        assert_eq!(found.len(), n, "{figure}");
        for c in &found {
            assert!(d.slice(c.span).starts_with(figure), "{figure}");
            match &c.kind {
                ClaimKind::Quantity(q) => assert_eq!(q.value, value, "{figure}"),
                other => panic!("{figure}: {other:?}"),
            }
        }
    }
}

#[test]
fn a_long_list_of_figures_is_no_phone_number() {
    // "10000 10001 10002 …" was read as one phone number (and refused)
    // from each of its figures. Read whole, the list gives what its pieces
    // give read one by one: one claim per figure.
    let list = |from: usize, to: usize| {
        (from..to)
            .map(|i| i.to_string())
            .collect::<Vec<_>>()
            .join(" ")
    };
    let whole = claims(list(10_000, 30_000));
    let pieces: Vec<_> = (0..200)
        .flat_map(|k| claims(list(10_000 + k * 100, 10_000 + k * 100 + 100)))
        .collect();
    assert_eq!(whole.len(), 20_000);
    assert!(
        whole == pieces,
        "the whole list reads otherwise than its pieces"
    );
    // A phone number of a few groups is still skipped.
    assert!(claims("Call 020 7946 0958 now.".to_owned()).is_empty());
}

#[test]
fn a_long_run_of_hyphens_before_a_figure() {
    let found = claims("-".repeat(50_000) + "1 troops");
    let short = claims("-".repeat(5) + "1 troops");
    assert_eq!(found, short);
}

#[test]
fn many_dates_in_one_clause_take_its_nearest_marker() {
    // One clause, thousands of dates, one marker at its start: each date
    // is judged by the same marker, found once.
    let text = "They said ".to_owned() + &"on Monday ".repeat(5_000);
    let d = doc(text);
    let found = extract(&d);
    assert_eq!(found.len(), 5_000);
    for c in &found {
        match &c.kind {
            ClaimKind::Date(x) => assert_eq!(x.tense, claim::Tense::Past),
            other => panic!("{other:?}"),
        }
    }
}

#[test]
fn a_long_list_of_three_digit_figures_is_no_grouped_figure() {
    // "100 200 300 …" read as one figure grouped by blanks, from each of
    // its figures, and "…,5" at the end refused it each time.
    let list = vec!["100"; 30_000].join(" ") + ",5";
    let found = claims(list);
    assert!(
        found.iter().all(|(text, _)| text == "100"),
        "{:?}",
        found.first()
    );
    // The last eight, a grouped figure of real size that "…,5" continues,
    // are refused as a figure with a comma after it is.
    assert_eq!(found.len(), 30_000 - 8);
    assert!(claims("100 100,5".to_owned()).is_empty());
    // Grouped figures of real size still read whole.
    let d = doc("It cost 1 000 000 000 000 000 000 dollars.".to_owned());
    let values: Vec<f64> = extract(&d)
        .iter()
        .filter_map(|c| match &c.kind {
            ClaimKind::Quantity(q) => Some(q.value),
            _ => None,
        })
        .collect();
    assert_eq!(values, vec![1e18]);
}

#[test]
fn a_long_span_before_later_is_read_in_a_window() {
    // "2 years and 2 years and … later": the parts before "later" were
    // read to the end from each figure.
    let found = claims("2 years and ".repeat(15_000) + "later");
    let short = claims("2 years and ".repeat(100) + "later");
    // The run reads the same way all along: what the short run gives for
    // its first repetitions, the long run gives too.
    assert!(short.len() >= 40);
    assert_eq!(found.get(..40), short.get(..40));
    // A real span still is one date.
    let real = claims("They met 2 years 1 month 21 days later.".to_owned());
    assert_eq!(
        real,
        vec![("2 years 1 month 21 days later".to_owned(), "date")]
    );
}
