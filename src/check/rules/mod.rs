//! The rules, one file each. A rule's documentation is its file's `//!`
//! comment, which `factlint rules ID` prints — one text for readers of the
//! code and users of the tool.

pub mod ambiguous_match;
pub mod arithmetic;
pub mod date_mismatch;
pub mod fact_mismatch;
pub mod impossible_date;
pub mod inconsistent_figure;
pub mod loose_bound;
pub mod paired_crosswise;
pub mod past_as_future;
pub mod stale_commitment;
pub mod unmatched_claim;
pub mod unresolved_date;
pub mod unused_suppression;
pub mod weekday_mismatch;

use crate::check::finding::{Finding, Severity};
use crate::document::Document;
use crate::extract::claim::{Claim, ClaimKind};

/// A rule's identity and documentation.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    pub id: &'static str,
    pub default_severity: Severity,
    source: &'static str,
}

impl Rule {
    /// The rule's documentation: its source file's `//!` comment.
    pub fn doc(&self) -> String {
        let mut out = String::new();
        for line in self.source.lines() {
            let Some(text) = line.strip_prefix("//!") else {
                break;
            };
            out.push_str(text.strip_prefix(' ').unwrap_or(text));
            out.push('\n');
        }
        out.trim().to_owned()
    }

    /// The first sentence of the documentation, for listings.
    pub fn summary(&self) -> String {
        let doc = self.doc();
        let first = doc
            .split("\n\n")
            .find(|p| !p.trim_start().starts_with('#'))
            .unwrap_or("")
            .replace('\n', " ");
        first.trim().to_owned()
    }
}

/// Every rule factlint has, in DESIGN's order.
pub const RULES: &[Rule] = &[
    Rule {
        id: fact_mismatch::ID,
        default_severity: fact_mismatch::SEVERITY,
        source: include_str!("fact_mismatch.rs"),
    },
    Rule {
        id: date_mismatch::ID,
        default_severity: date_mismatch::SEVERITY,
        source: include_str!("date_mismatch.rs"),
    },
    Rule {
        id: weekday_mismatch::ID,
        default_severity: weekday_mismatch::SEVERITY,
        source: include_str!("weekday_mismatch.rs"),
    },
    Rule {
        id: impossible_date::ID,
        default_severity: impossible_date::SEVERITY,
        source: include_str!("impossible_date.rs"),
    },
    Rule {
        id: past_as_future::ID,
        default_severity: past_as_future::SEVERITY,
        source: include_str!("past_as_future.rs"),
    },
    Rule {
        id: inconsistent_figure::ID,
        default_severity: inconsistent_figure::SEVERITY,
        source: include_str!("inconsistent_figure.rs"),
    },
    Rule {
        id: arithmetic::ID,
        default_severity: arithmetic::SEVERITY,
        source: include_str!("arithmetic.rs"),
    },
    Rule {
        id: stale_commitment::ID,
        default_severity: stale_commitment::SEVERITY,
        source: include_str!("stale_commitment.rs"),
    },
    Rule {
        id: loose_bound::ID,
        default_severity: loose_bound::SEVERITY,
        source: include_str!("loose_bound.rs"),
    },
    Rule {
        id: paired_crosswise::ID,
        default_severity: paired_crosswise::SEVERITY,
        source: include_str!("paired_crosswise.rs"),
    },
    Rule {
        id: ambiguous_match::ID,
        default_severity: ambiguous_match::SEVERITY,
        source: include_str!("ambiguous_match.rs"),
    },
    Rule {
        id: unresolved_date::ID,
        default_severity: unresolved_date::SEVERITY,
        source: include_str!("unresolved_date.rs"),
    },
    Rule {
        id: unmatched_claim::ID,
        default_severity: unmatched_claim::SEVERITY,
        source: include_str!("unmatched_claim.rs"),
    },
    Rule {
        id: unused_suppression::ID,
        default_severity: unused_suppression::SEVERITY,
        source: include_str!("unused_suppression.rs"),
    },
];

/// Rules that run only when turned on (`--rule ID=LEVEL` or the config).
pub const OFF_BY_DEFAULT: &[&str] = &[unmatched_claim::ID];

/// The findings a date claim earns on its own, without reference data:
/// weekday-mismatch, impossible-date, past-as-future, unresolved-date.
pub fn date_findings(doc: &Document, claim: &Claim) -> Vec<Finding> {
    let ClaimKind::Date(d) = &claim.kind else {
        return Vec::new();
    };
    [
        weekday_mismatch::check(doc, claim, d),
        impossible_date::check(doc, claim, d),
        past_as_future::check(doc, claim, d),
        unresolved_date::check(doc, claim, d),
    ]
    .into_iter()
    .flatten()
    .collect()
}

pub(crate) use crate::extract::lexicon::is_not_noun_lowercase;

/// Look a rule up by id.
pub fn find(id: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.id == id)
}

#[cfg(test)]
mod date_rule_tests;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_is_documented() {
        for rule in RULES {
            let doc = rule.doc();
            assert!(doc.starts_with(&format!("# {}", rule.id)), "{}", rule.id);
            assert!(doc.contains("Why it matters"), "{}", rule.id);
            assert!(doc.contains("Example"), "{}", rule.id);
            assert!(!rule.summary().is_empty());
        }
        assert!(find("fact-mismatch").is_some());
        for id in [
            "weekday-mismatch",
            "impossible-date",
            "past-as-future",
            "unresolved-date",
        ] {
            assert!(find(id).is_some(), "{id}");
        }
        assert!(find("nope").is_none());
    }

    #[test]
    fn not_noun_lookup_equals_the_table() {
        use crate::extract::lexicon::NOT_NOUNS;
        for w in NOT_NOUNS.iter().copied().chain([
            "", "units", "troops", "ofs", "zzz", "aaa", "percents", "The",
        ]) {
            assert_eq!(is_not_noun_lowercase(w), NOT_NOUNS.contains(&w), "{w:?}");
        }
    }
}
