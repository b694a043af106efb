//! The term index: one Aho-Corasick automaton over every distinct match
//! term of every fact and event, so a sentence is scanned once for all of
//! them instead of testing claims × facts.
//!
//! Matching is case-insensitive for ASCII only (the automaton's
//! `ascii_case_insensitive`): terms are stored lowercased, so "Italy" finds
//! "ITALY" and "italy". Non-ASCII letters are not case-folded: "Côte
//! d'Ivoire" is found as written in the YAML and in its lowercase form
//! ("côte d'ivoire"), but not as "CÔTE D'IVOIRE". Full Unicode folding would
//! need a folded copy of every document; ASCII covers the reference data we
//! ship.

use std::hash::BuildHasher;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use super::facts::{Facts, TermsView};
use super::model::{Event, Fact};
use crate::extract::claim::Span;

/// What a posting points at: an index into `ReferenceSet::facts` or `::events`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Target {
    Fact(usize),
    Event(usize),
}

/// Which list of the `match` the term came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Role {
    All,
    Any,
    None,
}

/// One occurrence of a term in a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct TermHit {
    /// Term number, for [`TermIndex::postings`] and [`TermIndex::term`].
    pub term: usize,
    /// Byte range of the occurrence in the searched text.
    pub span: Span,
}

/// The term numbers of one fact's or event's `match`, deduplicated.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TargetTerms<'a> {
    pub all: &'a [usize],
    pub any: &'a [usize],
    pub none: &'a [usize],
}

/// Every distinct match term, its postings, and an automaton that finds
/// them all in one pass.
///
/// Candidates come from *anchors*: each target is filed under one term that
/// must occur for it to match — its rarest `all` term, or else each of its
/// `any` terms. A hit on a common term ("said", "Italy") that is not an
/// anchor costs nothing, so checking grows with the text and the claims,
/// not with the number of facts that share a word.
///
/// Lists per term and per target are kept flat (one vector of entries and
/// one of 32-bit offsets), not as a vector each, and the terms in one
/// string: a table can give a million facts a term each, and a million
/// small allocations cost more than the terms.
#[derive(Clone, Debug, Default)]
pub struct TermIndex {
    automaton: Option<AhoCorasick>,
    /// Automaton pattern → term (a term may have two spellings, see module doc).
    pattern_term: Vec<u32>,
    /// Every term, one after another: term `t` is
    /// `terms[term_end[t - 1]..term_end[t]]`.
    terms: String,
    term_end: Vec<u32>,
    /// Term `t`'s postings: `postings[posting_at[t]..posting_at[t + 1]]`,
    /// each a target number `k` (facts, then events) and its list (0 all,
    /// 1 any, 2 none) as `k << 2 | list`.
    postings: Vec<u32>,
    posting_at: Vec<u32>,
    /// Term `t`'s anchored targets: `anchors[anchor_at[t]..anchor_at[t + 1]]`.
    anchors: Vec<Target>,
    anchor_at: Vec<u32>,
    /// Every target's terms, facts then events, each as its `all`, `any`
    /// and `none` lists: target `k`'s list `r` is
    /// `target_terms[target_at[3k + r]..target_at[3k + r + 1]]`.
    target_terms: Vec<usize>,
    target_at: Vec<u32>,
    /// How many of the targets are facts.
    fact_count: usize,
    build_error: Option<String>,
    /// Bytes in the longest pattern (how far a match can reach past a cut).
    max_pattern_len: usize,
}

/// From this many patterns on, a contiguous NFA (the automaton from
/// [`DFA_BELOW`] patterns on) is built with a ballast pattern first: a run of NUL bytes as long as there are patterns, which
/// stands for no term and whose occurrences are dropped.
///
/// Why: building the automaton moves every match state ahead of the
/// others by pairwise swaps, and then follows each chain of swaps
/// (aho-corasick's `Remapper::remap`); when nearly every state is a match
/// (`zone1` … `zone64000`: each is a prefix of others) a few non-match
/// states are swapped along thousands of times and the chains make the
/// build quadratic (2.2 s for 64,000 such terms, 4× per doubling). With as
/// many non-match states as patterns ahead of them, each state moves about
/// once, and the build is linear again. A DFA gets none: its build does
/// not chain that way, and a ballast of n NUL states made it quadratic
/// itself (`zones` in benches/stress.py: 8,000 terms 2.9 s with it, 0.25 s
/// without; 32,000 terms 41 s and 1.4 s).
const BALLAST_FROM: usize = 4096;
/// The term of the ballast pattern: none.
const NO_TERM: u32 = u32::MAX;
/// From this many patterns on, the automaton is the noncontiguous NFA
/// itself, not the contiguous NFA that the default build makes from it:
/// one NFA alive, not both at once (57 MB less at 1,000,000 terms, for
/// a slower scan; see BENCHMARKS.md, "Tables and series"). Below it the
/// builder chooses, as it always has.
const NONCONTIGUOUS_FROM: usize = 250_000;
/// Below this many patterns, the automaton is a DFA, not the contiguous
/// NFA the builder would choose: every document's scan costs about half
/// the instructions (at 10,000 facts, ~110 M fewer over the 7.4 MB of
/// 1,000 articles) for a build once per run (+43 M) and ~1.4 MB more
/// memory per 10,000 terms (BENCHMARKS.md, session 10).
const DFA_BELOW: usize = 50_000;
/// From this many patterns on, the automaton is built on one thread while
/// the postings are filed on another.
const PARALLEL_FROM: usize = 4096;

/// `items[at[i]..at[i + 1]]`, or empty when `i` is out of range.
fn slice_at<'a, T>(items: &'a [T], at: &[u32], i: usize) -> &'a [T] {
    match (at.get(i), at.get(i + 1)) {
        (Some(&a), Some(&b)) => items.get(a as usize..b as usize).unwrap_or(&[]),
        _ => &[],
    }
}

/// A length as a 32-bit offset; the index refuses (a build error) to hold
/// more than `u32::MAX` entries or term bytes before any is stored.
fn offset(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Term `t` of a term list kept as one string and its ends ("" when `t`
/// is out of range).
fn term_at<'a>(text: &'a str, ends: &[u32], t: usize) -> &'a str {
    let start = match t.checked_sub(1) {
        Some(p) => ends.get(p).map_or(usize::MAX, |&e| e as usize),
        None => 0,
    };
    ends.get(t)
        .and_then(|&end| text.get(start..end as usize))
        .unwrap_or("")
}

/// Fill a flat list from `(key, item)` pairs given in the order each key's
/// items should keep: `counts[k]` items per key, laid out key by key.
fn flatten<T: Copy>(
    counts: &[u32],
    fill: T,
    pairs: impl Iterator<Item = (usize, T)>,
) -> (Vec<T>, Vec<u32>) {
    let mut at = Vec::with_capacity(counts.len() + 1);
    let mut total = 0usize;
    at.push(0);
    for &c in counts {
        total += c as usize;
        at.push(offset(total));
    }
    let mut items = vec![fill; total];
    let mut cursor: Vec<u32> = at.clone();
    for (key, item) in pairs {
        if let Some(c) = cursor.get_mut(key) {
            if let Some(slot) = items.get_mut(*c as usize) {
                *slot = item;
            }
            *c += 1;
        }
    }
    (items, at)
}

impl TermIndex {
    /// Add `term` to the list being built from `from`, once.
    fn add_target_term(&mut self, from: usize, term: usize) {
        if !self.target_terms.get(from..).unwrap_or(&[]).contains(&term) {
            self.target_terms.push(term);
        }
    }

    /// Index the match terms of `facts` and `events` (trimmed, lowercased,
    /// deduplicated). Cost is linear in the total length of the terms.
    pub fn build(facts: &[Fact], events: &[Event]) -> TermIndex {
        let specs = facts
            .iter()
            .map(|f| TermsView::Spec(&f.matcher))
            .chain(events.iter().map(|e| TermsView::Spec(&e.matcher)));
        TermIndex::build_from(facts.len(), facts.len() + events.len(), specs)
    }

    /// [`TermIndex::build`] for a reference set's [`Facts`].
    pub fn build_set(facts: &Facts, events: &[Event]) -> TermIndex {
        let specs = facts
            .terms()
            .chain(events.iter().map(|e| TermsView::Spec(&e.matcher)));
        TermIndex::build_from(facts.len(), facts.len() + events.len(), specs)
    }

    /// [`TermIndex::build`] from the `match` of every target in order:
    /// `fact_count` facts, then events, `target_count` in all.
    pub(crate) fn build_from<'a>(
        fact_count: usize,
        target_count: usize,
        specs: impl Iterator<Item = TermsView<'a>>,
    ) -> TermIndex {
        let mut index = TermIndex {
            fact_count,
            ..TermIndex::default()
        };
        // Each distinct term once, looked up by its hash (terms are not
        // copied into a map); its extra spellings (see the module doc).
        let hasher = hashbrown::DefaultHashBuilder::default();
        // Term numbers (4 bytes each): a lookup compares the term text, and
        // growing hashes the terms again.
        let mut ids: hashbrown::HashTable<u32> = hashbrown::HashTable::with_capacity(target_count);
        let mut spellings: Vec<(usize, String)> = Vec::new();
        let mut lower = String::new();
        index.target_at.reserve(3 * target_count + 1);
        index.target_at.push(0);
        let too_many = target_count >= 1 << 30;
        // The last few terms met by address: a table's constant terms
        // ("population") are one string that every row's view lends, so
        // they are lowercased, hashed and looked up once, not per row.
        // (An address and length name the same text for the whole build:
        // the specs borrow it.)
        let mut recent: [(usize, usize, usize); 4] = [(0, 0, usize::MAX); 4];
        let mut recent_next = 0;
        for spec in specs {
            // The list being filled (0 all, 1 any, 2 none) and where it
            // starts in `target_terms`.
            let mut list = 0usize;
            let mut from = index.target_terms.len();
            spec.visit(&mut |l, raw| {
                while list < l {
                    index.target_at.push(offset(index.target_terms.len()));
                    list += 1;
                    from = index.target_terms.len();
                }
                let key = (raw.as_ptr() as usize, raw.len());
                let cached = recent
                    .iter()
                    .find(|&&(p, l, t)| (p, l) == key && t != usize::MAX)
                    .map(|&(_, _, t)| t);
                if let Some(term) = cached {
                    index.add_target_term(from, term);
                    return;
                }
                let written = raw.trim();
                lower.clear();
                if written.is_ascii() {
                    lower.push_str(written);
                    lower.make_ascii_lowercase();
                } else {
                    lower.push_str(&written.to_lowercase());
                }
                if lower.is_empty() {
                    return;
                }
                let hash = hasher.hash_one(lower.as_str());
                let (text, ends) = (&index.terms, &index.term_end);
                let found = ids
                    .find(hash, |&t| term_at(text, ends, t as usize) == lower)
                    .map(|&t| t as usize);
                let term = match found {
                    Some(t) => {
                        // Met before: it may be a constant term; remember
                        // its address (new terms are not: a row's own).
                        if let Some(slot) = recent.get_mut(recent_next) {
                            *slot = (key.0, key.1, t);
                        }
                        recent_next = (recent_next + 1) % recent.len();
                        t
                    }
                    None => {
                        let t = index.term_end.len();
                        index.terms.push_str(&lower);
                        index.term_end.push(offset(index.terms.len()));
                        let (text, ends) = (&index.terms, &index.term_end);
                        ids.insert_unique(hash, offset(t), |&u| {
                            hasher.hash_one(term_at(text, ends, u as usize))
                        });
                        // ASCII folding cannot map "Ö" to "ö": keep the
                        // spelling as written too when they differ beyond ASCII.
                        if !written.is_ascii() && written.to_ascii_lowercase() != lower {
                            spellings.push((t, written.to_owned()));
                        }
                        t
                    }
                };
                index.add_target_term(from, term);
            });
            while list < 3 {
                index.target_at.push(offset(index.target_terms.len()));
                list += 1;
            }
        }
        drop(ids);
        if too_many
            || index.terms.len() >= u32::MAX as usize
            || index.target_terms.len() >= u32::MAX as usize
        {
            index.build_error = Some("more than a billion match terms or targets".to_owned());
            return index;
        }
        index.terms.shrink_to_fit();
        index.term_end.shrink_to_fit();
        index.target_terms.shrink_to_fit();
        // The patterns in term order, each term's own spelling after it.
        let count = index.term_end.len() + spellings.len();
        let dfa = count < DFA_BELOW;
        let ballast = "\0".repeat(if count >= BALLAST_FROM && !dfa {
            count
        } else {
            0
        });
        let (terms, ends) = (&index.terms, &index.term_end);
        let patterns = || {
            let mut extra = spellings.iter().peekable();
            let ballast = (!ballast.is_empty()).then_some((ballast.as_str(), NO_TERM));
            // Pattern 0 (no term) when there is a ballast: see BALLAST_FROM.
            ballast
                .into_iter()
                .chain((0..ends.len()).flat_map(move |t| {
                    let own = (term_at(terms, ends, t), offset(t));
                    let mut more = Vec::new();
                    while let Some((_, written)) = extra.next_if(|(u, _)| *u == t) {
                        more.push((written.as_str(), offset(t)));
                    }
                    std::iter::once(own).chain(more)
                }))
        };
        let pattern_term: Vec<u32> = patterns().map(|(_, t)| t).collect();
        index.max_pattern_len = patterns()
            .filter(|&(_, t)| t != NO_TERM)
            .map(|(p, _)| p.len())
            .max()
            .unwrap_or(0);
        // The automaton (most of the cost for many terms) is built while
        // the postings and anchors are filed.
        let kind = if pattern_term.len() >= NONCONTIGUOUS_FROM {
            Some(AhoCorasickKind::NoncontiguousNFA)
        } else if dfa {
            Some(AhoCorasickKind::DFA)
        } else {
            None
        };
        let automaton = || {
            (!pattern_term.is_empty()).then(|| {
                AhoCorasickBuilder::new()
                    .ascii_case_insensitive(true)
                    .match_kind(MatchKind::Standard)
                    .kind(kind)
                    .build(patterns().map(|(p, _)| p))
            })
        };
        let lists = || {
            let (postings, posting_at) = index.postings_by_term();
            let (anchors, anchor_at) = index.anchors_by_term(&posting_at);
            (postings, posting_at, anchors, anchor_at)
        };
        let (automaton, (postings, posting_at, anchors, anchor_at)) =
            if pattern_term.len() >= PARALLEL_FROM {
                rayon::join(automaton, lists)
            } else {
                (automaton(), lists())
            };
        match automaton {
            Some(Ok(ac)) => index.automaton = Some(ac),
            Some(Err(e)) => index.build_error = Some(e.to_string()),
            None => {}
        }
        index.postings = postings;
        index.posting_at = posting_at;
        index.anchors = anchors;
        index.anchor_at = anchor_at;
        index.pattern_term = pattern_term;
        index
    }

    /// The number of targets (facts and events).
    fn target_count(&self) -> usize {
        self.target_at.len().saturating_sub(1) / 3
    }

    fn target(&self, k: usize) -> Target {
        if k < self.fact_count {
            Target::Fact(k)
        } else {
            Target::Event(k - self.fact_count)
        }
    }

    /// The number of distinct terms.
    fn term_count(&self) -> usize {
        self.term_end.len()
    }

    /// Target `k`'s list `role` (0 all, 1 any, 2 none).
    fn list(&self, k: usize, role: usize) -> &[usize] {
        slice_at(&self.target_terms, &self.target_at, 3 * k + role)
    }

    /// Each term's postings, flat with their offsets: the targets in
    /// order, and within a target its `all`, `any`, `none` lists in that
    /// order.
    fn postings_by_term(&self) -> (Vec<u32>, Vec<u32>) {
        let mut counts = vec![0u32; self.term_count()];
        for &t in &self.target_terms {
            if let Some(c) = counts.get_mut(t) {
                *c += 1;
            }
        }
        let pairs = (0..self.target_count()).flat_map(|k| {
            (0..3).flat_map(move |r| {
                self.list(k, r)
                    .iter()
                    .map(move |&t| (t, offset(k) << 2 | r as u32))
            })
        });
        flatten(&counts, 0, pairs)
    }

    /// Every target filed under its anchor terms (see the type's doc),
    /// flat with their offsets; `postings` as [`Self::postings_by_term`]
    /// made them.
    fn anchors_by_term(&self, posting_at: &[u32]) -> (Vec<Target>, Vec<u32>) {
        let postings_of = |t: usize| match (posting_at.get(t), posting_at.get(t + 1)) {
            (Some(&a), Some(&b)) => b - a,
            _ => 0,
        };
        let anchors_of = |k: usize| -> &[usize] {
            let all = self.list(k, 0);
            // The first of the rarest.
            let rarest = all
                .iter()
                .enumerate()
                .min_by_key(|&(_, &t)| postings_of(t))
                .map(|(i, _)| i);
            match rarest {
                Some(i) => all.get(i..=i).unwrap_or(&[]),
                None => self.list(k, 1),
            }
        };
        let mut counts = vec![0u32; self.term_count()];
        for k in 0..self.target_count() {
            for &t in anchors_of(k) {
                if let Some(c) = counts.get_mut(t) {
                    *c += 1;
                }
            }
        }
        let pairs = (0..self.target_count())
            .flat_map(|k| anchors_of(k).iter().map(move |&t| (t, self.target(k))));
        flatten(&counts, Target::Fact(0), pairs)
    }

    /// Every occurrence of every term in `text`, case-insensitive (ASCII), on
    /// word boundaries, sorted by start (then end, then term); overlapping
    /// hits are all kept ("ministerial meeting" and "meeting").
    ///
    /// A word boundary means: when the occurrence starts (ends) with an
    /// alphanumeric character, the character before (after) it is not
    /// alphanumeric — so "Italy" is not found in "Italyx", while a term
    /// that ends in punctuation ("U.S.") is still found in "U.S.-led".
    pub fn find(&self, text: &str) -> Vec<TermHit> {
        let Some(ac) = &self.automaton else {
            return Vec::new();
        };
        let mut hits = Vec::new();
        for m in ac.find_overlapping_iter(text) {
            self.keep(text, m.start(), m.end(), m.pattern().as_usize(), &mut hits);
        }
        hits.sort_by_key(|h| (h.span.start, h.span.end, h.term));
        hits.dedup();
        hits
    }

    /// [`TermIndex::find`] on `text` with every tab, `\n` and `\r` read as a
    /// space (so that terms match across line breaks), without copying the
    /// whole text: it is flattened and searched a window at a time, each
    /// window reaching one longest pattern past its end so that a match
    /// starting in it is found whole, and kept only by the window it starts in.
    pub fn find_spaced(&self, text: &str) -> Vec<TermHit> {
        const WINDOW: usize = 1 << 20;
        let Some(ac) = &self.automaton else {
            return Vec::new();
        };
        let bytes = text.as_bytes();
        let mut hits = Vec::new();
        let mut flat: Vec<u8> = Vec::new();
        let mut start = 0;
        while start < bytes.len() {
            let own_end = (start + WINDOW).min(bytes.len());
            let end = own_end
                .saturating_add(self.max_pattern_len)
                .min(bytes.len());
            flat.clear();
            flat.extend(bytes.get(start..end).unwrap_or_default().iter().map(|&b| {
                if matches!(b, b'\n' | b'\r' | b'\t') {
                    b' '
                } else {
                    b
                }
            }));
            for m in ac.find_overlapping_iter(flat.as_slice()) {
                let (s, e) = (start + m.start(), start + m.end());
                if s < own_end {
                    // Tabs and line ends are not alphanumeric, and no term
                    // begins or ends with one (terms are trimmed): the word
                    // boundaries read the same in `text` as in its flat copy.
                    self.keep(text, s, e, m.pattern().as_usize(), &mut hits);
                }
            }
            start = own_end;
        }
        hits.sort_by_key(|h| (h.span.start, h.span.end, h.term));
        hits.dedup();
        hits
    }

    /// Keep the occurrence `start..end` of pattern `pattern` if it sits on
    /// word boundaries (see [`TermIndex::find`]).
    fn keep(&self, text: &str, start: usize, end: usize, pattern: usize, hits: &mut Vec<TermHit>) {
        let (Some(before), Some(found), Some(after)) =
            (text.get(..start), text.get(start..end), text.get(end..))
        else {
            return;
        };
        let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        if word(found.chars().next()) && word(before.chars().next_back()) {
            return;
        }
        if word(found.chars().next_back()) && word(after.chars().next()) {
            return;
        }
        if let Some(&term) = self.pattern_term.get(pattern).filter(|&&t| t != NO_TERM) {
            hits.push(TermHit {
                term: term as usize,
                span: Span::new(start, end),
            });
        }
    }

    /// The facts and events that use `term`, with the list it is in.
    /// Empty for an unknown term number.
    pub fn postings(&self, term: usize) -> Vec<(Target, Role)> {
        const ROLES: [Role; 3] = [Role::All, Role::Any, Role::None];
        slice_at(&self.postings, &self.posting_at, term)
            .iter()
            .map(|&p| {
                let role = ROLES.get((p & 3) as usize).copied().unwrap_or(Role::All);
                (self.target((p >> 2) as usize), role)
            })
            .collect()
    }

    /// The targets filed under `term` as an anchor: the only ones a hit on
    /// it can make candidates.
    pub fn anchors(&self, term: usize) -> &[Target] {
        slice_at(&self.anchors, &self.anchor_at, term)
    }

    /// The term numbers of a target's `match`.
    pub fn terms_of(&self, target: Target) -> Option<TargetTerms<'_>> {
        let k = match target {
            Target::Fact(i) if i < self.fact_count => i,
            Target::Event(i) if self.fact_count + i < self.target_count() => self.fact_count + i,
            _ => return None,
        };
        Some(TargetTerms {
            all: self.list(k, 0),
            any: self.list(k, 1),
            none: self.list(k, 2),
        })
    }

    /// The term (trimmed, lowercased); empty for an unknown term number.
    pub fn term(&self, term: usize) -> &str {
        term_at(&self.terms, &self.term_end, term)
    }

    /// Number of distinct terms.
    pub fn len(&self) -> usize {
        self.term_count()
    }

    /// Whether no fact or event has any term.
    pub fn is_empty(&self) -> bool {
        self.term_end.is_empty()
    }

    /// Why the automaton could not be built (only for absurdly large term
    /// sets); [`super::load`] turns it into an error rather than silently
    /// matching nothing.
    pub fn build_error(&self) -> Option<&str> {
        self.build_error.as_deref()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reference::model::{Origin, RefDate, RefValue};
    use crate::reference::MatchSpec;
    use crate::time::{Granularity, Interval};
    use chrono::NaiveDate;

    fn spec(all: &[&str], any: &[&str], none: &[&str]) -> MatchSpec {
        let v = |x: &[&str]| x.iter().map(|s| s.to_string()).collect();
        MatchSpec {
            all: v(all),
            any: v(any),
            none: v(none),
        }
    }

    fn fact(id: &str, matcher: MatchSpec) -> Fact {
        Fact {
            id: id.into(),
            about: None,
            value: RefValue::Exact(1.0),
            value_text: "1".into(),
            unit: None,
            tolerance: None,
            as_of: None,
            source: None,
            matcher,
            examples: Default::default(),
            series: Vec::new(),
            origin: Origin {
                file: "t.yaml".into(),
                line: 1,
            },
        }
    }

    fn event(id: &str, matcher: MatchSpec) -> Event {
        let day = NaiveDate::from_ymd_opt(2022, 5, 11).unwrap();
        Event {
            id: id.into(),
            about: None,
            date: RefDate {
                interval: Interval::day(day),
                granularity: Granularity::Day,
                text: "2022-05-11".into(),
            },
            status: None,
            source: None,
            matcher,
            examples: Default::default(),
            origin: Origin {
                file: "t.yaml".into(),
                line: 1,
            },
        }
    }

    fn found<'a>(index: &'a TermIndex, text: &'a str) -> Vec<(&'a str, &'a str)> {
        index
            .find(text)
            .into_iter()
            .map(|h| (index.term(h.term), &text[h.span.start..h.span.end]))
            .collect()
    }

    #[test]
    fn overlapping_terms_are_all_found() {
        let facts = [fact("f", spec(&["meeting"], &[], &[]))];
        let events = [event("e", spec(&["ministerial meeting"], &[], &[]))];
        let index = TermIndex::build(&facts, &events);
        assert_eq!(index.len(), 2);
        let text = "The next Ministerial Meeting was held.";
        assert_eq!(
            found(&index, text),
            vec![
                ("ministerial meeting", "Ministerial Meeting"),
                ("meeting", "Meeting")
            ]
        );
        let hits = index.find(text);
        assert_eq!(hits[0].span, Span::new(9, 28));
        assert_eq!(
            index.postings(hits[1].term),
            &[(Target::Fact(0), Role::All)]
        );
        assert_eq!(
            index.postings(hits[0].term),
            &[(Target::Event(0), Role::All)]
        );
    }

    #[test]
    fn word_boundaries() {
        let facts = [fact("f", spec(&["Italy"], &["U.S."], &[]))];
        let index = TermIndex::build(&facts, &[]);
        assert!(index.find("Italyx and xItaly and Italy2").is_empty());
        assert_eq!(
            found(&index, "ITALY, Italy's and (italy) and U.S.-led"),
            vec![
                ("italy", "ITALY"),
                ("italy", "Italy"),
                ("italy", "italy"),
                ("u.s.", "U.S.")
            ]
        );
        assert!(
            index.find("Italyé").is_empty(),
            "non-ASCII letters are word characters"
        );
    }

    #[test]
    fn terms_are_shared_and_postings_deduplicated() {
        let facts = [
            fact(
                "a",
                spec(&["Italy", " italy ", "Iraq"], &["Iraq"], &["Kuwait"]),
            ),
            fact("b", spec(&["ITALY"], &[], &[])),
        ];
        let events = [event("e", spec(&[], &["Italy"], &[]))];
        let index = TermIndex::build(&facts, &events);
        assert_eq!(index.len(), 3);
        let italy = index.find("Italy")[0].term;
        assert_eq!(index.term(italy), "italy");
        assert_eq!(
            index.postings(italy),
            &[
                (Target::Fact(0), Role::All),
                (Target::Fact(1), Role::All),
                (Target::Event(0), Role::Any)
            ]
        );
        let iraq = index.find("Iraq")[0].term;
        assert_eq!(
            index.postings(iraq),
            &[(Target::Fact(0), Role::All), (Target::Fact(0), Role::Any)]
        );
        let kuwait = index.find("Kuwait")[0].term;
        assert_eq!(index.postings(kuwait), &[(Target::Fact(0), Role::None)]);
        assert!(index.postings(99).is_empty());
        assert_eq!(index.term(99), "");
    }

    #[test]
    fn non_ascii_terms_are_found_as_written_and_lowercase() {
        let facts = [fact("f", spec(&["Côte d'Ivoire"], &[], &[]))];
        let index = TermIndex::build(&facts, &[]);
        assert_eq!(index.find("in Côte d'Ivoire today").len(), 1);
        assert_eq!(index.find("in côte d'ivoire today").len(), 1);
        assert_eq!(
            index.find("in CÔTE D'IVOIRE today").len(),
            0,
            "no Unicode folding"
        );
        let hit = index.find("in Côte d'Ivoire")[0];
        assert_eq!(hit.span, Span::new(3, 17));
    }

    #[test]
    fn find_spaced_is_find_on_a_flat_copy() {
        let facts = [
            fact(
                "f",
                spec(&["Harbour Bridge", "bridge"], &["Côte d'Ivoire", "x"], &[]),
            ),
            fact("g", spec(&["a b c"], &[], &[])),
        ];
        let index = TermIndex::build(&facts, &[]);
        let unit = "Harbour\nBridge, harbour\r\nbridge\tx, Côte\nd'Ivoire; a\tb\nc x\n";
        // Long enough to cross several windows, with cuts inside matches.
        let mut text = String::new();
        let mut pad = 0;
        while text.len() < 3 << 20 {
            text.push_str(unit);
            text.push_str(&" ".repeat(pad % 7));
            pad += 1;
        }
        let flat: String = text
            .chars()
            .map(|c| {
                if matches!(c, '\n' | '\r' | '\t') {
                    ' '
                } else {
                    c
                }
            })
            .collect();
        let expected = index.find(&flat);
        assert!(expected.len() > 100_000);
        assert_eq!(index.find_spaced(&text), expected);
        assert_eq!(index.find_spaced(unit), index.find(&flat[..unit.len()]));
        assert!(TermIndex::build(&[], &[]).find_spaced(unit).is_empty());
    }

    #[test]
    fn empty_index_finds_nothing() {
        let index = TermIndex::build(&[], &[]);
        assert!(index.is_empty());
        assert!(index.find("anything").is_empty());
        assert!(index.build_error().is_none());
    }

    #[test]
    fn builds_for_100k_facts() {
        let facts: Vec<Fact> = (0..100_000)
            .map(|i| {
                fact(
                    &format!("gen/{i}"),
                    spec(
                        &[&format!("country{i}")],
                        &["troops", &format!("region {}", i % 97)],
                        &[],
                    ),
                )
            })
            .collect();
        let index = TermIndex::build(&facts, &[]);
        assert!(index.build_error().is_none());
        assert_eq!(index.len(), 100_000 + 1 + 97);
        let hits = found(&index, "troops in country99999 and region 5");
        assert_eq!(
            hits,
            vec![
                ("troops", "troops"),
                ("country99999", "country99999"),
                ("region 5", "region 5")
            ]
        );
        let troops = index.find("troops")[0].term;
        assert_eq!(index.postings(troops).len(), 100_000);
    }

    #[test]
    fn the_ballast_pattern_finds_nothing() {
        // A contiguous NFA, the automaton that gets a ballast.
        let n = BALLAST_FROM.max(DFA_BELOW) + 10;
        let facts: Vec<Fact> = (0..n)
            .map(|i| fact(&format!("z/{i}"), spec(&[&format!("zone{i}")], &[], &[])))
            .collect();
        let index = TermIndex::build(&facts, &[]);
        assert!(index.build_error().is_none());
        assert_eq!(index.len(), n);
        let nul = "\0".repeat(2 * n);
        let text = format!("{nul} zone7 {nul}\nzone4100 zone{}", n - 1);
        let last = format!("zone{}", n - 1);
        let want = vec![
            ("zone7", "zone7"),
            ("zone4100", "zone4100"),
            (&*last, &*last),
        ];
        assert_eq!(found(&index, &text), want);
        let spaced: Vec<&str> = index
            .find_spaced(&text)
            .iter()
            .map(|h| index.term(h.term))
            .collect();
        assert_eq!(spaced, ["zone7", "zone4100", last.as_str()]);
    }
}
