//! Tense and commitment of the clause a date stands in.
//!
//! The marker nearest to the date decides: one before the date counts at its
//! distance, one after it at twice its distance (a date usually follows the
//! verb it modifies: "issued on Monday", "to hold … by June 2022").

use std::borrow::Cow;

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
            | "forthcoming"
            // "next" only marks the future as a word of its own before a
            // noun ("the next ministerial meeting").
            | "next",
        ) => true,
        // "is due to", "are set to", "is expected", "is to be sentenced",
        // "are due back"
        Some("is" | "are") => matches!(
            (word(1), word(2)),
            (Some("due" | "set"), Some("to"))
                | (Some("expected"), _)
                | (Some("to"), _)
                | (Some("due"), Some("back" | "in" | "on" | "at"))
        ),
        // "due to be", "set to be", "due back"
        Some("due") => word(1) == Some("to") && word(2) == Some("be") || word(1) == Some("back"),
        Some("set") => word(1) == Some("to") && word(2) == Some("be"),
        Some("going" | "expected" | "plans" | "plan" | "planning" | "committed" | "commit" | "commits") => {
            word(1) == Some("to")
        }
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
                "hold" | "meet" | "complete" | "finish" | "open" | "launch" | "deliver" | "start"
                    | "begin" | "host" | "convene" | "release" | "publish" | "sign" | "withdraw"
                    | "deploy" | "build" | "close" | "return" | "reach" | "end" | "follow"
                    | "expire"
            )
        ),
        _ => false,
    }
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

/// The tense word `idx` marks, if any.
fn marker_at(ws: &[(usize, Cow<'_, str>)], idx: usize) -> Option<Tense> {
    let w = ws.get(idx)?.1.as_ref();
    if future_at(ws, idx) {
        return Some(Tense::Future);
    }
    // A participle after "be" takes the auxiliary's tense ("is expected").
    let after_be = || {
        idx > 0
            && ws
                .get(idx - 1)
                .is_some_and(|(_, p)| matches!(p.as_ref(), "be" | "been" | "being" | "is" | "are"))
    };
    // "will be paid", "is held": a participle, irregular or not.
    let past = is_past_word(w) && !after_be()
        || (w == "has" || w == "have") && ws.get(idx + 1).is_some_and(|(_, n)| n == "been");
    past.then_some(Tense::Past)
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
    /// The words that are markers: word index and the tense it marks, in
    /// order. A marker depends only on its word and the next and previous
    /// ones, which are the clause's whatever the date.
    markers: Vec<(usize, Tense)>,
}

impl<'a> ClauseMarkers<'a> {
    /// Find the words and markers of `clause`.
    pub fn new(clause: &'a str) -> Self {
        let ws = words(clause);
        let markers = (0..ws.len())
            .filter_map(|idx| marker_at(&ws, idx).map(|t| (idx, t)))
            .collect();
        ClauseMarkers { ws, markers }
    }

    /// Judge a date at `date_start..date_end` (offsets into the clause):
    /// the marker nearest before it at its distance against the first
    /// after it at twice its distance, the earlier on a tie.
    pub fn tense(&self, date_start: usize, date_end: usize) -> ClauseTense {
        let ws = &self.ws;
        // Words at date_start..date_end are the date's own.
        let before = ws.partition_point(|(at, _)| *at < date_start);
        let after = ws.partition_point(|(at, _)| *at < date_start.max(date_end));
        let mut best: Option<(usize, Tense, usize)> = None; // (weighted distance, tense, word index)
        let first_not_before = self.markers.partition_point(|(idx, _)| *idx < before);
        if let Some(&(idx, tense)) = first_not_before
            .checked_sub(1)
            .and_then(|k| self.markers.get(k))
        {
            if let Some((at, _)) = ws.get(idx) {
                best = Some((date_start - at, tense, idx));
            }
        }
        let first_after = self.markers.partition_point(|(idx, _)| *idx < after);
        if let Some(&(idx, tense)) = self.markers.get(first_after) {
            if let Some((at, _)) = ws.get(idx) {
                let distance = 2 * (at - date_end);
                if best.is_none_or(|(d, _, _)| distance < d) {
                    best = Some((distance, tense, idx));
                }
            }
        }
        match best {
            Some((_, Tense::Future, idx)) => {
                let negated = ws
                    .iter()
                    .skip(idx.saturating_sub(1))
                    .take(4)
                    .any(|(_, w)| is_negation(w));
                ClauseTense {
                    tense: Tense::Future,
                    commitment: true,
                    negated,
                }
            }
            Some((_, tense, _)) => ClauseTense {
                tense,
                commitment: false,
                negated: false,
            },
            None => ClauseTense {
                tense: Tense::Present,
                commitment: false,
                negated: false,
            },
        }
    }
}

/// The markers of the last clause asked about: the claims of a sentence
/// come in order, so each clause is read once however many dates it holds.
#[derive(Default)]
pub struct Cache<'a> {
    last: Option<((usize, usize), ClauseMarkers<'a>)>,
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

        use super::super::ClauseTense;
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

        /// Judge the clause `clause`, in which the date occupies `date_start..date_end`
        /// (offsets into `clause`).
        pub fn clause_tense(clause: &str, date_start: usize, date_end: usize) -> ClauseTense {
            let ws = words(clause);
            let mut best: Option<(usize, Tense, usize)> = None; // (weighted distance, tense, word index)
            let mut consider = |distance: usize, tense: Tense, idx: usize| {
                if best.is_none_or(|(d, _, _)| distance < d) {
                    best = Some((distance, tense, idx));
                }
            };
            for (idx, (at, w)) in ws.iter().enumerate() {
                if *at >= date_start && *at < date_end {
                    continue;
                }
                let distance = if *at < date_start {
                    date_start - at
                } else {
                    2 * (at - date_end)
                };
                // Multi-word markers: this word with the next one or two.
                let future = future_at(&ws, idx);
                // "next" only marks the future as a word of its own before a noun
                // ("the next ministerial meeting"), which the list above allows.
                if future {
                    consider(distance, Tense::Future, idx);
                } else if is_past_word(w)
                    && !(idx > 0
                        && ws.get(idx - 1).is_some_and(|(_, p)| {
                            matches!(p.as_ref(), "be" | "been" | "being" | "is" | "are")
                        }))
                    || (w == "has" || w == "have")
                        && ws.get(idx + 1).is_some_and(|(_, n)| n == "been")
                {
                    consider(distance, Tense::Past, idx);
                }
            }
            match best {
                Some((_, Tense::Future, idx)) => {
                    let negated = ws.iter().skip(idx.saturating_sub(1)).take(4).any(|(_, w)| {
                        NEGATIONS.contains(&w.as_ref()) || w.ends_with("n't") || w.ends_with("n’t")
                    });
                    ClauseTense {
                        tense: Tense::Future,
                        commitment: true,
                        negated,
                    }
                }
                Some((_, tense, _)) => ClauseTense {
                    tense,
                    commitment: false,
                    negated: false,
                },
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
            ("it was on track for a solid 2018", "2018"),
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
            "be", "been", "being", "has", "have", "won't", "can’t", "finished", "bred", "x",
            "2022", "ÉTÉ", "naïved",
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
