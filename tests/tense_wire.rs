//! Tense and weekday direction on wire copy (issue 14, session 13), on a
//! fixture written for the repository (`fixtures/periods/s13-tense`): a
//! future weekday that is the article's own, a result infinitive after a
//! past verb, a participle before its noun, forecasts with an object, a
//! projection of a figure, and a participle phrase after a past clause.

mod common;

use common::run;

const ARTICLE: &str = "fixtures/periods/s13-tense/harwick-wire.md";

/// (text, interval start or "-", commitment) of each date claim.
fn readings() -> Vec<(String, String, bool)> {
    let json = run(&["extract", ARTICLE, "--format", "json"]);
    json["documents"][0]["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["kind"] == "date")
        .map(|c| {
            (
                c["text"].as_str().unwrap().replace('\n', " "),
                c["interval"]["start"].as_str().unwrap_or("-").to_owned(),
                c["commitment"].as_bool().unwrap(),
            )
        })
        .collect()
}

#[test]
fn wire_copy_tense_and_weekdays_read_as_meant() {
    let got = readings();
    // Published on Tuesday 4 March 2031.
    let want = [
        // Today named by its weekday, then the day after.
        ("Tuesday", "2031-03-04", true),
        ("Wednesday", "2031-03-05", true),
        // "added … to finish … on Saturday night": the game just played.
        ("on Saturday night", "2031-03-01", false),
        // "will become the No. 1 ranked hitter on Monday": the coming one.
        ("on Monday", "2031-03-10", true),
        // A company's own forecast and expectation are commitments.
        ("in the fiscal second quarter", "-", true),
        ("this year", "2031-01-01", true),
        // A projection of a figure is none.
        ("in 2031-32", "2031-01-01", false),
        // "continued to rank …, handling … in January": the January past.
        ("in January", "2031-01-01", false),
    ];
    let mut rest = got.iter();
    for (t, start, commitment) in want {
        assert!(
            rest.any(|g| g.0 == t && g.1 == start && g.2 == commitment),
            "{t} {start} {commitment} not in order in {got:?}"
        );
    }
}
