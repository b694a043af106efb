//! # inconsistent-figure
//!
//! Two figures in one document about the same thing that cannot both be
//! true: "800 troops in Iraq" in one paragraph and "1,200 troops in Iraq" in
//! another.
//!
//! **Why it matters:** an article that contradicts itself is wrong at least
//! once, with or without reference data.
//!
//! **How it judges:** two claims are about the same thing when they match
//! the same fact, or — with no fact — when they count the same unit and
//! their clauses share most of their subject words (at least two, and at
//! least 60% of them). They are inconsistent when the sets of values their
//! qualifiers accept do not meet: "some 25,000 people" and "up to 30,000
//! people" agree; "800 troops" and "1,200 troops" do not. Claims that
//! already contradict a matched fact are left to `fact-mismatch`.
//!
//! **Bounds:** so that the rule stays linear on very long documents and on
//! lists without full stops, a claim's subject words are the words of its
//! clause within 24 words of it on either side, and each figure is compared
//! with at most the 256 nearest distinct earlier figures of its fact or
//! unit (a figure repeated word for word counts once).
//!
//! **Example:**
//!
//! ```text
//! Italy keeps 800 troops in Iraq. … Italy's 1,200 troops in Iraq will stay.
//! → 1,200 troops here, but 800 troops at line 1 (same subject)
//! ```

use hashbrown::{HashMap, HashSet};
use std::collections::VecDeque;
use std::rc::Rc;

use crate::check::base_finding;
use crate::check::finding::{Finding, Severity};
use crate::check::judge::{acceptable, Acceptable};
use crate::check::matching::{clause_at, Match};
use crate::document::Document;
use crate::extract::claim::{Claim, ClaimKind, Quantity, Span};
use crate::reference::index::Target;
use crate::reference::model::normalise_noun;

pub const ID: &str = "inconsistent-figure";

/// How many distinct earlier figures of the same unit a claim is compared with.
const MAX_EARLIER: usize = 256;
/// How many words of its clause on each side of a claim are its subject words.
const SUBJECT_WORDS: usize = 24;
pub const SEVERITY: Severity = Severity::Warning;

fn meet(a: &Acceptable, b: &Acceptable) -> bool {
    let lo_ok = if a.lo_inclusive && b.hi_inclusive {
        a.lo <= b.hi
    } else {
        a.lo < b.hi
    };
    let hi_ok = if b.lo_inclusive && a.hi_inclusive {
        b.lo <= a.hi
    } else {
        b.lo < a.hi
    };
    lo_ok && hi_ok
}

/// A count of distinct words, word sets or buckets of one document as a
/// `u32`: each costs far more than a byte of the document, so none
/// reaches `u32::MAX` (which stands for "no words") in memory.
fn small(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX - 1)
}

/// How many numbers two sorted, duplicate-free lists share.
fn shared_count(a: &[u32], b: &[u32]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while let (Some(x), Some(y)) = (a.get(i), b.get(j)) {
        match x.cmp(y) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// Content words of the claim's clause, outside the claim and at most
/// [`SUBJECT_WORDS`] words away from it on either side, as numbers
/// from `interned` (each distinct word gets the next number when first
/// seen), sorted and without duplicates. An ASCII word is lowercased into
/// one reused buffer and looked up there: no string per word.
fn subject_word_ids(
    doc: &Document,
    claim: &Claim,
    interned: &mut HashMap<String, usize>,
) -> Vec<usize> {
    let mut ids = Vec::new();
    let Some(sentence) = doc.sentences.get(claim.sentence) else {
        return ids;
    };
    let clause = clause_at(sentence, claim.span.start);
    let mut ascii = String::new();
    let before = doc
        .prose
        .get(clause.start..claim.span.start.max(clause.start))
        .unwrap_or("");
    let after = doc
        .prose
        .get(claim.span.end..clause.end.max(claim.span.end))
        .unwrap_or("");
    let not_word = |c: char| !c.is_alphanumeric();
    // Outwards from the claim, so that only the words near it are read.
    let words = near_words(before.rsplit(not_word)).chain(near_words(after.split(not_word)));
    {
        for w in words {
            let other;
            let lower: &str = if w.is_ascii() {
                // ASCII letters and digits only: lowercasing keeps the
                // length, and no "'s" can end it.
                if w.len() < 3 || w.bytes().all(|b| b.is_ascii_digit()) {
                    continue;
                }
                ascii.clear();
                ascii.extend(w.chars().map(|c| c.to_ascii_lowercase()));
                &ascii
            } else {
                let l = w.to_lowercase();
                other = l.strip_suffix("'s").unwrap_or(&l).to_owned();
                if other.chars().count() < 3 || other.chars().all(|c| c.is_ascii_digit()) {
                    continue;
                }
                &other
            };
            if super::is_not_noun_lowercase(lower) {
                continue;
            }
            let id = match interned.get(lower) {
                Some(&id) => id,
                None => {
                    let id = interned.len();
                    interned.insert(lower.to_owned(), id);
                    id
                }
            };
            ids.push(id);
        }
    }
    ids.sort_unstable();
    ids.dedup();
    ids
}

/// The first [`SUBJECT_WORDS`] words of `pieces` (a split at non-word
/// characters, so some pieces are empty).
fn near_words<'a>(pieces: impl Iterator<Item = &'a str>) -> impl Iterator<Item = &'a str> {
    pieces.filter(|w| !w.is_empty()).take(SUBJECT_WORDS)
}

/// Inconsistent pairs among a document's quantity claims.
pub fn check(
    doc: &Document,
    claims: &[Claim],
    matches: &[Match],
    mismatched: &HashSet<usize>,
) -> Vec<Finding> {
    let mut out = Vec::new();
    check_into(doc, claims, matches, mismatched, &mut |f| out.push(f));
    out
}

/// [`check`], handing each finding to `out` as it is made.
pub fn check_into(
    doc: &Document,
    claims: &[Claim],
    matches: &[Match],
    mismatched: &HashSet<usize>,
    out: &mut dyn FnMut(Finding),
) {
    Figures::default().check_into(doc, claims, matches, mismatched, out);
}

/// An earlier figure a later one may be compared with.
struct Entry {
    span: Span,
    sentence: usize,
    key: Option<Target>,
    /// The normalised unit as an interned number.
    unit: usize,
    /// Subject words as interned numbers, sorted (no duplicates); one
    /// shared copy per distinct set.
    words: Rc<[u32]>,
    set: Acceptable,
}

/// Only claims in one bucket — the same fact, or no fact and the same
/// unit — can be about the same thing.
type Bucket = (Option<Target>, Option<usize>);
/// A figure's bucket and subject words (as numbers: `u32::MAX` for no
/// words), the bounds of its accepted values, and whether each is
/// inclusive: a document has one per distinct figure, so it is packed.
type Distinct = (u64, [u64; 2], u8);

/// What the rule remembers of a document's figures so far: the rule reads
/// a document's claims in order, each compared only with earlier ones, so
/// a long document can be checked a window of sentences at a time, each
/// window's claims handed to [`Figures::check_into`] in turn (with the
/// same findings as one call over every claim). An entry keeps the
/// claim's span and sentence, not the claim.
#[derive(Default)]
pub struct Figures {
    // Each distinct subject word, unit and word set once for the whole
    // document; an entry keeps numbers and a shared set, and only the
    // entries that later claims are compared with are kept at all.
    interned: HashMap<String, usize>,
    units: HashMap<String, usize>,
    /// Numbered in the order first seen; a document's word count fits.
    word_sets: HashMap<Rc<[u32]>, u32>,
    buckets: HashMap<Bucket, u32>,
    // Within a bucket, a claim is compared with the first occurrence of
    // each distinct (subject words, accepted values) seen before it: a
    // later duplicate can never be the first contradiction found
    // (sentences only grow, so if the first occurrence shares the claim's
    // sentence, so do its duplicates). This keeps a long article of
    // repeated figures linear, not quadratic.
    firsts: Vec<VecDeque<Entry>>,
    seen: HashSet<Distinct>,
    /// The one empty word set every entry without words shares.
    no_words: Rc<[u32]>,
}

impl Figures {
    /// Inconsistent pairs among `claims` and the figures seen before them
    /// (`matches` and `mismatched` index `claims`), each finding handed to
    /// `out` as it is made.
    pub fn check_into(
        &mut self,
        doc: &Document,
        claims: &[Claim],
        matches: &[Match],
        mismatched: &HashSet<usize>,
        out: &mut dyn FnMut(Finding),
    ) {
        for (index, (claim, m)) in claims.iter().zip(matches).enumerate() {
            let ClaimKind::Quantity(q) = &claim.kind else {
                continue;
            };
            if mismatched.contains(&index) || matches!(m, Match::Ambiguous(_)) {
                continue;
            }
            let Some(unit) = q.unit.as_deref() else {
                continue;
            };
            self.figure(doc, claim, q, unit, m, out);
        }
    }

    fn figure(
        &mut self,
        doc: &Document,
        claim: &Claim,
        q: &Quantity,
        unit: &str,
        m: &Match,
        out: &mut dyn FnMut(Finding),
    ) {
        let key = match m {
            Match::One(t) => Some(*t),
            _ => None,
        };
        let unit = normalise_noun(unit);
        let next_unit = self.units.len();
        let unit = *self.units.entry(unit).or_insert(next_unit);
        let words = if key.is_none() {
            subject_word_ids(doc, claim, &mut self.interned)
        } else {
            Vec::new()
        };
        let words: Vec<u32> = words.into_iter().map(small).collect();
        let (words, words_id) = if words.is_empty() {
            (Rc::clone(&self.no_words), u32::MAX)
        } else if let Some((set, &id)) = self.word_sets.get_key_value(words.as_slice()) {
            (Rc::clone(set), id)
        } else {
            let set: Rc<[u32]> = Rc::from(words);
            let id = small(self.word_sets.len());
            self.word_sets.insert(Rc::clone(&set), id);
            (set, id)
        };
        let b = Entry {
            span: claim.span,
            sentence: claim.sentence,
            key,
            unit,
            words,
            set: acceptable(q, None),
        };
        let bucket: Bucket = match b.key {
            Some(t) => (Some(t), None),
            None => (None, Some(b.unit)),
        };
        let next_bucket = small(self.buckets.len());
        let bucket = *self.buckets.entry(bucket).or_insert(next_bucket);
        if self.firsts.len() <= bucket as usize {
            self.firsts.resize_with(bucket as usize + 1, VecDeque::new);
        }
        let Some(earlier) = self.firsts.get_mut(bucket as usize) else {
            return;
        };
        // The nearest distinct earlier figures only, so a huge document
        // stays linear: an article restates a figure close to the first
        // mention far more often than hundreds of figures later.
        for a in earlier.iter().rev().take(MAX_EARLIER) {
            let same = match (a.key, b.key) {
                (Some(x), Some(y)) => x == y,
                (None, None) => {
                    let shared = shared_count(&a.words, &b.words);
                    let union = a.words.len() + b.words.len() - shared;
                    a.unit == b.unit
                        && shared >= 2
                        && union > 0
                        && shared as f64 / union as f64 >= 0.6
                }
                _ => false,
            };
            // Figures in one sentence are parts of one statement ("from 2
            // to 5", "45% yes, 40% no"), not two accounts of one thing.
            if !same || a.sentence == b.sentence || meet(&a.set, &b.set) {
                continue;
            }
            let (line, _) = doc.position(a.span.start);
            let message = format!(
                "\"{}\" here, but \"{}\" at line {line}: both cannot be true",
                doc.slice(b.span),
                doc.slice(a.span)
            );
            let meaning = crate::check::describe_quantity(q, q.unit.as_deref().unwrap_or(""));
            out(base_finding(doc, claim, ID, SEVERITY, message, meaning));
            break;
        }
        let distinct = (
            u64::from(bucket) << 32 | u64::from(words_id),
            [b.set.lo.to_bits(), b.set.hi.to_bits()],
            u8::from(b.set.lo_inclusive) | u8::from(b.set.hi_inclusive) << 1,
        );
        if self.seen.insert(distinct) {
            // Only the last MAX_EARLIER are ever compared with again.
            if earlier.len() == MAX_EARLIER {
                earlier.pop_front();
            }
            earlier.push_back(b);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Format;

    fn run(text: &str) -> Vec<String> {
        let doc = Document::from_text("a.txt", text.to_owned(), Format::Text, None, vec![]);
        let claims = crate::extract::extract(&doc);
        let matches = vec![Match::None; claims.len()];
        check(&doc, &claims, &matches, &HashSet::new())
            .into_iter()
            .map(|f| f.message)
            .collect()
    }

    /// The subject words as first written: a `String` per word, a set.
    fn subject_words(doc: &Document, claim: &Claim) -> HashSet<String> {
        let Some(sentence) = doc.sentences.get(claim.sentence) else {
            return HashSet::new();
        };
        let clause = sentence.clause_at(claim.span.start);
        let mut words = HashSet::new();
        for (start, end) in [
            (clause.start, claim.span.start),
            (claim.span.end, clause.end),
        ] {
            let text = doc.prose.get(start..end.max(start)).unwrap_or("");
            let all: Vec<&str> = text
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .collect();
            // The SUBJECT_WORDS words nearest the claim.
            let near = if start < claim.span.start {
                all.get(all.len().saturating_sub(SUBJECT_WORDS)..)
            } else {
                all.get(..all.len().min(SUBJECT_WORDS))
            };
            for w in near.unwrap_or(&[]) {
                let lower = w.to_lowercase();
                let lower = lower.strip_suffix("'s").unwrap_or(&lower).to_owned();
                if lower.chars().count() >= 3
                    && !crate::extract::lexicon::is_not_noun_lowercase(&lower)
                    && !lower.chars().all(|c| c.is_ascii_digit())
                {
                    words.insert(lower);
                }
            }
        }
        words
    }

    #[test]
    fn subject_word_ids_name_the_subject_words() {
        let mut texts: Vec<String> = [
            "Italy keeps 800 troops in Iraq, the ministry's report said on Monday.",
            "ÉTATS-UNIS: 1,200 Soldaten in Straße ΟΔΟΣ; İstanbul's 300 ships and 2020 plans.",
            "The THE the 4000 troops at Kelvin\u{212a}ilo and 45 ab of Ωmega's men.",
        ]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
        let mut rng = crate::synth::Rng::new(5);
        texts.push(crate::synth::article(&mut rng, 20_000));
        for text in texts {
            let doc = Document::from_text("a.txt", text, Format::Text, None, vec![]);
            let claims = crate::extract::extract(&doc);
            let mut interned = HashMap::new();
            for claim in &claims {
                let ids = subject_word_ids(&doc, claim, &mut interned);
                let mut names: Vec<&str> = Vec::new();
                for id in &ids {
                    let word = interned.iter().find(|(_, v)| *v == id).map(|(w, _)| w);
                    names.push(word.unwrap().as_str());
                }
                let mut expected: Vec<String> = subject_words(&doc, claim).into_iter().collect();
                expected.sort();
                names.sort_unstable();
                assert_eq!(names, expected);
                assert!(ids.windows(2).all(|w| w[0] < w[1]));
            }
        }
    }

    #[test]
    fn subject_words_of_a_long_clause_are_the_words_near_the_figure() {
        // One clause of 3,000 lines: each figure's subject words are read
        // from the words around it, not from the whole clause.
        let mut text = String::new();
        for i in 0..3000 {
            text.push_str(&format!("Italy has 800 troops in Iraq zone{i}\n"));
        }
        let doc = Document::from_text("a.txt", text, Format::Text, None, vec![]);
        let claims = crate::extract::extract(&doc);
        assert_eq!(claims.len(), 3000);
        let mut interned = HashMap::new();
        let claim = &claims[1500];
        let ids = subject_word_ids(&doc, claim, &mut interned);
        let mut names: Vec<&str> = interned
            .iter()
            .filter(|(_, id)| ids.contains(id))
            .map(|(w, _)| w.as_str())
            .collect();
        names.sort_unstable();
        assert!(ids.len() <= 2 * SUBJECT_WORDS);
        assert!(names.contains(&"zone1500") && names.contains(&"zone1499"));
        assert!(!names.contains(&"zone0") && !names.contains(&"zone2999"));
    }

    #[test]
    fn a_contradiction_in_a_long_list_of_sentences_is_found() {
        // Thousands of figures about one subject, then one that differs:
        // still found, and named against the first.
        let mut text = "Italy keeps 800 troops in Iraq.\n".repeat(5000);
        text.push_str("Later, officials said Italy keeps 1,200 troops in Iraq.\n");
        assert_eq!(
            run(&text),
            vec!["\"1,200 troops\" here, but \"800 troops\" at line 1: both cannot be true"]
        );
    }

    #[test]
    fn contradicting_figures_about_one_subject() {
        let found = run("Italy keeps 800 troops in Iraq. Later, officials said Italy keeps 1,200 troops in Iraq.");
        assert_eq!(
            found,
            vec!["\"1,200 troops\" here, but \"800 troops\" at line 1: both cannot be true"]
        );
    }

    #[test]
    fn repeated_figures_report_the_first_contradiction_once() {
        // Hundreds of equal figures: each later claim is compared with the
        // first of them only, and the contradiction still names line 1.
        let mut text = "Italy keeps 800 troops in Iraq.\n".repeat(300);
        text.push_str("Later, officials said Italy keeps 1,200 troops in Iraq.\n");
        text.push_str("Later, officials said Italy keeps 1,200 troops in Iraq.\n");
        assert_eq!(
            run(&text),
            vec![
                "\"1,200 troops\" here, but \"800 troops\" at line 1: both cannot be true",
                "\"1,200 troops\" here, but \"800 troops\" at line 1: both cannot be true",
            ]
        );
    }

    #[test]
    fn compatible_or_unrelated_figures_are_fine() {
        assert!(run("Some 25,000 people attended the festival in Rome. Up to 30,000 people attended the festival in Rome.").is_empty());
        assert!(run("Some 25,000 people came. Up to 30,000 visitors came.").is_empty());
        assert!(run("Ten people were injured in Rome on Monday. Three people were killed in Rome on Monday.").is_empty());
        assert!(run("Italy keeps 800 troops in Iraq. Spain keeps 300 troops in Mali.").is_empty());
    }
}
