//! Relative dates: shifted months, units and weekdays ("next month", "last
//! week", "this Friday"), "two weeks ago", "in three weeks", anaphoric ones
//! ("that day", "the next day"), counts from a day ("three days after
//! June 5"), weekends, counted weekdays and periods ("the past two years",
//! "the next five business days").

use super::absolute::{day_month_year, month_day_year, numeric_date};
use super::days::day_word;
use super::item::units_first;
use super::words::{fail, letters, month_name, shift_word, weekday_name, year_number};
use super::{CalendarUnit, DateExpr, DateOrder, DayBase};
use crate::extract::claim::DurationUnit;
use crate::extract::duration::duration_unit;
use crate::extract::grammar::{consumed, first_word_key, kw, kw_table, sp, tnc, word_end, Res};
use crate::extract::lex::keys;
use crate::extract::lexicon::{lookup, SMALL_NUMBERS, WEEKDAYS};
use crate::extract::number::numeral;
use nom::branch::alt;
use nom::bytes::complete::{tag, take_while1};
use nom::character::complete::char;
use nom::combinator::opt;
use nom::sequence::{preceded, terminated};
use nom::Parser;

/// "next March", "this September", "last May" (capitalised: "this may" is
/// a verb).
pub(super) fn shifted_month(i: &str) -> Res<'_, DateExpr> {
    let (rest, (shift, _, month)) = (shift_word, sp, month_name).parse(i)?;
    word_end(rest)?;
    Ok((rest, DateExpr::MonthShift { month, shift }))
}

/// "March after next": the March after next March.
pub(super) fn month_after_next(i: &str) -> Res<'_, DateExpr> {
    let (rest, (month, _)) = (month_name, (sp, kw("after"), sp, kw("next"))).parse(i)?;
    word_end(rest)?;
    Ok((rest, DateExpr::MonthShift { month, shift: 2 }))
}

/// A calendar unit word: week, month, quarter, year (and "yr", "qtr").
/// The word, chosen by its key, not tried word by word; "calendar" is
/// read with the "year" after it.
pub(super) fn calendar_unit(i: &str) -> Res<'_, CalendarUnit> {
    const UNITS: [(u128, &str, Option<CalendarUnit>); 8] = [
        (keys::key("week"), "week", Some(CalendarUnit::Week)),
        (keys::key("month"), "month", Some(CalendarUnit::Month)),
        (keys::key("quarter"), "quarter", Some(CalendarUnit::Quarter)),
        (keys::key("qtr"), "qtr", Some(CalendarUnit::Quarter)),
        (keys::key("year"), "year", Some(CalendarUnit::Year)),
        (keys::key("calendar"), "calendar", None),
        (keys::key("yr"), "yr", Some(CalendarUnit::Year)),
        (keys::key("decade"), "decade", Some(CalendarUnit::Decade)),
    ];
    match kw_table(i, first_word_key(i), &UNITS)? {
        (rest, Some(unit)) => Ok((rest, unit)),
        (rest, None) => (sp, kw("year")).map(|_| CalendarUnit::Year).parse(rest),
    }
}

/// "this week", "next month", "last year", "the following week", "the
/// current quarter"
pub(super) fn shifted_unit(i: &str) -> Res<'_, DateExpr> {
    // "the week after next" (2), "the year before last" (−2).
    let two_away = |i| -> Res<'_, DateExpr> {
        let (rest, (_, unit, _, shift)) = (
            (kw("the"), sp),
            calendar_unit,
            sp,
            alt((
                (kw("after"), sp, kw("next")).map(|_| 2),
                (kw("before"), sp, kw("last")).map(|_| -2),
            )),
        )
            .parse(i)?;
        word_end(rest)?;
        Ok((rest, DateExpr::Unit { unit, shift }))
    };
    // "last whole year", "the last full month", "next entire week": the
    // unit whole, as "last year" reads it already.
    let shifted = |i| -> Res<'_, DateExpr> {
        let whole = alt((kw("whole"), kw("full"), kw("entire")));
        let (rest, (_, shift, _, _, unit)) = (
            opt((kw("the"), sp)),
            shift_word,
            sp,
            opt((whole, sp)),
            calendar_unit,
        )
            .parse(i)?;
        Ok((rest, DateExpr::Unit { unit, shift }))
    };
    // "the past decade", "the past year": like "the past two years", an
    // interval ending at the article date (DESIGN), not the calendar unit
    // before this one ("last year"): "executives sentenced in the past
    // year" counts back twelve months from the article.
    let past = |i| -> Res<'_, DateExpr> {
        let (rest, (the, _, _, unit)) =
            (opt((kw("the"), sp)), kw("past"), sp, calendar_unit).parse(i)?;
        word_end(rest)?;
        // The decade and the year always; the week and the month with "the"
        // ("over the past week": the seven days up to the article, as "the
        // past seven days"). A bare "past week" and any "past quarter" stay
        // calendar units, as the peer suites read them ("beginning of past
        // week").
        let (amount, unit) = match (unit, the.is_some()) {
            (CalendarUnit::Decade, _) => (10.0, DurationUnit::Year),
            (CalendarUnit::Year, _) => (1.0, DurationUnit::Year),
            (CalendarUnit::Month, true) => (1.0, DurationUnit::Month),
            (CalendarUnit::Week, true) => (1.0, DurationUnit::Week),
            _ => return fail(i),
        };
        Ok((
            rest,
            DateExpr::Period {
                amount,
                unit,
                direction: -1,
            },
        ))
    };
    // "the prior year", "the preceding quarter": a unit back, as "the
    // previous year" (always with "the": "prior year figures" name no
    // period of their own but the text's).
    let prior = |i| -> Res<'_, DateExpr> {
        let (rest, (_, _, _, unit)) = (
            (kw("the"), sp),
            alt((kw("prior"), kw("preceding"))),
            sp,
            calendar_unit,
        )
            .parse(i)?;
        word_end(rest)?;
        Ok((rest, DateExpr::Unit { unit, shift: -1 }))
    };
    // "in the last decade", "over the next decade", "over the last year":
    // windows up to (from) the article date, as "the past decade" is; the
    // last year of something ("the last year of the war") stays a unit.
    let window = |i| -> Res<'_, DateExpr> {
        let (rest, (_, shift, _, unit)) = (
            (kw("the"), sp),
            alt((kw("last").map(|_| -1), kw("next").map(|_| 1))),
            sp,
            calendar_unit,
        )
            .parse(i)?;
        word_end(rest)?;
        let amount = match (unit, shift) {
            (CalendarUnit::Decade, _) => 10.0,
            (CalendarUnit::Year, -1) => 1.0,
            _ => return fail(i),
        };
        if (sp, kw("of")).parse(rest).is_ok() {
            return fail(i);
        }
        Ok((
            rest,
            DateExpr::Period {
                amount,
                unit: DurationUnit::Year,
                direction: shift,
            },
        ))
    };
    // "this years winner", "last years final": the possessive written
    // without its apostrophe, before the noun it dates.
    let possessive = |i| -> Res<'_, DateExpr> {
        let (rest, (shift, _)) = (
            alt((kw("this").map(|_| 0), kw("last").map(|_| -1))),
            (sp, kw("years")),
        )
            .parse(i)?;
        let (_, (_, next)) = (sp, letters).parse(rest)?;
        const NOT_A_NOUN: [&str; 16] = [
            "of", "ago", "as", "in", "at", "on", "and", "or", "to", "with", "before", "after",
            "when", "since", "later", "earlier",
        ];
        if NOT_A_NOUN.iter().any(|k| next.eq_ignore_ascii_case(k)) {
            return fail(i);
        }
        Ok((
            rest,
            DateExpr::Unit {
                unit: CalendarUnit::Year,
                shift,
            },
        ))
    };
    alt((
        two_away,
        past,
        window,
        previous_season,
        last_night,
        shifted,
        prior,
        possessive,
    ))
    .parse(i)
}

/// "last night": the evening before the article's day, so the day
/// before it (news dates an event by its day; the hours are no claim).
fn last_night(i: &str) -> Res<'_, DateExpr> {
    let (rest, _) = (kw("last"), sp, kw("night")).parse(i)?;
    word_end(rest)?;
    Ok((rest, DateExpr::DayOffset(-1)))
}

/// "last season" (sports, farming, television): the season before the
/// current one, whatever its calendar — the league's, which the text does
/// not give. It ended by the article date and began at most two years
/// before it (a season runs a year or less and the current one began
/// within the last year), so it is dated by that bound, "the past two
/// years": wide, but it never contradicts the season meant, and a season
/// years away contradicts it. "the last season" (the final one) is left
/// to [`super::words::is_vague`].
fn previous_season(i: &str) -> Res<'_, DateExpr> {
    let (rest, _) = (kw("last"), sp, kw("season")).parse(i)?;
    word_end(rest)?;
    Ok((
        rest,
        DateExpr::Period {
            amount: 2.0,
            unit: DurationUnit::Year,
            direction: -1,
        },
    ))
}

/// The weekday shift of "(this) coming/upcoming Friday": the nearest one
/// after the article date, where "next Friday" is next week's.
pub const SHIFT_COMING: i32 = 10;

/// "coming", "upcoming", "this coming": the nearest one ahead; "(this)
/// past": the nearest one back.
fn coming_word(i: &str) -> Res<'_, i32> {
    preceded(
        opt((kw("this"), sp)),
        alt((
            alt((kw("coming"), kw("upcoming"))).map(|_| SHIFT_COMING),
            kw("past").map(|_| SHIFT_PAST),
        )),
    )
    .parse(i)
}

/// The weekday shift of "(this) past Friday": the nearest one before the
/// article date, where "last Friday" is last week's.
pub const SHIFT_PAST: i32 = -10;

/// "next Friday", "last Monday", "this Friday", "this coming Friday"
fn shifted_weekday(i: &str) -> Res<'_, DateExpr> {
    let (rest, (shift, _, weekday)) =
        (alt((coming_word, shift_word)), sp, weekday_name).parse(i)?;
    Ok((
        rest,
        DateExpr::Weekday {
            weekday,
            shift: Some(shift),
        },
    ))
}

/// "Monday", "next Friday"
pub fn weekday_expr(i: &str) -> Res<'_, DateExpr> {
    alt((shifted_weekday, |i| {
        weekday_name(i).map(|(r, weekday)| {
            (
                r,
                DateExpr::Weekday {
                    weekday,
                    shift: None,
                },
            )
        })
    }))
    .parse(i)
}

/// A count before a unit: a numeral, or "a"/"an".
pub(super) fn count(i: &str) -> Res<'_, f64> {
    alt((kw("a").map(|_| 1.0), kw("an").map(|_| 1.0), |i| {
        numeral(i).map(|(r, n)| (r, n.value))
    }))
    .parse(i)
}

/// "a fortnight", "two fortnights", "fortnight" (after "next"): two weeks
/// each.
fn fortnights(i: &str) -> Res<'_, (f64, DurationUnit)> {
    let (rest, (n, _)) = (
        opt(terminated(count, sp)),
        alt((kw("fortnights"), kw("fortnight"))),
    )
        .parse(i)?;
    Ok((rest, (n.unwrap_or(1.0) * 2.0, DurationUnit::Week)))
}

/// "two weeks", "a month", "18 months": a count and a day-or-longer unit.
pub(super) fn counted_units(i: &str) -> Res<'_, (f64, DurationUnit)> {
    if let Ok(found) = fortnights(i) {
        return Ok(found);
    }
    // "a decade ago", "two decades later": ten years each.
    if let Ok((rest, found)) = counted_decades(i) {
        word_end(rest)?;
        return Ok((rest, found));
    }
    let (rest, (n, _, unit)) = (count, sp, duration_unit).parse(i)?;
    word_end(rest)?;
    if matches!(
        unit,
        DurationUnit::Second | DurationUnit::Minute | DurationUnit::Hour
    ) {
        return fail(i);
    }
    Ok((rest, (n, unit)))
}

/// How many parts after the first a span before "later" may have ("2 years
/// 1 month 21 days later" has two).
const LATER_PARTS_MAX: usize = 6;

/// "two weeks ago"
pub(super) fn ago(i: &str) -> Res<'_, DateExpr> {
    let (rest, ((amount, unit), _, _)) = (counted_units, sp, kw("ago")).parse(i)?;
    Ok((rest, DateExpr::Ago { amount, unit }))
}

/// "two days from now", "three years from today", "a week hence"
pub(super) fn hence(i: &str) -> Res<'_, DateExpr> {
    let (rest, ((amount, unit), _, _)) = (
        counted_units,
        sp,
        alt((
            (kw("from"), sp, alt((kw("now"), kw("today")))).map(|_| ()),
            kw("hence").map(|_| ()),
        )),
    )
        .parse(i)?;
    Ok((rest, DateExpr::Hence { amount, unit }))
}

/// A day another is counted from: "tomorrow", "January 15th", "next Monday".
pub(super) fn day_base(i: &str) -> Res<'_, DayBase> {
    day_base_with(DateOrder::None)(i)
}

/// `day_base` with numeric dates read by `order` ("16 days from 01/02/2018").
pub(super) fn day_base_with(order: DateOrder) -> impl Fn(&str) -> Res<'_, DayBase> {
    move |i| {
        alt((
            |i| match day_word(i)? {
                (r, DateExpr::DayOffset(n)) => Ok((r, DayBase::Offset(n))),
                _ => fail(i),
            },
            // "tmrw", "tmr": tomorrow in short.
            |i| {
                let (r, _) = alt((tnc("tmrw"), tnc("tmr"))).parse(i)?;
                word_end(r)?;
                Ok((r, DayBase::Offset(1)))
            },
            |i| match alt((month_day_year, day_month_year, numeric_date(order))).parse(i)? {
                (r, DateExpr::Day { year, month, day }) => {
                    Ok((r, DayBase::Day { year, month, day }))
                }
                _ => fail(i),
            },
            |i| match weekday_expr(i)? {
                (r, DateExpr::Weekday { weekday, shift }) => {
                    Ok((r, DayBase::Weekday { weekday, shift }))
                }
                _ => fail(i),
            },
        ))
        .parse(i)
    }
}

/// "the day before", "three weeks later", "a fortnight later", "2 years 1
/// month 21 days later", "the same week", "that weekend": a day or period
/// counted from an event the phrase does not name. A single count
/// ("a month earlier") or "the same day|week|month|year" is
/// [`DateExpr::Anchored`], resolved against the date the text gave just
/// before; the rest are extracted, never resolved.
///
/// `units` tells whether a count of units may stand at the start of the
/// input (see `item`'s `has_counted_units`).
pub(super) fn anaphoric_at<'a>(units: bool) -> impl Fn(&'a str) -> Res<'a, DateExpr> {
    move |i| {
        let day_around = |i| -> Res<'_, DateExpr> {
            let (rest, (_, _, _, _, sign)) = (
                kw("the"),
                sp,
                kw("day"),
                sp,
                alt((kw("before").map(|_| -1), kw("after").map(|_| 1))),
            )
                .parse(i)?;
            // "the day before yesterday" is a day of its own (`day_word`).
            if day_word(rest.trim_start()).is_ok() {
                return fail(i);
            }
            Ok((
                rest,
                DateExpr::Anchored {
                    amount: 1.0,
                    unit: DurationUnit::Day,
                    sign,
                },
            ))
        };
        let later = |i| -> Res<'_, DateExpr> {
            let (mut rest, (amount, unit)) = counted_units(i)?;
            let mut parts = 1;
            // "2 years 1 month 21 days later", "a year and two months later":
            // a few parts (one per unit at most), not a list read to its
            // end from each of its figures.
            for _ in 0..LATER_PARTS_MAX {
                let Ok((r, _)) = preceded(
                    alt((
                        (sp, kw("and"), sp).map(|_| ()),
                        (char(','), sp).map(|_| ()),
                        sp.map(|_| ()),
                    )),
                    counted_units,
                )
                .parse(rest) else {
                    break;
                };
                rest = r;
                parts += 1;
            }
            let (rest, sign) = preceded(
                sp,
                alt((
                    kw("later").map(|_| 1),
                    kw("earlier").map(|_| -1),
                    // "than we were a year previously"
                    kw("previously").map(|_| -1),
                    // "from 0.3% a month prior" (not "prior to the vote").
                    terminated(kw("prior"), nom::combinator::not((sp, kw("to")))).map(|_| -1),
                )),
            )
            .parse(rest)
            .and_then(|(r, sign)| match earlier_this(r) {
                // "postponed by a year earlier this month": "earlier" opens
                // "earlier this month"; the count is how far, not when.
                true => fail(rest),
                false => Ok((r, sign)),
            })
            .or_else(|e| match parts == 1 && unit == DurationUnit::Day {
                true => day_count_before_event(rest),
                false => Err(e),
            })?;
            let expr = if parts == 1 {
                DateExpr::Anchored { amount, unit, sign }
            } else {
                DateExpr::Vague
            };
            Ok((rest, expr))
        };
        // "the same week", "that weekend": the period of an event told before.
        let same = |i| -> Res<'_, DateExpr> {
            let (rest, (_, _, unit)) = (
                alt((
                    (kw("the"), sp, kw("same")).map(|_| ()),
                    kw("that").map(|_| ()),
                )),
                sp,
                alt((
                    kw("day").map(|_| Some(DurationUnit::Day)),
                    kw("week").map(|_| Some(DurationUnit::Week)),
                    kw("weekend").map(|_| None),
                    kw("month").map(|_| Some(DurationUnit::Month)),
                    kw("year").map(|_| Some(DurationUnit::Year)),
                )),
            )
                .parse(i)?;
            // "the same month in 2009": that period of the year named (a
            // comparison with an earlier year), carried as `amount`.
            let (rest, year) = match unit {
                Some(_) => {
                    opt(preceded((sp, alt((kw("in"), kw("of"))), sp), year_number)).parse(rest)?
                }
                None => (rest, None),
            };
            let expr = match unit {
                Some(unit) => DateExpr::Anchored {
                    amount: year.map_or(0.0, f64::from),
                    unit,
                    sign: 0,
                },
                None => DateExpr::Vague,
            };
            Ok((rest, expr))
        };
        // "compared to the year before.": a year back from the date just
        // given, at a phrase's end ("the year before the war" is counted
        // from the war, which it names).
        let year_before = |i| -> Res<'_, DateExpr> {
            let (rest, _) = (
                kw("the"),
                sp,
                kw("year"),
                sp,
                alt((kw("before"), kw("prior"))),
            )
                .parse(i)?;
            if !(rest.is_empty() || rest.starts_with(['.', ',', ';', ':', ')'])) {
                return fail(i);
            }
            Ok((
                rest,
                DateExpr::Anchored {
                    amount: 1.0,
                    unit: DurationUnit::Year,
                    sign: -1,
                },
            ))
        };
        let (rest, expr) =
            alt((day_around, year_before, units_first(units, later), same)).parse(i)?;
        word_end(rest)?;
        Ok((rest, expr))
    }
}

/// Whether " this month", " last year", " next week" follows: after it
/// "earlier"/"later" names a part of that unit ("earlier this month").
fn earlier_this(i: &str) -> bool {
    (
        sp,
        alt((kw("this"), kw("last"), kw("next"))),
        sp,
        calendar_unit,
    )
        .parse(i)
        .is_ok()
}

/// "a day before", "two days after": with no date after it (that is
/// `shifted_from_day`), a count of days from the date the text just gave.
/// Before an event ("Monday, a day before the president visits") the
/// phrase dates the event, the other way from the date given: −1 for
/// "after", +1 for "before"; at a clause's end ("had left a day before")
/// the day counted from it.
///
/// After a name ("just 10 days after Cyclone Fytia struck") the count is
/// the time between two events, a length ("three weeks after Easter"),
/// not a date: not this form.
fn day_count_before_event(i: &str) -> Res<'_, i32> {
    let (rest, sign) =
        preceded(sp, alt((kw("before").map(|_| -1), kw("after").map(|_| 1)))).parse(i)?;
    let event = rest.strip_prefix([' ', '\n']);
    if sign > 0 && event.is_some_and(|r| r.starts_with(char::is_uppercase)) {
        return fail(i);
    }
    let event = event.is_some_and(|r| r.starts_with(|c: char| c.is_alphabetic()));
    Ok((rest, if event { -sign } else { sign }))
}

/// The nouns of a compared period: "the same quarter", "the year-ago
/// period".
fn compared_period(i: &str) -> Res<'_, ()> {
    alt((
        kw("period"),
        kw("quarter"),
        kw("half"),
        kw("month"),
        kw("months"),
        kw("time"),
        kw("level"),
        kw("levels"),
        kw("figure"),
        kw("figures"),
    ))
    .map(|_| ())
    .parse(i)
}

/// "the year-ago period", "year-earlier levels", "the same quarter last
/// year", "same quarter previous fiscal", "the corresponding period of the
/// previous year": the reporting period the text gave, a year earlier
/// ([`DateExpr::YearAgo`]).
pub(super) fn year_ago(i: &str) -> Res<'_, DateExpr> {
    let hyphenated = |i| -> Res<'_, ()> {
        let (rest, _) = (
            kw("year"),
            alt((tag("-"), tag("\u{2010}"))),
            alt((kw("ago"), kw("earlier"))),
            opt(preceded(sp, compared_period)),
        )
            .parse(i)?;
        Ok((rest, ()))
    };
    // "a year ago" after "the same quarter" is a claim of its own, anchored
    // the same way; here only the tails that would read otherwise ("last
    // year" is the calendar year).
    let a_year_before = |i| -> Res<'_, ()> {
        let (rest, _) = (
            opt((alt((kw("of"), kw("in"))), sp)),
            opt((kw("the"), sp)),
            alt((kw("previous"), kw("last"), kw("preceding"), kw("prior"))),
            sp,
            alt((
                (alt((kw("fiscal"), kw("financial"))), opt((sp, kw("year")))).map(|_| ()),
                kw("year").map(|_| ()),
            )),
        )
            .parse(i)?;
        Ok((rest, ()))
    };
    let same = |i| -> Res<'_, ()> {
        let (rest, _) = (
            alt((kw("same"), kw("corresponding"), kw("comparable"))),
            sp,
            compared_period,
            sp,
            a_year_before,
        )
            .parse(i)?;
        Ok((rest, ()))
    };
    // "the corresponding period in 2018", "the same quarter of 2014": the
    // period is the one the text gave; the year says which year of it.
    let same_in = |i| -> Res<'_, DateExpr> {
        let (rest, (_, _, _, _, _, _, year)) = (
            alt((kw("same"), kw("corresponding"), kw("comparable"))),
            sp,
            // Not "month" ("the same month in 2009" is the month holding
            // the date given, a day or more).
            alt((kw("period"), kw("quarter"), kw("half"))),
            sp,
            alt((kw("in"), kw("of"))),
            sp,
            year_number,
        )
            .parse(i)?;
        Ok((rest, DateExpr::PeriodIn(year)))
    };
    let (rest, expr) = preceded(
        opt((kw("the"), sp)),
        alt((same_in, alt((hyphenated, same)).map(|_| DateExpr::YearAgo))),
    )
    .parse(i)?;
    word_end(rest)?;
    Ok((rest, expr))
}

/// "three weeks from tomorrow", "2 weeks before May 13 1999", "two months
/// after next Friday": a count of units from a day.
pub(super) fn shifted_from_day(i: &str) -> Res<'_, DateExpr> {
    shifted_from_day_with(DateOrder::None)(i)
}

/// The direction of a count from a named day: "after"/"from" forward,
/// "before" back ("16 days from 01/02/2018", "2 weeks before today").
pub(super) fn shift_direction(i: &str) -> Res<'_, i32> {
    alt((
        kw("after").map(|_| 1),
        kw("from").map(|_| 1),
        kw("before").map(|_| -1),
    ))
    .parse(i)
}

/// `shifted_from_day` with numeric dates read by `order`.
pub(super) fn shifted_from_day_with(order: DateOrder) -> impl Fn(&str) -> Res<'_, DateExpr> {
    move |i| {
        let (rest, ((amount, unit), _, sign, _, base)) =
            (counted_units, sp, shift_direction, sp, day_base_with(order)).parse(i)?;
        Ok((
            rest,
            DateExpr::Shifted {
                amount,
                unit,
                sign,
                base,
            },
        ))
    }
}

/// "Monday two weeks from now", "Thursday, two years from now", "Sunday 3
/// weeks after January 15th".
pub(super) fn weekday_of_shifted(i: &str) -> Res<'_, DateExpr> {
    let (rest, (weekday, _, _, shifted)) = (
        weekday_name,
        opt(char(',')),
        sp,
        alt((hence, shifted_from_day)),
    )
        .parse(i)?;
    let (amount, unit, sign, base) = match shifted {
        DateExpr::Hence { amount, unit } => (amount, unit, 1, DayBase::Offset(0)),
        DateExpr::Shifted {
            amount,
            unit,
            sign,
            base,
        } => (amount, unit, sign, base),
        _ => return fail(i),
    };
    Ok((
        rest,
        DateExpr::WeekdayOfShifted {
            weekday,
            amount,
            unit,
            sign,
            base,
        },
    ))
}

/// "this weekend", "last weekend", "the weekend"
pub(super) fn weekend(i: &str) -> Res<'_, DateExpr> {
    let (rest, (shift, _)) = (
        alt((
            terminated(shift_word, sp).map(Some),
            (kw("the"), sp).map(|_| None),
        )),
        kw("weekend"),
    )
        .parse(i)?;
    word_end(rest)?;
    Ok((rest, DateExpr::Weekend(shift)))
}

/// "Fridays" ("Friday" after "one"): a counted weekday name.
fn weekday_plural(i: &str) -> Res<'_, u8> {
    let (rest, w) = letters(i)?;
    let one = w.strip_suffix('s').unwrap_or(w);
    match lookup(WEEKDAYS, one) {
        Some(d) => Ok((rest, d)),
        None => fail(i),
    }
}

/// "three Fridays from now", "2 Thursdays ago", "two Sundays back"
pub(super) fn counted_weekdays(i: &str) -> Res<'_, DateExpr> {
    let (rest, (n, _, weekday, _, sign)) = (
        numeral,
        sp,
        weekday_plural,
        sp,
        alt((
            (kw("from"), sp, alt((kw("now"), kw("today")))).map(|_| 1),
            kw("hence").map(|_| 1),
            kw("ago").map(|_| -1),
            kw("back").map(|_| -1),
        )),
    )
        .parse(i)?;
    let n = n.value;
    if n.fract() != 0.0 || !(1.0..=52.0).contains(&n) {
        return fail(i);
    }
    Ok((
        rest,
        DateExpr::WeekdayCount {
            weekday,
            n: sign * n as i32,
        },
    ))
}

/// After "in": "in three weeks" (a shift of the article date).
pub(super) fn in_counted(i: &str) -> Res<'_, DateExpr> {
    let (rest, (amount, unit)) = counted_units(i)?;
    Ok((rest, DateExpr::Hence { amount, unit }))
}

/// "weeks", "quarters" after a count: one unit (the count is read apart).
fn counted_units_bare(i: &str) -> Res<'_, (f64, DurationUnit)> {
    let (rest, unit) = duration_unit(i)?;
    word_end(rest)?;
    if matches!(
        unit,
        DurationUnit::Second | DurationUnit::Minute | DurationUnit::Hour
    ) {
        return fail(i);
    }
    Ok((rest, (1.0, unit)))
}

/// "two decades" after a shift word: ten years each.
fn counted_decades(i: &str) -> Res<'_, (f64, DurationUnit)> {
    let (rest, (n, _, _)) = (count, sp, alt((kw("decades"), kw("decade")))).parse(i)?;
    Ok((rest, (n * 10.0, DurationUnit::Year)))
}

/// "two quarters" after a shift word: three months each.
/// The count is one token: "three quarters" alone would read as ¾.
fn counted_quarters(i: &str) -> Res<'_, (f64, DurationUnit)> {
    let one_token = |i| -> Res<'_, f64> {
        let (rest, w) = take_while1(|c: char| c.is_ascii_alphanumeric()).parse(i)?;
        match w.parse::<u32>().ok().or_else(|| lookup(SMALL_NUMBERS, w)) {
            Some(n) if n > 0 => Ok((rest, f64::from(n))),
            _ => fail(i),
        }
    };
    let (rest, (n, _, _)) = (one_token, sp, alt((kw("quarters"), kw("quarter")))).parse(i)?;
    Ok((rest, (3.0 * n, DurationUnit::Month)))
}

/// "the past two years", "the last 3 months", "the next three days", "the
/// coming two weeks", "the last 2 quarters"
pub(super) fn period(i: &str) -> Res<'_, DateExpr> {
    let (rest, (_, shift, _, (amount, unit))) = (
        opt((kw("the"), sp)),
        shift_word,
        sp,
        alt((counted_units, counted_quarters, counted_decades)),
    )
        .parse(i)?;
    if shift == 0 {
        return fail(i);
    }
    // "the following two years", "the previous seven days": counted from a
    // date the text gave, where it gave one.
    let anchored = ["following", "previous", "preceding", "subsequent"]
        .iter()
        .any(|k| lead_word_is(i, k));
    Ok((
        rest,
        if anchored {
            DateExpr::AnchoredPeriod {
                amount,
                unit,
                direction: shift,
            }
        } else {
            DateExpr::Period {
                amount,
                unit,
                direction: shift,
            }
        },
    ))
}

/// Whether the first word of `i`, after an optional "the", is `k`.
fn lead_word_is(i: &str, k: &str) -> bool {
    let i = (kw("the"), sp).parse(i).map_or(i, |(r, _)| r);
    letters(i).is_ok_and(|(_, w)| w.eq_ignore_ascii_case(k))
}

/// "the next 4 business days", "the previous five working days".
pub(super) fn business_days(i: &str) -> Res<'_, DateExpr> {
    let (rest, (_, shift, _, n, _, _, _, _)) = (
        opt((kw("the"), sp)),
        shift_word,
        sp,
        numeral,
        sp,
        alt((kw("business"), kw("working"), kw("work"))),
        sp,
        alt((kw("days"), kw("day"))),
    )
        .parse(i)?;
    match (shift, u32::try_from(n.value as i64)) {
        (1 | -1, Ok(count)) if n.value.fract() == 0.0 && (1..=366).contains(&count) => Ok((
            rest,
            DateExpr::BusinessDays {
                count,
                direction: shift,
            },
        )),
        _ => fail(i),
    }
}

/// "the two upcoming weeks", "3 previous years": the count first.
pub(super) fn period_count_first(i: &str) -> Res<'_, DateExpr> {
    let (rest, (_, n, _, shift, _, (amount, unit))) = (
        opt((kw("the"), sp)),
        count,
        sp,
        // Not "last" ("the two last weeks" is no English), not "this".
        alt((
            alt((kw("upcoming"), kw("coming"), kw("next"), kw("following"))).map(|_| 1),
            alt((kw("past"), kw("previous"), kw("preceding"), kw("prior"))).map(|_| -1),
        )),
        sp,
        alt((
            counted_units_bare,
            alt((kw("quarters"), kw("quarter"))).map(|_| (3.0, DurationUnit::Month)),
        )),
    )
        .parse(i)?;
    let amount = amount * n;
    // "the seven preceding quarters", "the three prior years": counted
    // from the period the text gave, as "the previous seven days" is.
    let anchored = ["preceding", "prior"].iter().any(|k| {
        consumed(i, rest)
            .split_whitespace()
            .any(|w| w.eq_ignore_ascii_case(k))
    });
    Ok((
        rest,
        if anchored {
            DateExpr::AnchoredPeriod {
                amount,
                unit,
                direction: shift,
            }
        } else {
            DateExpr::Period {
                amount,
                unit,
                direction: shift,
            }
        },
    ))
}

#[cfg(test)]
mod tests;
