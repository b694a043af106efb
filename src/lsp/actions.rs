//! Quick fixes: a finding's suggestion as the edit `--fix` makes, and a
//! suppression comment for the finding's line.

use std::collections::HashMap;
use std::path::Path;

use lsp_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, Position, Range, TextEdit, Uri, WorkspaceEdit,
};

use crate::check::finding::Finding;

use super::convert::{Encoding, LineIndex};
use super::{diagnostics, Analysis};

/// The marker of a suppression for the next line (see `check::suppress`).
const DISABLE_NEXT_LINE: &str = "factlint-disable-next-line";

/// Every action for the findings that touch bytes `start..end`.
pub fn for_range(
    analysis: &Analysis,
    uri: &Uri,
    start: usize,
    end: usize,
    enc: Encoding,
    base: &Path,
) -> Vec<CodeActionOrCommand> {
    let text = analysis.checked.document.text.as_str();
    let index = &analysis.index;
    let mut out = Vec::new();
    for f in analysis
        .findings
        .iter()
        .filter(|f| f.start <= end && start <= f.end)
    {
        let diagnostic = diagnostics::of_findings(text, index, std::slice::from_ref(f), enc, base);
        if let Some((span, replacement, safe)) = fix_edit(text, f) {
            let range = index.range(text, span.0, span.1, enc);
            out.push(action(
                if safe {
                    format!("Replace with “{replacement}”")
                } else {
                    format!("Replace with “{replacement}” (unsure: check it)")
                },
                uri,
                vec![TextEdit::new(range, replacement)],
                diagnostic.clone(),
                safe,
            ));
        }
        if f.rule == "unused-suppression" {
            let (a, b) = removal(text, f.start, f.end);
            out.push(action(
                "Remove the unused suppression".to_owned(),
                uri,
                vec![TextEdit::new(index.range(text, a, b, enc), String::new())],
                diagnostic,
                true,
            ));
        } else {
            let edit = suppress_edit(text, index, f, enc);
            out.push(action(
                format!("Disable {} for this line", f.rule),
                uri,
                vec![edit],
                diagnostic,
                false,
            ));
        }
    }
    out
}

fn action(
    title: String,
    uri: &Uri,
    edits: Vec<TextEdit>,
    diagnostics: Vec<lsp_types::Diagnostic>,
    preferred: bool,
) -> CodeActionOrCommand {
    CodeActionOrCommand::CodeAction(CodeAction {
        title,
        kind: Some(CodeActionKind::QUICKFIX),
        diagnostics: Some(diagnostics),
        edit: Some(WorkspaceEdit {
            changes: Some(HashMap::from([(uri.clone(), edits)])),
            ..WorkspaceEdit::default()
        }),
        is_preferred: preferred.then_some(true),
        ..CodeAction::default()
    })
}

/// The edit `--fix` makes for this finding: its suggestion, applied by
/// [`crate::fix::apply`] (which refuses a span that is out of range, cuts
/// a character or changes nothing). An unsafe suggestion — one `--fix`
/// leaves alone — is offered too, since the writer chooses it, but marked.
fn fix_edit(text: &str, f: &Finding) -> Option<((usize, usize), String, bool)> {
    let suggestion = f.suggestion.as_ref()?;
    let mut chosen = f.clone();
    if let Some(s) = chosen.suggestion.as_mut() {
        s.safe = true;
    }
    let fixed = crate::fix::apply(text, std::slice::from_ref(&chosen));
    fixed.changed().then(|| {
        (
            (suggestion.span.start, suggestion.span.end),
            suggestion.replacement.clone(),
            suggestion.safe,
        )
    })
}

/// The bytes to delete to remove the comment at `start..end`: its whole
/// line, break included, when nothing else stands on it.
fn removal(text: &str, start: usize, end: usize) -> (usize, usize) {
    let before = text.get(..start).unwrap_or("");
    let line_start = before.rfind(['\n', '\r']).map_or(0, |i| i + 1);
    let after = text.get(end..).unwrap_or("");
    let line_end = end + after.find(['\n', '\r']).unwrap_or(after.len());
    let blank = |s: Option<&str>| s.is_some_and(|s| s.trim().is_empty());
    if blank(text.get(line_start..start)) && blank(text.get(end..line_end)) {
        let rest = text.get(line_end..).unwrap_or("");
        let eol = if rest.starts_with("\r\n") {
            2
        } else {
            usize::from(!rest.is_empty())
        };
        (line_start, line_end + eol)
    } else {
        (start, end)
    }
}

/// `<!-- factlint-disable-next-line RULE -->` on a line of its own above
/// the finding's line, indented as that line is; when the line above is
/// already such a comment, the rule is added to it instead (two comments
/// in a row would make the first one cover the second).
fn suppress_edit(text: &str, index: &LineIndex, f: &Finding, enc: Encoding) -> TextEdit {
    let line = index.position(text, f.start, enc).line;
    let line_start = index.offset(text, Position::new(line, 0), enc);
    let above = line
        .checked_sub(1)
        .map(|l| index.offset(text, Position::new(l, 0), enc));
    if let Some(above_start) = above {
        let above_text = text.get(above_start..line_start).unwrap_or("");
        let trimmed = above_text.trim();
        let marker = format!("<!-- {DISABLE_NEXT_LINE}");
        if trimmed.starts_with(&marker) && trimmed.ends_with("-->") {
            let at = above_start + above_text.find(&marker).unwrap_or(0) + marker.len();
            let pos = index.position(text, at, enc);
            return TextEdit::new(Range::new(pos, pos), format!(" {}", f.rule));
        }
    }
    let rest = text.get(line_start..).unwrap_or("");
    let indent: String = rest
        .chars()
        .take_while(|c| *c == ' ' || *c == '\t')
        .collect();
    let eol = match rest.split_inclusive('\n').next() {
        Some(l) if l.ends_with("\r\n") => "\r\n",
        _ => "\n",
    };
    let pos = Position::new(line, 0);
    TextEdit::new(
        Range::new(pos, pos),
        format!("{indent}<!-- {DISABLE_NEXT_LINE} {} -->{eol}", f.rule),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checker::Checker;
    use crate::document::Format;

    fn findings(text: &str) -> Vec<Finding> {
        let refs = crate::reference::load_sources(&[(
            "t.yaml".to_owned(),
            "facts:\n  - id: staff\n    value: 800\n    unit: employees\n    match:\n      all: [Acme]\n    source: report\n"
                .to_owned(),
        )])
        .unwrap();
        let c = Checker::new(refs, &crate::config::Config::default());
        c.check_text("a.md", text.to_owned(), Format::Markdown, None)
            .check
            .findings
    }

    fn apply(text: &str, e: &TextEdit) -> String {
        let index = LineIndex::new(text);
        let start = index.offset(text, e.range.start, Encoding::Utf16);
        let end = index.offset(text, e.range.end, Encoding::Utf16);
        let mut out = text.to_owned();
        out.replace_range(start..end, &e.new_text);
        out
    }

    #[test]
    fn the_suppression_joins_an_existing_comment_above_and_keeps_crlf() {
        let text = "<!-- factlint-disable-next-line loose-bound checked -->\r\nAcme has 900 employees.\r\n";
        let all = findings(text);
        let f = all.iter().find(|f| f.rule == "fact-mismatch").unwrap();
        let e = suppress_edit(text, &LineIndex::new(text), f, Encoding::Utf16);
        let fixed = apply(text, &e);
        assert_eq!(
            fixed,
            "<!-- factlint-disable-next-line fact-mismatch loose-bound checked -->\r\nAcme has 900 employees.\r\n"
        );
        assert!(findings(&fixed).is_empty(), "{:?}", findings(&fixed));

        let text = "Intro.\r\n\tAcme has 900 employees.\r\n";
        let f = &findings(text)[0];
        let e = suppress_edit(text, &LineIndex::new(text), f, Encoding::Utf16);
        let fixed = apply(text, &e);
        assert_eq!(
            fixed,
            "Intro.\r\n\t<!-- factlint-disable-next-line fact-mismatch -->\r\n\tAcme has 900 employees.\r\n"
        );
        assert!(findings(&fixed).is_empty());
    }

    #[test]
    fn an_unused_suppression_is_removed_with_its_line() {
        let text =
            "Intro.\r\n<!-- factlint-disable-next-line fact-mismatch -->\r\nAcme is big.\r\n";
        let f = &findings(text)[0];
        assert_eq!(f.rule, "unused-suppression");
        let (a, b) = removal(text, f.start, f.end);
        let mut fixed = text.to_owned();
        fixed.replace_range(a..b, "");
        assert_eq!(fixed, "Intro.\r\nAcme is big.\r\n");
        // Beside other text on its line: only the comment goes.
        let text = "Acme is big. <!-- factlint-disable-next-line -->\nMore.\n";
        let f = &findings(text)[0];
        assert_eq!(removal(text, f.start, f.end), (f.start, f.end));
    }

    #[test]
    fn the_fix_edit_is_the_suggestion_fix_applies() {
        let text = "東京: Acme has 900 employees.\n";
        let f = &findings(text)[0];
        let ((start, end), replacement, safe) = fix_edit(text, f).unwrap();
        let mut ours = text.to_owned();
        ours.replace_range(start..end, &replacement);
        assert_eq!(ours, crate::fix::apply(text, std::slice::from_ref(f)).text);
        assert!(safe);
    }
}
