//! Resolution of a date anchored on one the text gave before ("a month
//! earlier", "the day before", "the following two years", "the year-ago
//! period"), once [`super::super::anchor`] has found the date it stands
//! on.

use super::*;

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
        // "the corresponding period in 2018": the span itself, moved to
        // the year named.
        DateExpr::PeriodIn(year) => {
            let back = i64::from(year) - i64::from(anchor.start.year());
            Some((shift_whole(back, DurationUnit::Year)?, kept))
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
