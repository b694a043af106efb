//! Running over a repository: --fix, --jobs and deterministic output,
//! baselines, --changed-since, stdin, --output.

use std::path::Path;

use assert_cmd::Command;

const SEED: &str = "fixtures/articles/coalition-rome.txt";

fn rules() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("rules")
}

fn factlint_in(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("factlint").unwrap();
    cmd.current_dir(dir).env_remove("GITHUB_STEP_SUMMARY");
    cmd.arg("check")
        .arg("--refs")
        .arg(rules())
        .args(["--color", "never"]);
    cmd
}

fn seed_text() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(SEED)).unwrap()
}

#[test]
fn fix_is_byte_exact_keeps_permissions_and_is_idempotent() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    // CRLF line ends and a BOM must survive untouched outside the edit.
    let original = format!("\u{feff}{}", seed_text().replace('\n', "\r\n"));
    let file = dir.path().join("a.txt");
    std::fs::write(&file, &original).unwrap();
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o604)).unwrap();

    let out = factlint_in(dir.path())
        .args(["a.txt", "--fix"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("fixed 2 findings in 1 file"), "{stderr}");
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    let fixed = std::fs::read_to_string(&file).unwrap();
    let expected = original
        .replace("over 800 units", "about 650 units")
        .replace("in the fall of 2021", "in December 2021");
    assert_eq!(fixed, expected);
    assert_eq!(
        std::fs::metadata(&file).unwrap().permissions().mode() & 0o777,
        0o604
    );
    // No temporary file left behind.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);

    let out = factlint_in(dir.path())
        .args(["a.txt", "--fix"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("fixed 0 findings in 0 files"));
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        expected,
        "idempotent"
    );
}

#[test]
fn fix_applies_only_safe_suggestions() {
    let dir = tempfile::tempdir().unwrap();
    // Two facts match the figure equally: ambiguous, so nothing is safe.
    let refs = dir.path().join("refs.yaml");
    std::fs::write(
        &refs,
        "facts:\n  - id: a\n    value: 650\n    unit: units\n    match: {all: [Italy]}\n  - id: b\n    value: 700\n    unit: units\n    match: {all: [Kuwait]}\n",
    )
    .unwrap();
    let file = dir.path().join("a.txt");
    std::fs::write(&file, seed_text()).unwrap();
    let mut cmd = Command::cargo_bin("factlint").unwrap();
    let out = cmd
        .current_dir(dir.path())
        .args(["check", "a.txt", "--fix", "--format", "json", "--refs"])
        .arg(&refs)
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(
        json["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["rule"] == "ambiguous-match"),
        "{json:#}"
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), seed_text());
}

/// 1,000 small Markdown articles, some with mismatches.
fn corpus(dir: &Path) {
    for i in 0..1000 {
        let sub = dir.join(format!("section-{}", i % 7));
        std::fs::create_dir_all(&sub).unwrap();
        let figure = if i % 3 == 0 { 800 } else { 650 };
        std::fs::write(
            sub.join(format!("article-{i:04}.md")),
            format!(
                "---\ndate: 2021-06-29\n---\n\n# Article {i}\n\nItaly, with over {figure} units between Iraq and Kuwait, stays.\n\nThe ministers will meet by June 2022 for the ministerial meeting.\n"
            ),
        )
        .unwrap();
    }
}

#[test]
fn output_is_identical_whatever_the_parallelism() {
    let dir = tempfile::tempdir().unwrap();
    corpus(dir.path());
    let run = |jobs: Option<&str>, format: &str| {
        let mut cmd = factlint_in(dir.path());
        cmd.args([".", "--format", format]);
        if let Some(j) = jobs {
            cmd.args(["--jobs", j]);
        }
        let out = cmd.output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(1),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        out.stdout
    };
    for format in ["json", "human"] {
        let serial = run(Some("1"), format);
        assert_eq!(serial, run(None, format), "{format}: --jobs 1 vs default");
        assert_eq!(serial, run(Some("2"), format));
    }
    let json: serde_json::Value = serde_json::from_slice(&run(None, "json")).unwrap();
    assert_eq!(json["summary"]["documents"], 1000);
    let paths: Vec<&str> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    let mut sorted = paths.clone();
    sorted.sort();
    assert_eq!(paths, sorted);
}

/// jsonl and human are written batch by batch (256 documents at a time);
/// `--write-baseline` still renders the whole report at once. Both must
/// print the same bytes, over more documents than one batch, with the
/// paths given out of order.
#[test]
fn streamed_output_equals_the_whole_report() {
    let dir = tempfile::tempdir().unwrap();
    corpus(dir.path());
    let run = |format: &str, whole: bool| {
        let mut cmd = factlint_in(dir.path());
        cmd.args(["section-5", "section-0", ".", "--format", format]);
        if whole {
            cmd.args(["--write-baseline", "baseline.json"]);
        }
        let out = cmd.output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(if whole { 0 } else { 1 }),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        out.stdout
    };
    for format in ["jsonl", "human"] {
        let streamed = run(format, false);
        assert!(!streamed.is_empty());
        assert_eq!(
            String::from_utf8_lossy(&streamed),
            String::from_utf8_lossy(&run(format, true)),
            "{format}"
        );
    }
}

#[test]
fn a_baseline_hides_known_findings_and_lets_new_ones_fail() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("old.txt"), seed_text()).unwrap();
    factlint_in(dir.path())
        .args(["old.txt", "--write-baseline", "baseline.json"])
        .assert()
        .code(0);
    let baseline: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("baseline.json")).unwrap())
            .unwrap();
    assert_eq!(baseline["findings"].as_array().unwrap().len(), 2);

    // Edits elsewhere move the lines; the fingerprints still match.
    std::fs::write(dir.path().join("old.txt"), format!("\n\n{}", seed_text())).unwrap();
    factlint_in(dir.path())
        .args(["old.txt", "--baseline", "baseline.json"])
        .assert()
        .code(0)
        .stderr(predicates::str::contains(
            "2 findings recorded in the baseline not shown",
        ));

    std::fs::write(dir.path().join("new.txt"), seed_text()).unwrap();
    let out = factlint_in(dir.path())
        .args([".", "--baseline", "baseline.json", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let findings = json["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 2);
    assert!(findings.iter().all(|f| f["path"] == "new.txt"), "{json:#}");

    std::fs::write(dir.path().join("bad.json"), "{\"version\": 1}").unwrap();
    factlint_in(dir.path())
        .args(["old.txt", "--baseline", "bad.json"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("not a factlint baseline"));
}

fn git(dir: &Path, args: &[&str]) {
    let out = std::process::Command::new("git")
        .args(["-c", "user.name=t", "-c", "user.email=t@t.invalid"])
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn changed_since_checks_only_changed_files() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    git(d, &["init", "-q"]);
    std::fs::create_dir(d.join("content")).unwrap();
    std::fs::write(d.join("content/old.txt"), seed_text()).unwrap();
    std::fs::write(d.join("content/edited.txt"), seed_text()).unwrap();
    git(d, &["add", "."]);
    git(d, &["commit", "-qm", "one"]);
    std::fs::write(d.join("content/edited.txt"), format!("{}\n", seed_text())).unwrap();
    std::fs::write(d.join("content/untracked.txt"), seed_text()).unwrap();
    let out = factlint_in(d)
        .args(["content", "--changed-since", "HEAD", "--format", "json"])
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        json["summary"]["documents"],
        2,
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut paths: Vec<&str> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    paths.dedup();
    assert_eq!(paths, ["content/edited.txt", "content/untracked.txt"]);

    factlint_in(d)
        .args(["content", "--changed-since", "no-such-rev"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("--changed-since"));
}

#[test]
fn stdin_with_a_name_and_output_to_a_file() {
    let dir = tempfile::tempdir().unwrap();
    factlint_in(dir.path())
        .args([
            "-",
            "--stdin-filename",
            "news/rome.md",
            "--format",
            "jsonl",
            "--output",
            "out.jsonl",
        ])
        .write_stdin(seed_text())
        .assert()
        .code(1)
        .stdout("");
    let text = std::fs::read_to_string(dir.path().join("out.jsonl")).unwrap();
    let first: serde_json::Value = serde_json::from_str(text.lines().next().unwrap()).unwrap();
    assert_eq!(first["path"], "news/rome.md");
    assert_eq!(text.lines().count(), 2);
}

/// Documents come in path order compared component by component, as
/// ripgrep and fd list files: `a/b.md` before `a b.md`, `a-b.md` and
/// `a.md` (a string sort would put it after them, `/` being greater than
/// ` `, `-` and `.`). The same in the streamed formats and the whole
/// report, whatever the order of the paths given.
#[test]
fn documents_come_in_path_order_component_by_component() {
    let dir = tempfile::tempdir().unwrap();
    let expected = ["a/b.md", "a b.md", "a-b.md", "a.md", "b/c.md"];
    for name in expected {
        let path = dir.path().join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, seed_text()).unwrap();
    }
    let run = |paths: &[&str], format: &str, whole: bool| {
        let mut cmd = factlint_in(dir.path());
        cmd.args(paths).args(["--format", format]);
        if whole {
            cmd.args(["--write-baseline", "baseline.json"]);
        }
        let out = cmd.output().unwrap();
        assert_ne!(
            out.status.code(),
            Some(2),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    let documents = |paths: Vec<String>| {
        let mut paths = paths;
        paths.dedup();
        paths
    };
    for args in [&["."][..], &["b", "a.md", "a-b.md", "a", "a b.md"][..]] {
        let jsonl = run(args, "jsonl", false);
        let streamed: Vec<String> = jsonl
            .lines()
            .map(|l| {
                let v: serde_json::Value = serde_json::from_str(l).unwrap();
                v["path"].as_str().unwrap().to_owned()
            })
            .collect();
        assert_eq!(documents(streamed), expected, "{args:?}");
        let json: serde_json::Value = serde_json::from_str(&run(args, "json", false)).unwrap();
        let whole: Vec<String> = json["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["path"].as_str().unwrap().to_owned())
            .collect();
        assert_eq!(documents(whole), expected, "{args:?}");
        assert_eq!(jsonl, run(args, "jsonl", true), "{args:?}");
        assert_eq!(
            run(args, "human", false),
            run(args, "human", true),
            "{args:?}"
        );
    }
}

/// A change to the reference data or the configuration can make any
/// article wrong: with one among the changed files, `--changed-since`
/// checks every article, not none of them ("ok" on a change that breaks
/// an article nobody touched would turn CI green).
#[test]
fn changed_reference_data_or_configuration_checks_every_article() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    git(d, &["init", "-q"]);
    std::fs::create_dir(d.join("content")).unwrap();
    std::fs::create_dir(d.join("refs")).unwrap();
    std::fs::write(d.join("content/a.txt"), "Italy has 650 troops in Iraq.\n").unwrap();
    let italy = |value: u32| {
        format!(
            "units:\n  troops: [troops]\nfacts:\n  - id: italy/troops\n    value: {value}\n    \
             unit: troops\n    match: {{all: [Italy]}}\n"
        )
    };
    std::fs::write(d.join("refs/italy.yaml"), italy(650)).unwrap();
    std::fs::write(d.join("factlint.yaml"), "refs: [refs]\n").unwrap();
    git(d, &["add", "."]);
    git(d, &["commit", "-qm", "one"]);
    let run = || {
        let out = Command::cargo_bin("factlint")
            .unwrap()
            .current_dir(d)
            .args([
                "check",
                "content",
                "--changed-since",
                "HEAD",
                "--format",
                "json",
            ])
            .output()
            .unwrap();
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        (
            out.status.code(),
            json["summary"]["documents"].as_u64(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    // Nothing changed: nothing to check.
    assert_eq!(run().1, Some(0));
    // The reference value changed: the untouched article now contradicts it.
    std::fs::write(d.join("refs/italy.yaml"), italy(700)).unwrap();
    let (status, documents, err) = run();
    assert_eq!((status, documents), (Some(1), Some(1)), "{err}");
    assert!(err.contains("refs/italy.yaml changed"), "{err}");
    git(d, &["commit", "-qam", "two"]);
    assert_eq!(run().1, Some(0));
    // The configuration changed.
    std::fs::write(d.join("factlint.yaml"), "refs: [refs]\nrules: {}\n").unwrap();
    let (status, documents, err) = run();
    assert_eq!((status, documents), (Some(1), Some(1)), "{err}");
    assert!(err.contains("factlint.yaml changed"), "{err}");
}

/// A baseline records every finding of the archive: written from a run
/// that checked only the changed files, it would drop every other file's
/// findings, and the next full run would report them all as new. The two
/// flags together are refused, and the baseline stays as it was.
#[test]
fn a_baseline_is_not_written_from_the_changed_files_alone() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    git(d, &["init", "-q"]);
    std::fs::create_dir(d.join("content")).unwrap();
    std::fs::write(d.join("content/old.txt"), seed_text()).unwrap();
    git(d, &["add", "."]);
    git(d, &["commit", "-qm", "one"]);
    factlint_in(d)
        .args(["content", "--write-baseline", "b.json"])
        .assert()
        .code(0);
    let full = std::fs::read(d.join("b.json")).unwrap();
    std::fs::write(d.join("content/new.txt"), seed_text()).unwrap();
    factlint_in(d)
        .args(["content", "--changed-since", "HEAD"])
        .args(["--baseline", "b.json", "--write-baseline", "b.json"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("--changed-since"));
    assert_eq!(std::fs::read(d.join("b.json")).unwrap(), full);
}

/// A baseline records the findings of an archive adopted as it stands
/// (published articles whose text must stay as it was published):
/// `--fix --baseline` fixes only what the run reports, the new findings,
/// and leaves every article the baseline covers byte for byte, whole
/// report or streamed.
#[test]
fn fix_with_a_baseline_leaves_the_recorded_findings_alone() {
    for format in ["json", "human"] {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        std::fs::write(d.join("old.txt"), seed_text()).unwrap();
        factlint_in(d)
            .args(["old.txt", "--write-baseline", "baseline.json"])
            .assert()
            .code(0);
        std::fs::write(d.join("new.txt"), seed_text()).unwrap();
        let out = factlint_in(d)
            .args([
                ".",
                "--baseline",
                "baseline.json",
                "--fix",
                "--format",
                format,
            ])
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{format}: {err}");
        assert!(
            err.contains("fixed 2 findings in 1 file"),
            "{format}: {err}"
        );
        assert_eq!(
            std::fs::read_to_string(d.join("old.txt")).unwrap(),
            seed_text(),
            "{format}: an article the baseline covers was rewritten"
        );
        assert_ne!(
            std::fs::read_to_string(d.join("new.txt")).unwrap(),
            seed_text()
        );
    }
}

/// Naming one input twice checks it once, stdin too: a second `-` read
/// the exhausted stream as another, empty, document, and the counts said
/// two documents were checked.
#[test]
fn stdin_named_twice_is_one_document() {
    let dir = tempfile::tempdir().unwrap();
    for stdin_format in ["text", "jsonl"] {
        let input = if stdin_format == "text" {
            seed_text()
        } else {
            "{\"id\": \"a\", \"text\": \"Italy sent over 800 troops to Iraq.\"}\n".to_owned()
        };
        let out = factlint_in(dir.path())
            .args(["-", "-", "--stdin-format", stdin_format, "--format", "json"])
            .write_stdin(input)
            .output()
            .unwrap();
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(
            json["summary"]["documents"],
            1,
            "{stdin_format}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

/// `--changed-lines`: of the files changed since REV, only the findings on
/// lines the diff added or changed, in a real repository: an edit to one
/// line (after a new paragraph that moved every line below it) reports
/// that line's finding, not the file's old ones; an untracked file is new
/// on every line; and changed reference data lifts the filter.
#[test]
fn changed_lines_keep_only_the_findings_on_lines_the_diff_touched() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    git(d, &["init", "-q"]);
    std::fs::create_dir(d.join("content")).unwrap();
    let bridge = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/articles/harbour-bridge.md"),
    )
    .unwrap();
    std::fs::write(d.join("content/bridge.md"), &bridge).unwrap();
    std::fs::write(d.join("content/rome.txt"), seed_text()).unwrap();
    git(d, &["add", "."]);
    git(d, &["commit", "-qm", "one"]);
    let findings = |args: &[&str]| {
        let out = factlint_in(d)
            .args(["content", "--changed-since", "HEAD", "--format", "json"])
            .args(args)
            .output()
            .unwrap();
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|_| {
            panic!("{}", String::from_utf8_lossy(&out.stderr));
        });
        let mut found: Vec<(String, String, u64)> = json["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| {
                (
                    f["path"].as_str().unwrap().to_owned(),
                    f["rule"].as_str().unwrap().to_owned(),
                    f["line"].as_u64().unwrap(),
                )
            })
            .collect();
        found.sort();
        (found, String::from_utf8_lossy(&out.stderr).into_owned())
    };
    // Nothing changed yet: nothing reported.
    assert!(findings(&["--changed-lines"]).0.is_empty());

    // A new paragraph under the heading moves every line down by two, and
    // the bridge's cost is edited (still wrong) on what is now line 12.
    let edited = bridge
        .replace(
            "# Council approves harbour bridge repairs\n",
            "# Council approves harbour bridge repairs\n\nA new paragraph.\n",
        )
        .replace("worth $240 million", "worth $250 million");
    std::fs::write(d.join("content/bridge.md"), &edited).unwrap();
    let (all, _) = findings(&[]);
    let mut lines: Vec<u64> = all.iter().map(|f| f.2).collect();
    lines.sort_unstable();
    assert_eq!(lines, [12, 14, 17, 21], "{all:?}");
    let (only, err) = findings(&["--changed-lines"]);
    assert_eq!(
        only,
        [(
            "content/bridge.md".to_owned(),
            "fact-mismatch".to_owned(),
            12
        )],
        "{err}"
    );

    // An untracked article is new on every line.
    std::fs::write(d.join("content/new.txt"), seed_text()).unwrap();
    let (only, _) = findings(&["--changed-lines"]);
    let new: Vec<_> = only.iter().filter(|f| f.0 == "content/new.txt").collect();
    assert_eq!(new.len(), 2, "{only:?}");
    assert_eq!(only.len(), 3, "{only:?}");

    // The human and github formats (streamed and not) filter alike.
    let out = factlint_in(d)
        .args(["content", "--changed-since", "HEAD", "--changed-lines"])
        .args(["--format", "github"])
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        stdout.lines().filter(|l| l.starts_with("::error")).count(),
        3
    );
    let out = factlint_in(d)
        .args(["content", "--changed-since", "HEAD", "--changed-lines"])
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        stdout.matches("\nerror[").count() + usize::from(stdout.starts_with("error[")),
        3
    );

    // Without --changed-since the flag is refused.
    factlint_in(d)
        .args(["content", "--changed-lines"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("--changed-since"));
}

/// New reference data can make any line wrong: with a reference file among
/// the changed ones, every article is checked on every line.
#[test]
fn changed_reference_data_lifts_the_changed_lines_filter() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    git(d, &["init", "-q"]);
    std::fs::create_dir(d.join("content")).unwrap();
    std::fs::create_dir(d.join("refs")).unwrap();
    std::fs::write(d.join("content/a.txt"), "Italy has 650 troops in Iraq.\n").unwrap();
    let italy = |value: u32| {
        format!(
            "units:\n  troops: [troops]\nfacts:\n  - id: italy/troops\n    value: {value}\n    \
             unit: troops\n    match: {{all: [Italy]}}\n"
        )
    };
    std::fs::write(d.join("refs/italy.yaml"), italy(650)).unwrap();
    git(d, &["add", "."]);
    git(d, &["commit", "-qm", "one"]);
    std::fs::write(d.join("refs/italy.yaml"), italy(700)).unwrap();
    let out = Command::cargo_bin("factlint")
        .unwrap()
        .current_dir(d)
        .args(["check", "content", "--refs", "refs", "--format", "json"])
        .args(["--changed-since", "HEAD", "--changed-lines"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("refs/italy.yaml changed since HEAD: every article is checked, on every line"),
        "{err}"
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["findings"].as_array().unwrap().len(), 1, "{json:#}");
}
