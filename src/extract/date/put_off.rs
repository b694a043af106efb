//! Dates a verb of putting off points forward: "the session was adjourned
//! till Wednesday", "the vote was postponed to Monday". The state the event
//! began runs on to the date, so the date lies after the event even under a
//! past verb (used by the tense step in `extract::finish`).
//!
//! Not a date grammar: its words open no grammar, so the file is not among
//! the lexicon's sources (`lex::literals`).

use crate::extract::grammar::tail;

/// Whether the words of a clause before an "until"/"till" date put
/// something off or keep it shut, so the state the event began runs on to
/// the date even when the verb is past: "the session was adjourned till
/// Wednesday", "officials have closed the schools until Monday", "a curfew
/// imposed until Friday". The date then lies after the event, not before
/// the article. A finished state ("the storm lasted until Monday", "the
/// road stayed shut until Friday") stays in the past: the verb nearest the
/// date decides. Reads at most the last twelve words.
pub fn state_runs_on(before: &str) -> bool {
    const PUT_OFF: [&str; 38] = [
        "adjourned",
        "adjourn",
        "adjourns",
        "postponed",
        "deferred",
        "delayed",
        "suspended",
        "closed",
        "shut",
        "banned",
        "barred",
        "extended",
        "halted",
        "frozen",
        "locked",
        "imposed",
        "sealed",
        "blocked",
        "restricted",
        "paused",
        "recessed",
        "prorogued",
        "rescheduled",
        "pushed",
        // The present and the participle of a move told as it is made:
        // "pushing it from 2030 to 2035", "extends the ban until Friday".
        "push",
        "pushes",
        "pushing",
        "postpone",
        "postpones",
        "postponing",
        "delay",
        "delays",
        "delaying",
        "defer",
        "defers",
        "deferring",
        "extends",
        "extending",
    ];
    const FINISHED: [&str; 12] = [
        "lasted",
        "remained",
        "stayed",
        "continued",
        "ran",
        "went",
        "waited",
        "held",
        "kept",
        "persisted",
        "reopened",
        "resumed",
    ];
    let finished = |w: &str| FINISHED.iter().any(|k| w.eq_ignore_ascii_case(k));
    // Twelve words fit in this many bytes; a longer run is no such word.
    let mut words = tail(before, 160)
        .rsplit(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .take(12)
        .peekable();
    while let Some(w) = words.next() {
        // "brought forward to September", "moved forward to Monday": the
        // adverb makes a verb of moving one of putting off.
        if w.eq_ignore_ascii_case("forward") {
            return words
                .peek()
                .is_some_and(|p| MOVED_FORWARD.iter().any(|k| p.eq_ignore_ascii_case(k)));
        }
        if PUT_OFF.iter().any(|k| w.eq_ignore_ascii_case(k)) {
            // "stayed shut", "remained closed": a state told as over.
            return !words.peek().is_some_and(|p| finished(p));
        }
        if finished(w) {
            return false;
        }
    }
    false
}

/// The verbs that "forward" after them makes verbs of moving a date:
/// "brought forward from October to August".
const MOVED_FORWARD: [&str; 12] = [
    "brought", "bring", "brings", "bringing", "moved", "move", "moves", "moving", "pulled", "pull",
    "pulls", "pulling",
];

/// Whether the words of a clause before a bare date put an event off to
/// it: "the judge adjourned the hearing to Thursday", "the vote was
/// postponed to Monday", "the deadline was extended to Friday". As after
/// "until" ([`state_runs_on`]), the date lies ahead of the event that
/// moved it, even under a past verb. "sent to Friday prayers" moves
/// nothing.
pub fn put_off_to(before: &str) -> bool {
    let t = before.trim_end();
    match t.rsplit_once(char::is_whitespace) {
        Some((rest, last)) if last.eq_ignore_ascii_case("to") => state_runs_on(rest),
        _ => false,
    }
}

/// Whether a date with no relation of its own is what a deadline names:
/// "fixed a deadline of August 2018", "The original deadline to complete
/// the project was July 2017", "the deadline is Friday". The date is a
/// limit, `by`. The word right before the date joins it to the noun
/// ("of", or a verb "be"), and "deadline" stands among the clause's last
/// twelve words before it ("the deadline was extended in March" gives its
/// date a relation of its own and is not asked).
pub fn names_a_deadline(before: &str) -> bool {
    const JOINS: [&str; 7] = ["of", "is", "was", "be", "been", "remains", "remained"];
    let mut words = tail(before, 160)
        .rsplit(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .take(12);
    let joined = words
        .next()
        .is_some_and(|w| JOINS.iter().any(|k| w.eq_ignore_ascii_case(k)));
    joined
        && words.any(|w| w.eq_ignore_ascii_case("deadline") || w.eq_ignore_ascii_case("deadlines"))
}

#[cfg(test)]
mod deadline_tests {
    use super::names_a_deadline;

    #[test]
    fn a_deadline_names_its_date() {
        assert!(names_a_deadline("He has fixed a deadline of "));
        assert!(names_a_deadline(
            "The original deadline to complete project as per the agreement was "
        ));
        assert!(names_a_deadline("The deadline for bids is "));
        // No joining word right before the date, or no deadline in reach.
        assert!(!names_a_deadline("The deadline was extended in "));
        assert!(!names_a_deadline("The report was "));
    }
}
