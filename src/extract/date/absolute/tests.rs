//! Tests of `absolute`, at the boundaries of every convention.

use super::*;
use crate::extract::date::tests::*;

#[test]
fn absolute_forms() {
    for s in [
        "June 29, 2021",
        "29 June 2021",
        "2021-06-29",
        "Tuesday, June 29, 2021",
        "the 29th of June 2021",
        "June 29th 2021",
        "June 29th, 2021",
        "29/06/2021",
        "6/29/2021",
        "29-Jun-2021",
        "2021/Jun/29",
    ] {
        assert_eq!(
            interval(s, Tense::Present),
            (d(2021, 6, 29), d(2021, 6, 29)),
            "{s}"
        );
    }
    assert_eq!(
        interval("Dec. 5, 2019", Tense::Past),
        (d(2019, 12, 5), d(2019, 12, 5))
    );
    assert_eq!(parse("Tuesday, June 29, 2021").weekday, Some(1));
    assert_eq!(parse("Tue, June 29, 2021").weekday, Some(1));
    assert_eq!(
        interval("in 2019", Tense::Past),
        (d(2019, 1, 1), d(2019, 12, 31))
    );
    assert_eq!(
        interval("the 29th of June", Tense::Past),
        (d(2021, 6, 29), d(2021, 6, 29))
    );
    assert_eq!(interval("the first of March", Tense::Past).0, d(2021, 3, 1));
    assert_eq!(
        interval("the 1990s", Tense::Past),
        (d(1990, 1, 1), d(1999, 12, 31))
    );
    assert_eq!(
        interval("in June of 2022", Tense::Future),
        (d(2022, 6, 1), d(2022, 6, 30))
    );
}

#[test]
fn numeric_dates_only_when_unambiguous() {
    assert!(matches!(
        parse("10/31/2021").expr,
        DateExpr::Day {
            month: 10,
            day: 31,
            ..
        }
    ));
    assert!(matches!(
        parse("31/10/2021").expr,
        DateExpr::Day {
            month: 10,
            day: 31,
            ..
        }
    ));
    // 03/04/2021 could be March 4 or 3 April.
    assert!(date_claim("03/04/2021").is_err());
    assert!(matches!(
        date_claim_with("03/04/2021", DateOrder::Dmy)
            .unwrap()
            .1
            .expr,
        DateExpr::Day {
            month: 4,
            day: 3,
            ..
        }
    ));
    assert!(matches!(
        date_claim_with("03/04/2021", DateOrder::Mdy)
            .unwrap()
            .1
            .expr,
        DateExpr::Day {
            month: 3,
            day: 4,
            ..
        }
    ));
    // Fractions and scores are not dates.
    assert!(date_claim("1/2").is_err());
    assert!(date_claim("1.5").is_err());
    assert!(date_claim("3-2 win").is_err());
}

#[test]
fn era_years_are_astronomical() {
    let t = Tense::Past;
    assert_eq!(interval("in 2014 AD", t), (d(2014, 1, 1), d(2014, 12, 31)));
    assert_eq!(interval("in 14 a.d.", t), (d(14, 1, 1), d(14, 12, 31)));
    // 1 BC is year 0: 44 BC is −43.
    assert_eq!(interval("in 44 BC", t), (d(-43, 1, 1), d(-43, 12, 31)));
    assert_eq!(
        interval("around next week", t),
        (d(2021, 7, 5), d(2021, 7, 11))
    );
}

#[test]
fn cardinal_word_days() {
    let t = Tense::Past;
    assert_eq!(
        interval("January twenty five nineteen eighty six", t),
        (d(1986, 1, 25), d(1986, 1, 25))
    );
    assert_eq!(
        interval("fifteen August nineteen hundred ninety three", t),
        (d(1993, 8, 15), d(1993, 8, 15))
    );
    assert_eq!(
        interval("May twenty nine", t),
        (d(2021, 5, 29), d(2021, 5, 29))
    );
    // A count after the month is not a day.
    assert!(month_day_year("January twenty people").is_err());
}

#[test]
fn two_digit_year_after_of() {
    let t = Tense::Past;
    assert_eq!(interval("April of 87", t), (d(1987, 4, 1), d(1987, 4, 30)));
    assert_eq!(
        interval("15 April of 87", t),
        (d(1987, 4, 15), d(1987, 4, 15))
    );
    assert!(month_year("April of 87 people").is_err());
}

#[test]
fn tokenized_comma_before_year() {
    assert_eq!(
        interval("on Dec. 31 , 1994", Tense::Past),
        (d(1994, 12, 31), d(1994, 12, 31))
    );
    assert_eq!(
        interval("June 29 , 2021", Tense::Past),
        (d(2021, 6, 29), d(2021, 6, 29))
    );
}

#[test]
fn year_and_month_numerically() {
    assert_eq!(
        interval("in 2015-3", Tense::Past),
        (d(2015, 3, 1), d(2015, 3, 31))
    );
    assert_eq!(
        interval("in 12-2015", Tense::Past),
        (d(2015, 12, 1), d(2015, 12, 31))
    );
    assert!(iso_month("2015-13").is_err());
}

#[test]
fn malformed_iso_dates_are_no_year() {
    assert_eq!(
        malformed_numeric_date("2015-1-32 is a wrong date").map(|(_, t)| t),
        Ok("2015-1-32")
    );
    assert!(malformed_numeric_date("2015/13/01").is_ok());
    assert!(malformed_numeric_date("2015-1-31").is_err());
    assert!(malformed_numeric_date("2015-12").is_err());
    assert!(malformed_numeric_date("1990-95").is_err());
    assert!(malformed_numeric_date("2015-1/32").is_err());
}

#[test]
fn compact_dates() {
    let t = Tense::Past;
    assert_eq!(interval("20161016", t), (d(2016, 10, 16), d(2016, 10, 16)));
    assert!(compact_date("20161316").is_err());
    assert!(compact_date("12345678").is_err());
    assert_eq!(interval("Nov/2", t), (d(2020, 11, 2), d(2020, 11, 2)));
    assert!(month_slash_day("Nov/2/2019").is_err());
}

#[test]
fn figures_are_no_numeric_dates() {
    assert!(numeric_date(DateOrder::None)("30/4.85").is_err());
    assert!(numeric_date(DateOrder::None)("30/4, 2019").is_ok());
}

#[test]
fn coordinated_days_share_the_year_written_after_the_last() {
    let day = |s| month_day_year(s).unwrap();
    // The year after the last day of the list belongs to every day in it.
    assert_eq!(
        day("November 26 and December 7, 2017"),
        (
            " and December 7, 2017",
            DateExpr::Day {
                year: Some(2017),
                month: 11,
                day: 26
            }
        )
    );
    // "in 2017" after a day: its year, left for a claim of its own.
    assert_eq!(
        day("December 7 in 2017"),
        (
            " in 2017",
            DateExpr::Day {
                year: Some(2017),
                month: 12,
                day: 7
            }
        )
    );
    assert_eq!(
        day("March 3 and 4,000 people").1,
        DateExpr::Day {
            year: None,
            month: 3,
            day: 3
        }
    );
}
