//! Date grammar and resolution, at the boundaries of every convention.

use super::*;
use crate::extract::grammar::phrase_from;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn parse(s: &str) -> ParsedDate {
    date_claim(s).unwrap_or_else(|e| panic!("{s:?}: {e:?}")).1
}

/// The interval of `s` from an article dated 2021-06-29 (a Tuesday).
fn interval_at(s: &str, tense: Tense, anchor: NaiveDate) -> (NaiveDate, NaiveDate) {
    let p = parse(s);
    let o = DateOptions::default();
    let r = match p.until {
        Some(end) => resolve_range((p.expr, p.part), end, Some(anchor), tense, &o),
        None => resolve_with(p.expr, p.part, Some(anchor), tense, &o),
    };
    let i = r
        .interval
        .unwrap_or_else(|| panic!("{s:?} did not resolve: {p:?}"));
    (i.start, i.end)
}

fn interval(s: &str, tense: Tense) -> (NaiveDate, NaiveDate) {
    interval_at(s, tense, d(2021, 6, 29))
}

#[test]
fn seed_dates() {
    let p = parse("by June 2022 and");
    assert_eq!(p.relation, Some(Relation::By));
    assert_eq!(p.len, "by June 2022".len());
    assert_eq!(
        interval("by June 2022", Tense::Future),
        (d(2022, 6, 1), d(2022, 6, 30))
    );
    let p = parse("in the fall of 2021.");
    assert_eq!(
        (p.relation, p.len),
        (Some(Relation::In), "in the fall of 2021".len())
    );
    assert_eq!(
        interval("in the fall of 2021", Tense::Future),
        (d(2021, 9, 1), d(2021, 11, 30))
    );
    assert_eq!(
        interval("on Monday after", Tense::Past),
        (d(2021, 6, 28), d(2021, 6, 28))
    );
}

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
fn early_mid_late_boundaries() {
    // Of a month: 1–10, 11–20, 21–end.
    assert_eq!(
        interval("early June", Tense::Past),
        (d(2021, 6, 1), d(2021, 6, 10))
    );
    assert_eq!(
        interval("mid-June", Tense::Past),
        (d(2021, 6, 11), d(2021, 6, 20))
    );
    assert_eq!(
        interval("late February 2024", Tense::Past),
        (d(2024, 2, 21), d(2024, 2, 29))
    );
    assert_eq!(
        interval("late February 2023", Tense::Past),
        (d(2023, 2, 21), d(2023, 2, 28))
    );
    // Of a year: Jan–Apr, May–Aug, Sep–Dec.
    assert_eq!(
        interval("mid-2022", Tense::Future),
        (d(2022, 5, 1), d(2022, 8, 31))
    );
    assert_eq!(
        interval("early 2022", Tense::Future),
        (d(2022, 1, 1), d(2022, 4, 30))
    );
    assert_eq!(
        interval("late 2021", Tense::Future),
        (d(2021, 9, 1), d(2021, 12, 31))
    );
    assert_eq!(
        interval("the end of 2021", Tense::Future),
        (d(2021, 9, 1), d(2021, 12, 31))
    );
    assert_eq!(
        interval("the beginning of 2021", Tense::Past),
        (d(2021, 1, 1), d(2021, 4, 30))
    );
    // Of a decade.
    assert_eq!(
        interval("the early 1990s", Tense::Past),
        (d(1990, 1, 1), d(1993, 12, 31))
    );
    // Of a week: Mon–Wed, Fri–Sun.
    assert_eq!(
        interval("the end of next week", Tense::Future),
        (d(2021, 7, 9), d(2021, 7, 11))
    );
    assert_eq!(
        interval("earlier this month", Tense::Past),
        (d(2021, 6, 1), d(2021, 6, 29))
    );
    assert_eq!(
        interval("later this year", Tense::Future),
        (d(2021, 6, 29), d(2021, 12, 31))
    );
}

#[test]
fn by_end_of_is_by_on_the_whole_period() {
    let p = parse("by the end of 2021");
    assert_eq!((p.relation, p.part), (Some(Relation::By), None));
    assert_eq!(
        interval("by the end of 2021", Tense::Future),
        (d(2021, 1, 1), d(2021, 12, 31))
    );
    let p = parse("no later than March 2022");
    assert_eq!(p.relation, Some(Relation::By));
    let p = parse("before the end of the year");
    assert_eq!(p.relation, Some(Relation::By));
    assert_eq!(
        interval("before the end of the year", Tense::Future),
        (d(2021, 1, 1), d(2021, 12, 31))
    );
    // "before" keeps its own relation: the period itself is excluded.
    assert_eq!(parse("before 2023").relation, Some(Relation::Before));
    assert_eq!(parse("until June").relation, Some(Relation::Until));
    assert_eq!(parse("till June").relation, Some(Relation::Until));
    assert_eq!(parse("since 2014").relation, Some(Relation::Since));
    assert_eq!(parse("after 2016").relation, Some(Relation::After));
    assert_eq!(parse("during March").relation, Some(Relation::In));
    assert_eq!(parse("at the end of 2012").relation, Some(Relation::In));
}

#[test]
fn within_is_by() {
    let p = parse("within six months");
    assert_eq!(p.relation, Some(Relation::By));
    assert_eq!(
        interval("within six months", Tense::Future),
        (d(2021, 12, 29), d(2021, 12, 29))
    );
}

#[test]
fn ranges_run_from_start_to_end() {
    let p = parse("between May and July 2021");
    assert_eq!(p.relation, Some(Relation::Between));
    assert_eq!(
        interval("between May and July 2021", Tense::Past),
        (d(2021, 5, 1), d(2021, 7, 31))
    );
    assert_eq!(
        interval("from 2014 to 2018", Tense::Past),
        (d(2014, 1, 1), d(2018, 12, 31))
    );
    assert_eq!(
        interval("July 13-15, 2021", Tense::Past),
        (d(2021, 7, 13), d(2021, 7, 15))
    );
    assert_eq!(
        interval("from 13 to 15 July 2021", Tense::Past),
        (d(2021, 7, 13), d(2021, 7, 15))
    );
    // A year written only at the end belongs to the start too, the year
    // before when the months wrap.
    assert_eq!(
        interval("from May to Oct 2020", Tense::Past),
        (d(2020, 5, 1), d(2020, 10, 31))
    );
    assert_eq!(
        interval("Nov-Feb 2017", Tense::Past),
        (d(2016, 11, 1), d(2017, 2, 28))
    );
    assert!(date_claim("between Iraq and Kuwait").is_err());
}

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
    assert_eq!(interval("on Tuesday", Tense::Future).0, d(2021, 7, 6));
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
fn yearless_dates_follow_tense() {
    assert_eq!(interval("on March 31", Tense::Future).0, d(2022, 3, 31));
    assert_eq!(interval("on March 31", Tense::Past).0, d(2021, 3, 31));
    assert_eq!(interval("on March 31", Tense::Present).0, d(2021, 3, 31));
    assert_eq!(interval("on July 1", Tense::Past).0, d(2020, 7, 1));
    assert_eq!(interval("on July 1", Tense::Future).0, d(2021, 7, 1));
    // The article day itself is neither before nor after.
    assert_eq!(interval("on June 29", Tense::Past).0, d(2021, 6, 29));
    assert_eq!(interval("on June 29", Tense::Future).0, d(2021, 6, 29));
    assert_eq!(interval("in September", Tense::Past).0, d(2020, 9, 1));
    assert_eq!(
        interval("in the fourth quarter", Tense::Future),
        (d(2021, 10, 1), d(2021, 12, 31))
    );
    assert_eq!(
        interval("in the first quarter", Tense::Future),
        (d(2022, 1, 1), d(2022, 3, 31))
    );
    assert_eq!(
        interval("in the first quarter", Tense::Past),
        (d(2021, 1, 1), d(2021, 3, 31))
    );
    // June is the article's month: it neither lies wholly after nor before.
    assert_eq!(interval("in June", Tense::Past).0, d(2021, 6, 1));
    assert_eq!(interval("in June", Tense::Future).0, d(2021, 6, 1));
}

#[test]
fn seasons_cross_year_ends() {
    assert_eq!(interval("this fall", Tense::Present).0, d(2021, 9, 1));
    assert_eq!(
        interval("last winter", Tense::Past),
        (d(2020, 12, 1), d(2021, 2, 28))
    );
    assert_eq!(
        interval("next winter", Tense::Future),
        (d(2021, 12, 1), d(2022, 2, 28))
    );
    assert_eq!(
        interval("winter 2021", Tense::Future),
        (d(2021, 12, 1), d(2022, 2, 28))
    );
    // In January, "this winter" is the one that began in December.
    let jan = d(2022, 1, 15);
    assert_eq!(
        interval_at("this winter", Tense::Present, jan),
        (d(2021, 12, 1), d(2022, 2, 28))
    );
    assert_eq!(
        interval_at("last winter", Tense::Past, jan),
        (d(2020, 12, 1), d(2021, 2, 28))
    );
    assert_eq!(
        interval_at("next summer", Tense::Future, jan),
        (d(2022, 6, 1), d(2022, 8, 31))
    );
    // Southern seasons by option.
    let o = DateOptions {
        seasons: SeasonConvention::MeteorologicalSouth,
        ..DateOptions::default()
    };
    let r = resolve_with(parse("the fall of 2021").expr, None, None, Tense::Past, &o);
    let i = r.interval.unwrap();
    assert_eq!((i.start, i.end), (d(2021, 3, 1), d(2021, 5, 31)));
}

#[test]
fn calendar_units_and_iso_weeks() {
    assert_eq!(
        interval("last week", Tense::Past),
        (d(2021, 6, 21), d(2021, 6, 27))
    );
    assert_eq!(
        interval("this week", Tense::Present),
        (d(2021, 6, 28), d(2021, 7, 4))
    );
    assert_eq!(
        interval("next month", Tense::Future),
        (d(2021, 7, 1), d(2021, 7, 31))
    );
    assert_eq!(
        interval("last year", Tense::Past),
        (d(2020, 1, 1), d(2020, 12, 31))
    );
    assert_eq!(
        interval("next quarter", Tense::Future),
        (d(2021, 7, 1), d(2021, 9, 30))
    );
    // Across a year end: the week of 2021-01-01 (a Friday) is ISO week 53 of 2020.
    let newyear = d(2021, 1, 1);
    assert_eq!(
        interval_at("this week", Tense::Present, newyear),
        (d(2020, 12, 28), d(2021, 1, 3))
    );
    assert_eq!(
        interval_at("last month", Tense::Past, newyear),
        (d(2020, 12, 1), d(2020, 12, 31))
    );
    assert_eq!(
        interval_at("last quarter", Tense::Past, newyear),
        (d(2020, 10, 1), d(2020, 12, 31))
    );
    assert_eq!(
        interval("week 1 of 2021", Tense::Past),
        (d(2021, 1, 4), d(2021, 1, 10))
    );
    assert_eq!(
        interval("the first week of 2021", Tense::Past),
        (d(2021, 1, 4), d(2021, 1, 10))
    );
    assert_eq!(
        interval("the last week of 2020", Tense::Past),
        (d(2020, 12, 28), d(2021, 1, 3))
    );
    assert_eq!(
        interval("Q3 2022", Tense::Future),
        (d(2022, 7, 1), d(2022, 9, 30))
    );
    assert_eq!(
        interval("the third quarter of 2022", Tense::Future),
        (d(2022, 7, 1), d(2022, 9, 30))
    );
    assert_eq!(
        interval("the first half of 2022", Tense::Future),
        (d(2022, 1, 1), d(2022, 6, 30))
    );
    assert_eq!(
        interval("H2 2019", Tense::Past),
        (d(2019, 7, 1), d(2019, 12, 31))
    );
}

#[test]
fn relative_days_and_shifts() {
    assert_eq!(interval("today", Tense::Present).0, d(2021, 6, 29));
    assert_eq!(interval("yesterday", Tense::Past).0, d(2021, 6, 28));
    assert_eq!(interval("tomorrow", Tense::Future).0, d(2021, 6, 30));
    assert_eq!(interval("two weeks ago", Tense::Past).0, d(2021, 6, 15));
    assert_eq!(interval("a month ago", Tense::Past).0, d(2021, 5, 29));
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
fn vague_dates_never_resolve() {
    let p = parse("in the coming weeks");
    assert_eq!(p.expr, DateExpr::Vague);
    let r = resolve_with(
        p.expr,
        None,
        Some(d(2021, 6, 29)),
        Tense::Future,
        &DateOptions::default(),
    );
    // Not `relative`: the article date would not resolve it, so a missing
    // one is not what leaves it open (no `unresolved-date`).
    assert!(!r.relative && r.interval.is_none());
    assert_eq!(parse("soon").expr, DateExpr::Vague);
}

#[test]
fn not_dates() {
    for s in [
        "may be",
        "the fall of Kabul",
        "in Rome",
        "on 800 units",
        "2019",
        "for two years",
        "after two years",
        "between Iraq and Kuwait",
        "the first time",
        "march on",
        "Sun Microsystems",
    ] {
        assert!(date_claim(s).is_err(), "{s}: {:?}", date_claim(s));
    }
}

#[test]
fn unresolved_without_article_date() {
    let r = resolve(parse("on Monday").expr, None, Tense::Past);
    assert!(r.relative && r.interval.is_none());
    let r = resolve(parse("in June 2022").expr, None, Tense::Past);
    assert!(!r.relative && r.interval.is_some());
    let r = resolve(parse("next year").expr, None, Tense::Future);
    assert!(r.relative && r.interval.is_none());
}

#[test]
fn impossible_days() {
    assert!(resolve(parse("February 30, 2021").expr, None, Tense::Past)
        .interval
        .is_none());
    assert!(impossible_day(Some(2021), 2, 29));
    assert!(!impossible_day(Some(2020), 2, 29));
    assert!(!impossible_day(None, 2, 29));
    assert!(impossible_day(None, 6, 31));
    assert!(!impossible_day(None, 7, 31));
    assert!(impossible_day(Some(2100), 2, 29));
    assert!(!impossible_day(Some(2000), 2, 29));
}

#[test]
fn full_dates_for_headers() {
    assert_eq!(parse_full_date("June 29, 2021"), Some(d(2021, 6, 29)));
    assert_eq!(full_date_prefix("29 June 2021 Rome").map(|x| x.0), Some(12));
    assert_eq!(parse_full_date("June 2021"), None);
}

#[test]
fn ordinal_words() {
    assert_eq!(ordinal_word("twenty-first").unwrap().1, 21);
    assert_eq!(ordinal_word("thirty first").unwrap().1, 31);
    assert_eq!(ordinal_word("third").unwrap().1, 3);
    assert!(ordinal_word("thirdly").is_err());
}

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
fn shifted_months_and_days_of_this_month() {
    let t = Tense::Present;
    let month = |y, m| (d(y, m, 1), Interval::month(y, m).unwrap().end);
    assert_eq!(interval("next March", t), month(2022, 3));
    assert_eq!(interval("next July", t), month(2021, 7));
    assert_eq!(interval("last June", t), month(2020, 6));
    assert_eq!(interval("last May", t), month(2021, 5));
    assert_eq!(interval("this September", t), month(2021, 9));
    assert!(shifted_month("this may").is_err());
    let day = |m, dd| (d(2021, m, dd), d(2021, m, dd));
    assert_eq!(interval("on the 15th.", Tense::Present), day(6, 15));
    assert_eq!(interval("on the 30th", Tense::Past), day(5, 30));
    assert_eq!(interval("on the 1st", Tense::Future), day(7, 1));
    assert!(day_of_this_month("the 15th floor").is_err());
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
fn hedges_keep_the_date() {
    let t = Tense::Future;
    assert_eq!(
        interval("sometime next year", t),
        (d(2022, 1, 1), d(2022, 12, 31))
    );
    assert_eq!(
        interval("anytime after 2014", t),
        (d(2014, 1, 1), d(2014, 12, 31))
    );
}

#[test]
fn open_ended_dates_run_from_their_start() {
    let t = Tense::Future;
    for text in [
        "2018 or later",
        "in 2018 and after",
        "2018 onwards",
        "starting 2018",
    ] {
        let (rest, c) = date_claim(text).unwrap();
        assert_eq!((rest, c.relation), ("", Some(Relation::Since)), "{text}");
    }
    assert_eq!(
        interval("starting on January 7th 2019", t),
        (d(2019, 1, 7), d(2019, 1, 7))
    );
    // "the beginning of" stays a part.
    assert_eq!(
        interval("the beginning of May 2019", t),
        (d(2019, 5, 1), d(2019, 5, 10))
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
fn year_ranges_join_many_ways() {
    for text in [
        "2014~2018",
        "between 2014-2018",
        "between 2014 through 2018",
        "in 2014 through 2018",
        "from 2014~2018",
    ] {
        let (rest, c) = date_claim(text).unwrap();
        assert_eq!(rest, "", "{text}");
        assert!(c.until.is_some(), "{text}");
    }
}

#[test]
fn coded_quarters_and_halves_with_a_dash() {
    let t = Tense::Past;
    assert_eq!(interval("2017-q1", t), (d(2017, 1, 1), d(2017, 3, 31)));
    assert_eq!(interval("2019-H2", t), (d(2019, 7, 1), d(2019, 12, 31)));
    assert!(date_claim("in 2016 to June").map_or(true, |(_, c)| c.until.is_none()));
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
fn till_date_is_the_article_date() {
    let t = Tense::Past;
    assert_eq!(interval("till date", t), (d(2021, 6, 29), d(2021, 6, 29)));
    assert_eq!(
        interval("from March to date", t),
        (d(2021, 3, 1), d(2021, 6, 29))
    );
}

#[test]
fn years_in_words() {
    let y = |s: &str| year_words(s).map(|(_, y)| y).ok();
    assert_eq!(y("nineteen eighty six"), Some(1986));
    assert_eq!(y("nineteen hundred ninety three"), Some(1993));
    assert_eq!(y("seventeen hundred thirty three"), Some(1733));
    assert_eq!(y("two thousand and fifteen"), Some(2015));
    assert_eq!(y("two thousand"), Some(2000));
    assert_eq!(y("nineteen oh five"), Some(1905));
    assert_eq!(y("twenty five"), None);
    assert_eq!(y("ten fifteen"), None);
    let t = Tense::Past;
    assert_eq!(
        interval("in nineteen ninety six", t),
        (d(1996, 1, 1), d(1996, 12, 31))
    );
    assert!(date_claim("in two thousand and twenty cases").is_err());
    assert_eq!(
        interval("August two thousand and fifteen", t),
        (d(2015, 8, 1), d(2015, 8, 31))
    );
    assert_eq!(
        interval("13 Sept nineteen seventy two", t),
        (d(1972, 9, 13), d(1972, 9, 13))
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
fn fiscal_and_school_years_stay_unresolved() {
    for s in [
        "in the fiscal year 2008",
        "in fiscal year",
        "the school year 2008",
        "in FY2008",
        "in the sy18",
    ] {
        let p = parse(s);
        assert_eq!(p.len, s.len(), "{s}");
        assert_eq!(p.expr, DateExpr::Vague, "{s}");
    }
    assert_eq!(
        interval("in the cy18", Tense::Past),
        (d(2018, 1, 1), d(2018, 12, 31))
    );
}

#[test]
fn duration_from_a_start_day() {
    let t = Tense::Future;
    assert_eq!(
        interval("for 3 days starting from next Monday", t),
        (d(2021, 7, 5), d(2021, 7, 7))
    );
    assert_eq!(
        interval("for 1 week, from 20th dec", t),
        (d(2021, 12, 20), d(2021, 12, 26))
    );
    assert_eq!(
        interval("for 2 weeks starting tomorrow", t),
        (d(2021, 6, 30), d(2021, 7, 13))
    );
    // Months have no fixed length in days: left as a duration.
    assert!(duration_from_start("for 2 months starting tomorrow").is_err());
}

#[test]
fn centuries_decade_words_and_compact_dates() {
    let t = Tense::Past;
    assert_eq!(
        interval("in the 15th century", t),
        (d(1400, 1, 1), d(1499, 12, 31))
    );
    assert_eq!(
        interval("in the twenty-first century", t),
        (d(2000, 1, 1), d(2099, 12, 31))
    );
    assert_eq!(
        interval("in the nineties", t),
        (d(1990, 1, 1), d(1999, 12, 31))
    );
    assert!(decade_word("the twenties").is_err());
    assert_eq!(interval("20161016", t), (d(2016, 10, 16), d(2016, 10, 16)));
    assert!(compact_date("20161316").is_err());
    assert!(compact_date("12345678").is_err());
    assert_eq!(interval("Nov/2", t), (d(2020, 11, 2), d(2020, 11, 2)));
    assert!(month_slash_day("Nov/2/2019").is_err());
    assert_eq!(interval("q1-2019", t), (d(2019, 1, 1), d(2019, 3, 31)));
}

#[test]
fn unit_to_date_ends_at_the_article_date() {
    let t = Tense::Past;
    assert_eq!(
        interval("in the year to date", t),
        (d(2021, 1, 1), d(2021, 6, 29))
    );
    assert_eq!(interval("MTD", t), (d(2021, 6, 1), d(2021, 6, 29)));
    assert_eq!(
        interval("in the year of 2008", t),
        (d(2008, 1, 1), d(2008, 12, 31))
    );
}

#[test]
fn about_hedges_only_a_full_date() {
    let t = Tense::Past;
    assert_eq!(
        interval("about 2019-aug-1", t),
        (d(2019, 8, 1), d(2019, 8, 1))
    );
    assert_eq!(
        interval("about 2019-Q1", t),
        (d(2019, 1, 1), d(2019, 3, 31))
    );
    assert!(date_claim("about 20 May protesters").is_err());
}

#[test]
fn a_fortnight_is_two_weeks() {
    assert_eq!(
        interval("in a fortnight", Tense::Future),
        (d(2021, 7, 13), d(2021, 7, 13))
    );
}

#[test]
fn now_ends_a_range_and_figures_are_no_dates() {
    let t = Tense::Past;
    assert_eq!(
        interval("between Jan 2019 and now", t),
        (d(2019, 1, 1), d(2021, 6, 29))
    );
    assert_eq!(
        interval("this calendar year", t),
        (d(2021, 1, 1), d(2021, 12, 31))
    );
    assert!(numeric_date(DateOrder::None)("30/4.85").is_err());
    assert!(numeric_date(DateOrder::None)("30/4, 2019").is_ok());
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
fn working_week_is_monday_to_friday() {
    let t = Tense::Future;
    assert_eq!(
        interval("this working week", t),
        (d(2021, 6, 28), d(2021, 7, 2))
    );
    assert_eq!(
        interval("on next workweek", t),
        (d(2021, 7, 5), d(2021, 7, 9))
    );
}

#[test]
fn slices_of_a_year() {
    let t = Tense::Past;
    // Months and days count from January 1st; weeks are ISO weeks.
    assert_eq!(
        interval("the third month of 2021", t),
        (d(2021, 3, 1), d(2021, 3, 31))
    );
    assert_eq!(
        interval("the 9th month of next year", t),
        (d(2022, 9, 1), d(2022, 9, 30))
    );
    assert_eq!(
        interval("the first 2 weeks of 2021", t),
        (d(2021, 1, 4), d(2021, 1, 17))
    );
    // 2021's ISO weeks 50–52; the last ends on 2 January 2022.
    assert_eq!(
        interval("the last 3 weeks of this year", Tense::Future),
        (d(2021, 12, 13), d(2022, 1, 2))
    );
    // 2020 has 53 ISO weeks; its last one ends on 3 January 2021.
    assert_eq!(
        interval("the last two weeks of 2020", t),
        (d(2020, 12, 21), d(2021, 1, 3))
    );
    assert_eq!(
        interval("the last four months of 2021", t),
        (d(2021, 9, 1), d(2021, 12, 31))
    );
    assert_eq!(
        interval("first ten days of last year", t),
        (d(2020, 1, 1), d(2020, 1, 10))
    );
    assert_eq!(
        interval("the last 2 days of 2020", t),
        (d(2020, 12, 30), d(2020, 12, 31))
    );
    assert_eq!(
        interval("the week 27 of last year", t),
        (d(2020, 6, 29), d(2020, 7, 5))
    );
    // Past the year's end: read, not resolved.
    let p = parse("the 13th month of 2021");
    let r = resolve_with(
        p.expr,
        p.part,
        Some(d(2021, 6, 29)),
        t,
        &DateOptions::default(),
    );
    assert_eq!(r.interval, None);
    // A count of one is no slice ("the last week of" is a pick).
    assert_eq!(
        interval("the last week of 2021", t),
        (d(2021, 12, 27), d(2022, 1, 2))
    );
}

#[test]
fn yearless_range_placed_as_a_whole() {
    // Article 2021-06-29: May–September holds it, so stays in 2021 under
    // the future tense although May alone lies before the article date.
    assert_eq!(
        interval("from May to September", Tense::Future),
        (d(2021, 5, 1), d(2021, 9, 30))
    );
    // A range wrapping the year end runs into the next year.
    assert_eq!(
        interval("from May to March", Tense::Future),
        (d(2021, 5, 1), d(2022, 3, 31))
    );
    // Wholly before the article date under the future tense: the year after.
    assert_eq!(
        interval("from January to March", Tense::Future),
        (d(2022, 1, 1), d(2022, 3, 31))
    );
    // Wholly after it under the past tense: the year before.
    assert_eq!(
        interval("between August and October", Tense::Past),
        (d(2020, 8, 1), d(2020, 10, 31))
    );
    assert_eq!(
        interval("between August and October", Tense::Future),
        (d(2021, 8, 1), d(2021, 10, 31))
    );
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
fn calendar_decades() {
    // Article 2021-06-29: this decade is the 2020s.
    assert_eq!(
        interval("the next decade", Tense::Future),
        (d(2030, 1, 1), d(2039, 12, 31))
    );
    assert_eq!(
        interval("this decade", Tense::Future),
        (d(2020, 1, 1), d(2029, 12, 31))
    );
    assert_eq!(
        interval("last decade", Tense::Past),
        (d(2010, 1, 1), d(2019, 12, 31))
    );
    // A decade's end is its last years (7–9).
    assert_eq!(
        interval("the end of the decade", Tense::Future),
        (d(2027, 1, 1), d(2029, 12, 31))
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
fn yearless_leap_day_outside_a_leap_year() {
    let a = d(2017, 3, 22);
    assert_eq!(
        interval_at("Feb 29", Tense::Past, a),
        (d(2016, 2, 29), d(2016, 2, 29))
    );
    assert_eq!(
        interval_at("Feb 29", Tense::Future, a),
        (d(2020, 2, 29), d(2020, 2, 29))
    );
    // Untensed: the nearer one (2016, a year back; 2020, three ahead).
    assert_eq!(
        interval_at("Feb 29", Tense::Present, a),
        (d(2016, 2, 29), d(2016, 2, 29))
    );
    // In a leap year: the article's.
    assert_eq!(
        interval_at("Feb 29", Tense::Future, d(2020, 1, 10)),
        (d(2020, 2, 29), d(2020, 2, 29))
    );
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

/// The interval of `s` read month first, from an article dated 2021-06-29.
fn mdy_interval(s: &str) -> Option<(NaiveDate, NaiveDate)> {
    let (_, p) = date_claim_with(s, DateOrder::Mdy).ok()?;
    let o = DateOptions {
        date_order: DateOrder::Mdy,
        ..DateOptions::default()
    };
    let anchor = Some(d(2021, 6, 29));
    let r = match p.until {
        Some(end) => resolve_range((p.expr, p.part), end, anchor, Tense::Present, &o),
        None => resolve_with(p.expr, p.part, anchor, Tense::Present, &o),
    };
    r.interval.map(|i| (i.start, i.end))
}

#[test]
fn numeric_ranges_join_by_a_dash() {
    let oct = Some((d(2018, 10, 1), d(2018, 10, 7)));
    assert_eq!(mdy_interval("from 10/1/2018 - 10/7/2018"), oct);
    assert_eq!(mdy_interval("from 10/1/2018-10/7/2018"), oct);
    assert_eq!(mdy_interval("from 10-1-2018-10-7-2018"), oct);
    let may = Some((d(2020, 5, 1), d(2020, 5, 7)));
    assert_eq!(mdy_interval("from 5/1-5/7/2020"), may);
    assert_eq!(mdy_interval("from 5/1-5/7, 2020"), may);
    assert_eq!(
        mdy_interval("from 5/1/2019-5/7/2020"),
        Some((d(2019, 5, 1), d(2020, 5, 7)))
    );
    assert_eq!(
        mdy_interval("between 10/1-11/7"),
        Some((d(2021, 10, 1), d(2021, 11, 7)))
    );
    assert_eq!(
        mdy_interval("at 02-02-2020 - 03-03-2020"),
        Some((d(2020, 2, 2), d(2020, 3, 3)))
    );
    assert_eq!(
        mdy_interval("on 26 june to 28 june in 2020"),
        Some((d(2020, 6, 26), d(2020, 6, 28)))
    );
    // A figure that goes on is no date; nor a dashed pair either way round.
    assert!(date_claim_with("2/3/4/5", DateOrder::Mdy).is_err());
    assert!(date_claim_with("between 9-6 PT", DateOrder::Mdy).is_err());
    // Before a scale word a yearless dashed pair is a range of figures.
    for text in ["11-13 million troops", "12-14 bn euros", "11 - 13 lakh"] {
        assert!(date_claim_with(text, DateOrder::Mdy).is_err(), "{text}");
    }
    assert!(date_claim_with("on 11-13", DateOrder::Mdy).is_ok());
    assert!(date_claim_with("on 11-13-2020 million", DateOrder::Mdy).is_ok());
    // The order settles only what is ambiguous: "22/04" is April 22.
    assert_eq!(
        mdy_interval("on 22/04/2021"),
        Some((d(2021, 4, 22), d(2021, 4, 22)))
    );
    // An impossible day inside a range leaves it unresolved.
    assert_eq!(mdy_interval("2/29-3/1/2019"), None);
    assert!(date_claim_with("2/29-3/1/2019", DateOrder::Mdy).is_ok());
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
fn ordinal_day_ranges_and_years_after_the_end() {
    let april = (d(2021, 4, 9), d(2021, 4, 17));
    assert_eq!(
        interval("between ninth and seventeenth of april", Tense::Past),
        april
    );
    assert_eq!(
        interval(
            "between the ninth and the seventeenth of April",
            Tense::Past
        ),
        april
    );
    assert_eq!(
        interval("from april the ninth till the seventeenth", Tense::Past),
        april
    );
    assert_eq!(
        interval("between 3 and 12 of Sept", Tense::Past),
        (d(2020, 9, 3), d(2020, 9, 12))
    );
    assert_eq!(
        interval("from april to June in 2017", Tense::Past),
        (d(2017, 4, 1), d(2017, 6, 30))
    );
    assert_eq!(
        interval("from April in 2016 to June in 2017", Tense::Past),
        (d(2016, 4, 1), d(2017, 6, 30))
    );
    assert_eq!(
        interval("between now and November 15th", Tense::Future),
        (d(2021, 6, 29), d(2021, 11, 15))
    );
}

#[test]
fn lowercase_months_after_a_relation() {
    assert_eq!(
        interval("in may.", Tense::Present),
        (d(2021, 5, 1), d(2021, 5, 31))
    );
    assert_eq!(
        interval("in the april", Tense::Past),
        (d(2021, 4, 1), d(2021, 4, 30))
    );
    assert_eq!(
        interval("in dec", Tense::Future),
        (d(2021, 12, 1), d(2021, 12, 31))
    );
    // The verbs stay verbs.
    assert!(date_claim("in may be").is_err());
    assert!(date_claim("in march towards").is_err());
    assert_eq!(
        interval("in 2017 april", Tense::Past),
        (d(2017, 4, 1), d(2017, 4, 30))
    );
    assert_eq!(
        interval("October, 1st", Tense::Past),
        (d(2020, 10, 1), d(2020, 10, 1))
    );
    assert!(month_day_year("October, 1 person").is_err());
    assert_eq!(
        interval("mar3", Tense::Past),
        (d(2021, 3, 3), d(2021, 3, 3))
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
fn comparisons_with_a_year_and_end_of_without_the() {
    let p = parse("greater than 2012");
    assert_eq!(p.relation, Some(Relation::After));
    assert_eq!(
        interval("greater than 2012", Tense::Present),
        (d(2012, 1, 1), d(2012, 12, 31))
    );
    assert_eq!(parse("2016 and greater").relation, Some(Relation::Since));
    let p = parse("by end of this month");
    assert_eq!(p.relation, Some(Relation::By));
    assert_eq!(
        interval("by end of this month", Tense::Future),
        (d(2021, 6, 1), d(2021, 6, 30))
    );
    let p = parse("before end of this year");
    assert_eq!(p.relation, Some(Relation::By));
    assert_eq!(
        interval("before end of this year", Tense::Future),
        (d(2021, 1, 1), d(2021, 12, 31))
    );
}

#[test]
fn days_counted_from_an_unnamed_event_stay_unresolved() {
    for s in [
        "the day before",
        "the day after.",
        "3 weeks later",
        "a fortnight later",
        "2 years 1 month 21 days later",
        "two years and three months later",
    ] {
        let p = parse(s);
        assert_eq!(p.expr, DateExpr::Vague, "{s}");
        assert_eq!(p.len, s.trim_end_matches('.').len(), "{s}");
    }
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
    for s in ["the same week", "that weekend", "the same year"] {
        assert_eq!(parse(s).expr, DateExpr::Vague, "{s}");
    }
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
fn days_of_a_shifted_month() {
    assert_eq!(
        interval("from 4-23 in next month", Tense::Future),
        (d(2021, 7, 4), d(2021, 7, 23))
    );
    assert_eq!(
        interval("from the 4th to the 23rd of next month", Tense::Future),
        (d(2021, 7, 4), d(2021, 7, 23))
    );
    assert_eq!(
        interval("between the 1st and the 3rd of last month", Tense::Past),
        (d(2021, 5, 1), d(2021, 5, 3))
    );
}

/// The per-claim memo answers as `standalone_item` does, at every place and
/// on a second asking (with more places than it keeps).
#[test]
fn item_memo_matches_standalone_item() {
    let text = "from early June 2021 to next week, around Tuesday, xyz 3 days ago";
    let memo = ItemMemo::new(DateOrder::None);
    for round in 0..2 {
        for (at, _) in text.char_indices() {
            let i = &text[at..];
            assert_eq!(
                memo.item(i),
                standalone_item(DateOrder::None)(i),
                "{i:?} round {round}"
            );
        }
    }
}

/// Skipping the count-first alternatives where no count of units stands
/// changes no answer.
#[test]
fn units_gate_keeps_answers() {
    let text = "two weeks ago, a fortnight later, 3 days after May 1, next 2 weeks, \
                the day before, that weekend, Monday 3 weeks from now, in 5 years";
    for (at, _) in text.char_indices() {
        let i = &text[at..];
        if has_counted_units(i) {
            continue;
        }
        assert_eq!(
            relative_expr_at(false)(i).ok(),
            relative_expr_at(true)(i).ok(),
            "{i:?}"
        );
        assert_eq!(
            anaphoric_at(false)(i).ok(),
            anaphoric_at(true)(i).ok(),
            "{i:?}"
        );
    }
}

/// `ordinal_word` rejects a first word outside five to eleven letters:
/// every day ordinal, "twenty" and "thirty" lie inside.
#[test]
fn ordinal_word_length_gate_covers_the_tables() {
    for (w, _) in DAY_ORDINALS
        .iter()
        .chain(TENS.iter().filter(|(_, t)| *t <= 30))
    {
        assert!((5..=11).contains(&w.len()), "{w}");
    }
    assert_eq!(ordinal_word("thirty-first"), Ok(("", 31)));
    assert_eq!(ordinal_word("Seventeenth of"), Ok((" of", 17)));
}

/// `longest_phrase` answers as `phrase_from` on the same table in pairs.
#[test]
fn longest_phrase_matches_phrase_from() {
    for table in [VAGUE_DATES, RANGE_JOINERS] {
        let index = FirstBytes::of(table.iter().copied());
        let pairs: Vec<(&str, ())> = table.iter().map(|p| (*p, ())).collect();
        let text = "in the coming  weeks to thru - in the near future, till until recently";
        for (at, _) in text.char_indices() {
            let i = &text[at..];
            assert_eq!(
                longest_phrase(i, table, &index).ok(),
                phrase_from(i, &pairs).ok().map(|(r, (_, t))| (r, t)),
                "{i:?}"
            );
        }
    }
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

/// The first-letter check of `month_word` lets every month word through
/// and stops others.
#[test]
fn month_first_letters_cover_the_table() {
    for (w, m) in MONTHS {
        assert!(starts_like(w, MONTH_FIRST_LETTERS), "{w}");
        assert_eq!(month_loose(w).map(|(_, n)| n), Ok(*m), "{w}");
    }
    assert!(!starts_like("that", MONTH_FIRST_LETTERS));
    assert!(!starts_like("In", MONTH_FIRST_LETTERS));
    assert!(month_loose("the").is_err());
}

#[test]
fn parts_of_a_span_too_short_for_thirds() {
    // A two-day span has no middle third: no interval, and no overflow.
    let whole = Interval::new(d(2021, 6, 26), d(2021, 6, 27));
    assert_eq!(part_of(whole, Granularity::Day, Part::Mid, None), None);
    assert_eq!(
        part_of(whole, Granularity::Day, Part::Early, None),
        Some(Interval::day(d(2021, 6, 26)))
    );
}

/// Every string literal of this file and `extra`, at each word start: the
/// inputs the gated grammars are compared with their references on.
fn dispatch_inputs(extra: &[&'static str]) -> Vec<String> {
    let src = include_str!("tests.rs");
    let mut phrases: Vec<String> = src
        .split('"')
        .skip(1)
        .step_by(2)
        .filter(|s| !s.contains('\\') && s.len() < 200)
        .map(str::to_string)
        .collect();
    phrases.extend(extra.iter().map(|s| s.to_string()));
    let mut out = Vec::new();
    for p in &phrases {
        for (at, _) in p.char_indices() {
            let prev = p[..at].chars().next_back();
            if prev.is_none_or(|c| !c.is_alphanumeric()) {
                out.push(p[at..].to_string());
                // Capitalised, as at a sentence start.
                let mut cap = p[at..].to_string();
                if let Some(f) = cap.get(..1) {
                    let up = f.to_ascii_uppercase();
                    cap.replace_range(..1, &up);
                }
                out.push(cap);
            }
        }
    }
    out
}

/// Phrases for every opener class of the dispatched alternatives.
const DISPATCH_PHRASES: &[&str] = &[
    "Monday two weeks from now",
    "Thursday, two years from now",
    "Sunday 3 weeks after January 15th",
    "the first Tuesday of October",
    "last Friday in October",
    "the last day of October 2015",
    "the 20th of next month",
    "the 15th day of next month",
    "third day of October",
    "the week of October 6th",
    "the week beginning February 4",
    "week commencing on 6 October 2014",
    "w/c Feb 4",
    "W/C Feb 4",
    "Wednesday of next week",
    "Wednesday next week",
    "Sunday from last week",
    "last week's Sunday",
    "Friday after next",
    "next week on Tuesday",
    "the previous week - Monday",
    "next March",
    "this September",
    "last May",
    "March after next",
    "the ides of March",
    "ides of next month",
    "this autumn",
    "next spring",
    "the next 4 business days",
    "the previous five working days",
    "previous 3 work days",
    "the past two years",
    "the last 3 months",
    "the next three days",
    "the coming two weeks",
    "the last 2 quarters",
    "past two decades",
    "the two upcoming weeks",
    "3 previous years",
    "a next week",
    "An upcoming quarter",
    "two following quarters",
    "the week after next",
    "the year before last",
    "the past decade",
    "this week",
    "next month",
    "the following week",
    "the current quarter",
    "two weeks ago",
    "a fortnight ago",
    "this weekend",
    "the weekend",
    "three weeks from tomorrow",
    "2 weeks before May 13 1999",
    "two months after next Friday",
    "two days from now",
    "a week hence",
    "three Fridays from now",
    "2 Thursdays ago",
    "two Sundays back",
    "minus two Sundays back",
    "-2 Sundays ago",
    "today",
    "Yesterday",
    "tomorrow",
    "the day after tomorrow",
    "the day before yesterday",
    "fiscal year 2008",
    "the school year",
    "the academic year 2019",
    "FY2008",
    "fy 18",
    "sy18",
    "the cy18",
    "CY 2018",
    "early June",
    "the end of the year",
    "the beginning of next week",
    "earlier this month",
    "later this year",
    "in three weeks",
    "½ weeks ago",
    "",
    " ",
    "-",
    "the",
    "the ",
];

#[test]
fn relative_expr_dispatch_agrees() {
    let mut tried = 0;
    for s in dispatch_inputs(DISPATCH_PHRASES) {
        let s = s.as_str();
        for units in [false, true, has_counted_units(s)] {
            let gated = relative_expr_at(units)(s).ok();
            let all = relative_expr_all(units)(s).ok();
            assert_eq!(gated, all, "{s:?} (units {units})");
            tried += 1;
        }
    }
    assert!(tried > 3000, "{tried}");
}

/// Phrases for every opener class of `calendar_expr`'s alternatives.
const CALENDAR_PHRASES: &[&str] = &[
    "2014 AD",
    "14 a.d.",
    "300 BC",
    "44 BCE",
    "31/Oct/1974",
    "31-Oct-74",
    "2019/aug/01",
    "Sep-23-2020",
    "sep-23-2020",
    "2021-06-29",
    "2015-3-3",
    "2014-10",
    "2014/10",
    "10/31/2021",
    "31.10.2021",
    "2/15",
    "3/3/15",
    "June 2022",
    "june of 2022",
    "Dec/2018",
    "2/2013",
    "12-2015",
    "August two thousand and fifteen",
    "April of 87",
    "Nov/2",
    "June 29, 2021",
    "Dec. 5, 2019",
    "february the 15th",
    "march first",
    "May twenty nine",
    "29 June 2021",
    "the 29th of June",
    "15 of february",
    "14april 2015",
    "fifteen August 1993",
    "the twenty-first of May",
    "thirty first of July",
    "2017 april",
    "2016 10 16",
    "20161016",
    "the 1990s",
    "1990s",
    "the 1990 s",
    "the 15th century",
    "the twenty-first century",
    "Q3 2022",
    "q1",
    "the third quarter of 2022",
    "the fourth quarter",
    "3rd qtr",
    "2018Q4",
    "18q4",
    "2019 Q3",
    "the first half of 2022",
    "H2 2019",
    "h1 2020",
    "2019 H2",
    "2019-H2",
    "the second half",
    "1st half of 2020",
    "the 2nd half",
    "week 23",
    "week 23 of 2021",
    "the first week of 2021",
    "the last week of 2016",
    "the third last week of 2016",
    "3rd last week of 2016",
    "the third month of 2021",
    "the 9th month of next year",
    "the first 2 weeks of 2021",
    "the last four months of 2021",
    "first ten days of last year",
    "the week 27 of last year",
    "the fall of 2021",
    "fall 2021",
    "summer of 2019",
    "the Winter 2020",
];

#[test]
fn calendar_expr_dispatch_agrees() {
    let mut tried = 0;
    let mut phrases = CALENDAR_PHRASES.to_vec();
    phrases.extend_from_slice(DISPATCH_PHRASES);
    for s in dispatch_inputs(&phrases) {
        let s = s.as_str();
        for order in [DateOrder::None, DateOrder::Mdy, DateOrder::Dmy] {
            let gated = calendar_expr(order)(s).ok();
            let all = calendar_expr_all(order)(s).ok();
            assert_eq!(gated, all, "{s:?} ({order:?})");
            tried += 1;
        }
    }
    assert!(tried > 3000, "{tried}");
}

/// Phrases for the gated alternatives of `standalone_item`.
const ITEM_PHRASES: &[&str] = &[
    "earlier this month",
    "Later this year",
    "earlier last week",
    "later next month",
    "EOM",
    "the EOY",
    "BOM",
    "BOY",
    "early June",
    "mid-2022",
    "Mid 2022",
    "late 2021",
    "the end of the year",
    "the beginning of next week",
    "start of the month",
    "the middle of March",
    "end of 2020",
    "the day before",
    "the day after",
    "three weeks later",
    "a fortnight later",
    "2 years 1 month 21 days later",
    "a year and two months later",
    "the same week",
    "that weekend",
    "That day",
    "Monday",
    "next Friday",
    "this coming Friday",
    "coming Friday",
    "past Friday",
    "this past Friday",
    "Tue.",
    "fri",
];

#[test]
fn standalone_item_dispatch_agrees() {
    let mut tried = 0;
    let mut phrases = ITEM_PHRASES.to_vec();
    phrases.extend_from_slice(CALENDAR_PHRASES);
    phrases.extend_from_slice(DISPATCH_PHRASES);
    for s in dispatch_inputs(&phrases) {
        let s = s.as_str();
        for order in [DateOrder::None, DateOrder::Mdy, DateOrder::Dmy] {
            let gated = standalone_item(order)(s).ok();
            let all = standalone_item_with(order, true)(s).ok();
            assert_eq!(gated, all, "{s:?} ({order:?})");
            tried += 1;
        }
    }
    assert!(tried > 3000, "{tried}");
}

#[test]
fn has_counted_units_gate_agrees() {
    let mut phrases = ITEM_PHRASES.to_vec();
    phrases.extend_from_slice(CALENDAR_PHRASES);
    phrases.extend_from_slice(DISPATCH_PHRASES);
    phrases.extend_from_slice(&[
        "fortnight later",
        "Fortnights ago",
        "A Fortnight ago",
        "Two weeks ago",
        "TWO WEEKS AGO",
        "Eighteen months",
        "seventeen days",
        "Minus three days",
        "NEGATIVE 2 days",
        "Half a year",
        "An hour",
        "ZERO days",
        "Seventy-five years",
    ]);
    for s in dispatch_inputs(&phrases) {
        let s = s.as_str();
        let all = !matches!(counted_units(s), Err(nom::Err::Error(_)));
        assert_eq!(has_counted_units(s), all, "{s:?}");
    }
}
