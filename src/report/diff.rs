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
pub fn unified(path: &str, old: &str, new: &str) -> String {
    let path = path.trim_start_matches("./");
    let diff = TextDiff::from_lines(old, new);
    let mut patch = diff.unified_diff();
    patch
        .context_radius(CONTEXT)
        .missing_newline_hint(true)
        .header(&format!("a/{path}"), &format!("b/{path}"));
    patch.to_string()
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

    #[test]
    fn a_missing_final_newline_is_marked() {
        let out = unified("a.txt", "x\ny", "x\nz");
        assert!(
            out.ends_with("-y\n\\ No newline at end of file\n+z\n\\ No newline at end of file\n"),
            "{out}"
        );
    }
}
