//! Matching on the shapes real news writes (issue 14), end to end: with
//! reference data that agrees with the text nothing is reported, and each
//! fact made wrong is found. The articles are written for these tests.

use assert_cmd::Command;
use serde_json::Value;

/// Check `text` against `refs` (both written to a fresh directory) and
/// return (rule, severity, reference id) of each error or warning.
fn findings(text: &str, refs: &str) -> Vec<(String, String, String)> {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join(".git")).unwrap();
    std::fs::write(dir.path().join("story.txt"), text).unwrap();
    std::fs::create_dir(dir.path().join("refs")).unwrap();
    std::fs::write(dir.path().join("refs/refs.yaml"), refs).unwrap();
    let out = Command::cargo_bin("factlint")
        .unwrap()
        .current_dir(dir.path())
        .args([
            "check",
            "story.txt",
            "--refs",
            "refs",
            "--date",
            "2025-03-02",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    let json: Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|_| panic!("{}", String::from_utf8_lossy(&out.stderr)));
    json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| matches!(f["severity"].as_str(), Some("error" | "warning")))
        .map(|f| {
            (
                f["rule"].as_str().unwrap_or("").to_owned(),
                f["severity"].as_str().unwrap_or("").to_owned(),
                f["reference"]["id"].as_str().unwrap_or("").to_owned(),
            )
        })
        .collect()
}

/// `refs` with the value of fact `id` (written `value: <old>`) replaced.
fn planted(refs: &str, id: &str, old: &str, new: &str) -> String {
    let at = refs.find(&format!("id: {id}\n")).unwrap();
    let (head, tail) = refs.split_at(at);
    let tail = tail.replacen(&format!("value: {old}\n"), &format!("value: {new}\n"), 1);
    format!("{head}{tail}")
}

const BOX_SCORE: &str = "Mara Okafor led the Harbour Hawks to a 101-94 win over the \
Lakeside Owls on Saturday. Okafor finished with 31 points and 11 rebounds. She \
also handed out seven assists and made three steals in 36 minutes of play.\n\
Devon Pryce added 18 points for the Owls. He grabbed nine rebounds in 29 minutes.\n";

const BOX_REFS: &str = "facts:
  - id: okafor/points
    value: 31
    unit: points
    match: {all: [Okafor]}
  - id: okafor/rebounds
    value: 11
    unit: rebounds
    match: {all: [Okafor]}
  - id: okafor/assists
    value: 7
    unit: assists
    match: {all: [Okafor]}
  - id: okafor/steals
    value: 3
    unit: steals
    match: {all: [Okafor]}
  - id: okafor/minutes
    value: 36
    unit: minutes
    match: {all: [Okafor]}
  - id: pryce/points
    value: 18
    unit: points
    match: {all: [Pryce]}
  - id: pryce/rebounds
    value: 9
    unit: rebounds
    match: {all: [Pryce]}
  - id: pryce/minutes
    value: 29
    unit: minutes
    match: {all: [Pryce]}
";

#[test]
fn a_box_score_told_through_pronouns_agrees_and_each_wrong_fact_is_found() {
    assert_eq!(findings(BOX_SCORE, BOX_REFS), vec![]);
    for (id, old, new) in [
        ("okafor/assists", "7", "14"),
        ("okafor/steals", "3", "6"),
        ("okafor/minutes", "36", "72"),
        ("pryce/rebounds", "9", "18"),
        ("pryce/minutes", "29", "58"),
    ] {
        assert_eq!(
            findings(BOX_SCORE, &planted(BOX_REFS, id, old, new)),
            vec![(
                "fact-mismatch".to_owned(),
                "error".to_owned(),
                id.to_owned()
            )],
            "{id}"
        );
    }
}

#[test]
fn a_hedged_length_of_time_is_not_judged_as_a_bare_one() {
    // The duration keeps no qualifier: "more than 40 minutes" is not
    // judged as if it said 40 minutes exactly.
    let text = "Okafor was on the floor for more than 40 minutes.\n";
    let refs = "facts:\n  - id: m\n    value: 44\n    unit: minutes\n    match: {all: [Okafor]}\n";
    assert_eq!(findings(text, refs), vec![]);
}

const BULLETIN: &str = "The health office has recorded 2,310 measles cases since \
the outbreak began. There were 17 reported in the past day.\n\
There are now 52 measles cases in hospital. Of these, 41 are at Riverside General \
Hospital (RGH), 3 at the Westbay District Hospital, 6 at Kingsmoor and 2 at Tallow Point.\n";

const BULLETIN_REFS: &str = "facts:
  - id: cases/total
    value: 2310
    unit: cases
    match: {all: [since the outbreak]}
  - id: cases/new
    value: 17
    unit: cases
    match: {all: [past day]}
  - id: inpatients/all
    value: 52
    unit: cases
    match: {all: [in hospital]}
  - id: inpatients/riverside
    value: 41
    unit: cases
    match: {all: [RGH]}
  - id: inpatients/westbay
    value: 3
    unit: cases
    match: {all: [Westbay]}
  - id: inpatients/kingsmoor
    value: 6
    unit: cases
    match: {all: [Kingsmoor]}
  - id: inpatients/tallow
    value: 2
    unit: cases
    match: {all: [Tallow Point]}
";

#[test]
fn a_bulletin_that_names_its_noun_once_agrees_and_each_wrong_figure_is_found() {
    assert_eq!(findings(BULLETIN, BULLETIN_REFS), vec![]);
    for (id, old, new) in [
        ("cases/new", "17", "34"),
        ("inpatients/riverside", "41", "82"),
        ("inpatients/westbay", "3", "6"),
        ("inpatients/kingsmoor", "6", "12"),
        ("inpatients/tallow", "2", "4"),
    ] {
        assert_eq!(
            findings(BULLETIN, &planted(BULLETIN_REFS, id, old, new)),
            vec![(
                "fact-mismatch".to_owned(),
                "error".to_owned(),
                id.to_owned()
            )],
            "{id}"
        );
    }
}
