//! Tests of `tense` for the held-out classes of session 15 (issue 14): an
//! infinitive after an adjective of feeling, a relative clause's own past
//! verb, grounds given by a participle, a state a measure is kept in, and
//! the words inside a pair of dashes or brackets.

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

/// The claims of `body` under a front matter dated 9 December 2031.
fn dated(body: &str) -> Vec<(String, String, bool)> {
    readings(&format!("---\ndate: 2031-12-09\n---\n{body}\n"))
}

#[test]
fn an_infinitive_after_a_feeling_takes_the_time_of_be() {
    // What the feeling is about happened: no plan.
    let c = "We were pleased to complete the sale of the mill during the quarter";
    let t = at(c, "during the quarter");
    assert_eq!((t.tense, t.commitment), (Tense::Past, false));
    let c = "The board was proud to open the new wing in March";
    assert_eq!(at(c, "in March").tense, Tense::Past);
    // A feeling still to come keeps the future of its "will".
    let c = "We will be glad to host the final in May";
    assert!(at(c, "in May").commitment);
    // Adjectives of will look ahead.
    let c = "The club is ready to open the stand in May";
    assert!(at(c, "in May").commitment);
    let c = "The club was determined to finish the stand by May";
    assert!(at(c, "by May").commitment);
}

#[test]
fn a_relative_clauses_own_verb_dates_its_date() {
    // "has promised" is the main clause's verb; "took" dates 2027.
    let c = "The harbour master who took charge in 2027 has promised to dredge the channel";
    let t = at(c, "in 2027");
    assert_eq!((t.tense, t.commitment), (Tense::Past, false));
    // Without a relative pronoun the marker after the date still counts.
    let c = "The harbour master in 2027 has promised to dredge the channel";
    assert!(at(c, "in 2027").commitment);
    // A plan in the relative clause is still that clause's plan.
    let c = "the levy which is expected to end in 2033 was raised";
    assert!(at(c, "in 2033").commitment);
}

#[test]
fn grounds_given_by_a_participle_are_the_tellers() {
    // Written in December: the third quarter just past, no plan.
    let got = dated(
        "Corriwell said on Monday it would cut costs, citing weak orders and a \
         closure during the third quarter.",
    );
    assert!(
        got.contains(&(
            "during the third quarter".to_owned(),
            "2031-07-01".to_owned(),
            false
        )),
        "{got:?}"
    );
    // Another participle goes on with the plan before it.
    let got = dated("The firm said it would cut costs, closing the plant in March.");
    assert!(
        got.contains(&("in March".to_owned(), "2032-03-01".to_owned(), true)),
        "{got:?}"
    );
}

#[test]
fn would_keep_a_measure_in_force_is_a_promise() {
    let c = "the mayor said the limits would be in place until the end of March";
    let t = at(c, "until the end of March");
    assert_eq!((t.tense, t.commitment), (Tense::Future, true));
    let c = "the council said the bridge would remain closed until Monday";
    assert!(at(c, "until Monday").commitment);
    let c = "officials said the curbs would stay in force until June";
    assert!(at(c, "until June").commitment);
    // A figure's course is still a projection.
    let c = "the treasurer said inflation would remain high until June";
    assert!(!at(c, "until June").commitment);
    let c = "the treasurer said the gap would be in deficit until June";
    assert!(!at(c, "until June").commitment);
}

#[test]
fn words_between_dashes_or_brackets_take_the_tense_around_them() {
    let got = dated(
        "We will bring the crews home in two steps – 2032 and 2033 – leaving about 400 \
         after the end of 2032.",
    );
    for year in ["2032", "2033", "after the end of 2032"] {
        assert!(
            got.iter().any(|g| g.0 == year && g.2),
            "{year} not a commitment in {got:?}"
        );
    }
    let got = dated("We will bring the crews home in two steps (2032 and 2033).");
    assert!(got.iter().all(|g| g.2), "{got:?}");
    // Words of their own inside the dashes keep their own tense.
    let got = dated("We will bring the crews home – the first left in 2029 – by 2033.");
    assert!(
        got.contains(&("in 2029".to_owned(), "2029-01-01".to_owned(), false)),
        "{got:?}"
    );
}

#[test]
fn the_session_15_fixture_reads_as_meant() {
    let got = readings(include_str!(
        "../../../../fixtures/periods/s15-tense/pelham-briefs.md"
    ));
    // Published on Tuesday 9 December 2031.
    let want = [
        ("on Monday", "2031-12-08", false),
        // The grounds of the cut: the quarter just past.
        ("during the third quarter", "2031-07-01", false),
        // What the chief was delighted about is done.
        ("during the quarter", "-", false),
        // The relative clause's own past verb.
        ("in 2027", "2027-01-01", false),
        // A measure kept in force, reported: the coming March.
        ("until the end of March", "2032-03-01", true),
        // Beside "two steps" between dashes, and after them.
        ("2032", "2032-01-01", true),
        ("2033", "2033-01-01", true),
        ("after the end of 2032", "2032-09-01", true),
    ];
    let mut rest = got.iter();
    for (t, start, commitment) in want {
        assert!(
            rest.any(|g| g.0 == t && (start == "-" || g.1 == start) && g.2 == commitment),
            "{t} {start} {commitment} not in order in {got:?}"
        );
    }
}
