//! The one message type every reporter renders.

use serde::Serialize;

use crate::extract::claim::Span;

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn name(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// The claim as a finding reports it (DESIGN's JSON `claim`). Whole
/// figures serialize as JSON integers (`800`, not `800.0`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ClaimSummary {
    pub kind: &'static str,
    pub text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<&'static str>,
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::report::serialize_opt_number"
    )]
    pub value: Option<f64>,
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::report::serialize_opt_number"
    )]
    pub min: Option<f64>,
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::report::serialize_opt_number"
    )]
    pub max: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interval: Option<crate::time::Interval>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub relation: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub commitment: Option<bool>,
}

impl ClaimSummary {
    /// A summary with only its kind and text; the rest filled in by the caller.
    pub fn new(kind: &'static str, text: String) -> Self {
        ClaimSummary {
            kind,
            text,
            qualifier: None,
            value: None,
            min: None,
            max: None,
            unit: None,
            interval: None,
            relation: None,
            commitment: None,
        }
    }
}

/// The reference fact or event a finding cites (DESIGN's JSON `reference`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReferenceCite {
    pub id: String,
    /// The fact's value ("650", "7.5 million – 8 million"), for facts.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<serde_json::Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// The event's date as written ("2022-05-11"), for events.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<crate::reference::model::EventStatus>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub as_of: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    pub file: String,
    pub line: usize,
}

/// A replacement for the claim's text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Suggestion {
    /// The bytes to replace (usually the claim's span).
    pub span: Span,
    pub replacement: String,
    /// Whether `--fix` may apply it unasked: exactly one fact matched and
    /// the new wording is unambiguous.
    pub safe: bool,
}

/// The source around a finding, kept in the finding so reporters need no
/// access to the document (memory stays bounded by one document).
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct Context {
    /// The claim's line, cut to a window around the claim when long.
    pub line_text: String,
    /// Column (1-based, characters) in `line_text` where the claim starts.
    pub line_column: usize,
    /// Characters of the claim shown in `line_text` (up to the line end).
    pub claim_chars: usize,
    /// The claim's sentence, cut to a window when long; empty when there
    /// is no `sentence_fixed` to show beside it.
    pub sentence: String,
    /// The same sentence with the suggestion applied.
    pub sentence_fixed: Option<String>,
}

/// One diagnostic.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    pub rule: &'static str,
    pub severity: Severity,
    pub path: String,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
    pub start: usize,
    pub end: usize,
    pub claim: ClaimSummary,
    /// Boxed: most findings have none, and inline it would be the largest
    /// field (a long document holds hundreds of thousands of findings).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference: Option<Box<ReferenceCite>>,
    /// What went wrong: "claims more than 800 troops; reference says 650 (as of 2021-06)".
    pub message: String,
    /// What the claim means, in words ("more than 800 units").
    #[serde(skip)]
    pub meaning: String,
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "suggestion_text"
    )]
    pub suggestion: Option<Suggestion>,
    /// Several candidate corrections when the tool cannot know which side is wrong.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub alternatives: Vec<String>,
    pub fingerprint: String,
    #[serde(skip)]
    pub context: Context,
}

fn suggestion_text<S: serde::Serializer>(
    s: &Option<Suggestion>,
    ser: S,
) -> Result<S::Ok, S::Error> {
    match s {
        Some(s) => ser.serialize_str(&s.replacement),
        None => ser.serialize_none(),
    }
}

/// A stable 64-bit FNV-1a hash as 16 hex digits: the same finding keeps the
/// same fingerprint across edits that do not touch it.
pub fn fingerprint(parts: &[&str]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for b in part.bytes().chain(std::iter::once(0u8)) {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}

/// Sort findings by (start, end, rule), keeping the order of equal ones —
/// what a stable `sort_by` on that key gives — without the stable sort's
/// scratch buffer of half the findings (a long document has hundreds of
/// thousands): the positions are sorted, then the findings moved into
/// place by following the permutation's cycles.
pub fn sort_findings(findings: &mut [Finding]) {
    let key = |f: &Finding| (f.start, f.end, f.rule);
    if findings.is_sorted_by(|a, b| key(a) <= key(b)) {
        return;
    }
    let mut order: Vec<usize> = (0..findings.len()).collect();
    order.sort_unstable_by_key(|&i| (findings.get(i).map(key), i));
    // Position `k` must receive the finding now at `order[k]`; a position
    // is done once `order[k] == k`.
    for start in 0..order.len() {
        let mut cur = start;
        while let Some(next) = order.get(cur).copied() {
            if let Some(slot) = order.get_mut(cur) {
                *slot = cur;
            }
            if next == start || next == cur {
                break;
            }
            findings.swap(cur, next);
            cur = next;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sort_findings_is_a_stable_sort() {
        let base = crate::report::fixtures::report().findings;
        let rules = ["a", "b", "c"];
        let mut seed = 7u64;
        let mut next = move |m: u64| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ((seed >> 33) % m) as usize
        };
        for n in [0, 1, 2, 5, 40, 500] {
            let findings: Vec<Finding> = (0..n)
                .map(|i| {
                    let mut f = base[i % base.len()].clone();
                    f.start = next(6);
                    f.end = f.start + next(3);
                    f.rule = rules[next(3)];
                    f.message = i.to_string();
                    f
                })
                .collect();
            let mut stable = findings.clone();
            stable.sort_by(|a, b| (a.start, a.end, a.rule).cmp(&(b.start, b.end, b.rule)));
            let mut ours = findings;
            sort_findings(&mut ours);
            assert_eq!(ours, stable, "{n} findings");
        }
    }

    #[test]
    fn fingerprints_are_stable_and_distinct() {
        assert_eq!(fingerprint(&["a", "b"]), fingerprint(&["a", "b"]));
        assert_ne!(fingerprint(&["ab", ""]), fingerprint(&["a", "b"]));
        assert_eq!(fingerprint(&["x"]).len(), 16);
    }
}
