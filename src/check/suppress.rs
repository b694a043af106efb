//! Inline suppressions, as Markdown and HTML write them:
//!
//! - `<!-- factlint-disable-next-line ID [ID…] [reason] -->` — the next
//!   non-blank line;
//! - `<!-- factlint-disable ID… -->` … `<!-- factlint-enable -->` — the
//!   lines between;
//! - front matter `factlint: {ignore: [ID…]}` — the whole document.
//!
//! With no rule id, every rule is suppressed. A suppression that
//! suppressed nothing is itself reported (`unused-suppression`), so stale
//! ones do not pile up.

use crate::check::rules;
use crate::document::Document;
use crate::extract::claim::Span;

/// One suppression and where it applies.
#[derive(Debug, Clone, PartialEq)]
pub struct Suppression {
    /// The comment itself.
    pub span: Span,
    /// Rule ids; empty means every rule.
    pub rules: Vec<String>,
    /// 1-based lines it covers, inclusive.
    pub first_line: usize,
    pub last_line: usize,
    /// Set once it suppressed a finding.
    pub used: bool,
}

impl Suppression {
    pub fn covers(&self, rule: &str, line: usize) -> bool {
        (self.rules.is_empty() || self.rules.iter().any(|r| r == rule))
            && (self.first_line..=self.last_line).contains(&line)
    }
}

/// Rule ids named in a comment's words; the rest is the reason.
fn rule_ids(words: &str) -> Vec<String> {
    words
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| rules::find(w).is_some() || *w == "unused-suppression")
        .map(str::to_owned)
        .collect()
}

/// Every suppression in a document.
pub fn find(doc: &Document) -> Vec<Suppression> {
    let text = doc.text.as_str();
    let mut out = Vec::new();
    let mut open: Option<(Span, Vec<String>, usize)> = None;
    let last_line = doc.position(text.len()).0;
    for start in memchr::memmem::find_iter(text.as_bytes(), b"<!--") {
        let Some(rest) = text.get(start + 4..) else {
            continue;
        };
        let Some(close) = rest.find("-->") else {
            continue;
        };
        let body = rest.get(..close).unwrap_or("").trim();
        let span = Span::new(start, start + 4 + close + 3);
        let (line, _) = doc.position(start);
        if let Some(words) = body.strip_prefix("factlint-disable-next-line") {
            // The next line that holds something.
            let mut target = line + 1;
            while target <= last_line && line_is_blank(doc, target) {
                target += 1;
            }
            out.push(Suppression {
                span,
                rules: rule_ids(words),
                first_line: target,
                last_line: target,
                used: false,
            });
        } else if let Some(words) = body.strip_prefix("factlint-disable") {
            if words.starts_with(|c: char| c.is_whitespace()) || words.is_empty() {
                open = Some((span, rule_ids(words), line));
            }
        } else if body.starts_with("factlint-enable") {
            if let Some((s, rules, from)) = open.take() {
                out.push(Suppression {
                    span: s,
                    rules,
                    first_line: from,
                    last_line: line,
                    used: false,
                });
            }
        }
    }
    if let Some((s, rules, from)) = open {
        out.push(Suppression {
            span: s,
            rules,
            first_line: from,
            last_line,
            used: false,
        });
    }
    if let Some(ids) = front_matter_ignores(doc) {
        out.push(Suppression {
            span: Span::new(0, 0),
            rules: ids,
            first_line: 1,
            last_line,
            used: true,
        });
    }
    out
}

fn line_is_blank(doc: &Document, line: usize) -> bool {
    let (s, e) = doc.lines.line_range(&doc.text, line.saturating_sub(1));
    doc.text.get(s..e).is_none_or(|l| l.trim().is_empty())
}

/// `factlint: {ignore: [ID…]}` in front matter. Whole-document ignores are
/// deliberate, so they are never reported as unused.
fn front_matter_ignores(doc: &Document) -> Option<Vec<String>> {
    let body = doc.text.strip_prefix('\u{feff}').unwrap_or(&doc.text);
    let rest = body
        .strip_prefix("---\n")
        .or_else(|| body.strip_prefix("---\r\n"))?;
    let end = rest.find("\n---")?;
    let yaml: serde_yaml::Value = serde_yaml::from_str(rest.get(..end)?).ok()?;
    let ignore = yaml.get("factlint")?.get("ignore")?;
    let ids: Vec<String> = match ignore {
        serde_yaml::Value::Sequence(items) => items
            .iter()
            .filter_map(|v| v.as_str().map(str::to_owned))
            .collect(),
        serde_yaml::Value::String(s) => vec![s.clone()],
        _ => return None,
    };
    Some(ids)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Format;

    fn doc(text: &str) -> Document {
        Document::from_text("a.md", text.to_owned(), Format::Markdown, None, vec![])
    }

    #[test]
    fn next_line_skips_blank_lines() {
        let d = doc("<!-- factlint-disable-next-line fact-mismatch checked by phone -->\n\nOver 800 units.\n");
        let s = find(&d);
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].rules, vec!["fact-mismatch"]);
        assert!(s[0].covers("fact-mismatch", 3));
        assert!(!s[0].covers("date-mismatch", 3));
    }

    #[test]
    fn blocks_and_all_rules() {
        let d = doc("a\n<!-- factlint-disable -->\nb\nc\n<!-- factlint-enable -->\nd\n");
        let s = find(&d);
        assert_eq!((s[0].first_line, s[0].last_line), (2, 5));
        assert!(s[0].covers("anything", 3));
        assert!(!s[0].covers("anything", 6));
    }

    #[test]
    fn front_matter() {
        let d = doc("---\nfactlint:\n  ignore: [date-mismatch]\n---\ntext\n");
        let s = find(&d);
        assert!(s[0].covers("date-mismatch", 5) && s[0].used);
    }
}
