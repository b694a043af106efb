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
        return out;
    }
    let counts = report.coverage_by_path();
    out.push_str(
        "| Document | Errors | Warnings | Infos | Claims | Agree | Mismatch | Unchecked |\n\
         |---|---:|---:|---:|---:|---:|---:|---:|\n",
    );
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
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {claims} |",
            code(path).replace('|', "\\|"),
            n(Severity::Error),
            n(Severity::Warning),
            n(Severity::Info)
        );
    }
    let clean = report.documents.saturating_sub(groups.len());
    if clean > 0 {
        let _ = writeln!(
            out,
            "\n{} without findings.",
            plural(clean, "other document")
        );
    }
    for (path, findings) in &groups {
        let _ = writeln!(out, "\n## {}", code(path));
        for f in findings {
            finding(&mut out, f);
        }
    }
    out
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

    #[test]
    fn hostile_text_stays_inert() {
        assert_eq!(code("a`b"), "``a`b``");
        assert_eq!(code("`x"), "`` `x ``");
        assert_eq!(escape("<img> *x* | y"), "\\<img\\> \\*x\\* \\| y");
        assert_eq!(fence_for("``` inside"), "````");
    }
}
