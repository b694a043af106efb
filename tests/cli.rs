//! The command line end to end, on the shipped example.

use assert_cmd::Command;
use serde_json::Value;

fn factlint() -> Command {
    let mut cmd = Command::cargo_bin("factlint").unwrap();
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd.env_remove("NO_COLOR");
    cmd
}

const SEED: &str = "fixtures/articles/coalition-rome.txt";

fn claims_of(json: &Value) -> &Vec<Value> {
    json["documents"][0]["claims"].as_array().unwrap()
}

fn claim<'a>(json: &'a Value, text: &str) -> &'a Value {
    claims_of(json)
        .iter()
        .find(|c| c["text"] == text)
        .unwrap_or_else(|| panic!("no claim {text:?} in {json:#}"))
}

#[test]
fn extract_reads_the_seed_article() {
    let out = factlint()
        .args(["extract", SEED, "--format", "json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["version"], 1);
    assert_eq!(json["documents"][0]["date"], "2021-06-29");

    let people = claim(&json, "nearly eight million people");
    assert_eq!(people["kind"], "quantity");
    assert_eq!(people["value"], 8_000_000);
    assert_eq!(people["qualifier"], "nearly");
    assert_eq!(people["unit"], "people");

    let units = claim(&json, "over 800 units");
    assert_eq!(units["value"], 800);
    assert_eq!(units["qualifier"], "over");
    assert_eq!(units["unit"], "units");

    let monday = claim(&json, "on Monday");
    assert_eq!(monday["kind"], "date");
    assert_eq!(monday["interval"]["start"], "2021-06-28");
    assert_eq!(monday["interval"]["end"], "2021-06-28");
    assert_eq!(monday["relation"], "on");
    assert_eq!(monday["commitment"], false);

    let june = claim(&json, "by June 2022");
    assert_eq!(june["interval"]["start"], "2022-06-01");
    assert_eq!(june["interval"]["end"], "2022-06-30");
    assert_eq!(june["relation"], "by");
    assert_eq!(june["commitment"], true);

    let fall = claim(&json, "in the fall of 2021");
    assert_eq!(fall["interval"]["start"], "2021-09-01");
    assert_eq!(fall["interval"]["end"], "2021-11-30");
    assert_eq!(fall["relation"], "in");
    assert_eq!(fall["commitment"], true);

    let years = claim(&json, "after two years");
    assert_eq!(years["kind"], "duration");
    assert_eq!(years["value"], 2);
    assert_eq!(years["unit"], "year");

    // Nothing else: the header date is not a claim.
    assert_eq!(claims_of(&json).len(), 7, "{json:#}");
}

#[test]
fn check_reports_the_shipped_mismatches() {
    let out = factlint()
        .args(["check", SEED, "--refs", "rules", "--color", "never"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("error[fact-mismatch]: claims more than 800 troops; reference says 650 troops (as of 2021-06)"), "{text}");
    assert!(text.contains("[-over 800-]{+about 650+}"), "{text}");
    assert!(text.contains("rules/coalition.yaml:"), "{text}");
    insta::assert_snapshot!("check_seed_human", text);
}

#[test]
fn consistent_reference_data_exits_zero() {
    factlint()
        .args([
            "check",
            SEED,
            "--refs",
            "fixtures/refs/consistent.yaml",
            "--color",
            "never",
        ])
        .assert()
        .code(0);
}

/// Run `check --format json` with reference data written to a temp file.
fn check_json(yaml: &str) -> Value {
    let dir = tempfile::tempdir().unwrap();
    let refs = dir.path().join("refs.yaml");
    std::fs::write(&refs, yaml).unwrap();
    serde_json::from_slice(&check_seed(&refs, &[])).unwrap()
}

/// `check SEED --format json --refs REFS ARGS…`'s output; it must not fail
/// (exit 2).
fn check_seed(refs: &std::path::Path, args: &[&str]) -> Vec<u8> {
    let out = factlint()
        .args(["check", SEED, "--format", "json", "--refs"])
        .arg(refs)
        .args(args)
        .output()
        .unwrap();
    assert_ne!(
        out.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

fn events(ministerial: &str, small_group: &str) -> String {
    format!(
        "events:\n  - id: ministerial\n    date: {ministerial}\n    match:\n      all: [ministerial meeting]\n  - id: small-group\n    date: {small_group}\n    match:\n      all: [Small Group]\n"
    )
}

fn date_findings(json: &Value) -> Vec<(String, String)> {
    json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "date-mismatch")
        .map(|f| {
            (
                f["claim"]["text"].as_str().unwrap().to_owned(),
                f["reference"]["id"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

#[test]
fn each_date_is_judged_against_its_own_event() {
    // Dates chosen so that crossing the pairs would change every verdict.
    let json = check_json(&events("2021-10", "2022-05"));
    assert_eq!(
        date_findings(&json),
        vec![("in the fall of 2021".to_owned(), "small-group".to_owned())]
    );
    let json = check_json(&events("2022-08", "2021-10"));
    assert_eq!(
        date_findings(&json),
        vec![("by June 2022".to_owned(), "ministerial".to_owned())]
    );
    let json = check_json(&events("2022-05-11", "2021-fall"));
    assert!(date_findings(&json).is_empty());
}

#[test]
fn json_output_follows_the_schema() {
    let out = factlint()
        .args(["check", SEED, "--refs", "rules", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["version"], 1);
    assert_eq!(json["summary"]["documents"], 1);
    let f = &json["findings"][0];
    assert_eq!(f["rule"], "fact-mismatch");
    assert_eq!(f["severity"], "error");
    assert_eq!(f["path"], SEED);
    assert_eq!(f["line"], 17);
    assert_eq!(f["column"], 26);
    assert_eq!(f["claim"]["text"], "over 800 units");
    assert_eq!(f["reference"]["id"], "italy/troops-iraq-kuwait");
    assert_eq!(f["reference"]["value"], 650);
    assert_eq!(f["reference"]["file"], "rules/coalition.yaml");
    assert_eq!(f["suggestion"], "about 650 units");
    assert_eq!(f["fingerprint"].as_str().unwrap().len(), 16);
    let text = std::fs::read(SEED).unwrap();
    let (s, e) = (
        f["start"].as_u64().unwrap() as usize,
        f["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&text[s..e], b"over 800 units");
}

fn bad_refs(yaml: &str) -> (i32, String) {
    let dir = tempfile::tempdir().unwrap();
    let refs = dir.path().join("bad.yaml");
    std::fs::write(&refs, yaml).unwrap();
    let out = factlint()
        .args(["check", SEED, "--refs"])
        .arg(&refs)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn bad_reference_data_exits_2_with_a_location() {
    let (code, err) = bad_refs("facts:\n  - id: a\n    value: [1,\n");
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("bad.yaml:"), "{err}");

    let (code, err) = bad_refs("facts:\n  - id: a\n    valu: 3\n    match: {all: [x]}\n");
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("bad.yaml:3:5:"), "{err}");
    assert!(err.contains("unknown field"), "{err}");

    let (code, err) = bad_refs("events:\n  - id: e\n    date: 2022-13-45\n    match: {all: [x]}\n");
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("bad.yaml:3:11:"), "{err}");
    assert!(!err.contains("panicked"));
}

#[test]
fn missing_paths_are_errors_but_the_run_goes_on() {
    let out = factlint()
        .args([
            "check",
            "no/such/file.md",
            SEED,
            "--refs",
            "rules",
            "--color",
            "never",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("no/such/file.md: no such file or directory"),
        "{err}"
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("fact-mismatch"));
}

#[test]
fn refs_check_validates() {
    factlint()
        .args(["refs", "check", "--refs", "rules"])
        .assert()
        .code(0)
        .stdout(predicates::str::contains("14 facts, 12 events"));
}

#[test]
fn rules_are_listed_and_explained() {
    factlint()
        .args(["rules"])
        .assert()
        .code(0)
        .stdout(predicates::str::contains("fact-mismatch"));
    factlint()
        .args(["rules", "date-mismatch"])
        .assert()
        .code(0)
        .stdout(predicates::str::contains("Why it matters"));
    factlint().args(["rules", "no-such-rule"]).assert().code(2);
}

/// A reference file large enough to be parsed in parallel pieces loads
/// the same with `--jobs 1` (on the one worker the flag allows) as with
/// the default.
#[test]
fn large_reference_files_load_with_one_job() {
    let dir = tempfile::tempdir().unwrap();
    let refs = dir.path().join("refs.yaml");
    let yaml = factlint::synth::reference_yaml(&mut factlint::synth::Rng::new(7), 5000);
    std::fs::write(&refs, yaml).unwrap();
    let run = |jobs: &[&str]| check_seed(&refs, jobs);
    let serial = run(&["--jobs", "1"]);
    assert_eq!(serial, run(&[]));
    let json: Value = serde_json::from_slice(&serial).unwrap();
    assert_eq!(json["summary"]["documents"], 1);
}

/// A report being written into the tree being checked is never read back
/// as an article; one left there by an earlier run is a file of the tree,
/// which an output may not replace: refused before anything is read.
#[test]
fn the_report_file_is_not_checked() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(SEED, dir.path().join("seed.txt")).unwrap();
    for format in ["jsonl", "json"] {
        let report = dir.path().join(format!("report-{format}.txt"));
        let run = || {
            factlint()
                .args(["check", "--refs", "rules", "--format", format, "--output"])
                .arg(&report)
                .arg(dir.path())
                .output()
                .unwrap()
        };
        let out = run();
        assert_eq!(out.status.code(), Some(1), "{format}");
        let text = std::fs::read_to_string(&report).unwrap();
        assert!(!text.contains("report-"), "{format}: {text}");
        assert!(text.contains("seed.txt"), "{format}: {text}");
        let out = run();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{format}: {err}");
        assert!(err.contains("is the article"), "{format}: {err}");
        assert_eq!(std::fs::read_to_string(&report).unwrap(), text, "{format}");
        std::fs::remove_file(&report).unwrap();
    }
}

/// `extract` reads dates as the configuration says in every format, and so
/// does `refs draft`.
#[test]
fn the_configured_date_order_holds_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("factlint.yaml"), "date_order: dmy\n").unwrap();
    std::fs::write(
        dir.path().join("a.txt"),
        "The plan was signed on 03/04/2022.\n",
    )
    .unwrap();
    let run = |args: &[&str]| {
        let mut cmd = Command::cargo_bin("factlint").unwrap();
        let out = cmd.current_dir(dir.path()).args(args).output().unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    for format in ["json", "jsonl"] {
        let text = run(&["extract", "a.txt", "--format", format]);
        assert!(text.contains("2022-04-03"), "{format}: {text}");
    }
    let draft = run(&["refs", "draft", "a.txt"]);
    assert!(draft.contains("2022-04-03"), "{draft}");
}
