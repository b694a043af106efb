//! Durations: "after two years", "for three months", "a decade".

use nom::branch::alt;
use nom::bytes::complete::take_while1;
use nom::character::complete::char;
use nom::combinator::opt;
use nom::sequence::{preceded, terminated};
use nom::Parser;

use crate::extract::claim::{Duration, DurationUnit};
use crate::extract::grammar::{consumed, kw, lower_word, sp, word_end, Res};
use crate::extract::number::numeral;

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
        _ => {
            return Err(nom::Err::Error(nom::error::Error::new(
                i,
                nom::error::ErrorKind::Tag,
            )))
        }
    };
    Ok((rest, unit))
}

/// The words that may stand before a duration ("for three months").
pub const LEADS: &[&str] = &["after", "for", "over", "within", "lasting", "lasted"];

/// Whether a duration can start with this lowercased word, besides a
/// figure ("two", "a", "3"): one of its [`LEADS`], or "all" ("all week").
/// The scan driver's gate reads this, so a new opener goes here.
pub fn opens_with_word(word: &str) -> bool {
    LEADS.contains(&word) || word == "all"
}

/// The preposition before a duration.
fn lead(i: &str) -> Res<'_, &str> {
    for word in LEADS {
        if let Ok(found) = kw(word).parse(i) {
            return Ok(found);
        }
    }
    Err(nom::Err::Error(nom::error::Error::new(
        i,
        nom::error::ErrorKind::Tag,
    )))
}

/// A duration with an optional leading preposition; returns it and the
/// claim's length.
pub fn duration(i: &str) -> Res<'_, (Duration, usize)> {
    let (rest, led) = opt(terminated(lead, sp)).parse(i)?;
    let (rest, d) = match led {
        // "for another day", "lasted 2W", "for all week": only after a lead.
        Some(_) => alt((
            decade, quarters, fortnights, counted, another, compact, all_unit,
        ))
        .parse(rest)?,
        None => alt((decade, quarters, fortnights, counted, all_unit)).parse(rest)?,
    };
    word_end(rest)?;
    Ok((rest, (d, consumed(i, rest).len())))
}

fn verify_fail<T>(i: &str) -> Res<'_, T> {
    Err(nom::Err::Error(nom::error::Error::new(
        i,
        nom::error::ErrorKind::Verify,
    )))
}

/// "all day", "all week", "all month", "all year": one whole unit.
fn all_unit(i: &str) -> Res<'_, Duration> {
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
            Ok((rest, Duration { value: 1.0, unit }))
        }
        _ => verify_fail(i),
    }
}

/// "another day", "another two weeks": the count after "another".
fn another(i: &str) -> Res<'_, Duration> {
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
    Ok((rest, Duration { value: 1.0, unit }))
}

/// "10D", "3Y", "2W": digits glued to one capital unit letter, at the end
/// of the phrase ("3D printing" is no duration; "3M" is a million).
fn compact(i: &str) -> Res<'_, Duration> {
    let (rest, n) = take_while1(|c: char| c.is_ascii_digit()).parse(i)?;
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
        Ok(value) if ends => Ok((rest, Duration { value, unit })),
        _ => verify_fail(i),
    }
}

/// "a fortnight", "two fortnights": two weeks each (a count is needed).
fn fortnights(i: &str) -> Res<'_, Duration> {
    let article = alt((kw("a"), kw("an"))).map(|_| 1.0);
    let count = alt((article, |i| numeral(i).map(|(r, n)| (r, n.value))));
    let (rest, (n, _, _)) = (count, sp, alt((kw("fortnights"), kw("fortnight")))).parse(i)?;
    Ok((
        rest,
        Duration {
            value: n * 2.0,
            unit: DurationUnit::Week,
        },
    ))
}

/// "two years", "18 months", "a month"
fn one_count(i: &str) -> Res<'_, Duration> {
    let article = alt((kw("a"), kw("an")));
    let count = alt((article.map(|_| None), |i| {
        numeral(i).map(|(r, n)| (r, Some(n.value)))
    }));
    let (rest, (value, _, unit)) = (count, sp, duration_unit)
        .parse(i)
        .or_else(|_| glued_count(i))?;
    word_end(rest)?;
    // "a second round", "a minute's silence": with an article only the
    // day-or-longer units are durations.
    let value = match (value, unit) {
        (Some(v), _) => v,
        (None, DurationUnit::Second | DurationUnit::Minute | DurationUnit::Hour) => {
            return Err(nom::Err::Error(nom::error::Error::new(
                i,
                nom::error::ErrorKind::Verify,
            )))
        }
        (None, _) => 1.0,
    };
    Ok((rest, Duration { value, unit }))
}

/// "3.5years", "10days": a figure in digits glued to its unit word.
fn glued_count(i: &str) -> Res<'_, (Option<f64>, &str, DurationUnit)> {
    let (rest, figure) = take_while1(|c: char| c.is_ascii_digit() || c == '.').parse(i)?;
    let (after, unit) = duration_unit(rest)?;
    // A unit word, not its letter alone ("3D", "2W": see `compact`).
    if consumed(rest, after).len() < 3 || figure.ends_with('.') {
        return verify_fail(i);
    }
    match figure.parse::<f64>() {
        Ok(v) => Ok((after, (Some(v), "", unit))),
        Err(_) => verify_fail(i),
    }
}

/// Months in a year, days in a week: the only exact conversions.
fn in_smaller(a: &Duration, b: &Duration) -> Option<Duration> {
    use DurationUnit::{Day, Month, Week, Year};
    let (factor_a, factor_b, unit) = match (a.unit, b.unit) {
        (Year, Month) => (12.0, 1.0, Month),
        (Week, Day) => (7.0, 1.0, Day),
        (x, y) if x == y => (1.0, 1.0, x),
        _ => return None,
    };
    Some(Duration {
        value: a.value * factor_a + b.value * factor_b,
        unit,
    })
}

/// "two years", "2 years and 3 months", "2 years, 3 months": a compound
/// counts in its smaller unit when the conversion is exact.
fn counted(i: &str) -> Res<'_, Duration> {
    let (rest, first) = one_count(i)?;
    // "a month and a half", "one year and half": half the unit more; "a
    // year and a quarter": a quarter more.
    let fraction = alt((kw("half").map(|_| 0.5), kw("quarter").map(|_| 0.25)));
    if let Ok((after, (_, _, _, _, f))) =
        (sp, kw("and"), sp, opt((kw("a"), sp)), fraction).parse(rest)
    {
        return Ok((
            after,
            Duration {
                value: first.value + f,
                unit: first.unit,
            },
        ));
    }
    let joiner = alt((
        (sp, kw("and"), sp).map(|_| ()),
        (char(','), sp).map(|_| ()),
        sp.map(|_| ()),
    ));
    if let Ok((after, second)) = preceded(joiner, one_count).parse(rest) {
        if let Some(total) = in_smaller(&first, &second) {
            return Ok((after, total));
        }
    }
    Ok((rest, first))
}

/// "3 quarters", "two quarters": three months each. A counted quarter only
/// ("a quarter million" is a number) and never before "of" ("three
/// quarters of the members" is a fraction).
fn quarters(i: &str) -> Res<'_, Duration> {
    let count = |i| numeral(i).map(|(r, n)| (r, n.value));
    let (rest, (n, _, _)) = (count, sp, alt((kw("quarters"), kw("quarter")))).parse(i)?;
    if (sp, kw("of")).parse(rest).is_ok() {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )));
    }
    Ok((
        rest,
        Duration {
            value: n * 3.0,
            unit: DurationUnit::Month,
        },
    ))
}

/// "a decade", "two decades"
fn decade(i: &str) -> Res<'_, Duration> {
    let count = alt((kw("a").map(|_| 1.0), |i| {
        numeral(i).map(|(r, n)| (r, n.value))
    }));
    let (rest, (n, _, _)) = (count, sp, alt((kw("decade"), kw("decades")))).parse(i)?;
    Ok((
        rest,
        Duration {
            value: n * 10.0,
            unit: DurationUnit::Year,
        },
    ))
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
    // "profit for the half year": the first half of a results year.
    lower.starts_with("half") && last == "the"
}

#[cfg(test)]
mod tests {

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
