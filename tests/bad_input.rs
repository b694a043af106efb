//! The bad-input matrix of DESIGN.md ("Bad input"), end to end through the
//! command line: every case names the file, exits with the documented
//! status, and the run goes on for the other files where that is safe.
//!
//! Small inputs live in `fixtures/bad-input/`; large or filesystem-shaped
//! ones (a huge single line, symlink loops, unreadable paths, deep nesting)
//! are made at test time in a temporary directory.

use std::path::Path;
use std::process::Output;
use std::time::{Duration, Instant};

use assert_cmd::Command;
use serde_json::Value;

const BAD: &str = "fixtures/bad-input";
const TROOPS: &str = "error[fact-mismatch]: claims more than 800 troops; reference says 650 troops";

fn factlint() -> Command {
    let mut cmd = Command::cargo_bin("factlint").unwrap();
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd.env_remove("NO_COLOR");
    cmd
}

/// `factlint check ARGS... --refs rules --color never`.
fn check<I, S>(args: I) -> Output
where
    I: IntoIterator<Item = S>,
    S: AsRef<std::ffi::OsStr>,
{
    factlint()
        .arg("check")
        .args(args)
        .args(["--refs", "rules", "--color", "never"])
        .output()
        .unwrap()
}

fn extract_json<I, S>(args: I) -> (Option<i32>, Value, String)
where
    I: IntoIterator<Item = S>,
    S: AsRef<std::ffi::OsStr>,
{
    let out = factlint()
        .arg("extract")
        .args(args)
        .args(["--format", "json"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    let json = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}); stderr: {err}"));
    (out.status.code(), json, err)
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// (text, line, column) of every claim of the first document.
fn positions(json: &Value) -> Vec<(String, u64, u64)> {
    json["documents"][0]["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["text"].as_str().unwrap().to_owned(),
                c["line"].as_u64().unwrap(),
                c["column"].as_u64().unwrap(),
            )
        })
        .collect()
}

fn has(positions: &[(String, u64, u64)], text: &str, line: u64, column: u64) -> bool {
    positions
        .iter()
        .any(|(t, l, c)| t == text && *l == line && *c == column)
}

// ---------------------------------------------------------------- articles

#[test]
fn invalid_utf8_is_decoded_lossily_with_a_warning_and_positions_hold() {
    let path = format!("{BAD}/invalid-utf8.txt");
    let (code, json, err) = extract_json([&path]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(
        err.trim(),
        format!("warning: {path}: not valid UTF-8; invalid bytes were replaced with U+FFFD")
    );
    let found = positions(&json);
    // Each invalid byte counts as one replacement character, as editors show it.
    assert!(has(&found, "over 800 troops", 1, 34), "{found:?}");
    assert!(has(&found, "80 countries", 2, 44), "{found:?}");
    assert!(has(&found, "over 800 troops", 3, 20), "{found:?}");

    let out = check([&path]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains(&format!("warning: {path}: not valid UTF-8")));
    let text = stdout(&out);
    assert!(text.contains(TROOPS), "{text}");
    assert!(text.contains(&format!("--> {path}:3:20")), "{text}");
}

#[test]
fn bom_and_crlf_keep_lines_and_columns_right() {
    let path = format!("{BAD}/bom-crlf.txt");
    let (code, json, err) = extract_json([&path]);
    assert_eq!(code, Some(0), "{err}");
    assert!(err.is_empty(), "{err}");
    let found = positions(&json);
    // The byte-order mark is not a column; `\r` ends a line, not a column.
    assert!(has(&found, "over 800 troops", 1, 12), "{found:?}");
    assert!(has(&found, "80 countries", 2, 22), "{found:?}");
    assert!(has(&found, "over 800 troops", 4, 12), "{found:?}");

    let out = check([&path]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains(&format!("--> {path}:1:12")), "{text}");
    assert!(text.contains(&format!("--> {path}:4:12")), "{text}");
    assert!(
        !text.contains('\r'),
        "a CR leaked into the report: {text:?}"
    );
}

#[test]
fn a_binary_file_among_articles_is_skipped_with_a_note() {
    let dir = format!("{BAD}/with-binary");
    let out = check([&dir]);
    // The binary file is not an error: the status is the findings' (1).
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(
        stderr(&out).trim(),
        format!("note: {dir}/b-binary.txt: binary file skipped")
    );
    let text = stdout(&out);
    assert!(
        text.contains(&format!("--> {dir}/a-article.txt:1:12")),
        "{text}"
    );
    assert!(
        text.contains(&format!("--> {dir}/c-article.md:1:12")),
        "{text}"
    );
    assert!(text.contains("in 2 documents"), "{text}");

    let (code, json, err) = extract_json([&dir]);
    assert_eq!(code, Some(0), "{err}");
    assert!(err.contains("binary file skipped"), "{err}");
    assert_eq!(json["documents"].as_array().unwrap().len(), 2);
}

/// The Kelvin sign ("\u{212A}") lowercases to "k" in one byte where it
/// takes three, the angstrom sign likewise to "å": "in wee\u{212A}s" once
/// cut a grammar's match inside the letter, a panic. Read whole, such
/// text is checked like any other.
#[test]
fn letters_spelled_in_more_bytes_than_their_lowercase_do_not_crash() {
    let path = format!("{BAD}/letters-of-other-lengths.txt");
    let (code, json, err) = extract_json([&path]);
    assert_eq!(code, Some(0), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    let claims = json["documents"][0]["claims"].as_array().unwrap();
    assert!(claims.iter().any(|c| c["text"] == "8%"), "{claims:?}");
    let out = check([&path]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

#[test]
fn empty_files_are_documents_without_claims() {
    let (txt, md) = (format!("{BAD}/empty.txt"), format!("{BAD}/empty.md"));
    let out = check([&txt, &md]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).is_empty(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("ok: no findings in 2 documents (0 claims: 0 agree"),
        "{}",
        stdout(&out)
    );
    let (code, json, err) = extract_json([&txt, &md]);
    assert_eq!(code, Some(0), "{err}");
    for doc in json["documents"].as_array().unwrap() {
        assert_eq!(doc["claims"].as_array().unwrap().len(), 0, "{doc}");
    }
}

#[test]
fn a_path_that_does_not_exist_is_an_error_and_the_run_goes_on() {
    let missing = "fixtures/bad-input/no-such-article.md";
    let good = format!("{BAD}/with-binary/a-article.txt");
    let out = check([missing, good.as_str()]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert_eq!(
        stderr(&out).trim(),
        format!("error: {missing}: no such file or directory")
    );
    assert!(stdout(&out).contains(TROOPS), "{}", stdout(&out));

    let (code, json, err) = extract_json([missing, good.as_str()]);
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains(&format!("error: {missing}: no such file or directory")));
    assert_eq!(json["documents"].as_array().unwrap().len(), 1);
}

#[test]
fn a_missing_refs_path_is_an_error_naming_it() {
    let out = factlint()
        .args(["check", "fixtures/articles", "--refs", "no/such/rules"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.starts_with("error: no/such/rules:"), "{err}");
    assert!(err.contains("No such file or directory"), "{err}");
    assert!(stdout(&out).is_empty(), "{}", stdout(&out));
}

#[cfg(unix)]
#[test]
fn a_symlink_loop_in_a_walked_directory_is_reported_once_and_the_rest_checked() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("articles");
    std::fs::create_dir_all(root.join("sub")).unwrap();
    std::fs::write(root.join("a.txt"), "Italy sent over 800 troops to Iraq.\n").unwrap();
    std::os::unix::fs::symlink("..", root.join("sub/loop")).unwrap();
    std::os::unix::fs::symlink("self", root.join("self")).unwrap();

    let out = check([&root]);
    let err = stderr(&out);
    // A loop is an I/O problem (status 2), but it does not stop the walk.
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("sub/loop: symbolic link loop back to"),
        "{err}"
    );
    assert!(err.contains("self:"), "{err}");
    assert_eq!(err.matches("sub/loop").count(), 1, "{err}");
    let text = stdout(&out);
    assert!(text.contains(TROOPS), "{text}");
    assert!(text.contains("in 1 document"), "{text}");
}

/// Whether permission bits stop this process (not when running as root).
#[cfg(unix)]
fn permissions_apply(dir: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    let probe = dir.join("probe");
    std::fs::write(&probe, "x").unwrap();
    std::fs::set_permissions(&probe, std::fs::Permissions::from_mode(0o000)).unwrap();
    let applies = std::fs::read(&probe).is_err();
    std::fs::remove_file(&probe).unwrap();
    applies
}

/// Whether `unshare -U` can start a process in a new user namespace.
#[cfg(unix)]
fn unprivileged_namespace_works() -> bool {
    std::process::Command::new("unshare")
        .args(["-U", "true"])
        .output()
        .is_ok_and(|o| o.status.success())
}

#[cfg(unix)]
#[test]
fn unreadable_files_and_directories_are_errors_and_the_rest_checked() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("articles");
    std::fs::create_dir_all(&root).unwrap();
    std::fs::write(root.join("a.txt"), "Italy sent over 800 troops to Iraq.\n").unwrap();

    // Simulated everywhere, root included: a file whose read fails with an
    // I/O error (reading /proc/self/mem at offset 0 always does).
    std::os::unix::fs::symlink("/proc/self/mem", root.join("io-error.txt")).unwrap();
    let out = check([&root]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("io-error.txt: cannot read:"), "{err}");
    assert!(stdout(&out).contains(TROOPS), "{}", stdout(&out));
    std::fs::remove_file(root.join("io-error.txt")).unwrap();

    // Permission bits do not stop root (CI runs as root): there, run
    // factlint in a new user namespace, where it has no privilege over the
    // files, so mode 000 applies as it does for any editor's account.
    let as_user: fn(&[&Path]) -> Output = if permissions_apply(tmp.path()) {
        |paths| check(paths)
    } else if unprivileged_namespace_works() {
        |paths| {
            std::process::Command::new("unshare")
                .arg("-U")
                .arg(assert_cmd::cargo::cargo_bin("factlint"))
                .arg("check")
                .args(paths)
                .args(["--refs", "rules", "--color", "never"])
                .current_dir(env!("CARGO_MANIFEST_DIR"))
                .output()
                .unwrap()
        }
    } else {
        if std::env::var_os("FACTLINT_REQUIRE_EXTERNAL").is_some() {
            panic!("running as root without `unshare -U`: the mode-000 cases cannot run");
        }
        eprintln!(
            "notice: permission bits do not apply to this user and `unshare -U` is not \
             available; skipping the mode-000 file and directory cases"
        );
        return;
    };
    let locked_file = root.join("locked.txt");
    std::fs::write(&locked_file, "Italy sent over 800 troops.\n").unwrap();
    std::fs::set_permissions(&locked_file, std::fs::Permissions::from_mode(0o000)).unwrap();
    let locked_dir = root.join("locked-dir");
    std::fs::create_dir(&locked_dir).unwrap();
    std::fs::write(locked_dir.join("b.txt"), "x\n").unwrap();
    std::fs::set_permissions(&locked_dir, std::fs::Permissions::from_mode(0o000)).unwrap();

    let out = as_user(&[&root]);
    let err = stderr(&out);
    // Restore so that the temp dir can be removed.
    std::fs::set_permissions(&locked_dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("locked.txt: cannot read:"), "{err}");
    assert!(err.contains("locked-dir: permission denied"), "{err}");
    assert!(stdout(&out).contains(TROOPS), "{}", stdout(&out));

    // Named directly, too.
    let out = as_user(&[&locked_file]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("locked.txt: cannot read:"),
        "{}",
        stderr(&out)
    );
}

/// The size of the generated one-line article: 20 MB when built with
/// optimisations, smaller in a debug build (the extractor runs ~10x slower
/// there); `FACTLINT_HUGE_MB` overrides. `scripts/bench-huge-line.sh`
/// measures 25/50/100 MB on a release build.
fn huge_size() -> usize {
    let mb: f64 = std::env::var("FACTLINT_HUGE_MB")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(if cfg!(debug_assertions) { 0.5 } else { 20.0 });
    (mb * 1024.0 * 1024.0) as usize
}

#[test]
fn a_huge_article_on_one_line_finishes() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("huge.txt");
    let filler = "The committee met in the old hall and talked about roads and schools. ";
    let claim = "Italy sent over 800 troops to Iraq. ";
    let unit = format!("{}{claim}", filler.repeat(4));
    let size = huge_size();
    let mut text = unit.repeat(size / unit.len() + 1);
    text.truncate(size);
    assert!(!text.contains('\n'));
    std::fs::write(&path, &text).unwrap();
    let expected = text.matches(claim).count();

    let started = Instant::now();
    let out = factlint()
        .args(["check", "--refs", "rules", "--format", "json"])
        .arg(&path)
        .output()
        .unwrap();
    let took = started.elapsed();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    let findings = json["findings"].as_array().unwrap();
    let troops = findings
        .iter()
        .filter(|f| f["rule"] == "fact-mismatch")
        .count();
    assert_eq!(troops, expected, "every claim on the line is checked");
    // The last claim's column is right on a multi-megabyte line.
    let last = findings
        .iter()
        .filter(|f| f["rule"] == "fact-mismatch")
        .max_by_key(|f| f["start"].as_u64().unwrap())
        .unwrap();
    let start = last["start"].as_u64().unwrap() as usize;
    assert_eq!(last["line"], 1);
    assert_eq!(last["column"].as_u64().unwrap() as usize, start + 1);
    eprintln!("{} bytes on one line in {took:?}", text.len());
}

// ---------------------------------------------------------- reference data

/// `check` of the seed article against one bad reference file.
fn bad_refs(refs: &Path) -> (Option<i32>, String, Duration) {
    let started = Instant::now();
    let out = factlint()
        .args(["check", "fixtures/articles/coalition-rome.txt", "--refs"])
        .arg(refs)
        .output()
        .unwrap();
    let took = started.elapsed();
    let err = stderr(&out);
    assert!(!err.contains("panicked"), "{err}");
    assert!(
        stdout(&out).is_empty(),
        "no partial check: {}",
        stdout(&out)
    );
    (out.status.code(), err, took)
}

#[test]
fn an_alias_bomb_exits_2_fast_naming_the_file() {
    let path = format!("{BAD}/refs-alias-bomb.yaml");
    let (code, err, took) = bad_refs(Path::new(&path));
    assert_eq!(code, Some(2), "{err}");
    assert!(err.starts_with(&format!("error: {path}:")), "{err}");
    assert!(took < Duration::from_secs(10), "took {took:?}");
}

#[test]
fn deep_nesting_exits_2_fast_naming_the_file() {
    let tmp = tempfile::tempdir().unwrap();
    for (name, text) in [
        (
            "flow.yaml",
            format!("facts: {}{}\n", "[".repeat(100_000), "]".repeat(100_000)),
        ),
        (
            "maps.yaml",
            format!("facts: {}1{}\n", "{a: ".repeat(50_000), "}".repeat(50_000)),
        ),
        (
            "block.yaml",
            (0..2_000).fold(String::from("facts:\n"), |mut s, i| {
                s.push_str(&format!("{}k{i}:\n", "  ".repeat(i)));
                s
            }),
        ),
    ] {
        let path = tmp.path().join(name);
        std::fs::write(&path, text).unwrap();
        let (code, err, took) = bad_refs(&path);
        assert_eq!(code, Some(2), "{name}: {err}");
        assert!(
            err.starts_with(&format!("error: {}:", path.display())),
            "{name}: {err}"
        );
        assert!(err.contains("nesting deeper than"), "{name}: {err}");
        assert!(took < Duration::from_secs(10), "{name} took {took:?}");
    }
}

/// `file:line:column: message` for the bad reference fixtures.
#[test]
fn bad_reference_data_exits_2_with_file_line_column() {
    for (fixture, location, message) in [
        (
            "refs-unknown-key.yaml",
            "4:5",
            "unknown field `valu`, expected one of",
        ),
        (
            "refs-duplicate-id.yaml",
            "9:9",
            "duplicate id \"coalition/meeting\" (first defined at fixtures/bad-input/refs-duplicate-id.yaml:3)",
        ),
        (
            "refs-bad-date.yaml",
            "4:11",
            "cannot read date \"2022-13-45\"",
        ),
        (
            "refs-bad-value.yaml",
            "4:12",
            "cannot read value \"lots\"",
        ),
        ("refs-yaml-syntax.yaml", "7:1", "did not find expected ','"),
    ] {
        let path = format!("{BAD}/{fixture}");
        let (code, err, _) = bad_refs(Path::new(&path));
        assert_eq!(code, Some(2), "{fixture}: {err}");
        assert!(
            err.starts_with(&format!("error: {path}:{location}: {message}")),
            "{fixture}: {err}"
        );
    }
}

#[test]
fn every_bad_reference_file_is_reported_not_just_the_first() {
    let out = factlint()
        .args(["refs", "check", "--refs", BAD])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    for fixture in [
        "refs-alias-bomb.yaml",
        "refs-bad-date.yaml",
        "refs-bad-value.yaml",
        "refs-duplicate-id.yaml",
        "refs-unknown-key.yaml",
        "refs-yaml-syntax.yaml",
    ] {
        assert!(
            err.contains(&format!("{BAD}/{fixture}:")),
            "{fixture}: {err}"
        );
    }
}
