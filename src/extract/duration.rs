//! Durations: "after two years", "for three months", "a decade".

use nom::branch::alt;
use nom::bytes::complete::take_while1;
use nom::combinator::opt;
use nom::sequence::terminated;
use nom::Parser;

use crate::extract::claim::{Duration, DurationUnit};
use crate::extract::grammar::{consumed, kw, sp, word_end, Res};
use crate::extract::number::numeral;

/// A duration unit word, singular or plural ("years", "month").
pub fn duration_unit(i: &str) -> Res<'_, DurationUnit> {
    let (rest, w) = take_while1(|c: char| c.is_ascii_alphabetic()).parse(i)?;
    let lower = w.to_ascii_lowercase();
    let unit = match lower.trim_end_matches('s') {
        "second" => DurationUnit::Second,
        "minute" => DurationUnit::Minute,
        "hour" => DurationUnit::Hour,
        "day" => DurationUnit::Day,
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

/// The preposition before a duration.
fn lead(i: &str) -> Res<'_, &str> {
    alt((
        kw("after"),
        kw("for"),
        kw("over"),
        kw("within"),
        kw("lasting"),
    ))
    .parse(i)
}

/// A duration with an optional leading preposition; returns it and the
/// claim's length.
pub fn duration(i: &str) -> Res<'_, (Duration, usize)> {
    let (rest, _) = opt(terminated(lead, sp)).parse(i)?;
    let (rest, d) = alt((decade, counted)).parse(rest)?;
    word_end(rest)?;
    Ok((rest, (d, consumed(i, rest).len())))
}

/// "two years", "18 months"
fn counted(i: &str) -> Res<'_, Duration> {
    let (rest, (n, _, unit)) = (numeral, sp, duration_unit).parse(i)?;
    Ok((
        rest,
        Duration {
            value: n.value,
            unit,
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

#[cfg(test)]
mod tests {
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
    }
}
