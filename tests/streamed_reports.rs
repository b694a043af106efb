//! The formats whose head counts what follows (junit, github, markdown,
//! html, rdjson, codeclimate) are written as the run goes, each finding
//! rendered when settled and held in a temporary file past a bound; the
//! same run with `--write-baseline` makes the whole report at once. Both
//! must print the same bytes: over the example articles, over records that
//! share an id (two documents of one path) and one record that cannot be
//! read, and, for github, the job summary cut to GitHub's limit.

use assert_cmd::Command;

const FORMATS: [&str; 6] = [
    "junit",
    "github",
    "markdown",
    "html",
    "rdjson",
    "codeclimate",
];

/// Records in our own words: two of one id, one that is not a record,
/// one whose id is an example article's path.
const RECORDS: &str = concat!(
    r#"{"id": "feed/lakeside.txt", "date": "2021-06-29", "text": "Italy had over 800 units in Iraq. The ministerial meeting will be held by June 2022."}"#,
    "\n",
    r#"{"id": "feed/quiet.txt", "date": "2021-06-29", "text": "Nothing was counted in the village of Orrin."}"#,
    "\n",
    r#"{"id": "feed/lakeside.txt", "date": "2021-06-29", "text": "Over 800 units stayed, and the meeting was held by June 2022."}"#,
    "\n",
    "not a record\n",
    r#"{"id": "fixtures/articles/wind-farm.md", "date": "2021-06-29", "text": "Italy, with over 800 units between Iraq and Kuwait."}"#,
    "\n",
);

/// `check` in one format over `paths` (records on stdin): exit status,
/// stdout, and the job summary it appended to `summary` (created with
/// `before` in it), written as it goes or, with `whole`, made at once.
fn run(format: &str, paths: &[&str], whole: bool, before: &str) -> (i32, String, String) {
    let dir = tempfile::tempdir().unwrap();
    let summary = dir.path().join("summary.md");
    std::fs::write(&summary, before).unwrap();
    let mut cmd = Command::cargo_bin("factlint").unwrap();
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("NO_COLOR")
        .env("GITHUB_STEP_SUMMARY", &summary)
        .args([
            "check", "--refs", "rules", "--color", "never", "--format", format,
        ])
        .args(["--stdin-format", "jsonl"])
        .args(paths)
        .write_stdin(RECORDS);
    if whole {
        cmd.arg("--write-baseline")
            .arg(dir.path().join("baseline.json"));
    }
    let out = cmd.output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        std::fs::read_to_string(&summary).unwrap(),
    )
}

#[test]
fn streamed_formats_print_what_the_whole_report_prints() {
    for paths in [
        &["fixtures/articles"][..],
        &["fixtures/articles", "-", "fixtures/articles/missing.txt"][..],
    ] {
        for format in FORMATS {
            let (status, streamed, summary) = run(format, paths, false, "");
            let (_, whole, whole_summary) = run(format, paths, true, "");
            // A run with findings (the whole run writes a baseline: 0).
            assert_eq!(status, if paths.len() > 1 { 2 } else { 1 }, "{format}");
            assert!(streamed.len() > 500, "{format}: {streamed}");
            assert!(
                streamed == whole,
                "{format} {paths:?}:\n{streamed}\n---\n{whole}"
            );
            assert_eq!(summary, whole_summary, "{format} {paths:?}");
        }
    }
}

#[test]
fn two_documents_of_one_path_are_shown_as_the_whole_report_shows_them() {
    let (_, junit, _) = run("junit", &["-"], false, "");
    // The path's first document passes, its last carries every finding.
    assert_eq!(junit.matches("name=\"feed/lakeside.txt\"").count(), 2);
    let (_, markdown, _) = run("markdown", &["-"], false, "");
    assert_eq!(markdown.matches("\n## `feed/lakeside.txt`\n").count(), 1);
}

#[test]
fn a_job_summary_cut_to_githubs_limit_is_cut_alike() {
    // An earlier step left little room: the report is cut, with a notice.
    let before = "x".repeat(1024 * 1024 - 6_000) + "\n";
    let paths = ["fixtures/articles", "-"];
    let (_, streamed, summary) = run("github", &paths, false, &before);
    let (_, whole, whole_summary) = run("github", &paths, true, &before);
    assert_eq!(streamed, whole);
    assert!(summary.len() <= 1024 * 1024, "{}", summary.len());
    assert!(
        summary.contains("not shown: this report is cut to"),
        "{summary}"
    );
    assert!(summary == whole_summary, "{summary}\n---\n{whole_summary}");
}
