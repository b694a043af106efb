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
    let steps = wf["jobs"]["factlint"]["steps"].as_sequence().unwrap();
    let runs = steps.iter().filter_map(|s| s["run"].as_str());
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

#[test]
fn gitlab_snippet_commands_run_and_write_junit() {
    let ci = yaml("examples/ci/gitlab-ci.yml");
    let script = ci["factlint"]["script"].as_sequence().unwrap();
    let lines = factlint_lines(script.iter().filter_map(|s| s.as_str()));
    assert_eq!(lines.len(), 2, "{lines:?}");
    let dir = scratch();
    assert!(sh(dir.path(), &lines[0]).status.success());
    assert_eq!(
        sh(dir.path(), &lines[1]).status.code(),
        Some(1),
        "errors fail the job"
    );
    let junit = ci["factlint"]["artifacts"]["reports"]["junit"]
        .as_str()
        .unwrap();
    let xml = std::fs::read_to_string(dir.path().join(junit)).unwrap();
    roxmltree::Document::parse(&xml).unwrap();
    assert!(dir.path().join("factlint.md").is_file());
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
