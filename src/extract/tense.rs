//! Tense and commitment of the clause a date stands in.
//!
//! The marker nearest to the date decides: one before the date counts at its
//! distance, one after it at twice its distance (a date usually follows the
//! verb it modifies: "issued on Monday", "to hold … by June 2022").
//!
//! A marker says more than past or future ([`Mark`]): "if" looks ahead
//! without promising anything, "was expected to" is a plan dated in the
//! past, "announced a march" plans an event whose date the announcing verb
//! does not date. A marker before a relative pronoun ("will be paid … to
//! holders who are on the register on 16 August") does not reach a date
//! after it, and a participle that completes an object ("keep the
//! government funded") or a reduced relative ("the amount set out in
//! April") is read for what it is. "before", "after" or "until" opening a
//! clause ("before they know …") cuts a marker before it off as a relative
//! pronoun does, and a marker after "when", "where", "that" or a relative
//! pronoun does not reach back to a date before them. "would be" stating a
//! figure and "unlikely to" look ahead without a promise. A clause that a
//! parenthesis cut goes on after it, and a deadline whose own words point
//! ahead ("through next fall") is a commitment.
//!
//! A date after a verb of a relative clause is that clause's ("the mayor
//! who came to office in 2027 has vowed to …"), the infinitive after an
//! adjective of feeling tells what the feeling is about, no plan ("were
//! pleased to complete the purchase during the quarter"), and a measure
//! "would be in place" until a date is promised as "will be" is. Words
//! between dashes, as between brackets, take the tense of the clause they
//! interrupt, and grounds given by a participle ("…, citing charges during
//! the third quarter") are the teller's, in the time of the telling.
//!
//! How the parts fit, from [`date_tense`] down: this file holds the
//! decision for one date (moves, deadlines, and the phrases that take
//! another clause's tense, read in `phrases`); `clause` gathers one
//! clause's markers and cuts once and picks the marker that reaches the
//! date; `markers` says what one word marks ([`Mark`]); `cuts` finds the
//! words that open a clause a marker does not reach over; `verbs` and
//! `vocab` are the word tests and lists they share, and `scan` splits a
//! clause into words.

use crate::document::Document;
use crate::extract::claim::{Span, Tense};

mod clause;
mod cuts;
mod markers;
mod phrases;
mod scan;
mod verbs;
mod vocab;
pub use clause::{clause_tense, ClauseMarkers};
use cuts::*;
use markers::*;
use phrases::*;
use scan::words;
use verbs::*;
use vocab::*;

/// Tense, commitment and negation of a date inside a clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClauseTense {
    pub tense: Tense,
    pub commitment: bool,
    pub negated: bool,
}

/// Whether the clause that `before` (the sentence up to a figure) ends in
/// is a condition: "if" or "unless" opens it ("can break the record if he
/// throws five touchdown passes on Sunday"). A figure there says what
/// would happen, not what did, so it is no claim to check. The clause runs
/// back to a comma, a semicolon, a colon, a dash or a bracket, over at
/// most [`CONDITION_REACH`] bytes, so a long unpunctuated run is read a
/// bounded way back from each figure.
pub fn in_condition(before: &str) -> bool {
    let tail = crate::extract::grammar::tail(before, CONDITION_REACH);
    let clause = tail
        .rsplit([',', ';', ':', '(', '—', '–'])
        .next()
        .unwrap_or(tail);
    clause
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .any(|w| w.eq_ignore_ascii_case("if") || w.eq_ignore_ascii_case("unless"))
}

/// How far back before a figure [`in_condition`] looks for its clause's
/// opening: a dozen words.
const CONDITION_REACH: usize = 96;

/// The tense of a date at `span` in `clause` of `doc`, with `cache`
/// keeping the clause's markers. A clause with no marker outside the date
/// that a comma ends is a phrase put before the clause it modifies ("Over the
/// next four months, the army will …", "On Monday, officials said …"): it
/// takes that clause's tense, read from its start.
///
/// A date an event is moved to ("pushing it from 2030 to 2035", "the vote
/// was postponed to Monday") is the date the event is now set for: a
/// commitment, told in the tense of the verb that moved it; a condition
/// ("if the vote is pushed to Monday") promises nothing. The old date of
/// a move ("brought forward from October to August") is read in the
/// article's year, the present's: the event was still set for it when it
/// was moved, so it is neither the past tense's year nor the future's.
pub fn date_tense<'a>(
    doc: &'a Document,
    cache: &mut Cache<'a>,
    clause: Span,
    span: Span,
) -> ClauseTense {
    let before = doc.prose.get(clause.start..span.start).unwrap_or("");
    let after = doc.prose.get(span.end..).unwrap_or("");
    let date = doc.prose.get(span.start..span.end).unwrap_or("");
    if moved_from(date, before, after) {
        return ClauseTense {
            tense: Tense::Present,
            commitment: false,
            negated: false,
        };
    }
    let mut t = clause_date_tense(doc, cache, clause, span);
    // "fixed a deadline of August 2018 to complete it": a limit set, a
    // commitment (as "by August 2018" after an intent is); "the deadline
    // was July 2017" tells what it was.
    let deadline_of = before
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("of"));
    if deadline_of && crate::extract::date::names_a_deadline(before) {
        t.commitment = true;
    }
    if t.tense != Tense::Future && crate::extract::date::put_off_to(before) {
        t.commitment = true;
        // Brought forward, the new date comes before the old one, so it
        // need not lie ahead: the article's year, as a plan neither tense
        // dates (a commitment only while it is still to come).
        if brought_forward(before) {
            t.tense = Tense::Present;
        }
    }
    t
}

/// Whether "forward" stands among the last dozen words of `before`, which
/// [`crate::extract::date::state_runs_on`] read as a move: "has been
/// brought forward from October to".
fn brought_forward(before: &str) -> bool {
    crate::extract::grammar::tail(before, 160)
        .rsplit(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(12)
        .any(|w| w.eq_ignore_ascii_case("forward"))
}

/// Whether a date is the old date of a move: the words before it put
/// something off or bring it forward
/// ([`crate::extract::date::state_runs_on`]) and the words after it open
/// the new date with "to" ("was brought forward from October to
/// August", "was postponed from March to May"). `date` is the date's
/// text, opening with "from"; `before` ends where it starts, `after`
/// starts where it ends.
fn moved_from(date: &str, before: &str, after: &str) -> bool {
    let next = after.trim_start();
    date.get(..5)
        .is_some_and(|w| w.eq_ignore_ascii_case("from "))
        && next.get(..3).is_some_and(|w| w.eq_ignore_ascii_case("to "))
        && before.trim_end().ends_with(|c: char| c.is_alphabetic())
        && crate::extract::date::state_runs_on(before)
}

/// [`date_tense`] before the words of moving are read.
fn clause_date_tense<'a>(
    doc: &'a Document,
    cache: &mut Cache<'a>,
    clause: Span,
    span: Span,
) -> ClauseTense {
    let text = doc.prose.get(clause.start..clause.end).unwrap_or("");
    let start = span.start.saturating_sub(clause.start);
    let end = span.end.saturating_sub(clause.start).min(text.len());
    let here = ClauseTense {
        tense: Tense::Present,
        commitment: false,
        negated: false,
    };
    if let Some(t) = cache.of(clause, text).marked(start, end) {
        return t;
    }
    // Read once per clause, however many dates it holds.
    let key = (clause.start, clause.end);
    let continued = match cache.continued {
        Some((k, t)) if k == key => t,
        _ => {
            let t = after_parenthesis(doc, clause);
            cache.continued = Some((key, t));
            t
        }
    };
    if let Some(t) = continued {
        return t;
    }
    let deadline = ahead_deadline(doc.prose.get(span.start..span.end).unwrap_or(""));
    let elided = match cache.elided {
        Some((k, t)) if k == key => t,
        _ => {
            let t = elided(doc, clause, text);
            cache.elided = Some((key, t));
            t
        }
    };
    // An infinitive after the date is the phrase's own purpose ("a first
    // £5m grant in 2021 to help small ports").
    if let (Some((t, infinitive)), false) = (elided, deadline) {
        if end <= infinitive {
            return t;
        }
    }
    let fronted = doc.prose.get(clause.end..).is_some_and(|r| {
        r.starts_with(',') || (span.end <= clause.end && list_lead(doc, clause, r))
    });
    if !fronted {
        return if deadline {
            ClauseTense {
                tense: Tense::Future,
                commitment: true,
                negated: false,
            }
        } else {
            here
        };
    }
    // "Since seizing power in 2014, the junta has …": a phrase of
    // "since" dates the past point a state runs from, whatever the clause
    // after it says.
    if words(text).first().is_some_and(|(_, w)| w == "since") {
        return ClauseTense {
            tense: Tense::Past,
            commitment: false,
            negated: false,
        };
    }
    if let Some((k, t)) = cache.fronted {
        if k == key {
            return t.unwrap_or(here);
        }
    }
    let k = doc
        .sentences
        .partition_point(|s| s.span.end <= clause.start);
    // The clause after the date: a comma inside it ("on April 7, 2022,
    // the board will …") cuts off a clause that holds only the rest of the
    // date; one that goes on after it ("May 31, 2025 rose 9 percent") is
    // read.
    let date_end = span.end.max(clause.end);
    let next = doc.sentences.get(k).and_then(|s| {
        let i = s
            .clauses
            .partition_point(|c| c.start <= clause.start || c.end <= date_end);
        s.clauses.get(i).copied()
    });
    let t = next.map(|first| fronted_tense(doc, s_clauses(doc, k), first));
    cache.fronted = Some((key, t));
    t.unwrap_or(here)
}

/// Whether `clause`, with `rest` the text after it, is the lead of an item
/// of a list: the first clause of its sentence, a few words at most, then
/// a dash or a colon ("11 May - Year 8 will return to class",
/// "Stage 2: the road will close"). Like a fronted phrase, it takes the
/// tense of the clause after it.
fn list_lead(doc: &Document, clause: Span, rest: &str) -> bool {
    let marked = rest
        .trim_start_matches([' ', '\t'])
        .starts_with(['-', '–', '—', ':']);
    let opens_sentence = {
        let k = doc
            .sentences
            .partition_point(|s| s.span.end <= clause.start);
        doc.sentences
            .get(k)
            .and_then(|s| s.clauses.first())
            .is_some_and(|c| c.start == clause.start)
    };
    marked
        && opens_sentence
        && doc
            .prose
            .get(clause.start..clause.end)
            .is_some_and(|t| t.split_whitespace().nth(4).is_none())
}

/// Whether a date with no marker in reach is a deadline that points ahead
/// by its own words ("keep the government funded through next fall",
/// "runs until next spring"): what lasts until a coming date is set to,
/// so it is a commitment (README: a deadline in the present tense lies
/// ahead).
fn ahead_deadline(date: &str) -> bool {
    let ws = words(date);
    let first = ws.first().map(|(_, w)| w.as_ref());
    matches!(first, Some("through" | "until" | "till" | "thru"))
        && ws
            .iter()
            .any(|(_, w)| matches!(w.as_ref(), "next" | "coming"))
}

/// What [`elided`] reads of a verbless phrase: the tense of the clause
/// before it, and the offset of the phrase's first infinitive.
type Elided = (ClauseTense, usize);

/// The markers of the last clause asked about: the claims of a sentence
/// come in order, so each clause is read once however many dates it holds.
#[derive(Default)]
pub struct Cache<'a> {
    last: Option<((usize, usize), ClauseMarkers<'a>)>,
    /// The clause last read as a fronted phrase, and the tense of the
    /// clause after it.
    fronted: Option<((usize, usize), Option<ClauseTense>)>,
    /// The clause last read as one a parenthesis cut, and the tense of
    /// the words before the parenthesis.
    continued: Option<((usize, usize), Option<ClauseTense>)>,
    /// The clause last read as one with no verb of its own, and the
    /// tense of the clause before it with the offset of its first
    /// infinitive ([`elided`]).
    elided: Option<((usize, usize), Option<Elided>)>,
}

impl<'a> Cache<'a> {
    /// The markers of `text`, the clause at `span` (any key that names
    /// the clause) — found again only when the clause changes.
    pub fn of(&mut self, span: Span, text: &'a str) -> &ClauseMarkers<'a> {
        let key = (span.start, span.end);
        if self.last.as_ref().is_some_and(|(k, _)| *k != key) {
            self.last = None;
        }
        &self
            .last
            .get_or_insert_with(|| (key, ClauseMarkers::new(text)))
            .1
    }
}

#[cfg(test)]
mod tests;
