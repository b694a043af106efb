//! Durations: "after two years", "for three months", "a decade", and a
//! count of time with its hedge or range: "more than 11 years", "about
//! six months", "15 to 30 years", "an 18-year career", "about 100,000
//! years ago".
//!
//! A count of a time unit is a duration whatever stands before it: a
//! qualifier (the quantity grammar's table, so "at least four years" is
//! `at_least` as "at least four people" is) or a range ("N to M years",
//! "between N and M years", "N-M years", "8 years, 4 months to 25
//! years"). "N years ago" is a date (the article date shifted back) while
//! a calendar can hold it; from [`AGO_YEARS`] years back it is a length of
//! time ("40,000 years ago", "at least 300,000 years ago").

use nom::branch::alt;
use nom::bytes::complete::{tag, take_while1};
use nom::character::complete::char;
use nom::combinator::opt;
use nom::sequence::{preceded, terminated};
use nom::Parser;

use crate::extract::claim::{Duration, DurationUnit, NumberStyle, Qualifier, Span};
use crate::extract::grammar::{
    consumed, first_word_key, kw, kw_keyed, lower_word, phrase_from_in, phrase_from_keyed, sp,
    word_end, Res,
};
use crate::extract::lex::keys;

mod looking_back;
use crate::extract::lexicon::{POSTFIX_QUALIFIERS, QUALIFIERS};
use crate::extract::number::{numeral, Numeral};
pub use looking_back::looks_back;

/// From this many years back, "N years ago" is a length of time, not a
/// date: no calendar date a thousand years back is known to the day the
/// date grammar would resolve it to, and reference events name years of
/// four digits. Nearer than that, "N years ago" stays a date.
pub const AGO_YEARS: f64 = 1000.0;

/// A duration unit word, singular or plural ("years", "month").
pub fn duration_unit(i: &str) -> Res<'_, DurationUnit> {
    let (rest, w) = take_while1(|c: char| c.is_ascii_alphabetic()).parse(i)?;
    // The stem without its plural "s" (any number, in either case), in
    // lower case.
    let mut buf = [0u8; 16];
    let unit = match lower_word(w.trim_end_matches(['s', 'S']), &mut buf) {
        "second" => DurationUnit::Second,
        "minute" => DurationUnit::Minute,
        "hour" => DurationUnit::Hour,
        // "for two nights": a stay counted in nights, a day each.
        "day" | "night" => DurationUnit::Day,
        "week" => DurationUnit::Week,
        "month" => DurationUnit::Month,
        "year" => DurationUnit::Year,
        _ => return verify_fail(i),
    };
    Ok((rest, unit))
}

/// The words that may stand before a duration ("for three months").
pub const LEADS: &[&str] = &["after", "for", "over", "within", "lasting", "lasted"];

/// Whether a duration can start with this lowercased word, besides a
/// figure ("two", "a", "3"): one of its [`LEADS`], "all" ("all week"),
/// "between", "in" (see [`looks_back`]), or the first word of a qualifier
/// ("more than", "up to").
/// The scan driver's gate reads this, so a new opener goes here.
pub fn opens_with_word(word: &str) -> bool {
    LEADS.contains(&word)
        || word == "all"
        || word == "in"
        || word == "between"
        // "from 13,000 to 26,000 years ago"
        || word == "from"
        // "a decade-long war"
        || matches!(word, "decade" | "century" | "year" | "month" | "week" | "day")
        || QUALIFIERS
            .iter()
            .any(|(p, _)| p.split(' ').next() == Some(word))
}

/// The keys of [`LEADS`] (`lex::keys`), in order.
const LEAD_KEYS: [u128; LEADS.len()] = keys::keys(LEADS);

/// The keys (`lex::keys`) of the words [`duration_in`] compares a text's
/// first word with.
const IN: u128 = keys::key("in");
const BETWEEN: u128 = keys::key("between");
const ALL: u128 = keys::key("all");
const ANOTHER: u128 = keys::key("another");
const A: u128 = keys::key("a");
const AN: u128 = keys::key("an");

/// The preposition before a duration, at `i` whose first word's key is
/// `first` (see [`first_word_key`]).
fn lead(i: &str, first: Option<u128>) -> Res<'_, &str> {
    for (word, key) in LEADS.iter().zip(LEAD_KEYS) {
        if let Ok(found) = kw_keyed(i, first, key, word) {
            return Ok(found);
        }
    }
    verify_fail(i)
}

/// A qualifier before the count: the quantity grammar's table ("more
/// than", "at least", "about", "a minimum of"), but not "past" ("the
/// past three days" is a date's). `first` is the key of `i`'s first word.
fn qualifier(i: &str, first: Option<u128>) -> Res<'_, Qualifier> {
    let (rest, (q, text)) = phrase_from_keyed(i, first, QUALIFIERS, crate::indexed!(QUALIFIERS))?;
    if text.eq_ignore_ascii_case("past") {
        return verify_fail(i);
    }
    let (rest, _) = sp(rest)?;
    Ok((rest, q))
}

/// A count of one unit as the grammar reads it.
#[derive(Debug, Clone, Copy)]
struct Count<'a> {
    value: f64,
    unit: DurationUnit,
    precision: f64,
    style: NumberStyle,
    /// The input right after the figure, when the figure as written counts
    /// `unit` ("two" in "two years"; not "a" in "a decade").
    figure_end: Option<&'a str>,
}

impl Count<'_> {
    fn whole(value: f64, unit: DurationUnit) -> Self {
        Count {
            value,
            unit,
            precision: 1.0,
            style: NumberStyle::Words,
            figure_end: None,
        }
    }

    fn of<'a>(n: &Numeral, unit: DurationUnit, figure_end: &'a str) -> Count<'a> {
        Count {
            value: n.value,
            unit,
            precision: n.precision,
            style: n.style,
            figure_end: Some(figure_end),
        }
    }
}

/// A duration with an optional leading preposition; returns it and the
/// claim's length. The duration's `figure` is relative to `i`.
pub fn duration(i: &str) -> Res<'_, (Duration, usize)> {
    duration_in("", i).map(|(rest, (d, len, _))| (rest, (d, len)))
}

/// [`duration`] where `before` is the sentence up to `i`: after "from" a
/// range is a change ("rose from 10 to 15 years"), not one length; after
/// "first" or a superlative ([`looks_back`]) "in N years" is a length.
/// The flag says the duration goes before a date read at the same place
/// (a length too far back for a calendar, or looked back over).
pub fn duration_in<'a>(before: &str, i: &'a str) -> Res<'a, (Duration, usize, bool)> {
    if let Ok(found) = ago_range(i) {
        return Ok(found);
    }
    // The first word by its key, read once: the lead words, "between",
    // the qualifiers and the count's words are compared with it.
    let first = first_word_key(i);
    let (rest, led, back) = match terminated(|x| kw_keyed(x, first, IN, "in"), sp).parse(i) {
        Ok((r, w)) if looks_back(before) => (r, Some(w), true),
        Ok(_) => return verify_fail(i),
        Err(_) => {
            let (rest, led) = opt(terminated(|x| lead(x, first), sp)).parse(i)?;
            (rest, led, false)
        }
    };
    let after_led = rest;
    let first_after_led = if rest.len() == i.len() {
        first
    } else {
        first_word_key(rest)
    };
    let (rest, between) =
        match terminated(|x| kw_keyed(x, first_after_led, BETWEEN, "between"), sp).parse(rest) {
            Ok((r, _)) => (r, true),
            Err(_) => (rest, false),
        };
    let (rest, q) = if between {
        (rest, None)
    } else {
        opt(|x| qualifier(x, first_after_led)).parse(rest)?
    };
    let figure_start = rest;
    let prefixed = between || q.is_some();
    let after_from = led.is_none()
        && q.is_none()
        && before
            .trim_end()
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("from"));
    // Every count form opens with a count and goes on with a time word or a
    // range joiner: where none can, none is tried.
    let first_count = if rest.len() == after_led.len() {
        first_after_led
    } else {
        first_word_key(rest)
    };
    if !count_may_open_keyed(rest, first_count) {
        return verify_fail(i);
    }
    let (rest, (mut count, range)) = match range(rest, between) {
        Ok((r, (c, lo))) if !after_from => (r, (c, Some(lo))),
        _ if between => return verify_fail(i),
        _ => {
            let (r, c) = match led {
                // "for another day", "lasted 2W", "for all week": only after a lead.
                Some(_) if !back => alt((
                    decade,
                    centuries,
                    quarters,
                    fortnights,
                    counted,
                    another,
                    compact,
                    all_unit,
                    long_compound,
                ))
                .parse(rest)?,
                _ => alt((
                    decade,
                    centuries,
                    quarters,
                    fortnights,
                    counted,
                    all_unit,
                    long_compound,
                ))
                .parse(rest)?,
            };
            (r, (c, None))
        }
    };
    word_end(rest)?;
    // "more than thirty years old": an age, not a length of time.
    if (sp, kw("old")).parse(rest).is_ok() {
        return verify_fail(i);
    }
    // "five years or more": a hedge after the count.
    let (rest, q) = match (q, range) {
        (None, None) => match postfix_qualifier(rest) {
            Ok((r, pq)) => {
                // "five years or more": a fix would write its own hedge
                // before the figure; none is offered.
                count.figure_end = None;
                (r, Some(pq))
            }
            Err(_) => (rest, None),
        },
        _ => (rest, q),
    };
    // "40,000 years ago": a length back in time, when too far back for a
    // calendar; nearer, the date grammar reads it.
    let (rest, ago) = match (sp, kw("ago")).parse(rest) {
        Ok((r, _)) => {
            let far = count.unit == DurationUnit::Year
                && count.value >= AGO_YEARS
                && !matches!(led, Some(w) if !w.eq_ignore_ascii_case("over"));
            if !far {
                return verify_fail(i);
            }
            (r, true)
        }
        Err(_) => (rest, false),
    };
    // "over 270,000 years ago": "over" is no span of time here but a hedge.
    let q = match (led, q) {
        (Some(w), None) if ago && w.eq_ignore_ascii_case("over") => Some(Qualifier::Over),
        _ => q,
    };
    let qualifier = match (range, q) {
        (Some(_), _) => Qualifier::Between,
        (None, Some(q)) => q,
        (None, None) => Qualifier::None,
    };
    // The figure a fix rewrites starts at the qualifier ("for more than
    // 11 years" → "more than 11"); "over" as a hedge is the lead itself.
    let figure_from = match (led, prefixed) {
        (Some(_), false) if qualifier == Qualifier::Over && ago => i,
        (_, true) => after_led,
        _ => figure_start,
    };
    let figure = count.figure_end.map(|end| {
        let start = consumed(i, figure_from).len();
        Span::new(start, consumed(i, end).len())
    });
    if let Some(lo) = range {
        count.precision = count.precision.min(lo.precision);
    }
    let d = Duration {
        value: range.map_or(count.value, |lo| lo.value),
        unit: count.unit,
        min: range.map(|lo| lo.value),
        max: range.map(|_| count.value),
        qualifier,
        precision: count.precision,
        ago,
        figure,
        style: count.style,
    };
    Ok((rest, (d, consumed(i, rest).len(), ago || back)))
}

/// A range of years back too far for a calendar, its ends in either
/// order and after "from" too: "from 13,000 to 26,000 years ago",
/// "between 22,800 and 21,130 years ago", "from around 22,800 and 21,130
/// years ago". A range back in time is no change ("rose from 10 to 15
/// years" is), so "from" opens it; a hedge on either end is the range's
/// own looseness, and the claim is the range.
fn ago_range(i: &str) -> Res<'_, (Duration, usize, bool)> {
    let (rest, _) = opt(terminated(alt((kw("from"), kw("between"))), sp)).parse(i)?;
    let (rest, _) = opt(|x| qualifier(x, first_word_key(x))).parse(rest)?;
    let (rest, a) = numeral(rest)?;
    let (rest, _) = alt((
        (sp, alt((kw("to"), kw("and"))), sp).map(|_| ()),
        (opt(sp), alt((tag("-"), tag("–"))), opt(sp)).map(|_| ()),
    ))
    .parse(rest)?;
    let (rest, _) = opt(|x| qualifier(x, first_word_key(x))).parse(rest)?;
    let (rest, b) = numeral(rest)?;
    let (rest, (_, unit, _, _)) = (sp, duration_unit, sp, kw("ago")).parse(rest)?;
    // "between 95 and 100 million years ago": the scale written once
    // belongs to both ends when it leaves them of a size.
    let mut a = a;
    if a.scale == 1.0 && b.scale > 1.0 {
        let lent = a.value * b.scale;
        if lent >= b.value / 10.0 && lent <= b.value * 10.0 {
            a.value = lent;
            a.precision *= b.scale;
        }
    }
    let (lo, hi) = if a.value <= b.value { (a, b) } else { (b, a) };
    if unit != DurationUnit::Year || hi.value < AGO_YEARS || lo.value >= hi.value {
        return verify_fail(i);
    }
    let d = Duration {
        value: lo.value,
        unit,
        min: Some(lo.value),
        max: Some(hi.value),
        qualifier: Qualifier::Between,
        precision: lo.precision.min(hi.precision),
        ago: true,
        figure: None,
        style: a.style,
    };
    Ok((rest, (d, consumed(i, rest).len(), true)))
}

/// " or more", " or less" after the count.
fn postfix_qualifier(i: &str) -> Res<'_, Qualifier> {
    let (rest, _) = sp(i)?;
    let (rest, (q, _)) = phrase_from_in(
        rest,
        POSTFIX_QUALIFIERS,
        crate::indexed!(POSTFIX_QUALIFIERS),
    )?;
    word_end(rest)?;
    // "two years or more than three" compares two counts.
    if (sp, numeral).parse(rest).is_ok() {
        return verify_fail(i);
    }
    Ok((rest, q))
}

/// "15 to 30 years", "1-3 years", "8 years, 4 months to 25 years",
/// "between 2 and 4 years" (`between`): the upper end with its unit, and
/// the lower end in that unit.
fn range(i: &str, between: bool) -> Res<'_, (Count<'_>, Count<'_>)> {
    // The lower end: a count with its own unit, or a bare figure.
    let (rest, lo) = match counted(i) {
        Ok((r, c)) => (r, Some(c)),
        Err(_) => (i, None),
    };
    let (rest, bare) = match lo {
        Some(_) => (rest, None),
        None => {
            let (r, n) = numeral(i)?;
            (r, Some(n))
        }
    };
    let joiner = |j| -> Res<'_, ()> {
        if between {
            return (sp, kw("and"), sp).map(|_| ()).parse(j);
        }
        alt((
            (sp, kw("to"), sp).map(|_| ()),
            (opt(sp), alt((tag("-"), tag("–"))), opt(sp)).map(|_| ()),
        ))
        .parse(j)
    };
    let (rest, _) = joiner(rest)?;
    // "between 95 and 100 million years": the scale written once, after
    // the upper end, belongs to both when the lower end times it stays
    // below the upper ("between 500 and 2 million years" keeps 500).
    let hi_scale = numeral(rest).map_or(1.0, |(_, n)| n.scale);
    let (rest, hi) = counted(rest)?;
    let bare = bare.map(|mut n| {
        if n.scale == 1.0 && hi_scale > 1.0 && n.value * hi_scale <= hi.value {
            n.value *= hi_scale;
            n.precision *= hi_scale;
        }
        n
    });
    let lo = match (lo, bare) {
        (Some(lo), _) => {
            let factor = factor(lo.unit, hi.unit).ok_or_else(|| verify(i))?;
            Count {
                value: lo.value / factor,
                unit: hi.unit,
                precision: lo.precision / factor,
                style: lo.style,
                figure_end: None,
            }
        }
        (None, Some(n)) => Count::of(&n, hi.unit, rest),
        (None, None) => return verify_fail(i),
    };
    if lo.value >= hi.value {
        return verify_fail(i);
    }
    // Only "15 to 30" is rewritten as a figure; a lower end with its own
    // unit is not.
    let hi = Count {
        figure_end: hi.figure_end.filter(|_| bare.is_some()),
        ..hi
    };
    Ok((rest, (hi, lo)))
}

/// How many `small` make one `big`: 12 months a year, 7 days a week, 1
/// for the same unit; `None` when no exact factor converts them.
fn factor(small: DurationUnit, big: DurationUnit) -> Option<f64> {
    use DurationUnit::{Day, Month, Week, Year};
    match (small, big) {
        (x, y) if x == y => Some(1.0),
        (Month, Year) => Some(12.0),
        (Day, Week) => Some(7.0),
        _ => None,
    }
}

fn verify(i: &str) -> nom::Err<nom::error::Error<&str>> {
    nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Verify))
}

fn verify_fail<T>(i: &str) -> Res<'_, T> {
    Err(verify(i))
}

/// "all day", "all week", "all month", "all year": one whole unit.
fn all_unit(i: &str) -> Res<'_, Count<'_>> {
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
fn another(i: &str) -> Res<'_, Count<'_>> {
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
fn compact(i: &str) -> Res<'_, Count<'_>> {
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
    alt((kw("a").map(|_| 1.0), kw("an").map(|_| 1.0), |i| {
        numeral(i).map(|(r, n)| (r, n.value))
    }))
    .parse(i)
}

/// "a fortnight", "two fortnights": two weeks each (a count is needed).
fn fortnights(i: &str) -> Res<'_, Count<'_>> {
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
fn count_may_open_keyed(i: &str, first: Option<u128>) -> bool {
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
    if long_compound(i).is_ok() {
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
    if let Ok((rest, _)) = (alt((kw("a"), kw("an"))), sp).parse(i) {
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
    // to a word is the ordinal of a compound, no unit of time.
    if unit == DurationUnit::Second && hyphen_then_letter(rest) {
        return verify_fail(i);
    }
    Ok((rest, Count::of(&n, unit, after_figure)))
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
    if !(singular && noun_follows && long) || rest.starts_with('-') {
        return verify_fail(i);
    }
    Ok((rest, Count::of(n, unit, i)))
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
/// a calendar unit joined by a hyphen to "long", one of it.
fn long_compound(i: &str) -> Res<'_, Count<'_>> {
    let (rest, (value, unit)) = alt((
        kw("decade").map(|_| (10.0, DurationUnit::Year)),
        kw("century").map(|_| (100.0, DurationUnit::Year)),
        kw("year").map(|_| (1.0, DurationUnit::Year)),
        kw("month").map(|_| (1.0, DurationUnit::Month)),
        kw("week").map(|_| (1.0, DurationUnit::Week)),
        kw("day").map(|_| (1.0, DurationUnit::Day)),
    ))
    .parse(i)?;
    let (rest, _) = kw("-long").parse(rest)?;
    Ok((rest, Count::whole(value, unit)))
}

/// "3.5years", "10days": a figure in digits glued to its unit word.
fn glued_count(i: &str) -> Res<'_, Count<'_>> {
    let (rest, figure) = take_while1(|c: char| c.is_ascii_digit() || c == '.').parse(i)?;
    let (after, unit) = duration_unit(rest)?;
    // A unit word, not its letter alone ("3D", "2W": see `compact`).
    if consumed(rest, after).len() < 3 || figure.ends_with('.') {
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

/// Months in a year, days in a week, minutes in an hour, seconds in a
/// minute: the only exact conversions.
fn in_smaller<'a>(a: &Count<'a>, b: &Count<'a>) -> Option<Count<'a>> {
    use DurationUnit::{Day, Hour, Minute, Month, Second, Week, Year};
    let (factor_a, unit) = match (a.unit, b.unit) {
        (Year, Month) => (12.0, Month),
        (Week, Day) => (7.0, Day),
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
fn counted(i: &str) -> Res<'_, Count<'_>> {
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
fn quarters(i: &str) -> Res<'_, Count<'_>> {
    let count = |i| numeral(i).map(|(r, n)| (r, n.value));
    let (rest, (n, _, _)) = (count, sp, alt((kw("quarters"), kw("quarter")))).parse(i)?;
    if (sp, kw("of")).parse(rest).is_ok() {
        return verify_fail(i);
    }
    Ok((rest, Count::whole(n * 3.0, DurationUnit::Month)))
}

/// "a decade", "two decades"
fn decade(i: &str) -> Res<'_, Count<'_>> {
    let (rest, (n, _, _)) = (unit_count, sp, alt((kw("decade"), kw("decades")))).parse(i)?;
    Ok((rest, Count::whole(n * 10.0, DurationUnit::Year)))
}

/// "a century", "two centuries", "a millennium": in years.
fn centuries(i: &str) -> Res<'_, Count<'_>> {
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

/// Whether `after` says the minutes before it are what is left of a game:
/// "left", "remaining", "to go", "to play".
pub fn is_clock_left(after: &str) -> bool {
    let rest = after.trim_start_matches(crate::extract::grammar::is_space);
    if rest.len() == after.len() {
        return false;
    }
    let lower: String = rest.chars().take(10).collect::<String>().to_lowercase();
    ["left", "remaining", "to go", "to play"]
        .iter()
        .any(|w| lower.starts_with(w) && word_end(rest.get(w.len()..).unwrap_or("")).is_ok())
}

/// Whether a duration the grammar read is no length of anything in its
/// sentence: a day's reporting window ("cases in the last 48 hours"), game
/// time ("play 80 minutes", "four minutes left"), a day named rather than
/// measured ("a day of relief"), a results period ("profit for the half
/// year") and periods counted over ("across all five years of the
/// plan"). `text` is the duration as read, `before` the sentence up
/// to it, `after` the rest.
pub fn not_a_length(before: &str, text: &str, after: &str, unit: DurationUnit) -> bool {
    // The last word only: the sentence before may be long.
    let last = before
        .trim_end()
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_lowercase();
    let last = last.as_str();
    let lower = text.to_lowercase();
    let short = matches!(
        unit,
        DurationUnit::Second | DurationUnit::Minute | DurationUnit::Hour
    );
    // "in the last 48 hours", "over the past 72 hours": a bulletin's window.
    if short && matches!(last, "last" | "past") {
        return true;
    }
    let game = matches!(unit, DurationUnit::Second | DurationUnit::Minute);
    // "we must play 80 minutes", "with two minutes left".
    if game && (matches!(last, "play" | "played" | "playing") || is_clock_left(after)) {
        return true;
    }
    let next_is_of = after
        .trim_start_matches(crate::extract::grammar::is_space)
        .split(|c: char| !c.is_alphabetic())
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("of"))
        && after.starts_with(crate::extract::grammar::is_space);
    // "a day of relief", "a year of records": the unit named.
    if next_is_of && (lower.starts_with("a ") || lower.starts_with("an ")) {
        return true;
    }
    // "across all five years of the plan".
    if next_is_of && last == "all" {
        return true;
    }
    // "for the three months that ended Dec. 2": a results period its end
    // dates, no length claimed.
    if last == "the" && ends_a_period(after) {
        return true;
    }
    // "profit for the half year": the first half of a results year.
    lower.starts_with("half") && last == "the"
}

/// Whether `after` (what follows a count of time) dates the period by its
/// end: " ended", " ending", " that ended", " which ended".
fn ends_a_period(after: &str) -> bool {
    let rest = after.trim_start_matches(crate::extract::grammar::is_space);
    if rest.len() == after.len() {
        return false;
    }
    let rest = ["that ", "which "]
        .iter()
        .find_map(|w| {
            rest.get(..w.len())
                .filter(|h| h.eq_ignore_ascii_case(w))
                .and_then(|_| rest.get(w.len()..))
        })
        .unwrap_or(rest);
    ["ended", "ending", "ends"].iter().any(|w| {
        rest.len() >= w.len()
            && rest
                .get(..w.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(w))
            && word_end(&rest[w.len()..]).is_ok()
    })
}

#[cfg(test)]
mod grammar_tests {

    #[test]
    fn durations_that_measure_nothing() {
        use DurationUnit::{Day, Hour, Minute, Year};
        // A bulletin's window.
        assert!(not_a_length("cases in the last ", "24 hours", ".", Hour));
        assert!(not_a_length("over the past ", "72 hours", " the", Hour));
        assert!(!not_a_length("over the past ", "three days", ".", Day));
        assert!(!not_a_length("worked for ", "12 hours", ".", Hour));
        // Game time.
        assert!(not_a_length("we must play ", "80 minutes", " well", Minute));
        assert!(not_a_length("with ", "four minutes", " left", Minute));
        assert!(!not_a_length("a walk of ", "20 minutes", ".", Minute));
        // A day named, a results period, periods counted over.
        assert!(not_a_length("It was ", "a day", " of mourning.", Day));
        assert!(!not_a_length("talks lasted ", "a day", ".", Day));
        assert!(not_a_length("profit for the ", "half year", " rose", Year));
        assert!(!not_a_length("after ", "half a year", ".", Year));
        assert!(not_a_length(
            "across all ",
            "five years",
            " of the plan",
            Year
        ));
        assert!(!not_a_length("over ", "five years", " of talks", Year));
    }
    use super::*;

    #[test]
    fn ranges_of_years_ago_in_either_order_and_after_from() {
        let read = |i: &str| {
            let (_, (d, len, first)) = duration_in("", i).unwrap();
            (
                d.min,
                d.max,
                d.qualifier,
                d.ago,
                i.get(..len).unwrap().to_owned(),
                first,
            )
        };
        let (lo, hi, q, ago, text, first) = read("from 13,000 to 26,000 years ago or more.");
        assert_eq!(
            (lo, hi, q, ago),
            (Some(13000.0), Some(26000.0), Qualifier::Between, true)
        );
        assert_eq!(
            (text.as_str(), first),
            ("from 13,000 to 26,000 years ago", true)
        );
        let (lo, hi, ..) = read("from around 22,800 and 21,130 years ago.");
        assert_eq!((lo, hi), (Some(21130.0), Some(22800.0)));
        let (lo, hi, ..) = read("between 95 and 100 million years ago");
        assert_eq!((lo, hi), (Some(95e6), Some(100e6)));
        // A calendar holds it: the date grammar's; no "ago": a change.
        assert!(ago_range("from 5 to 10 years ago").is_err());
        assert!(ago_range("from 13,000 to 26,000 years").is_err());
        assert!(ago_range("13,000 to 26,000 days ago").is_err());
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
    fn a_period_dated_by_its_end_is_no_length() {
        use DurationUnit::Month;
        assert!(not_a_length(
            "earned $5 for the ",
            "three months",
            " that ended Dec. 2",
            Month
        ));
        assert!(not_a_length(
            "for the ",
            "six months",
            " ended June 30",
            Month
        ));
        assert!(!not_a_length(
            "for ",
            "three months",
            " that ended in a strike",
            Month
        ));
        assert!(!not_a_length("the ", "three months", " of talks", Month));
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
    fn durations() {
        let (_, (d, len)) = duration("after two years….reports").unwrap();
        assert_eq!(
            (d.value, d.unit, len),
            (2.0, DurationUnit::Year, "after two years".len())
        );
        let (_, (d, _)) = duration("for three months").unwrap();
        assert_eq!((d.value, d.unit), (3.0, DurationUnit::Month));
        let (_, (d, _)) = duration("a decade of war").unwrap();
        assert_eq!((d.value, d.unit), (10.0, DurationUnit::Year));
        assert!(duration("two yearly reports").is_err());
        assert!(duration("after June").is_err());
        assert!(duration("a second round").is_err());
        let (_, (d, _)) = duration("2 years and 3 months").unwrap();
        assert_eq!((d.value, d.unit), (27.0, DurationUnit::Month));
        let (_, (d, _)) = duration("a month").unwrap();
        assert_eq!((d.value, d.unit), (1.0, DurationUnit::Month));
        // Months and days do not convert exactly: only the first is read.
        let (_, (d, len)) = duration("2 months and 3 days").unwrap();
        assert_eq!((d.value, d.unit, len), (2.0, DurationUnit::Month, 8));
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

#[cfg(test)]
mod tests;
