//! Heading lines, datelines and clock times that real news writes but
//! that are no claims (issue 14, spurious claims), on two fixtures written
//! for the repository: a match report under a result line in capitals
//! and a wire's dateline with no place, and a story under a page's
//! publication line with a clock time given in another zone. Each also
//! holds real claims beside them, which must stay: the length of an
//! event, "N minutes later" outside sports copy, a player's minutes.

use assert_cmd::Command;
use serde_json::Value;

/// Each claim's text and kind that `extract` reads in the article at `path`.
fn claims(path: &str) -> Vec<(String, String)> {
    let out = Command::cargo_bin("factlint")
        .unwrap()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["extract", path, "--date", "2024-03-01", "--format", "json"])
        .output()
        .unwrap();
    let json: Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|_| panic!("{}", String::from_utf8_lossy(&out.stdout)));
    json["documents"][0]["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["text"].as_str().unwrap().to_owned(),
                c["kind"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

fn owned(want: &[(&str, &str)]) -> Vec<(String, String)> {
    want.iter()
        .map(|(t, k)| (t.to_string(), k.to_string()))
        .collect()
}

#[test]
fn a_result_line_and_a_wire_dateline_are_no_claims() {
    let want = [
        ("on Saturday", "date"),
        ("18,240 fans", "quantity"),
        ("21 shots", "quantity"),
        ("three", "quantity"),
        // A player's minutes on the pitch: a statistic.
        ("31 minutes", "duration"),
        ("on Sunday", "date"),
        // A rider's gap to the winner: a statistic, as a race time is.
        ("nine seconds", "duration"),
        ("3,400 riders", "quantity"),
    ];
    // Not among them: the goals of the result line "PORTVALE ROVERS 4
    // KILBRIDE 1", a date read across its end into the next line's "Nov
    // 9", that dateline itself (no place before it) and the game clock
    // "Eight minutes later".
    assert_eq!(
        claims("fixtures/spurious/s13-lines/rovers-result.txt"),
        owned(&want)
    );
}

#[test]
fn a_publication_line_and_a_clock_time_conversion_are_no_claims() {
    let want = [
        ("4.9", "quantity"),
        ("lasted 36 minutes", "duration"),
        // Outside sports copy, how long after the first tremor: a claim.
        ("Twelve minutes", "duration"),
        ("Some 2,300 people", "quantity"),
        ("on Monday", "date"),
        ("140", "quantity"),
        ("for six hours", "duration"),
        // Out of the bracket, the day of the clock time dates the sentence.
        ("on Tuesday", "date"),
    ];
    // Not among them: the page's date on the first line, and the weekdays
    // of "(1912 GMT Monday; 3:12 p.m. Monday EDT)".
    assert_eq!(
        claims("fixtures/spurious/s13-lines/coast-tremor.txt"),
        owned(&want)
    );
}
