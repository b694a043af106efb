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

use std::collections::HashMap;

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
    let closer = memchr::memmem::Finder::new(b"-->");
    // The first "-->" at or after the current opener's body: openers come
    // in order, so it is searched for again only once passed, and a text
    // of unclosed openers is read once, not once per opener.
    let mut next_close: Option<usize> = None;
    // The line the last next-line comment stood on and the line it named:
    // comments on one line all name the same one.
    let mut last_target: Option<(usize, usize)> = None;
    for start in memchr::memmem::find_iter(text.as_bytes(), b"<!--") {
        let body_start = start + 4;
        if next_close.is_none_or(|c| c < body_start) {
            let rest = text.as_bytes().get(body_start..).unwrap_or(&[]);
            match closer.find(rest) {
                Some(c) => next_close = Some(body_start + c),
                // No "-->" after this opener, so none after any later one.
                None => break,
            }
        }
        let Some(close) = next_close else {
            break;
        };
        let Some(body) = text.get(body_start..close) else {
            continue;
        };
        let body = body.trim();
        let span = Span::new(start, close + 3);
        let (line, _) = doc.position(start);
        if let Some(words) = body.strip_prefix("factlint-disable-next-line") {
            // The next line that holds something.
            let target = match last_target {
                Some((from, target)) if from == line => target,
                _ => {
                    let mut target = line + 1;
                    while target <= last_line && line_is_blank(doc, target) {
                        target += 1;
                    }
                    last_target = Some((line, target));
                    target
                }
            };
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
    // Front matter's `factlint: {ignore: […]}`: whole-document ignores are
    // deliberate, so they are never reported as unused.
    if let Some(ids) = doc.ignored_rules.clone() {
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

/// Which suppression a finding falls under, looked up rather than
/// searched, so that a document of many suppressions and many findings
/// stays linear: the answer is [`Suppression::covers`]'s first match in
/// the list's order.
pub struct Lookup {
    /// Suppressions of one line, by (line, rule id); no id for every rule.
    one_line: HashMap<(usize, Option<String>), usize>,
    /// Suppressions of several lines that follow one another (each starts
    /// at or after the previous one's end), so that at most two hold a line.
    chain: Vec<usize>,
    /// Any others (front matter covers the whole document), tried each time.
    others: Vec<usize>,
}

impl Lookup {
    pub fn new(suppressions: &[Suppression]) -> Lookup {
        let mut one_line: HashMap<(usize, Option<String>), usize> = HashMap::new();
        let mut several: Vec<usize> = Vec::new();
        for (i, s) in suppressions.iter().enumerate() {
            if s.first_line != s.last_line {
                several.push(i);
                continue;
            }
            let ids: Vec<Option<String>> = if s.rules.is_empty() {
                vec![None]
            } else {
                s.rules.iter().cloned().map(Some).collect()
            };
            for id in ids {
                one_line.entry((s.first_line, id)).or_insert(i);
            }
        }
        let span = |i: &usize| {
            suppressions
                .get(*i)
                .map_or((0, 0), |s| (s.first_line, s.last_line))
        };
        several.sort_by_key(|i| (span(i).0, *i));
        let (mut chain, mut others) = (Vec::new(), Vec::new());
        for i in several {
            let follows = chain.last().is_none_or(|p| span(p).1 <= span(&i).0);
            if follows {
                chain.push(i);
            } else {
                others.push(i);
            }
        }
        Lookup {
            one_line,
            chain,
            others,
        }
    }

    /// The index of the first suppression that covers `rule` at `line`.
    pub fn first_covering(
        &self,
        suppressions: &[Suppression],
        rule: &str,
        line: usize,
    ) -> Option<usize> {
        let covers = |i: &usize| suppressions.get(*i).is_some_and(|s| s.covers(rule, line));
        let by_line = [Some(rule.to_owned()), None]
            .into_iter()
            .filter_map(|id| self.one_line.get(&(line, id)).copied());
        let at = self
            .chain
            .partition_point(|i| suppressions.get(*i).is_some_and(|s| s.first_line <= line));
        let in_chain = self
            .chain
            .get(..at)
            .unwrap_or(&[])
            .iter()
            .rev()
            .take_while(|i| suppressions.get(**i).is_some_and(|s| s.last_line >= line))
            .copied();
        by_line
            .chain(in_chain.filter(covers))
            .chain(self.others.iter().copied().filter(covers))
            .min()
    }
}

fn line_is_blank(doc: &Document, line: usize) -> bool {
    let (s, e) = doc.lines.line_range(&doc.text, line.saturating_sub(1));
    doc.text.get(s..e).is_none_or(|l| l.trim().is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Format;

    fn doc(text: &str) -> Document {
        Document::from_text("a.md", text.to_owned(), Format::Markdown, None, vec![])
    }

    #[test]
    fn front_matter_nested_too_deep_is_not_parsed_for_ignores() {
        let deep = format!(
            "---\nfactlint: {{ignore: [fact-mismatch]}}\nk: {}\n---\nOver 800 units.\n",
            "[".repeat(100_000)
        );
        assert_eq!(doc(&deep).ignored_rules, None);
        let shallow = "---\nfactlint: {ignore: [fact-mismatch]}\n---\nOver 800 units.\n";
        assert_eq!(
            doc(shallow).ignored_rules,
            Some(vec!["fact-mismatch".to_owned()])
        );
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

    /// `Lookup::first_covering` is the first `covers` in the list's order.
    #[test]
    fn the_lookup_finds_what_a_scan_finds() {
        let mut rng = crate::synth::Rng::new(3);
        let pieces = [
            "<!-- factlint-disable-next-line fact-mismatch -->",
            "<!-- factlint-disable-next-line -->",
            "<!-- factlint-disable-next-line date-mismatch arithmetic -->",
            "<!-- factlint-disable -->",
            "<!-- factlint-disable arithmetic -->",
            "<!-- factlint-enable -->",
            "text",
            "",
        ];
        for round in 0..300 {
            let mut text = String::new();
            if round % 5 == 0 {
                text.push_str("---\nfactlint:\n  ignore: [arithmetic]\n---\n");
            }
            for _ in 0..rng.below(30) {
                text.push_str(pieces[rng.below(pieces.len())]);
                text.push(if rng.below(3) == 0 { ' ' } else { '\n' });
            }
            let d = doc(&text);
            let s = find(&d);
            let lookup = Lookup::new(&s);
            for line in 0..=d.position(text.len()).0 + 1 {
                for rule in ["fact-mismatch", "date-mismatch", "arithmetic"] {
                    let scan = s.iter().position(|x| x.covers(rule, line));
                    assert_eq!(
                        lookup.first_covering(&s, rule, line),
                        scan,
                        "{text:?} {rule} {line}"
                    );
                }
            }
        }
    }

    #[test]
    fn unclosed_openers_and_many_comments_on_a_line() {
        let mut text = "<!-- ".repeat(5000);
        text.push_str("Italy has 800 troops.");
        assert!(find(&doc(&text)).is_empty());
        let mut text = "<!-- factlint-disable-next-line fact-mismatch -->".repeat(500);
        text.push_str("\n\n\nOver 800 units.\n");
        let s = find(&doc(&text));
        assert_eq!(s.len(), 500);
        assert!(s.iter().all(|x| (x.first_line, x.last_line) == (4, 4)));
    }

    #[test]
    fn front_matter() {
        let d = doc("---\nfactlint:\n  ignore: [date-mismatch]\n---\ntext\n");
        let s = find(&d);
        assert!(s[0].covers("date-mismatch", 5) && s[0].used);
    }
}
