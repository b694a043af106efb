//! Numerals: digits with separators and decimals, scale words, and number
//! words from zero into the trillions.

use nom::branch::alt;
use nom::bytes::complete::take_while1;
use nom::character::complete::{char, digit1};
use nom::combinator::{opt, recognize};
use nom::multi::many1;
use nom::sequence::preceded;
use nom::Parser;

use crate::extract::claim::NumberStyle;
use crate::extract::grammar::{consumed, kw, sp, word_end, Res};
use crate::extract::lexicon::{lookup, SCALES, SMALL_NUMBERS, TENS};

/// A parsed figure.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Numeral {
    pub value: f64,
    /// The rounding granularity as written ("800" → 100, "7.7 million" → 100,000).
    pub precision: f64,
    pub style: NumberStyle,
}

/// Digits with `,` grouping and an optional decimal part: "8,000,000",
/// "812", "3.5". Returns the text with separators.
pub fn digits(i: &str) -> Res<'_, &str> {
    let grouped = recognize((
        take_while1(|c: char| c.is_ascii_digit()),
        many1(preceded(char(','), three_digits)),
        opt(preceded(char('.'), digit1)),
    ));
    let plain = recognize((digit1, opt(preceded(char('.'), digit1))));
    let (rest, text) = alt((grouped, plain)).parse(i)?;
    // "1,2345" or "1.2.3" is not a figure we understand.
    if rest.starts_with(|c: char| c.is_ascii_digit())
        || (rest.starts_with([',', '.'])
            && rest
                .get(1..)
                .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit())))
    {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Digit,
        )));
    }
    if text.contains(',') && text.split(',').next().is_some_and(|lead| lead.len() > 3) {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Digit,
        )));
    }
    Ok((rest, text))
}

fn three_digits(i: &str) -> Res<'_, &str> {
    let (rest, d) = digit1(i)?;
    if d.len() == 3 {
        Ok((rest, d))
    } else {
        Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Digit,
        )))
    }
}

/// Value and precision of a digit string such as "8,000,000" or "7.70".
pub fn digits_value(text: &str) -> Option<(f64, f64)> {
    let clean: String = text.chars().filter(|c| *c != ',').collect();
    let value: f64 = clean.parse().ok()?;
    let precision = match clean.split_once('.') {
        Some((_, frac)) => 10f64.powi(-(frac.len() as i32)),
        None => {
            let zeros = if value == 0.0 {
                0
            } else {
                clean.len() - clean.trim_end_matches('0').len()
            };
            10f64.powi(zeros as i32)
        }
    };
    Some((value, precision))
}

/// A scale word: thousand, million, billion, trillion.
pub fn scale_word(i: &str) -> Res<'_, f64> {
    let (rest, w) = take_while1(|c: char| c.is_ascii_alphabetic()).parse(i)?;
    match lookup(SCALES, w) {
        Some(scale) => Ok((rest, scale)),
        None => Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Tag,
        ))),
    }
}

/// Digits with an optional scale word: "800", "8.5 million".
pub fn digit_numeral(i: &str) -> Res<'_, Numeral> {
    let (rest, text) = digits(i)?;
    let Some((value, precision)) = digits_value(text) else {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Digit,
        )));
    };
    if let Ok((after, scale)) = preceded(sp, scale_word).parse(rest) {
        return Ok((
            after,
            Numeral {
                value: value * scale,
                precision: precision * scale,
                style: NumberStyle::DigitsWithScale,
            },
        ));
    }
    Ok((
        rest,
        Numeral {
            value,
            precision,
            style: NumberStyle::Digits,
        },
    ))
}

/// One token of a number in words.
#[derive(Debug, Clone, Copy, PartialEq)]
enum WordToken {
    /// 0–19, or a multiple of ten with an optional hyphenated unit (21–99).
    Small(f64),
    Hundred,
    Scale(f64),
}

fn word_token(i: &str) -> Res<'_, WordToken> {
    let (rest, w) = take_while1(|c: char| c.is_ascii_alphabetic()).parse(i)?;
    let err = || nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Tag));
    if let Some(n) = lookup(SMALL_NUMBERS, w) {
        return Ok((rest, WordToken::Small(f64::from(n))));
    }
    if let Some(tens) = lookup(TENS, w) {
        // "thirty-five"
        if let Ok((after, unit)) = preceded(char('-'), small_unit).parse(rest) {
            return Ok((after, WordToken::Small(f64::from(tens + unit))));
        }
        return Ok((rest, WordToken::Small(f64::from(tens))));
    }
    if w.eq_ignore_ascii_case("hundred") {
        return Ok((rest, WordToken::Hundred));
    }
    lookup(SCALES, w)
        .map(|s| (rest, WordToken::Scale(s)))
        .ok_or_else(err)
}

fn small_unit(i: &str) -> Res<'_, u32> {
    let (rest, w) = take_while1(|c: char| c.is_ascii_alphabetic()).parse(i)?;
    match lookup(SMALL_NUMBERS, w) {
        Some(n) if (1..=9).contains(&n) => Ok((rest, n)),
        _ => Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Tag,
        ))),
    }
}

/// A number in words: "eight million", "two hundred and fifty thousand",
/// "thirty-five", "a hundred".
pub fn word_numeral(i: &str) -> Res<'_, Numeral> {
    let err = || nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Tag));
    // "a hundred", "a million": the article counts as one before a scale.
    let (mut rest, first) = match preceded((kw("a"), sp), word_token).parse(i) {
        Ok((r, t @ (WordToken::Hundred | WordToken::Scale(_)))) => (r, (WordToken::Small(1.0), t)),
        _ => {
            let (r, t) = word_token(i)?;
            if !matches!(t, WordToken::Small(_)) {
                return Err(err());
            }
            (r, (t, t))
        }
    };
    let (mut total, mut current) = (0.0f64, 0.0f64);
    let apply = |t: WordToken, total: &mut f64, current: &mut f64| match t {
        WordToken::Small(n) => *current += n,
        WordToken::Hundred => *current = current.max(1.0) * 100.0,
        WordToken::Scale(s) => {
            *total += current.max(1.0) * s;
            *current = 0.0;
        }
    };
    let mut last = first.0;
    apply(first.0, &mut total, &mut current);
    if first.1 != first.0 {
        apply(first.1, &mut total, &mut current);
        last = first.1;
    }
    loop {
        // Separators: blanks or a hyphen; "and" only after hundred or a scale
        // and before a smaller number ("two hundred and fifty").
        let mut sep = alt((sp, recognize(char('-'))));
        let Ok((after_sep, _)) = sep.parse(rest) else {
            break;
        };
        let (after_and, saw_and) = match (kw("and"), sp).parse(after_sep) {
            Ok((r, _)) if matches!(last, WordToken::Hundred | WordToken::Scale(_)) => (r, true),
            _ => (after_sep, false),
        };
        let Ok((after_tok, tok)) = word_token(after_and) else {
            break;
        };
        let fits = match (last, tok) {
            (WordToken::Small(a), WordToken::Small(b)) => {
                a >= 20.0 && a % 10.0 == 0.0 && b < 10.0 && !saw_and
            }
            (WordToken::Small(_), _) => !saw_and,
            (WordToken::Hundred | WordToken::Scale(_), WordToken::Small(_)) => true,
            (WordToken::Hundred, WordToken::Scale(_)) => !saw_and,
            (WordToken::Scale(a), WordToken::Scale(b)) => b > a && !saw_and,
            (WordToken::Scale(_), WordToken::Hundred) => false,
            (WordToken::Hundred, WordToken::Hundred) => false,
        };
        if !fits {
            break;
        }
        // A smaller scale after a larger one continues the number; a larger
        // one multiplies everything so far ("a hundred thousand").
        if let (WordToken::Scale(s), true) = (tok, total > 0.0 && current == 0.0) {
            total *= s;
        } else {
            apply(tok, &mut total, &mut current);
        }
        last = tok;
        rest = after_tok;
    }
    word_end(rest)?;
    let value = total + current;
    Ok((
        rest,
        Numeral {
            value,
            precision: integer_precision(value),
            style: NumberStyle::Words,
        },
    ))
}

/// 10 to the number of trailing zeros of an integer (1 for 0).
pub fn integer_precision(value: f64) -> f64 {
    if value == 0.0 || value.fract() != 0.0 {
        return 1.0;
    }
    let mut p = 1.0;
    while value % (p * 10.0) == 0.0 && p < 1e15 {
        p *= 10.0;
    }
    p
}

/// Any figure: digits (with a scale word) or words.
pub fn numeral(i: &str) -> Res<'_, Numeral> {
    alt((digit_numeral, word_numeral)).parse(i)
}

/// Parse a whole figure such as "900", "7.7 million", "8,000,000" or
/// "eight million": its value and precision.
pub fn parse_figure(s: &str) -> Option<(f64, f64)> {
    let s = s.trim();
    let (rest, n) = numeral(s).ok()?;
    rest.trim().is_empty().then_some((n.value, n.precision))
}

/// The text a numeral parser consumed.
pub fn numeral_text(i: &str) -> Option<(&str, Numeral)> {
    let (rest, n) = numeral(i).ok()?;
    Some((consumed(i, rest), n))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fig(s: &str) -> (f64, f64) {
        parse_figure(s).unwrap_or_else(|| panic!("no figure in {s:?}"))
    }

    #[test]
    fn digits_with_separators_and_decimals() {
        assert_eq!(fig("800"), (800.0, 100.0));
        assert_eq!(fig("812"), (812.0, 1.0));
        assert_eq!(fig("8,000,000"), (8e6, 1e6));
        assert_eq!(fig("3.25"), (3.25, 0.01));
        assert_eq!(fig("0"), (0.0, 1.0));
        assert!(parse_figure("1,23").is_none());
        assert!(parse_figure("12345,678").is_none());
    }

    #[test]
    fn digits_with_scale_words() {
        assert_eq!(fig("8.5 million"), (8.5e6, 1e5));
        let (v, p) = fig("7.7 million");
        assert!((v - 7.7e6).abs() < 1e-6 && (p - 1e5).abs() < 1e-6);
        assert_eq!(fig("2 billion"), (2e9, 1e9));
    }

    #[test]
    fn number_words() {
        assert_eq!(fig("eight million"), (8e6, 1e6));
        assert_eq!(fig("two"), (2.0, 1.0));
        assert_eq!(fig("thirty-five"), (35.0, 1.0));
        assert_eq!(fig("two hundred and fifty thousand"), (250_000.0, 10_000.0));
        assert_eq!(fig("a hundred"), (100.0, 100.0));
        assert_eq!(
            fig("one million two hundred thousand"),
            (1_200_000.0, 100_000.0)
        );
        assert_eq!(fig("a hundred thousand"), (100_000.0, 100_000.0));
        assert_eq!(fig("nineteen"), (19.0, 1.0));
    }

    #[test]
    fn and_only_joins_within_a_number() {
        // "two and three" is two numbers, not five.
        let (rest, n) = numeral("two and three").unwrap();
        assert_eq!((n.value, rest), (2.0, " and three"));
        let (rest, n) = numeral("five six").unwrap();
        assert_eq!((n.value, rest), (5.0, " six"));
    }

    #[test]
    fn words_need_word_boundaries() {
        assert!(numeral("tenth").is_err());
        assert!(numeral("someone").is_err());
        assert!(numeral("a lot").is_err());
    }
}
