//! Counts of time that measure a length between two events rather than
//! a date counted from the article date: "within one hour" of a finish
//! told in the past, "within 19 months after the charter is enacted",
//! "dropping sharply in two years", "Two days after he won",
//! "throughout 15 days of play". Read by [`super::duration_in`] before
//! the date grammar would read "within N units", "in N units" or "N
//! units after" as a date.

use crate::extract::claim::{DurationUnit, Tense};
use crate::extract::grammar::tail;

/// Whether "in N units" at `i` is one the date grammar would read as a
/// date ("in two years") in a clause told in the past ([`past_clause`]):
/// then it is the length the deed took. Only narrows what the duration
/// grammar already matched, so the date grammar's words open nothing
/// here (and this file is none of the lexicon's sources).
pub(super) fn date_in_past_clause(i: &str, before: &str) -> bool {
    crate::extract::date::date_claim(i).is_ok() && past_clause(before)
}

/// How far back, in bytes, [`past_clause`] reads the clause before a
/// count: a dozen words and more.
const CLAUSE_BYTES: usize = 160;

/// The clause that `before` (the sentence up to a count) ends in: back to
/// a comma, a semicolon, a colon, a bracket or a dash, at most
/// [`CLAUSE_BYTES`].
fn last_clause(before: &str) -> &str {
    let t = tail(before, CLAUSE_BYTES);
    t.rsplit([',', ';', ':', '(', '—', '–']).next().unwrap_or(t)
}

/// Whether the clause before a count is told in the past, with no plan in
/// it: its marker nearest the count is a past verb ("the line was
/// repaired within a day", "which resulted in reserves dropping sharply in
/// two years"). The past cannot lie N units after the article date, so
/// the count is the length the deed took.
pub(super) fn past_clause(before: &str) -> bool {
    let clause = last_clause(before);
    let t = crate::extract::tense::clause_tense(clause, clause.len(), clause.len());
    t.tense == Tense::Past && !t.commitment
}

/// Whether "within" and a count (`rest` right after the count, `unit` its
/// unit, `before` the sentence up to "within") measure a length rather
/// than set a deadline from the article date: a unit under a day ("all
/// finishing within one hour"), another start named after it ("within
/// 19 months after the charter is enacted", "within 28 days of
/// diagnosis", "within five years from this date" — not "from now"), a
/// step of a sequence ("will then be sent for approval within two
/// months"), or a clause told in the past ([`past_clause`]).
pub(super) fn within_a_length(before: &str, rest: &str, unit: DurationUnit) -> bool {
    let short = matches!(
        unit,
        DurationUnit::Hour | DurationUnit::Minute | DurationUnit::Second
    );
    short || anchored_after(rest) || in_sequence(before) || past_clause(before)
}

/// Whether `rest`, right after a count of time, names the start it counts
/// from: "after", "of" or "from" and something other than now ("after the
/// charter is enacted", "of diagnosis", "from this date"; not "from now",
/// "from today").
fn anchored_after(rest: &str) -> bool {
    let mut ws = rest
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    let (Some(lead), Some(next)) = (ws.next(), ws.next()) else {
        return false;
    };
    let lead_ok = ["after", "of", "from"]
        .iter()
        .any(|l| l.eq_ignore_ascii_case(lead))
        && rest.trim_start().len() + 1 > lead.len()
        && rest
            .trim_start_matches([' ', '\u{a0}'])
            .get(..lead.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(lead));
    lead_ok
        && !["now", "today"]
            .iter()
            .any(|n| n.eq_ignore_ascii_case(next))
}

/// Whether the clause before "within" is a step of a sequence: "then"
/// stands in it ("will then be sent … for approval within two months"),
/// so the count runs from the step before, not from the article date.
fn in_sequence(before: &str) -> bool {
    tail(before, CLAUSE_BYTES)
        .rsplit(['.', ';', ':'])
        .next()
        .is_some_and(|s| {
            s.split(|c: char| !c.is_alphanumeric())
                .any(|w| w.eq_ignore_ascii_case("then"))
        })
}

/// Whether `rest`, right after a count of time with no lead ("Two days"),
/// goes on with "after" or "before" and a clause or an event rather than
/// a date: "Two days after he won the slalom", "three weeks before the
/// vote". The count is the length between two events, not a date ("two
/// days after March 3" is the date grammar's).
pub(super) fn between_events(rest: &str) -> bool {
    let mut ws = rest
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty());
    let opens = rest.starts_with([' ', '\u{a0}']);
    let (Some(lead), Some(next)) = (ws.next(), ws.next()) else {
        return false;
    };
    let lead_ok = lead.eq_ignore_ascii_case("after") || lead.eq_ignore_ascii_case("before");
    let lower = next.to_ascii_lowercase();
    let subject = matches!(
        lower.as_str(),
        "he" | "she" | "it" | "they" | "we" | "i" | "you"
    );
    // A noun phrase after it ("a day before the announcement") may name
    // an event dated elsewhere, which the date grammar anchors to; a
    // clause with a subject pronoun ("after he won") names none.
    opens && lead_ok && subject
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn within_a_length_when_short_anchored_sequenced_or_past() {
        let hour = DurationUnit::Hour;
        let month = DurationUnit::Month;
        assert!(within_a_length(
            "the boats all finished ",
            " of each other",
            hour
        ));
        assert!(within_a_length(
            "must hold a poll ",
            " after the charter is enacted",
            month
        ));
        assert!(within_a_length(
            "should be completed ",
            " from this date",
            month
        ));
        assert!(!within_a_length("will repay it ", " from now", month));
        assert!(within_a_length(
            "will then be sent for approval ",
            ".",
            month
        ));
        assert!(within_a_length(
            "Crews repaired the line ",
            ".",
            DurationUnit::Day
        ));
        assert!(!within_a_length(
            "The firm will repay the loan ",
            ".",
            month
        ));
    }

    #[test]
    fn a_count_between_two_events() {
        assert!(between_events(" after he won the slalom"));
        assert!(!between_events(" before the vote"));
        assert!(!between_events(" after March 3"));
        assert!(!between_events(" after the March 3 vote"));
        assert!(!between_events(" later"));
        assert!(!between_events("after he won"));
    }
}
