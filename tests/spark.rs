//! The Spark example (`examples/spark/`) end to end in local mode: its
//! Parquet findings, read back, equal `factlint check --format jsonl` on the
//! same JSON Lines archive.
//!
//! Needs Java and PySpark (`.ci/run` installs PySpark into a virtualenv and
//! points `FACTLINT_PYTHON` at it). Without them the test says so and
//! skips, unless `FACTLINT_REQUIRE_EXTERNAL=1`: then it fails.

use std::io::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn python() -> String {
    std::env::var("FACTLINT_PYTHON").unwrap_or_else(|_| "python3".to_owned())
}

fn spark_available() -> bool {
    let ok = |cmd: &mut Command| {
        cmd.stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    };
    let found = ok(Command::new("java").arg("-version"))
        && ok(Command::new(python()).args(["-c", "import pyspark"]));
    if !found {
        let hint = "Java or PySpark not found; .ci/run installs PySpark";
        if std::env::var_os("FACTLINT_REQUIRE_EXTERNAL").is_some_and(|v| !v.is_empty()) {
            panic!("{hint} (required: FACTLINT_REQUIRE_EXTERNAL is set)");
        }
        let _ = writeln!(std::io::stderr(), "note: skipping a test: {hint}");
    }
    found
}

/// A JSON Lines archive: every example article several times over (so the
/// archive spans partitions), some records dated, some not.
fn archive(path: &Path) -> usize {
    let mut articles: Vec<(String, String)> =
        std::fs::read_dir(Path::new(ROOT).join("fixtures/articles"))
            .unwrap()
            .map(|e| {
                let p = e.unwrap().path();
                let name = p.file_name().unwrap().to_string_lossy().into_owned();
                (name, std::fs::read_to_string(&p).unwrap())
            })
            .collect();
    articles.sort();
    let mut out = String::new();
    let mut n = 0;
    for copy in 0..8 {
        for (name, text) in &articles {
            let mut record = serde_json::json!({ "id": format!("{copy}/{name}"), "text": text });
            if copy % 2 == 1 {
                record["date"] = serde_json::json!("2022-03-01");
            }
            out.push_str(&record.to_string());
            out.push('\n');
            n += 1;
        }
    }
    std::fs::write(path, out).unwrap();
    n
}

fn sorted_lines(bytes: &[u8]) -> Vec<String> {
    let mut lines: Vec<String> = String::from_utf8(bytes.to_vec())
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(str::to_owned)
        .collect();
    lines.sort();
    lines
}

#[test]
fn spark_example_equals_check_jsonl() {
    if !spark_available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("archive.jsonl");
    let records = archive(&input);
    let output = dir.path().join("findings.parquet");
    let bin = env!("CARGO_BIN_EXE_factlint");

    let run = Command::new(python())
        .current_dir(ROOT)
        .arg("examples/spark/factlint_spark.py")
        .args(["--factlint", bin, "--refs", "rules", "--partitions", "4"])
        .arg(&input)
        .arg(&output)
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "spark job failed:\n{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let dump = Command::new(python())
        .current_dir(ROOT)
        .arg("examples/spark/dump_findings.py")
        .arg(&output)
        .output()
        .unwrap();
    assert!(
        dump.status.success(),
        "{}",
        String::from_utf8_lossy(&dump.stderr)
    );

    let direct = Command::new(bin)
        .current_dir(ROOT)
        .args(["check", "-", "--stdin-format", "jsonl", "--format", "jsonl"])
        .args(["--refs", "rules"])
        .stdin(std::fs::File::open(&input).unwrap())
        .output()
        .unwrap();
    assert_eq!(direct.status.code(), Some(1), "the example has findings");

    let spark = sorted_lines(&dump.stdout);
    let expected = sorted_lines(&direct.stdout);
    assert!(
        expected.len() > records,
        "findings in most of {records} records"
    );
    assert_eq!(spark.len(), expected.len());
    assert_eq!(spark, expected);
}
