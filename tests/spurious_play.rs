//! Figures of play and names that are no claims (issue 14, session 15),
//! on three fixtures written for the repository: a golf final round
//! (rounds and totals against par, a rank), a basketball finish (shots
//! named by their points, the score while play goes on, a stretch of the
//! game clock) and an assembly and clinic note (ages told with "of age",
//! half an hour that places an event, years that open the name of a law
//! or of the Games). The real claims beside them stay.

use assert_cmd::Command;
use serde_json::Value;

/// Each claim's text and kind `extract` reads in the article at `path`.
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
fn a_golf_report_gives_no_rounds_totals_or_ranks() {
    let want = [
        ("on Sunday", "date"),
        ("on Saturday", "date"),
        ("12-foot", "quantity"),
        ("$1.2 million", "quantity"),
        ("$8 million", "quantity"),
        ("six starts", "quantity"),
    ];
    // Not among them: "three-under-par 68", "eleven-under total of 273",
    // "world number two", "carded a 66", "shot 70", "a 277 aggregate".
    assert_eq!(
        claims("fixtures/spurious/s15-play/golf-final-round.txt"),
        owned(&want)
    );
}

#[test]
fn a_basketball_finish_gives_no_shots_scores_in_play_or_clock() {
    let want = [
        ("26 points", "quantity"),
        ("on Friday night", "date"),
        ("19 points", "quantity"),
        ("nine rebounds", "quantity"),
        ("11 assists", "quantity"),
        ("two free throws", "quantity"),
    ];
    // Not among them: "in the final six minutes", "another 3", "tie the
    // game at 95", "a 3", "missed a 3", "cut the lead to one", "pulled
    // within two".
    assert_eq!(
        claims("fixtures/spurious/s15-play/hoops-finish.txt"),
        owned(&want)
    );
}

#[test]
fn ages_of_age_half_an_hour_ahead_and_years_in_names_are_no_claims() {
    let want = [
        ("on Tuesday", "date"),
        ("three weeks", "duration"),
        ("41 members", "quantity"),
        ("in March", "date"),
        ("1.2 million", "quantity"),
        // The year of an election's name dates it.
        ("2030", "date"),
        ("64 percent", "quantity"),
    ];
    // Not among them: "the 2031 Supply Bill", "at one year of age",
    // "four years and two months of age", "around half an hour ahead",
    // "the 2032 Games".
    assert_eq!(
        claims("fixtures/spurious/s15-play/assembly-and-clinic.txt"),
        owned(&want)
    );
}
