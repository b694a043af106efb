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
//! ```
//!
//! Not a contract (JSON is): the layout may change to read better.

use std::fmt::Write as _;

use similar::{ChangeTag, TextDiff};

use super::{format_number, plural, printable, serde_name, CheckReport, RenderOptions};
use crate::check::finding::{Finding, ReferenceCite, Severity};

const BOLD: &str = "1";
const GUTTER: &str = "1;34";
const DELETED: &str = "31";
const INSERTED: &str = "32";
const OK: &str = "1;32";

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
    let painter = Painter { color: opts.color };
    let mut out = String::new();
    for (i, finding) in report.findings.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        render_finding(&mut out, finding, painter);
    }
    if !opts.quiet {
        if !report.findings.is_empty() {
            out.push('\n');
        }
        out.push_str(&summary(report, painter));
        out.push('\n');
    }
    out
}

/// `error: 1 error, 0 warnings, 0 infos in 1 document (6 claims)`, or
/// `ok: no findings in 1 document (6 claims)`.
fn summary(report: &CheckReport, p: Painter) -> String {
    let scope = format!(
        "in {} ({})",
        plural(report.documents, "document"),
        plural(report.claims, "claim")
    );
    let (errors, warnings, infos) = report.counts();
    let level = if errors > 0 {
        Severity::Error
    } else if warnings > 0 {
        Severity::Warning
    } else if infos > 0 {
        Severity::Info
    } else {
        return format!("{}: no findings {scope}", p.paint("ok", OK));
    };
    format!(
        "{}: {}, {}, {} {scope}",
        p.paint(level.name(), severity_style(level)),
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
        let indent = " ".repeat(ctx.line_column.saturating_sub(1));
        let mut marker = "^".repeat(ctx.claim_chars.max(1));
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
    notes
}

/// `italy/troops-iraq-kuwait = 650 troops (as of 2021-06) — rules/coalition.yaml:9`
fn describe_reference(r: &ReferenceCite) -> String {
    let mut text = printable(&r.id);
    if let Some(value) = &r.value {
        text.push_str(" = ");
        text.push_str(&printable(&json_value_text(value)));
        if let Some(unit) = &r.unit {
            text.push(' ');
            text.push_str(&printable(unit));
        }
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
fn json_value_text(value: &serde_json::Value) -> String {
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
/// red and green with colour. Changed words separated only by whitespace
/// form one hunk, so "over 800" → "about 650" reads as one replacement.
fn word_diff(old: &str, new: &str, p: Painter) -> String {
    let (old, new) = (printable(old), printable(new));
    let diff = TextDiff::from_words(old.as_str(), new.as_str());
    let changes: Vec<(ChangeTag, &str)> = diff
        .iter_all_changes()
        .map(|c| (c.tag(), c.value()))
        .collect();
    let is_gap = |&(tag, text): &(ChangeTag, &str)| {
        tag == ChangeTag::Equal && text.chars().all(char::is_whitespace)
    };

    let mut out = String::new();
    let mut i = 0;
    while let Some(&(tag, text)) = changes.get(i) {
        if tag == ChangeTag::Equal {
            out.push_str(text);
            i += 1;
            continue;
        }
        // The hunk runs to the last change reachable over whitespace gaps.
        let mut end = i;
        let mut j = i;
        while let Some(change) = changes.get(j) {
            if change.0 != ChangeTag::Equal {
                end = j + 1;
            } else if !is_gap(change) {
                break;
            }
            j += 1;
        }
        let (mut deleted, mut inserted) = (String::new(), String::new());
        for &(tag, text) in changes.get(i..end).unwrap_or_default() {
            match tag {
                ChangeTag::Delete => deleted.push_str(text),
                ChangeTag::Insert => inserted.push_str(text),
                ChangeTag::Equal => {
                    deleted.push_str(text);
                    inserted.push_str(text);
                }
            }
        }
        push_hunk(&mut out, &deleted, &inserted, p);
        i = end;
    }
    out
}

/// One hunk, with whitespace at its edges kept outside the markers.
fn push_hunk(out: &mut String, deleted: &str, inserted: &str, p: Painter) {
    let lead = |s: &str| s.len() - s.trim_start().len();
    let trail = |s: &str| s.len() - s.trim_end().len();
    let (del_core, ins_core) = (deleted.trim(), inserted.trim());
    let leading = if lead(deleted) >= lead(inserted) {
        deleted.get(..lead(deleted))
    } else {
        inserted.get(..lead(inserted))
    };
    let trailing = if trail(deleted) >= trail(inserted) {
        deleted.get(deleted.len() - trail(deleted)..)
    } else {
        inserted.get(inserted.len() - trail(inserted)..)
    };
    out.push_str(leading.unwrap_or(""));
    if !del_core.is_empty() {
        out.push_str(&p.paint(&format!("[-{del_core}-]"), DELETED));
    }
    if !ins_core.is_empty() {
        out.push_str(&p.paint(&format!("{{+{ins_core}+}}"), INSERTED));
    }
    out.push_str(trailing.unwrap_or(""));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::fixtures;

    const PLAIN: Painter = Painter { color: false };

    fn report(findings: Vec<Finding>) -> CheckReport {
        CheckReport {
            documents: 1,
            claims: 4,
            findings,
        }
    }

    fn plain() -> RenderOptions {
        RenderOptions {
            color: false,
            quiet: false,
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
    fn two_findings_are_separated_by_a_blank_line() {
        let doc = fixtures::document();
        let findings = vec![fixtures::fact_mismatch(&doc), fixtures::date_mismatch(&doc)];
        let out = render(&report(findings), &plain());
        assert!(out.contains("diff: “Italy, with [-over 800-]{+about 650+} units between"));
        assert!(out.contains("\n\nerror[date-mismatch]"));
        assert!(
            out.ends_with("\n\nerror: 2 errors, 0 warnings, 0 infos in 1 document (4 claims)\n")
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
            },
        );
        assert!(!clean.contains('\x1b'));
    }

    #[test]
    fn summary_lines() {
        let clean = CheckReport {
            documents: 1,
            claims: 6,
            findings: vec![],
        };
        assert_eq!(
            render(&clean, &plain()),
            "ok: no findings in 1 document (6 claims)\n"
        );
        let quiet = RenderOptions {
            color: false,
            quiet: true,
        };
        assert_eq!(render(&clean, &quiet), "");

        let doc = fixtures::document();
        let mut info = fixtures::fact_mismatch(&doc);
        info.severity = Severity::Info;
        let r = CheckReport {
            documents: 2,
            claims: 1,
            findings: vec![info],
        };
        assert!(render(&r, &plain())
            .ends_with("\ninfo: 0 errors, 0 warnings, 1 info in 2 documents (1 claim)\n"));
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
             --> fixtures/articles/rome.txt:5:14\n\n\
             error: 1 error, 0 warnings, 0 infos in 1 document (4 claims)\n"
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
