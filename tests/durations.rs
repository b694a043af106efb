//! Durations end to end: a count of time keeps its qualifier, range and
//! "ago" in `extract`, is judged like any figure against a fact counted in
//! its unit, and `--fix` rewrites its number only. Articles written for
//! these tests.

use std::path::Path;

use assert_cmd::Command;
use serde_json::Value;

const ARTICLE: &str = "date: 2024-03-01\n\n\
Work on the Kelva dam lasted for more than 14 years before it opened. \
The engineers now face 12 to 20 years in prison. \
Pollen in the lake bed dates from about 200,000 years ago, the survey found. \
Her 18-year career ended there.\n";

const REFS: &str = r#"units:
  years: [year, years]
facts:
  - id: kelva/build-time
    value: 9
    unit: years
    match: {all: [Kelva dam]}
  - id: lake/pollen-age
    value: 210000
    unit: year
    match: {all: [Pollen]}
"#;

fn run(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = Command::cargo_bin("factlint")
        .unwrap()
        .current_dir(dir)
        .env_remove("GITHUB_STEP_SUMMARY")
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn setup() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.md"), ARTICLE).unwrap();
    std::fs::create_dir(dir.path().join("refs")).unwrap();
    std::fs::write(dir.path().join("refs/facts.yaml"), REFS).unwrap();
    dir
}

fn claim<'a>(json: &'a Value, text: &str) -> &'a Value {
    json["documents"][0]["claims"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["text"] == text)
        .unwrap_or_else(|| panic!("no claim {text:?} in {json:#}"))
}

#[test]
fn extract_keeps_qualifier_range_and_ago() {
    let dir = setup();
    let (code, out, err) = run(dir.path(), &["extract", "a.md", "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    let json: Value = serde_json::from_str(&out).unwrap();

    let built = claim(&json, "for more than 14 years");
    assert_eq!(built["kind"], "duration");
    assert_eq!(built["qualifier"], "over");
    assert_eq!(built["value"], 14);
    assert_eq!(built["unit"], "year");
    assert_eq!(built["ago"], false);

    let term = claim(&json, "12 to 20 years");
    assert_eq!(term["kind"], "duration");
    assert_eq!(term["qualifier"], "between");
    assert_eq!(
        (&term["min"], &term["max"]),
        (&Value::from(12), &Value::from(20))
    );

    let pollen = claim(&json, "about 200,000 years ago");
    assert_eq!(pollen["kind"], "duration");
    assert_eq!(pollen["qualifier"], "about");
    assert_eq!(pollen["value"], 200_000);
    assert_eq!(pollen["ago"], true);

    let career = claim(&json, "18-year");
    assert_eq!(career["kind"], "duration");
    assert_eq!(career["value"], 18);
}

#[test]
fn a_duration_is_judged_by_its_qualifier_and_fixed_in_its_number() {
    let dir = setup();
    let (code, out, err) = run(
        dir.path(),
        &["check", "a.md", "--refs", "refs", "--format", "json"],
    );
    assert_eq!(code, 1, "{err}");
    let json: Value = serde_json::from_str(&out).unwrap();
    let findings = json["findings"].as_array().unwrap();
    // "more than 14 years" against 9 years is wrong; "about 200,000 years
    // ago" against 210,000 is within "about".
    assert_eq!(findings.len(), 1, "{json:#}");
    let f = &findings[0];
    assert_eq!(f["rule"], "fact-mismatch");
    assert_eq!(f["claim"]["kind"], "duration");
    assert_eq!(f["claim"]["qualifier"], "over");
    assert_eq!(f["reference"]["id"], "kelva/build-time");
    assert_eq!(json["summary"]["agree"], 1);

    let (_, _, err) = run(dir.path(), &["check", "a.md", "--refs", "refs", "--fix"]);
    assert!(err.contains("fixed 1 finding in 1 file"), "{err}");
    let fixed = std::fs::read_to_string(dir.path().join("a.md")).unwrap();
    // The lead and the unit word are kept; only the figure changes.
    assert!(fixed.contains("lasted for about 9 years before"), "{fixed}");
    assert_eq!(
        fixed.replacen("about 9 years", "more than 14 years", 1),
        ARTICLE
    );
}
