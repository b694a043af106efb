//! The CI integration files run: every `factlint check` command in the
//! GitHub workflow, the GitLab snippet and the pre-commit hooks is run on
//! the example, and the files it hands to the next tool exist and parse.

use std::path::Path;
use std::process::Command;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn yaml(path: &str) -> serde_yaml::Value {
    serde_yaml::from_str(&std::fs::read_to_string(Path::new(ROOT).join(path)).unwrap()).unwrap()
}

/// A scratch repository with the example under `content/` and `fixtures/`.
fn scratch() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (from, to) in [
        ("fixtures/articles", "content"),
        ("fixtures/articles", "fixtures/articles"),
        ("rules", "rules"),
    ] {
        std::fs::create_dir_all(dir.path().join(to)).unwrap();
        for entry in std::fs::read_dir(Path::new(ROOT).join(from)).unwrap() {
            let entry = entry.unwrap();
            std::fs::copy(entry.path(), dir.path().join(to).join(entry.file_name())).unwrap();
        }
    }
    dir
}

/// Run a shell command line with the built factlint first on PATH.
fn sh(dir: &Path, line: &str) -> std::process::Output {
    let bin = Path::new(env!("CARGO_BIN_EXE_factlint"))
        .parent()
        .unwrap()
        .to_path_buf();
    let path = std::env::join_paths(std::iter::once(bin).chain(std::env::split_paths(
        &std::env::var_os("PATH").unwrap_or_default(),
    )))
    .unwrap();
    Command::new("sh")
        .args(["-c", line])
        .current_dir(dir)
        .env("PATH", path)
        .env_remove("GITHUB_STEP_SUMMARY")
        .output()
        .unwrap()
}

/// The factlint command lines of a list of shell steps, with GitHub
/// expressions (which only the runner can evaluate) removed.
fn factlint_lines<'a>(steps: impl Iterator<Item = &'a str>) -> Vec<String> {
    steps
        .flat_map(str::lines)
        .map(|l| {
            let mut l = l.trim().trim_start_matches("- ").to_owned();
            while let (Some(a), Some(b)) = (l.find("${{"), l.find("}}")) {
                l.replace_range(a..b + 2, "");
            }
            l
        })
        .filter(|l| l.starts_with("factlint check"))
        .collect()
}

#[test]
fn github_workflow_commands_run_and_write_sarif() {
    let wf = yaml(".github/workflows/factlint.yml");
    // upload-sarif writes code-scanning alerts and, in a private
    // repository, reads the workflow run.
    assert_eq!(wf["permissions"]["security-events"], "write");
    assert_eq!(wf["permissions"]["actions"], "read");
    let steps = wf["jobs"]["factlint"]["steps"].as_sequence().unwrap();
    let runs = steps.iter().filter_map(|s| s["run"].as_str());
    // A pull request's annotations are for the lines it touched.
    assert!(
        steps
            .iter()
            .filter_map(|s| s["run"].as_str())
            .any(|r| r.contains("--format github")
                && r.contains("--changed-since origin/{0} --changed-lines")),
        "{steps:?}"
    );
    // Folded scalars (>-) join lines with spaces: one command per step.
    let lines = factlint_lines(runs);
    assert_eq!(lines.len(), 2, "{lines:?}");
    let dir = scratch();
    let annotate = sh(dir.path(), &lines[0]);
    assert_eq!(annotate.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&annotate.stdout).starts_with("::error file=fixtures/articles/")
    );
    let sarif = sh(dir.path(), &lines[1]);
    assert!(
        sarif.status.success(),
        "{}",
        String::from_utf8_lossy(&sarif.stderr)
    );
    let upload = steps
        .iter()
        .find(|s| {
            s["uses"]
                .as_str()
                .is_some_and(|u| u.starts_with("github/codeql-action/upload-sarif"))
        })
        .unwrap();
    let file = upload["with"]["sarif_file"].as_str().unwrap();
    let log: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join(file)).unwrap()).unwrap();
    assert_eq!(log["version"], "2.1.0");
}

/// Run `git` in `dir`, which must succeed.
fn git(dir: &Path, args: &[&str]) {
    let out = Command::new("git")
        .args(["-c", "user.name=t", "-c", "user.email=t@example.com"])
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

/// The GitLab job's script, as its runner would run it (one shell, line
/// after line, `set -e`), without the line that installs factlint, in a
/// repository whose last commit is the merge request's base when `base` is
/// given. Returns the exit status.
fn run_gitlab_script(dir: &Path, script: &[&str], base: Option<&str>) -> Option<i32> {
    let body: Vec<&str> = script
        .iter()
        .copied()
        .filter(|l| !l.starts_with("cargo install"))
        .collect();
    let line = format!(
        "set -e\nCI_MERGE_REQUEST_DIFF_BASE_SHA={}\n{}",
        base.unwrap_or(""),
        body.join("\n")
    );
    let out = sh(dir, &line);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("error"), "{stderr}");
    out.status.code()
}

#[test]
fn gitlab_snippet_writes_code_quality_junit_and_markdown() {
    let ci = yaml("examples/ci/gitlab-ci.yml");
    let job = &ci["factlint"];
    let script: Vec<&str> = job["script"]
        .as_sequence()
        .unwrap()
        .iter()
        .filter_map(|s| s.as_str())
        .collect();
    assert!(script
        .iter()
        .any(|l| l.contains("--changed-since $CI_MERGE_REQUEST_DIFF_BASE_SHA")));
    let reports = &job["artifacts"]["reports"];
    let codequality = reports["codequality"].as_str().unwrap();
    let junit = reports["junit"].as_str().unwrap();
    let junit_cases = |dir: &Path| {
        let xml = std::fs::read_to_string(dir.join(junit)).unwrap();
        let doc = roxmltree::Document::parse(&xml).unwrap();
        doc.descendants()
            .filter(|n| n.has_tag_name("testcase"))
            .count()
    };
    let issues = |dir: &Path| {
        let text = std::fs::read_to_string(dir.join(codequality)).unwrap();
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        v.as_array().unwrap().len()
    };

    // A pipeline on a branch: every article, errors fail the job.
    let dir = scratch();
    git(dir.path(), &["init", "-q"]);
    git(dir.path(), &["add", "."]);
    git(dir.path(), &["commit", "-qm", "example"]);
    assert_eq!(
        run_gitlab_script(dir.path(), &script, None),
        Some(1),
        "errors fail the job"
    );
    let all_issues = issues(dir.path());
    assert!(all_issues > 10, "{all_issues}");
    assert_eq!(junit_cases(dir.path()), 6);
    assert!(dir.path().join("factlint.md").is_file());

    // A merge request that changed one article: its test report has that
    // article alone, Code Quality still every article.
    let base = String::from_utf8(
        Command::new("git")
            .args(["rev-parse", "HEAD"])
            .current_dir(dir.path())
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    let article = dir.path().join("content/coalition-rome.txt");
    let text = std::fs::read_to_string(&article).unwrap();
    std::fs::write(&article, text.replace("over 800 units", "over 900 units")).unwrap();
    git(dir.path(), &["commit", "-qam", "edit"]);
    assert_eq!(
        run_gitlab_script(dir.path(), &script, Some(base.trim())),
        Some(1)
    );
    assert_eq!(junit_cases(dir.path()), 1);
    assert_eq!(issues(dir.path()), all_issues);
    let md = std::fs::read_to_string(dir.path().join("factlint.md")).unwrap();
    assert!(md.contains("coalition-rome.txt"), "{md}");
    assert!(!md.contains("wind-farm.md"), "{md}");
}

#[test]
fn pre_commit_hooks_run_on_staged_files() {
    let hooks = yaml(".pre-commit-hooks.yaml");
    let hooks = hooks.as_sequence().unwrap();
    let dir = scratch();
    let article = "content/coalition-rome.txt";
    for hook in hooks {
        let id = hook["id"].as_str().unwrap();
        let files = regex_lite_matches(hook["files"].as_str().unwrap(), article);
        assert!(files, "{id} must take {article}");
        // pre-commit runs `entry args… files…`.
        let line = format!(
            "{} --refs rules --color never {article}",
            hook["entry"].as_str().unwrap()
        );
        let out = sh(dir.path(), &line);
        let expected = if id == "factlint-fix" { 0 } else { 1 };
        assert_eq!(
            out.status.code(),
            Some(expected),
            "{id}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

/// The hooks' `files` pattern is `\.(a|b|c)$`: check it without a regex crate.
fn regex_lite_matches(pattern: &str, path: &str) -> bool {
    let inner = pattern.trim_start_matches("\\.(").trim_end_matches(")$");
    inner
        .split('|')
        .any(|ext| path.ends_with(&format!(".{ext}")))
}
