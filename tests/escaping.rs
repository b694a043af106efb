//! Nothing a file says reaches the terminal or the CI runner raw: file
//! names, article text, YAML ids, units, dates and sources, and JSON Lines
//! record ids holding newlines, `::error::` and escape sequences are
//! escaped on stdout and stderr alike, in every format and command.
//!
//! A raw control character (C0 but a line end or tab, DEL, C1) would drive
//! the terminal; a line beginning `::` would be a workflow command to
//! GitHub's runner, which reads both streams.

#![cfg(unix)]

use std::path::Path;
use std::process::Output;

use assert_cmd::Command;

/// What an attacker puts in every string they control: a workflow
/// command, escape sequences, and a bidirectional override, isolate and
/// line separator (which reorder or break what a terminal shows).
const NASTY: &str =
    "\n::error::pwned ##[error]pwned\u{1b}[31m\u{7}\u{9b}2J\u{7f}\r\u{202e}\u{2066}\u{2028}";

/// A character that reorders the text around it on a terminal or a page,
/// or breaks its line: not a control character, but never raw either.
fn reorders(c: char) -> bool {
    matches!(c, '\u{2028}' | '\u{2029}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// The problems with one stream: raw control characters (a tab and, on
/// stdout, a CRLF line end aside) and lines that a runner would take for a
/// workflow command factlint did not mean.
fn problems(stream: &str, bytes: &[u8], stdout: bool) -> Vec<String> {
    let text = String::from_utf8_lossy(bytes);
    let mut found = Vec::new();
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let crlf = c == '\r' && chars.get(i + 1) == Some(&'\n');
        let allowed = c == '\n' || (stdout && (c == '\t' || crlf));
        if (c.is_control() || reorders(c)) && !allowed {
            found.push(format!("{stream}: raw {:?} at char {i}", c));
        }
    }
    // factlint's own commands (the github format) all carry properties;
    // the one planted in the input has none.
    let ours = [
        "::error file=",
        "::warning file=",
        "::notice file=",
        "::notice title=",
    ];
    for line in text.lines() {
        let line = line.trim_start();
        if line.starts_with("::") && !ours.iter().any(|p| line.starts_with(p)) {
            found.push(format!("{stream}: workflow command {line:?}"));
        }
        // The runner's legacy form is a command anywhere in a line.
        if line.contains("##[") {
            found.push(format!("{stream}: legacy workflow command {line:?}"));
        }
    }
    found
}

fn assert_clean(what: &str, out: &Output) {
    let mut found = problems("stdout", &out.stdout, true);
    found.extend(problems("stderr", &out.stderr, false));
    assert!(
        found.is_empty(),
        "{what}: {found:#?}\nstderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("panicked"), "{what}: {err}");
}

/// A directory with an article whose name and text are nasty, and
/// reference data whose source is.
fn nasty_tree() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    std::fs::create_dir(dir.join("news")).unwrap();
    // Invalid UTF-8 too, so that a warning names the file on stderr.
    let mut text = format!("Italy sent over 800 troops to Iraq.{NASTY}\nMore text.\n").into_bytes();
    text.extend_from_slice(b"\xff\n");
    std::fs::write(dir.join(format!("news/x{NASTY}.txt")), &text).unwrap();
    std::fs::write(
        dir.join("refs.yaml"),
        "facts:\n  - id: italy/troops\n    value: 650\n    unit: troops\n    \
         source: \"Ministry \\n::error::pwned ##[error]pwned \\e[2J\\a \\x9b31m\\x7f report\"\n    \
         match: {all: [Italy]}\n    \
         examples:\n      pass: [\"Italy sent 650 troops.\\n::error::pwned ##[error]pwned\\e[2J\"]\n      \
         fail: [\"Italy sent 650 troops.\\n::error::pwned ##[error]pwned\\e[2J\"]\n",
    )
    .unwrap();
    tmp
}

fn factlint_in(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("factlint").unwrap();
    cmd.current_dir(dir)
        .env_remove("GITHUB_STEP_SUMMARY")
        .env_remove("NO_COLOR");
    cmd
}

#[test]
fn every_check_format_escapes_names_text_and_sources_on_both_streams() {
    let tmp = nasty_tree();
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
        let out = factlint_in(tmp.path())
            .args(["check", "news", "--refs", "refs.yaml", "--color", "never"])
            .args(["--format", format])
            .output()
            .unwrap();
        // The finding is there: the check ran on the nasty file.
        assert_eq!(out.status.code(), Some(1), "{format}");
        assert_clean(format, &out);
    }
    // Colour on: still nothing raw from input (factlint's own SGR codes
    // are allowed, so only the runner's concern is checked).
    let out = factlint_in(tmp.path())
        .args(["check", "news", "--refs", "refs.yaml", "--color", "always"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(!text.contains("\u{1b}[2J"), "{text}");
    assert!(!text.lines().any(|l| l.starts_with("::")), "{text}");
}

#[test]
fn extract_and_refs_draft_escape_names_and_text() {
    let tmp = nasty_tree();
    for format in ["json", "jsonl", "table"] {
        let out = factlint_in(tmp.path())
            .args(["extract", "news", "--format", format])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{format}");
        assert_clean(&format!("extract {format}"), &out);
    }
    let out = factlint_in(tmp.path())
        .args(["refs", "draft", "news"])
        .output()
        .unwrap();
    assert_clean("refs draft", &out);
    // An example sentence that fails, quoted in the report.
    let out = factlint_in(tmp.path())
        .args(["refs", "test", "--refs", "refs.yaml"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("FAIL"));
    assert_clean("refs test", &out);
}

#[test]
fn a_missing_path_with_a_nasty_name_is_reported_on_one_line() {
    let tmp = nasty_tree();
    let out = factlint_in(tmp.path())
        .args(["check", &format!("gone{NASTY}.md"), "--refs", "refs.yaml"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_clean("missing path", &out);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("gone\\n::error::pwned ##\\u{5b}error]pwned\\u{1b}[31m"),
        "the name is shown, escaped: {err}"
    );
}

#[test]
fn jsonl_record_ids_are_escaped_in_errors_and_reports() {
    let tmp = nasty_tree();
    let id = serde_json::to_string(&format!("rec{NASTY}")).unwrap();
    let date = serde_json::to_string(&format!("June{NASTY}")).unwrap();
    let input = format!(
        "{{\"id\": {id}, \"text\": \"Italy sent over 800 troops to Iraq.\"}}\n\
         {{\"id\": {id}, \"date\": {date}, \"text\": \"x\"}}\n"
    );
    for format in ["jsonl", "human", "github", "json"] {
        let out = factlint_in(tmp.path())
            .args([
                "check",
                "-",
                "--stdin-format",
                "jsonl",
                "--refs",
                "refs.yaml",
            ])
            .args(["--format", format, "--color", "never"])
            .write_stdin(input.clone())
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        // The bad record's error names it, on one line.
        assert!(
            err.contains("record rec\\n::error::pwned"),
            "{format}: {err}"
        );
        assert_clean(&format!("records, {format}"), &out);
    }
}

#[test]
fn reference_errors_quoting_ids_units_and_dates_stay_on_one_line() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(
        tmp.path().join("bad.yaml"),
        "facts:\n  - id: \"a\\n::error::pwned\\e[31m\"\n    value: 1\n    \
         unit: \"\\e[31mXYZ\\n::error::pwned\"\n    match: {all: [x]}\n\
         events:\n  - id: \"ev\\n::error::pwned\\a\"\n    date: \"2022-13\\e[2J\\n::error::pwned\"\n    \
         match: {all: [y]}\n",
    )
    .unwrap();
    std::fs::write(
        tmp.path().join(format!("dup{NASTY}.yaml")),
        "facts:\n  - id: \"a\\n::error::pwned\\e[31m\"\n    value: 1\n    match: {all: [x]}\n",
    )
    .unwrap();
    for args in [
        &["refs", "check", "--refs", "."][..],
        &["check", "-", "--refs", "."][..],
        &["refs", "test", "--refs", "."][..],
    ] {
        let out = factlint_in(tmp.path())
            .args(args)
            .write_stdin("Italy sent 800 troops.\n")
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains("::error::pwned"),
            "{args:?}: the errors quote it: {err}"
        );
        assert_clean(&format!("{args:?}"), &out);
    }
}

/// clap's own errors quote the argument they reject: a file name passed by
/// `git ls-files -z | xargs -0 factlint check` that begins with `-`, or a
/// value copied from a file into `--date` or `--rule`, can hold a newline
/// and `::error::`. clap strips escape sequences when stderr is not a
/// terminal, but not line breaks.
#[test]
fn argument_errors_quote_the_argument_escaped_on_one_line() {
    let tmp = tempfile::tempdir().unwrap();
    for args in [
        vec!["check".to_owned(), format!("--x{NASTY}.md")],
        vec![
            "check".to_owned(),
            "--date".to_owned(),
            format!("2021{NASTY}"),
        ],
        vec![
            "check".to_owned(),
            "--rule".to_owned(),
            format!("x{NASTY}=off"),
        ],
        vec![
            "check".to_owned(),
            "--format".to_owned(),
            format!("json{NASTY}"),
        ],
        vec![format!("chk{NASTY}")],
    ] {
        let out = factlint_in(tmp.path()).args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains("::error::pwned"),
            "{args:?}: it is quoted: {err}"
        );
        assert_clean(&format!("{args:?}"), &out);
    }
}
