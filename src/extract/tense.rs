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

use std::borrow::Cow;

use crate::document::Document;
use crate::extract::claim::{Span, Tense};

mod phrases;
mod scan;
mod verbs;
mod vocab;
use phrases::*;
use scan::words;
use verbs::*;
use vocab::*;

/// Whether a future or intent marker, which makes a governed date a
/// commitment, starts at word `idx`: a word alone, or it and the next one
/// or two.
fn future_at(ws: &[(usize, Cow<'_, str>)], idx: usize) -> bool {
    let word = |k: usize| ws.get(idx + k).map(|(_, w)| w.as_ref());
    match word(0) {
        Some(
            "will" | "shall" | "'ll" | "’ll" | "won't" | "won’t" | "shan't" | "scheduled"
            | "planned" | "intend" | "intends" | "intended" | "intent" | "intention" | "pledged"
            | "pledge" | "pledges" | "vowed" | "vow" | "vows" | "promised" | "promise" | "promises"
            | "would" | "upcoming" | "forthcoming",
        ) => true,
        // "next" only marks the future as a word of its own before a noun
        // ("the next ministerial meeting"); before a unit of time it is
        // another date's own word ("through next fall").
        Some("next") => !word(1).is_some_and(|w| is_time_word(w) || is_count_word(w)),
        // "is due to", "are set to", "is expected", "is to be sentenced",
        // "are due back"
        Some("is" | "are") => be_plan(ws, idx),
        // "due to be", "set to be", "due back", and "due" before its
        // time: "with the final report due Wednesday", "due on Friday"
        Some("due") => {
            word(1) == Some("to") && word(2) == Some("be")
                || word(1) == Some("back")
                || time_follows(word(1), word(2))
        }
        // "the clinic expects a rise in visits this year", "the firm
        // expects a profit of 40 cents": what one expects lies ahead,
        // with an object as with an infinitive.
        Some("expects" | "expect" | "expecting") => true,
        // "their response, expected at the end of October": the
        // participle before its time; not "as expected", "than expected".
        Some("expected") => {
            word(1) == Some("to")
                || infinitive_ahead(ws, idx)
                || time_follows(word(1), word(2))
                    && !idx
                        .checked_sub(1)
                        .and_then(|j| ws.get(j))
                        .is_some_and(|(_, p)| matches!(p.as_ref(), "as" | "than" | "then"))
        }
        // "Halden forecast sales in the third quarter to rise", "and
        // forecast a better fourth quarter still": the verb, before its
        // object; not the noun ("the forecast for 2024", "a forecast of").
        Some("forecast" | "forecasted") => forecast_verb(ws, idx),
        Some(
            "going" | "likely" | "plans" | "plan" | "planning" | "committed" | "commit" | "commits",
        ) => word(1) == Some("to") || infinitive_ahead(ws, idx),
        // "a film set to air Monday", "set to be"
        Some("predicted" | "projected" | "slated" | "tipped" | "set") => infinitive_ahead(ws, idx),
        // "poised to raise spending at the June summit"
        Some("poised") => word(1) == Some("to"),
        // "hoped organisations could begin applying in mid-November",
        // "hopes to open the bridge in May": the verb, not the noun.
        Some("hope" | "hopes" | "hoped" | "hoping") => hopes_ahead(ws, idx),
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
        // "continued to hold the title", "began to build": the
        // infinitive of a verb of aspect takes that verb's time; "were
        // pleased to complete the purchase": that of an adjective of
        // feeling says what the feeling is about.
        Some("to")
            if idx
                .checked_sub(1)
                .and_then(|j| ws.get(j))
                .is_some_and(|(_, p)| is_aspect(p) || is_feeling(p)) =>
        {
            false
        }
        Some("to") => {
            matches!(
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
            ) || infinitive_ahead(ws, idx)
        }
        _ => false,
    }
}

/// Whether word `idx` looks ahead by the infinitive after it: "rains
/// predicted to continue", "a deficit projected to widen" (a reduced
/// relative, no "is" before it), or "expect"/"expects" with an object and
/// then a verb of its own — "they expect the jobless rate for October to
/// rise" looks ahead as "the rate is expected to rise" does. The object is
/// at most six words, with no clause opened in it. "a film set to air
/// Monday" is planned as "slated to" is, and so is a passive infinitive
/// with nothing past before it: "the final, to be broadcast Sunday",
/// "needs to be signed by Friday" — not "was to be", "were said to be"
/// or "seems to be", whose words before "to" date or hedge it.
pub(crate) fn infinitive_ahead(ws: &[(usize, Cow<'_, str>)], idx: usize) -> bool {
    let word = |k: usize| ws.get(idx + k).map(|(_, w)| w.as_ref());
    match word(0) {
        Some("predicted" | "projected" | "slated" | "tipped" | "set") => {
            word(1) == Some("to") && word(2).is_some_and(is_verb_after_to)
        }
        Some("to") => {
            let prev = idx
                .checked_sub(1)
                .and_then(|j| ws.get(j))
                .map(|(_, w)| w.as_ref());
            word(1) == Some("be")
                && word(2).is_some_and(is_participle)
                && !prev.is_some_and(|p| {
                    is_past_word(p)
                        || matches!(
                            p,
                            "seem" | "seems" | "appear" | "appears" | "ought" | "enough"
                        )
                })
        }
        Some("expect" | "expects") => object_then_to(ws, idx),
        _ => false,
    }
}

/// Whether an object of at most six words, with no clause opened in it,
/// follows word `idx` and then "to" and a verb ("expect the rate for May to
/// rise", "ordered the firm to pay").
fn object_then_to(ws: &[(usize, Cow<'_, str>)], idx: usize) -> bool {
    let word = |k: usize| ws.get(idx + k).map(|(_, w)| w.as_ref());
    for k in 2..=7 {
        match word(k) {
            Some("to") => return word(k + 1).is_some_and(is_verb_after_to),
            Some(w) if cuts_after(w) || matches!(w, "and" | "but" | "or" | "if" | "because") => {
                return false
            }
            Some(_) => {}
            None => return false,
        }
    }
    false
}

/// Whether word `idx` is an order that sets a date ahead of it: "ordered
/// Smith to report to prison in 12 weeks", "was ordered to pay by June".
/// The order is past, the act it sets is to come: like an announced event
/// ([`Mark::Plan`]), neither tense dates it.
pub(crate) fn orders_ahead(ws: &[(usize, Cow<'_, str>)], idx: usize) -> bool {
    let word = |k: usize| ws.get(idx + k).map(|(_, w)| w.as_ref());
    matches!(word(0), Some("ordered" | "directed" | "instructed"))
        && (word(1) == Some("to") && word(2).is_some_and(is_verb_after_to)
            || object_then_to(ws, idx))
}

/// Whether word `idx` is "last" as a past marker: before a unit or name
/// of time ("said last week", "rose last year"), not "every last
/// Thursday", "the last two days" or "a last chance".
pub(crate) fn past_last(ws: &[(usize, Cow<'_, str>)], idx: usize) -> bool {
    let word = |k: usize| ws.get(k).map(|(_, w)| w.as_ref());
    word(idx) == Some("last")
        && word(idx + 1).is_some_and(is_time_word)
        && !idx
            .checked_sub(1)
            .and_then(word)
            .is_some_and(|p| matches!(p, "every" | "each"))
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
            | (
                Some("forecast" | "predicted" | "projected" | "slated"),
                Some("to")
            )
            | (Some("to"), _)
            | (Some("due"), Some("back" | "in" | "on" | "at"))
    )
}

/// Whether word `k` negates the verb of a commitment near it: "not",
/// "never", "-n't", or "no longer". "no" before a noun denies the noun,
/// not the promise: "there will be no combat troops by 2015" commits to
/// a state by 2015. A negated verb ("will not finish the road by 2016")
/// is reported negated: the claim holds when the event falls outside the
/// period the relation names.
pub(crate) fn negates(ws: &[(usize, Cow<'_, str>)], k: usize) -> bool {
    let word = |k: usize| ws.get(k).map(|(_, w)| w.as_ref());
    word(k).is_some_and(is_negation) || word(k) == Some("no") && word(k + 1) == Some("longer")
}

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

/// Whether word `idx` looks ahead without anyone promising: a condition
/// ("if", "unless"), a forecast said to be improbable ("is unlikely to be
/// known before Tuesday"), or the conditional "would be" stating what some
/// figure or state would be ("the deficit would be $11 billion higher for
/// the current financial year") — where "would be" carries a participle
/// ("would be paid", "would be held") an act is still promised.
///
/// A projection is no promise either: a passive forecast of a figure's
/// course ("output is expected to rise by 2.5% in 2025-26", "the
/// shortfalls are forecast to persist") and "would" before such a verb
/// ("rains would continue to fall for the next two days") say where a
/// measure goes, not what anyone will do. "predicted to" stays a
/// commitment ("the storms are predicted to last through the weekend",
/// which a closure until Monday counts on). An act keeps its promise ("is
/// expected to sign the bill on Friday"), and so does a forecast one makes
/// of one's own ("it expects revenue to grow").
pub(crate) fn possible_at(ws: &[(usize, Cow<'_, str>)], idx: usize) -> bool {
    let word = |k: usize| ws.get(idx + k).map(|(_, w)| w.as_ref());
    let projected = |k: usize| {
        matches!(word(k), Some("expected" | "forecast" | "projected"))
            && word(k + 1) == Some("to")
            && word(k + 2).is_some_and(is_course_verb)
            && !keeps_state(ws, idx + k + 2)
    };
    match word(0) {
        Some(w) if is_possible(w) => true,
        Some("unlikely") => word(1) == Some("to"),
        Some("would") => {
            (word(1) == Some("be") && !word(2).is_some_and(is_past_word)
                || word(1).is_some_and(is_course_verb))
                && !keeps_state(ws, idx + 1)
        }
        Some("is" | "are") => projected(1),
        Some("expected" | "forecast" | "projected") => {
            projected(0)
                && idx
                    .checked_sub(1)
                    .and_then(|j| ws.get(j))
                    .is_some_and(|(_, p)| matches!(p.as_ref(), "is" | "are"))
        }
        _ => false,
    }
}

/// Whether word `idx` is "be", "remain" or "stay" before the state a
/// measure is kept in ("would be in place until the end of March",
/// "would remain in force", "would stay closed until Monday"): no figure's
/// course but a rule someone keeps, so "would" before it is the future of
/// a report ("said the orders would be in place …"), a promise as "will
/// be in place" is.
fn keeps_state(ws: &[(usize, Cow<'_, str>)], idx: usize) -> bool {
    let word = |k: usize| ws.get(idx + k).map(|(_, w)| w.as_ref());
    matches!(
        word(0),
        Some("be" | "remain" | "remains" | "stay" | "stays")
    ) && match word(1) {
        Some("in") => matches!(word(2), Some("place" | "force" | "effect" | "operation")),
        Some("on") => word(2) == Some("hold"),
        Some(w) => matches!(w, "open" | "closed" | "shut" | "suspended"),
        None => false,
    }
}

/// Whether word `idx` of `clause` opens a clause that a marker before it
/// does not reach: a relative pronoun ("to holders who are on the register
/// on 16 August"), or "before", "after", "until" or "once" used as a
/// conjunction — followed by a subject, a name or a gerund rather than the
/// date or noun phrase a preposition takes ("It will be days before
/// voters know the outcome of the 2016 election": the election's year is
/// no promise; "growth is expected in 2024 before slowing in 2025").
pub(crate) fn cuts_before(clause: &str, ws: &[(usize, Cow<'_, str>)], idx: usize) -> bool {
    let Some((_, w)) = ws.get(idx) else {
        return false;
    };
    if is_relative_pronoun(w) {
        return true;
    }
    // "means to show how the county is leading the way … in March
    // 2026": a question put inside the clause has a verb of its own;
    // "how to spend the money by March" has none.
    if matches!(w.as_ref(), "how" | "why" | "whether") {
        return ws.get(idx + 1).is_some_and(|(_, n)| n != "to");
    }
    if w == "that" {
        return relative_that(ws, idx);
    }
    if !matches!(w.as_ref(), "before" | "after" | "until" | "till" | "once") {
        return false;
    }
    let Some((at, next)) = ws.get(idx + 1) else {
        return false;
    };
    let next = next.as_ref();
    let named = clause
        .get(*at..)
        .is_some_and(|r| r.starts_with(|c: char| c.is_uppercase()));
    let gerund = next.len() > 5 && next.ends_with("ing") && next.is_ascii();
    !is_time_word(next)
        && !next.starts_with(|c: char| c.is_ascii_digit())
        && (is_subject_pronoun(next) || named || gerund)
}

/// Whether "that" at `idx` is a relative pronoun with a verb of its own in
/// the present right after it, which dates what the relative clause
/// describes: "bills to pass in the upcoming session that starts on January
/// 29" — the session's timetable, not the promise before it. The verb
/// ends in "-s" and a preposition of time or a word of the date follows
/// it; "that" after a verb of saying or thinking ("said that talks in …",
/// "hopes that") opens a report, not a relative clause, and a plural noun
/// after it is its subject, before a verb rather than a preposition ("that
/// wages rise by June").
fn relative_that(ws: &[(usize, Cow<'_, str>)], idx: usize) -> bool {
    let word = |k: usize| ws.get(k).map(|(_, w)| w.as_ref());
    let Some(verb) = word(idx + 1) else {
        return false;
    };
    let present = verb.len() > 3
        && verb.ends_with('s')
        && !verb.ends_with("ss")
        && verb.bytes().all(|b| b.is_ascii_lowercase());
    let timed = word(idx + 2).is_some_and(|n| {
        matches!(
            n,
            "on" | "in" | "at" | "from" | "until" | "till" | "through" | "by" | "next" | "this"
        )
    });
    let reported = idx.checked_sub(1).and_then(word).is_none_or(|p| {
        is_past_word(p)
            || p.ends_with('s') && !p.ends_with("ss")
            || is_reporting(p)
            || is_function_word(p)
    });
    present && timed && !reported
}

/// Whether the cut at word `idx` ([`cuts_before`]) opens a clause of time:
/// "once", "before", "after", "until" or "till" before a subject, a name or
/// a gerund ("once he sells the farm", "before starting his sentence").
/// Its verb has no time of its own: under a plan it is the plan's ("is
/// expected to be repaid once he sells the farm before starting his
/// sentence in October" is a commitment for October), where the date is
/// an adverb of the clause ([`adverbial_at`]). A gerund of a figure's
/// course ("will grow in 2026 before easing in 2027") is a projection
/// after the plan, not part of it.
pub(crate) fn clause_of_time(ws: &[(usize, Cow<'_, str>)], idx: usize) -> bool {
    let word = |k: usize| ws.get(k).map(|(_, w)| w.as_ref());
    matches!(
        word(idx),
        Some("before" | "after" | "until" | "till" | "once")
    ) && !word(idx + 1).is_some_and(course_gerund)
}

/// Whether `w` is the gerund of a verb of a figure's course ("easing",
/// "rising", "slowing", "dropping").
fn course_gerund(w: &str) -> bool {
    let Some(stem) = w.strip_suffix("ing") else {
        return false;
    };
    let mut with_e = String::with_capacity(stem.len() + 1);
    with_e.push_str(stem);
    with_e.push('e');
    // "dropping": the consonant doubled before "-ing".
    let undoubled = stem
        .len()
        .checked_sub(1)
        .and_then(|n| stem.get(..n))
        .filter(|s| s.bytes().last() == stem.bytes().last());
    is_course_verb(stem) || is_course_verb(&with_e) || undoubled.is_some_and(is_course_verb)
}

/// Whether the date whose first word is word `first` is an adverb of time
/// opened by a preposition ("in October", "on Friday", "by June"), not a
/// year before its noun ("the result of the 2019 count").
pub(crate) fn adverbial_at(ws: &[(usize, Cow<'_, str>)], first: usize) -> bool {
    matches!(
        ws.get(first).map(|(_, w)| w.as_ref()),
        Some("in" | "on" | "by" | "at" | "from" | "during" | "through" | "within")
    )
}

/// Whether word `idx` opens a clause that a marker after it does not reach
/// back over: the date before it is described, not governed, by that
/// clause ("before Tuesday, when the postal votes will be counted").
pub(crate) fn cuts_after(w: &str) -> bool {
    is_relative_pronoun(w) || matches!(w, "when" | "where" | "that" | "whereby")
}

/// [`cuts_after`] for word `idx` of `ws`, and a conjunction of cause or
/// time opening a clause with a subject of its own: "schools are closed
/// until Monday as the rains are predicted to go on" — the forecast is the
/// rains', not the closure's. "as", "because", "while", "although",
/// "though" followed by a pronoun or a determiner ("as a result" aside).
pub(crate) fn cuts_after_at(ws: &[(usize, Cow<'_, str>)], idx: usize) -> bool {
    let word = |k: usize| ws.get(idx + k).map(|(_, w)| w.as_ref());
    let Some(w) = word(0) else {
        return false;
    };
    cuts_after(w)
        || matches!(w, "as" | "because" | "while" | "although" | "though")
            && word(1).is_some_and(|n| {
                is_subject_pronoun(n)
                    || matches!(
                        n,
                        "the"
                            | "their"
                            | "its"
                            | "his"
                            | "her"
                            | "our"
                            | "this"
                            | "these"
                            | "those"
                    )
            })
}

/// Whether word `idx` of `clause` is part of a hyphenated compound, an
/// adjective that is no verb of the clause: "the closely-watched report",
/// "a long-awaited vote", "a state-owned bank", "a last-minute deal". A
/// verb's prefix makes a verb ("re-elected", "co-founded",
/// "pre-recorded"), which stays one.
fn in_compound(clause: &str, ws: &[(usize, Cow<'_, str>)], idx: usize) -> bool {
    let Some((at, w)) = ws.get(idx) else {
        return false;
    };
    let bytes = clause.as_bytes();
    let letter = |k: Option<usize>| {
        k.and_then(|k| bytes.get(k))
            .is_some_and(u8::is_ascii_alphanumeric)
    };
    let hyphen = |k: Option<usize>| k.and_then(|k| bytes.get(k)) == Some(&b'-');
    let joined_before = hyphen(at.checked_sub(1)) && letter(at.checked_sub(2));
    let end = at + w.len();
    let joined_after = hyphen(Some(end)) && letter(Some(end + 1));
    let prefix = idx
        .checked_sub(1)
        .and_then(|j| ws.get(j))
        .is_some_and(|(_, p)| {
            matches!(
                p.as_ref(),
                "re" | "co"
                    | "pre"
                    | "de"
                    | "un"
                    | "mis"
                    | "dis"
                    | "out"
                    | "over"
                    | "under"
                    | "cross"
                    | "double"
            )
        });
    joined_before && !prefix || joined_after
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

/// Whether word `idx` is "followed" or "preceded" before "by": a phrase
/// of sequence, no verb of its own ("will be released Tuesday, followed
/// by the minutes Wednesday"), so no marker; the clause it opens takes
/// the tense of the one before it ([`elided`]).
pub(crate) fn sequence_by(ws: &[(usize, Cow<'_, str>)], idx: usize) -> bool {
    let word = |k: usize| ws.get(k).map(|(_, w)| w.as_ref());
    matches!(word(idx), Some("followed" | "preceded")) && word(idx + 1) == Some("by")
}

/// Whether word `idx` of `clause`, a verb written alike in the present
/// and the past ("beat", "set", "cut", "hit", "put", "read", "cost"), is
/// past: right after a subject in the third person singular, which would
/// have "beats", "sets" in the present. "he", "she", "it", a name ("Smith
/// beat Jones on Saturday"), or a singular noun after a determiner with an
/// object after the verb ("the storm cut the power on Monday"); an adverb
/// may stand between ("Smith narrowly beat"). After "will", "to", "did" or
/// a determiner it is no past ("will beat", "to cut", "a hit"), nor
/// before "to", "for", "of" or a noun it heads ("set to", "set for
/// Monday", "hit list", "read more").
pub(crate) fn same_form_past(clause: &str, ws: &[(usize, Cow<'_, str>)], idx: usize) -> bool {
    let word = |k: usize| ws.get(k).map(|(_, w)| w.as_ref());
    if word(idx).and_then(irregular) != Some(Form::Same) {
        return false;
    }
    let next = word(idx + 1);
    if next.is_some_and(|n| matches!(n, "to" | "for" | "of" | "list" | "lists" | "more")) {
        return false;
    }
    // Whether word `k` is written with a capital.
    let upper = |k: usize| {
        ws.get(k)
            .and_then(|(a, _)| clause.get(*a..))
            .is_some_and(|r| r.starts_with(|c: char| c.is_uppercase()))
    };
    let Some(mut j) = idx.checked_sub(1) else {
        return false;
    };
    // "narrowly beat", not "Italy beat".
    if word(j).is_some_and(|p| p.len() > 4 && p.ends_with("ly")) && !upper(j) {
        let Some(k) = j.checked_sub(1) else {
            return false;
        };
        j = k;
    }
    let Some(subject) = word(j) else {
        return false;
    };
    if matches!(subject, "he" | "she" | "it") {
        return true;
    }
    if is_no_subject(subject) || !subject.chars().all(char::is_alphabetic) {
        return false;
    }
    // An object or a particle after the verb: "beat Jones", "cut 500
    // jobs", "hit a record", "put off".
    let object = next.is_some_and(|n| {
        n.starts_with(|c: char| c.is_ascii_digit())
            || matches!(
                n,
                "the"
                    | "a"
                    | "an"
                    | "his"
                    | "her"
                    | "its"
                    | "their"
                    | "our"
                    | "him"
                    | "them"
                    | "us"
                    | "me"
                    | "off"
                    | "out"
                    | "up"
                    | "down"
                    | "back"
                    | "aside"
            )
    });
    let named = upper(j);
    let upper_next = upper(idx + 1);
    let singular_noun = j.checked_sub(1).and_then(word).is_some_and(|d| {
        matches!(
            d,
            "the" | "a" | "an" | "its" | "his" | "her" | "their" | "our"
        )
    }) && (!subject.ends_with('s') || subject.ends_with("ss"));
    (named || singular_noun) && (object || upper_next)
}

/// The mark word `idx` makes, if any.
pub(crate) fn marker_at(ws: &[(usize, Cow<'_, str>)], idx: usize) -> Option<Mark> {
    let w = ws.get(idx)?.1.as_ref();
    let before = |k: usize| {
        idx.checked_sub(k)
            .and_then(|j| ws.get(j))
            .map(|(_, p)| p.as_ref())
    };
    if possible_at(ws, idx) {
        return Some(Mark::Possible);
    }
    if future_at(ws, idx) {
        // "to sign" after "expected": the phrase's head marks it.
        if w == "to"
            && idx
                .checked_sub(1)
                .is_some_and(|j| future_at(ws, j) || possible_at(ws, j))
        {
            return None;
        }
        // "was expected to", "were due to": a plan the past tense dates.
        // "told investors to expect second-half sales of …": an
        // infinitive that a past verb of asking governs is a plan told in
        // the past, as "was expected to" is.
        let asked = before(1) == Some("to")
            && (2..=6).any(|k| before(k).is_some_and(|p| asks(p) && is_past_word(p)));
        // "had hoped to finish by June": a hope the past overtook.
        let overtaken = before(1) == Some("had") && matches!(w, "hoped" | "intended" | "planned");
        return Some(
            if matches!(before(1), Some("was" | "were")) || asked || overtaken {
                Mark::PastPlan
            } else {
                Mark::Future
            },
        );
    }
    if matches!(w, "was" | "were") && be_plan(ws, idx) {
        return Some(Mark::PastPlan);
    }
    if announces_event(ws, idx) || orders_ahead(ws, idx) {
        return Some(Mark::Plan);
    }
    if past_last(ws, idx) {
        return Some(Mark::Past);
    }
    if past_set(ws, idx) {
        return Some(Mark::Past);
    }
    // A participle after "be" takes the auxiliary's tense ("is expected"),
    // and so does one of the future perfect ("will have added").
    let after_be = || {
        matches!(
            before(1),
            Some("be" | "been" | "being" | "is" | "are" | "remain" | "remains" | "stay" | "stays")
        ) || before(1) == Some("have") && before(2).is_some_and(is_future_modal)
    };
    // "will be paid", "is held": a participle, irregular or not; "keep
    // the government funded": one completing an object.
    let past =
        is_past_word(w) && !after_be() && !completes_object(ws, idx) && !sequence_by(ws, idx)
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
    /// The word indices that open a clause a marker before them does not
    /// reach ([`cuts_before`]), in order, but for clauses of time.
    relatives: Vec<usize>,
    /// The word indices that open a clause of time ([`clause_of_time`]),
    /// which a plan before them reaches for a date of its own, in order.
    timed: Vec<usize>,
    /// The word indices that open a clause a marker after them does not
    /// reach back over ([`cuts_after`]), in order.
    back_cuts: Vec<usize>,
}

impl<'a> ClauseMarkers<'a> {
    /// Find the words and markers of `clause`.
    pub fn new(clause: &'a str) -> Self {
        let ws = words(clause);
        let mut markers: Vec<(usize, Mark)> = (0..ws.len())
            .filter_map(|idx| {
                marker_at(&ws, idx)
                    .or_else(|| same_form_past(clause, &ws, idx).then_some(Mark::Past))
                    .map(|t| (idx, t))
            })
            .filter(|&(idx, t)| {
                !(t == Mark::Past && (in_compound(clause, &ws, idx) || attributive(&ws, idx)))
            })
            .collect();
        // A result infinitive goes after the verb it follows: keep the
        // past verb before it, drop the infinitive.
        let mut last_past = None;
        markers.retain(|&(idx, t)| {
            let keep = !(t == Mark::Future && result_infinitive(&ws, idx, last_past));
            if keep {
                last_past = (t == Mark::Past).then_some(idx);
            }
            keep
        });
        let (timed, relatives) = (0..ws.len())
            .filter(|&idx| cuts_before(clause, &ws, idx))
            .partition(|&idx| clause_of_time(&ws, idx));
        let back_cuts = (0..ws.len())
            .filter(|&idx| cuts_after_at(&ws, idx))
            .collect();
        ClauseMarkers {
            ws,
            markers,
            relatives,
            timed,
            back_cuts,
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
        // Whether the marker before the date stands after a relative
        // pronoun, as a verb of the relative clause ("the mayor who came
        // to office in 2027 has vowed to …"): the date is that clause's,
        // and a marker after it is the verb of the clause whose noun the
        // relative one describes.
        let mut own_relative = false;
        if let Some(&(idx, mark)) = first_not_before
            .checked_sub(1)
            .and_then(|k| self.markers.get(k))
        {
            own_relative = self.relatives.first().is_some_and(|r| *r < idx);
            // A relative pronoun between the marker and the date, or a
            // clause of time that a plan does not reach.
            let between = |cuts: &[usize]| {
                let k = cuts.partition_point(|r| *r <= idx);
                cuts.get(k).is_some_and(|r| *r < before)
            };
            let cut = between(&self.relatives)
                || between(&self.timed) && !(mark == Mark::Future && adverbial_at(ws, before));
            if let (Some((at, _)), false) = (ws.get(idx), cut) {
                best = Some((date_start - at, mark, idx));
            }
        }
        let first_after = self.markers.partition_point(|(idx, _)| *idx < after);
        // A clause opened between the date and the marker after it.
        let back_cut = |idx: usize| {
            let k = self.back_cuts.partition_point(|c| *c < after);
            self.back_cuts.get(k).is_some_and(|c| *c < idx)
        };
        // "rose on Monday to reach a high", "won on Saturday to finish
        // level": an infinitive after the date that a past verb before it
        // governs tells the result, not a plan for the day.
        let result = |idx: usize| {
            ws.get(idx).is_some_and(|(_, w)| w == "to")
                && best.is_some_and(|(_, m, _)| m == Mark::Past)
        };
        // "a film set to air Monday won praise", "to be broadcast Sunday
        // drew …": a date at most two words after a future marker is the
        // adverb of the verb that marker opens; a past verb right after it
        // is the verb of the clause the phrase sits in.
        let close = best.is_some_and(|(_, m, idx)| m == Mark::Future && before - idx <= 3)
            || own_relative && best.is_some();
        if let Some(&(idx, mark)) = self
            .markers
            .get(first_after)
            .filter(|(i, _)| !back_cut(*i) && !result(*i) && !close)
        {
            if let Some((at, _)) = ws.get(idx) {
                let distance = 2 * (at - date_end);
                if best.is_none_or(|(d, _, _)| distance < d) {
                    best = Some((distance, mark, idx));
                }
            }
        }
        let (_, mark, idx) = best?;
        let commitment = mark.commitment();
        let negated = commitment && (idx.saturating_sub(1)..idx + 3).any(|k| negates(ws, k));
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
    let fronted = doc
        .prose
        .get(clause.end..)
        .is_some_and(|r| r.starts_with(','));
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
    let t = next.map(|first| fronted_tense(doc, s_clauses(doc, k), first));
    cache.fronted = Some((key, t));
    t.unwrap_or(here)
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
