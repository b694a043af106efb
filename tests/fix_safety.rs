//! `--fix` safety, beyond what tests/repo.rs covers (byte-exact with BOM and
//! CRLF, permissions, idempotence, ambiguous matches): the file is rewritten
//! through its own inode, so hard links, owner, group and mode are kept and
//! no temporary file is ever left; tabs and non-ASCII around an edit
//! survive; a file changed since it was read, a read-only file and a file
//! that is not valid UTF-8 are refused as such; a link stays a link; a file
//! named twice is fixed once; and a suggestion not marked safe is never
//! applied.

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

/// The names in `dir`, sorted.
fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    names
}

#[cfg(unix)]
#[test]
fn a_hard_link_keeps_sharing_the_fixed_text() {
    use std::os::unix::fs::MetadataExt;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a.txt");
    std::fs::write(&file, TRICKY).unwrap();
    // The same article under a second name: a rename would leave that name
    // with the old text, and the two would no longer be one file.
    let other = dir.path().join("published.txt");
    std::fs::hard_link(&file, &other).unwrap();
    let inode = std::fs::metadata(&file).unwrap().ino();

    let out = fix_in(dir.path(), &rules(), "a.txt");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("fixed 1 finding in 1 file"), "{err}");
    let expected = TRICKY.replacen("over 800 troops", "about 650 troops", 1);
    assert_eq!(std::fs::read(&file).unwrap(), expected.as_bytes());
    assert_eq!(std::fs::read(&other).unwrap(), expected.as_bytes());
    let meta = std::fs::metadata(&file).unwrap();
    assert_eq!((meta.ino(), meta.nlink()), (inode, 2));
    // Nothing but the two names is left in the directory.
    assert_eq!(names(dir.path()), ["a.txt", "published.txt"]);
}

/// Whether `unshare -U` can start a process in a new user namespace, where
/// it has no privilege over the files (as an editor's account has none).
#[cfg(unix)]
fn unprivileged_namespace_works() -> bool {
    std::process::Command::new("unshare")
        .args(["-U", "true"])
        .output()
        .is_ok_and(|o| o.status.success())
}

#[cfg(unix)]
fn running_as_root() -> bool {
    use std::os::unix::fs::MetadataExt;
    let dir = tempfile::tempdir().unwrap();
    std::fs::metadata(dir.path()).unwrap().uid() == 0
}

/// `factlint check FILE --fix` as an unprivileged user (`unshare -U`).
#[cfg(unix)]
fn fix_unprivileged(dir: &Path, file: &str) -> std::process::Output {
    std::process::Command::new("unshare")
        .arg("-U")
        .arg(assert_cmd::cargo::cargo_bin("factlint"))
        .args(["check", file, "--fix", "--color", "never", "--refs"])
        .arg(rules())
        .current_dir(dir)
        .env_remove("GITHUB_STEP_SUMMARY")
        .output()
        .unwrap()
}

#[cfg(unix)]
#[test]
fn a_file_owned_by_another_user_keeps_its_owner_group_and_mode() {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    if !running_as_root() {
        eprintln!("notice: not root: no file owned by another user can be made; skipped");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a.txt");
    std::fs::write(&file, TRICKY).unwrap();
    // An editor's article (uid 1234, group 1234, private to them), fixed by
    // root: a file renamed into place would be root's, and unreadable to them.
    std::os::unix::fs::chown(&file, Some(1234), Some(1234)).unwrap();
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).unwrap();
    let out = fix_in(dir.path(), &rules(), "a.txt");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("fixed 1 finding in 1 file"), "{err}");
    let meta = std::fs::metadata(&file).unwrap();
    assert_eq!(
        (meta.uid(), meta.gid(), meta.mode() & 0o7777),
        (1234, 1234, 0o600)
    );
    assert!(std::fs::read_to_string(&file)
        .unwrap()
        .contains("about 650 troops"));

    // An unprivileged user fixing a shared article (group-writable, in a
    // shared directory) owned by someone else: still theirs after the fix.
    if !unprivileged_namespace_works() {
        eprintln!("notice: `unshare -U` is not available; the unprivileged case is skipped");
        return;
    }
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o777)).unwrap();
    let shared = dir.path().join("shared.txt");
    std::fs::write(&shared, TRICKY).unwrap();
    std::os::unix::fs::chown(&shared, Some(1234), Some(1234)).unwrap();
    std::fs::set_permissions(&shared, std::fs::Permissions::from_mode(0o666)).unwrap();
    let out = fix_unprivileged(dir.path(), "shared.txt");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("fixed 1 finding in 1 file"), "{err}");
    let meta = std::fs::metadata(&shared).unwrap();
    assert_eq!(
        (meta.uid(), meta.gid(), meta.mode() & 0o7777),
        (1234, 1234, 0o666)
    );
    assert_eq!(names(dir.path()), ["a.txt", "shared.txt"]);
}

#[cfg(unix)]
#[test]
fn a_read_only_file_is_refused_even_for_root_and_an_unprivileged_user() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a.txt");
    std::fs::write(&file, TRICKY).unwrap();
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o444)).unwrap();
    // Whoever runs it (root too, whom the mode does not stop).
    let out = fix_in(dir.path(), &rules(), "a.txt");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("error: a.txt: read-only (mode 444), not fixed"),
        "{err}"
    );
    assert!(err.contains("fixed 0 findings in 0 files"), "{err}");
    assert_eq!(std::fs::read(&file).unwrap(), TRICKY.as_bytes());
    // A user who may write the directory but not the file: a rename would
    // go through, the rewrite in place is refused.
    if unprivileged_namespace_works() {
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o777)).unwrap();
        let out = fix_unprivileged(dir.path(), "a.txt");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{err}");
        assert!(err.contains("read-only (mode 444), not fixed"), "{err}");
        assert_eq!(std::fs::read(&file).unwrap(), TRICKY.as_bytes());
    }
    assert_eq!(names(dir.path()), ["a.txt"]);
}

#[test]
fn a_file_named_twice_is_checked_and_fixed_once() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), TRICKY).unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink("a.txt", dir.path().join("link.txt")).unwrap();
    let out = Command::cargo_bin("factlint")
        .unwrap()
        .current_dir(dir.path())
        .env_remove("GITHUB_STEP_SUMMARY")
        .args(["check", "a.txt", "./a.txt", "link.txt", "."])
        .args(["--fix", "--format", "json", "--refs"])
        .arg(rules())
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(err.contains("fixed 1 finding in 1 file"), "{err}");
    assert!(!err.contains("error"), "{err}");
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["summary"]["documents"], 1, "{json:#}");
    let expected = TRICKY.replacen("over 800 troops", "about 650 troops", 1);
    assert_eq!(
        std::fs::read(dir.path().join("a.txt")).unwrap(),
        expected.as_bytes()
    );
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
    let result = factlint::fix::write_in_place(&file, &read, b"about 650 troops");
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
    assert!(err.contains("warning: a.txt: not valid UTF-8;"), "{err}");
    // Refused as what it is, not as an edit that never happened.
    assert!(
        err.contains("error: a.txt: not valid UTF-8, not fixed"),
        "{err}"
    );
    assert!(!err.contains("changed since it was read"), "{err}");
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

#[cfg(unix)]
#[test]
fn sigterm_during_fix_leaves_each_file_old_or_fixed_and_no_temporary_file() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let fixed = TRICKY.replacen("over 800 troops", "about 650 troops", 1);
    for i in 0..300 {
        std::fs::write(root.join(format!("a-{i:03}.txt")), TRICKY).unwrap();
    }
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("factlint"))
        .args(["check", ".", "--fix", "--refs"])
        .arg(rules())
        .current_dir(root)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Watch the directory while it fixes: no other name ever appears in it
    // (a temporary file would be left by a signal at that moment).
    let started = std::time::Instant::now();
    let mut extra = Vec::new();
    let mut some_fixed = false;
    while started.elapsed() < std::time::Duration::from_secs(60) {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        for name in names(root) {
            if !(name.starts_with("a-") && name.ends_with(".txt")) {
                extra.push(name);
            }
        }
        if !some_fixed {
            some_fixed = std::fs::read(root.join("a-000.txt")).unwrap() == fixed.as_bytes();
        } else if !extra.is_empty() || started.elapsed() > std::time::Duration::from_millis(300) {
            break;
        }
    }
    let _ = std::process::Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status();
    child.wait().unwrap();
    assert!(extra.is_empty(), "seen beside the articles: {extra:?}");
    let left = names(root);
    assert_eq!(left.len(), 300, "{left:?}");
    for name in left {
        let text = std::fs::read(root.join(&name)).unwrap();
        assert!(
            text == TRICKY.as_bytes() || text == fixed.as_bytes(),
            "{name} is half fixed"
        );
    }
}

/// Whether `unshare -Urm` can mount a small tmpfs (a user and mount
/// namespace, no privilege needed where unprivileged namespaces are on).
#[cfg(unix)]
fn tmpfs_works() -> bool {
    std::process::Command::new("unshare")
        .args(["-Urm", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt"])
        .output()
        .is_ok_and(|o| o.status.success())
}

#[cfg(unix)]
#[test]
fn a_fix_that_needs_space_on_a_full_disk_leaves_the_file_whole() {
    if !tmpfs_works() {
        if std::env::var_os("FACTLINT_REQUIRE_EXTERNAL").is_some() {
            panic!("`unshare -Urm` cannot mount a tmpfs: the full-disk case cannot run");
        }
        eprintln!("notice: `unshare -Urm` cannot mount a tmpfs; full-disk case skipped");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    // One page exactly: the longer figure needs a second one.
    let mut text = String::from("Italy sent 800 troops to Iraq.\n");
    while text.len() < 4096 {
        text.push_str("filler ");
    }
    text.truncate(4095);
    text.push('\n');
    std::fs::write(root.join("a.txt"), &text).unwrap();
    std::fs::write(
        root.join("refs.yaml"),
        "facts:\n  - id: italy/troops\n    value: 650000\n    unit: troops\n    match: {all: [Italy]}\n",
    )
    .unwrap();
    std::fs::create_dir(root.join("disk")).unwrap();
    let script = r#"
        set -u
        mount -t tmpfs -o size=64k tmpfs disk || exit 99
        cp a.txt disk/a.txt
        cat /dev/zero > disk/fill 2>/dev/null
        "$FACTLINT" check disk/a.txt --fix --refs refs.yaml 2>errors.txt
        echo "$?" > code.txt
        cp disk/a.txt after.txt
        rm disk/fill
        "$FACTLINT" check disk/a.txt --fix --refs refs.yaml 2>>errors.txt
        echo "$?" >> code.txt
        cp disk/a.txt fixed.txt
        ls -A disk > names.txt
    "#;
    let out = std::process::Command::new("unshare")
        .args(["-Urm", "sh", "-c", script])
        .current_dir(root)
        .env("FACTLINT", assert_cmd::cargo::cargo_bin("factlint"))
        .env_remove("GITHUB_STEP_SUMMARY")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let errors = std::fs::read_to_string(root.join("errors.txt")).unwrap();
    let codes = std::fs::read_to_string(root.join("code.txt")).unwrap();
    // Full: refused before a byte changed. With room again: fixed.
    assert_eq!(codes, "2\n0\n", "{errors}");
    assert!(
        errors.contains("disk/a.txt: cannot write: No space left on device"),
        "{errors}"
    );
    assert_eq!(
        std::fs::read_to_string(root.join("after.txt")).unwrap(),
        text
    );
    let fixed = std::fs::read_to_string(root.join("fixed.txt")).unwrap();
    assert_eq!(fixed, text.replacen("800 troops", "650,000 troops", 1));
    let left = std::fs::read_to_string(root.join("names.txt")).unwrap();
    assert_eq!(left, "a.txt\n");
}

#[test]
fn a_fixed_month_at_the_end_of_a_sentence_keeps_its_full_stop() {
    // "in May." once spanned the full stop (a full month name read as an
    // abbreviation with its period), so the fix wrote "in June 2024" over
    // it and the sentence lost its stop.
    let dir = tempfile::tempdir().unwrap();
    let refs = dir.path().join("refs.yaml");
    std::fs::write(
        &refs,
        "events:\n  - {id: opening, date: 2024-06, match: {all: [bakery opened]}}\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("a.txt"),
        "The bakery opened in May. Queues formed early.\n",
    )
    .unwrap();
    let out = Command::cargo_bin("factlint")
        .unwrap()
        .current_dir(dir.path())
        .args(["check", "a.txt", "--fix", "--date", "2024-08-01", "--refs"])
        .arg(&refs)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("fixed 1 finding in 1 file"), "{err}");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("a.txt")).unwrap(),
        "The bakery opened in June 2024. Queues formed early.\n"
    );
}
