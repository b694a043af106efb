//! `human`: rustc-style diagnostics for a terminal.
//!
//! ```text
//! error[fact-mismatch]: claims more than 800 troops; reference says 650 (as of 2021-06)
//!  --> fixtures/articles/rome.txt:5:14
//!   |
//! 5 | “Italy, with over 800 units between Iraq and Kuwait, will continue …
//!   |              ^^^^^^^^^^^^^^ more than 800 units
//!   |
//!   = reference: italy/troops-iraq-kuwait = 650 troops (as of 2021-06) — rules/coalition.yaml:9
//!   = source: Italian Ministry of Defence, 2021 deployment figures
//!   = suggestion: about 650 units
//!   = diff: “Italy, with [-over 800-]{+about 650+} units between …
//!   = help: run `factlint rules fact-mismatch` for details
//! ```
//!
//! Not a contract (JSON is): the layout may change to read better.

use std::fmt::Write as _;

use super::{
    claim_counts, coverage_phrase, format_number, plural, printable, serde_name, unreadable_phrase,
    unused_list, word_pieces, CheckReport, DocumentCoverage, RenderOptions, WordPiece,
};
use crate::check::finding::{Finding, ReferenceCite, Severity};

const BOLD: &str = "1";
const GUTTER: &str = "1;34";
const DELETED: &str = "31";
const INSERTED: &str = "32";
const OK: &str = "1;32";
const UNDERLINE: &str = "1;4";

/// Wraps text in ANSI SGR codes, or leaves it alone when colour is off.
#[derive(Clone, Copy)]
struct Painter {
    color: bool,
}

impl Painter {
    fn paint(self, text: &str, style: &str) -> String {
        if self.color && !text.is_empty() {
            format!("\x1b[{style}m{text}\x1b[0m")
        } else {
            text.to_owned()
        }
    }
}

fn severity_style(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "1;31",
        Severity::Warning => "1;33",
        Severity::Info => "1;36",
    }
}

/// Render every finding, a blank line between them, then the summary line.
pub fn render(report: &CheckReport, opts: &RenderOptions) -> String {
    let mut stream = Stream::new(opts);
    let mut out = String::new();
    let mut emit = |text: &str| out.push_str(text);
    let by_path = report.coverage_by_path();
    for (path, findings) in report.documents_with_findings() {
        if let Some(c) = by_path.get(path) {
            stream.document((*c).clone());
        }
        for f in findings {
            stream.push(f.clone(), &mut emit);
        }
    }
    // A stream that never spills has no temporary file to fail.
    let _ = stream.finish(report, &mut emit);
    out
}

use super::spill::Spill;
#[cfg(test)]
use super::spill::SPILL_BYTES;

/// The human report rendered piece by piece, findings in report order, so
/// that a run need not keep them all: only the current file's group is held
/// (its heading counts its findings), and the first group until a second
/// file shows that headings are needed. The group is held rendered, and a
/// [`Stream::spilling`] stream keeps a large one in an unnamed temporary
/// file, so one long document's report is never held in memory.
pub struct Stream {
    painter: Painter,
    quiet: bool,
    /// The group not yet written: consecutive findings of one path.
    held: Held,
    /// Whether a large held group goes to a temporary file.
    spill: bool,
    /// Why a held group could not be kept or read back, if so.
    error: Option<String>,
    /// Groups rendered so far.
    groups: usize,
    /// With findings in several files, each file's group gets a heading.
    headed: bool,
    /// Findings pushed at each severity: errors, warnings, infos.
    counts: (usize, usize, usize),
    /// The counts of the document last announced ([`Stream::document`]).
    document: Option<DocumentCoverage>,
    /// The claim counts of the held group's document, for its heading.
    pending_coverage: Option<DocumentCoverage>,
    verbose: bool,
    /// With `verbose`, one line per document announced: its counts.
    document_lines: String,
}

/// The held group: its path, its counts, and its findings rendered.
#[derive(Default)]
struct Held {
    path: Option<String>,
    findings: usize,
    /// Errors, warnings, infos in the group.
    counts: (usize, usize, usize),
    text: Spill,
}

impl Held {
    /// An empty group whose text spills to a temporary file or not.
    fn new(spill: bool) -> Held {
        Held {
            text: if spill {
                Spill::new()
            } else {
                Spill::in_memory()
            },
            ..Held::default()
        }
    }
}

impl Stream {
    /// A stream that holds each group in memory.
    pub fn new(opts: &RenderOptions) -> Stream {
        Stream {
            painter: Painter { color: opts.color },
            quiet: opts.quiet,
            held: Held::new(false),
            spill: false,
            error: None,
            groups: 0,
            headed: false,
            counts: (0, 0, 0),
            document: None,
            pending_coverage: None,
            verbose: opts.verbose,
            document_lines: String::new(),
        }
    }

    /// A stream that keeps a large group in a temporary file, so its
    /// memory does not grow with one document's findings.
    pub fn spilling(opts: &RenderOptions) -> Stream {
        Stream {
            held: Held::new(true),
            spill: true,
            ..Stream::new(opts)
        }
    }

    /// Announce the document whose findings come next, with its claim
    /// counts (shown in its heading).
    pub fn document(&mut self, coverage: DocumentCoverage) {
        self.document_line(&coverage);
        self.document = Some(coverage);
    }

    /// Announce the counts of the document whose findings were just pushed
    /// (a document checked a window at a time knows them only at its end).
    pub fn document_after(&mut self, coverage: DocumentCoverage) {
        self.document_line(&coverage);
        if self.held.path.as_deref() == Some(coverage.path.as_str()) {
            self.pending_coverage = Some(coverage);
        }
    }

    fn document_line(&mut self, coverage: &DocumentCoverage) {
        if self.verbose && !self.quiet {
            let c = coverage.coverage;
            let _ = writeln!(
                self.document_lines,
                "{}: {}; {} unused",
                printable(&coverage.path),
                claim_counts(c.claims(), c),
                plural(coverage.unused_references, "reference")
            );
        }
    }

    /// Add the next finding; whatever can be rendered already goes to `out`.
    pub fn push(&mut self, f: Finding, out: &mut dyn FnMut(&str)) {
        if self.held.path.as_ref().is_some_and(|p| *p != f.path) {
            self.headed = true;
            self.flush(out);
        }
        let (e, w, i) = &mut self.counts;
        let (ge, gw, gi) = &mut self.held.counts;
        match f.severity {
            Severity::Error => (*e, *ge) = (*e + 1, *ge + 1),
            Severity::Warning => (*w, *gw) = (*w + 1, *gw + 1),
            Severity::Info => (*i, *gi) = (*i + 1, *gi + 1),
        }
        if self.held.findings == 0 {
            self.pending_coverage = self.document.take().filter(|d| d.path == f.path);
            self.held.path = Some(f.path.clone());
        } else {
            self.held.text.memory().push('\n');
        }
        self.held.findings += 1;
        render_finding(self.held.text.memory(), &f, self.painter);
        self.held.text.settle();
    }

    /// Write the held group out, with its heading if headings are needed.
    fn flush(&mut self, out: &mut dyn FnMut(&str)) {
        let mut held = std::mem::replace(&mut self.held, Held::new(self.spill));
        let coverage = self.pending_coverage.take();
        let Some(path) = held.path.take() else {
            return;
        };
        if self.groups > 0 {
            out("\n");
        }
        self.groups += 1;
        if self.headed {
            let (e, w, i) = held.counts;
            let claims = coverage
                .map(|c| format!("; {}", claim_counts(c.coverage.claims(), c.coverage)))
                .unwrap_or_default();
            out(&format!(
                "{} ({}, {}, {}{claims})\n\n",
                self.painter.paint(&printable(&path), UNDERLINE),
                plural(e, "error"),
                plural(w, "warning"),
                plural(i, "info")
            ));
        }
        if let Err(e) = held.text.drain(out) {
            self.error.get_or_insert(e);
        }
    }

    /// Render the last group and, unless quiet, the summary line with the
    /// counts of `report` (its findings are not read: they were pushed).
    /// An error if a held group could not be kept or read back.
    pub fn finish(mut self, report: &CheckReport, out: &mut dyn FnMut(&str)) -> Result<(), String> {
        self.flush(out);
        if !self.quiet {
            let mut text = String::new();
            if self.groups > 0 {
                text.push('\n');
            }
            text.push_str(&self.document_lines);
            if self.verbose && report.unused_references > 0 {
                let _ = writeln!(
                    text,
                    "{}: {} matched no claim: {}",
                    self.painter.paint("note", BOLD),
                    plural(report.unused_references, "reference"),
                    printable(&unused_list(report))
                );
            }
            text.push_str(&summary(report, self.counts, self.painter));
            text.push('\n');
            out(&text);
        }
        match self.error {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }
}

/// `error: 1 error, 0 warnings, 0 infos in 1 document (6 claims: 3 agree,
/// 1 mismatch, 2 unchecked; 0 of 4 references unused)`, or `ok: no
/// findings in 1 document (…)`; never `ok` when an input could not be read.
fn summary(
    report: &CheckReport,
    (errors, warnings, infos): (usize, usize, usize),
    p: Painter,
) -> String {
    let scope = format!(
        "in {} ({}){}",
        plural(report.documents, "document"),
        coverage_phrase(report),
        unreadable_phrase(report)
    );
    let unchecked = report.coverage.unchecked;
    let failing = report.fail_unchecked && unchecked > 0;
    let level = if errors > 0 || report.unreadable > 0 || failing {
        Severity::Error
    } else if warnings > 0 {
        Severity::Warning
    } else if infos > 0 {
        Severity::Info
    } else {
        return format!("{}: no findings {scope}", p.paint("ok", OK));
    };
    let level = p.paint(level.name(), severity_style(level));
    if errors + warnings + infos == 0 && failing {
        return format!(
            "{level}: no findings, but {} unchecked (--fail-on unchecked) {scope}",
            plural(unchecked, "claim")
        );
    }
    if errors + warnings + infos == 0 {
        return format!("{level}: no findings {scope}");
    }
    format!(
        "{level}: {}, {}, {} {scope}",
        plural(errors, "error"),
        plural(warnings, "warning"),
        plural(infos, "info"),
    )
}

fn render_finding(out: &mut String, f: &Finding, p: Painter) {
    let severity = severity_style(f.severity);
    let _ = writeln!(
        out,
        "{}{}",
        p.paint(&format!("{}[{}]", f.severity.name(), f.rule), severity),
        p.paint(&format!(": {}", printable(&f.message)), BOLD)
    );

    let width = f.line.to_string().len();
    let pad = " ".repeat(width);
    let bar = p.paint("|", GUTTER);
    let _ = writeln!(
        out,
        "{pad}{} {}:{}:{}",
        p.paint("-->", GUTTER),
        printable(&f.path),
        f.line,
        f.column
    );

    let ctx = &f.context;
    if !ctx.line_text.is_empty() {
        let _ = writeln!(out, "{pad} {bar}");
        let _ = writeln!(
            out,
            "{} {bar} {}",
            p.paint(&format!("{:>width$}", f.line), GUTTER),
            printable(&ctx.line_text).trim_end()
        );
        let (before, under) = caret_columns(&ctx.line_text, ctx.line_column, ctx.claim_chars);
        let indent = " ".repeat(before);
        let mut marker = "^".repeat(under.max(1));
        if !f.meaning.is_empty() {
            marker.push(' ');
            marker.push_str(&printable(&f.meaning));
        }
        let _ = writeln!(out, "{pad} {bar} {indent}{}", p.paint(&marker, severity));
    }

    let notes = notes(f, p);
    if !notes.is_empty() {
        let _ = writeln!(out, "{pad} {bar}");
        for (label, text) in notes {
            let _ = writeln!(
                out,
                "{pad} {} {}: {text}",
                p.paint("=", GUTTER),
                p.paint(label, BOLD)
            );
        }
    }
}

/// Where the carets go under the shown line, in terminal columns: the
/// display width of the text before the claim and of the claim itself
/// (`line_column` and `claim_chars` count characters). "東京" takes four
/// columns, not two; a combining accent none. The line is measured as it is
/// printed ([`printable`]), so every control character counts as its space.
fn caret_columns(line_text: &str, line_column: usize, claim_chars: usize) -> (usize, usize) {
    use unicode_width::UnicodeWidthStr;
    let shown = printable(line_text);
    // Byte offsets of the claim's first character and of the one after it.
    let mut starts = shown
        .char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(shown.len()));
    let start = starts
        .by_ref()
        .nth(line_column.saturating_sub(1))
        .unwrap_or(shown.len());
    let end = match claim_chars {
        0 => start,
        n => starts.nth(n - 1).unwrap_or(shown.len()),
    };
    let width = |from: usize, to: usize| shown.get(from..to).map_or(0, UnicodeWidthStr::width);
    (width(0, start), width(start, end))
}

/// The `= label: text` lines under the snippet, in reading order.
fn notes(f: &Finding, p: Painter) -> Vec<(&'static str, String)> {
    let mut notes = Vec::new();
    if let Some(reference) = &f.reference {
        notes.push(("reference", describe_reference(reference)));
        if let Some(source) = &reference.source {
            notes.push(("source", printable(source)));
        }
    }
    let mut alternatives = f.alternatives.iter().map(|a| a.as_str());
    let suggestion = match &f.suggestion {
        Some(s) if s.safe => Some(("suggestion", s.replacement.as_str())),
        Some(s) => Some(("suggestion (review)", s.replacement.as_str())),
        // Several corrections and no preferred one: the first leads.
        None => alternatives.next().map(|a| ("suggestion", a)),
    };
    if let Some((label, text)) = suggestion {
        notes.push((label, printable(text)));
        for alternative in alternatives.filter(|a| *a != text) {
            notes.push(("or", printable(alternative)));
        }
    }
    if let Some(fixed) = &f.context.sentence_fixed {
        if *fixed != f.context.sentence {
            notes.push(("diff", word_diff(&f.context.sentence, fixed, p)));
        }
    }
    // As rustc points to `--explain`: where the rule is explained.
    notes.push(("help", help(f.rule)));
    notes
}

/// "run `factlint rules fact-mismatch` for details".
fn help(rule: &str) -> String {
    format!("run `factlint rules {}` for details", printable(rule))
}

/// `italy/troops-iraq-kuwait = 650 troops (as of 2021-06) — rules/coalition.yaml:9`
pub(super) fn describe_reference(r: &ReferenceCite) -> String {
    let mut text = printable(&r.id);
    if let Some(value) = &r.value {
        text.push_str(" = ");
        let number = match value.as_f64() {
            Some(v) if value.is_number() => crate::check::judge::format_scaled(v),
            _ => json_value_text(value),
        };
        text.push_str(&printable(&crate::check::with_unit(
            &number,
            r.unit.as_deref(),
        )));
    }
    if let Some(date) = &r.date {
        text.push_str(" = ");
        text.push_str(&printable(date));
    }
    let mut tags = Vec::new();
    if let Some(status) = r.status {
        tags.push(serde_name(&status));
    }
    if let Some(as_of) = &r.as_of {
        tags.push(format!("as of {}", printable(as_of)));
    }
    if !tags.is_empty() {
        let _ = write!(text, " ({})", tags.join(", "));
    }
    let _ = write!(text, " — {}:{}", printable(&r.file), r.line);
    text
}

/// A reference value for people: strings without quotes, whole floats
/// without ".0".
pub(super) fn json_value_text(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Number(n) => match n.as_f64() {
            Some(x) if !n.is_u64() && !n.is_i64() => format_number(x),
            _ => n.to_string(),
        },
        other => other.to_string(),
    }
}

/// A word-level diff like `git diff --word-diff`: `[-deleted-]{+inserted+}`,
/// red and green with colour.
fn word_diff(old: &str, new: &str, p: Painter) -> String {
    let mut out = String::new();
    for piece in word_pieces(&printable(old), &printable(new)) {
        match piece {
            WordPiece::Same(text) => out.push_str(&text),
            WordPiece::Change {
                leading,
                deleted,
                inserted,
                trailing,
            } => {
                out.push_str(&leading);
                if !deleted.is_empty() {
                    out.push_str(&p.paint(&format!("[-{deleted}-]"), DELETED));
                }
                if !inserted.is_empty() {
                    out.push_str(&p.paint(&format!("{{+{inserted}+}}"), INSERTED));
                }
                out.push_str(&trailing);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::fixtures;

    const PLAIN: Painter = Painter { color: false };

    fn report(findings: Vec<Finding>) -> CheckReport {
        CheckReport {
            findings,
            ..fixtures::counts()
        }
    }

    fn plain() -> RenderOptions {
        RenderOptions {
            color: false,
            quiet: false,
            verbose: false,
        }
    }

    #[test]
    fn fact_mismatch_snapshot() {
        let doc = fixtures::document();
        let out = render(&report(vec![fixtures::fact_mismatch(&doc)]), &plain());
        insta::assert_snapshot!("fact_mismatch", out);
    }

    #[test]
    fn date_mismatch_snapshot() {
        let doc = fixtures::document();
        let out = render(&report(vec![fixtures::date_mismatch(&doc)]), &plain());
        insta::assert_snapshot!("date_mismatch", out);
    }

    #[test]
    fn a_spilling_stream_writes_what_a_held_one_writes() {
        // Enough findings in one file to pass the spill bound, then one in
        // another: the first group's text comes back from its temporary
        // file under its heading, byte for byte.
        let one = crate::report::fixtures::report().findings;
        let mut findings = Vec::new();
        while findings.len() * 300 < 3 * SPILL_BYTES {
            findings.extend(one.iter().cloned());
        }
        let mut other = one[0].clone();
        other.path = "zz-other.txt".to_owned();
        findings.push(other);
        let report = report(findings.clone());
        let run = |mut stream: Stream| {
            let mut out = String::new();
            let mut spilled = false;
            for f in findings.iter().cloned() {
                stream.push(f, &mut |t| out.push_str(t));
                spilled |= stream.held.text.has_spilled();
            }
            stream.finish(&report, &mut |t| out.push_str(t)).unwrap();
            (out, spilled)
        };
        let (held, held_spilled) = run(Stream::new(&plain()));
        let (spilled, did_spill) = run(Stream::spilling(&plain()));
        assert!(!held_spilled && did_spill);
        assert!(held.len() > 2 * SPILL_BYTES);
        assert!(held == spilled, "the spilled report differs");
    }

    #[test]
    fn two_findings_are_separated_by_a_blank_line() {
        let doc = fixtures::document();
        let findings = vec![fixtures::fact_mismatch(&doc), fixtures::date_mismatch(&doc)];
        let out = render(&report(findings), &plain());
        assert!(out.contains("diff: “Italy, with [-over 800-]{+about 650+} units between"));
        assert!(out.contains("\n\nerror[date-mismatch]"));
        assert!(
            out.ends_with("\n\nerror: 2 errors, 0 warnings, 0 infos in 1 document (4 claims: 0 agree, 2 mismatch, 2 unchecked; 1 of 3 references unused)\n")
        );
    }

    #[test]
    fn carets_stand_under_the_claim() {
        let doc = fixtures::document();
        let f = fixtures::fact_mismatch(&doc);
        let out = render(&report(vec![f.clone()]), &plain());
        let lines: Vec<&str> = out.lines().collect();
        let source = lines.iter().position(|l| l.starts_with("5 | ")).unwrap();
        let carets = lines[source + 1];
        let caret_col = carets.chars().position(|c| c == '^').unwrap();
        let claim_col = lines[source].find("over 800").unwrap();
        let claim_col = lines[source][..claim_col].chars().count();
        assert_eq!(caret_col, claim_col);
        assert!(carets.ends_with(&format!("{} more than 800 units", "^".repeat(14))));
    }

    /// Carets stand under the claim as a terminal shows the line: wide
    /// characters (CJK, emoji) take two columns, combining marks none.
    #[test]
    fn caret_columns_count_display_width() {
        // 東京 👍 over 800 units: five characters, eight columns, before it.
        assert_eq!(caret_columns("東京 👍 over 800 units", 6, 14), (8, 14));
        assert_eq!(caret_columns("over 800 units", 1, 14), (0, 14));
        // The claim itself wide: 八百 is four columns.
        assert_eq!(caret_columns("a 八百人 b", 3, 3), (2, 6));
        // An emoji with its variation selector is two columns, as a
        // sequence; a combining accent adds none.
        assert_eq!(caret_columns("\u{2764}\u{fe0f} x", 4, 1), (3, 1));
        assert_eq!(caret_columns("Cafe\u{301} 800", 7, 3), (5, 3));
        // A tab is printed as a space: one column.
        assert_eq!(caret_columns("a\t800", 3, 3), (2, 3));
        // Past the end (a claim cut by the window): no panic, what is there.
        assert_eq!(caret_columns("ab", 2, 9), (1, 1));
        assert_eq!(caret_columns("ab", 9, 9), (2, 0));
    }

    #[test]
    fn carets_after_wide_characters_stand_under_the_claim() {
        let text = "date 2021-06-29\n\nIn 東京 🇮🇹 “Italy, with over 800 units between Iraq and Kuwait, will continue.”\n";
        let doc = crate::document::Document::from_text(
            "tokyo.txt",
            text.into(),
            crate::document::Format::Text,
            None,
            vec![],
        );
        let span = fixtures::span_of(&doc, "over 800 units");
        let mut f = fixtures::fact_mismatch(&fixtures::document());
        f.path = doc.path.clone();
        (f.line, f.column) = doc.position(span.start);
        f.context.line_text = text.lines().nth(2).unwrap().into();
        f.context.line_column = f.column;
        f.context.claim_chars = 14;
        let out = render(&report(vec![f.clone()]), &plain());
        // The location keeps counting characters, as JSON does.
        assert!(out.contains(" --> tokyo.txt:3:23\n"), "{out}");
        let carets = out.lines().find(|l| l.contains('^')).unwrap();
        // "In 東京 🇮🇹 “Italy, with " is 22 characters and 24 columns.
        assert_eq!(
            carets,
            format!(
                "  | {}{} more than 800 units",
                " ".repeat(24),
                "^".repeat(14)
            )
        );
    }

    #[test]
    fn colour_only_when_asked() {
        let doc = fixtures::document();
        let r = report(vec![
            fixtures::fact_mismatch(&doc),
            fixtures::date_mismatch(&doc),
        ]);
        let plain_out = render(&r, &plain());
        assert!(!plain_out.contains('\x1b'));
        let coloured = render(
            &r,
            &RenderOptions {
                color: true,
                quiet: false,
                verbose: false,
            },
        );
        assert!(coloured.contains("\x1b[1;31merror[fact-mismatch]\x1b[0m"));
        assert!(coloured.contains("\x1b[31m[-over 800-]\x1b[0m"));
        assert!(coloured.contains("\x1b[32m{+about 650+}\x1b[0m"));
        assert!(coloured.contains("\x1b[1;34m|\x1b[0m"));
        let clean = render(
            &report(vec![]),
            &RenderOptions {
                color: false,
                quiet: false,
                verbose: false,
            },
        );
        assert!(!clean.contains('\x1b'));
    }

    #[test]
    fn headings_and_verbose_lines_give_each_document_its_counts() {
        let doc = fixtures::document();
        let mut other = fixtures::date_mismatch(&doc);
        other.path = "b.txt".into();
        let mut r = report(vec![fixtures::fact_mismatch(&doc), other]);
        r.documents = 2;
        r.paths = vec![doc.path.clone(), "b.txt".into()];
        r.document_coverage.push(DocumentCoverage {
            path: "b.txt".into(),
            coverage: crate::report::Coverage {
                agree: 5,
                mismatch: 1,
                unchecked: 0,
            },
            unused_references: 2,
        });
        let out = render(&r, &plain());
        assert!(out.contains(
            "fixtures/articles/rome.txt (1 error, 0 warnings, 0 infos; 4 claims: 0 agree, 2 mismatch, 2 unchecked)\n"
        ), "{out}");
        assert!(
            out.contains("b.txt (1 error, 0 warnings, 0 infos; 6 claims: 5 agree, 1 mismatch, 0 unchecked)\n"),
            "{out}"
        );
        assert!(!out.contains("references unused\nnote"), "{out}");
        let verbose = render(
            &r,
            &RenderOptions {
                verbose: true,
                ..plain()
            },
        );
        assert!(verbose.contains(
            "\nfixtures/articles/rome.txt: 4 claims: 0 agree, 2 mismatch, 2 unchecked; 1 reference unused\n\
             b.txt: 6 claims: 5 agree, 1 mismatch, 0 unchecked; 2 references unused\n\
             note: 1 reference matched no claim: coalition/small-group\n\
             error: 2 errors"
        ), "{verbose}");
    }

    #[test]
    fn summary_lines() {
        let clean = CheckReport {
            documents: 1,
            claims: 6,
            findings: vec![],
            ..Default::default()
        };
        assert_eq!(
            render(&clean, &plain()),
            "ok: no findings in 1 document (6 claims, unchecked: no reference data, only internal consistency was checked)\n"
        );
        let quiet = RenderOptions {
            color: false,
            quiet: true,
            verbose: false,
        };
        assert_eq!(render(&clean, &quiet), "");

        let doc = fixtures::document();
        let mut info = fixtures::fact_mismatch(&doc);
        info.severity = Severity::Info;
        let r = CheckReport {
            documents: 2,
            claims: 1,
            findings: vec![info],
            ..Default::default()
        };
        assert!(render(&r, &plain())
            .ends_with("\ninfo: 0 errors, 0 warnings, 1 info in 2 documents (1 claim, unchecked: no reference data, only internal consistency was checked)\n"));
        let quiet_out = render(&r, &quiet);
        assert!(quiet_out.starts_with("info[fact-mismatch]"));
        assert!(!quiet_out.contains("0 errors"));
    }

    #[test]
    fn alternatives_without_suggestion() {
        let doc = fixtures::document();
        let mut f = fixtures::date_mismatch(&doc);
        f.suggestion = None;
        f.context.sentence_fixed = None;
        f.alternatives = vec!["on Tuesday".into(), "June 28, 2021".into()];
        let out = render(&report(vec![f]), &plain());
        assert!(out.contains("= suggestion: on Tuesday\n"));
        assert!(out.contains("= or: June 28, 2021\n"));
        assert!(!out.contains("diff:"));
    }

    /// Under every finding, as rustc's `--explain`, the command that
    /// explains its rule, last among the notes.
    #[test]
    fn every_finding_points_to_its_rule() {
        let doc = fixtures::document();
        let out = render(
            &report(vec![
                fixtures::fact_mismatch(&doc),
                fixtures::date_mismatch(&doc),
            ]),
            &plain(),
        );
        assert!(out.contains(
            "about 650+} units between Iraq and Kuwait, will continue to keep its commitment,” the minister said.\n  \
             = help: run `factlint rules fact-mismatch` for details\n\nerror[date-mismatch]"
        ), "{out}");
        assert!(
            out.contains(
                "= help: run `factlint rules date-mismatch` for details\n\nerror: 2 errors"
            ),
            "{out}"
        );
    }

    #[test]
    fn a_finding_without_context_still_renders() {
        let doc = fixtures::document();
        let mut f = fixtures::fact_mismatch(&doc);
        f.context = Default::default();
        f.reference = None;
        f.suggestion = None;
        let out = render(&report(vec![f]), &plain());
        assert_eq!(
            out,
            "error[fact-mismatch]: claims more than 800 troops; reference says 650 (as of 2021-06)\n \
             --> fixtures/articles/rome.txt:5:14\n  \
             |\n  \
             = help: run `factlint rules fact-mismatch` for details\n\n\
             error: 1 error, 0 warnings, 0 infos in 1 document (4 claims: 0 agree, 2 mismatch, 2 unchecked; 1 of 3 references unused)\n"
        );
    }

    #[test]
    fn word_diff_groups_like_git() {
        assert_eq!(
            word_diff("with over 800 units", "with about 650 units", PLAIN),
            "with [-over 800-]{+about 650+} units"
        );
        assert_eq!(
            word_diff("held by June 2022.", "held by September 2022.", PLAIN),
            "held by [-June-]{+September+} 2022."
        );
        assert_eq!(word_diff("a over 800", "a 800", PLAIN), "a [-over-] 800");
        assert_eq!(word_diff("a 800", "a about 800", PLAIN), "a {+about+} 800");
        assert_eq!(word_diff("same", "same", PLAIN), "same");
        assert_eq!(word_diff("a\nb", "a\nc", PLAIN), "a [-b-]{+c+}");
    }

    #[test]
    fn reference_descriptions() {
        let doc = fixtures::document();
        let fact = fixtures::fact_mismatch(&doc).reference.unwrap();
        assert_eq!(
            describe_reference(&fact),
            "italy/troops-iraq-kuwait = 650 troops (as of 2021-06) — rules/coalition.yaml:9"
        );
        let event = fixtures::date_mismatch(&doc).reference.unwrap();
        assert_eq!(
            describe_reference(&event),
            "coalition/next-ministerial = 2022-09-15 (scheduled) — rules/coalition.yaml:21"
        );
        assert_eq!(json_value_text(&serde_json::json!(650.0)), "650");
        assert_eq!(
            json_value_text(&serde_json::json!("7.7 million")),
            "7.7 million"
        );
    }
}
