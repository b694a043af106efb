//! Dates a schedule sets: "the board sets June 5 for the elections", "has
//! tentatively set the date for registration between March 1 and March
//! 30", "the vote is scheduled for May 2", "the dates for the appeals are
//! March 31 and April 1", "the poll was earlier recommended for November
//! 18". The date names the event planned, not the planning, so the verb's
//! tense does not place a date written without its year the way it places
//! a date the verb itself happened on:
//!
//! - a schedule set as the text is written (a present or perfect verb,
//!   "sets", "has set", "is scheduled for", "the date for … is") lies
//!   ahead: the next such date after the article date;
//! - one set before (a past verb, "was scheduled for", "recommended for")
//!   is no reason for the year before: the article's year (DESIGN's
//!   default for a date with no year).
//!
//! Not a date grammar: its words open no grammar, so the file is not among
//! the lexicon's sources (`lex::literals`). Reads a bounded tail of the
//! clause before the date and a few bytes after it.

use crate::extract::claim::Tense;
use crate::extract::grammar::tail;

/// Verbs that set a date: "<verb> for <date>" ("scheduled for June 5").
const SET_FOR: [&str; 21] = [
    "set",
    "sets",
    "fixed",
    "fixes",
    "scheduled",
    "schedules",
    "rescheduled",
    "reschedules",
    "slated",
    "recommended",
    "recommends",
    "proposed",
    "proposes",
    "planned",
    "earmarked",
    "pencilled",
    "penciled",
    "booked",
    "timed",
    "targeted",
    "pegged",
];

/// Verbs of [`SET_FOR`] that suggest a date rather than fix it: the
/// date is read by them, but it is no plan the text commits to.
const SUGGESTED: [&str; 4] = ["recommended", "recommends", "proposed", "proposes"];

/// Verbs whose object is the date, "<verb> <date> for|as …" ("sets June 5
/// for the elections", "picked March 3 as the day").
const SET_OBJECT: [&str; 14] = [
    "set",
    "sets",
    "fixed",
    "fixes",
    "picked",
    "picks",
    "chose",
    "chooses",
    "named",
    "names",
    "scheduled",
    "schedules",
    "proposed",
    "proposes",
];

/// Words that may stand between an auxiliary and the verb ("has
/// tentatively set", "was earlier recommended").
const BETWEEN: [&str; 8] = [
    "earlier",
    "now",
    "already",
    "also",
    "since",
    "initially",
    "originally",
    "been",
];

/// Events a date may be given to by a noun before it, "for the annual
/// meeting on June 26", rather than to the clause's verb.
const EVENTS: [&str; 22] = [
    "meeting",
    "meetings",
    "election",
    "elections",
    "vote",
    "poll",
    "polls",
    "runoff",
    "referendum",
    "summit",
    "hearing",
    "session",
    "conference",
    "congress",
    "ceremony",
    "inauguration",
    "launch",
    "auction",
    "debate",
    "talks",
    "match",
    "final",
];

/// How many words at most stand between "for" and the event it is for
/// ("for the company's annual shareholder meeting").
const FOR_EVENT: usize = 6;

/// How many words of the clause before the date are read (within its
/// last 200 bytes): a verb's auxiliary may stand a long object back.
const CLAUSE_WORDS: usize = 40;

/// How many words at most name what a date is set for ("the date for
/// voter registration", "the dates for the announcements of the list").
const FOR_WHAT: usize = 10;

/// The tense to read a yearless date by when a schedule sets it:
/// `Future` when the schedule is set as the text is written, `Present`
/// (the article's year) when it was set before; `None` when no schedule
/// sets the date. `before` is the clause up to the date (its relation
/// excluded), `after` the text right after the date.
pub fn scheduled(before: &str, after: &str) -> Option<Schedule> {
    schedule_tense(before, after).map(|(tense, plan)| Schedule { tense, plan })
}

/// How a schedule places a date: the tense to read it by, and whether the
/// date is a plan the text reports (a commitment: "is scheduled for", "was
/// due to", "set the date for"), not only a day an event is held on ("the
/// annual meeting on June 26").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Schedule {
    pub tense: Tense,
    pub plan: bool,
}

/// [`scheduled`]: the tense, and whether a plan sets the date.
fn schedule_tense(before: &str, after: &str) -> Option<(Tense, bool)> {
    // The clause's words since its last punctuation, newest first.
    let chunk = tail(before, 200);
    let chunk = chunk
        .rsplit_once([',', ';', ':', '.', '(', ')', '"', '“', '”'])
        .map_or(chunk, |(_, c)| c);
    let words: Vec<&str> = chunk
        .rsplit(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .take(CLAUSE_WORDS)
        .collect();
    let is = |w: &str, k: &str| w.eq_ignore_ascii_case(k);
    let any = |w: &str, ks: &[&str]| ks.iter().any(|k| is(w, k));
    let first = *words.first()?;
    // "scheduled for June 5", "was earlier recommended for November 18".
    if is(first, "for") && words.get(1).is_some_and(|w| any(w, &SET_FOR)) {
        // A date recommended or proposed is no plan yet.
        let plan = !words.get(1).is_some_and(|w| any(w, &SUGGESTED));
        return Some((tense_of_setting(words.get(1..)?), plan));
    }
    // "sets June 5 for the elections", "set June 5, 2021 as the date".
    let object = [" for ", " as ", ", as "].iter().any(|w| {
        after
            .get(..w.len())
            .is_some_and(|a| a.eq_ignore_ascii_case(w))
    });
    if object && any(first, &SET_OBJECT) {
        return Some((tense_of_setting(&words), true));
    }
    // "set an election date on August 25", "named a new date of May 3":
    // the date noun right before the date, its verb a few words back.
    if any(first, &["date", "dates"]) {
        if let Some(k) = (1..=3).find(|&k| words.get(k).is_some_and(|w| any(w, &SET_OBJECT))) {
            return Some((tense_of_setting(words.get(k..)?), true));
        }
    }
    // "was due to leave office on April 2": a plan, due as the text is
    // written ("is due to") or before ("was due to", the article's year).
    // Only after a form of "be" ("was originally due to"): "have died due
    // to dengue" names a cause.
    if let Some(k) = (1..=6).find(|&k| {
        words.get(k).is_some_and(|w| is(w, "due")) && words.get(k - 1).is_some_and(|w| is(w, "to"))
    }) {
        let be = words
            .iter()
            .skip(k + 1)
            .find(|w| !(w.ends_with("ly") || any(w, &BETWEEN)))
            .is_some_and(|w| any(w, &["is", "are", "was", "were", "be", "been", "being", "s"]));
        // And before a verb ("due to leave"), not a noun ("was due to the
        // storm", "due to flooding").
        let verb = k
            .checked_sub(2)
            .and_then(|j| words.get(j))
            .is_some_and(|w| {
                !w.ends_with("ing")
                    && !any(
                        w,
                        &[
                            "the", "a", "an", "his", "her", "its", "their", "this", "that",
                            "these", "those",
                        ],
                    )
            });
        if be && verb {
            return Some((tense_of_setting(words.get(k..)?), true));
        }
    }
    // "has approved a dividend for the annual shareholder meeting on June
    // 26": a date the event before it is given, the event what something
    // is for, in a clause told now (present, perfect, future): ahead.
    if any(first, &EVENTS) {
        let found = (1..=FOR_EVENT).find(|&k| words.get(k).is_some_and(|w| is(w, "for")));
        // Only a noun phrase between "for" and the event ("for its annual
        // shareholder meeting"), not another phrase ("fined for crowd
        // trouble at the match", "for remarks made during the debate").
        let phrase = found.is_some_and(|f| {
            !words.iter().take(f).skip(1).any(|w| {
                any(
                    w,
                    &[
                        "at", "during", "since", "in", "on", "of", "from", "after", "before",
                        "made", "held",
                    ],
                )
            })
        });
        if let Some(f) = found.filter(|_| phrase) {
            let aux = words.iter().skip(f + 1).find(|w| {
                any(
                    w,
                    &[
                        "has", "have", "is", "are", "will", "was", "were", "had", "did",
                    ],
                )
            });
            // "has been fined for …": a passive told of what happened.
            let passive = words.iter().skip(f + 1).any(|w| is(w, "been"));
            if !passive && aux.is_some_and(|a| any(a, &["has", "have", "is", "are", "will"])) {
                return Some((Tense::Future, false));
            }
        }
    }
    // "set the date for voter registration between …", "the dates for
    // the announcements … are March 31".
    let date_at = words
        .iter()
        .take(FOR_WHAT + 2)
        .position(|w| any(w, &["date", "dates"]))?;
    let joined = date_at >= 2
        && words
            .get(date_at - 1)
            .is_some_and(|w| any(w, &["for", "of"]));
    if !joined {
        return None;
    }
    if any(first, &["is", "are"]) {
        return Some((Tense::Future, true));
    }
    let mut verb_at = date_at + 1;
    if words
        .get(verb_at)
        .is_some_and(|w| any(w, &["the", "a", "new", "its", "their"]))
    {
        verb_at += 1;
    }
    let verb = *words.get(verb_at)?;
    if !any(verb, &SET_OBJECT) {
        return None;
    }
    Some((tense_of_setting(words.get(verb_at..)?), true))
}

/// The tense a schedule was set in, from its verb (`words[0]`) and the
/// words before it, newest first: "has set", "is scheduled", "sets" are
/// set as the text is written (`Future` for the date); "was set", "had
/// scheduled", a bare "set" before (`Present`: the article's year).
fn tense_of_setting(words: &[&str]) -> Tense {
    let is = |w: &str, ks: &[&str]| ks.iter().any(|k| w.eq_ignore_ascii_case(k));
    let verb = words.first().copied().unwrap_or("");
    let mut before = words.iter().skip(1);
    // "tentatively set", "has been set": adverbs and "been" stand between.
    let aux = before.find(|w| !(w.ends_with("ly") || is(w, &BETWEEN)));
    match aux {
        Some(a) if is(a, &["has", "have", "is", "are", "'s"]) => Tense::Future,
        Some(a) if is(a, &["was", "were", "had"]) => Tense::Present,
        _ if verb.ends_with('s') && !is(verb, &["was"]) => Tense::Future,
        _ => Tense::Present,
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::claim::Tense;

    /// The tense a schedule reads the date by.
    fn scheduled(before: &str, after: &str) -> Option<Tense> {
        super::scheduled(before, after).map(|s| s.tense)
    }

    #[test]
    fn a_schedule_set_now_lies_ahead() {
        assert_eq!(
            scheduled("The board sets ", " for the vote"),
            Some(Tense::Future)
        );
        assert_eq!(
            scheduled("The board has tentatively set the date for the count ", ""),
            Some(Tense::Future)
        );
        assert_eq!(
            scheduled("The days for filing the appeals are ", "."),
            None,
            "no date noun"
        );
        assert_eq!(
            scheduled("The dates for filing the appeals are ", "."),
            Some(Tense::Future)
        );
        assert_eq!(
            scheduled("The match is scheduled for ", "."),
            Some(Tense::Future)
        );
        // The verb alone, no auxiliary: set before, the article's year.
        assert_eq!(
            scheduled("The talks, now slated for ", ""),
            Some(Tense::Present)
        );
    }

    #[test]
    fn a_schedule_set_before_keeps_the_year() {
        assert_eq!(
            scheduled("The vote was earlier recommended for ", ","),
            Some(Tense::Present)
        );
        assert_eq!(
            scheduled("The hearing was set for ", ""),
            Some(Tense::Present)
        );
        assert_eq!(
            scheduled("They picked ", " as the day"),
            Some(Tense::Present)
        );
    }

    #[test]
    fn a_date_given_a_date_noun_a_plan_or_an_event() {
        // The date noun right before the date, set before: the article's year.
        assert_eq!(
            scheduled("The bill initially set an election date ", ", and"),
            Some(Tense::Present)
        );
        assert_eq!(
            scheduled("The council has set a new date ", ""),
            Some(Tense::Future)
        );
        // "due to": a plan, now or before.
        assert_eq!(
            scheduled("The mayor was originally due to leave office ", "."),
            Some(Tense::Present)
        );
        assert_eq!(
            scheduled("The ferry is due to sail ", "."),
            Some(Tense::Future)
        );
        // An event a clause told now is for: ahead.
        assert_eq!(
            scheduled(
                "The board has approved a dividend of 9 crowns for the annual shareholder meeting ",
                "."
            ),
            Some(Tense::Future)
        );
        // Told in the past, or no "for": no schedule here.
        assert_eq!(
            scheduled("Delegates had gathered for the meeting ", "."),
            None
        );
        assert_eq!(scheduled("The board has spoken at the meeting ", "."), None);
        assert_eq!(
            scheduled(
                "The club has been fined for crowd trouble at the match ",
                "."
            ),
            None
        );
    }

    #[test]
    fn a_plan_is_a_commitment_an_event_held_is_not() {
        let plan = |b: &str, a: &str| super::scheduled(b, a).map(|s| s.plan);
        assert_eq!(plan("The match is scheduled for ", "."), Some(true));
        assert_eq!(plan("The mayor was due to leave office ", "."), Some(true));
        assert_eq!(plan("The bill set an election date ", "."), Some(true));
        assert_eq!(
            plan("The vote was earlier recommended for ", "."),
            Some(false)
        );
        // "due to" a cause is no plan.
        assert!(super::scheduled("Ninety people have died due to dengue ", "").is_none());
        assert!(super::scheduled("The fall was due to the storm ", "").is_none());
        assert!(super::scheduled("The closure was due to flooding ", "").is_none());
        assert_eq!(
            plan(
                "The board has approved a dividend for the annual meeting ",
                "."
            ),
            Some(false)
        );
    }

    #[test]
    fn other_dates_are_no_schedule() {
        assert_eq!(scheduled("The record set ", " still stands"), None);
        assert_eq!(scheduled("He voted for the plan on ", ""), None);
        assert_eq!(scheduled("The date of the attack was ", ""), None);
        assert_eq!(scheduled("He left for ", ""), None);
    }
}
