//! `diff`: the safe suggestions as one unified diff, which `git apply` (or
//! `patch -p1`) accepts; `--fix` applies the same edits in place.
//!
//! ```diff
//! --- a/fixtures/articles/coalition-rome.txt
//! +++ b/fixtures/articles/coalition-rome.txt
//! @@ -17 +17 @@
//! -This is why “Italy, with over 800 units between Iraq and Kuwait, …
//! +This is why “Italy, with about 650 units between Iraq and Kuwait, …
//! ```
//!
//! It needs each document's text ([`CheckReport::details`]); documents
//! without it, or without a safe suggestion, are left out.

use similar::TextDiff;

use super::CheckReport;
use crate::check::finding::Finding;

/// Lines of context around each change, as `git diff` shows.
const CONTEXT: usize = 3;

/// Every document with a safe suggestion, as one patch.
pub fn render(report: &CheckReport) -> String {
    let mut out = String::new();
    // Each document's findings, in report order, gathered in one pass (not
    // a scan of every finding per document).
    let mut by_path: std::collections::HashMap<&str, Vec<Finding>> =
        std::collections::HashMap::new();
    for f in &report.findings {
        by_path.entry(f.path.as_str()).or_default().push(f.clone());
    }
    for detail in &report.details {
        let findings = by_path
            .get(detail.path.as_str())
            .map_or(&[][..], Vec::as_slice);
        let fixed = crate::fix::apply(&detail.text, findings);
        if fixed.changed() {
            out.push_str(&unified(&detail.path, &detail.text, &fixed.text));
        }
    }
    out
}

/// A unified diff of one file, with `a/` and `b/` prefixes as git writes them.
///
/// A name holding a control character, `"` or `\\` is quoted as git quotes
/// it (`"a/x\\n.md"`), which `git apply` reads. A control character in the
/// text (an escape sequence, a bell; not a tab or a CRLF line end) is
/// written visibly (`\\u{1b}`), so the patch cannot drive the terminal it is
/// printed on, and so is the `:` that would make a context line a workflow
/// command to GitHub's runner; a hunk holding either no longer applies.
///
/// A fix rewrites figures inside lines, so the old and the new text have
/// as many lines, and line `i` of one stands for line `i` of the other:
/// the changed lines are found by comparing them in place, in linear time
/// (a general diff is quadratic in the number of changes: 16,000 fixed
/// lines took seconds). Texts of different line counts take the general
/// diff.
pub fn unified(path: &str, old: &str, new: &str) -> String {
    let path = path.trim_start_matches("./");
    let (a, b) = (quote_path("a/", path), quote_path("b/", path));
    let (old_lines, new_lines) = (lines(old), lines(new));
    let text = if old_lines.len() == new_lines.len() {
        unified_in_place(&a, &b, &old_lines, &new_lines)
    } else {
        let diff = TextDiff::from_lines(old, new);
        let mut patch = diff.unified_diff();
        patch
            .context_radius(CONTEXT)
            .missing_newline_hint(true)
            .header(&a, &b);
        patch.to_string()
    };
    let context_command = |line: &str| line.starts_with(' ') && line.trim_start().starts_with("::");
    if !text
        .chars()
        .any(|c| crate::escape::is_control(c) && c != '\n' && c != '\t')
        && !text.lines().any(context_command)
    {
        return text;
    }
    let mut out = String::with_capacity(text.len() + 16);
    for line in text.split_inclusive('\n') {
        let mut chars = line.chars().peekable();
        let mut command = context_command(line);
        while let Some(c) = chars.next() {
            match c {
                // A context line is ` ` and the line: after the runner's
                // trim, `::` would begin a workflow command.
                ':' if command => {
                    out.push_str("\\u{3a}");
                    command = false;
                }
                '\n' | '\t' => out.push(c),
                '\r' if chars.peek() == Some(&'\n') => out.push(c),
                c if crate::escape::is_control(c) => crate::escape::push_visible(c, &mut out),
                c => out.push(c),
            }
        }
    }
    out
}

/// `prefix` and `path` for a diff header, quoted as git quotes a name that
/// needs it: C escapes, other control bytes in octal.
fn quote_path(prefix: &str, path: &str) -> String {
    let needs = |c: char| crate::escape::is_control(c) || c == '"' || c == '\\';
    if !path.chars().any(needs) {
        return format!("{prefix}{path}");
    }
    let mut out = String::from("\"");
    out.push_str(prefix);
    for c in path.chars() {
        match c {
            '\u{7}' => out.push_str("\\a"),
            '\u{8}' => out.push_str("\\b"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\u{b}' => out.push_str("\\v"),
            '\u{c}' => out.push_str("\\f"),
            '\r' => out.push_str("\\r"),
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if needs(c) => {
                let mut buf = [0; 4];
                for byte in c.encode_utf8(&mut buf).bytes() {
                    out.push_str(&format!("\\{byte:03o}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The lines of a text, each with its line end, as `similar` cuts them
/// (`\n`, `\r\n` or a lone `\r`).
fn lines(text: &str) -> Vec<&str> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let end = match b {
            b'\r' if bytes.get(i + 1) == Some(&b'\n') => i + 2,
            b'\r' | b'\n' => i + 1,
            _ => {
                i += 1;
                continue;
            }
        };
        out.push(text.get(start..end).unwrap_or(""));
        start = end;
        i = end;
    }
    if start < text.len() {
        out.push(text.get(start..).unwrap_or(""));
    }
    out
}

/// [`unified`] of two texts with as many lines, line `i` against line `i`:
/// runs of changed lines are replacements, shown as `similar` shows them
/// (the old lines, then the new ones), in hunks with [`CONTEXT`] lines.
fn unified_in_place<'a>(a: &str, b: &str, old: &'a [&'a str], new: &'a [&'a str]) -> String {
    use similar::DiffOp;
    let mut ops = Vec::new();
    let mut i = 0;
    while i < old.len() {
        let same = old.get(i) == new.get(i);
        let mut end = i + 1;
        while end < old.len() && (old.get(end) == new.get(end)) == same {
            end += 1;
        }
        let run = end - i;
        ops.push(if same {
            DiffOp::Equal {
                old_index: i,
                new_index: i,
                len: run,
            }
        } else {
            DiffOp::Replace {
                old_index: i,
                old_len: run,
                new_index: i,
                new_len: run,
            }
        });
        i += run;
    }
    let mut out = String::new();
    for hunk in similar::group_diff_ops(ops, CONTEXT) {
        if hunk.is_empty() {
            continue;
        }
        if out.is_empty() {
            out.push_str(&format!("--- {a}\n+++ {b}\n"));
        }
        out.push_str(&format!(
            "{}\n",
            similar::udiff::UnifiedHunkHeader::new(&hunk)
        ));
        let mut line = |tag: char, text: &str| {
            out.push(tag);
            out.push_str(text);
            if !text.ends_with(['\n', '\r']) {
                out.push_str("\n\\ No newline at end of file\n");
            }
        };
        for op in &hunk {
            let lines = |of: &'a [&'a str], at: usize, len: usize| -> &'a [&'a str] {
                of.get(at..at + len).unwrap_or(&[])
            };
            match *op {
                DiffOp::Equal { old_index, len, .. } => {
                    for text in lines(old, old_index, len) {
                        line(' ', text);
                    }
                }
                DiffOp::Replace {
                    old_index, old_len, ..
                } => {
                    for text in lines(old, old_index, old_len) {
                        line('-', text);
                    }
                    for text in lines(new, old_index, old_len) {
                        line('+', text);
                    }
                }
                _ => {}
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{fixtures, DocumentDetail};

    #[test]
    fn only_safe_suggestions_make_the_patch() {
        let doc = fixtures::document();
        let report = CheckReport {
            documents: 1,
            claims: 4,
            findings: vec![fixtures::fact_mismatch(&doc), fixtures::date_mismatch(&doc)],
            details: vec![DocumentDetail {
                path: doc.path.clone(),
                text: doc.text.clone(),
                claims: vec![],
            }],
            ..Default::default()
        };
        let out = render(&report);
        assert!(
            out.starts_with(
                "--- a/fixtures/articles/rome.txt\n+++ b/fixtures/articles/rome.txt\n@@ "
            ),
            "{out}"
        );
        assert!(out.contains("\n-“Italy, with over 800 units"));
        assert!(out.contains("\n+“Italy, with about 650 units"));
        assert!(!out.contains("September"));
        assert_eq!(
            render(&CheckReport {
                details: vec![],
                ..report
            }),
            ""
        );
    }

    /// In place, the patch is the general diff's wherever the general diff
    /// has no choice to make (no line repeats), line ends of every kind.
    #[test]
    fn the_in_place_diff_is_the_general_diff() {
        let mut rng = crate::synth::Rng::new(11);
        let ends = ["\n", "\r\n", "\r"];
        for _ in 0..500 {
            let n = rng.below(40);
            let (mut old, mut new) = (String::new(), String::new());
            for i in 0..n {
                let end = if i + 1 == n && rng.below(3) == 0 {
                    ""
                } else {
                    let kinds = if rng.below(4) == 0 { 3 } else { 1 };
                    ends[rng.below(kinds)]
                };
                old.push_str(&format!("line {i}{end}"));
                if rng.below(5) == 0 {
                    new.push_str(&format!("line {i} fixed{end}"));
                } else {
                    new.push_str(&format!("line {i}{end}"));
                }
            }
            let general = TextDiff::from_lines(old.as_str(), new.as_str())
                .unified_diff()
                .context_radius(CONTEXT)
                .missing_newline_hint(true)
                .header("a/p", "b/p")
                .to_string();
            let in_place = unified_in_place("a/p", "b/p", &lines(&old), &lines(&new));
            assert_eq!(in_place, general, "{old:?} {new:?}");
        }
    }

    #[test]
    fn names_are_quoted_as_git_quotes_them_and_controls_shown() {
        assert_eq!(quote_path("a/", "news/x.md"), "a/news/x.md");
        assert_eq!(
            quote_path("a/", "x\n::error::y\u{1b}\"\\.md"),
            "\"a/x\\n::error::y\\033\\\"\\\\.md\""
        );
        let patch = unified(
            "x\n.md",
            "one \u{1b}[2J\r\nover 800\r\n",
            "one \u{1b}[2J\r\nabout 650\r\n",
        );
        assert!(
            patch.starts_with("--- \"a/x\\n.md\"\n+++ \"b/x\\n.md\"\n"),
            "{patch}"
        );
        assert!(
            patch.contains(" one \\u{1b}[2J\r\n-over 800\r\n"),
            "{patch}"
        );
        assert!(!patch.contains('\u{1b}'), "{patch}");
        let patch = unified("a.md", "::error::x\nover 800\n", "::error::x\nabout 650\n");
        assert!(
            patch.contains("\n \\u{3a}:error::x\n-over 800\n"),
            "{patch}"
        );
    }

    #[test]
    fn a_missing_final_newline_is_marked() {
        let out = unified("a.txt", "x\ny", "x\nz");
        assert!(
            out.ends_with("-y\n\\ No newline at end of file\n+z\n\\ No newline at end of file\n"),
            "{out}"
        );
    }
}
