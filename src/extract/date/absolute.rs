//! Absolute dates, written and numeric: "June 29, 2021", "29 June 2021",
//! "2021-06-29", "10/31/2021" (when unambiguous or by the configured
//! order), "June 2022", "2022 June", "300 BC".

use super::words::{
    day_cardinal, day_number, day_of_month, digits_m_n, fail, month_loose, month_name,
    of_two_digit_year, two_digit_year, year_number, year_suffix, year_words,
};
use super::{DateExpr, DateOrder};
use crate::extract::grammar::{consumed, is_space, kw, sp, word_end, Res};
use crate::extract::lexicon::lookup;
use chrono::NaiveDate;
use nom::branch::alt;
use nom::bytes::complete::{tag, take_while_m_n};
use nom::character::complete::{char, one_of};
use nom::combinator::opt;
use nom::sequence::preceded;
use nom::Parser;

/// "2021-06-29", "2015-3-3"
pub fn iso_date(i: &str) -> Res<'_, DateExpr> {
    let (rest, (y, _, m, _, d)) = (
        year_number_loose,
        char('-'),
        digits_m_n(1, 2),
        char('-'),
        digits_m_n(1, 2),
    )
        .parse(i)?;
    word_end(rest)?;
    if (1..=12).contains(&m) && (1..=31).contains(&d) {
        Ok((
            rest,
            DateExpr::Day {
                year: Some(y),
                month: m,
                day: d,
            },
        ))
    } else {
        fail(i)
    }
}

/// "2015-1-32", "2015/13/01": a year, month and day in ISO order where the
/// month or day cannot be — a malformed date, neither a year nor a figure
/// (the scan skips it whole: see `notquantity`).
pub fn malformed_numeric_date(i: &str) -> Res<'_, &str> {
    let (rest, (_, s1, m, s2, d)) = (
        year_number_loose,
        one_of("-/"),
        digits_m_n(1, 2),
        one_of("-/"),
        digits_m_n(1, 2),
    )
        .parse(i)?;
    word_end(rest)?;
    if rest.starts_with(['-', '/']) || s1 != s2 || ((1..=12).contains(&m) && (1..=31).contains(&d))
    {
        return fail(i);
    }
    Ok((rest, consumed(i, rest)))
}

/// "2016 10 16": a year, a month and a day apart, nothing counted after.
pub(super) fn spaced_ymd(i: &str) -> Res<'_, DateExpr> {
    let (rest, (y, _, m, _, d)) =
        (year_number, sp, digits_m_n(1, 2), sp, digits_m_n(1, 2)).parse(i)?;
    word_end(rest)?;
    let counts = rest
        .trim_start_matches([' ', '\u{a0}'])
        .starts_with(|c: char| c.is_alphanumeric() || c == '%');
    if counts || NaiveDate::from_ymd_opt(y, m, d).is_none() {
        return fail(i);
    }
    Ok((
        rest,
        DateExpr::Day {
            year: Some(y),
            month: m,
            day: d,
        },
    ))
}

/// "20161016": eight digits, year, month and day, nothing glued after.
pub(super) fn compact_date(i: &str) -> Res<'_, DateExpr> {
    let (rest, (y, m, d)) = (digits_m_n(4, 4), digits_m_n(2, 2), digits_m_n(2, 2)).parse(i)?;
    word_end(rest)?;
    let y = y as i32;
    if !(1900..=2099).contains(&y) || NaiveDate::from_ymd_opt(y, m, d).is_none() {
        return fail(i);
    }
    Ok((
        rest,
        DateExpr::Day {
            year: Some(y),
            month: m,
            day: d,
        },
    ))
}

/// "Nov/2": a capitalised month, a slash and a day.
pub(super) fn month_slash_day(i: &str) -> Res<'_, DateExpr> {
    let (rest, (month, _, day)) = (month_name, char('/'), digits_m_n(1, 2)).parse(i)?;
    word_end(rest)?;
    if !(1..=31).contains(&day) || rest.starts_with(['/', '-']) {
        return fail(i);
    }
    Ok((
        rest,
        DateExpr::Day {
            year: None,
            month,
            day,
        },
    ))
}

/// Four digits as a year without the word-end test ("2021-06").
pub(super) fn year_number_loose(i: &str) -> Res<'_, i32> {
    let (rest, y) = digits_m_n(4, 4)(i)?;
    if (1000..=2999).contains(&y) && !rest.starts_with(|c: char| c.is_ascii_digit()) {
        Ok((rest, y as i32))
    } else {
        fail(i)
    }
}

/// "2014-10", "2014/10", "2015-3": a year and a month.
pub(super) fn iso_month(i: &str) -> Res<'_, DateExpr> {
    let (rest, (y, _, m)) = (year_number_loose, one_of("-/"), digits_m_n(1, 2)).parse(i)?;
    word_end(rest)?;
    if rest.starts_with(['-', '/']) || !(1..=12).contains(&m) {
        return fail(i);
    }
    Ok((
        rest,
        DateExpr::Month {
            year: Some(y),
            month: m,
        },
    ))
}

/// How many numeric dates joined by dashes ("10/1/2018-10/7/2018") a
/// numeric date looks ahead through to learn that no figure continues the
/// chain. Real ranges join two; the bound keeps "1-1-1-1…" (a data dump)
/// from costing a recursion level and a rescan per link: a longer chain is
/// a run of figures, not dates.
const DASH_CHAIN_LOOKAHEAD: usize = 4;

/// "10/31/2021", "31.10.2021", "2/15", "3/3/15": numeric day and month,
/// read by `order`; with no order only when unambiguous.
pub(super) fn numeric_date(order: DateOrder) -> impl Fn(&str) -> Res<'_, DateExpr> {
    move |i| numeric_date_within(order, DASH_CHAIN_LOOKAHEAD, i)
}

/// [`numeric_date`], looking through at most `lookahead` more dashed dates.
fn numeric_date_within(order: DateOrder, lookahead: usize, i: &str) -> Res<'_, DateExpr> {
    let sep = |i| -> Res<'_, char> {
        let (rest, (_, c, _)) = (opt(sp), one_of("/.-"), opt(sp)).parse(i)?;
        Ok((rest, c))
    };
    let (rest, a) = digits_m_n(1, 2)(i)?;
    let (rest, s1) = sep(rest)?;
    let (rest, b) = digits_m_n(1, 2)(rest)?;
    let (rest, year) = match (char(s1), digits_m_n(2, 4)).parse(rest) {
        Ok((r, (_, y))) if consumed(rest, r).len() == 3 => (r, Some(two_digit_year(y))),
        Ok((r, (_, y))) if consumed(rest, r).len() == 5 && y >= 1000 => (r, Some(y as i32)),
        Ok(_) => return fail(i),
        Err(_) => (rest, None),
    };
    word_end(rest)?;
    // A figure continues ("1.5.3", "2/3/4/5", "30/4.85") — unless a
    // dash joins another numeric date ("10/1/2018-10/7/2018", "5/1-5/7").
    let dash_joins = || {
        lookahead > 0
            && (opt(sp), one_of("-–"), opt(sp), |x| {
                numeric_date_within(order, lookahead - 1, x)
            })
                .parse(rest)
                .is_ok()
    };
    if rest.starts_with(['/', '-', '.', ','])
        && rest
            .get(1..)
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
        && !(rest.starts_with('-') && dash_joins())
    {
        return fail(i);
    }
    if year.is_none() && (s1 == '.' || (s1 == '-' && consumed(i, rest).contains(' ')) && a > 12) {
        return fail(i);
    }
    if year.is_none() && s1 == '.' {
        return fail(i);
    }
    // "11-13 million troops", "12-14 bn euros", "12-14 percent": a
    // yearless dashed pair before a scale word or a percentage is a range
    // of figures, never a month and a day.
    if year.is_none() && s1 == '-' && (scale_follows(rest) || percent_follows(rest)) {
        return fail(i);
    }
    let valid = |m: u32, d: u32| (1..=12).contains(&m) && (1..=31).contains(&d);
    // The order settles an ambiguous day and month; where only one
    // reading is a date ("22/04" in a month-first text) it stands. A
    // yearless dashed pair ("9-6") is read only when unambiguous: it is
    // as often a score or a span of hours.
    let order = match order {
        _ if year.is_none() && s1 == '-' => DateOrder::None,
        o => o,
    };
    let (month, day) = match (order, valid(a, b), valid(b, a)) {
        (_, true, false) => (a, b),
        (_, false, true) => (b, a),
        (DateOrder::Mdy, true, true) => (a, b),
        (DateOrder::Dmy, true, true) => (b, a),
        (DateOrder::None, true, true) if a == b => (a, b),
        _ => return fail(i),
    };
    if !valid(month, day) {
        return fail(i);
    }
    Ok((rest, DateExpr::Day { year, month, day }))
}

/// Whether a scale word ("million", "lakh") or an abbreviated scale
/// ("bn", "mln") follows, after blanks.
fn scale_follows(rest: &str) -> bool {
    let after = rest.trim_start_matches(is_space);
    let word = after
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    crate::extract::number::scale_word(after).is_ok()
        || lookup(crate::extract::lexicon::SCALE_ABBREVIATIONS, word).is_some()
}

/// Whether "%" or a word for a percentage ("percent", "per cent")
/// follows, after blanks.
fn percent_follows(rest: &str) -> bool {
    use crate::extract::lexicon::PERCENT_WORDS;
    let after = rest.trim_start_matches(is_space);
    after.starts_with('%')
        || crate::extract::grammar::phrase_from_in(
            after,
            PERCENT_WORDS,
            crate::indexed!(PERCENT_WORDS),
        )
        .is_ok()
}

/// "31/Oct/1974", "31-Oct-74", "2019/aug/01", "Sep-23-2020"
pub(super) fn mixed_numeric_date(i: &str) -> Res<'_, DateExpr> {
    let year = |i| -> Res<'_, i32> {
        alt((year_number_loose, |i| {
            digits_m_n(2, 2)(i).map(|(r, y)| (r, two_digit_year(y)))
        }))
        .parse(i)
    };
    let dmy = |i| -> Res<'_, DateExpr> {
        let (rest, (day, _, month, _, year)) = (
            digits_m_n(1, 2),
            one_of("/-"),
            month_loose,
            one_of("/-"),
            year,
        )
            .parse(i)?;
        Ok((
            rest,
            DateExpr::Day {
                year: Some(year),
                month,
                day,
            },
        ))
    };
    let ymd = |i| -> Res<'_, DateExpr> {
        let (rest, (year, _, month, _, day)) = (
            year_number_loose,
            one_of("/-"),
            month_loose,
            one_of("/-"),
            digits_m_n(1, 2),
        )
            .parse(i)?;
        Ok((
            rest,
            DateExpr::Day {
                year: Some(year),
                month,
                day,
            },
        ))
    };
    let mdy = |i| -> Res<'_, DateExpr> {
        let (rest, (month, _, day, _, year)) = (
            month_loose,
            one_of("/-"),
            digits_m_n(1, 2),
            one_of("/-"),
            year,
        )
            .parse(i)?;
        Ok((
            rest,
            DateExpr::Day {
                year: Some(year),
                month,
                day,
            },
        ))
    };
    let (rest, d) = alt((ymd, dmy, mdy)).parse(i)?;
    word_end(rest)?;
    if let DateExpr::Day { day, .. } = d {
        if !(1..=31).contains(&day) {
            return fail(i);
        }
    }
    Ok((rest, d))
}

/// "June 29, 2021", "June 29th", "Dec. 5, 2019", "february the 15th",
/// "march first"
pub fn month_day_year(i: &str) -> Res<'_, DateExpr> {
    let (rest, (month, comma, _, day)) = (
        month_loose,
        alt((
            (char(','), sp).map(|_| true),
            alt((sp, tag(""))).map(|_| false),
        )),
        opt((kw("the"), sp)),
        alt((
            day_of_month.map(|d| (d, false)),
            day_cardinal.map(|d| (d, true)),
        )),
    )
        .parse(i)?;
    let (day, cardinal) = day;
    // "October, 1st": after a comma only an ordinal day ("October, 1
    // person" counts).
    if comma
        && (cardinal
            || consumed(i, rest)
                .trim_end()
                .ends_with(|c: char| c.is_ascii_digit()))
    {
        return fail(i);
    }
    // A lowercase "may"/"march" needs a digit day ("may 5", not "may first").
    let (rest, year) = year_after_day(rest)?;
    let written = consumed(i, rest);
    if cardinal && !cardinal_day_stands(written, year, rest) {
        return fail(i);
    }
    let lower = written.starts_with(|c: char| c.is_ascii_lowercase());
    if lower && (written.starts_with("may") || written.starts_with("mar")) && year.is_none() {
        let after_month = written.trim_start_matches(|c: char| c.is_ascii_alphabetic());
        let digit_day = after_month
            .trim_start()
            .starts_with(|c: char| c.is_ascii_digit());
        if !digit_day {
            return fail(i);
        }
    }
    Ok((rest, DateExpr::Day { year, month, day }))
}

/// "29 June 2021", "the 29th of June", "15 of february", "14april 2015"
pub fn day_month_year(i: &str) -> Res<'_, DateExpr> {
    let (rest, (_, (day, cardinal), _, _, month)) = (
        opt((kw("the"), sp)),
        alt((
            day_of_month.map(|d| (d, false)),
            day_cardinal.map(|d| (d, true)),
        )),
        opt((sp, kw("of"))),
        alt((sp, tag(""))),
        month_loose,
    )
        .parse(i)?;
    word_end(rest)?;
    let (rest, year) = year_after_day(rest)?;
    if cardinal {
        let month_word = consumed(i, rest)
            .split_whitespace()
            .find(|w| month_loose(w).is_ok())
            .unwrap_or("");
        if !cardinal_day_stands(month_word, year, rest) {
            return fail(i);
        }
    }
    Ok((rest, DateExpr::Day { year, month, day }))
}

/// How many days joined by "and" or commas are read past a yearless day
/// for the year they share ("on November 26, December 1 and December 7,
/// 2017").
const COORDINATED_DAYS: usize = 4;

/// The year of a day, from the words after it: its own suffix (", 2021",
/// " of 2021"); " in 2017", read but left for a claim of its own ("held on
/// December 7 in 2017": the day, and the year the event is placed in); or,
/// for a day with none, the year written after the last of the days joined
/// to it ("on November 26 and December 7 in 2017", "on March 31 and April
/// 1, 2021": every day of the list is in that year), read but not
/// consumed, each of those days being its own claim.
fn year_after_day(rest: &str) -> Res<'_, Option<i32>> {
    if let Ok((_, year)) = placed_in_year(rest) {
        return Ok((rest, Some(year)));
    }
    let (rest, year) = opt(year_suffix).parse(rest)?;
    if year.is_some() {
        return Ok((rest, year));
    }
    Ok((rest, year_of_coordinated_days(rest)))
}

/// " in 2017" after a day.
fn placed_in_year(i: &str) -> Res<'_, i32> {
    preceded((sp, kw("in"), sp), year_number).parse(i)
}

/// The year written after the last of the days joined to a yearless one
/// by "and", "or" or commas (at most [`COORDINATED_DAYS`] of them): the
/// year they share.
fn year_of_coordinated_days(mut i: &str) -> Option<i32> {
    let joiner = |i| -> Res<'_, ()> {
        alt((
            (
                opt(sp),
                char(','),
                sp,
                opt((alt((kw("and"), kw("or"))), sp)),
            )
                .map(|_| ()),
            (sp, alt((kw("and"), kw("or"), tag("&"))), sp).map(|_| ()),
        ))
        .parse(i)
    };
    let day = |i| -> Res<'_, ()> {
        alt((
            (month_loose, sp, day_number).map(|_| ()),
            (day_number, sp, month_loose).map(|_| ()),
        ))
        .parse(i)
    };
    for _ in 0..COORDINATED_DAYS {
        let (rest, _) = (joiner, day).parse(i).ok()?;
        word_end(rest).ok()?;
        if let Ok((_, year)) = alt((placed_in_year, year_suffix)).parse(rest) {
            return Some(year);
        }
        i = rest;
    }
    None
}

/// A day written as a cardinal word ("May twenty nine", "fifteen August
/// 1993") is a date beside a capitalised month, and only with a year or at
/// the end of the phrase: "in January twenty people" counts people.
fn cardinal_day_stands(month_word: &str, year: Option<i32>, rest: &str) -> bool {
    let capitalised = month_word.starts_with(|c: char| c.is_ascii_uppercase());
    let ends = !rest.trim_start().starts_with(|c: char| c.is_alphanumeric());
    capitalised && (year.is_some() || ends)
}

/// "June 2022", "June of 2022", "Dec/2018", "2/2013", "12-2015"
pub fn month_year(i: &str) -> Res<'_, DateExpr> {
    let named = |i| -> Res<'_, DateExpr> {
        let (rest, (month, _, year)) = (
            month_loose,
            alt((
                (sp, opt((alt((kw("of"), kw("in"))), sp))).map(|_| ()),
                (opt(sp), char(','), sp).map(|_| ()),
                char('/').map(|_| ()),
            )),
            year_number,
        )
            .parse(i)?;
        Ok((
            rest,
            DateExpr::Month {
                year: Some(year),
                month,
            },
        ))
    };
    // "August two thousand and fifteen", "April of 87".
    let named_words = |i| -> Res<'_, DateExpr> {
        let (rest, (month, year)) = (
            month_name,
            alt((
                preceded((sp, opt((kw("of"), sp))), year_words),
                of_two_digit_year,
            )),
        )
            .parse(i)?;
        Ok((
            rest,
            DateExpr::Month {
                year: Some(year),
                month,
            },
        ))
    };
    let numeric = |i| -> Res<'_, DateExpr> {
        let (rest, (month, _, year)) = (digits_m_n(1, 2), one_of("/-"), year_number).parse(i)?;
        if !(1..=12).contains(&month) {
            return fail(i);
        }
        Ok((
            rest,
            DateExpr::Month {
                year: Some(year),
                month,
            },
        ))
    };
    alt((named, named_words, numeric)).parse(i)
}

/// A month name in any case where the verbs "may" and "march" cannot
/// stand: those only before the end of the clause ("in may.").
pub(super) fn lower_month(i: &str) -> Res<'_, u32> {
    let (rest, month) = month_loose(i)?;
    word_end(rest)?;
    let word = consumed(i, rest);
    let verb = ["may", "march", "mar"].contains(&word);
    let ends = !rest
        .trim_start_matches([' ', '\u{a0}'])
        .starts_with(|c: char| c.is_alphanumeric());
    if verb && !ends {
        return fail(i);
    }
    Ok((rest, month))
}

/// "2017 april": a year then a month.
pub(super) fn year_month(i: &str) -> Res<'_, DateExpr> {
    let (rest, (year, _, month)) = (year_number, sp, alt((month_name, lower_month))).parse(i)?;
    word_end(rest)?;
    Ok((
        rest,
        DateExpr::Month {
            year: Some(year),
            month,
        },
    ))
}

/// "2014 AD", "14 a.d.", "300 BC", "44 BCE": a year with its era. Years
/// before Christ are astronomical (ISO 8601, as chrono counts them): 1 BC
/// is year 0, 2014 BC year −2013.
pub(super) fn era_year(i: &str) -> Res<'_, DateExpr> {
    let (rest, (y, _, bc)) = (
        take_while_m_n(1, 4, |c: char| c.is_ascii_digit()),
        sp,
        alt((
            alt((tag("AD"), tag("A.D."), tag("a.d."), tag("CE"), tag("C.E."))).map(|_| false),
            alt((
                tag("BCE"),
                tag("B.C.E."),
                tag("BC"),
                tag("B.C."),
                tag("b.c."),
            ))
            .map(|_| true),
        )),
    )
        .parse(i)?;
    // "A.D." ends in its own period; others end at a word boundary.
    if !consumed(i, rest).ends_with('.') {
        word_end(rest)?;
    }
    let y: i32 = match y.parse() {
        Ok(n) if n > 0 => n,
        _ => return fail(i),
    };
    Ok((rest, DateExpr::Year(if bc { 1 - y } else { y })))
}

#[cfg(test)]
mod tests;
