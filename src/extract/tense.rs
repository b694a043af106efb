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
//! April") is read for what it is.

use std::borrow::Cow;

use crate::document::Document;
use crate::extract::claim::{Span, Tense};
use crate::extract::grammar::lower;

/// Whether a future or intent marker, which makes a governed date a
/// commitment, starts at word `idx`: a word alone, or it and the next one
/// or two.
fn future_at(ws: &[(usize, Cow<'_, str>)], idx: usize) -> bool {
    let word = |k: usize| ws.get(idx + k).map(|(_, w)| w.as_ref());
    match word(0) {
        Some(
            "will" | "shall" | "'ll" | "’ll" | "scheduled" | "planned" | "intend" | "intends"
            | "intended" | "intent" | "intention" | "pledged" | "pledge" | "pledges" | "vowed"
            | "vow" | "vows" | "promised" | "promise" | "promises" | "would" | "upcoming"
            | "forthcoming",
        ) => true,
        // "next" only marks the future as a word of its own before a noun
        // ("the next ministerial meeting"); before a unit of time it is
        // another date's own word ("through next fall").
        Some("next") => !word(1).is_some_and(|w| is_time_word(w) || is_count_word(w)),
        // "is due to", "are set to", "is expected", "is to be sentenced",
        // "are due back"
        Some("is" | "are") => be_plan(ws, idx),
        // "due to be", "set to be", "due back"
        Some("due") => word(1) == Some("to") && word(2) == Some("be") || word(1) == Some("back"),
        Some("set") => word(1) == Some("to") && word(2) == Some("be"),
        Some(
            "going" | "expected" | "expects" | "expect" | "expecting" | "likely" | "plans" | "plan"
            | "planning" | "committed" | "commit" | "commits",
        ) => word(1) == Some("to"),
        // "poised to raise spending at the June summit"
        Some("poised") => word(1) == Some("to"),
        // "aims to", "aims for fewer than 5,000 troops by November"
        Some("aims" | "aim" | "aiming") => matches!(word(1), Some("to" | "for")),
        // "on track for a solid 2018", "on course to"
        Some("on") => matches!(word(1), Some("track" | "course")),
        // "its target for 2018", "targeting growth in 2019", "is
        // projecting a surplus for 2024", "forecasts a deficit in 2025"
        Some("target" | "targets") => matches!(word(1), Some("for" | "of")),
        Some("targeting" | "projecting" | "projects" | "forecasting" | "forecasts") => true,
        // "the rules take effect Jan. 1": the present with a future meaning.
        Some("take" | "takes" | "taking") => word(1) == Some("effect"),
        Some("to") => matches!(
            word(1),
            Some(
                "hold"
                    | "meet"
                    | "complete"
                    | "finish"
                    | "open"
                    | "launch"
                    | "deliver"
                    | "start"
                    | "begin"
                    | "host"
                    | "convene"
                    | "release"
                    | "publish"
                    | "sign"
                    | "withdraw"
                    | "deploy"
                    | "build"
                    | "close"
                    | "return"
                    | "reach"
                    | "end"
                    | "follow"
                    | "expire"
            )
        ),
        _ => false,
    }
}

/// Units and names of time that "next" shifts when it is part of a date.
pub(crate) fn is_time_word(w: &str) -> bool {
    matches!(
        w,
        "day"
            | "week"
            | "weekend"
            | "month"
            | "quarter"
            | "half"
            | "year"
            | "decade"
            | "season"
            | "spring"
            | "summer"
            | "fall"
            | "autumn"
            | "winter"
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "fiscal"
            | "financial"
    )
}

/// Counts that "next" takes in a date ("the next four years").
pub(crate) fn is_count_word(w: &str) -> bool {
    matches!(
        w,
        "two"
            | "three"
            | "four"
            | "five"
            | "six"
            | "seven"
            | "eight"
            | "nine"
            | "ten"
            | "eleven"
            | "twelve"
            | "few"
            | "several"
            | "couple"
    )
}

/// Whether the words after a form of "be" at `idx` make a plan of it:
/// "is due to", "are set to", "is expected", "is to be sentenced", "are
/// due back".
fn be_plan(ws: &[(usize, Cow<'_, str>)], idx: usize) -> bool {
    let word = |k: usize| ws.get(idx + k).map(|(_, w)| w.as_ref());
    matches!(
        (word(1), word(2)),
        (Some("due" | "set"), Some("to"))
            | (Some("expected"), _)
            | (Some("to"), _)
            | (Some("due"), Some("back" | "in" | "on" | "at"))
    )
}

/// Irregular past forms common in news; regular ones end in "-ed".
fn is_past_marker(w: &str) -> bool {
    matches!(
        w,
        "said"
            | "was"
            | "were"
            | "had"
            | "did"
            | "met"
            | "held"
            | "took"
            | "made"
            | "came"
            | "went"
            | "gave"
            | "told"
            | "began"
            | "left"
            | "won"
            | "lost"
            | "rose"
            | "fell"
            | "saw"
            | "sent"
            | "found"
            | "became"
            | "spent"
            | "paid"
            | "built"
            | "brought"
            | "kept"
            | "got"
            | "wrote"
            | "spoke"
            | "chose"
            | "drew"
            | "ran"
            | "struck"
            | "sought"
            | "thought"
            | "bought"
            | "caught"
            | "taught"
            | "led"
            | "ago"
            | "last"
            | "earlier"
            | "previously"
            | "yesterday"
    )
}

/// Words ending in "-ed" that are not past verbs.
fn is_not_past(w: &str) -> bool {
    matches!(
        w,
        "need"
            | "needs"
            | "united"
            | "hundred"
            | "speed"
            | "indeed"
            | "proceed"
            | "exceed"
            | "seed"
            | "feed"
            | "red"
            | "bed"
            | "shed"
            | "wed"
            | "bred"
            | "creed"
            | "greed"
            | "weed"
            | "deed"
            | "steed"
            | "sacred"
            | "naked"
            | "wicked"
            | "kindred"
            | "scheduled"
            | "planned"
            | "intended"
            | "committed"
            | "expected"
            | "armed"
            | "based"
            | "related"
            | "limited"
            | "detailed"
            | "advanced"
            | "concerned"
            | "supposed"
    )
}

/// Negations that turn a commitment around ("will not meet").
fn is_negation(w: &str) -> bool {
    matches!(w, "not" | "n't" | "never" | "no") || w.ends_with("n't") || w.ends_with("n’t")
}

/// Tense, commitment and negation of a date inside a clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClauseTense {
    pub tense: Tense,
    pub commitment: bool,
    pub negated: bool,
}

/// What a byte says about the character it starts.
#[derive(Clone, Copy)]
enum ByteClass {
    /// An ASCII character outside words.
    Gap,
    /// A lowercase ASCII letter, a digit or an apostrophe.
    Plain,
    /// An uppercase ASCII letter.
    Upper,
    /// A byte of a multi-byte character: decode it.
    Wide,
}

fn byte_class(b: u8) -> ByteClass {
    match b {
        b'a'..=b'z' | b'0'..=b'9' | b'\'' => ByteClass::Plain,
        b'A'..=b'Z' => ByteClass::Upper,
        0x80..=0xFF => ByteClass::Wide,
        _ => ByteClass::Gap,
    }
}

/// Words of `text` — runs of letters, digits and apostrophes — with their
/// byte offsets, lowercased. ASCII bytes are classed without decoding, and
/// a word of lowercase ASCII (most of them) is borrowed as it is found.
fn words(text: &str) -> Vec<(usize, Cow<'_, str>)> {
    let bytes = text.as_bytes();
    // Whether the character at `i` is in a word, whether it is lowercase
    // ASCII, and its length; `None` at the end.
    let class_at = |i: usize| {
        let b = *bytes.get(i)?;
        Some(match byte_class(b) {
            ByteClass::Gap => (false, true, 1),
            ByteClass::Plain => (true, true, 1),
            ByteClass::Upper => (true, false, 1),
            ByteClass::Wide => {
                let c = text.get(i..).and_then(|s| s.chars().next()).unwrap_or(' ');
                (c.is_alphanumeric() || c == '’', false, c.len_utf8())
            }
        })
    };
    let mut out = Vec::new();
    let mut i = 0;
    loop {
        let start = loop {
            match class_at(i) {
                None => return out,
                Some((true, _, _)) => break i,
                Some((false, _, len)) => i += len,
            }
        };
        let mut plain = true;
        while let Some((true, p, len)) = class_at(i) {
            plain &= p;
            i += len;
        }
        let w = text.get(start..i).unwrap_or("");
        out.push((start, if plain { Cow::Borrowed(w) } else { lower(w) }));
    }
}

fn is_past_word(w: &str) -> bool {
    is_past_marker(w) || (w.len() > 4 && w.ends_with("ed") && !is_not_past(w) && w.is_ascii())
}

/// What a marker word says about a date it governs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mark {
    /// "said", "was", "issued": the past.
    Past,
    /// "will", "plans to", "scheduled": the future, and a commitment.
    Future,
    /// "if": the future, with no one committed to anything ("Rodgers can
    /// tie the record if he throws five on Sunday").
    Possible,
    /// "was expected to", "were due to": a plan, dated in the past (README:
    /// "a past-tense 'was expected to' is still a commitment, dated by its
    /// tense").
    PastPlan,
    /// "announced a march …", "called a strike …": the verb's own date is
    /// past, but a date after its object dates the planned event; neither
    /// tense decides it.
    Plan,
}

impl Mark {
    fn tense(self) -> Tense {
        match self {
            Mark::Past | Mark::PastPlan => Tense::Past,
            Mark::Future | Mark::Possible => Tense::Future,
            Mark::Plan => Tense::Present,
        }
    }

    fn commitment(self) -> bool {
        matches!(self, Mark::Future | Mark::PastPlan | Mark::Plan)
    }
}

/// Words that look ahead without promising: a condition, whose present
/// tense speaks of the future ("if he throws five on Sunday").
fn is_possible(w: &str) -> bool {
    matches!(w, "if" | "unless")
}

/// Verbs whose object may be a participle completing it: "keep the
/// government funded", "get the bill passed", "leave the plant closed".
fn takes_complement(w: &str) -> bool {
    matches!(
        w,
        "keep"
            | "keeps"
            | "keeping"
            | "get"
            | "gets"
            | "getting"
            | "leave"
            | "leaves"
            | "leaving"
            | "make"
            | "makes"
            | "making"
            | "want"
            | "wants"
            | "see"
            | "sees"
    )
}

/// Words that make a past "set" a present or a bare infinitive: "will set
/// out", "to set up".
fn is_modal_or_to(w: &str) -> bool {
    matches!(
        w,
        "to" | "will"
            | "would"
            | "shall"
            | "should"
            | "can"
            | "could"
            | "may"
            | "might"
            | "must"
            | "'ll"
            | "’ll"
    )
}

/// Verbs that announce something planned: "announced a march", "called a
/// strike".
fn is_announcing(w: &str) -> bool {
    matches!(
        w,
        "announced" | "called" | "proposed" | "unveiled" | "declared" | "fixed"
    )
}

/// Nouns of events that are planned ahead of their day.
fn is_planned_event(w: &str) -> bool {
    matches!(
        w,
        "march"
            | "rally"
            | "protest"
            | "protests"
            | "strike"
            | "strikes"
            | "sit-in"
            | "meeting"
            | "summit"
            | "election"
            | "elections"
            | "vote"
            | "poll"
            | "referendum"
            | "visit"
            | "tour"
            | "hearing"
            | "conference"
            | "ceremony"
            | "launch"
            | "auction"
    )
}

/// Relative pronouns: a marker before one does not reach a date in the
/// relative clause it opens.
fn is_relative_pronoun(w: &str) -> bool {
    matches!(w, "who" | "which" | "whose" | "whom")
}

/// Whether the "-ed" word `idx` completes the object of a verb like
/// "keep" two to four words before it ("keep the government funded").
fn completes_object(ws: &[(usize, Cow<'_, str>)], idx: usize) -> bool {
    (2..=4).any(|k| {
        idx.checked_sub(k)
            .and_then(|j| ws.get(j))
            .is_some_and(|(_, w)| takes_complement(w))
    })
}

/// Whether word `idx` is a past "set" of a phrasal verb ("the amount set
/// out in April", "a fund set up in 2019"), not "will set out".
fn past_set(ws: &[(usize, Cow<'_, str>)], idx: usize) -> bool {
    let word = |k: usize| ws.get(k).map(|(_, w)| w.as_ref());
    word(idx) == Some("set")
        && matches!(
            word(idx + 1),
            Some("out" | "aside" | "up" | "down" | "forth" | "back")
        )
        && !(1..=2).any(|k| {
            idx.checked_sub(k)
                .and_then(word)
                .is_some_and(is_modal_or_to)
        })
}

/// Whether the announcing verb `idx` has a planned event for its object
/// ("announced an anti-government march"): a determiner right after it
/// and the event noun within four words.
fn announces_event(ws: &[(usize, Cow<'_, str>)], idx: usize) -> bool {
    let word = |k: usize| ws.get(k).map(|(_, w)| w.as_ref());
    word(idx).is_some_and(is_announcing)
        && matches!(
            word(idx + 1),
            Some("a" | "an" | "the" | "its" | "their" | "his" | "her" | "new" | "fresh")
        )
        && (2..=5).any(|k| word(idx + k).is_some_and(is_planned_event))
}

/// The mark word `idx` makes, if any.
pub(crate) fn marker_at(ws: &[(usize, Cow<'_, str>)], idx: usize) -> Option<Mark> {
    let w = ws.get(idx)?.1.as_ref();
    let before = |k: usize| {
        idx.checked_sub(k)
            .and_then(|j| ws.get(j))
            .map(|(_, p)| p.as_ref())
    };
    if future_at(ws, idx) {
        // "to sign" after "expected": the phrase's head marks it.
        if w == "to" && idx.checked_sub(1).is_some_and(|j| future_at(ws, j)) {
            return None;
        }
        // "was expected to", "were due to": a plan the past tense dates.
        return Some(if matches!(before(1), Some("was" | "were")) {
            Mark::PastPlan
        } else {
            Mark::Future
        });
    }
    if matches!(w, "was" | "were") && be_plan(ws, idx) {
        return Some(Mark::PastPlan);
    }
    if is_possible(w) {
        return Some(Mark::Possible);
    }
    if announces_event(ws, idx) {
        return Some(Mark::Plan);
    }
    if past_set(ws, idx) {
        return Some(Mark::Past);
    }
    // A participle after "be" takes the auxiliary's tense ("is expected").
    let after_be = || matches!(before(1), Some("be" | "been" | "being" | "is" | "are"));
    // "will be paid", "is held": a participle, irregular or not; "keep
    // the government funded": one completing an object.
    let past = is_past_word(w) && !after_be() && !completes_object(ws, idx)
        || (w == "has" || w == "have") && ws.get(idx + 1).is_some_and(|(_, n)| n == "been");
    past.then_some(Mark::Past)
}

/// Judge the clause `clause`, in which the date occupies `date_start..date_end`
/// (offsets into `clause`).
///
/// The marker nearest the date wins, one after it counting double; on a tie
/// the earlier one. To judge several dates of one clause, build a
/// [`ClauseMarkers`] once and ask it for each.
pub fn clause_tense(clause: &str, date_start: usize, date_end: usize) -> ClauseTense {
    ClauseMarkers::new(clause).tense(date_start, date_end)
}

/// The words of one clause and its tense markers, found once, so that
/// judging a date costs a binary search instead of a walk over the clause:
/// a clause with many dates and few markers (a list, a data dump) would
/// otherwise be walked once per date.
pub struct ClauseMarkers<'a> {
    ws: Vec<(usize, Cow<'a, str>)>,
    /// The words that are markers: word index and what it marks, in
    /// order. A marker depends only on its word and the few next and
    /// previous ones, which are the clause's whatever the date.
    markers: Vec<(usize, Mark)>,
    /// The word indices of relative pronouns, in order.
    relatives: Vec<usize>,
}

impl<'a> ClauseMarkers<'a> {
    /// Find the words and markers of `clause`.
    pub fn new(clause: &'a str) -> Self {
        let ws = words(clause);
        let markers = (0..ws.len())
            .filter_map(|idx| marker_at(&ws, idx).map(|t| (idx, t)))
            .collect();
        let relatives = (0..ws.len())
            .filter(|&idx| ws.get(idx).is_some_and(|(_, w)| is_relative_pronoun(w)))
            .collect();
        ClauseMarkers {
            ws,
            markers,
            relatives,
        }
    }

    /// Judge a date at `date_start..date_end` (offsets into the clause):
    /// the marker nearest before it at its distance against the first
    /// after it at twice its distance, the earlier on a tie. A marker
    /// before a relative pronoun that stands before the date does not
    /// count.
    pub fn tense(&self, date_start: usize, date_end: usize) -> ClauseTense {
        self.marked(date_start, date_end).unwrap_or(ClauseTense {
            tense: Tense::Present,
            commitment: false,
            negated: false,
        })
    }

    /// [`ClauseMarkers::tense`], or `None` when no marker outside the
    /// date reaches it.
    pub fn marked(&self, date_start: usize, date_end: usize) -> Option<ClauseTense> {
        let ws = &self.ws;
        // Words at date_start..date_end are the date's own.
        let before = ws.partition_point(|(at, _)| *at < date_start);
        let after = ws.partition_point(|(at, _)| *at < date_start.max(date_end));
        let mut best: Option<(usize, Mark, usize)> = None; // (weighted distance, mark, word index)
        let first_not_before = self.markers.partition_point(|(idx, _)| *idx < before);
        if let Some(&(idx, mark)) = first_not_before
            .checked_sub(1)
            .and_then(|k| self.markers.get(k))
        {
            // A relative pronoun between the marker and the date.
            let k = self.relatives.partition_point(|r| *r <= idx);
            let cut = self.relatives.get(k).is_some_and(|r| *r < before);
            if let (Some((at, _)), false) = (ws.get(idx), cut) {
                best = Some((date_start - at, mark, idx));
            }
        }
        let first_after = self.markers.partition_point(|(idx, _)| *idx < after);
        if let Some(&(idx, mark)) = self.markers.get(first_after) {
            if let Some((at, _)) = ws.get(idx) {
                let distance = 2 * (at - date_end);
                if best.is_none_or(|(d, _, _)| distance < d) {
                    best = Some((distance, mark, idx));
                }
            }
        }
        let (_, mark, idx) = best?;
        let commitment = mark.commitment();
        let negated = commitment
            && ws
                .iter()
                .skip(idx.saturating_sub(1))
                .take(4)
                .any(|(_, w)| is_negation(w));
        Some(ClauseTense {
            tense: mark.tense(),
            commitment,
            negated,
        })
    }
}

/// The tense of a date at `span` in `clause` of `doc`, with `cache`
/// keeping the clause's markers. A clause with no marker outside the date
/// that a comma ends is a phrase put before the clause it modifies ("Over the
/// next four months, the army will …", "On Monday, officials said …"): it
/// takes that clause's tense, read from its start.
pub fn date_tense<'a>(
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
    let fronted = doc
        .prose
        .get(clause.end..)
        .is_some_and(|r| r.starts_with(','));
    if !fronted {
        return here;
    }
    // Read once per clause, however many dates it holds.
    let key = (clause.start, clause.end);
    if let Some((k, t)) = cache.fronted {
        if k == key {
            return t.unwrap_or(here);
        }
    }
    let k = doc
        .sentences
        .partition_point(|s| s.span.end <= clause.start);
    let next = doc.sentences.get(k).and_then(|s| {
        let i = s.clauses.partition_point(|c| c.start <= clause.start);
        s.clauses.get(i).copied()
    });
    let t = next
        .and_then(|c| doc.prose.get(c.start..c.end))
        .map(|t| ClauseMarkers::new(t).tense(0, 0));
    cache.fronted = Some((key, t));
    t.unwrap_or(here)
}

/// The markers of the last clause asked about: the claims of a sentence
/// come in order, so each clause is read once however many dates it holds.
#[derive(Default)]
pub struct Cache<'a> {
    last: Option<((usize, usize), ClauseMarkers<'a>)>,
    /// The clause last read as a fronted phrase, and the tense of the
    /// clause after it.
    fronted: Option<((usize, usize), Option<ClauseTense>)>,
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
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The scan of every word the windowed search replaced, kept as the
    /// reference it must agree with.
    mod oracle {
        #![allow(clippy::all)]
        use std::borrow::Cow;
        use std::collections::HashMap;
        use std::sync::OnceLock;

        use super::super::{ClauseTense, Mark};
        use crate::extract::claim::Tense;

        /// Future and intent markers; each makes a governed date a commitment.
        pub(super) const FUTURE_MARKERS: &[&str] = &[
            "will",
            "shall",
            "'ll",
            "’ll",
            "going to",
            "is due to",
            "are due to",
            "due to be",
            "is set to",
            "are set to",
            "set to be",
            "expected to",
            "expects to",
            "expect to",
            "expecting to",
            "likely to",
            "is expected",
            "are expected",
            "scheduled",
            "plans to",
            "plan to",
            "planned",
            "planning to",
            "intend",
            "intends",
            "intended",
            "intent",
            "intention",
            "pledged",
            "pledge",
            "pledges",
            "vowed",
            "vow",
            "vows",
            "promised",
            "promise",
            "promises",
            "committed to",
            "commit to",
            "commits to",
            "aims to",
            "aim to",
            "aiming to",
            "poised to",
            "aims for",
            "aim for",
            "aiming for",
            "is to",
            "are to",
            "is due back",
            "is due in",
            "is due on",
            "is due at",
            "are due back",
            "are due in",
            "are due on",
            "are due at",
            "due back",
            "on track",
            "on course",
            "target for",
            "target of",
            "targets for",
            "targets of",
            "targeting",
            "projecting",
            "projects",
            "forecasting",
            "forecasts",
            "take effect",
            "takes effect",
            "taking effect",
            "to follow",
            "to expire",
            "would",
            "to hold",
            "to meet",
            "to complete",
            "to finish",
            "to open",
            "to launch",
            "to deliver",
            "to start",
            "to begin",
            "to host",
            "to convene",
            "to release",
            "to publish",
            "to sign",
            "to withdraw",
            "to deploy",
            "to build",
            "to close",
            "to return",
            "to reach",
            "to end",
            "upcoming",
            "forthcoming",
            "next",
        ];

        /// Irregular past forms common in news; regular ones end in "-ed".
        pub(super) const PAST_MARKERS: &[&str] = &[
            "said",
            "was",
            "were",
            "had",
            "did",
            "met",
            "held",
            "took",
            "made",
            "came",
            "went",
            "gave",
            "told",
            "began",
            "left",
            "won",
            "lost",
            "rose",
            "fell",
            "saw",
            "sent",
            "found",
            "became",
            "spent",
            "paid",
            "built",
            "brought",
            "kept",
            "got",
            "wrote",
            "spoke",
            "chose",
            "drew",
            "ran",
            "struck",
            "sought",
            "thought",
            "bought",
            "caught",
            "taught",
            "led",
            "ago",
            "last",
            "earlier",
            "previously",
            "yesterday",
        ];

        /// Words ending in "-ed" that are not past verbs.
        pub(super) const NOT_PAST: &[&str] = &[
            "need",
            "needs",
            "united",
            "hundred",
            "speed",
            "indeed",
            "proceed",
            "exceed",
            "seed",
            "feed",
            "red",
            "bed",
            "shed",
            "wed",
            "bred",
            "creed",
            "greed",
            "weed",
            "deed",
            "steed",
            "sacred",
            "naked",
            "wicked",
            "kindred",
            "scheduled",
            "planned",
            "intended",
            "committed",
            "expected",
            "armed",
            "based",
            "related",
            "limited",
            "detailed",
            "advanced",
            "concerned",
            "supposed",
        ];

        /// Negations that turn a commitment around ("will not meet").
        pub(super) const NEGATIONS: &[&str] = &["not", "n't", "never", "no"];

        /// Words of `text` with their byte offsets, lowercased (borrowed when
        /// already lowercase ASCII, as most prose is).
        fn words(text: &str) -> Vec<(usize, Cow<'_, str>)> {
            fn lower(w: &str) -> (usize, Cow<'_, str>) {
                if w.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
                    (0, Cow::Borrowed(w))
                } else {
                    (0, Cow::Owned(w.to_lowercase()))
                }
            }
            let mut out = Vec::new();
            let mut start = None;
            for (i, c) in text.char_indices() {
                let in_word = c.is_alphanumeric() || c == '\'' || c == '’';
                match (in_word, start) {
                    (true, None) => start = Some(i),
                    (false, Some(s)) => {
                        out.push((s, lower(text.get(s..i).unwrap_or("")).1));
                        start = None;
                    }
                    _ => {}
                }
            }
            if let Some(s) = start {
                out.push((s, lower(text.get(s..).unwrap_or("")).1));
            }
            out
        }

        /// The future markers by their first word, each split into its words
        /// (at most three: a marker is matched against a word and the next two).
        fn future_markers() -> &'static HashMap<&'static str, Vec<Vec<&'static str>>> {
            static MARKERS: OnceLock<HashMap<&'static str, Vec<Vec<&'static str>>>> =
                OnceLock::new();
            MARKERS.get_or_init(|| {
                let mut map: HashMap<&'static str, Vec<Vec<&'static str>>> = HashMap::new();
                for m in FUTURE_MARKERS {
                    let parts: Vec<&'static str> = m.split(' ').collect();
                    if let (Some(first), 1..=3) = (parts.first(), parts.len()) {
                        map.entry(first).or_default().push(parts);
                    }
                }
                map
            })
        }

        /// Whether a future marker starts at word `idx`: the word alone, or it and
        /// the next one or two joined by single spaces.
        pub(super) fn future_at(ws: &[(usize, Cow<'_, str>)], idx: usize) -> bool {
            let Some((_, w)) = ws.get(idx) else {
                return false;
            };
            let Some(candidates) = future_markers().get(w.as_ref()) else {
                return false;
            };
            // "next fall": another date's own word.
            if w == "next"
                && ws.get(idx + 1).is_some_and(|(_, n)| {
                    super::super::is_time_word(n) || super::super::is_count_word(n)
                })
            {
                return false;
            }
            candidates.iter().any(|parts| {
                parts
                    .iter()
                    .enumerate()
                    .all(|(k, p)| ws.get(idx + k).is_some_and(|(_, x)| x == p))
            })
        }

        pub(super) fn is_past_word(w: &str) -> bool {
            PAST_MARKERS.contains(&w)
                || (w.len() > 4 && w.ends_with("ed") && !NOT_PAST.contains(&w) && w.is_ascii())
        }

        /// The mark of word `idx`: the lists above for past and future,
        /// the context rules shared with the search for the rest.
        fn mark(ws: &[(usize, Cow<'_, str>)], idx: usize) -> Option<Mark> {
            let w = ws.get(idx)?.1.as_ref();
            let prev = idx
                .checked_sub(1)
                .and_then(|j| ws.get(j))
                .map(|(_, p)| p.as_ref());
            if future_at(ws, idx) {
                if w == "to" && idx.checked_sub(1).is_some_and(|j| future_at(ws, j)) {
                    return None;
                }
                return Some(if matches!(prev, Some("was" | "were")) {
                    Mark::PastPlan
                } else {
                    Mark::Future
                });
            }
            if matches!(w, "was" | "were") && super::super::be_plan(ws, idx) {
                return Some(Mark::PastPlan);
            }
            if super::super::is_possible(w) {
                return Some(Mark::Possible);
            }
            if super::super::announces_event(ws, idx) {
                return Some(Mark::Plan);
            }
            if super::super::past_set(ws, idx) {
                return Some(Mark::Past);
            }
            let past = is_past_word(w)
                && !matches!(prev, Some("be" | "been" | "being" | "is" | "are"))
                && !super::super::completes_object(ws, idx)
                || (w == "has" || w == "have") && ws.get(idx + 1).is_some_and(|(_, n)| n == "been");
            past.then_some(Mark::Past)
        }

        /// Judge the clause `clause`, in which the date occupies `date_start..date_end`
        /// (offsets into `clause`).
        pub fn clause_tense(clause: &str, date_start: usize, date_end: usize) -> ClauseTense {
            let ws = words(clause);
            let mut best: Option<(usize, Mark, usize)> = None; // (weighted distance, mark, word index)
            let mut consider = |distance: usize, m: Mark, idx: usize| {
                if best.is_none_or(|(d, _, _)| distance < d) {
                    best = Some((distance, m, idx));
                }
            };
            // The nearest marker before the date, unless a relative
            // pronoun stands between them; the nearest after it.
            let mut before: Option<(usize, Mark, usize)> = None;
            let mut cut = false;
            let mut after: Option<(usize, Mark, usize)> = None;
            for (idx, (at, w)) in ws.iter().enumerate() {
                if *at >= date_start && *at < date_end {
                    continue;
                }
                if *at < date_start {
                    if let Some(m) = mark(&ws, idx) {
                        before = Some((date_start - at, m, idx));
                        cut = false;
                    } else if super::super::is_relative_pronoun(w) {
                        cut = true;
                    }
                } else if after.is_none() {
                    if let Some(m) = mark(&ws, idx) {
                        after = Some((2 * (at - date_end), m, idx));
                    }
                }
            }
            if let (Some((d, m, idx)), false) = (before, cut) {
                consider(d, m, idx);
            }
            if let Some((d, m, idx)) = after {
                consider(d, m, idx);
            }
            match best {
                Some((_, m, idx)) => {
                    let commitment = matches!(m, Mark::Future | Mark::PastPlan | Mark::Plan);
                    let negated = commitment
                        && ws.iter().skip(idx.saturating_sub(1)).take(4).any(|(_, w)| {
                            NEGATIONS.contains(&w.as_ref())
                                || w.ends_with("n't")
                                || w.ends_with("n’t")
                        });
                    ClauseTense {
                        tense: match m {
                            Mark::Past | Mark::PastPlan => Tense::Past,
                            Mark::Future | Mark::Possible => Tense::Future,
                            Mark::Plan => Tense::Present,
                        },
                        commitment,
                        negated,
                    }
                }
                None => ClauseTense {
                    tense: Tense::Present,
                    commitment: false,
                    negated: false,
                },
            }
        }
    }

    fn at(clause: &str, date: &str) -> ClauseTense {
        let s = clause.find(date).unwrap();
        clause_tense(clause, s, s + date.len())
    }

    #[test]
    fn seed_clauses() {
        let c = "said a joint communique issued on Monday after a meeting of the Ministers concluded in Rome.";
        assert_eq!(
            at(c, "on Monday"),
            ClauseTense {
                tense: Tense::Past,
                commitment: false,
                negated: false
            }
        );
        let c = "The Ministers also reaffirmed their intent to hold the next ministerial meeting of the Global Coalition by June 2022";
        assert!(at(c, "by June 2022").commitment);
        let c = "and to hold a Small Group Political Directors Meeting in Brussels in the fall of 2021.";
        assert!(at(c, "in the fall of 2021").commitment);
    }

    #[test]
    fn past_clause_is_not_a_commitment() {
        let c = "the company confirmed on Friday";
        assert_eq!(at(c, "on Friday").tense, Tense::Past);
        assert!(!at(c, "on Friday").commitment);
    }

    #[test]
    fn negated_commitments() {
        let c = "The ministers will not meet before 2023";
        let t = at(c, "before 2023");
        assert!(t.commitment && t.negated);
        assert!(!at("They will meet in 2023", "in 2023").negated);
    }

    #[test]
    fn schedules_and_targets_are_commitments() {
        for (c, date) in [
            (
                "The dividend will be paid on 26 May to holders",
                "on 26 May",
            ),
            ("Smith is to be sentenced Dec. 19", "Dec. 19"),
            ("The two men are due back in court on Aug. 2", "on Aug. 2"),
            (
                "Army aims for fewer than 900 troops by November",
                "by November",
            ),
            ("it is on track for a solid 2018", "2018"),
            ("its target for 2018 margins", "2018"),
            ("The minister is projecting a surplus for 2024", "2024"),
            ("The new fares take effect Jan. 1", "Jan. 1"),
            ("members poised to raise targets at the June summit", "June"),
            ("with a second group to follow in February", "in February"),
        ] {
            let t = at(c, date);
            assert!(t.commitment, "{c}");
            assert_eq!(t.tense, Tense::Future, "{c}");
        }
        // The same plan told in the past tense is dated by it.
        let t = at("it was on track for a solid 2018", "2018");
        assert_eq!((t.tense, t.commitment), (Tense::Past, true));
        // An infinitive of purpose after a past verb keeps it past.
        let c = "Esper appeared Saturday to announce a withdrawal";
        assert_eq!(at(c, "Saturday").tense, Tense::Past);
    }

    #[test]
    fn passive_participles_take_the_auxiliary_tense() {
        let c = "is expected to be finished by December 2025.";
        assert!(at(c, "by December 2025").commitment);
        assert_eq!(
            at("The bridge was finished in May", "in May").tense,
            Tense::Past
        );
    }

    #[test]
    fn no_marker_is_present() {
        assert_eq!(
            at("The office is open on Monday", "on Monday").tense,
            Tense::Present
        );
    }

    #[test]
    fn a_plan_in_the_past_is_a_commitment_dated_by_its_tense() {
        let t = at(
            "The mayor was expected to open the bridge later on Friday",
            "on Friday",
        );
        assert_eq!(t.tense, Tense::Past);
        assert!(t.commitment);
        let t = at("The talks were due to resume on Monday", "on Monday");
        assert_eq!((t.tense, t.commitment), (Tense::Past, true));
    }

    #[test]
    fn next_inside_another_date_is_no_marker() {
        let c =
            "crews are racing to clear the Monday backlog and keep roads open through next winter";
        assert_eq!(at(c, "Monday").tense, Tense::Present);
        assert!(at("They agreed the next round of talks on Monday", "on Monday").commitment);
    }

    /// Each date of `text` (dated `date`) with its tense and commitment.
    fn read(text: &str, date: (i32, u32, u32)) -> Vec<(String, Tense, bool)> {
        use crate::document::{Document, Format};
        use crate::extract::claim::ClaimKind;
        let date = chrono::NaiveDate::from_ymd_opt(date.0, date.1, date.2);
        let doc = Document::from_text("a.txt", text.into(), Format::Text, date, vec![]);
        crate::extract::extract(&doc)
            .iter()
            .filter_map(|c| match &c.kind {
                ClaimKind::Date(d) => Some((doc.slice(c.span).to_owned(), d.tense, d.commitment)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_fronted_phrase_takes_the_tense_of_its_clause() {
        let got = read(
            "Over the next three weeks, the ferry company will cut its timetable. On Monday, the harbour master said so.",
            (2024, 5, 8),
        );
        assert_eq!(
            got,
            vec![
                ("the next three weeks".to_owned(), Tense::Future, true),
                ("On Monday".to_owned(), Tense::Past, false),
            ]
        );
    }

    #[test]
    fn a_condition_looks_ahead_without_a_promise() {
        let t = at(
            "She can take the title if her team wins on Saturday",
            "on Saturday",
        );
        assert_eq!((t.tense, t.commitment), (Tense::Future, false));
    }

    #[test]
    fn likely_and_expects_to_are_expectations() {
        let t = at(
            "The judge is likely to rule when the case resumes in March",
            "in March",
        );
        assert_eq!((t.tense, t.commitment), (Tense::Future, true));
        let t = at(
            "Our plan expects to bring the fleet below 40 ships by the end of May",
            "by the end of May",
        );
        assert_eq!((t.tense, t.commitment), (Tense::Future, true));
    }

    #[test]
    fn a_relative_pronoun_stops_a_marker_before_it() {
        // The payment is promised; the record day is a fact about holders.
        let c = "The bonus will be paid on 3 March to members who are enrolled on 1 February";
        assert!(at(c, "on 3 March").commitment);
        let t = at(c, "on 1 February");
        assert_eq!((t.tense, t.commitment), (Tense::Present, false));
    }

    #[test]
    fn participles_that_are_not_past_verbs() {
        // Completing an object: no past verb here.
        let c = "racing to beat a Tuesday cut-off and keep the agency staffed";
        assert_eq!(at(c, "Tuesday").tense, Tense::Present);
        // A reduced relative with "set out": the past.
        let c = "The council will add 2 million on top of the sum set out in May";
        assert_eq!(at(c, "in May").tense, Tense::Past);
        assert!(!at(c, "in May").commitment);
        // "will set out" stays the future.
        let c = "The council will set out its plan in May";
        assert_eq!(at(c, "in May").tense, Tense::Future);
    }

    #[test]
    fn an_announced_event_is_dated_by_neither_tense() {
        let c = "The union has called a national strike across the ports on Oct 3";
        let t = at(c, "on Oct 3");
        assert_eq!((t.tense, t.commitment), (Tense::Present, true));
        // The announcement itself is dated in the past.
        let c = "The union called on Monday for a strike";
        assert_eq!(at(c, "on Monday").tense, Tense::Past);
    }

    /// Every marker word, the words the rules look at next to them, and
    /// some that are neither.
    fn vocabulary() -> Vec<String> {
        let mut v: Vec<String> = Vec::new();
        for list in [
            oracle::FUTURE_MARKERS,
            oracle::PAST_MARKERS,
            oracle::NOT_PAST,
            oracle::NEGATIONS,
        ] {
            for m in list {
                for w in m.split(' ') {
                    if !v.iter().any(|x| x == w) {
                        v.push(w.to_owned());
                    }
                }
            }
        }
        for w in [
            "be",
            "been",
            "being",
            "has",
            "have",
            "won't",
            "can’t",
            "finished",
            "bred",
            "x",
            "2022",
            "ÉTÉ",
            "naïved",
            "can",
            "who",
            "which",
            "whose",
            "set",
            "out",
            "up",
            "announced",
            "called",
            "a",
            "the",
            "march",
            "strike",
            "keep",
            "get",
            "funded",
            "likely",
            "fall",
            "year",
            "four",
        ] {
            v.push(w.to_owned());
        }
        v
    }

    #[test]
    fn markers_match_the_lists() {
        let vocab = vocabulary();
        let firsts: Vec<&str> = oracle::FUTURE_MARKERS
            .iter()
            .map(|m| m.split(' ').next().unwrap())
            .collect();
        let words = |ws: &[&str]| -> Vec<(usize, Cow<'static, str>)> {
            ws.iter().map(|w| (0, Cow::Owned(w.to_string()))).collect()
        };
        for first in &firsts {
            for second in vocab.iter().map(String::as_str).chain([""]) {
                for third in vocab.iter().map(String::as_str).chain([""]) {
                    let ws: Vec<&str> = [*first, second, third]
                        .into_iter()
                        .filter(|w| !w.is_empty())
                        .collect();
                    let ws = words(&ws);
                    assert_eq!(
                        future_at(&ws, 0),
                        oracle::future_at(&ws, 0),
                        "{first} {second} {third}"
                    );
                }
            }
        }
        for w in &vocab {
            let ws = words(&[w.as_str()]);
            assert_eq!(future_at(&ws, 0), oracle::future_at(&ws, 0), "{w}");
            assert_eq!(is_past_word(w), oracle::is_past_word(w), "{w}");
            assert_eq!(
                is_negation(w),
                oracle::NEGATIONS.contains(&w.as_str()) || w.ends_with("n't") || w.ends_with("n’t"),
                "{w}"
            );
        }
    }

    /// Clauses of marker words in any case, punctuation and other words.
    fn clause() -> impl Strategy<Value = String> {
        let vocab = vocabulary();
        let word = prop_oneof![
            4 => prop::sample::select(vocab).prop_flat_map(|w| {
                prop_oneof![Just(w.clone()), Just(w.to_uppercase()), Just(format!("{w}ed"))]
            }),
            1 => "[ ,.;'’\"-]{1,3}",
            1 => "\\PC{0,4}",
        ];
        prop::collection::vec(word, 0..30).prop_map(|v| v.join(" "))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]

        #[test]
        fn windowed_search_agrees_with_the_full_scan(
            c in clause(),
            a in 0usize..200,
            len in 0usize..40,
            reversed in any::<bool>(),
        ) {
            let (start, end) = if reversed { (a + len, a) } else { (a, a + len) };
            let (start, end) = (start.min(c.len() + 2), end.min(c.len()));
            prop_assert_eq!(clause_tense(&c, start, end), oracle::clause_tense(&c, start, end));
        }
    }
}
