//! # fact-mismatch
//!
//! A figure contradicts the reference fact it speaks about, under the
//! meaning of its qualifier.
//!
//! **Why it matters:** a wrong figure is the most common and most quoted
//! factual error. "Over 800" is wrong when the reference says 650, however
//! round the figure looks.
//!
//! **How it judges:** a bare figure must round to the reference at the
//! precision it is written at ("800" accepts 750 to 849); "nearly" accepts up
//! to 10% below; "over" strictly more; "at least", "under", "up to",
//! "about" (±10%), "between", "exactly" as their words say. A reference range
//! is consistent when it meets the claim's set. `tolerance:` on the fact
//! overrides the 10% defaults. A duration ("more than 11 years", "15 to
//! 30 years") is judged the same way against a fact counted in its time
//! unit (`unit: year`), its qualifier or range kept.
//!
//! **Example:**
//!
//! ```text
//! Italy, with over 800 units between Iraq and Kuwait …
//! reference italy/troops-iraq-kuwait: 650 troops (as of 2021-06)
//! → claims more than 800 troops; reference says 650 (as of 2021-06)
//! ```

use crate::check::context::context;
use crate::check::finding::{Finding, Severity, Suggestion};
use crate::check::judge::{acceptable, quantity_consistent};
use crate::check::suggest::quantity_claim;
use crate::check::{base_finding, describe_quantity, fact_cite, fact_value_text};
use crate::document::Document;
use crate::extract::claim::{Claim, ClaimKind, Qualifier, Quantity, Span};
use crate::reference::model::{Fact, RefValue, Tolerance};

pub const ID: &str = "fact-mismatch";
pub const SEVERITY: Severity = Severity::Error;

/// A finding when `q` contradicts `fact`.
pub fn check(doc: &Document, claim: &Claim, q: &Quantity, fact: &Fact) -> Option<Finding> {
    if consistent(q, fact.value, fact.tolerance) {
        return None;
    }
    let unit = fact
        .unit
        .clone()
        .or_else(|| q.unit.clone())
        .unwrap_or_default();
    let claim_words = describe_quantity(q, &unit);
    let as_of = fact
        .as_of
        .as_ref()
        .map(|a| format!(" (as of {})", a.text))
        .unwrap_or_default();
    // An undecided "$" judged against an AUD fact: say which dollar.
    let assumed = match (q.unit.as_deref(), fact.unit.as_deref()) {
        (Some(cu), Some(fu)) => crate::extract::currency::assumed_for(cu, fu)
            .map(|code| format!(" (\"{cu}\" read as {code})"))
            .unwrap_or_default(),
        _ => String::new(),
    };
    let message = format!(
        "claims {claim_words}; reference says {}{as_of}{assumed}",
        fact_value_text(fact)
    );
    let acc = acceptable(q, fact.tolerance);
    let meaning = describe_quantity(q, q.unit.as_deref().unwrap_or(""))
        + &match (acc.lo.is_finite(), acc.hi.is_finite(), q.qualifier) {
            (true, true, Qualifier::None) => format!(
                " (accepts {} to {})",
                crate::check::judge::format_number(acc.lo),
                crate::check::judge::format_number(acc.hi)
            ),
            _ => String::new(),
        };
    let sentence = doc
        .sentences
        .get(claim.sentence)
        .map_or(claim.span, |s| s.span);
    let mut finding = base_finding(doc, claim, ID, SEVERITY, message, meaning);
    finding.reference = Some(Box::new(fact_cite(fact)));
    let safe = matches!(fact.value, RefValue::Exact(_));
    // The suggestion replaces the whole claim, so that it reads on its own
    // ("about 650 units"); the counted noun is kept as written.
    let Some(span) = rewritten(claim) else {
        // "more than a decade": no number alone to rewrite.
        return Some(finding);
    };
    let replacement = quantity_claim(doc, span, q, fact);
    finding.context = context(
        doc,
        claim.span,
        sentence,
        Some((span, replacement.as_str())),
    );
    finding.suggestion = Some(Suggestion {
        span,
        replacement,
        safe,
    });
    Some(finding)
}

/// Whether `q` is consistent with a fact's value and tolerance:
/// DESIGN's qualifier table; a range claim against a range fact compares
/// the ends, each as a bare figure at the claim's precision (or within
/// the fact's tolerance, when that is wider).
pub fn consistent(q: &Quantity, reference: RefValue, tolerance: Option<Tolerance>) -> bool {
    match (q.qualifier, q.min, q.max, reference) {
        (Qualifier::Between, Some(lo), Some(hi), RefValue::Range { min, max }) => {
            let end = |value: f64| Quantity {
                value,
                min: None,
                max: None,
                qualifier: Qualifier::None,
                ..q.clone()
            };
            quantity_consistent(&end(lo), RefValue::Exact(min), tolerance)
                && quantity_consistent(&end(hi), RefValue::Exact(max), tolerance)
        }
        _ => quantity_consistent(q, reference, tolerance),
    }
}

/// The part of a claim a suggestion replaces: a quantity whole; a
/// duration from its figure on ("for more than 11 years" keeps "for "),
/// and none when its number is not written as a count of its unit ("a
/// decade", "2 years and 3 months").
pub fn rewritten(claim: &Claim) -> Option<Span> {
    match &claim.kind {
        ClaimKind::Duration(d) => d.figure.map(|f| Span::new(f.start, claim.span.end)),
        _ => Some(claim.span),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::claim::NumberStyle;

    fn range(min: f64, max: f64, precision: f64) -> Quantity {
        Quantity {
            value: min,
            min: Some(min),
            max: Some(max),
            qualifier: Qualifier::Between,
            unit: None,
            precision,
            style: NumberStyle::Digits,
            figure: Span::default(),
            modifiers: None,
        }
    }

    fn between(min: f64, max: f64) -> RefValue {
        RefValue::Range { min, max }
    }

    #[test]
    fn a_range_against_a_range_is_judged_at_both_ends() {
        // "10,000 to 40,000": each end rounds at its precision.
        let claim = range(10_000.0, 40_000.0, 1_000.0);
        assert!(consistent(&claim, between(10_000.0, 40_000.0), None));
        assert!(consistent(&claim, between(10_400.0, 39_600.0), None));
        // Overlapping is not enough: doubled, or one end off.
        assert!(!consistent(&claim, between(20_000.0, 80_000.0), None));
        assert!(!consistent(&claim, between(10_000.0, 45_000.0), None));
        assert!(!consistent(&claim, between(5_000.0, 40_000.0), None));
        // The fact's tolerance widens each end.
        let wide = Some(Tolerance::Relative(0.2));
        assert!(consistent(&claim, between(11_000.0, 45_000.0), wide));
    }

    #[test]
    fn a_range_against_a_figure_and_a_figure_against_a_range_still_meet() {
        let claim = range(10_000.0, 40_000.0, 1_000.0);
        assert!(consistent(&claim, RefValue::Exact(25_000.0), None));
        assert!(!consistent(&claim, RefValue::Exact(50_000.0), None));
        let point = Quantity {
            min: None,
            max: None,
            qualifier: Qualifier::About,
            value: 25_000.0,
            ..claim
        };
        assert!(consistent(&point, between(10_000.0, 40_000.0), None));
    }
}
