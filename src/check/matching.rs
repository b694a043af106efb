//! Matching: which fact or event does each claim speak about?
//!
//! One automaton finds every match term in the document (the reference
//! index); hits are grouped by sentence, so the work grows with the text and
//! its claims, never with claims × facts. A target matches a sentence when
//! all its `all` terms, one of its `any` terms and none of its `none` terms
//! occur there. The most specific target (most terms matched) wins; a tie is
//! broken only by pairing several claims with several targets by the
//! nearness of their terms in the same clause, else it is ambiguous.

use std::collections::{HashMap, HashSet};

use crate::document::Document;
use crate::extract::claim::{Claim, ClaimKind, Span};
use crate::reference::index::{Target, TermHit};
use crate::reference::ReferenceSet;

/// The outcome of matching one claim.
#[derive(Debug, Clone, PartialEq)]
pub enum Match {
    /// No fact or event speaks about the claim.
    None,
    One(Target),
    /// Several equally specific targets and nothing to tell them apart.
    Ambiguous(Vec<Target>),
}

/// Where a matched target's positive terms stand in the sentence.
struct Seen {
    spans: Vec<Span>,
}

/// Match every claim of a document; the result is parallel to `claims`.
pub fn match_claims(doc: &Document, claims: &[Claim], refs: &ReferenceSet) -> Vec<Match> {
    let mut out = vec![Match::None; claims.len()];
    if claims.is_empty() || refs.index.is_empty() {
        return out;
    }
    // Terms match across line breaks ("Harbour\nBridge"): tabs and line ends
    // are read as spaces (same length, same offsets).
    let hits = if doc.prose.contains(['\n', '\r', '\t']) {
        refs.index.find_spaced(&doc.prose)
    } else {
        refs.index.find(&doc.prose)
    };
    // Claims are in sentence order; walk both lists together.
    let mut hit_at = 0;
    let mut claim_at = 0;
    while claim_at < claims.len() {
        let sentence_index = claims.get(claim_at).map_or(0, |c| c.sentence);
        let group_end = claims
            .iter()
            .skip(claim_at)
            .position(|c| c.sentence != sentence_index)
            .map_or(claims.len(), |n| claim_at + n);
        let Some(sentence) = doc.sentences.get(sentence_index) else {
            claim_at = group_end;
            continue;
        };
        while hits
            .get(hit_at)
            .is_some_and(|h| h.span.start < sentence.span.start)
        {
            hit_at += 1;
        }
        let first = hit_at;
        while hits
            .get(hit_at)
            .is_some_and(|h| h.span.start < sentence.span.end)
        {
            hit_at += 1;
        }
        let sentence_hits = hits.get(first..hit_at).unwrap_or(&[]);
        if !sentence_hits.is_empty() {
            match_sentence(
                doc,
                sentence_index,
                claims,
                claim_at..group_end,
                sentence_hits,
                refs,
                &mut out,
            );
        }
        claim_at = group_end;
    }
    out
}

fn match_sentence(
    doc: &Document,
    sentence_index: usize,
    claims: &[Claim],
    range: std::ops::Range<usize>,
    hits: &[TermHit],
    refs: &ReferenceSet,
    out: &mut [Match],
) {
    // Candidates: the targets filed under a term that occurs here; then
    // each is verified against all the terms of its `match`.
    // A sentence holds few distinct terms: a sorted Vec beats hashing them.
    let mut hit_terms: Vec<usize> = hits.iter().map(|h| h.term).collect();
    hit_terms.sort_unstable();
    hit_terms.dedup();
    let hit = |t: &usize| hit_terms.binary_search(t).is_ok();
    let mut candidates: Vec<Target> = hits
        .iter()
        .flat_map(|h| refs.index.anchors(h.term).iter().copied())
        .collect();
    candidates.sort();
    candidates.dedup();
    let mut matched: Vec<(Target, usize, Seen)> = Vec::new();
    for target in candidates {
        let Some(terms) = refs.index.terms_of(target) else {
            continue;
        };
        let holds = terms.all.iter().all(hit)
            && (terms.any.is_empty() || terms.any.iter().any(hit))
            && !terms.none.iter().any(hit);
        if !holds {
            continue;
        }
        let specificity = terms.all.len() + terms.any.iter().filter(|t| hit(t)).count();
        let spans = hits
            .iter()
            .filter(|h| terms.all.contains(&h.term) || terms.any.contains(&h.term))
            .map(|h| h.span)
            .collect();
        matched.push((target, specificity, Seen { spans }));
    }
    if matched.is_empty() {
        return;
    }
    let sentence = doc.sentences.get(sentence_index);
    // Every (claim, target) pair that could hold, with its specificity and
    // the nearness of the target's terms to the claim.
    let mut pairs: Vec<(std::cmp::Reverse<usize>, usize, usize, Target)> = Vec::new();
    let mut claims_of_kind: HashMap<&'static str, usize> = HashMap::new();
    for ci in range {
        let Some(claim) = claims.get(ci) else {
            continue;
        };
        *claims_of_kind.entry(claim.kind.name()).or_default() += 1;
        let clause = sentence.map_or(claim.span, |s| s.clause_at(claim.span.start));
        for (target, specificity, seen) in &matched {
            if compatible(claim, *target, refs) {
                pairs.push((
                    std::cmp::Reverse(*specificity),
                    nearness(claim.span, clause, &seen.spans),
                    ci,
                    *target,
                ));
            }
        }
    }
    // Most specific first, then nearest: each claim takes one target and a
    // target speaks about one figure or date per sentence ("14 tonnes of
    // waste, up from 9 tonnes" — the 9 is not the fact). A claim whose best
    // free targets tie is ambiguous: when it is alone of its kind in the
    // sentence, any equally specific rival ties; among several claims only
    // an equally near one does.
    pairs.sort();
    let mut taken: HashSet<Target> = HashSet::new();
    let mut done: HashSet<usize> = HashSet::new();
    for &(specificity, distance, ci, target) in &pairs {
        if done.contains(&ci) || taken.contains(&target) {
            continue;
        }
        let alone = claims
            .get(ci)
            .is_some_and(|c| claims_of_kind.get(c.kind.name()).copied().unwrap_or(0) <= 1);
        let rivals: Vec<Target> = pairs
            .iter()
            .filter(|&&(s, d, c, t)| {
                c == ci
                    && s == specificity
                    && t != target
                    && !taken.contains(&t)
                    && (alone || d == distance)
            })
            .map(|p| p.3)
            .collect();
        if let Some(slot) = out.get_mut(ci) {
            *slot = if rivals.is_empty() {
                taken.insert(target);
                Match::One(target)
            } else {
                let mut all = vec![target];
                all.extend(rivals);
                Match::Ambiguous(all)
            };
        }
        done.insert(ci);
    }
}

/// Quantities go with facts of a compatible unit, dates with events.
fn compatible(claim: &Claim, target: Target, refs: &ReferenceSet) -> bool {
    match (&claim.kind, target) {
        (ClaimKind::Quantity(q), Target::Fact(i)) => {
            let Some(fact) = refs.facts.get(i) else {
                return false;
            };
            match (&fact.unit, &q.unit) {
                (None, _) => true,
                (Some(_), None) => false,
                (Some(fu), Some(cu)) => refs.units.matches(fu, cu),
            }
        }
        (ClaimKind::Date(_), Target::Event(_)) => true,
        _ => false,
    }
}

/// How near a target's terms stand to a claim: terms in the claim's clause
/// before it count their distance, after it twice that; terms in another
/// clause come after every term in the same clause.
fn nearness(claim: Span, clause: Span, spans: &[Span]) -> usize {
    spans
        .iter()
        .filter(|s| !claim.contains(**s))
        .map(|s| {
            let d = if s.end <= claim.start {
                claim.start - s.end
            } else {
                2 * s.start.saturating_sub(claim.end)
            };
            if clause.contains(*s) {
                d
            } else {
                1_000_000 + d
            }
        })
        .min()
        .unwrap_or(usize::MAX)
}
