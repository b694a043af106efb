//! The words that open a clause inside a clause, which a marker does not
//! reach over: a relative pronoun or a conjunction of time before the
//! date cuts a marker before it off ([`cuts_before`]); "when", "where",
//! "that" or a conjunction of cause after the date cuts one after it off
//! ([`cuts_after_at`]).

use std::borrow::Cow;

use super::*;

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
/// after the plan, not part of it; with an object it is the planner's own
/// act, a step of the plan ("a target of planting 400 trees a week in May
/// before increasing it to 600 by June").
pub(crate) fn clause_of_time(ws: &[(usize, Cow<'_, str>)], idx: usize) -> bool {
    let word = |k: usize| ws.get(k).map(|(_, w)| w.as_ref());
    let object = word(idx + 2).is_some_and(|o| {
        matches!(
            o,
            "it" | "them" | "the" | "its" | "their" | "this" | "these" | "those"
        )
    });
    matches!(
        word(idx),
        Some("before" | "after" | "until" | "till" | "once")
    ) && (object || !word(idx + 1).is_some_and(course_gerund))
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
