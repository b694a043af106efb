//! The GitHub job summary stays under GitHub's 1 MiB step-summary limit
//! whatever the corpus, says how much it leaves out, and the annotations'
//! overflow notice then does not send readers to it for the rest.

use std::path::Path;

use assert_cmd::Command;

const LIMIT: u64 = 1024 * 1024;

/// A corpus of `copies` copies of each shipped article (six articles, 18
/// findings a copy), in its own directory.
fn corpus(copies: usize) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let articles = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/articles");
    for entry in std::fs::read_dir(articles).unwrap() {
        let entry = entry.unwrap();
        let text = std::fs::read_to_string(entry.path()).unwrap();
        let name = entry.file_name().to_string_lossy().into_owned();
        for i in 0..copies {
            let sub = dir.path().join(format!("content/{i:03}"));
            std::fs::create_dir_all(&sub).unwrap();
            std::fs::write(sub.join(&name), &text).unwrap();
        }
    }
    dir
}

/// `check --format github` over the corpus with the step summary at
/// `summary`: (stdout, total findings from a JSON run).
fn github_run(dir: &Path, summary: &Path) -> String {
    let out = Command::cargo_bin("factlint")
        .unwrap()
        .current_dir(dir)
        .env("GITHUB_STEP_SUMMARY", summary)
        .args(["check", "content", "--format", "github", "--refs"])
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("rules"))
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn total_findings(dir: &Path) -> usize {
    let out = Command::cargo_bin("factlint")
        .unwrap()
        .current_dir(dir)
        .args(["check", "content", "--format", "json", "--refs"])
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("rules"))
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    json["findings"].as_array().unwrap().len()
}

/// The number in "**N more findings not shown" of a cut summary.
fn left_out(summary: &str) -> usize {
    let at = summary
        .find("more findings not shown: this report is cut to")
        .unwrap_or_else(|| panic!("no closing notice in {}", &summary[summary.len() - 500..]));
    let head = &summary[..at];
    let start = head.rfind("**").unwrap() + 2;
    head[start..].trim().parse().unwrap()
}

#[test]
fn the_step_summary_of_a_large_corpus_stays_under_github_s_limit() {
    // 160 copies of six articles: 960 documents, 2,880 findings, a summary
    // of about 1.4 MB were it whole.
    let dir = corpus(160);
    let total = total_findings(dir.path());
    assert_eq!(total, 160 * 18);
    let summary = dir.path().join("summary.md");
    let stdout = github_run(dir.path(), &summary);
    let written = std::fs::read_to_string(&summary).unwrap();
    let size = std::fs::metadata(&summary).unwrap().len();
    assert!(size < LIMIT, "{size} bytes");
    // Most of the room is used: the cut is not needlessly early.
    assert!(size > LIMIT - 8 * 1024, "{size} bytes");
    // The findings shown and those counted as left out are all of them.
    let shown = written.matches("\n### ").count();
    let missing = left_out(&written);
    assert!(missing > 0);
    assert_eq!(shown + missing, total, "{shown} shown, {missing} left out");
    // Every row of the table fits: it names each document with findings.
    assert_eq!(written.matches("\n| `content/").count(), 960);
    assert!(written.contains("For every finding, run `factlint check` on the same files"));
    // The annotations' notice does not send readers to the cut summary.
    let notice = stdout
        .lines()
        .find(|l| l.starts_with("::notice title=factlint::"))
        .unwrap();
    assert!(!notice.contains("see the job summary"), "{notice}");
    assert!(
        notice.contains("the job summary lists only the first ones"),
        "{notice}"
    );
    assert!(notice.contains("run factlint check on the same files for every finding"));
}

/// What earlier commands of the step wrote counts towards the limit.
#[test]
fn an_earlier_summary_of_the_step_counts_towards_the_limit() {
    let dir = corpus(40);
    let summary = dir.path().join("summary.md");
    let earlier = "x".repeat(900 * 1024) + "\n";
    std::fs::write(&summary, &earlier).unwrap();
    github_run(dir.path(), &summary);
    let written = std::fs::read_to_string(&summary).unwrap();
    assert!(written.starts_with(&earlier));
    assert!((written.len() as u64) < LIMIT, "{} bytes", written.len());
    assert!(left_out(&written) > 0);

    // A summary already full: nothing is added, and a warning says why.
    std::fs::write(&summary, "x".repeat(LIMIT as usize)).unwrap();
    let out = Command::cargo_bin("factlint")
        .unwrap()
        .current_dir(dir.path())
        .env("GITHUB_STEP_SUMMARY", &summary)
        .args(["check", "content", "--format", "github", "--refs"])
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("rules"))
        .output()
        .unwrap();
    assert_eq!(std::fs::metadata(&summary).unwrap().len(), LIMIT);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("does not fit GitHub's 1 MiB limit"),
        "{stderr}"
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(!stdout.contains("job summary"), "{stdout}");
}

/// A small run's summary is whole, and the notice (past the cap of
/// annotations) points to it.
#[test]
fn a_whole_summary_is_where_the_notice_points() {
    let dir = corpus(2);
    let summary = dir.path().join("summary.md");
    let stdout = github_run(dir.path(), &summary);
    let written = std::fs::read_to_string(&summary).unwrap();
    assert!(!written.contains("not shown: this report is cut"));
    assert_eq!(written.matches("\n### ").count(), 36);
    assert!(
        stdout.contains("; the job summary lists every finding\n"),
        "{stdout}"
    );
}
