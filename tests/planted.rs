//! The shipped fixtures: every planted mismatch is found, and nothing else.
//!
//! Each article under fixtures/articles/ has illustrative reference data in
//! rules/ with mismatches planted on purpose, plus claims that agree with
//! the reference, so this test guards both recall and false alarms.

use assert_cmd::Command;
use serde_json::Value;

#[test]
fn exactly_the_planted_findings() {
    let out = Command::cargo_bin("factlint")
        .unwrap()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args([
            "check",
            "fixtures/articles",
            "--refs",
            "rules",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut found: Vec<(String, String, String)> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let path = f["path"]
                .as_str()
                .unwrap()
                .rsplit('/')
                .next()
                .unwrap()
                .to_owned();
            (
                path,
                f["rule"].as_str().unwrap().to_owned(),
                f["claim"]["text"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    found.sort();
    let mut planted: Vec<(String, String, String)> = [
        ("coalition-rome.txt", "fact-mismatch", "over 800 units"),
        ("coalition-rome.txt", "date-mismatch", "in the fall of 2021"),
        ("election-turnout.txt", "fact-mismatch", "71%"),
        (
            "election-turnout.txt",
            "fact-mismatch",
            "About 310,000 voters",
        ),
        (
            "election-turnout.txt",
            "arithmetic",
            "45% said yes, 40% said no and 20%",
        ),
        (
            "election-turnout.txt",
            "date-mismatch",
            "on January 1, 2024",
        ),
        ("harbour-bridge.md", "fact-mismatch", "$240 million"),
        (
            "harbour-bridge.md",
            "arithmetic",
            "rose from 40,000 to 52,000 vehicles a day, a 20%",
        ),
        ("harbour-bridge.md", "date-mismatch", "in March 1962"),
        ("harbour-bridge.md", "date-mismatch", "by December 2025"),
        (
            "river-clean-up.md",
            "fact-mismatch",
            "More than 1,200 volunteers",
        ),
        ("river-clean-up.md", "inconsistent-figure", "68 species"),
        (
            "vaccination-drive.txt",
            "fact-mismatch",
            "more than 2.3 million doses",
        ),
        ("vaccination-drive.txt", "fact-mismatch", "Nearly 60%"),
        (
            "vaccination-drive.txt",
            "arithmetic",
            "30 of the region's 120 clinics (40%",
        ),
        ("wind-farm.md", "fact-mismatch", "roughly 700,000 homes"),
        (
            "wind-farm.md",
            "arithmetic",
            "doubled from 2.5 billion euros to 8 billion euros",
        ),
        ("wind-farm.md", "date-mismatch", "by the end of 2024"),
    ]
    .iter()
    .map(|(a, b, c)| ((*a).to_owned(), (*b).to_owned(), (*c).to_owned()))
    .collect();
    planted.sort();
    assert_eq!(found, planted);
    assert_eq!(json["summary"]["documents"], 6);
}
