//! Ages, which news writes beside a name rather than as a figure to
//! check: "the 63-year-old", "a two-month-old", "45 years old", "aged 63",
//! "at age 37", the apposition "Kozlowski, 58, and Swartz, 44,", and the
//! other side of a comparison an age opens ("closer to 45 years old than
//! he is to 40").

use super::names::{is_function_word, previous_word};
use super::scores::small_digits;
use super::*;

/// An age, which news writes beside a name rather than as a figure to
/// check: "the 63-year-old", "a two-month-old", "45 years old", "aged 63",
/// "at age 37", and the apposition "Kozlowski, 58, and Swartz, 44,".
pub fn age<'a>(before: &str, i: &'a str) -> Res<'a, &'a str> {
    let unit = || {
        alt((
            tnc("years"),
            tnc("year"),
            tnc("months"),
            tnc("month"),
            tnc("weeks"),
            tnc("week"),
            tnc("days"),
            tnc("day"),
        ))
    };
    let (after, _) = small_digits(i)?;
    // "the 63-year-old", and the plural of a class by age: "19-year-olds".
    let olds = || (tnc("old"), opt(tnc("s")), word_end);
    let hyphenated = recognize((tag("-"), unit(), tag("-"), olds())).parse(after);
    // "45 years old", "35-plus years old".
    let spaced = recognize((opt(tnc("-plus")), sp, unit(), sp, tnc("old"), word_end)).parse(after);
    // "20 year-olds": the class with its first hyphen left out.
    let half_hyphened = recognize((sp, unit(), tag("-"), olds())).parse(after);
    if let Ok((rest, _)) = hyphenated.or(spaced).or(half_hyphened) {
        return Ok((rest, consumed(i, rest)));
    }
    // "99 and 92 years old", "45 or 46 years old": two ages that share
    // their unit, each an age.
    let joiner = alt((tag(" and "), tag(" or "), tag(", ")));
    if let Ok((rest, _)) = (joiner, small_digits, sp, unit(), sp, tnc("old"), word_end).parse(after)
    {
        return Ok((rest, consumed(i, rest)));
    }
    // "38 years, 110 days old", "at 36 years and 9 days old", and after
    // "at" without "old": "At 20 years, 2 months and 5 days, she …" — an
    // age told to the day, which no event lasts.
    let joiner = || alt((tag(", and "), tag(", "), tag(" and ")));
    if let Ok((rest, _)) = (
        sp,
        unit(),
        many_m_n(1, 2, (joiner(), small_digits, sp, unit())),
        word_end,
    )
        .parse(after)
    {
        if let Ok((old, _)) = (sp, tnc("old"), word_end).parse(rest) {
            return Ok((old, consumed(i, old)));
        }
        if previous_word(before).is_some_and(|w| w.eq_ignore_ascii_case("at")) {
            return Ok((rest, consumed(i, rest)));
        }
    }
    // "the 5-to-9 age bracket", "the 18-24 age group": ages, both ends.
    let range_end = || {
        (
            alt((tag("-to-"), tag(" to "), tag("-"), tag("–"), tag(" and "))),
            small_digits,
        )
    };
    if let Ok((rest, _)) = (range_end(), sp, tnc("age"), word_end).parse(after) {
        return Ok((rest, consumed(i, rest)));
    }
    word_end(after)?;
    let aged = previous_word(before)
        .is_some_and(|w| matches!(w.to_lowercase().as_str(), "age" | "aged" | "ages"));
    if aged {
        // "aged 5 to 10", "ages 18-24": the far end too.
        let (rest, _) = opt((range_end(), word_end)).parse(after)?;
        return Ok((rest, consumed(i, rest)));
    }
    // "Kozlowski, 58, and": a name, a comma, the age and a comma.
    let apposition = before.strip_suffix(", ").is_some_and(|head| {
        let word = head
            .rsplit(|c: char| !(c.is_alphabetic() || c == '-' || c == '\''))
            .next()
            .unwrap_or("");
        word.starts_with(char::is_uppercase)
            && word.len() > 1
            && !is_function_word(&word.to_lowercase())
    });
    if apposition && after.starts_with([',', ')', ';']) {
        return Ok((after, consumed(i, after)));
    }
    fail(i)
}

/// How far back before a bare figure [`compared_with_an_age`] reads: a
/// dozen words.
const AGE_COMPARISON_REACH: usize = 96;

/// Whether a bare figure is the other side of a comparison an age opens
/// ("closer to 45 years old than he is to 40"): the age's words carry over
/// to it. The age must be what "than" compares ("N years old than"), not
/// a figure's own "more than" ("the 38-year-old scored more than 20").
/// Read a bounded way back ([`AGE_COMPARISON_REACH`]), so a long run costs
/// no more per figure.
pub(super) fn compared_with_an_age(before: &str) -> bool {
    let words: Vec<&str> = crate::extract::grammar::tail(before, AGE_COMPARISON_REACH)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.windows(3).any(|w| {
        matches!(w, [unit, old, than]
            if (unit.eq_ignore_ascii_case("years") || unit.eq_ignore_ascii_case("year"))
                && old.eq_ignore_ascii_case("old")
                && than.eq_ignore_ascii_case("than"))
    })
}

/// Words for people that an age bound after them classes by age
/// ("people under 18", "children over five", "those aged 16 and over").
const PEOPLE_BY_AGE: &[&str] = &[
    "people",
    "persons",
    "children",
    "kids",
    "adults",
    "youths",
    "those",
    "anyone",
    "everyone",
    "workers",
    "women",
    "men",
    "boys",
    "girls",
    "patients",
    "residents",
    "voters",
];

/// The largest figure read as an age bound.
const AGE_MAX: f64 = 120.0;

/// Whether a bare figure with a bound is an age, not a count: after
/// "aged" or "ages" ("aged between 16 and 22", "aged over 60"), or after a
/// word for people, which it classes by age ("people under 18", "children
/// over five"). `text` is the claim read (a qualifier and the figure or
/// the figures of a range).
pub(super) fn age_bound(before: &str, text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    let Some((bound, figures)) = lower.split_once(' ') else {
        return false;
    };
    let small = |w: &str| {
        crate::extract::number::parse_figure(w)
            .map(|(v, _)| v)
            .or_else(|| lookup(SMALL_NUMBERS, w).map(f64::from))
            .is_some_and(|v| v > 0.0 && v <= AGE_MAX)
    };
    let words: Vec<&str> = figures.split(' ').collect();
    let read = match (bound, words.as_slice()) {
        ("under" | "over" | "above" | "below", [n]) => small(n),
        ("between", [a, "and", b]) | ("from", [a, "to", b]) => small(a) && small(b),
        _ => false,
    };
    let Some(prev) = previous_word(before) else {
        return false;
    };
    let prev = prev.to_ascii_lowercase();
    read && (matches!(prev.as_str(), "aged" | "ages")
        || (bound != "between" && bound != "from" && PEOPLE_BY_AGE.contains(&prev.as_str())))
}
