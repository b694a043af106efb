//! Matching on the shapes real news writes (issue 14), end to end: with
//! reference data that agrees with the text nothing is reported, and each
//! fact made wrong is found. The articles are written for these tests.

mod common;

/// Check `text` against `refs` and return (rule, severity, reference id)
/// of each error or warning.
fn findings(text: &str, refs: &str) -> Vec<(String, String, String)> {
    common::findings_on(text, refs, "2025-03-02")
}

/// `refs` with the value of fact `id` (written `value: <old>`) replaced.
fn planted(refs: &str, id: &str, old: &str, new: &str) -> String {
    let at = refs.find(&format!("id: {id}\n")).unwrap();
    let (head, tail) = refs.split_at(at);
    let tail = tail.replacen(&format!("value: {old}\n"), &format!("value: {new}\n"), 1);
    format!("{head}{tail}")
}

const BOX_SCORE: &str = "Mara Okafor led the Harbour Hawks to a 101-94 win over the \
Lakeside Owls on Saturday. Okafor finished with 31 points and 11 rebounds. She \
also handed out seven assists and made three steals in 36 minutes of play.\n\
Devon Pryce added 18 points for the Owls. He grabbed nine rebounds in 29 minutes.\n";

const BOX_REFS: &str = "facts:
  - id: okafor/points
    value: 31
    unit: points
    match: {all: [Okafor]}
  - id: okafor/rebounds
    value: 11
    unit: rebounds
    match: {all: [Okafor]}
  - id: okafor/assists
    value: 7
    unit: assists
    match: {all: [Okafor]}
  - id: okafor/steals
    value: 3
    unit: steals
    match: {all: [Okafor]}
  - id: okafor/minutes
    value: 36
    unit: minutes
    match: {all: [Okafor]}
  - id: pryce/points
    value: 18
    unit: points
    match: {all: [Pryce]}
  - id: pryce/rebounds
    value: 9
    unit: rebounds
    match: {all: [Pryce]}
  - id: pryce/minutes
    value: 29
    unit: minutes
    match: {all: [Pryce]}
";

#[test]
fn a_box_score_told_through_pronouns_agrees_and_each_wrong_fact_is_found() {
    assert_eq!(findings(BOX_SCORE, BOX_REFS), vec![]);
    for (id, old, new) in [
        ("okafor/assists", "7", "14"),
        ("okafor/steals", "3", "6"),
        ("okafor/minutes", "36", "72"),
        ("pryce/rebounds", "9", "18"),
        ("pryce/minutes", "29", "58"),
    ] {
        assert_eq!(
            findings(BOX_SCORE, &planted(BOX_REFS, id, old, new)),
            vec![(
                "fact-mismatch".to_owned(),
                "error".to_owned(),
                id.to_owned()
            )],
            "{id}"
        );
    }
}

#[test]
fn a_hedged_length_of_time_is_not_judged_as_a_bare_one() {
    // The duration keeps no qualifier: "more than 40 minutes" is not
    // judged as if it said 40 minutes exactly.
    let text = "Okafor was on the floor for more than 40 minutes.\n";
    let refs = "facts:\n  - id: m\n    value: 44\n    unit: minutes\n    match: {all: [Okafor]}\n";
    assert_eq!(findings(text, refs), vec![]);
}

const BULLETIN: &str = "The health office has recorded 2,310 measles cases since \
the outbreak began. There were 17 reported in the past day.\n\
There are now 52 measles cases in hospital. Of these, 41 are at Riverside General \
Hospital (RGH), 3 at the Westbay District Hospital, 6 at Kingsmoor and 2 at Tallow Point.\n";

const BULLETIN_REFS: &str = "facts:
  - id: cases/total
    value: 2310
    unit: cases
    match: {all: [since the outbreak]}
  - id: cases/new
    value: 17
    unit: cases
    match: {all: [past day]}
  - id: inpatients/all
    value: 52
    unit: cases
    match: {all: [in hospital]}
  - id: inpatients/riverside
    value: 41
    unit: cases
    match: {all: [RGH]}
  - id: inpatients/westbay
    value: 3
    unit: cases
    match: {all: [Westbay]}
  - id: inpatients/kingsmoor
    value: 6
    unit: cases
    match: {all: [Kingsmoor]}
  - id: inpatients/tallow
    value: 2
    unit: cases
    match: {all: [Tallow Point]}
";

#[test]
fn a_bulletin_that_names_its_noun_once_agrees_and_each_wrong_figure_is_found() {
    assert_eq!(findings(BULLETIN, BULLETIN_REFS), vec![]);
    for (id, old, new) in [
        ("cases/new", "17", "34"),
        ("inpatients/riverside", "41", "82"),
        ("inpatients/westbay", "3", "6"),
        ("inpatients/kingsmoor", "6", "12"),
        ("inpatients/tallow", "2", "4"),
    ] {
        assert_eq!(
            findings(BULLETIN, &planted(BULLETIN_REFS, id, old, new)),
            vec![(
                "fact-mismatch".to_owned(),
                "error".to_owned(),
                id.to_owned()
            )],
            "{id}"
        );
    }
}

/// (rule, reference id) of each error or warning, sorted.
fn cited(text: &str, refs: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = findings(text, refs)
        .into_iter()
        .map(|(rule, _, id)| (rule, id))
        .collect();
    out.sort();
    out
}

fn pair(rule: &str, id: &str) -> (String, String) {
    (rule.to_owned(), id.to_owned())
}

const TIE: &str = "Herders in the northern hills have lost more than 70 percent \
of their grazing land since the drought began.\n";

const TIE_REFS: &str = "facts:
  - id: hills/land-lost
    value: 74
    unit: percent
    match: {all: [northern hills]}
  - id: survey/least-land-lost
    value: 72
    unit: percent
    match: {all: [grazing land]}
";

#[test]
fn a_tie_the_figure_agrees_with_throughout_is_no_finding_and_a_wrong_fact_is_never_hidden() {
    // Whichever fact is meant, "more than 70 percent" is right.
    assert_eq!(cited(TIE, TIE_REFS), vec![]);
    // One candidate disagrees: the tie is reported, citing it.
    let one = planted(TIE_REFS, "survey/least-land-lost", "72", "30");
    assert_eq!(
        cited(TIE, &one),
        vec![pair("ambiguous-match", "survey/least-land-lost")]
    );
    // Both disagree: each is cited, the one planted wrong among them.
    let both = planted(&one, "hills/land-lost", "74", "35");
    assert_eq!(
        cited(TIE, &both),
        vec![
            pair("ambiguous-match", "hills/land-lost"),
            pair("ambiguous-match", "survey/least-land-lost"),
        ]
    );
}

#[test]
fn a_range_stated_against_a_reference_range_is_judged_by_its_ends() {
    let text = "Each year the agency counts 2 to 6 million flu cases nationwide, \
and its experts put the death toll at 10,000 to 40,000.\n";
    let refs = "facts:
  - id: flu/cases
    value: {min: 2000000, max: 6000000}
    unit: cases
    match: {all: [agency]}
  - id: flu/deaths
    value: {min: 10000, max: 40000}
    match: {all: [death toll]}
";
    assert_eq!(cited(text, refs), vec![]);
    // Doubled, each range still overlaps the article's, but its ends are
    // not the article's.
    let wrong = refs.replace(
        "{min: 2000000, max: 6000000}",
        "{min: 4000000, max: 12000000}",
    );
    assert_eq!(
        cited(text, &wrong),
        vec![pair("fact-mismatch", "flu/cases")]
    );
    let wrong = refs.replace("{min: 10000, max: 40000}", "{min: 20000, max: 80000}");
    assert_eq!(
        cited(text, &wrong),
        vec![pair("fact-mismatch", "flu/deaths")]
    );
    // A figure inside a reference range still agrees with it.
    let point = "The agency counted about 4 million flu cases last year.\n";
    assert_eq!(cited(point, refs), vec![]);
}

const SEATS: &str = "The Greens won 41 seats, falling short of the 50 majority mark, \
a far cry from the 58 and 63 seats they won in 2015 and 2019, respectively.\n";

// Without its implied noun, the 50 would leave the fact to a figure of
// the list, "58 … seats", which it contradicts.
const SEATS_REFS: &str = "facts:
  - id: parliament/majority-mark
    value: 50
    unit: seats
    match: {all: [majority mark]}
";

#[test]
fn a_figure_outside_the_lists_a_sentence_pairs_respectively_keeps_its_implied_noun() {
    assert_eq!(cited(SEATS, SEATS_REFS), vec![]);
    let wrong = planted(SEATS_REFS, "parliament/majority-mark", "50", "100");
    assert_eq!(
        cited(SEATS, &wrong),
        vec![pair("fact-mismatch", "parliament/majority-mark")]
    );
}

const WARD: &str = "The city has recorded a total of 4,100 flu cases this winter.\n\
The total number of flu cases admitted to its hospitals so far is 912.\n";

const WARD_REFS: &str = "facts:
  - id: flu/cases-total
    value: 4100
    unit: cases
    match: {all: [flu cases, total]}
  - id: flu/admitted
    value: 912
    unit: cases
    match: {all: [admitted], any: [so far]}
";

#[test]
fn a_figure_with_an_implied_noun_takes_the_equally_specific_fact_nearest_it() {
    assert_eq!(cited(WARD, WARD_REFS), vec![]);
    let wrong = planted(WARD_REFS, "flu/admitted", "912", "1824");
    assert_eq!(
        cited(WARD, &wrong),
        vec![pair("fact-mismatch", "flu/admitted")]
    );
}

const TALLY: &str = "Ana Ruiz finished 24 of 31 for 287 yards and two touchdowns \
in the Owls' win. In the chamber vote the Greens took 41 of 120, their best result.\n";

const TALLY_REFS: &str = "facts:
  - id: ruiz/completions
    value: 24
    unit: completions
    match: {all: [Ruiz]}
  - id: ruiz/yards
    value: 287
    unit: yards
    match: {all: [Ruiz]}
  - id: ruiz/touchdowns
    value: 2
    unit: touchdowns
    match: {all: [Ruiz]}
  - id: greens/seats
    value: 41
    unit: seats
    match: {all: [chamber]}
";

#[test]
fn a_bare_tally_counts_parts_of_a_whole() {
    // "24 of 31", no noun written: completions of attempts, never yards.
    assert_eq!(cited(TALLY, TALLY_REFS), vec![]);
    for (id, old, new) in [
        ("ruiz/completions", "24", "48"),
        ("ruiz/yards", "287", "574"),
        ("greens/seats", "41", "82"),
    ] {
        assert_eq!(
            cited(TALLY, &planted(TALLY_REFS, id, old, new)),
            vec![pair("fact-mismatch", id)],
            "{id}"
        );
    }
}

#[test]
fn a_date_speaks_about_the_event_whose_terms_all_stand_in_its_clause() {
    // The date's clause names other mayors wholly; the councillor's
    // sentencing (more specific) has only "sentenced" there.
    let text = "Because Ilse Varga was tried and sentenced in a county court, she \
may ask for early release, unlike two former mayors sentenced in the past year.\n";
    let refs = concat!(
        "events:\n",
        "  - id: varga/sentencing\n    date: 2025-02-20\n    source: court record\n",
        "    match: {all: [sentenced, Varga]}\n",
        "  - id: mayors/sentenced\n    date: {from: 2024-06, to: 2024-09}\n",
        "    source: court record\n    match: {all: [former mayors]}\n",
    );
    assert_eq!(findings(text, refs), vec![]);
    let moved = refs.replace(
        "{from: 2024-06, to: 2024-09}",
        "{from: 2021-06, to: 2021-09}",
    );
    assert_eq!(
        findings(text, &moved),
        vec![(
            "date-mismatch".to_owned(),
            "error".to_owned(),
            "mayors/sentenced".to_owned()
        )]
    );
}
