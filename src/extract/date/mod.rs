//! Dates as news writes them, each with an optional relation ("by", "in",
//! "on" …), and their resolution against the article date by DESIGN's
//! "Resolution conventions".
//!
//! - absolute: "June 29, 2021", "29 June 2021", "the 29th of June",
//!   "2021-06-29", "Dec. 5, 2019", "Tuesday, June 29, 2021", "June 2022",
//!   "in 2019", "the 1990s", numeric "10/31/2021" when unambiguous;
//! - calendar units: seasons, quarters ("Q3 2022", "the fourth quarter"),
//!   halves, ISO weeks ("week 23"), and parts of any of them ("early June",
//!   "mid-2022", "the end of the year");
//! - relative: today/yesterday/tomorrow, weekdays by tense,
//!   "next/last/this week|month|quarter|year|<weekday>|<season>", "two weeks
//!   ago", "in three weeks", "earlier this month", "the past two years",
//!   "within six months"; vague ones ("in the coming weeks") unresolved;
//! - ranges: "from May to July", "between 2014 and 2018", "July 13-15".

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};
use nom::branch::alt;
use nom::bytes::complete::{tag, take_while1, take_while_m_n};
use nom::character::complete::{char, one_of};
use nom::combinator::{opt, peek};
use nom::sequence::{preceded, terminated};
use nom::Parser;

use crate::extract::claim::{DurationUnit, Relation, Tense};
use crate::extract::duration::duration_unit;
use crate::extract::grammar::{
    consumed, is_space, kw, lower_word, phrase, phrase_from_in, sp, tnc, word_end, FirstBytes, Res,
};
use crate::extract::lexicon::{
    lookup, DAY_ORDINALS, DAY_WORDS, MONTHS, PART_WORDS, RANGE_JOINERS, RELATIONS, SHIFT_WORDS,
    SMALL_NUMBERS, TENS, VAGUE_DATES, WEEKDAYS, WEEKDAY_ABBREVIATIONS,
};
use crate::extract::number::{may_open_numeral, numeral};
use crate::time::{Granularity, Interval, Season, SeasonConvention};

/// How to read an all-numeric day and month ("03/04/2021"). With `None`
/// only unambiguous forms are dates (a part above 12, or both parts equal).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DateOrder {
    #[default]
    None,
    Dmy,
    Mdy,
}

/// Extraction settings for dates (the config file sets them later).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DateOptions {
    pub date_order: DateOrder,
    pub seasons: SeasonConvention,
}

/// A calendar unit that "this/next/last" shifts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CalendarUnit {
    Week,
    Month,
    Quarter,
    Year,
    /// A calendar decade ("the next decade" from 2016 is the 2020s).
    Decade,
}

/// A part of a period: "early", "mid", "late" (and "the beginning/middle/end
/// of"); "earlier"/"later" run from the period's start to the article date,
/// or from the article date to its end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Early,
    Mid,
    Late,
    Earlier,
    Later,
}

/// Which day of a month: "the 20th", "the last day", "the first Tuesday"
/// (`nth` −1 is the last).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pick {
    Day(u32),
    LastDay,
    /// "the fifth last day": 5 (1 is the last day).
    DayFromEnd(u32),
    /// "the first week" (1), "the second last week" (−2): weeks belong to
    /// the month holding their Thursday, as ISO weeks to years.
    Week(i32),
    /// "the week of October 6th": the ISO week holding that day.
    WeekOf(u32),
    Weekday {
        nth: i32,
        weekday: u8,
    },
}

/// The month a pick lies in: a named one, or one shifted from the
/// article's ("next month" = 1, "this month" = 0).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MonthRef {
    Named { year: Option<i32>, month: u32 },
    Shifted(i32),
}

/// The year of a slice: a named one, or one shifted from the article's
/// ("next year" = 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum YearRef {
    Named(i32),
    Shifted(i32),
}

/// The units a year is sliced into.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SliceUnit {
    Day,
    Week,
    Month,
}

/// The day a counted shift runs from: "tomorrow", "January 15", "next
/// Friday".
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum DayBase {
    Offset(i32),
    Day {
        year: Option<i32>,
        month: u32,
        day: u32,
    },
    Weekday {
        weekday: u8,
        shift: Option<i32>,
    },
}

impl DayBase {
    fn expr(self) -> DateExpr {
        match self {
            DayBase::Offset(n) => DateExpr::DayOffset(n),
            DayBase::Day { year, month, day } => DateExpr::Day { year, month, day },
            DayBase::Weekday { weekday, shift } => DateExpr::Weekday { weekday, shift },
        }
    }
}

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
    /// "the 1990s": the first year of the decade.
    Decade(i32),
    /// "the 15th century": its first year (1400).
    Century(i32),
    /// `shift`: this = 0, next = 1, last = −1.
    Season {
        year: Option<i32>,
        season: Season,
        shift: Option<i32>,
    },
    Quarter {
        year: Option<i32>,
        quarter: u32,
    },
    Half {
        year: Option<i32>,
        half: u32,
    },
    /// An ISO week ("week 23", "the first week of 2021").
    IsoWeek {
        year: Option<i32>,
        week: u32,
    },
    Weekday {
        weekday: u8,
        shift: Option<i32>,
    },
    /// "today" (0), "yesterday" (−1), "tomorrow" (1).
    DayOffset(i32),
    /// "the third month of 2021", "the first 2 weeks of 2021", "the last
    /// four months of 2021", "week 27 of last year": `count` units of a
    /// year from the `start`th (negative: counted from the year's end, −1
    /// its last); weeks are the year's ISO weeks.
    YearSlice {
        year: YearRef,
        unit: SliceUnit,
        start: i32,
        count: u32,
    },
    /// "the first Tuesday of October", "the 20th of next month".
    InMonth {
        pick: Pick,
        month: MonthRef,
    },
    /// "Wednesday of next week", "last week's Sunday".
    WeekdayOfWeek {
        weekday: u8,
        week: i32,
    },
    /// "Tuesday the 19th": the month whose 19th is a Tuesday.
    WeekdayDay {
        weekday: u8,
        day: u32,
    },
    /// "next March", "this September", "last May".
    MonthShift {
        month: u32,
        shift: i32,
    },
    /// "on the 15th": a day of the article's month.
    DayOfMonth(u32),
    /// "the week of the 18th": the ISO week holding that day of the
    /// article's month (placed by tense as "on the 18th").
    WeekOfDayOfMonth(u32),
    /// "this week", "next month", "last year".
    Unit {
        unit: CalendarUnit,
        shift: i32,
    },
    /// "two weeks ago"
    Ago {
        amount: f64,
        unit: DurationUnit,
    },
    /// "in three weeks", "two days from now", "a week hence"
    Hence {
        amount: f64,
        unit: DurationUnit,
    },
    /// "the past two years" (−1, ending at the article date), "the next
    /// three months" (1, starting at it).
    Period {
        amount: f64,
        unit: DurationUnit,
        direction: i32,
    },
    /// "three Fridays from now" (3), "two Thursdays ago" (−2): the nth
    /// such weekday after (before) the article date.
    WeekdayCount {
        weekday: u8,
        n: i32,
    },
    /// "three weeks from tomorrow" (+1), "two days before yesterday" (−1),
    /// "3 days after January 12th": a day shifted from another.
    Shifted {
        amount: f64,
        unit: DurationUnit,
        sign: i32,
        base: DayBase,
    },
    /// "Monday two weeks from now", "Sunday 3 weeks after January 15th":
    /// that weekday of the ISO week holding the shifted day.
    WeekdayOfShifted {
        weekday: u8,
        amount: f64,
        unit: DurationUnit,
        sign: i32,
        base: DayBase,
    },
    /// "this weekend" (0), "next weekend" (1), "the weekend" (None: by
    /// tense): Saturday and Sunday of an ISO week.
    Weekend(Option<i32>),
    /// "the next 4 business days" (1), "the previous 4 working days" (−1):
    /// from the article date to the `count`th weekday after (before) it.
    BusinessDays {
        count: u32,
        direction: i32,
    },
    /// "in the coming weeks", "soon": extracted, never resolved.
    Vague,
}

/// A date claim as the grammar reads it; offsets relative to its input.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ParsedDate {
    pub relation: Option<Relation>,
    pub expr: DateExpr,
    /// "early", "the end of" … applied to `expr`.
    pub part: Option<Part>,
    /// The far end of a range ("from May *to July*").
    pub until: Option<(DateExpr, Option<Part>)>,
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

fn letters(i: &str) -> Res<'_, &str> {
    take_while1(|c: char| c.is_ascii_alphabetic()).parse(i)
}

/// The letters the words of `table` begin with, case folded: bit 0 for
/// "a" … bit 25 for "z".
const fn first_letters<T>(table: &[(&str, T)]) -> u32 {
    let mut mask = 0;
    let mut rest = table;
    while let [(w, _), tail @ ..] = rest {
        if let [b, ..] = w.as_bytes() {
            let b = b.to_ascii_lowercase();
            if b.is_ascii_lowercase() {
                mask |= 1 << (b - b'a');
            }
        }
        rest = tail;
    }
    mask
}

/// The letters a month name or abbreviation begins with.
const MONTH_FIRST_LETTERS: u32 = first_letters(MONTHS);

/// Whether the word `w` of ASCII letters begins with one of `letters`
/// (see [`first_letters`]).
fn starts_like(w: &str, letters: u32) -> bool {
    w.as_bytes()
        .first()
        .and_then(|b| 1u32.checked_shl(u32::from(b.to_ascii_lowercase().wrapping_sub(b'a'))))
        .is_some_and(|bit| letters & bit != 0)
}

/// A month name or abbreviation; capitalised unless `loose`, and "may" and
/// "march" only ever capitalised unless `loose` (they are verbs).
fn month_word(i: &str, loose: bool) -> Res<'_, u32> {
    let (rest, w) = letters(i)?;
    if !starts_like(w, MONTH_FIRST_LETTERS) {
        return fail(i);
    }
    let capital = w.starts_with(|c: char| c.is_ascii_uppercase());
    if !capital && !loose {
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

/// A capitalised month name or abbreviation ("June", "Dec.", "Sept").
pub fn month_name(i: &str) -> Res<'_, u32> {
    month_word(i, false)
}

/// A month name in any case, for places where a day or year beside it
/// makes it a month ("march 3", "15 february").
fn month_loose(i: &str) -> Res<'_, u32> {
    month_word(i, true)
}

/// A weekday name ("Monday", "monday"), or a capitalised abbreviation
/// with its period ("Fri.").
pub fn weekday_name(i: &str) -> Res<'_, u8> {
    let (rest, w) = letters(i)?;
    if let Some(d) = lookup(WEEKDAYS, w) {
        return Ok((rest, d));
    }
    if w.starts_with(|c: char| c.is_ascii_uppercase()) && rest.starts_with('.') {
        if let Some(d) = lookup(WEEKDAY_ABBREVIATIONS, w) {
            return Ok((rest.get(1..).unwrap_or(rest), d));
        }
    }
    // Lowercase abbreviations that are no English word ("thu", "fri"), and
    // "mon."/"wed." with their period; never "sat"/"sun" (verb and noun).
    let dotted = rest.starts_with('.');
    let is = |k: &&str| w.eq_ignore_ascii_case(k);
    let plain = ["tue", "tues", "thu", "thur", "thurs", "fri"]
        .iter()
        .any(is);
    if plain || (dotted && ["mon", "wed"].iter().any(is)) {
        if let Some(d) = lookup(WEEKDAY_ABBREVIATIONS, w) {
            word_end(rest)?;
            let rest = if dotted {
                rest.get(1..).unwrap_or(rest)
            } else {
                rest
            };
            return Ok((rest, d));
        }
    }
    fail(i)
}

/// A weekday name or abbreviation before a date ("Tue, June 29").
fn weekday_before_date(i: &str) -> Res<'_, u8> {
    let (rest, w) = letters(i)?;
    let d = lookup(WEEKDAYS, w).or_else(|| {
        w.starts_with(|c: char| c.is_ascii_uppercase())
            .then(|| lookup(WEEKDAY_ABBREVIATIONS, w))
            .flatten()
    });
    match d {
        Some(d) => Ok((opt(char('.')).parse(rest)?.0, d)),
        None => fail(i),
    }
}

/// An ordinal word for a day: "first", "twenty-first", "thirty first".
pub fn ordinal_word(i: &str) -> Res<'_, u32> {
    // The first word, read once: "twenty"/"thirty" or an ordinal, all of
    // five to eleven letters ("first" … "seventeenth").
    let (after, w) = letters(i)?;
    if !(5..=11).contains(&w.len()) {
        return fail(i);
    }
    let compound = |i| -> Res<'_, u32> {
        let tens = lookup(TENS, w).filter(|t| *t == 20 || *t == 30);
        let Some(tens) = tens else {
            return fail(i);
        };
        let (rest, _) = alt((tag("-"), sp)).parse(after)?;
        let (rest, unit) = letters(rest)?;
        match lookup(DAY_ORDINALS, unit) {
            Some(u) if u < 10 => Ok((rest, tens + u)),
            _ => fail(i),
        }
    };
    let single = |i| -> Res<'_, u32> {
        match lookup(DAY_ORDINALS, w) {
            Some(n) => Ok((after, n)),
            None => fail(i),
        }
    };
    let (rest, n) = alt((compound, single)).parse(i)?;
    word_end(rest)?;
    Ok((rest, n))
}

/// A day of the month, with an optional ordinal suffix ("29", "29th").
pub fn day_number(i: &str) -> Res<'_, u32> {
    let (rest, d) = take_while_m_n(1, 2, |c: char| c.is_ascii_digit()).parse(i)?;
    let (rest, _) = opt(alt((tnc("st"), tnc("nd"), tnc("rd"), tnc("th")))).parse(rest)?;
    word_end(rest)?;
    match d.parse::<u32>() {
        Ok(n) if (1..=31).contains(&n) => Ok((rest, n)),
        _ => fail(i),
    }
}

/// A day in digits or as an ordinal word ("29th", "the first").
fn day_of_month(i: &str) -> Res<'_, u32> {
    alt((day_number, ordinal_word)).parse(i)
}

/// A four-digit year, 1000–2999.
pub fn year_number(i: &str) -> Res<'_, i32> {
    let (rest, y) = take_while_m_n(4, 4, |c: char| c.is_ascii_digit()).parse(i)?;
    word_end(rest)?;
    if rest.starts_with([',', '.'])
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

/// ", 2021", " 2021", " of 2021" or " in 2021" after a day or month.
fn year_suffix(i: &str) -> Res<'_, i32> {
    preceded(
        alt((
            (sp, alt((kw("of"), kw("in"))), sp).map(|_| ()),
            // Tokenized text: "Dec. 31 , 1994".
            (sp, char(','), sp).map(|_| ()),
            (opt(char(',')), sp).map(|_| ()),
        )),
        alt((year_number, year_words)),
    )
    .parse(i)
    .or_else(|_| of_two_digit_year(i))
}

/// " of 87" after a month: a two-digit year (00–49 → 2000s), only where
/// nothing is counted after it ("April of 87 people" is no date).
fn of_two_digit_year(i: &str) -> Res<'_, i32> {
    let (rest, (_, _, _, y)) = (sp, kw("of"), sp, digits_m_n(2, 2)).parse(i)?;
    word_end(rest)?;
    let next = rest.trim_start();
    let counts = next.starts_with(|c: char| c.is_alphanumeric() || c == '%' || c == '.')
        && !next.starts_with(". ")
        && next != ".";
    if counts {
        return fail(i);
    }
    Ok((rest, two_digit_year(y)))
}

/// A cardinal word below a hundred: "five", "nineteen", "eighty six",
/// "thirty-one".
fn cardinal_below_100(i: &str) -> Res<'_, u32> {
    let compound = |i| -> Res<'_, u32> {
        let (rest, tens) = letters(i)?;
        let Some(tens) = lookup(TENS, tens) else {
            return fail(i);
        };
        let unit = |i| -> Res<'_, u32> {
            let (rest, _) = alt((tag("-"), sp)).parse(i)?;
            let (rest, w) = letters(rest)?;
            match lookup(SMALL_NUMBERS, w) {
                Some(u) if (1..10).contains(&u) => Ok((rest, u)),
                _ => fail(i),
            }
        };
        let (rest, u) = opt(unit).parse(rest)?;
        Ok((rest, tens + u.unwrap_or(0)))
    };
    let small = |i| -> Res<'_, u32> {
        let (rest, w) = letters(i)?;
        match lookup(SMALL_NUMBERS, w) {
            Some(n) => Ok((rest, n)),
            None => fail(i),
        }
    };
    let (rest, n) = alt((compound, small)).parse(i)?;
    word_end(rest)?;
    Ok((rest, n))
}

/// A day of the month as a cardinal word: "twenty five", "fifteen".
fn day_cardinal(i: &str) -> Res<'_, u32> {
    let (rest, n) = cardinal_below_100(i)?;
    if (1..=31).contains(&n) {
        Ok((rest, n))
    } else {
        fail(i)
    }
}

/// A year in words: "nineteen eighty six", "nineteen hundred ninety
/// three", "seventeen hundred thirty three", "two thousand and fifteen",
/// "two thousand", "nineteen oh five".
pub fn year_words(i: &str) -> Res<'_, i32> {
    let thousands = |i| -> Res<'_, i32> {
        let (rest, (_, _, _)) = (kw("two"), sp, kw("thousand")).parse(i)?;
        let (rest, n) =
            opt(preceded((sp, opt((kw("and"), sp))), cardinal_below_100)).parse(rest)?;
        Ok((rest, 2000 + n.unwrap_or(0) as i32))
    };
    let centuries = |i| -> Res<'_, i32> {
        let (rest, c) = cardinal_below_100(i)?;
        if !(11..=20).contains(&c) {
            return fail(i);
        }
        let hundred = |i| -> Res<'_, u32> {
            let (rest, _) = (sp, kw("hundred")).parse(i)?;
            let (rest, n) =
                opt(preceded((sp, opt((kw("and"), sp))), cardinal_below_100)).parse(rest)?;
            Ok((rest, n.unwrap_or(0)))
        };
        let oh = |i| -> Res<'_, u32> {
            let (rest, (_, _, _, n)) =
                (sp, alt((kw("oh"), kw("o"))), sp, cardinal_below_100).parse(i)?;
            if (1..10).contains(&n) {
                Ok((rest, n))
            } else {
                fail(i)
            }
        };
        let tens = |i| -> Res<'_, u32> {
            let (rest, n) = preceded(sp, cardinal_below_100).parse(i)?;
            if (10..100).contains(&n) {
                Ok((rest, n))
            } else {
                fail(i)
            }
        };
        let (rest, n) = alt((hundred, oh, tens)).parse(rest)?;
        Ok((rest, c as i32 * 100 + n as i32))
    };
    let (rest, y) = alt((thousands, centuries)).parse(i)?;
    word_end(rest)?;
    Ok((rest, y))
}

/// A year in words standing after "in": it must not count something
/// ("in two thousand and twenty cases").
fn year_words_alone(i: &str) -> Res<'_, i32> {
    let (rest, y) = year_words(i)?;
    let next = rest.trim_start();
    let next_word: String = next
        .chars()
        .take_while(char::is_ascii_alphabetic)
        .collect::<String>()
        .to_ascii_lowercase();
    let counts = next.starts_with(|c: char| c.is_alphanumeric() || c == '%')
        && !matches!(
            next_word.as_str(),
            "and"
                | "or"
                | "but"
                | "when"
                | "to"
                | "until"
                | "till"
                | "through"
                | "before"
                | "after"
                | "while"
                | "as"
        );
    if counts {
        fail(i)
    } else {
        Ok((rest, y))
    }
}

/// A two-digit year in a numeric date: 00–49 → 2000s, 50–99 → 1900s.
fn two_digit_year(y: u32) -> i32 {
    if y < 50 {
        2000 + y as i32
    } else {
        1900 + y as i32
    }
}

fn digits_m_n(min: usize, max: usize) -> impl Fn(&str) -> Res<'_, u32> {
    move |i| {
        let (rest, d) = take_while_m_n(min, max, |c: char| c.is_ascii_digit()).parse(i)?;
        match d.parse::<u32>() {
            Ok(n) => Ok((rest, n)),
            Err(_) => fail(i),
        }
    }
}

/// "2021-06-29", "2015-3-3"
pub fn iso_date(i: &str) -> Res<'_, DateExpr> {
    let (rest, (y, _, m, _, d)) = (
        year_number_loose,
        char('-'),
        digits_m_n(1, 2),
        char('-'),
        digits_m_n(1, 2),
    )
        .parse(i)?;
    word_end(rest)?;
    if (1..=12).contains(&m) && (1..=31).contains(&d) {
        Ok((
            rest,
            DateExpr::Day {
                year: Some(y),
                month: m,
                day: d,
            },
        ))
    } else {
        fail(i)
    }
}

/// "2015-1-32", "2015/13/01": a year, month and day in ISO order where the
/// month or day cannot be — a malformed date, neither a year nor a figure
/// (the scan skips it whole: see `notquantity`).
pub fn malformed_numeric_date(i: &str) -> Res<'_, &str> {
    let (rest, (_, s1, m, s2, d)) = (
        year_number_loose,
        one_of("-/"),
        digits_m_n(1, 2),
        one_of("-/"),
        digits_m_n(1, 2),
    )
        .parse(i)?;
    word_end(rest)?;
    if rest.starts_with(['-', '/']) || s1 != s2 || ((1..=12).contains(&m) && (1..=31).contains(&d))
    {
        return fail(i);
    }
    Ok((rest, consumed(i, rest)))
}

/// "2016 10 16": a year, a month and a day apart, nothing counted after.
fn spaced_ymd(i: &str) -> Res<'_, DateExpr> {
    let (rest, (y, _, m, _, d)) =
        (year_number, sp, digits_m_n(1, 2), sp, digits_m_n(1, 2)).parse(i)?;
    word_end(rest)?;
    let counts = rest
        .trim_start_matches([' ', '\u{a0}'])
        .starts_with(|c: char| c.is_alphanumeric() || c == '%');
    if counts || NaiveDate::from_ymd_opt(y, m, d).is_none() {
        return fail(i);
    }
    Ok((
        rest,
        DateExpr::Day {
            year: Some(y),
            month: m,
            day: d,
        },
    ))
}

/// "20161016": eight digits, year, month and day, nothing glued after.
fn compact_date(i: &str) -> Res<'_, DateExpr> {
    let (rest, (y, m, d)) = (digits_m_n(4, 4), digits_m_n(2, 2), digits_m_n(2, 2)).parse(i)?;
    word_end(rest)?;
    let y = y as i32;
    if !(1900..=2099).contains(&y) || NaiveDate::from_ymd_opt(y, m, d).is_none() {
        return fail(i);
    }
    Ok((
        rest,
        DateExpr::Day {
            year: Some(y),
            month: m,
            day: d,
        },
    ))
}

/// "Nov/2": a capitalised month, a slash and a day.
fn month_slash_day(i: &str) -> Res<'_, DateExpr> {
    let (rest, (month, _, day)) = (month_name, char('/'), digits_m_n(1, 2)).parse(i)?;
    word_end(rest)?;
    if !(1..=31).contains(&day) || rest.starts_with(['/', '-']) {
        return fail(i);
    }
    Ok((
        rest,
        DateExpr::Day {
            year: None,
            month,
            day,
        },
    ))
}

/// Four digits as a year without the word-end test ("2021-06").
fn year_number_loose(i: &str) -> Res<'_, i32> {
    let (rest, y) = digits_m_n(4, 4)(i)?;
    if (1000..=2999).contains(&y) && !rest.starts_with(|c: char| c.is_ascii_digit()) {
        Ok((rest, y as i32))
    } else {
        fail(i)
    }
}

/// "2014-10", "2014/10", "2015-3": a year and a month.
fn iso_month(i: &str) -> Res<'_, DateExpr> {
    let (rest, (y, _, m)) = (year_number_loose, one_of("-/"), digits_m_n(1, 2)).parse(i)?;
    word_end(rest)?;
    if rest.starts_with(['-', '/']) || !(1..=12).contains(&m) {
        return fail(i);
    }
    Ok((
        rest,
        DateExpr::Month {
            year: Some(y),
            month: m,
        },
    ))
}

/// How many numeric dates joined by dashes ("10/1/2018-10/7/2018") a
/// numeric date looks ahead through to learn that no figure continues the
/// chain. Real ranges join two; the bound keeps "1-1-1-1…" (a data dump)
/// from costing a recursion level and a rescan per link: a longer chain is
/// a run of figures, not dates.
const DASH_CHAIN_LOOKAHEAD: usize = 4;

/// "10/31/2021", "31.10.2021", "2/15", "3/3/15": numeric day and month,
/// read by `order`; with no order only when unambiguous.
fn numeric_date(order: DateOrder) -> impl Fn(&str) -> Res<'_, DateExpr> {
    move |i| numeric_date_within(order, DASH_CHAIN_LOOKAHEAD, i)
}

/// [`numeric_date`], looking through at most `lookahead` more dashed dates.
fn numeric_date_within(order: DateOrder, lookahead: usize, i: &str) -> Res<'_, DateExpr> {
    let sep = |i| -> Res<'_, char> {
        let (rest, (_, c, _)) = (opt(sp), one_of("/.-"), opt(sp)).parse(i)?;
        Ok((rest, c))
    };
    let (rest, a) = digits_m_n(1, 2)(i)?;
    let (rest, s1) = sep(rest)?;
    let (rest, b) = digits_m_n(1, 2)(rest)?;
    let (rest, year) = match (char(s1), digits_m_n(2, 4)).parse(rest) {
        Ok((r, (_, y))) if consumed(rest, r).len() == 3 => (r, Some(two_digit_year(y))),
        Ok((r, (_, y))) if consumed(rest, r).len() == 5 && y >= 1000 => (r, Some(y as i32)),
        Ok(_) => return fail(i),
        Err(_) => (rest, None),
    };
    word_end(rest)?;
    // A figure continues ("1.5.3", "2/3/4/5", "30/4.85") — unless a
    // dash joins another numeric date ("10/1/2018-10/7/2018", "5/1-5/7").
    let dash_joins = || {
        lookahead > 0
            && (opt(sp), one_of("-–"), opt(sp), |x| {
                numeric_date_within(order, lookahead - 1, x)
            })
                .parse(rest)
                .is_ok()
    };
    if rest.starts_with(['/', '-', '.', ','])
        && rest
            .get(1..)
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
        && !(rest.starts_with('-') && dash_joins())
    {
        return fail(i);
    }
    if year.is_none() && (s1 == '.' || (s1 == '-' && consumed(i, rest).contains(' ')) && a > 12) {
        return fail(i);
    }
    if year.is_none() && s1 == '.' {
        return fail(i);
    }
    // "11-13 million troops", "12-14 bn euros": a yearless dashed pair
    // before a scale word is a range of figures, never a month and a day.
    if year.is_none() && s1 == '-' && scale_follows(rest) {
        return fail(i);
    }
    let valid = |m: u32, d: u32| (1..=12).contains(&m) && (1..=31).contains(&d);
    // The order settles an ambiguous day and month; where only one
    // reading is a date ("22/04" in a month-first text) it stands. A
    // yearless dashed pair ("9-6") is read only when unambiguous: it is
    // as often a score or a span of hours.
    let order = match order {
        _ if year.is_none() && s1 == '-' => DateOrder::None,
        o => o,
    };
    let (month, day) = match (order, valid(a, b), valid(b, a)) {
        (_, true, false) => (a, b),
        (_, false, true) => (b, a),
        (DateOrder::Mdy, true, true) => (a, b),
        (DateOrder::Dmy, true, true) => (b, a),
        (DateOrder::None, true, true) if a == b => (a, b),
        _ => return fail(i),
    };
    if !valid(month, day) {
        return fail(i);
    }
    Ok((rest, DateExpr::Day { year, month, day }))
}

/// Whether a scale word ("million", "lakh") or an abbreviated scale
/// ("bn", "mln") follows, after blanks.
fn scale_follows(rest: &str) -> bool {
    let after = rest.trim_start_matches(is_space);
    let word = after
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    crate::extract::number::scale_word(after).is_ok()
        || lookup(crate::extract::lexicon::SCALE_ABBREVIATIONS, word).is_some()
}

/// "31/Oct/1974", "31-Oct-74", "2019/aug/01", "Sep-23-2020"
fn mixed_numeric_date(i: &str) -> Res<'_, DateExpr> {
    let year = |i| -> Res<'_, i32> {
        alt((year_number_loose, |i| {
            digits_m_n(2, 2)(i).map(|(r, y)| (r, two_digit_year(y)))
        }))
        .parse(i)
    };
    let dmy = |i| -> Res<'_, DateExpr> {
        let (rest, (day, _, month, _, year)) = (
            digits_m_n(1, 2),
            one_of("/-"),
            month_loose,
            one_of("/-"),
            year,
        )
            .parse(i)?;
        Ok((
            rest,
            DateExpr::Day {
                year: Some(year),
                month,
                day,
            },
        ))
    };
    let ymd = |i| -> Res<'_, DateExpr> {
        let (rest, (year, _, month, _, day)) = (
            year_number_loose,
            one_of("/-"),
            month_loose,
            one_of("/-"),
            digits_m_n(1, 2),
        )
            .parse(i)?;
        Ok((
            rest,
            DateExpr::Day {
                year: Some(year),
                month,
                day,
            },
        ))
    };
    let mdy = |i| -> Res<'_, DateExpr> {
        let (rest, (month, _, day, _, year)) = (
            month_loose,
            one_of("/-"),
            digits_m_n(1, 2),
            one_of("/-"),
            year,
        )
            .parse(i)?;
        Ok((
            rest,
            DateExpr::Day {
                year: Some(year),
                month,
                day,
            },
        ))
    };
    let (rest, d) = alt((ymd, dmy, mdy)).parse(i)?;
    word_end(rest)?;
    if let DateExpr::Day { day, .. } = d {
        if !(1..=31).contains(&day) {
            return fail(i);
        }
    }
    Ok((rest, d))
}

/// "June 29, 2021", "June 29th", "Dec. 5, 2019", "february the 15th",
/// "march first"
pub fn month_day_year(i: &str) -> Res<'_, DateExpr> {
    let (rest, (month, comma, _, day)) = (
        month_loose,
        alt((
            (char(','), sp).map(|_| true),
            alt((sp, tag(""))).map(|_| false),
        )),
        opt((kw("the"), sp)),
        alt((
            day_of_month.map(|d| (d, false)),
            day_cardinal.map(|d| (d, true)),
        )),
    )
        .parse(i)?;
    let (day, cardinal) = day;
    // "October, 1st": after a comma only an ordinal day ("October, 1
    // person" counts).
    if comma
        && (cardinal
            || consumed(i, rest)
                .trim_end()
                .ends_with(|c: char| c.is_ascii_digit()))
    {
        return fail(i);
    }
    // A lowercase "may"/"march" needs a digit day ("may 5", not "may first").
    let (rest, year) = opt(year_suffix).parse(rest)?;
    let written = consumed(i, rest);
    if cardinal && !cardinal_day_stands(written, year, rest) {
        return fail(i);
    }
    let lower = written.starts_with(|c: char| c.is_ascii_lowercase());
    if lower && (written.starts_with("may") || written.starts_with("mar")) && year.is_none() {
        let after_month = written.trim_start_matches(|c: char| c.is_ascii_alphabetic());
        let digit_day = after_month
            .trim_start()
            .starts_with(|c: char| c.is_ascii_digit());
        if !digit_day {
            return fail(i);
        }
    }
    Ok((rest, DateExpr::Day { year, month, day }))
}

/// "29 June 2021", "the 29th of June", "15 of february", "14april 2015"
pub fn day_month_year(i: &str) -> Res<'_, DateExpr> {
    let (rest, (_, (day, cardinal), _, _, month)) = (
        opt((kw("the"), sp)),
        alt((
            day_of_month.map(|d| (d, false)),
            day_cardinal.map(|d| (d, true)),
        )),
        opt((sp, kw("of"))),
        alt((sp, tag(""))),
        month_loose,
    )
        .parse(i)?;
    word_end(rest)?;
    let (rest, year) = opt(year_suffix).parse(rest)?;
    if cardinal {
        let month_word = consumed(i, rest)
            .split_whitespace()
            .find(|w| month_loose(w).is_ok())
            .unwrap_or("");
        if !cardinal_day_stands(month_word, year, rest) {
            return fail(i);
        }
    }
    Ok((rest, DateExpr::Day { year, month, day }))
}

/// A day written as a cardinal word ("May twenty nine", "fifteen August
/// 1993") is a date beside a capitalised month, and only with a year or at
/// the end of the phrase: "in January twenty people" counts people.
fn cardinal_day_stands(month_word: &str, year: Option<i32>, rest: &str) -> bool {
    let capitalised = month_word.starts_with(|c: char| c.is_ascii_uppercase());
    let ends = !rest.trim_start().starts_with(|c: char| c.is_alphanumeric());
    capitalised && (year.is_some() || ends)
}

/// "June 2022", "June of 2022", "Dec/2018", "2/2013", "12-2015"
pub fn month_year(i: &str) -> Res<'_, DateExpr> {
    let named = |i| -> Res<'_, DateExpr> {
        let (rest, (month, _, year)) = (
            month_loose,
            alt((
                (sp, opt((alt((kw("of"), kw("in"))), sp))).map(|_| ()),
                (opt(sp), char(','), sp).map(|_| ()),
                char('/').map(|_| ()),
            )),
            year_number,
        )
            .parse(i)?;
        Ok((
            rest,
            DateExpr::Month {
                year: Some(year),
                month,
            },
        ))
    };
    // "August two thousand and fifteen", "April of 87".
    let named_words = |i| -> Res<'_, DateExpr> {
        let (rest, (month, year)) = (
            month_name,
            alt((
                preceded((sp, opt((kw("of"), sp))), year_words),
                of_two_digit_year,
            )),
        )
            .parse(i)?;
        Ok((
            rest,
            DateExpr::Month {
                year: Some(year),
                month,
            },
        ))
    };
    let numeric = |i| -> Res<'_, DateExpr> {
        let (rest, (month, _, year)) = (digits_m_n(1, 2), one_of("/-"), year_number).parse(i)?;
        if !(1..=12).contains(&month) {
            return fail(i);
        }
        Ok((
            rest,
            DateExpr::Month {
                year: Some(year),
                month,
            },
        ))
    };
    alt((named, named_words, numeric)).parse(i)
}

/// A month name in any case where the verbs "may" and "march" cannot
/// stand: those only before the end of the clause ("in may.").
fn lower_month(i: &str) -> Res<'_, u32> {
    let (rest, month) = month_loose(i)?;
    word_end(rest)?;
    let word = consumed(i, rest);
    let verb = ["may", "march", "mar"].contains(&word);
    let ends = !rest
        .trim_start_matches([' ', '\u{a0}'])
        .starts_with(|c: char| c.is_alphanumeric());
    if verb && !ends {
        return fail(i);
    }
    Ok((rest, month))
}

/// "2017 april": a year then a month.
fn year_month(i: &str) -> Res<'_, DateExpr> {
    let (rest, (year, _, month)) = (year_number, sp, alt((month_name, lower_month))).parse(i)?;
    word_end(rest)?;
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

/// "this", "next", "last", "coming", "previous" … → 0, 1, −1.
pub fn shift_word(i: &str) -> Res<'_, i32> {
    let (rest, w) = letters(i)?;
    match lookup(SHIFT_WORDS, w) {
        Some(s) => Ok((rest, s)),
        None => fail(i),
    }
}

/// "the fall of 2021", "fall 2021", "summer of 2019"
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

/// "this autumn", "next spring", "last winter"
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

/// A quarter number: "Q3", "third quarter", "3rd quarter", "3rd qtr".
fn quarter_number(i: &str) -> Res<'_, u32> {
    let q_digit = |i| -> Res<'_, u32> {
        let (rest, (_, q)) = (one_of("qQ"), one_of("1234")).parse(i)?;
        word_end(rest)?;
        Ok((rest, q.to_digit(10).unwrap_or(0)))
    };
    let worded = |i| -> Res<'_, u32> {
        let (rest, (q, _, _)) = (day_of_month, sp, alt((kw("quarter"), kw("qtr")))).parse(i)?;
        if (1..=4).contains(&q) {
            Ok((rest, q))
        } else {
            fail(i)
        }
    };
    alt((q_digit, worded)).parse(i)
}

/// "Q3 2022", "the third quarter of 2022", "the fourth quarter",
/// "2018Q4", "18q4", "2019 Q3"
fn quarter(i: &str) -> Res<'_, DateExpr> {
    let named = |i| -> Res<'_, DateExpr> {
        let (rest, (_, quarter, year)) = (
            opt((kw("the"), sp)),
            quarter_number,
            opt(alt((year_suffix, preceded(char('-'), year_number)))),
        )
            .parse(i)?;
        Ok((rest, DateExpr::Quarter { year, quarter }))
    };
    let year_first = |i| -> Res<'_, DateExpr> {
        let year = alt((year_number_loose, |i| {
            digits_m_n(2, 2)(i).map(|(r, y)| (r, two_digit_year(y)))
        }));
        // "2022 Q3", "2022Q3", "2017-q1"
        let (rest, (year, _, _, q)) =
            (year, opt(alt((sp, tag("-")))), one_of("qQ"), one_of("1234")).parse(i)?;
        word_end(rest)?;
        Ok((
            rest,
            DateExpr::Quarter {
                year: Some(year),
                quarter: q.to_digit(10).unwrap_or(0),
            },
        ))
    };
    alt((year_first, named)).parse(i)
}

/// "the first half of 2022", "H2 2019", "2019 H2", "the second half"
fn half(i: &str) -> Res<'_, DateExpr> {
    let named = |i| -> Res<'_, DateExpr> {
        let (rest, (_, h, _, _, year)) = (
            opt((kw("the"), sp)),
            alt((
                kw("first").map(|_| 1),
                kw("second").map(|_| 2),
                kw("1st").map(|_| 1),
                kw("2nd").map(|_| 2),
            )),
            sp,
            kw("half"),
            opt(year_suffix),
        )
            .parse(i)?;
        Ok((rest, DateExpr::Half { year, half: h }))
    };
    let h_digit = |i| -> Res<'_, u32> {
        let (rest, (_, h)) = (one_of("hH"), one_of("12")).parse(i)?;
        word_end(rest)?;
        Ok((rest, h.to_digit(10).unwrap_or(0)))
    };
    let coded = |i| -> Res<'_, DateExpr> {
        let (rest, (h, _, year)) = (h_digit, sp, year_number).parse(i)?;
        Ok((
            rest,
            DateExpr::Half {
                year: Some(year),
                half: h,
            },
        ))
    };
    let year_first = |i| -> Res<'_, DateExpr> {
        // "2019 H2", "2019-H2"
        let (rest, (year, _, h)) = (year_number, alt((sp, tag("-"))), h_digit).parse(i)?;
        Ok((
            rest,
            DateExpr::Half {
                year: Some(year),
                half: h,
            },
        ))
    };
    alt((named, coded, year_first)).parse(i)
}

/// "the 1990s", "1990s", "the 1990 s"
/// "the 15th century", "the twenty-first century": 1400–1499, 2000–2099.
fn century(i: &str) -> Res<'_, DateExpr> {
    let ordinal_digits = |i| -> Res<'_, u32> {
        let (rest, (n, _)) = (
            digits_m_n(1, 2),
            alt((tnc("st"), tnc("nd"), tnc("rd"), tnc("th"))),
        )
            .parse(i)?;
        word_end(rest)?;
        Ok((rest, n))
    };
    let (rest, (_, n, _, _)) = (
        opt((kw("the"), sp)),
        alt((ordinal_digits, ordinal_word)),
        sp,
        kw("century"),
    )
        .parse(i)?;
    if !(1..=30).contains(&n) {
        return fail(i);
    }
    Ok((rest, DateExpr::Century((n as i32 - 1) * 100)))
}

/// "the nineties", "the thirties": the 1900s' decades. ("the twenties" and
/// "the tens" are left out: a century apart, both still in use.)
fn decade_word(i: &str) -> Res<'_, DateExpr> {
    let (rest, (_, w)) = (opt((kw("the"), sp)), letters).parse(i)?;
    word_end(rest)?;
    let mut buf = [0u8; 16];
    let y = match lower_word(w, &mut buf) {
        "thirties" => 1930,
        "forties" => 1940,
        "fifties" => 1950,
        "sixties" => 1960,
        "seventies" => 1970,
        "eighties" => 1980,
        "nineties" => 1990,
        _ => return fail(i),
    };
    Ok((rest, DateExpr::Decade(y)))
}

fn decade(i: &str) -> Res<'_, DateExpr> {
    let (rest, (_, y, _, _)) = (
        opt((kw("the"), sp)),
        year_number_loose,
        opt(sp),
        alt((tag("s"), tag("’s"), tag("'s"))),
    )
        .parse(i)?;
    word_end(rest)?;
    if y % 10 != 0 {
        return fail(i);
    }
    Ok((rest, DateExpr::Decade(y)))
}

/// "week 23", "week 23 of 2021", "the first week of 2021", "the last week of 2016"
fn iso_week(i: &str) -> Res<'_, DateExpr> {
    let numbered = |i| -> Res<'_, DateExpr> {
        let (rest, (_, _, week, year)) = (
            opt((kw("the"), sp)),
            (kw("week"), sp),
            digits_m_n(1, 2),
            opt(year_suffix),
        )
            .parse(i)?;
        word_end(rest)?;
        if !(1..=53).contains(&week) {
            return fail(i);
        }
        Ok((rest, DateExpr::IsoWeek { year, week }))
    };
    let ordinal = |i| -> Res<'_, DateExpr> {
        let (rest, (_, nth, _, _, year)) = (
            opt((kw("the"), sp)),
            nth_week,
            sp,
            (kw("week"), sp, kw("of"), sp),
            year_number,
        )
            .parse(i)?;
        // "the third last week": counted back from the year's last ISO week.
        let last = NaiveDate::from_ymd_opt(year, 12, 28).map_or(52, |d| d.iso_week().week());
        let week = if nth < 0 {
            u32::try_from(i64::from(last) + 1 + i64::from(nth)).unwrap_or(0)
        } else {
            u32::try_from(nth).unwrap_or(0)
        };
        if week == 0 {
            return fail(i);
        }
        Ok((
            rest,
            DateExpr::IsoWeek {
                year: Some(year),
                week,
            },
        ))
    };
    alt((ordinal, numbered)).parse(i)
}

/// The year a slice lies in: "2021", "the year 2021", "next year".
fn year_ref(i: &str) -> Res<'_, YearRef> {
    alt((
        |i| {
            let (rest, (_, y)) = (opt((kw("the"), sp, kw("year"), sp)), year_number).parse(i)?;
            Ok((rest, YearRef::Named(y)))
        },
        |i| {
            let (rest, (_, s, _, _)) =
                (opt((kw("the"), sp)), shift_word, sp, kw("year")).parse(i)?;
            Ok((rest, YearRef::Shifted(s)))
        },
    ))
    .parse(i)
}

fn slice_unit(plural: bool) -> impl Fn(&str) -> Res<'_, SliceUnit> {
    move |i| {
        let (rest, w) = letters(i)?;
        let (w, s) = match w.strip_suffix('s') {
            Some(stem) if plural => (stem, true),
            _ => (w, false),
        };
        if s != plural {
            return fail(i);
        }
        let mut buf = [0u8; 16];
        match lower_word(w, &mut buf) {
            "day" => Ok((rest, SliceUnit::Day)),
            "week" => Ok((rest, SliceUnit::Week)),
            "month" => Ok((rest, SliceUnit::Month)),
            _ => fail(i),
        }
    }
}

/// "the third month of 2021", "the 9th month of next year", "the first 2
/// weeks of 2021", "the last four months of 2021", "first ten days of last
/// year", "the week 27 of last year".
fn year_slice(i: &str) -> Res<'_, DateExpr> {
    let of = |i| (sp, kw("of"), sp).parse(i);
    // "the first 2 weeks", "the last four months": a count of units.
    let counted = |i| -> Res<'_, (i32, u32, SliceUnit)> {
        let (rest, (from_end, _, n, _, unit)) = (
            alt((kw("first").map(|_| false), kw("last").map(|_| true))),
            sp,
            count,
            sp,
            slice_unit(true),
        )
            .parse(i)?;
        let Some(n) = whole_count(n).and_then(|n| u32::try_from(n).ok()) else {
            return fail(i);
        };
        if n < 2 {
            return fail(i);
        }
        let start = if from_end {
            -i32::try_from(n).unwrap_or(0)
        } else {
            1
        };
        Ok((rest, (start, n, unit)))
    };
    // "the third month", "the 9th month", "the 100th day".
    let nth = |i| -> Res<'_, (i32, u32, SliceUnit)> {
        let suffixed = |i| -> Res<'_, u32> {
            let (rest, d) = digits_m_n(1, 3)(i)?;
            let (rest, _) = alt((tnc("st"), tnc("nd"), tnc("rd"), tnc("th"))).parse(rest)?;
            word_end(rest)?;
            Ok((rest, d))
        };
        let (rest, (n, _, unit)) =
            (alt((suffixed, ordinal_word)), sp, slice_unit(false)).parse(i)?;
        Ok((rest, (i32::try_from(n).unwrap_or(0), 1, unit)))
    };
    // "week 27"
    let numbered = |i| -> Res<'_, (i32, u32, SliceUnit)> {
        let (rest, (_, _, n)) = (kw("week"), sp, digits_m_n(1, 2)).parse(i)?;
        Ok((rest, (i32::try_from(n).unwrap_or(0), 1, SliceUnit::Week)))
    };
    let (rest, (_, (start, count, unit), _, year)) = (
        opt((kw("the"), sp)),
        alt((counted, nth, numbered)),
        of,
        year_ref,
    )
        .parse(i)?;
    word_end(rest)?;
    if start == 0 {
        return fail(i);
    }
    Ok((
        rest,
        DateExpr::YearSlice {
            year,
            unit,
            start,
            count,
        },
    ))
}

/// `count` units of year `y` from the `start`th (negative: from its end).
fn year_slice_interval(y: i32, unit: SliceUnit, start: i32, count: u32) -> Option<Interval> {
    let units = match unit {
        SliceUnit::Month => 12,
        SliceUnit::Week => NaiveDate::from_ymd_opt(y, 12, 28)?.iso_week().week(),
        SliceUnit::Day => NaiveDate::from_ymd_opt(y, 12, 31)?.ordinal(),
    };
    let units = i64::from(units);
    let first = if start > 0 {
        i64::from(start)
    } else {
        units + 1 + i64::from(start)
    };
    let last = first + i64::from(count) - 1;
    if first < 1 || last > units {
        return None;
    }
    let (first, last) = (u32::try_from(first).ok()?, u32::try_from(last).ok()?);
    match unit {
        SliceUnit::Month => Some(Interval::new(
            Interval::month(y, first)?.start,
            Interval::month(y, last)?.end,
        )),
        SliceUnit::Week => Some(Interval::new(
            Interval::iso_week(y, first)?.start,
            Interval::iso_week(y, last)?.end,
        )),
        SliceUnit::Day => Some(Interval::new(
            NaiveDate::from_yo_opt(y, first)?,
            NaiveDate::from_yo_opt(y, last)?,
        )),
    }
}

/// "today", "yesterday", "tomorrow", "the day after tomorrow", "the day
/// before yesterday"
fn day_word(i: &str) -> Res<'_, DateExpr> {
    let plain = |i| -> Res<'_, i32> {
        let (rest, w) = letters(i)?;
        word_end(rest)?;
        match lookup(DAY_WORDS, w) {
            Some(d) => Ok((rest, d)),
            None => fail(i),
        }
    };
    let around = |i| -> Res<'_, i32> {
        let (rest, (_, dir, _, base)) = (
            (kw("the"), sp, kw("day"), sp),
            alt((kw("after").map(|_| 1), kw("before").map(|_| -1))),
            sp,
            plain,
        )
            .parse(i)?;
        Ok((rest, base + dir))
    };
    alt((around, plain)).map(DateExpr::DayOffset).parse(i)
}

/// An ordinal day: "19th", "3rd", "first", "twenty-first" (digits need
/// their suffix).
fn day_ordinal(i: &str) -> Res<'_, u32> {
    let suffixed = |i| -> Res<'_, u32> {
        let (rest, d) = take_while_m_n(1, 2, |c: char| c.is_ascii_digit()).parse(i)?;
        let (rest, _) = alt((tnc("st"), tnc("nd"), tnc("rd"), tnc("th"))).parse(rest)?;
        word_end(rest)?;
        match d.parse::<u32>() {
            Ok(n) if (1..=31).contains(&n) => Ok((rest, n)),
            _ => fail(i),
        }
    };
    alt((suffixed, ordinal_word)).parse(i)
}

/// Which of a month's weekdays: "first" … "fifth", "last".
fn nth_weekday(i: &str) -> Res<'_, i32> {
    alt((kw("last").map(|_| -1), |i| {
        let (rest, n) = day_ordinal(i)?;
        match i32::try_from(n) {
            Ok(n) if (1..=5).contains(&n) => Ok((rest, n)),
            _ => fail(i),
        }
    }))
    .parse(i)
}

/// The month of a pick: "October", "October 2014", "next month", "this
/// month", "the month".
fn month_ref(i: &str) -> Res<'_, MonthRef> {
    let shifted = |i| -> Res<'_, MonthRef> {
        let (rest, (_, shift, _, _)) =
            (opt((kw("the"), sp)), shift_word, sp, kw("month")).parse(i)?;
        Ok((rest, MonthRef::Shifted(shift)))
    };
    let named_year = |i| -> Res<'_, MonthRef> {
        match month_year(i)? {
            (rest, DateExpr::Month { year, month }) => Ok((rest, MonthRef::Named { year, month })),
            _ => fail(i),
        }
    };
    alt((
        shifted,
        (kw("the"), sp, kw("month")).map(|_| MonthRef::Shifted(0)),
        named_year,
        |i| month_loose(i).map(|(r, month)| (r, MonthRef::Named { year: None, month })),
    ))
    .parse(i)
}

/// "the first Tuesday of October", "last Friday in October", "the last
/// day of October 2015", "the 20th of next month", "the 15th day of next
/// month", "third day of October".
/// "first" (1), "last" (−1), "third last" / "3rd last" (−3): which week.
fn nth_week(i: &str) -> Res<'_, i32> {
    let counted = |i| -> Res<'_, i32> {
        let (rest, (n, last)) = (day_ordinal, opt((sp, kw("last")))).parse(i)?;
        match i32::try_from(n) {
            Ok(n) if (1..=5).contains(&n) => Ok((rest, if last.is_some() { -n } else { n })),
            _ => fail(i),
        }
    };
    alt((counted, kw("last").map(|_| -1))).parse(i)
}

/// "the week of October 6th", "the week of 6 October 2014", "the week
/// beginning (starting on, commencing) February 4", "w/c Feb 4": the ISO
/// week holding that day.
fn week_of_day(i: &str) -> Res<'_, DateExpr> {
    let spelled = (
        opt((kw("the"), sp)),
        kw("week"),
        sp,
        alt((
            kw("of").map(|_| ()),
            (
                alt((kw("beginning"), kw("starting"), kw("commencing"))),
                opt((sp, kw("on"))),
            )
                .map(|_| ()),
        )),
    )
        .map(|_| ());
    let (rest, (_, _, day)) = (
        alt((spelled, tnc("w/c").map(|_| ()))),
        sp,
        alt((month_day_year, day_month_year, day_of_this_month)),
    )
        .parse(i)?;
    if let DateExpr::DayOfMonth(day) = day {
        return Ok((rest, DateExpr::WeekOfDayOfMonth(day)));
    }
    match day {
        DateExpr::Day { year, month, day } => Ok((
            rest,
            DateExpr::InMonth {
                pick: Pick::WeekOf(day),
                month: MonthRef::Named { year, month },
            },
        )),
        _ => fail(i),
    }
}

fn picked_day(i: &str) -> Res<'_, DateExpr> {
    let of = |i| (sp, alt((kw("of"), kw("in"))), sp).parse(i);
    let weekday_pick = |i| -> Res<'_, Pick> {
        let (rest, (nth, _, weekday)) = (nth_weekday, sp, weekday_name).parse(i)?;
        Ok((rest, Pick::Weekday { nth, weekday }))
    };
    let last_day = (kw("last"), sp, kw("day")).map(|_| Pick::LastDay);
    let day_from_end = |i| -> Res<'_, Pick> {
        let (rest, (n, _, _)) = (day_ordinal, sp, (kw("last"), sp, kw("day"))).parse(i)?;
        Ok((rest, Pick::DayFromEnd(n)))
    };
    let week_pick = |i| -> Res<'_, Pick> {
        let (rest, (nth, _)) = (nth_week, (sp, kw("week"))).parse(i)?;
        Ok((rest, Pick::Week(nth)))
    };
    // "the 20th day of October"; without "day" only before a shifted
    // month ("20 of next month"): "20th of October" is a written date.
    let day_pick = |i| -> Res<'_, (Pick, bool)> {
        let (rest, (d, day)) = (day_of_month, opt((sp, kw("day")))).parse(i)?;
        Ok((rest, (Pick::Day(d), day.is_some())))
    };
    let (i2, _) = opt((kw("the"), sp)).parse(i)?;
    // Every pick opens with "last" or a day ("3rd", "20", "third"): where
    // neither stands, none is tried.
    if kw("last").parse(i2).is_err() && day_of_month(i2).is_err() {
        return fail(i);
    }
    let (rest, (pick, needs_shifted)) = alt((
        weekday_pick.map(|p| (p, false)),
        last_day.map(|p| (p, false)),
        day_from_end.map(|p| (p, false)),
        week_pick.map(|p| (p, false)),
        |i| day_pick(i).map(|(r, (p, day))| (r, (p, !day))),
    ))
    .parse(i2)?;
    // "the 21st this month": without "of" only "the" + a written ordinal
    // day before a shifted month ("sold 21 this month" is a count).
    let ordinal_written = i2.len() < i.len()
        && matches!(pick, Pick::Day(_))
        && consumed(i2, rest).contains(|c: char| c.is_ascii_alphabetic());
    let (rest, of_word) = match of(rest) {
        Ok((r, _)) => (r, true),
        Err(_) if ordinal_written => (sp(rest)?.0, false),
        Err(e) => return Err(e),
    };
    let (rest, month) = month_ref(rest)?;
    let shifted = matches!(month, MonthRef::Shifted(_));
    if (needs_shifted || !of_word) && !shifted {
        return fail(i);
    }
    Ok((rest, DateExpr::InMonth { pick, month }))
}

/// "Wednesday of next week", "Wednesday next week", "Sunday from last
/// week", "last week's Sunday", "Friday after next".
fn weekday_of_week(i: &str) -> Res<'_, DateExpr> {
    let week = |i| -> Res<'_, i32> {
        let (rest, (_, shift, _, _)) =
            (opt((kw("the"), sp)), shift_word, sp, kw("week")).parse(i)?;
        Ok((rest, shift))
    };
    let after = |i| -> Res<'_, DateExpr> {
        let (rest, (weekday, _, _, week)) = (
            weekday_name,
            sp,
            opt((alt((kw("of"), kw("from"))), sp)),
            week,
        )
            .parse(i)?;
        Ok((rest, DateExpr::WeekdayOfWeek { weekday, week }))
    };
    let possessive = |i| -> Res<'_, DateExpr> {
        let (rest, (week, _, _, weekday)) =
            (week, alt((tag("'s"), tag("’s"))), sp, weekday_name).parse(i)?;
        Ok((rest, DateExpr::WeekdayOfWeek { weekday, week }))
    };
    let after_next = |i| -> Res<'_, DateExpr> {
        let (rest, (weekday, _, _, _, _)) =
            (weekday_name, sp, kw("after"), sp, kw("next")).parse(i)?;
        Ok((
            rest,
            DateExpr::Weekday {
                weekday,
                shift: Some(2),
            },
        ))
    };
    // "next week on Tuesday", "next week Mon", "previous week - Monday".
    let week_then_day = |i| -> Res<'_, DateExpr> {
        let (rest, (week, _, weekday)) = (
            week,
            alt((
                (sp, kw("on"), sp).map(|_| ()),
                (opt(sp), alt((tag("-"), tag("–"))), opt(sp)).map(|_| ()),
                (opt(char(',')), sp).map(|_| ()),
            )),
            alt((weekday_name, capital_weekday_abbreviation)),
        )
            .parse(i)?;
        word_end(rest)?;
        Ok((rest, DateExpr::WeekdayOfWeek { weekday, week }))
    };
    // Each form opens with a weekday or a shifted week: where neither
    // stands, none is tried.
    if weekday_name(i).is_err() && week(i).is_err() {
        return fail(i);
    }
    alt((after, possessive, after_next, week_then_day)).parse(i)
}

/// "Mon", "Tue" capitalised without a period: a weekday where one is
/// expected ("next week Mon").
fn capital_weekday_abbreviation(i: &str) -> Res<'_, u8> {
    let (rest, w) = letters(i)?;
    word_end(rest)?;
    match lookup(WEEKDAY_ABBREVIATIONS, w) {
        Some(d) if w.starts_with(|c: char| c.is_ascii_uppercase()) => Ok((rest, d)),
        _ => fail(i),
    }
}

/// "Tuesday the 19th", "Thu 15th": a weekday and an ordinal day with no
/// month (a month after it makes a written date instead).
fn weekday_day(i: &str) -> Res<'_, DateExpr> {
    let (rest, (weekday, _, _, _, day)) = (
        weekday_before_date,
        opt(char(',')),
        sp,
        opt((kw("the"), sp)),
        alt((day_ordinal.map(|d| (d, false)), |i| {
            let (rest, d) = digits_m_n(1, 2)(i)?;
            Ok((rest, (d, true)))
        })),
    )
        .parse(i)?;
    let (day, cardinal) = day;
    if (sp, alt((kw("of").map(|_| 0), month_loose)))
        .parse(rest)
        .is_ok()
    {
        return fail(i);
    }
    // "on Monday 21!": a bare number is a day only after a capitalised
    // weekday and where the clause ends ("Monday 21 people", "Monday 21.5"
    // are no dates).
    if cardinal {
        let capitalised = i.starts_with(|c: char| c.is_ascii_uppercase());
        let after = rest.trim_start();
        let mut chars = after.chars();
        let ends = match chars.next() {
            None => true,
            Some('!' | '?' | ';' | ':' | ')') => true,
            Some('.' | ',') => !chars.next().is_some_and(|c| c.is_ascii_digit()),
            Some(_) => false,
        };
        if !(capitalised && ends && (1..=31).contains(&day)) {
            return fail(i);
        }
    }
    Ok((rest, DateExpr::WeekdayDay { weekday, day }))
}

/// "next March", "this September", "last May" (capitalised: "this may" is
/// a verb).
fn shifted_month(i: &str) -> Res<'_, DateExpr> {
    let (rest, (shift, _, month)) = (shift_word, sp, month_name).parse(i)?;
    word_end(rest)?;
    Ok((rest, DateExpr::MonthShift { month, shift }))
}

/// "March after next": the March after next March.
fn month_after_next(i: &str) -> Res<'_, DateExpr> {
    let (rest, (month, _)) = (month_name, (sp, kw("after"), sp, kw("next"))).parse(i)?;
    word_end(rest)?;
    Ok((rest, DateExpr::MonthShift { month, shift: 2 }))
}

/// "the ides of March": the 15th of March, May, July and October, the 13th
/// of the other months (the Roman calendar).
fn ides(i: &str) -> Res<'_, DateExpr> {
    let (rest, (_, month)) = (
        (opt((kw("the"), sp)), kw("ides"), sp, kw("of"), sp),
        month_ref,
    )
        .parse(i)?;
    let day = match month {
        MonthRef::Named {
            month: 3 | 5 | 7 | 10,
            ..
        } => 15,
        MonthRef::Named { .. } => 13,
        MonthRef::Shifted(_) => return fail(i),
    };
    Ok((
        rest,
        DateExpr::InMonth {
            pick: Pick::Day(day),
            month,
        },
    ))
}

/// After a relation: "on the 15th", "on the first" — nothing but
/// punctuation after it ("on the 15th floor" is no date).
fn day_of_this_month(i: &str) -> Res<'_, DateExpr> {
    let (rest, (_, _, day)) = (kw("the"), sp, day_ordinal).parse(i)?;
    let next = rest.trim_start_matches([' ', '\t']);
    if next.starts_with(|c: char| c.is_alphanumeric()) {
        return fail(i);
    }
    Ok((rest, DateExpr::DayOfMonth(day)))
}

/// A calendar unit word: week, month, quarter, year (and "yr", "qtr").
fn calendar_unit(i: &str) -> Res<'_, CalendarUnit> {
    alt((
        kw("week").map(|_| CalendarUnit::Week),
        kw("month").map(|_| CalendarUnit::Month),
        kw("quarter").map(|_| CalendarUnit::Quarter),
        kw("qtr").map(|_| CalendarUnit::Quarter),
        kw("year").map(|_| CalendarUnit::Year),
        (kw("calendar"), sp, kw("year")).map(|_| CalendarUnit::Year),
        kw("yr").map(|_| CalendarUnit::Year),
        kw("decade").map(|_| CalendarUnit::Decade),
    ))
    .parse(i)
}

/// "this week", "next month", "last year", "the following week", "the
/// current quarter"
fn shifted_unit(i: &str) -> Res<'_, DateExpr> {
    // "the week after next" (2), "the year before last" (−2).
    let two_away = |i| -> Res<'_, DateExpr> {
        let (rest, (_, unit, _, shift)) = (
            (kw("the"), sp),
            calendar_unit,
            sp,
            alt((
                (kw("after"), sp, kw("next")).map(|_| 2),
                (kw("before"), sp, kw("last")).map(|_| -2),
            )),
        )
            .parse(i)?;
        word_end(rest)?;
        Ok((rest, DateExpr::Unit { unit, shift }))
    };
    let shifted = |i| -> Res<'_, DateExpr> {
        let (rest, (_, shift, _, unit)) =
            (opt((kw("the"), sp)), shift_word, sp, calendar_unit).parse(i)?;
        Ok((rest, DateExpr::Unit { unit, shift }))
    };
    // "the past decade", "the past year": like "the past two years", an
    // interval ending at the article date (DESIGN), not the calendar unit
    // before this one ("last year").
    let past = |i| -> Res<'_, DateExpr> {
        let (rest, (_, _, _, unit)) =
            (opt((kw("the"), sp)), kw("past"), sp, calendar_unit).parse(i)?;
        word_end(rest)?;
        // Only the decade: "past week" and "past quarter" stay calendar
        // units, as both peer suites read them.
        let (amount, unit) = match unit {
            CalendarUnit::Decade => (10.0, DurationUnit::Year),
            _ => return fail(i),
        };
        Ok((
            rest,
            DateExpr::Period {
                amount,
                unit,
                direction: -1,
            },
        ))
    };
    alt((two_away, past, shifted)).parse(i)
}

/// The weekday shift of "(this) coming/upcoming Friday": the nearest one
/// after the article date, where "next Friday" is next week's.
pub const SHIFT_COMING: i32 = 10;

/// "coming", "upcoming", "this coming": the nearest one ahead; "(this)
/// past": the nearest one back.
fn coming_word(i: &str) -> Res<'_, i32> {
    preceded(
        opt((kw("this"), sp)),
        alt((
            alt((kw("coming"), kw("upcoming"))).map(|_| SHIFT_COMING),
            kw("past").map(|_| SHIFT_PAST),
        )),
    )
    .parse(i)
}

/// The weekday shift of "(this) past Friday": the nearest one before the
/// article date, where "last Friday" is last week's.
pub const SHIFT_PAST: i32 = -10;

/// "next Friday", "last Monday", "this Friday", "this coming Friday"
fn shifted_weekday(i: &str) -> Res<'_, DateExpr> {
    let (rest, (shift, _, weekday)) =
        (alt((coming_word, shift_word)), sp, weekday_name).parse(i)?;
    Ok((
        rest,
        DateExpr::Weekday {
            weekday,
            shift: Some(shift),
        },
    ))
}

/// "Monday", "next Friday"
pub fn weekday_expr(i: &str) -> Res<'_, DateExpr> {
    alt((shifted_weekday, |i| {
        weekday_name(i).map(|(r, weekday)| {
            (
                r,
                DateExpr::Weekday {
                    weekday,
                    shift: None,
                },
            )
        })
    }))
    .parse(i)
}

/// A count before a unit: a numeral, or "a"/"an".
fn count(i: &str) -> Res<'_, f64> {
    alt((kw("a").map(|_| 1.0), kw("an").map(|_| 1.0), |i| {
        numeral(i).map(|(r, n)| (r, n.value))
    }))
    .parse(i)
}

/// "a fortnight", "two fortnights", "fortnight" (after "next"): two weeks
/// each.
fn fortnights(i: &str) -> Res<'_, (f64, DurationUnit)> {
    let (rest, (n, _)) = (
        opt(terminated(count, sp)),
        alt((kw("fortnights"), kw("fortnight"))),
    )
        .parse(i)?;
    Ok((rest, (n.unwrap_or(1.0) * 2.0, DurationUnit::Week)))
}

/// "two weeks", "a month", "18 months": a count and a day-or-longer unit.
fn counted_units(i: &str) -> Res<'_, (f64, DurationUnit)> {
    if let Ok(found) = fortnights(i) {
        return Ok(found);
    }
    let (rest, (n, _, unit)) = (count, sp, duration_unit).parse(i)?;
    word_end(rest)?;
    if matches!(
        unit,
        DurationUnit::Second | DurationUnit::Minute | DurationUnit::Hour
    ) {
        return fail(i);
    }
    Ok((rest, (n, unit)))
}

/// How many parts after the first a span before "later" may have ("2 years
/// 1 month 21 days later" has two).
const LATER_PARTS_MAX: usize = 6;

/// "two weeks ago"
fn ago(i: &str) -> Res<'_, DateExpr> {
    let (rest, ((amount, unit), _, _)) = (counted_units, sp, kw("ago")).parse(i)?;
    Ok((rest, DateExpr::Ago { amount, unit }))
}

/// "two days from now", "three years from today", "a week hence"
fn hence(i: &str) -> Res<'_, DateExpr> {
    let (rest, ((amount, unit), _, _)) = (
        counted_units,
        sp,
        alt((
            (kw("from"), sp, alt((kw("now"), kw("today")))).map(|_| ()),
            kw("hence").map(|_| ()),
        )),
    )
        .parse(i)?;
    Ok((rest, DateExpr::Hence { amount, unit }))
}

/// A day another is counted from: "tomorrow", "January 15th", "next Monday".
fn day_base(i: &str) -> Res<'_, DayBase> {
    day_base_with(DateOrder::None)(i)
}

/// `day_base` with numeric dates read by `order` ("16 days from 01/02/2018").
fn day_base_with(order: DateOrder) -> impl Fn(&str) -> Res<'_, DayBase> {
    move |i| {
        alt((
            |i| match day_word(i)? {
                (r, DateExpr::DayOffset(n)) => Ok((r, DayBase::Offset(n))),
                _ => fail(i),
            },
            // "tmrw", "tmr": tomorrow in short.
            |i| {
                let (r, _) = alt((tnc("tmrw"), tnc("tmr"))).parse(i)?;
                word_end(r)?;
                Ok((r, DayBase::Offset(1)))
            },
            |i| match alt((month_day_year, day_month_year, numeric_date(order))).parse(i)? {
                (r, DateExpr::Day { year, month, day }) => {
                    Ok((r, DayBase::Day { year, month, day }))
                }
                _ => fail(i),
            },
            |i| match weekday_expr(i)? {
                (r, DateExpr::Weekday { weekday, shift }) => {
                    Ok((r, DayBase::Weekday { weekday, shift }))
                }
                _ => fail(i),
            },
        ))
        .parse(i)
    }
}

/// "the day before", "three weeks later", "a fortnight later", "2 years 1
/// month 21 days later", "the same week", "that weekend": a day or period
/// counted from an event the phrase does not name. Extracted, never
/// resolved (the event is not the article date).
///
/// `units` tells whether a count of units may stand at the start of the
/// input (see [`has_counted_units`]).
fn anaphoric_at<'a>(units: bool) -> impl Fn(&'a str) -> Res<'a, DateExpr> {
    move |i| {
        let day_around = |i| -> Res<'_, ()> {
            let (rest, _) = (
                kw("the"),
                sp,
                kw("day"),
                sp,
                alt((kw("before"), kw("after"))),
            )
                .parse(i)?;
            // "the day before yesterday" is a day of its own (`day_word`).
            if day_word(rest.trim_start()).is_ok() {
                return fail(i);
            }
            Ok((rest, ()))
        };
        let later = |i| -> Res<'_, ()> {
            let (mut rest, _) = counted_units(i)?;
            // "2 years 1 month 21 days later", "a year and two months later":
            // a few parts (one per unit at most), not a list read to its
            // end from each of its figures.
            for _ in 0..LATER_PARTS_MAX {
                let Ok((r, _)) = preceded(
                    alt((
                        (sp, kw("and"), sp).map(|_| ()),
                        (char(','), sp).map(|_| ()),
                        sp.map(|_| ()),
                    )),
                    counted_units,
                )
                .parse(rest) else {
                    break;
                };
                rest = r;
            }
            let (rest, _) = (sp, alt((kw("later"), kw("earlier")))).parse(rest)?;
            Ok((rest, ()))
        };
        // "the same week", "that weekend": the period of an event told before.
        let same = |i| -> Res<'_, ()> {
            let (rest, _) = (
                alt((
                    (kw("the"), sp, kw("same")).map(|_| ()),
                    kw("that").map(|_| ()),
                )),
                sp,
                alt((
                    kw("day"),
                    kw("week"),
                    kw("weekend"),
                    kw("month"),
                    kw("year"),
                )),
            )
                .parse(i)?;
            Ok((rest, ()))
        };
        let (rest, ()) = alt((day_around, units_first(units, later), same)).parse(i)?;
        word_end(rest)?;
        Ok((rest, DateExpr::Vague))
    }
}

/// "three weeks from tomorrow", "2 weeks before May 13 1999", "two months
/// after next Friday": a count of units from a day.
fn shifted_from_day(i: &str) -> Res<'_, DateExpr> {
    shifted_from_day_with(DateOrder::None)(i)
}

/// The direction of a count from a named day: "after"/"from" forward,
/// "before" back ("16 days from 01/02/2018", "2 weeks before today").
fn shift_direction(i: &str) -> Res<'_, i32> {
    alt((
        kw("after").map(|_| 1),
        kw("from").map(|_| 1),
        kw("before").map(|_| -1),
    ))
    .parse(i)
}

/// `shifted_from_day` with numeric dates read by `order`.
fn shifted_from_day_with(order: DateOrder) -> impl Fn(&str) -> Res<'_, DateExpr> {
    move |i| {
        let (rest, ((amount, unit), _, sign, _, base)) =
            (counted_units, sp, shift_direction, sp, day_base_with(order)).parse(i)?;
        Ok((
            rest,
            DateExpr::Shifted {
                amount,
                unit,
                sign,
                base,
            },
        ))
    }
}

/// "Monday two weeks from now", "Thursday, two years from now", "Sunday 3
/// weeks after January 15th".
fn weekday_of_shifted(i: &str) -> Res<'_, DateExpr> {
    let (rest, (weekday, _, _, shifted)) = (
        weekday_name,
        opt(char(',')),
        sp,
        alt((hence, shifted_from_day)),
    )
        .parse(i)?;
    let (amount, unit, sign, base) = match shifted {
        DateExpr::Hence { amount, unit } => (amount, unit, 1, DayBase::Offset(0)),
        DateExpr::Shifted {
            amount,
            unit,
            sign,
            base,
        } => (amount, unit, sign, base),
        _ => return fail(i),
    };
    Ok((
        rest,
        DateExpr::WeekdayOfShifted {
            weekday,
            amount,
            unit,
            sign,
            base,
        },
    ))
}

/// "for 3 days starting from next Monday", "for a week, from 20th dec",
/// "for 2 weeks starting May 20th": the days from the start on, the
/// start's day included. Counted in days or weeks only (a month's length
/// depends on where it starts). Returns the first and the last day.
fn duration_from_start(i: &str) -> Res<'_, (DateExpr, DateExpr)> {
    let (rest, (_, _, (amount, unit), _, _, _, base)) = (
        kw("for"),
        sp,
        counted_units,
        opt(char(',')),
        sp,
        alt((
            (
                alt((kw("starting"), kw("beginning"), kw("commencing"))),
                opt((sp, alt((kw("from"), kw("on"))))),
            )
                .map(|_| ()),
            kw("from").map(|_| ()),
        )),
        preceded(sp, day_base),
    )
        .parse(i)?;
    let days = match unit {
        DurationUnit::Day => amount,
        DurationUnit::Week => amount * 7.0,
        _ => return fail(i),
    };
    if days < 1.0 || days.fract() != 0.0 {
        return fail(i);
    }
    let start = match base {
        DayBase::Offset(n) => DateExpr::DayOffset(n),
        DayBase::Day { year, month, day } => DateExpr::Day { year, month, day },
        DayBase::Weekday { weekday, shift } => DateExpr::Weekday { weekday, shift },
    };
    let end = DateExpr::Shifted {
        amount: days - 1.0,
        unit: DurationUnit::Day,
        sign: 1,
        base,
    };
    Ok((rest, (start, end)))
}

/// "this weekend", "last weekend", "the weekend"
fn weekend(i: &str) -> Res<'_, DateExpr> {
    let (rest, (shift, _)) = (
        alt((
            terminated(shift_word, sp).map(Some),
            (kw("the"), sp).map(|_| None),
        )),
        kw("weekend"),
    )
        .parse(i)?;
    word_end(rest)?;
    Ok((rest, DateExpr::Weekend(shift)))
}

/// "Fridays" ("Friday" after "one"): a counted weekday name.
fn weekday_plural(i: &str) -> Res<'_, u8> {
    let (rest, w) = letters(i)?;
    let one = w.strip_suffix('s').unwrap_or(w);
    match lookup(WEEKDAYS, one) {
        Some(d) => Ok((rest, d)),
        None => fail(i),
    }
}

/// "three Fridays from now", "2 Thursdays ago", "two Sundays back"
fn counted_weekdays(i: &str) -> Res<'_, DateExpr> {
    let (rest, (n, _, weekday, _, sign)) = (
        numeral,
        sp,
        weekday_plural,
        sp,
        alt((
            (kw("from"), sp, alt((kw("now"), kw("today")))).map(|_| 1),
            kw("hence").map(|_| 1),
            kw("ago").map(|_| -1),
            kw("back").map(|_| -1),
        )),
    )
        .parse(i)?;
    let n = n.value;
    if n.fract() != 0.0 || !(1.0..=52.0).contains(&n) {
        return fail(i);
    }
    Ok((
        rest,
        DateExpr::WeekdayCount {
            weekday,
            n: sign * n as i32,
        },
    ))
}

/// After "in": "in three weeks" (a shift of the article date).
fn in_counted(i: &str) -> Res<'_, DateExpr> {
    let (rest, (amount, unit)) = counted_units(i)?;
    Ok((rest, DateExpr::Hence { amount, unit }))
}

/// "weeks", "quarters" after a count: one unit (the count is read apart).
fn counted_units_bare(i: &str) -> Res<'_, (f64, DurationUnit)> {
    let (rest, unit) = duration_unit(i)?;
    word_end(rest)?;
    if matches!(
        unit,
        DurationUnit::Second | DurationUnit::Minute | DurationUnit::Hour
    ) {
        return fail(i);
    }
    Ok((rest, (1.0, unit)))
}

/// "two decades" after a shift word: ten years each.
fn counted_decades(i: &str) -> Res<'_, (f64, DurationUnit)> {
    let (rest, (n, _, _)) = (count, sp, alt((kw("decades"), kw("decade")))).parse(i)?;
    Ok((rest, (n * 10.0, DurationUnit::Year)))
}

/// "two quarters" after a shift word: three months each.
/// The count is one token: "three quarters" alone would read as ¾.
fn counted_quarters(i: &str) -> Res<'_, (f64, DurationUnit)> {
    let one_token = |i| -> Res<'_, f64> {
        let (rest, w) = take_while1(|c: char| c.is_ascii_alphanumeric()).parse(i)?;
        match w.parse::<u32>().ok().or_else(|| lookup(SMALL_NUMBERS, w)) {
            Some(n) if n > 0 => Ok((rest, f64::from(n))),
            _ => fail(i),
        }
    };
    let (rest, (n, _, _)) = (one_token, sp, alt((kw("quarters"), kw("quarter")))).parse(i)?;
    Ok((rest, (3.0 * n, DurationUnit::Month)))
}

/// "the past two years", "the last 3 months", "the next three days", "the
/// coming two weeks", "the last 2 quarters"
fn period(i: &str) -> Res<'_, DateExpr> {
    let (rest, (_, shift, _, (amount, unit))) = (
        opt((kw("the"), sp)),
        shift_word,
        sp,
        alt((counted_units, counted_quarters, counted_decades)),
    )
        .parse(i)?;
    if shift == 0 {
        return fail(i);
    }
    Ok((
        rest,
        DateExpr::Period {
            amount,
            unit,
            direction: shift,
        },
    ))
}

/// "the next 4 business days", "the previous five working days".
fn business_days(i: &str) -> Res<'_, DateExpr> {
    let (rest, (_, shift, _, n, _, _, _, _)) = (
        opt((kw("the"), sp)),
        shift_word,
        sp,
        numeral,
        sp,
        alt((kw("business"), kw("working"), kw("work"))),
        sp,
        alt((kw("days"), kw("day"))),
    )
        .parse(i)?;
    match (shift, u32::try_from(n.value as i64)) {
        (1 | -1, Ok(count)) if n.value.fract() == 0.0 && (1..=366).contains(&count) => Ok((
            rest,
            DateExpr::BusinessDays {
                count,
                direction: shift,
            },
        )),
        _ => fail(i),
    }
}

/// "the two upcoming weeks", "3 previous years": the count first.
fn period_count_first(i: &str) -> Res<'_, DateExpr> {
    let (rest, (_, n, _, shift, _, (amount, unit))) = (
        opt((kw("the"), sp)),
        count,
        sp,
        // Not "last" ("the two last weeks" is no English), not "this".
        alt((
            alt((kw("upcoming"), kw("coming"), kw("next"), kw("following"))).map(|_| 1),
            alt((kw("past"), kw("previous"))).map(|_| -1),
        )),
        sp,
        alt((
            counted_units_bare,
            alt((kw("quarters"), kw("quarter"))).map(|_| (3.0, DurationUnit::Month)),
        )),
    )
        .parse(i)?;
    let amount = amount * n;
    Ok((
        rest,
        DateExpr::Period {
            amount,
            unit,
            direction: shift,
        },
    ))
}

/// A weekday before a full date: "Tuesday, " or "Tue ".
fn weekday_prefix(i: &str) -> Res<'_, u8> {
    terminated(weekday_before_date, (opt(char(',')), sp)).parse(i)
}

/// "2014 AD", "14 a.d.", "300 BC", "44 BCE": a year with its era. Years
/// before Christ are astronomical (ISO 8601, as chrono counts them): 1 BC
/// is year 0, 2014 BC year −2013.
fn era_year(i: &str) -> Res<'_, DateExpr> {
    let (rest, (y, _, bc)) = (
        take_while_m_n(1, 4, |c: char| c.is_ascii_digit()),
        sp,
        alt((
            alt((tag("AD"), tag("A.D."), tag("a.d."), tag("CE"), tag("C.E."))).map(|_| false),
            alt((
                tag("BCE"),
                tag("B.C.E."),
                tag("BC"),
                tag("B.C."),
                tag("b.c."),
            ))
            .map(|_| true),
        )),
    )
        .parse(i)?;
    // "A.D." ends in its own period; others end at a word boundary.
    if !consumed(i, rest).ends_with('.') {
        word_end(rest)?;
    }
    let y: i32 = match y.parse() {
        Ok(n) if n > 0 => n,
        _ => return fail(i),
    };
    Ok((rest, DateExpr::Year(if bc { 1 - y } else { y })))
}

/// The written date forms that stand alone, most specific first. Each is
/// tried only where its opening words stand (see [`Lead`]; the reference,
/// every alternative tried, is `calendar_expr_all` in the tests).
fn calendar_expr(order: DateOrder) -> impl Fn(&str) -> Res<'_, DateExpr> {
    move |i| {
        let l = Lead::new(i);
        let is = |w: &str, k: &str| w.eq_ignore_ascii_case(k);
        let digit = |s: &str| s.starts_with(|c: char| c.is_ascii_digit());
        // Digits at the start / after "the ".
        let d1 = digit(i);
        let d2 = digit(l.after_the);
        // A day word after "the " (`ordinal_word`, `day_cardinal`).
        let day2 = Lead::day_word_opens(l.second);
        let month = month_loose(i).is_ok();
        // What follows the opening digits: the numeric forms differ there.
        let n = i.bytes().take_while(u8::is_ascii_digit).count();
        let next = i.get(n..).and_then(|r| r.chars().next());
        let blank = next.is_some_and(is_space);
        let dash_or_slash = matches!(next, Some('-' | '/'));
        alt((
            // 1–4 digits, a blank, an era ("800 AD")
            gated(d1 && n <= 4 && blank, era_year),
            // digits and "-" or "/" ("31-Oct-74", "2019/aug/01") | month …
            gated((d1 && dash_or_slash) || month, mixed_numeric_date),
            // a year and "-" ("2021-06-29")
            gated(d1 && next == Some('-'), iso_date),
            // a year and "-" or "/" ("2014-10")
            gated(d1 && dash_or_slash, iso_month),
            // 1–2 digits, then a blank or a separator ("10/31/2021", "2 / 15")
            gated(
                d1 && n <= 2 && (blank || matches!(next, Some('/' | '.' | '-'))),
                numeric_date(order),
            ),
            gated(d1 || month, month_year),
            // month …
            gated(month, month_slash_day),
            gated(month, month_day_year),
            // ["the"] (digits | day word) …
            gated(d2 || day2, day_month_year),
            // a year and a blank ("2017 april", "2016 10 16")
            gated(d1 && n == 4 && blank, year_month),
            gated(d1 && n == 4 && blank, spaced_ymd),
            // eight digits ("20161016")
            gated(d1 && n == 8, compact_date),
            // ["the"] digits …; bare: a year, then "s", "'s" or a blank ("1990s")
            gated(
                if d1 {
                    n == 4 && (blank || matches!(next, Some('s' | '\'' | '’')))
                } else {
                    d2
                },
                decade,
            ),
            // ["the"] (digits | ordinal word) …; bare: 1–2 digits and an
            // ordinal suffix ("21st century")
            gated(
                if d1 {
                    n <= 2 && next.is_some_and(|c| "sSnNrRtT".contains(c))
                } else {
                    d2 || day2
                },
                century,
            ),
            // digits … | ["the"] (digits | "q" | ordinal word) …
            gated(
                d1 || d2 || day2 || l.after_the.starts_with(['q', 'Q']),
                quarter,
            ),
            // digits … | "h" … | ["the"] ("first" | "second" | "1st" | "2nd") …
            gated(
                d1 || d2
                    || i.starts_with(['h', 'H'])
                    || is(l.second, "first")
                    || is(l.second, "second"),
                half,
            ),
            // ["the"] (digits | ordinal word | "first" | "last" | "week") …
            gated(
                d2 || day2 || ["first", "last", "week"].iter().any(|k| is(l.second, k)),
                year_slice,
            ),
            // ["the"] (digits | ordinal word | "last" | "week") …
            gated(
                d2 || day2 || is(l.second, "last") || is(l.second, "week"),
                iso_week,
            ),
            // ["the"] season …
            gated(
                ["spring", "summer", "fall", "autumn", "winter"]
                    .iter()
                    .any(|k| is(l.second, k)),
                season_with_year,
            ),
        ))
        .parse(i)
    }
}

/// [`calendar_expr`] with every alternative tried: the reference the gated
/// version is compared with.
#[cfg(test)]
fn calendar_expr_all(order: DateOrder) -> impl Fn(&str) -> Res<'_, DateExpr> {
    move |i| {
        alt((
            era_year,
            mixed_numeric_date,
            iso_date,
            iso_month,
            numeric_date(order),
            month_year,
            month_slash_day,
            month_day_year,
            day_month_year,
            year_month,
            spaced_ymd,
            compact_date,
            decade,
            century,
            quarter,
            half,
            year_slice,
            iso_week,
            season_with_year,
        ))
        .parse(i)
    }
}

/// Relative expressions that stand alone.
fn relative_expr(i: &str) -> Res<'_, DateExpr> {
    relative_expr_at(has_counted_units(i))(i)
}

/// Whether a count of units ("two weeks", "3 days") may stand at the start
/// of `i`: false only where `counted_units` fails there, so the
/// alternatives that open with one can be skipped.
fn has_counted_units(i: &str) -> bool {
    // Every count of units opens with a count ("a", "two", "3": see
    // [`may_open_numeral`]) or "fortnight(s)".
    let first = letters(i).map_or("", |(_, w)| w);
    let opens = may_open_numeral(i)
        || first.eq_ignore_ascii_case("fortnight")
        || first.eq_ignore_ascii_case("fortnights");
    opens && !matches!(counted_units(i), Err(nom::Err::Error(_)))
}

/// `p`, which opens with `counted_units`, where `units` (see
/// [`has_counted_units`]) says one may stand; elsewhere it fails at once.
fn units_first<'a, O>(
    units: bool,
    p: impl Fn(&'a str) -> Res<'a, O>,
) -> impl Fn(&'a str) -> Res<'a, O> {
    move |i| if units { p(i) } else { fail(i) }
}

/// `p` where `open` says it may open at its input; elsewhere it fails at
/// once (as `p` would: see [`Lead`]).
fn gated<'a, O>(open: bool, p: impl Fn(&'a str) -> Res<'a, O>) -> impl Fn(&'a str) -> Res<'a, O> {
    move |i| if open { p(i) } else { fail(i) }
}

/// The words an item opens with, read once, so that the alternatives of
/// [`relative_expr_at`], [`calendar_expr`] and `standalone_item` that
/// cannot open there are not tried. Every
/// predicate is a necessary condition for its alternative to succeed:
/// `false` only where the alternative fails (with an `Error`: no parser
/// here fails with a `Failure`).
struct Lead<'a> {
    /// The input after an opening "the " (`opt((kw("the"), sp))`).
    after_the: &'a str,
    /// Whether an opening "the " was read.
    the: bool,
    /// The first word of ASCII letters ("" where none), and the first word
    /// after "the ".
    first: &'a str,
    second: &'a str,
}

impl<'a> Lead<'a> {
    fn new(i: &'a str) -> Self {
        let word = |i: &'a str| letters(i).map_or("", |(_, w)| w);
        let after_the = match (kw("the"), sp).parse(i) {
            Ok((r, _)) => r,
            Err(_) => i,
        };
        Self {
            after_the,
            the: after_the.len() < i.len(),
            first: word(i),
            second: word(after_the),
        }
    }

    /// Whether `w` may open a day or ordinal in words (`ordinal_word`:
    /// "twenty"/"thirty" or an ordinal; `day_cardinal`: tens or a small
    /// number).
    fn day_word_opens(w: &str) -> bool {
        lookup(DAY_ORDINALS, w).is_some()
            || lookup(TENS, w).is_some()
            || lookup(SMALL_NUMBERS, w).is_some()
    }

    /// `shift_word` at the start / after "the".
    fn shift_first(&self) -> bool {
        lookup(SHIFT_WORDS, self.first).is_some()
    }

    fn shift_second(&self) -> bool {
        lookup(SHIFT_WORDS, self.second).is_some()
    }
}

/// [`relative_expr`] where `units` tells whether a count of units may
/// stand at the start of its input. Each alternative is tried only where
/// its opening words stand (see [`Lead`]; the reference, every
/// alternative tried, is `relative_expr_all` in the tests).
fn relative_expr_at<'a>(units: bool) -> impl Fn(&'a str) -> Res<'a, DateExpr> {
    move |i| {
        let l = Lead::new(i);
        let is = |w: &str, k: &str| w.eq_ignore_ascii_case(k);
        let prefix = |s: &str, k: &str| s.get(..k.len()).is_some_and(|p| p.eq_ignore_ascii_case(k));
        let weekday = weekday_name(i).is_ok();
        let shift1 = l.shift_first();
        let shift2 = l.shift_second();
        alt((
            // weekday_name …
            gated(weekday, weekday_of_shifted),
            // ["the"] ("last" | digits | day word) …
            gated(
                is(l.second, "last")
                    || l.after_the.starts_with(|c: char| c.is_ascii_digit())
                    || Lead::day_word_opens(l.second),
                picked_day,
            ),
            // ["the"] "week" … | "w/c" …
            gated(is(l.second, "week") || prefix(i, "w/c"), week_of_day),
            // weekday_name … | ["the"] shift_word "week" …
            gated(weekday || shift2, weekday_of_week),
            // shift_word …
            gated(shift1, shifted_month),
            month_after_next,
            // ["the"] "ides" …
            gated(is(l.second, "ides"), ides),
            // shift_word …
            gated(shift1, shifted_season),
            // ["the"] shift_word …
            gated(shift2, business_days),
            gated(shift2, period),
            // ["the"] count …
            gated(may_open_numeral(l.after_the), period_count_first),
            // "the" … | ["the"] "past" … | ["the"] shift_word …
            gated(l.the || shift2, shifted_unit),
            units_first(units, ago),
            // shift_word … | "the" …
            gated(shift1 || l.the, weekend),
            units_first(units, shifted_from_day),
            units_first(units, hence),
            // numeral …
            gated(may_open_numeral(i), counted_weekdays),
            // "the" … | a day word
            gated(l.the || lookup(DAY_WORDS, l.first).is_some(), day_word),
            // ["the"] ("fiscal" | "financial" | "school" | "academic") … |
            // ["the"] ("fy" | "sy" | "cy") …
            gated(
                ["fiscal", "financial", "school", "academic"]
                    .iter()
                    .any(|k| is(l.second, k))
                    || ["fy", "sy", "cy"].iter().any(|k| prefix(l.after_the, k)),
                fiscal_year,
            ),
        ))
        .parse(i)
    }
}

/// [`relative_expr_at`] with every alternative tried: the reference the
/// gated version is compared with.
#[cfg(test)]
fn relative_expr_all<'a>(units: bool) -> impl Fn(&'a str) -> Res<'a, DateExpr> {
    move |i| {
        alt((
            weekday_of_shifted,
            picked_day,
            week_of_day,
            weekday_of_week,
            shifted_month,
            month_after_next,
            ides,
            shifted_season,
            business_days,
            period,
            period_count_first,
            shifted_unit,
            units_first(units, ago),
            weekend,
            units_first(units, shifted_from_day),
            units_first(units, hence),
            counted_weekdays,
            day_word,
            fiscal_year,
        ))
        .parse(i)
    }
}

/// "early June", "mid-2022", "late 2021", "the end of the year", "the
/// beginning of next week", "earlier this month", "later this year".
fn part_expr(order: DateOrder) -> impl Fn(&str) -> Res<'_, (Part, DateExpr)> {
    move |i| {
        let part = |i| -> Res<'_, Part> {
            let (i, _) = opt((kw("the"), sp)).parse(i)?;
            let (rest, (p, _)) = phrase_from_in(i, PART_WORDS, crate::indexed!(PART_WORDS))?;
            let (rest, _) = alt((sp, tag("-"))).parse(rest)?;
            Ok((rest, p))
        };
        let the_unit = |i| -> Res<'_, DateExpr> {
            let (rest, (_, unit)) = (opt((kw("the"), sp)), calendar_unit).parse(i)?;
            Ok((rest, DateExpr::Unit { unit, shift: 0 }))
        };
        let base = |i| -> Res<'_, DateExpr> {
            alt((
                calendar_expr(order),
                relative_expr,
                |i| month_loose(i).map(|(r, month)| (r, DateExpr::Month { year: None, month })),
                |i| year_number(i).map(|(r, y)| (r, DateExpr::Year(y))),
                the_unit,
                bare_season,
                |i| {
                    season_word(i).map(|(r, season)| {
                        (
                            r,
                            DateExpr::Season {
                                year: None,
                                season,
                                shift: None,
                            },
                        )
                    })
                },
            ))
            .parse(i)
        };
        let parted = |i| -> Res<'_, (Part, DateExpr)> {
            let (rest, (p, _, e)) = (part, opt((kw("around"), sp)), base).parse(i)?;
            word_end(rest)?;
            Ok((rest, (p, e)))
        };
        // "EOM", "at the EOY": capitals only ("boy" is a word).
        let acronym = |i| -> Res<'_, (Part, DateExpr)> {
            let (i, _) = opt((kw("the"), sp)).parse(i)?;
            let (rest, (part, unit)) = alt((
                tag("EOM").map(|_| (Part::Late, CalendarUnit::Month)),
                tag("BOM").map(|_| (Part::Early, CalendarUnit::Month)),
                tag("EOY").map(|_| (Part::Late, CalendarUnit::Year)),
                tag("BOY").map(|_| (Part::Early, CalendarUnit::Year)),
            ))
            .parse(i)?;
            word_end(rest)?;
            Ok((rest, (part, DateExpr::Unit { unit, shift: 0 })))
        };
        let earlier_later = |i| -> Res<'_, (Part, DateExpr)> {
            let (rest, (p, _, _, unit)) = (
                alt((
                    kw("earlier").map(|_| Part::Earlier),
                    kw("later").map(|_| Part::Later),
                )),
                sp,
                alt((
                    (kw("this"), sp).map(|_| ()),
                    (kw("in"), sp, kw("the"), sp).map(|_| ()),
                )),
                calendar_unit,
            )
                .parse(i)?;
            Ok((rest, (p, DateExpr::Unit { unit, shift: 0 })))
        };
        // "earlier last week", "later next month": the early or late part
        // of a period that is not the article's own.
        let earlier_later_shifted = |i| -> Res<'_, (Part, DateExpr)> {
            let (rest, (p, _, shift, _, unit)) = (
                alt((
                    kw("earlier").map(|_| Part::Early),
                    kw("later").map(|_| Part::Late),
                )),
                sp,
                shift_word,
                sp,
                calendar_unit,
            )
                .parse(i)?;
            word_end(rest)?;
            if shift == 0 {
                return fail(i);
            }
            Ok((rest, (p, DateExpr::Unit { unit, shift })))
        };
        alt((earlier_later, earlier_later_shifted, acronym, parted)).parse(i)
    }
}

/// A two-digit year standing alone ("18" in "FY18"): 00–49 → 2000s.
fn short_year(i: &str) -> Res<'_, i32> {
    let (rest, y) = digits_m_n(2, 2)(i)?;
    word_end(rest)?;
    Ok((rest, two_digit_year(y)))
}

/// A fiscal or school year: "fiscal year 2008", "the school year",
/// "FY2008", "sy18". Extracted but never resolved: when such a year starts
/// depends on the government, company or school. "cy18", "CY 2018" are
/// calendar years.
fn fiscal_year(i: &str) -> Res<'_, DateExpr> {
    let spelled = |i| -> Res<'_, DateExpr> {
        let (rest, _) = (
            alt((kw("fiscal"), kw("financial"), kw("school"), kw("academic"))),
            sp,
            kw("year"),
        )
            .parse(i)?;
        let (rest, _) = opt(preceded(sp, year_number)).parse(rest)?;
        Ok((rest, DateExpr::Vague))
    };
    let abbreviated = |i| -> Res<'_, DateExpr> {
        let (rest, (kind, _, y)) = (
            alt((
                tnc("fy").map(|_| false),
                tnc("sy").map(|_| false),
                tnc("cy").map(|_| true),
            )),
            alt((sp, tag(""))),
            alt((year_number, short_year)),
        )
            .parse(i)?;
        Ok((
            rest,
            if kind {
                DateExpr::Year(y)
            } else {
                DateExpr::Vague
            },
        ))
    };
    preceded(opt((kw("the"), sp)), alt((spelled, abbreviated))).parse(i)
}

/// A phrase from a list at the start of `i`.
fn vague(i: &str) -> Res<'_, DateExpr> {
    let (rest, _) = longest_phrase(i, VAGUE_DATES, crate::indexed!(VAGUE_DATES, words))?;
    Ok((rest, DateExpr::Vague))
}

/// The longest phrase of `table` that starts `i` (the first of equals), as
/// [`phrase_from`] reads a table of pairs, without building one.
fn longest_phrase<'a>(i: &'a str, table: &[&str], index: &FirstBytes) -> Res<'a, &'a str> {
    let mut best: Option<(&'a str, &'a str)> = None;
    for &n in index.candidates(i) {
        let Some(p) = table.get(usize::from(n)) else {
            continue;
        };
        if let Ok((rest, text)) = phrase(i, p) {
            if best.is_none_or(|(_, t)| text.len() > t.len()) {
                best = Some((rest, text));
            }
        }
    }
    match best {
        Some(found) => Ok(found),
        None => Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Tag,
        ))),
    }
}

/// An expression with an optional part and weekday, standing alone.
type Item = (Option<u8>, Option<Part>, DateExpr);

/// `standalone_item` with `all`: every alternative tried (the reference in
/// the tests); otherwise each only where its opening words stand (see
/// [`Lead`]).
fn standalone_item_with(order: DateOrder, all: bool) -> impl Fn(&str) -> Res<'_, Item> {
    move |i| {
        // Read once: several alternatives open with a count of units.
        let units = has_counted_units(i);
        let l = Lead::new(i);
        let is = |w: &str, k: &str| w.eq_ignore_ascii_case(k);
        // "earlier"/"later" …, ["the"] ("EOM" | "BOM" | "EOY" | "BOY"),
        // ["the"] a part phrase's first word.
        let part = all
            || is(l.first, "earlier")
            || is(l.first, "later")
            || ["EOM", "BOM", "EOY", "BOY"]
                .iter()
                .any(|k| l.after_the.starts_with(k))
            || [
                "early",
                "mid",
                "late",
                "the",
                "beginning",
                "start",
                "middle",
                "end",
            ]
            .iter()
            .any(|k| is(l.second, k));
        // "the" … | a count of units … | "that" …
        let anaphoric = all || l.the || units || is(l.first, "that");
        // shift word (as "this", "coming", "past" are) … | weekday …
        let weekday = all || l.shift_first() || weekday_name(i).is_ok();
        let dated = |i| -> Res<'_, Item> {
            let (rest, (weekday, expr)) = (opt(weekday_prefix), calendar_expr(order)).parse(i)?;
            // "Jul 18, Fri": a weekday after the date.
            let (rest, weekday) = match (
                weekday,
                preceded((char(','), sp), weekday_before_date).parse(rest),
            ) {
                (None, Ok((r, w))) if matches!(expr, DateExpr::Day { .. }) => {
                    word_end(r)?;
                    (r, Some(w))
                }
                _ => (rest, weekday),
            };
            Ok((rest, (weekday, None, expr)))
        };
        alt((
            gated(part, move |i| {
                part_expr(order)(i).map(|(r, (p, e))| (r, (None, Some(p), e)))
            }),
            dated,
            |i| weekday_day(i).map(|(r, e)| (r, (None, None, e))),
            |i| {
                units_first(units, shifted_from_day_with(order))(i)
                    .map(|(r, e)| (r, (None, None, e)))
            },
            |i| relative_expr_at(units)(i).map(|(r, e)| (r, (None, None, e))),
            gated(anaphoric, move |i| {
                anaphoric_at(units)(i).map(|(r, e)| (r, (None, None, e)))
            }),
            gated(weekday, move |i| {
                weekday_expr(i).map(|(r, e)| (r, (None, None, e)))
            }),
        ))
        .parse(i)
    }
}

fn standalone_item(order: DateOrder) -> impl Fn(&str) -> Res<'_, Item> {
    standalone_item_with(order, false)
}

/// One remembered item: (start address, length, result).
type SeenItem<'a> = Option<(usize, usize, Res<'a, Item>)>;

/// `standalone_item` results at the places one [`date_claim_with`] call
/// has tried (range start, after a relation, bare): its alternatives parse
/// the same item at the same place, so each place is parsed once.
struct ItemMemo<'a> {
    order: DateOrder,
    /// Oldest replaced first.
    seen: std::cell::RefCell<[SeenItem<'a>; 4]>,
    next: std::cell::Cell<usize>,
}

impl<'a> ItemMemo<'a> {
    fn new(order: DateOrder) -> Self {
        Self {
            order,
            seen: std::cell::RefCell::new([None, None, None, None]),
            next: std::cell::Cell::new(0),
        }
    }

    /// `standalone_item(order)` at the start of `i`.
    fn item(&self, i: &'a str) -> Res<'a, Item> {
        let key = (i.as_ptr() as usize, i.len());
        if let Some((_, _, r)) = self
            .seen
            .borrow()
            .iter()
            .flatten()
            .find(|(p, l, _)| (*p, *l) == key)
        {
            return r.clone();
        }
        let r = standalone_item(self.order)(i);
        let n = self.next.get();
        if let Some(slot) = self.seen.borrow_mut().get_mut(n) {
            *slot = Some((key.0, key.1, r.clone()));
        }
        self.next.set((n + 1) % 4);
        r
    }
}

/// Expressions that need a relation word before them ("in June", "in
/// 2019", "in the fall", "in three weeks").
fn relation_only_expr(i: &str) -> Res<'_, DateExpr> {
    alt((
        in_counted,
        day_of_this_month,
        |i| month_name(i).map(|(r, month)| (r, DateExpr::Month { year: None, month })),
        // "in may", "in the april", "in dec": a month in lower case after
        // a relation.
        |i| {
            preceded(opt((kw("the"), sp)), lower_month)
                .map(|month| DateExpr::Month { year: None, month })
                .parse(i)
        },
        |i| year_number(i).map(|(r, y)| (r, DateExpr::Year(y))),
        |i| year_words_alone(i).map(|(r, y)| (r, DateExpr::Year(y))),
        decade_word,
        |i| {
            preceded(
                (kw("the"), sp, kw("year"), sp, opt((kw("of"), sp))),
                year_number,
            )
            .map(DateExpr::Year)
            .parse(i)
        },
        bare_season,
        |i| {
            let (rest, (_, unit)) = ((kw("the"), sp), calendar_unit).parse(i)?;
            Ok((rest, DateExpr::Unit { unit, shift: 0 }))
        },
    ))
    .parse(i)
}

/// A relation phrase: "by", "no later than", "in" …
pub fn relation(i: &str) -> Res<'_, Relation> {
    let (rest, (r, _)) = phrase_from_in(i, RELATIONS, crate::indexed!(RELATIONS))?;
    Ok((rest, r))
}

/// "within six months" ⇒ `by` the day six months after the article date.
fn within(i: &str) -> Res<'_, DateExpr> {
    let (rest, (_, _, _, (amount, unit))) = (
        kw("within"),
        sp,
        opt((kw("the"), sp, kw("next"), sp)),
        counted_units,
    )
        .parse(i)?;
    Ok((rest, DateExpr::Hence { amount, unit }))
}

/// A range joiner: "to", "through", "-", "and" (after "between").
fn joiner(between: bool) -> impl Fn(&str) -> Res<'_, ()> {
    move |i| {
        let (rest, _) = opt(sp).parse(i)?;
        // "between 2014 and 2018"; "between 2014-2018" and "between 2014
        // through 2018" join as a range does.
        let (rest, _) = if between && kw("and").parse(rest).is_ok() {
            kw("and").parse(rest)?
        } else {
            let (r, _) = alt((phrase_from_dash, |i| {
                longest_phrase(i, RANGE_JOINERS, crate::indexed!(RANGE_JOINERS, words))
                    .map(|(r, _)| (r, ""))
            }))
            .parse(rest)?;
            (r, "")
        };
        let (rest, _) = opt(sp).parse(rest)?;
        Ok((rest, ()))
    }
}

/// A dash between two dates (the table's words need a word end; a dash does not).
fn phrase_from_dash(i: &str) -> Res<'_, &str> {
    alt((tag("-"), tag("–"), tag("—"), tag("~"))).parse(i)
}

/// The far end of a range: a full item, or a bare day ("July 13-15"), or a
/// bare month ("from May to July").
fn range_end<'a, 'm>(
    memo: &'m ItemMemo<'a>,
) -> impl Fn(&'a str) -> Res<'a, (Option<Part>, DateExpr)> + 'm {
    move |i| {
        alt((
            |i| today_as_date(i).map(|(r, e)| (r, (None, e))),
            |i| {
                kw("now")
                    .parse(i)
                    .map(|(r, _)| (r, (None, DateExpr::DayOffset(0))))
            },
            |i| memo.item(i).map(|(r, (_, p, e))| (r, (p, e))),
            |i| month_loose(i).map(|(r, month)| (r, (None, DateExpr::Month { year: None, month }))),
            |i| year_number(i).map(|(r, y)| (r, (None, DateExpr::Year(y)))),
        ))
        .parse(i)
    }
}

/// "date", "current date" after "to"/"till": the article date.
fn today_as_date(i: &str) -> Res<'_, DateExpr> {
    let (rest, _) = (opt((kw("current"), sp)), kw("date")).parse(i)?;
    word_end(rest)?;
    Ok((rest, DateExpr::DayOffset(0)))
}

/// "this working week", "on next workweek", "last work week": Monday to
/// Friday of that ISO week.
fn working_week(i: &str) -> Res<'_, (DateExpr, DateExpr)> {
    let (rest, (_, shift, _, _)) = (
        opt((alt((kw("in"), kw("on"), kw("during"), kw("for"))), sp)),
        shift_word,
        sp,
        alt((
            (
                alt((kw("working"), kw("work"), kw("business"))),
                sp,
                kw("week"),
            )
                .map(|_| ()),
            kw("workweek").map(|_| ()),
        )),
    )
        .parse(i)?;
    let day = |weekday| DateExpr::WeekdayOfWeek {
        weekday,
        week: shift,
    };
    Ok((rest, (day(0), day(4))))
}

/// "the year to date", "in the month to date", "YTD": from the start of
/// the article's year (month, week) to the article date.
fn unit_to_date(i: &str) -> Res<'_, (DateExpr, DateExpr)> {
    let spelled = |i| -> Res<'_, CalendarUnit> {
        let (rest, (_, unit, _, _, _, _)) = (
            opt((alt((kw("the"), kw("this"))), sp)),
            calendar_unit,
            sp,
            kw("to"),
            sp,
            kw("date"),
        )
            .parse(i)?;
        Ok((rest, unit))
    };
    let acronym = |i| -> Res<'_, CalendarUnit> {
        let (rest, unit) = alt((
            tag("YTD").map(|_| CalendarUnit::Year),
            tag("MTD").map(|_| CalendarUnit::Month),
            tag("QTD").map(|_| CalendarUnit::Quarter),
        ))
        .parse(i)?;
        word_end(rest)?;
        Ok((rest, unit))
    };
    let (rest, (_, unit)) = (
        opt((alt((kw("in"), kw("for"), kw("over"))), sp)),
        alt((spelled, acronym)),
    )
        .parse(i)?;
    Ok((
        rest,
        (DateExpr::Unit { unit, shift: 0 }, DateExpr::DayOffset(0)),
    ))
}

/// The start of a range: as `range_end`, and a bare day before a day-month
/// end ("from 13 to 15 July", "1-8 September").
fn range_start<'a, 'm>(
    memo: &'m ItemMemo<'a>,
) -> impl Fn(&'a str) -> Res<'a, (Option<Part>, DateExpr)> + 'm {
    move |i| {
        alt((
            // "between now and November 15th".
            |i| {
                kw("now")
                    .parse(i)
                    .map(|(r, _)| (r, (None, DateExpr::DayOffset(0))))
            },
            |i| memo.item(i).map(|(r, (_, p, e))| (r, (p, e))),
            |i| month_loose(i).map(|(r, month)| (r, (None, DateExpr::Month { year: None, month }))),
            |i| year_number(i).map(|(r, y)| (r, (None, DateExpr::Year(y)))),
        ))
        .parse(i)
    }
}

/// "July 13-15", "July 13 to 15", "april the ninth till the seventeenth":
/// month, day, joiner, day, optional year.
fn month_day_range(i: &str, between: bool) -> Res<'_, (DateExpr, DateExpr)> {
    let the = || opt((kw("the"), sp));
    let (rest, (month, _, _, d1, _, _, d2)) = (
        month_loose,
        sp,
        the(),
        day_of_month,
        joiner(between),
        the(),
        day_of_month,
    )
        .parse(i)?;
    word_end(rest)?;
    let (rest, year) = opt(year_suffix).parse(rest)?;
    Ok((
        rest,
        (
            DateExpr::Day {
                year,
                month,
                day: d1,
            },
            DateExpr::Day {
                year,
                month,
                day: d2,
            },
        ),
    ))
}

/// "13 to 15 July", "the 13th to the 15th of July", "1-8 september",
/// "(between) the ninth and the seventeenth of April".
fn day_day_month_range(i: &str, between: bool) -> Res<'_, (DateExpr, DateExpr)> {
    let (rest, (_, d1, _, end)) = (
        opt((kw("the"), sp)),
        day_of_month,
        joiner(between),
        day_month_year,
    )
        .parse(i)?;
    match end {
        DateExpr::Day { year, month, .. } => Ok((
            rest,
            (
                DateExpr::Day {
                    year,
                    month,
                    day: d1,
                },
                end,
            ),
        )),
        _ => fail(i),
    }
}

/// "4-23 in next month", "the 4th to the 23rd of next month": two days of
/// a month named by a shift.
fn days_of_shifted_month(i: &str, between: bool) -> Res<'_, (DateExpr, DateExpr)> {
    let the = || opt((kw("the"), sp));
    let (rest, (_, d1, _, _, d2, _, _, _, month)) = (
        the(),
        day_of_month,
        joiner(between),
        the(),
        day_of_month,
        sp,
        alt((kw("of"), kw("in"))),
        sp,
        month_ref,
    )
        .parse(i)?;
    word_end(rest)?;
    if !matches!(month, MonthRef::Shifted(_)) {
        return fail(i);
    }
    let day = |d| DateExpr::InMonth {
        pick: Pick::Day(d),
        month,
    };
    Ok((rest, (day(d1), day(d2))))
}

/// The two ends of a range, each with its part.
type RangeEnds = (DateExpr, Option<Part>, DateExpr, Option<Part>);

/// A range: "from X to Y", "between X and Y", "X - Y", "July 13-15".
fn range<'a, 'm>(memo: &'m ItemMemo<'a>) -> impl Fn(&'a str) -> Res<'a, RangeEnds> + 'm {
    move |i| {
        // "in/during 2014 through 2018": the span, as "from … to".
        let (rest, lead) = opt(terminated(
            alt((
                kw("from").map(|_| false),
                kw("between").map(|_| true),
                kw("in").map(|_| false),
                kw("during").map(|_| false),
                // "on 26 June to 28 June", "at 02-02-2020 - 03-03-2020".
                kw("on").map(|_| false),
                kw("at").map(|_| false),
            )),
            sp,
        ))
        .parse(i)?;
        let between = lead == Some(true);
        let lead_in = i.get(..2).is_some_and(|w| w.eq_ignore_ascii_case("in"))
            || i.get(..6).is_some_and(|w| w.eq_ignore_ascii_case("during"));
        if let Ok((r, (a, b))) = alt((
            |i| month_day_range(i, between),
            |i| day_day_month_range(i, between),
            |i| days_of_shifted_month(i, between),
        ))
        .parse(rest)
        {
            return Ok((r, (a, None, b, None)));
        }
        let (rest, ((p1, a), _, (p2, mut b))) =
            (range_start(memo), joiner(between), range_end(memo)).parse(rest)?;
        // "5/1-5/7, 2020": a year after the end belongs to both ends.
        let (rest, b_year) = match b {
            DateExpr::Day { year: None, .. } | DateExpr::Month { year: None, .. } => {
                opt(year_suffix).parse(rest)?
            }
            _ => (rest, None),
        };
        b = match (b, b_year) {
            (DateExpr::Day { month, day, .. }, Some(y)) => DateExpr::Day {
                year: Some(y),
                month,
                day,
            },
            (DateExpr::Month { month, .. }, Some(y)) => DateExpr::Month {
                year: Some(y),
                month,
            },
            (b, _) => b,
        };
        // A bare month or year alone at the start needs a lead word.
        if lead.is_none()
            && matches!(a, DateExpr::Month { year: None, .. })
            && !i.starts_with(|c: char| c.is_ascii_uppercase())
        {
            return fail(i);
        }
        word_end(rest)?;
        // After "in"/"during" both ends name their year ("in 2014 through
        // May 2018"); "in 2016 to June" is no range.
        if lead_in && !(has_year(a) && has_year(b)) {
            return fail(i);
        }
        Ok((rest, (a, p1, b, p2)))
    }
}

/// Whether an expression names its year.
fn has_year(e: DateExpr) -> bool {
    match e {
        DateExpr::Year(_) | DateExpr::Decade(_) | DateExpr::Century(_) => true,
        DateExpr::Day { year, .. }
        | DateExpr::Month { year, .. }
        | DateExpr::Quarter { year, .. }
        | DateExpr::Half { year, .. }
        | DateExpr::Season { year, .. }
        | DateExpr::IsoWeek { year, .. } => year.is_some(),
        DateExpr::YearSlice { year, .. } => matches!(year, YearRef::Named(_)),
        _ => false,
    }
}

/// Whether a date can start with this (lowercased) word, beyond month and
/// weekday names: the scan's cheap test.
pub fn is_trigger_word(word: &str) -> bool {
    let first_of = |p: &str| p.split(' ').next() == Some(word);
    lookup(WEEKDAY_ABBREVIATIONS, word).is_some()
        || lookup(SHIFT_WORDS, word).is_some()
        || lookup(DAY_WORDS, word).is_some()
        || lookup(DAY_ORDINALS, word).is_some()
        || PART_WORDS.iter().any(|(p, _)| first_of(p))
        || VAGUE_DATES.iter().any(|p| first_of(p))
        || matches!(
            word,
            "from"
                // "now-2/10", "now to Friday": `range_start` opens with it.
                | "now"
                | "around"
                | "weekend"
                | "sometime"
                | "anytime"
                | "ides"
                | "eom"
                | "bom"
                | "eoy"
                | "boy"
                | "between"
                | "within"
                | "earlier"
                | "later"
                | "week"
                | "q"
                | "h"
                | "spring"
                | "summer"
                | "fall"
                | "autumn"
                | "winter"
                | "twenty"
                | "thirty"
                | "fiscal"
                | "financial"
                | "school"
                | "academic"
                | "fy"
                | "sy"
                | "cy"
                | "ytd"
                | "w"
                | "fortnight"
                | "mtd"
                | "qtd"
                // Durations: "all week", "lasted 2W".
                | "all"
                | "lasted"
                // "greater than 2012", "less than 3 days after tomorrow".
                | "as"
                | "that"
                | "greater"
                | "more"
                | "less"
                | "longer"
                | "fewer"
        )
}

/// A whole date claim with the default options.
pub fn date_claim(i: &str) -> Res<'_, ParsedDate> {
    date_claim_with(i, DateOrder::None)
}

/// A whole date claim: an optional relation and a date expression (or a
/// range, or a vague time).
/// A hedge before a date that leaves it as it is: "around", "sometime",
/// "anytime".
fn hedge(i: &str) -> Res<'_, ()> {
    let (rest, _) = (alt((kw("around"), kw("sometime"), kw("anytime"))), sp).parse(i)?;
    Ok((rest, ()))
}

pub fn date_claim_with(i: &str, order: DateOrder) -> Res<'_, ParsedDate> {
    let memo = ItemMemo::new(order);
    let make = |i: &str, rest: &str, relation, expr_start, item: Item, until| ParsedDate {
        relation,
        expr: item.2,
        part: item.1,
        until,
        weekday: item.0,
        expr_start,
        len: consumed(i, rest).len(),
    };
    let vague_claim = |i| -> Res<'_, ParsedDate> {
        let (rest, e) = vague(i)?;
        Ok((rest, make(i, rest, None, 0, (None, None, e), None)))
    };
    let within_claim = |i| -> Res<'_, ParsedDate> {
        let (rest, e) = within(i)?;
        Ok((
            rest,
            make(i, rest, Some(Relation::By), 0, (None, None, e), None),
        ))
    };
    let counted_range = |i| -> Res<'_, ParsedDate> {
        let (rest, (a, b)) = alt((duration_from_start, unit_to_date, working_week)).parse(i)?;
        Ok((
            rest,
            make(
                i,
                rest,
                Some(Relation::Between),
                0,
                (None, None, a),
                Some((b, None)),
            ),
        ))
    };
    let range_claim = |i| -> Res<'_, ParsedDate> {
        let (rest, (a, p1, b, p2)) = range(&memo)(i)?;
        Ok((
            rest,
            make(
                i,
                rest,
                Some(Relation::Between),
                0,
                (None, p1, a),
                Some((b, p2)),
            ),
        ))
    };
    let with_relation = |i| -> Res<'_, ParsedDate> {
        let (after_rel, rel) = preceded(opt(hedge), terminated(relation, sp)).parse(i)?;
        let expr_start = consumed(i, after_rel).len();
        let (rest, item) = alt((
            |i| memo.item(i),
            |i| relation_only_expr(i).map(|(r, e)| (r, (None, None, e))),
            // "till date": until the article date.
            |i| match rel {
                Relation::Until => today_as_date(i).map(|(r, e)| (r, (None, None, e))),
                _ => fail(i),
            },
        ))
        .parse(after_rel)?;
        // A bare season ("the fall") is a date only after in/by/until.
        if let DateExpr::Season {
            shift: None,
            year: None,
            ..
        } = item.2
        {
            if item.1.is_none() && !matches!(rel, Relation::In | Relation::By | Relation::Until) {
                return fail(i);
            }
        }
        // "in three weeks" is a day; "for"/"after" with a count are durations.
        if let DateExpr::Hence { .. } = item.2 {
            if rel != Relation::In && consumed(after_rel, rest).split_whitespace().count() == 2 {
                return fail(i);
            }
        }
        let rel = match (rel, item.2) {
            (Relation::In, DateExpr::Hence { .. }) => Relation::On,
            (r, _) => r,
        };
        Ok((rest, make(i, rest, Some(rel), expr_start, item, None)))
    };
    // "around next week", "sometime next year": the hedge keeps the date.
    let without = |i| -> Res<'_, ParsedDate> {
        let (rest, item) = preceded(opt(hedge), |i| memo.item(i)).parse(i)?;
        Ok((rest, make(i, rest, None, 0, item, None)))
    };
    // "about 2019/aug/01", "about Q1 2019": "about" hedges a full date;
    // before anything else it counts ("about 20 May protesters").
    let about = |i| -> Res<'_, ParsedDate> {
        let (rest, expr) = preceded((kw("about"), sp), calendar_expr(order)).parse(i)?;
        if !has_year(expr) {
            return fail(i);
        }
        Ok((rest, make(i, rest, None, 0, (None, None, expr), None)))
    };
    // A bare year is a date when it opens a period: "2012 or later".
    let year_or_later = |i| -> Res<'_, ParsedDate> {
        let (rest, (y, _)) = (year_number, peek(or_later)).parse(i)?;
        Ok((
            rest,
            make(i, rest, None, 0, (None, None, DateExpr::Year(y)), None),
        ))
    };
    // "more than 2 weeks before today" ⇒ before the shifted day; "less
    // than 3 days after tomorrow" ⇒ the days from tomorrow up to it.
    let qualified_shift = |i| -> Res<'_, ParsedDate> {
        let (rest, (more, _, (amount, unit), _, sign, _, base)) = (
            alt((
                (alt((kw("more"), kw("longer"))), sp, kw("than")).map(|_| true),
                (alt((kw("less"), kw("fewer"))), sp, kw("than")).map(|_| false),
            )),
            sp,
            counted_units,
            sp,
            shift_direction,
            sp,
            day_base_with(order),
        )
            .parse(i)?;
        word_end(rest)?;
        let shifted = |amount, unit| DateExpr::Shifted {
            amount,
            unit,
            sign,
            base,
        };
        let claim = if more {
            let rel = if sign < 0 {
                Relation::Before
            } else {
                Relation::After
            };
            make(
                i,
                rest,
                Some(rel),
                0,
                (None, None, shifted(amount, unit)),
                None,
            )
        } else {
            // Within N days or weeks of the base, the Nth day excluded.
            let days = match unit {
                DurationUnit::Day => amount,
                DurationUnit::Week => amount * 7.0,
                _ => return fail(i),
            };
            let near = shifted(days - 1.0, DurationUnit::Day);
            let (a, b) = if sign < 0 {
                (near, base.expr())
            } else {
                (base.expr(), near)
            };
            make(
                i,
                rest,
                Some(Relation::Between),
                0,
                (None, None, a),
                Some((b, None)),
            )
        };
        Ok((rest, claim))
    };
    // "year greater than 2012", "later than 2015": after that year.
    let year_comparison = |i| -> Res<'_, ParsedDate> {
        let (rest, (_, y)) = (
            (alt((kw("greater"), kw("later"))), sp, kw("than"), sp),
            year_number,
        )
            .parse(i)?;
        Ok((
            rest,
            make(
                i,
                rest,
                Some(Relation::After),
                0,
                (None, None, DateExpr::Year(y)),
                None,
            ),
        ))
    };
    // "by end of this month", "before end of the year": `by` on the
    // period, as "by the end of".
    let by_end_of = |i| -> Res<'_, ParsedDate> {
        let (after_rel, (rel, _, _, _, _)) = (
            alt((
                kw("by").map(|_| Relation::By),
                kw("before").map(|_| Relation::By),
                kw("until").map(|_| Relation::Until),
                kw("till").map(|_| Relation::Until),
            )),
            sp,
            kw("end"),
            sp,
            kw("of"),
        )
            .parse(i)?;
        let (after_rel, _) = sp(after_rel)?;
        let expr_start = consumed(i, after_rel).len();
        let (rest, item) = memo.item(after_rel)?;
        if item.1.is_some() {
            return fail(i);
        }
        Ok((rest, make(i, rest, Some(rel), expr_start, item, None)))
    };
    // "as late as tomorrow" ⇒ by it; "as early as May" ⇒ since it.
    let as_far_as = |i| -> Res<'_, ParsedDate> {
        let (after_rel, (_, _, rel, _, _, _)) = (
            kw("as"),
            sp,
            alt((
                kw("late").map(|_| Relation::By),
                kw("early").map(|_| Relation::Since),
            )),
            sp,
            kw("as"),
            sp,
        )
            .parse(i)?;
        let expr_start = consumed(i, after_rel).len();
        let (rest, item) = memo.item(after_rel)?;
        Ok((rest, make(i, rest, Some(rel), expr_start, item, None)))
    };
    // "closed for the day", "sales for the month": the article's own.
    let for_the_unit = |i| -> Res<'_, ParsedDate> {
        let (after_rel, _) = (kw("for"), sp).parse(i)?;
        let (rest, (_, e)) = (
            (kw("the"), sp),
            alt((
                kw("day").map(|_| DateExpr::DayOffset(0)),
                kw("week").map(|_| DateExpr::Unit {
                    unit: CalendarUnit::Week,
                    shift: 0,
                }),
                kw("month").map(|_| DateExpr::Unit {
                    unit: CalendarUnit::Month,
                    shift: 0,
                }),
            )),
        )
            .parse(after_rel)?;
        // Only where the phrase ends: "for the day shift", "for the day of
        // the vote", "for the week beginning May 4" are something else.
        let goes_on = rest
            .trim_start_matches([' ', '\u{a0}'])
            .starts_with(|c: char| c.is_alphanumeric() || c == '\'' || c == '’');
        if goes_on {
            return fail(i);
        }
        let expr_start = consumed(i, after_rel).len();
        Ok((rest, make(i, rest, None, expr_start, (None, None, e), None)))
    };
    let (rest, mut claim) = alt((
        as_far_as,
        for_the_unit,
        qualified_shift,
        year_comparison,
        by_end_of,
        year_or_later,
        vague_claim,
        within_claim,
        counted_range,
        range_claim,
        with_relation,
        without,
        about,
    ))
    .parse(i)?;
    // "2012 or later", "on 1/1/2016 and after": from then on.
    if matches!(claim.relation, None | Some(Relation::On | Relation::In)) {
        if let Ok((r, ())) = or_later(rest) {
            claim.relation = Some(Relation::Since);
            claim.len = consumed(i, r).len();
            return Ok((r, claim));
        }
    }
    Ok((rest, claim))
}

/// " or later", " and after", " onwards": the date opens a period.
fn or_later(i: &str) -> Res<'_, ()> {
    let (rest, _) = (
        sp,
        alt((
            (
                alt((kw("or"), kw("and"))),
                sp,
                alt((kw("later"), kw("after"), kw("beyond"), kw("greater"))),
            )
                .map(|_| ()),
            alt((kw("onwards"), kw("onward"))).map(|_| ()),
        )),
    )
        .parse(i)?;
    word_end(rest)?;
    Ok((rest, ()))
}

/// A full written date at the start of `s` ("June 29, 2021", "29 June
/// 2021", "2021-06-29", "Tuesday, June 29, 2021"): bytes used and the date.
pub fn full_date_prefix(s: &str) -> Option<(usize, NaiveDate)> {
    let (rest, (_, expr)) = (
        opt(weekday_prefix),
        alt((iso_date, month_day_year, day_month_year)),
    )
        .parse(s)
        .ok()?;
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
        | DateExpr::Vague => Granularity::Day,
        DateExpr::MonthShift { .. } => Granularity::Month,
        DateExpr::Month { .. } => Granularity::Month,
        DateExpr::Year(_) => Granularity::Year,
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
        DateExpr::Year(_) | DateExpr::Decade(_) | DateExpr::Century(_) => false,
        DateExpr::YearSlice { year, .. } => matches!(year, YearRef::Shifted(_)),
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
        | DateExpr::BusinessDays { .. }
        | DateExpr::WeekdayCount { .. }
        | DateExpr::Weekend(_) => true,
        // "in the coming weeks", "the day before", "three years later": no
        // article date would resolve them (they are vague, or counted from
        // an event the phrase does not name).
        DateExpr::Vague => false,
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
fn whole_count(amount: f64) -> Option<i64> {
    (amount.fract() == 0.0 && (0.0..=100_000.0).contains(&amount)).then_some(amount as i64)
}

/// The calendar unit containing `anchor`, shifted by `shift` units.
fn calendar_unit_interval(anchor: NaiveDate, unit: CalendarUnit, shift: i32) -> Option<Interval> {
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
