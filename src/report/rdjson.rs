//! `rdjson`: reviewdog's Diagnostic Format (JSON), so that reviewdog can
//! post findings as review comments and safe suggestions as pull-request
//! suggestions:
//!
//! ```sh
//! factlint check content --format rdjson | reviewdog -f=rdjson -reporter=github-pr-review
//! ```
//!
//! rdjson counts columns in UTF-8 bytes; they are computed from the
//! document's text when the report carries it (the CLI fills it for this
//! format), and are the character columns otherwise.

use serde_json::{json, Value};

use std::collections::HashMap;

use super::CheckReport;
use crate::check::finding::{Finding, Severity};
use crate::document::lines::LineIndex;
use crate::extract::claim::Span;

/// The whole report as one `DiagnosticResult`.
pub fn render(report: &CheckReport) -> String {
    // Each document's line starts, found once (not once per finding).
    let lines: HashMap<&str, Lines<'_>> = report
        .details
        .iter()
        .rev()
        .map(|d| (d.path.as_str(), Lines::new(&d.text)))
        .collect();
    let diagnostics: Vec<Value> = report
        .findings
        .iter()
        .map(|f| diagnostic(f, lines.get(f.path.as_str())))
        .collect();
    let result = json!({
        "source": source(),
        "diagnostics": diagnostics,
    });
    let mut out = serde_json::to_string_pretty(&result)
        .unwrap_or_else(|e| json!({"source": source(), "error": e.to_string()}).to_string());
    out.push('\n');
    out
}

fn source() -> Value {
    json!({"name": "factlint", "url": env!("CARGO_PKG_REPOSITORY")})
}

fn diagnostic(f: &Finding, detail: Option<&Lines<'_>>) -> Value {
    let severity = match f.severity {
        Severity::Error => "ERROR",
        Severity::Warning => "WARNING",
        Severity::Info => "INFO",
    };
    let range = match detail {
        Some(d) => d.range(Span::new(f.start, f.end)),
        None => None,
    }
    .unwrap_or_else(|| range(f.line, f.column, f.end_line, f.end_column));
    let mut message = f.message.clone();
    if let Some(r) = &f.reference {
        message.push_str(&format!(" (reference: {}", r.id));
        if let Some(source) = &r.source {
            message.push_str(&format!(" — {source}"));
        }
        message.push(')');
    }
    let mut d = json!({
        "message": message,
        "location": {"path": f.path, "range": range},
        "severity": severity,
        "source": source(),
        "code": {"value": f.rule, "url": format!("{}#rules", env!("CARGO_PKG_REPOSITORY"))},
    });
    // Only safe suggestions become one-click pull-request suggestions.
    if let Some(s) = f.suggestion.as_ref().filter(|s| s.safe) {
        let suggestion_range = match detail {
            Some(doc) => doc.range(s.span),
            None if s.span == Span::new(f.start, f.end) => {
                d.get("location").and_then(|l| l.get("range")).cloned()
            }
            None => None,
        };
        if let (Some(r), Some(object)) = (suggestion_range, d.as_object_mut()) {
            object.insert(
                "suggestions".to_owned(),
                json!([{"range": r, "text": s.replacement}]),
            );
        }
    }
    d
}

fn range(line: usize, column: usize, end_line: usize, end_column: usize) -> Value {
    json!({
        "start": {"line": line, "column": column},
        "end": {"line": end_line, "column": end_column},
    })
}

/// A document's text with its line index, built once per document.
struct Lines<'a> {
    text: &'a str,
    index: LineIndex,
}

impl<'a> Lines<'a> {
    fn new(text: &'a str) -> Self {
        Lines {
            text,
            index: LineIndex::new(text),
        }
    }

    /// The span's range with 1-based lines and 1-based UTF-8 byte columns.
    fn range(&self, span: Span) -> Option<Value> {
        let (line, column) = self.position(span.start)?;
        let (end_line, end_column) = self.position(span.end)?;
        Some(range(line, column, end_line, end_column))
    }

    fn position(&self, offset: usize) -> Option<(usize, usize)> {
        // Only offsets that cut the text at a character boundary.
        self.text.get(..offset)?;
        Some(self.index.byte_position(offset))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::fixtures;
    use crate::report::DocumentDetail;

    #[test]
    fn byte_columns_and_suggestions() {
        let doc = fixtures::document();
        let report = CheckReport {
            documents: 1,
            claims: 4,
            findings: vec![fixtures::fact_mismatch(&doc), fixtures::date_mismatch(&doc)],
            details: vec![DocumentDetail {
                path: doc.path.clone(),
                text: doc.text.clone(),
                claims: vec![],
            }],
            ..Default::default()
        };
        let v: Value = serde_json::from_str(&render(&report)).unwrap();
        let d = &v["diagnostics"][0];
        // "“Italy, with " is 13 characters but 15 bytes before the claim.
        assert_eq!(
            d["location"]["range"]["start"],
            json!({"line": 5, "column": 16})
        );
        assert_eq!(
            d["location"]["range"]["end"],
            json!({"line": 5, "column": 30})
        );
        assert_eq!(d["suggestions"][0]["text"], "about 650 units");
        assert_eq!(d["suggestions"][0]["range"], d["location"]["range"]);
        assert_eq!(d["code"]["value"], "fact-mismatch");
        // The unsafe date suggestion is not offered for one-click apply.
        assert!(v["diagnostics"][1].get("suggestions").is_none());
    }
}
