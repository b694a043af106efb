//! Matching: which fact or event does each claim speak about?
//!
//! One automaton finds every match term in the document (the reference
//! index); hits are grouped by sentence, so the work grows with the text and
//! its claims, never with claims × facts. A target matches a sentence when
//! all its `all` terms, one of its `any` terms and none of its `none` terms
//! occur there. The most specific target (most terms matched) wins; a tie is
//! broken only by pairing several claims with several targets by the
//! nearness of their terms in the same clause, else it is ambiguous.
//! Nearness reads a few shapes of English (`matching/phrase.rs`): a figure's
//! of-phrase, the part of a whole, "from … to". A fact with an `as_of` is
//! never what a figure whose clause names another period speaks about, and
//! a figure that names the fact's period takes it first.
//!
//! The pairs are bounded so that a sentence of thousands of claims and
//! matched targets (a list or table without full stops) costs time in
//! proportion to its claims: where several claims of a kind share a
//! sentence, a claim is paired only with the targets whose terms are among
//! the [`NEAR_HITS`] term occurrences nearest to it on each side, at most
//! [`MAX_TARGETS_PER_CLAIM`] of them (in a sentence of prose, every target
//! that matches it). A claim alone of its kind is paired with every target.

// hashbrown's maps (foldhash): a sentence builds several small maps per
// claim, and SipHash was a fifth of the matching's instructions.
use hashbrown::{HashMap, HashSet};

use crate::document::{Document, Sentence};
use crate::extract::claim::{Claim, ClaimKind, DateClaim, Relation, Span};
use crate::reference::index::{Target, TermHit};
use crate::reference::model::When;
use crate::reference::ReferenceSet;

mod beside;
mod clauses;
mod joint;
mod measure;
mod named;
mod parts;
mod phrase;
use phrase::{Phrases, Reach};

/// The outcome of matching one claim.
#[derive(Debug, Clone, PartialEq)]
pub enum Match {
    /// No fact or event speaks about the claim.
    None,
    One(Target),
    /// Several equally specific targets and nothing to tell them apart.
    Ambiguous(Vec<Target>),
}

/// Match every claim of a document; the result is parallel to `claims`.
pub fn match_claims(doc: &Document, claims: &[Claim], refs: &ReferenceSet) -> Vec<Match> {
    match_claims_read(doc, claims, refs).matches
}

/// Every claim's match, and whether the sentence's grammar decided it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Matched {
    /// Parallel to the claims.
    pub matches: Vec<Match>,
    /// Parallel to the claims: the pairing was read from the sentence's
    /// grammar ("respectively", a comparison, a change "by X to Y", a
    /// share or a part of a whole, a figure naming its fact's own time),
    /// not from the nearness and count of terms alone. The pairing by
    /// agreement (`check/agreeing.rs`) leaves such a claim as it is.
    pub firm: Vec<bool>,
    /// For each tied claim (by index, in order), its other candidates in
    /// the sentence, nearest first (at most [`LOWER_CANDIDATES`]): where
    /// the sentence's other figures account for every tied fact, the
    /// pairing by agreement looks among these.
    pub lower: Lower,
}

/// How many candidates below a tie [`Matched::lower`] keeps.
pub const LOWER_CANDIDATES: usize = 8;

/// Tied claims' candidates below the tie (see [`Matched::lower`]).
pub type Lower = Vec<(usize, Vec<Target>)>;

/// [`match_claims`], telling which matches the sentence's grammar decided.
pub fn match_claims_read(doc: &Document, claims: &[Claim], refs: &ReferenceSet) -> Matched {
    let mut out = vec![Match::None; claims.len()];
    let mut firm = vec![false; claims.len()];
    let mut lower = Vec::new();
    if claims.is_empty() || refs.index.is_empty() {
        return Matched {
            matches: out,
            firm,
            lower: Vec::new(),
        };
    }
    // Terms match across line breaks ("Harbour\nBridge"): tabs and line ends
    // are read as spaces (same length, same offsets).
    let hits = if doc.prose.contains(['\n', '\r', '\t']) {
        refs.index.find_spaced(&doc.prose)
    } else {
        refs.index.find(&doc.prose)
    };
    let restated = Restated::new(claims);
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
        let own_hits = hits.get(first..hit_at).unwrap_or(&[]);
        // "Tatum scored 35 points. He added five assists": a sentence
        // that opens with a pronoun goes on about what the sentence right
        // before named, so that sentence's terms (the last few of them,
        // nearest the pronoun) count here too, as terms of another clause.
        let carried = sentence_index
            .checked_sub(1)
            .filter(|_| opens_with_pronoun(&doc.prose, sentence.span))
            .and_then(|i| doc.sentences.get(i))
            .map_or(&[][..], |before| {
                let from = hits.partition_point(|h| h.span.start < before.span.start);
                let to = first.max(from);
                hits.get(from.max(to.saturating_sub(CARRIED_HITS))..to)
                    .unwrap_or(&[])
            });
        let joined: Vec<TermHit>;
        let sentence_hits = if carried.is_empty() {
            own_hits
        } else {
            joined = carried.iter().chain(own_hits).copied().collect();
            &joined
        };
        if !sentence_hits.is_empty() {
            match_sentence(
                doc,
                sentence_index,
                claims,
                claim_at..group_end,
                (sentence_hits, carried.len()),
                (refs, &restated),
                (&mut out, &mut firm, &mut lower),
            );
        }
        claim_at = group_end;
    }
    lower.sort_unstable_by_key(|(ci, _)| *ci);
    Matched {
        matches: out,
        firm,
        lower,
    }
}

/// The amounts a document writes with a currency's own sign or code
/// ("US$7.3 billion", "NZ$12.1 billion"): a shared sign's figure of the
/// same amount ("$7.3 bn" in the headline) is that restated, in that
/// currency. Sorted by value; one pass over the claims and a binary
/// search per figure of a shared sign.
struct Restated<'a> {
    coded: Vec<(f64, &'a str)>,
}

impl<'a> Restated<'a> {
    fn new(claims: &'a [Claim]) -> Restated<'a> {
        let mut coded: Vec<(f64, &str)> = claims
            .iter()
            .filter_map(|c| match &c.kind {
                ClaimKind::Quantity(q) if q.min.is_none() && q.max.is_none() => {
                    let unit = q.unit.as_deref()?;
                    // A code, not a sign: three capitals ("USD", "NZD").
                    (unit.len() == 3 && unit.bytes().all(|b| b.is_ascii_uppercase()))
                        .then_some((q.value, unit))
                }
                _ => None,
            })
            .filter(|(v, _)| v.is_finite() && *v > 0.0)
            .collect();
        coded.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(b.1)));
        coded.dedup();
        Restated { coded }
    }

    /// The one currency `claim`'s shared sign stands for by the same
    /// amount written with its own sign; none where no amount or amounts
    /// of two currencies match.
    fn of(&self, claim: &Claim) -> Option<&'a str> {
        let ClaimKind::Quantity(q) = &claim.kind else {
            return None;
        };
        let sign = q.unit.as_deref()?;
        if self.coded.is_empty() || q.min.is_some() || q.max.is_some() || !q.value.is_finite() {
            return None;
        }
        let (lo, hi) = (q.value * (1.0 - 1e-9), q.value * (1.0 + 1e-9));
        let from = self.coded.partition_point(|(v, _)| *v < lo);
        let mut found: Option<&'a str> = None;
        for &(v, code) in self.coded.get(from..).unwrap_or(&[]) {
            if v > hi {
                break;
            }
            if crate::extract::currency::assumed_for(sign, code).is_none() {
                continue;
            }
            match found {
                Some(f) if f != code => return None,
                _ => found = Some(code),
            }
        }
        found
    }
}

/// At most this many term occurrences of the sentence before are carried
/// into a sentence that opens with a pronoun.
const CARRIED_HITS: usize = 32;

/// The pronouns that, opening a sentence, stand for what the sentence
/// before named: "He added six rebounds", "Its profit rose".
const OPENING_PRONOUNS: &[&str] = &["he", "she", "it", "they", "his", "her", "its", "their"];

/// Whether the sentence at `span` opens with one of [`OPENING_PRONOUNS`]
/// (after any quotation mark or bracket).
fn opens_with_pronoun(prose: &str, span: Span) -> bool {
    let Some(text) = prose.get(span.start..span.end) else {
        return false;
    };
    let word = text
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    OPENING_PRONOUNS
        .iter()
        .any(|p| word.eq_ignore_ascii_case(p))
}

fn match_sentence(
    doc: &Document,
    sentence_index: usize,
    claims: &[Claim],
    range: std::ops::Range<usize>,
    (hits, carried): (&[TermHit], usize),
    (refs, restated): (&ReferenceSet, &Restated<'_>),
    (out, firm, lower): (&mut [Match], &mut [bool], &mut Lower),
) {
    // Candidates: the targets filed under a term that occurs here; then
    // each is verified against all the terms of its `match`.
    // A sentence holds few distinct terms: a sorted Vec beats hashing them.
    let terms_of = |hits: &[TermHit]| {
        let mut terms: Vec<usize> = hits.iter().map(|h| h.term).collect();
        terms.sort_unstable();
        terms.dedup();
        terms
    };
    let hit_terms = terms_of(hits);
    let hit = |t: &usize| hit_terms.binary_search(t).is_ok();
    // The terms of the sentence itself, without those carried from the
    // sentence before (see [`opens_with_pronoun`]).
    let own_terms = terms_of(hits.get(carried..).unwrap_or(&[]));
    let own_hit = |t: &usize| own_terms.binary_search(t).is_ok();
    let mut candidates: Vec<Target> = hit_terms
        .iter()
        .flat_map(|&t| refs.index.anchors(t).iter().copied())
        .collect();
    candidates.sort();
    candidates.dedup();
    // Each matched target with its specificity and its positive terms
    // that occur here; and which of them the sentence's own terms do not
    // match.
    let mut matched: Vec<(Target, usize, Vec<usize>)> = Vec::new();
    let mut borrowed: Vec<bool> = Vec::new();
    // What a figure of the sentence before already speaks about is not
    // lent again: after "The dam took 14 years to build.", "Its 60-year
    // lifespan" goes on about the dam, not about its building time.
    let spoken_before: Vec<Target> = if carried > 0 {
        let before = claims.get(..range.start).unwrap_or(&[]);
        let from = before.len()
            - before
                .iter()
                .rev()
                .take_while(|c| c.sentence + 1 == sentence_index)
                .count();
        out.get(from..range.start)
            .unwrap_or(&[])
            .iter()
            .flat_map(|m| match m {
                Match::One(t) => std::slice::from_ref(t),
                Match::Ambiguous(ts) => ts.as_slice(),
                Match::None => &[],
            })
            .copied()
            .collect()
    } else {
        Vec::new()
    };
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
        let present: Vec<usize> = terms
            .all
            .iter()
            .chain(terms.any.iter().filter(|t| hit(t)))
            .copied()
            .collect();
        let specificity = present.len();
        let own = terms.all.iter().all(own_hit)
            && (terms.any.is_empty() || terms.any.iter().any(own_hit));
        if !own && spoken_before.contains(&target) {
            continue;
        }
        matched.push((target, specificity, present));
        borrowed.push(!own);
    }
    if matched.is_empty() {
        return;
    }
    let measures: Vec<measure::Measure> = matched
        .iter()
        .map(|(t, _, _)| measure::Measure::of(*t, refs))
        .collect();
    let seen = Seen::new(hits, &matched, &measures);
    let sentence = doc.sentences.get(sentence_index);
    let mut claims_of_kind: HashMap<&'static str, usize> = HashMap::new();
    for claim in claims.get(range.clone()).unwrap_or(&[]) {
        *claims_of_kind.entry(claim.kind.name()).or_default() += 1;
    }
    // Where the sentence's subordinate clauses open ("… until Monday as
    // the heavy rains are predicted …"): one pass over the sentence, made
    // only where a clause's bounds can change a match (see
    // [`clause_can_matter`]).
    let subordinate = match sentence {
        Some(s) if clause_can_matter(claims.get(range.clone()).unwrap_or(&[]), matched.len()) => {
            parts::subordinate_cuts(&doc.prose, s)
        }
        _ => Vec::new(),
    };
    let clause_of = |span: Span| {
        sentence.map_or(span, |s| {
            let own = clause_at(s, span.start);
            let clause =
                clauses::through_brackets(&doc.text, s, own, with_asides(&doc.text, s, own));
            let clause = clauses::through_aside(&doc.prose, s, own, clause);
            let clause = clauses::of_bracketed(&doc.text, s, own, clause, span);
            parts::within(&subordinate, clause, span)
        })
    };
    let phrases = Phrases::new(doc, sentence, claims, range.clone(), clause_of);
    // Read once per sentence: each claim's look must not walk it again.
    let respective = sentence.is_some_and(|s| says_respectively(&doc.prose, s.span));
    // The figures a "respectively" pairs: those of the lists the sentence
    // shows (runs of two or more joined by "and" or commas), or, where it
    // shows none ("North won 16, and South 12 seats, respectively"), every
    // figure of it. A figure outside the lists ("short of the 272 majority
    // mark, a far cry from the 303 and 282 seats … respectively") is free.
    let runs = if respective {
        figure_runs(&doc.prose, claims, range.clone())
    } else {
        Vec::new()
    };
    let shows_lists = runs.iter().any(|r| r.len() >= 2);
    let mut paired = vec![respective && !shows_lists; range.len()];
    for &ci in runs.iter().filter(|r| r.len() >= 2).flatten() {
        if let Some(p) = paired.get_mut(ci - range.start) {
            *p = true;
        }
    }
    let paired_in_order = |ci: usize| paired.get(ci - range.start).copied().unwrap_or(false);
    let mut breaks = Breaks::new(&doc.text, claims.get(range.clone()).unwrap_or(&[]));
    // The wholes the sentence's figures are shares of (`matching/beside.rs`).
    let held = beside::Held::new(&doc.prose, claims, range.clone());
    // The nouns the sentence's dates name (`matching/named.rs`).
    let naming = named::Naming::new(&doc.prose, claims, range.clone());
    let spans_of = |t: usize| seen.spans_of.get(&t).map(Vec::as_slice);
    breaks.add("quantity", &phrases.from_cuts);
    // Every (claim, target) pair that could hold, with its specificity and
    // the nearness of the target's terms to the claim; each claim's own
    // pairs are kept together, best first.
    let mut pairs: Vec<Pair> = Vec::new();
    let mut own: Vec<std::ops::Range<usize>> = Vec::with_capacity(range.len());
    let mut near: Vec<usize> = Vec::new();
    // The figures and the (figure, fact) pairs a comparison sentence
    // pairs jointly (see `matching/joint.rs`).
    let mut figures: Vec<joint::Figure> = Vec::new();
    let mut edges: Vec<joint::Edge> = Vec::new();
    for ci in range.clone() {
        let first = pairs.len();
        if let Some(claim) = claims.get(ci) {
            let clause = clause_of(claim.span);
            let reach = phrases.get(ci - range.start).copied().unwrap_or(Reach {
                span: claim.span,
                ahead: None,
                back: None,
                whole: None,
                tally: false,
                change: None,
                dated: false,
                verb: None,
                share: None,
            });
            let whole = reach.whole.and_then(|w| claims.get(w));
            let alone = claims_of_kind.get(claim.kind.name()).copied().unwrap_or(0) <= 1;
            let structural = reach.change.is_some()
                || reach.share.is_some()
                || reach.whole.is_some()
                || reach.verb.is_some()
                || reach.back.is_some();
            if !alone && structural {
                if let Some(f) = firm.get_mut(ci) {
                    *f = true;
                }
            }
            let cuts = breaks.of(claim.kind.name());
            if alone {
                // One claim of its kind: every target is a candidate, and
                // any equally specific rival makes it ambiguous.
                near.clear();
                near.extend(0..matched.len());
            } else {
                seen.nearest_targets(claim.span, &mut near);
            }
            let implied = Implied::of(
                doc,
                sentence,
                claims,
                range.clone(),
                ci,
                paired_in_order(ci),
            );
            // A quarter or a half that dates a figure of its clause is a
            // period of account, never the day an event happened on.
            let account = dates_a_figure_as_period(doc, claim, clause)
                || clauses::names_period_of_account(&doc.prose, claim);
            let subject = sentence.map_or(clause, |s| with_its_subject(&doc.prose, s, clause));
            // Read only for a claim alone of its kind (at most one a kind
            // a sentence), when a fact first asks: the look spans the
            // sentence.
            let mut part: Option<Span> = None;
            // The period the figure's clause names, found once, when a
            // fact with an `as_of` first asks for it.
            let mut period: Option<Option<crate::time::Interval>> = None;
            // A figure alone of its kind: what the words right after it
            // say it is for, and the wholes other figures are shares of
            // (see `matching/beside.rs`).
            // Per pair of this claim: how near its own terms stand, with
            // and without the words after its whole (see [`part_first`]).
            let mut part_own: Vec<(usize, usize)> = Vec::new();
            let purpose = if alone && matches!(claim.kind, ClaimKind::Quantity(_)) {
                beside::phrase_after(&doc.prose, claim.span, "for")
            } else {
                None
            };
            if !alone && !matches!(claim.kind, ClaimKind::Date(_)) {
                figures.push(joint::Figure {
                    claim: ci,
                    span: claim.span,
                    reach: reach.span,
                    clause,
                    ahead: reach.ahead.filter(|_| reach.dated),
                });
            }
            for &m in &near {
                let Some(entry @ (target, specificity, _)) = matched.get(m) else {
                    continue;
                };
                let read = Reading {
                    implied: implied.as_ref(),
                    whole,
                    tally: reach.tally,
                    restated: restated.of(claim),
                };
                let Some(through) = compatible(claim, *target, refs, read) else {
                    continue;
                };
                // "57.5% of the vote total (71,434)": a fact with no unit
                // named only in a percentage's of-phrase is its whole.
                if share_of_its_whole(claim, *target, refs)
                    && beside::only_its_whole(&doc.prose, claim.span, &entry.2, spans_of)
                {
                    continue;
                }
                if account && is_day_event(*target, refs) {
                    continue;
                }
                let Some(untimed) = by_time(*target, refs, || {
                    *period.get_or_insert_with(|| named_period(doc, claims, ci))
                }) else {
                    continue;
                };
                let (mut any, mut own) = seen.nearness(&reach, clause, cuts, entry);
                // The part of a whole: how near its own terms stand
                // without the words after the whole (see [`part_first`]).
                let mut own_by_part = match reach.ahead {
                    Some(_) if !alone => {
                        let by_part = Reach {
                            ahead: None,
                            ..reach
                        };
                        seen.nearness(&by_part, clause, cuts, entry).1
                    }
                    _ => own,
                };
                // "Wolves' three", "Manning's 14": the owner named right
                // before a figure is what it is about.
                if seen.owns(&doc.prose, claim.span, &entry.2) {
                    (any, own, own_by_part) = (0, 0, 0);
                }
                // A figure read through an implied noun speaks about a fact
                // only when one of its terms stands in the figure's clause
                // (with the clause whose subject it shares).
                // Or in the clause whose subject it shares, or between the
                // noun it goes on counting and it ("Labour won fewer votes
                // than in 2019, at 9.7 million").
                if through == Through::Implied && any >= OTHER_CLAUSE {
                    let stands = |from: usize| {
                        seen.nearness(&reach, Span::new(from, clause.end), cuts, entry)
                            .0
                            < OTHER_CLAUSE
                    };
                    let noun = match (*target, implied.as_ref()) {
                        (Target::Fact(i), Some(im)) => refs
                            .facts
                            .get(i)
                            .and_then(|f| f.unit.as_deref().and_then(|fu| im.noun_at(fu, refs))),
                        _ => None,
                    };
                    let shared = subject != clause && stands(subject.start);
                    // From the start of the clause that names the noun.
                    let named = |at: usize| stands(clause_of(Span::new(at, at + 1)).start);
                    if !shared && !noun.is_some_and(|at| at < clause.start && named(at)) {
                        continue;
                    }
                }
                let fewer = usize::MAX - *specificity;
                // Alone of its kind, the claim is the sentence's one
                // figure: the most specific target wins, wherever its
                // terms stand. Among several, nearness beats the count
                // of terms. Either way, a figure that names a fact's own
                // time speaks about it before one that names none.
                // A target only the terms carried from the sentence before
                // match comes after every one the sentence's own terms do.
                let lent = usize::from(borrowed.get(m).copied().unwrap_or(false));
                if !alone
                    && lent == 0
                    && through == Through::Written
                    && matches!(target, Target::Fact(_))
                    && !matches!(claim.kind, ClaimKind::Date(_))
                {
                    edges.push(joint::Edge {
                        claim: ci,
                        target: *target,
                        timed: untimed == 0,
                    });
                }
                // "his Sunday's performance": a date that owns an event's
                // term names that event, whatever else the sentence names.
                let unnamed = usize::from(!names_event(&doc.prose, claim, &seen, &entry.2));
                // Read through an implied noun, the fact whose unit the
                // nearest noun before the figure names goes first ("leads
                // in passes with 40 and in yards with 4,990").
                let noun = if through == Through::Implied {
                    let named = refs.facts.get(match *target {
                        Target::Fact(i) => i,
                        Target::Event(_) => usize::MAX,
                    });
                    let named = named.as_deref();
                    named
                        .and_then(|f| {
                            let fu = f.unit.as_deref()?;
                            implied.as_ref()?.noun_at(fu, refs)
                        })
                        .map_or(IMPLIED_REACH, |at| claim.span.start.saturating_sub(at))
                        // A bare tally names its noun as nearly as a
                        // noun could: it counts parts.
                        .min(if reach.tally && counts_parts(named, refs) {
                            0
                        } else {
                            IMPLIED_REACH
                        })
                } else {
                    0
                };
                let rank = if alone && through == Through::Implied {
                    // A figure with no noun of its own has no noun phrase
                    // to hold a fact's terms: among facts of its implied
                    // noun equally specific, the one whose terms stand
                    // nearest it ("The total number of cases admitted to
                    // date is 1,844": admitted to date, not the total).
                    [
                        lent, fewer, untimed, unnamed, noun, any, any, any, any, any, any,
                    ]
                } else if alone {
                    // An event whose terms all stand in the date's clause
                    // (with its subject) is what the date is about before
                    // a more specific one whose terms are spread over the
                    // sentence ("Because Kozlowski was sentenced in state
                    // court, …, unlike other top executives sentenced in
                    // the past year").
                    let scattered = usize::from(
                        matches!(target, Target::Event(_)) && !seen.all_within(&entry.2, subject),
                    );
                    // Among facts of as many terms, one whose terms all
                    // stand in the figure's part of the sentence is what
                    // it speaks about, before one named across a colon
                    // ("The five contracts the ministry signed are: one
                    // with …").
                    let outside = usize::from(
                        matches!(target, Target::Fact(_))
                            && !seen.all_within(
                                &entry.2,
                                *part.get_or_insert_with(|| {
                                    sentence.map_or(subject, |s| {
                                        part_of_sentence(&doc.prose, s.span, claim.span)
                                    })
                                }),
                            ),
                    );
                    // A sum's "for border security" names its fact before
                    // one of more terms elsewhere; a term only another
                    // figure's of-phrase holds is that figure's whole.
                    let beside = match target {
                        Target::Fact(_) => beside::place(&entry.2, spans_of, purpose, (&held, ci)),
                        Target::Event(_) => beside::NEUTRAL,
                    };
                    [
                        lent, scattered, beside, fewer, outside, untimed, unnamed, noun, 0, 0, any,
                    ]
                } else {
                    // A fact one of whose terms only another figure's
                    // of-phrase holds is that figure's whole; an event one
                    // of whose terms a date names ("its 2030 and 2035
                    // commitments") is that date's, before or after any
                    // other (`matching/named.rs`).
                    let anothers = match (target, &claim.kind) {
                        (Target::Fact(_), ClaimKind::Date(_)) => 0,
                        (Target::Fact(_), _) => usize::from(held.fact(&entry.2, spans_of, ci)),
                        (Target::Event(_), _) => naming.place(&entry.2, spans_of, ci),
                    };
                    // A target with no term of its own here is as near as
                    // the terms it shares, which tell nothing between the
                    // targets that share them: among targets whose nearest
                    // terms stand as near, such a one whose other terms
                    // stand outside the claim's clause comes after the
                    // rest ("a tremor killed 6,000 people in Ostvala, and
                    // another in the uplands killed 900": the fact of
                    // "killed" and "Ostvala" is the 6,000's, that of
                    // "killed" and "in the uplands", whose "in the
                    // uplands" a fact of fewer terms shares, the 900's).
                    let spread =
                        usize::from(!seen.has_own(entry) && !seen.all_within(&entry.2, clause));
                    // A percentage goes with a fact of a unit before one of
                    // none, which most often counts what the sentence's
                    // other figures count ("42.5% of the vote (52,789)").
                    let loose = usize::from(share_of_its_whole(claim, *target, refs));
                    [
                        lent, untimed, anothers, loose, any, spread, own, fewer, noun, 0, 0,
                    ]
                };
                let lent_noun = through == Through::Implied
                    && match (*target, implied.as_ref()) {
                        (Target::Fact(i), Some(im)) => refs.facts.get(i).is_some_and(|f| {
                            f.unit.as_deref().is_some_and(|fu| im.lent_only(fu, refs))
                        }),
                        _ => false,
                    };
                pairs.push(Pair {
                    lent_noun,
                    implied: through == Through::Implied,
                    rank,
                    claim: ci,
                    target: *target,
                    timed: untimed == 0,
                });
                part_own.push((own, own_by_part));
            }
            if reach.whole.is_some() && !alone {
                part_first(
                    pairs.get_mut(first..).unwrap_or(&mut []),
                    &part_own,
                    reach.dated,
                );
            }
            if let (Some(change), false) = (reach.change, alone) {
                order_by_change(pairs.get_mut(first..).unwrap_or(&mut []), change, refs);
            }
            if let (Some(share), false) = (reach.share, alone) {
                order_by_share(pairs.get_mut(first..).unwrap_or(&mut []), share, refs);
            }
        }
        pairs.get_mut(first..).unwrap_or(&mut []).sort();
        own.push(first..pairs.len());
    }
    // Best first (see [`Pair`]): each claim takes one target and a target
    // speaks about one figure or date per sentence ("14 tonnes of waste, up
    // from 9 tonnes" — the 9 is not the fact). A claim whose best free
    // targets tie is ambiguous: when it is alone of its kind in the
    // sentence, any equally specific rival in as near a clause ties; among
    // several claims only an equally near and equally specific one does.
    #[cfg(test)]
    tests::PAIRS_MADE.with(|n| n.set(n.get() + pairs.len()));
    let mut order = pairs.clone();
    order.sort_unstable();

    // A series fact speaks about one figure per time: "47.7 million in
    // 1952 and 58.1 million in 2007" are two claims about one fact.
    // Each claim's time is found once, when a series first asks for it.
    let times: std::cell::RefCell<HashMap<usize, When>> = Default::default();
    let taken_key = |ci: usize, target: Target| -> (Target, Option<When>) {
        match target {
            Target::Fact(i) if refs.facts.get(i).is_some_and(|f| !f.series.is_empty()) => {
                let when = *times
                    .borrow_mut()
                    .entry(ci)
                    .or_insert_with(|| spoken_time(doc, claims, ci));
                (target, Some(when))
            }
            _ => (target, None),
        }
    };
    let mut taken: HashSet<(Target, Option<When>)> = HashSet::new();
    let mut done: HashSet<usize> = HashSet::new();
    if respective {
        let listed = respectively(&runs, claims, &matched, hits, refs);
        for (ci, target) in listed {
            if let Some(slot) = out.get_mut(ci) {
                *slot = Match::One(target);
                taken.insert(taken_key(ci, target));
                done.insert(ci);
                if let Some(f) = firm.get_mut(ci) {
                    *f = true;
                }
            }
        }
    }
    // A figure and its comparison ("$X, or Y cents a share, from $Z, or W
    // cents, a year earlier"): the facts' distinguishing terms pair them
    // jointly, one to one, before figure by figure.
    edges.retain(|e| !done.contains(&e.claim) && !taken.contains(&taken_key(e.claim, e.target)));
    let sentence_span = sentence.map(|s| s.span);
    for (ci, target) in sentence_span.map_or(Vec::new(), |span| {
        let read = (&seen, matched.as_slice(), breaks.of("quantity"));
        joint::pairs_of(&doc.prose, span, figures, &edges, read, refs)
    }) {
        if let Some(slot) = out.get_mut(ci) {
            *slot = Match::One(target);
            taken.insert(taken_key(ci, target));
            done.insert(ci);
            if let Some(f) = firm.get_mut(ci) {
                *f = true;
            }
        }
    }
    for Pair {
        lent_noun: _,
        implied,
        rank,
        claim: ci,
        target,
        timed,
    } in order
    {
        if done.contains(&ci) || taken.contains(&taken_key(ci, target)) {
            continue;
        }
        let mine = own
            .get(ci - range.start)
            .and_then(|r| pairs.get(r.clone()))
            .unwrap_or(&[]);
        let rivals: Vec<Target> = mine
            .iter()
            .filter(|q| {
                q.rank.get(..TIED) == rank.get(..TIED)
                    && q.target != target
                    && !taken.contains(&taken_key(ci, q.target))
            })
            .map(|q| q.target)
            .collect();
        if let Some(slot) = out.get_mut(ci) {
            *slot = if rivals.is_empty() {
                taken.insert(taken_key(ci, target));
                if let (true, Some(f)) = (timed, firm.get_mut(ci)) {
                    *f = true;
                }
                Match::One(target)
            } else if implied {
                // A guess that cannot tell two facts apart says nothing.
                Match::None
            } else {
                let mut all = vec![target];
                all.extend(rivals);
                let mut below: Vec<Target> = Vec::new();
                for q in mine {
                    if below.len() == LOWER_CANDIDATES {
                        break;
                    }
                    if !all.contains(&q.target) && !below.contains(&q.target) {
                        below.push(q.target);
                    }
                }
                if !below.is_empty() {
                    lower.push((ci, below));
                }
                Match::Ambiguous(all)
            };
        }
        done.insert(ci);
    }
}

/// Whether where a sentence's subordinate clauses open can change what
/// its `claims` match, with `targets` targets matched in it. A clause's
/// bounds weigh the nearness of terms, which only orders pairs: with one
/// claim and one target there is nothing to order. They still decide
/// whether a figure read through an implied noun may speak about a fact
/// (a quantity) and whether a quarter or a half dates a figure of its
/// clause (a date).
fn clause_can_matter(claims: &[Claim], targets: usize) -> bool {
    use crate::time::Granularity;
    match claims {
        [claim] if targets <= 1 => match &claim.kind {
            ClaimKind::Quantity(_) => true,
            ClaimKind::Date(d) => matches!(d.granularity, Granularity::Quarter | Granularity::Half),
            _ => false,
        },
        _ => true,
    }
}

/// The auxiliaries that, after "and", open a clause with no subject of its
/// own ("Pant tried a big shot and was out for 36").
const SUBJECTLESS_OPENERS: &[&str] = &[
    "to", "will", "would", "is", "was", "has", "had", "are", "were", "have",
];

/// `clause` of `sentence`, reaching back over the clause before it when it
/// has no subject of its own ("and was dismissed for 36", "with 68
/// killed"): the two share the subject the first names.
fn with_its_subject(prose: &str, sentence: &Sentence, clause: Span) -> Span {
    let mut words = prose
        .get(clause.start..clause.end)
        .unwrap_or("")
        .split_whitespace();
    // "…, with 68 killed": "with" opens a clause with no subject either.
    let first = words.next();
    let subjectless = first.is_some_and(|w| w.eq_ignore_ascii_case("with"))
        || first.is_some_and(|w| w.eq_ignore_ascii_case("and"))
            && words.next().is_some_and(|w| {
                SUBJECTLESS_OPENERS
                    .iter()
                    .any(|o| w.eq_ignore_ascii_case(o))
            });
    if !subjectless {
        return clause;
    }
    let i = sentence.clauses.partition_point(|c| c.start < clause.start);
    match i.checked_sub(1).and_then(|j| sentence.clauses.get(j)) {
        Some(before) => Span::new(before.start, clause.end),
        None => clause,
    }
}

/// The part of the sentence at `sentence` that holds `claim`, between the
/// colons or semicolons before and after it: what a colon opens (a list,
/// an explanation) speaks about its own items. Commas part nothing here:
/// "Italy, with 800 units between Iraq and Kuwait" is one part. An
/// elliptical coordinate headed by a number word that is no claim parts
/// too (see `matching/parts.rs`): in "Four cases in Multnomah County and
/// one in Seattle-King County are linked", the figure's part ends before
/// "and one in …", which borrows the figure's noun to count for another
/// place.
fn part_of_sentence(prose: &str, sentence: Span, claim: Span) -> Span {
    let stops = [':', ';'];
    let before = prose.get(sentence.start..claim.start).unwrap_or("");
    let after = prose.get(claim.end..sentence.end).unwrap_or("");
    let start = before
        .rfind(stops)
        .map_or(sentence.start, |at| sentence.start + at + 1);
    let end = after.find(stops).map_or(sentence.end, |at| claim.end + at);
    let end = parts::first_coordinate(prose, Span::new(claim.end, end)).unwrap_or(end);
    Span::new(start, end.max(claim.end))
}

/// Whether `claim` is a date of a quarter or a half ("the third quarter",
/// "the corresponding period of the previous fiscal") in a clause that
/// states a figure: it dates that figure ("profit soared 89 per cent in
/// the corresponding period"). Only the clause's text within
/// [`ACCOUNT_REACH`] bytes of the claim is read.
fn dates_a_figure_as_period(doc: &Document, claim: &Claim, clause: Span) -> bool {
    use crate::time::Granularity;
    let ClaimKind::Date(d) = &claim.kind else {
        return false;
    };
    if !matches!(d.granularity, Granularity::Quarter | Granularity::Half) {
        return false;
    }
    let text = doc.prose.as_str();
    let floor = |mut at: usize| {
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        at
    };
    let from = floor(
        clause
            .start
            .max(claim.span.start.saturating_sub(ACCOUNT_REACH)),
    );
    let to = floor(
        clause
            .end
            .min(claim.span.end + ACCOUNT_REACH)
            .max(claim.span.end),
    );
    let before = text.get(from..claim.span.start.max(from)).unwrap_or("");
    let after = text.get(claim.span.end.min(to)..to).unwrap_or("");
    crate::check::rules::date_mismatch::states_figure(before)
        || crate::check::rules::date_mismatch::states_figure(after)
}

/// How far from a date [`dates_a_figure_as_period`] looks for a figure.
const ACCOUNT_REACH: usize = 200;

/// Whether `target` is an event dated to one day. An event dated by a
/// range of days (`{from: 2015-04-01, to: 2015-06-30}`, a quarter's
/// contraction) is one of a period, which a quarter may name.
fn is_day_event(target: Target, refs: &ReferenceSet) -> bool {
    match target {
        Target::Event(i) => refs.events.get(i).is_some_and(|e| {
            e.date.granularity == crate::time::Granularity::Day
                && e.date.interval.start == e.date.interval.end
        }),
        Target::Fact(_) => false,
    }
}

/// Whether a date claim owns one of the terms `present` ("Sunday's
/// performance", "the March 3 vote's count"): the term starts right
/// after the claim and a possessive.
fn names_event(prose: &str, claim: &Claim, seen: &Seen, present: &[usize]) -> bool {
    if !matches!(claim.kind, ClaimKind::Date(_)) {
        return false;
    }
    let tail = prose.get(claim.span.end..).unwrap_or("");
    let Some(owned_at) = ["'s ", "’s "]
        .iter()
        .find(|p| tail.starts_with(**p))
        .map(|p| claim.span.end + p.len())
    else {
        return false;
    };
    present.iter().any(|t| {
        seen.spans_of.get(t).is_some_and(|spans| {
            let at = spans.partition_point(|s| s.start < owned_at);
            spans.get(at).is_some_and(|s| s.start == owned_at)
        })
    })
}

/// "cement production and despatches at 64.44 lakh tons and 64.67 lakh
/// tons respectively", "won 16 and 12 seats in North and South,
/// respectively": in a sentence that says "respectively", a list of
/// figures (joined by "and" or commas alone) pairs, in order, with the
/// facts whose own terms (no other of them has) stand in order on one side
/// of it — when there are exactly as many such facts as figures. `runs`
/// are the sentence's [`figure_runs`].
fn respectively(
    runs: &[Vec<usize>],
    claims: &[Claim],
    matched: &[(Target, usize, Vec<usize>)],
    hits: &[TermHit],
    refs: &ReferenceSet,
) -> Vec<(usize, Target)> {
    let mut out = Vec::new();
    // Lists of a few figures each, a few lists a sentence: the look stays
    // bounded in a sentence that is a table.
    for run in runs
        .iter()
        .filter(|r| (2..=RESPECTIVE_MAX).contains(&r.len()))
        .take(RESPECTIVE_MAX)
    {
        let (Some(first), Some(last)) = (
            run.first().and_then(|&c| claims.get(c)),
            run.last().and_then(|&c| claims.get(c)),
        ) else {
            continue;
        };
        let fits: Vec<&(Target, usize, Vec<usize>)> = matched
            .iter()
            .filter(|(t, _, _)| {
                run.iter().all(|&ci| {
                    claims.get(ci).is_some_and(|c| {
                        compatible(c, *t, refs, Reading::default()) == Some(Through::Written)
                    })
                })
            })
            .collect();
        if fits.len() != run.len() {
            continue;
        }
        // Each fact's first own term: one no other fitting fact uses.
        let mut at: Vec<(usize, Target)> = Vec::new();
        for (t, _, present) in &fits {
            let own = present
                .iter()
                .filter(|term| !fits.iter().any(|(o, _, p)| o != t && p.contains(term)));
            let first_hit = own
                .filter_map(|term| hits.iter().find(|h| h.term == *term))
                .map(|h| h.span.start)
                .min();
            match first_hit {
                Some(pos) => at.push((pos, *t)),
                None => break,
            }
        }
        let one_side = at.iter().all(|(p, _)| *p < first.span.start)
            || at.iter().all(|(p, _)| *p >= last.span.end);
        if at.len() != run.len() || !one_side {
            continue;
        }
        at.sort();
        out.extend(run.iter().copied().zip(at.into_iter().map(|(_, t)| t)));
    }
    out
}

/// The runs of quantities of a sentence (claims `range`) joined by "and"
/// or commas alone: the lists a "respectively" pairs, a run of one for a
/// figure that stands alone.
fn figure_runs(text: &str, claims: &[Claim], range: std::ops::Range<usize>) -> Vec<Vec<usize>> {
    let words = |a: usize, b: usize| {
        text.get(a..b)
            .unwrap_or("")
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
    };
    let quantity = |ci: &usize| {
        claims
            .get(*ci)
            .is_some_and(|c| matches!(c.kind, ClaimKind::Quantity(_)))
    };
    let mut runs: Vec<Vec<usize>> = Vec::new();
    for ci in range.filter(quantity) {
        let joined = runs.last().and_then(|r| r.last()).is_some_and(|&prev| {
            prev + 1 == ci
                && claims.get(prev).zip(claims.get(ci)).is_some_and(|(a, b)| {
                    words(a.span.end, b.span.start).all(|w| w.eq_ignore_ascii_case("and"))
                })
        });
        match runs.last_mut() {
            Some(run) if joined => run.push(ci),
            _ => runs.push(vec![ci]),
        }
    }
    runs
}

/// Whether the sentence at `span` says "respectively".
fn says_respectively(text: &str, span: Span) -> bool {
    text.get(span.start..span.end)
        .unwrap_or("")
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| w.eq_ignore_ascii_case("respectively"))
}

/// The most figures in a list, and lists in a sentence, that
/// [`respectively`] pairs.
const RESPECTIVE_MAX: usize = 8;

/// Whether a fact may be what a figure speaks about, by time: a fact of
/// one time (`as_of`, not a series) is not what a figure whose clause
/// names another period says ("profit fell to $5 million in 2023, from
/// $7 million in 2022": the 2022 figure is not the 2023 fact): `None`.
/// Else `Some(0)` when the figure names the fact's time (it goes first),
/// `Some(1)` when it names none or the fact has no one time.
fn by_time(
    target: Target,
    refs: &ReferenceSet,
    period: impl FnOnce() -> Option<crate::time::Interval>,
) -> Option<usize> {
    let Target::Fact(i) = target else {
        return Some(1);
    };
    let Some(fact) = refs.facts.get(i) else {
        return Some(1);
    };
    let Some(as_of) = fact.as_of.as_ref().filter(|_| fact.series.is_empty()) else {
        return Some(1);
    };
    match period() {
        None => Some(1),
        Some(p) if p.start <= as_of.interval.end && as_of.interval.start <= p.end => Some(0),
        Some(_) => None,
    }
}

/// The period a quantity's clause names ("in 2023", "last year", "in the
/// 2022-23 financial year", or a date framing its sentence), if any.
fn named_period(doc: &Document, claims: &[Claim], ci: usize) -> Option<crate::time::Interval> {
    match time_of(doc, claims, ci, true) {
        // "Ninety cases were recorded so far during the wet season": a
        // count so far runs from the period's start to the article date,
        // whatever the period's end.
        When::Within(interval) => Some(match doc.date.filter(|_| so_far(doc, claims, ci)) {
            Some(today) => {
                crate::time::Interval::new(interval.start.min(today), interval.end.max(today))
            }
            None => interval,
        }),
        _ => None,
    }
}

/// The words that say a count runs up to now: "so far", "to date".
const SO_FAR: &[[&str; 2]] = &[
    ["so", "far"],
    ["thus", "far"],
    ["to", "date"],
    ["until", "now"],
    ["as", "yet"],
];

/// Whether the clause of claim `ci` says its count runs up to now (one of
/// [`SO_FAR`]), read within [`NOW_REACH`] bytes of the figure.
fn so_far(doc: &Document, claims: &[Claim], ci: usize) -> bool {
    let Some(claim) = claims.get(ci) else {
        return false;
    };
    let Some(sentence) = doc.sentences.get(claim.sentence) else {
        return false;
    };
    let clause = clause_at(sentence, claim.span.start);
    let text = doc.prose.as_str();
    let mut from = clause.start.max(claim.span.start.saturating_sub(NOW_REACH));
    let mut to = clause.end.min(claim.span.end + NOW_REACH);
    while from > clause.start && !text.is_char_boundary(from) {
        from -= 1;
    }
    while to < clause.end && !text.is_char_boundary(to) {
        to += 1;
    }
    let mut words = text
        .get(from..to)
        .unwrap_or("")
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    let mut last = words.next();
    for w in words {
        if last.is_some_and(|l| {
            SO_FAR
                .iter()
                .any(|[a, b]| l.eq_ignore_ascii_case(a) && w.eq_ignore_ascii_case(b))
        }) {
            return true;
        }
        last = Some(w);
    }
    false
}

/// How a claim may speak about a target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Through {
    /// By its own unit (or the target asks for none).
    Written,
    /// By a noun the figure leaves implied (see [`Implied`]).
    Implied,
}

/// What besides its own words a figure with no noun may be read through.
#[derive(Default, Clone, Copy)]
struct Reading<'a, 'b> {
    /// What its sentence implies it counts.
    implied: Option<&'b Implied<'a>>,
    /// The whole it is a part of ("seven of his ten charges").
    whole: Option<&'b Claim>,
    /// A figure of a bare tally ("finished 30 of 46").
    tally: bool,
    /// The currency a shared sign stands for where the text writes the
    /// same amount with that currency's own sign (see [`Restated`]).
    restated: Option<&'a str>,
}

/// Whether a fact counts parts of a whole ([`PART_COUNTS`]
/// (crate::extract::lexicon::PART_COUNTS), or a synonym of one).
fn counts_parts(fact: Option<&crate::reference::model::Fact>, refs: &ReferenceSet) -> bool {
    fact.and_then(|f| f.unit.as_deref()).is_some_and(|fu| {
        crate::extract::lexicon::PART_COUNTS
            .iter()
            .any(|p| refs.units.matches(fu, p))
    })
}

/// Quantities go with facts of a compatible unit, dates with events. A
/// figure with no noun of its own goes with a fact that has a unit only
/// through what its sentence implies it counts — or, as the part of a
/// `whole` ("seven of his ten charges"), through what the whole counts;
/// a figure of a bare tally ("finished 30 of 46") only with a fact that
/// counts parts of a whole.
fn compatible(
    claim: &Claim,
    target: Target,
    refs: &ReferenceSet,
    read: Reading<'_, '_>,
) -> Option<Through> {
    let Reading {
        implied,
        whole,
        tally,
        restated,
    } = read;
    match (&claim.kind, target) {
        (ClaimKind::Quantity(q), Target::Fact(i)) => {
            let fact = refs.facts.get(i)?;
            let q = match whole.map(|w| &w.kind) {
                Some(ClaimKind::Quantity(w)) if q.unit.is_none() => w,
                _ => q,
            };
            match (&fact.unit, &q.unit) {
                (None, _) => Some(Through::Written),
                // A figure of a bare tally counts parts of a whole, and
                // nothing else its sentence might imply.
                (Some(_), None) if tally => (implied.is_some() && counts_parts(Some(&fact), refs))
                    .then_some(Through::Implied),
                (Some(fu), None) => implied
                    .is_some_and(|im| im.may_count(fu, refs))
                    .then_some(Through::Implied),
                (Some(fu), Some(cu)) => (unit_fits(fu, restated.unwrap_or(cu), refs)
                    // A fact counted by a modifier ("jobless" for
                    // "1,100 jobless people").
                    || q.modifiers.as_deref().is_some_and(|m| {
                        m.split(' ').any(|w| refs.units.matches(fu, w))
                    }))
                .then_some(Through::Written),
            }
        }
        // "in 36 minutes of action": a length of time is a count of its
        // unit, so it speaks about a fact counted in that unit.
        (ClaimKind::Duration(d), Target::Fact(i)) => refs
            .facts
            .get(i)?
            .unit
            .as_deref()
            .is_some_and(|fu| refs.units.matches(fu, duration_noun(d.unit)))
            .then_some(Through::Written),
        (ClaimKind::Date(_), Target::Event(_)) => Some(Through::Written),
        _ => None,
    }
}

/// Whether `claim` is a percentage and `target` a fact with no unit: the
/// one pairing where a share might be checked against the value of the
/// whole it is a share of (see [`beside::only_its_whole`]).
fn share_of_its_whole(claim: &Claim, target: Target, refs: &ReferenceSet) -> bool {
    let ClaimKind::Quantity(q) = &claim.kind else {
        return false;
    };
    let Target::Fact(i) = target else {
        return false;
    };
    q.unit.as_deref() == Some("percent") && refs.facts.get(i).is_some_and(|f| f.unit.is_none())
}

/// The noun a fact counting in a duration's unit is written with.
pub(crate) fn duration_noun(unit: crate::extract::claim::DurationUnit) -> &'static str {
    use crate::extract::claim::DurationUnit as U;
    match unit {
        U::Second => "seconds",
        U::Minute => "minutes",
        U::Hour => "hours",
        U::Day => "days",
        U::Week => "weeks",
        U::Month => "months",
        U::Year => "years",
    }
}

/// Whether a claim's unit `cu` is the fact's unit `fu`: the same noun or
/// a synonym, or a shared currency sign that may stand for it.
fn unit_fits(fu: &str, cu: &str, refs: &ReferenceSet) -> bool {
    refs.units.matches(fu, cu) || crate::extract::currency::assumed_for(cu, fu).is_some()
}

/// How far, in bytes, on each side of a figure with no noun of its own
/// [`Implied`] reads its sentence for the noun.
const IMPLIED_REACH: usize = 160;
/// How many words after a figure [`Implied`] reads for a casualty word.
const CASUALTY_REACH: usize = 4;
/// At most this many other figures of its sentence, on each side, lend a
/// figure their unit.
const IMPLIED_NEIGHBOURS: usize = 8;

/// What a figure with no noun of its own ("22 died", "Labour won fewer
/// votes, at 9.7 million", "67 seats and the Coalition winning 66") may
/// count, read from its sentence: the words before it, the units of the
/// figures beside it, and whether a casualty word stands right beside it
/// (never for a figure of the lists a sentence pairs "respectively").
/// A fact with a unit matches such a figure when that unit is among them
/// (or the fact counts people and a casualty word stands there), one of
/// the fact's terms stands in the figure's own clause, and no figure that
/// names its noun takes the fact first.
struct Implied<'a> {
    /// The words before the figure, with where each starts.
    words: Vec<(&'a str, usize)>,
    units: Vec<&'a str>,
    people: bool,
}

impl<'a> Implied<'a> {
    /// `None` unless claim `ci` is a quantity with no unit.
    fn of(
        doc: &'a Document,
        sentence: Option<&Sentence>,
        claims: &'a [Claim],
        range: std::ops::Range<usize>,
        ci: usize,
        respectively: bool,
    ) -> Option<Implied<'a>> {
        let claim = claims.get(ci)?;
        let ClaimKind::Quantity(q) = &claim.kind else {
            return None;
        };
        if q.unit.is_some() {
            return None;
        }
        let sentence = sentence?.span;
        let text = doc.prose.as_str();
        // "in Nepal 2015 killed …": four bare digits that could be a year
        // are read as one, never as a count whose noun is implied (news
        // writes the count "2,015").
        let figure = text.get(q.figure.start..q.figure.end).unwrap_or("");
        if figure.len() == 4
            && figure.bytes().all(|b| b.is_ascii_digit())
            && (1800.0..=2100.0).contains(&q.value)
        {
            return None;
        }
        let floor = |mut at: usize| {
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            at
        };
        let from = floor(
            claim
                .span
                .start
                .saturating_sub(IMPLIED_REACH)
                .max(sentence.start),
        );
        let to = floor((claim.span.end + IMPLIED_REACH).min(sentence.end));
        let is_word = |w: &&str| !w.is_empty();
        // "A and B rose 3% and 5% respectively": the order of two lists
        // pairs them, which no implied noun may second-guess.
        if respectively {
            return None;
        }
        // A noun named before the figure is what it goes on counting
        // ("Labour won fewer votes, at 9.7 million").
        let before = text.get(from..claim.span.start).unwrap_or("");
        let words: Vec<(&str, usize)> = before
            .split(|c: char| !c.is_alphanumeric())
            .filter(is_word)
            .map(|w| (w, from + (w.as_ptr() as usize - before.as_ptr() as usize)))
            .collect();
        let counted = |c: &'a Claim| match &c.kind {
            ClaimKind::Quantity(o) => o.unit.as_deref().filter(|u| {
                !matches!(
                    *u,
                    "percent" | "percentage points" | "basis points" | "points"
                )
            }),
            _ => None,
        };
        let mut units: Vec<&str> = claims
            .get(ci.saturating_sub(IMPLIED_NEIGHBOURS).max(range.start)..)
            .unwrap_or(&[])
            .iter()
            .take(2 * IMPLIED_NEIGHBOURS + 1)
            .filter(|c| c.sentence == claim.sentence && c.span != claim.span)
            .filter_map(counted)
            .collect();
        // A list or a bulletin names its noun once: "46 cases are in
        // hospital. Of these, 39 are at the main hospital and 4 at the
        // district one"; "added 25 runs … was out for 36". When no figure
        // of its own sentence names a noun, those of the figures nearest it
        // in the sentences right before and after do.
        if units.is_empty() {
            let before = claims
                .get(range.start.saturating_sub(IMPLIED_NEIGHBOURS)..range.start)
                .unwrap_or(&[])
                .iter()
                .rev()
                .filter(|c| c.sentence + 1 == claim.sentence);
            let after = claims
                .get(range.end..)
                .unwrap_or(&[])
                .iter()
                .take(IMPLIED_NEIGHBOURS)
                .filter(|c| c.sentence == claim.sentence + 1);
            units.extend(before.chain(after).filter_map(counted));
        }
        // The few words after the figure, up to a stop: "42,397 were
        // injured", "155,000 forced to evacuate".
        let after = text.get(claim.span.end..to).unwrap_or("");
        let after = after
            .get(
                ..after
                    .find([',', ';', ':', '.', '(', ')'])
                    .unwrap_or(after.len()),
            )
            .unwrap_or("");
        let mut next = after
            .split(|c: char| !c.is_alphanumeric())
            .filter(is_word)
            .take(CASUALTY_REACH);
        let prev = text
            .get(from..claim.span.start)
            .unwrap_or("")
            .rsplit(|c: char| !c.is_alphanumeric())
            .find(is_word);
        // A casualty word, or its verb ("to evacuate", "kill").
        let casualty = |w: Option<&str>| {
            w.is_some_and(|w| {
                crate::extract::lexicon::CASUALTY_WORDS.iter().any(|c| {
                    c.eq_ignore_ascii_case(w)
                        || [w.len() + 1, w.len() + 2].iter().any(|&n| {
                            c.len() == n
                                && c.get(..w.len()).is_some_and(|s| s.eq_ignore_ascii_case(w))
                                && c.ends_with('d')
                                && w.len() >= 3
                        })
                })
            })
        };
        let people = casualty(prev) || next.any(|w| casualty(Some(w)));
        Some(Implied {
            words,
            units,
            people,
        })
    }

    /// Where the word before the figure nearest it that names `fu`
    /// stands ("Labour won fewer votes than in 2019, at 9.7 million":
    /// "votes"), if one does.
    fn noun_at(&self, fu: &str, refs: &ReferenceSet) -> Option<usize> {
        self.words
            .iter()
            .rev()
            .find(|(w, _)| refs.units.matches(fu, w))
            .map(|&(_, at)| at)
    }

    /// Whether the figure may count what a fact with unit `fu` counts
    /// only because a figure beside it names that noun: no casualty word
    /// and no word before it does.
    fn lent_only(&self, fu: &str, refs: &ReferenceSet) -> bool {
        !self.people
            && !self.words.iter().any(|(w, _)| refs.units.matches(fu, w))
            && self.units.iter().any(|u| unit_fits(fu, u, refs))
    }

    /// Whether the figure may count what a fact with unit `fu` counts.
    fn may_count(&self, fu: &str, refs: &ReferenceSet) -> bool {
        // "killed more than 1,400": a casualty word beside the figure says
        // it counts people, whatever the figures beside it count.
        if self.people {
            return refs.units.matches(fu, "people")
                || crate::extract::lexicon::PERSON_COUNTS
                    .iter()
                    .any(|p| refs.units.matches(fu, p));
        }
        // Percentages and money are never implied by a word near the
        // figure: only by a figure beside it that names them.
        let code = fu.len() == 3 && fu.bytes().all(|b| b.is_ascii_uppercase());
        let counted =
            !code && !matches!(fu, "percent" | "%" | "percentage points" | "basis points");
        (counted && self.words.iter().any(|(w, _)| refs.units.matches(fu, w)))
            || self.units.iter().any(|u| unit_fits(fu, u, refs))
    }
}

/// How many occurrences of matched targets' terms, on each side of a
/// claim, name the targets the claim is paired with.
pub const NEAR_HITS: usize = 16;
/// At most this many targets are paired with one claim.
pub const MAX_TARGETS_PER_CLAIM: usize = 64;

/// One (claim, target) pair that could hold. The order is the order of
/// preference: pairs read through a noun only a neighbour names last,
/// then by `rank`, then document order. The rank opens with
/// whether only terms carried from the sentence before match the target.
/// Then, for a claim among several of its kind: whether the claim names
/// no time of the target's, whether only another figure's of-phrase
/// holds one of the target's terms (for a date: whether it names one of
/// the event's terms, no date does, or only another does,
/// `matching/named.rs`), whether a percentage meets a fact of no unit,
/// nearness of any term, whether some of
/// its terms stand outside the claim's clause, nearness of its own terms
/// ([`OWN_PLACE`]), fewest terms last, the noun's distance, 0 (the change), 0 — a
/// figure belongs to the target whose
/// terms stand nearest to it ("$9 million in fines and $4 million in
/// costs"); for a claim alone of its kind: for an event, whether some of
/// its terms stand outside the claim's clause and its subject, then, for
/// a fact, whether the words right after the figure name it or only
/// another figure's of-phrase holds one of its terms (`matching/beside.rs`),
/// then fewest terms last, for a fact whether some of its terms stand outside the
/// claim's part of the sentence (between colons and semicolons), no time
/// named,
/// whether the claim does not own one of the target's terms (a date's
/// possessive, "Sunday's performance"), the noun's distance, 0, 0, nearness.
/// The noun's distance is how far before the figure the noun it is read
/// through stands (0 for a figure not read through an implied noun); a
/// figure alone of its kind read through an implied noun has that
/// distance, then nearness, in the last places but four, so that nearness
/// tells its facts apart. Two
/// targets tie when the first [`TIED`] agree.
/// How many places of a [`Pair`]'s rank must agree for two targets to tie.
const TIED: usize = 10;
/// How many places a [`Pair`]'s rank has.
const RANK: usize = 11;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Pair {
    /// Read through a noun only the figures beside it name ("a stand of
    /// 99 in 21.1 overs"): such a pair waits until every other pair has
    /// been weighed, so that a figure naming the noun takes its fact first
    /// (see [`Implied::lent_only`]).
    lent_noun: bool,
    rank: [usize; RANK],
    /// Read through an implied noun: a pair of a figure that names its
    /// noun goes first where the ranks tie.
    implied: bool,
    claim: usize,
    target: Target,
    /// The figure names the fact's own time (see [`by_time`]).
    timed: bool,
}

/// The place of a [`Pair`]'s rank that a figure of a change fills (it is
/// 0 for every figure that is not alone of its kind, within [`TIED`]).
const CHANGE_PLACE: usize = 9;

/// The place of a [`Pair`]'s rank that holds, for a claim among several
/// of its kind, the nearness of the target's own terms.
const OWN_PLACE: usize = 6;

/// The pairs of the part of a whole ("losing 40 of its 41 seats in
/// Scotland"), each with how near its target's own terms stand to the part
/// with and without the words after the whole (`own`, parallel to `pairs`).
/// Those words reach the part as if it stood there, so that a fact the part
/// and the whole fit equally goes to the part, which comes first ("eight of
/// nine counts of forgery"). But where one target's own term stands by the
/// part itself ("losing", the verb the part is the object of) and
/// another's only after the whole ("in Scotland"), the first describes the
/// part and the second the whole: for the part, the second's own terms
/// count where they stand. Unless a date opens the words after the whole
/// (`dated`): "scored 9 of her 31 points in the third quarter" says when
/// the part was scored, so a target whose own term stands there is the
/// part's before one whose own term is the verb both figures share (the
/// target of the verb and the date has the verb's term and one more).
/// Linear in the pairs.
fn part_first(pairs: &mut [Pair], own: &[(usize, usize)], dated: bool) {
    if dated {
        for (p, &(with, without)) in pairs.iter_mut().zip(own) {
            if without > with && with < CROSSING {
                if let Some(place) = p.rank.get_mut(OWN_PLACE) {
                    *place = 0;
                }
            }
        }
        return;
    }
    let by_part = own
        .iter()
        .any(|&(with, without)| without == with && without < OTHER_CLAUSE);
    if !by_part {
        return;
    }
    for (p, &(with, without)) in pairs.iter_mut().zip(own) {
        if without > with {
            if let Some(place) = p.rank.get_mut(OWN_PLACE) {
                *place = without;
            }
        }
    }
}

/// The pairs of a figure of a change ("fell from 1,237 to 1,103"), made
/// to tell apart facts that tie but for their times: among pairs whose
/// ranks agree, a fact dated after another's time is not what the earlier
/// figure ("from") speaks about, nor one dated before it what the later
/// does. Facts with no one time (no `as_of`, or a series) are told apart
/// by the words of their terms ([`stage_of`]): an initial or proposed
/// figure, an estimate, is not what the later figure speaks about, nor a
/// new or revised one what the earlier does. Linear in the pairs.
fn order_by_change(pairs: &mut [Pair], change: phrase::Change, refs: &ReferenceSet) {
    let time = |p: &Pair| match p.target {
        Target::Fact(i) => refs
            .facts
            .get(i)
            .filter(|f| f.series.is_empty())
            .and_then(|f| f.as_of.as_ref().map(|d| d.interval)),
        Target::Event(_) => None,
    };
    for_each_tied_run(pairs, |run| {
        // The earliest end and the latest start among the run's times.
        let earliest_end = run.iter().filter_map(|p| time(p).map(|t| t.end)).min();
        let latest_start = run.iter().filter_map(|p| time(p).map(|t| t.start)).max();
        for p in run.iter_mut() {
            let Some(t) = time(p) else {
                // No time: the words of its terms place it, if any do.
                if let Some(stage) = stage_of(p.target, refs) {
                    if let Some(place) = p.rank.get_mut(CHANGE_PLACE) {
                        *place = usize::from(stage != change);
                    }
                }
                continue;
            };
            let misplaced = match change {
                phrase::Change::Earlier => earliest_end.is_some_and(|e| e < t.start),
                phrase::Change::Later => latest_start.is_some_and(|s| t.end < s),
            };
            if let Some(place) = p.rank.get_mut(CHANGE_PLACE) {
                *place = usize::from(misplaced);
            }
        }
    });
}

/// Sort `pairs` and hand `each` every run of them that nothing before the
/// change place tells apart (the same ranks, the same lent noun).
fn for_each_tied_run(pairs: &mut [Pair], mut each: impl FnMut(&mut [Pair])) {
    let same = |a: &Pair, b: &Pair| {
        a.lent_noun == b.lent_noun && a.rank.get(..CHANGE_PLACE) == b.rank.get(..CHANGE_PLACE)
    };
    pairs.sort();
    let mut at = 0;
    while let Some(head) = pairs.get(at).copied() {
        let len = pairs
            .get(at..)
            .unwrap_or(&[])
            .iter()
            .take_while(|p| same(p, &head))
            .count();
        each(pairs.get_mut(at..at + len).unwrap_or(&mut []));
        at += len.max(1);
    }
}

/// The pairs of a figure of a partitive ("Dubois has won 22 of 25
/// fights"), made to tell apart facts that nothing else tells apart (the
/// same terms, the same unit, no time between them): a part is no more
/// than its whole, so among pairs whose ranks agree the part takes the
/// fact of the least value and the whole the fact of the greatest. Each
/// figure is still judged against the fact it takes, so a wrong figure or
/// a wrong fact is found as before. Facts of one value, and events, stay
/// tied. Linear in the pairs.
fn order_by_share(pairs: &mut [Pair], share: phrase::Share, refs: &ReferenceSet) {
    let value = |p: &Pair| match p.target {
        Target::Fact(i) => refs
            .facts
            .get(i)
            .filter(|f| f.series.is_empty())
            .map(|f| (f.value.min() + f.value.max()) / 2.0),
        Target::Event(_) => None,
    };
    for_each_tied_run(pairs, |run| {
        let values: Vec<f64> = run.iter().filter_map(value).collect();
        if run.len() < 2 || values.len() < run.len() {
            return;
        }
        let least = values.iter().copied().fold(f64::INFINITY, f64::min);
        let most = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        if least >= most {
            return;
        }
        let fits = |v: f64| match share {
            phrase::Share::Part => v <= least,
            phrase::Share::Whole => v >= most,
        };
        for (p, v) in run.iter_mut().zip(values) {
            if let Some(place) = p.rank.get_mut(CHANGE_PLACE) {
                *place = usize::from(!fits(v));
            }
        }
    });
}

/// Words of a fact's terms that name the earlier figure of a change: what
/// was first proposed or estimated ("the initial budget estimate").
const EARLIER_WORDS: &[&str] = &[
    "initial",
    "original",
    "originally",
    "earlier",
    "previous",
    "previously",
    "prior",
    "old",
    "proposed",
    "estimate",
    "estimated",
];

/// Words of a fact's terms that name the later figure of a change: what it
/// was revised to ("the revised forecast"). They outweigh
/// [`EARLIER_WORDS`]: "the new estimate" is the later.
const LATER_WORDS: &[&str] = &["new", "revised", "amended", "updated", "final"];

/// Where the words of a fact's terms place it in a change, if any do.
fn stage_of(target: Target, refs: &ReferenceSet) -> Option<phrase::Change> {
    let terms = refs.index.terms_of(target)?;
    let words = || {
        terms
            .all
            .iter()
            .chain(terms.any)
            .flat_map(|&t| refs.index.term(t).split(|c: char| !c.is_alphanumeric()))
    };
    let among = |list: &[&str], w: &str| list.iter().any(|x| w.eq_ignore_ascii_case(x));
    if words().any(|w| among(LATER_WORDS, w)) {
        Some(phrase::Change::Later)
    } else if words().any(|w| among(EARLIER_WORDS, w)) {
        Some(phrase::Change::Earlier)
    } else {
        None
    }
}

/// Nearness added for each break (another claim of the kind, or a word
/// such as "and", "to", "against" between two of them) between a claim and
/// a term.
const CROSSING: usize = 10_000;
/// Nearness added for a term in another clause than the claim's.
const OTHER_CLAUSE: usize = 1_000_000;
/// Breaks counted at most: a term behind this many is as far as any.
const MAX_CROSSINGS: usize = 99;

/// The words that, standing between two figures of a kind, part what
/// belongs to the one from what belongs to the other: "0.5% in Leeds to
/// 3% in York", "$9 million in fines and $4 million in costs", "Rs 70
/// crore against Rs 60 crore a year ago", "in March before expanding the
/// roster … by June".
const PARTING_WORDS: &[&str] = &[
    "and", "or", "nor", "but", "to", "from", "against", "versus", "vs", "compared", "than",
    "while", "whereas", "before", "after",
];

/// Where, in a sentence, the claims of each kind stand and the parting
/// words between two of them: a term behind one of these belongs less to
/// a claim on the other side.
struct Breaks {
    by_kind: HashMap<&'static str, Vec<usize>>,
}

impl Breaks {
    /// One pass over the sentence's claims and the text between two
    /// consecutive claims of a kind: linear in the sentence.
    fn new(text: &str, claims: &[Claim]) -> Breaks {
        let mut by_kind: HashMap<&'static str, Vec<usize>> = HashMap::new();
        let mut last_end: HashMap<&'static str, usize> = HashMap::new();
        for claim in claims {
            let kind = claim.kind.name();
            let cuts = by_kind.entry(kind).or_default();
            if let Some(&end) = last_end.get(kind) {
                if let Some(gap) = text.get(end..claim.span.start) {
                    cuts.extend(parting_words(gap).map(|at| end + at));
                    // "39 at the city hospital (CH), 1 at the district
                    // one": a comma between two figures parts a list's
                    // items as "and" does.
                    cuts.extend(gap.match_indices([',', ';']).map(|(at, _)| end + at));
                }
            }
            // "689 (98%) were residents": a figure alone in brackets is
            // an aside, no break between the figure before it and what
            // follows.
            if !clauses::bracketed(text, claim.span) {
                cuts.push(claim.span.start);
            }
            let end = last_end.entry(kind).or_insert(0);
            *end = (*end).max(claim.span.end);
        }
        for cuts in by_kind.values_mut() {
            cuts.sort_unstable();
        }
        Breaks { by_kind }
    }

    /// More breaks for claims of `kind` (those [`Phrases`] finds).
    fn add(&mut self, kind: &'static str, more: &[usize]) {
        if more.is_empty() {
            return;
        }
        let cuts = self.by_kind.entry(kind).or_default();
        cuts.extend_from_slice(more);
        cuts.sort_unstable();
    }

    fn of(&self, kind: &str) -> &[usize] {
        self.by_kind.get(kind).map_or(&[], Vec::as_slice)
    }
}

/// The offsets in `gap` of its parting words.
fn parting_words(gap: &str) -> impl Iterator<Item = usize> + '_ {
    let mut at = 0;
    gap.split(|c: char| !c.is_alphanumeric())
        .filter_map(move |w| {
            let start = at;
            // The separator after the word is one char; its length in bytes
            // is what stands there.
            at += w.len()
                + gap
                    .get(at + w.len()..)
                    .and_then(|r| r.chars().next())
                    .map_or(0, char::len_utf8);
            PARTING_WORDS
                .iter()
                .any(|p| w.eq_ignore_ascii_case(p))
                .then_some(start)
        })
}

/// How many of `cuts` (sorted) stand in `from..to`.
fn crossings(cuts: &[usize], from: usize, to: usize) -> usize {
    let lo = cuts.partition_point(|&c| c < from);
    let hi = cuts.partition_point(|&c| c < to);
    hi.saturating_sub(lo).min(MAX_CROSSINGS)
}

/// Where the positive terms of a sentence's matched targets stand.
struct Seen {
    /// Occurrences of those terms, by start, with the term.
    hits: Vec<TermHit>,
    /// Term → the matched targets (indices into the matched list) that use it.
    targets_of: HashMap<usize, Vec<usize>>,
    /// Term → its occurrences, by start.
    spans_of: HashMap<usize, Vec<Span>>,
    /// (Term, measure key) → the two fewest counts of terms that the
    /// matched targets of that measure (see [`measure::Measure`]) using it
    /// have here (the second `usize::MAX` when one uses it).
    least_specific: HashMap<(usize, u8), [usize; 2]>,
    /// The measure key each matched target reads its rivals under.
    keys: HashMap<Target, u8>,
    /// Scratch: which matched targets [`Seen::nearest_targets`] has taken.
    marked: std::cell::RefCell<Vec<bool>>,
}

impl Seen {
    fn new(
        hits: &[TermHit],
        matched: &[(Target, usize, Vec<usize>)],
        measures: &[measure::Measure],
    ) -> Seen {
        let mut targets_of: HashMap<usize, Vec<usize>> = HashMap::new();
        let mut least_specific: HashMap<(usize, u8), [usize; 2]> = HashMap::new();
        let measure_of = |m: usize| measures.get(m).copied().unwrap_or(measure::Measure::Any);
        for (m, (_, specificity, present)) in matched.iter().enumerate() {
            for &t in present {
                targets_of.entry(t).or_default().push(m);
                for &key in measure_of(m).filed() {
                    let least = least_specific.entry((t, key)).or_insert([usize::MAX; 2]);
                    if *specificity < least[0] {
                        *least = [*specificity, least[0]];
                    } else if *specificity < least[1] {
                        least[1] = *specificity;
                    }
                }
            }
        }
        let keys = matched
            .iter()
            .enumerate()
            .map(|(m, (t, _, _))| (*t, measure_of(m).key()))
            .collect();
        let hits: Vec<TermHit> = hits
            .iter()
            .filter(|h| targets_of.contains_key(&h.term))
            .copied()
            .collect();
        let mut spans_of: HashMap<usize, Vec<Span>> = HashMap::new();
        for h in &hits {
            spans_of.entry(h.term).or_default().push(h.span);
        }
        Seen {
            hits,
            targets_of,
            spans_of,
            least_specific,
            keys,
            marked: std::cell::RefCell::new(vec![false; matched.len()]),
        }
    }

    /// The matched targets (indices) with a term among the [`NEAR_HITS`]
    /// occurrences nearest to `claim` on each side, nearest first, at most
    /// [`MAX_TARGETS_PER_CLAIM`] of them.
    fn nearest_targets(&self, claim: Span, out: &mut Vec<usize>) {
        out.clear();
        let at = self.hits.partition_point(|h| h.span.start < claim.start);
        let before = self
            .hits
            .get(at.saturating_sub(NEAR_HITS)..at)
            .unwrap_or(&[]);
        let after = self
            .hits
            .get(at..self.hits.len().min(at + NEAR_HITS))
            .unwrap_or(&[]);
        let mut marked = self.marked.borrow_mut();
        // Outwards from the claim, one occurrence on each side in turn.
        let outwards = (0..NEAR_HITS).flat_map(|k| {
            let left = before.len().checked_sub(k + 1).and_then(|i| before.get(i));
            [left, after.get(k)].into_iter().flatten()
        });
        'hits: for h in outwards {
            for &m in self.targets_of.get(&h.term).map_or(&[][..], Vec::as_slice) {
                if out.len() >= MAX_TARGETS_PER_CLAIM {
                    break 'hits;
                }
                if let Some(slot) = marked.get_mut(m) {
                    if !*slot {
                        *slot = true;
                        out.push(m);
                    }
                }
            }
        }
        for &m in out.iter() {
            if let Some(slot) = marked.get_mut(m) {
                *slot = false;
            }
        }
    }

    /// Whether one of the terms `present` stands right before `claim` as
    /// its possessor: "Wolves' three", "Brees' 16", "Kohli's 123".
    fn owns(&self, text: &str, claim: Span, present: &[usize]) -> bool {
        let Some(head) = text.get(..claim.start) else {
            return false;
        };
        let Some(possessor_end) = ["'s ", "’s ", "' ", "’ "]
            .iter()
            .find_map(|p| head.strip_suffix(p).map(str::len))
        else {
            return false;
        };
        present.iter().any(|t| {
            self.spans_of.get(t).is_some_and(|spans| {
                let at = spans.partition_point(|s| s.end < possessor_end);
                spans.get(at).is_some_and(|s| s.end == possessor_end)
            })
        })
    }

    /// Whether a matched target has a term of its own here: one no other
    /// target of its measure of as many terms or fewer shares (see
    /// [`Seen::nearness`]).
    fn has_own(&self, (target, specificity, present): &(Target, usize, Vec<usize>)) -> bool {
        let key = self.keys.get(target).copied().unwrap_or(0);
        present.iter().any(|t| {
            self.least_specific
                .get(&(*t, key))
                .is_none_or(|least| *specificity < least[1])
        })
    }

    /// Whether each of `present`'s terms occurs within `span`.
    fn all_within(&self, present: &[usize], span: Span) -> bool {
        present.iter().all(|t| {
            self.spans_of.get(t).is_some_and(|spans| {
                let from = spans.partition_point(|s| s.start < span.start);
                spans
                    .get(from..)
                    .and_then(|rest| rest.first())
                    .is_some_and(|s| s.end <= span.end)
            })
        })
    }

    /// How near a target's terms stand to a claim: the nearest of its terms
    /// here (`present`, `specificity` of them), and the nearest of its own
    /// terms, those no other target of as many terms or fewer shares. A
    /// shared term tells nothing between the targets that share it: in
    /// "net income rose to $8 million from $6 million a year ago",
    /// "net income" stands nearest to the $8, but it is the fact matched by
    /// "net income" alone that the $8 speaks about, and the one matched by
    /// "net income" and "year ago" the $6. A term inside the claim ("ten
    /// La Liga titles") is nearest of all; words after the figure count as
    /// much as words before it in its clause; each break between them (see
    /// [`Breaks`]) and another clause put it farther. The claim's [`Reach`]
    /// says where it stands: over its of-phrase, and, for the part of a
    /// whole or the "to" figure of "from … to", also where the words after
    /// the whole or before "from" reach it.
    fn nearness(
        &self,
        reach: &Reach,
        clause: Span,
        cuts: &[usize],
        (target, specificity, present): &(Target, usize, Vec<usize>),
    ) -> (usize, usize) {
        let key = self.keys.get(target).copied().unwrap_or(0);
        let own = |t: &&usize| {
            self.least_specific
                .get(&(**t, key))
                .is_none_or(|least| *specificity < least[1])
        };
        let score = |t: &usize| {
            self.spans_of.get(t).map_or(usize::MAX, |spans| {
                let near = term_nearness(spans, reach.span, clause, cuts);
                // "Profit rose from $6 million to $8 million": the words
                // before "from" reach the "to" figure as if it stood there.
                let back = reach.back.map_or(usize::MAX, |(from, from_clause)| {
                    let before = spans.partition_point(|s| s.end <= from.start);
                    term_nearness(spans.get(..before).unwrap_or(&[]), from, from_clause, cuts)
                });
                // "eight of nine counts of forgery": the words after the
                // whole reach its part as if it stood there, and so does a
                // term that runs on from the whole's noun past it ("won
                // three of four games in Nashville": games in Nashville).
                // One term's occurrences are of one length, so their ends
                // are in the order of their starts.
                let ahead = reach.ahead.map_or(usize::MAX, |after| {
                    let from = spans.partition_point(|s| s.end <= after.start);
                    term_nearness(spans.get(from..).unwrap_or(&[]), after, clause, cuts)
                });
                // "raised its payout by six cents": the verb the
                // "by" phrase completes describes the amount.
                let verb = reach.verb.map_or(usize::MAX, |verb| {
                    if term_nearness(spans, verb, clause, cuts) == 0 {
                        0
                    } else {
                        usize::MAX
                    }
                });
                near.min(back).min(ahead).min(verb)
            })
        };
        let any = present.iter().map(score).min().unwrap_or(usize::MAX);
        // A target with no term of its own (two facts of one match in
        // two currencies) is as near as its terms.
        let own = present.iter().filter(own).map(score).min().unwrap_or(any);
        (any, own)
    }
}

/// [`Seen::nearness`] for the occurrences of one term (by start, of one
/// length): only the nearest before the claim, those overlapping it and
/// the nearest after it can be the nearest, so a binary search finds them
/// however often the term occurs.
fn term_nearness(spans: &[Span], claim: Span, clause: Span, cuts: &[usize]) -> usize {
    let score = |s: &Span| term_score(*s, claim, clause, cuts);
    let at = spans.partition_point(|s| s.start < claim.start);
    let mut best = usize::MAX;
    // Backwards: those overlapping the claim's start, then the nearest
    // wholly before it.
    for s in spans.get(..at).unwrap_or(&[]).iter().rev() {
        best = best.min(score(s));
        if s.end <= claim.start {
            break;
        }
    }
    // Forwards: those starting inside the claim, then the nearest after it.
    for s in spans.get(at..).unwrap_or(&[]) {
        best = best.min(score(s));
        if s.start >= claim.end {
            break;
        }
    }
    best
}

/// The nearness of one term occurrence `s` to a claim: 0 inside or
/// overlapping it, else the bytes between them, plus [`CROSSING`] per
/// break between them and [`OTHER_CLAUSE`] outside the claim's clause. A
/// break where a term after the claim starts counts ("…, compared to 52"
/// belongs to the 52). In another clause, words after the figure count
/// twice their distance: a figure whose clause names nothing takes its
/// subject from the clause before it ("Legal reported $8 million, up 4
/// percent, and Tax reported $3 million, up 3 percent").
fn term_score(s: Span, claim: Span, clause: Span, cuts: &[usize]) -> usize {
    let (gap, crossed) = if s.end <= claim.start {
        (claim.start - s.end, crossings(cuts, s.end, claim.start))
    } else if s.start >= claim.end {
        (s.start - claim.end, crossings(cuts, claim.end, s.start + 1))
    } else {
        return 0;
    };
    if clause.contains(s) {
        gap + CROSSING * crossed
    } else if s.start >= claim.end {
        OTHER_CLAUSE + 2 * gap + CROSSING * crossed
    } else {
        OTHER_CLAUSE + gap + CROSSING * crossed
    }
}

/// How many characters beside a clause [`with_asides`] looks through for
/// its bracket.
const ASIDE_BLANKS: usize = 16;

/// A clause of `sentence` with the parenthesised clauses right beside it:
/// "the Labour Party (Labour) won 411 seats" names the party in the
/// figure's clause.
fn with_asides(text: &str, sentence: &Sentence, clause: Span) -> Span {
    let i = sentence.clauses.partition_point(|c| c.start < clause.start);
    if sentence.clauses.get(i) != Some(&clause) {
        return clause;
    }
    // Only the blanks right beside a clause are looked through, a few at
    // most, so that each claim's look stays bounded however long a run of
    // blanks (a blanked code block) stands there.
    let aside = |c: &Span| {
        let before = text.get(..c.start).and_then(|t| {
            t.chars()
                .rev()
                .take(ASIDE_BLANKS)
                .find(|c| !c.is_whitespace())
        });
        let after = text
            .get(c.end..)
            .and_then(|t| t.chars().take(ASIDE_BLANKS).find(|c| !c.is_whitespace()));
        before == Some('(') && after == Some(')')
    };
    let mut out = clause;
    if let Some(prev) = i.checked_sub(1).and_then(|j| sentence.clauses.get(j)) {
        if aside(prev) {
            out.start = prev.start;
        }
    }
    if let Some(next) = sentence.clauses.get(i + 1) {
        if aside(next) {
            out.end = next.end;
        }
    }
    out
}

/// How many claims on each side of a quantity are looked at for the date
/// its clause names: a clause of thousands of claims (a list) costs each
/// claim a bounded walk.
const NEAR_DATES: usize = 32;

/// How far either side of a figure, in bytes, "now" or "currently" is
/// looked for in its clause (a real clause is far shorter).
const NOW_REACH: usize = 1024;

/// The time a quantity claim speaks about, for choosing the point of a
/// series fact: the date claim of its own clause ("58.1 million in 2007";
/// the nearest when there are several, one after the figure winning a
/// tie), else a date that stands in a clause of its sentence with no
/// figure of its own ("In 2007, …, 80.5 years"), else "now" or
/// "currently" in its clause (the article date), else none: the latest
/// point at or before the article date.
pub fn spoken_time(doc: &Document, claims: &[Claim], ci: usize) -> When {
    time_of(doc, claims, ci, false)
}

/// How many bytes from a figure a date of its clause may stand and still
/// name the figure's own period, strictly read.
const OWN_DATE_REACH: usize = 120;

/// The prepositions that open a sentence's framing time: "In 2023, …",
/// "For the full year, …", "During the quarter, …".
const FRAMING_OPENERS: &[&str] = &["in", "for", "during", "over", "throughout", "across"];

/// [`spoken_time`]; when `opening_frame_only`, a date outside the
/// figure's clause frames it only from a first clause that opens with a
/// preposition ("In 2023, …"), not from another clause's event ("…, a
/// town of 20,000, opened its bridge in March").
fn time_of(doc: &Document, claims: &[Claim], ci: usize, opening_frame_only: bool) -> When {
    let Some(claim) = claims.get(ci) else {
        return When::Unknown;
    };
    let Some(sentence) = doc.sentences.get(claim.sentence) else {
        return When::Latest(doc.date);
    };
    let clause = clause_at(sentence, claim.span.start);
    let lo = ci.saturating_sub(NEAR_DATES);
    let hi = claims.len().min(ci + NEAR_DATES + 1);
    let neighbours = || {
        (lo..hi)
            .filter(move |&j| j != ci)
            .filter_map(|j| claims.get(j).map(|c| (j, c)))
            .filter(|(_, c)| c.sentence == claim.sentence)
    };
    // In the claim's clause: the nearest date; after the figure wins a tie.
    // Strictly read, a date behind a parting word is another verb's ("it
    // opened in 1962 and carries 48,000 cars"), and so is one farther
    // than [`OWN_DATE_REACH`].
    let own_date = |span: Span| {
        let gap = if span.start >= claim.span.end {
            claim.span.end..span.start
        } else {
            span.end..claim.span.start
        };
        !opening_frame_only
            || (gap.len() <= OWN_DATE_REACH
                && parting_words(doc.text.get(gap).unwrap_or(""))
                    .next()
                    .is_none())
    };
    let nearest = neighbours()
        .filter_map(|(_, c)| match &c.kind {
            ClaimKind::Date(d) if clause.contains(c.span) => Some((c.span, d)),
            _ => None,
        })
        .min_by_key(|(span, _)| {
            if span.start >= claim.span.end {
                (span.start - claim.span.end, 0)
            } else {
                (claim.span.start.saturating_sub(span.end), 1)
            }
        });
    if let Some((_, d)) = nearest.filter(|(span, _)| own_date(*span)) {
        return when_of(d, opening_frame_only);
    }
    // A date in a clause of its own, with no figure: it frames the sentence.
    let framing = neighbours()
        .filter_map(|(_, c)| match &c.kind {
            ClaimKind::Date(d) => Some((c, d)),
            _ => None,
        })
        .filter(|(c, _)| {
            let own = clause_at(sentence, c.span.start);
            let opening = sentence.clauses.first() == Some(&own)
                && doc
                    .text
                    .get(own.start..own.end)
                    .and_then(|t| t.split(|c: char| !c.is_alphanumeric()).next())
                    .is_some_and(|w| FRAMING_OPENERS.iter().any(|p| w.eq_ignore_ascii_case(p)));
            own != sentence.span
                && (opening || !opening_frame_only)
                && !neighbours()
                    .chain(std::iter::once((ci, claim)))
                    .any(|(_, o)| matches!(o.kind, ClaimKind::Quantity(_)) && own.contains(o.span))
        })
        .min_by_key(|(c, _)| c.span.start.abs_diff(claim.span.start));
    if let Some((_, d)) = framing {
        return when_of(d, opening_frame_only);
    }
    if opening_frame_only {
        // Only a named period is asked for: "now" names none.
        return When::Unknown;
    }
    // "now", "currently" in the clause, looked for within a bounded reach
    // of the figure, so that a clause of thousands of figures (a list
    // without full stops) costs each a bounded look.
    let mut from = clause.start.max(claim.span.start.saturating_sub(NOW_REACH));
    let mut to = clause.end.min(claim.span.end + NOW_REACH);
    while from > clause.start && !doc.text.is_char_boundary(from) {
        from -= 1;
    }
    while to < clause.end && !doc.text.is_char_boundary(to) {
        to += 1;
    }
    let words = doc.text.get(from..to).unwrap_or("");
    let now = words
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| w.eq_ignore_ascii_case("now") || w.eq_ignore_ascii_case("currently"));
    match (now, doc.date) {
        (true, Some(day)) => When::On(day),
        (true, None) => When::Unknown,
        (false, day) => When::Latest(day),
    }
}

/// The time a date claim names, as point selection reads it: "in 2007"
/// the year; "by the end of 2021" its last day; "since", "before",
/// "after" no single point; "between January and August 2020" none
/// either, unless a `period` is asked for (then the whole span).
fn when_of(d: &DateClaim, period: bool) -> When {
    let Some(interval) = d.interval else {
        return When::Unknown;
    };
    if d.negated {
        return When::Unknown;
    }
    match d.relation {
        None | Some(Relation::On) | Some(Relation::In) => When::Within(interval),
        Some(Relation::By) | Some(Relation::Until) => When::On(interval.end),
        Some(Relation::Between) if period => When::Within(interval),
        Some(Relation::Before)
        | Some(Relation::After)
        | Some(Relation::Since)
        | Some(Relation::Between) => When::Unknown,
    }
}

/// The clause of `sentence` that holds `at`, or the whole sentence — as
/// [`Sentence::clause_at`], by binary search (clauses are sorted and do
/// not overlap), so a sentence of thousands of clauses costs a lookup per
/// claim, not a scan.
pub(crate) fn clause_at(sentence: &Sentence, at: usize) -> Span {
    let i = sentence.clauses.partition_point(|c| c.start <= at);
    i.checked_sub(1)
        .and_then(|i| sentence.clauses.get(i))
        .copied()
        .filter(|c| at < c.end.max(c.start + 1))
        .unwrap_or(sentence.span)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Format;
    use crate::reference::load_sources;
    use std::cell::Cell;

    thread_local! {
        /// (claim, target) pairs made by `match_sentence` on this thread.
        pub(super) static PAIRS_MADE: Cell<usize> = const { Cell::new(0) };
    }

    /// `n` one-term facts `zone{i}` of 800 troops, and one sentence (no
    /// full stop) that gives each zone its figure.
    fn zones(n: usize) -> (Document, Vec<Claim>, ReferenceSet) {
        let mut yaml = String::from("facts:\n");
        let mut text = String::new();
        for i in 0..n {
            yaml.push_str(&format!(
                "  - id: z/{i}\n    value: 800\n    unit: troops\n    match: {{all: [zone{i}]}}\n"
            ));
            text.push_str(&format!("zone{i} has 800 troops; "));
        }
        let refs = load_sources(&[("z.yaml".to_owned(), yaml)]).unwrap();
        let doc = Document::from_text("a.txt", text, Format::Text, None, vec![]);
        let claims = crate::extract::extract(&doc);
        (doc, claims, refs)
    }

    #[test]
    fn a_long_sentence_pairs_each_claim_with_its_nearest_targets_only() {
        let n = 1500;
        let (doc, claims, refs) = zones(n);
        assert_eq!(doc.sentences.len(), 1);
        assert_eq!(claims.len(), n);
        PAIRS_MADE.with(|p| p.set(0));
        let matches = match_claims(&doc, &claims, &refs);
        // Every claim still takes the fact named in its own clause…
        for (i, m) in matches.iter().enumerate() {
            let Match::One(Target::Fact(f)) = m else {
                panic!("claim {i}: {m:?}");
            };
            assert_eq!(refs.facts.get(*f).unwrap().id, format!("z/{i}"));
        }
        // …from a bounded number of pairs per claim, not n × n.
        let made = PAIRS_MADE.with(Cell::get);
        assert!(made <= n * 2 * NEAR_HITS, "{made} pairs for {n} claims");
        assert!(made >= n);
    }

    #[test]
    fn a_claim_alone_of_its_kind_sees_every_target() {
        // 100 facts match equally: all are named, none is picked.
        let n = 100;
        let mut yaml = String::from("facts:\n");
        for i in 0..n {
            yaml.push_str(&format!(
                "  - id: f/{i}\n    value: 800\n    unit: troops\n    match: {{all: [Italy], none: [x{i}]}}\n"
            ));
        }
        let refs = load_sources(&[("f.yaml".to_owned(), yaml)]).unwrap();
        let doc = Document::from_text(
            "a.txt",
            "Italy has 800 troops in Iraq.".to_owned(),
            Format::Text,
            None,
            vec![],
        );
        let claims = crate::extract::extract(&doc);
        let matches = match_claims(&doc, &claims, &refs);
        let [Match::Ambiguous(all)] = matches.as_slice() else {
            panic!("{matches:?}");
        };
        assert_eq!(all.len(), n);
    }

    /// [`term_nearness`] as the sentence's whole list of spans gives it.
    fn nearness_by_scan(spans: &[Span], claim: Span, clause: Span, cuts: &[usize]) -> usize {
        spans
            .iter()
            .map(|s| term_score(*s, claim, clause, cuts))
            .min()
            .unwrap_or(usize::MAX)
    }

    #[test]
    fn term_nearness_by_search_equals_a_scan() {
        let mut rng = crate::synth::Rng::new(13);
        for _ in 0..2000 {
            let len = 1 + rng.below(6);
            let mut spans: Vec<Span> = Vec::new();
            let mut at = rng.below(4);
            for _ in 0..rng.below(12) {
                spans.push(Span::new(at, at + len));
                at += 1 + rng.below(2 * len + 8);
            }
            let start = rng.below(at + 4);
            let claim = Span::new(start, start + 1 + rng.below(8));
            let c0 = start.saturating_sub(rng.below(40));
            let clause = Span::new(c0, claim.end + rng.below(40));
            let mut cuts: Vec<usize> = (0..rng.below(6)).map(|_| rng.below(at + 8)).collect();
            cuts.sort_unstable();
            assert_eq!(
                term_nearness(&spans, claim, clause, &cuts),
                nearness_by_scan(&spans, claim, clause, &cuts),
                "{spans:?} {claim:?} {clause:?} {cuts:?}"
            );
        }
    }

    #[test]
    fn the_time_a_figure_speaks_about() {
        use crate::time::Interval;
        let date = chrono::NaiveDate::from_ymd_opt(2008, 3, 1);
        let times = |text: &str| -> Vec<When> {
            let doc = Document::from_text("a.txt", text.to_owned(), Format::Text, date, vec![]);
            let claims = crate::extract::extract(&doc);
            (0..claims.len())
                .filter(|&i| matches!(claims[i].kind, ClaimKind::Quantity(_)))
                .map(|i| spoken_time(&doc, &claims, i))
                .collect()
        };
        let year = |y| When::Within(Interval::year(y).unwrap());
        assert_eq!(
            times("It grew from 47.7 million people in 1952 to 58.1 million people in 2007."),
            vec![year(1952), year(2007)]
        );
        assert_eq!(
            times("In 2007, life expectancy in Italy was 78."),
            vec![year(2007)]
        );
        assert_eq!(
            times("Last year it had 57 million people."),
            vec![year(2007)]
        );
        assert_eq!(
            times("It had 57 million people by the end of 2002."),
            vec![When::On(
                chrono::NaiveDate::from_ymd_opt(2002, 12, 31).unwrap()
            )]
        );
        assert_eq!(
            times("Italy now has 59 million people."),
            vec![When::On(date.unwrap())]
        );
        assert_eq!(
            times("Italy has 59 million people."),
            vec![When::Latest(date)]
        );
        assert_eq!(
            times("Italy has had 59 million people since 2010."),
            vec![When::Unknown]
        );
    }

    /// Each claim's text with the id of the fact or event it matched
    /// ("?" when ambiguous, "-" when none).
    pub(super) fn matched(yaml: &str, text: &str) -> Vec<(String, String)> {
        let refs = load_sources(&[("r.yaml".to_owned(), yaml.to_owned())]).unwrap();
        let date = chrono::NaiveDate::from_ymd_opt(2024, 3, 6);
        let doc = Document::from_text("a.txt", text.to_owned(), Format::Text, date, vec![]);
        let claims = crate::extract::extract(&doc);
        let matches = match_claims(&doc, &claims, &refs);
        claims
            .iter()
            .zip(matches)
            .map(|(c, m)| {
                let id = match m {
                    Match::One(Target::Fact(i)) => refs.facts.get(i).unwrap().id.clone(),
                    Match::One(Target::Event(i)) => refs.events[i].id.clone(),
                    Match::Ambiguous(_) => "?".to_owned(),
                    Match::None => "-".to_owned(),
                };
                (doc.text[c.span.start..c.span.end].to_owned(), id)
            })
            .collect()
    }

    pub(super) fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
            .collect()
    }

    #[test]
    fn words_after_a_figure_count_and_parting_words_part_two_figures() {
        // The place follows each share; "to" parts the two.
        let yaml = "facts:\n  - {id: leeds, value: 2.5, unit: percent, match: {all: [Leeds]}}\n  - {id: york, value: 4.1, unit: percent, match: {all: [York]}}\n";
        assert_eq!(
            matched(yaml, "Rents rose by 2.5% in Leeds to 4.1% in York."),
            pairs(&[("2.5%", "leeds"), ("4.1%", "york")])
        );
        // "and" parts what each sum was for; the shared subject tells nothing.
        let yaml = "facts:\n  - {id: damages, value: 12000000, unit: USD, match: {all: [Halvorsen, damages]}}\n  - {id: costs, value: 5000000, unit: USD, match: {all: [Halvorsen, costs]}}\n";
        assert_eq!(
            matched(
                yaml,
                "The judge told Halvorsen to pay $12 million in damages and $5 million in costs."
            ),
            pairs(&[("$12 million", "damages"), ("$5 million", "costs")])
        );
        // A phrase that opens with a parting word belongs to what follows it.
        let yaml = "facts:\n  - {id: now, value: 31, unit: seats, match: {all: [Greens], any: [won]}}\n  - {id: before, value: 9, unit: seats, match: {all: [compared to]}}\n";
        assert_eq!(
            matched(
                yaml,
                "The Greens, who campaigned on transport, won 31 seats compared to 9 seats in the last parliament."
            ),
            pairs(&[("31 seats", "now"), ("9 seats", "before")])
        );
    }

    #[test]
    fn a_figure_with_an_implied_noun_matches_through_its_sentence() {
        // A casualty word beside the figure: it counts people.
        let yaml = "facts:\n  - {id: dead, value: 22, unit: people, match: {all: [valley, dead]}}\n  - {id: hurt, value: 40, unit: people, match: {all: [valley, injured]}}\n";
        assert_eq!(
            matched(yaml, "In the valley the storm left 22 dead and 40 injured."),
            pairs(&[("22", "dead"), ("40", "hurt")])
        );
        // A noun named before the figure.
        let yaml = "facts:\n  - {id: votes, value: 9700000, unit: votes, match: {all: [Labour]}}\n";
        assert_eq!(
            matched(yaml, "Labour saw its votes fall to 9.7 million."),
            pairs(&[("9.7 million", "votes")])
        );
        // The unit of the figure beside it; a possessor names its own figure.
        let yaml = "facts:\n  - {id: home, value: 24, unit: shots, match: {all: [Harbour]}}\n  - {id: away, value: 3, unit: shots, match: {all: [Rovers]}}\n";
        assert_eq!(
            matched(yaml, "Harbour, dominant, had 24 shots to Rovers' three."),
            pairs(&[("24 shots", "home"), ("three", "away")])
        );
        // Nothing implies the noun: no match, as for a figure of another unit.
        let yaml = "facts:\n  - {id: f, value: 22, unit: people, match: {all: [valley]}}\n";
        assert_eq!(
            matched(yaml, "In the valley 22 were counted."),
            pairs(&[("22", "-")])
        );
        // A word never implies money or a share.
        let yaml = "facts:\n  - {id: f, value: 5, unit: percent, match: {all: [rates]}}\n";
        assert_eq!(
            matched(yaml, "Rates, in percent terms, were 5 last year."),
            pairs(&[("5", "-"), ("last year", "-")])
        );
        // A guess that cannot tell two facts apart stays silent.
        let yaml = "facts:\n  - {id: a, value: 22, unit: people, match: {all: [valley]}}\n  - {id: b, value: 23, unit: people, match: {all: [storm]}}\n";
        assert_eq!(
            matched(yaml, "The valley storm: 22 died."),
            pairs(&[("22", "-")])
        );
        // In a sentence that pairs lists "respectively", no noun is guessed.
        let yaml = "facts:\n  - {id: a, value: 16, unit: seats, match: {all: [North]}}\n";
        assert_eq!(
            matched(yaml, "North won 16, and South 12 seats, respectively."),
            pairs(&[("16", "-"), ("12 seats", "a")])
        );
    }

    #[test]
    fn a_bare_tally_counts_parts_never_a_measure() {
        let yaml = "facts:\n  - {id: c, value: 9, unit: completions, match: {all: [Kofi]}}\n  - {id: y, value: 96, unit: yards, match: {all: [Kofi]}}\n";
        assert_eq!(
            matched(yaml, "Kofi went 9 of 14 for 96 yards."),
            pairs(&[("9", "c"), ("14", "-"), ("96 yards", "y")])
        );
        // With no fact counting parts, the tally takes nothing: its whole
        // is not the yards.
        let yaml = "facts:\n  - {id: y, value: 96, unit: yards, match: {all: [Kofi]}}\n";
        assert_eq!(
            matched(yaml, "Kofi went 9 of 14 for 96 yards."),
            pairs(&[("9", "-"), ("14", "-"), ("96 yards", "y")])
        );
    }

    #[test]
    fn a_figure_alone_read_through_an_implied_noun_takes_the_nearest_fact() {
        let yaml = "facts:\n  - {id: all, value: 700, unit: cases, match: {all: [total, flu cases]}}\n  - {id: ward, value: 81, unit: cases, match: {all: [admitted, so far]}}\n";
        assert_eq!(
            matched(
                yaml,
                "The total number of flu cases admitted to the ward so far is 81."
            ),
            pairs(&[("81", "ward")])
        );
        // Equally near, it still says nothing.
        let yaml = "facts:\n  - {id: a, value: 22, unit: people, match: {all: [valley]}}\n  - {id: b, value: 23, unit: people, match: {all: [storm]}}\n";
        assert_eq!(
            matched(yaml, "The valley storm: 22 died."),
            pairs(&[("22", "-")])
        );
    }

    #[test]
    fn lists_said_respectively_pair_in_order() {
        let yaml = "facts:\n  - {id: a, value: 16, unit: seats, match: {all: [North]}}\n  - {id: b, value: 12, unit: seats, match: {all: [South]}}\n";
        assert_eq!(
            matched(
                yaml,
                "The party won 16 and 12 seats in North and South, respectively."
            ),
            pairs(&[("16", "a"), ("12 seats", "b")])
        );
        let yaml = "facts:\n  - {id: made, value: 6.4, unit: tonnes, match: {all: [output]}}\n  - {id: sold, value: 6.5, unit: tonnes, match: {all: [sales]}}\n";
        assert_eq!(
            matched(
                yaml,
                "Output and sales reached 6.4 tonnes and 6.5 tonnes respectively."
            ),
            pairs(&[("6.4 tonnes", "made"), ("6.5 tonnes", "sold")])
        );
    }

    #[test]
    fn terms_inside_the_figures_noun_phrase_win() {
        let yaml = "facts:\n  - {id: cup, value: 3, unit: titles, match: {all: [Harbour Cup]}}\n  - {id: league, value: 7, unit: titles, match: {all: [Coastal League]}}\n";
        assert_eq!(
            matched(
                yaml,
                "The club has collected seven Coastal League titles and three Harbour Cup titles."
            ),
            pairs(&[
                ("seven Coastal League titles", "league"),
                ("three Harbour Cup titles", "cup")
            ])
        );
    }

    #[test]
    fn nearness_beats_the_count_of_terms() {
        // "net income" stands nearest to the $8 million; the fact that also
        // needs "a year ago" is the $6 million.
        let yaml = "facts:\n  - {id: now, value: 8000000, unit: USD, match: {all: [net income]}}\n  - {id: before, value: 6000000, unit: USD, match: {all: [net income, year ago]}}\n";
        assert_eq!(
            matched(
                yaml,
                "Quarterly net income stood at $8 million against $6 million in the same quarter a year ago."
            ),
            pairs(&[
                ("$8 million", "now"),
                ("$6 million", "before"),
                ("a year ago", "-")
            ])
        );
    }

    #[test]
    fn before_and_after_part_what_two_dates_speak_about() {
        // "expanding the roster" stands nearer the March than the first
        // plan's words do, but "before" parts it from the March: it is
        // what the June speaks about.
        let yaml = "events:\n  - {id: first, date: 2024-03, match: {all: [set a goal of hiring]}}\n  - {id: then, date: 2024-06, match: {all: [expanding the roster]}}\n";
        assert_eq!(
            matched(
                yaml,
                "The clinic has set a goal of hiring 40 nurses a week in March before expanding the roster to 60 nurses a week by June."
            ),
            pairs(&[
                ("40 nurses", "-"),
                ("a week", "-"),
                ("in March", "first"),
                ("60 nurses", "-"),
                ("a week", "-"),
                ("by June", "then")
            ])
        );
    }

    #[test]
    fn what_follows_of_is_the_figures_own_noun_phrase() {
        // "lost" stands right before the first share, but the grazing land
        // is what that share is of; the surveyed farms that lost something
        // are the second share.
        let yaml = "facts:\n  - {id: least-lost, value: 20, unit: percent, match: {all: [grazing land]}}\n  - {id: share-losing, value: 35, unit: percent, match: {all: [surveyed, lost]}}\n";
        assert_eq!(
            matched(
                yaml,
                "Of the 52 farms surveyed, all lost 20 percent or more of their grazing land and more than 30 percent lost more than 60 percent of their herds."
            ),
            pairs(&[
                ("52 farms", "-"),
                ("20 percent or more", "least-lost"),
                ("more than 30 percent", "share-losing"),
                ("more than 60 percent", "-")
            ])
        );
    }

    #[test]
    fn the_part_of_a_whole_takes_the_fact_they_share() {
        // The noun phrase is the part's: the whole is the count charged.
        let yaml = "facts:\n  - {id: convicted, value: 8, unit: counts, match: {all: [forgery]}}\n";
        assert_eq!(
            matched(
                yaml,
                "The jury convicted her on eight of nine counts of forgery."
            ),
            pairs(&[("eight", "convicted"), ("nine counts", "-")])
        );
        // Words inside the whole are the whole's: here the part is what
        // was counted, the whole the size of the house.
        let yaml = "facts:\n  - {id: counted, value: 76, unit: seats, match: {all: [Results]}}\n  - {id: size, value: 77, unit: seats, match: {all: [Assembly seats]}}\n";
        assert_eq!(
            matched(
                yaml,
                "Results for 76 of the 77 Assembly seats are in, the commission said."
            ),
            pairs(&[("76", "counted"), ("77 Assembly seats", "size")])
        );
        // A term that runs on from the whole's noun past the whole is
        // words after the whole, which reach the part.
        let yaml =
            "facts:\n  - {id: won, value: 3, unit: games, match: {all: [games in Lakeside]}}\n";
        assert_eq!(
            matched(
                yaml,
                "Rivertown won three of four games in Lakeside before the final."
            ),
            pairs(&[("three", "won"), ("four games", "-")])
        );
        // A part with no noun of its own counts what its whole counts,
        // across a determiner and the whole's modifiers.
        let yaml = "facts:\n  - {id: made, value: 5, unit: attempts, match: {all: [Okafor]}}\n";
        assert_eq!(
            matched(
                yaml,
                "Okafor was 9-14 from the floor and made five of her six penalty attempts."
            )
            .into_iter()
            .filter(|(_, id)| id != "-")
            .collect::<Vec<_>>(),
            pairs(&[("five", "made")])
        );
    }

    #[test]
    fn the_verb_before_a_part_describes_the_part_not_the_whole() {
        // "losing" is what befell the part; "in Varnland" after the whole
        // describes the whole (and through it the part): the part takes
        // the fact of "losing", the whole the one of "in Varnland".
        let yaml = "facts:\n  - {id: lost, value: 12, match: {all: [losing]}}\n  - {id: held, value: 14, unit: seats, match: {all: [in Varnland], any: [losing]}}\n";
        assert_eq!(
            matched(
                yaml,
                "The Greens had their worst result since 1990, losing 12 of their 14 seats in Varnland."
            ),
            pairs(&[("since 1990", "-"), ("12", "lost"), ("14 seats", "held")])
        );
        // Two facts of the same terms: nothing but the partitive tells
        // them apart, and a part is no more than its whole (see
        // `a_part_is_no_more_than_its_whole`).
        let yaml = "facts:\n  - {id: lost, value: 9, match: {all: [Greens lost]}}\n  - {id: held, value: 14, unit: seats, match: {all: [Greens lost]}}\n";
        assert_eq!(
            matched(yaml, "The Greens lost 9 of their 14 seats."),
            pairs(&[("9", "lost"), ("14 seats", "held")])
        );
    }

    #[test]
    fn a_fact_whose_terms_all_stand_in_the_figures_clause_goes_first() {
        // Both facts share "killed", which stands right before each
        // figure; "in the hills" stands only in the second clause.
        let yaml = "facts:\n  - {id: tarvia, value: 9000, unit: people, match: {all: [killed, Tarvia]}}\n  - {id: hills, value: 850, match: {all: [in the hills, killed]}}\n";
        assert_eq!(
            matched(
                yaml,
                "In 1961 a strong quake killed at least 9,000 people in Tarvia, and a second quake in the hills killed more than 800 in 1966."
            )
            .into_iter()
            .filter(|(_, id)| id != "-")
            .collect::<Vec<_>>(),
            pairs(&[("at least 9,000 people", "tarvia"), ("more than 800", "hills")])
        );
    }

    #[test]
    fn an_event_whose_noun_a_year_names_is_that_years() {
        // "its 2029 and 2033 targets" names the targets' events; "a year
        // earlier", though "targets" stands nearer it than "less sure",
        // dates the comparison, not the targets. The two targets' events,
        // of the same terms, stay tied for the year that names them.
        let yaml = "events:\n  - {id: review, date: 2024-02, match: {all: [council said]}}\n  - {id: earlier, date: 2023-02, match: {all: [less sure]}}\n  - {id: t2029, date: 2029, match: {all: [targets]}}\n  - {id: t2033, date: 2033, match: {all: [targets]}}\n";
        let got = matched(
            yaml,
            "In February, the council said in its review that it was less sure of its 2029 and 2033 targets than it was a year earlier.",
        );
        assert!(
            got.contains(&("In February".to_owned(), "review".to_owned())),
            "{got:?}"
        );
        assert!(
            got.contains(&("2029".to_owned(), "?".to_owned())),
            "{got:?}"
        );
        assert!(
            got.contains(&("a year earlier".to_owned(), "earlier".to_owned())),
            "{got:?}"
        );
    }

    #[test]
    fn a_figure_in_brackets_belongs_to_the_clause_it_ends() {
        let yaml = "facts:\n  - {id: ott, value: 68.95, unit: meters, match: {all: [Ott]}}\n";
        let got = matched(
            yaml,
            "Mira Holt won with a throw of 70.17 meters. She edged Ida Ott of Varn by less than two points (68.95).",
        );
        assert!(
            got.contains(&("68.95".to_owned(), "ott".to_owned())),
            "{got:?}"
        );
    }

    #[test]
    fn a_count_so_far_runs_to_the_article_date() {
        // The article is of 2024-03-06: the summer named is 2023's, and
        // the count "so far" is of the article date.
        let yaml = "facts:\n  - {id: cases, value: 90, unit: cases, as_of: 2024-03-06, match: {all: [recorded]}}\n";
        let got = matched(yaml, "Ninety cases were recorded so far during the summer.");
        assert!(
            got.contains(&("Ninety cases".to_owned(), "cases".to_owned())),
            "{got:?}"
        );
        let got = matched(yaml, "Ninety cases were recorded during the summer.");
        assert!(
            got.contains(&("Ninety cases".to_owned(), "-".to_owned())),
            "{got:?}"
        );
    }

    #[test]
    fn the_words_before_from_say_what_the_change_ends_at() {
        // One fact, the latest figure: the starting point is not it.
        let yaml =
            "facts:\n  - {id: profit, value: 8000000, unit: USD, match: {all: [net profit]}}\n";
        assert_eq!(
            matched(
                yaml,
                "Quarterly net profit rose from $6 million to $8 million."
            ),
            pairs(&[("$6 million", "-"), ("$8 million", "profit")])
        );
        // The verb of change names the new figure; the aside after the
        // first figure names the old one.
        let yaml = "facts:\n  - {id: latest, value: 19000000000, unit: USD, match: {all: [shortfall], any: [widened]}}\n  - {id: forecast, value: 12000000000, unit: USD, match: {all: [shortfall, forecast]}}\n";
        assert_eq!(
            matched(
                yaml,
                "The shortfall for the year has widened from $12 billion, as forecast in the spring budget, to $19 billion."
            ),
            pairs(&[
                ("$12 billion", "forecast"),
                ("in the spring", "-"),
                ("$19 billion", "latest")
            ])
        );
    }

    #[test]
    fn the_order_of_a_change_says_which_figure_is_the_earlier() {
        // Two facts of one series of counts, a month apart, with the same
        // terms: the figure after "from" is the earlier month's.
        let yaml = "facts:\n  - {id: june, value: 380, as_of: 2031-06, match: {all: [two-year waits]}}\n  - {id: may, value: 412, as_of: 2031-05, match: {all: [two-year waits]}}\n";
        let both = pairs(&[("412", "may"), ("380", "june")]);
        assert_eq!(
            matched(yaml, "Two-year waits at Brennock fell from 412 to 380."),
            both
        );
        assert_eq!(
            matched(yaml, "Two-year waits at Brennock fell to 380 from 412."),
            pairs(&[("380", "june"), ("412", "may")])
        );
        assert_eq!(
            matched(yaml, "Two-year waits at Brennock were 380, down from 412."),
            pairs(&[("380", "june"), ("412", "may")])
        );
        // Nothing says which is the earlier: the tie stays.
        assert_eq!(
            matched(yaml, "Two-year waits at Brennock were 412 and 380."),
            pairs(&[("412", "?"), ("380", "?")])
        );
        // "rose 12 from 400": the first is an amount of change, not where
        // it came to.
        assert_eq!(
            matched(yaml, "Two-year waits at Brennock rose 12 from 400."),
            pairs(&[("12", "?"), ("400", "?")])
        );
    }

    #[test]
    fn the_verb_a_by_phrase_completes_describes_the_amount() {
        // "by X to Y": X is the amount of the change, which the verb
        // describes; Y is the level, which the verb's object names.
        let yaml = "facts:\n  - {id: level, value: 2.14, unit: USD, match: {all: [dividend]}}\n  - {id: rise, value: 0.06, unit: USD, match: {all: [dividend, raised]}}\n";
        let right = pairs(&[("six cents", "rise"), ("$2.14", "level")]);
        assert_eq!(
            matched(
                yaml,
                "Corran raised its quarterly dividend by six cents to $2.14."
            ),
            right
        );
        let yaml = yaml.replace("raised", "rose");
        assert_eq!(
            matched(&yaml, "The Corran dividend rose by six cents to $2.14."),
            right
        );
    }

    #[test]
    fn a_shared_sign_restating_an_amount_is_in_the_currency_written_for_it() {
        // The headline's "$4.2 bn" is the body's "US$4.2 billion".
        let yaml = "facts:\n  - {id: aud, value: 6.5e9, unit: AUD, match: {all: [flood fund]}}\n  - {id: usd, value: 4.2e9, unit: USD, match: {all: [flood fund]}}\n";
        let text = "Karrabee sets out $4.2 bn flood fund. Karrabee announced an A$6.5 billion (US$4.2 billion) flood fund.";
        assert_eq!(
            matched(yaml, text),
            pairs(&[
                ("$4.2 bn", "usd"),
                ("A$6.5 billion", "aud"),
                ("US$4.2 billion", "usd")
            ])
        );
        // No amount restated: the sign stays undecided, a tie.
        let text = "Karrabee sets out $4.4 bn flood fund. Karrabee announced an A$6.5 billion (US$4.2 billion) flood fund.";
        assert_eq!(
            matched(yaml, text).first(),
            Some(&("$4.4 bn".to_owned(), "?".to_owned()))
        );
        // The same amount in two currencies: undecided.
        let text = "Karrabee sets out $4.2 bn flood fund. It put A$4.2 billion (US$4.2 billion) into a flood fund.";
        assert_eq!(
            matched(yaml, text).first(),
            Some(&("$4.2 bn".to_owned(), "?".to_owned()))
        );
    }

    #[test]
    fn a_part_is_no_more_than_its_whole() {
        // Two facts nothing else tells apart: the part takes the lesser.
        let yaml = "facts:\n  - {id: wins, value: 31, unit: bouts, match: {all: [Tamber has won]}}\n  - {id: bouts, value: 34, unit: bouts, match: {all: [Tamber has won]}}\n";
        let right = pairs(&[("31", "wins"), ("34 bouts", "bouts")]);
        assert_eq!(matched(yaml, "Tamber has won 31 of 34 bouts."), right);
        // Whatever the facts' order in the file.
        let swapped = "facts:\n  - {id: bouts, value: 34, unit: bouts, match: {all: [Tamber has won]}}\n  - {id: wins, value: 31, unit: bouts, match: {all: [Tamber has won]}}\n";
        assert_eq!(matched(swapped, "Tamber has won 31 of 34 bouts."), right);
        // A wrong part still meets a fact it contradicts.
        assert_eq!(
            matched(yaml, "Tamber has won 33 of 34 bouts."),
            pairs(&[("33", "wins"), ("34 bouts", "bouts")])
        );
        // Facts of one value stay tied.
        let same = yaml.replace("value: 31", "value: 34");
        assert_eq!(
            matched(&same, "Tamber has won 31 of 34 bouts."),
            pairs(&[("31", "?"), ("34 bouts", "?")])
        );
        // Not a partitive: nothing says which is which.
        assert_eq!(
            matched(yaml, "Tamber has won 31 bouts and 34 bouts."),
            pairs(&[("31 bouts", "?"), ("34 bouts", "?")])
        );
        // A tally ("finished 30 of 46") is a partitive too.
        let yaml = "facts:\n  - {id: done, value: 30, match: {all: [Brell finished]}}\n  - {id: tried, value: 46, match: {all: [Brell finished]}}\n";
        assert_eq!(
            matched(yaml, "Brell finished 30 of 46 for the Owls."),
            pairs(&[("30", "done"), ("46", "tried")])
        );
    }

    #[test]
    fn the_period_a_figure_names_picks_between_facts_of_two_times() {
        // Two facts told apart only by their time: the year each figure's
        // clause names decides, whatever the terms' nearness says.
        let yaml = "facts:\n  - {id: y2023, value: 5000000, unit: USD, as_of: 2023, match: {all: [profit]}}\n  - {id: y2022, value: 7000000, unit: USD, as_of: 2022, match: {all: [profit, fell sharply]}}\n";
        assert_eq!(
            matched(
                yaml,
                "For the year, profit fell sharply to $5 million in 2023, from $7 million in 2022."
            ),
            pairs(&[
                ("$5 million", "y2023"),
                ("in 2023", "-"),
                ("$7 million", "y2022"),
                ("in 2022", "-")
            ])
        );
        // A figure of another time than the only fact says nothing about it.
        let yaml =
            "facts:\n  - {id: f, value: 800, unit: troops, as_of: 2021, match: {all: [Italy]}}\n";
        assert_eq!(
            matched(yaml, "In 2019, Italy had 650 troops there."),
            pairs(&[("In 2019", "-"), ("650 troops", "-")])
        );
        // The figure that names a fact's time takes it, however near the
        // other's terms stand; the figure that names none takes the other.
        let yaml2 = "facts:\n  - {id: y2023, value: 5000000, unit: USD, as_of: 2023, match: {all: [profit]}}\n  - {id: y2022, value: 7000000, unit: USD, as_of: 2022, match: {all: [profit, fell sharply]}}\n";
        assert_eq!(
            matched(
                yaml2,
                "For the year, profit fell sharply to $5 million, from $7 million in 2022."
            ),
            pairs(&[
                ("$5 million", "y2023"),
                ("$7 million", "y2022"),
                ("in 2022", "-")
            ])
        );
        // "Between" names a period too.
        assert_eq!(
            matched(
                yaml,
                "Italy kept 650 troops there between March and May 2019."
            ),
            pairs(&[("650 troops", "-"), ("between March and May 2019", "-")])
        );
        // A figure that names no time may speak about a fact of any; the
        // time of another clause's event is not the figure's.
        assert_eq!(
            matched(yaml, "Italy had 650 troops there."),
            pairs(&[("650 troops", "f")])
        );
        assert_eq!(
            matched(
                yaml,
                "Italy, with 650 troops there, opened a new base in May 2019."
            ),
            pairs(&[("650 troops", "f"), ("in May 2019", "-")])
        );
        assert_eq!(
            matched(
                yaml,
                "Italy opened its first base there in 1990 and has about 650 troops in the region."
            ),
            pairs(&[("in 1990", "-"), ("about 650 troops", "f")])
        );
    }

    #[test]
    fn a_date_is_judged_against_the_event_of_its_own_clause() {
        let yaml = "events:\n  - {id: storm, date: 2024-03-02, match: {all: [storm hit]}}\n  - {id: rescue, date: 2024-03-04, match: {all: [rescue teams]}}\n";
        let got = matched(
            yaml,
            "The storm hit the coast on Saturday and rescue teams reached the island on Monday.",
        );
        assert_eq!(
            got,
            pairs(&[("on Saturday", "storm"), ("on Monday", "rescue")])
        );
    }

    #[test]
    fn a_date_takes_the_event_of_its_own_subordinate_clause() {
        // "as the rains are forecast …" opens a clause of its own: the
        // weekend is the forecast's, Friday the closure's, though the
        // forecast's term stands nearer Friday.
        let yaml = "events:\n  - {id: closed, date: 2024-03-08, match: {all: [shut the ferry]}}\n  - {id: forecast, date: {from: 2024-03-09, to: 2024-03-10}, match: {all: [forecast]}}\n";
        assert_eq!(
            matched(
                yaml,
                "The harbour board has shut the ferry to Varn Island until Friday as the gales are forecast to last over the weekend."
            ),
            pairs(&[("until Friday", "closed"), ("the weekend", "forecast")])
        );
    }

    #[test]
    fn a_name_in_brackets_belongs_to_the_clause_beside_it() {
        // The party's short name stands in brackets; the rival's name is
        // in the same clause but behind "and".
        let yaml = "facts:\n  - {id: green, value: 31, unit: seats, match: {all: [GP], any: [winning]}}\n  - {id: red, value: 12, unit: seats, match: {all: [Reds], any: [winning]}}\n";
        assert_eq!(
            matched(
                yaml,
                "Counting ended in 90 of the 91 districts, with the Green Party (GP) winning 31 seats and the Reds 12 seats."
            ),
            pairs(&[
                ("90", "-"),
                ("91 districts", "-"),
                ("31 seats", "green"),
                ("12 seats", "red")
            ])
        );
    }

    #[test]
    fn a_sentence_opening_with_a_pronoun_goes_on_about_the_one_before() {
        let yaml = "facts:\n  - {id: pts, value: 31, unit: points, match: {all: [Okafor]}}\n  - {id: ast, value: 9, unit: assists, match: {all: [Okafor]}}\n  - {id: min, value: 34, unit: minutes, match: {all: [Okafor]}}\n";
        assert_eq!(
            matched(
                yaml,
                "Okafor poured in 31 points. She also handed out nine assists in 34 minutes on the floor."
            ),
            pairs(&[
                ("31 points", "pts"),
                ("nine assists", "ast"),
                ("34 minutes", "min")
            ])
        );
        // What a figure of the sentence before already spoke about is not
        // lent again: the lifespan is not the building time.
        let dam = "facts:\n  - {id: build, value: 14, unit: years, match: {all: [Orvik dam]}}\n";
        assert_eq!(
            matched(
                dam,
                "The Orvik dam took 14 years to build. Its 60-year lifespan starts now."
            ),
            pairs(&[("14 years", "build"), ("60-year", "-")])
        );
        // No pronoun: the sentence before lends nothing.
        assert_eq!(
            matched(
                yaml,
                "Okafor poured in 31 points. The bench handed out nine assists."
            ),
            pairs(&[("31 points", "pts"), ("nine assists", "-")])
        );
        // The sentence's own terms go before those it carries: "previously"
        // is this sentence's, "now expects" the one before's.
        let yaml = "facts:\n  - {id: now, value: 40, unit: USD, match: {all: [now expects]}}\n  - {id: before, value: {min: 38, max: 40}, unit: USD, match: {all: [previously]}}\n";
        assert_eq!(
            matched(
                yaml,
                "The firm now expects a profit of USD 40 million. It previously forecast USD 38 million to USD 40 million."
            ),
            pairs(&[
                ("USD 40 million", "now"),
                ("USD 38 million to USD 40 million", "before")
            ])
        );
    }

    #[test]
    fn a_list_names_its_noun_once_in_the_sentence_beside_it() {
        // The count of cases is named in the sentence before; each figure
        // of the list takes the hospital named after it, a comma parting
        // one item from the next.
        let yaml = "facts:\n  - {id: north, value: 30, unit: cases, match: {all: [Northfield]}}\n  - {id: south, value: 2, unit: cases, match: {all: [Southgate]}}\n  - {id: east, value: 8, unit: cases, match: {all: [Eastbrook]}}\n";
        assert_eq!(
            matched(
                yaml,
                "Forty measles cases are being treated in hospital. Of those, 30 are at Northfield General (NG), 2 at Southgate Cottage Hospital and 8 at Eastbrook."
            ),
            pairs(&[
                ("Forty measles cases", "-"),
                ("30", "north"),
                ("2", "south"),
                ("8", "east")
            ])
        );
        // A scorecard names "runs" once: the next line's figure counts them.
        let yaml = "facts:\n  - {id: r, value: 44, unit: runs, match: {all: [Dlamini]}}\n";
        assert_eq!(
            matched(
                yaml,
                "The last pair added 18 runs. Dlamini was then caught at slip for 44."
            ),
            pairs(&[("18 runs", "-"), ("44", "r")])
        );
        // A sentence whose own figures name a noun lends nothing from its
        // neighbours.
        assert_eq!(
            matched(
                yaml,
                "The last pair added 18 runs. Dlamini faced 60 balls and was out for 44."
            ),
            pairs(&[("18 runs", "-"), ("60 balls", "-"), ("44", "-")])
        );
    }

    #[test]
    fn a_casualty_word_says_a_figure_counts_people() {
        // The figure beside it counts a magnitude; "killed" says the one
        // with no noun counts people, so the two facts of the clause do
        // not tie.
        let yaml = "facts:\n  - {id: mag, value: 6.9, unit: magnitude, match: {all: [in the hills]}}\n  - {id: dead, value: 310, unit: people, match: {all: [in the hills]}}\n";
        assert_eq!(
            matched(
                yaml,
                "In 1981 a magnitude 6.9 tremor in the hills killed more than 300."
            ),
            pairs(&[("In 1981", "-"), ("6.9", "mag"), ("more than 300", "dead")])
        );
        // Four bare digits that could be a year imply no noun (a typo
        // runs a place into the word before: "kirov 2019"; after a
        // capitalised name the year is part of the name, no claim).
        let yaml = "facts:\n  - {id: dead, value: 9000, unit: people, match: {all: [quake]}}\n";
        assert_eq!(
            matched(yaml, "A quake in kirov 2019 killed more than 8,000 people."),
            pairs(&[("2019", "-"), ("more than 8,000 people", "dead")])
        );
        // A few words on: "were injured", "forced to evacuate".
        let yaml = "facts:\n  - {id: out, value: 4100, unit: people, match: {all: [valley]}}\n";
        assert_eq!(
            matched(yaml, "In the valley about 4,100 were forced to evacuate."),
            pairs(&[("about 4,100", "out")])
        );
    }

    #[test]
    fn a_clause_with_no_subject_shares_the_one_before() {
        // "and was dismissed for 36" has no subject: the batter named in
        // the clause before is its subject.
        let yaml = "facts:\n  - {id: r, value: 36, unit: runs, match: {all: [Naidoo]}}\n";
        assert_eq!(
            matched(
                yaml,
                "The pair added 25 runs. Naidoo swung hard and was caught for 36."
            ),
            pairs(&[("25 runs", "-"), ("36", "r")])
        );
        // A clause with a subject of its own does not.
        assert_eq!(
            matched(
                yaml,
                "The pair added 25 runs. Naidoo swung hard but the keeper took it for 36."
            ),
            pairs(&[("25 runs", "-"), ("36", "-")])
        );
    }

    #[test]
    fn an_implied_noun_brings_the_terms_between_it_and_the_figure() {
        // "votes" is named in the clause before the figure's, with the
        // fact's term: the figure goes on counting them.
        let yaml = "facts:\n  - {id: v, value: 4200000, unit: votes, match: {all: [Greens won more votes]}}\n";
        assert_eq!(
            matched(
                yaml,
                "The Greens won more votes than last time, at 4.2 million in all."
            ),
            pairs(&[("4.2 million", "v")])
        );
        // A term in a clause before, with no noun between: nothing.
        let yaml = "facts:\n  - {id: v, value: 4200000, unit: votes, match: {all: [Greens]}}\n";
        assert_eq!(
            matched(
                yaml,
                "The Greens campaigned hard, and the count of votes stood at 4.2 million."
            ),
            pairs(&[("4.2 million", "-")])
        );
    }

    #[test]
    fn the_nearest_noun_before_a_figure_is_the_one_it_counts() {
        // A heading with no full stop runs into the sentence: both nouns
        // stand before the first figure, the nearest decides.
        let yaml = "facts:\n  - {id: goals, value: 31, unit: goals, match: {all: [tops the league]}}\n  - {id: shots, value: 140, unit: shots, match: {all: [tops the league]}}\n";
        assert_eq!(
            matched(
                yaml,
                "Ferreira chases shots and goals record\nFerreira tops the league in goals with 31 and in shots with 140."
            ),
            pairs(&[("31", "goals"), ("140", "shots")])
        );
    }

    #[test]
    fn a_length_of_time_speaks_about_a_fact_counted_in_its_unit() {
        let yaml = "facts:\n  - {id: m, value: 38, unit: minutes, match: {all: [Moreau]}}\n  - {id: d, value: 38, unit: days, match: {all: [strike]}}\n";
        assert_eq!(
            matched(yaml, "Moreau scored in 38 minutes of play."),
            pairs(&[("38 minutes", "m")])
        );
        // Another unit of time is another count.
        assert_eq!(
            matched(yaml, "Moreau rested for 38 hours."),
            pairs(&[("for 38 hours", "-")])
        );
    }

    #[test]
    fn a_quarter_that_dates_a_figure_is_not_the_day_of_an_event() {
        // The results were out on a day; the quarter the clause names
        // dates the profit, so the day goes to the results.
        let yaml = "events:\n  - {id: results, date: 2024-03-06, match: {all: [profit jumped]}}\n";
        assert_eq!(
            matched(
                yaml,
                "Kestrel Mining said on Wednesday its profit jumped 40 percent from the third quarter of 2023."
            ),
            pairs(&[
                ("on Wednesday", "results"),
                ("40 percent", "-"),
                ("the third quarter of 2023", "-")
            ])
        );
        // No figure in its clause: a quarter may date an event.
        assert_eq!(
            matched(
                yaml,
                "The profit jumped, the firm said, and it will list in the third quarter of 2024."
            ),
            pairs(&[("in the third quarter of 2024", "results")])
        );
    }

    #[test]
    fn a_date_that_owns_an_events_term_names_that_event() {
        let yaml = "events:\n  - {id: game, date: 2024-03-03, match: {all: [performance]}}\n  - {id: season, date: {from: 2022-09-01, to: 2023-02-28}, match: {all: [his first season]}}\n";
        assert_eq!(
            matched(
                yaml,
                "With Sunday's performance he passed the mark he had set in his first season with the club."
            ),
            pairs(&[("Sunday", "game")])
        );
        // Without the possessive the two events tie.
        assert_eq!(
            matched(
                yaml,
                "On Sunday the performance passed the mark he had set in his first season with the club."
            ),
            pairs(&[("On Sunday", "?")])
        );
    }

    #[test]
    fn a_figure_and_its_comparison_pair_by_the_terms_that_tell_them_apart() {
        // Each comparison fact has every term of its base fact and the
        // words of the comparison: by the count of terms both figures of
        // each pair would take the comparison fact.
        let yaml = "facts:\n  - {id: ni, value: 2600000000, unit: USD, match: {all: [profit climbed]}}\n  - {id: ni-before, value: 2100000000, unit: USD, match: {all: [profit climbed, same period last year]}}\n  - {id: eps, value: 0.41, unit: USD, match: {all: [a share]}}\n  - {id: eps-before, value: 0.33, unit: USD, match: {all: [a share, same period last year]}}\n";
        assert_eq!(
            matched(
                yaml,
                "Tarnwick's profit climbed to $2.6 billion, or 41 cents a share, from $2.1 billion, or 33 cents a share, in the same period last year."
            ),
            pairs(&[
                ("$2.6 billion", "ni"),
                ("41 cents", "eps"),
                ("$2.1 billion", "ni-before"),
                ("33 cents", "eps-before"),
                ("in the same period last year", "-")
            ])
        );
        // The comparison word itself is the distinguishing term; it opens
        // the segment of the figures it compares with.
        let yaml = "facts:\n  - {id: ni, value: 640000000, unit: USD, match: {all: [net income]}}\n  - {id: ni-before, value: 390000000, unit: USD, match: {all: [net income, compared with]}}\n  - {id: eps, value: 0.71, unit: USD, match: {all: [per share]}}\n  - {id: eps-before, value: 0.44, unit: USD, match: {all: [per share, compared with]}}\n";
        assert_eq!(
            matched(
                yaml,
                "Orvane's net income for the quarter was $640 million, or 71 cents per share, compared with $390 million, or 44 cents per share, a year earlier."
            ),
            pairs(&[
                ("$640 million", "ni"),
                ("71 cents", "eps"),
                ("$390 million", "ni-before"),
                ("44 cents", "eps-before"),
                ("a year earlier", "-")
            ])
        );
        // A share of another unit pairs on its own; the main segment's
        // verb governs the comparison too.
        let yaml = "facts:\n  - {id: growth, value: 12, unit: percent, match: {all: [Sales grew]}}\n  - {id: sales, value: 5600000000, unit: USD, match: {all: [Sales grew]}}\n  - {id: sales-before, value: 5000000000, unit: USD, match: {all: [Sales grew, year-ago quarter]}}\n";
        assert_eq!(
            matched(
                yaml,
                "Sales grew 12 percent to $5.6 billion from $5 billion in the year-ago quarter."
            ),
            pairs(&[
                ("12 percent", "growth"),
                ("$5.6 billion", "sales"),
                ("$5 billion", "sales-before"),
                ("in the year-ago quarter", "-")
            ])
        );
        // "while" opens a second subject with its own comparison.
        let yaml = "facts:\n  - {id: rev, value: 900, unit: USD, match: {all: [revenue]}}\n  - {id: rev-before, value: 800, unit: USD, match: {all: [revenue, a year ago]}}\n  - {id: cost, value: 300, unit: USD, match: {all: [costs]}}\n  - {id: cost-before, value: 350, unit: USD, match: {all: [costs, a year ago]}}\n";
        assert_eq!(
            matched(
                yaml,
                "Its revenue rose to USD 900 from USD 800 a year ago, while costs fell to USD 300 from USD 350 a year ago."
            ),
            pairs(&[
                ("USD 900", "rev"),
                ("USD 800", "rev-before"),
                ("a year ago", "-"),
                ("USD 300", "cost"),
                ("USD 350", "cost-before"),
                ("a year ago", "-")
            ])
        );
    }

    #[test]
    fn facts_nothing_tells_apart_stay_tied_in_a_comparison() {
        // Two facts of the same terms: no pairing is better than the
        // other, and neither figure is given one silently.
        let yaml = "facts:\n  - {id: a, value: 40000000, unit: USD, match: {all: [Brandt Works]}}\n  - {id: b, value: 25000000, unit: USD, match: {all: [Brandt Works]}}\n";
        assert_eq!(
            matched(
                yaml,
                "Brandt Works booked $40 million against $25 million for its rival."
            ),
            pairs(&[("$40 million", "?"), ("$25 million", "?")])
        );
    }

    #[test]
    fn a_figure_that_names_the_noun_takes_its_fact_before_one_lent_it() {
        // "99" counts overs only because "21.1 overs" stands beside it:
        // the figure that names overs takes the overs fact.
        let yaml = "facts:\n  - {id: runs, value: 99, unit: runs, match: {all: [stand]}}\n  - {id: overs, value: 21.1, unit: overs, match: {all: [stand]}}\n";
        assert_eq!(
            matched(
                yaml,
                "Kovac shared a stand of 99 in just 21.1 overs with Pell."
            ),
            pairs(&[("99", "-"), ("21.1 overs", "overs")])
        );
        // A neighbour lends "cases" to the "1": the figure that names it
        // takes the county right after it, the 1 the other.
        let yaml = "facts:\n  - {id: avon, value: 4, unit: cases, match: {all: [Avon County]}}\n  - {id: brill, value: 1, unit: cases, match: {all: [Brill County]}}\n";
        assert_eq!(
            matched(
                yaml,
                "Four cases in Avon County and 1 in Brill County are linked to the fair."
            ),
            pairs(&[("Four cases", "avon"), ("1", "brill")])
        );
    }

    #[test]
    fn a_figure_alone_takes_the_fact_whose_terms_stand_in_its_clause() {
        // The count's terms stand right after it; the supplier's only in
        // the list the colon opens.
        let yaml = "facts:\n  - {id: count, value: 6, unit: contracts, match: {all: [ministry signed]}}\n  - {id: varrow, value: 1, unit: contracts, match: {all: [Varrow Dynamics]}}\n";
        assert_eq!(
            matched(
                yaml,
                "The six contracts the ministry signed are: one with Varrow Dynamics for radars."
            ),
            pairs(&[("six contracts", "count")])
        );
        // A comma parts nothing: the place named in the clause a relative
        // clause hangs from and the share's own noun both stand in its
        // part, and nothing says which fact the share is: a tie.
        let yaml = "facts:\n  - {id: range, value: 25, unit: percent, match: {all: [breeding range]}}\n  - {id: coast, value: 75, unit: percent, match: {all: [northern coast]}}\n";
        assert_eq!(
            matched(
                yaml,
                "Hardest hit were the birds of the northern coast, where every species studied lost more than 70 percent of its breeding range."
            ),
            pairs(&[("more than 70 percent", "?")])
        );
        // An aside set off by commas is the subject's: Italy and Kuwait
        // stand in one part, a tie.
        let yaml = "facts:\n  - {id: a, value: 650, unit: units, match: {all: [Italy]}}\n  - {id: b, value: 700, unit: units, match: {all: [Kuwait]}}\n";
        assert_eq!(
            matched(
                yaml,
                "Italy, with over 800 units between Iraq and Kuwait, will stay."
            ),
            pairs(&[("over 800 units", "?")])
        );
    }

    #[test]
    fn a_number_word_that_is_no_claim_ends_the_part_a_figure_owns() {
        let yaml = "facts:\n  - {id: avon, value: 4, unit: cases, match: {all: [Avon]}}\n  - {id: brill, value: 1, unit: cases, match: {all: [Brill]}}\n";
        // "and one in Brill County" counts for Brill with the figure's
        // noun left out: "Four cases" is Avon's.
        assert_eq!(
            matched(
                yaml,
                "Four cases in Avon County and one in Brill County are linked to the fair."
            ),
            pairs(&[("Four cases", "avon")])
        );
        // "one of the …" is a part, no coordinate: both places stand in
        // the figure's part, a tie.
        assert_eq!(
            matched(
                yaml,
                "Four cases in Avon County and one of the nurses in Brill County are linked to the fair."
            ),
            pairs(&[("Four cases", "?")])
        );
    }

    #[test]
    fn clause_at_by_search_equals_the_scan() {
        let text = "Italy, with 800 units; between Iraq and Kuwait — said on Monday: some 2.5 million (counted) by June.";
        let doc = Document::from_text("a.txt", text.to_owned(), Format::Text, None, vec![]);
        for sentence in &doc.sentences {
            assert!(sentence.clauses.len() > 3);
            for at in sentence.span.start..=sentence.span.end + 1 {
                assert_eq!(clause_at(sentence, at), sentence.clause_at(at), "{at}");
            }
        }
    }
}
