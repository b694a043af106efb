//! Figures of held-out sets 20 and 21 read by rules of English (session
//! 21), on a fixture written for the repository: the counted noun after a
//! designation and its name ("36 Z-9X Harrier III patrol jets"), after an
//! adjective in -ous or a compound in -ed ("two previous reported flu
//! cases", "1,204 suspected heat-related deaths"), a capitalised plural
//! after "more" ("Three more Varnians"), a verb of a total in -s after a
//! plural ("deaths lifts tally"), a plural written like a verb after a
//! count of many ("900 lives"), a decimal of one point; and figures that
//! are no claims: an age's class or bound ("17-year-olds", "people under
//! 16", "aged between 19 and 24"), a length naming a record, a contest's
//! label ("leg three"), a group by rank ("the top five"), "one" before a
//! plural naming a kind, "one of" a set after a preposition. "from X to
//! Y" after a verb of change a longer object back is a start and a level.

mod common;

const FIXTURE: &str = "fixtures/figures/nouns-ranks-and-ages.txt";

use common::Reading;

fn quantity(t: &str, v: &str, u: Option<&str>, q: &str) -> Reading {
    (
        t.to_owned(),
        "quantity".to_owned(),
        v.to_owned(),
        u.map(str::to_owned),
        Some(q.to_owned()),
    )
}

#[test]
fn nouns_ranks_and_ages_read_by_rules_of_english() {
    let got = common::readings(FIXTURE, "2024-03-01");
    let want = vec![
        quantity(
            "36 Z-9X Harrier III patrol jets",
            "36",
            Some("jets"),
            "none",
        ),
        quantity(
            "36 Z-9X Harrier III patrol strike patrol jets",
            "36",
            Some("jets"),
            "none",
        ),
        quantity("4 new flu deaths", "4", Some("deaths"), "none"),
        quantity("Three more Varnians", "3", Some("Varnians"), "none"),
        quantity(
            "two previous reported flu cases",
            "2",
            Some("cases"),
            "none",
        ),
        quantity(
            "1,204 suspected heat-related deaths",
            "1204",
            Some("deaths"),
            "none",
        ),
        quantity("more than 900 lives", "900", Some("lives"), "over"),
        quantity(
            "0.3 of a percentage point",
            "0.3",
            Some("percentage points"),
            "none",
        ),
        quantity("£410", "410", Some("GBP"), "none"),
        quantity("£455", "455", Some("GBP"), "none"),
        quantity("£2", "2", Some("GBP"), "none"),
        quantity("£1.20", "1.2", Some("GBP"), "none"),
    ];
    assert_eq!(got, want);
}
