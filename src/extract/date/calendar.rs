//! Calendar units: seasons ("summer 2022", "next spring"), quarters
//! ("Q3 2022", "the fourth quarter"), halves, centuries, decades ("the
//! 1990s"), ISO weeks ("week 23"), slices of a year ("the first two months
//! of 2022"), fiscal and school years.

use super::absolute::year_number_loose;
use super::days::nth_week;
use super::relative::count;
use super::resolve::whole_count;
use super::words::{
    day_of_month, digits_m_n, fail, letters, month_loose, ordinal_word, shift_word, two_digit_year,
    year_number, year_suffix,
};
use super::{DateExpr, SliceUnit, YearRef};
use crate::extract::grammar::{kw, lower_word, sp, tnc, word_end, Res};
use crate::time::{Interval, Season};
use chrono::{Datelike, NaiveDate};
use nom::branch::alt;
use nom::bytes::complete::tag;
use nom::character::complete::{char, one_of};
use nom::combinator::opt;
use nom::sequence::preceded;
use nom::Parser;

/// A season word.
pub fn season_word(i: &str) -> Res<'_, Season> {
    alt((
        kw("spring").map(|_| Season::Spring),
        kw("summer").map(|_| Season::Summer),
        kw("fall").map(|_| Season::Fall),
        kw("autumn").map(|_| Season::Fall),
        kw("winter").map(|_| Season::Winter),
    ))
    .parse(i)
}

/// "the fall of 2021", "fall 2021", "summer of 2019"
pub fn season_with_year(i: &str) -> Res<'_, DateExpr> {
    let (rest, (_, season, _, year)) = (
        opt((kw("the"), sp)),
        season_word,
        alt(((sp, kw("of"), sp).map(|_| ()), sp.map(|_| ()))),
        year_number,
    )
        .parse(i)?;
    Ok((
        rest,
        DateExpr::Season {
            year: Some(year),
            season,
            shift: None,
        },
    ))
}

/// "this autumn", "next spring", "last winter"
pub(super) fn shifted_season(i: &str) -> Res<'_, DateExpr> {
    let (rest, (shift, _, season)) = (shift_word, sp, season_word).parse(i)?;
    Ok((
        rest,
        DateExpr::Season {
            year: None,
            season,
            shift: Some(shift),
        },
    ))
}

/// "the fall" (only after "in"/"during"/"by": alone it is too often a noun).
pub(super) fn bare_season(i: &str) -> Res<'_, DateExpr> {
    let (rest, season) = preceded((kw("the"), sp), season_word).parse(i)?;
    Ok((
        rest,
        DateExpr::Season {
            year: None,
            season,
            shift: None,
        },
    ))
}

/// A quarter number: "Q3", "third quarter", "3rd quarter", "3rd qtr".
fn quarter_number(i: &str) -> Res<'_, u32> {
    let q_digit = |i| -> Res<'_, u32> {
        let (rest, (_, q)) = (one_of("qQ"), one_of("1234")).parse(i)?;
        word_end(rest)?;
        Ok((rest, q.to_digit(10).unwrap_or(0)))
    };
    let worded = |i| -> Res<'_, u32> {
        // "third quarter", "third-quarter profit"
        let (rest, (q, _, _)) = (
            day_of_month,
            alt((sp, tag("-"))),
            alt((kw("quarter"), kw("qtr"))),
        )
            .parse(i)?;
        if (1..=4).contains(&q) {
            Ok((rest, q))
        } else {
            fail(i)
        }
    };
    alt((q_digit, worded)).parse(i)
}

/// "Q3 2022", "the third quarter of 2022", "the fourth quarter",
/// "2018Q4", "18q4", "2019 Q3"
pub(super) fn quarter(i: &str) -> Res<'_, DateExpr> {
    let named = |i| -> Res<'_, DateExpr> {
        let (rest, (_, quarter, year)) = (
            opt((kw("the"), sp)),
            quarter_number,
            opt(alt((year_suffix, preceded(char('-'), year_number)))),
        )
            .parse(i)?;
        Ok((
            rest,
            DateExpr::Quarter {
                year,
                quarter,
                by_months: false,
            },
        ))
    };
    let year_first = |i| -> Res<'_, DateExpr> {
        let year = alt((year_number_loose, |i| {
            digits_m_n(2, 2)(i).map(|(r, y)| (r, two_digit_year(y)))
        }));
        // "2022 Q3", "2022Q3", "2017-q1"
        let (rest, (year, _, _, q)) =
            (year, opt(alt((sp, tag("-")))), one_of("qQ"), one_of("1234")).parse(i)?;
        word_end(rest)?;
        Ok((
            rest,
            DateExpr::Quarter {
                year: Some(year),
                quarter: q.to_digit(10).unwrap_or(0),
                by_months: false,
            },
        ))
    };
    alt((year_first, named)).parse(i)
}

/// A quarter named by its months, as business copy names it: by its last
/// month ("the December quarter", "the June 2019 quarter") or by its
/// first and last ("the January-March quarter", "the April–June 2016
/// quarter"). Only a calendar quarter is read: one that ends in March,
/// June, September or December and, named by both ends, spans three
/// months ("the November quarter" of a company's own year is left alone).
pub(super) fn month_quarter(i: &str) -> Res<'_, DateExpr> {
    let dash = alt((tag("-"), tag("–"), tag("—"), tag("/")));
    let (rest, (_, first, last, year, _, _)) = (
        opt((kw("the"), sp)),
        month_loose,
        opt(preceded(dash, month_loose)),
        opt(year_suffix),
        sp,
        kw("quarter"),
    )
        .parse(i)?;
    // "the April-June quarter of 2020"
    let (rest, year) = match year {
        Some(y) => (rest, Some(y)),
        None => opt(year_suffix).parse(rest)?,
    };
    let end = last.unwrap_or(first);
    let spans_a_quarter = last.is_none_or(|_| end == first + 2);
    if end % 3 != 0 || !spans_a_quarter {
        return fail(i);
    }
    Ok((
        rest,
        DateExpr::Quarter {
            year,
            quarter: end / 3,
            by_months: true,
        },
    ))
}

/// "the first half of 2022", "H2 2019", "2019 H2", "the second half"
pub(super) fn half(i: &str) -> Res<'_, DateExpr> {
    let named = |i| -> Res<'_, DateExpr> {
        let (rest, (_, h, _, _, year)) = (
            opt((kw("the"), sp)),
            alt((
                kw("first").map(|_| 1),
                kw("second").map(|_| 2),
                kw("1st").map(|_| 1),
                kw("2nd").map(|_| 2),
            )),
            alt((sp, tag("-"))),
            kw("half"),
            opt(year_suffix),
        )
            .parse(i)?;
        Ok((rest, DateExpr::Half { year, half: h }))
    };
    let h_digit = |i| -> Res<'_, u32> {
        let (rest, (_, h)) = (one_of("hH"), one_of("12")).parse(i)?;
        word_end(rest)?;
        Ok((rest, h.to_digit(10).unwrap_or(0)))
    };
    let coded = |i| -> Res<'_, DateExpr> {
        let (rest, (h, _, year)) = (h_digit, sp, year_number).parse(i)?;
        Ok((
            rest,
            DateExpr::Half {
                year: Some(year),
                half: h,
            },
        ))
    };
    let year_first = |i| -> Res<'_, DateExpr> {
        // "2019 H2", "2019-H2"
        let (rest, (year, _, h)) = (year_number, alt((sp, tag("-"))), h_digit).parse(i)?;
        Ok((
            rest,
            DateExpr::Half {
                year: Some(year),
                half: h,
            },
        ))
    };
    alt((named, coded, year_first)).parse(i)
}

/// "the 1990s", "1990s", "the 1990 s"
/// "the 15th century", "the twenty-first century": 1400–1499, 2000–2099.
pub(super) fn century(i: &str) -> Res<'_, DateExpr> {
    let ordinal_digits = |i| -> Res<'_, u32> {
        let (rest, (n, _)) = (
            digits_m_n(1, 2),
            alt((tnc("st"), tnc("nd"), tnc("rd"), tnc("th"))),
        )
            .parse(i)?;
        word_end(rest)?;
        Ok((rest, n))
    };
    let (rest, (_, n, _, _)) = (
        opt((kw("the"), sp)),
        alt((ordinal_digits, ordinal_word)),
        sp,
        kw("century"),
    )
        .parse(i)?;
    if !(1..=30).contains(&n) {
        return fail(i);
    }
    Ok((rest, DateExpr::Century((n as i32 - 1) * 100)))
}

/// "the nineties", "the thirties": the 1900s' decades. ("the twenties" and
/// "the tens" are left out: a century apart, both still in use.)
pub(super) fn decade_word(i: &str) -> Res<'_, DateExpr> {
    let (rest, (_, w)) = (opt((kw("the"), sp)), letters).parse(i)?;
    word_end(rest)?;
    let mut buf = [0u8; 16];
    let y = match lower_word(w, &mut buf) {
        "thirties" => 1930,
        "forties" => 1940,
        "fifties" => 1950,
        "sixties" => 1960,
        "seventies" => 1970,
        "eighties" => 1980,
        "nineties" => 1990,
        _ => return fail(i),
    };
    Ok((rest, DateExpr::Decade(y)))
}

pub(super) fn decade(i: &str) -> Res<'_, DateExpr> {
    let (rest, (_, y, _, _)) = (
        opt((kw("the"), sp)),
        year_number_loose,
        opt(sp),
        alt((tag("s"), tag("’s"), tag("'s"))),
    )
        .parse(i)?;
    word_end(rest)?;
    if y % 10 != 0 {
        return fail(i);
    }
    // "the 1800s" is the century, "the 1810s" a decade; "the 2000s" is
    // the decade news means by it (the century is "the 21st century").
    if y % 100 == 0 && y < 2000 {
        return Ok((rest, DateExpr::Century(y)));
    }
    Ok((rest, DateExpr::Decade(y)))
}

/// "week 23", "week 23 of 2021", "the first week of 2021", "the last week of 2016"
pub(super) fn iso_week(i: &str) -> Res<'_, DateExpr> {
    let numbered = |i| -> Res<'_, DateExpr> {
        let (rest, (_, _, week, year)) = (
            opt((kw("the"), sp)),
            (kw("week"), sp),
            digits_m_n(1, 2),
            opt(year_suffix),
        )
            .parse(i)?;
        word_end(rest)?;
        if !(1..=53).contains(&week) {
            return fail(i);
        }
        Ok((rest, DateExpr::IsoWeek { year, week }))
    };
    let ordinal = |i| -> Res<'_, DateExpr> {
        let (rest, (_, nth, _, _, year)) = (
            opt((kw("the"), sp)),
            nth_week,
            sp,
            (kw("week"), sp, kw("of"), sp),
            year_number,
        )
            .parse(i)?;
        // "the third last week": counted back from the year's last ISO week.
        let last = NaiveDate::from_ymd_opt(year, 12, 28).map_or(52, |d| d.iso_week().week());
        let week = if nth < 0 {
            u32::try_from(i64::from(last) + 1 + i64::from(nth)).unwrap_or(0)
        } else {
            u32::try_from(nth).unwrap_or(0)
        };
        if week == 0 {
            return fail(i);
        }
        Ok((
            rest,
            DateExpr::IsoWeek {
                year: Some(year),
                week,
            },
        ))
    };
    alt((ordinal, numbered)).parse(i)
}

/// The year a slice lies in: "2021", "the year 2021", "next year".
fn year_ref(i: &str) -> Res<'_, YearRef> {
    alt((
        |i| {
            let (rest, (_, y)) = (opt((kw("the"), sp, kw("year"), sp)), year_number).parse(i)?;
            Ok((rest, YearRef::Named(y)))
        },
        |i| {
            let (rest, (_, s, _, _)) =
                (opt((kw("the"), sp)), shift_word, sp, kw("year")).parse(i)?;
            Ok((rest, YearRef::Shifted(s)))
        },
    ))
    .parse(i)
}

fn slice_unit(plural: bool) -> impl Fn(&str) -> Res<'_, SliceUnit> {
    move |i| {
        let (rest, w) = letters(i)?;
        let (w, s) = match w.strip_suffix('s') {
            Some(stem) if plural => (stem, true),
            _ => (w, false),
        };
        if s != plural {
            return fail(i);
        }
        let mut buf = [0u8; 16];
        match lower_word(w, &mut buf) {
            "day" => Ok((rest, SliceUnit::Day)),
            "week" => Ok((rest, SliceUnit::Week)),
            "month" => Ok((rest, SliceUnit::Month)),
            _ => fail(i),
        }
    }
}

/// "the third month of 2021", "the 9th month of next year", "the first 2
/// weeks of 2021", "the last four months of 2021", "first ten days of last
/// year", "the week 27 of last year".
pub(super) fn year_slice(i: &str) -> Res<'_, DateExpr> {
    let of = |i| (sp, kw("of"), sp).parse(i);
    // "the first 2 weeks", "the last four months": a count of units.
    let counted = |i| -> Res<'_, (i32, u32, SliceUnit)> {
        let (rest, (from_end, _, n, _, unit)) = (
            alt((kw("first").map(|_| false), kw("last").map(|_| true))),
            sp,
            count,
            sp,
            slice_unit(true),
        )
            .parse(i)?;
        let Some(n) = whole_count(n).and_then(|n| u32::try_from(n).ok()) else {
            return fail(i);
        };
        if n < 2 {
            return fail(i);
        }
        let start = if from_end {
            -i32::try_from(n).unwrap_or(0)
        } else {
            1
        };
        Ok((rest, (start, n, unit)))
    };
    // "the third month", "the 9th month", "the 100th day".
    let nth = |i| -> Res<'_, (i32, u32, SliceUnit)> {
        let suffixed = |i| -> Res<'_, u32> {
            let (rest, d) = digits_m_n(1, 3)(i)?;
            let (rest, _) = alt((tnc("st"), tnc("nd"), tnc("rd"), tnc("th"))).parse(rest)?;
            word_end(rest)?;
            Ok((rest, d))
        };
        let (rest, (n, _, unit)) =
            (alt((suffixed, ordinal_word)), sp, slice_unit(false)).parse(i)?;
        Ok((rest, (i32::try_from(n).unwrap_or(0), 1, unit)))
    };
    // "week 27"
    let numbered = |i| -> Res<'_, (i32, u32, SliceUnit)> {
        let (rest, (_, _, n)) = (kw("week"), sp, digits_m_n(1, 2)).parse(i)?;
        Ok((rest, (i32::try_from(n).unwrap_or(0), 1, SliceUnit::Week)))
    };
    // "the first three months this year": a shifted year may follow the
    // slice without "of" ("the first three months 2021" is no English).
    let shifted_year = |i| -> Res<'_, YearRef> {
        let (rest, (_, s, _, _)) = (sp, shift_word, sp, kw("year")).parse(i)?;
        Ok((rest, YearRef::Shifted(s)))
    };
    let (rest, (_, (start, count, unit), year)) = (
        opt((kw("the"), sp)),
        alt((counted, nth, numbered)),
        alt((preceded(of, year_ref), shifted_year)),
    )
        .parse(i)?;
    word_end(rest)?;
    if start == 0 {
        return fail(i);
    }
    Ok((
        rest,
        DateExpr::YearSlice {
            year,
            unit,
            start,
            count,
        },
    ))
}

/// `count` units of year `y` from the `start`th (negative: from its end).
pub(super) fn year_slice_interval(
    y: i32,
    unit: SliceUnit,
    start: i32,
    count: u32,
) -> Option<Interval> {
    let units = match unit {
        SliceUnit::Month => 12,
        SliceUnit::Week => NaiveDate::from_ymd_opt(y, 12, 28)?.iso_week().week(),
        SliceUnit::Day => NaiveDate::from_ymd_opt(y, 12, 31)?.ordinal(),
    };
    let units = i64::from(units);
    let first = if start > 0 {
        i64::from(start)
    } else {
        units + 1 + i64::from(start)
    };
    let last = first + i64::from(count) - 1;
    if first < 1 || last > units {
        return None;
    }
    let (first, last) = (u32::try_from(first).ok()?, u32::try_from(last).ok()?);
    match unit {
        SliceUnit::Month => Some(Interval::new(
            Interval::month(y, first)?.start,
            Interval::month(y, last)?.end,
        )),
        SliceUnit::Week => Some(Interval::new(
            Interval::iso_week(y, first)?.start,
            Interval::iso_week(y, last)?.end,
        )),
        SliceUnit::Day => Some(Interval::new(
            NaiveDate::from_yo_opt(y, first)?,
            NaiveDate::from_yo_opt(y, last)?,
        )),
    }
}

/// A two-digit year standing alone ("18" in "FY18"): 00–49 → 2000s.
fn short_year(i: &str) -> Res<'_, i32> {
    let (rest, y) = digits_m_n(2, 2)(i)?;
    word_end(rest)?;
    Ok((rest, two_digit_year(y)))
}

/// "February last year", "June of next year", "March this year": a month
/// of a year shifted from the article's.
pub(super) fn month_of_shifted_year(i: &str) -> Res<'_, DateExpr> {
    let (rest, (month, _, _, shift, _, _)) = (
        super::words::month_name,
        sp,
        opt((kw("of"), sp)),
        shift_word,
        sp,
        kw("year"),
    )
        .parse(i)?;
    word_end(rest)?;
    Ok((
        rest,
        DateExpr::YearSlice {
            year: YearRef::Shifted(shift),
            unit: SliceUnit::Month,
            start: month as i32,
            count: 1,
        },
    ))
}

/// A year and the next written as one: "2014-15", "2014–15", "2014/15",
/// "2022-’23", "2003-2004". Returns the second year. Only
/// consecutive years: "2014-17" is a range, not one fiscal year.
pub(super) fn consecutive_years(i: &str) -> Res<'_, i32> {
    let (rest, (first, _, _)) = (
        year_number,
        alt((tag("-"), tag("–"), tag("/"))),
        opt(one_of("'’")),
    )
        .parse(i)?;
    let (rest, second) = alt((
        |i| year_number(i),
        |i| {
            let (rest, y) = digits_m_n(2, 2)(i)?;
            word_end(rest)?;
            Ok((rest, (first / 100) * 100 + y as i32))
        },
    ))
    .parse(rest)?;
    // "1999-00": the century turns.
    let second = if second < first && first % 100 == 99 {
        second + 100
    } else {
        second
    };
    // A date or a chain goes on ("2014-15-16"): not two years.
    if second != first + 1 || rest.starts_with(['-', '/', '–']) {
        return fail(i);
    }
    Ok((rest, second))
}

/// "fiscal" or "financial".
fn fiscal_word(i: &str) -> Res<'_, ()> {
    alt((kw("fiscal"), kw("financial"))).map(|_| ()).parse(i)
}

/// A fiscal year written with its years: "2014-15 financial year", "the
/// 2024 fiscal year" (→ the year it ends in), or two consecutive years
/// alone, "2023-24" ([`DateExpr::YearPair`]: a fiscal year only where one
/// is configured).
pub(super) fn year_pair(i: &str) -> Res<'_, DateExpr> {
    let (i, _) = opt((kw("the"), sp)).parse(i)?;
    let fiscal_after = |i| (sp, fiscal_word, alt((sp, tag("-"))), kw("year")).parse(i);
    let paired = |i| -> Res<'_, DateExpr> {
        let (rest, end) = consecutive_years(i)?;
        match fiscal_after(rest) {
            Ok((rest, _)) => Ok((rest, DateExpr::FiscalYear(YearRef::Named(end)))),
            Err(_) => Ok((rest, DateExpr::YearPair(end - 1))),
        }
    };
    let single = |i| -> Res<'_, DateExpr> {
        let (rest, (end, _)) = (year_number, fiscal_after).parse(i)?;
        Ok((rest, DateExpr::FiscalYear(YearRef::Named(end))))
    };
    alt((paired, single)).parse(i)
}

/// The nouns "fiscal" modifies when it is an adjective ("the current
/// fiscal deficit", "the next fiscal stimulus"): after a shift word
/// "fiscal" followed by one of these is no date, while "the current
/// fiscal rose", "the next fiscal." name a fiscal year (Indian usage).
const FISCAL_NOUNS: &[&str] = &[
    "deficit",
    "deficits",
    "policy",
    "policies",
    "stimulus",
    "package",
    "packages",
    "gap",
    "cliff",
    "discipline",
    "consolidation",
    "space",
    "rule",
    "rules",
    "position",
    "council",
    "measure",
    "measures",
    "support",
    "responsibility",
    "plan",
    "plans",
    "outlook",
    "balance",
    "situation",
    "prudence",
    "quarter",
    "quarters",
    "half",
    "month",
    "months",
    "period",
    "target",
    "targets",
    "framework",
    "strategy",
    "stance",
    "crisis",
    "pressure",
    "pressures",
    "squeeze",
    "tightening",
    "easing",
    "reform",
    "reforms",
    "health",
    "transfer",
    "transfers",
    "burden",
    "cost",
    "costs",
    "impact",
    "slippage",
    "hole",
    "bill",
    "bills",
    "budget",
    "budgets",
    "years",
    "update",
    "statement",
    "restraint",
    "austerity",
    "room",
    "headroom",
    "buffer",
    "buffers",
    "risk",
    "risks",
    "agenda",
    "talks",
    "deal",
    "year-end",
];

/// " ended", " ending", " to": the period's last day follows.
fn ends_at_a_day(i: &str) -> bool {
    (sp, alt((kw("ended"), kw("ending")))).parse(i).is_ok()
}

/// A fiscal year: "fiscal year 2008", "fiscal 2011", "the financial year
/// 2012-13", "FY2024", "FY 2024-25", "FY24", "the current fiscal", "last
/// financial year", "this fiscal year" (see [`DateExpr::FiscalYear`]); a
/// school or academic year ("the school year", "sy18") is extracted but
/// never resolved. "cy18", "CY 2018" are calendar years.
pub(super) fn fiscal_year(i: &str) -> Res<'_, DateExpr> {
    fn year_spec(i: &str) -> Res<'_, i32> {
        alt((consecutive_years, year_number)).parse(i)
    }
    let spelled = |i| -> Res<'_, DateExpr> {
        let (rest, with_year) = alt((
            (fiscal_word, alt((sp, tag("-"))), kw("year")).map(|_| true),
            fiscal_word.map(|_| false),
        ))
        .parse(i)?;
        match (preceded(sp, year_spec).parse(rest), with_year) {
            (Ok((rest, end)), _) => Ok((rest, DateExpr::FiscalYear(YearRef::Named(end)))),
            // "the fiscal year": the one the article is in ("raised its
            // outlook for the fiscal year"); "the fiscal year ended June
            // 30" is named by its end, and "the full fiscal year" by the
            // results the text reports (`anchor`).
            (Err(_), true) if !ends_at_a_day(rest) => {
                Ok((rest, DateExpr::FiscalYear(YearRef::Shifted(0))))
            }
            (Err(_), true) => Ok((rest, DateExpr::Vague)),
            (Err(_), false) => fail(i),
        }
    };
    let school = |i| -> Res<'_, DateExpr> {
        let (rest, _) = (alt((kw("school"), kw("academic"))), sp, kw("year")).parse(i)?;
        let (rest, _) = opt(preceded(sp, year_spec)).parse(rest)?;
        Ok((rest, DateExpr::Vague))
    };
    let abbreviated = |i| -> Res<'_, DateExpr> {
        let (rest, (kind, _, y)) = (
            alt((
                tnc("fy").map(|_| 0),
                tnc("sy").map(|_| 1),
                tnc("cy").map(|_| 2),
            )),
            alt((sp, tag(""))),
            alt((consecutive_years, year_number, |i| {
                // "FY14-15", "FY24"
                let (rest, (a, b)) = (short_year, opt(preceded(tag("-"), short_year))).parse(i)?;
                match b {
                    Some(b) if b != a + 1 => fail(i),
                    Some(b) => Ok((rest, b)),
                    None => Ok((rest, a)),
                }
            })),
        )
            .parse(i)?;
        Ok((
            rest,
            match kind {
                0 => DateExpr::FiscalYear(YearRef::Named(y)),
                1 => DateExpr::Vague,
                _ => DateExpr::Year(y),
            },
        ))
    };
    preceded(
        opt((kw("the"), sp)),
        alt((shifted_fiscal_year, spelled, school, abbreviated)),
    )
    .parse(i)
}

/// "the current fiscal", "last financial year", "this fiscal year", "the
/// next fiscal".
fn shifted_fiscal_year(i: &str) -> Res<'_, DateExpr> {
    let (rest, (shift, _, _)) = (shift_word, sp, fiscal_word).parse(i)?;
    if let Ok((rest, _)) = (alt((sp, tag("-"))), kw("year")).parse(rest) {
        // "the current financial year 2020 ending March 31": the year is
        // the one the article date places, and the year written beside
        // it tells how the text names its fiscal years (`anchor` learns
        // it: by the year they begin in, here).
        let (rest, _) = opt((
            sp,
            year_number,
            opt((
                sp,
                alt((kw("ending"), kw("ended"))),
                sp,
                month_loose,
                sp,
                day_of_month,
            )),
        ))
        .parse(rest)?;
        return Ok((rest, DateExpr::FiscalYear(YearRef::Shifted(shift))));
    }
    // "fiscal" as a noun, unless a noun it could modify follows.
    let next = rest.trim_start_matches(crate::extract::grammar::is_space);
    if let Ok((after, w)) = letters(next) {
        if after.starts_with('-') || FISCAL_NOUNS.iter().any(|k| k.eq_ignore_ascii_case(w)) {
            return fail(i);
        }
    }
    Ok((rest, DateExpr::FiscalYear(YearRef::Shifted(shift))))
}

/// A quarter of a fiscal year: "the third quarter of the current
/// fiscal", "the fourth quarter last fiscal", "the second quarter of
/// fiscal 2024", "Q3 FY19".
pub(super) fn fiscal_quarter(i: &str) -> Res<'_, DateExpr> {
    let (rest, (_, quarter, _, _, year)) = (
        opt((kw("the"), sp)),
        quarter_number,
        opt((sp, kw("of"))),
        sp,
        fiscal_year,
    )
        .parse(i)?;
    let year = match year {
        DateExpr::FiscalYear(y) => y,
        _ => return fail(i),
    };
    Ok((rest, DateExpr::FiscalQuarter { year, quarter }))
}

/// "fiscal first-quarter", "its fiscal third quarter", "the fiscal
/// fourth-quarter": a quarter of the fiscal calendar the story names,
/// with no year; which fiscal year, the tense decides
/// ([`FISCAL_BY_TENSE`](super::FISCAL_BY_TENSE)). Resolved only where a
/// fiscal year is configured.
pub(super) fn fiscal_named_quarter(i: &str) -> Res<'_, DateExpr> {
    let (rest, (_, _, _, quarter)) =
        (opt((kw("the"), sp)), fiscal_word, sp, quarter_number).parse(i)?;
    // "fiscal 2008 first quarter" names its year: another form.
    Ok((
        rest,
        DateExpr::FiscalQuarter {
            year: YearRef::Shifted(super::FISCAL_BY_TENSE),
            quarter,
        },
    ))
}

#[cfg(test)]
mod tests;
