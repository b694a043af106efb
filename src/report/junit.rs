//! `junit`: JUnit XML for CI systems that show test reports (GitLab,
//! Jenkins, Azure Pipelines, CircleCI …).
//!
//! One `<testcase>` per checked document (a document without errors passes),
//! one `<failure>` per error; warnings and infos go to the test case's
//! `<system-out>`, so they are visible without failing it.

use std::fmt::Write as _;

use super::spill::Spill;
use super::{CheckReport, DocumentCoverage};
use crate::check::finding::{Finding, Severity};

/// The report as one `<testsuites>` document.
pub fn render(report: &CheckReport) -> String {
    let groups = report.documents_with_findings();
    let counts = report.coverage_by_path();
    let mut stream = Stream::new();
    for (path, findings) in &groups {
        stream.group(path, counts.get(path).copied(), findings.iter().copied());
    }
    let mut out = String::new();
    let _ = stream.finish(report, &mut |piece| out.push_str(piece));
    out
}

/// The report written as it goes: each document's test case is rendered
/// when its findings are settled, into a [`Spill`] (memory, then a
/// temporary file), and the report written once the run's counts, which
/// its head holds, are known. The same bytes as [`render`] for findings
/// that come in path order (a path's documents adjacent, as the CLI has
/// them).
pub struct Stream {
    /// The test cases closed so far.
    body: Spill,
    /// Test cases, one per document.
    cases: usize,
    /// Errors pushed.
    failures: usize,
    /// The test case of the path being read; it collects the findings of
    /// every document of its path, as [`render`]'s grouping by path does.
    case: Option<Case>,
    /// Whether a document is being read (a finding of it came, its counts
    /// not yet).
    open: bool,
    /// Why held text could not be kept or read back, if so.
    error: Option<String>,
}

/// One path's test case, being written.
struct Case {
    path: String,
    /// The counts of the path's first document.
    counts: Option<DocumentCoverage>,
    /// Its `<failure>` elements.
    failures: Spill,
    /// Its warnings and infos, escaped, for the `<system-out>`.
    other: Spill,
}

impl Default for Stream {
    fn default() -> Self {
        Stream::new()
    }
}

impl Stream {
    /// A stream whose test cases spill to temporary files once large.
    pub fn new() -> Stream {
        Stream {
            body: Spill::new(),
            cases: 0,
            failures: 0,
            case: None,
            open: false,
            error: None,
        }
    }

    /// One document checked whole: its counts and findings in report order.
    pub fn document<'f>(
        &mut self,
        counts: &DocumentCoverage,
        findings: impl IntoIterator<Item = &'f Finding>,
    ) {
        for f in findings {
            self.push(f);
        }
        self.document_after(counts);
    }

    /// The next finding of the document being read.
    pub fn push(&mut self, f: &Finding) {
        let case = self.open(&f.path);
        if f.severity == Severity::Error {
            let body = case.failures.memory();
            let _ = writeln!(
                body,
                "      <failure type=\"{}\" message=\"{}\">{}</failure>",
                escape(f.rule),
                escape(&f.message),
                escape(&details(f))
            );
            case.failures.settle();
            self.failures += 1;
        } else {
            let body = case.other.memory();
            body.push_str(&escape(&details(f)));
            body.push_str(&escape("\n"));
            case.other.settle();
        }
    }

    /// The counts of the document whose findings were pushed (or of one
    /// without findings); the next finding is another document's.
    pub fn document_after(&mut self, counts: &DocumentCoverage) {
        let case = self.open(&counts.path);
        case.counts.get_or_insert_with(|| counts.clone());
        self.open = false;
    }

    /// A group of [`render`]: a path with its findings; a path of no
    /// document counted passes its counts as `None`.
    fn group<'f>(
        &mut self,
        path: &str,
        counts: Option<&DocumentCoverage>,
        findings: impl IntoIterator<Item = &'f Finding>,
    ) {
        self.close();
        self.open(path).counts = counts.cloned();
        for f in findings {
            self.push(f);
        }
        self.close();
    }

    /// The test case of a document of `path` being read: the open one, or
    /// the next. Another document of the open case's path shows its own
    /// case without findings, as [`render`] does: a path's findings go to
    /// its last document.
    fn open(&mut self, path: &str) -> &mut Case {
        if !self.open {
            self.open = true;
            match &self.case {
                Some(case) if case.path == path => {
                    let counts = case.counts.clone();
                    self.cases += 1;
                    if let Err(e) = write_case(&mut self.body, path, counts.as_ref(), None, None) {
                        self.error.get_or_insert(e);
                    }
                }
                _ => {
                    self.close();
                    self.open = true;
                }
            }
        }
        self.case.get_or_insert_with(|| Case {
            path: path.to_owned(),
            counts: None,
            failures: Spill::new(),
            other: Spill::new(),
        })
    }

    /// Write the open test case, if one, to the body.
    fn close(&mut self) {
        self.open = false;
        let Some(mut case) = self.case.take() else {
            return;
        };
        self.cases += 1;
        let written = write_case(
            &mut self.body,
            &case.path,
            case.counts.as_ref(),
            Some(&mut case.failures),
            Some(&mut case.other),
        );
        if let Err(e) = written {
            self.error.get_or_insert(e);
        }
    }

    /// The whole report to `out`, with the counts of `report` (its findings
    /// are not read: they were pushed). An error if the test cases could
    /// not be kept or read back.
    pub fn finish(mut self, report: &CheckReport, out: &mut dyn FnMut(&str)) -> Result<(), String> {
        self.close();
        let failures = self.failures;
        // Documents whose paths were not recorded count as passing tests in
        // one aggregate test case, so that the totals stay right.
        let clean = report.documents.saturating_sub(self.cases);
        // Inputs that could not be read are one test case in error: a CI
        // system that reads only this report must not see a clean run.
        let errors = usize::from(report.unreadable > 0);
        let tests = self.cases + usize::from(clean > 0) + errors;
        let mut head = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        let _ = writeln!(
            head,
            "<testsuites name=\"factlint\" tests=\"{tests}\" failures=\"{failures}\" errors=\"{errors}\">"
        );
        let _ = writeln!(
            head,
            "  <testsuite name=\"factlint\" tests=\"{tests}\" failures=\"{failures}\" errors=\"{errors}\" skipped=\"0\">"
        );
        properties(&mut head, report);
        out(&head);
        let kept = self.body.drain(out);
        let mut tail = String::new();
        if clean > 0 {
            let _ = writeln!(
                tail,
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
                tail,
                "    <testcase classname=\"factlint\" name=\"unreadable inputs\">\n      \
                 <error message=\"{what}\">{what}; factlint's standard error names them</error>\n    \
                 </testcase>"
            );
        }
        tail.push_str("  </testsuite>\n</testsuites>\n");
        out(&tail);
        match self.error.take() {
            Some(e) => Err(e),
            None => kept,
        }
    }
}

/// One test case to `body`: the path's counts (as a line of its output: a
/// test case has no properties in the common JUnit schema), its failures
/// and its other findings, each held text emptied into it.
fn write_case(
    body: &mut Spill,
    raw_path: &str,
    counts: Option<&DocumentCoverage>,
    failures: Option<&mut Spill>,
    other: Option<&mut Spill>,
) -> Result<(), String> {
    let path = escape(raw_path);
    let counts = counts
        .map(|d| {
            format!(
                "{}; {} unused\n",
                super::claim_counts(d.coverage.claims(), d.coverage),
                super::plural(d.unused_references, "reference")
            )
        })
        .unwrap_or_default();
    let failures = failures.filter(|s| !s.is_empty());
    let other = other.filter(|s| !s.is_empty());
    if failures.is_none() && other.is_none() && counts.is_empty() {
        let _ = writeln!(
            body.memory(),
            "    <testcase classname=\"factlint\" name=\"{path}\" file=\"{path}\"/>"
        );
        body.settle();
        return Ok(());
    }
    let _ = writeln!(
        body.memory(),
        "    <testcase classname=\"factlint\" name=\"{path}\" file=\"{path}\">"
    );
    let mut kept = Ok(());
    if let Some(failures) = failures {
        kept = failures.drain(&mut |piece| body.push_str(piece));
    }
    if other.is_some() || !counts.is_empty() {
        body.push_str("      <system-out>");
        body.push_str(&escape(&counts));
        if let Some(other) = other {
            let more = other.drain(&mut |piece| body.push_str(piece));
            kept = kept.and(more);
        }
        body.push_str("</system-out>\n");
    }
    body.push_str("    </testcase>\n");
    kept
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
