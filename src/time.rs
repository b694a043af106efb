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
    Century,
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

    /// A season of `year` under a convention; a season that runs into the
    /// next year (northern winter, southern summer) starts in `year`.
    pub fn season_with(year: i32, season: Season, convention: SeasonConvention) -> Option<Self> {
        match convention {
            SeasonConvention::MeteorologicalNorth => Self::season(year, season),
            SeasonConvention::MeteorologicalSouth => {
                let (first, last) = season.months();
                // Six months on: southern spring is September to November.
                let (first, last) = if first >= 7 {
                    (first - 6, last - 6)
                } else {
                    (first + 6, last + 6)
                };
                Self::months(year, first, last)
            }
            SeasonConvention::Astronomical => {
                // Fixed equinox and solstice days (they move by a day or so).
                let (sm, sd, em, ed, next) = match season {
                    Season::Spring => (3, 20, 6, 20, 0),
                    Season::Summer => (6, 21, 9, 22, 0),
                    Season::Fall => (9, 23, 12, 20, 0),
                    Season::Winter => (12, 21, 3, 19, 1),
                };
                Some(Interval::new(
                    NaiveDate::from_ymd_opt(year, sm, sd)?,
                    NaiveDate::from_ymd_opt(year + next, em, ed)?,
                ))
            }
        }
    }

    /// ISO week `week` of ISO year `year` (Monday to Sunday).
    pub fn iso_week(year: i32, week: u32) -> Option<Self> {
        let monday = NaiveDate::from_isoywd_opt(year, week, chrono::Weekday::Mon)?;
        let sunday = NaiveDate::from_isoywd_opt(year, week, chrono::Weekday::Sun)?;
        Some(Interval::new(monday, sunday))
    }
}

/// How seasons map to the calendar (the `seasons:` config).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SeasonConvention {
    /// DESIGN's default: spring = March–May, winter = December–February.
    #[default]
    MeteorologicalNorth,
    /// Southern hemisphere: spring = September–November.
    MeteorologicalSouth,
    /// Northern, from equinox and solstice: spring = March 20 – June 20.
    Astronomical,
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
        Granularity::Century => format!("{} … {}", s.year(), interval.end.year()),
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
    fn seasons_under_other_conventions() {
        let s = |y, season, c| {
            let i = Interval::season_with(y, season, c).unwrap();
            (i.start, i.end)
        };
        use SeasonConvention::*;
        assert_eq!(
            s(2021, Season::Winter, MeteorologicalNorth),
            (d(2021, 12, 1), d(2022, 2, 28))
        );
        assert_eq!(
            s(2021, Season::Spring, MeteorologicalSouth),
            (d(2021, 9, 1), d(2021, 11, 30))
        );
        assert_eq!(
            s(2021, Season::Summer, MeteorologicalSouth),
            (d(2021, 12, 1), d(2022, 2, 28))
        );
        assert_eq!(
            s(2013, Season::Summer, Astronomical),
            (d(2013, 6, 21), d(2013, 9, 22))
        );
        assert_eq!(
            s(2012, Season::Winter, Astronomical),
            (d(2012, 12, 21), d(2013, 3, 19))
        );
    }

    #[test]
    fn iso_weeks_cross_year_ends() {
        // ISO week 1 of 2021 starts on Monday 4 January; week 53 of 2020
        // ends on Sunday 3 January 2021.
        let w = Interval::iso_week(2021, 1).unwrap();
        assert_eq!((w.start, w.end), (d(2021, 1, 4), d(2021, 1, 10)));
        let w = Interval::iso_week(2020, 53).unwrap();
        assert_eq!((w.start, w.end), (d(2020, 12, 28), d(2021, 1, 3)));
        assert!(Interval::iso_week(2021, 53).is_none());
        let w = Interval::iso_week(2019, 1).unwrap();
        assert_eq!(w.start, d(2018, 12, 31));
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
