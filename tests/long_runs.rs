//! Long runs of one shape, end to end: a run that once overflowed the
//! stack of the thread checking it (aborting the whole process, so no file
//! got a report) is checked like any other file, beside other files.
//! Speed is the stress benchmark's to measure; these assert the result.

use assert_cmd::Command;
use serde_json::Value;

const SEED: &str = "fixtures/articles/coalition-rome.txt";

/// `factlint check FILES --refs rules --format json`: the exit status and
/// the report.
fn check_json(files: &[&std::path::Path]) -> (Option<i32>, Value) {
    let out = Command::cargo_bin("factlint")
        .unwrap()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .arg("check")
        .args(files)
        .args(["--refs", "rules", "--format", "json"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    let json = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}); stderr: {err}"));
    (out.status.code(), json)
}

#[test]
fn runs_that_overflowed_the_stack_are_checked_beside_other_files() {
    let dir = tempfile::tempdir().unwrap();
    let runs = [
        ("dashes.txt", vec!["1"; 100_000].join("-")),
        ("millions.txt", "1 million ".repeat(10_000) + "troops"),
        ("thousands.txt", "2 thousand ".repeat(10_000) + "troops"),
        ("hundreds.txt", "3 hundred ".repeat(10_000) + "troops"),
    ];
    let seed = std::path::Path::new(SEED);
    let (alone, seed_report) = check_json(&[seed]);
    for (name, text) in runs {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        let (status, report) = check_json(&[&path, seed]);
        assert_eq!(status, alone, "{name}");
        assert_eq!(report["summary"]["documents"], 2, "{name}");
        // The seed article's findings are all there.
        let findings = |r: &Value| -> Vec<Value> {
            r["findings"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|f| f.to_string().contains("coalition-rome"))
                .cloned()
                .collect()
        };
        assert_eq!(findings(&report), findings(&seed_report), "{name}");
    }
}
