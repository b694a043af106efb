//! Tests of `tense` for reported plans and moved dates (issue 14, session
//! 14): what a hope looks ahead to, a relative clause with a present verb
//! of its own, a participle after "those", and the old and the new date
//! of a move.

use super::*;

/// (text, interval start or "-", commitment) of each date claim of the
/// Markdown `text`, dated by its front matter.
fn readings(text: &str) -> Vec<(String, String, bool)> {
    use crate::document::{Document, Format};
    use crate::extract::claim::ClaimKind;
    let doc = Document::from_text("a.md", text.into(), Format::Markdown, None, vec![]);
    crate::extract::extract(&doc)
        .iter()
        .filter_map(|c| match &c.kind {
            ClaimKind::Date(d) => Some((
                doc.slice(c.span).replace('\n', " "),
                d.interval.map_or("-".to_owned(), |i| i.start.to_string()),
                d.commitment,
            )),
            _ => None,
        })
        .collect()
}

#[test]
fn a_hope_looks_ahead_as_a_plan_does() {
    let c =
        "the mayor said on Friday that the city hoped stallholders could start trading in mid-June";
    let t = at(c, "in mid-June");
    assert_eq!((t.tense, t.commitment), (Tense::Future, true));
    // The reporting verb keeps its own date.
    assert_eq!(at(c, "on Friday").tense, Tense::Past);
    let c = "The trust hopes to reopen the pier in May";
    assert!(at(c, "in May").commitment);
    let c = "the board hoped that the ferry would sail by August";
    assert!(at(c, "by August").commitment);
    // The noun promises nothing.
    let c = "their hopes of a deal by Friday faded";
    assert!(!at(c, "by Friday").commitment);
    // A hope the past overtook is a plan dated in the past.
    let c = "The club had hoped to finish the stand by June";
    assert_eq!(at(c, "by June").tense, Tense::Past);
}

#[test]
fn a_relative_clause_with_a_present_verb_dates_its_noun() {
    // The sitting's timetable, not the promise about the bills.
    let c = "both bills will pass in the coming sitting of the assembly that opens on March 3";
    let t = at(c, "on March 3");
    assert_eq!((t.tense, t.commitment), (Tense::Present, false));
    // After a verb of saying or thinking "that" opens a report.
    let c = "the firm will ensure that crews on site finish by May";
    assert!(at(c, "by May").commitment);
    // A plural noun after "that" is its subject, with a verb after it,
    // and the plan still reaches the date.
    let c = "the fund will see that wages rise by June";
    assert!(at(c, "by June").commitment);
}

#[test]
fn a_participle_after_those_is_no_verb_of_the_clause() {
    let c = "the pause will give those affected by the levy time to prepare for its return in March 2031";
    assert!(at(c, "in March 2031").commitment);
    // Without "those" the participle is still the clause's verb.
    let c = "the storm affected the harbour in March";
    assert_eq!(at(c, "in March").tense, Tense::Past);
}

#[test]
fn a_date_an_event_is_moved_to_is_set_for_it() {
    let got = readings(include_str!(
        "../../../../fixtures/periods/s14-tense/ferncastle-notes.md"
    ));
    // Published on Wednesday 18 July 2029.
    let want = [
        ("on Tuesday", "2029-07-17", false),
        // What the authority hoped for: the coming September, a plan.
        ("in mid-September", "2029-09-11", true),
        // The sitting's own timetable: no promise.
        ("on September 3", "2029-09-03", false),
        // Pushed from one year to another: the old date is none, the new
        // one is set.
        ("from 2030", "2030-01-01", false),
        ("2032", "2032-01-01", true),
        // Brought forward: both in the article's year; the new one, still
        // to come, is set.
        ("from October", "2029-10-01", false),
        ("August", "2029-08-01", true),
        // "those affected by" is no past verb: "will let" governs.
        ("in March 2031", "2031-03-01", true),
    ];
    let mut rest = got.iter();
    for (t, start, commitment) in want {
        assert!(
            rest.any(|g| g.0 == t && g.1 == start && g.2 == commitment),
            "{t} {start} {commitment} not in order in {got:?}"
        );
    }
}

#[test]
fn a_move_under_a_condition_promises_nothing() {
    let got = readings(
        "---\ndate: 2029-07-18\n---\nIf the vote is pushed to Monday, the budget slips.\n",
    );
    assert!(got.iter().any(|g| g.0 == "Monday" && !g.2), "{got:?}");
    // Put off to a day under a past verb: the coming one, and set.
    let got = readings("---\ndate: 2029-07-18\n---\nThe hearing was postponed to Monday.\n");
    assert_eq!(
        got,
        vec![("Monday".to_owned(), "2029-07-23".to_owned(), true)]
    );
}

#[test]
fn a_clause_of_time_under_a_plan_is_part_of_the_plan() {
    let c = "A first $4 million is expected to be repaid by Orlen once he sells his farms before beginning his sentence in October";
    let t = at(c, "in October");
    assert_eq!((t.tense, t.commitment), (Tense::Future, true));
    // A year before its noun is no adverb of the clause.
    let c = "It will take weeks before they certify the result of the 2019 count";
    assert!(!at(c, "2019").commitment);
    // A figure's course after the plan is a projection, out of its reach.
    let c = "Sales will grow in 2026 before easing in 2027";
    assert!(at(c, "in 2026").commitment);
    assert!(!at(c, "in 2027").commitment);
    // A past verb in the clause of time dates it.
    let c = "The mill will reopen after the owners agreed a sale in March";
    assert_eq!(at(c, "in March").tense, Tense::Past);
}
