//! Figures and dates of held-out set 22 read by rules of English (session
//! 22), on fixtures written for the repository.
//!
//! Dates (`fixtures/periods/s22/ferry-board.txt`): a headline in sentence
//! case over a story written one paragraph per line is a sentence of its
//! own; "no later than on" is a deadline; a date a schedule sets is read
//! by the schedule ("initially set a vote date on", "was originally due
//! to", "approved a dividend for its annual meeting on") and a plan is a
//! commitment, a meeting's day is not, nor is "due to" a cause; "wants"
//! with an object reaches its deadline over a quoted term; "the same
//! quarter" on a quarter,
//! not on "the past decade"; "the following year" on the year named.
//!
//! Figures (`fixtures/figures/markets-and-mines.txt`): basis points written
//! short, kilotonnes and megatonnes, "kgs", crowns named by their country,
//! Jordan's dinar written "JD".

mod common;

use common::Reading;

#[test]
fn schedules_headlines_and_anchored_periods() {
    let rows: &[(&str, &str, Option<&str>, bool)] = &[
        // The headline is its own sentence: its "until" lies ahead, not
        // a year back by the story's "opened".
        (
            "until November 15",
            "2024-11-15..2024-11-15",
            Some("until"),
            false,
        ),
        ("on Monday", "2024-02-05..2024-02-05", Some("on"), false),
        (
            "no later than on December 3",
            "2024-12-03..2024-12-03",
            Some("by"),
            true,
        ),
        // Set before, the article's year; plans, so commitments.
        ("on August 25", "2024-08-25..2024-08-25", Some("on"), true),
        ("on April 2", "2024-04-02..2024-04-02", Some("on"), true),
        // A meeting's day, ahead: no plan of itself.
        ("on June 26", "2024-06-26..2024-06-26", Some("on"), false),
        ("by 2028", "2028-01-01..2028-12-31", Some("by"), true),
        (
            "in the quarter ended December 31",
            "2023-10-01..2023-12-31",
            Some("in"),
            false,
        ),
        (
            "in the past decade",
            "2014-02-06..2024-02-06",
            Some("in"),
            false,
        ),
        (
            "the same quarter last year",
            "2022-10-01..2022-12-31",
            None,
            false,
        ),
        ("In 2019", "2019-01-01..2019-12-31", Some("in"), false),
        ("The following year", "2020-01-01..2020-12-31", None, false),
        // "due to" a cause: the day read by its own verb.
        ("on Friday", "2024-02-02..2024-02-02", Some("on"), false),
        // A year in a clause of its own gives no year to the day after it.
        ("in 2015", "2015-01-01..2015-12-31", Some("in"), false),
        ("on March 3", "2024-03-03..2024-03-03", Some("on"), true),
    ];
    assert_eq!(
        common::date_readings("fixtures/periods/s22/ferry-board.txt", Some("2024-02-06")),
        common::date_rows(rows)
    );
}

#[test]
fn market_and_mining_units_and_currencies_named_by_country() {
    let got: Vec<Reading> =
        common::readings("fixtures/figures/markets-and-mines.txt", "2012-01-19")
            .into_iter()
            .filter(|r| r.1 == "quantity" && r.3.is_some())
            .collect();
    let units: Vec<(&str, &str, &str)> = got
        .iter()
        .map(|r| (r.0.as_str(), r.2.as_str(), r.3.as_deref().unwrap_or("")))
        .collect();
    assert_eq!(
        units,
        vec![
            ("50bp", "50", "bp"),
            ("20 economists", "20", "economists"),
            ("50bp", "50", "bp"),
            ("25 bps", "25", "bps"),
            ("139.6 kt", "139.6", "kt"),
            ("270-300 kt", "270..300", "kt"),
            ("2 Mt", "2", "Mt"),
            ("28kgs", "28", "kgs"),
            ("10.8 billion Czech crowns", "10800000000", "CZK"),
            ("117 Czech crowns", "117", "CZK"),
            ("40 Norwegian crowns", "40", "NOK"),
            ("JD177 million", "177000000", "JOD"),
            ("below JD1,500", "1500", "JOD"),
        ]
    );
}
