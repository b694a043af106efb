//! `markdown`: a report for a pull-request comment, a job summary
//! (`$GITHUB_STEP_SUMMARY`) or an editor — a summary table, then for each
//! document each finding with its reference, source and a diff.
//!
//! Text from articles and reference data is escaped, and code spans and
//! fences are made longer than any backtick run inside them, so an article
//! cannot break the report's layout.

use std::fmt::Write as _;

use super::{coverage_phrase, human, plural, printable, unreadable_count, CheckReport};
use crate::check::finding::{Finding, Severity};

/// The whole report as GitHub-flavoured Markdown.
pub fn render(report: &CheckReport) -> String {
    render_within(report, usize::MAX).text
}

/// GitHub's limit on one step's job summary (`$GITHUB_STEP_SUMMARY`):
/// 1024 KiB; a larger summary is not shown at all.
pub const STEP_SUMMARY_LIMIT: usize = 1024 * 1024;

/// A report cut to fit a size.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bounded {
    /// The Markdown, at most the size asked for.
    pub text: String,
    /// How many findings it leaves out (0: the whole report).
    pub left_out: usize,
}

/// What the notice closing a cut report needs, at most (its numbers are
/// at most 20 digits each).
const CUT_NOTICE_ROOM: usize = 600;

/// The report as [`render`] writes it, in at most `limit` bytes: the
/// counts always, then as many rows of the table and as many findings as
/// fit, in report order, and a closing notice that says how many findings
/// and documents were left out and where to find them all. Nothing past
/// the limit is rendered, so a huge run costs no more than the limit.
pub fn render_within(report: &CheckReport, limit: usize) -> Bounded {
    let (errors, warnings, infos) = report.counts();
    let mut out = String::from("# factlint report\n\n");
    let _ = writeln!(
        out,
        "{}, {}, {} in {} ({}).{}\n",
        bold_if(plural(errors, "error"), errors > 0),
        bold_if(plural(warnings, "warning"), warnings > 0),
        plural(infos, "info"),
        plural(report.documents, "document"),
        escape(&coverage_phrase(report)),
        match unreadable_count(report) {
            s if s.is_empty() => s,
            s => format!(" **{s}.**"),
        },
    );
    if report.unused_references > 0 {
        let ids: Vec<String> = report.unused_ids.iter().map(|id| code(id)).collect();
        let more = report.unused_references.saturating_sub(ids.len());
        let more = if more > 0 {
            format!(" and {more} more")
        } else {
            String::new()
        };
        // Folded: with shared reference data most items are about other
        // articles, and the list would push the findings down.
        let _ = writeln!(
            out,
            "<details><summary>{} matched no claim</summary>\n\n{}{more}.\n\n</details>\n",
            plural(report.unused_references, "reference"),
            ids.join(", ")
        );
    }
    let groups: Vec<(&str, Vec<&Finding>)> = report
        .documents_with_findings()
        .into_iter()
        .filter(|(_, findings)| !findings.is_empty())
        .collect();
    if groups.is_empty() {
        out.push_str("No findings.\n");
        return Bounded {
            text: out,
            left_out: 0,
        };
    }
    // The head is small and bounded (20 unused ids at most); what follows
    // is added only while it fits. When not all of it does, the report is
    // taken back to the last piece that leaves room for the closing notice.
    let mut budget = Budget::new(out, limit);
    let counts = report.coverage_by_path();
    budget.push(
        "| Document | Errors | Warnings | Infos | Claims | Agree | Mismatch | Unchecked |\n\
         |---|---:|---:|---:|---:|---:|---:|---:|\n",
    );
    let mut rows = 0;
    for (path, findings) in &groups {
        let n = |s: Severity| findings.iter().filter(|f| f.severity == s).count();
        let claims = match counts.get(path) {
            Some(d) => format!(
                "{} | {} | {} | {}",
                d.coverage.claims(),
                d.coverage.agree,
                d.coverage.mismatch,
                d.coverage.unchecked
            ),
            None => "– | – | – | –".to_owned(),
        };
        let row = format!(
            "| {} | {} | {} | {} | {claims} |\n",
            code(path).replace('|', "\\|"),
            n(Severity::Error),
            n(Severity::Warning),
            n(Severity::Info)
        );
        if !budget.push(&row) {
            break;
        }
        rows += 1;
        budget.mark(rows, 0);
    }
    let clean = report.documents.saturating_sub(groups.len());
    if clean > 0 && rows == groups.len() {
        budget.push(&format!(
            "\n{} without findings.\n",
            plural(clean, "other document")
        ));
    }
    let mut shown = 0;
    'groups: for (path, findings) in &groups {
        let mut heading = Some(format!("\n## {}\n", code(path)));
        for f in findings {
            let mut text = heading.take().unwrap_or_default();
            finding(&mut text, f);
            if !budget.push(&text) {
                break 'groups;
            }
            shown += 1;
            budget.mark(rows, shown);
        }
    }
    let (mut out, rows, shown) = budget.finish(rows, shown);
    let left_out = report.findings.len() - shown;
    if left_out > 0 {
        let documents = groups.len() - rows;
        let rows_note = if documents > 0 {
            format!(
                " The table leaves out {} with findings.",
                plural(documents, "document")
            )
        } else {
            String::new()
        };
        let notice = format!(
            "\n---\n\n**{} not shown: this report is cut to {} KiB.**{rows_note} \
             For every finding, run `factlint check` on the same files, or keep \
             `--format markdown --output factlint.md` as a build artifact.\n",
            plural(left_out, "more finding"),
            limit.div_ceil(1024)
        );
        // Only a limit smaller than the notice itself can cut into it.
        if out.len() + notice.len() <= limit {
            out.push_str(&notice);
        }
    }
    Bounded {
        text: out,
        left_out,
    }
}

/// Text added piece by piece while it fits: once one piece does not, no
/// later one is added either, so the report stays in order.
struct Budget {
    out: String,
    /// The most bytes `out` may hold.
    limit: usize,
    /// A piece did not fit.
    full: bool,
    /// The last place that leaves room for the closing notice: the length
    /// of `out` there, and the table rows and findings written up to it.
    mark: (usize, usize, usize),
}

impl Budget {
    fn new(out: String, limit: usize) -> Budget {
        let mark = (out.len(), 0, 0);
        Budget {
            out,
            limit,
            full: false,
            mark,
        }
    }

    /// Add `text` if it fits; whether it was added.
    fn push(&mut self, text: &str) -> bool {
        if self.full || self.out.len() + text.len() > self.limit {
            self.full = true;
            return false;
        }
        self.out.push_str(text);
        true
    }

    /// Remember this place, with the rows and findings written so far, if
    /// the closing notice would still fit after it.
    fn mark(&mut self, rows: usize, shown: usize) {
        if self.out.len() + CUT_NOTICE_ROOM <= self.limit {
            self.mark = (self.out.len(), rows, shown);
        }
    }

    /// The text and the rows and findings it holds: all of it when every
    /// piece fitted, else cut back to the last mark.
    fn finish(mut self, rows: usize, shown: usize) -> (String, usize, usize) {
        if !self.full {
            return (self.out, rows, shown);
        }
        let (len, rows, shown) = self.mark;
        self.out.truncate(len);
        (self.out, rows, shown)
    }
}

fn finding(out: &mut String, f: &Finding) {
    let icon = match f.severity {
        Severity::Error => "🔴",
        Severity::Warning => "🟠",
        Severity::Info => "🔵",
    };
    let _ = writeln!(
        out,
        "\n### {icon} {} {} — line {}, column {}\n",
        f.severity.name(),
        code(f.rule),
        f.line,
        f.column
    );
    let _ = writeln!(out, "{}\n", escape(&printable(&f.message)));
    let _ = writeln!(out, "- **Claim:** {}", code(&f.claim.text));
    if let Some(r) = &f.reference {
        let _ = writeln!(
            out,
            "- **Reference:** {}",
            escape(&printable(&human::describe_reference(r)))
        );
        if let Some(source) = &r.source {
            let _ = writeln!(out, "- **Source:** {}", escape(&printable(source)));
        }
    }
    if let Some((s, safe)) = super::shown_suggestion(f) {
        let how = if safe {
            "applied by `--fix`"
        } else {
            "review before applying"
        };
        let _ = writeln!(out, "- **Suggestion:** {} ({how})", code(s));
        for alternative in f.alternatives.iter().filter(|a| a.as_str() != s) {
            let _ = writeln!(out, "- **Or:** {}", code(alternative));
        }
    }
    if let Some(fixed) = &f.context.sentence_fixed {
        if *fixed != f.context.sentence {
            let (old, new) = (printable(&f.context.sentence), printable(fixed));
            let fence = fence_for(&format!("{old}{new}"));
            let _ = writeln!(out, "\n{fence}diff\n- {old}\n+ {new}\n{fence}");
        }
    }
}

fn bold_if(text: String, bold: bool) -> String {
    if bold {
        format!("**{text}**")
    } else {
        text
    }
}

/// Inline code that survives any backticks in `text`.
pub fn code(text: &str) -> String {
    let text = printable(text);
    let ticks = "`".repeat(longest_backtick_run(&text) + 1);
    let pad = if text.starts_with('`') || text.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{ticks}{pad}{text}{pad}{ticks}")
}

/// A code fence longer than any backtick run in `text` (at least three).
fn fence_for(text: &str) -> String {
    "`".repeat((longest_backtick_run(text) + 1).max(3))
}

fn longest_backtick_run(text: &str) -> usize {
    text.split(|c| c != '`').map(str::len).max().unwrap_or(0)
}

/// Backslash-escape the characters Markdown could read as markup.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '!' | '{' | '}'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::fixtures;

    #[test]
    fn report_layout() {
        let doc = fixtures::document();
        let out = render(&CheckReport {
            documents: 2,
            claims: 4,
            findings: vec![fixtures::fact_mismatch(&doc), fixtures::date_mismatch(&doc)],
            ..Default::default()
        });
        assert!(out.starts_with("# factlint report\n\n**2 errors**, 0 warnings"));
        assert!(out.contains("| `fixtures/articles/rome.txt` | 2 | 0 | 0 |"));
        assert!(out.contains("1 other document without findings."));
        assert!(out.contains("- **Suggestion:** `about 650 units` (applied by `--fix`)"));
        assert!(out.contains("```diff\n- “Italy, with over 800 units"));
        assert!(out.contains("+ “Italy, with about 650 units"));
        assert_eq!(
            render(&CheckReport::default()).lines().last(),
            Some("No findings.")
        );
    }

    fn many(n: usize) -> CheckReport {
        let doc = fixtures::document();
        let findings: Vec<Finding> = (0..n)
            .map(|i| {
                let mut f = fixtures::fact_mismatch(&doc);
                f.path = format!("doc-{:03}.txt", i / 2);
                f
            })
            .collect();
        CheckReport {
            documents: n / 2 + 5,
            claims: n,
            findings,
            ..Default::default()
        }
    }

    #[test]
    fn a_report_within_its_limit_is_the_whole_report() {
        let report = many(40);
        let whole = render(&report);
        let bounded = render_within(&report, whole.len());
        assert_eq!(bounded.text, whole);
        assert_eq!(bounded.left_out, 0);
    }

    /// Cut to a limit: never over it, the counts first, findings in order
    /// up to where they stop fitting, and a notice that counts the rest.
    #[test]
    fn a_report_over_its_limit_is_cut_in_order_with_a_notice() {
        let report = many(400);
        let whole = render(&report);
        for limit in [2_000, 10_000, 50_000, whole.len() - 1] {
            let cut = render_within(&report, limit);
            assert!(cut.text.len() <= limit, "{limit}: {}", cut.text.len());
            assert!(cut.left_out > 0, "{limit}");
            let shown = cut.text.matches("\n### ").count();
            assert_eq!(shown + cut.left_out, 400, "{limit}");
            assert!(cut.text.starts_with("# factlint report\n\n**400 errors**"));
            // What is shown is the whole report's beginning, to the notice.
            let body = cut.text.split("\n---\n\n**").next().unwrap();
            assert!(whole.starts_with(body), "{limit}");
            assert!(
                cut.text.contains(&format!(
                    "**{} not shown: this report is cut to {} KiB.**",
                    plural(cut.left_out, "more finding"),
                    limit.div_ceil(1024)
                )),
                "{}",
                cut.text
            );
        }
        // So small that not every table row fits: the notice counts them.
        let cut = render_within(&report, 2_000);
        assert_eq!(cut.left_out, 400);
        assert!(cut.text.contains("The table leaves out "), "{}", cut.text);
        assert!(!cut.text.contains("without findings"));
    }

    #[test]
    fn hostile_text_stays_inert() {
        assert_eq!(code("a`b"), "``a`b``");
        assert_eq!(code("`x"), "`` `x ``");
        assert_eq!(escape("<img> *x* | y"), "\\<img\\> \\*x\\* \\| y");
        assert_eq!(fence_for("``` inside"), "````");
    }
}
