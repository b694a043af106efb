//! Tests of `range`, at the boundaries of every convention.

use super::*;
use crate::extract::date::tests::*;

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
fn till_date_is_the_article_date() {
    let t = Tense::Past;
    assert_eq!(interval("till date", t), (d(2021, 6, 29), d(2021, 6, 29)));
    assert_eq!(
        interval("from March to date", t),
        (d(2021, 3, 1), d(2021, 6, 29))
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
fn now_ends_a_range() {
    let t = Tense::Past;
    assert_eq!(
        interval("between Jan 2019 and now", t),
        (d(2019, 1, 1), d(2021, 6, 29))
    );
    assert_eq!(
        interval("this calendar year", t),
        (d(2021, 1, 1), d(2021, 12, 31))
    );
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
    // Before a scale word or a percentage a yearless dashed pair is a
    // range of figures.
    for text in [
        "11-13 million troops",
        "12-14 bn euros",
        "11 - 13 lakh",
        "12-14 percent",
        "12-14%",
        "10-12 per cent",
        "12-14 pct",
    ] {
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

#[test]
fn months_join_after_in_and_during() {
    // Both ends months: a span of the year, as "from … to" would be.
    assert_eq!(
        interval("during January-March 2016", Tense::Past),
        (d(2016, 1, 1), d(2016, 3, 31))
    );
    assert_eq!(parse("during April-June").relation, Some(Relation::Between));
    assert_eq!(
        interval("in May to July 2019", Tense::Past),
        (d(2019, 5, 1), d(2019, 7, 31))
    );
    // A year then a month is still no range after "in".
    assert_ne!(parse("in 2016 to June").relation, Some(Relation::Between));
}

/// The day ranges are tried only where their first word admits them: a
/// month for `month_day_range`, a day for `day_then_joiner`. Both fail
/// wherever the input's opening lacks those kinds, on every phrase of
/// the date tests (at each word start) and on the digit runs of each
/// length before each joiner; so do a bare month and a bare year.
#[test]
fn day_ranges_open_only_at_their_kinds() {
    use crate::extract::date::item::tests::{
        dispatch_inputs, CALENDAR_PHRASES, DISPATCH_PHRASES, ITEM_PHRASES,
    };
    use crate::extract::date::opening::Opening;
    let mut phrases = ITEM_PHRASES.to_vec();
    phrases.extend_from_slice(CALENDAR_PHRASES);
    phrases.extend_from_slice(DISPATCH_PHRASES);
    let mut inputs = dispatch_inputs(&phrases);
    for the in ["", "the "] {
        for run in ["5", "12", "31", "123", "2014"] {
            for join in ["", "th", "-", "–", " to ", " and ", " through ", "/"] {
                for end in ["", "15", "15th", "15 July", "the 15th of next month"] {
                    inputs.push(format!("{the}{run}{join}{end}"));
                }
            }
        }
    }
    let mut tried = 0;
    for s in &inputs {
        let opening = Opening::of(s);
        for between in [false, true] {
            if month_day_range(s, between).is_ok() {
                assert!(opening.any(MONTH), "{s:?}: {opening:?}");
            }
            if day_then_joiner(s, between).is_ok() {
                assert!(opening.any(DAY_FIRST), "{s:?}: {opening:?}");
            }
            tried += 1;
        }
        // The bare ends of a range, likewise.
        if month_loose(s).is_ok() {
            assert!(opening.any(MONTH), "{s:?}: {opening:?}");
        }
        if year_number(s).is_ok() {
            assert!(opening.any(DIGITS_4), "{s:?}: {opening:?}");
        }
    }
    assert!(tried > 3000, "{tried}");
}

#[test]
fn periods_named_by_their_last_month_count_back_from_it() {
    let t = Tense::Present;
    // Dated 2021-06-29: the end nearest the article date, whatever tense.
    assert_eq!(
        interval("the nine months to December", t),
        (d(2020, 4, 1), d(2020, 12, 31))
    );
    assert_eq!(
        interval("the fiscal year to March", Tense::Future),
        (d(2020, 4, 1), d(2021, 3, 31))
    );
    assert_eq!(
        interval("the year to September", Tense::Past),
        (d(2020, 10, 1), d(2021, 9, 30))
    );
    assert_eq!(
        interval("the six months to June 30", t),
        (d(2021, 1, 1), d(2021, 6, 30))
    );
    assert_eq!(
        interval("the 12 months to May", t),
        (d(2020, 6, 1), d(2021, 5, 31))
    );
    // A year written: that one; a span wrapping the year starts before.
    assert_eq!(
        interval("the year to March 2019", t),
        (d(2018, 4, 1), d(2019, 3, 31))
    );
    assert_eq!(
        interval("the three months to 31 January 2020", t),
        (d(2019, 11, 1), d(2020, 1, 31))
    );
    // One claim, with no relation of its own.
    let p = parse("the nine months to December");
    assert_eq!((p.relation, p.until, p.len), (None, None, 27));
    // Not a period: a count of one, more than a year, a lower-case verb.
    for text in [
        "the 18 months to June",
        "the two months to march on",
        "the months to June",
    ] {
        assert!(period_to(text).is_err(), "{text}");
    }
}

#[test]
fn a_comma_after_from_still_joins_the_range() {
    assert_eq!(
        interval("from 2021, through 2025", Tense::Future),
        (d(2021, 1, 1), d(2025, 12, 31))
    );
    assert_eq!(parse("from 2021, through 2025").len, 23);
    // Without "from" the comma ends the date.
    assert_eq!(parse("in 2021, through 2025").len, 7);
}

#[test]
fn after_a_verb_of_moving_from_names_the_old_date() {
    let memo = ItemMemo::new(super::super::DateOrder::None, false);
    let at = |before: &str, rest: &'static str| {
        moved_from(before, rest, &memo).map(|p| (p.expr, &rest[..p.len]))
    };
    assert_eq!(
        at("extended the deadline, pushing it ", "from 2030 to 2035."),
        Some((DateExpr::Year(2030), "from 2030"))
    );
    assert_eq!(
        at("The launch was delayed ", "from March to June"),
        Some((
            DateExpr::Month {
                year: None,
                month: 3
            },
            "from March"
        ))
    );
    assert!(at("the target was brought forward ", "from 2040 to 2030").is_some());
    assert!(at("the board postponed the vote ", "from May 2 to May 9").is_some());
    // "put", "bring", "pull" move a date only with "back"/"forward".
    assert!(at("the figures we put ", "from 2019 to 2022").is_none());
    // No verb of moving, or one before a stop: a span.
    assert!(at("Prices rose ", "from 2019 to 2022").is_none());
    assert!(at("It was delayed. Prices rose ", "from 2019 to 2022").is_none());
    // No range after it: nothing.
    assert!(at("delayed ", "from the start").is_none());
}

#[test]
fn after_a_moved_date_the_new_one_stands_alone() {
    let memo = ItemMemo::new(super::super::DateOrder::None, false);
    let at = |before: &str, rest: &'static str| {
        moved_to(before, rest, &memo).map(|p| (p.expr, &rest[..p.len]))
    };
    assert_eq!(
        at("brought forward from November to ", "September."),
        Some((
            DateExpr::Month {
                year: None,
                month: 9
            },
            "September"
        ))
    );
    assert!(at("Prices rose from November to ", "September").is_none());
    assert!(at("delayed from November and then to ", "September").is_none());
}

#[test]
fn a_period_up_to_a_day_ends_on_that_day() {
    let t = Tense::Past;
    assert_eq!(
        interval("over the past six weeks leading up to 12 May", t),
        (d(2021, 3, 31), d(2021, 5, 12))
    );
    assert_eq!(
        interval("in the last ten days to June 20", t),
        (d(2021, 6, 10), d(2021, 6, 20))
    );
    assert_eq!(
        interval("the previous two weeks ending on May 30", t),
        (d(2021, 5, 16), d(2021, 5, 30))
    );
    let p = parse("over the past six weeks leading up to 12 May");
    assert_eq!(p.relation, Some(Relation::In));
    // No day named: the period ends at the article date, as before.
    assert_eq!(
        interval("the past six weeks", t),
        (d(2021, 5, 18), d(2021, 6, 29))
    );
    assert!(period_up_to("the past 2.5 weeks to May 30").is_err());
}

#[test]
fn a_period_ended_on_a_day_is_the_months_ending_then() {
    let t = Tense::Past;
    // Article date 2021-06-29. A quarter is three months, a half six, a
    // year twelve; the months end on the day named, not on a month's end.
    assert_eq!(
        interval("the quarter ended March 31", t),
        (d(2021, 1, 1), d(2021, 3, 31))
    );
    assert_eq!(
        interval("the three months that ended Dec. 2", t),
        (d(2020, 9, 3), d(2020, 12, 2))
    );
    assert_eq!(
        interval("its fiscal second quarter ended January 27th", t),
        (d(2020, 10, 28), d(2021, 1, 27))
    );
    assert_eq!(
        interval("the half-year ended 30 June 2020", t),
        (d(2020, 1, 1), d(2020, 6, 30))
    );
    assert_eq!(
        interval("the three-month period ended on May 31", t),
        (d(2021, 3, 1), d(2021, 5, 31))
    );
    // "ended" with no year: the latest over by the article date (June 30
    // 2021 is the nearer, but it is not over).
    assert_eq!(
        interval("the year ended June 30", Tense::Present),
        (d(2019, 7, 1), d(2020, 6, 30))
    );
    // "ending": the nearest, as "to" is.
    assert_eq!(
        interval("the year ending June 30", t),
        (d(2020, 7, 1), d(2021, 6, 30))
    );
    // A month: whole months; after "in" a month only.
    assert_eq!(
        interval("the fiscal year ending in March 2022", Tense::Future),
        (d(2021, 4, 1), d(2022, 3, 31))
    );
    // No length, a noun of no period, or no day after it.
    for text in [
        "the period ended May 30",
        "the war ended May 30",
        "the year ended with a loss",
        "the 18 months ended June 30",
    ] {
        assert!(period_ended(text).is_err(), "{text}");
    }
}
