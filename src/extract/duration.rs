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
use nom::bytes::complete::take_while1;
use nom::combinator::opt;
use nom::sequence::terminated;
use nom::Parser;

use crate::extract::claim::{Duration, DurationUnit, NumberStyle, Qualifier, Span};
use crate::extract::grammar::{
    consumed, first_word_key, kw, kw_keyed, lower_word, phrase_from_in, phrase_from_keyed, sp,
    word_end, Res,
};
use crate::extract::lex::keys;

mod anchored;
mod count;
mod looking_back;
mod no_length;
mod range;
use crate::extract::lexicon::{POSTFIX_QUALIFIERS, QUALIFIERS};
use crate::extract::number::{numeral, Numeral};
use count::{
    all_unit, another, centuries, compact, count_may_open_keyed, counted, decade, fortnights,
    fraction_of_unit, led_short_unit, long_compound_keyed, quarters, race_time,
};
pub use looking_back::{looks_back, perfect_follows};
pub use no_length::{is_clock_left, not_a_length};
use range::{ago_range, range};

/// From this many years back, "N years ago" is a length of time, not a
/// date: no calendar date a thousand years back is known to the day the
/// date grammar would resolve it to, and reference events name years of
/// four digits. Nearer than that, "N years ago" stays a date.
pub const AGO_YEARS: f64 = 1000.0;

/// A duration unit word, singular or plural ("years", "month"), or its
/// abbreviation in lower case ("3 yrs", "2hrs, 17mins and 18secs").
pub fn duration_unit(i: &str) -> Res<'_, DurationUnit> {
    let (rest, w) = take_while1(|c: char| c.is_ascii_alphabetic()).parse(i)?;
    // The stem without its plural "s" (any number, in either case), in
    // lower case.
    let stem = w.trim_end_matches(['s', 'S']);
    let mut buf = [0u8; 16];
    let unit = match lower_word(stem, &mut buf) {
        "second" => DurationUnit::Second,
        "minute" => DurationUnit::Minute,
        "hour" => DurationUnit::Hour,
        // "for two nights": a stay counted in nights, a day each.
        "day" | "night" => DurationUnit::Day,
        "week" => DurationUnit::Week,
        "month" => DurationUnit::Month,
        "year" => DurationUnit::Year,
        // The abbreviations only as written in lower case: "SEC" is a
        // sports conference, "MIN" a ticker or a ministry.
        abbr if stem.bytes().all(|b| b.is_ascii_lowercase()) => match abbr {
            "sec" => DurationUnit::Second,
            "min" => DurationUnit::Minute,
            "hr" => DurationUnit::Hour,
            "yr" => DurationUnit::Year,
            _ => return verify_fail(i),
        },
        _ => return verify_fail(i),
    };
    Ok((rest, unit))
}

/// The words that may stand before a duration ("for three months"); "by"
/// tells a difference of time ("postponed by a year", "extended by
/// another month", "trailing by six seconds").
pub const LEADS: &[&str] = &[
    "after",
    "for",
    "over",
    "within",
    "lasting",
    "lasted",
    "by",
    "throughout",
];

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
    // The first word by its key, read once: the lead words, "between",
    // the qualifiers and the count's words are compared with it.
    let first = first_word_key(i);
    if let Ok(found) = ago_range(i, first) {
        return Ok(found);
    }
    // After "in" a count is a length only where the words before look back
    // ("the first surplus in 12 years"): that look, which reads the words
    // before, is taken below, once a count may stand here at all.
    let (rest, led, back) = match terminated(|x| kw_keyed(x, first, IN, "in"), sp).parse(i) {
        Ok((r, w)) => (r, Some(w), true),
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
    // "in two days the country has spent ...": a perfect after the count
    // makes it the length the deed took.
    // "dropping sharply in two years": in a clause told in the past, "in
    // N years" cannot lie ahead of the article date; it is a length, read
    // here where the date grammar would take it for a date.
    let length_back =
        || looks_back(before) || perfect_follows(i) || anchored::date_in_past_clause(i, before);
    if !count_may_open_keyed(rest, first_count) || (back && !length_back()) {
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
                    race_time,
                    fraction_of_unit,
                    counted,
                    another,
                    // "within an hour", "for a minute"; not "after an
                    // hour", more often the game clock.
                    |x| match led {
                        Some(w) if ["within", "for"].iter().any(|l| l.eq_ignore_ascii_case(w)) => {
                            led_short_unit(x)
                        }
                        _ => verify_fail(x),
                    },
                    compact,
                    all_unit,
                    |x| long_compound_keyed(x, first_count),
                ))
                .parse(rest)?,
                _ => alt((
                    decade,
                    centuries,
                    quarters,
                    fortnights,
                    race_time,
                    fraction_of_unit,
                    counted,
                    all_unit,
                    |x| long_compound_keyed(x, first_count),
                ))
                .parse(rest)?,
            };
            (r, (c, None))
        }
    };
    word_end(rest)?;
    // "one hour per day", "12 hours a day": a rate, a figure per unit of
    // time, not a length.
    if per_unit_of_time(rest).is_some() {
        return verify_fail(i);
    }
    let by = led.is_some_and(|w| w.eq_ignore_ascii_case("by"));
    // "by two weeks' time", "by a year from now": a deadline, the date
    // grammar's.
    if by && deadline_follows(rest) {
        return verify_fail(i);
    }
    // "those waiting more than 65 weeks": the threshold of a class.
    if after_a_wait(before) {
        return verify_fail(i);
    }
    // "more than thirty years old": an age, not a length of time; but
    // from [`AGO_YEARS`] years, as for "ago", no one's age: the age of a
    // thing ("fossils 2.5 million years old") is a length of time.
    if (sp, kw("old")).parse(rest).is_ok()
        && !(count.unit == DurationUnit::Year && count.value >= AGO_YEARS)
    {
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
    let led_by = |w: &str| led.is_some_and(|l| l.eq_ignore_ascii_case(w));
    // "within one hour": at most that long.
    let within = led_by("within");
    let qualifier = match (range, q) {
        (Some(_), _) => Qualifier::Between,
        (None, Some(q)) => q,
        (None, None) if within => Qualifier::UpTo,
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
    // "ten years earlier than planned": a difference of time, before the
    // date grammar reads "ten years earlier".
    let compared = !ago && earlier_than(rest);
    // "postponed by a year earlier this month": a difference of time,
    // before the date grammar reads "by a year earlier"; the date is
    // "earlier this month".
    // A length between two events, not a date counted from the article
    // date: "throughout 15 days of play", "within one hour" of a finish,
    // "Two days after he won".
    let measured = led_by("throughout")
        || within && anchored::within_a_length(before, rest, d.unit)
        || led.is_none() && q.is_none() && range.is_none() && anchored::between_events(rest);
    Ok((
        rest,
        (
            d,
            consumed(i, rest).len(),
            ago || back || compared || by || measured,
        ),
    ))
}

/// A unit of time that a count of time is per (`i` starts right after
/// the count): " per day", " a day", " each week", "/day" — "one hour per
/// day" is a rate. Returns the input after it.
pub fn per_unit_of_time(i: &str) -> Option<&str> {
    let per = alt((
        (
            sp,
            alt((kw("per"), kw("a"), kw("an"), kw("each"), kw("every"))),
            sp,
        )
            .map(|_| ()),
        nom::bytes::complete::tag("/").map(|_| ()),
    ));
    // "two days a week ago" dates a stay: "a week ago" is a date.
    let mut dated = (
        sp,
        alt((
            kw("ago"),
            kw("earlier"),
            kw("later"),
            kw("before"),
            kw("after"),
        )),
    );
    let (rest, _) = (per, duration_unit, word_end).parse(i).ok()?;
    dated.parse(rest).is_err().then_some(rest)
}

/// Whether what follows a count of time after "by" makes it a deadline
/// (`i` starts right after the count): "by two weeks' time", "by a year
/// from now".
fn deadline_follows(i: &str) -> bool {
    let time = (
        alt((
            nom::bytes::complete::tag("'s"),
            nom::bytes::complete::tag("’s"),
            nom::bytes::complete::tag("'"),
            nom::bytes::complete::tag("’"),
        )),
        sp,
        kw("time"),
    )
        .map(|_| ());
    let from_now = (sp, kw("from"), sp, alt((kw("now"), kw("today")))).map(|_| ());
    alt((time, from_now)).parse(i).is_ok()
}

/// Whether a comparison of time follows a count (`i` starts right after
/// it): " earlier than", " later than", " sooner than". "Ten years earlier
/// than planned" tells by how much, no date.
fn earlier_than(i: &str) -> bool {
    (
        sp,
        alt((kw("earlier"), kw("later"), kw("sooner"))),
        sp,
        kw("than"),
    )
        .parse(i)
        .is_ok()
}

/// Whether a count of time at `i` (a figure) names a class of waits, as
/// a joined modifier of "waits": "18-month waits fell to 1,103", "one-year
/// waits". The plural counts the waits of that class; the length is the
/// class's name, no claim ("a 12-hour wait" is one wait's length).
pub fn names_waits(after_figure: &str) -> bool {
    after_figure
        .strip_prefix('-')
        .is_some_and(|r| (duration_unit, sp, kw("waits"), word_end).parse(r).is_ok())
}

/// The most words looked back over from a count of time for a wait
/// ([`after_a_wait`]): a qualifier's ("no more than") and a preposition.
const WAIT_LOOK_BACK: usize = 6;

/// Whether a count of time after `before` is the threshold of a class of
/// waits: "those waiting more than 65 weeks", "patients waiting over a
/// year", "waits of more than 18 months". A participle "waiting" after a
/// noun (no auxiliary: "have been waiting two years" tells how long) or
/// the noun "waits", then "of", "for" or "over" if any, then a qualifier
/// if any ([`QUALIFIERS`]), stand right before the count.
pub fn after_a_wait(before: &str) -> bool {
    let words: Vec<&str> = before
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .rev()
        .skip_while(|w| w.is_empty())
        .take(WAIT_LOOK_BACK)
        .collect();
    let is = |k: usize, w: &str| words.get(k).is_some_and(|x| x.eq_ignore_ascii_case(w));
    let mut k = 0;
    // A qualifier: its words, last first (its last word compared first,
    // by the bytes, so that only a qualifier ending in the word before the
    // count is split into words).
    let last = words.first().map_or(&[][..], |w| w.as_bytes());
    let ends_in_last = |p: &str| {
        let (p, n) = (p.as_bytes(), last.len());
        n > 0
            && p.len() >= n
            && p.get(p.len() - n..)
                .is_some_and(|w| w.eq_ignore_ascii_case(last))
            && (p.len() == n || p.get(p.len() - n - 1) == Some(&b' '))
    };
    if let Some((p, _)) = QUALIFIERS
        .iter()
        .find(|(p, _)| ends_in_last(p) && p.split(' ').rev().enumerate().all(|(j, w)| is(j, w)))
    {
        k += p.split(' ').count();
    }
    if ["of", "for", "over"].iter().any(|w| is(k, w)) {
        k += 1;
    }
    let auxiliary = ["been", "be", "is", "are", "was", "were", "am"]
        .iter()
        .any(|w| is(k + 1, w));
    is(k, "waits") || (is(k, "waiting") && !auxiliary)
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

fn verify(i: &str) -> nom::Err<nom::error::Error<&str>> {
    nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Verify))
}

fn verify_fail<T>(i: &str) -> Res<'_, T> {
    Err(verify(i))
}

#[cfg(test)]
mod grammar_tests {
    use super::*;

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
}

#[cfg(test)]
mod tests;
