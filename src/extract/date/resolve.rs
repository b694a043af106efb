//! Resolution: a [`DateExpr`] to the interval it names, by the article date
//! and the tense (DESIGN's "Resolution conventions").

use super::calendar::year_slice_interval;
use super::relative::{SHIFT_COMING, SHIFT_PAST};
use super::{CalendarUnit, DateExpr, DateOptions, MonthRef, Part, Pick, SliceUnit, YearRef};
use crate::extract::claim::{DurationUnit, Tense};
use crate::time::{Granularity, Interval};
use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

mod absolute;
mod anchored;
mod range;
mod relative;

use absolute::absolute;
pub use absolute::impossible_day;
pub use anchored::resolve_anchored;
pub use range::resolve_range;
use relative::relative_to;

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
        | DateExpr::PeriodIn(_)
        | DateExpr::Vague => Granularity::Day,
        DateExpr::MonthShift { .. } => Granularity::Month,
        DateExpr::Month { .. } => Granularity::Month,
        // Whole months, unless a day that is not the month's last ends it.
        DateExpr::MonthsTo { day, .. } => match day {
            Some(d) if d < 28 => Granularity::Day,
            _ => Granularity::Month,
        },
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
        | DateExpr::IsoWeek { year, .. }
        | DateExpr::MonthsTo { year, .. } => year.is_none(),
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
        DateExpr::Vague | DateExpr::Anchored { .. } | DateExpr::YearAgo | DateExpr::PeriodIn(_) => {
            false
        }
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

/// The article date shifted by `n` units (negative: back).
/// The `months` whole months ending with `month` of `year` ("the nine
/// months to December 2018": April to December); with its `day` written,
/// the months ending that day ("the six months to June 30": January to
/// June; "the three months that ended Dec. 2": September 3 to December 2).
pub(super) fn months_to(months: u32, month: u32, day: Option<u32>, year: i32) -> Option<Interval> {
    let last = Interval::month(year, month)?;
    let (end, after) = match day {
        Some(d) => {
            let end = NaiveDate::from_ymd_opt(year, month, d)?;
            (end, end.succ_opt()?)
        }
        None => (last.end, last.end.succ_opt()?),
    };
    let start = shift_date(after, -i64::from(months), DurationUnit::Month)?;
    Some(Interval::new(start, end))
}

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

/// The given weekday (0 = Monday) of the ISO week holding `d`.
fn weekday_in_week(d: NaiveDate, weekday: u8) -> Option<Interval> {
    let monday = week_around(d, 0)?.start;
    monday
        .checked_add_days(Days::new(u64::from(weekday)))
        .map(Interval::day)
}

#[cfg(test)]
mod tests;
