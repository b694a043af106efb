//! Tests of `calendar`, at the boundaries of every convention.

use super::*;
use crate::extract::date::tests::*;
use crate::time::SeasonConvention;

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
fn coded_quarters_and_halves_with_a_dash() {
    let t = Tense::Past;
    assert_eq!(interval("2017-q1", t), (d(2017, 1, 1), d(2017, 3, 31)));
    assert_eq!(interval("2019-H2", t), (d(2019, 7, 1), d(2019, 12, 31)));
    assert!(date_claim("in 2016 to June").map_or(true, |(_, c)| c.until.is_none()));
}

/// The interval of `s` from an article dated `anchor`, fiscal years
/// starting in `start` (None: not configured).
fn fiscal(s: &str, start: Option<u32>, anchor: NaiveDate) -> Option<(NaiveDate, NaiveDate)> {
    let p = parse(s);
    assert_eq!(p.len, s.len(), "{s}: {p:?}");
    let o = DateOptions {
        fiscal_start: start,
        ..DateOptions::default()
    };
    resolve_with(p.expr, p.part, Some(anchor), Tense::Past, &o)
        .interval
        .map(|i| (i.start, i.end))
}

#[test]
fn fiscal_years_resolve_only_where_configured() {
    let at = d(2019, 2, 14);
    for s in [
        "in the fiscal year 2019",
        "in fiscal 2019",
        "FY2019",
        "FY 2019",
        "FY19",
        "the financial year 2018-19",
        "the 2018-19 financial year",
        "the 2018-19 fiscal year",
        "the 2019 fiscal year",
        "FY2018-19",
        "fiscal year 2018-2019",
        "financial year 2018/19",
        "in the financial year 2018-’19",
        "the current fiscal",
        "this fiscal year",
        "the current financial year",
    ] {
        // Named by the year it ends in: 1 April 2018 to 31 March 2019.
        assert_eq!(
            fiscal(s, Some(4), at),
            Some((d(2018, 4, 1), d(2019, 3, 31))),
            "{s}"
        );
        // Unknown months: extracted, never read as a calendar year.
        assert_eq!(fiscal(s, None, at), None, "{s}");
    }
    assert_eq!(
        fiscal("fiscal year 2024", Some(10), at),
        Some((d(2023, 10, 1), d(2024, 9, 30)))
    );
    assert_eq!(
        fiscal("the 2014-15 financial year", Some(7), at),
        Some((d(2014, 7, 1), d(2015, 6, 30)))
    );
    assert_eq!(
        fiscal("last fiscal year", Some(7), at),
        Some((d(2017, 7, 1), d(2018, 6, 30)))
    );
    assert_eq!(
        fiscal("the next fiscal", Some(4), at),
        Some((d(2019, 4, 1), d(2020, 3, 31)))
    );
    assert_eq!(
        fiscal("the previous financial year", Some(4), at),
        Some((d(2017, 4, 1), d(2018, 3, 31)))
    );
    // A January start is the calendar year.
    assert_eq!(
        fiscal("fiscal 2019", Some(1), at),
        Some((d(2019, 1, 1), d(2019, 12, 31)))
    );
}

#[test]
fn fiscal_quarters() {
    let at = d(2019, 2, 14);
    for (s, want) in [
        (
            "the third quarter of the current fiscal",
            (d(2018, 10, 1), d(2018, 12, 31)),
        ),
        (
            "the third quarter this fiscal",
            (d(2018, 10, 1), d(2018, 12, 31)),
        ),
        (
            "the fourth quarter last fiscal",
            (d(2018, 1, 1), d(2018, 3, 31)),
        ),
        ("Q3 FY19", (d(2018, 10, 1), d(2018, 12, 31))),
        (
            "the first quarter of fiscal 2020",
            (d(2019, 4, 1), d(2019, 6, 30)),
        ),
    ] {
        assert_eq!(fiscal(s, Some(4), at), Some(want), "{s}");
        assert_eq!(fiscal(s, None, at), None, "{s}");
    }
}

#[test]
fn two_years_as_one_are_a_fiscal_year_or_both_years() {
    let at = d(2023, 2, 1);
    for s in ["in 2023-24", "2023–24", "2023-’24", "2023/24", "2023-2024"] {
        assert_eq!(
            fiscal(s, Some(4), at),
            Some((d(2023, 4, 1), d(2024, 3, 31))),
            "{s}"
        );
    }
    // Nothing configured: both calendar years, which hold any fiscal year
    // or season the pair names ("the 2002-03 season").
    assert_eq!(
        fiscal("in 2002-03", None, at),
        Some((d(2002, 1, 1), d(2003, 12, 31)))
    );
    assert_eq!(
        fiscal("1999-00", Some(7), at),
        Some((d(1999, 7, 1), d(2000, 6, 30)))
    );
    // Not consecutive, or a longer chain: no pair.
    for s in ["2014-17", "2014-15-16"] {
        assert!(
            date_claim(s).map_or(true, |(_, p)| !matches!(p.expr, DateExpr::YearPair(_))),
            "{s}"
        );
    }
}

#[test]
fn fiscal_as_an_adjective_is_no_date() {
    for s in [
        "the current fiscal deficit",
        "the next fiscal stimulus",
        "last fiscal quarter",
        "this fiscal policy",
    ] {
        assert!(
            date_claim(s).map_or(true, |(_, p)| p.len < s.len() - 4
                && !matches!(p.expr, DateExpr::FiscalYear(_))),
            "{s}"
        );
    }
}

#[test]
fn school_and_calendar_years() {
    for s in ["the school year 2008", "in the sy18"] {
        let p = parse(s);
        assert_eq!(p.len, s.len(), "{s}");
        assert_eq!(p.expr, DateExpr::Vague, "{s}");
    }
    // "the fiscal year": the article's; named by its end, the twelve
    // months ending then (`period_ended`).
    assert_eq!(
        parse("the fiscal year").expr,
        DateExpr::FiscalYear(YearRef::Shifted(0))
    );
    assert_eq!(
        parse("the fiscal year ended June 30").expr,
        DateExpr::MonthsTo {
            months: 12,
            month: 6,
            day: Some(30),
            year: None,
            closed: true
        }
    );
    assert_eq!(
        interval("in the cy18", Tense::Past),
        (d(2018, 1, 1), d(2018, 12, 31))
    );
}

#[test]
fn centuries_and_decade_words() {
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
    assert_eq!(interval("q1-2019", t), (d(2019, 1, 1), d(2019, 3, 31)));
}

#[test]
fn a_hundreds_year_with_s_is_a_century_a_tens_one_a_decade() {
    let t = Tense::Past;
    assert_eq!(
        interval("since the 1700s", t),
        (d(1700, 1, 1), d(1799, 12, 31))
    );
    assert_eq!(interval("the 1900s", t), (d(1900, 1, 1), d(1999, 12, 31)));
    assert_eq!(interval("the 1740s", t), (d(1740, 1, 1), d(1749, 12, 31)));
    // News means the decade by "the 2000s".
    assert_eq!(interval("the 2000s", t), (d(2000, 1, 1), d(2009, 12, 31)));
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
fn calendar_decades() {
    // Article 2021-06-29: this decade is the 2020s. "next decade" bare is
    // the calendar decade; "the next decade" is the ten years from the
    // article date, as news writes it ("will invest $2bn over the next
    // decade": relative::tests, windows).
    assert_eq!(
        interval("next decade", Tense::Future),
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
fn a_month_of_a_shifted_year() {
    assert_eq!(
        interval("since February last year", Tense::Past),
        (d(2020, 2, 1), d(2020, 2, 29))
    );
    assert_eq!(
        interval("in June of next year", Tense::Future),
        (d(2022, 6, 1), d(2022, 6, 30))
    );
    assert_eq!(
        interval("March this year", Tense::Past),
        (d(2021, 3, 1), d(2021, 3, 31))
    );
}

#[test]
fn quarters_named_by_their_months() {
    assert_eq!(
        interval("the December 2018 quarter", Tense::Past),
        (d(2018, 10, 1), d(2018, 12, 31))
    );
    assert_eq!(
        interval("the January-March 2016 quarter", Tense::Past),
        (d(2016, 1, 1), d(2016, 3, 31))
    );
    assert_eq!(
        interval("the April–June quarter of 2020", Tense::Past).0,
        d(2020, 4, 1)
    );
    assert_eq!(
        interval("in the September quarter", Tense::Past).1,
        d(2020, 9, 30)
    );
    // Not a calendar quarter: left to the month alone, or to nothing.
    assert_eq!(
        interval("November 2018 quarter", Tense::Past),
        (d(2018, 11, 1), d(2018, 11, 30))
    );
    assert!(month_quarter("the January-April quarter").is_err());
}

#[test]
fn a_slice_of_a_shifted_year_needs_no_of() {
    let t = Tense::Past;
    assert_eq!(
        interval("the first three months this year", t),
        (d(2021, 1, 1), d(2021, 3, 31))
    );
    assert_eq!(
        interval("in the first six months last year", t),
        (d(2020, 1, 1), d(2020, 6, 30))
    );
    // A named year still needs "of": "the first two months 2021" is no
    // slice (the months alone are read).
    let len = date_claim("the first two months 2021").map(|(_, p)| p.len);
    assert_ne!(len.ok(), Some("the first two months 2021".len()));
}
