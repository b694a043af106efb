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
        if f.rule != "unused-suppression" {
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
