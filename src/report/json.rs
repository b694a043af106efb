//! `json`: DESIGN's check JSON, version 1 — a stable contract.
//!
//! ```json
//! {"version": 1,
//!  "summary": {"documents": 1, "claims": 6, "agree": 3, "mismatch": 1, "unchecked": 2,
//!              "references": 4, "unused_references": 0, "unused_reference_ids": [],
//!              "errors": 1, "warnings": 0, "infos": 0},
//!  "findings": [{"rule": "fact-mismatch", "severity": "error", "path": …}],
//!  "documents": [{"path": …, "claims": 6, "agree": 3, "mismatch": 1, "unchecked": 2,
//!                 "unused_references": 0}]}
//! ```
//!
//! `agree + mismatch + unchecked = claims` ([`crate::check::coverage`]);
//! `documents` lists each document's counts (absent when not recorded).
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
    summary: Summary<'a>,
    findings: &'a [Finding],
    /// Each document's counts, when recorded.
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    documents: Vec<DocumentSummary<'a>>,
}

#[derive(Serialize)]
struct Summary<'a> {
    documents: usize,
    claims: usize,
    /// Claims a fact or event matched and no rule found wrong.
    agree: usize,
    /// Claims a fact or event matched and a rule found wrong.
    mismatch: usize,
    /// Claims no fact or event checked; agree + mismatch + unchecked = claims.
    unchecked: usize,
    /// Facts and events in the reference data (0: only the articles'
    /// internal consistency was checked).
    references: usize,
    /// Facts and events that no claim matched.
    unused_references: usize,
    /// The first of them (at most [`super::UNUSED_IDS_SHOWN`]).
    unused_reference_ids: &'a [String],
    /// Inputs that could not be read; absent when none.
    #[serde(skip_serializing_if = "is_zero")]
    unreadable: usize,
    errors: usize,
    warnings: usize,
    infos: usize,
}

#[derive(Serialize)]
struct DocumentSummary<'a> {
    path: &'a str,
    claims: usize,
    agree: usize,
    mismatch: usize,
    unchecked: usize,
    unused_references: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// The whole report as pretty-printed JSON with a trailing newline.
pub fn render(report: &CheckReport) -> String {
    let (errors, warnings, infos) = report.counts();
    let envelope = Envelope {
        version: VERSION,
        summary: Summary {
            documents: report.documents,
            claims: report.claims,
            agree: report.coverage.agree,
            mismatch: report.coverage.mismatch,
            unchecked: report.coverage.unchecked,
            references: report.references,
            unused_references: report.unused_references,
            unused_reference_ids: &report.unused_ids,
            unreadable: report.unreadable,
            errors,
            warnings,
            infos,
        },
        findings: &report.findings,
        documents: report
            .document_coverage
            .iter()
            .map(|d| DocumentSummary {
                path: &d.path,
                claims: d.coverage.claims(),
                agree: d.coverage.agree,
                mismatch: d.coverage.mismatch,
                unchecked: d.coverage.unchecked,
                unused_references: d.unused_references,
            })
            .collect(),
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
            serde_json::json!({"documents": 1, "claims": 4, "agree": 0, "mismatch": 2,
                "unchecked": 2, "references": 3, "unused_references": 1,
                "unused_reference_ids": ["coalition/small-group"],
                "errors": 2, "warnings": 0, "infos": 0})
        );
        let s = &v["summary"];
        assert_eq!(
            s["agree"].as_u64().unwrap()
                + s["mismatch"].as_u64().unwrap()
                + s["unchecked"].as_u64().unwrap(),
            s["claims"].as_u64().unwrap()
        );
        assert_eq!(v["documents"][0]["path"], "fixtures/articles/rome.txt");
        assert_eq!(v["documents"][0]["unused_references"], 1);
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
