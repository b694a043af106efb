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

    /// The fiscal year that ends in `end_year`, for a year starting on the
    /// first of `start_month` (1..=12): with July, fiscal 2025 is
    /// 2024-07-01 … 2025-06-30; with January it is the calendar year.
    pub fn fiscal_year(end_year: i32, start_month: u32) -> Option<Self> {
        if !(1..=12).contains(&start_month) {
            return None;
        }
        if start_month == 1 {
            return Self::year(end_year);
        }
        Self::months(end_year - 1, start_month, start_month + 11)
    }

    /// Quarter `q` (1..=4) of the fiscal year ending in `end_year`.
    pub fn fiscal_quarter(end_year: i32, start_month: u32, q: u32) -> Option<Self> {
        if !(1..=4).contains(&q) {
            return None;
        }
        let year = Self::fiscal_year(end_year, start_month)?;
        let first = start_month + 3 * (q - 1);
        Self::months(
            year.start.year() + ((first - 1) / 12) as i32,
            (first - 1) % 12 + 1,
            (first - 1) % 12 + 3,
        )
    }

    /// The end year of the fiscal year holding `day` (fiscal years named
    /// by the year they end in).
    pub fn fiscal_year_of(day: NaiveDate, start_month: u32) -> i32 {
        if start_month > 1 && day.month() >= start_month {
            day.year() + 1
        } else {
            day.year()
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

/// A month named in configuration ("july", "Jul", "7") → 1..=12.
pub fn month_from_name(s: &str) -> Option<u32> {
    let s = s.trim();
    if let Ok(n) = s.parse::<u32>() {
        return (1..=12).contains(&n).then_some(n);
    }
    let lower = s.to_ascii_lowercase();
    MONTH_NAMES.iter().zip(1..).find_map(|(name, n)| {
        let name = name.to_ascii_lowercase();
        (lower == name || (lower.len() == 3 && name.starts_with(&lower))).then_some(n)
    })
}

/// "June 2022", "May 11, 2022", "2022" … an interval written at a granularity.
pub fn describe(interval: &Interval, granularity: Granularity) -> String {
    let s = interval.start;
    let month_name = |d: NaiveDate| MONTH_NAMES.get(d.month0() as usize).copied().unwrap_or("?");
    match granularity {
        Granularity::Day if interval.start == interval.end => {
            format!("{} {}, {}", month_name(s), s.day(), s.year())
        }
        Granularity::Month => format!("{} {}", month_name(s), s.year()),
        // A fiscal year runs across two calendar years.
        Granularity::Year if s.month() != 1 || s.day() != 1 => {
            format!("the year {} … {}", interval.start, interval.end)
        }
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
        Granularity::Quarter if s.month0() % 3 != 0 => {
            format!("the quarter {} … {}", interval.start, interval.end)
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
    fn fiscal_years_are_named_by_the_year_they_end_in() {
        let fy = |end, m| {
            let i = Interval::fiscal_year(end, m).unwrap();
            (i.start, i.end)
        };
        assert_eq!(fy(2015, 7), (d(2014, 7, 1), d(2015, 6, 30)));
        assert_eq!(fy(2024, 4), (d(2023, 4, 1), d(2024, 3, 31)));
        assert_eq!(fy(2011, 10), (d(2010, 10, 1), d(2011, 9, 30)));
        assert_eq!(fy(2020, 1), (d(2020, 1, 1), d(2020, 12, 31)));
        assert!(Interval::fiscal_year(2020, 13).is_none());
        let q = |end, m, q| {
            let i = Interval::fiscal_quarter(end, m, q).unwrap();
            (i.start, i.end)
        };
        // India's third quarter of 2018-19 is October to December 2018.
        assert_eq!(q(2019, 4, 3), (d(2018, 10, 1), d(2018, 12, 31)));
        assert_eq!(q(2019, 4, 4), (d(2019, 1, 1), d(2019, 3, 31)));
        assert_eq!(q(2024, 10, 1), (d(2023, 10, 1), d(2023, 12, 31)));
        assert_eq!(q(2024, 11, 1), (d(2023, 11, 1), d(2024, 1, 31)));
        assert_eq!(Interval::fiscal_year_of(d(2019, 2, 14), 4), 2019);
        assert_eq!(Interval::fiscal_year_of(d(2018, 4, 1), 4), 2019);
        assert_eq!(Interval::fiscal_year_of(d(2018, 4, 1), 1), 2018);
    }

    #[test]
    fn fiscal_periods_are_described_by_their_days() {
        let fy = Interval::fiscal_year(2015, 7).unwrap();
        assert_eq!(
            describe(&fy, Granularity::Year),
            "the year 2014-07-01 … 2015-06-30"
        );
        let q = Interval::fiscal_quarter(2024, 11, 1).unwrap();
        assert_eq!(
            describe(&q, Granularity::Quarter),
            "the quarter 2023-11-01 … 2024-01-31"
        );
        assert_eq!(
            describe(&Interval::year(2015).unwrap(), Granularity::Year),
            "2015"
        );
    }

    #[test]
    fn months_by_name_or_number() {
        assert_eq!(month_from_name("july"), Some(7));
        assert_eq!(month_from_name("Oct"), Some(10));
        assert_eq!(month_from_name(" April "), Some(4));
        assert_eq!(month_from_name("4"), Some(4));
        assert_eq!(month_from_name("13"), None);
        assert_eq!(month_from_name("ju"), None);
        assert_eq!(month_from_name("fiscal"), None);
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
