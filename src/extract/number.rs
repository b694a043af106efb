//! Numerals: digits with separators and decimals, scale words, and number
//! words from zero into the trillions.

use nom::branch::alt;
use nom::bytes::complete::{tag, take_while1, take_while_m_n};
use nom::character::complete::{char, digit1, satisfy};
use nom::combinator::{opt, recognize};
use nom::multi::many_m_n;
use nom::sequence::{preceded, terminated};
use nom::Parser;

use crate::extract::claim::NumberStyle;
use crate::extract::grammar::{consumed, kw, sp, word_end, Res};
use crate::extract::lexicon::{
    lookup, DOZENS, FIXED_EXPRESSIONS, FRACTION_DENOMINATORS, GLUED_SCALES, MORE_SCALES, SCALES,
    SCALE_ABBREVIATIONS, SMALL_NUMBERS, TENS, VULGAR_FRACTIONS, ZERO_WORDS,
};

/// A parsed figure.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Numeral {
    pub value: f64,
    /// The rounding granularity as written ("800" → 100, "7.7 million" → 100,000).
    pub precision: f64,
    pub style: NumberStyle,
    /// The scale word or suffix that multiplied the figure (1 when none):
    /// "between 3 and 4 million" lends it to the first figure.
    pub scale: f64,
    /// Written with a glued lowercase `m` ("3.2m"): million or metres,
    /// which only the words around it decide.
    pub lower_m: bool,
}

impl Numeral {
    fn plain(value: f64, precision: f64, style: NumberStyle) -> Numeral {
        Numeral {
            value,
            precision,
            style,
            scale: 1.0,
            lower_m: false,
        }
    }
}

fn fail<T>(i: &str, kind: nom::error::ErrorKind) -> Res<'_, T> {
    Err(nom::Err::Error(nom::error::Error::new(i, kind)))
}

fn is_group_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{2009}' | '\u{202f}')
}

/// A single blank between digit groups: "8 000 000", "40\u{202f}000".
fn group_space(i: &str) -> Res<'_, char> {
    satisfy(is_group_space).parse(i)
}

/// Digits with `,` grouping, or grouping by single spaces or thin spaces,
/// and an optional decimal part: "8,000,000", "1 234 567", "812", "3.5",
/// ".25". Returns the text with separators.
pub fn digits(i: &str) -> Res<'_, &str> {
    // Most figures are a run of digits followed by neither a separator
    // nor a decimal point (nor a non-ASCII character, which may be a
    // group space): every form below then reads just the run. So does a
    // space after the run when no group of digits can follow it: the run
    // is longer than a lead group (three digits), or no digit comes after
    // the space ("2019 people", "12 of").
    let bytes = i.as_bytes();
    let run = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    let plain = match bytes.get(run) {
        None => true,
        Some(b' ') => run > 3 || !bytes.get(run + 1).is_some_and(u8::is_ascii_digit),
        Some(&b) => b.is_ascii() && !matches!(b, b',' | b'.'),
    };
    if run > 0 && plain {
        if let (Some(text), Some(rest)) = (i.get(..run), i.get(run..)) {
            return Ok((rest, text));
        }
    }
    digits_any(i)
}

/// [`digits`] without the shortcut for a plain run of digits.
fn digits_any(i: &str) -> Res<'_, &str> {
    let lead = |i| take_while_m_n(1, 3, |c: char| c.is_ascii_digit()).parse(i);
    let decimal = || opt(preceded(char('.'), digit1));
    let comma_grouped = recognize((
        lead,
        |i| groups(i, |i| char(',').parse(i), three_digits),
        decimal(),
    ));
    let space_grouped = recognize((lead, |i| groups(i, group_space, three_digits), decimal()));
    // Indian grouping: "12,34,567.89" (lakhs and crores).
    let indian = recognize((
        take_while_m_n(1, 2, |c: char| c.is_ascii_digit()),
        |i| groups(i, |i| char(',').parse(i), two_digits),
        char(','),
        three_digits,
        decimal(),
    ));
    let plain = recognize((digit1, decimal()));
    let leading_point = recognize(preceded(char('.'), digit1));
    let (rest, text) = alt((
        comma_grouped,
        indian,
        indian_spaced,
        space_grouped,
        comma_spaced,
        plain,
        leading_point,
    ))
    .parse(i)?;
    // "1,2345" or "1.2.3" is not a figure we understand.
    if rest.starts_with(|c: char| c.is_ascii_digit())
        || (rest.starts_with([',', '.'])
            && rest
                .get(1..)
                .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit())))
    {
        return fail(i, nom::error::ErrorKind::Digit);
    }
    Ok((rest, text))
}

/// Indian grouping with a stray blank before its last group, as typed in
/// news copy: "Rs 3,16, 731 crore" is 3,16,731 crore. Only where the lakh
/// groups ("3,16") could not end a figure, so a list ("3, 16, 731") or a
/// whole figure before a comma ("Rs 2,86,598, 731 …") is not joined.
fn indian_spaced(i: &str) -> Res<'_, &str> {
    recognize((
        take_while_m_n(1, 2, |c: char| c.is_ascii_digit()),
        |i| groups(i, |i| char(',').parse(i), two_digits),
        char(','),
        char(' '),
        three_digits,
        opt(preceded(char('.'), digit1)),
    ))
    .parse(i)
}

/// A thousands comma with a stray blank after it, as typed in news copy:
/// "40, 849 cases" is 40,849. Only one group of exactly three digits
/// after a lead of one to three, before the word it counts, and only
/// where the figure does not go on as a list ("40, 50 and 60", "10, 200,
/// 300", "10, 200 and 300"): the group is then a number of its own.
fn comma_spaced(i: &str) -> Res<'_, &str> {
    let (rest, text) = recognize((
        take_while_m_n(1, 3, |c: char| c.is_ascii_digit()),
        char(','),
        char(' '),
        three_digits,
        opt(preceded(char('.'), digit1)),
    ))
    .parse(i)?;
    let list = |r| -> Res<'_, ()> {
        let (r, _) = alt((
            recognize((char(','), opt(sp))),
            recognize((sp, alt((kw("and"), kw("or"), kw("to"))), sp)),
            recognize((opt(sp), alt((char('-'), char('–'))))),
        ))
        .parse(r)?;
        digit1.map(|_| ()).parse(r)
    };
    // What the figure counts follows it ("cases"): a group alone at the
    // end ("1, 234, 567") is the end of a list.
    let noun_follows = sp(rest).is_ok_and(|(r, _)| r.starts_with(|c: char| c.is_ascii_lowercase()));
    if list(rest).is_ok() || !noun_follows {
        return fail(i, nom::error::ErrorKind::Verify);
    }
    Ok((rest, text))
}

/// The most digit groups after the lead a grouped figure is read with:
/// "1,000,000,000,000,000,000" (a sextillion) has seven.
const DIGIT_GROUPS_MAX: usize = 7;

/// One to [`DIGIT_GROUPS_MAX`] digit groups, each after a separator, and no
/// more after them. A longer run is a list ("100 200 300 …"), not one
/// figure; reading it whole from each of its numbers was quadratic.
fn groups<'a>(
    i: &'a str,
    separator: fn(&str) -> Res<'_, char>,
    group: fn(&str) -> Res<'_, &str>,
) -> Res<'a, &'a str> {
    let (rest, text) =
        recognize(many_m_n(1, DIGIT_GROUPS_MAX, preceded(separator, group))).parse(i)?;
    if preceded(separator, group).parse(rest).is_ok() {
        return fail(i, nom::error::ErrorKind::ManyMN);
    }
    Ok((rest, text))
}

fn three_digits(i: &str) -> Res<'_, &str> {
    n_digits(i, 3)
}

fn two_digits(i: &str) -> Res<'_, &str> {
    n_digits(i, 2)
}

/// Exactly `n` digits, not followed by another digit.
fn n_digits(i: &str, n: usize) -> Res<'_, &str> {
    let (rest, d) = digit1(i)?;
    if d.len() == n {
        Ok((rest, d))
    } else {
        fail(i, nom::error::ErrorKind::Digit)
    }
}

/// Value and precision of a digit string such as "8,000,000" or "7.70".
pub fn digits_value(text: &str) -> Option<(f64, f64)> {
    // Plain digits, up to 15 (below 2^53, so the integer is the f64 that
    // parsing the text gives): read without a cleaned copy.
    if (1..=15).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_digit()) {
        let value = text.parse::<u64>().ok()? as f64;
        let zeros = if value == 0.0 {
            0
        } else {
            text.len() - text.trim_end_matches('0').len()
        };
        return Some((value, 10f64.powi(zeros as i32)));
    }
    digits_value_any(text)
}

/// [`digits_value`] without the shortcut for plain digits.
fn digits_value_any(text: &str) -> Option<(f64, f64)> {
    let mut clean: String = text
        .chars()
        .filter(|c| *c != ',' && !is_group_space(*c))
        .collect();
    if clean.starts_with('.') {
        clean.insert(0, '0');
    }
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

/// A scale word: thousand, million, billion, trillion, lakh, crore (and
/// plurals, "three billions").
pub fn scale_word(i: &str) -> Res<'_, f64> {
    let (rest, w) = take_while1(|c: char| c.is_ascii_alphabetic()).parse(i)?;
    match lookup(SCALES, w).or_else(|| lookup(MORE_SCALES, w)) {
        Some(scale) => Ok((rest, scale)),
        None => fail(i, nom::error::ErrorKind::Tag),
    }
}

/// An abbreviated scale word after digits: "bn", "mln", "tn".
fn scale_abbreviation(i: &str) -> Res<'_, f64> {
    let (rest, w) = take_while1(|c: char| c.is_ascii_alphabetic()).parse(i)?;
    match lookup(SCALE_ABBREVIATIONS, w) {
        Some(scale) => Ok((rest, scale)),
        None => fail(i, nom::error::ErrorKind::Tag),
    }
}

/// A one-letter (or financial) scale glued to digits, case-sensitively:
/// "k", "m", "M", "bn" … Returns the scale and whether it was a lowercase `m`.
fn glued_scale(i: &str) -> Res<'_, (f64, bool)> {
    let (rest, w) = take_while1(|c: char| c.is_ascii_alphabetic()).parse(i)?;
    if let Some(scale) = lookup(SCALE_ABBREVIATIONS, w) {
        return Ok((rest, (scale, false)));
    }
    match GLUED_SCALES.iter().find(|(s, _)| *s == w) {
        Some((s, scale)) => Ok((rest, (*scale, *s == "m"))),
        None => fail(i, nom::error::ErrorKind::Tag),
    }
}

/// "dozen", "dozens".
fn dozen_word(i: &str) -> Res<'_, f64> {
    let (rest, w) = take_while1(|c: char| c.is_ascii_alphabetic()).parse(i)?;
    match lookup(DOZENS, w) {
        Some(d) => Ok((rest, d)),
        None => fail(i, nom::error::ErrorKind::Tag),
    }
}

/// A fraction in digits: "1/3", "3/4" (not "9/11" or "24/7", which are names).
pub fn digit_fraction(i: &str) -> Res<'_, Numeral> {
    let (rest, (num, _, den)) = (digit1, char('/'), digit1).parse(i)?;
    let text = consumed(i, rest);
    let (Ok(n), Ok(d)) = (num.parse::<f64>(), den.parse::<f64>()) else {
        return fail(i, nom::error::ErrorKind::Digit);
    };
    if d == 0.0
        || rest.starts_with(['/', '-'])
        || rest.starts_with(|c: char| c.is_alphanumeric())
        || FIXED_EXPRESSIONS.contains(&text)
    {
        return fail(i, nom::error::ErrorKind::Verify);
    }
    Ok((rest, Numeral::plain(n / d, 1.0 / d, NumberStyle::Digits)))
}

/// A single-character fraction: "½", "¾".
fn vulgar_fraction(i: &str) -> Res<'_, f64> {
    let (rest, c) = satisfy(|c| VULGAR_FRACTIONS.iter().any(|(v, _)| *v == c)).parse(i)?;
    match VULGAR_FRACTIONS.iter().find(|(v, _)| *v == c) {
        Some((_, value)) => Ok((rest, *value)),
        None => fail(i, nom::error::ErrorKind::Char),
    }
}

/// The fractional part after a whole number in digits: " 1/4" in "2 1/4",
/// "½" in "2½".
fn digit_fraction_tail(i: &str) -> Res<'_, f64> {
    alt((
        vulgar_fraction,
        preceded(sp, digit_fraction).map(|n| n.value),
    ))
    .parse(i)
}

/// Digits with an optional scale: "800", "8.5 million", "1.3bn", "40k",
/// "3 dozen", "2 1/4", "2½", "½".
pub fn digit_numeral(i: &str) -> Res<'_, Numeral> {
    digit_numeral_below(i, f64::INFINITY)
}

/// [`digit_numeral`], reading a smaller part after the scale ("4 thousand
/// 3 hundred") only when the scale is below `bound`. The part after a
/// scale must be smaller than it, so a part whose own scale is not below
/// the one before it cannot fit whatever follows; not reading on keeps
/// the nesting as deep as the list of scales, not as long as the input
/// ("1 million 1 million 1 million …").
fn digit_numeral_below(i: &str, bound: f64) -> Res<'_, Numeral> {
    if let Ok((rest, v)) = vulgar_fraction(i) {
        return Ok((rest, Numeral::plain(v, v, NumberStyle::Digits)));
    }
    if let Ok(r) = digit_fraction(i) {
        return Ok(r);
    }
    let (rest, text) = digits(i)?;
    let Some((value, precision)) = digits_value(text) else {
        return fail(i, nom::error::ErrorKind::Digit);
    };
    // A mixed number: "2 1/4", "2½" (whole numbers only).
    if !text.contains('.') {
        if let Ok((after, frac)) = digit_fraction_tail(rest) {
            if frac < 1.0 {
                return Ok((
                    after,
                    Numeral::plain(value + frac, frac, NumberStyle::Digits),
                ));
            }
        }
    }
    let scaled = |after, scale: f64, lower_m: bool| {
        Ok((
            after,
            Numeral {
                value: value * scale,
                precision: precision * scale,
                style: NumberStyle::DigitsWithScale,
                scale,
                lower_m,
            },
        ))
    };
    if let Ok((after, (scale, lower_m))) = terminated(glued_scale, word_end).parse(rest) {
        return scaled(after, scale, lower_m);
    }
    if let Ok((after, scale)) = preceded(
        sp,
        terminated(
            alt((
                scale_word,
                scale_abbreviation,
                hundred_word,
                spaced_letter_scale,
            )),
            word_end,
        ),
    )
    .parse(rest)
    {
        // "27.2 lakh crore", "3 hundred million": a larger scale after the
        // first multiplies it (once: no scale follows two).
        let (after, scale) = match preceded(sp, terminated(scale_word, word_end)).parse(after) {
            Ok((after2, larger)) if larger > scale => (after2, scale * larger),
            _ => (after, scale),
        };
        // "3 million and a half"
        if let Ok((after2, frac)) = and_fraction(after) {
            return Ok((
                after2,
                Numeral {
                    value: (value + frac) * scale,
                    precision: precision.min(1.0) * scale * frac.min(1.0),
                    style: NumberStyle::DigitsWithScale,
                    scale,
                    lower_m: false,
                },
            ));
        }
        // "4 thousand 3 hundred and 21", "6 crore and two hundred".
        if !text.contains('.') && scale < bound {
            if let Some((after2, tail)) = cardinal_tail(after, scale) {
                let value = value * scale + tail;
                return Ok((
                    after2,
                    Numeral {
                        value,
                        precision: integer_precision(value),
                        style: NumberStyle::DigitsWithScale,
                        scale,
                        lower_m: false,
                    },
                ));
            }
        }
        return scaled(after, scale, false);
    }
    // "a $2-million purse", "a 10-billion-dollar plan": the scale word
    // joined by a hyphen, as an adjective is written.
    if let Ok((after, scale)) = preceded(char('-'), terminated(scale_word, word_end)).parse(rest) {
        return scaled(after, scale, false);
    }
    if let Ok((after, dozen)) = preceded(sp, terminated(dozen_word, word_end)).parse(rest) {
        return scaled(after, dozen, false);
    }
    Ok((rest, Numeral::plain(value, precision, NumberStyle::Digits)))
}

/// "hundred" after digits: "3 hundred", "322 hundred".
fn hundred_word(i: &str) -> Res<'_, f64> {
    alt((kw("hundreds"), kw("hundred"))).map(|_| 100.0).parse(i)
}

/// A one-letter scale set apart from its digits: "2.33 k", "1,674,200.5 M".
fn spaced_letter_scale(i: &str) -> Res<'_, f64> {
    alt((
        alt((tag("k"), tag("K"))).map(|_| 1e3),
        tag("M").map(|_| 1e6),
    ))
    .parse(i)
}

/// The smaller part of a number after a scale written with digits:
/// " 3 hundred" and " and 21" in "4 thousand 3 hundred and 21", " and two
/// hundred" in "6 crore and two hundred". Without "and" the part must have
/// a scale of its own ("5 million 300 people" is two figures); the part is
/// always smaller than the scale before it ("3 hundred and 2 hundred" is
/// two figures).
fn cardinal_tail(i: &str, scale: f64) -> Option<(&str, f64)> {
    let (rest, _) = sp(i).ok()?;
    let (rest, saw_and) = match (kw("and"), sp).parse(rest) {
        Ok((r, _)) => (r, true),
        Err(_) => (rest, false),
    };
    let (after, value, own_scale) = match digit_numeral_below(rest, scale) {
        Ok((after, n)) => (after, n.value, n.scale),
        Err(_) if saw_and => {
            let (after, (v, _)) = cardinal_words(rest).ok()?;
            (after, v, 1.0)
        }
        Err(_) => return None,
    };
    let fits = value > 0.0 && value < scale && value.fract() == 0.0 && (saw_and || own_scale > 1.0);
    fits.then_some((after, value))
}

/// One token of a number in words.
#[derive(Debug, Clone, Copy, PartialEq)]
enum WordToken {
    /// 0–19, or a multiple of ten with an optional hyphenated unit (21–99).
    Small(f64),
    Hundred,
    Scale(f64),
    /// "dozen": multiplies the number so far ("two hundred dozen").
    Dozen,
}

fn word_token(i: &str) -> Res<'_, WordToken> {
    let (rest, w) = take_while1(|c: char| c.is_ascii_alphabetic()).parse(i)?;
    if let Some(n) = lookup(SMALL_NUMBERS, w).or_else(|| lookup(ZERO_WORDS, w)) {
        return Ok((rest, WordToken::Small(f64::from(n))));
    }
    if let Some(tens) = lookup(TENS, w) {
        // "thirty-five", "fifty - two"
        let hyphen = alt((recognize(char('-')), recognize((sp, char('-'), sp))));
        if let Ok((after, unit)) = preceded(hyphen, small_unit).parse(rest) {
            return Ok((after, WordToken::Small(f64::from(tens + unit))));
        }
        return Ok((rest, WordToken::Small(f64::from(tens))));
    }
    if w.eq_ignore_ascii_case("hundred") || w.eq_ignore_ascii_case("hundreds") {
        return Ok((rest, WordToken::Hundred));
    }
    if lookup(DOZENS, w).is_some() {
        return Ok((rest, WordToken::Dozen));
    }
    // "three cr twelve lac": Indian English abbreviates crore in words too.
    let scale = lookup(SCALES, w)
        .or_else(|| lookup(MORE_SCALES, w))
        .or_else(|| lookup(SCALE_ABBREVIATIONS, w));
    match scale {
        Some(s) => Ok((rest, WordToken::Scale(s))),
        None => fail(i, nom::error::ErrorKind::Tag),
    }
}

fn small_unit(i: &str) -> Res<'_, u32> {
    let (rest, w) = take_while1(|c: char| c.is_ascii_alphabetic()).parse(i)?;
    match lookup(SMALL_NUMBERS, w) {
        Some(n) if (1..=9).contains(&n) => Ok((rest, n)),
        _ => fail(i, nom::error::ErrorKind::Tag),
    }
}

/// A cardinal in words and the largest scale it used: "eight million",
/// "two hundred and fifty thousand", "thirty-five", "a hundred", "a dozen".
fn cardinal_words(i: &str) -> Res<'_, (f64, f64)> {
    // "a hundred", "a million", "a dozen": the article counts as one.
    let (mut rest, first) = match preceded((kw("a"), sp), word_token).parse(i) {
        Ok((r, t @ (WordToken::Hundred | WordToken::Scale(_) | WordToken::Dozen))) => {
            (r, (WordToken::Small(1.0), t))
        }
        _ => {
            let (r, t) = word_token(i)?;
            if !matches!(t, WordToken::Small(_)) {
                return fail(i, nom::error::ErrorKind::Tag);
            }
            (r, (t, t))
        }
    };
    let (mut total, mut current, mut top_scale) = (0.0f64, 0.0f64, 1.0f64);
    // What was added after the last "and" ("three hundred and two dozen":
    // the dozen multiplies the two only).
    let mut and_part: Option<f64> = None;
    let apply = |t: WordToken, total: &mut f64, current: &mut f64, top: &mut f64| match t {
        WordToken::Small(n) => *current += n,
        WordToken::Hundred => *current = current.max(1.0) * 100.0,
        WordToken::Dozen => *current = current.max(1.0) * 12.0,
        WordToken::Scale(s) => {
            *total += current.max(1.0) * s;
            *current = 0.0;
            *top = top.max(s);
        }
    };
    let mut last = first.0;
    apply(first.0, &mut total, &mut current, &mut top_scale);
    if first.1 != first.0 {
        apply(first.1, &mut total, &mut current, &mut top_scale);
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
        // "two million and one half", "one hundred and three quarters": a
        // proper fraction after "and" is added, read by the fraction
        // grammar ("one hundred and thirty fifths" is 130/5).
        if let (true, WordToken::Small(n)) = (saw_and, tok) {
            if let Ok((_, (_, (d, _), _))) =
                (fraction_sep, denominator_word, word_end).parse(after_tok)
            {
                if n < d {
                    break;
                }
            }
        }
        let fits = match (last, tok) {
            (_, WordToken::Dozen) => !saw_and && !matches!(last, WordToken::Scale(_)),
            (WordToken::Dozen, _) => false,
            (WordToken::Small(a), WordToken::Small(b)) => {
                a >= 20.0 && a % 10.0 == 0.0 && b < 10.0 && !saw_and
            }
            (WordToken::Small(_), _) => !saw_and,
            (WordToken::Hundred | WordToken::Scale(_), WordToken::Small(_)) => true,
            (WordToken::Hundred, WordToken::Scale(_)) => !saw_and,
            (WordToken::Scale(a), WordToken::Scale(b)) => b > a && !saw_and,
            (WordToken::Scale(_), WordToken::Hundred) => saw_and || current == 0.0,
            (WordToken::Hundred, WordToken::Hundred) => false,
        };
        if !fits {
            break;
        }
        // A larger scale after a smaller one multiplies everything so far
        // ("a hundred thousand", "three thousand millions").
        if let (WordToken::Scale(s), true) = (tok, total > 0.0 && current == 0.0) {
            total *= s;
            top_scale = top_scale.max(s);
        } else if let (WordToken::Dozen, Some(part)) = (tok, and_part) {
            current += part * 11.0;
        } else {
            apply(tok, &mut total, &mut current, &mut top_scale);
        }
        and_part = match tok {
            WordToken::Small(n) if saw_and => Some(n),
            WordToken::Small(n) => and_part.map(|a| a + n),
            _ => None,
        };
        last = tok;
        rest = after_tok;
    }
    word_end(rest)?;
    // "a dozen of them": the "of" belongs to the dozen as to a noun.
    if last == WordToken::Dozen {
        if let Ok((after_of, _)) = (sp, kw("of")).parse(rest) {
            rest = after_of;
        }
    }
    Ok((rest, (total + current, top_scale)))
}

/// A number in words with no fraction: "eight million", "thirty-five".
pub fn word_numeral(i: &str) -> Res<'_, Numeral> {
    let (rest, (value, scale)) = cardinal_words(i)?;
    Ok((
        rest,
        Numeral {
            value,
            precision: integer_precision(value),
            style: NumberStyle::Words,
            scale,
            lower_m: false,
        },
    ))
}

/// A denominator and whether it is plural ("fifths"): after a numerator
/// other than one, a singular is an ordinal ("twenty-fifth").
fn denominator_word(i: &str) -> Res<'_, (f64, bool)> {
    let (rest, w) = take_while1(|c: char| c.is_ascii_alphabetic()).parse(i)?;
    match lookup(FRACTION_DENOMINATORS, w) {
        Some(d) => Ok((rest, (d, w.ends_with(['s', 'S'])))),
        None => fail(i, nom::error::ErrorKind::Tag),
    }
}

/// Between a numerator and its denominator: a blank or a hyphen
/// ("two thirds", "two-thirds", "one - fourth").
fn fraction_sep(i: &str) -> Res<'_, &str> {
    alt((recognize((opt(sp), char('-'), opt(sp))), sp)).parse(i)
}

/// A fraction in words: "two-thirds", "three quarters", "a half", "one
/// eighth", "a hundredth", and "half" alone. Returns value and denominator.
pub fn word_fraction(i: &str) -> Res<'_, (f64, f64)> {
    let numerator = alt((
        kw("a").map(|_| 1.0),
        kw("an").map(|_| 1.0),
        cardinal_words.map(|(v, _)| v),
    ));
    if let Ok((rest, (n, _, (d, plural)))) = (numerator, fraction_sep, denominator_word).parse(i) {
        word_end(rest)?;
        if plural || n == 1.0 || d == 2.0 || d == 4.0 {
            return Ok((rest, (n / d, d)));
        }
    }
    let (rest, _) = kw("half").parse(i)?;
    Ok((rest, (0.5, 2.0)))
}

/// " and a half", " and two thirds" after a whole number, also joined by
/// hyphens as a compound writes it ("three-and-a-half years").
fn and_fraction(i: &str) -> Res<'_, f64> {
    let spaced = |i| (sp, kw("and"), sp).parse(i);
    let hyphened = |i| (tag("-"), kw("and"), tag("-")).parse(i);
    let (rest, (_, (v, _))) = (alt((spaced, hyphened)), word_fraction).parse(i)?;
    if v >= 1.0 {
        return fail(i, nom::error::ErrorKind::Verify);
    }
    Ok((rest, v))
}

/// A fraction of a scale: "half a million", "a quarter of a million",
/// "half million", "two thirds of a million".
fn fraction_of_scale(i: &str) -> Res<'_, Numeral> {
    let bare_quarter = kw("quarter").map(|_| (0.25, 4.0));
    let (rest, ((v, d), _, _, _, scale)) = (
        alt((word_fraction, bare_quarter)),
        opt((sp, kw("of"))),
        opt((sp, alt((kw("a"), kw("an"))))),
        sp,
        terminated(alt((scale_word, dozen_word)), word_end),
    )
        .parse(i)?;
    Ok((
        rest,
        Numeral {
            value: v * scale,
            precision: scale / d,
            style: NumberStyle::Words,
            scale,
            lower_m: false,
        },
    ))
}

/// The digits after "point": "point seven five", "point seventy-one",
/// "point nought four".
fn point_digits(i: &str) -> Res<'_, String> {
    let (mut rest, _) = (sp, kw("point"), sp).parse(i)?;
    let mut out = String::new();
    // Either one number below a hundred ("point seventy-one") or a run of
    // single digits ("point two five").
    while let Ok((after, WordToken::Small(n))) = word_token(rest) {
        if n >= 10.0 && !out.is_empty() {
            break;
        }
        out.push_str(&format!("{n}"));
        rest = after;
        if n >= 10.0 {
            break;
        }
        match sp(rest) {
            Ok((after_sp, _)) if matches!(word_token(after_sp), Ok((_, WordToken::Small(_)))) => {
                rest = after_sp
            }
            _ => break,
        }
    }
    if out.is_empty() {
        return fail(i, nom::error::ErrorKind::Digit);
    }
    word_end(rest)?;
    Ok((rest, out))
}

/// Any figure in words: cardinals, fractions, mixed numbers ("one and a
/// half", "five and a half million", "3 million and a half" is digits),
/// decimals ("two point two million") and fractions of scales ("half a
/// million").
pub fn word_figure(i: &str) -> Res<'_, Numeral> {
    if let Ok(r) = fraction_of_scale(i) {
        return Ok(r);
    }
    // "point 77": a decimal with no whole part.
    if let Ok((rest, (_, d))) = (kw("point"), preceded(sp, digit1)).parse(i) {
        let text = format!("0.{d}");
        if let Some((v, p)) = digits_value(&text) {
            return Ok((rest, Numeral::plain(v, p, NumberStyle::Words)));
        }
    }
    let cardinal = cardinal_words(i);
    let Ok((rest, (value, scale))) = cardinal else {
        let (rest, (v, d)) = word_fraction(i)?;
        return Ok((rest, Numeral::plain(v, 1.0 / d, NumberStyle::Words)));
    };
    // "twenty-three fifths", "a hundred trillionths"
    if let Ok((after, (d, plural))) =
        preceded(fraction_sep, terminated(denominator_word, word_end)).parse(rest)
    {
        // "two fourth-quarter passes": an ordinal in a compound, no fraction.
        let compound = after.starts_with('-');
        if !compound && (plural || value == 1.0 || d == 2.0 || d == 4.0) {
            return Ok((
                after,
                Numeral::plain(value / d, 1.0 / d, NumberStyle::Words),
            ));
        }
    }
    // "one point five", "two point two million", "1 point 1" is digits.
    let decimal = point_digits(rest)
        .ok()
        .and_then(|(after, ds)| digits_value(&format!("{value}.{ds}")).map(|(v, p)| (after, v, p)))
        .filter(|_| scale == 1.0);
    let fraction = and_fraction(rest).ok();
    let (rest, value, precision, frac_added) = match (decimal, fraction) {
        (Some((after, v, p)), _) => (after, v, p, true),
        (None, Some((after, f))) => {
            if scale > 1.0 {
                // "one million and a half", "one billion and a half million"
                let smaller = preceded(sp, terminated(scale_word, word_end))
                    .parse(after)
                    .ok()
                    .filter(|(_, s)| *s < scale);
                let (after, scale) = smaller.unwrap_or((after, scale));
                return Ok((
                    after,
                    Numeral {
                        value: value + f * scale,
                        precision: scale * f.min(1.0 - f).max(0.25),
                        style: NumberStyle::Words,
                        scale,
                        lower_m: false,
                    },
                ));
            }
            (after, value + f, f.min(1.0 - f).max(0.01), true)
        }
        (None, None) => (rest, value, integer_precision(value), false),
    };
    // A scale after a fraction or decimal: "five and a half million".
    if frac_added {
        if let Ok((after, s)) = preceded(sp, terminated(scale_word, word_end)).parse(rest) {
            return Ok((
                after,
                Numeral {
                    value: value * s,
                    precision: precision * s,
                    style: NumberStyle::Words,
                    scale: s,
                    lower_m: false,
                },
            ));
        }
    }
    Ok((
        rest,
        Numeral {
            value,
            precision,
            style: NumberStyle::Words,
            scale,
            lower_m: false,
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

/// A figure written with digits spoken with a point: "1 point 1".
fn digits_point(i: &str) -> Res<'_, Numeral> {
    let (rest, (whole, _, _, _, frac)) = (digit1, sp, kw("point"), sp, digit1).parse(i)?;
    match digits_value(&format!("{whole}.{frac}")) {
        Some((v, p)) => Ok((rest, Numeral::plain(v, p, NumberStyle::Digits))),
        None => fail(i, nom::error::ErrorKind::Digit),
    }
}

/// A figure restated in brackets: "forty-five (45)", "45 (forty five)".
fn restatement(i: &str, value: f64) -> Option<&str> {
    let (rest, (_, _, n, _)) = (opt(sp), char('('), unsigned_numeral, char(')'))
        .parse(i)
        .ok()?;
    ((n.value - value).abs() < 1e-9).then_some(rest)
}

/// An unsigned figure: digits (with a scale) or words.
fn unsigned_numeral(i: &str) -> Res<'_, Numeral> {
    // A letter cannot start digits (they start with a digit, a point or a
    // vulgar fraction), and a figure in words starts with one of a few
    // words: reject anything else before trying every word grammar.
    if i.as_bytes().first().is_some_and(u8::is_ascii_alphabetic) {
        if !may_start_word_figure(i) {
            return fail(i, nom::error::ErrorKind::Tag);
        }
        return word_figure(i);
    }
    alt((digits_point, digit_numeral, word_figure)).parse(i)
}

/// Whether the leading ASCII letters of `i` can open [`word_figure`]: every
/// branch starts with "a", "an", "half", "quarter", "point" or a number
/// word below a hundred ([`word_token`]'s `Small`). A cheap superset test.
fn may_start_word_figure(i: &str) -> bool {
    let end = i
        .as_bytes()
        .iter()
        .position(|b| !b.is_ascii_alphabetic())
        .unwrap_or(i.len());
    // The word's key, found among the opening words' keys (each of them
    // packs: 1 to 15 ASCII letters, as `opening_words_pack` checks).
    i.as_bytes()
        .get(..end)
        .and_then(|w| crate::extract::lex::keys::pack(w, true))
        .is_some_and(|key| word_figure_openers().binary_search(&key).is_ok())
}

/// The words that can open [`word_figure`] (see [`may_start_word_figure`]),
/// as sorted lowercase keys.
fn word_figure_openers() -> &'static [u128] {
    static KEYS: std::sync::OnceLock<Vec<u128>> = std::sync::OnceLock::new();
    KEYS.get_or_init(|| {
        let mut keys: Vec<u128> = WORD_FIGURE_LEADS
            .iter()
            .copied()
            .chain(SMALL_NUMBERS.iter().map(|e| e.0))
            .chain(ZERO_WORDS.iter().map(|e| e.0))
            .chain(TENS.iter().map(|e| e.0))
            .filter_map(|w| crate::extract::lex::keys::pack(w.as_bytes(), true))
            .collect();
        keys.sort_unstable();
        keys
    })
}

/// The words other than number words that open a figure in words.
const WORD_FIGURE_LEADS: &[&str] = &["a", "an", "half", "quarter", "point"];

/// Whether [`numeral`] may match at `i`: anything but an ASCII letter may
/// open a figure (digits, signs, …, but not nothing); a word of ASCII
/// letters must be one [`may_open_figure_word`] admits, the test the
/// grammar itself applies. Letters running on into a non-ASCII letter are
/// let through (Unicode case folding is the grammar's to decide).
pub fn may_open_numeral(i: &str) -> bool {
    let bytes = i.as_bytes();
    if !bytes.first().is_some_and(u8::is_ascii_alphabetic) {
        return !i.is_empty();
    }
    let end = bytes
        .iter()
        .position(|b| !b.is_ascii_alphabetic())
        .unwrap_or(bytes.len());
    if bytes.get(end).is_some_and(|b| !b.is_ascii()) {
        return true;
    }
    let word = i.get(..end).unwrap_or("");
    let mut buf = [0u8; 16];
    match crate::extract::grammar::lower_word(word, &mut buf) {
        "" => may_open_figure_word(&word.to_ascii_lowercase()),
        lower => may_open_figure_word(lower),
    }
}

/// Whether [`numeral`] can start with this lowercased word of letters: a
/// sign word ("minus five") or a word [`may_start_word_figure`] admits.
pub fn may_open_figure_word(word: &str) -> bool {
    matches!(word, "minus" | "negative") || may_start_word_figure(word)
}

/// A sign before a figure: "-504", "−3", "+12", "minus five", "negative 1200000".
fn sign(i: &str) -> Res<'_, f64> {
    alt((
        alt((char('-'), char('−'))).map(|_| -1.0),
        char('+').map(|_| 1.0),
        terminated(alt((kw("minus"), kw("negative"))), sp).map(|_| -1.0),
    ))
    .parse(i)
}

/// Any figure: an optional sign, digits (with a scale word) or words, and
/// an optional restatement in brackets.
///
/// The date grammars try a figure at the same place from many of their
/// alternatives ("two weeks ago", "two weeks from now", "the two weeks
/// before" …), so inside a [`memo::Scope`] the answer at each place is
/// remembered (see [`memo`]).
pub fn numeral(i: &str) -> Res<'_, Numeral> {
    memo::numeral(i, numeral_uncached)
}

fn numeral_uncached(i: &str) -> Res<'_, Numeral> {
    let (rest, s) = opt(sign).parse(i)?;
    let (rest, mut n) = unsigned_numeral(rest)?;
    if let Some(s) = s {
        n.value *= s;
    }
    match restatement(rest, n.value.abs()) {
        Some(after) => Ok((after, n)),
        None => Ok((rest, n)),
    }
}

/// Packrat memory for [`numeral`] while the scan driver reads one document.
///
/// The key is the input's address and length. That is sound only while the
/// text behind it cannot change or be freed, so the memory works inside a
/// [`Scope`](memo::Scope) alone, which names the one buffer (the document's prose) that
/// stays borrowed, unchanged, for the scope's whole life; inputs outside
/// that buffer (a temporary string) are never remembered.
pub mod memo;

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
mod tests;
