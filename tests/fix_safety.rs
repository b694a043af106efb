//! `--fix` safety, beyond what tests/repo.rs covers (byte-exact with BOM and
//! CRLF, permissions, idempotence, ambiguous matches): the write is a rename
//! (never a rewrite in place), tabs and non-ASCII around an edit survive, a
//! file changed since it was read is refused, a link stays a link, and a
//! suggestion not marked safe is never applied.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

fn rules() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("rules")
}

fn fix_in(dir: &Path, refs: &Path, file: &str) -> std::process::Output {
    Command::cargo_bin("factlint")
        .unwrap()
        .current_dir(dir)
        .env_remove("GITHUB_STEP_SUMMARY")
        .args(["check", file, "--fix", "--color", "never", "--refs"])
        .arg(refs)
        .output()
        .unwrap()
}

/// An article whose one mismatch ("over 800 troops" → "about 650 troops")
/// sits among tabs, CRLF, non-ASCII and trailing whitespace.
const TRICKY: &str = "\u{feff}Rome\t—\tCafé «news»\r\n\r\n\tItaly sent over 800 troops to Iraq, ünd so on.  \r\nΖ\u{200b}\u{1F600}\ttail without newline";

#[test]
fn bytes_outside_the_span_survive_tabs_crlf_and_non_ascii() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), TRICKY).unwrap();
    let out = fix_in(dir.path(), &rules(), "a.txt");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("fixed 1 finding in 1 file"), "{err}");
    let after = std::fs::read(dir.path().join("a.txt")).unwrap();
    let expected = TRICKY.replacen("over 800 troops", "about 650 troops", 1);
    assert_eq!(after, expected.as_bytes());
}

#[cfg(unix)]
#[test]
fn the_write_is_a_rename_not_a_rewrite_in_place() {
    use std::os::unix::fs::MetadataExt;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a.txt");
    std::fs::write(&file, TRICKY).unwrap();
    // A hard link keeps the old inode: a rename leaves it untouched, a
    // truncate-and-write would change it (and a crash would leave half).
    let old_link = dir.path().join("old.bak");
    std::fs::hard_link(&file, &old_link).unwrap();
    let inode = std::fs::metadata(&file).unwrap().ino();

    let out = fix_in(dir.path(), &rules(), "a.txt");
    assert!(out.status.success() || out.status.code() == Some(1));
    assert_ne!(
        std::fs::metadata(&file).unwrap().ino(),
        inode,
        "renamed over"
    );
    assert_eq!(std::fs::read(&old_link).unwrap(), TRICKY.as_bytes());
    assert_ne!(std::fs::read(&file).unwrap(), TRICKY.as_bytes());
    // Nothing but the two names is left in the directory.
    let mut names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(names, ["a.txt", "old.bak"]);
}

#[cfg(unix)]
#[test]
fn a_symlinked_article_stays_a_link_and_its_target_keeps_its_mode() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("real")).unwrap();
    let target = dir.path().join("real/a.txt");
    std::fs::write(&target, TRICKY).unwrap();
    std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o640)).unwrap();
    std::os::unix::fs::symlink("real/a.txt", dir.path().join("link.txt")).unwrap();

    let out = fix_in(dir.path(), &rules(), "link.txt");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("fixed 1 finding in 1 file"), "{err}");
    let link = std::fs::symlink_metadata(dir.path().join("link.txt")).unwrap();
    assert!(link.file_type().is_symlink());
    let fixed = std::fs::read_to_string(&target).unwrap();
    assert!(fixed.contains("about 650 troops"), "{fixed}");
    let mode = std::fs::metadata(&target).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o640);
    // The temporary file went in the target's directory and is gone.
    assert_eq!(
        std::fs::read_dir(dir.path().join("real")).unwrap().count(),
        1
    );
}

#[test]
fn a_file_changed_since_it_was_read_is_not_written() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a.txt");
    let read = b"Italy sent over 800 troops to Iraq.\n".to_vec();
    std::fs::write(&file, &read).unwrap();
    // An editor saves in between the check and the write.
    let edited = b"Italy sent over 800 troops to Iraq. An editor's line.\n";
    std::fs::write(&file, edited).unwrap();
    let result = factlint::fix::write_atomically(&file, &read, b"about 650 troops");
    assert!(matches!(result, Err(factlint::fix::WriteError::Changed)));
    assert_eq!(std::fs::read(&file).unwrap(), edited);
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
fn a_lossily_decoded_file_is_never_written_back() {
    // The checked text (with U+FFFD) differs from the bytes on disk, so
    // writing it back would destroy the invalid bytes: refused, file kept.
    let dir = tempfile::tempdir().unwrap();
    let original = b"Caf\xe9 news.\nItaly sent over 800 troops to Iraq.\n";
    std::fs::write(dir.path().join("a.txt"), original).unwrap();
    let out = fix_in(dir.path(), &rules(), "a.txt");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("a.txt: not valid UTF-8"), "{err}");
    assert!(
        err.contains("a.txt: changed since it was read; not fixed"),
        "{err}"
    );
    assert!(err.contains("fixed 0 findings in 0 files"), "{err}");
    assert_eq!(std::fs::read(dir.path().join("a.txt")).unwrap(), original);
}

#[test]
fn a_suggestion_not_marked_safe_is_never_applied() {
    // loose-bound suggests a tighter bound but marks it unsafe: "over 800"
    // is true of 1,500, and only the author knows which figure was meant.
    let dir = tempfile::tempdir().unwrap();
    let refs = dir.path().join("refs.yaml");
    std::fs::write(
        &refs,
        "facts:\n  - id: italy/troops\n    value: 1500\n    unit: troops\n    match: {all: [Italy]}\n",
    )
    .unwrap();
    let text = "Italy sent over 800 troops to Iraq.\n";
    std::fs::write(dir.path().join("a.txt"), text).unwrap();

    let out = Command::cargo_bin("factlint")
        .unwrap()
        .current_dir(dir.path())
        .args(["check", "a.txt", "--fix", "--format", "json", "--refs"])
        .arg(&refs)
        .output()
        .unwrap();
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    let loose: Vec<&Value> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "loose-bound")
        .collect();
    assert_eq!(loose.len(), 1, "{json:#}");
    assert!(loose[0]["suggestion"].is_string(), "{json:#}");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("a.txt")).unwrap(),
        text
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("fixed 0 findings in 0 files"));
}

#[test]
fn fixing_twice_changes_nothing_the_second_time() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), TRICKY).unwrap();
    fix_in(dir.path(), &rules(), "a.txt");
    let once = std::fs::read(dir.path().join("a.txt")).unwrap();
    let modified = std::fs::metadata(dir.path().join("a.txt"))
        .unwrap()
        .modified()
        .unwrap();
    let out = fix_in(dir.path(), &rules(), "a.txt");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("fixed 0 findings in 0 files"), "{err}");
    assert_eq!(std::fs::read(dir.path().join("a.txt")).unwrap(), once);
    // Not even rewritten with the same bytes.
    assert_eq!(
        std::fs::metadata(dir.path().join("a.txt"))
            .unwrap()
            .modified()
            .unwrap(),
        modified
    );
}
