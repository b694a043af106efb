//! `junit`: JUnit XML for CI systems that show test reports (GitLab,
//! Jenkins, Azure Pipelines, CircleCI …).
//!
//! One `<testcase>` per checked document (a document without errors passes),
//! one `<failure>` per error; warnings and infos go to the test case's
//! `<system-out>`, so they are visible without failing it.

use std::fmt::Write as _;

use super::CheckReport;
use crate::check::finding::{Finding, Severity};

/// The report as one `<testsuites>` document.
pub fn render(report: &CheckReport) -> String {
    let groups = report.documents_with_findings();
    let failures = report
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .count();
    // Documents whose paths were not recorded count as passing tests in one
    // aggregate test case, so that the totals stay right.
    let clean = report.documents.saturating_sub(groups.len());
    // Inputs that could not be read are one test case in error: a CI
    // system that reads only this report must not see a clean run.
    let errors = usize::from(report.unreadable > 0);
    let tests = groups.len() + usize::from(clean > 0) + errors;
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        out,
        "<testsuites name=\"factlint\" tests=\"{tests}\" failures=\"{failures}\" errors=\"{errors}\">"
    );
    let _ = writeln!(
        out,
        "  <testsuite name=\"factlint\" tests=\"{tests}\" failures=\"{failures}\" errors=\"{errors}\" skipped=\"0\">"
    );
    properties(&mut out, report);
    let counts = report.coverage_by_path();
    for (raw_path, findings) in &groups {
        let path = escape(raw_path);
        // Each document's counts, as a line of its output (a test case
        // has no properties in the common JUnit schema).
        let mut other = counts
            .get(raw_path)
            .map(|d| {
                format!(
                    "{}; {} unused\n",
                    super::claim_counts(d.coverage.claims(), d.coverage),
                    super::plural(d.unused_references, "reference")
                )
            })
            .unwrap_or_default();
        if findings.is_empty() && other.is_empty() {
            let _ = writeln!(
                out,
                "    <testcase classname=\"factlint\" name=\"{path}\" file=\"{path}\"/>"
            );
            continue;
        }
        let _ = writeln!(
            out,
            "    <testcase classname=\"factlint\" name=\"{path}\" file=\"{path}\">"
        );
        for f in findings {
            if f.severity == Severity::Error {
                let _ = writeln!(
                    out,
                    "      <failure type=\"{}\" message=\"{}\">{}</failure>",
                    escape(f.rule),
                    escape(&f.message),
                    escape(&details(f))
                );
            } else {
                other.push_str(&details(f));
                other.push('\n');
            }
        }
        if !other.is_empty() {
            let _ = writeln!(out, "      <system-out>{}</system-out>", escape(&other));
        }
        out.push_str("    </testcase>\n");
    }
    if clean > 0 {
        let _ = writeln!(
            out,
            "    <testcase classname=\"factlint\" name=\"{}\"/>",
            escape(&format!(
                "{} without findings",
                super::plural(clean, "document")
            ))
        );
    }
    if errors > 0 {
        let what = escape(&super::unreadable_count(report));
        let _ = writeln!(
            out,
            "    <testcase classname=\"factlint\" name=\"unreadable inputs\">\n      \
             <error message=\"{what}\">{what}; factlint's standard error names them</error>\n    \
             </testcase>"
        );
    }
    out.push_str("  </testsuite>\n</testsuites>\n");
    out
}

/// The run's counts as test-suite properties: what was and was not checked.
fn properties(out: &mut String, report: &CheckReport) {
    let unused_ids = report.unused_ids.join(",");
    let values = [
        ("documents", report.documents.to_string()),
        ("claims", report.claims.to_string()),
        ("agree", report.coverage.agree.to_string()),
        ("mismatch", report.coverage.mismatch.to_string()),
        ("unchecked", report.coverage.unchecked.to_string()),
        ("references", report.references.to_string()),
        ("unused_references", report.unused_references.to_string()),
        ("unused_reference_ids", unused_ids),
        ("unreadable", report.unreadable.to_string()),
        ("summary", super::coverage_phrase(report)),
    ];
    out.push_str("    <properties>\n");
    for (name, value) in values {
        let _ = writeln!(
            out,
            "      <property name=\"factlint.{name}\" value=\"{}\"/>",
            escape(&value)
        );
    }
    out.push_str("    </properties>\n");
}

/// The failure's body: location, message, reference and suggestion.
fn details(f: &Finding) -> String {
    let mut text = format!(
        "{}:{}:{}: {}[{}]: {}",
        f.path,
        f.line,
        f.column,
        f.severity.name(),
        f.rule,
        f.message
    );
    if let Some(r) = &f.reference {
        let _ = write!(text, "\n  reference: {} ({}:{})", r.id, r.file, r.line);
        if let Some(source) = &r.source {
            let _ = write!(text, "\n  source: {source}");
        }
    }
    if let Some((s, _)) = super::shown_suggestion(f) {
        let _ = write!(text, "\n  suggestion: {s}");
    }
    text
}

/// Text safe in XML 1.0 content and attribute values: the five markup
/// characters escaped, line breaks kept as character references (so
/// attributes keep them), and characters XML 1.0 cannot hold dropped.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\t' => out.push_str("&#9;"),
            c if allowed_in_xml(c) => out.push(c),
            _ => {}
        }
    }
    out
}

fn allowed_in_xml(c: char) -> bool {
    matches!(c, '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::fixtures;

    #[test]
    fn escapes_markup_and_drops_what_xml_cannot_hold() {
        assert_eq!(
            escape("a<b>&\"c'\u{1}\u{b}d\n"),
            "a&lt;b&gt;&amp;&quot;c&apos;d&#10;"
        );
    }

    #[test]
    fn counts() {
        let doc = fixtures::document();
        let mut warning = fixtures::date_mismatch(&doc);
        warning.severity = Severity::Warning;
        let out = render(&CheckReport {
            documents: 3,
            claims: 4,
            findings: vec![fixtures::fact_mismatch(&doc), warning],
            ..Default::default()
        });
        assert!(
            out.contains("<testsuites name=\"factlint\" tests=\"2\" failures=\"1\""),
            "{out}"
        );
        assert!(out.contains("<failure type=\"fact-mismatch\""));
        assert!(out.contains("<system-out>fixtures/articles/rome.txt:7:"));
        assert!(out.contains("name=\"2 documents without findings\""));
    }
}
