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
use crate::reference::model::{Fact, RefValue};

pub const ID: &str = "fact-mismatch";
pub const SEVERITY: Severity = Severity::Error;

/// A finding when `q` contradicts `fact`.
pub fn check(doc: &Document, claim: &Claim, q: &Quantity, fact: &Fact) -> Option<Finding> {
    if quantity_consistent(q, fact.value, fact.tolerance) {
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
