//! Nothing the user owns is lost or overwritten by the files factlint
//! writes (`--output`, `--write-baseline`, `refs draft --output`): an
//! output that names an input is refused before anything is read, and
//! every output appears whole or not at all, whatever stops the run (a full
//! disk, SIGTERM), with no temporary file left beside it.

#![cfg(unix)]

use std::os::unix::fs::PermissionsExt as _;
use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;

fn rules() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("rules")
}

const ARTICLE: &str = "Italy sent over 800 troops to Iraq.\n";

/// `factlint ARGS...` in `dir`, with the shipped rules unless `--refs` is given.
fn factlint_in(dir: &Path, args: &[&str]) -> Output {
    let mut cmd = Command::cargo_bin("factlint").unwrap();
    cmd.current_dir(dir)
        .env_remove("GITHUB_STEP_SUMMARY")
        .args(args);
    if args.first() == Some(&"check") && !args.contains(&"--refs") {
        cmd.arg("--refs").arg(rules());
    }
    cmd.output().unwrap()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The names in `dir`, sorted (hidden ones too: a temporary file is one).
fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    names
}

/// Refused with status 2, a message naming both, nothing on stdout, and
/// every file of `dir` as it was.
fn assert_refused(dir: &Path, args: &[&str], message: &str) {
    let before: Vec<(String, Vec<u8>)> = snapshot(dir);
    let out = factlint_in(dir, args);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
    assert!(err.contains(message), "{args:?}: {err}");
    assert!(err.contains("refusing to overwrite"), "{args:?}: {err}");
    assert!(out.stdout.is_empty(), "{args:?}");
    assert_eq!(snapshot(dir), before, "{args:?}: a file changed");
}

/// Every file under `dir` with its bytes.
fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            let meta = std::fs::symlink_metadata(&path).unwrap();
            if meta.is_dir() {
                stack.push(path);
            } else if meta.is_file() {
                files.push((path.display().to_string(), std::fs::read(&path).unwrap()));
            }
        }
    }
    files.sort();
    files
}

#[test]
fn an_output_naming_an_input_is_refused_before_anything_is_read() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    std::fs::write(dir.join("a.txt"), ARTICLE).unwrap();
    std::fs::create_dir(dir.join("news")).unwrap();
    std::fs::write(dir.join("news/b.md"), ARTICLE).unwrap();
    std::fs::write(dir.join("news/c.md"), ARTICLE).unwrap();
    std::fs::hard_link(dir.join("news/b.md"), dir.join("b-link.json")).unwrap();
    std::os::unix::fs::symlink("a.txt", dir.join("a-link.json")).unwrap();
    std::fs::copy(rules().join("coalition.yaml"), dir.join("refs.yaml")).unwrap();
    std::fs::write(dir.join("factlint.yaml"), "rules: {}\n").unwrap();
    let good = factlint_in(dir, &["check", "a.txt", "--write-baseline", "base.json"]);
    assert_eq!(good.status.code(), Some(0), "{}", stderr(&good));

    // The article itself, in every whole and streamed format.
    for format in ["json", "jsonl", "human", "sarif"] {
        assert_refused(
            dir,
            &["check", "a.txt", "--format", format, "--output", "a.txt"],
            "--output a.txt is the article a.txt",
        );
    }
    // The same file under other names: `./`, a symlink, a hard link to an
    // article found by walking a directory.
    assert_refused(
        dir,
        &["check", "a.txt", "--output", "./a.txt"],
        "is the article a.txt",
    );
    assert_refused(
        dir,
        &["check", "a.txt", "--output", "a-link.json"],
        "--output a-link.json is the article a.txt",
    );
    assert_refused(
        dir,
        &[
            "check",
            "news",
            "--format",
            "jsonl",
            "--output",
            "b-link.json",
        ],
        "--output b-link.json is the article news/b.md",
    );
    // Nothing read first: with --fix, no article was fixed either.
    assert_refused(
        dir,
        &["check", "news", "--fix", "--output", "news/c.md"],
        "is the article news/c.md",
    );
    // A baseline over an article or a reference file.
    assert_refused(
        dir,
        &["check", "news", "--write-baseline", "news/b.md"],
        "--write-baseline news/b.md is the article news/b.md",
    );
    assert_refused(
        dir,
        &[
            "check",
            "a.txt",
            "--refs",
            "refs.yaml",
            "--write-baseline",
            "refs.yaml",
        ],
        "--write-baseline refs.yaml is the reference file refs.yaml",
    );
    assert_refused(
        dir,
        &["check", "a.txt", "--refs", ".", "--output", "refs.yaml"],
        "is the reference file ./refs.yaml",
    );
    // The report over the baseline it filters with, or the configuration.
    assert_refused(
        dir,
        &[
            "check",
            "a.txt",
            "--baseline",
            "base.json",
            "--output",
            "base.json",
        ],
        "--output base.json is the baseline base.json",
    );
    assert_refused(
        dir,
        &["check", "a.txt", "--output", "factlint.yaml"],
        "is the configuration file",
    );
    // `refs draft` over an article it drafts from.
    assert_refused(
        dir,
        &["refs", "draft", "news", "--output", "news/b.md"],
        "--output news/b.md is the article news/b.md",
    );
}

#[test]
fn outputs_naming_one_file_or_nowhere_are_refused_and_a_baseline_may_update_itself() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    std::fs::write(dir.join("a.txt"), ARTICLE).unwrap();
    let out = factlint_in(
        dir,
        &[
            "check",
            "a.txt",
            "--output",
            "x.json",
            "--write-baseline",
            "./x.json",
        ],
    );
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("name the same file"), "{err}");
    assert_eq!(names(dir), ["a.txt"]);

    // An output that cannot be written is found before the run, not after
    // its fixes.
    std::fs::create_dir(dir.join("sub")).unwrap();
    for (output, message) in [
        ("sub", "--output sub: is a directory"),
        (
            "no/such/r.json",
            "--output no/such/r.json: no such directory no/such",
        ),
    ] {
        let out = factlint_in(dir, &["check", "a.txt", "--fix", "--output", output]);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(2), "{err}");
        assert!(err.contains(message), "{err}");
        assert_eq!(std::fs::read_to_string(dir.join("a.txt")).unwrap(), ARTICLE);
    }
    std::fs::remove_dir(dir.join("sub")).unwrap();

    // Reading a baseline and writing its update is one file on purpose.
    let out = factlint_in(dir, &["check", "a.txt", "--write-baseline", "b.json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let first = std::fs::read(dir.join("b.json")).unwrap();
    let out = factlint_in(
        dir,
        &[
            "check",
            "a.txt",
            "--baseline",
            "b.json",
            "--write-baseline",
            "b.json",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(std::fs::read(dir.join("b.json")).unwrap(), first);
}

#[test]
fn a_new_output_gets_the_usual_mode_and_a_replaced_one_keeps_its_own() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    std::fs::write(dir.join("a.txt"), ARTICLE).unwrap();
    let out = factlint_in(
        dir,
        &["check", "a.txt", "--format", "json", "--output", "r.json"],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    // As `fs::write` would make it (0666 less the umask), not a temporary
    // file's 0600.
    let mode = std::fs::metadata(dir.join("r.json"))
        .unwrap()
        .permissions()
        .mode();
    assert_ne!(mode & 0o777, 0o600, "{mode:o}");
    assert_eq!(mode & 0o044, 0o044, "{mode:o}");
    std::fs::set_permissions(dir.join("r.json"), std::fs::Permissions::from_mode(0o640)).unwrap();
    let out = factlint_in(
        dir,
        &["check", "a.txt", "--format", "jsonl", "--output", "r.json"],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let mode = std::fs::metadata(dir.join("r.json"))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o640);
    assert_eq!(names(dir), ["a.txt", "r.json"]);
}

#[test]
fn an_output_that_is_a_device_or_a_pipe_is_written_through() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    std::fs::write(dir.join("a.txt"), ARTICLE).unwrap();
    // `/dev/stdout` is a link to a pipe here: written to, not renamed over.
    let out = factlint_in(
        dir,
        &[
            "check",
            "a.txt",
            "--format",
            "json",
            "--output",
            "/dev/stdout",
        ],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["summary"]["documents"], 1);
    for format in ["jsonl", "human"] {
        let out = factlint_in(
            dir,
            &[
                "check",
                "a.txt",
                "--format",
                format,
                "--output",
                "/dev/stdout",
            ],
        );
        assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
        assert!(
            String::from_utf8_lossy(&out.stdout).contains("800"),
            "{format}"
        );
    }
    let out = factlint_in(dir, &["check", "a.txt", "--output", "/dev/null"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(Path::new("/dev/null").exists());
    assert_eq!(names(dir), ["a.txt"]);
}

/// Whether `unshare -Urm` can mount a small tmpfs (a user and mount
/// namespace, no privilege needed where unprivileged namespaces are on).
fn tmpfs_works() -> bool {
    std::process::Command::new("unshare")
        .args(["-Urm", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt"])
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Articles with `n` findings in all, under `dir`.
fn articles_with_findings(dir: &Path, n: usize) {
    std::fs::create_dir_all(dir).unwrap();
    for i in 0..n {
        std::fs::write(dir.join(format!("article-{i:04}.txt")), ARTICLE).unwrap();
    }
}

#[test]
fn a_full_disk_leaves_the_old_baseline_and_report_whole() {
    if !tmpfs_works() {
        if std::env::var_os("FACTLINT_REQUIRE_EXTERNAL").is_some() {
            panic!("`unshare -Urm` cannot mount a tmpfs: the full-disk case cannot run");
        }
        eprintln!("notice: `unshare -Urm` cannot mount a tmpfs; full-disk case skipped");
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    // A good small baseline and report from one article.
    articles_with_findings(&root.join("one"), 1);
    articles_with_findings(&root.join("many"), 300);
    for (flag, format, name) in [
        ("--write-baseline", "human", "baseline.json"),
        ("--output", "jsonl", "report.jsonl"),
        ("--output", "json", "report.json"),
    ] {
        let out = factlint_in(root, &["check", "one", "--format", format, flag, name]);
        assert_ne!(out.status.code(), Some(2), "{}", stderr(&out));
    }
    std::fs::create_dir(root.join("disk")).unwrap();
    // On a 64 KiB tmpfs, filled up after the old files are copied in, write
    // the 300 findings' baseline and reports over them.
    let script = r#"
        set -u
        mount -t tmpfs -o size=64k tmpfs disk || exit 99
        cp baseline.json report.jsonl report.json disk/
        cat /dev/zero > disk/fill 2>/dev/null
        for run in "--write-baseline disk/baseline.json" \
                   "--format jsonl --output disk/report.jsonl" \
                   "--format json --output disk/report.json"; do
            "$FACTLINT" check many --refs "$RULES" $run 2>>errors.txt
            echo "$?" >> codes.txt
        done
        rm disk/fill
        mkdir after && cp disk/baseline.json disk/report.jsonl disk/report.json after/
        ls -A disk > names.txt
    "#;
    let out = std::process::Command::new("unshare")
        .args(["-Urm", "sh", "-c", script])
        .current_dir(root)
        .env("FACTLINT", assert_cmd::cargo::cargo_bin("factlint"))
        .env("RULES", rules())
        .env_remove("GITHUB_STEP_SUMMARY")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let errors = std::fs::read_to_string(root.join("errors.txt")).unwrap();
    let codes = std::fs::read_to_string(root.join("codes.txt")).unwrap();
    assert_eq!(codes, "2\n2\n2\n", "{errors}");
    assert_eq!(
        errors.matches("No space left on device").count(),
        3,
        "{errors}"
    );
    for name in ["baseline.json", "report.jsonl", "report.json"] {
        assert_eq!(
            std::fs::read(root.join("after").join(name)).unwrap(),
            std::fs::read(root.join(name)).unwrap(),
            "{name} changed"
        );
    }
    // No temporary file left on the full disk.
    let left = std::fs::read_to_string(root.join("names.txt")).unwrap();
    assert_eq!(left, "baseline.json\nreport.json\nreport.jsonl\n");
}

#[test]
fn sigterm_while_a_report_streams_leaves_the_old_report_and_no_temporary_file() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    articles_with_findings(&root.join("many"), 1);
    // Long enough to be stopped halfway: many findings per article.
    for i in 0..400 {
        std::fs::write(
            root.join(format!("many/long-{i:03}.txt")),
            ARTICLE.repeat(60),
        )
        .unwrap();
    }
    std::fs::write(root.join("report.jsonl"), "the old report\n").unwrap();
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("factlint"))
        .args([
            "check",
            "many",
            "--format",
            "jsonl",
            "--output",
            "report.jsonl",
            "--refs",
        ])
        .arg(rules())
        .current_dir(root)
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Stop it once the new report has begun: beside the old one, or (were
    // it written in place) over it.
    let started = std::time::Instant::now();
    let mut begun = false;
    while started.elapsed() < std::time::Duration::from_secs(60) {
        let temporary = names(root).iter().any(|n| {
            n.starts_with(".factlint-")
                && std::fs::metadata(root.join(n)).is_ok_and(|m| m.len() > 0)
        });
        let replaced =
            std::fs::read(root.join("report.jsonl")).map_or(true, |r| r != b"the old report\n");
        begun = temporary || replaced;
        if begun || child.try_wait().unwrap().is_some() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
    let pid = child.id().to_string();
    let killed = std::process::Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .unwrap();
    let status = child.wait().unwrap();
    eprintln!("begun: {begun}, status: {status:?}");
    assert_eq!(names(root), ["many", "report.jsonl"]);
    let report = std::fs::read_to_string(root.join("report.jsonl")).unwrap();
    let whole = 1 + 400 * 60;
    if begun && killed.success() && status.code().is_none() {
        use std::os::unix::process::ExitStatusExt;
        assert_eq!(status.signal(), Some(15));
        // The old report, or (stopped in the instant after the rename) the
        // new one whole: never a part of it.
        assert!(
            report == "the old report\n" || report.lines().count() == whole,
            "{} lines",
            report.lines().count()
        );
    } else {
        // It ended before the signal: the new report, whole.
        assert_eq!(report.lines().count(), whole, "{status:?}");
    }
}

/// An editor pipes its buffer in and names the file it came from with
/// `--stdin-filename`: an `--output` naming that file would replace the
/// article on disk with a report about it.
#[test]
fn an_output_naming_the_file_stdin_stands_for_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    std::fs::write(dir.join("a.txt"), ARTICLE).unwrap();
    std::os::unix::fs::symlink("a.txt", dir.join("a-link.json")).unwrap();
    for (format, output) in [
        ("json", "a.txt"),
        ("jsonl", "a.txt"),
        ("human", "./a.txt"),
        ("sarif", "a-link.json"),
    ] {
        let before = snapshot(dir);
        let mut cmd = Command::cargo_bin("factlint").unwrap();
        let out = cmd
            .current_dir(dir)
            .args(["check", "-", "--stdin-filename", "a.txt", "--refs"])
            .arg(rules())
            .args(["--format", format, "--output", output])
            .write_stdin(ARTICLE)
            .output()
            .unwrap();
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(2), "{format}: {err}");
        assert!(err.contains("refusing to overwrite"), "{format}: {err}");
        assert!(err.contains("--stdin-filename"), "{format}: {err}");
        assert_eq!(snapshot(dir), before, "{format}: a file changed");
    }
    // A name that is no file is only a name: the report is written.
    let mut cmd = Command::cargo_bin("factlint").unwrap();
    let out = cmd
        .current_dir(dir)
        .args(["check", "-", "--stdin-filename", "draft.txt", "--refs"])
        .arg(rules())
        .args(["--format", "json", "--output", "report.json"])
        .write_stdin(ARTICLE)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(dir.join("report.json").is_file());
}

/// A baseline lists every finding of the archive. Written by a run that
/// could not read one of the articles, it would drop that article's
/// findings, and the next run would report them as new; the old baseline
/// stays, and the run says so.
#[test]
fn a_failed_run_keeps_the_old_baseline() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    std::fs::create_dir(dir.join("news")).unwrap();
    std::fs::write(dir.join("news/a.txt"), ARTICLE).unwrap();
    std::fs::write(dir.join("news/b.txt"), ARTICLE).unwrap();
    let out = factlint_in(dir, &["check", "news", "--write-baseline", "base.json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let good = std::fs::read(dir.join("base.json")).unwrap();
    // b.txt can no longer be read.
    std::fs::remove_file(dir.join("news/b.txt")).unwrap();
    std::os::unix::fs::symlink("gone.txt", dir.join("news/b.txt")).unwrap();
    for format in ["human", "json"] {
        let out = factlint_in(
            dir,
            &[
                "check",
                "news",
                "--format",
                format,
                "--write-baseline",
                "base.json",
            ],
        );
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(2), "{err}");
        assert!(err.contains("news/b.txt"), "{err}");
        assert!(err.contains("base.json: not written"), "{err}");
        assert_eq!(std::fs::read(dir.join("base.json")).unwrap(), good);
        assert_eq!(names(dir), ["base.json", "news"]);
    }
}

/// A report or baseline someone made read-only is meant to stay as it is:
/// writing to it fails for its owner, and replacing it by a rename (which
/// needs only the directory's permission) would go around that. It is
/// refused, as `--fix` refuses a read-only article, root or not, before
/// the run.
#[test]
fn a_read_only_output_is_refused_not_replaced() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    std::fs::write(dir.join("a.txt"), ARTICLE).unwrap();
    std::fs::write(dir.join("keep.json"), "kept\n").unwrap();
    std::fs::set_permissions(
        dir.join("keep.json"),
        std::fs::Permissions::from_mode(0o444),
    )
    .unwrap();
    for args in [
        &[
            "check",
            "a.txt",
            "--format",
            "json",
            "--output",
            "keep.json",
        ][..],
        &[
            "check",
            "a.txt",
            "--format",
            "jsonl",
            "--output",
            "keep.json",
        ][..],
        &["check", "a.txt", "--fix", "--output", "keep.json"][..],
        &["check", "a.txt", "--write-baseline", "keep.json"][..],
        &["refs", "draft", "a.txt", "--output", "keep.json"][..],
    ] {
        let out = factlint_in(dir, args);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(
            err.contains("keep.json: read-only (mode 444)"),
            "{args:?}: {err}"
        );
        assert_eq!(std::fs::read(dir.join("keep.json")).unwrap(), b"kept\n");
        assert_eq!(std::fs::read_to_string(dir.join("a.txt")).unwrap(), ARTICLE);
        assert_eq!(names(dir), ["a.txt", "keep.json"], "{args:?}");
    }
}

/// An output that is a symbolic link to a file not yet there (a report
/// kept elsewhere, linked into the repository) is written where the link
/// points, as `> link` would; the link stays a link.
#[test]
fn an_output_through_a_dangling_link_creates_its_target_and_keeps_the_link() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    std::fs::write(dir.join("a.txt"), ARTICLE).unwrap();
    std::fs::create_dir(dir.join("reports")).unwrap();
    for (i, args) in [
        &["check", "a.txt", "--format", "json", "--output"][..],
        &["check", "a.txt", "--format", "jsonl", "--output"][..],
        &["check", "a.txt", "--write-baseline"][..],
        &["refs", "draft", "a.txt", "--output"][..],
    ]
    .iter()
    .enumerate()
    {
        let link = format!("out{i}.json");
        let target = format!("reports/today{i}.json");
        std::os::unix::fs::symlink(&target, dir.join(&link)).unwrap();
        let mut all = args.to_vec();
        all.push(&link);
        let out = factlint_in(dir, &all);
        assert!(
            matches!(out.status.code(), Some(0 | 1)),
            "{all:?}: {}",
            stderr(&out)
        );
        let meta = std::fs::symlink_metadata(dir.join(&link)).unwrap();
        assert!(
            meta.file_type().is_symlink(),
            "{all:?}: the link was replaced"
        );
        assert!(
            !std::fs::read(dir.join(&target)).unwrap().is_empty(),
            "{all:?}"
        );
    }
}

/// `--output -` is standard output, as `-` is standard input among the
/// paths: it wrote a file named `-`, and a pipeline reading stdout
/// (`--output - | upload`) got nothing.
#[test]
fn output_dash_is_standard_output() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    std::fs::write(dir.join("a.txt"), ARTICLE).unwrap();
    for args in [
        &["check", "a.txt", "--format", "json", "--output", "-"][..],
        &["check", "a.txt", "--format", "jsonl", "--output", "-"][..],
        &["refs", "draft", "a.txt", "--output", "-"][..],
    ] {
        let out = factlint_in(dir, args);
        assert!(
            matches!(out.status.code(), Some(0 | 1)),
            "{args:?}: {}",
            stderr(&out)
        );
        assert!(!out.stdout.is_empty(), "{args:?}");
        assert_eq!(names(dir), ["a.txt"], "{args:?}");
    }
}

/// More names for an article, each refused: through a link to its
/// directory, through `..`, and the configuration named by `--config`.
#[test]
fn an_article_named_through_a_directory_link_or_dot_dot_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    std::fs::create_dir(dir.join("news")).unwrap();
    std::fs::create_dir(dir.join("other")).unwrap();
    std::fs::write(dir.join("news/a.md"), ARTICLE).unwrap();
    std::os::unix::fs::symlink("news", dir.join("linked")).unwrap();
    std::fs::write(dir.join("conf.yaml"), "rules: {}\n").unwrap();
    assert_refused(
        dir,
        &["check", "news", "--output", "linked/a.md"],
        "--output linked/a.md is the article news/a.md",
    );
    assert_refused(
        dir,
        &[
            "check",
            "news",
            "--format",
            "jsonl",
            "--output",
            "other/../news/a.md",
        ],
        "is the article news/a.md",
    );
    assert_refused(
        dir,
        &[
            "check",
            "news",
            "--config",
            "conf.yaml",
            "--write-baseline",
            "conf.yaml",
        ],
        "is the configuration file",
    );
}
