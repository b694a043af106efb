//! Ranges: "from May to July", "between 2014 and 2018", "July 13-15",
//! "13 to 15 July", "Monday to Friday", "three days from June 5", "year to
//! date"; their joiners and ends.

use super::absolute::{day_month_year, month_day_year, month_year};
use super::days::month_ref;
use super::item::{longest_phrase, ItemMemo};
use super::opening::{Kinds, DAY_NUMBER, DIGITS_1_2_AFTER_THE, DIGITS_4, MONTH};
use super::relative::{calendar_unit, count, counted_units, day_base};
use super::words::{
    day_of_month, fail, month_loose, month_name, shift_word, year_number, year_suffix,
};
use super::{CalendarUnit, DateExpr, DayBase, MonthRef, ParsedDate, Part, Pick, YearRef};
use crate::extract::claim::DurationUnit;
use crate::extract::grammar::{kw, sp, word_end, Res};
use crate::extract::lexicon::RANGE_JOINERS;
use nom::branch::alt;
use nom::bytes::complete::tag;
use nom::character::complete::char;
use nom::combinator::opt;
use nom::sequence::{preceded, terminated};
use nom::Parser;

/// "for 3 days starting from next Monday", "for a week, from 20th dec",
/// "for 2 weeks starting May 20th": the days from the start on, the
/// start's day included. Counted in days or weeks only (a month's length
/// depends on where it starts). Returns the first and the last day.
pub(super) fn duration_from_start(i: &str) -> Res<'_, (DateExpr, DateExpr)> {
    let (rest, (_, _, (amount, unit), _, _, _, base)) = (
        kw("for"),
        sp,
        counted_units,
        opt(char(',')),
        sp,
        alt((
            (
                alt((kw("starting"), kw("beginning"), kw("commencing"))),
                opt((sp, alt((kw("from"), kw("on"))))),
            )
                .map(|_| ()),
            kw("from").map(|_| ()),
        )),
        preceded(sp, day_base),
    )
        .parse(i)?;
    let days = match unit {
        DurationUnit::Day => amount,
        DurationUnit::Week => amount * 7.0,
        _ => return fail(i),
    };
    if days < 1.0 || days.fract() != 0.0 {
        return fail(i);
    }
    let start = match base {
        DayBase::Offset(n) => DateExpr::DayOffset(n),
        DayBase::Day { year, month, day } => DateExpr::Day { year, month, day },
        DayBase::Weekday { weekday, shift } => DateExpr::Weekday { weekday, shift },
    };
    let end = DateExpr::Shifted {
        amount: days - 1.0,
        unit: DurationUnit::Day,
        sign: 1,
        base,
    };
    Ok((rest, (start, end)))
}

/// A range joiner: "to", "through", "-", "and" (after "between").
fn joiner(between: bool) -> impl Fn(&str) -> Res<'_, ()> {
    move |i| {
        let (rest, _) = opt(sp).parse(i)?;
        // "between 2014 and 2018"; "between 2014-2018" and "between 2014
        // through 2018" join as a range does.
        let (rest, _) = if between && kw("and").parse(rest).is_ok() {
            kw("and").parse(rest)?
        } else {
            let (r, _) = alt((phrase_from_dash, |i| {
                longest_phrase(i, RANGE_JOINERS, crate::indexed!(RANGE_JOINERS, words))
                    .map(|(r, _)| (r, ""))
            }))
            .parse(rest)?;
            (r, "")
        };
        let (rest, _) = opt(sp).parse(rest)?;
        Ok((rest, ()))
    }
}

/// A dash between two dates (the table's words need a word end; a dash does not).
fn phrase_from_dash(i: &str) -> Res<'_, &str> {
    alt((tag("-"), tag("–"), tag("—"), tag("~"))).parse(i)
}

/// The far end of a range: a full item, or a bare day ("July 13-15"), or a
/// bare month ("from May to July").
fn range_end<'a, 'm>(
    memo: &'m ItemMemo<'a>,
) -> impl Fn(&'a str) -> Res<'a, (Option<Part>, DateExpr)> + 'm {
    move |i| {
        alt((
            |i| today_as_date(i).map(|(r, e)| (r, (None, e))),
            |i| {
                kw("now")
                    .parse(i)
                    .map(|(r, _)| (r, (None, DateExpr::DayOffset(0))))
            },
            |i| memo.item(i).map(|(r, (_, p, e))| (r, (p, e))),
            |i| bare_month_or_year(memo, i),
        ))
        .parse(i)
    }
}

/// A bare month ("from May to July") or year ("from 2014 to 2018") at an
/// end of a range, where no item reads one: each tried only where the
/// word there admits it (a month name, a run of four digits), as the
/// item memo read it.
fn bare_month_or_year<'a>(memo: &ItemMemo<'a>, i: &'a str) -> Res<'a, (Option<Part>, DateExpr)> {
    let (opening, _) = memo.opened_item(i);
    if opening.any(MONTH) {
        if let Ok((r, month)) = month_loose(i) {
            return Ok((r, (None, DateExpr::Month { year: None, month })));
        }
    }
    if opening.any(DIGITS_4) {
        return year_number(i).map(|(r, y)| (r, (None, DateExpr::Year(y))));
    }
    fail(i)
}

/// "the nine months to December", "the six months to June 30", "the
/// fiscal year to March", "the 12 months to March 2019": results and
/// data copy name a span of whole months by its last month (or its last
/// day), and count back from it — one span ([`DateExpr::MonthsTo`]), not
/// a count of months and a month apart. At most a year ("the year to" is
/// twelve months, whatever fiscal year is configured: the text names its
/// end).
pub(super) fn period_to(i: &str) -> Res<'_, DateExpr> {
    let months = |i| -> Res<'_, u32> {
        let (rest, (n, _, _)) = (count, sp, kw("months")).parse(i)?;
        if !(2.0..=12.0).contains(&n) || n.fract() != 0.0 {
            return fail(i);
        }
        Ok((rest, n as u32))
    };
    let year = |i| -> Res<'_, u32> {
        let (rest, _) = (opt((alt((kw("fiscal"), kw("financial"))), sp)), kw("year")).parse(i)?;
        Ok((rest, 12))
    };
    let (at, (_, _, months, _, _, _)) =
        (kw("the"), sp, alt((months, year)), sp, kw("to"), sp).parse(i)?;
    // The end as prose writes it: "June 30", "30 June", "December 2018",
    // "December" (capitalised: "to march" is a verb).
    let (rest, end) = alt((month_day_year, day_month_year, month_year, |i| {
        month_name(i).map(|(r, month)| (r, DateExpr::Month { year: None, month }))
    }))
    .parse(at)?;
    word_end(rest)?;
    let Some(expr) = months_ending(months, end, false) else {
        return fail(i);
    };
    Ok((rest, expr))
}

/// "the quarter ended June 30", "its fiscal third quarter ended June
/// 30th", "the six months that ended Sept. 30", "six months ended 30 June
/// 2019", "the year ending June 30", "the three-month period ended Dec. 2",
/// "the fiscal year ending in March 2024": results copy names its
/// reporting period by its last day (or month), and the figure told with
/// it is the period's: that many months ending there — a quarter three, a
/// half six, a year twelve — one span, as "the six months to June 30" is
/// ([`DateExpr::MonthsTo`]). "the week ended" is the claim's own form (a
/// week is days, not months); "the period, which ended May 30" names no
/// length and stays the day.
pub(super) fn period_ended(i: &str) -> Res<'_, DateExpr> {
    // The scan tries a claim at most word starts, and this form at each:
    // where no "ended" or "ending" follows, nothing is read.
    if !ended_or_ending_in(i) {
        return fail(i);
    }
    let fiscal = || opt((alt((kw("fiscal"), kw("financial"))), sp));
    let ordinal = opt((
        alt((kw("first"), kw("second"), kw("third"), kw("fourth"))),
        sp,
    ));
    let counted = |i| -> Res<'_, u32> {
        let (rest, (n, _)) = (
            count,
            alt((
                (sp, kw("months")).map(|_| ()),
                (tag("-"), kw("month"), sp, kw("period")).map(|_| ()),
            )),
        )
            .parse(i)?;
        if !(1.0..=12.0).contains(&n) || n.fract() != 0.0 {
            return fail(i);
        }
        Ok((rest, n as u32))
    };
    let noun = alt((
        kw("quarter").map(|_| 3),
        kw("half-year").map(|_| 6),
        (kw("half"), opt((sp, kw("year")))).map(|_| 6),
        kw("year").map(|_| 12),
        kw("month").map(|_| 1),
        counted,
    ));
    let (at, (_, _, _, _, months, _, _, closed, _, on)) = (
        opt((alt((kw("the"), kw("its"), kw("their"))), sp)),
        fiscal(),
        ordinal,
        fiscal(),
        noun,
        sp,
        opt((alt((kw("that"), kw("which"))), sp)),
        alt((kw("ended").map(|_| true), kw("ending").map(|_| false))),
        sp,
        opt(terminated(alt((kw("on"), kw("in"))), sp)),
    )
        .parse(i)?;
    // "ended June 30", "ended on December 31, 2018", "ending in March
    // 2024" (a month only after "in"), "ended September".
    let in_month = on.is_some_and(|w| w.eq_ignore_ascii_case("in"));
    let day = |i| {
        if in_month {
            return fail(i);
        }
        alt((month_day_year, day_month_year)).parse(i)
    };
    let (rest, end) = alt((day, month_year, |i| {
        month_name(i).map(|(r, month)| (r, DateExpr::Month { year: None, month }))
    }))
    .parse(at)?;
    word_end(rest)?;
    let Some(expr) = months_ending(months, end, closed) else {
        return fail(i);
    };
    Ok((rest, expr))
}

/// Whether `i` holds "ended" or "ending" in any case, where a period named
/// by its end must ([`period_ended`] reads one of them as a word, and no
/// character beyond ASCII is one of their letters in any case): one
/// search for the "d" after "en", a byte search, in place of the
/// grammar's words tried one by one.
fn ended_or_ending_in(i: &str) -> bool {
    let b = i.as_bytes();
    let is = |k: usize, c: u8| b.get(k).is_some_and(|x| x.eq_ignore_ascii_case(&c));
    memchr::memchr2_iter(b'd', b'D', b).any(|k| {
        k >= 2
            && is(k - 2, b'e')
            && is(k - 1, b'n')
            && ((is(k + 1, b'e') && is(k + 2, b'd'))
                || (is(k + 1, b'i') && is(k + 2, b'n') && is(k + 3, b'g')))
    })
}

/// `months` months ending on `end` (a day, or a month's last day), as a
/// span; `None` for any other end.
fn months_ending(months: u32, end: DateExpr, closed: bool) -> Option<DateExpr> {
    match end {
        DateExpr::Day { year, month, day } => Some(DateExpr::MonthsTo {
            months,
            month,
            day: Some(day),
            year,
            closed,
        }),
        DateExpr::Month { year, month } => Some(DateExpr::MonthsTo {
            months,
            month,
            day: None,
            year,
            closed,
        }),
        _ => None,
    }
}

/// "date", "current date" after "to"/"till": the article date.
pub(super) fn today_as_date(i: &str) -> Res<'_, DateExpr> {
    let (rest, _) = (opt((kw("current"), sp)), kw("date")).parse(i)?;
    word_end(rest)?;
    Ok((rest, DateExpr::DayOffset(0)))
}

/// "this working week", "on next workweek", "last work week": Monday to
/// Friday of that ISO week.
pub(super) fn working_week(i: &str) -> Res<'_, (DateExpr, DateExpr)> {
    let (rest, (_, shift, _, _)) = (
        opt((alt((kw("in"), kw("on"), kw("during"), kw("for"))), sp)),
        shift_word,
        sp,
        alt((
            (
                alt((kw("working"), kw("work"), kw("business"))),
                sp,
                kw("week"),
            )
                .map(|_| ()),
            kw("workweek").map(|_| ()),
        )),
    )
        .parse(i)?;
    let day = |weekday| DateExpr::WeekdayOfWeek {
        weekday,
        week: shift,
    };
    Ok((rest, (day(0), day(4))))
}

/// "the past six weeks leading up to 27 July", "the last ten days to
/// Friday", "the previous two months ending June 30": the count of units
/// back from the day named, not from the article date. Returns the first
/// day (the named day shifted back) and the named day.
pub(super) fn period_up_to(i: &str) -> Res<'_, (DateExpr, DateExpr)> {
    let back = alt((kw("past"), kw("last"), kw("previous"), kw("preceding")));
    let up_to = alt((
        (kw("leading"), sp, kw("up"), sp, kw("to")).map(|_| ()),
        (kw("up"), sp, kw("to")).map(|_| ()),
        (alt((kw("ending"), kw("ended"))), opt((sp, kw("on")))).map(|_| ()),
        kw("to").map(|_| ()),
    ));
    let (rest, (_, _, _, (amount, unit), _, _, _, base)) = (
        opt((kw("the"), sp)),
        back,
        sp,
        counted_units,
        opt(char(',')),
        sp,
        up_to,
        preceded(sp, day_base),
    )
        .parse(i)?;
    word_end(rest)?;
    if amount < 1.0 || amount.fract() != 0.0 {
        return fail(i);
    }
    let end = match base {
        DayBase::Offset(n) => DateExpr::DayOffset(n),
        DayBase::Day { year, month, day } => DateExpr::Day { year, month, day },
        DayBase::Weekday { weekday, shift } => DateExpr::Weekday { weekday, shift },
    };
    let start = DateExpr::Shifted {
        amount,
        unit,
        sign: -1,
        base,
    };
    Ok((rest, (start, end)))
}

/// "the year to date", "in the month to date", "YTD": from the start of
/// the article's year (month, week) to the article date.
pub(super) fn unit_to_date(i: &str) -> Res<'_, (DateExpr, DateExpr)> {
    let spelled = |i| -> Res<'_, CalendarUnit> {
        let (rest, (_, unit, _, _, _, _)) = (
            opt((alt((kw("the"), kw("this"))), sp)),
            calendar_unit,
            sp,
            kw("to"),
            sp,
            kw("date"),
        )
            .parse(i)?;
        Ok((rest, unit))
    };
    let acronym = |i| -> Res<'_, CalendarUnit> {
        let (rest, unit) = alt((
            tag("YTD").map(|_| CalendarUnit::Year),
            tag("MTD").map(|_| CalendarUnit::Month),
            tag("QTD").map(|_| CalendarUnit::Quarter),
        ))
        .parse(i)?;
        word_end(rest)?;
        Ok((rest, unit))
    };
    let (rest, (_, unit)) = (
        opt((alt((kw("in"), kw("for"), kw("over"))), sp)),
        alt((spelled, acronym)),
    )
        .parse(i)?;
    Ok((
        rest,
        (DateExpr::Unit { unit, shift: 0 }, DateExpr::DayOffset(0)),
    ))
}

/// The start of a range: as `range_end`, and a bare day before a day-month
/// end ("from 13 to 15 July", "1-8 September").
fn range_start<'a, 'm>(
    memo: &'m ItemMemo<'a>,
) -> impl Fn(&'a str) -> Res<'a, (Option<Part>, DateExpr)> + 'm {
    move |i| {
        alt((
            // "between now and November 15th".
            |i| {
                kw("now")
                    .parse(i)
                    .map(|(r, _)| (r, (None, DateExpr::DayOffset(0))))
            },
            |i| memo.item(i).map(|(r, (_, p, e))| (r, (p, e))),
            |i| bare_month_or_year(memo, i),
        ))
        .parse(i)
    }
}

/// The openings a day range that starts with its day can open with
/// ([`day_then_joiner`]): a day in digits or words, after an optional
/// "the".
const DAY_FIRST: Kinds = DIGITS_1_2_AFTER_THE | DAY_NUMBER;

/// "July 13-15", "July 13 to 15", "april the ninth till the seventeenth":
/// month, day, joiner, day, optional year; only where a month opens
/// ([`MONTH`]).
fn month_day_range(i: &str, between: bool) -> Res<'_, (DateExpr, DateExpr)> {
    let the = || opt((kw("the"), sp));
    let (rest, (month, _, _, d1, _, _, d2)) = (
        month_loose,
        sp,
        the(),
        day_of_month,
        joiner(between),
        the(),
        day_of_month,
    )
        .parse(i)?;
    word_end(rest)?;
    let (rest, year) = opt(year_suffix).parse(rest)?;
    Ok((
        rest,
        (
            DateExpr::Day {
                year,
                month,
                day: d1,
            },
            DateExpr::Day {
                year,
                month,
                day: d2,
            },
        ),
    ))
}

/// A day, its joiner and the blanks after it, where "13 to 15 July" and
/// "4-23 in next month" open: the day and what follows the joiner.
fn day_then_joiner(i: &str, between: bool) -> Res<'_, u32> {
    let (rest, (_, d1, _)) = (opt((kw("the"), sp)), day_of_month, joiner(between)).parse(i)?;
    Ok((rest, d1))
}

/// After the first day `d1` and its joiner, a day, month and optional
/// year: "13 to 15 July", "the 13th to the 15th of July", "1-8
/// september", "(between) the ninth and the seventeenth of April".
fn day_month_end(rest: &str, d1: u32) -> Res<'_, (DateExpr, DateExpr)> {
    let (rest, end) = day_month_year(rest)?;
    match end {
        DateExpr::Day { year, month, .. } => Ok((
            rest,
            (
                DateExpr::Day {
                    year,
                    month,
                    day: d1,
                },
                end,
            ),
        )),
        _ => fail(rest),
    }
}

/// After the first day `d1` and its joiner, a day of a month named by a
/// shift: "4-23 in next month", "the 4th to the 23rd of next month".
fn shifted_month_end(rest: &str, d1: u32) -> Res<'_, (DateExpr, DateExpr)> {
    let (rest, (_, d2, _, _, _, month)) = (
        opt((kw("the"), sp)),
        day_of_month,
        sp,
        alt((kw("of"), kw("in"))),
        sp,
        month_ref,
    )
        .parse(rest)?;
    word_end(rest)?;
    if !matches!(month, MonthRef::Shifted(_)) {
        return fail(rest);
    }
    let day = |d| DateExpr::InMonth {
        pick: Pick::Day(d),
        month,
    };
    Ok((rest, (day(d1), day(d2))))
}

/// The two ends of a range, each with its part.
type RangeEnds = (DateExpr, Option<Part>, DateExpr, Option<Part>);

/// A range: "from X to Y", "between X and Y", "X - Y", "July 13-15".
pub(super) fn range<'a, 'm>(memo: &'m ItemMemo<'a>) -> impl Fn(&'a str) -> Res<'a, RangeEnds> + 'm {
    move |i| {
        // "in/during 2014 through 2018": the span, as "from … to".
        let (rest, lead) = opt(terminated(
            alt((
                kw("from").map(|_| false),
                kw("between").map(|_| true),
                kw("in").map(|_| false),
                kw("during").map(|_| false),
                // "on 26 June to 28 June", "at 02-02-2020 - 03-03-2020".
                kw("on").map(|_| false),
                kw("at").map(|_| false),
            )),
            sp,
        ))
        .parse(i)?;
        let between = lead == Some(true);
        let lead_in = i.get(..2).is_some_and(|w| w.eq_ignore_ascii_case("in"))
            || i.get(..6).is_some_and(|w| w.eq_ignore_ascii_case("during"));
        // The item at the range's start is read once, and with it what
        // kind of word opens it: the day ranges are tried only where a
        // month ("July 13-15") or a day ("13 to 15 July", "4-23 in next
        // month") can open them.
        let (opening, _) = memo.opened_item(rest);
        if opening.any(MONTH) {
            if let Ok((r, (a, b))) = month_day_range(rest, between) {
                return Ok((r, (a, None, b, None)));
            }
        }
        if opening.any(DAY_FIRST) {
            // The first day and joiner, read once for both ends.
            let days = || {
                let (after, d1) = day_then_joiner(rest, between)?;
                day_month_end(after, d1).or_else(|_| shifted_month_end(after, d1))
            };
            if let Ok((r, (a, b))) = days() {
                return Ok((r, (a, None, b, None)));
            }
        }
        // "from 2021, through 2025": after "from" a comma may set the far
        // end off.
        let lead_from = i.get(..4).is_some_and(|w| w.eq_ignore_ascii_case("from"));
        let comma = move |i| {
            if lead_from {
                opt(char(',')).map(|_| ()).parse(i)
            } else {
                Ok((i, ()))
            }
        };
        let (rest, ((p1, a), _, _, (p2, mut b))) =
            (range_start(memo), comma, joiner(between), range_end(memo)).parse(rest)?;
        // "5/1-5/7, 2020": a year after the end belongs to both ends.
        let (rest, b_year) = match b {
            DateExpr::Day { year: None, .. } | DateExpr::Month { year: None, .. } => {
                opt(year_suffix).parse(rest)?
            }
            _ => (rest, None),
        };
        b = match (b, b_year) {
            (DateExpr::Day { month, day, .. }, Some(y)) => DateExpr::Day {
                year: Some(y),
                month,
                day,
            },
            (DateExpr::Month { month, .. }, Some(y)) => DateExpr::Month {
                year: Some(y),
                month,
            },
            (b, _) => b,
        };
        // A bare month or year alone at the start needs a lead word.
        if lead.is_none()
            && matches!(a, DateExpr::Month { year: None, .. })
            && !i.starts_with(|c: char| c.is_ascii_uppercase())
        {
            return fail(i);
        }
        word_end(rest)?;
        // After "in"/"during" both ends name their year ("in 2014 through
        // May 2018") or both are months ("during January-March", "in May
        // to July"); "in 2016 to June" is no range.
        let months = matches!(
            (a, b),
            (DateExpr::Month { year: None, .. }, DateExpr::Month { .. })
        );
        if lead_in && !months && !(has_year(a) && has_year(b)) {
            return fail(i);
        }
        Ok((rest, (a, p1, b, p2)))
    }
}

/// Stems of the verbs (and nouns) that move a date: after them "from A to
/// B" names the old date and the new one, not a span ("pushing the ban
/// from 2030 to 2035", "delayed the launch from March to June", "brought
/// forward from 2040 to 2030", "the postponement from May to July").
const MOVING: &[&str] = &[
    "push",
    "move",
    "delay",
    "postpon",
    "shift",
    "defer",
    "reschedul",
    "extend",
    "bring",
    "brought",
    "put",
    "pull",
];

/// The words that may stand between a verb of moving and its "from": its
/// object, and "back"/"forward" ("pushed the ban back", "brought it
/// forward"); a stop (",", ".", ";") ends the search.
const MOVED_GAP: usize = 4;

/// Whether `before` (the text before a "from") ends with a verb of moving
/// and at most [`MOVED_GAP`] words after it. "bring", "put" and "pull"
/// move a date only with "forward"/"back"/"ahead"; the others alone.
fn moving_before(before: &str) -> bool {
    let tail = crate::extract::grammar::tail(before, 64);
    let clause = tail
        .rsplit([',', '.', ';', ':', '(', '"', '\u{201c}'])
        .next()
        .unwrap_or("");
    let words: Vec<&str> = clause
        .split_whitespace()
        .rev()
        .take(MOVED_GAP + 1)
        .collect();
    let adverb = words.iter().any(|w| {
        ["forward", "back", "ahead"]
            .iter()
            .any(|k| w.eq_ignore_ascii_case(k))
    });
    words.iter().any(|w| {
        let w = w.to_ascii_lowercase();
        MOVING.iter().any(|stem| {
            let needs_adverb = matches!(*stem, "bring" | "brought" | "put" | "pull");
            w.starts_with(stem) && w.len() <= stem.len() + 5 && (adverb || !needs_adverb)
        })
    })
}

/// "pushing it from 2030 to 2035": after a verb of moving ([`MOVING`]),
/// the date moved from, alone (the scan reads the one moved to next). A
/// "from A to B" without such a verb stays a span ([`range`]). `before` is
/// the text before `i`.
pub fn moved_from<'a>(before: &str, i: &'a str, memo: &ItemMemo<'a>) -> Option<ParsedDate> {
    let (at, _) = (kw("from"), sp).parse(i).ok()?;
    if !moving_before(before) {
        return None;
    }
    // Only where "from A to B" reads as a range of dates.
    range(memo)(i).ok()?;
    let (rest, (part, expr)) = range_start(memo)(at).ok()?;
    Some(ParsedDate {
        relation: None,
        expr,
        part,
        until: None,
        weekday: None,
        expr_start: i.len() - at.len(),
        len: i.len() - rest.len(),
    })
}

/// "pushing it from 2030 to 2035": after [`moved_from`] read the old date,
/// the new one at `i` (`before` ends with "from 2030 to "), which no
/// relation word introduces.
pub fn moved_to<'a>(before: &str, i: &'a str, memo: &ItemMemo<'a>) -> Option<ParsedDate> {
    let head = before.strip_suffix("to ")?;
    let window = crate::extract::grammar::tail(head, 40);
    let from = head.len() - window.len() + window.rfind("from ")?;
    if !moving_before(head.get(..from)?) {
        return None;
    }
    // The old date, and nothing else, between "from" and "to".
    let old = head.get(from + 5..)?.trim_end();
    let fresh = ItemMemo::new(memo.order(), false);
    if !range_start(&fresh)(old).is_ok_and(|(r, _)| r.is_empty()) {
        return None;
    }
    let (rest, (part, expr)) = range_end(memo)(i).ok()?;
    word_end(rest).ok()?;
    Some(ParsedDate {
        relation: None,
        expr,
        part,
        until: None,
        weekday: None,
        expr_start: 0,
        len: i.len() - rest.len(),
    })
}

/// Whether an expression names its year.
pub(super) fn has_year(e: DateExpr) -> bool {
    match e {
        DateExpr::Year(_) | DateExpr::Decade(_) | DateExpr::Century(_) => true,
        DateExpr::Day { year, .. }
        | DateExpr::Month { year, .. }
        | DateExpr::Quarter { year, .. }
        | DateExpr::Half { year, .. }
        | DateExpr::Season { year, .. }
        | DateExpr::IsoWeek { year, .. } => year.is_some(),
        DateExpr::YearSlice { year, .. } => matches!(year, YearRef::Named(_)),
        _ => false,
    }
}

#[cfg(test)]
mod tests;
