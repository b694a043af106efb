//! `json`: DESIGN's check JSON, version 1 — a stable contract.
//!
//! ```json
//! {"version": 1,
//!  "summary": {"documents": 1, "claims": 6, "errors": 1, "warnings": 0, "infos": 0},
//!  "findings": [{"rule": "fact-mismatch", "severity": "error", "path": …}]}
//! ```
//!
//! Each finding is the serde form of [`Finding`]; its attributes fix the
//! field names, and whole figures are written as integers.

use serde::Serialize;

use super::CheckReport;
use crate::check::finding::Finding;

/// The version of the JSON envelope; bumped only on incompatible changes.
pub const VERSION: u32 = 1;

#[derive(Serialize)]
struct Envelope<'a> {
    version: u32,
    summary: Summary,
    findings: &'a [Finding],
}

#[derive(Serialize)]
struct Summary {
    documents: usize,
    claims: usize,
    errors: usize,
    warnings: usize,
    infos: usize,
}

/// The whole report as pretty-printed JSON with a trailing newline.
pub fn render(report: &CheckReport) -> String {
    let (errors, warnings, infos) = report.counts();
    let envelope = Envelope {
        version: VERSION,
        summary: Summary {
            documents: report.documents,
            claims: report.claims,
            errors,
            warnings,
            infos,
        },
        findings: &report.findings,
    };
    let mut out = serde_json::to_string_pretty(&envelope).unwrap_or_else(|e| {
        // Unreachable with these types (no maps with non-string keys), but
        // a reporter must not panic: emit valid JSON that says what failed.
        serde_json::json!({"version": VERSION, "error": e.to_string()}).to_string()
    });
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::fixtures;

    fn report() -> CheckReport {
        fixtures::report()
    }

    #[test]
    fn snapshot() {
        insta::assert_snapshot!("check_json", render(&report()));
    }

    #[test]
    fn matches_design_field_names_and_integers() {
        let out = render(&report());
        assert!(out.ends_with("}\n"));
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(v["version"], 1);
        assert_eq!(
            v["summary"],
            serde_json::json!({"documents": 1, "claims": 4, "errors": 2, "warnings": 0, "infos": 0})
        );
        let f = &v["findings"][0];
        let keys: Vec<&str> = f.as_object().unwrap().keys().map(|k| k.as_str()).collect();
        for key in [
            "rule",
            "severity",
            "path",
            "line",
            "column",
            "end_line",
            "end_column",
            "start",
            "end",
            "claim",
            "reference",
            "message",
            "suggestion",
            "fingerprint",
        ] {
            assert!(keys.contains(&key), "missing {key}");
        }
        assert!(!keys.contains(&"context") && !keys.contains(&"meaning"));
        assert_eq!(f["rule"], "fact-mismatch");
        assert_eq!(f["severity"], "error");
        assert!(f["claim"]["value"].is_u64());
        assert_eq!(f["claim"]["value"], 800);
        assert_eq!(f["claim"]["qualifier"], "over");
        assert_eq!(f["reference"]["value"], 650);
        assert_eq!(f["reference"]["line"], 9);
        assert_eq!(f["suggestion"], "about 650 units");
        let date = &v["findings"][1];
        assert_eq!(
            date["claim"]["interval"],
            serde_json::json!({"start": "2022-06-01", "end": "2022-06-30"})
        );
        assert_eq!(date["reference"]["status"], "scheduled");
        assert!(date["claim"].get("value").is_none());
    }

    #[test]
    fn empty_report() {
        let out = render(&CheckReport::default());
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(v["findings"], serde_json::json!([]));
        assert_eq!(v["summary"]["errors"], 0);
    }
}
