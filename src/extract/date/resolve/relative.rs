//! Resolution of dates counted from the article date, by DESIGN's
//! conventions and the tense: "yesterday", "last week", "next month",
//! "three years ago", "in two weeks", "this quarter", "the past 12
//! months", "on Monday", and a yearless "on March 31" or "by June" (the
//! article's year, or the one before or after as the tense says).

use super::absolute::pick_in;
use super::*;

pub(super) fn relative_to(
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
        // The span whose end lies nearest the article date (the earlier
        // at a tie): the one just closed, or the one about to close; one
        // that "ended" ("the quarter ended June 30"), the latest closed by
        // then.
        DateExpr::MonthsTo {
            months,
            month,
            day,
            year: None,
            closed,
        } => {
            let spans = (anchor.year() - 1..=anchor.year() + 1)
                .filter_map(|y| months_to(months, month, day, y));
            let latest = spans
                .clone()
                .filter(|i| i.end <= anchor)
                .max_by_key(|i| i.end);
            match latest {
                Some(i) if closed => Some(i),
                _ => spans.min_by_key(|i| (i.end - anchor).num_days().abs()),
            }
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
        // A future weekday that is the article's own is that day: wire
        // copy names today by its weekday ("the data will be released late
        // Tuesday", filed on a Tuesday morning); a week on takes "next".
        (None, Tense::Future) => anchor.checked_add_days(Days::new(forward as u64)),
        (None, Tense::Present) => Some(if back <= 3 { latest } else { next }),
    }
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
