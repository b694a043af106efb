//! # ambiguous-match
//!
//! Several facts or events match a claim equally well, and the claim
//! disagrees with at least one of them, so factlint cannot tell whether it
//! is right.
//!
//! **Why it matters:** picking one silently could hide a real mismatch or
//! raise a false one. The fix is in the reference data: make the `match`
//! terms of the facts more specific (add an `all` term, or a `none` term
//! that excludes the other), so that exactly one fact wins.
//!
//! **How it judges a tie:** the claim is judged against every candidate,
//! as `fact-mismatch` and `date-mismatch` would judge it. When it agrees
//! with all of them, whichever is meant the claim is right: no finding.
//! Otherwise there is one finding for each candidate it disagrees with,
//! citing that fact or event as its `reference` (so a wrong fact is never
//! hidden behind a tie); the message names every candidate. A tie none of
//! whose candidates can be judged (a relative date with no article date)
//! is one finding with no reference.
//!
//! **A tie the sentence settles:** "a profit of $815 million, or 69 cents
//! a share, or adjusted earnings of $729 million, or 62 cents". Where a
//! figure agrees with exactly one of its candidates and every other one
//! is confirmed by another figure of the same sentence (that figure
//! matches it and agrees with it), each candidate is checked by some
//! figure and none can hide: the figure speaks about the one it agrees
//! with, and there is no finding. A wrong value in any candidate leaves
//! the tie standing.
//!
//! **Bounds:** a claim alone of its kind in its sentence is weighed
//! against every fact that matches the sentence. Where several claims of a
//! kind share a sentence (a list or table without full stops), each is
//! paired only with the facts whose terms are among the 16 term
//! occurrences nearest to it on each side, at most 64 of them, so that such
//! a sentence costs time in proportion to its claims.
//!
//! **Example:**
//!
//! ```text
//! Italy keeps 800 troops in Iraq.
//! facts italy/troops-iraq (match all: [Italy, Iraq]) = 800 troops and
//!       italy/troops-total (match all: [Italy, troops]) = 3,000 troops
//!       both match with two terms
//! → 2 facts match equally well: italy/troops-iraq, italy/troops-total;
//!   against italy/troops-total: claims 800 troops; reference says 3,000
//! ```

use crate::check::base_finding;
use crate::check::finding::{Finding, ReferenceCite, Severity};
use crate::check::{fact_as_judged, finding, normalised, rules, CheckOptions};
use crate::document::Document;
use crate::extract::claim::{Claim, ClaimKind};
use crate::reference::index::Target;
use crate::reference::ReferenceSet;

pub const ID: &str = "ambiguous-match";
pub const SEVERITY: Severity = Severity::Warning;

/// How a claim fares against one candidate of a tie.
#[derive(Debug)]
pub(crate) enum Verdict {
    Agrees,
    /// The candidate as cited, and what is wrong ("claims …; reference
    /// says …").
    Disagrees(Box<ReferenceCite>, String),
    /// Not judged (a date with no interval, a series point not covered).
    Unknown,
}

/// The findings of claim `index` of `claims`, tied between `targets`:
/// none when it agrees with every one, else one per candidate it
/// disagrees with (or one with no reference when none can be judged).
pub(crate) fn findings(
    doc: &Document,
    claims: &[Claim],
    index: usize,
    targets: &[Target],
    refs: &ReferenceSet,
    opts: &CheckOptions,
) -> Vec<Finding> {
    let Some(claim) = claims.get(index) else {
        return Vec::new();
    };
    let ids: Vec<&str> = targets
        .iter()
        .filter_map(|t| match *t {
            Target::Fact(i) => refs.facts.id(i),
            Target::Event(i) => refs.events.get(i).map(|e| e.id.as_str()),
        })
        .collect();
    let verdicts: Vec<Verdict> = targets
        .iter()
        .map(|&t| judge(doc, claims, index, t, refs, opts))
        .collect();
    if verdicts.iter().all(|v| matches!(v, Verdict::Agrees)) {
        return Vec::new();
    }
    let mut out: Vec<Finding> = verdicts
        .into_iter()
        .filter_map(|v| match v {
            Verdict::Disagrees(cite, why) => {
                let mut f = finding(doc, claim, &ids);
                f.message = format!("{}; against {}: {why}", f.message, cite.id);
                f.reference = Some(cite);
                Some(f)
            }
            _ => None,
        })
        .collect();
    if out.is_empty() {
        // Nothing cited: the fingerprint names the candidates (a cited
        // finding's names its reference, as every rule's does).
        let mut f = finding(doc, claim, &ids);
        f.fingerprint =
            finding::fingerprint(&[f.rule, &f.path, &normalised(&f.claim.text), &ids.join(",")]);
        out.push(f);
    }
    out
}

/// Judge the claim against one candidate as the mismatch rules would.
pub(crate) fn judge(
    doc: &Document,
    claims: &[Claim],
    index: usize,
    target: Target,
    refs: &ReferenceSet,
    opts: &CheckOptions,
) -> Verdict {
    let Some(claim) = claims.get(index) else {
        return Verdict::Unknown;
    };
    let figure = claim.kind.figure();
    let figure = figure.as_deref();
    let found = match (target, figure, &claim.kind) {
        (Target::Fact(i), Some(q), _) => {
            let Some(fact) = refs.facts.get(i) else {
                return Verdict::Unknown;
            };
            let Some(judged) = fact_as_judged(doc, claims, index, &fact, q, opts) else {
                return Verdict::Unknown;
            };
            rules::fact_mismatch::check(doc, claim, q, &judged)
        }
        (Target::Event(i), _, ClaimKind::Date(d)) => {
            let Some(event) = refs.events.get(i) else {
                return Verdict::Unknown;
            };
            if d.interval.is_none() {
                return Verdict::Unknown;
            }
            rules::date_mismatch::check(doc, claim, d, event)
        }
        _ => return Verdict::Unknown,
    };
    match found {
        None => Verdict::Agrees,
        Some(f) => match f.reference {
            Some(cite) => Verdict::Disagrees(cite, f.message),
            None => Verdict::Unknown,
        },
    }
}

/// A finding naming every equally good candidate.
pub fn finding(doc: &Document, claim: &Claim, ids: &[&str]) -> Finding {
    let kind = if matches!(claim.kind, crate::extract::claim::ClaimKind::Date(_)) {
        "events"
    } else {
        "facts"
    };
    let message = format!(
        "{} {kind} match equally well: {}",
        ids.len(),
        ids.join(", ")
    );
    let mut f = base_finding(
        doc,
        claim,
        ID,
        SEVERITY,
        message,
        String::from("matches several references"),
    );
    f.alternatives = Vec::new();
    f
}
