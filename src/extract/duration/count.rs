//! Counts of time, each form its own small grammar: "two years", "18
//! months", "three consecutive years", "2 years and 3 months", "one hour,
//! 25 minutes, 41 seconds", "an 18-year career", "a decade-long war",
//! "3.5years", "10D", "all week", "another two weeks", "a fortnight", "3
//! quarters", "two decades", "a millennium". [`count_may_open_keyed`] says
//! where any of them may open, so where none can, none is tried.

use nom::branch::alt;
use nom::bytes::complete::{take_while1, take_while_m_n};
use nom::character::complete::char;
use nom::combinator::opt;
use nom::sequence::preceded;
use nom::Parser;

use super::{duration_unit, verify_fail, Count, A, ALL, AN, ANOTHER};
use crate::extract::claim::{DurationUnit, NumberStyle};
use crate::extract::grammar::{consumed, kw, kw_keyed, kw_table, sp, word_end, Res};
use crate::extract::lex::keys;
use crate::extract::number::{numeral, Numeral};

/// "all day", "all week", "all month", "all year": one whole unit.
pub(super) fn all_unit(i: &str) -> Res<'_, Count<'_>> {
    let (rest, (_, _, unit)) = (kw("all"), sp, duration_unit).parse(i)?;
    word_end(rest)?;
    let plural = consumed(i, rest).ends_with(['s', 'S']);
    // "all day trading", "all year round": a word that goes on the noun
    // makes it a modifier; a clause word after it does not.
    let next: String = rest
        .trim_start_matches([' ', '\u{a0}'])
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .collect::<String>()
        .to_ascii_lowercase();
    const CLAUSE_WORDS: &[&str] = &[
        "and", "or", "but", "long", "as", "in", "on", "at", "to", "before", "after", "until",
        "till", "while", "with", "for", "from", "since", "when", "then", "so",
    ];
    if !next.is_empty() && !CLAUSE_WORDS.contains(&next.as_str()) {
        return verify_fail(i);
    }
    match unit {
        DurationUnit::Day | DurationUnit::Week | DurationUnit::Month | DurationUnit::Year
            if !plural =>
        {
            Ok((rest, Count::whole(1.0, unit)))
        }
        _ => verify_fail(i),
    }
}

/// "another day", "another two weeks": the count after "another".
pub(super) fn another(i: &str) -> Res<'_, Count<'_>> {
    let (rest, _) = (kw("another"), sp).parse(i)?;
    if let Ok(r) = counted(rest) {
        return Ok(r);
    }
    let (rest, unit) = duration_unit(rest)?;
    word_end(rest)?;
    if matches!(
        unit,
        DurationUnit::Second | DurationUnit::Minute | DurationUnit::Hour
    ) || consumed(i, rest).ends_with(['s', 'S'])
    {
        return verify_fail(i);
    }
    Ok((rest, Count::whole(1.0, unit)))
}

/// "10D", "3Y", "2W": digits glued to one capital unit letter, at the end
/// of the phrase ("3D printing" is no duration; "3M" is a million).
pub(super) fn compact(i: &str) -> Res<'_, Count<'_>> {
    let (rest, n) = take_while1(|c: char| c.is_ascii_digit()).parse(i)?;
    let figure_end = rest;
    let (rest, unit) = alt((
        char('D').map(|_| DurationUnit::Day),
        char('W').map(|_| DurationUnit::Week),
        char('Y').map(|_| DurationUnit::Year),
    ))
    .parse(rest)?;
    word_end(rest)?;
    let ends = !rest
        .trim_start_matches([' ', '\u{a0}'])
        .starts_with(|c: char| c.is_alphanumeric());
    match n.parse::<f64>() {
        Ok(value) if ends => Ok((
            rest,
            Count {
                value,
                unit,
                precision: 1.0,
                style: NumberStyle::Digits,
                figure_end: Some(figure_end),
            },
        )),
        _ => verify_fail(i),
    }
}

/// A count before a whole-unit word: "a" or "an" (1) or a figure.
fn unit_count(i: &str) -> Res<'_, f64> {
    alt((article.map(|_| 1.0), |i| {
        numeral(i).map(|(r, n)| (r, n.value))
    }))
    .parse(i)
}

/// "a" or "an", a whole word. Both open with an "a": a text that opens
/// with another ASCII byte is turned away by that byte, before either
/// keyword is tried.
fn article(i: &str) -> Res<'_, &str> {
    if i.as_bytes()
        .first()
        .is_some_and(|b| b.is_ascii() && !b.eq_ignore_ascii_case(&b'a'))
    {
        return verify_fail(i);
    }
    alt((kw("a"), kw("an"))).parse(i)
}

/// "a fortnight", "two fortnights": two weeks each (a count is needed).
pub(super) fn fortnights(i: &str) -> Res<'_, Count<'_>> {
    let (rest, (n, _, _)) = (unit_count, sp, alt((kw("fortnights"), kw("fortnight")))).parse(i)?;
    Ok((rest, Count::whole(n * 2.0, DurationUnit::Week)))
}

/// Words that may stand between a count and its unit without changing
/// what is counted: "three consecutive years", "two more weeks".
const COUNT_ADJECTIVES: &[&str] = &[
    "consecutive",
    "straight",
    "successive",
    "full",
    "more",
    "additional",
    "further",
    "long",
    "whole",
    "entire",
    // Days counted by a calendar of work: "eight working days", "five
    // business days", "30 calendar days".
    "working",
    "business",
    "calendar",
    "trading",
];

/// The words besides a unit ([`duration_unit`]) and [`COUNT_ADJECTIVES`]
/// that may follow the count a count of time opens with: a whole unit
/// ([`decade`], [`centuries`], [`quarters`], [`fortnights`]) or a range
/// joiner ([`range`]).
const AFTER_COUNT: &[&str] = &[
    "decade",
    "decades",
    "century",
    "centuries",
    "millennium",
    "millennia",
    "millenniums",
    "quarter",
    "quarters",
    "fortnight",
    "fortnights",
    "to",
    "and",
];

/// Whether a count of time ([`range`], [`counted`] and the whole units,
/// [`another`], [`compact`], [`all_unit`]) may open `i`: each opens with
/// "all", "another", a figure glued to letters ("3.5years", "10D"), or a
/// count ("a", "an", a figure) followed by a time word, a count adjective,
/// a range joiner or a hyphen ([`time_word_follows`]). The count and the
/// word after it are read once, not by every form in turn.
/// [`count_may_open`] at `i` whose first word's key is `first` (see
/// [`first_word_key`]).
pub(super) fn count_may_open_keyed(i: &str, first: Option<u128>) -> bool {
    let bytes = i.as_bytes();
    let figure = bytes
        .iter()
        .take_while(|b| b.is_ascii_digit() || **b == b'.')
        .count();
    if figure > 0
        && bytes
            .get(figure)
            .is_some_and(|b| !b.is_ascii() || b.is_ascii_alphabetic())
    {
        return true;
    }
    if long_compound_keyed(i, first).is_ok() {
        return true;
    }
    if race_time(i).is_ok() || fraction_of_unit(i).is_ok() {
        return true;
    }
    if kw_keyed(i, first, ALL, "all").is_ok() || kw_keyed(i, first, ANOTHER, "another").is_ok() {
        return true;
    }
    let article = alt((
        |x| kw_keyed(x, first, A, "a"),
        |x| kw_keyed(x, first, AN, "an"),
    ))
    .parse(i)
    .ok()
    .map(|(r, _)| r);
    let figure = numeral(i).ok().map(|(r, _)| r);
    article.is_some_and(time_word_follows) || figure.is_some_and(time_word_follows)
}

/// Whether what follows a count (blanks aside) may go on with a count of
/// time: a hyphen or a dash, a word of [`duration_unit`],
/// [`COUNT_ADJECTIVES`] or [`AFTER_COUNT`], or anything not ASCII (where
/// the grammar's own tests decide).
fn time_word_follows(i: &str) -> bool {
    let rest = i.trim_start_matches(crate::extract::grammar::is_space);
    let bytes = rest.as_bytes();
    match bytes.first() {
        Some(b'-') => true,
        Some(b) if !b.is_ascii() => true,
        Some(b) if b.is_ascii_alphabetic() => {
            let n = bytes.iter().take_while(|b| b.is_ascii_alphabetic()).count();
            if bytes.get(n).is_some_and(|b| !b.is_ascii()) {
                return true;
            }
            let word = rest.get(..n).unwrap_or("");
            duration_unit(word).is_ok()
                || COUNT_ADJECTIVES
                    .iter()
                    .chain(AFTER_COUNT)
                    .any(|w| w.eq_ignore_ascii_case(word))
        }
        _ => false,
    }
}

/// One of [`COUNT_ADJECTIVES`] and the blank after it.
fn count_adjective(i: &str) -> Res<'_, ()> {
    for word in COUNT_ADJECTIVES {
        if let Ok((rest, _)) = (kw(word), sp).parse(i) {
            return Ok((rest, ()));
        }
    }
    verify_fail(i)
}

/// "two years", "18 months", "a month", "three consecutive years", "an
/// 18-year career".
fn one_count(i: &str) -> Res<'_, Count<'_>> {
    if let Ok((rest, _)) = (article, sp).parse(i) {
        // After an article only the unit ("a fifth week" is no fifth of one).
        let (rest, unit) = duration_unit(rest)?;
        word_end(rest)?;
        // "a second round", "a minute's silence": with an article only the
        // day-or-longer units are durations.
        if matches!(
            unit,
            DurationUnit::Second | DurationUnit::Minute | DurationUnit::Hour
        ) {
            return verify_fail(i);
        }
        return Ok((rest, Count::whole(1.0, unit)));
    }
    if let Ok(r) = glued_count(i) {
        return Ok(r);
    }
    let (after_figure, n) = numeral(i)?;
    if let Ok(r) = hyphen_compound(after_figure, &n) {
        return Ok(r);
    }
    let (rest, _) = sp(after_figure)?;
    let (rest, _) = opt(count_adjective).parse(rest)?;
    let (rest, unit) = duration_unit(rest)?;
    word_end(rest)?;
    // "four second-half tries", "two second-round goals": "second" glued
    // to a word is the ordinal of a compound, no unit of time; and after a
    // count other than one, "second" in the singular before a noun is the
    // ordinal ("two million second doses"): a count of seconds is plural.
    if unit == DurationUnit::Second
        && (hyphen_then_letter(rest) || (n.value != 1.0 && ordinal_before_noun(after_figure, rest)))
    {
        return verify_fail(i);
    }
    Ok((rest, Count::of(&n, unit, after_figure)))
}

/// "an hour", "a minute" after a lead ("within an hour", "for a
/// minute"): one unit under a day, which without a lead is more often
/// something else ("a minute's silence", "a second round"). Not before a
/// possessive or a hyphen.
pub(super) fn led_short_unit(i: &str) -> Res<'_, Count<'_>> {
    let (rest, (_, _, unit)) = (article, sp, duration_unit).parse(i)?;
    word_end(rest)?;
    let joined = rest.starts_with(['\'', '’', '-']);
    let plural = consumed(i, rest).ends_with(['s', 'S']);
    if joined || plural || !matches!(unit, DurationUnit::Minute | DurationUnit::Hour) {
        return verify_fail(i);
    }
    Ok((rest, Count::whole(1.0, unit)))
}

/// "an 18-year career", "a 30-day window", "a five-year plan": a count
/// joined by a hyphen to a unit of a day or more, before the noun it
/// measures. Not an age ("18-year-old"), nor a shorter unit ("an
/// 82-minute final" is a figure counted in minutes).
fn hyphen_compound<'a>(i: &'a str, n: &Numeral) -> Res<'a, Count<'a>> {
    let (rest, _) = char('-').parse(i)?;
    let (rest, unit) = duration_unit(rest)?;
    word_end(rest)?;
    let singular = !consumed(i, rest).ends_with(['s', 'S']);
    let noun_follows = sp(rest)
        .ok()
        .is_some_and(|(r, _)| r.starts_with(|c: char| c.is_alphabetic()))
        || another_compound_follows(rest);
    let long = matches!(
        unit,
        DurationUnit::Day | DurationUnit::Week | DurationUnit::Month | DurationUnit::Year
    );
    // "18-month waits": the name of a class of waits.
    if !(singular && noun_follows && long) || rest.starts_with('-') || super::names_waits(i) {
        return verify_fail(i);
    }
    Ok((rest, Count::of(n, unit, i)))
}

/// Whether the unit word between `after_figure` and `rest` is "second" in
/// the singular, spelt out, with a word after it: "second doses".
fn ordinal_before_noun(after_figure: &str, rest: &str) -> bool {
    consumed(after_figure, rest)
        .trim_start_matches(crate::extract::grammar::is_space)
        .eq_ignore_ascii_case("second")
        && sp(rest)
            .ok()
            .is_some_and(|(r, _)| r.starts_with(|c: char| c.is_alphabetic()))
}

/// Whether `i` opens with a hyphen and a letter: the word before it is
/// the first part of a compound ("second-half", "decade-long").
fn hyphen_then_letter(i: &str) -> bool {
    i.strip_prefix('-')
        .is_some_and(|r| r.starts_with(|c: char| c.is_alphabetic()))
}

/// Whether another hyphenated count stands after a comma or "and",
/// modifying the same noun: "a 28-year, 17-test losing streak", "a
/// five-year and 40-stage plan".
fn another_compound_follows(i: &str) -> bool {
    let Ok((rest, _)) =
        alt(((char(','), sp).map(|_| ()), (sp, kw("and"), sp).map(|_| ()))).parse(i)
    else {
        return false;
    };
    numeral(rest).is_ok_and(|(r, _)| hyphen_then_letter(r))
}

/// "a decade-long war", "the year-long inquiry", "a century-long rule":
/// a calendar unit joined by a hyphen to "long", one of it. The unit is
/// chosen by `first`, the key of `i`'s first word (see
/// [`first_word_key`](crate::extract::grammar::first_word_key)), not tried
/// word by word.
pub(super) fn long_compound_keyed(i: &str, first: Option<u128>) -> Res<'_, Count<'_>> {
    let (rest, (value, unit)) = kw_table(i, first, &LONG_UNITS)?;
    let (rest, _) = kw("-long").parse(rest)?;
    Ok((rest, Count::whole(value, unit)))
}

/// The units [`long_compound_keyed`] joins to "-long", with the years or the
/// one unit each counts, by key (`lex::keys`).
const LONG_UNITS: [(u128, &str, (f64, DurationUnit)); 6] = [
    (keys::key("decade"), "decade", (10.0, DurationUnit::Year)),
    (keys::key("century"), "century", (100.0, DurationUnit::Year)),
    (keys::key("year"), "year", (1.0, DurationUnit::Year)),
    (keys::key("month"), "month", (1.0, DurationUnit::Month)),
    (keys::key("week"), "week", (1.0, DurationUnit::Week)),
    (keys::key("day"), "day", (1.0, DurationUnit::Day)),
];

/// "3.5years", "10days": a figure in digits glued to its unit word.
fn glued_count(i: &str) -> Res<'_, Count<'_>> {
    let (rest, figure) = take_while1(|c: char| c.is_ascii_digit() || c == '.').parse(i)?;
    let (after, unit) = duration_unit(rest)?;
    // A unit word or its abbreviation ("1hr"), not its letter alone
    // ("3D", "2W": see `compact`).
    if consumed(rest, after).len() < 2 || figure.ends_with('.') {
        return verify_fail(i);
    }
    word_end(after)?;
    let precision = match figure.split_once('.') {
        Some((_, frac)) => 10f64.powi(-(frac.len() as i32)),
        None => 1.0,
    };
    match figure.parse::<f64>() {
        Ok(value) => Ok((
            after,
            Count {
                value,
                unit,
                precision,
                style: NumberStyle::Digits,
                figure_end: Some(rest),
            },
        )),
        Err(_) => verify_fail(i),
    }
}

/// Months in a year, days in a week, hours in a day, minutes in an hour,
/// seconds in a minute: the only exact conversions.
fn in_smaller<'a>(a: &Count<'a>, b: &Count<'a>) -> Option<Count<'a>> {
    use DurationUnit::{Day, Hour, Minute, Month, Second, Week, Year};
    let (factor_a, unit) = match (a.unit, b.unit) {
        (Year, Month) => (12.0, Month),
        (Week, Day) => (7.0, Day),
        // "18 days 23 hours 30 minutes": a day is 24 hours to the second.
        (Day, Hour) => (24.0, Hour),
        (Day, Minute) => (1440.0, Minute),
        (Day, Second) => (86400.0, Second),
        (Hour, Minute) => (60.0, Minute),
        (Hour, Second) => (3600.0, Second),
        (Minute, Second) => (60.0, Second),
        (x, y) if x == y => (1.0, x),
        _ => return None,
    };
    Some(Count {
        value: a.value * factor_a + b.value,
        unit,
        precision: b.precision,
        style: a.style,
        figure_end: None,
    })
}

/// "two years", "2 years and 3 months", "2 years, 3 months": a compound
/// counts in its smaller unit when the conversion is exact.
pub(super) fn counted(i: &str) -> Res<'_, Count<'_>> {
    let (rest, first) = one_count(i)?;
    // "a month and a half", "one year and half": half the unit more; "a
    // year and a quarter": a quarter more.
    let fraction = alt((kw("half").map(|_| 0.5), kw("quarter").map(|_| 0.25)));
    if let Ok((after, (_, _, _, _, f))) =
        (sp, kw("and"), sp, opt((kw("a"), sp)), fraction).parse(rest)
    {
        return Ok((
            after,
            Count {
                value: first.value + f,
                precision: f,
                figure_end: None,
                ..first
            },
        ));
    }
    let joiner = alt((
        (sp, kw("and"), sp).map(|_| ()),
        (char(','), sp).map(|_| ()),
        sp.map(|_| ()),
    ));
    let Ok((after, second)) = preceded(joiner, one_count).parse(rest) else {
        return Ok((rest, first));
    };
    let Some(mut total) = in_smaller(&first, &second) else {
        return Ok((rest, first));
    };
    // "one hour, 25 minutes, 41 seconds": a clock time in words goes on
    // to ever smaller units, each part read once.
    let mut rest = after;
    loop {
        let joiner = alt((
            (sp, kw("and"), sp).map(|_| ()),
            (char(','), sp).map(|_| ()),
            sp.map(|_| ()),
        ));
        let next = preceded(joiner, one_count).parse(rest);
        match next {
            Ok((after, part)) if part.unit != total.unit => match in_smaller(&total, &part) {
                Some(t) => {
                    total = t;
                    rest = after;
                }
                None => break,
            },
            _ => break,
        }
    }
    Ok((rest, total))
}

/// "3 quarters", "two quarters": three months each. A counted quarter only
/// ("a quarter million" is a number) and never before "of" ("three
/// quarters of the members" is a fraction).
pub(super) fn quarters(i: &str) -> Res<'_, Count<'_>> {
    let count = |i| numeral(i).map(|(r, n)| (r, n.value));
    let (rest, (n, _, _)) = (count, sp, alt((kw("quarters"), kw("quarter")))).parse(i)?;
    if (sp, kw("of")).parse(rest).is_ok() {
        return verify_fail(i);
    }
    Ok((rest, Count::whole(n * 3.0, DurationUnit::Month)))
}

/// "a decade", "two decades", and joined to the noun it measures as
/// "an 18-year career" is: "the bank's two-decade history".
pub(super) fn decade(i: &str) -> Res<'_, Count<'_>> {
    if let Ok((rest, (n, _, _))) = (unit_count, sp, alt((kw("decade"), kw("decades")))).parse(i) {
        return Ok((rest, Count::whole(n * 10.0, DurationUnit::Year)));
    }
    let (rest, (n, _, _)) = (unit_count, char('-'), kw("decade")).parse(i)?;
    let noun_follows = sp(rest)
        .ok()
        .is_some_and(|(r, _)| r.starts_with(|c: char| c.is_alphabetic()));
    if !noun_follows {
        return verify_fail(i);
    }
    Ok((rest, Count::whole(n * 10.0, DurationUnit::Year)))
}

/// "a century", "two centuries", "a millennium": in years.
pub(super) fn centuries(i: &str) -> Res<'_, Count<'_>> {
    let unit = alt((
        alt((kw("century"), kw("centuries"))).map(|_| 100.0),
        alt((kw("millennium"), kw("millennia"), kw("millenniums"))).map(|_| 1000.0),
    ));
    let (rest, (n, _, years)) = (unit_count, sp, unit).parse(i)?;
    // "three century-makers": the century names a kind of player.
    if rest.starts_with('-') {
        return verify_fail(i);
    }
    Ok((rest, Count::whole(n * years, DurationUnit::Year)))
}

/// A race time in minutes and seconds told to a fraction of a second:
/// "2:05.95", "1:59.3" (m:ss.ff, in seconds: 125.95). A clock time has no
/// fraction of a second ("3:25 a.m.", "15:30"), and the seconds of a race
/// time are two digits under 60.
pub(super) fn race_time(i: &str) -> Res<'_, Count<'_>> {
    let digits = |min, max| take_while_m_n(min, max, |c: char| c.is_ascii_digit());
    let (rest, (minutes, _, seconds, _, fraction)) = (
        digits(1, 2),
        char(':'),
        digits(2, 2),
        char('.'),
        digits(1, 3),
    )
        .parse(i)?;
    // "2:05.95.3", "1:59.300:4": no race time but some other code.
    let runs_on = rest.starts_with(|c: char| c.is_ascii_digit() || c == ':')
        || (rest.starts_with(['.', ','])
            && rest
                .get(1..)
                .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit())));
    if runs_on {
        return verify_fail(i);
    }
    word_end(rest)?;
    let (Ok(m), Ok(s)) = (
        minutes.parse::<f64>(),
        format!("{seconds}.{fraction}").parse::<f64>(),
    ) else {
        return verify_fail(i);
    };
    if s >= 60.0 {
        return verify_fail(i);
    }
    Ok((
        rest,
        Count {
            value: m * 60.0 + s,
            unit: DurationUnit::Second,
            precision: 10f64.powi(-(fraction.len() as i32)),
            style: NumberStyle::Digits,
            figure_end: Some(rest),
        },
    ))
}

/// A fraction of one unit of time: "half a second", "half an hour", "a
/// quarter of an hour", "three quarters of an hour" — that part of the
/// unit (0.5 second), not the share "half" alone.
pub(super) fn fraction_of_unit(i: &str) -> Res<'_, Count<'_>> {
    let fraction = alt((
        kw("half").map(|_| 0.5),
        (kw("a"), sp, kw("half")).map(|_| 0.5),
        (kw("a"), sp, kw("quarter")).map(|_| 0.25),
        (kw("three"), sp, kw("quarters")).map(|_| 0.75),
        (kw("a"), sp, kw("third")).map(|_| 1.0 / 3.0),
    ));
    let (rest, (f, _, _, _, _)) = (
        fraction,
        sp,
        opt((kw("of"), sp)),
        alt((kw("an"), kw("a"))),
        sp,
    )
        .parse(i)?;
    let (after, unit) = duration_unit(rest)?;
    // One unit, named in the singular: "half a second", not "half a
    // seconds" nor "half a dozen".
    if consumed(rest, after).ends_with(['s', 'S']) {
        return verify_fail(i);
    }
    word_end(after)?;
    Ok((
        after,
        Count {
            value: f,
            unit,
            precision: f,
            style: NumberStyle::Words,
            figure_end: None,
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::duration::duration;

    #[test]
    fn race_times_in_minutes_and_seconds() {
        let read = |i: &str| {
            duration(i)
                .ok()
                .map(|(_, (d, len))| (d.value, d.unit, d.precision, len))
        };
        let (value, unit, precision, len) = read("2:05.95 set in 2022").unwrap();
        assert!((value - 125.95).abs() < 1e-9);
        assert_eq!((unit, len), (DurationUnit::Second, "2:05.95".len()));
        assert!((precision - 0.01).abs() < 1e-12);
        assert!(read("1:59.3.").is_some_and(|(v, ..)| (v - 119.3).abs() < 1e-9));
        assert!(read("12:01.443 flat").is_some_and(|(v, ..)| (v - 721.443).abs() < 1e-9));
        // Clock times have no fraction of a second; seconds are under 60.
        assert_eq!(read("3:25 a.m."), None);
        assert_eq!(read("15:30 on Friday"), None);
        assert_eq!(read("2:75.10"), None);
        // A figure that runs on is some other code.
        assert_eq!(read("2:05.95.3"), None);
        assert_eq!(read("2:05.9512"), None);
        assert_eq!(read("2:05.95:1"), None);
    }

    #[test]
    fn abbreviated_units_and_compound_clock_times() {
        let read = |i: &str| duration(i).ok().map(|(_, (d, len))| (d.value, d.unit, len));
        // Hours, minutes and seconds glued to their figures, in seconds.
        let time = "3hrs, 4mins and 5secs";
        assert_eq!(
            read(time),
            Some((3.0 * 3600.0 + 245.0, DurationUnit::Second, time.len()))
        );
        let time = "1hr, 2mins, 09secs";
        assert_eq!(read(time), Some((3729.0, DurationUnit::Second, time.len())));
        assert_eq!(
            read("12seconds behind"),
            Some((12.0, DurationUnit::Second, 9))
        );
        assert_eq!(read("7 yrs in prison"), Some((7.0, DurationUnit::Year, 5)));
        assert_eq!(read("40 min walk"), Some((40.0, DurationUnit::Minute, 6)));
        // In capitals the letters are a name, not a unit.
        assert_eq!(read("12 SEC titles"), None);
        assert_eq!(read("3 YRS"), None);
    }

    #[test]
    fn second_before_a_noun_is_an_ordinal() {
        let read = |i: &str| duration(i).ok().map(|(_, (d, len))| (d.value, len));
        assert_eq!(read("3 million second doses"), None);
        assert_eq!(read("two second jabs"), None);
        // A count of seconds is plural; "one second" is a second.
        assert_eq!(read("40 seconds later"), Some((40.0, 10)));
        assert_eq!(read("one second later"), Some((1.0, 10)));
        assert_eq!(read("for 40 seconds"), Some((40.0, 14)));
    }

    #[test]
    fn a_fraction_of_one_unit_of_time() {
        let read = |i: &str| {
            duration(i).ok().map(|(_, (d, len))| {
                (
                    d.value,
                    d.unit,
                    d.qualifier,
                    i.get(..len).unwrap().to_owned(),
                )
            })
        };
        assert_eq!(
            read("nearly half a second off the mark"),
            Some((
                0.5,
                DurationUnit::Second,
                crate::extract::claim::Qualifier::Nearly,
                "nearly half a second".to_owned()
            ))
        );
        assert_eq!(
            read("for half an hour").map(|r| (r.0, r.1)),
            Some((0.5, DurationUnit::Hour))
        );
        assert_eq!(
            read("a quarter of an hour").map(|r| (r.0, r.1)),
            Some((0.25, DurationUnit::Hour))
        );
        assert_eq!(
            read("three quarters of a day").map(|r| (r.0, r.1)),
            Some((0.75, DurationUnit::Day))
        );
        // One unit, in the singular; a share of something else is no time.
        assert_eq!(read("half a dozen"), None);
        assert_eq!(read("half the seconds"), None);
        assert_eq!(read("half a seconds"), None);
        assert_eq!(read("half a secondary school"), None);
    }

    #[test]
    fn hyphenated_counts_of_time() {
        let read = |i: &str| {
            duration(i)
                .ok()
                .map(|(_, (d, len))| (d.value, d.unit, i.get(..len).unwrap().to_owned()))
        };
        // Two compounds before one noun.
        assert_eq!(
            read("31-year, 12-match losing run"),
            Some((31.0, DurationUnit::Year, "31-year".to_owned()))
        );
        assert_eq!(read("31-year, the run"), None);
        // "decade-long": ten years.
        assert_eq!(
            read("decade-long war"),
            Some((10.0, DurationUnit::Year, "decade-long".to_owned()))
        );
        assert_eq!(
            read("week-long strike"),
            Some((1.0, DurationUnit::Week, "week-long".to_owned()))
        );
        assert_eq!(read("decade-old dispute"), None);
        // "second-half" is no second.
        assert_eq!(read("four second-half tries"), None);
        assert_eq!(
            read("four seconds left"),
            Some((4.0, DurationUnit::Second, "four seconds".to_owned()))
        );
    }

    #[test]
    fn fortnights_are_two_weeks() {
        let (_, (d, len)) = duration("for a fortnight.").unwrap();
        assert_eq!(
            (d.value, d.unit, len),
            (2.0, DurationUnit::Week, "for a fortnight".len())
        );
        let (_, (d, _)) = duration("three fortnights").unwrap();
        assert_eq!(d.value, 6.0);
    }

    #[test]
    fn nights_glued_compact_and_whole_units() {
        let (_, (d, len)) = duration("for two nights?").unwrap();
        assert_eq!((d.value, d.unit, len), (2.0, DurationUnit::Day, 14));
        let (_, (d, _)) = duration("for 1 night").unwrap();
        assert_eq!((d.value, d.unit), (1.0, DurationUnit::Day));
        let (_, (d, len)) = duration("for 3.5years").unwrap();
        assert_eq!((d.value, d.unit, len), (3.5, DurationUnit::Year, 12));
        assert!(duration("3.5y").is_err());
        // One capital unit letter after a lead, nothing counted after it.
        let (_, (d, _)) = duration("for 10D").unwrap();
        assert_eq!((d.value, d.unit), (10.0, DurationUnit::Day));
        let (_, (d, _)) = duration("lasted 2W.").unwrap();
        assert_eq!((d.value, d.unit), (2.0, DurationUnit::Week));
        let (_, (d, _)) = duration("for 3Y").unwrap();
        assert_eq!((d.value, d.unit), (3.0, DurationUnit::Year));
        assert!(duration("for 3D printing").is_err());
        assert!(duration("3D").is_err());
        assert!(duration("for 3M").is_err());
        assert!(duration("for 10d").is_err());
        let (_, (d, _)) = duration("all week").unwrap();
        assert_eq!((d.value, d.unit), (1.0, DurationUnit::Week));
        let (_, (d, _)) = duration("for all day").unwrap();
        assert_eq!((d.value, d.unit), (1.0, DurationUnit::Day));
        assert!(duration("all days").is_err());
        assert!(duration("for all day trading").is_err());
        let (_, (d, _)) = duration("all day long").unwrap();
        assert_eq!((d.value, d.unit), (1.0, DurationUnit::Day));
        assert!(duration("all hour").is_err());
        let (_, (d, _)) = duration("for another day").unwrap();
        assert_eq!((d.value, d.unit), (1.0, DurationUnit::Day));
        let (_, (d, _)) = duration("for another two weeks").unwrap();
        assert_eq!((d.value, d.unit), (2.0, DurationUnit::Week));
        assert!(duration("another day").is_err());
        assert!(duration("for another days").is_err());
    }

    #[test]
    fn quarters_and_halves() {
        let (_, (d, _)) = duration("one year and a quarter").unwrap();
        assert_eq!((d.value, d.unit), (1.25, DurationUnit::Year));
        let (_, (d, _)) = duration("3 quarters").unwrap();
        assert_eq!((d.value, d.unit), (9.0, DurationUnit::Month));
        assert!(quarters("three quarters of the members").is_err());
        assert!(quarters("a quarter million").is_err());
        let (_, (d, len)) = duration("a month and a half").unwrap();
        assert_eq!((d.value, d.unit, len), (1.5, DurationUnit::Month, 18));
        let (_, (d, _)) = duration("one year and half").unwrap();
        assert_eq!((d.value, d.unit), (1.5, DurationUnit::Year));
    }
}
