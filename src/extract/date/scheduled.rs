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

/// How many words at most name what a date is set for ("the date for
/// voter registration", "the dates for the announcements of the list").
const FOR_WHAT: usize = 10;

/// The tense to read a yearless date by when a schedule sets it:
/// `Future` when the schedule is set as the text is written, `Present`
/// (the article's year) when it was set before; `None` when no schedule
/// sets the date. `before` is the clause up to the date (its relation
/// excluded), `after` the text right after the date.
pub fn scheduled(before: &str, after: &str) -> Option<Tense> {
    // The clause's words since its last punctuation, newest first.
    let chunk = tail(before, 200);
    let chunk = chunk
        .rsplit_once([',', ';', ':', '.', '(', ')', '"', '“', '”'])
        .map_or(chunk, |(_, c)| c);
    let words: Vec<&str> = chunk
        .rsplit(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .take(FOR_WHAT + 6)
        .collect();
    let is = |w: &str, k: &str| w.eq_ignore_ascii_case(k);
    let any = |w: &str, ks: &[&str]| ks.iter().any(|k| is(w, k));
    let first = *words.first()?;
    // "scheduled for June 5", "was earlier recommended for November 18".
    if is(first, "for") && words.get(1).is_some_and(|w| any(w, &SET_FOR)) {
        return Some(tense_of_setting(words.get(1..)?));
    }
    // "sets June 5 for the elections", "set June 5, 2021 as the date".
    let object = [" for ", " as ", ", as "].iter().any(|w| {
        after
            .get(..w.len())
            .is_some_and(|a| a.eq_ignore_ascii_case(w))
    });
    if object && any(first, &SET_OBJECT) {
        return Some(tense_of_setting(&words));
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
        return Some(Tense::Future);
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
    Some(tense_of_setting(words.get(verb_at..)?))
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
    use super::scheduled;
    use crate::extract::claim::Tense;

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
    fn other_dates_are_no_schedule() {
        assert_eq!(scheduled("The record set ", " still stands"), None);
        assert_eq!(scheduled("He voted for the plan on ", ""), None);
        assert_eq!(scheduled("The date of the attack was ", ""), None);
        assert_eq!(scheduled("He left for ", ""), None);
    }
}
