//! The source around a finding, cut to a readable window, and the
//! finding's location.

use std::cell::Cell;

use crate::check::finding::{Context, Finding};
use crate::document::Document;
use crate::extract::claim::Span;

/// Characters of context kept on each side of a claim in a long line.
const LINE_WINDOW: usize = 60;
/// Characters of context kept on each side of a claim in a long sentence.
const SENTENCE_WINDOW: usize = 160;

/// Cut `text` (whose byte offset in the document is `base`) to at most
/// `window` characters on either side of `span`; returns the cut text, the
/// byte offset where the cut starts, and whether each side was cut.
fn window(text: &str, base: usize, span: Span, window: usize) -> (String, usize, bool, bool) {
    let rel_start = span.start.saturating_sub(base).min(text.len());
    let rel_end = span.end.saturating_sub(base).min(text.len()).max(rel_start);
    let before = text.get(..rel_start).unwrap_or("");
    let after = text.get(rel_end..).unwrap_or("");
    // More than `window` characters on a side, without counting a whole
    // (possibly 100 MB) line for every finding on it.
    let cut_left = before.chars().rev().nth(window).is_some();
    let cut_right = after.chars().nth(window).is_some();
    let left_start = if cut_left {
        before
            .char_indices()
            .rev()
            .nth(window - 1)
            .map_or(0, |(i, _)| i)
    } else {
        0
    };
    let right_end = if cut_right {
        rel_end
            + after
                .char_indices()
                .nth(window)
                .map_or(after.len(), |(i, _)| i)
    } else {
        text.len()
    };
    let body = text.get(left_start..right_end).unwrap_or("");
    (
        format!(
            "{}{}{}",
            if cut_left { "…" } else { "" },
            body,
            if cut_right { "…" } else { "" }
        ),
        base + left_start,
        cut_left,
        cut_right,
    )
}

thread_local! {
    /// Whether [`context`] is to build nothing (see [`Bare`]).
    static BARE: Cell<bool> = const { Cell::new(false) };
}

/// While alive (and made with `true`), [`context`] returns an empty
/// context on this thread instead of cutting windows from the document:
/// for a check run that empties every finding's context as soon as the
/// finding is made (`CheckOptions::without_context`), so the windows
/// would only be thrown away. The previous setting comes back on drop.
pub struct Bare {
    saved: bool,
}

impl Bare {
    pub fn new(bare: bool) -> Bare {
        Bare {
            saved: BARE.with(|b| b.replace(bare)),
        }
    }
}

impl Drop for Bare {
    fn drop(&mut self) {
        BARE.with(|b| b.set(self.saved));
    }
}

/// Build the context of a claim, with an optional replacement of `fix_span`
/// (an empty context inside a [`Bare`] scope).
pub fn context(doc: &Document, claim: Span, sentence: Span, fix: Option<(Span, &str)>) -> Context {
    if BARE.with(Cell::get) {
        return Context::default();
    }
    let line = doc.lines.line_of(claim.start);
    let (ls, le) = doc.lines.line_range(&doc.text, line);
    let line_full = doc.text.get(ls..le).unwrap_or("");
    let (line_text, cut_start, cut_left, _) = window(line_full, ls, claim, LINE_WINDOW);
    let prefix_chars = doc
        .text
        .get(cut_start..claim.start)
        .map_or(0, |s| s.chars().count());
    let line_column = prefix_chars + usize::from(cut_left) + 1;
    let claim_end_on_line = claim.end.min(le);
    let claim_chars = doc
        .text
        .get(claim.start..claim_end_on_line)
        .map_or(0, |s| s.chars().count());

    // The sentence is shown only beside its fixed form, so a finding with
    // no fix (most of them) holds no copy of it.
    let Some((span, replacement)) = fix else {
        return Context {
            line_text,
            line_column,
            claim_chars,
            sentence: String::new(),
            sentence_fixed: None,
        };
    };
    let sentence_text = doc.text.get(sentence.start..sentence.end).unwrap_or("");
    let (cut, cut_at, cut_left, cut_right) =
        window(sentence_text, sentence.start, claim, SENTENCE_WINDOW);
    let sentence_fixed = (|| {
        let body_start = cut_at;
        let body_end = cut_at + cut.len()
            - if cut_left { '…'.len_utf8() } else { 0 }
            - if cut_right { '…'.len_utf8() } else { 0 };
        if span.start < body_start || span.end > body_end {
            return None;
        }
        let head = doc.text.get(body_start..span.start)?;
        let tail = doc.text.get(span.end..body_end)?;
        Some(format!(
            "{}{head}{replacement}{tail}{}",
            if cut_left { "…" } else { "" },
            if cut_right { "…" } else { "" }
        ))
    })();
    Context {
        line_text,
        line_column,
        claim_chars,
        sentence: cut,
        sentence_fixed,
    }
}

/// A finding's location fields from its span.
pub fn locate(doc: &Document, span: Span, finding: &mut Finding) {
    let (line, column) = doc.position(span.start);
    let (end_line, end_column) = doc.position(span.end);
    finding.line = line;
    finding.column = column;
    finding.end_line = end_line;
    finding.end_column = end_column;
    finding.start = span.start;
    finding.end = span.end;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Format;

    #[test]
    fn bare_scopes_build_no_context_and_nest() {
        let text = "Italy has over 800 units there.";
        let doc = Document::from_text("a", text.into(), Format::Text, None, vec![]);
        let span = Span::new(10, 18);
        let whole = Span::new(0, text.len());
        let full = context(&doc, span, whole, None);
        assert_ne!(full, Context::default());
        {
            let _outer = Bare::new(true);
            assert_eq!(context(&doc, span, whole, None), Context::default());
            {
                let _inner = Bare::new(false);
                assert_eq!(context(&doc, span, whole, None), full);
            }
            assert_eq!(context(&doc, span, whole, None), Context::default());
        }
        assert_eq!(context(&doc, span, whole, None), full);
    }

    #[test]
    fn short_lines_are_whole() {
        let text = "Italy has over 800 units there.";
        let doc = Document::from_text("a", text.into(), Format::Text, None, vec![]);
        let at = text.find("over").unwrap();
        let span = Span::new(at, at + "over 800 units".len());
        let ctx = context(
            &doc,
            span,
            Span::new(0, text.len()),
            Some((Span::new(at, at + 8), "about 650")),
        );
        assert_eq!(ctx.line_text, text);
        assert_eq!(ctx.line_column, 11);
        assert_eq!(ctx.claim_chars, 14);
        assert_eq!(
            ctx.sentence_fixed.as_deref(),
            Some("Italy has about 650 units there.")
        );
    }

    #[test]
    fn long_lines_are_cut_around_the_claim() {
        let text = format!("{} “over 800 units” {}", "é".repeat(300), "b".repeat(300));
        let doc = Document::from_text("a", text.clone(), Format::Text, None, vec![]);
        let at = text.find("over").unwrap();
        let span = Span::new(at, at + "over 800 units".len());
        let ctx = context(&doc, span, Span::new(0, text.len()), Some((span, "x")));
        assert!(ctx.line_text.starts_with('…') && ctx.line_text.ends_with('…'));
        let shown: String = ctx
            .line_text
            .chars()
            .skip(ctx.line_column - 1)
            .take(ctx.claim_chars)
            .collect();
        assert_eq!(shown, "over 800 units");
        assert!(ctx.sentence_fixed.unwrap().contains("“x”"));
    }
}
