//! The scan of every word the windowed search replaced, kept as the
//! reference it must agree with.
#![allow(clippy::all)]
use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::OnceLock;

use super::super::{ClauseTense, Mark};
use crate::extract::claim::Tense;

/// Future and intent markers; each makes a governed date a commitment.
pub(super) const FUTURE_MARKERS: &[&str] = &[
    "will",
    "won't",
    "won’t",
    "shan't",
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
    "is forecast to",
    "are forecast to",
    "is predicted to",
    "are predicted to",
    "is projected to",
    "are projected to",
    "is slated to",
    "are slated to",
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
    "wants to",
    "want to",
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
    "earlier",
    "previously",
    "yesterday",
    "arisen",
    "arose",
    "beaten",
    "begun",
    "broke",
    "broken",
    "chosen",
    "clung",
    "crept",
    "dealt",
    "done",
    "drawn",
    "driven",
    "drove",
    "dug",
    "eaten",
    "fallen",
    "felt",
    "fled",
    "flew",
    "flown",
    "flung",
    "forbade",
    "forgave",
    "forgiven",
    "forgot",
    "forgotten",
    "fought",
    "grew",
    "grown",
    "heard",
    "hidden",
    "hung",
    "knelt",
    "knew",
    "laid",
    "leapt",
    "learnt",
    "lent",
    "overcame",
    "oversaw",
    "overseen",
    "overtaken",
    "overtook",
    "rang",
    "ridden",
    "risen",
    "rode",
    "sang",
    "sank",
    "sat",
    "shaken",
    "shone",
    "shot",
    "shown",
    "shrank",
    "shrunk",
    "slain",
    "slept",
    "slid",
    "sold",
    "sped",
    "spoken",
    "sprang",
    "sprung",
    "spun",
    "stole",
    "stolen",
    "stood",
    "strove",
    "stuck",
    "stung",
    "sung",
    "sunk",
    "swam",
    "swept",
    "swore",
    "sworn",
    "swung",
    "taken",
    "threw",
    "thrown",
    "tore",
    "torn",
    "understood",
    "undertaken",
    "undertook",
    "upheld",
    "wept",
    "withdrawn",
    "withdrew",
    "withheld",
    "woke",
    "wore",
    "worn",
    "written",
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
pub(super) const NEGATIONS: &[&str] = &["not", "n't", "never"];

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
    static MARKERS: OnceLock<HashMap<&'static str, Vec<Vec<&'static str>>>> = OnceLock::new();
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
    let prev = idx
        .checked_sub(1)
        .and_then(|j| ws.get(j))
        .map(|(_, p)| p.as_ref());
    let word = |k: usize| ws.get(idx + k).map(|(_, w)| w.as_ref());
    // The context rules shared with the search: "continued to hold" (an
    // infinitive of aspect), "expects an increase", "Chambers forecast
    // revenue", "due Wednesday", "expected at the end of October".
    match w.as_ref() {
        "to" if prev.is_some_and(|p| {
            super::super::vocab::is_aspect(p) || super::super::vocab::is_feeling(p)
        }) =>
        {
            return false
        }
        "expects" | "expect" | "expecting" => return true,
        "forecast" | "forecasted" => return super::super::forecast_verb(ws, idx),
        "hope" | "hopes" | "hoped" | "hoping" => return super::super::hopes_ahead(ws, idx),
        "want" | "wants" => return super::super::wants_ahead(ws, idx),
        "fixed" | "set" | "slated" | "timed" | "pencilled" | "penciled"
            if super::super::set_for(ws, idx) =>
        {
            return true
        }
        "to" if super::super::permitted(ws, idx) => return false,
        "must" => return super::super::must_ahead(ws, idx),
        "due" if super::super::time_follows(word(1), word(2)) => return true,
        "expected"
            if super::super::time_follows(word(1), word(2))
                && !matches!(prev, Some("as" | "than" | "then")) =>
        {
            return true
        }
        _ => {}
    }
    // "predicted to continue", "expect the rate to rise": the context
    // rule shared with the search.
    if super::super::infinitive_ahead(ws, idx) {
        return true;
    }
    let Some(candidates) = future_markers().get(w.as_ref()) else {
        return false;
    };
    // "next fall": another date's own word.
    if w == "next"
        && ws
            .get(idx + 1)
            .is_some_and(|(_, n)| super::super::is_time_word(n) || super::super::is_count_word(n))
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
    if super::super::refuses(ws, idx) {
        return Some(Mark::Past);
    }
    if super::super::possible_at(ws, idx) {
        return Some(Mark::Possible);
    }
    if future_at(ws, idx) {
        if w == "to"
            && idx
                .checked_sub(1)
                .is_some_and(|j| future_at(ws, j) || super::super::possible_at(ws, j))
        {
            return None;
        }
        // "told the markets to expect": a plan told in the past.
        let asked = prev == Some("to")
            && (2..=6).any(|k| {
                idx.checked_sub(k)
                    .and_then(|j| ws.get(j))
                    .is_some_and(|(_, p)| super::super::asks(p) && is_past_word(p))
            });
        // "had hoped to finish by June": a hope the past overtook.
        let overtaken = prev == Some("had") && matches!(w, "hoped" | "intended" | "planned");
        return Some(
            if super::super::past_be_before(ws, idx) || asked || overtaken {
                Mark::PastPlan
            } else {
                Mark::Future
            },
        );
    }
    if matches!(w, "was" | "were") && super::super::be_plan(ws, idx) {
        return Some(Mark::PastPlan);
    }
    if super::super::announces_event(ws, idx) || super::super::orders_ahead(ws, idx) {
        return Some(Mark::Plan);
    }
    if super::super::approves_change(ws, idx) {
        return Some(Mark::Measure);
    }
    if super::super::past_last(ws, idx) {
        return Some(Mark::Past);
    }
    if super::super::past_set(ws, idx) {
        return Some(Mark::Past);
    }
    let future_perfect = prev == Some("have")
        && idx
            .checked_sub(2)
            .and_then(|j| ws.get(j))
            .is_some_and(|(_, m)| super::super::is_future_modal(m));
    let past = is_past_word(w)
        && !matches!(
            prev,
            Some("be" | "been" | "being" | "is" | "are" | "remain" | "remains" | "stay" | "stays")
        )
        && !future_perfect
        && !super::super::completes_object(ws, idx)
        && !super::super::sequence_by(ws, idx)
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
    let mut own_relative = false;
    let mut relative_seen = false;
    let mut timed = false;
    let mut after: Option<(usize, Mark, usize)> = None;
    let mut after_cut = false;
    // Each word's mark, in order: "the closely-watched report" and "the
    // No. 1 ranked player" have no verb of the clause, and an infinitive
    // of result right after a past verb's object no plan.
    let mut last_past = None;
    let marks: Vec<Option<Mark>> = (0..ws.len())
        .map(|idx| {
            let m = mark(&ws, idx)
                .or_else(|| super::super::same_form_past(clause, &ws, idx).then_some(Mark::Past))
                .filter(|&m| {
                    !(m == Mark::Past
                        && (super::super::in_compound(clause, &ws, idx)
                            || super::super::attributive(&ws, idx)))
                })
                .filter(|&m| {
                    !(m == Mark::Future && super::super::result_infinitive(&ws, idx, last_past))
                });
            if let Some(m) = m {
                last_past = (m == Mark::Past).then_some(idx);
            }
            m
        })
        .collect();
    for (idx, (at, _)) in ws.iter().enumerate() {
        if *at >= date_start && *at < date_end {
            continue;
        }
        let mark = |_: &[(usize, Cow<'_, str>)], idx: usize| marks.get(idx).copied().flatten();
        if *at < date_start {
            if let Some(m) = mark(&ws, idx) {
                before = Some((date_start - at, m, idx));
                // A verb of a relative clause: the date is its.
                own_relative = relative_seen;
                cut = false;
                timed = false;
            } else if super::super::cuts_before(clause, &ws, idx) {
                if super::super::clause_of_time(&ws, idx) {
                    timed = true;
                } else {
                    cut = true;
                    relative_seen = true;
                }
            }
        } else if after.is_none() && !after_cut {
            if let Some(m) = mark(&ws, idx) {
                after = Some((2 * (at - date_end), m, idx));
            } else if super::super::cuts_after_at(&ws, idx) {
                after_cut = true;
            }
        }
    }
    // A clause of time under a plan is the plan's, for a date that is an
    // adverb of it.
    let first = ws.iter().take_while(|(at, _)| *at < date_start).count();
    let cut = cut
        || timed
            && !(before.is_some_and(|(_, m, _)| m == Mark::Future)
                && super::super::adverbial_at(&ws, first));
    let mut close = false;
    if let (Some((d, m, idx)), false) = (before, cut) {
        consider(d, m, idx);
        close = own_relative;
        let between = ws
            .iter()
            .skip(idx + 1)
            .take_while(|(at, _)| *at < date_start)
            .count();
        close |= m == Mark::Future && between <= 2;
    }
    // "rose on Monday to reach a high": an infinitive after the date that
    // a past verb before it governs tells the result, not a plan.
    let result = after.is_some_and(|(_, _, i)| ws.get(i).is_some_and(|(_, w)| w == "to"))
        && !cut
        && before.is_some_and(|(_, m, _)| m == Mark::Past);
    if let (Some((d, m, idx)), false) = (after, close || result) {
        consider(d, m, idx);
    }
    match best {
        Some((_, m, idx)) => {
            let commitment = matches!(m, Mark::Future | Mark::PastPlan | Mark::Plan);
            let negated = commitment
                && (idx.saturating_sub(1)..idx + 3).any(|k| {
                    ws.get(k).is_some_and(|(_, w)| {
                        NEGATIONS.contains(&w.as_ref())
                            || w.ends_with("n't")
                            || w.ends_with("n’t")
                            || w == "no" && ws.get(k + 1).is_some_and(|(_, n)| n == "longer")
                    })
                });
            ClauseTense {
                tense: match m {
                    Mark::Past | Mark::PastPlan => Tense::Past,
                    Mark::Future | Mark::Possible => Tense::Future,
                    Mark::Plan | Mark::Measure => Tense::Present,
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
