//! Resolution: a [`DateExpr`] to the interval it names, by the article date
//! and the tense (DESIGN's "Resolution conventions").

use super::calendar::year_slice_interval;
use super::relative::{SHIFT_COMING, SHIFT_PAST};
use super::{CalendarUnit, DateExpr, DateOptions, MonthRef, Part, Pick, SliceUnit, YearRef};
use crate::extract::claim::{DurationUnit, Tense};
use crate::time::{Granularity, Interval};
use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

/// The resolution of a date expression.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Resolved {
    /// `None` when relative with no article date, vague, or impossible.
    pub interval: Option<Interval>,
    pub granularity: Granularity,
    /// Whether it needed the article date.
    pub relative: bool,
}

/// Resolve an expression against the article date, by DESIGN's
/// conventions, with the default options.
pub fn resolve(expr: DateExpr, article: Option<NaiveDate>, tense: Tense) -> Resolved {
    resolve_with(expr, None, article, tense, &DateOptions::default())
}

/// The granularity an expression is written at.
fn granularity_of(expr: DateExpr) -> Granularity {
    match expr {
        DateExpr::InMonth {
            pick: Pick::Week(_) | Pick::WeekOf(_),
            ..
        } => Granularity::Week,
        DateExpr::Day { .. }
        | DateExpr::Weekday { .. }
        | DateExpr::DayOffset(_)
        | DateExpr::Ago { .. }
        | DateExpr::Hence { .. }
        | DateExpr::Period { .. }
        | DateExpr::BusinessDays { .. }
        | DateExpr::InMonth { .. }
        | DateExpr::WeekdayOfWeek { .. }
        | DateExpr::WeekdayDay { .. }
        | DateExpr::DayOfMonth(_)
        | DateExpr::WeekdayCount { .. }
        | DateExpr::Shifted { .. }
        | DateExpr::WeekdayOfShifted { .. }
        | DateExpr::Weekend(_)
        | DateExpr::Anchored { .. }
        | DateExpr::AnchoredPeriod { .. }
        | DateExpr::YearAgo
        | DateExpr::Vague => Granularity::Day,
        DateExpr::MonthShift { .. } => Granularity::Month,
        DateExpr::Month { .. } => Granularity::Month,
        DateExpr::Year(_) | DateExpr::FiscalYear(_) | DateExpr::YearPair(_) => Granularity::Year,
        DateExpr::FiscalQuarter { .. } => Granularity::Quarter,
        DateExpr::Decade(_) => Granularity::Decade,
        DateExpr::Century(_) => Granularity::Century,
        DateExpr::Season { .. } => Granularity::Season,
        DateExpr::Quarter { .. } => Granularity::Quarter,
        DateExpr::Half { .. } => Granularity::Half,
        DateExpr::IsoWeek { .. } | DateExpr::WeekOfDayOfMonth(_) => Granularity::Week,
        DateExpr::YearSlice { unit, .. } => match unit {
            SliceUnit::Day => Granularity::Day,
            SliceUnit::Week => Granularity::Week,
            SliceUnit::Month => Granularity::Month,
        },
        DateExpr::Unit { unit, .. } => match unit {
            CalendarUnit::Week => Granularity::Week,
            CalendarUnit::Month => Granularity::Month,
            CalendarUnit::Quarter => Granularity::Quarter,
            CalendarUnit::Year => Granularity::Year,
            CalendarUnit::Decade => Granularity::Decade,
        },
    }
}

/// Whether resolving needs the article date.
fn is_relative(expr: DateExpr) -> bool {
    match expr {
        DateExpr::Day { year, .. }
        | DateExpr::Month { year, .. }
        | DateExpr::Season { year, .. }
        | DateExpr::Quarter { year, .. }
        | DateExpr::Half { year, .. }
        | DateExpr::IsoWeek { year, .. } => year.is_none(),
        DateExpr::Year(_) | DateExpr::Decade(_) | DateExpr::Century(_) | DateExpr::YearPair(_) => {
            false
        }
        DateExpr::YearSlice { year, .. }
        | DateExpr::FiscalYear(year)
        | DateExpr::FiscalQuarter { year, .. } => matches!(year, YearRef::Shifted(_)),
        DateExpr::Shifted { base, .. } | DateExpr::WeekdayOfShifted { base, .. } => {
            is_relative(base.expr())
        }
        DateExpr::InMonth { month, .. } => !matches!(month, MonthRef::Named { year: Some(_), .. }),
        DateExpr::WeekdayOfWeek { .. }
        | DateExpr::WeekdayDay { .. }
        | DateExpr::MonthShift { .. }
        | DateExpr::DayOfMonth(_)
        | DateExpr::WeekOfDayOfMonth(_)
        | DateExpr::Weekday { .. }
        | DateExpr::DayOffset(_)
        | DateExpr::Unit { .. }
        | DateExpr::Ago { .. }
        | DateExpr::Hence { .. }
        | DateExpr::Period { .. }
        | DateExpr::AnchoredPeriod { .. }
        | DateExpr::BusinessDays { .. }
        | DateExpr::WeekdayCount { .. }
        | DateExpr::Weekend(_) => true,
        // "in the coming weeks", "the day before", "three years later": no
        // article date would resolve them (they are vague, or counted from
        // an event the phrase does not name; anchored ones are resolved
        // against the date the text gave before, by `resolve_anchored`).
        DateExpr::Vague | DateExpr::Anchored { .. } | DateExpr::YearAgo => false,
    }
}

/// The granularity of a part: a part of a month is days, of a year months,
/// of a decade years.
fn part_granularity(g: Granularity) -> Granularity {
    match g {
        Granularity::Decade | Granularity::Century => Granularity::Year,
        Granularity::Year | Granularity::Half => Granularity::Month,
        _ => Granularity::Day,
    }
}

/// Resolve an expression with its part against the article date.
pub fn resolve_with(
    expr: DateExpr,
    part: Option<Part>,
    article: Option<NaiveDate>,
    tense: Tense,
    options: &DateOptions,
) -> Resolved {
    let relative = is_relative(expr) || matches!(part, Some(Part::Earlier | Part::Later));
    let granularity = granularity_of(expr);
    let whole = match (is_relative(expr), article) {
        (_, _) if expr == DateExpr::Vague => None,
        (false, _) => absolute(expr, options),
        (true, Some(anchor)) => relative_to(expr, anchor, tense, options),
        (true, None) => None,
    };
    let (interval, granularity) = match part {
        None => (whole, granularity),
        Some(p) => (
            whole.and_then(|w| part_of(w, granularity, p, article)),
            part_granularity(granularity),
        ),
    };
    Resolved {
        interval,
        granularity,
        relative,
    }
}

/// Resolve a range "from A to B": A's start to B's end; a yearless end
/// lies on or after the start.
pub fn resolve_range(
    start: (DateExpr, Option<Part>),
    end: (DateExpr, Option<Part>),
    article: Option<NaiveDate>,
    tense: Tense,
    options: &DateOptions,
) -> Resolved {
    // A year written only at the end belongs to both ("from May to Oct 2020").
    let year_of = |e: DateExpr| match e {
        DateExpr::Day { year, .. } | DateExpr::Month { year, .. } => year,
        _ => None,
    };
    let with_year = |e: DateExpr, y: i32| match e {
        DateExpr::Day {
            year: None,
            month,
            day,
        } => DateExpr::Day {
            year: Some(y),
            month,
            day,
        },
        DateExpr::Month { year: None, month } => DateExpr::Month {
            year: Some(y),
            month,
        },
        other => other,
    };
    // Neither end has a year ("between August and October"): the range is
    // one date, placed by the tense as a whole — in the article's year
    // unless, past, it starts after the article date or, future, it ends
    // before it.
    let yearless = |e: DateExpr| {
        matches!(
            e,
            DateExpr::Day { year: None, .. } | DateExpr::Month { year: None, .. }
        )
    };
    if let (true, true, Some(anchor)) = (yearless(start.0), yearless(end.0), article) {
        let in_year = |y: i32| -> Option<Resolved> {
            let ra = resolve_with(with_year(start.0, y), start.1, article, tense, options);
            let (x, mut rb) = (
                ra.interval?,
                resolve_with(with_year(end.0, y), end.1, article, tense, options),
            );
            if rb.interval?.end < x.start {
                rb = resolve_with(with_year(end.0, y + 1), end.1, article, tense, options);
            }
            let z = rb.interval?;
            Some(Resolved {
                interval: (x.start <= z.end).then(|| Interval::new(x.start, z.end)),
                granularity: ra.granularity.min(rb.granularity),
                relative: true,
            })
        };
        if let Some(here) = in_year(anchor.year()) {
            let moved = match (tense, here.interval) {
                (Tense::Past, Some(r)) if r.start > anchor => in_year(anchor.year() - 1),
                (Tense::Future, Some(r)) if r.end < anchor => in_year(anchor.year() + 1),
                _ => None,
            };
            return moved.unwrap_or(here);
        }
    }
    // "from next Monday to Friday": a bare weekday at the end is the first
    // such day on or after the start.
    if let (
        DateExpr::Weekday {
            weekday,
            shift: None,
        },
        Some(x),
    ) = (
        end.0,
        resolve_with(start.0, start.1, article, tense, options).interval,
    ) {
        if end.1.is_none() && start.1.is_none() {
            let ahead = (i64::from(weekday) - i64::from(weekday_index(x.start))).rem_euclid(7);
            let day = x
                .start
                .checked_add_days(Days::new(u64::try_from(ahead).unwrap_or(0)));
            return Resolved {
                interval: day.map(|d| Interval::new(x.start, d.max(x.end))),
                granularity: Granularity::Day,
                relative: true,
            };
        }
    }
    let mut a = start.0;
    if let (None, Some(y)) = (year_of(a), year_of(end.0)) {
        a = with_year(a, y);
        let ra = resolve_with(a, start.1, article, tense, options);
        let rb = resolve_with(end.0, end.1, article, tense, options);
        if let (Some(x), Some(z)) = (ra.interval, rb.interval) {
            if x.start > z.end {
                a = with_year(start.0, y - 1);
            }
        }
    }
    let ra = resolve_with(a, start.1, article, tense, options);
    let mut b = end.0;
    let mut rb = resolve_with(b, end.1, article, tense, options);
    if let (Some(x), Some(z), None, Some(ys)) = (
        ra.interval,
        rb.interval,
        year_of(b),
        ra.interval.map(|x| x.start.year()),
    ) {
        if z.end < x.start {
            b = with_year(b, ys);
            rb = resolve_with(b, end.1, article, tense, options);
            if rb.interval.is_some_and(|z| z.end < x.start) {
                rb = resolve_with(with_year(end.0, ys + 1), end.1, article, tense, options);
            }
        }
    }
    let interval = match (ra.interval, rb.interval) {
        (Some(x), Some(z)) if x.start <= z.end => Some(Interval::new(x.start, z.end)),
        _ => None,
    };
    Resolved {
        interval,
        granularity: ra.granularity.min(rb.granularity),
        relative: ra.relative || rb.relative,
    }
}

/// Early / mid / late of an interval: a month's days 1–10, 11–20, 21–end;
/// a year's Jan–Apr, May–Aug, Sep–Dec; a decade's years 0–3, 4–6, 7–9; a
/// week's Mon–Wed, Tue–Thu, Fri–Sun; anything else in thirds.
/// "earlier"/"later" run from its start to the article date and from the
/// article date to its end.
pub fn part_of(
    whole: Interval,
    granularity: Granularity,
    part: Part,
    article: Option<NaiveDate>,
) -> Option<Interval> {
    let s = whole.start;
    let add_days = |n: u64| s.checked_add_days(Days::new(n));
    let months = |a: u32, b: u32| Interval::months(s.year(), a, b);
    let years = |a: i32, b: i32| {
        Some(Interval::new(
            NaiveDate::from_ymd_opt(s.year() + a, 1, 1)?,
            NaiveDate::from_ymd_opt(s.year() + b, 12, 31)?,
        ))
    };
    match (part, granularity) {
        (Part::Earlier, _) => {
            let a = article?;
            (whole.start <= a && a <= whole.end).then(|| Interval::new(whole.start, a))
        }
        (Part::Later, _) => {
            let a = article?;
            (whole.start <= a && a <= whole.end).then(|| Interval::new(a, whole.end))
        }
        (_, Granularity::Month) => match part {
            Part::Early => Some(Interval::new(s, add_days(9)?)),
            Part::Mid => Some(Interval::new(add_days(10)?, add_days(19)?)),
            _ => Some(Interval::new(add_days(20)?, whole.end)),
        },
        (_, Granularity::Year) => match part {
            Part::Early => months(1, 4),
            Part::Mid => months(5, 8),
            _ => months(9, 12),
        },
        (_, Granularity::Decade) => match part {
            Part::Early => years(0, 3),
            Part::Mid => years(4, 6),
            _ => years(7, 9),
        },
        (_, Granularity::Week) => match part {
            Part::Early => Some(Interval::new(s, add_days(2)?)),
            Part::Mid => Some(Interval::new(add_days(1)?, add_days(3)?)),
            _ => Some(Interval::new(add_days(4)?, add_days(6)?)),
        },
        _ => {
            let days = (whole.end - whole.start).num_days() + 1;
            let third = u64::try_from(days / 3).ok()?;
            match part {
                Part::Early => Some(Interval::new(s, add_days(third.saturating_sub(1))?)),
                Part::Mid => Some(Interval::new(
                    add_days(third)?,
                    add_days((2 * third).checked_sub(1)?)?,
                )),
                _ => Some(Interval::new(add_days(2 * third)?, whole.end)),
            }
        }
    }
}

fn absolute(expr: DateExpr, options: &DateOptions) -> Option<Interval> {
    match expr {
        DateExpr::WeekdayOfShifted {
            weekday,
            amount,
            unit,
            sign,
            base,
        } => {
            let day = absolute(
                DateExpr::Shifted {
                    amount,
                    unit,
                    sign,
                    base,
                },
                options,
            )?;
            weekday_in_week(day.start, weekday)
        }
        DateExpr::Shifted {
            amount,
            unit,
            sign,
            base,
        } => {
            let day = absolute(base.expr(), options)?.start;
            shift_date(day, i64::from(sign) * whole_count(amount)?, unit).map(Interval::day)
        }
        DateExpr::Day {
            year: Some(y),
            month,
            day,
        } => NaiveDate::from_ymd_opt(y, month, day).map(Interval::day),
        DateExpr::Month {
            year: Some(y),
            month,
        } => Interval::month(y, month),
        DateExpr::Year(y) => Interval::year(y),
        DateExpr::FiscalYear(YearRef::Named(end)) => {
            Interval::fiscal_year(end, options.fiscal_start?)
        }
        DateExpr::FiscalQuarter {
            year: YearRef::Named(end),
            quarter,
        } => Interval::fiscal_quarter(end, options.fiscal_start?, quarter),
        // With no fiscal year configured, "2023-24" is both years: the
        // span holds whichever fiscal year or season it names.
        DateExpr::YearPair(first) => match options.fiscal_start {
            Some(m) if m > 1 => Interval::fiscal_year(first + 1, m),
            _ => Some(Interval::new(
                Interval::year(first)?.start,
                Interval::year(first + 1)?.end,
            )),
        },
        DateExpr::Decade(y) => Some(Interval::new(
            NaiveDate::from_ymd_opt(y, 1, 1)?,
            NaiveDate::from_ymd_opt(y + 9, 12, 31)?,
        )),
        DateExpr::Century(y) => Some(Interval::new(
            NaiveDate::from_ymd_opt(y, 1, 1)?,
            NaiveDate::from_ymd_opt(y + 99, 12, 31)?,
        )),
        DateExpr::Season {
            year: Some(y),
            season,
            ..
        } => Interval::season_with(y, season, options.seasons),
        DateExpr::Quarter {
            year: Some(y),
            quarter,
        } => Interval::quarter(y, quarter),
        DateExpr::Half {
            year: Some(y),
            half,
        } => Interval::half(y, half),
        DateExpr::IsoWeek {
            year: Some(y),
            week,
        } => Interval::iso_week(y, week),
        DateExpr::YearSlice {
            year: YearRef::Named(y),
            unit,
            start,
            count,
        } => year_slice_interval(y, unit, start, count),
        DateExpr::InMonth {
            pick,
            month:
                MonthRef::Named {
                    year: Some(y),
                    month,
                },
        } => pick_in(Interval::month(y, month)?, pick),
        _ => None,
    }
}

/// A date anchored on one the text gave before: `anchor` (its interval
/// and granularity), `period` when the anchor is a reporting period (a
/// quarter, a half, a fiscal year, "the six months ended …"). `None` when
/// `expr` is not anchored or cannot stand on that anchor ("the year-ago
/// period" after a plain day). "a year ago" after a period is that period a
/// year earlier (results copy compares with the year-ago period).
pub fn resolve_anchored(
    expr: DateExpr,
    anchor: Interval,
    granularity: Granularity,
    period: bool,
) -> Option<(Interval, Granularity)> {
    // Shift a whole interval, keeping month ends: its day after moves.
    let shift_whole = |n: i64, unit: DurationUnit| -> Option<Interval> {
        let start = shift_date(anchor.start, n, unit)?;
        let after = shift_date(anchor.end.succ_opt()?, n, unit)?.pred_opt()?;
        Some(Interval::new(start, after.max(start)))
    };
    let one_day = anchor.start == anchor.end;
    let kept = if one_day {
        Granularity::Day
    } else {
        granularity
    };
    match expr {
        DateExpr::YearAgo
        | DateExpr::Ago {
            amount: 1.0,
            unit: DurationUnit::Year,
        } if period => Some((shift_whole(-1, DurationUnit::Year)?, kept)),
        DateExpr::Anchored {
            unit: DurationUnit::Day,
            sign,
            amount,
        } if sign != 0 => {
            let n = whole_count(amount)?;
            let from = if sign < 0 { anchor.start } else { anchor.end };
            let day = shift_date(from, i64::from(sign) * n, DurationUnit::Day)?;
            Some((Interval::day(day), Granularity::Day))
        }
        DateExpr::Anchored { amount, unit, sign } if sign != 0 => {
            let n = whole_count(amount)?;
            Some((shift_whole(i64::from(sign) * n, unit)?, kept))
        }
        // "the same month in 2009": the period holding the anchor, moved
        // to the year named.
        DateExpr::Anchored { unit, amount, .. } if amount >= 1000.0 => {
            let back = i64::from(anchor.start.year()) - whole_count(amount)?;
            let same = DateExpr::Anchored {
                amount: 0.0,
                unit,
                sign: 0,
            };
            let (held, g) = resolve_anchored(same, anchor, granularity, period)?;
            let start = shift_date(held.start, -back, DurationUnit::Year)?;
            let end = shift_date(held.end.succ_opt()?, -back, DurationUnit::Year)?.pred_opt()?;
            Some((Interval::new(start, end.max(start)), g))
        }
        DateExpr::Anchored { unit, .. } => {
            let d = anchor.start;
            match unit {
                DurationUnit::Day => Some((Interval::day(d), Granularity::Day)),
                DurationUnit::Week => Some((week_around(d, 0)?, Granularity::Week)),
                DurationUnit::Month => {
                    Some((Interval::month(d.year(), d.month())?, Granularity::Month))
                }
                DurationUnit::Year => Some((Interval::year(d.year())?, Granularity::Year)),
                _ => None,
            }
        }
        DateExpr::AnchoredPeriod {
            amount,
            unit,
            direction,
        } => {
            let n = whole_count(amount)?;
            let interval = if direction < 0 {
                let end = anchor.start.pred_opt()?;
                Interval::new(shift_date(anchor.start, -n, unit)?, end)
            } else {
                let start = anchor.end.succ_opt()?;
                Interval::new(start, shift_date(start, n, unit)?.pred_opt()?)
            };
            Some((interval, Granularity::Day))
        }
        _ => None,
    }
}

/// The given weekday (0 = Monday) of the ISO week holding `d`.
fn weekday_in_week(d: NaiveDate, weekday: u8) -> Option<Interval> {
    let monday = week_around(d, 0)?.start;
    monday
        .checked_add_days(Days::new(u64::from(weekday)))
        .map(Interval::day)
}

/// The ISO week holding `d`, moved by `shift` weeks.
fn week_around(d: NaiveDate, shift: i64) -> Option<Interval> {
    let back = u64::from(weekday_index(d));
    let monday = d.checked_sub_days(Days::new(back))?;
    let monday = shift_date(monday, 7 * shift, DurationUnit::Day)?;
    Some(Interval::new(
        monday,
        monday.checked_add_days(Days::new(6))?,
    ))
}

/// The picked day of a month.
fn pick_in(month: Interval, pick: Pick) -> Option<Interval> {
    let day = match pick {
        Pick::Day(d) => NaiveDate::from_ymd_opt(month.start.year(), month.start.month(), d)?,
        Pick::LastDay => month.end,
        Pick::Weekday { nth, weekday } if nth > 0 => {
            let first = i64::from(weekday) - i64::from(weekday_index(month.start));
            let offset = first.rem_euclid(7) + 7 * i64::from(nth - 1);
            month
                .start
                .checked_add_days(Days::new(u64::try_from(offset).ok()?))?
        }
        Pick::Weekday { weekday, nth } => {
            let back = (i64::from(weekday_index(month.end)) - i64::from(weekday)).rem_euclid(7)
                + 7 * (i64::from(nth).abs() - 1);
            month
                .end
                .checked_sub_days(Days::new(u64::try_from(back).ok()?))?
        }
        Pick::DayFromEnd(n) => month
            .end
            .checked_sub_days(Days::new(u64::from(n).checked_sub(1)?))?,
        Pick::WeekOf(d) => {
            let day = NaiveDate::from_ymd_opt(month.start.year(), month.start.month(), d)?;
            return week_around(day, 0);
        }
        Pick::Week(nth) => {
            // The week's Thursday is the nth (last) Thursday of the month.
            let thursday = pick_in(month, Pick::Weekday { nth, weekday: 3 })?.start;
            return week_around(thursday, 0);
        }
    };
    (month.start <= day && day <= month.end).then(|| Interval::day(day))
}

/// The day `day` of a month whose weekday is `weekday`: the latest on or
/// before the article date in the past tense, the first on or after it in
/// the future, otherwise as a bare weekday: the latest within three days
/// back, else the next.
fn weekday_day_near(anchor: NaiveDate, weekday: u8, day: u32, tense: Tense) -> Option<NaiveDate> {
    let first = NaiveDate::from_ymd_opt(anchor.year(), anchor.month(), 1)?;
    let candidates: Vec<NaiveDate> = (-36i64..=36)
        .filter_map(|k| {
            let m = Months::new(u32::try_from(k.unsigned_abs()).ok()?);
            let start = if k < 0 {
                first.checked_sub_months(m)?
            } else {
                first.checked_add_months(m)?
            };
            NaiveDate::from_ymd_opt(start.year(), start.month(), day)
        })
        .filter(|d| weekday_index(*d) == weekday)
        .collect();
    let back = candidates.iter().rev().find(|d| **d <= anchor).copied();
    let ahead = candidates.iter().find(|d| **d >= anchor).copied();
    match (tense, back, ahead) {
        (Tense::Past, b, _) => b,
        (Tense::Future, _, a) => a,
        (_, Some(b), _) if (anchor - b).num_days() <= 3 => Some(b),
        (_, b, a) => a.or(b),
    }
}

/// A yearless date takes the article's year, unless the tense says
/// otherwise: past and after the article ⇒ the year before; future and
/// before it ⇒ the year after.
fn in_article_year(
    anchor: NaiveDate,
    tense: Tense,
    make: impl Fn(i32) -> Option<Interval>,
) -> Option<Interval> {
    let here = make(anchor.year())?;
    match tense {
        Tense::Past if here.start > anchor => make(anchor.year() - 1),
        Tense::Future if here.end < anchor => make(anchor.year() + 1),
        _ => Some(here),
    }
}

/// The article date shifted by `n` units (negative: back).
pub fn shift_date(anchor: NaiveDate, n: i64, unit: DurationUnit) -> Option<NaiveDate> {
    let magnitude = n.unsigned_abs();
    let back = n < 0;
    let days = |d: u64| {
        if back {
            anchor.checked_sub_days(Days::new(d))
        } else {
            anchor.checked_add_days(Days::new(d))
        }
    };
    let months = |m: u64| {
        let m = Months::new(u32::try_from(m).ok()?);
        if back {
            anchor.checked_sub_months(m)
        } else {
            anchor.checked_add_months(m)
        }
    };
    match unit {
        DurationUnit::Day => days(magnitude),
        DurationUnit::Week => days(magnitude.checked_mul(7)?),
        DurationUnit::Month => months(magnitude),
        DurationUnit::Year => months(magnitude.checked_mul(12)?),
        _ => Some(anchor),
    }
}

/// A whole count of units, or `None` for fractions and absurd counts.
pub(super) fn whole_count(amount: f64) -> Option<i64> {
    (amount.fract() == 0.0 && (0.0..=100_000.0).contains(&amount)).then_some(amount as i64)
}

/// The calendar unit containing `anchor`, shifted by `shift` units.
pub(super) fn calendar_unit_interval(
    anchor: NaiveDate,
    unit: CalendarUnit,
    shift: i32,
) -> Option<Interval> {
    match unit {
        CalendarUnit::Week => {
            let monday = anchor.checked_sub_days(Days::new(u64::from(
                anchor.weekday().num_days_from_monday(),
            )))?;
            let start = shift_date(monday, i64::from(shift) * 7, DurationUnit::Day)?;
            Some(Interval::new(start, start.checked_add_days(Days::new(6))?))
        }
        CalendarUnit::Month => {
            let first = NaiveDate::from_ymd_opt(anchor.year(), anchor.month(), 1)?;
            let d = shift_date(first, i64::from(shift), DurationUnit::Month)?;
            Interval::month(d.year(), d.month())
        }
        CalendarUnit::Quarter => {
            let q0 = anchor.month0() / 3 + (anchor.year() * 4) as u32;
            let q = i64::from(q0) + i64::from(shift);
            let (y, q) = (q.div_euclid(4), q.rem_euclid(4) + 1);
            Interval::quarter(i32::try_from(y).ok()?, u32::try_from(q).ok()?)
        }
        CalendarUnit::Year => Interval::year(anchor.year() + shift),
        CalendarUnit::Decade => {
            let y = anchor.year().div_euclid(10) * 10 + 10 * shift;
            Some(Interval::new(
                NaiveDate::from_ymd_opt(y, 1, 1)?,
                NaiveDate::from_ymd_opt(y + 9, 12, 31)?,
            ))
        }
    }
}

fn relative_to(
    expr: DateExpr,
    anchor: NaiveDate,
    tense: Tense,
    options: &DateOptions,
) -> Option<Interval> {
    match expr {
        // 29 February outside a leap year: the leap day nearest by tense
        // (past: the one before, future: the one after, else the nearer).
        DateExpr::Day {
            month: 2, day: 29, ..
        } if NaiveDate::from_ymd_opt(anchor.year(), 2, 29).is_none() => {
            let leap = |y: i32| NaiveDate::from_ymd_opt(y, 2, 29);
            let back = (1..=8).find_map(|k| leap(anchor.year() - k));
            let ahead = (1..=8).find_map(|k| leap(anchor.year() + k));
            let day = match (tense, back, ahead) {
                (Tense::Past, b, _) => b,
                (Tense::Future, _, a) => a,
                (_, Some(b), Some(a)) if (a - anchor) < (anchor - b) => Some(a),
                (_, b, a) => b.or(a),
            };
            day.map(Interval::day)
        }
        DateExpr::Day { month, day, .. } => in_article_year(anchor, tense, |y| {
            NaiveDate::from_ymd_opt(y, month, day).map(Interval::day)
        }),
        DateExpr::Month { month, .. } => {
            in_article_year(anchor, tense, |y| Interval::month(y, month))
        }
        DateExpr::Quarter { quarter, .. } => {
            in_article_year(anchor, tense, |y| Interval::quarter(y, quarter))
        }
        DateExpr::Half { half, .. } => in_article_year(anchor, tense, |y| Interval::half(y, half)),
        DateExpr::IsoWeek { week, .. } => {
            in_article_year(anchor, tense, |y| Interval::iso_week(y, week))
        }
        DateExpr::YearSlice {
            year,
            unit,
            start,
            count,
        } => {
            let y = match year {
                YearRef::Named(y) => y,
                YearRef::Shifted(s) => anchor.year() + s,
            };
            year_slice_interval(y, unit, start, count)
        }
        DateExpr::Season {
            season,
            shift: None,
            ..
        } => in_article_year(anchor, tense, |y| {
            Interval::season_with(y, season, options.seasons)
        }),
        DateExpr::Season {
            season,
            shift: Some(shift),
            ..
        } => {
            let candidates: Vec<Interval> = (-2..=2)
                .filter_map(|d| Interval::season_with(anchor.year() + d, season, options.seasons))
                .collect();
            let current = candidates
                .iter()
                .find(|c| c.start <= anchor && anchor <= c.end);
            match shift {
                // "this summer" said in September: the one just past when
                // the clause is in the past tense, else the coming one.
                0 => current
                    .or_else(|| match tense {
                        Tense::Past => candidates.iter().rev().find(|c| c.end < anchor),
                        _ => candidates.iter().find(|c| c.start > anchor),
                    })
                    .copied(),
                1 => candidates.iter().find(|c| c.start > anchor).copied(),
                _ => candidates.iter().rev().find(|c| c.end < anchor).copied(),
            }
        }
        DateExpr::Weekday { weekday, shift } => {
            resolve_weekday(anchor, weekday, shift, tense).map(Interval::day)
        }
        DateExpr::Weekend(shift) => {
            // "the weekend": in the past tense the latest one begun by the
            // article date, otherwise this week's.
            let shift = shift.unwrap_or(match tense {
                Tense::Past if weekday_index(anchor) < 5 => -1,
                _ => 0,
            });
            let w = calendar_unit_interval(anchor, CalendarUnit::Week, shift)?;
            Some(Interval::new(
                w.start.checked_add_days(Days::new(5))?,
                w.end,
            ))
        }
        DateExpr::WeekdayCount { weekday, n } => {
            let today = i64::from(anchor.weekday().num_days_from_monday());
            let ahead = (i64::from(weekday) - today).rem_euclid(7);
            let first = if ahead == 0 { 7 } else { ahead };
            let back = (today - i64::from(weekday)).rem_euclid(7);
            let last = if back == 0 { 7 } else { back };
            let n = i64::from(n);
            let days = if n > 0 {
                first + 7 * (n - 1)
            } else {
                -(last + 7 * (-n - 1))
            };
            shift_date(anchor, days, DurationUnit::Day).map(Interval::day)
        }
        DateExpr::DayOffset(n) => {
            shift_date(anchor, i64::from(n), DurationUnit::Day).map(Interval::day)
        }
        DateExpr::InMonth { pick, month } => {
            let m = match month {
                MonthRef::Named {
                    year: Some(y),
                    month,
                } => Interval::month(y, month)?,
                MonthRef::Named { year: None, month } => {
                    in_article_year(anchor, tense, |y| Interval::month(y, month))?
                }
                MonthRef::Shifted(s) => calendar_unit_interval(anchor, CalendarUnit::Month, s)?,
            };
            pick_in(m, pick)
        }
        DateExpr::WeekdayOfWeek { weekday, week } => {
            let w = calendar_unit_interval(anchor, CalendarUnit::Week, week)?;
            w.start
                .checked_add_days(Days::new(u64::from(weekday)))
                .map(Interval::day)
        }
        DateExpr::WeekdayDay { weekday, day } => {
            weekday_day_near(anchor, weekday, day, tense).map(Interval::day)
        }
        DateExpr::MonthShift { month, shift } => {
            let y = anchor.year();
            let year = match shift {
                0 => y,
                // "after next" (2): a year after the next one.
                s if s > 0 => (if month > anchor.month() { y } else { y + 1 }) + (s - 1),
                _ => {
                    if month < anchor.month() {
                        y
                    } else {
                        y - 1
                    }
                }
            };
            Interval::month(year, month)
        }
        DateExpr::DayOfMonth(day) => {
            let here = NaiveDate::from_ymd_opt(anchor.year(), anchor.month(), day)?;
            let shift = match tense {
                Tense::Past if here > anchor => -1,
                Tense::Future if here < anchor => 1,
                _ => 0,
            };
            let m = calendar_unit_interval(anchor, CalendarUnit::Month, shift)?;
            pick_in(m, Pick::Day(day))
        }
        DateExpr::WeekOfDayOfMonth(day) => {
            let d = relative_to(DateExpr::DayOfMonth(day), anchor, tense, options)?;
            week_around(d.start, 0)
        }
        DateExpr::Unit { unit, shift } => calendar_unit_interval(anchor, unit, shift),
        DateExpr::Ago { amount, unit } => {
            shift_date(anchor, -whole_count(amount)?, unit).map(Interval::day)
        }
        DateExpr::Hence { amount, unit } => {
            shift_date(anchor, whole_count(amount)?, unit).map(Interval::day)
        }
        DateExpr::WeekdayOfShifted {
            weekday,
            amount,
            unit,
            sign,
            base,
        } => {
            let shifted = DateExpr::Shifted {
                amount,
                unit,
                sign,
                base,
            };
            let day = relative_to(shifted, anchor, tense, options)?;
            weekday_in_week(day.start, weekday)
        }
        DateExpr::Shifted {
            amount,
            unit,
            sign,
            base,
        } => {
            let b = base.expr();
            let day = if is_relative(b) {
                relative_to(b, anchor, tense, options)?
            } else {
                absolute(b, options)?
            };
            shift_date(day.start, i64::from(sign) * whole_count(amount)?, unit).map(Interval::day)
        }
        DateExpr::Period {
            amount,
            unit,
            direction,
        } => {
            let other = shift_date(
                anchor,
                whole_count(amount)? * i64::from(direction.signum()),
                unit,
            )?;
            Some(Interval::new(anchor, other))
        }
        DateExpr::BusinessDays { count, direction } => {
            let mut day = anchor;
            let mut left = count;
            while left > 0 {
                day = if direction < 0 {
                    day.pred_opt()?
                } else {
                    day.succ_opt()?
                };
                if day.weekday().num_days_from_monday() < 5 {
                    left -= 1;
                }
            }
            Some(Interval::new(anchor.min(day), anchor.max(day)))
        }
        DateExpr::AnchoredPeriod {
            amount,
            unit,
            direction,
        } => relative_to(
            DateExpr::Period {
                amount,
                unit,
                direction,
            },
            anchor,
            tense,
            options,
        ),
        DateExpr::FiscalYear(YearRef::Shifted(shift)) => {
            let m = options.fiscal_start?;
            Interval::fiscal_year(Interval::fiscal_year_of(anchor, m) + shift, m)
        }
        DateExpr::FiscalQuarter {
            year: YearRef::Shifted(shift),
            quarter,
        } => {
            let m = options.fiscal_start?;
            Interval::fiscal_quarter(Interval::fiscal_year_of(anchor, m) + shift, m, quarter)
        }
        DateExpr::Vague => None,
        _ => absolute(expr, options),
    }
}

/// Past tense ⇒ the latest such day on or before the article date; future ⇒
/// the next after it; otherwise the nearest within three days. "next X" is
/// the next after the article date, "last X" the latest before it, "this X"
/// the one in the article's ISO week.
fn resolve_weekday(
    anchor: NaiveDate,
    weekday: u8,
    shift: Option<i32>,
    tense: Tense,
) -> Option<NaiveDate> {
    let today = i64::from(anchor.weekday().num_days_from_monday());
    let back = (today - i64::from(weekday)).rem_euclid(7); // days back to the latest on/before
    let latest = anchor.checked_sub_days(Days::new(back as u64))?;
    let forward = (i64::from(weekday) - today).rem_euclid(7);
    let next = anchor.checked_add_days(Days::new(if forward == 0 { 7 } else { forward } as u64))?;
    match (shift, tense) {
        (Some(SHIFT_COMING), _) => Some(next),
        (Some(SHIFT_PAST), _) => {
            anchor.checked_sub_days(Days::new(if back == 0 { 7 } else { back } as u64))
        }
        // "next Wednesday": that day of next week, as DESIGN names "next
        // week" the whole next calendar week.
        (Some(1), _) => {
            let monday = anchor.checked_sub_days(Days::new(today as u64))?;
            monday.checked_add_days(Days::new(7 + u64::from(weekday)))
        }
        // "Friday after next": a week after the next one.
        (Some(2), _) => next.checked_add_days(Days::new(7)),
        // "last Wednesday": that day of last week, as "next Wednesday" is
        // next week's.
        (Some(-1), _) => {
            let monday = anchor.checked_sub_days(Days::new(today as u64 + 7))?;
            monday.checked_add_days(Days::new(u64::from(weekday)))
        }
        (Some(_), _) => {
            let monday = anchor.checked_sub_days(Days::new(today as u64))?;
            monday.checked_add_days(Days::new(u64::from(weekday)))
        }
        (None, Tense::Past) => Some(latest),
        (None, Tense::Future) => Some(next),
        (None, Tense::Present) => Some(if back <= 3 { latest } else { next }),
    }
}

/// The weekday of a date, 0 = Monday.
pub fn weekday_index(d: NaiveDate) -> u8 {
    match d.weekday() {
        Weekday::Mon => 0,
        Weekday::Tue => 1,
        Weekday::Wed => 2,
        Weekday::Thu => 3,
        Weekday::Fri => 4,
        Weekday::Sat => 5,
        Weekday::Sun => 6,
    }
}

/// A day and month that no year has ("February 30", "June 31"), or the
/// 29th of February in a year that is not a leap year.
pub fn impossible_day(year: Option<i32>, month: u32, day: u32) -> bool {
    let max = match month {
        2 => match year {
            Some(y) if NaiveDate::from_ymd_opt(y, 2, 29).is_none() => 28,
            _ => 29,
        },
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    day > max
}

#[cfg(test)]
mod tests;
