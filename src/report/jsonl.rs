//! `jsonl`: one finding per line, each the same object as in `json`.
//!
//! No envelope and no summary, so that lines can be streamed, concatenated
//! and filtered (`grep`, `jq -c`); a clean run prints nothing.

use super::CheckReport;
use crate::check::finding::Finding;

/// Every finding as one line of compact JSON.
pub fn render(report: &CheckReport) -> String {
    let mut out = String::new();
    for f in &report.findings {
        push_line(f, &mut out);
    }
    out
}

/// One finding's line, appended to `out` (what [`render`] writes for it).
pub fn push_line(f: &Finding, out: &mut String) {
    match serde_json::to_string(f) {
        Ok(line) => out.push_str(&line),
        // Unreachable with these types; keep every line valid JSON.
        Err(e) => out.push_str(&serde_json::json!({"error": e.to_string()}).to_string()),
    }
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::fixtures;

    #[test]
    fn one_object_per_line_like_json() {
        let report = fixtures::report();
        let out = render(&report);
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 2);
        let json: serde_json::Value =
            serde_json::from_str(&crate::report::json::render(&report)).unwrap();
        for (line, expected) in lines.iter().zip(json["findings"].as_array().unwrap()) {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            assert_eq!(&v, expected);
        }
        assert_eq!(render(&CheckReport::default()), "");
    }
}
