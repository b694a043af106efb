//! Tests of `tense` for the held-out classes of session 16 (issue 14): a
//! wish with its deadline, an infinitive a permission governs, an event
//! set for its date, and a term in quotation marks inside a clause.

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

/// The claims of `body` under a front matter dated Tuesday 10 June 2031.
fn dated(body: &str) -> Vec<(String, String, bool)> {
    readings(&format!("---\ndate: 2031-06-10\n---\n{body}\n"))
}

#[test]
fn a_wish_with_its_deadline_is_an_intent() {
    let c = "The council wants to connect every hamlet to fibre by 2034";
    let t = at(c, "by 2034");
    assert_eq!((t.tense, t.commitment), (Tense::Future, true));
    // With an object and then the deadline.
    let c = "The board wants new terms from the lenders by Friday";
    assert!(at(c, "by Friday").commitment);
    // A negated wish is reported negated.
    let c = "The mayor does not want to raise the levy in 2032";
    let t = at(c, "in 2032");
    assert!(t.commitment && t.negated, "{t:?}");
}

#[test]
fn a_wish_needs_a_verb_or_a_deadline() {
    // The noun after a determiner is no wish.
    let c = "The wants of the farmers by 2030 grew";
    assert!(!at(c, "by 2030").commitment);
    // An object with no deadline: the year names what is wanted.
    let c = "He wants the 2019 rules back";
    assert!(!at(c, "2019").commitment);
    // A clause opened between the wish and the deadline is its own.
    let c = "She wants the money that the firm paid by 2029";
    assert!(!at(c, "by 2029").commitment);
    // A wish the past tense tells stays past.
    let c = "The board wanted a deal in 2029";
    assert_eq!(at(c, "in 2029").tense, Tense::Past);
}

#[test]
fn an_infinitive_a_permission_governs_is_no_promise() {
    let c = "authorising the treasury to draw funds from the reserve account of the district to \
             meet its spending during 2031-32";
    assert!(!at(c, "during 2031-32").commitment);
    let c = "The regulator allowed the port to open its new berth in March";
    let t = at(c, "in March");
    assert_eq!((t.tense, t.commitment), (Tense::Past, false));
    let c = "The firm sought permission to build the plant by 2033";
    assert!(!at(c, "by 2033").commitment);
    // A future before the permission still promises.
    let c = "The law will allow the port to open its new berth in March";
    assert!(at(c, "in March").commitment);
    // A clause opened between them cuts the permission off.
    let c = "The regulator allowed the sale but the port aims to open the berth in March";
    assert!(at(c, "in March").commitment);
    // An infinitive of its own, with no permission before it, still plans.
    let c = "The treasury is to meet its spending during 2031-32";
    assert!(at(c, "during 2031-32").commitment);
}

#[test]
fn an_event_set_for_its_date_is_a_commitment() {
    for c in [
        "The last vote on the bill is fixed for Thursday when the treasurer will move it",
        "The final is set for Thursday",
        "The relaunch of the ferry is slated for Thursday",
        "The hearings are pencilled for Thursday",
    ] {
        let t = at(c, "Thursday");
        assert_eq!((t.tense, t.commitment), (Tense::Future, true), "{c}");
    }
    // Told in the past, a plan dated in the past.
    let c = "The vote was fixed for Thursday";
    let t = at(c, "Thursday");
    assert_eq!((t.tense, t.commitment), (Tense::Past, true));
    // "fixed" with no "for" is no plan.
    let c = "The roof is fixed on Thursday";
    assert!(!at(c, "on Thursday").commitment);
}

#[test]
fn a_quoted_term_does_not_end_the_clause() {
    let got = dated(
        "The council wants to connect “full-fibre” broadband and new masts to every hamlet \
         by 2034 as part of its plan.",
    );
    assert!(
        got.iter().any(|g| g.0 == "by 2034" && g.2),
        "by 2034 not a commitment in {got:?}"
    );
    // "wants" with an object and a deadline: the object runs on over the
    // quoted term to the deadline.
    let got = dated("Council wants “full-fibre” lines in every hamlet by 2034");
    assert!(
        got.iter().any(|g| g.0 == "by 2034" && g.2),
        "by 2034 not a commitment in {got:?}"
    );
    // A quoted term that denies ("no plans") is no term to read over.
    let got = dated("The firm said it had “no plans” to cut jobs by 2025.");
    assert!(got.iter().all(|g| g.0 != "by 2025" || !g.2), "{got:?}");
    let got = dated("The council will open the \"Riverside\" wing in March.");
    assert!(got.iter().any(|g| g.0 == "in March" && g.2), "{got:?}");
    // Quoted words after a modal are the verb: the words before the
    // quotation marks do not decide alone.
    let got = dated("The governor said prices would “tick up” in August.");
    assert!(got.iter().all(|g| g.0 != "in August" || !g.2), "{got:?}");
    // A quotation with a verb of its own is a clause of its own: the
    // future inside it reaches no date after it, nor does the one before.
    let got = dated("The chief said “we will sell the mill” on Monday.");
    assert!(got.iter().all(|g| g.0 != "on Monday" || !g.2), "{got:?}");
}

#[test]
fn the_session_16_fixture_reads_as_meant() {
    let got = readings(include_str!(
        "../../../../fixtures/periods/s16-tense/harwell-council.md"
    ));
    // Published on Tuesday 10 June 2031.
    let want = [
        ("by 2034", "2034-01-01", true),
        ("by 2034", "2034-01-01", true),
        ("on Monday", "2031-06-09", false),
        ("during 2031-32", "-", false),
        ("in March", "2031-03-01", false),
        ("Thursday", "2031-06-12", true),
        ("in September", "2031-09-01", true),
    ];
    let mut rest = got.iter();
    for (t, start, commitment) in want {
        assert!(
            rest.any(|g| g.0.ends_with(t) && (start == "-" || g.1 == start) && g.2 == commitment),
            "{t} {start} {commitment} not in order in {got:?}"
        );
    }
}
