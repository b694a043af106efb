//! `markdown`: a report for a pull-request comment, a job summary
//! (`$GITHUB_STEP_SUMMARY`) or an editor — a summary table, then for each
//! document each finding with its reference, source and a diff.
//!
//! Text from articles and reference data is escaped, and code spans and
//! fences are made longer than any backtick run inside them, so an article
//! cannot break the report's layout.

use std::fmt::Write as _;

use super::spill::Spill;
use super::{
    coverage_phrase, human, plural, printable, unreadable_count, CheckReport, DocumentCoverage,
};
use crate::check::finding::{Finding, Severity};

/// The whole report as GitHub-flavoured Markdown.
pub fn render(report: &CheckReport) -> String {
    let mut stream = Stream::new();
    stream.groups_of(report);
    let mut out = String::new();
    let _ = stream.finish(report, &mut |piece| out.push_str(piece));
    out
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
    let mut stream = Stream::bounded(limit);
    stream.groups_of(report);
    stream.finish_within(report, limit)
}

/// The head of the report: its counts and the unused references.
fn head(report: &CheckReport, (errors, warnings, infos): (usize, usize, usize)) -> String {
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
    out
}

/// The table's head, before its rows.
const TABLE_HEAD: &str =
    "| Document | Errors | Warnings | Infos | Claims | Agree | Mismatch | Unchecked |\n\
                          |---|---:|---:|---:|---:|---:|---:|---:|\n";

/// "\n3 other documents without findings.\n"
fn clean_line(clean: usize) -> String {
    format!("\n{} without findings.\n", plural(clean, "other document"))
}

/// The report written as it goes: each finding's section and each
/// document's table row is rendered when settled, into [`Spill`]s (memory,
/// then temporary files), and the report written once the run's counts,
/// which its head holds, are known. A bounded stream
/// ([`Stream::bounded`]) keeps no more than its cap of either, since no
/// more can be shown. The same bytes as [`render`] and [`render_within`]
/// for findings that come in path order (a path's documents adjacent, as
/// the CLI has them).
pub struct Stream {
    /// The most bytes of rows, and of sections, that are kept
    /// (`usize::MAX`: every one).
    cap: usize,
    rows: Held,
    sections: Held,
    /// Paths with findings (rows of the table).
    groups: usize,
    findings: usize,
    /// Errors, warnings, infos pushed.
    counts: (usize, usize, usize),
    /// The path being read, with its findings so far.
    run: Option<Run>,
    /// Whether a document is being read (a finding of it came, its counts
    /// not yet).
    open: bool,
}

/// Rendered pieces (rows or findings) kept in order, up to the stream's
/// cap, with their lengths when the stream is bounded.
struct Held {
    text: Spill,
    /// Each kept piece's length (bounded streams only).
    lengths: Vec<usize>,
    bytes: usize,
    /// A piece was past the cap: it and every later one are not kept.
    full: bool,
}

impl Held {
    fn new() -> Held {
        Held {
            text: Spill::new(),
            lengths: Vec::new(),
            bytes: 0,
            full: false,
        }
    }

    fn push(&mut self, piece: &str, cap: usize) {
        if cap == usize::MAX {
            self.text.push_str(piece);
            return;
        }
        // Past the cap it could never fit (the kept pieces before it come
        // first), so it is not kept.
        if self.full || self.bytes.saturating_add(piece.len()) > cap {
            self.full = true;
            return;
        }
        self.bytes += piece.len();
        self.lengths.push(piece.len());
        self.text.push_str(piece);
    }
}

/// One path's findings, being read.
struct Run {
    path: String,
    /// The counts of the path's first document.
    counts: Option<DocumentCoverage>,
    /// Its errors, warnings and infos.
    n: (usize, usize, usize),
}

impl Default for Stream {
    fn default() -> Self {
        Stream::new()
    }
}

impl Stream {
    /// A stream that keeps every row and finding (spilled once large).
    pub fn new() -> Stream {
        Stream::bounded(usize::MAX)
    }

    /// A stream for a report of at most `cap` bytes
    /// ([`Stream::finish_within`]).
    pub fn bounded(cap: usize) -> Stream {
        Stream {
            cap,
            rows: Held::new(),
            sections: Held::new(),
            groups: 0,
            findings: 0,
            counts: (0, 0, 0),
            run: None,
            open: false,
        }
    }

    /// [`render`]'s groups: each path with its findings.
    fn groups_of(&mut self, report: &CheckReport) {
        let counts = report.coverage_by_path();
        for (path, findings) in report.documents_with_findings() {
            self.close();
            self.open(path).counts = counts.get(path).map(|c| (*c).clone());
            for f in findings {
                self.push(f);
            }
            self.close();
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
        let run = self.open(&f.path);
        let mut text = if run.n == (0, 0, 0) {
            format!("\n## {}\n", code(&run.path))
        } else {
            String::new()
        };
        count(&mut run.n, f.severity);
        count(&mut self.counts, f.severity);
        finding(&mut text, f);
        self.sections.push(&text, self.cap);
        self.findings += 1;
    }

    /// The counts of the document whose findings were pushed (or of one
    /// without findings); the next finding is another document's.
    pub fn document_after(&mut self, counts: &DocumentCoverage) {
        let run = self.open(&counts.path);
        run.counts.get_or_insert_with(|| counts.clone());
        self.open = false;
    }

    /// The run of a document of `path` being read: the open one when the
    /// path is the same (a path's findings are one group), else the next.
    fn open(&mut self, path: &str) -> &mut Run {
        if !self.open {
            self.open = true;
            if self.run.as_ref().is_some_and(|r| r.path != path) {
                self.close();
                self.open = true;
            }
        }
        self.run.get_or_insert_with(|| Run {
            path: path.to_owned(),
            counts: None,
            n: (0, 0, 0),
        })
    }

    /// The table row of the run being read, if it has findings.
    fn close(&mut self) {
        self.open = false;
        let Some(run) = self.run.take() else {
            return;
        };
        if run.n == (0, 0, 0) {
            return;
        }
        let claims = match &run.counts {
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
            code(&run.path).replace('|', "\\|"),
            run.n.0,
            run.n.1,
            run.n.2
        );
        self.rows.push(&row, self.cap);
        self.groups += 1;
    }

    /// The whole report to `out`, with the counts of `report` (its findings
    /// are not read: they were pushed). An error if the rows or findings
    /// could not be kept or read back.
    pub fn finish(mut self, report: &CheckReport, out: &mut dyn FnMut(&str)) -> Result<(), String> {
        if self.cap != usize::MAX {
            let cap = self.cap;
            out(&self.finish_within(report, cap).text);
            return Ok(());
        }
        self.close();
        out(&head(report, self.counts));
        if self.groups == 0 {
            out("No findings.\n");
            return Ok(());
        }
        out(TABLE_HEAD);
        let rows = self.rows.text.drain(out);
        let clean = report.documents.saturating_sub(self.groups);
        if clean > 0 {
            out(&clean_line(clean));
        }
        let sections = self.sections.text.drain(out);
        rows.and(sections)
    }

    /// The report in at most `limit` bytes, as [`render_within`] writes
    /// it; `limit` is at most the stream's cap (rows and findings past the
    /// cap were not kept).
    pub fn finish_within(mut self, report: &CheckReport, limit: usize) -> Bounded {
        self.close();
        let mut out = head(report, self.counts);
        if self.groups == 0 {
            out.push_str("No findings.\n");
            return Bounded {
                text: out,
                left_out: 0,
            };
        }
        if self.cap == usize::MAX {
            // Kept whole: nothing to cut (a limit below the whole needs a
            // bounded stream).
            let mut all = String::new();
            let _ = self.finish(report, &mut |piece| all.push_str(piece));
            return Bounded {
                text: all,
                left_out: 0,
            };
        }
        let clean = report.documents.saturating_sub(self.groups);
        let clean_text = clean_line(clean);
        // The pieces added while they fit, as [`Budget`] adds them; a piece
        // not kept did not fit. When not all fit, the report is taken back
        // to the last place that leaves room for the closing notice.
        let mut budget = Budget::new(out, limit);
        let mut len = budget.out.len();
        let fits = |budget: &mut Budget, len: &mut usize, n: Option<usize>| -> bool {
            match n {
                Some(n) if !budget.full && *len + n <= limit => {
                    *len += n;
                    true
                }
                _ => {
                    budget.full = true;
                    false
                }
            }
        };
        fits(&mut budget, &mut len, Some(TABLE_HEAD.len()));
        let mut rows = 0;
        for k in 0..self.groups {
            if !fits(&mut budget, &mut len, self.rows.lengths.get(k).copied()) {
                break;
            }
            rows += 1;
            mark(&mut budget, len, rows, 0);
        }
        let with_clean = clean > 0 && rows == self.groups;
        if with_clean {
            fits(&mut budget, &mut len, Some(clean_text.len()));
        }
        let mut shown = 0;
        for k in 0..self.findings {
            if !fits(&mut budget, &mut len, self.sections.lengths.get(k).copied()) {
                break;
            }
            shown += 1;
            mark(&mut budget, len, rows, shown);
        }
        let (len, rows, shown) = if budget.full {
            budget.mark
        } else {
            (len, rows, shown)
        };
        // The text is the pieces' beginning, to that place.
        let mut out = budget.out;
        let mut emit = |piece: &str| {
            let room = len.saturating_sub(out.len());
            out.push_str(piece.get(..piece.len().min(room)).unwrap_or(""));
        };
        emit(TABLE_HEAD);
        let _ = self.rows.text.drain(&mut emit);
        if with_clean {
            emit(&clean_text);
        }
        let _ = self.sections.text.drain(&mut emit);
        let left_out = self.findings - shown;
        if left_out > 0 {
            let documents = self.groups - rows;
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
}

/// Count one more finding of `severity` in (errors, warnings, infos).
fn count((errors, warnings, infos): &mut (usize, usize, usize), severity: Severity) {
    match severity {
        Severity::Error => *errors += 1,
        Severity::Warning => *warnings += 1,
        Severity::Info => *infos += 1,
    }
}

/// Remember `len` with the rows and findings written up to it, if the
/// closing notice would still fit after it.
fn mark(budget: &mut Budget, len: usize, rows: usize, shown: usize) {
    if len + CUT_NOTICE_ROOM <= budget.limit {
        budget.mark = (len, rows, shown);
    }
}

/// The place a cut report is taken back to: the head's end, then the last
/// mark.
struct Budget {
    /// The head.
    out: String,
    /// The most bytes the report may hold.
    limit: usize,
    /// A piece did not fit.
    full: bool,
    /// The last place that leaves room for the closing notice: the length
    /// of the report there, and the table rows and findings written up to
    /// it.
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
