//! `sarif`: SARIF 2.1.0, for GitHub code scanning and any SARIF viewer.
//!
//! One run; the tool driver names factlint with its version and home page
//! and lists only the rules that fired (in the order they first fired, so
//! that the log can be written as the documents are checked), each with its
//! documentation as help text. Each result has a `level`, a `message.text`, the document's
//! relative URI, a region with start/end line and column (columns count
//! Unicode code points: `columnKind`), the fingerprint as a
//! `partialFingerprint`, and, for a safe suggestion, a `fix` that replaces
//! the claim's bytes. It passes Microsoft's SARIF Multitool `validate`
//! (tests/formats.rs runs it).

use serde_json::{json, Value};

use super::CheckReport;
use crate::check::finding::{Finding, Severity};

/// The schema URI the SARIF validator expects for version 2.1.0.
pub const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// The key of factlint's fingerprint in `partialFingerprints`.
pub const FINGERPRINT_KEY: &str = "factlint/v1";

/// The whole report as one SARIF log, pretty-printed: a [`Stream`] fed
/// every finding.
pub fn render(report: &CheckReport) -> String {
    let mut stream = Stream::default();
    let mut out = String::new();
    stream.start(&mut out);
    for f in &report.findings {
        stream.push(f, &mut out);
    }
    stream.finish(report, &mut out);
    out
}

/// A SARIF log written as the findings come, so that a run over thousands
/// of documents holds one batch of findings, not the whole log: the
/// results are written one by one, and the rules that fired (listed after
/// the results, in the order they first fired, which is what `ruleIndex`
/// counts) at the end. The bytes are those of the whole log pretty-printed
/// at once.
#[derive(Debug, Default)]
pub struct Stream {
    /// The rules that fired so far, in the order they first fired.
    fired: Vec<(&'static str, Severity)>,
    /// Results written so far.
    results: usize,
}

/// Where the results go in the pretty-printed log.
const RESULTS_SLOT: &str = "\"results\": []";
/// How deep a result object sits in the log (runs → run → results).
const RESULT_INDENT: &str = "        ";

impl Stream {
    /// The log up to the opening of its results.
    pub fn start(&self, out: &mut String) {
        let whole = log(Vec::new());
        let head = whole.find(RESULTS_SLOT).map_or("", |at| {
            whole.get(..at + RESULTS_SLOT.len() - 1).unwrap_or("")
        });
        out.push_str(head);
    }

    /// One finding as a result.
    pub fn push(&mut self, f: &Finding, out: &mut String) {
        let index = match self.fired.iter().position(|(id, _)| *id == f.rule) {
            Some(i) => i,
            None => {
                self.fired.push((f.rule, default_severity(f)));
                self.fired.len() - 1
            }
        };
        let text = serde_json::to_string_pretty(&result(f, index)).unwrap_or_default();
        out.push_str(if self.results == 0 { "\n" } else { ",\n" });
        for (i, line) in text.lines().enumerate() {
            if i > 0 {
                out.push('\n');
            }
            out.push_str(RESULT_INDENT);
            out.push_str(line);
        }
        self.results += 1;
    }

    /// The rest of the log: the end of the results, the invocation (did
    /// every input get read) and the run's property bag with what was and
    /// was not checked (both known only now, so written after the results),
    /// the tool and its rules.
    pub fn finish(self, report: &CheckReport, out: &mut String) {
        if self.results > 0 {
            out.push('\n');
            out.push_str(RESULT_INDENT.get(2..).unwrap_or(""));
        }
        let rules = self
            .fired
            .iter()
            .map(|(id, severity)| rule(id, *severity))
            .collect();
        let whole = log(rules);
        let tail = whole.find(RESULTS_SLOT).map_or(whole.as_str(), |at| {
            whole.get(at + RESULTS_SLOT.len() - 1..).unwrap_or("")
        });
        // The tail opens with the results' closing bracket.
        let (close, rest) = tail.split_at(tail.find(']').map_or(0, |i| i + 1));
        out.push_str(close);
        // An input that could not be read makes the run unsuccessful, so
        // that a viewer does not take that article's missing results for
        // fixed ones.
        let invocations = json!([{"executionSuccessful": report.unreadable == 0}]);
        for (key, value) in [
            ("invocations", invocations),
            ("properties", coverage(report)),
        ] {
            let text = serde_json::to_string_pretty(&value).unwrap_or_default();
            out.push_str(",\n");
            out.push_str(PROPERTY_INDENT);
            out.push_str(&format!("\"{key}\": "));
            for (i, line) in text.lines().enumerate() {
                if i > 0 {
                    out.push('\n');
                    out.push_str(PROPERTY_INDENT);
                }
                out.push_str(line);
            }
        }
        out.push_str(rest);
    }
}

/// How deep a run's keys sit in the log (runs → run).
const PROPERTY_INDENT: &str = "      ";

/// The whole log, pretty-printed, with no results and these rules.
fn log(rules: Vec<Value>) -> String {
    let log = json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "factlint",
                "version": env!("CARGO_PKG_VERSION"),
                "semanticVersion": env!("CARGO_PKG_VERSION"),
                "informationUri": env!("CARGO_PKG_REPOSITORY"),
                "rules": rules,
            }},
            "columnKind": "unicodeCodePoints",
            "results": [],
        }],
    });
    let mut out = serde_json::to_string_pretty(&log).unwrap_or_else(|e| {
        json!({"version": "2.1.0", "runs": [], "error": e.to_string()}).to_string()
    });
    out.push('\n');
    out
}

/// The run's property bag: what was and was not checked (the JSON
/// report's summary fields of the same names).
fn coverage(report: &CheckReport) -> Value {
    json!({
        "documents": report.documents,
        "claims": report.claims,
        "agree": report.coverage.agree,
        "mismatch": report.coverage.mismatch,
        "unchecked": report.coverage.unchecked,
        "references": report.references,
        "unused_references": report.unused_references,
        "unused_reference_ids": report.unused_ids,
        "unreadable": report.unreadable,
        "summary": super::coverage_phrase(report),
    })
}

/// The rule's default severity, or the finding's own for a rule unknown here.
fn default_severity(f: &Finding) -> Severity {
    crate::check::rules::find(f.rule).map_or(f.severity, |r| r.default_severity)
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// A `reportingDescriptor` for one rule, with its documentation as help.
fn rule(id: &str, severity: Severity) -> Value {
    let (summary, doc) = match crate::check::rules::find(id) {
        Some(r) => (r.summary(), r.doc()),
        None => (format!("The factlint rule {id}."), format!("# {id}")),
    };
    json!({
        "id": id,
        "name": rule_name(id),
        "shortDescription": {"text": sentence(&summary)},
        "fullDescription": {"text": sentence(&summary)},
        "help": {"text": doc, "markdown": doc},
        "helpUri": format!("{}#rules", env!("CARGO_PKG_REPOSITORY")),
        "defaultConfiguration": {"level": level(severity)},
    })
}

fn result(f: &Finding, rule_index: usize) -> Value {
    let uri = relative_uri(&f.path);
    let mut text = sentence(&f.message);
    if let Some(r) = &f.reference {
        text.push_str(&format!(" Reference: {}", r.id));
        if let Some(source) = &r.source {
            text.push_str(&format!(" ({})", source.trim_end_matches('.')));
        }
        text.push('.');
    }
    if let Some((s, _)) = super::shown_suggestion(f) {
        text.push_str(&format!(" Suggestion: \"{s}\"."));
    }
    let mut result = json!({
        "ruleId": f.rule,
        "ruleIndex": rule_index,
        "level": level(f.severity),
        "message": {"text": text},
        "locations": [{"physicalLocation": {
            "artifactLocation": {"uri": uri},
            "region": {
                "startLine": f.line,
                "startColumn": f.column,
                "endLine": f.end_line,
                "endColumn": f.end_column,
                "snippet": {"text": f.claim.text},
            },
        }}],
        "partialFingerprints": {FINGERPRINT_KEY: f.fingerprint},
    });
    if let Some(s) = f.suggestion.as_ref().filter(|s| s.safe) {
        let fixes = json!([{
            "description": {"text": format!("Replace with \"{}\".", s.replacement)},
            "artifactChanges": [{
                "artifactLocation": {"uri": uri},
                "replacements": [{
                    "deletedRegion": {"byteOffset": s.span.start, "byteLength": s.span.len()},
                    "insertedContent": {"text": s.replacement},
                }],
            }],
        }]);
        if let Some(object) = result.as_object_mut() {
            object.insert("fixes".to_owned(), fixes);
        }
    }
    result
}

/// A rule's SARIF `name`: its id in PascalCase ("fact-mismatch" →
/// "FactMismatch"), SARIF's convention. A name may not equal the id, not
/// even but for case (the SARIF Multitool warns, SARIF1001), so the
/// one-word id says what it finds.
fn rule_name(id: &str) -> String {
    let name = match id {
        "arithmetic" => "ArithmeticMismatch".to_owned(),
        _ => pascal_case(id),
    };
    if name.eq_ignore_ascii_case(id) {
        format!("{name}Rule")
    } else {
        name
    }
}

/// "fact-mismatch" → "FactMismatch".
fn pascal_case(id: &str) -> String {
    id.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut cs = w.chars();
            cs.next()
                .map(|c| c.to_ascii_uppercase().to_string() + cs.as_str())
                .unwrap_or_default()
        })
        .collect()
}

/// Text ending in a full stop, as SARIF asks of messages.
fn sentence(text: &str) -> String {
    let text = text.trim();
    if text.ends_with(['.', '!', '?']) {
        text.to_owned()
    } else {
        format!("{text}.")
    }
}

/// A path as a relative URI reference: `/` separators, no leading `./`,
/// and every byte outside RFC 3986's unreserved set and `/` percent-encoded.
pub fn relative_uri(path: &str) -> String {
    let path = path.replace('\\', "/");
    let path = path.trim_start_matches("./");
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
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
    fn structure() {
        let v: Value = serde_json::from_str(&render(&report())).unwrap();
        assert_eq!(v["version"], "2.1.0");
        let run = &v["runs"][0];
        assert_eq!(run["tool"]["driver"]["name"], "factlint");
        let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
        let ids: Vec<&str> = rules.iter().map(|r| r["id"].as_str().unwrap()).collect();
        // In the order they first fired: ruleIndex counts them so.
        assert_eq!(ids, ["fact-mismatch", "date-mismatch"]);
        let r0 = &run["results"][0];
        assert_eq!(r0["ruleId"], "fact-mismatch");
        assert_eq!(r0["ruleIndex"], 0);
        assert_eq!(run["results"][1]["ruleIndex"], 1);
        assert_eq!(r0["level"], "error");
        let region = &r0["locations"][0]["physicalLocation"]["region"];
        assert_eq!(region["startLine"], 5);
        assert_eq!(
            region["endColumn"],
            region["startColumn"].as_u64().unwrap() + 14
        );
        assert_eq!(
            r0["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"],
            "about 650 units"
        );
        // The unsafe date suggestion is no fix.
        assert!(run["results"][1].get("fixes").is_none());
        assert_eq!(rules[0]["name"], "FactMismatch");
        assert_eq!(pascal_case("fact-mismatch"), "FactMismatch");
        assert_eq!(relative_uri("./a b/ü.md"), "a%20b/%C3%BC.md");
    }

    /// SARIF1001: no rule's name is its id, whatever the case.
    #[test]
    fn every_rule_name_differs_from_its_id() {
        assert_eq!(rule_name("arithmetic"), "ArithmeticMismatch");
        assert_eq!(rule_name("loose-bound"), "LooseBound");
        assert_eq!(rule_name("unknown"), "UnknownRule");
        for r in crate::check::rules::RULES {
            let name = rule_name(r.id);
            assert!(!name.eq_ignore_ascii_case(r.id), "{}: {name}", r.id);
            assert!(name.chars().all(|c| c.is_ascii_alphanumeric()), "{name}");
        }
    }

    /// The streamed log is the whole log, pretty-printed, with no findings,
    /// one, or many of several rules: every line of it is a line of the
    /// whole log printed at once (only the run's properties, known last,
    /// come after the results rather than before them).
    #[test]
    fn the_stream_writes_the_whole_log() {
        let full = report();
        for n in [0, 1, 2, 7] {
            let mut r = full.clone();
            r.findings = full.findings.iter().cycle().take(n).cloned().collect();
            let text = render(&r);
            let value: Value = serde_json::from_str(&text).unwrap();
            let pretty = serde_json::to_string_pretty(&value).unwrap() + "\n";
            let mut ours: Vec<&str> = text.lines().map(|l| l.trim_end_matches(',')).collect();
            let mut whole: Vec<&str> = pretty.lines().map(|l| l.trim_end_matches(',')).collect();
            ours.sort_unstable();
            whole.sort_unstable();
            assert_eq!(ours, whole);
            assert_eq!(value["runs"][0]["properties"], coverage(&r));
            assert_eq!(
                value["runs"][0]["invocations"][0]["executionSuccessful"],
                r.unreadable == 0
            );
            let results = value["runs"][0]["results"].as_array().unwrap();
            assert_eq!(results.len(), n);
            let rules = value["runs"][0]["tool"]["driver"]["rules"]
                .as_array()
                .unwrap();
            for res in results {
                let i = res["ruleIndex"].as_u64().unwrap() as usize;
                assert_eq!(rules[i]["id"], res["ruleId"]);
            }
        }
    }
}
