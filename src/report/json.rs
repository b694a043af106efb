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

use super::spill::Spill;
use super::CheckReport;
use crate::check::finding::{Finding, Severity};

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
    envelope(report, report.counts(), &report.findings)
}

/// The report around `findings`, with the severity counts given.
fn envelope(
    report: &CheckReport,
    (errors, warnings, infos): (usize, usize, usize),
    findings: &[Finding],
) -> String {
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
        findings,
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

/// Where the findings go in the pretty-printed report.
const FINDINGS_SLOT: &str = "\"findings\": []";
/// How deep a finding sits in the report (the envelope, then its list).
const FINDING_INDENT: &str = "    ";

/// The JSON report written as it goes: each finding is rendered when it
/// is settled, into a [`Spill`] (the summary, which counts them, comes
/// first), so that a run over a long document or a whole archive holds a
/// bound of its findings in memory, not all of them. The same bytes as
/// [`render`].
pub struct Stream {
    /// The findings rendered so far, their list's separators included.
    body: Spill,
    findings: usize,
    /// Errors, warnings, infos pushed.
    counts: (usize, usize, usize),
}

impl Default for Stream {
    fn default() -> Self {
        Stream::new()
    }
}

impl Stream {
    /// A stream whose findings spill to a temporary file once large.
    pub fn new() -> Stream {
        Stream {
            body: Spill::new(),
            findings: 0,
            counts: (0, 0, 0),
        }
    }

    /// Add the next finding (in report order).
    pub fn push(&mut self, f: &Finding) {
        let (e, w, i) = &mut self.counts;
        match f.severity {
            Severity::Error => *e += 1,
            Severity::Warning => *w += 1,
            Severity::Info => *i += 1,
        }
        self.body
            .push_json_item(self.findings == 0, FINDING_INDENT, f);
        self.findings += 1;
    }

    /// The whole report with the counts of `report` (its findings are not
    /// read: they were pushed) to `out`. An error if the findings could
    /// not be kept or read back.
    pub fn finish(self, report: &CheckReport, out: &mut dyn FnMut(&str)) -> Result<(), String> {
        let whole = envelope(report, self.counts, &[]);
        let items = self.findings > 0;
        self.body
            .splice_into(&whole, FINDINGS_SLOT, FINDING_INDENT, items, out)
    }
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

    /// The stream's bytes for a report's findings.
    fn streamed(report: &CheckReport) -> String {
        let mut stream = Stream::new();
        for f in &report.findings {
            stream.push(f);
        }
        let mut out = String::new();
        stream.finish(report, &mut |t| out.push_str(t)).unwrap();
        out
    }

    #[test]
    fn the_stream_writes_what_the_whole_report_writes() {
        let mut report = report();
        assert_eq!(streamed(&report), render(&report));
        // None, and one.
        let all = std::mem::take(&mut report.findings);
        assert_eq!(streamed(&report), render(&report));
        report.findings = all.into_iter().take(1).collect();
        assert_eq!(streamed(&report), render(&report));
        let empty = CheckReport::default();
        assert_eq!(streamed(&empty), render(&empty));
    }

    #[test]
    fn a_spilled_stream_writes_what_the_whole_report_writes() {
        let one = report().findings;
        let mut report = report();
        while report.findings.len() * 300 < 2 * crate::report::spill::SPILL_BYTES {
            report.findings.extend(one.iter().cloned());
        }
        let out = streamed(&report);
        assert!(out == render(&report), "the spilled report differs");
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(
            v["findings"].as_array().unwrap().len(),
            report.findings.len()
        );
    }

    #[test]
    fn empty_report() {
        let out = render(&CheckReport::default());
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(v["findings"], serde_json::json!([]));
        assert_eq!(v["summary"]["errors"], 0);
    }
}
