//! `github`: GitHub Actions workflow commands, which the runner turns into
//! annotations on the pull request's files.
//!
//! ```text
//! ::error file=a.md,line=17,endLine=17,col=26,endColumn=40,title=factlint fact-mismatch::claims …
//! ```
//!
//! Values are escaped as `@actions/core` does. GitHub shows at most 10
//! annotations of each level per step; past that, one notice says how many
//! were left out and where the rest are: the job summary, to which the CLI
//! appends the Markdown report (`$GITHUB_STEP_SUMMARY`), when it holds them
//! all; it holds at most 1 MiB, so for a large run the notice says how to
//! get every finding instead.

use super::{CheckReport, DocumentCoverage};
use crate::check::finding::{Finding, Severity};

/// GitHub's cap on annotations of one level in one step.
pub const CAP_PER_LEVEL: usize = 10;

/// What the job summary holds, for the overflow notice to say where the
/// findings left out of the annotations are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepSummary {
    /// Every finding.
    Complete,
    /// Only the first ones: it was cut to GitHub's size limit.
    Cut,
    /// Nothing: there is none (not on GitHub) or it could not be written.
    Absent,
}

/// One workflow command per finding, up to the cap, then the overflow notice
/// and a plain summary line, for a job summary that holds every finding.
pub fn render(report: &CheckReport) -> String {
    render_with(report, StepSummary::Complete)
}

/// [`render`], the overflow notice pointing to where the findings are.
pub fn render_with(report: &CheckReport, summary: StepSummary) -> String {
    let mut stream = Stream::new(None);
    for f in &report.findings {
        stream.push(f);
    }
    let mut out = String::new();
    stream.finish(report, summary, &mut |piece| out.push_str(piece));
    out
}

/// The commands written as findings come: only the first
/// [`CAP_PER_LEVEL`] of each level can be shown, so only those are kept,
/// with the counts; and, for the job summary, a bounded Markdown report.
/// The same bytes as [`render_with`].
pub struct Stream {
    /// The first commands of each level, in report order.
    kept: Vec<(Severity, String)>,
    /// Errors, warnings, infos pushed.
    counts: (usize, usize, usize),
    /// The job summary's report, when one is written.
    summary: Option<super::markdown::Stream>,
}

impl Stream {
    /// A stream; with `summary`, it also writes the Markdown report for the
    /// job summary ([`Stream::step_summary`]).
    pub fn new(summary: Option<super::markdown::Stream>) -> Stream {
        Stream {
            kept: Vec::new(),
            counts: (0, 0, 0),
            summary,
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

    /// The next finding.
    pub fn push(&mut self, f: &Finding) {
        let (e, w, i) = &mut self.counts;
        let before = match f.severity {
            Severity::Error => e,
            Severity::Warning => w,
            Severity::Info => i,
        };
        if *before < CAP_PER_LEVEL {
            self.kept.push((f.severity, command(f)));
        }
        *before += 1;
        if let Some(summary) = self.summary.as_mut() {
            summary.push(f);
        }
    }

    /// The counts of the document whose findings were pushed.
    pub fn document_after(&mut self, counts: &DocumentCoverage) {
        if let Some(summary) = self.summary.as_mut() {
            summary.document_after(counts);
        }
    }

    /// The job summary's Markdown report in at most `limit` bytes (at most
    /// the cap its stream was made with), once: `None` without one.
    pub fn step_summary(
        &mut self,
        report: &CheckReport,
        limit: usize,
    ) -> Option<super::markdown::Bounded> {
        self.summary.take().map(|s| s.finish_within(report, limit))
    }

    /// The commands, the overflow notice and the summary line to `out`,
    /// with the counts of `report` (its findings are not read: they were
    /// pushed).
    pub fn finish(self, report: &CheckReport, summary: StepSummary, out: &mut dyn FnMut(&str)) {
        let (errors, warnings, infos) = self.counts;
        let over = |n: usize, cap: usize| n.saturating_sub(cap);
        let overflows = over(errors, CAP_PER_LEVEL) + over(warnings, CAP_PER_LEVEL) > 0
            || infos > CAP_PER_LEVEL;
        // The overflow notice is itself a notice: keep a place for it.
        let notice_cap = if overflows {
            CAP_PER_LEVEL - 1
        } else {
            CAP_PER_LEVEL
        };
        let cap = |s: Severity| match s {
            Severity::Info => notice_cap,
            _ => CAP_PER_LEVEL,
        };
        // Annotations shown so far: errors, warnings, infos.
        let (mut shown_errors, mut shown_warnings, mut shown_infos) = (0usize, 0usize, 0usize);
        let mut text = String::new();
        for (severity, command) in &self.kept {
            let shown = match severity {
                Severity::Error => &mut shown_errors,
                Severity::Warning => &mut shown_warnings,
                Severity::Info => &mut shown_infos,
            };
            if *shown < cap(*severity) {
                *shown += 1;
                text.push_str(command);
                text.push('\n');
            }
        }
        let hidden = [
            (errors.saturating_sub(shown_errors), "error"),
            (warnings.saturating_sub(shown_warnings), "warning"),
            (infos.saturating_sub(shown_infos), "info"),
        ];
        let parts: Vec<String> = hidden
            .iter()
            .filter(|(n, _)| *n > 0)
            .map(|(n, word)| super::plural(*n, word))
            .collect();
        if !parts.is_empty() {
            let whereto = match summary {
                StepSummary::Complete => "the job summary lists every finding",
                StepSummary::Cut => {
                    "the job summary lists only the first ones (GitHub's 1 MiB limit): run factlint check on the same files for every finding"
                }
                StepSummary::Absent => "run factlint check on the same files for every finding",
            };
            text.push_str(&format!(
                "::notice title=factlint::{}\n",
                escape_data(&format!(
                    "{} more not shown as annotations (GitHub shows {CAP_PER_LEVEL} per level); {whereto}",
                    parts.join(", ")
                ))
            ));
        }
        text.push_str(&format!(
            "factlint: {}, {}, {} in {} ({}){}\n",
            super::plural(errors, "error"),
            super::plural(warnings, "warning"),
            super::plural(infos, "info"),
            super::plural(report.documents, "document"),
            super::coverage_phrase(report),
            super::unreadable_phrase(report),
        ));
        out(&text);
    }
}

/// `::error file=…,line=…::message` for one finding.
fn command(f: &Finding) -> String {
    let level = match f.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "notice",
    };
    let mut props = vec![
        ("file", f.path.clone()),
        ("line", f.line.to_string()),
        ("endLine", f.end_line.to_string()),
    ];
    // GitHub reads columns only when the annotation stays on one line.
    if f.line == f.end_line {
        props.push(("col", f.column.to_string()));
        props.push(("endColumn", f.end_column.to_string()));
    }
    props.push(("title", format!("factlint {}", f.rule)));
    let props: Vec<String> = props
        .iter()
        .map(|(k, v)| format!("{k}={}", escape_property(v)))
        .collect();
    let mut message = f.message.clone();
    if let Some(r) = &f.reference {
        message.push_str(&format!("\nreference: {}", r.id));
        if let Some(source) = &r.source {
            message.push_str(&format!(" — {source}"));
        }
    }
    if let Some((s, _)) = super::shown_suggestion(f) {
        message.push_str(&format!("\nsuggestion: {s}"));
    }
    format!("::{level} {}::{}", props.join(","), escape_data(&message))
}

/// The toolkit's `escapeData` (`%`, CR and LF, which the runner decodes
/// inside the annotation), and every other control character (C0, DEL,
/// C1, from a file name or a reference's `source:`) written visibly: the
/// runner's log would pass an escape sequence or a bell on raw.
pub fn escape_data(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '%' => out.push_str("%25"),
            '\r' => out.push_str("%0D"),
            '\n' => out.push_str("%0A"),
            c if crate::escape::is_control(c) => crate::escape::push_visible(c, &mut out),
            c => out.push(c),
        }
    }
    out
}

/// The toolkit's `escapeProperty`: as data, plus `:` and `,`.
pub fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::fixtures;

    #[test]
    fn escaping_follows_the_toolkit() {
        assert_eq!(escape_data("50% a\r\nb:c,d"), "50%25 a%0D%0Ab:c,d");
        assert_eq!(escape_property("a:b,c%\n"), "a%3Ab%2Cc%25%0A");
        // Every other control character is shown, not passed on.
        assert_eq!(
            escape_data("src \u{1b}[2J\u{7}\u{7f}\u{9b}\t"),
            "src \\u{1b}[2J\\u{7}\\u{7f}\\u{9b}\\t"
        );
        assert_eq!(escape_property("a\u{1b},b"), "a\\u{1b}%2Cb");
    }

    #[test]
    fn one_command_per_finding() {
        let doc = fixtures::document();
        let mut f = fixtures::fact_mismatch(&doc);
        f.path = "dir/a,b:c.md".into();
        let out = render(&CheckReport {
            documents: 1,
            claims: 4,
            findings: vec![f],
            ..Default::default()
        });
        let first = out.lines().next().unwrap();
        assert!(first.starts_with(
            "::error file=dir/a%2Cb%3Ac.md,line=5,endLine=5,col=14,endColumn=28,title=factlint fact-mismatch::claims more than 800 troops"
        ), "{first}");
        assert!(first.contains("%0Asuggestion: about 650 units"));
        assert!(!out.contains("::notice"));
    }

    #[test]
    fn past_the_cap_one_notice_counts_the_rest() {
        let doc = fixtures::document();
        let mut findings = Vec::new();
        for _ in 0..13 {
            findings.push(fixtures::fact_mismatch(&doc));
        }
        for _ in 0..12 {
            let mut f = fixtures::fact_mismatch(&doc);
            f.severity = Severity::Info;
            findings.push(f);
        }
        let out = render(&CheckReport {
            documents: 1,
            claims: 25,
            findings,
            ..Default::default()
        });
        let count = |p: &str| out.lines().filter(|l| l.starts_with(p)).count();
        assert_eq!(count("::error "), 10);
        assert_eq!(count("::notice "), 10, "9 infos and the overflow notice");
        assert!(
            out.contains("::notice title=factlint::3 errors, 3 infos more not shown"),
            "{out}"
        );
        assert!(
            out.contains("; the job summary lists every finding\n"),
            "{out}"
        );
        let report = CheckReport {
            findings: out_findings(),
            ..Default::default()
        };
        // A cut summary is not where the rest are: the notice says so.
        let cut = render_with(&report, StepSummary::Cut);
        assert!(
            cut.contains("the job summary lists only the first ones (GitHub's 1 MiB limit): run factlint check on the same files for every finding\n"),
            "{cut}"
        );
        let absent = render_with(&report, StepSummary::Absent);
        assert!(!absent.contains("job summary"), "{absent}");
        assert!(absent.contains("more not shown as annotations"), "{absent}");
    }

    fn out_findings() -> Vec<Finding> {
        let doc = fixtures::document();
        (0..11).map(|_| fixtures::fact_mismatch(&doc)).collect()
    }
}
