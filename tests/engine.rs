//! The rule engine from the command line: configuration, rule levels,
//! suppressions, --as-of, and the reference-data tools (draft, test).

use assert_cmd::Command;
use serde_json::Value;

fn factlint_in(dir: &std::path::Path) -> Command {
    let mut cmd = Command::cargo_bin("factlint").unwrap();
    cmd.current_dir(dir);
    cmd
}

fn write(dir: &std::path::Path, name: &str, text: &str) {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(path, text).unwrap();
}

const REFS: &str = "units:\n  troops: [troops, soldiers]\nfacts:\n  - id: it/troops\n    value: 650\n    unit: troops\n    match: {all: [Italy]}\nevents:\n  - id: summit\n    date: 2022-09\n    status: scheduled\n    match: {all: [summit]}\n";

fn rules_of(out: &std::process::Output) -> Vec<String> {
    let json: Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|_| panic!("{}", String::from_utf8_lossy(&out.stdout)));
    json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            format!(
                "{}:{}",
                f["rule"].as_str().unwrap(),
                f["severity"].as_str().unwrap()
            )
        })
        .collect()
}

#[test]
fn configuration_is_found_upwards_and_sets_levels() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "refs/r.yaml", REFS);
    write(
        dir.path(),
        "factlint.yaml",
        "refs: [refs]\nrules:\n  fact-mismatch: warning\nexclude: ['drafts/**']\n",
    );
    write(
        dir.path(),
        "content/a.md",
        "Italy keeps over 800 troops abroad.\n",
    );
    write(
        dir.path(),
        "drafts/b.md",
        "Italy keeps over 900 troops abroad.\n",
    );
    let sub = dir.path().join("content");
    // Found from a subdirectory; refs are relative to the file; drafts excluded.
    let out = factlint_in(&sub)
        .args(["check", "..", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(rules_of(&out), vec!["fact-mismatch:warning"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "a warning does not fail by default"
    );
    let out = factlint_in(&sub)
        .args(["check", "..", "--format", "json", "--fail-on", "warning"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    // --rule wins over the file.
    let out = factlint_in(&sub)
        .args([
            "check",
            "..",
            "--format",
            "json",
            "--rule",
            "fact-mismatch=off",
        ])
        .output()
        .unwrap();
    assert!(rules_of(&out).is_empty());
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn bad_configuration_exits_2_with_a_location() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "factlint.yaml", "rules:\n  no-such-rule: off\n");
    write(dir.path(), "a.md", "x\n");
    let out = factlint_in(dir.path())
        .args(["check", "a.md"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("factlint.yaml:2:3: unknown rule `no-such-rule`"),
        "{err}"
    );
    let out = factlint_in(dir.path())
        .args(["check", "a.md", "--rule", "nope=off"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn suppressions_and_unused_ones() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "r.yaml", REFS);
    write(
        dir.path(),
        "a.md",
        "<!-- factlint-disable-next-line fact-mismatch confirmed by phone -->\nItaly keeps over 800 troops abroad.\n\n<!-- factlint-disable-next-line date-mismatch -->\nNothing dated here.\n",
    );
    let out = factlint_in(dir.path())
        .args(["check", "a.md", "--refs", "r.yaml", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(rules_of(&out), vec!["unused-suppression:info"]);
}

#[test]
fn stale_commitments_need_as_of() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "r.yaml", REFS);
    write(
        dir.path(),
        "a.txt",
        "date 2022-01-10 x\n\nLeaders will hold the summit by October 2022.\n",
    );
    let out = factlint_in(dir.path())
        .args(["check", "a.txt", "--refs", "r.yaml", "--format", "json"])
        .output()
        .unwrap();
    assert!(rules_of(&out).is_empty());
    let out = factlint_in(dir.path())
        .args([
            "check",
            "a.txt",
            "--refs",
            "r.yaml",
            "--format",
            "json",
            "--as-of",
            "2022-11-01",
        ])
        .output()
        .unwrap();
    assert_eq!(rules_of(&out), vec!["stale-commitment:warning"]);
}

#[test]
fn unmatched_claims_when_turned_on() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "r.yaml", REFS);
    write(dir.path(), "a.txt", "The city has 12 bridges.\n");
    let out = factlint_in(dir.path())
        .args(["check", "a.txt", "--refs", "r.yaml", "--format", "json"])
        .output()
        .unwrap();
    assert!(rules_of(&out).is_empty());
    let out = factlint_in(dir.path())
        .args([
            "check",
            "a.txt",
            "--refs",
            "r.yaml",
            "--format",
            "json",
            "--rule",
            "unmatched-claim=info",
        ])
        .output()
        .unwrap();
    assert_eq!(rules_of(&out), vec!["unmatched-claim:info"]);
}

#[test]
fn refs_draft_loads_and_refs_test_runs_examples() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().unwrap();
    let draft = dir.path().join("draft.yaml");
    factlint_in(root)
        .args(["refs", "draft", "fixtures/articles", "--output"])
        .arg(&draft)
        .assert()
        .code(0);
    factlint_in(root)
        .args(["refs", "check", "--refs"])
        .arg(&draft)
        .assert()
        .code(0);

    factlint_in(root)
        .args(["refs", "test"])
        .assert()
        .code(0)
        .stdout(predicates::str::contains("0 failed"));
    write(
        dir.path(),
        "r.yaml",
        "facts:\n  - id: it/troops\n    value: 650\n    unit: troops\n    match: {all: [Italy]}\n    examples:\n      fail: [\"Italy keeps 650 troops.\"]\n",
    );
    factlint_in(dir.path())
        .args(["refs", "test", "--refs", "r.yaml"])
        .assert()
        .code(1)
        .stdout(predicates::str::contains(
            "FAIL r.yaml:2: it/troops (fail example): judged consistent",
        ));
}

#[test]
fn json_lines_on_stdin_make_a_map_step() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let input = "{\"id\": \"a1\", \"date\": \"2021-06-29\", \"text\": \"Italy, with over 800 units between Iraq and Kuwait, will stay.\"}\nnot json\n{\"id\": \"a2\", \"text\": \"Nothing here.\"}\n";
    let out = factlint_in(root)
        .args([
            "check",
            "-",
            "--stdin-format",
            "jsonl",
            "--refs",
            "rules",
            "--format",
            "jsonl",
        ])
        .write_stdin(input)
        .output()
        .unwrap();
    // The bad line is an input error (exit 2), the other records are still checked.
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("<stdin>:2: not a record"));
    let lines: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0]["path"], "a1");
    assert_eq!(lines[0]["rule"], "fact-mismatch");
}
