//! Series facts end to end: a claim is judged against the point its clause
//! speaks about, the finding cites that point in every format that shows
//! the reference, and a time the series does not cover leaves the claim
//! unchecked (fixtures/series/).

use assert_cmd::Command;
use serde_json::Value;

const REFS: &str = "fixtures/series/italy.yaml";
const ARTICLE: &str = "fixtures/series/articles/italy.txt";

fn factlint() -> Command {
    let mut cmd = Command::cargo_bin("factlint").unwrap();
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd.env_remove("NO_COLOR").env_remove("GITHUB_STEP_SUMMARY");
    cmd
}

fn check(format: &str) -> String {
    let out = factlint()
        .args([
            "check",
            ARTICLE,
            "--refs",
            REFS,
            "--date",
            "2008-03-01",
            "--color",
            "never",
            "--format",
            format,
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{format}: {out:?}");
    String::from_utf8(out.stdout).unwrap()
}

/// (rule, claim, reference id, value cited, point cited, message) of each finding.
fn findings(json: &str) -> Vec<(String, String, String, Value, String, String)> {
    let report: Value = serde_json::from_str(json).unwrap();
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let r = &f["reference"];
            (
                f["rule"].as_str().unwrap().to_owned(),
                f["claim"]["text"].as_str().unwrap().to_owned(),
                r["id"].as_str().unwrap_or("").to_owned(),
                r["value"].clone(),
                r["as_of"].as_str().unwrap_or("").to_owned(),
                f["message"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

#[test]
fn each_claim_is_judged_at_the_point_its_clause_names() {
    let json = check("json");
    let s = |x: &str| x.to_owned();
    assert_eq!(
        findings(&json),
        vec![
            (
                s("fact-mismatch"),
                s("61.5 million people"),
                s("italy/population"),
                Value::from(58147733),
                s("2007"),
                s("claims 61.5 million people; reference says 58,147,733 people (as of 2007)"),
            ),
            (
                s("fact-mismatch"),
                s("78"),
                s("italy/life-expectancy"),
                Value::from(80.546),
                s("2007"),
                s("claims 78; reference says 80.546 (as of 2007)"),
            ),
            (
                s("fact-mismatch"),
                s("57 million people"),
                s("italy/population"),
                Value::from(57926999),
                s("2002"),
                s("claims 57 million people; reference says 57,926,999 people (as of 2002)"),
            ),
        ]
    );
    let report: Value = serde_json::from_str(&json).unwrap();
    // 58.1 in 2007, 47.7 in 1952 and the undated 58.1 (the latest point by
    // the article date) agree; 1990 and "now" (2008) are not covered:
    // unchecked, and not inconsistent with each other either.
    let summary = &report["summary"];
    assert_eq!(
        (summary["agree"].clone(), summary["mismatch"].clone()),
        (Value::from(3), Value::from(3))
    );
}

#[test]
fn the_point_is_cited_in_every_format_that_shows_the_reference() {
    for format in [
        "human", "json", "jsonl", "sarif", "github", "markdown", "html", "junit", "rdjson",
    ] {
        let out = check(format);
        assert!(
            out.contains("(as of 2002)") && out.contains("(as of 2007)"),
            "{format}: {out}"
        );
    }
    let human = check("human");
    assert!(
        human.contains("= reference: italy/population = 57.93 million people (as of 2002)"),
        "{human}"
    );
}

#[test]
fn a_point_of_its_own_tolerance_and_source() {
    let dir = tempfile::tempdir().unwrap();
    let refs = dir.path().join("r.yaml");
    std::fs::write(
        &refs,
        "facts:\n  - id: x/jobless\n    unit: percent\n    source: Bureau\n    match: {all: [Ruritania, unemployment]}\n    values:\n      2021-Q4: 6.1%\n      2022-Q1: {value: 5.8%, tolerance: 0.5, source: \"Bureau, revised\"}\n",
    )
    .unwrap();
    let article = dir.path().join("a.txt");
    std::fs::write(
        &article,
        "Ruritania's unemployment rate was 6.2% in the first quarter of 2022.\n\nRuritania's unemployment rate was 7.5% in the fourth quarter of 2021.\n\nRuritania's unemployment rate was 4.9% in the first quarter of 2022.\n",
    )
    .unwrap();
    let out = factlint()
        .args(["check", "--format", "json", "--refs"])
        .arg(&refs)
        .arg(&article)
        .output()
        .unwrap();
    let json = String::from_utf8(out.stdout).unwrap();
    let got = findings(&json);
    let s = |x: &str| x.to_owned();
    // 6.2% is within the first quarter's own tolerance (±0.5); 4.9% is not.
    assert_eq!(
        got.iter()
            .map(|(rule, claim, _, _, point, message)| (
                rule.clone(),
                claim.clone(),
                point.clone(),
                message.clone()
            ))
            .collect::<Vec<_>>(),
        vec![
            (
                s("fact-mismatch"),
                s("7.5%"),
                s("2021-Q4"),
                s("claims 7.5%; reference says 6.1% (as of 2021-Q4)")
            ),
            (
                s("fact-mismatch"),
                s("4.9%"),
                s("2022-Q1"),
                s("claims 4.9%; reference says 5.8% (as of 2022-Q1)")
            ),
        ]
    );
    let report: Value = serde_json::from_str(&json).unwrap();
    let sources: Vec<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["reference"]["source"].as_str().unwrap())
        .collect();
    assert_eq!(sources, vec!["Bureau", "Bureau, revised"]);
}

#[test]
fn refs_test_runs_series_examples() {
    let out = factlint()
        .args(["refs", "test", "--refs", REFS])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "refs test: 2 examples, 2 passed, 0 failed\n"
    );
}

#[test]
fn refs_check_refuses_a_bad_series() {
    let dir = tempfile::tempdir().unwrap();
    let refs = dir.path().join("r.yaml");
    std::fs::write(
        &refs,
        "facts:\n  - id: x\n    match: {all: [x]}\n    values:\n      2007: 1\n      2007-06: 2\n",
    )
    .unwrap();
    let out = factlint()
        .args(["refs", "check", "--refs"])
        .arg(&refs)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        format!(
            "error: {}:4:5: the times 2007 and 2007-06 overlap\n",
            refs.display()
        )
    );
}
