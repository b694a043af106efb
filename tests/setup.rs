//! Setting factlint up: `completions` sourced by a real bash, `man` pages
//! rendered by man-db's `man -l`, and `init` followed by a check on what it
//! wrote.
//!
//! `man` is installed by `.ci/run`, which sets `FACTLINT_REQUIRE_EXTERNAL=1`:
//! then a missing `man` fails the test; without it the test is skipped
//! with a notice.

use std::io::Write as _;
use std::path::Path;
use std::process::Command as Process;

use assert_cmd::Command;

fn factlint_in(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("factlint").unwrap();
    cmd.current_dir(dir).env_remove("NO_COLOR");
    cmd
}

#[test]
fn bash_completion_defines_its_function_and_completes_commands() {
    let dir = tempfile::tempdir().unwrap();
    let out = factlint_in(dir.path())
        .args(["completions", "bash"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let script = dir.path().join("factlint.bash");
    std::fs::write(&script, &out.stdout).unwrap();
    // Sourced by bash, the script defines its function and registers it
    // for `factlint`; called as bash would on `factlint ch<TAB>`, it
    // offers `check`.
    let probe = format!(
        "source '{}' && declare -F _factlint && complete -p factlint && \
         COMP_WORDS=(factlint ch) COMP_CWORD=1 COMP_LINE='factlint ch' COMP_POINT=11 && \
         _factlint factlint ch factlint && printf '%s\\n' \"${{COMPREPLY[@]}}\"",
        script.display()
    );
    let bash = Process::new("bash").args(["-c", &probe]).output().unwrap();
    let stdout = String::from_utf8_lossy(&bash.stdout);
    assert!(
        bash.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&bash.stderr)
    );
    assert!(stdout.starts_with("_factlint\n"), "{stdout}");
    assert!(stdout.contains("-F _factlint factlint\n"), "{stdout}");
    assert!(stdout.lines().any(|l| l == "check"), "{stdout}");
    for shell in ["zsh", "fish", "elvish", "powershell"] {
        let out = factlint_in(dir.path())
            .args(["completions", shell])
            .output()
            .unwrap();
        assert!(out.status.success(), "{shell}");
        assert!(
            String::from_utf8_lossy(&out.stdout).contains("changed-lines"),
            "{shell}"
        );
    }
    factlint_in(dir.path())
        .args(["completions", "no-such-shell"])
        .assert()
        .code(2);
}

/// man-db's `man`, or `None` (with a notice) when it is missing and CI did
/// not ask for it.
fn man() -> Option<&'static str> {
    let found = Process::new("man").arg("--version").output().is_ok();
    if found {
        return Some("man");
    }
    let hint = "man (man-db) not found; .ci/run installs it";
    if std::env::var_os("FACTLINT_REQUIRE_EXTERNAL").is_some_and(|v| !v.is_empty()) {
        panic!("{hint} (required: FACTLINT_REQUIRE_EXTERNAL is set)");
    }
    let _ = writeln!(std::io::stderr(), "note: skipping a test: {hint}");
    None
}

/// `man --warnings -l PAGE` as text: (status, stdout, stderr).
fn render(man: &str, page: &Path) -> (bool, String, String) {
    let out = Process::new(man)
        .args(["--warnings", "-l"])
        .arg(page)
        .env("MANPAGER", "cat")
        .env("MANWIDTH", "100")
        .env("LC_ALL", "C.UTF-8")
        .output()
        .unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn man_pages_render_with_man_without_a_warning() {
    let Some(man) = man() else { return };
    let dir = tempfile::tempdir().unwrap();
    // The renderer does warn of a broken page: no warning below means something.
    let bad = dir.path().join("bad.1");
    std::fs::write(&bad, ".TH BAD 1\n.SH NAME\nbad \\- page\n.NOSUCHMACRO x\n").unwrap();
    let (_, _, stderr) = render(man, &bad);
    assert!(stderr.contains("warning"), "{stderr}");

    let page = dir.path().join("factlint.1");
    factlint_in(dir.path())
        .args(["man", "--output"])
        .arg(&page)
        .assert()
        .code(0);
    let (ok, text, stderr) = render(man, &page);
    assert!(ok && stderr.is_empty(), "{stderr}");
    assert!(
        text.contains("factlint - Checks the figures and dates"),
        "{text}"
    );
    assert!(text.contains("factlint-check(1)"), "{text}");
    // Each command's own page, as the main page's list names them.
    for (command, expected) in [
        ("check", "--changed-lines"),
        ("init", "DIR"),
        ("completions", "bash"),
        ("refs", "draft"),
    ] {
        let out = factlint_in(dir.path())
            .args(["man", command])
            .output()
            .unwrap();
        assert!(out.status.success(), "{command}");
        let page = dir.path().join(format!("factlint-{command}.1"));
        std::fs::write(&page, &out.stdout).unwrap();
        let (ok, text, stderr) = render(man, &page);
        assert!(ok && stderr.is_empty(), "{command}: {stderr}");
        assert!(text.contains(&format!("factlint-{command}")), "{text}");
        assert!(text.contains(expected), "{command}: {text}");
    }
    factlint_in(dir.path())
        .args(["man", "no-such-command"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("no command `no-such-command`"));
}

#[test]
fn init_writes_a_configuration_and_example_that_check_runs_on() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    // `git init`: the configuration is looked for up to the repository's root.
    assert!(Process::new("git")
        .args(["init", "-q"])
        .current_dir(d)
        .status()
        .unwrap()
        .success());
    factlint_in(d).arg("init").assert().code(0);
    let config = std::fs::read_to_string(d.join("factlint.yaml")).unwrap();
    assert!(
        config.starts_with("# factlint's configuration."),
        "{config}"
    );
    assert!(config.contains("\nrefs: [rules]\n"));
    assert!(d.join("rules/example.yaml").is_file());
    // No temporary file left beside them.
    assert_eq!(std::fs::read_dir(d.join("rules")).unwrap().count(), 1);

    // The example's own examples pass, and the data is valid.
    factlint_in(d)
        .args(["refs", "test"])
        .assert()
        .code(0)
        .stdout(predicates::str::contains("4 examples, 4 passed, 0 failed"));
    // `check` finds the configuration, which names rules/: an article
    // that contradicts the example gets its two findings.
    std::fs::create_dir(d.join("content")).unwrap();
    std::fs::write(
        d.join("content/town.md"),
        "---\ndate: 2025-07-01\n---\n\nEastbrook, a town of over 20,000 residents, \
         opened its new bridge in March 2025.\n",
    )
    .unwrap();
    let out = factlint_in(d)
        .args(["check", "content", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let rules: Vec<&str> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    assert_eq!(rules, ["fact-mismatch", "date-mismatch"]);
    assert_eq!(
        json["findings"][0]["reference"]["id"],
        "eastbrook/population"
    );
    // An article that agrees is clean.
    std::fs::write(
        d.join("content/town.md"),
        "Eastbrook has about 12,400 residents.\n",
    )
    .unwrap();
    factlint_in(d).args(["check", "content"]).assert().code(0);

    // Run again: nothing is overwritten, nothing written, and it says so.
    std::fs::write(d.join("factlint.yaml"), "refs: [mine]\n").unwrap();
    std::fs::remove_file(d.join("rules/example.yaml")).unwrap();
    factlint_in(d)
        .arg("init")
        .assert()
        .code(2)
        .stderr(predicates::str::contains("factlint.yaml: already exists"));
    assert_eq!(
        std::fs::read_to_string(d.join("factlint.yaml")).unwrap(),
        "refs: [mine]\n"
    );
    assert!(!d.join("rules/example.yaml").exists());

    // Into a directory given, created when missing.
    let other = d.join("new/site");
    factlint_in(d).args(["init", "new/site"]).assert().code(0);
    assert!(other.join("factlint.yaml").is_file());
    assert!(other.join("rules/example.yaml").is_file());
}
