//! Resolution of a range "from A to B": A's start to B's end. A year
//! written only at the end belongs to both ("from May to Oct 2020"); a
//! range with no year at all ("between August and October") is one date,
//! placed by the tense as a whole; a yearless end lies on or after the
//! start.

use super::*;

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
