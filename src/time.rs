//! Calendar vocabulary shared by extraction, reference data and judging:
//! inclusive date intervals and their granularity.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

/// How coarse a date expression is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Granularity {
    Day,
    Week,
    Month,
    Season,
    Quarter,
    Half,
    Year,
    Decade,
}

/// An inclusive interval of calendar days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Interval {
    pub start: NaiveDate,
    pub end: NaiveDate,
}

impl Interval {
    pub fn new(start: NaiveDate, end: NaiveDate) -> Self {
        if start <= end {
            Interval { start, end }
        } else {
            Interval {
                start: end,
                end: start,
            }
        }
    }

    pub fn day(d: NaiveDate) -> Self {
        Interval { start: d, end: d }
    }

    /// Whether the two intervals share at least one day.
    pub fn intersects(&self, other: &Interval) -> bool {
        self.start <= other.end && other.start <= self.end
    }

    /// The whole calendar month, if the month exists.
    pub fn month(year: i32, month: u32) -> Option<Self> {
        let start = NaiveDate::from_ymd_opt(year, month, 1)?;
        Some(Interval {
            start,
            end: last_day_of_month(year, month)?,
        })
    }

    pub fn year(year: i32) -> Option<Self> {
        Some(Interval {
            start: NaiveDate::from_ymd_opt(year, 1, 1)?,
            end: NaiveDate::from_ymd_opt(year, 12, 31)?,
        })
    }

    /// Months `first..=last` (1-based) of `year`; `last` may exceed 12 to
    /// run into the next year (winter: 12..=14).
    pub fn months(year: i32, first: u32, last: u32) -> Option<Self> {
        let start = NaiveDate::from_ymd_opt(year, first, 1)?;
        let (end_year, end_month) = (year + ((last - 1) / 12) as i32, (last - 1) % 12 + 1);
        Some(Interval {
            start,
            end: last_day_of_month(end_year, end_month)?,
        })
    }

    /// Calendar quarter 1..=4.
    pub fn quarter(year: i32, q: u32) -> Option<Self> {
        if !(1..=4).contains(&q) {
            return None;
        }
        Self::months(year, 3 * q - 2, 3 * q)
    }

    /// Calendar half 1..=2.
    pub fn half(year: i32, h: u32) -> Option<Self> {
        if !(1..=2).contains(&h) {
            return None;
        }
        Self::months(year, 6 * h - 5, 6 * h)
    }

    /// A meteorological season of the northern hemisphere.
    pub fn season(year: i32, season: Season) -> Option<Self> {
        let (first, last) = season.months();
        Self::months(year, first, last)
    }
}

/// The four seasons; meteorological, northern hemisphere.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Season {
    Spring,
    Summer,
    Fall,
    Winter,
}

impl Season {
    /// First and last month; winter runs from December into the next year.
    pub fn months(self) -> (u32, u32) {
        match self {
            Season::Spring => (3, 5),
            Season::Summer => (6, 8),
            Season::Fall => (9, 11),
            Season::Winter => (12, 14),
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Season::Spring => "spring",
            Season::Summer => "summer",
            Season::Fall => "fall",
            Season::Winter => "winter",
        }
    }
}

pub fn last_day_of_month(year: i32, month: u32) -> Option<NaiveDate> {
    let (ny, nm) = if month == 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    NaiveDate::from_ymd_opt(ny, nm, 1)?.pred_opt()
}

pub const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// "June 2022", "May 11, 2022", "2022" … an interval written at a granularity.
pub fn describe(interval: &Interval, granularity: Granularity) -> String {
    let s = interval.start;
    let month_name = |d: NaiveDate| MONTH_NAMES.get(d.month0() as usize).copied().unwrap_or("?");
    match granularity {
        Granularity::Day if interval.start == interval.end => {
            format!("{} {}, {}", month_name(s), s.day(), s.year())
        }
        Granularity::Month => format!("{} {}", month_name(s), s.year()),
        Granularity::Year => format!("{}", s.year()),
        Granularity::Season => {
            let season = match s.month() {
                3..=5 => "spring",
                6..=8 => "summer",
                9..=11 => "fall",
                _ => "winter",
            };
            format!("the {season} of {}", s.year())
        }
        Granularity::Quarter => {
            let q = s.month0() / 3 + 1;
            let ord = ["first", "second", "third", "fourth"];
            format!(
                "the {} quarter of {}",
                ord.get(q as usize - 1).copied().unwrap_or("?"),
                s.year()
            )
        }
        Granularity::Half => {
            let h = if s.month() <= 6 { "first" } else { "second" };
            format!("the {h} half of {}", s.year())
        }
        Granularity::Decade => format!("the {}s", s.year() / 10 * 10),
        _ => {
            if interval.start == interval.end {
                format!("{} {}, {}", month_name(s), s.day(), s.year())
            } else {
                format!("{} … {}", interval.start, interval.end)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn seasons_are_meteorological() {
        let fall = Interval::season(2021, Season::Fall).unwrap();
        assert_eq!((fall.start, fall.end), (d(2021, 9, 1), d(2021, 11, 30)));
        let winter = Interval::season(2021, Season::Winter).unwrap();
        assert_eq!((winter.start, winter.end), (d(2021, 12, 1), d(2022, 2, 28)));
    }

    #[test]
    fn quarters_and_halves() {
        let q2 = Interval::quarter(2022, 2).unwrap();
        assert_eq!((q2.start, q2.end), (d(2022, 4, 1), d(2022, 6, 30)));
        let h2 = Interval::half(2022, 2).unwrap();
        assert_eq!((h2.start, h2.end), (d(2022, 7, 1), d(2022, 12, 31)));
        assert!(Interval::quarter(2022, 5).is_none());
    }

    #[test]
    fn describes_at_granularity() {
        let june = Interval::month(2022, 6).unwrap();
        assert_eq!(describe(&june, Granularity::Month), "June 2022");
        assert_eq!(
            describe(&Interval::day(d(2022, 5, 11)), Granularity::Day),
            "May 11, 2022"
        );
    }
}
