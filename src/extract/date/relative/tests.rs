//! Tests of `relative`, at the boundaries of every convention.

use super::*;
use crate::extract::date::tests::*;
use crate::time::Interval;

#[test]
fn weekdays_follow_tense() {
    // 2021-06-29 is a Tuesday.
    assert_eq!(interval("on Friday", Tense::Past).0, d(2021, 6, 25));
    assert_eq!(interval("on Friday", Tense::Future).0, d(2021, 7, 2));
    assert_eq!(interval("on Monday", Tense::Present).0, d(2021, 6, 28));
    // Present: the nearest within three days; Friday
    // is four back; Saturday three back.
    assert_eq!(interval("on Saturday", Tense::Present).0, d(2021, 6, 26));
    assert_eq!(interval("on Friday", Tense::Present).0, d(2021, 7, 2));
    assert_eq!(interval("on Tuesday", Tense::Past).0, d(2021, 6, 29));
    // A future weekday that is the article's own is the article day (wire
    // copy's "will be released late Tuesday", filed that Tuesday); a week
    // on is "next Tuesday" or "the coming Tuesday".
    assert_eq!(interval("on Tuesday", Tense::Future).0, d(2021, 6, 29));
    assert_eq!(interval("next Tuesday", Tense::Future).0, d(2021, 7, 6));
    assert_eq!(interval("coming Tuesday", Tense::Future).0, d(2021, 7, 6));
    assert_eq!(interval("next Monday", Tense::Present).0, d(2021, 7, 5));
    assert_eq!(interval("last Tuesday", Tense::Past).0, d(2021, 6, 22));
    assert_eq!(interval("this Friday", Tense::Future).0, d(2021, 7, 2));
    // "next Wednesday" is next week's, even on the Tuesday before;
    // "(this) coming Wednesday" is tomorrow.
    assert_eq!(interval("next Wednesday", Tense::Future).0, d(2021, 7, 7));
    assert_eq!(
        interval("coming Wednesday", Tense::Future).0,
        d(2021, 6, 30)
    );
    assert_eq!(
        interval("this upcoming Wednesday", Tense::Future).0,
        d(2021, 6, 30)
    );
    // "last Monday" is last week's, even on the Tuesday after it; "this
    // past Monday" is yesterday.
    assert_eq!(interval("last Monday", Tense::Past).0, d(2021, 6, 21));
    assert_eq!(interval("this past Monday", Tense::Past).0, d(2021, 6, 28));
    assert_eq!(interval("past Tuesday", Tense::Past).0, d(2021, 6, 22));
}

#[test]
fn present_weekday_boundary() {
    // From a Wednesday: Sunday is 3 back → back; Saturday 4 back → ahead.
    let wed = d(2021, 6, 30);
    assert_eq!(
        interval_at("on Sunday", Tense::Present, wed).0,
        d(2021, 6, 27)
    );
    assert_eq!(
        interval_at("on Saturday", Tense::Present, wed).0,
        d(2021, 7, 3)
    );
    assert_eq!(
        interval_at("on Friday", Tense::Present, wed).0,
        d(2021, 7, 2)
    );
}

#[test]
fn relative_days_and_shifts() {
    assert_eq!(interval("today", Tense::Present).0, d(2021, 6, 29));
    assert_eq!(interval("yesterday", Tense::Past).0, d(2021, 6, 28));
    assert_eq!(interval("tomorrow", Tense::Future).0, d(2021, 6, 30));
    assert_eq!(interval("two weeks ago", Tense::Past).0, d(2021, 6, 15));
    assert_eq!(interval("a month ago", Tense::Past).0, d(2021, 5, 29));
    // A decade counts ten years, as in "the past two decades".
    assert_eq!(interval("a decade ago", Tense::Past).0, d(2011, 6, 29));
    assert_eq!(interval("two decades ago", Tense::Past).0, d(2001, 6, 29));
    assert_eq!(
        interval("two decades from now", Tense::Future).0,
        d(2041, 6, 29)
    );
    assert_eq!(interval("in two weeks", Tense::Future).0, d(2021, 7, 13));
    assert_eq!(
        interval("three days from now", Tense::Future).0,
        d(2021, 7, 2)
    );
    assert_eq!(
        interval("the past two years", Tense::Past),
        (d(2019, 6, 29), d(2021, 6, 29))
    );
    assert_eq!(
        interval("the next three months", Tense::Future),
        (d(2021, 6, 29), d(2021, 9, 29))
    );
}

#[test]
fn shifted_months() {
    let t = Tense::Present;
    let month = |y, m| (d(y, m, 1), Interval::month(y, m).unwrap().end);
    assert_eq!(interval("next March", t), month(2022, 3));
    assert_eq!(interval("next July", t), month(2021, 7));
    assert_eq!(interval("last June", t), month(2020, 6));
    assert_eq!(interval("last May", t), month(2021, 5));
    assert_eq!(interval("this September", t), month(2021, 9));
    assert!(shifted_month("this may").is_err());
}

#[test]
fn period_acronyms() {
    let t = Tense::Present;
    assert_eq!(interval("EOM", t), (d(2021, 6, 21), d(2021, 6, 30)));
    assert_eq!(interval("at the BOM", t), (d(2021, 6, 1), d(2021, 6, 10)));
    assert_eq!(interval("the EOY", t), (d(2021, 9, 1), d(2021, 12, 31)));
    assert_eq!(interval("BOY", t), (d(2021, 1, 1), d(2021, 4, 30)));
    assert!(date_claim("boy").is_err());
}

#[test]
fn counted_weekdays_count_from_the_article_date() {
    // 2021-06-29 is a Tuesday.
    let t = Tense::Present;
    assert_eq!(interval("three Fridays from now", t).0, d(2021, 7, 16));
    assert_eq!(interval("2 Tuesdays from now", t).0, d(2021, 7, 13));
    assert_eq!(interval("two Thursdays ago", t).0, d(2021, 6, 17));
    assert_eq!(interval("1 Tuesday back", t).0, d(2021, 6, 22));
}

#[test]
fn counted_quarters_are_three_months_each() {
    let t = Tense::Present;
    assert_eq!(
        interval("the last 2 quarters", t),
        (d(2020, 12, 29), d(2021, 6, 29))
    );
    assert_eq!(
        interval("the next three quarters", t),
        (d(2021, 6, 29), d(2022, 3, 29))
    );
}

#[test]
fn periods_with_the_count_first() {
    let t = Tense::Present;
    assert_eq!(
        interval("the two upcoming weeks", t),
        (d(2021, 6, 29), d(2021, 7, 13))
    );
    assert_eq!(
        interval("3 previous years", t),
        (d(2018, 6, 29), d(2021, 6, 29))
    );
    assert_eq!(
        interval("2 upcoming quarters", t),
        (d(2021, 6, 29), d(2021, 12, 29))
    );
}

#[test]
fn counts_shift_from_a_day() {
    // 2021-06-29 is a Tuesday.
    let t = Tense::Future;
    assert_eq!(interval("three weeks from tomorrow", t).0, d(2021, 7, 21));
    assert_eq!(
        interval("two days before yesterday", Tense::Past).0,
        d(2021, 6, 26)
    );
    assert_eq!(interval("2 weeks before May 13 1999", t).0, d(1999, 4, 29));
    assert_eq!(
        interval("3 days after January 12th 2022", t).0,
        d(2022, 1, 15)
    );
    assert_eq!(interval("two months after next Friday", t).0, d(2021, 9, 9));
}

#[test]
fn weekends_are_saturday_and_sunday() {
    // 2021-06-29 is a Tuesday.
    let week_end = (d(2021, 7, 3), d(2021, 7, 4));
    assert_eq!(interval("this weekend", Tense::Future), week_end);
    assert_eq!(interval("the weekend", Tense::Future), week_end);
    assert_eq!(
        interval("the weekend", Tense::Past),
        (d(2021, 6, 26), d(2021, 6, 27))
    );
    assert_eq!(
        interval("last weekend", Tense::Past),
        (d(2021, 6, 26), d(2021, 6, 27))
    );
    assert_eq!(
        interval("next weekend", Tense::Future),
        (d(2021, 7, 10), d(2021, 7, 11))
    );
}

#[test]
fn a_fortnight_is_two_weeks() {
    assert_eq!(
        interval("in a fortnight", Tense::Future),
        (d(2021, 7, 13), d(2021, 7, 13))
    );
}

#[test]
fn units_two_away() {
    // Article 2021-06-29 (ISO week 26).
    assert_eq!(
        interval("in the week after next", Tense::Future),
        (d(2021, 7, 12), d(2021, 7, 18))
    );
    assert_eq!(
        interval("the year before last", Tense::Past),
        (d(2019, 1, 1), d(2019, 12, 31))
    );
    assert_eq!(
        interval("the month after next", Tense::Future),
        (d(2021, 8, 1), d(2021, 8, 31))
    );
}

#[test]
fn weekday_of_a_shifted_day() {
    // Article 2021-06-29 (Tuesday); two weeks on is Tuesday 13 July, whose
    // ISO week runs 12–18 July.
    assert_eq!(
        interval("Monday two weeks from now", Tense::Future),
        (d(2021, 7, 12), d(2021, 7, 12))
    );
    assert_eq!(
        interval("Sunday, two weeks from now", Tense::Future),
        (d(2021, 7, 18), d(2021, 7, 18))
    );
    // From a written day: 15 January 2021 (Friday) + 3 weeks = 5 February,
    // ISO week 1–7 February.
    assert_eq!(
        interval("Sunday 3 weeks after January 15th, 2021", Tense::Past),
        (d(2021, 2, 7), d(2021, 2, 7))
    );
}

#[test]
fn counted_from_a_named_day_with_a_bound() {
    let p = parse("more than 2 weeks before today");
    assert_eq!(p.relation, Some(Relation::Before));
    assert_eq!(
        interval("more than 2 weeks before today", Tense::Past),
        (d(2021, 6, 15), d(2021, 6, 15))
    );
    let p = parse("more than 2 weeks after today");
    assert_eq!(p.relation, Some(Relation::After));
    // Less than three days after tomorrow: tomorrow and the two after it.
    let p = parse("less than 3 days after tomorrow");
    assert_eq!(p.relation, Some(Relation::Between));
    assert_eq!(
        interval("less than 3 days after tomorrow", Tense::Future),
        (d(2021, 6, 30), d(2021, 7, 2))
    );
    assert_eq!(
        interval("less than 1 week before today", Tense::Past),
        (d(2021, 6, 23), d(2021, 6, 29))
    );
    // Months have no exact day count: no bounded range.
    assert!(date_claim("less than 2 months after tomorrow").is_err());
    assert_eq!(
        interval("three weeks from tmrw", Tense::Future),
        (d(2021, 7, 21), d(2021, 7, 21))
    );
    assert_eq!(
        mdy_interval("16 days from 01/02/2018"),
        Some((d(2018, 1, 18), d(2018, 1, 18)))
    );
}

#[test]
fn days_counted_from_an_unnamed_event_stay_unresolved() {
    let anchored = |amount, unit, sign| DateExpr::Anchored { amount, unit, sign };
    for (s, expr) in [
        ("the day before", anchored(1.0, DurationUnit::Day, -1)),
        ("the day after.", anchored(1.0, DurationUnit::Day, 1)),
        ("3 weeks later", anchored(3.0, DurationUnit::Week, 1)),
        ("a month earlier", anchored(1.0, DurationUnit::Month, -1)),
        ("a year previously", anchored(1.0, DurationUnit::Year, -1)),
        ("the year before.", anchored(1.0, DurationUnit::Year, -1)),
        ("the year prior", anchored(1.0, DurationUnit::Year, -1)),
        ("a fortnight later", anchored(2.0, DurationUnit::Week, 1)),
        ("2 years 1 month 21 days later", DateExpr::Vague),
        ("two years and three months later", DateExpr::Vague),
    ] {
        let p = parse(s);
        assert_eq!(p.expr, expr, "{s}");
        assert_eq!(p.len, s.trim_end_matches('.').len(), "{s}");
        // Alone (no date given before), none resolves.
        let r = resolve_with(
            p.expr,
            None,
            Some(d(2021, 6, 29)),
            Tense::Past,
            &DateOptions::default(),
        );
        assert_eq!(r.interval, None, "{s}");
    }
    // "the year before" an event it names is counted from that event.
    assert!(!matches!(
        crate::extract::date::date_claim("the year before the war").map(|(_, p)| p.expr),
        Ok(DateExpr::Anchored { .. })
    ));
    // A named day keeps its own reading.
    assert_eq!(
        interval("the day before yesterday", Tense::Past),
        (d(2021, 6, 27), d(2021, 6, 27))
    );
}

#[test]
fn business_days_weeks_then_weekdays_and_the_day() {
    // 2021-06-29 is a Tuesday: four weekdays on is Monday 5 July.
    assert_eq!(
        interval("the next 4 business days", Tense::Future),
        (d(2021, 6, 29), d(2021, 7, 5))
    );
    assert_eq!(
        interval("the previous 4 working days", Tense::Past),
        (d(2021, 6, 23), d(2021, 6, 29))
    );
    assert!(date_claim("the next 4.5 business days").is_err());
    assert_eq!(
        interval("next week on Tuesday", Tense::Future),
        (d(2021, 7, 6), d(2021, 7, 6))
    );
    assert_eq!(
        interval("next week Mon", Tense::Future),
        (d(2021, 7, 5), d(2021, 7, 5))
    );
    assert_eq!(
        interval("previous week - Monday", Tense::Past),
        (d(2021, 6, 21), d(2021, 6, 21))
    );
    assert_eq!(
        interval("for the day", Tense::Present),
        (d(2021, 6, 29), d(2021, 6, 29))
    );
    assert_eq!(
        interval("for the month", Tense::Present),
        (d(2021, 6, 1), d(2021, 6, 30))
    );
    // "for the quarter", "for the year" are the period reported, named or
    // not: no such claim.
    for s in ["for the quarter", "for the year"] {
        assert!(date_claim(s).map_or(true, |(_, p)| p.len != s.len()), "{s}");
    }
    // "for the week beginning May 4" is that week, not this one.
    assert!(date_claim("for the week beginning May 4").is_err());
    assert!(date_claim("for the day shift").is_err());
    assert!(date_claim("for the day's events").is_err());
    assert!(
        date_claim("for the day of the vote").map_or(true, |(_, p)| p.len != "for the day".len())
    );
    let p = parse("as late as tomorrow");
    assert_eq!(p.relation, Some(Relation::By));
    assert_eq!(
        parse("as early as May 2022").relation,
        Some(Relation::Since)
    );
    assert_eq!(
        interval("from next Monday to Friday", Tense::Future),
        (d(2021, 7, 5), d(2021, 7, 9))
    );
    assert_eq!(
        interval("On 2016 10 16", Tense::Past),
        (d(2016, 10, 16), d(2016, 10, 16))
    );
    assert!(date_claim("in 2016 10 16 people").map_or(true, |(_, p)| p.len == "in 2016".len()));
    assert_eq!(parse("that weekend").expr, DateExpr::Vague);
    for (s, unit) in [
        ("the same week", DurationUnit::Week),
        ("the same year", DurationUnit::Year),
    ] {
        let expr = DateExpr::Anchored {
            amount: 0.0,
            unit,
            sign: 0,
        };
        assert_eq!(parse(s).expr, expr, "{s}");
    }
}

#[test]
fn compared_periods_a_year_back() {
    for s in [
        "the year-ago period",
        "the year-ago quarter",
        "year-earlier levels",
        "the same quarter last year",
        "same quarter previous fiscal",
        "the corresponding period of the previous fiscal",
        "the corresponding quarter of the previous year",
        // Statistics copy compares a month with itself a year back.
        "the same month last year",
        "the same month in the preceding year",
        "the same month of the previous year",
    ] {
        let p = parse(s);
        assert_eq!(p.expr, DateExpr::YearAgo, "{s}");
        assert_eq!(p.len, s.len(), "{s}");
    }
    // "a year ago" after "the same period" is its own claim.
    assert!(date_claim("the same period a year ago").is_err());
    // "the same week" or "the same month" alone stays the anchored period.
    for s in ["the same week", "the same month"] {
        assert!(matches!(parse(s).expr, DateExpr::Anchored { .. }), "{s}");
    }
}

#[test]
fn a_period_compared_with_an_earlier_year_and_a_day_before_an_event() {
    // "the same month in 2009": the month the text gave, in 2009.
    let p = parse("the same month in 2009");
    assert_eq!(
        p.expr,
        DateExpr::Anchored {
            amount: 2009.0,
            unit: DurationUnit::Month,
            sign: 0
        }
    );
    assert_eq!(p.len, "the same month in 2009".len());
    // "a day before" an event dates the event: a day after the date given.
    let day = |sign| DateExpr::Anchored {
        amount: 1.0,
        unit: DurationUnit::Day,
        sign,
    };
    assert_eq!(parse("a day before the minister visits").expr, day(1));
    assert_eq!(parse("a day after the vote").expr, day(-1));
    // At a clause's end, the day counted from the date given.
    assert_eq!(parse("a day before.").expr, day(-1));
    assert_eq!(parse("one day earlier").expr, day(-1));
    // Before a date it counts from that date.
    assert!(matches!(
        parse("two days before May 13 1999").expr,
        DateExpr::Shifted { .. }
    ));
    // Longer counts before an event stay durations.
    assert!(date_claim("three weeks before the vote").map_or(true, |(_, p)| p.len < 11));
}

/// "the prior year", "the preceding quarter" are a unit back, as "the
/// previous year"; "the seven preceding quarters" are counted back from
/// the period the text gave; "prior" with no "the" names no period.
#[test]
fn prior_and_preceding_periods() {
    let year_back = DateExpr::Unit {
        unit: CalendarUnit::Year,
        shift: -1,
    };
    let p = parse("the prior year, when");
    assert_eq!((p.expr, p.len), (year_back, "the prior year".len()));
    assert_eq!(
        parse("the preceding quarter").expr,
        DateExpr::Unit {
            unit: CalendarUnit::Quarter,
            shift: -1
        }
    );
    let p = parse("the seven preceding quarters.");
    assert_eq!(p.len, "the seven preceding quarters".len());
    assert_eq!(
        p.expr,
        DateExpr::AnchoredPeriod {
            amount: 21.0,
            unit: DurationUnit::Month,
            direction: -1
        }
    );
    assert!(date_claim("prior year figures").is_err());
    assert!(date_claim("the prior yearbook").is_err());
}

/// A count of days after a name is the time between two events, a
/// length ("three weeks after Easter"), not a date; after a noun phrase it
/// dates the event from the date given ("two days after the storm").
#[test]
fn days_after_a_name_are_no_date() {
    let read = date_claim("10 days after Cyclone Oriel struck");
    assert!(
        read.as_ref()
            .map_or(true, |(_, p)| !matches!(p.expr, DateExpr::Anchored { .. })),
        "{read:?}"
    );
    assert!(matches!(
        parse("two days after the storm").expr,
        DateExpr::Anchored { sign: -1, .. }
    ));
    assert!(matches!(
        parse("a day before Oriel struck").expr,
        DateExpr::Anchored { sign: 1, .. }
    ));
}

#[test]
fn following_and_previous_periods_are_anchored_next_and_past_are_not() {
    let p = parse("the following two years");
    assert!(
        matches!(p.expr, DateExpr::AnchoredPeriod { direction: 1, .. }),
        "{p:?}"
    );
    let p = parse("the previous seven days");
    assert!(
        matches!(p.expr, DateExpr::AnchoredPeriod { direction: -1, .. }),
        "{p:?}"
    );
    assert!(matches!(
        parse("the next four years").expr,
        DateExpr::Period { .. }
    ));
    assert!(matches!(
        parse("the past three days").expr,
        DateExpr::Period { .. }
    ));
    // With no date before them they read as from the article date.
    assert_eq!(
        interval("the previous seven days", Tense::Past),
        interval("the past seven days", Tense::Past)
    );
}

#[test]
fn earlier_last_week_and_decade_periods() {
    // The early part of last week: Monday to Wednesday.
    assert_eq!(
        interval("earlier last week", Tense::Past),
        (d(2021, 6, 21), d(2021, 6, 23))
    );
    assert_eq!(
        interval("later next month", Tense::Future),
        (d(2021, 7, 21), d(2021, 7, 31))
    );
    // "earlier this week" keeps its own reading (start to the article date).
    assert_eq!(
        interval("earlier this week", Tense::Past),
        (d(2021, 6, 28), d(2021, 6, 29))
    );
    assert_eq!(
        interval("the next two decades", Tense::Future),
        (d(2021, 6, 29), d(2041, 6, 29))
    );
}

#[test]
fn last_season_is_bounded_by_the_two_years_before_the_article() {
    // Whatever the league's calendar, the season before the current one
    // ended by the article date and began at most two years before it.
    assert_eq!(
        interval("last season", Tense::Past),
        (d(2019, 6, 29), d(2021, 6, 29))
    );
    assert_eq!(
        interval("in last season", Tense::Past),
        (d(2019, 6, 29), d(2021, 6, 29))
    );
    // "the last season" is not read here (the final one).
    assert!(previous_season("the last season").is_err());
    assert!(previous_season("last seasons").is_err());
}

#[test]
fn the_past_week_and_month_are_windows_up_to_the_article_date() {
    // 2021-06-29: "the past week" is the seven days up to it, as "the past
    // seven days", not the calendar week before ("last week").
    assert_eq!(
        interval("the past week", Tense::Past),
        (d(2021, 6, 22), d(2021, 6, 29))
    );
    assert_eq!(
        interval("the past week", Tense::Past),
        interval("the past seven days", Tense::Past)
    );
    assert_eq!(
        interval("the past month", Tense::Past),
        (d(2021, 5, 29), d(2021, 6, 29))
    );
    // Bare "past week" stays the calendar week (the peer suites' reading),
    // and so does "last week".
    assert_eq!(
        interval("past week", Tense::Past),
        (d(2021, 6, 21), d(2021, 6, 27))
    );
    assert_eq!(
        interval("last week", Tense::Past),
        (d(2021, 6, 21), d(2021, 6, 27))
    );
}

#[test]
fn last_night_is_the_day_before() {
    assert_eq!(
        interval("last night", Tense::Past),
        (d(2021, 6, 28), d(2021, 6, 28))
    );
    assert_eq!(parse("last night's vote").len, 10);
    // "last nights" is no date.
    assert!(date_claim("last nights").map_or(true, |(_, p)| p.len != 11));
}

#[test]
fn a_whole_unit_is_the_unit() {
    let t = Tense::Past;
    let year = (d(2020, 1, 1), d(2020, 12, 31));
    assert_eq!(interval("Last whole year", t), year);
    assert_eq!(interval("in the last full year", t), year);
    assert_eq!(
        interval("the previous entire month", t),
        (d(2021, 5, 1), d(2021, 5, 31))
    );
    // "full-year" is an adjective: "last" alone is no date of a year.
    let len = date_claim("last full-year results").map(|(_, p)| p.len);
    assert_ne!(len.ok(), Some("last full-year".len()));
}

#[test]
fn the_same_period_of_a_year_named() {
    for (s, y) in [
        ("the corresponding period in 2018", 2018),
        ("the same quarter of 2006", 2006),
        ("the comparable half in 2019", 2019),
    ] {
        let p = parse(s);
        assert_eq!((p.expr, p.len), (DateExpr::PeriodIn(y), s.len()), "{s}");
    }
    // "the same month in 2009" stays the month holding the date given.
    assert!(matches!(
        parse("the same month in 2009").expr,
        DateExpr::Anchored { .. }
    ));
}

#[test]
fn earlier_before_this_month_is_its_part() {
    // "postponed by a year earlier this month": no date "a year earlier".
    let p = date_claim("a year earlier this month").map(|(_, p)| p.expr);
    assert!(!matches!(p, Ok(DateExpr::Anchored { .. })), "{p:?}");
    let p = parse("earlier this month");
    assert_eq!(p.part, Some(crate::extract::date::Part::Earlier));
    // Alone, or before another word, it is still counted back.
    for s in ["a year earlier", "a year earlier than planned"] {
        assert!(matches!(parse(s).expr, DateExpr::Anchored { .. }), "{s}");
    }
}

#[test]
fn windows_of_the_last_and_next_decade_run_from_the_article_date() {
    // A count of hours back is a length, no date.
    assert!(date_claim("in the last 48 hours").is_err());
    assert_eq!(
        interval("in the last decade", Tense::Past),
        (d(2011, 6, 29), d(2021, 6, 29))
    );
    // "over" is no relation of the date grammar: in "over the next
    // decade" the date read is "the next decade".
    assert_eq!(
        interval("the next decade", Tense::Future),
        (d(2021, 6, 29), d(2031, 6, 29))
    );
    assert_eq!(
        interval("the last year", Tense::Past),
        (d(2020, 6, 29), d(2021, 6, 29))
    );
    // The last year of something stays a calendar unit; the possessive
    // without its apostrophe dates its noun.
    assert_eq!(
        interval("the last year of the war", Tense::Past),
        (d(2020, 1, 1), d(2020, 12, 31))
    );
    assert_eq!(
        interval("last years final", Tense::Past),
        (d(2020, 1, 1), d(2020, 12, 31))
    );
    assert!(crate::extract::date::date_claim("last years of his life").is_err());
}
