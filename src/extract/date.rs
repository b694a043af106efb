//! Dates: absolute ("June 29, 2021", "29 June 2021", "2021-06-29"),
//! month-year, years, seasons ("the fall of 2021", "this autumn"), weekdays
//! ("on Monday") and "N days ago", each with an optional relation
//! ("by", "in", "on" …), and their resolution against the article date.

use chrono::{Datelike, Days, Months, NaiveDate};
use nom::branch::alt;
use nom::bytes::complete::{tag, take_while1, take_while_m_n};
use nom::character::complete::char;
use nom::combinator::opt;
use nom::sequence::{preceded, terminated};
use nom::Parser;

use crate::extract::claim::{DurationUnit, Relation, Tense};
use crate::extract::duration::duration_unit;
use crate::extract::grammar::phrase_from;
use crate::extract::grammar::{consumed, kw, sp, word_end, Res};
use crate::extract::lexicon::{lookup, MONTHS, RELATIONS, WEEKDAYS};
use crate::extract::number::numeral;
use crate::time::{Granularity, Interval, Season};

/// A date expression before resolution.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum DateExpr {
    Day {
        year: Option<i32>,
        month: u32,
        day: u32,
    },
    Month {
        year: Option<i32>,
        month: u32,
    },
    Year(i32),
    /// `shift`: this = 0, next = 1, last = −1.
    Season {
        year: Option<i32>,
        season: Season,
        shift: Option<i32>,
    },
    Weekday {
        weekday: u8,
        shift: Option<i32>,
    },
    /// "two weeks ago"
    Ago {
        amount: f64,
        unit: DurationUnit,
    },
}

/// A date claim as the grammar reads it; offsets relative to its input.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ParsedDate {
    pub relation: Option<Relation>,
    pub expr: DateExpr,
    /// A weekday written beside a full date ("Tuesday, June 29, 2021").
    pub weekday: Option<u8>,
    /// Where the expression starts (after the relation).
    pub expr_start: usize,
    pub len: usize,
}

fn fail<T>(i: &str) -> Res<'_, T> {
    Err(nom::Err::Error(nom::error::Error::new(
        i,
        nom::error::ErrorKind::Verify,
    )))
}

/// A capitalised month name or abbreviation ("June", "Dec.", "Sept").
pub fn month_name(i: &str) -> Res<'_, u32> {
    let (rest, w) = take_while1(|c: char| c.is_ascii_alphabetic()).parse(i)?;
    if !w.starts_with(|c: char| c.is_ascii_uppercase()) {
        return fail(i);
    }
    let Some(m) = lookup(MONTHS, w) else {
        return fail(i);
    };
    // Abbreviations may carry a period.
    let rest = if w.len() <= 4 {
        opt(char('.')).parse(rest)?.0
    } else {
        rest
    };
    Ok((rest, m))
}

/// A capitalised weekday name ("Monday").
pub fn weekday_name(i: &str) -> Res<'_, u8> {
    let (rest, w) = take_while1(|c: char| c.is_ascii_alphabetic()).parse(i)?;
    if !w.starts_with(|c: char| c.is_ascii_uppercase()) {
        return fail(i);
    }
    match lookup(WEEKDAYS, w) {
        Some(d) => Ok((rest, d)),
        None => fail(i),
    }
}

/// A day of the month, with an optional ordinal suffix ("29", "29th").
pub fn day_number(i: &str) -> Res<'_, u32> {
    let (rest, d) = take_while_m_n(1, 2, |c: char| c.is_ascii_digit()).parse(i)?;
    let (rest, _) = opt(alt((tag("st"), tag("nd"), tag("rd"), tag("th")))).parse(rest)?;
    word_end(rest)?;
    match d.parse::<u32>() {
        Ok(n) if (1..=31).contains(&n) => Ok((rest, n)),
        _ => fail(i),
    }
}

/// A four-digit year, 1000–2999.
pub fn year_number(i: &str) -> Res<'_, i32> {
    let (rest, y) = take_while_m_n(4, 4, |c: char| c.is_ascii_digit()).parse(i)?;
    word_end(rest)?;
    if rest.starts_with(',')
        && rest
            .get(1..)
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
    {
        return fail(i);
    }
    match y.parse::<i32>() {
        Ok(n) if (1000..=2999).contains(&n) => Ok((rest, n)),
        _ => fail(i),
    }
}

/// ", 2021" or " 2021" after a day.
fn year_suffix(i: &str) -> Res<'_, i32> {
    preceded((opt(char(',')), sp), year_number).parse(i)
}

/// "2021-06-29"
pub fn iso_date(i: &str) -> Res<'_, DateExpr> {
    let (rest, (y, _, m, _, d)) = (
        take_while_m_n(4, 4, |c: char| c.is_ascii_digit()),
        char('-'),
        take_while_m_n(2, 2, |c: char| c.is_ascii_digit()),
        char('-'),
        take_while_m_n(2, 2, |c: char| c.is_ascii_digit()),
    )
        .parse(i)?;
    word_end(rest)?;
    match (y.parse(), m.parse(), d.parse()) {
        (Ok(year), Ok(month), Ok(day)) if (1..=12).contains(&month) && (1..=31).contains(&day) => {
            Ok((
                rest,
                DateExpr::Day {
                    year: Some(year),
                    month,
                    day,
                },
            ))
        }
        _ => fail(i),
    }
}

/// "June 29, 2021", "June 29th", "Dec. 5, 2019"
pub fn month_day_year(i: &str) -> Res<'_, DateExpr> {
    let (rest, (month, _, day)) = (month_name, sp, day_number).parse(i)?;
    let (rest, year) = opt(year_suffix).parse(rest)?;
    Ok((rest, DateExpr::Day { year, month, day }))
}

/// "29 June 2021", "the 29th of June"
pub fn day_month_year(i: &str) -> Res<'_, DateExpr> {
    let (rest, (_, day, _, _, month)) = (
        opt((kw("the"), sp)),
        day_number,
        opt((sp, kw("of"))),
        sp,
        month_name,
    )
        .parse(i)?;
    let (rest, year) = opt(year_suffix).parse(rest)?;
    Ok((rest, DateExpr::Day { year, month, day }))
}

/// "June 2022", "June of 2022"
pub fn month_year(i: &str) -> Res<'_, DateExpr> {
    let (rest, (month, _, _, year)) =
        (month_name, sp, opt((kw("of"), sp)), year_number).parse(i)?;
    Ok((
        rest,
        DateExpr::Month {
            year: Some(year),
            month,
        },
    ))
}

/// A season word.
pub fn season_word(i: &str) -> Res<'_, Season> {
    alt((
        kw("spring").map(|_| Season::Spring),
        kw("summer").map(|_| Season::Summer),
        kw("fall").map(|_| Season::Fall),
        kw("autumn").map(|_| Season::Fall),
        kw("winter").map(|_| Season::Winter),
    ))
    .parse(i)
}

/// "this", "next", "last" → 0, 1, −1.
pub fn shift_word(i: &str) -> Res<'_, i32> {
    alt((
        kw("this").map(|_| 0),
        kw("next").map(|_| 1),
        kw("last").map(|_| -1),
        kw("past").map(|_| -1),
    ))
    .parse(i)
}

/// "the fall of 2021", "fall 2021", "this autumn", "next spring"
pub fn season_with_year(i: &str) -> Res<'_, DateExpr> {
    let (rest, (_, season, _, year)) = (
        opt((kw("the"), sp)),
        season_word,
        alt(((sp, kw("of"), sp).map(|_| ()), sp.map(|_| ()))),
        year_number,
    )
        .parse(i)?;
    Ok((
        rest,
        DateExpr::Season {
            year: Some(year),
            season,
            shift: None,
        },
    ))
}

fn shifted_season(i: &str) -> Res<'_, DateExpr> {
    let (rest, (shift, _, season)) = (shift_word, sp, season_word).parse(i)?;
    Ok((
        rest,
        DateExpr::Season {
            year: None,
            season,
            shift: Some(shift),
        },
    ))
}

/// "the fall" (only after "in"/"during"/"by": alone it is too often a noun).
fn bare_season(i: &str) -> Res<'_, DateExpr> {
    let (rest, season) = preceded((kw("the"), sp), season_word).parse(i)?;
    Ok((
        rest,
        DateExpr::Season {
            year: None,
            season,
            shift: None,
        },
    ))
}

/// "Monday", "next Friday"
pub fn weekday_expr(i: &str) -> Res<'_, DateExpr> {
    let (rest, (shift, weekday)) = (opt(terminated(shift_word, sp)), weekday_name).parse(i)?;
    Ok((rest, DateExpr::Weekday { weekday, shift }))
}

/// "two weeks ago"
fn ago(i: &str) -> Res<'_, DateExpr> {
    let (rest, (n, _, unit, _, _)) = (numeral, sp, duration_unit, sp, kw("ago")).parse(i)?;
    Ok((
        rest,
        DateExpr::Ago {
            amount: n.value,
            unit,
        },
    ))
}

/// A weekday before a full date: "Tuesday, " or "Tuesday ".
fn weekday_prefix(i: &str) -> Res<'_, u8> {
    terminated(weekday_name, (opt(char(',')), sp)).parse(i)
}

/// A date expression that stands without a relation word.
fn standalone_expr(i: &str) -> Res<'_, (Option<u8>, DateExpr)> {
    let (rest, weekday) = opt(weekday_prefix).parse(i)?;
    let (rest, expr) = alt((
        iso_date,
        month_year,
        month_day_year,
        day_month_year,
        season_with_year,
        shifted_season,
        ago,
    ))
    .parse(rest)?;
    Ok((rest, (weekday, expr)))
}

/// Expressions that need a relation word before them ("in June", "in 2019",
/// "in the fall").
fn relation_expr(i: &str) -> Res<'_, DateExpr> {
    alt((
        |i| month_name(i).map(|(r, month)| (r, DateExpr::Month { year: None, month })),
        |i| year_number(i).map(|(r, y)| (r, DateExpr::Year(y))),
        bare_season,
    ))
    .parse(i)
}

/// A relation phrase: "by", "no later than", "in" …
pub fn relation(i: &str) -> Res<'_, Relation> {
    let (rest, (r, _)) = phrase_from(i, RELATIONS)?;
    Ok((rest, r))
}

/// A whole date claim: an optional relation and a date expression.
pub fn date_claim(i: &str) -> Res<'_, ParsedDate> {
    let with_relation = |i| -> Res<'_, ParsedDate> {
        let (after_rel, rel) = terminated(relation, sp).parse(i)?;
        let expr_start = consumed(i, after_rel).len();
        let (rest, (weekday, expr)) = alt((
            standalone_expr,
            |i| weekday_expr(i).map(|(r, e)| (r, (None, e))),
            |i| relation_expr(i).map(|(r, e)| (r, (None, e))),
        ))
        .parse(after_rel)?;
        if let (
            DateExpr::Season {
                shift: None,
                year: None,
                ..
            },
            r,
        ) = (expr, rel)
        {
            if !matches!(r, Relation::In | Relation::By | Relation::Until) {
                return fail(i);
            }
        }
        Ok((
            rest,
            ParsedDate {
                relation: Some(rel),
                expr,
                weekday,
                expr_start,
                len: consumed(i, rest).len(),
            },
        ))
    };
    let without = |i| -> Res<'_, ParsedDate> {
        let (rest, (weekday, expr)) = alt((standalone_expr, |i| {
            weekday_expr(i).map(|(r, e)| (r, (None, e)))
        }))
        .parse(i)?;
        Ok((
            rest,
            ParsedDate {
                relation: None,
                expr,
                weekday,
                expr_start: 0,
                len: consumed(i, rest).len(),
            },
        ))
    };
    alt((with_relation, without)).parse(i)
}

/// A full written date at the start of `s` ("June 29, 2021", "29 June
/// 2021", "2021-06-29", "Tuesday, June 29, 2021"): bytes used and the date.
pub fn full_date_prefix(s: &str) -> Option<(usize, NaiveDate)> {
    let (rest, (_, expr)) = standalone_expr(s).ok()?;
    match expr {
        DateExpr::Day {
            year: Some(y),
            month,
            day,
        } => Some((
            consumed(s, rest).len(),
            NaiveDate::from_ymd_opt(y, month, day)?,
        )),
        _ => None,
    }
}

/// A full written date making up all of `s`.
pub fn parse_full_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    full_date_prefix(s)
        .and_then(|(n, d)| s.get(n..).is_some_and(|r| r.trim().is_empty()).then_some(d))
}

/// The resolution of a date expression.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Resolved {
    /// `None` when relative with no article date, or impossible.
    pub interval: Option<Interval>,
    pub granularity: Granularity,
    /// Whether it needed the article date.
    pub relative: bool,
}

/// Resolve an expression against the article date, by DESIGN's conventions.
pub fn resolve(expr: DateExpr, article: Option<NaiveDate>, tense: Tense) -> Resolved {
    let (relative, granularity) = match expr {
        DateExpr::Day { year, .. } => (year.is_none(), Granularity::Day),
        DateExpr::Month { year, .. } => (year.is_none(), Granularity::Month),
        DateExpr::Year(_) => (false, Granularity::Year),
        DateExpr::Season { year, .. } => (year.is_none(), Granularity::Season),
        DateExpr::Weekday { .. } | DateExpr::Ago { .. } => (true, Granularity::Day),
    };
    let interval = match (relative, article) {
        (false, _) => absolute(expr),
        (true, Some(anchor)) => relative_to(expr, anchor, tense),
        (true, None) => None,
    };
    Resolved {
        interval,
        granularity,
        relative,
    }
}

fn absolute(expr: DateExpr) -> Option<Interval> {
    match expr {
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
        DateExpr::Season {
            year: Some(y),
            season,
            ..
        } => Interval::season(y, season),
        _ => None,
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

fn relative_to(expr: DateExpr, anchor: NaiveDate, tense: Tense) -> Option<Interval> {
    match expr {
        DateExpr::Day { month, day, .. } => in_article_year(anchor, tense, |y| {
            NaiveDate::from_ymd_opt(y, month, day).map(Interval::day)
        }),
        DateExpr::Month { month, .. } => {
            in_article_year(anchor, tense, |y| Interval::month(y, month))
        }
        DateExpr::Season {
            season,
            shift: None,
            ..
        } => in_article_year(anchor, tense, |y| Interval::season(y, season)),
        DateExpr::Season {
            season,
            shift: Some(shift),
            ..
        } => {
            let candidates: Vec<Interval> = (-2..=2)
                .filter_map(|d| Interval::season(anchor.year() + d, season))
                .collect();
            let current = candidates
                .iter()
                .find(|c| c.start <= anchor && anchor <= c.end);
            match shift {
                0 => current
                    .or_else(|| candidates.iter().find(|c| c.start > anchor))
                    .copied(),
                1 => candidates.iter().find(|c| c.start > anchor).copied(),
                _ => candidates.iter().rev().find(|c| c.end < anchor).copied(),
            }
        }
        DateExpr::Weekday { weekday, shift } => {
            resolve_weekday(anchor, weekday, shift, tense).map(Interval::day)
        }
        DateExpr::Ago { amount, unit } => {
            let n = amount.round() as i64;
            if !(0..=100_000).contains(&n) || amount.fract() != 0.0 {
                return None;
            }
            let n = n as u64;
            let day = match unit {
                DurationUnit::Day => anchor.checked_sub_days(Days::new(n)),
                DurationUnit::Week => anchor.checked_sub_days(Days::new(n * 7)),
                DurationUnit::Month => {
                    anchor.checked_sub_months(Months::new(u32::try_from(n).ok()?))
                }
                DurationUnit::Year => {
                    anchor.checked_sub_months(Months::new(u32::try_from(n * 12).ok()?))
                }
                _ => Some(anchor),
            }?;
            Some(Interval::day(day))
        }
        _ => absolute(expr),
    }
}

/// Past tense ⇒ the latest such day on or before the article date; future ⇒
/// the next after it; otherwise the nearest within three days.
fn resolve_weekday(
    anchor: NaiveDate,
    weekday: u8,
    shift: Option<i32>,
    tense: Tense,
) -> Option<NaiveDate> {
    let today = anchor.weekday().num_days_from_monday() as i64;
    let back = (today - i64::from(weekday)).rem_euclid(7); // days back to the latest on/before
    let latest = anchor.checked_sub_days(Days::new(back as u64))?;
    let forward = (i64::from(weekday) - today).rem_euclid(7);
    let next = anchor.checked_add_days(Days::new(if forward == 0 { 7 } else { forward } as u64))?;
    match (shift, tense) {
        (Some(1), _) => Some(next),
        (Some(-1), _) => Some(if back == 0 {
            latest.checked_sub_days(Days::new(7))?
        } else {
            latest
        }),
        (Some(_), _) => {
            // "this Friday": the day in the article's ISO week.
            let monday = anchor.checked_sub_days(Days::new(today as u64))?;
            monday.checked_add_days(Days::new(u64::from(weekday)))
        }
        (None, Tense::Past) => Some(latest),
        (None, Tense::Future) => Some(next),
        (None, Tense::Present) => Some(if back <= 3 { latest } else { next }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn parse(s: &str) -> ParsedDate {
        date_claim(s).unwrap_or_else(|e| panic!("{s:?}: {e:?}")).1
    }

    fn interval(s: &str, tense: Tense) -> (NaiveDate, NaiveDate) {
        let p = parse(s);
        let r = resolve(p.expr, Some(d(2021, 6, 29)), tense);
        let i = r.interval.unwrap();
        (i.start, i.end)
    }

    #[test]
    fn seed_dates() {
        let p = parse("by June 2022 and");
        assert_eq!(p.relation, Some(Relation::By));
        assert_eq!(p.len, "by June 2022".len());
        assert_eq!(
            interval("by June 2022", Tense::Future),
            (d(2022, 6, 1), d(2022, 6, 30))
        );
        let p = parse("in the fall of 2021.");
        assert_eq!(
            (p.relation, p.len),
            (Some(Relation::In), "in the fall of 2021".len())
        );
        assert_eq!(
            interval("in the fall of 2021", Tense::Future),
            (d(2021, 9, 1), d(2021, 11, 30))
        );
        assert_eq!(
            interval("on Monday after", Tense::Past),
            (d(2021, 6, 28), d(2021, 6, 28))
        );
    }

    #[test]
    fn absolute_forms() {
        for s in [
            "June 29, 2021",
            "29 June 2021",
            "2021-06-29",
            "Tuesday, June 29, 2021",
            "the 29th of June 2021",
            "June 29th 2021",
        ] {
            assert_eq!(
                interval(s, Tense::Present),
                (d(2021, 6, 29), d(2021, 6, 29)),
                "{s}"
            );
        }
        assert_eq!(
            interval("Dec. 5, 2019", Tense::Past),
            (d(2019, 12, 5), d(2019, 12, 5))
        );
        assert_eq!(parse("Tuesday, June 29, 2021").weekday, Some(1));
        assert_eq!(
            interval("in 2019", Tense::Past),
            (d(2019, 1, 1), d(2019, 12, 31))
        );
    }

    #[test]
    fn weekdays_follow_tense() {
        // 2021-06-29 is a Tuesday.
        assert_eq!(interval("on Friday", Tense::Past).0, d(2021, 6, 25));
        assert_eq!(interval("on Friday", Tense::Future).0, d(2021, 7, 2));
        assert_eq!(interval("on Monday", Tense::Present).0, d(2021, 6, 28));
        assert_eq!(interval("on Tuesday", Tense::Future).0, d(2021, 7, 6));
        assert_eq!(interval("next Monday", Tense::Present).0, d(2021, 7, 5));
    }

    #[test]
    fn yearless_dates_follow_tense() {
        assert_eq!(interval("on March 31", Tense::Future).0, d(2022, 3, 31));
        assert_eq!(interval("on March 31", Tense::Past).0, d(2021, 3, 31));
        assert_eq!(interval("in September", Tense::Past).0, d(2020, 9, 1));
        assert_eq!(interval("this fall", Tense::Present).0, d(2021, 9, 1));
        assert_eq!(
            interval("last winter", Tense::Past),
            (d(2020, 12, 1), d(2021, 2, 28))
        );
        assert_eq!(interval("two weeks ago", Tense::Past).0, d(2021, 6, 15));
    }

    #[test]
    fn not_dates() {
        assert!(date_claim("may be").is_err());
        assert!(date_claim("the fall of Kabul").is_err());
        assert!(date_claim("in Rome").is_err());
        assert!(date_claim("on 800 units").is_err());
        assert!(date_claim("2019").is_err());
    }

    #[test]
    fn unresolved_without_article_date() {
        let r = resolve(parse("on Monday").expr, None, Tense::Past);
        assert!(r.relative && r.interval.is_none());
        let r = resolve(parse("in June 2022").expr, None, Tense::Past);
        assert!(!r.relative && r.interval.is_some());
    }

    #[test]
    fn impossible_days_do_not_resolve() {
        assert!(resolve(parse("February 30, 2021").expr, None, Tense::Past)
            .interval
            .is_none());
    }

    #[test]
    fn full_dates_for_headers() {
        assert_eq!(parse_full_date("June 29, 2021"), Some(d(2021, 6, 29)));
        assert_eq!(full_date_prefix("29 June 2021 Rome").map(|x| x.0), Some(12));
        assert_eq!(parse_full_date("June 2021"), None);
    }
}
