//! What the end-to-end news tests share: one `factlint check` of an article
//! against reference data, each written to a fresh directory.

use assert_cmd::Command;
use serde_json::Value;

/// Check `text` against `refs` on article date `date` and return (rule,
/// severity, reference id) of each error or warning.
pub fn findings_on(text: &str, refs: &str, date: &str) -> Vec<(String, String, String)> {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join(".git")).unwrap();
    std::fs::write(dir.path().join("story.txt"), text).unwrap();
    std::fs::create_dir(dir.path().join("refs")).unwrap();
    std::fs::write(dir.path().join("refs/refs.yaml"), refs).unwrap();
    let out = Command::cargo_bin("factlint")
        .unwrap()
        .current_dir(dir.path())
        .args([
            "check",
            "story.txt",
            "--refs",
            "refs",
            "--date",
            date,
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    let json: Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|_| panic!("{}", String::from_utf8_lossy(&out.stderr)));
    json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| matches!(f["severity"].as_str(), Some("error" | "warning")))
        .map(|f| {
            (
                f["rule"].as_str().unwrap_or("").to_owned(),
                f["severity"].as_str().unwrap_or("").to_owned(),
                f["reference"]["id"].as_str().unwrap_or("").to_owned(),
            )
        })
        .collect()
}
