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

use super::spill::Spill;
use super::{CheckReport, DocumentDetail};
use crate::check::finding::{Finding, Severity};
use crate::document::lines::LineIndex;
use crate::extract::claim::Span;

/// The whole report as one `DiagnosticResult`.
pub fn render(report: &CheckReport) -> String {
    // Each document's line starts, found once (not once per finding); the
    // first detail of a path wins.
    let indexes: Vec<LineIndex> = report
        .details
        .iter()
        .map(|d| LineIndex::new(&d.text))
        .collect();
    let lines: HashMap<&str, Lines<'_>> = report
        .details
        .iter()
        .zip(&indexes)
        .rev()
        .map(|(d, index)| (d.path.as_str(), Lines::new(&d.text, index)))
        .collect();
    let mut stream = Stream::new();
    for f in &report.findings {
        stream.item(&diagnostic(f, lines.get(f.path.as_str())));
    }
    let mut out = String::new();
    let _ = stream.finish(&mut |piece| out.push_str(piece));
    out
}

/// Where the diagnostics go in the pretty-printed result.
const DIAGNOSTICS_SLOT: &str = "\"diagnostics\": []";
/// How deep a diagnostic sits in the result (the object, then its list).
const DIAGNOSTIC_INDENT: &str = "    ";

/// The result written as it goes: each diagnostic is rendered when its
/// finding is settled, into a [`Spill`], its byte columns computed from its
/// document's text while the document is alive. No text is kept past its
/// document's path. The same bytes as [`render`].
pub struct Stream {
    /// The diagnostics rendered so far, their separators included.
    body: Spill,
    diagnostics: usize,
    /// The first text of the path last seen, when it came whole
    /// ([`Stream::document`]): as with [`render`], a path's later documents
    /// are placed in it.
    kept: Option<Kept>,
}

/// A document's text and line index, kept while its path lasts.
struct Kept {
    path: String,
    text: String,
    index: LineIndex,
}

impl Default for Stream {
    fn default() -> Self {
        Stream::new()
    }
}

impl Stream {
    /// A stream whose diagnostics spill to a temporary file once large.
    pub fn new() -> Stream {
        Stream {
            body: Spill::new(),
            diagnostics: 0,
            kept: None,
        }
    }

    /// A document checked whole, with its detail (the text byte columns
    /// are counted in) and its findings in report order.
    pub fn document(&mut self, detail: Option<DocumentDetail>, findings: &[Finding]) {
        if let Some(d) = detail {
            if self.kept.as_ref().is_none_or(|k| k.path != d.path) {
                let index = LineIndex::new(&d.text);
                self.kept = Some(Kept {
                    path: d.path,
                    text: d.text,
                    index,
                });
            }
        }
        for f in findings {
            let lines = self
                .kept
                .as_ref()
                .filter(|k| k.path == f.path)
                .map(|k| Lines::new(&k.text, &k.index));
            let d = diagnostic(f, lines.as_ref());
            self.item(&d);
        }
    }

    /// The next finding of a document checked a window at a time, with the
    /// document's text and line index.
    pub fn push(&mut self, f: &Finding, text: &str, index: &LineIndex) {
        let lines = match self.kept.as_ref().filter(|k| k.path == f.path) {
            Some(k) => Lines::new(&k.text, &k.index),
            None => {
                self.kept = None;
                Lines::new(text, index)
            }
        };
        let d = diagnostic(f, Some(&lines));
        self.item(&d);
    }

    /// One diagnostic of the list, indented as the pretty-printed result
    /// has it.
    fn item(&mut self, diagnostic: &Value) {
        self.body
            .push_json_item(self.diagnostics == 0, DIAGNOSTIC_INDENT, diagnostic);
        self.diagnostics += 1;
    }

    /// The whole result to `out`. An error if the diagnostics could not be
    /// kept or read back.
    pub fn finish(mut self, out: &mut dyn FnMut(&str)) -> Result<(), String> {
        self.kept = None;
        let result = json!({
            "source": source(),
            "diagnostics": [],
        });
        let mut whole = serde_json::to_string_pretty(&result)
            .unwrap_or_else(|e| json!({"source": source(), "error": e.to_string()}).to_string());
        whole.push('\n');
        let items = self.diagnostics > 0;
        self.body
            .splice_into(&whole, DIAGNOSTICS_SLOT, DIAGNOSTIC_INDENT, items, out)
    }
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
    index: &'a LineIndex,
}

impl<'a> Lines<'a> {
    fn new(text: &'a str, index: &'a LineIndex) -> Self {
        Lines { text, index }
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
