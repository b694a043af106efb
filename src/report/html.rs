//! `html`: one self-contained page for people — each article with every
//! claim highlighted by status (consistent, mismatch, unmatched), the
//! findings beside it with reference, source and a word diff of the fix.
//!
//! No external assets, no script: a Content-Security-Policy forbids both,
//! so even a mistake in escaping could not run an article's markup. The
//! layout is two columns on a wide screen and one on a phone.

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;

use super::spill::Spill;
use super::{
    claim_counts, coverage_phrase, human, plural, shown_suggestion, unreadable_phrase, unused_list,
    word_pieces, CheckReport, ClaimMark, Coverage, DocumentCoverage, DocumentDetail, WordPiece,
};
use crate::check::finding::{Finding, Severity};

const STYLE: &str = r#"
:root { --ok: #1a7f37; --ok-bg: #dafbe1; --bad: #cf222e; --bad-bg: #ffebe9;
  --none: #6e7781; --none-bg: #f6f8fa; --warn: #9a6700; --info: #0969da; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif;
  color: #1f2328; background: #fff; }
header, section { padding: 1rem; max-width: 80rem; margin: 0 auto; }
h1 { font-size: 1.5rem; margin: 0 0 .5rem; }
h2 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; overflow-wrap: anywhere; }
.summary { margin: 0 0 .5rem; }
.legend { display: flex; flex-wrap: wrap; gap: .5rem 1rem; padding: 0; margin: 0;
  list-style: none; font-size: .9rem; }
.doc { border-top: 1px solid #d0d7de; }
.grid { display: grid; grid-template-columns: 1fr; gap: 1rem; }
@media (min-width: 60rem) { .grid { grid-template-columns: 3fr 2fr; } }
.article { white-space: pre-wrap; overflow-wrap: anywhere; margin: 0; padding: .75rem;
  font: inherit; background: #fff; border: 1px solid #d0d7de; border-radius: 6px; }
mark { color: inherit; border-radius: 3px; padding: 0 .1em; }
mark.agree { background: var(--ok-bg); border-bottom: 2px solid var(--ok); }
mark.mismatch { background: var(--bad-bg); border-bottom: 2px solid var(--bad); font-weight: 600; }
mark.unchecked { background: var(--none-bg); border-bottom: 2px dashed var(--none); }
mark sup a { color: var(--bad); text-decoration: none; font-size: .75em; }
.findings { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: .75rem; }
.finding { border: 1px solid #d0d7de; border-left: 4px solid var(--bad); border-radius: 6px;
  padding: .5rem .75rem; overflow-wrap: anywhere; }
.finding.warning { border-left-color: var(--warn); }
.finding.info { border-left-color: var(--info); }
.finding h3 { font-size: 1rem; margin: 0 0 .25rem; }
.finding dl { margin: .25rem 0 0; display: grid; grid-template-columns: auto 1fr; gap: .1rem .5rem; font-size: .9rem; }
.finding dt { font-weight: 600; }
.finding dd { margin: 0; }
.diff { margin: .5rem 0 0; padding: .5rem; background: var(--none-bg); border-radius: 6px; font-size: .9rem; }
del { background: var(--bad-bg); color: var(--bad); }
ins { background: var(--ok-bg); color: var(--ok); text-decoration: none; }
code { font: .9em ui-monospace, SFMono-Regular, Menlo, monospace; }
.clean { color: var(--ok); }
"#;

/// The whole report as one HTML page.
pub fn render(report: &CheckReport) -> String {
    let groups = report.documents_with_findings();
    // Each document's detail found by path once, not by a scan of every
    // detail per document (quadratic in the corpus). The first detail of a
    // path wins, as with [`CheckReport::detail`].
    let mut details: HashMap<&str, &DocumentDetail> = HashMap::with_capacity(report.details.len());
    for detail in &report.details {
        details.entry(detail.path.as_str()).or_insert(detail);
    }
    let counts = report.coverage_by_path();
    let mut stream = Stream::new();
    let mut shown = HashSet::with_capacity(groups.len());
    for (path, findings) in &groups {
        shown.insert(*path);
        let detail = details.get(path).copied();
        stream.section(path, detail, counts.get(path).copied(), findings);
    }
    // Documents known only through their detail.
    for detail in &report.details {
        if !shown.contains(detail.path.as_str()) {
            let c = counts.get(detail.path.as_str()).copied();
            stream.section(&detail.path, Some(detail), c, &[]);
        }
    }
    let mut out = String::new();
    let _ = stream.finish(report, &mut |piece| out.push_str(piece));
    out
}

/// The page written as it goes: each document's section is rendered when
/// the document is checked, into a [`Spill`] (memory, then a temporary
/// file), and the page written once the run's counts, which its header
/// holds, are known. Only the documents of the path being read are held.
/// The same bytes as [`render`] for documents that come in path order (a
/// path's documents adjacent, as the CLI has them).
pub struct Stream {
    /// The sections written so far.
    body: Spill,
    /// Errors, warnings, infos written.
    counts: (usize, usize, usize),
    /// Sections written.
    sections: usize,
    /// The path being read: its first detail and counts, and the findings
    /// of its documents, which [`render`] shows in its last section.
    group: Option<Group>,
}

struct Group {
    path: String,
    detail: Option<DocumentDetail>,
    counts: Option<DocumentCoverage>,
    findings: Vec<Finding>,
}

impl Default for Stream {
    fn default() -> Self {
        Stream::new()
    }
}

impl Stream {
    /// A stream whose sections spill to a temporary file once large.
    pub fn new() -> Stream {
        Stream {
            body: Spill::new(),
            counts: (0, 0, 0),
            sections: 0,
            group: None,
        }
    }

    /// One document, checked whole: its counts, detail and findings in
    /// report order.
    pub fn document(
        &mut self,
        counts: DocumentCoverage,
        detail: Option<DocumentDetail>,
        findings: Vec<Finding>,
    ) {
        if self.group.as_ref().is_some_and(|g| g.path == counts.path) {
            if let Some(mut group) = self.group.take() {
                // Another document of the path: its own section shows no
                // findings, the path's last shows them all; the path's
                // first detail and counts are shown in both.
                self.section(
                    &group.path,
                    group.detail.as_ref(),
                    group.counts.as_ref(),
                    &[],
                );
                if group.detail.is_none() {
                    group.detail = detail;
                }
                group.findings.extend(findings);
                self.group = Some(group);
            }
            return;
        }
        self.close();
        self.group = Some(Group {
            path: counts.path.clone(),
            detail,
            counts: Some(counts),
            findings,
        });
    }

    /// Write the section of the path being read, if one.
    fn close(&mut self) {
        if let Some(group) = self.group.take() {
            let findings: Vec<&Finding> = group.findings.iter().collect();
            self.section(
                &group.path,
                group.detail.as_ref(),
                group.counts.as_ref(),
                &findings,
            );
        }
    }

    /// One document's section, next.
    fn section(
        &mut self,
        path: &str,
        detail: Option<&DocumentDetail>,
        counts: Option<&DocumentCoverage>,
        findings: &[&Finding],
    ) {
        for f in findings {
            let (e, w, i) = &mut self.counts;
            match f.severity {
                Severity::Error => *e += 1,
                Severity::Warning => *w += 1,
                Severity::Info => *i += 1,
            }
        }
        document(
            self.body.memory(),
            self.sections,
            path,
            detail,
            counts,
            findings,
        );
        self.body.settle();
        self.sections += 1;
    }

    /// The whole page to `out`, with the counts of `report` (its findings
    /// are not read: they were written). An error if the sections could
    /// not be kept or read back.
    pub fn finish(mut self, report: &CheckReport, out: &mut dyn FnMut(&str)) -> Result<(), String> {
        self.close();
        let (errors, warnings, infos) = self.counts;
        let mut head = String::from(
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
             <title>factlint report</title>\n<style>",
        );
        head.push_str(STYLE);
        head.push_str("</style>\n</head>\n<body>\n<header>\n<h1>factlint report</h1>\n");
        let _ = writeln!(
            head,
            "<p class=\"summary\">{}, {}, {} in {} ({}){}.</p>",
            plural(errors, "error"),
            plural(warnings, "warning"),
            plural(infos, "info"),
            plural(report.documents, "document"),
            escape(&coverage_phrase(report)),
            escape(&unreadable_phrase(report)),
        );
        if report.unused_references > 0 {
            let _ = writeln!(
                head,
                "<details class=\"unused\"><summary>{} matched no claim</summary><p>{}.</p></details>",
                plural(report.unused_references, "reference"),
                escape(&unused_list(report))
            );
        }
        head.push_str(
            "<ul class=\"legend\"><li><mark class=\"agree\">agree</mark> matches its reference</li>\
             <li><mark class=\"mismatch\">mismatch</mark> contradicts it</li>\
             <li><mark class=\"unchecked\">unchecked</mark> no reference checked it</li></ul>\n</header>\n<main>\n",
        );
        out(&head);
        let kept = self.body.drain(out);
        out("</main>\n</body>\n</html>\n");
        kept
    }
}

fn document(
    out: &mut String,
    index: usize,
    path: &str,
    detail: Option<&DocumentDetail>,
    counts: Option<&DocumentCoverage>,
    findings: &[&Finding],
) {
    let _ = writeln!(
        out,
        "<section class=\"doc\" id=\"d{index}\">\n<h2><code>{}</code></h2>",
        escape(path)
    );
    // The run's counts when recorded, else those of the claims shown.
    let coverage = counts.map(|c| c.coverage).or_else(|| {
        detail.map(|d| {
            let mut c = Coverage::default();
            for claim in &d.claims {
                c.count(claim.status);
            }
            c
        })
    });
    if let Some(c) = coverage {
        let unused = counts
            .map(|c| format!("; {} unused", plural(c.unused_references, "reference")))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "<p>{}{unused}; {}.</p>",
            claim_counts(c.claims(), c),
            plural(findings.len(), "finding"),
        );
    }
    out.push_str("<div class=\"grid\">\n");
    let marks = detail.map_or_else(Vec::new, |d| marks_of(&d.claims, findings));
    if let Some(d) = detail {
        article(out, index, d, &marks);
    }
    if findings.is_empty() {
        out.push_str("<p class=\"clean\">No findings.</p>\n");
    } else {
        out.push_str("<ol class=\"findings\">\n");
        for (n, f) in findings.iter().enumerate() {
            let mark = marks.get(n).copied().flatten();
            finding(out, index, n, f, mark);
        }
        out.push_str("</ol>\n");
    }
    out.push_str("</div>\n</section>\n");
}

/// The claim each finding is about: the first that holds its start.
fn marks_of(claims: &[ClaimMark], findings: &[&Finding]) -> Vec<Option<usize>> {
    let holds =
        |c: &ClaimMark, at: usize| c.span.start <= at && at < c.span.end.max(c.span.start + 1);
    // Claims come in text order without overlaps, so the only one that can
    // hold a start is the last that begins at or before it: a binary search
    // per finding rather than claims × findings work on a long article.
    let ordered = claims
        .windows(2)
        .all(|w| matches!(w, [a, b] if a.span.end.max(a.span.start + 1) <= b.span.start));
    findings
        .iter()
        .map(|f| {
            if ordered {
                let i = claims.partition_point(|c| c.span.start <= f.start);
                let k = i.checked_sub(1)?;
                claims.get(k).filter(|c| holds(c, f.start)).map(|_| k)
            } else {
                claims.iter().position(|c| holds(c, f.start))
            }
        })
        .collect()
}

/// The article text with each claim in a `<mark>` of its status.
fn article(out: &mut String, doc: usize, d: &DocumentDetail, marks: &[Option<usize>]) {
    // The findings of each claim, in finding order.
    let mut notes = vec![Vec::new(); d.claims.len()];
    for (n, m) in marks.iter().enumerate() {
        if let Some(list) = m.and_then(|i| notes.get_mut(i)) {
            list.push(n);
        }
    }
    out.push_str("<pre class=\"article\">");
    let mut at = 0;
    for (i, claim) in d.claims.iter().enumerate() {
        let (start, end) = (claim.span.start, claim.span.end);
        // Overlapping or malformed spans are shown as plain text.
        let (Some(before), Some(text)) = (d.text.get(at..start), d.text.get(start..end)) else {
            continue;
        };
        if start < at {
            continue;
        }
        out.push_str(&escape(before));
        let mut title = format!("{} {}", claim.status.name(), claim.kind);
        if let Some(r) = &claim.reference {
            title.push_str(" — ");
            title.push_str(r);
        }
        let _ = write!(
            out,
            "<mark class=\"{}\" id=\"d{doc}-c{i}\" title=\"{}\">{}",
            claim.status.name(),
            escape(&title),
            escape(text)
        );
        for n in notes.get(i).map_or(&[][..], Vec::as_slice) {
            let _ = write!(out, "<sup><a href=\"#d{doc}-f{n}\">{}</a></sup>", n + 1);
        }
        out.push_str("</mark>");
        at = end;
    }
    out.push_str(&escape(d.text.get(at..).unwrap_or("")));
    out.push_str("</pre>\n");
}

fn finding(out: &mut String, doc: usize, n: usize, f: &Finding, mark: Option<usize>) {
    let _ = writeln!(
        out,
        "<li class=\"finding {}\" id=\"d{doc}-f{n}\">",
        f.severity.name()
    );
    let place = match mark {
        Some(i) => format!(
            "<a href=\"#d{doc}-c{i}\">line {}, column {}</a>",
            f.line, f.column
        ),
        None => format!("line {}, column {}", f.line, f.column),
    };
    let _ = writeln!(
        out,
        "<h3>{}. {} <code>{}</code> — {place}</h3>\n<p>{}</p>\n<dl>",
        n + 1,
        match f.severity {
            Severity::Error => "Error",
            Severity::Warning => "Warning",
            Severity::Info => "Info",
        },
        escape(f.rule),
        escape(&f.message)
    );
    let _ = writeln!(out, "<dt>Claim</dt><dd>{}</dd>", escape(&f.claim.text));
    if let Some(r) = &f.reference {
        let _ = writeln!(
            out,
            "<dt>Reference</dt><dd>{}</dd>",
            escape(&human::describe_reference(r))
        );
        if let Some(source) = &r.source {
            let _ = writeln!(out, "<dt>Source</dt><dd>{}</dd>", escape(source));
        }
    }
    if let Some((s, safe)) = shown_suggestion(f) {
        let _ = writeln!(
            out,
            "<dt>Suggestion</dt><dd>{}{}</dd>",
            escape(s),
            if safe {
                " (applied by <code>--fix</code>)"
            } else {
                " (review before applying)"
            }
        );
    }
    out.push_str("</dl>\n");
    if let Some(fixed) = &f.context.sentence_fixed {
        if *fixed != f.context.sentence {
            out.push_str("<p class=\"diff\">");
            for piece in word_pieces(&f.context.sentence, fixed) {
                match piece {
                    WordPiece::Same(t) => out.push_str(&escape(&t)),
                    WordPiece::Change {
                        leading,
                        deleted,
                        inserted,
                        trailing,
                    } => {
                        out.push_str(&escape(&leading));
                        if !deleted.is_empty() {
                            let _ = write!(out, "<del>{}</del>", escape(&deleted));
                        }
                        if !inserted.is_empty() {
                            let _ = write!(out, "<ins>{}</ins>", escape(&inserted));
                        }
                        out.push_str(&escape(&trailing));
                    }
                }
            }
            out.push_str("</p>\n");
        }
    }
    out.push_str("</li>\n");
}

/// Text safe in HTML content and quoted attributes, and in a terminal or
/// a CI log when the page is printed: control characters other than line
/// ends and tabs are written visibly (`\u{1b}`), a lone CR as a character
/// reference, and a `:` that may begin a line as `&#58;` (a line of the
/// article's own, or a name holding a newline, beginning `::error::`
/// would otherwise be a workflow command to GitHub's runner).
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut line_start = true;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\0' => out.push('\u{FFFD}'),
            ':' if line_start => out.push_str("&#58;"),
            '\n' | '\t' => out.push(c),
            '\r' if chars.peek() == Some(&'\n') => out.push(c),
            '\r' => out.push_str("&#13;"),
            c if crate::escape::is_control(c) => crate::escape::push_visible(c, &mut out),
            c => out.push(c),
        }
        line_start = c == '\n' || (line_start && c.is_whitespace());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{fixtures, ClaimStatus};

    #[test]
    fn claims_are_marked_by_status_and_text_is_escaped() {
        let doc = fixtures::document();
        let span = |needle: &str| fixtures::span_of(&doc, needle);
        let text = format!("{}<script>alert(1)</script>\n", doc.text);
        let report = CheckReport {
            documents: 1,
            claims: 3,
            findings: vec![fixtures::fact_mismatch(&doc)],
            paths: vec![doc.path.clone()],
            details: vec![DocumentDetail {
                path: doc.path.clone(),
                text,
                claims: vec![
                    ClaimMark {
                        span: span("on Monday"),
                        kind: "date",
                        status: ClaimStatus::Unchecked,
                        reference: None,
                    },
                    ClaimMark {
                        span: span("over 800 units"),
                        kind: "quantity",
                        status: ClaimStatus::Mismatch,
                        reference: Some("italy/troops-iraq-kuwait".into()),
                    },
                    ClaimMark {
                        span: span("by June 2022"),
                        kind: "date",
                        status: ClaimStatus::Agree,
                        reference: Some("coalition/next".into()),
                    },
                ],
            }],
            ..Default::default()
        };
        let out = render(&report);
        assert!(out.contains(
            "<mark class=\"unchecked\" id=\"d0-c0\" title=\"unchecked date\">on Monday</mark>"
        ));
        assert!(out.contains("<mark class=\"mismatch\" id=\"d0-c1\" title=\"mismatch quantity — italy/troops-iraq-kuwait\">over 800 units<sup><a href=\"#d0-f0\">1</a></sup></mark>"));
        assert!(out.contains("<mark class=\"agree\""));
        assert!(out.contains("3 claims: 1 agree, 1 mismatch, 1 unchecked; 1 finding."));
        assert!(out.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(!out.contains("<script"));
        assert!(out.contains("<del>over 800</del><ins>about 650</ins>"));
        assert!(out.contains("<a href=\"#d0-c1\">line 5, column 14</a>"));
        assert!(
            !out.contains("http://") && !out.contains("https://"),
            "no external assets"
        );
    }

    #[test]
    fn each_document_gets_its_own_detail_by_path() {
        let detail = |path: &str, text: &str| DocumentDetail {
            path: path.to_owned(),
            text: text.to_owned(),
            claims: Vec::new(),
        };
        // Details in another order than the paths, a path given two
        // details (the first wins), and one known only through its detail.
        let report = CheckReport {
            documents: 3,
            claims: 0,
            findings: Vec::new(),
            paths: vec!["a.md".into(), "b.md".into()],
            details: vec![
                detail("b.md", "text of b"),
                detail("a.md", "text of a"),
                detail("b.md", "second detail of b"),
                detail("c.md", "text of c"),
            ],
            ..Default::default()
        };
        let out = render(&report);
        let section = |n: usize| {
            let start = out.find(&format!("id=\"d{n}\"")).unwrap_or(out.len());
            let end = out[start..]
                .find("</section>")
                .map_or(out.len(), |e| start + e);
            out[start..end].to_owned()
        };
        assert!(section(0).contains("<code>a.md</code>") && section(0).contains("text of a"));
        assert!(section(1).contains("<code>b.md</code>") && section(1).contains("text of b"));
        assert!(!out.contains("second detail of b"));
        assert!(section(2).contains("<code>c.md</code>") && section(2).contains("text of c"));
        assert!(!out.contains("id=\"d3\""));
    }
}
