//! Resolution of dates the text writes out in full, which need no article
//! date: a day, a month, a year ("March 3, 2020", "June 2022", "2021"),
//! fiscal years and quarters, a year pair ("2023-24"), decades, centuries,
//! seasons, quarters and halves ("Q3 2020", "the first half of 2021"), ISO
//! weeks, a day picked in a month ("the first Monday of June 2021"), and
//! whether a day and month exist at all ("February 30").

use super::*;

pub(super) fn absolute(expr: DateExpr, options: &DateOptions) -> Option<Interval> {
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
        DateExpr::MonthsTo {
            months,
            month,
            day,
            year: Some(y),
            ..
        } => months_to(months, month, day, y),
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
            ..
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

/// The picked day of a month.
pub(super) fn pick_in(month: Interval, pick: Pick) -> Option<Interval> {
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
