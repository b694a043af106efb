//! Tests of `days`, at the boundaries of every convention.

use super::*;
use crate::extract::date::tests::*;

// The article date in these is 2021-06-29, a Tuesday.

#[test]
fn picked_days_of_a_month() {
    let t = Tense::Present;
    let day = |y, m, dd| (d(y, m, dd), d(y, m, dd));
    assert_eq!(interval("first Tuesday of October", t), day(2021, 10, 5));
    assert_eq!(
        interval("the third Tuesday in October 2022", t),
        day(2022, 10, 18)
    );
    assert_eq!(interval("the last Friday of October", t), day(2021, 10, 29));
    assert_eq!(interval("last day of February 2024", t), day(2024, 2, 29));
    assert_eq!(interval("the 20th of next month", t), day(2021, 7, 20));
    assert_eq!(interval("20 of this month", t), day(2021, 6, 20));
    assert_eq!(interval("the 15th day of last month", t), day(2021, 5, 15));
    assert_eq!(interval("third day of October", t), day(2021, 10, 3));
    assert_eq!(
        interval("the first Monday of the month", t),
        day(2021, 6, 7)
    );
    // A fifth Friday that the month does not have is no date.
    let p = parse("the fifth Friday of February 2021");
    let r = resolve_with(p.expr, p.part, None, t, &DateOptions::default());
    assert_eq!(r.interval, None);
    // "20th of October" stays a written date; "20 of October" is none.
    assert!(matches!(
        parse("20th of October").expr,
        DateExpr::Day { .. }
    ));
    assert!(picked_day("20 of October").is_err());
}

#[test]
fn weekdays_of_a_week() {
    let t = Tense::Present;
    let day = |m, dd| (d(2021, m, dd), d(2021, m, dd));
    assert_eq!(interval("Wednesday of next week", t), day(7, 7));
    assert_eq!(interval("Wednesday next week", t), day(7, 7));
    assert_eq!(interval("Monday of this week", t), day(6, 28));
    assert_eq!(interval("Sunday from last week", t), day(6, 27));
    assert_eq!(interval("last week's Sunday", t), day(6, 27));
    // "Friday after next": a week after next Friday (July 2).
    assert_eq!(interval("Friday after next", t), day(7, 9));
}

#[test]
fn weekday_with_a_bare_day() {
    let day = |y, m, dd| (d(y, m, dd), d(y, m, dd));
    // Fridays the 13th around 2021-06-29: August 2021 and November 2020.
    assert_eq!(interval("Friday the 13th", Tense::Future), day(2021, 8, 13));
    assert_eq!(interval("Friday the 13th", Tense::Past), day(2020, 11, 13));
    // Present: the latest within three days back, else the next.
    assert_eq!(interval("Fri 13th", Tense::Present), day(2021, 8, 13));
    assert_eq!(
        interval("Sunday the 27th", Tense::Present),
        day(2021, 6, 27)
    );
    // A month after it makes it a written date.
    assert!(weekday_day("Friday the 13th of August").is_err());
    assert!(weekday_day("Friday 13 people").is_err());
}

#[test]
fn lowercase_weekday_abbreviations() {
    assert_eq!(weekday_name("thu").map(|r| r.1), Ok(3));
    assert_eq!(weekday_name("fri.").map(|r| r.1), Ok(4));
    assert_eq!(weekday_name("mon.").map(|r| r.1), Ok(0));
    // English words stay words.
    assert!(weekday_name("sat").is_err());
    assert!(weekday_name("sun.").is_err());
    assert!(weekday_name("wed").is_err());
    assert!(weekday_name("mon").is_err());
}

#[test]
fn weeks_of_a_month_hold_its_thursdays() {
    let t = Tense::Past;
    // September 2014 ends on a Tuesday: its last week is 22–28.
    assert_eq!(
        interval("the last week of September 2014", t),
        (d(2014, 9, 22), d(2014, 9, 28))
    );
    // October 2014 starts on a Wednesday: its first week holds Thursday the 2nd.
    assert_eq!(
        interval("the first week of October 2014", t),
        (d(2014, 9, 29), d(2014, 10, 5))
    );
    assert_eq!(
        interval("the 2nd last week of October 2018", t),
        (d(2018, 10, 15), d(2018, 10, 21))
    );
    assert_eq!(
        interval("the third last week of 2018", t),
        (d(2018, 12, 10), d(2018, 12, 16))
    );
    assert_eq!(
        interval("the second week of 2021", t),
        (d(2021, 1, 11), d(2021, 1, 17))
    );
    assert_eq!(
        interval("the fifth last day of May 2021", t),
        (d(2021, 5, 27), d(2021, 5, 27))
    );
    // Sunday 6 October 2013 lies in the week from Monday 30 September.
    assert_eq!(
        interval("the week of October 6th, 2013", t),
        (d(2013, 9, 30), d(2013, 10, 6))
    );
    assert_eq!(
        interval("the week of 7 October 2013", t),
        (d(2013, 10, 7), d(2013, 10, 13))
    );
}

#[test]
fn months_after_next_and_ides() {
    let t = Tense::Future;
    // 2021-06-29: next March is 2022's, March after next 2023's.
    assert_eq!(
        interval("March after next", t),
        (d(2023, 3, 1), d(2023, 3, 31))
    );
    assert_eq!(
        interval("the ides of March 2022", t),
        (d(2022, 3, 15), d(2022, 3, 15))
    );
    assert_eq!(
        interval("the ides of June 2022", t),
        (d(2022, 6, 13), d(2022, 6, 13))
    );
}

#[test]
fn week_beginning_a_day_is_its_iso_week() {
    let t = Tense::Future;
    for s in [
        "the week beginning February 4 2019",
        "the week starting on February 4 2019",
        "the week commencing February 4 2019",
        "w/c Feb 4 2019",
    ] {
        assert_eq!(interval(s, t), (d(2019, 2, 4), d(2019, 2, 10)), "{s}");
    }
}

#[test]
fn weekday_with_a_bare_day_number() {
    // Article 2021-06-29: the nearest month whose 21st is a Monday.
    assert_eq!(
        interval("on Monday 21!", Tense::Future),
        (d(2022, 2, 21), d(2022, 2, 21))
    );
    assert_eq!(
        interval("on Monday 21.", Tense::Past),
        (d(2021, 6, 21), d(2021, 6, 21))
    );
    // A counted noun or a decimal after it: only the weekday.
    for s in [
        "on Monday 21 people",
        "on Monday 21.5",
        "on Monday 21,000",
        "on monday 21",
    ] {
        assert_eq!(parse(s).len, "on Monday".len(), "{s}");
    }
}

#[test]
fn ordinal_day_before_a_shifted_month_without_of() {
    assert_eq!(
        interval("around the 21st this month", Tense::Future),
        (d(2021, 6, 21), d(2021, 6, 21))
    );
    assert_eq!(
        interval("the fifth next month", Tense::Future),
        (d(2021, 7, 5), d(2021, 7, 5))
    );
    // A count is no day; a named month needs "of".
    assert_eq!(parse("this month").len, "this month".len());
    assert!(date_claim("21 this month").map_or(true, |(_, p)| p.len != "21 this month".len()));
    assert!(date_claim("the 21st June").is_ok());
}

#[test]
fn week_of_a_day_of_this_month() {
    // Article 2021-06-29: the 18th is Friday 18 June, ISO week 14–20 June.
    assert_eq!(
        interval("the week of the 18th.", Tense::Past),
        (d(2021, 6, 14), d(2021, 6, 20))
    );
    // Future tense and the 18th already past: July's, week 12–18 July.
    assert_eq!(
        interval("the week of the 18th.", Tense::Future),
        (d(2021, 7, 12), d(2021, 7, 18))
    );
}

/// The opening-word checks of `picked_day` and `weekday_of_week` let each
/// of their forms through.
#[test]
fn picked_day_and_weekday_of_week_forms_still_parse() {
    for s in [
        "the first Tuesday of October",
        "last Friday in October",
        "the last day of October 2015",
        "the 20th of next month",
        "the 15th day of next month",
        "third day of October",
        "the 3rd last week of October",
    ] {
        assert!(picked_day(s).is_ok(), "{s}");
    }
    for s in [
        "Wednesday of next week",
        "Sunday from last week",
        "last week's Sunday",
        "Friday after next",
        "next week on Tuesday",
        "the previous week - Monday",
    ] {
        assert!(weekday_of_week(s).is_ok(), "{s}");
    }
    assert!(picked_day("the measures").is_err());
    assert!(weekday_of_week("that the measures").is_err());
}

#[test]
fn days_of_this_month() {
    let day = |m, dd| (d(2021, m, dd), d(2021, m, dd));
    assert_eq!(interval("on the 15th.", Tense::Present), day(6, 15));
    assert_eq!(interval("on the 30th", Tense::Past), day(5, 30));
    assert_eq!(interval("on the 1st", Tense::Future), day(7, 1));
    assert!(day_of_this_month("the 15th floor").is_err());
}

#[test]
fn an_ordinal_in_an_event_of_a_month_is_a_rank() {
    // "came third in last month's derby": no day of last month.
    let p = date_claim("third in last month's derby").map(|(_, p)| p.len);
    assert_ne!(p.ok(), Some("third in last month".len()));
    // With "of", or "the" before a written day, it is the day.
    assert_eq!(
        interval("the third of last month", Tense::Past),
        (d(2021, 5, 3), d(2021, 5, 3))
    );
    assert_eq!(
        interval("the 20th in next month", Tense::Future),
        (d(2021, 7, 20), d(2021, 7, 20))
    );
}

#[test]
fn an_ordinal_in_a_hyphenated_adjective_is_no_day() {
    assert!(day_of_this_month("the second-year course").is_err());
    assert!(day_of_this_month("the fifth-largest port").is_err());
    assert!(day_of_this_month("the second - a Monday").is_ok());
    assert!(day_of_this_month("the second.").is_ok());
}
