//! Every `--format` on the shipped example: a snapshot each, and each
//! accepted by its consumer's own tool — Microsoft's SARIF Multitool, `git
//! apply`, an XML parser, headless Chromium.
//!
//! The external tools are installed by `.ci/run`, which sets
//! `FACTLINT_REQUIRE_EXTERNAL=1`: then a missing tool fails the test.
//! Without that variable a missing tool skips the test with a notice.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command as Process;

use assert_cmd::Command;
use serde_json::Value;

const SEED_DIR: &str = "fixtures/articles";
/// The seed article: the formats are pinned on it alone (tests/planted.rs
/// covers the other example articles).
const SEED: &str = "fixtures/articles/coalition-rome.txt";

fn factlint() -> Command {
    let mut cmd = Command::cargo_bin("factlint").unwrap();
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd.env_remove("NO_COLOR").env_remove("GITHUB_STEP_SUMMARY");
    cmd
}

/// `check` over the shipped example in one format: (exit status, stdout).
fn check(format: &str) -> (i32, String) {
    let out = factlint()
        .args([
            "check", SEED, "--refs", "rules", "--color", "never", "--format", format,
        ])
        .output()
        .unwrap();
    assert!(
        out.stderr.is_empty(),
        "{format}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
    )
}

#[test]
fn a_snapshot_per_format() {
    for format in [
        "human",
        "json",
        "jsonl",
        "sarif",
        "github",
        "junit",
        "rdjson",
        "markdown",
        "html",
        "diff",
        "codeclimate",
    ] {
        let (code, text) = check(format);
        assert_eq!(code, 1, "{format}: the example has mismatches");
        insta::with_settings!({snapshot_suffix => format}, {
            insta::assert_snapshot!("seed", text);
        });
    }
}

/// An external tool at `path`, or `None` (with a notice) when it is missing
/// and CI did not ask for it.
fn external(name: &str, path: PathBuf) -> Option<PathBuf> {
    if path.is_file() {
        return Some(path);
    }
    let hint = format!(
        "{name} not found at {}; .ci/run installs it",
        path.display()
    );
    if std::env::var_os("FACTLINT_REQUIRE_EXTERNAL").is_some_and(|v| !v.is_empty()) {
        panic!("{hint} (required: FACTLINT_REQUIRE_EXTERNAL is set)");
    }
    // Straight to stderr, past the test harness's capture, so it is seen.
    let _ = writeln!(std::io::stderr(), "note: skipping a test: {hint}");
    None
}

fn multitool() -> Option<PathBuf> {
    let path = std::env::var_os("FACTLINT_SARIF_MULTITOOL").map_or_else(
        || {
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join(".ci/tools/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool")
        },
        PathBuf::from,
    );
    external("the SARIF Multitool", path)
}

fn chromium() -> Option<PathBuf> {
    let path = std::env::var_os("FACTLINT_CHROMIUM")
        .map_or_else(|| PathBuf::from("/usr/bin/chromium"), PathBuf::from);
    external("Chromium", path)
}

/// Run `Sarif.Multitool validate` on a file; returns the validator's
/// results as (level, rule id, message).
fn validate_sarif(tool: &Path, file: &Path) -> Vec<(String, String, String)> {
    let log = file.with_extension("validation.sarif");
    let out = Process::new(tool)
        .args([
            "validate",
            "--log",
            "ForceOverwrite",
            "--level",
            "Error;Warning;Note",
            "-o",
        ])
        .arg(&log)
        .arg(file)
        .env("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT", "1")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "validator failed to run: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let log: Value = serde_json::from_str(&std::fs::read_to_string(&log).unwrap()).unwrap();
    log["runs"][0]["results"]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .map(|r| {
            (
                r["level"].as_str().unwrap_or("warning").to_owned(),
                r["ruleId"].as_str().unwrap_or("").to_owned(),
                r["message"].to_string(),
            )
        })
        .collect()
}

/// `check` in SARIF over the given paths of the example (stdout).
fn sarif_of(paths: &[&str]) -> String {
    let out = factlint()
        .args(["check", "--refs", "rules", "--format", "sarif"])
        .args(paths)
        .output()
        .unwrap();
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Every shipped article, each alone and all at once, gives a log the
/// SARIF Multitool finds neither error nor warning in (warnings such as
/// SARIF1001, a rule's name equal to its id, count too).
#[test]
fn sarif_passes_the_sarif_multitool() {
    let Some(tool) = multitool() else { return };
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("factlint.sarif");
    let mut articles: Vec<String> = std::fs::read_dir(SEED_DIR)
        .unwrap()
        .map(|e| format!("{SEED_DIR}/{}", e.unwrap().file_name().to_string_lossy()))
        .collect();
    articles.sort();
    assert!(articles.len() >= 6, "{articles:?}");
    let mut runs: Vec<Vec<&str>> = articles.iter().map(|a| vec![a.as_str()]).collect();
    runs.push(vec![SEED_DIR]);
    let mut rules_seen = std::collections::BTreeSet::new();
    for paths in &runs {
        let text = sarif_of(paths);
        let log: Value = serde_json::from_str(&text).unwrap();
        for rule in log["runs"][0]["tool"]["driver"]["rules"]
            .as_array()
            .unwrap()
        {
            rules_seen.insert(rule["id"].as_str().unwrap().to_owned());
        }
        std::fs::write(&file, &text).unwrap();
        let results = validate_sarif(&tool, &file);
        let serious: Vec<_> = results
            .iter()
            .filter(|(level, _, _)| level == "error" || level == "warning")
            .collect();
        assert!(serious.is_empty(), "{paths:?}: {serious:#?}");
    }
    // The one-word rule whose name was its id is among those validated.
    assert!(rules_seen.contains("arithmetic"), "{rules_seen:?}");

    // The validator does catch a broken log: the check above means something.
    let mut broken: Value = serde_json::from_str(&check("sarif").1).unwrap();
    broken["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] =
        Value::from(1000);
    std::fs::write(&file, broken.to_string()).unwrap();
    let results = validate_sarif(&tool, &file);
    assert!(
        results
            .iter()
            .any(|(level, rule, _)| level == "error" && rule == "SARIF1007"),
        "{results:#?}"
    );
}

/// A copy of the example in a temporary directory, to patch and fix.
fn scratch_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let from = Path::new(env!("CARGO_MANIFEST_DIR"));
    std::fs::create_dir_all(dir.path().join(SEED_DIR)).unwrap();
    std::fs::create_dir_all(dir.path().join("rules")).unwrap();
    for entry in std::fs::read_dir(from.join(SEED_DIR)).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(
            entry.path(),
            dir.path().join(SEED_DIR).join(entry.file_name()),
        )
        .unwrap();
    }
    for entry in std::fs::read_dir(from.join("rules")).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(
            entry.path(),
            dir.path().join("rules").join(entry.file_name()),
        )
        .unwrap();
    }
    dir
}

fn git(dir: &Path, args: &[&str]) -> std::process::Output {
    Process::new("git")
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap()
}

#[test]
fn the_diff_is_accepted_by_git_apply_and_equals_fix() {
    let (_, patch) = check("diff");
    assert!(
        patch.starts_with("--- a/fixtures/articles/coalition-rome.txt\n"),
        "{patch}"
    );
    let applied = scratch_copy();
    let patch_file = applied.path().join("factlint.patch");
    std::fs::write(&patch_file, &patch).unwrap();
    let out = git(
        applied.path(),
        &["apply", "--check", "-v", "factlint.patch"],
    );
    assert!(
        out.status.success(),
        "git apply --check: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = git(applied.path(), &["apply", "factlint.patch"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    // --fix makes the very same edits.
    let fixed = scratch_copy();
    let mut cmd = Command::cargo_bin("factlint").unwrap();
    cmd.current_dir(fixed.path())
        .args([
            "check", SEED, "--refs", "rules", "--fix", "--color", "never",
        ])
        .assert()
        .code(0);
    let file = |d: &tempfile::TempDir| {
        std::fs::read(d.path().join(SEED_DIR).join("coalition-rome.txt")).unwrap()
    };
    assert_eq!(file(&applied), file(&fixed));
}

#[test]
fn junit_is_well_formed_xml() {
    let (_, xml) = check("junit");
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "testsuites");
    assert_eq!(root.attribute("failures"), Some("2"));
    // What was checked, as test-suite properties that add up.
    let property = |name: &str| -> usize {
        root.descendants()
            .find(|n| n.has_tag_name("property") && n.attribute("name") == Some(name))
            .and_then(|n| n.attribute("value"))
            .unwrap_or_else(|| panic!("no property {name}"))
            .parse()
            .unwrap()
    };
    assert_eq!(property("factlint.claims"), 7);
    assert_eq!(
        property("factlint.agree") + property("factlint.mismatch") + property("factlint.unchecked"),
        7
    );
    assert_eq!(property("factlint.mismatch"), 2);
    let cases: Vec<_> = root
        .descendants()
        .filter(|n| n.has_tag_name("testcase"))
        .collect();
    assert_eq!(cases.len(), 1, "one test case per document");
    assert_eq!(
        cases[0].attribute("name"),
        Some("fixtures/articles/coalition-rome.txt")
    );
    let failures: Vec<_> = cases[0]
        .children()
        .filter(|n| n.has_tag_name("failure"))
        .collect();
    assert_eq!(failures.len(), 2, "one failure per error");
    assert_eq!(failures[0].attribute("type"), Some("fact-mismatch"));
    assert!(failures[0]
        .text()
        .unwrap()
        .contains("suggestion: about 650 units"));
}

#[test]
fn github_appends_the_markdown_report_to_the_step_summary() {
    let dir = tempfile::tempdir().unwrap();
    let summary = dir.path().join("summary.md");
    std::fs::write(&summary, "earlier step\n").unwrap();
    let out = factlint()
        .env("GITHUB_STEP_SUMMARY", &summary)
        .args(["check", SEED, "--refs", "rules", "--format", "github"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        stdout.lines().filter(|l| l.starts_with("::error ")).count(),
        2
    );
    let written = std::fs::read_to_string(&summary).unwrap();
    assert!(
        written.starts_with("earlier step\n# factlint report\n"),
        "{written}"
    );
    assert!(written.contains("| `fixtures/articles/coalition-rome.txt` | 2 | 0 | 0 |"));
}

/// Load a page in headless Chromium; returns (DOM, console lines).
fn chromium_load(chromium: &Path, page: &Path) -> (String, Vec<String>) {
    let profile = tempfile::tempdir().unwrap();
    let out = Process::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--enable-logging=stderr",
            "--v=0",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg("--dump-dom")
        .arg(format!("file://{}", page.display()))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let console = String::from_utf8_lossy(&out.stderr)
        .lines()
        .filter(|l| l.contains(":CONSOLE"))
        .map(str::to_owned)
        .collect();
    (String::from_utf8_lossy(&out.stdout).into_owned(), console)
}

#[test]
fn html_loads_in_chromium_without_console_messages() {
    let Some(chromium) = chromium() else { return };
    let dir = tempfile::tempdir().unwrap();
    // The example, plus an article that tries to inject markup and script.
    let articles = dir.path().join("articles");
    std::fs::create_dir(&articles).unwrap();
    let seed = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(SEED_DIR)
        .join("coalition-rome.txt");
    std::fs::copy(&seed, articles.join("coalition-rome.txt")).unwrap();
    std::fs::write(
        articles.join("hostile.md"),
        "date 2021-06-29\n\nItaly, with over 800 units between Iraq and Kuwait <script>console.error('injected')</script> <img src=x onerror=\"console.error('img')\"> said \"x\" & 'y'.\n",
    )
    .unwrap();
    let page = dir.path().join("report.html");
    let refs = Path::new(env!("CARGO_MANIFEST_DIR")).join("rules");
    let out = Command::cargo_bin("factlint")
        .unwrap()
        .current_dir(dir.path())
        .args([
            "check",
            "articles",
            "--format",
            "html",
            "--output",
            "report.html",
            "--refs",
        ])
        .arg(&refs)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let (dom, console) = chromium_load(&chromium, &page);
    assert!(console.is_empty(), "console messages: {console:#?}");
    assert!(dom.contains("<mark class=\"mismatch\""), "{dom}");
    assert!(dom.contains("<mark class=\"agree\""));
    assert!(dom.contains("<mark class=\"unchecked\""));
    // What was and was not checked is on the page, the unused list folded.
    assert!(dom.contains(" agree, "), "{dom}");
    assert!(dom.contains("<details class=\"unused\">"), "{dom}");
    assert!(dom.contains("articles/hostile.md"));
    assert!(!dom.contains("<script"), "the article's script stays text");

    // The check is real: a page that logs is caught.
    let bad = dir.path().join("bad.html");
    std::fs::write(
        &bad,
        "<!DOCTYPE html><p>x</p><script>console.error('boom')</script>",
    )
    .unwrap();
    let (_, console) = chromium_load(&chromium, &bad);
    assert!(console.iter().any(|l| l.contains("boom")), "{console:#?}");
}

/// The severities GitLab's Code Quality documentation allows.
const CODE_QUALITY_SEVERITIES: [&str; 5] = ["info", "minor", "major", "critical", "blocker"];

/// Every issue of a Code Quality report: valid under the schema GitLab
/// validates issues with (vendored in tests/schemas/), with the fields its
/// documentation adds, and no two with one fingerprint.
fn assert_code_quality(text: &str) -> Vec<Value> {
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/schemas/gitlab-codeclimate.json"),
        )
        .unwrap(),
    )
    .unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let report: Value = serde_json::from_str(text).unwrap();
    let issues = report.as_array().expect("a JSON array").clone();
    let mut fingerprints = std::collections::HashSet::new();
    for issue in &issues {
        let errors: Vec<String> = validator
            .iter_errors(issue)
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{errors:?}: {issue:#}");
        assert!(issue["check_name"].is_string(), "{issue:#}");
        let severity = issue["severity"].as_str().unwrap();
        assert!(CODE_QUALITY_SEVERITIES.contains(&severity), "{issue:#}");
        assert!(issue["location"]["lines"]["begin"].as_u64().unwrap() >= 1);
        let path = issue["location"]["path"].as_str().unwrap();
        assert!(!path.starts_with('/') && !path.starts_with("./"), "{path}");
        let fingerprint = issue["fingerprint"].as_str().unwrap();
        assert!(fingerprints.insert(fingerprint.to_owned()), "{fingerprint}");
    }
    issues
}

#[test]
fn codeclimate_follows_gitlabs_code_quality_schema() {
    let (code, text) = check("codeclimate");
    assert_eq!(code, 1);
    let issues = assert_code_quality(&text);
    assert_eq!(issues.len(), 2);
    // Every shipped article, one report: each finding an issue.
    let out = factlint()
        .args([
            "check",
            SEED_DIR,
            "--refs",
            "rules",
            "--format",
            "codeclimate",
        ])
        .output()
        .unwrap();
    let all = assert_code_quality(&String::from_utf8(out.stdout).unwrap());
    let json = factlint()
        .args(["check", SEED_DIR, "--refs", "rules", "--format", "json"])
        .output()
        .unwrap();
    let json: Value = serde_json::from_slice(&json.stdout).unwrap();
    let findings = json["findings"].as_array().unwrap();
    assert_eq!(all.len(), findings.len());
    for (issue, finding) in all.iter().zip(findings) {
        assert_eq!(issue["check_name"], finding["rule"]);
        assert_eq!(issue["location"]["path"], finding["path"]);
        assert_eq!(issue["location"]["lines"]["begin"], finding["line"]);
    }

    // The schema does catch a broken issue: the checks above mean something.
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/schemas/gitlab-codeclimate.json"),
        )
        .unwrap(),
    )
    .unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let mut broken = issues[0].clone();
    broken["location"]["lines"]["begin"] = Value::from("17");
    assert!(!validator.is_valid(&broken));
    broken.as_object_mut().unwrap().remove("fingerprint");
    assert!(!validator.is_valid(&broken));
}

/// An edit above a finding moves it down but keeps its fingerprint, so
/// GitLab does not show it as new in the merge request.
#[test]
fn codeclimate_fingerprints_do_not_move_with_the_line() {
    let dir = tempfile::tempdir().unwrap();
    let seed = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(SEED)).unwrap();
    let article = dir.path().join("seed.txt");
    let report = |text: &str| {
        std::fs::write(&article, text).unwrap();
        let out = factlint()
            .current_dir(dir.path())
            .args(["check", "seed.txt", "--format", "codeclimate", "--refs"])
            .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("rules"))
            .output()
            .unwrap();
        assert_code_quality(&String::from_utf8(out.stdout).unwrap())
    };
    let before = report(&seed);
    // Two new paragraphs after the date line.
    let (head, tail) = seed.split_once("\n\n").unwrap();
    let after = report(&format!(
        "{head}\n\nA new paragraph.\n\nAnother one.\n\n{tail}"
    ));
    assert_eq!(before.len(), after.len());
    for (b, a) in before.iter().zip(&after) {
        assert_eq!(b["fingerprint"], a["fingerprint"]);
        assert_eq!(
            a["location"]["lines"]["begin"].as_u64().unwrap(),
            b["location"]["lines"]["begin"].as_u64().unwrap() + 4
        );
    }
}
