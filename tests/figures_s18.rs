//! Figures real news reads wrong without a rule of English for them (issue
//! 14, held-out set of session 17), on a fixture written for the
//! repository: a change by a fraction then its level, a change "from X
//! to Y" told by a revision, a fraction alone as a share, an ISO code
//! before a figure, a quoted name before its noun, a margin "plus or
//! minus", "within" a distance, forecasters who are no count, a compound
//! "four-and-a-half", and idioms and ages that count nothing.

mod common;

const FIXTURE: &str = "fixtures/figures/shares-margins-and-codes.txt";

use common::Reading;

/// A claim as expected, in the same order as [`Reading`].
type Want<'a> = (&'a str, &'a str, &'a str, Option<&'a str>, Option<&'a str>);

/// The claims `extract` reads in the fixture: text, kind, value (or min
/// and max), unit and qualifier.
fn claims() -> Vec<Reading> {
    common::readings(FIXTURE, "2024-03-01")
}

#[test]
fn changes_shares_codes_and_margins_read_by_rules_of_english() {
    let want: &[Want] = &[
        // A change by a fraction, then the level it reached.
        ("a quarter", "quantity", "25", Some("percent"), Some("none")),
        (
            "2.6 billion kroner",
            "quantity",
            "2600000000",
            Some("NOK"),
            Some("none"),
        ),
        ("in the year", "date", "", None, None),
        (
            "almost a third",
            "quantity",
            "33.33333333333333",
            Some("percent"),
            Some("nearly"),
        ),
        (
            "410 million kroner",
            "quantity",
            "410000000",
            Some("NOK"),
            Some("none"),
        ),
        // A revision "from X to Y": a start and a level sharing one noun.
        ("41,000", "quantity", "41000", Some("posts"), Some("none")),
        (
            "12,000 posts",
            "quantity",
            "12000",
            Some("posts"),
            Some("none"),
        ),
        // An ISO code no table lists; a quoted name before the noun.
        (
            "around SEK 3 billion",
            "quantity",
            "3000000000",
            Some("SEK"),
            Some("about"),
        ),
        (
            "24 ‘Vintra’ mortars",
            "quantity",
            "24",
            Some("mortars"),
            Some("none"),
        ),
        (
            "60 field radios",
            "quantity",
            "60",
            Some("radios"),
            Some("none"),
        ),
        // A margin either side, and no farther than a distance.
        ("4%", "quantity", "4", Some("percent"), Some("none")),
        (
            "1.5 percentage points",
            "quantity",
            "1.5",
            Some("percentage points"),
            Some("none"),
        ),
        ("40 metres", "quantity", "40", Some("metres"), Some("up_to")),
        // What the analysts expected, not how many they were.
        ("9,000", "quantity", "9000", None, Some("none")),
        ("last month", "date", "", None, None),
        ("30,000", "quantity", "30000", None, Some("none")),
        (
            "four-and-a-half years",
            "duration",
            "4.5",
            Some("year"),
            Some("none"),
        ),
        // No "or two", "one place", ages, nor "the half"; a fraction alone.
        (
            "about a fifth",
            "quantity",
            "20",
            Some("percent"),
            Some("about"),
        ),
        (
            "40 million",
            "quantity",
            "40000000",
            Some("MYR"),
            Some("none"),
        ),
    ];
    let want: Vec<_> = want
        .iter()
        .map(|(t, k, v, u, q)| {
            (
                (*t).to_owned(),
                (*k).to_owned(),
                (*v).to_owned(),
                u.map(str::to_owned),
                q.map(str::to_owned),
            )
        })
        .collect();
    assert_eq!(claims(), want);
}
