//! Figures of held-out set 18 read by rules of English (session 19), on a
//! fixture written for the repository: "pc" for per cent in lower case
//! ("PC" in capitals is no percent), digits before an ordinal word count
//! what it qualifies ("90 million first doses"), a plural without -s heads
//! its phrase ("2 million people felt"), a plural before a plural modifies
//! it, a figure after a named measure is its value ("magnitude 4
//! tremors"), "from a magnitude X to Y" is a start and a level, and an
//! article and an ordinal before a noun ("a third successive loss")
//! count nothing.

mod common;

const FIXTURE: &str = "fixtures/figures/per-cent-ordinals-and-heads.txt";

use common::Reading;

/// The claims `extract` reads in the fixture.
fn claims() -> Vec<Reading> {
    common::readings(FIXTURE, "2024-03-01")
}

#[test]
fn per_cent_ordinals_heads_and_measures_read_by_rules_of_english() {
    let want: &[(&str, &str, Option<&str>, &str)] = &[
        // "pc" in lower case, spaced or glued; "PC" stays a noun's modifier.
        ("4.5 pc", "4.5", Some("percent"), "none"),
        ("3pc", "3", Some("percent"), "none"),
        ("12 PC units", "12", Some("units"), "none"),
        // Digits before an ordinal word: a count of what it qualifies.
        ("90 million first doses", "90000000", Some("doses"), "none"),
        ("45 million second doses", "45000000", Some("doses"), "none"),
        // "people" heads its phrase; "felt" is the verb.
        ("Some 2 million people", "2000000", Some("people"), "about"),
        // After a named measure the figure is its value.
        ("4", "4", Some("magnitude"), "none"),
        // A start and a level, in the measure written once.
        ("5.8", "5.8", Some("magnitude"), "none"),
        ("6.1", "6.1", Some("magnitude"), "none"),
        // A plural before a plural modifies it.
        ("40,000 vaccines doses", "40000", Some("doses"), "none"),
        // Nothing of "a third successive loss": an ordinal before its noun.
    ];
    let want: Vec<Reading> = want
        .iter()
        .map(|(t, v, u, q)| {
            (
                (*t).to_owned(),
                "quantity".to_owned(),
                (*v).to_owned(),
                u.map(str::to_owned),
                Some((*q).to_owned()),
            )
        })
        .collect();
    assert_eq!(claims(), want);
}
