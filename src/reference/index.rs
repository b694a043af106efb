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

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use super::model::{Event, Fact, MatchSpec};
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
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TargetTerms {
    pub all: Vec<usize>,
    pub any: Vec<usize>,
    pub none: Vec<usize>,
}

/// Every distinct match term, its postings, and an automaton that finds
/// them all in one pass.
///
/// Candidates come from *anchors*: each target is filed under one term that
/// must occur for it to match — its rarest `all` term, or else each of its
/// `any` terms. A hit on a common term ("said", "Italy") that is not an
/// anchor costs nothing, so checking grows with the text and the claims,
/// not with the number of facts that share a word.
#[derive(Clone, Debug, Default)]
pub struct TermIndex {
    automaton: Option<AhoCorasick>,
    /// Automaton pattern → term (a term may have two spellings, see module doc).
    pattern_term: Vec<usize>,
    terms: Vec<String>,
    postings: Vec<Vec<(Target, Role)>>,
    anchors: Vec<Vec<Target>>,
    fact_terms: Vec<TargetTerms>,
    event_terms: Vec<TargetTerms>,
    build_error: Option<String>,
    /// Bytes in the longest pattern (how far a match can reach past a cut).
    max_pattern_len: usize,
}

/// From this many patterns on, the automaton is built with a ballast
/// pattern first: a run of NUL bytes as long as there are patterns, which
/// stands for no term and whose occurrences are dropped.
///
/// Why: building the automaton moves every match state ahead of the
/// others by pairwise swaps, and then follows each chain of swaps
/// (aho-corasick's `Remapper::remap`); when nearly every state is a match
/// (`zone1` … `zone64000`: each is a prefix of others) a few non-match
/// states are swapped along thousands of times and the chains make the
/// build quadratic (2.2 s for 64,000 such terms, 4× per doubling). With as
/// many non-match states as patterns ahead of them, each state moves about
/// once, and the build is linear again.
const BALLAST_FROM: usize = 4096;
/// The term of the ballast pattern: none.
const NO_TERM: usize = usize::MAX;

impl TermIndex {
    /// Index the match terms of `facts` and `events` (trimmed, lowercased,
    /// deduplicated). Cost is linear in the total length of the terms.
    pub fn build(facts: &[Fact], events: &[Event]) -> TermIndex {
        let mut index = TermIndex::default();
        let mut ids: HashMap<String, usize> = HashMap::new();
        let mut patterns: Vec<String> = Vec::new();
        let specs = facts
            .iter()
            .enumerate()
            .map(|(i, f)| (Target::Fact(i), &f.matcher))
            .chain(
                events
                    .iter()
                    .enumerate()
                    .map(|(i, e)| (Target::Event(i), &e.matcher)),
            );
        for (target, spec) in specs {
            index.add_spec(target, spec, &mut ids, &mut patterns);
        }
        index.build_anchors();
        index.max_pattern_len = patterns.iter().map(String::len).max().unwrap_or(0);
        if patterns.len() >= BALLAST_FROM {
            // Pattern 0 (no term): see BALLAST_FROM.
            patterns.insert(0, "\0".repeat(patterns.len()));
            index.pattern_term.insert(0, NO_TERM);
        }
        if !patterns.is_empty() {
            match AhoCorasickBuilder::new()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::Standard)
                .build(&patterns)
            {
                Ok(ac) => index.automaton = Some(ac),
                Err(e) => index.build_error = Some(e.to_string()),
            }
        }
        index
    }

    /// File every target under its anchor terms (see the type's doc).
    fn build_anchors(&mut self) {
        self.anchors = vec![Vec::new(); self.terms.len()];
        let targets = self
            .fact_terms
            .iter()
            .enumerate()
            .map(|(i, t)| (Target::Fact(i), t))
            .chain(
                self.event_terms
                    .iter()
                    .enumerate()
                    .map(|(i, t)| (Target::Event(i), t)),
            );
        for (target, terms) in targets {
            let rarest = terms
                .all
                .iter()
                .min_by_key(|&&t| self.postings.get(t).map_or(0, Vec::len))
                .copied();
            let anchors: Vec<usize> = match rarest {
                Some(t) => vec![t],
                None => terms.any.clone(),
            };
            for t in anchors {
                if let Some(list) = self.anchors.get_mut(t) {
                    list.push(target);
                }
            }
        }
    }

    fn add_spec(
        &mut self,
        target: Target,
        spec: &MatchSpec,
        ids: &mut HashMap<String, usize>,
        patterns: &mut Vec<String>,
    ) {
        let lists = [
            (Role::All, &spec.all),
            (Role::Any, &spec.any),
            (Role::None, &spec.none),
        ];
        let mut own = TargetTerms::default();
        for (role, terms) in lists {
            for raw in terms {
                let written = raw.trim();
                let lower = written.to_lowercase();
                if lower.is_empty() {
                    continue;
                }
                let term = match ids.get(&lower) {
                    Some(&t) => t,
                    None => {
                        let t = self.terms.len();
                        ids.insert(lower.clone(), t);
                        self.terms.push(lower.clone());
                        self.postings.push(Vec::new());
                        patterns.push(lower.clone());
                        self.pattern_term.push(t);
                        // ASCII folding cannot map "Ö" to "ö": keep the
                        // spelling as written too when they differ beyond ASCII.
                        if written.to_ascii_lowercase() != lower {
                            patterns.push(written.to_owned());
                            self.pattern_term.push(t);
                        }
                        t
                    }
                };
                // Postings are appended target by target, so a duplicate
                // (same target and role) can only sit at the tail.
                let mine = match role {
                    Role::All => &mut own.all,
                    Role::Any => &mut own.any,
                    Role::None => &mut own.none,
                };
                if !mine.contains(&term) {
                    mine.push(term);
                }
                if let Some(list) = self.postings.get_mut(term) {
                    let dup = list
                        .iter()
                        .rev()
                        .take_while(|(t, _)| *t == target)
                        .any(|&(_, r)| r == role);
                    if !dup {
                        list.push((target, role));
                    }
                }
            }
        }
        match target {
            Target::Fact(_) => self.fact_terms.push(own),
            Target::Event(_) => self.event_terms.push(own),
        }
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
                term,
                span: Span::new(start, end),
            });
        }
    }

    /// The facts and events that use `term`, with the list it is in.
    /// Empty for an unknown term number.
    pub fn postings(&self, term: usize) -> &[(Target, Role)] {
        self.postings.get(term).map_or(&[], Vec::as_slice)
    }

    /// The targets filed under `term` as an anchor: the only ones a hit on
    /// it can make candidates.
    pub fn anchors(&self, term: usize) -> &[Target] {
        self.anchors.get(term).map_or(&[], Vec::as_slice)
    }

    /// The term numbers of a target's `match`.
    pub fn terms_of(&self, target: Target) -> Option<&TargetTerms> {
        match target {
            Target::Fact(i) => self.fact_terms.get(i),
            Target::Event(i) => self.event_terms.get(i),
        }
    }

    /// The term (trimmed, lowercased); empty for an unknown term number.
    pub fn term(&self, term: usize) -> &str {
        self.terms.get(term).map_or("", String::as_str)
    }

    /// Number of distinct terms.
    pub fn len(&self) -> usize {
        self.terms.len()
    }

    /// Whether no fact or event has any term.
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
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
        let n = BALLAST_FROM + 10;
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
