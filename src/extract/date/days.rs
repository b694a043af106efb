//! Days named within a month or week: "today", "the first Monday of June",
//! "the week of June 3", "Monday of next week", "Tuesday the 5th", "the
//! ides of March", "the 5th of this month".

use super::absolute::{day_month_year, month_day_year, month_year};
use super::words::{
    day_of_month, digits_m_n, fail, letters, month_loose, ordinal_word, shift_word,
    weekday_before_date, weekday_name,
};
use super::{DateExpr, MonthRef, Pick};
use crate::extract::grammar::{consumed, kw, sp, tnc, word_end, Res};
use crate::extract::lexicon::{lookup, DAY_WORDS, WEEKDAY_ABBREVIATIONS};
use nom::branch::alt;
use nom::bytes::complete::{tag, take_while_m_n};
use nom::character::complete::char;
use nom::combinator::opt;
use nom::Parser;

/// "today", "yesterday", "tomorrow", "the day after tomorrow", "the day
/// before yesterday"
pub(super) fn day_word(i: &str) -> Res<'_, DateExpr> {
    let plain = |i| -> Res<'_, i32> {
        let (rest, w) = letters(i)?;
        word_end(rest)?;
        match lookup(DAY_WORDS, w) {
            Some(d) => Ok((rest, d)),
            None => fail(i),
        }
    };
    let around = |i| -> Res<'_, i32> {
        let (rest, (_, dir, _, base)) = (
            (kw("the"), sp, kw("day"), sp),
            alt((kw("after").map(|_| 1), kw("before").map(|_| -1))),
            sp,
            plain,
        )
            .parse(i)?;
        Ok((rest, base + dir))
    };
    alt((around, plain)).map(DateExpr::DayOffset).parse(i)
}

/// An ordinal day: "19th", "3rd", "first", "twenty-first" (digits need
/// their suffix).
fn day_ordinal(i: &str) -> Res<'_, u32> {
    let suffixed = |i| -> Res<'_, u32> {
        let (rest, d) = take_while_m_n(1, 2, |c: char| c.is_ascii_digit()).parse(i)?;
        let (rest, _) = alt((tnc("st"), tnc("nd"), tnc("rd"), tnc("th"))).parse(rest)?;
        word_end(rest)?;
        match d.parse::<u32>() {
            Ok(n) if (1..=31).contains(&n) => Ok((rest, n)),
            _ => fail(i),
        }
    };
    alt((suffixed, ordinal_word)).parse(i)
}

/// Which of a month's weekdays: "first" … "fifth", "last".
fn nth_weekday(i: &str) -> Res<'_, i32> {
    alt((kw("last").map(|_| -1), |i| {
        let (rest, n) = day_ordinal(i)?;
        match i32::try_from(n) {
            Ok(n) if (1..=5).contains(&n) => Ok((rest, n)),
            _ => fail(i),
        }
    }))
    .parse(i)
}

/// The month of a pick: "October", "October 2014", "next month", "this
/// month", "the month".
pub(super) fn month_ref(i: &str) -> Res<'_, MonthRef> {
    let shifted = |i| -> Res<'_, MonthRef> {
        let (rest, (_, shift, _, _)) =
            (opt((kw("the"), sp)), shift_word, sp, kw("month")).parse(i)?;
        Ok((rest, MonthRef::Shifted(shift)))
    };
    let named_year = |i| -> Res<'_, MonthRef> {
        match month_year(i)? {
            (rest, DateExpr::Month { year, month }) => Ok((rest, MonthRef::Named { year, month })),
            _ => fail(i),
        }
    };
    alt((
        shifted,
        (kw("the"), sp, kw("month")).map(|_| MonthRef::Shifted(0)),
        named_year,
        |i| month_loose(i).map(|(r, month)| (r, MonthRef::Named { year: None, month })),
    ))
    .parse(i)
}

/// "the first Tuesday of October", "last Friday in October", "the last
/// day of October 2015", "the 20th of next month", "the 15th day of next
/// month", "third day of October".
/// "first" (1), "last" (−1), "third last" / "3rd last" (−3): which week.
pub(super) fn nth_week(i: &str) -> Res<'_, i32> {
    let counted = |i| -> Res<'_, i32> {
        let (rest, (n, last)) = (day_ordinal, opt((sp, kw("last")))).parse(i)?;
        match i32::try_from(n) {
            Ok(n) if (1..=5).contains(&n) => Ok((rest, if last.is_some() { -n } else { n })),
            _ => fail(i),
        }
    };
    alt((counted, kw("last").map(|_| -1))).parse(i)
}

/// "the week of October 6th", "the week of 6 October 2014", "the week
/// beginning (starting on, commencing) February 4", "w/c Feb 4": the ISO
/// week holding that day.
pub(super) fn week_of_day(i: &str) -> Res<'_, DateExpr> {
    let spelled = (
        opt((kw("the"), sp)),
        kw("week"),
        sp,
        alt((
            kw("of").map(|_| ()),
            (
                alt((kw("beginning"), kw("starting"), kw("commencing"))),
                opt((sp, kw("on"))),
            )
                .map(|_| ()),
        )),
    )
        .map(|_| ());
    let (rest, (_, _, day)) = (
        alt((spelled, tnc("w/c").map(|_| ()))),
        sp,
        alt((month_day_year, day_month_year, day_of_this_month)),
    )
        .parse(i)?;
    if let DateExpr::DayOfMonth(day) = day {
        return Ok((rest, DateExpr::WeekOfDayOfMonth(day)));
    }
    match day {
        DateExpr::Day { year, month, day } => Ok((
            rest,
            DateExpr::InMonth {
                pick: Pick::WeekOf(day),
                month: MonthRef::Named { year, month },
            },
        )),
        _ => fail(i),
    }
}

pub(super) fn picked_day(i: &str) -> Res<'_, DateExpr> {
    let of = |i| {
        (
            sp,
            alt((kw("of").map(|_| false), kw("in").map(|_| true))),
            sp,
        )
            .parse(i)
            .map(|(r, (_, within, _))| (r, within))
    };
    let weekday_pick = |i| -> Res<'_, Pick> {
        let (rest, (nth, _, weekday)) = (nth_weekday, sp, weekday_name).parse(i)?;
        Ok((rest, Pick::Weekday { nth, weekday }))
    };
    let last_day = (kw("last"), sp, kw("day")).map(|_| Pick::LastDay);
    let day_from_end = |i| -> Res<'_, Pick> {
        let (rest, (n, _, _)) = (day_ordinal, sp, (kw("last"), sp, kw("day"))).parse(i)?;
        Ok((rest, Pick::DayFromEnd(n)))
    };
    let week_pick = |i| -> Res<'_, Pick> {
        let (rest, (nth, _)) = (nth_week, (sp, kw("week"))).parse(i)?;
        Ok((rest, Pick::Week(nth)))
    };
    // "the 20th day of October"; without "day" only before a shifted
    // month ("20 of next month"): "20th of October" is a written date.
    let day_pick = |i| -> Res<'_, (Pick, bool)> {
        let (rest, (d, day)) = (day_of_month, opt((sp, kw("day")))).parse(i)?;
        Ok((rest, (Pick::Day(d), day.is_some())))
    };
    let (i2, _) = opt((kw("the"), sp)).parse(i)?;
    // Every pick opens with "last" or a day ("3rd", "20", "third"): where
    // neither stands, none is tried.
    if kw("last").parse(i2).is_err() && day_of_month(i2).is_err() {
        return fail(i);
    }
    let (rest, (pick, needs_shifted)) = alt((
        weekday_pick.map(|p| (p, false)),
        last_day.map(|p| (p, false)),
        day_from_end.map(|p| (p, false)),
        week_pick.map(|p| (p, false)),
        |i| day_pick(i).map(|(r, (p, day))| (r, (p, !day))),
    ))
    .parse(i2)?;
    // "the 21st this month": without "of" only "the" + a written ordinal
    // day before a shifted month ("sold 21 this month" is a count).
    let ordinal_written = i2.len() < i.len()
        && matches!(pick, Pick::Day(_))
        && consumed(i2, rest).contains(|c: char| c.is_ascii_alphabetic());
    let (rest, of_word, in_word) = match of(rest) {
        Ok((r, within)) => (r, true, within),
        Err(_) if ordinal_written => (sp(rest)?.0, false, false),
        Err(e) => return Err(e),
    };
    // "finished fifth in last month's race": a rank in an event of that
    // month. A day picked "in" a month needs "the" ("the 5th in next
    // month" at most); "of" marks the day ("fifth of next month").
    let the = i2.len() < i.len();
    if in_word && !the && matches!(pick, Pick::Day(_)) {
        return fail(i);
    }
    let (rest, month) = month_ref(rest)?;
    let shifted = matches!(month, MonthRef::Shifted(_));
    if (needs_shifted || !of_word) && !shifted {
        return fail(i);
    }
    Ok((rest, DateExpr::InMonth { pick, month }))
}

/// "Wednesday of next week", "Wednesday next week", "Sunday from last
/// week", "last week's Sunday", "Friday after next".
pub(super) fn weekday_of_week(i: &str) -> Res<'_, DateExpr> {
    let week = |i| -> Res<'_, i32> {
        let (rest, (_, shift, _, _)) =
            (opt((kw("the"), sp)), shift_word, sp, kw("week")).parse(i)?;
        Ok((rest, shift))
    };
    let after = |i| -> Res<'_, DateExpr> {
        let (rest, (weekday, _, _, week)) = (
            weekday_name,
            sp,
            opt((alt((kw("of"), kw("from"))), sp)),
            week,
        )
            .parse(i)?;
        Ok((rest, DateExpr::WeekdayOfWeek { weekday, week }))
    };
    let possessive = |i| -> Res<'_, DateExpr> {
        let (rest, (week, _, _, weekday)) =
            (week, alt((tag("'s"), tag("’s"))), sp, weekday_name).parse(i)?;
        Ok((rest, DateExpr::WeekdayOfWeek { weekday, week }))
    };
    let after_next = |i| -> Res<'_, DateExpr> {
        let (rest, (weekday, _, _, _, _)) =
            (weekday_name, sp, kw("after"), sp, kw("next")).parse(i)?;
        Ok((
            rest,
            DateExpr::Weekday {
                weekday,
                shift: Some(2),
            },
        ))
    };
    // "next week on Tuesday", "next week Mon", "previous week - Monday".
    let week_then_day = |i| -> Res<'_, DateExpr> {
        let (rest, (week, _, weekday)) = (
            week,
            alt((
                (sp, kw("on"), sp).map(|_| ()),
                (opt(sp), alt((tag("-"), tag("–"))), opt(sp)).map(|_| ()),
                (opt(char(',')), sp).map(|_| ()),
            )),
            alt((weekday_name, capital_weekday_abbreviation)),
        )
            .parse(i)?;
        word_end(rest)?;
        Ok((rest, DateExpr::WeekdayOfWeek { weekday, week }))
    };
    // Each form opens with a weekday or a shifted week: where neither
    // stands, none is tried.
    if weekday_name(i).is_err() && week(i).is_err() {
        return fail(i);
    }
    alt((after, possessive, after_next, week_then_day)).parse(i)
}

/// "Mon", "Tue" capitalised without a period: a weekday where one is
/// expected ("next week Mon").
fn capital_weekday_abbreviation(i: &str) -> Res<'_, u8> {
    let (rest, w) = letters(i)?;
    word_end(rest)?;
    match lookup(WEEKDAY_ABBREVIATIONS, w) {
        Some(d) if w.starts_with(|c: char| c.is_ascii_uppercase()) => Ok((rest, d)),
        _ => fail(i),
    }
}

/// "Tuesday the 19th", "Thu 15th": a weekday and an ordinal day with no
/// month (a month after it makes a written date instead).
pub(super) fn weekday_day(i: &str) -> Res<'_, DateExpr> {
    let (rest, (weekday, _, _, _, day)) = (
        weekday_before_date,
        opt(char(',')),
        sp,
        opt((kw("the"), sp)),
        alt((day_ordinal.map(|d| (d, false)), |i| {
            let (rest, d) = digits_m_n(1, 2)(i)?;
            Ok((rest, (d, true)))
        })),
    )
        .parse(i)?;
    let (day, cardinal) = day;
    if (sp, alt((kw("of").map(|_| 0), month_loose)))
        .parse(rest)
        .is_ok()
    {
        return fail(i);
    }
    // "on Monday 21!": a bare number is a day only after a capitalised
    // weekday and where the clause ends ("Monday 21 people", "Monday 21.5"
    // are no dates).
    if cardinal {
        let capitalised = i.starts_with(|c: char| c.is_ascii_uppercase());
        let after = rest.trim_start();
        let mut chars = after.chars();
        let ends = match chars.next() {
            None => true,
            Some('!' | '?' | ';' | ':' | ')') => true,
            Some('.' | ',') => !chars.next().is_some_and(|c| c.is_ascii_digit()),
            Some(_) => false,
        };
        if !(capitalised && ends && (1..=31).contains(&day)) {
            return fail(i);
        }
    }
    Ok((rest, DateExpr::WeekdayDay { weekday, day }))
}

/// "the ides of March": the 15th of March, May, July and October, the 13th
/// of the other months (the Roman calendar).
pub(super) fn ides(i: &str) -> Res<'_, DateExpr> {
    let (rest, (_, month)) = (
        (opt((kw("the"), sp)), kw("ides"), sp, kw("of"), sp),
        month_ref,
    )
        .parse(i)?;
    let day = match month {
        MonthRef::Named {
            month: 3 | 5 | 7 | 10,
            ..
        } => 15,
        MonthRef::Named { .. } => 13,
        MonthRef::Shifted(_) => return fail(i),
    };
    Ok((
        rest,
        DateExpr::InMonth {
            pick: Pick::Day(day),
            month,
        },
    ))
}

/// After a relation: "on the 15th", "on the first" — nothing but
/// punctuation after it ("on the 15th floor" is no date).
pub(super) fn day_of_this_month(i: &str) -> Res<'_, DateExpr> {
    let (rest, (_, _, day)) = (kw("the"), sp, day_ordinal).parse(i)?;
    let next = rest.trim_start_matches([' ', '\t']);
    if next.starts_with(|c: char| c.is_alphanumeric()) {
        return fail(i);
    }
    // "the second-year race", "the fifth-largest": an ordinal joined to a
    // word by a hyphen is part of an adjective, no day.
    if rest
        .strip_prefix('-')
        .is_some_and(|r| r.starts_with(|c: char| c.is_alphanumeric()))
    {
        return fail(i);
    }
    Ok((rest, DateExpr::DayOfMonth(day)))
}

#[cfg(test)]
mod tests;
