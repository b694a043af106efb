//! The real-news scorer (`eval/news/score.py`) on its self-test: one article
//! written for the repository and its annotation. The published articles it
//! scores live outside the repository; this keeps the scorer itself honest
//! (its counts, its `unmatched` column, its refusal of a bad annotation).
//!
//! Needs Python with PyYAML: `.ci/run`'s packaging virtualenv has it
//! (pre-commit depends on it) and is found through
//! `FACTLINT_PACKAGING_TOOLS`; else `python3`. Without PyYAML the test says
//! so and skips, unless `FACTLINT_REQUIRE_EXTERNAL=1`: then it fails.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn python() -> Option<PathBuf> {
    let candidates = std::env::var_os("FACTLINT_PACKAGING_TOOLS")
        .map(|d| PathBuf::from(d).join("python"))
        .into_iter()
        .chain([PathBuf::from("python3")]);
    for p in candidates {
        let ok = Command::new(&p)
            .args(["-c", "import yaml"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        if ok {
            return Some(p);
        }
    }
    let hint = "no Python with PyYAML; .ci/run's packaging virtualenv has one";
    if std::env::var_os("FACTLINT_REQUIRE_EXTERNAL").is_some_and(|v| !v.is_empty()) {
        panic!("{hint} (required: FACTLINT_REQUIRE_EXTERNAL is set)");
    }
    let _ = writeln!(std::io::stderr(), "note: skipping a test: {hint}");
    None
}

fn score(python: &Path, ann_dir: &Path, extra: &[&str]) -> Output {
    let fixtures = Path::new(ROOT).join("eval/news/fixtures");
    Command::new(python)
        .arg(Path::new(ROOT).join("eval/news/score.py"))
        .arg("--bin")
        .arg(env!("CARGO_BIN_EXE_factlint"))
        .arg("--text-dir")
        .arg(&fixtures)
        .arg("--ann-dir")
        .arg(ann_dir)
        .args(extra)
        .output()
        .expect("run score.py")
}

#[test]
fn the_self_test_scores_as_its_annotation_says() {
    let Some(py) = python() else { return };
    let fixtures = Path::new(ROOT).join("eval/news/fixtures");
    let out = score(&py, &fixtures, &["--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let total = &report["total"];
    assert_eq!(total["articles"], 1);
    assert_eq!(total["claims"], 10);
    // Every fact and event of the self-test agrees with the article and is
    // matched by a claim; each one made wrong is found.
    assert_eq!(total["references"], total["planted"]);
    assert_eq!(total["unmatched"], 0, "{total}");
    assert_eq!(total["planted_found"], total["planted"], "{total}");
    assert_eq!(total["false_alarms"], 0, "{total}");
    // found ≥ right, and the counts add up per claim.
    let claims = report["articles"][0]["claims"].as_array().unwrap();
    let found = claims.iter().filter(|c| c["found"] == true).count();
    let right = claims.iter().filter(|c| c["right"] == true).count();
    assert_eq!(total["found"], found);
    assert_eq!(total["right"], right);
    assert!(right <= found && found <= 10);
}

#[test]
fn a_fact_no_claim_matches_is_counted_unmatched() {
    let Some(py) = python() else { return };
    let dir = tempfile::tempdir().unwrap();
    let fixtures = Path::new(ROOT).join("eval/news/fixtures");
    let yaml = std::fs::read_to_string(fixtures.join("selftest-harbour-budget.yaml")).unwrap();
    // One more agreeing fact, about something the article never mentions.
    let extra = "    - {id: selftest/lighthouses, value: 4, unit: lighthouses, \
                 source: \"invented\", match: {all: [lighthouse keepers]}}\n";
    let at = yaml.find("  facts:\n").expect("the self-test has facts") + "  facts:\n".len();
    let changed = format!("{}{extra}{}", &yaml[..at], &yaml[at..]);
    std::fs::write(dir.path().join("selftest-harbour-budget.yaml"), changed).unwrap();
    let out = score(&py, dir.path(), &["--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["total"]["unmatched"], 1, "{}", report["total"]);
    let unmatched = &report["articles"][0]["check"]["unmatched"];
    assert_eq!(unmatched[0]["id"], "selftest/lighthouses", "{unmatched}");
}

#[test]
fn a_bad_annotation_is_refused_naming_file_and_field() {
    let Some(py) = python() else { return };
    let dir = tempfile::tempdir().unwrap();
    let fixtures = Path::new(ROOT).join("eval/news/fixtures");
    let yaml = std::fs::read_to_string(fixtures.join("selftest-harbour-budget.yaml")).unwrap();
    // A claim whose text is not on the line it names.
    let at = yaml.find("text: \"").expect("a claim text") + "text: \"".len();
    let changed = format!("{}no such words {}", &yaml[..at], &yaml[at..]);
    std::fs::write(dir.path().join("selftest-harbour-budget.yaml"), changed).unwrap();
    let out = score(&py, dir.path(), &["--validate"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("selftest-harbour-budget.yaml") && err.contains("claims["),
        "{err}"
    );
}

#[test]
fn a_missing_text_fails_unless_skipped_and_then_is_named() {
    let Some(py) = python() else { return };
    let dir = tempfile::tempdir().unwrap();
    let fixtures = Path::new(ROOT).join("eval/news/fixtures");
    let yaml = std::fs::read_to_string(fixtures.join("selftest-harbour-budget.yaml")).unwrap();
    std::fs::write(dir.path().join("selftest-harbour-budget.yaml"), &yaml).unwrap();
    // A second annotation whose text is on no machine (a new checkout).
    let gone = yaml.replace(
        "slug: selftest-harbour-budget",
        "slug: selftest-gone-budget",
    );
    std::fs::write(dir.path().join("selftest-gone-budget.yaml"), gone).unwrap();
    let strict = score(&py, dir.path(), &["--json"]);
    assert_eq!(strict.status.code(), Some(2));
    let out = score(&py, dir.path(), &["--json", "--skip-missing"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("skipped:") && err.contains("selftest-gone-budget") && err.contains("1 of 2"),
        "{err}"
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["total"]["articles"], 1, "{}", report["total"]);
}

#[test]
fn a_planted_leap_day_moves_to_a_real_date() {
    let Some(py) = python() else { return };
    // An event on 29 February moved three years is refused by factlint as no
    // date at all (exit 2), which once made a plant silently count as missed.
    let probe = "import sys; sys.path.insert(0, sys.argv[1]); import score\n\
                 art = {'claims': []}\n\
                 print(score.planted({'id': 'e', 'date': '2020-02-29'}, 'event', art)['date'])\n\
                 print(score.planted({'id': 'e', 'date': {'from': '2024-02-29', 'to': '2024-03-02'}}, 'event', art)['date'])";
    let out = Command::new(py)
        .args(["-c", probe])
        .arg(Path::new(ROOT).join("eval/news"))
        .output()
        .expect("run python");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        text.lines().collect::<Vec<_>>(),
        ["2023-02-28", "{'from': '2027-02-28', 'to': '2027-03-02'}"],
        "{text}"
    );
}
