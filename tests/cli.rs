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

/// `factlint ARGS…` run in `dir`: (exit status, stdout, stderr).
fn run_in(dir: &std::path::Path, args: &[&str]) -> (i32, String, String) {
    let out = Command::cargo_bin("factlint")
        .unwrap()
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// A directory holding a clean article about a figure that
/// `fixtures/refs`-style data could check: "Italy has 650 troops."
fn article_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "Italy has 650 troops in Iraq.\n").unwrap();
    dir
}

const ITALY: &str = "units:\n  troops: [troops, soldiers]\nfacts:\n  - id: italy/troops\n    value: 650\n    unit: troops\n    match: {all: [Italy]}\n";

/// Reference data that was named but holds nothing (an empty directory, a
/// file of `facts: []`, a configured directory) would check nothing: the
/// run is an error naming the path, in every format, never "ok".
#[test]
fn reference_data_given_but_empty_is_an_error() {
    let dir = article_dir();
    std::fs::create_dir(dir.path().join("empty")).unwrap();
    std::fs::write(dir.path().join("none.yaml"), "facts: []\n").unwrap();
    for refs in ["empty", "none.yaml"] {
        for format in ["human", "json"] {
            let (code, out, err) = run_in(
                dir.path(),
                &["check", "a.txt", "--refs", refs, "--format", format],
            );
            assert_eq!(code, 2, "{refs} {format}: {out}{err}");
            assert!(
                err.contains(&format!("error: {refs}: no facts and no events")),
                "{err}"
            );
            assert!(!out.contains("ok:"), "{out}");
        }
    }
    // `refs check` and `refs test`, which CI may run on their own, agree:
    // no reference data is not "0 examples, 0 failed".
    for command in ["check", "test"] {
        for refs in ["empty", "none.yaml"] {
            let (code, out, err) = run_in(dir.path(), &["refs", command, "--refs", refs]);
            assert_eq!(code, 2, "refs {command} {refs}: {out}{err}");
            assert!(!out.contains("ok:"), "{out}");
            assert!(!out.contains("0 failed"), "{out}");
            assert!(err.contains("no facts and no events"), "{err}");
        }
        let (code, out, err) = run_in(dir.path(), &["refs", command]);
        assert_eq!(code, 2, "refs {command} without data: {out}{err}");
        assert!(err.contains("no reference data"), "{err}");
    }
    // The same through the configuration's `refs`.
    std::fs::write(dir.path().join("factlint.yaml"), "refs: [empty]\n").unwrap();
    let (code, out, err) = run_in(dir.path(), &["check", "a.txt"]);
    assert_eq!(code, 2, "{out}{err}");
    assert!(err.contains("empty: no facts and no events"), "{err}");
}

/// With no reference data at all, the run still checks the articles'
/// internal consistency, and says that this is all it checked.
#[test]
fn no_reference_data_says_only_internal_consistency_was_checked() {
    let dir = article_dir();
    let (code, out, err) = run_in(dir.path(), &["check", "a.txt", "--color", "never"]);
    assert_eq!(code, 0, "{out}{err}");
    assert_eq!(
        out,
        "ok: no findings in 1 document (1 claim, unchecked: no reference data, only internal consistency was checked)\n"
    );
    assert!(
        err.contains("only the articles' internal consistency is checked"),
        "{err}"
    );
    let (_, out, _) = run_in(dir.path(), &["check", "a.txt", "--format", "json"]);
    let json: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json["summary"]["references"], 0);
    assert_eq!(json["summary"]["unchecked"], 1);
    assert_eq!(json["summary"]["agree"], 0);
}

/// A path that cannot be read is an error (exit 2) and the summary never
/// says "ok"; the documents that could be read are still reported.
#[test]
fn an_unreadable_article_path_never_reads_as_ok() {
    let dir = article_dir();
    std::fs::write(dir.path().join("refs.yaml"), ITALY).unwrap();
    let (code, out, err) = run_in(
        dir.path(),
        &[
            "check",
            "articlez",
            "--refs",
            "refs.yaml",
            "--color",
            "never",
        ],
    );
    assert_eq!(code, 2, "{out}{err}");
    assert!(!out.contains("ok"), "{out}");
    assert!(
        out.starts_with("error: no findings in 0 documents"),
        "{out}"
    );
    assert!(out.contains("1 input could not be read"), "{out}");
    assert!(err.contains("articlez"), "{err}");
    for format in ["human", "json", "markdown", "junit"] {
        let (code, out, err) = run_in(
            dir.path(),
            &[
                "check",
                "articlez",
                "a.txt",
                "--refs",
                "refs.yaml",
                "--format",
                format,
            ],
        );
        assert_eq!(code, 2, "{format}: {out}{err}");
        assert!(!out.contains("ok:"), "{format}: {out}");
        if format == "json" {
            let json: Value = serde_json::from_str(&out).unwrap();
            assert_eq!(json["summary"]["unreadable"], 1);
            assert_eq!(json["summary"]["agree"], 1, "the readable one is reported");
        } else if format == "junit" {
            // A CI system that reads only the test report sees an error,
            // not one passing test.
            assert!(
                out.contains("tests=\"2\" failures=\"0\" errors=\"1\""),
                "{out}"
            );
            assert!(
                out.contains("<error message=\"1 input could not be read"),
                "{out}"
            );
        } else {
            assert!(out.contains("1 input could not be read"), "{format}: {out}");
            assert!(out.contains("1 agree"), "{format}: the readable one: {out}");
        }
    }
    // SARIF: the run did not succeed, so a viewer does not close the
    // unread article's alerts as fixed.
    let (code, out, err) = run_in(
        dir.path(),
        &[
            "check",
            "articlez",
            "a.txt",
            "--refs",
            "refs.yaml",
            "--format",
            "sarif",
        ],
    );
    assert_eq!(code, 2, "{out}{err}");
    let sarif: Value = serde_json::from_str(&out).unwrap();
    let run = &sarif["runs"][0];
    assert_eq!(run["invocations"][0]["executionSuccessful"], false);
    assert_eq!(run["properties"]["unreadable"], 1);
}

/// A missing reference path is named with the reason, and no line and
/// column that do not exist.
#[test]
fn a_missing_reference_path_has_no_invented_position() {
    let dir = article_dir();
    let (code, out, err) = run_in(dir.path(), &["check", "a.txt", "--refs", "rulez"]);
    assert_eq!(code, 2, "{out}{err}");
    assert!(
        err.contains("error: rulez: cannot read reference data"),
        "{err}"
    );
    assert!(!err.contains("rulez:1:1"), "{err}");
    assert!(out.is_empty(), "{out}");
}

/// A fact whose unit no claim uses checks nothing: the claim is counted
/// unchecked and the fact unused, by id, instead of a silent "ok".
#[test]
fn a_fact_that_matches_nothing_is_reported_unused() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.txt"),
        "Italy has 650 troops in Iraq. The budget was $240 million.\n",
    )
    .unwrap();
    let refs = format!(
        "{ITALY}  - id: budget\n    value: 310 million\n    unit: dollars\n    match: {{all: [budget]}}\n"
    );
    std::fs::write(dir.path().join("refs.yaml"), refs).unwrap();
    let (code, out, err) = run_in(
        dir.path(),
        &["check", "a.txt", "--refs", "refs.yaml", "--format", "json"],
    );
    assert_eq!(code, 0, "{err}");
    let json: Value = serde_json::from_str(&out).unwrap();
    let s = &json["summary"];
    assert_eq!(
        (&s["claims"], &s["agree"], &s["mismatch"], &s["unchecked"]),
        (
            &Value::from(2),
            &Value::from(1),
            &Value::from(0),
            &Value::from(1)
        )
    );
    assert_eq!(s["references"], 2);
    assert_eq!(s["unused_references"], 1);
    assert_eq!(s["unused_reference_ids"], serde_json::json!(["budget"]));
    assert_eq!(json["documents"][0]["unchecked"], 1);
    let (_, out, _) = run_in(
        dir.path(),
        &[
            "check",
            "a.txt",
            "--refs",
            "refs.yaml",
            "--color",
            "never",
            "-v",
        ],
    );
    assert_eq!(
        out,
        "a.txt: 2 claims: 1 agree, 0 mismatch, 1 unchecked; 1 reference unused\n\
         note: 1 reference matched no claim: budget\n\
         ok: no findings in 1 document (2 claims: 1 agree, 0 mismatch, 1 unchecked; 1 of 2 references unused)\n"
    );
    // Full coverage demanded: the unchecked claim fails the run.
    let (code, _, _) = run_in(
        dir.path(),
        &[
            "check",
            "a.txt",
            "--refs",
            "refs.yaml",
            "--fail-on",
            "unchecked",
        ],
    );
    assert_eq!(code, 1);
}

/// `--fail-on unchecked` passes when every claim was checked and holds,
/// and combines with a severity.
#[test]
fn fail_on_unchecked_demands_full_coverage() {
    let dir = article_dir();
    std::fs::write(dir.path().join("refs.yaml"), ITALY).unwrap();
    let code = |args: &[&str]| {
        let mut all = vec!["check", "a.txt", "--refs", "refs.yaml"];
        all.extend_from_slice(args);
        run_in(dir.path(), &all).0
    };
    assert_eq!(code(&["--fail-on", "unchecked"]), 0);
    std::fs::write(
        dir.path().join("a.txt"),
        "Italy has 650 troops in Iraq. France has 40 troops.\n",
    )
    .unwrap();
    assert_eq!(code(&[]), 0);
    assert_eq!(code(&["--fail-on", "unchecked"]), 1);
    assert_eq!(code(&["--fail-on", "warning,unchecked"]), 1);
    assert_eq!(code(&["--fail-on", "unchecked", "--format", "json"]), 1);
    assert_eq!(code(&["--fail-on", "unchecked", "--format", "jsonl"]), 1);
    // A run that fails on them does not end with "ok".
    let args = [
        "check",
        "a.txt",
        "--refs",
        "refs.yaml",
        "--fail-on",
        "unchecked",
    ];
    let (status, stdout, _) = run_in(dir.path(), &args);
    assert_eq!(status, 1);
    assert!(!stdout.contains("ok:"), "{stdout}");
    assert!(
        stdout.starts_with(
            "error: no findings, but 1 claim unchecked (--fail-on unchecked) in 1 document"
        ),
        "{stdout}"
    );
}

/// Every format that has a summary gives the same counts, streamed or not,
/// and they add up.
#[test]
fn the_counts_agree_across_formats_on_the_shipped_example() {
    let run = |format: &str| {
        let out = factlint()
            .args([
                "check",
                "fixtures/articles",
                "--refs",
                "rules",
                "--color",
                "never",
            ])
            .args(["--format", format])
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    let json: Value = serde_json::from_str(&run("json")).unwrap();
    let s = &json["summary"];
    let n = |k: &str| s[k].as_u64().unwrap();
    assert_eq!(n("agree") + n("mismatch") + n("unchecked"), n("claims"));
    assert!(
        n("agree") > 0 && n("mismatch") > 0 && n("unchecked") > 0,
        "{s}"
    );
    let docs = json["documents"].as_array().unwrap();
    assert_eq!(docs.len() as u64, n("documents"));
    for k in ["claims", "agree", "mismatch", "unchecked"] {
        let sum: u64 = docs.iter().map(|d| d[k].as_u64().unwrap()).sum();
        assert_eq!(sum, n(k), "{k}");
    }
    let phrase = format!(
        "{} claims: {} agree, {} mismatch, {} unchecked; {} of {} references unused",
        n("claims"),
        n("agree"),
        n("mismatch"),
        n("unchecked"),
        n("unused_references"),
        n("references")
    );
    for format in ["human", "markdown", "html", "github", "junit", "sarif"] {
        assert!(run(format).contains(&phrase), "{format} lacks {phrase}");
    }
}

/// The counts add up whatever rules are on: over random subsets of the
/// rules turned off (a fixed seed, so a failure can be replayed), the
/// three statuses sum to the claims in total and per document, the
/// per-document counts sum to the totals, and every format with a
/// summary shows the same phrase.
#[test]
fn the_counts_add_up_for_any_set_of_rules() {
    const RULES: [&str; 13] = [
        "fact-mismatch",
        "date-mismatch",
        "weekday-mismatch",
        "impossible-date",
        "past-as-future",
        "inconsistent-figure",
        "arithmetic",
        "stale-commitment",
        "loose-bound",
        "ambiguous-match",
        "unresolved-date",
        "unmatched-claim",
        "unused-suppression",
    ];
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for round in 0..8 {
        let bits = next();
        let off: Vec<String> = RULES
            .iter()
            .enumerate()
            .filter(|(i, _)| round > 0 && bits >> i & 1 == 1)
            .map(|(_, r)| format!("{r}=off"))
            .collect();
        let run = |format: &str| {
            let mut cmd = factlint();
            cmd.args(["check", "fixtures/articles", "--refs", "rules"])
                .args(["--color", "never", "--format", format]);
            for o in &off {
                cmd.args(["--rule", o]);
            }
            let out = cmd.output().unwrap();
            assert!(
                matches!(out.status.code(), Some(0 | 1)),
                "{off:?} {format}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            String::from_utf8(out.stdout).unwrap()
        };
        let json: Value = serde_json::from_str(&run("json")).unwrap();
        let s = &json["summary"];
        let n = |v: &Value, k: &str| v[k].as_u64().unwrap();
        assert_eq!(
            n(s, "agree") + n(s, "mismatch") + n(s, "unchecked"),
            n(s, "claims"),
            "{off:?}: {s}"
        );
        let docs = json["documents"].as_array().unwrap();
        assert_eq!(docs.len() as u64, n(s, "documents"), "{off:?}");
        for d in docs {
            assert_eq!(
                n(d, "agree") + n(d, "mismatch") + n(d, "unchecked"),
                n(d, "claims"),
                "{off:?}: {d}"
            );
        }
        for k in ["claims", "agree", "mismatch", "unchecked"] {
            let sum: u64 = docs.iter().map(|d| n(d, k)).sum();
            assert_eq!(sum, n(s, k), "{off:?}: {k}");
        }
        let phrase = format!(
            "{} claims: {} agree, {} mismatch, {} unchecked; {} of {} references unused",
            n(s, "claims"),
            n(s, "agree"),
            n(s, "mismatch"),
            n(s, "unchecked"),
            n(s, "unused_references"),
            n(s, "references")
        );
        for format in ["human", "markdown", "html", "github", "junit", "sarif"] {
            assert!(
                run(format).contains(&phrase),
                "{off:?}: {format} lacks {phrase}"
            );
        }
    }
}

/// A directory given that holds no article at all (a site of `.mdx` or
/// `.html` pages, a path to the wrong folder) would check nothing: as with
/// reference data named but empty, that is an error naming the directory,
/// never "ok: no findings in 0 documents". A directory whose articles are
/// all left out by `--changed-since` is not: nothing changed.
#[test]
fn a_directory_without_articles_is_an_error() {
    let dir = article_dir();
    std::fs::write(dir.path().join("refs.yaml"), ITALY).unwrap();
    std::fs::create_dir_all(dir.path().join("site/posts")).unwrap();
    std::fs::write(
        dir.path().join("site/posts/a.mdx"),
        "Italy has 800 troops.\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("site/index.htm"), "Italy has 800 troops.\n").unwrap();
    for format in ["human", "json", "jsonl"] {
        let (code, out, err) = run_in(
            dir.path(),
            &["check", "site", "--refs", "refs.yaml", "--format", format],
        );
        assert_eq!(code, 2, "{format}: {out}{err}");
        assert!(!out.contains("ok:"), "{format}: {out}");
        assert!(
            err.contains("site: no articles in this directory"),
            "{format}: {err}"
        );
    }
    // Another path given still gets checked and reported.
    let (code, out, err) = run_in(
        dir.path(),
        &[
            "check",
            "site",
            "a.txt",
            "--refs",
            "refs.yaml",
            "--color",
            "never",
        ],
    );
    assert_eq!(code, 2, "{out}{err}");
    assert!(out.contains("in 1 document (1 claim: 1 agree"), "{out}");
}

/// `refs draft` stubs take their values from the article itself, to be
/// replaced: saved among the reference data unfilled, every claim they
/// cover "agrees" with itself and CI goes green on figures nobody checked.
/// A stub whose `source` is still `TODO` is an error for `check`, naming
/// where it is (`refs check`, which validates, warns); filled in, it is
/// reference data.
#[test]
fn reference_data_still_a_draft_is_refused() {
    let dir = article_dir();
    std::fs::create_dir(dir.path().join("refs")).unwrap();
    let (code, _, err) = run_in(
        dir.path(),
        &["refs", "draft", "a.txt", "--output", "refs/draft.yaml"],
    );
    assert_eq!(code, 0, "{err}");
    let (code, out, err) = run_in(dir.path(), &["refs", "check", "--refs", "refs"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(err.contains("warning: refs/draft.yaml:"), "{err}");
    assert!(err.contains("not filled in (source: TODO)"), "{err}");
    for args in [
        &["check", "a.txt", "--refs", "refs"][..],
        &["check", "a.txt", "--refs", "refs", "--format", "json"][..],
    ] {
        let (code, out, err) = run_in(dir.path(), args);
        assert_eq!(code, 2, "{args:?}: {out}{err}");
        assert!(out.is_empty(), "{args:?}: {out}");
        assert!(
            err.contains("refs/draft.yaml:") && err.contains("not filled in (source: TODO)"),
            "{args:?}: {err}"
        );
    }
    let filled = std::fs::read_to_string(dir.path().join("refs/draft.yaml"))
        .unwrap()
        .replace("source: TODO", "source: Ministry of Defence, 2021");
    std::fs::write(dir.path().join("refs/draft.yaml"), filled).unwrap();
    let (code, out, err) = run_in(dir.path(), &["check", "a.txt", "--refs", "refs"]);
    assert_eq!(code, 0, "{out}{err}");
}

/// The configuration is looked for from the working directory upwards, but
/// not past the repository's root: a `factlint.yaml` above a checkout (a
/// shared `/tmp`, another project's directory) could turn every rule off
/// or point `refs` elsewhere, and CI would go green on a repository that
/// never asked for it.
#[test]
fn a_configuration_above_the_repository_is_not_used() {
    let outer = tempfile::tempdir().unwrap();
    std::fs::write(
        outer.path().join("factlint.yaml"),
        "rules: {fact-mismatch: off}\n",
    )
    .unwrap();
    let repo = outer.path().join("repo");
    std::fs::create_dir_all(repo.join(".git")).unwrap();
    std::fs::create_dir_all(repo.join("news")).unwrap();
    std::fs::write(repo.join("refs.yaml"), ITALY).unwrap();
    std::fs::write(repo.join("news/a.txt"), "Italy has 800 troops in Iraq.\n").unwrap();
    for cwd in [repo.clone(), repo.join("news")] {
        let target = if cwd == repo { "news" } else { "." };
        let refs = repo.join("refs.yaml");
        let (code, out, err) = run_in(
            &cwd,
            &[
                "check",
                target,
                "--refs",
                refs.to_str().unwrap(),
                "--color",
                "never",
            ],
        );
        assert_eq!(code, 1, "{}: {out}{err}", cwd.display());
        assert!(out.contains("error[fact-mismatch]"), "{out}");
    }
    // Inside the repository, a configuration is found from a subdirectory.
    std::fs::write(repo.join("factlint.yaml"), "rules: {fact-mismatch: off}\n").unwrap();
    let (code, out, err) = run_in(
        &repo.join("news"),
        &["check", ".", "--refs", "../refs.yaml"],
    );
    assert_eq!(code, 0, "{out}{err}");
}

/// Every finding of the human report ends with a `= help:` line naming a
/// command, and that command explains the finding's rule.
#[test]
fn each_human_finding_names_the_command_that_explains_its_rule() {
    let out = factlint()
        .args([
            "check",
            "fixtures/articles",
            "--refs",
            "rules",
            "--color",
            "never",
        ])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let findings = text
        .lines()
        .filter(|l| {
            ["error[", "warning[", "info["]
                .iter()
                .any(|s| l.starts_with(s))
        })
        .count();
    let helps: Vec<&str> = text
        .lines()
        .filter_map(|l| l.trim_start().strip_prefix("= help: run `"))
        .collect();
    assert!(findings > 5, "{text}");
    assert_eq!(helps.len(), findings, "{text}");
    let mut explained = std::collections::BTreeSet::new();
    for help in helps {
        let command = help.strip_suffix("` for details").unwrap();
        let words: Vec<&str> = command.split(' ').collect();
        assert_eq!(words[..2], ["factlint", "rules"], "{command}");
        if explained.insert(words[2].to_owned()) {
            let doc = factlint().args(&words[1..]).output().unwrap();
            assert!(doc.status.success(), "{command}");
            let doc = String::from_utf8(doc.stdout).unwrap();
            assert!(doc.contains("Default severity:"), "{command}: {doc}");
        }
    }
    assert!(explained.contains("arithmetic"), "{explained:?}");
}

/// After wide characters (CJK, an emoji flag) the carets of the human
/// report stand under the claim as a terminal shows it, while every format
/// keeps counting the column in characters, as its contract says.
#[test]
fn carets_count_display_columns_and_locations_count_characters() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("tokyo.txt");
    std::fs::write(
        &article,
        "date 2021-06-29\n\nIn 東京, officials said: “Italy 🇮🇹, with over 800 units between Iraq and Kuwait, will continue to keep its presence,” the minister said.\n",
    )
    .unwrap();
    let run = |format: &str| {
        let out = factlint()
            .args([
                "check", "--refs", "rules", "--color", "never", "--format", format,
            ])
            .arg(&article)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{format}");
        String::from_utf8(out.stdout).unwrap()
    };
    let human = run("human");
    assert!(human.contains("tokyo.txt:3:40\n"), "{human}");
    let source = human.lines().find(|l| l.starts_with("3 | ")).unwrap();
    let carets = human.lines().find(|l| l.contains("^^^")).unwrap();
    // 39 characters before the claim, 41 terminal columns: 東 and 京 are
    // two columns each.
    assert!(source.starts_with("3 | In 東京, officials said: “Italy 🇮🇹, with over 800"));
    assert_eq!(
        carets,
        format!(
            "  | {}{} more than 800 units",
            " ".repeat(41),
            "^".repeat(14)
        ),
        "{human}"
    );
    let json: Value = serde_json::from_str(&run("json")).unwrap();
    assert_eq!(json["findings"][0]["column"], 40);
    let sarif: Value = serde_json::from_str(&run("sarif")).unwrap();
    let region = &sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"];
    assert_eq!(region["startColumn"], 40);
    assert_eq!(sarif["runs"][0]["columnKind"], "unicodeCodePoints");
}
