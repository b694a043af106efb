//! What the page shows of one checked text, as one JSON document.
//!
//! The findings are those of `check --format json`, each with what the
//! page adds: where it is in UTF-16 code units (as a browser indexes a
//! string), whether `--fix` would apply its suggestion unasked, and the
//! word diff of its sentence. The corrected text is [`crate::fix::apply`]'s.

use serde_json::{json, Value};

use super::Health;
use crate::checker::{CheckedText, Checker};
use crate::report::{word_pieces, WordPiece};

/// The review of `checked` as JSON.
pub(super) fn review(checker: &Checker, checked: CheckedText, health: &Health) -> String {
    let report = checker.report(&checked);
    let detail = checker.detail(&checked);
    let text = &checked.document.text;
    let mut offsets: Vec<usize> =
        Vec::with_capacity(2 * (detail.claims.len() + report.findings.len()));
    for c in &detail.claims {
        offsets.extend([c.span.start, c.span.end]);
    }
    for f in &report.findings {
        offsets.extend([f.start, f.end]);
    }
    let utf16 = Utf16Offsets::new(text, offsets);
    let claims: Vec<Value> = detail
        .claims
        .iter()
        .map(|c| {
            json!({
                "start": utf16.at(c.span.start),
                "end": utf16.at(c.span.end),
                "kind": c.kind,
                "status": c.status.name(),
                "reference": c.reference,
            })
        })
        .collect();
    let findings: Vec<Value> = report
        .findings
        .iter()
        .map(|f| {
            let mut value = serde_json::to_value(f).unwrap_or(Value::Null);
            if let Value::Object(map) = &mut value {
                map.insert("start16".into(), json!(utf16.at(f.start)));
                map.insert("end16".into(), json!(utf16.at(f.end)));
                map.insert(
                    "safe".into(),
                    json!(f.suggestion.as_ref().is_some_and(|s| s.safe)),
                );
                let diff = f
                    .context
                    .sentence_fixed
                    .as_deref()
                    .map(|fixed| diff_json(&f.context.sentence, fixed));
                map.insert("diff".into(), diff.unwrap_or(Value::Null));
            }
            value
        })
        .collect();
    let fixed = crate::fix::apply(text, &report.findings);
    let (errors, warnings, infos) = report.counts();
    json!({
        "summary": {
            "claims": report.claims,
            "agree": report.coverage.agree,
            "mismatch": report.coverage.mismatch,
            "unchecked": report.coverage.unchecked,
            "references": report.references,
            "unused_references": report.unused_references,
            "errors": errors,
            "warnings": warnings,
            "infos": infos,
        },
        "claims": claims,
        "findings": findings,
        "corrected": fixed.text,
        "applied": fixed.applied.len(),
        "health": health,
    })
    .to_string()
}

/// A word diff as a list of `{"same": text}` and `{"deleted", "inserted"}`
/// pieces (the whitespace around a change as `same` pieces).
fn diff_json(old: &str, new: &str) -> Value {
    let mut pieces: Vec<Value> = Vec::new();
    let mut same = String::new();
    let flush = |same: &mut String, pieces: &mut Vec<Value>| {
        if !same.is_empty() {
            pieces.push(json!({ "same": std::mem::take(same) }));
        }
    };
    for piece in word_pieces(old, new) {
        match piece {
            WordPiece::Same(s) => same.push_str(&s),
            WordPiece::Change {
                leading,
                deleted,
                inserted,
                trailing,
            } => {
                same.push_str(&leading);
                flush(&mut same, &mut pieces);
                pieces.push(json!({ "deleted": deleted, "inserted": inserted }));
                same.push_str(&trailing);
            }
        }
    }
    flush(&mut same, &mut pieces);
    Value::Array(pieces)
}

/// Byte offsets of a text and the same offsets in UTF-16 code units,
/// found in one pass over the text.
struct Utf16Offsets {
    pairs: Vec<(usize, usize)>,
}

impl Utf16Offsets {
    fn new(text: &str, mut offsets: Vec<usize>) -> Utf16Offsets {
        offsets.sort_unstable();
        offsets.dedup();
        let mut pairs = Vec::with_capacity(offsets.len());
        let mut wanted = offsets.into_iter().peekable();
        let mut units = 0;
        for (at, c) in text.char_indices() {
            while let Some(&o) = wanted.peek() {
                if o > at {
                    break;
                }
                pairs.push((o, units));
                wanted.next();
            }
            units += c.len_utf16();
        }
        // Offsets at or past the end of the text.
        pairs.extend(wanted.map(|o| (o, units)));
        Utf16Offsets { pairs }
    }

    fn at(&self, byte: usize) -> usize {
        match self.pairs.binary_search_by_key(&byte, |&(b, _)| b) {
            Ok(i) | Err(i) => self.pairs.get(i).map_or(0, |&(_, u)| u),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_count_utf16_units() {
        let text = "é😀 a";
        // é: 2 bytes, 1 unit; 😀: 4 bytes, 2 units.
        let u = Utf16Offsets::new(text, vec![0, 2, 6, 7, 8]);
        assert_eq!(u.at(0), 0);
        assert_eq!(u.at(2), 1);
        assert_eq!(u.at(6), 3);
        assert_eq!(u.at(7), 4);
        assert_eq!(u.at(8), 5);
    }

    #[test]
    fn a_changed_figure_is_one_deleted_and_inserted_piece() {
        let diff = diff_json("with over 800 units", "with about 650 units");
        assert_eq!(
            diff,
            json!([
                {"same": "with "},
                {"deleted": "over 800", "inserted": "about 650"},
                {"same": " units"}
            ])
        );
    }
}
