//! Dates real news reads wrong without a rule of English for them
//! (held-out set of session 19), on fixtures written for the repository:
//! a reporting period named by its last day is the period ("the quarter
//! ended March 31" is January to March, as "the week ended" is the seven
//! days), its year-ago period a year back; under a fiscal calendar a
//! yearless half is the calendar's half, "during the year" after a
//! reporting year is that year and "the year before" the one before it.

mod common;

use common::{date_readings, date_rows as want, DateReading as Reading};

/// The date claims `extract` reads in `fixture`.
fn dates(fixture: &str) -> Vec<Reading> {
    date_readings(fixture, None)
}

#[test]
fn a_period_named_by_its_last_day_is_the_period() {
    let rows = [
        // Three months ending that day (not whole calendar months), and
        // the same three months a year back.
        (
            "in the three months that ended Dec. 2",
            "2024-09-03..2024-12-02",
            Some("in"),
            false,
        ),
        ("a year ago", "2023-09-03..2023-12-02", None, false),
        (
            "For the quarter ended on September 30, 2024",
            "2024-07-01..2024-09-30",
            None,
            false,
        ),
        (
            "for six months ended 30 November 2024",
            "2024-06-01..2024-11-30",
            None,
            false,
        ),
        // "ended" with no year: the latest such year over by the article
        // date, not the nearer one to come.
        (
            "for the year ended March 31",
            "2023-04-01..2024-03-31",
            None,
            false,
        ),
        // A month after "ending in": the twelve months ending with it.
        (
            "for the fiscal year ending in March 2025",
            "2024-04-01..2025-03-31",
            None,
            true,
        ),
        ("next month", "2025-01-01..2025-01-31", None, true),
        // A week stays its seven days.
        (
            "the week ended Dec. 15",
            "2024-12-09..2024-12-15",
            None,
            false,
        ),
    ];
    assert_eq!(
        dates("fixtures/periods/s20-periods/pendry-devices.md"),
        want(&rows)
    );
}

#[test]
fn a_reporting_year_stands_for_the_year_after_it() {
    let rows = [
        (
            "for the year ending June 30",
            "2023-07-01..2024-06-30",
            None,
            false,
        ),
        ("a year ago", "2022-07-01..2023-06-30", None, false),
        ("on Thursday", "2024-08-22..2024-08-22", Some("on"), false),
        // The year just reported, not the calendar year; the one before
        // it a year back.
        (
            "during the year",
            "2023-07-01..2024-06-30",
            Some("in"),
            false,
        ),
        ("the year before", "2022-07-01..2023-06-30", None, false),
    ];
    assert_eq!(
        dates("fixtures/periods/s20-periods/tallowmere-rail.md"),
        want(&rows)
    );
}

#[test]
fn a_half_under_a_fiscal_calendar_is_that_calendar_s_half() {
    let rows = [
        ("Wednesday", "2024-11-06..2024-11-06", None, false),
        // An April year: the first half is April to September.
        ("the first half", "2024-04-01..2024-09-30", None, false),
        (
            "for the six months that ended Sept. 30",
            "2024-04-01..2024-09-30",
            None,
            false,
        ),
        ("a year earlier", "2023-04-01..2023-09-30", None, false),
        ("the first half", "2024-04-01..2024-09-30", None, false),
    ];
    assert_eq!(
        dates("fixtures/periods/s20-periods/orrin-motors.md"),
        want(&rows)
    );
}

#[test]
fn a_date_a_deadline_names_is_a_limit() {
    let rows = [
        // "a deadline of" a month: by it, a limit set (a commitment).
        ("March 2018", "2018-03-01..2018-03-31", Some("by"), true),
        // "the first deadline … was" a month: by it, told as it was.
        ("June 2017", "2017-06-01..2017-06-30", Some("by"), false),
        ("Friday", "2016-12-09..2016-12-09", Some("by"), false),
    ];
    assert_eq!(
        dates("fixtures/periods/s20-periods/marrow-bridge.md"),
        want(&rows)
    );
}
