//! Figures that are not quantities: ordinals ("the 3rd meeting",
//! "twenty-first"), times of day ("3 p.m.", "10:30"), phone numbers,
//! labels ("Article 5", "Section 230", "version 2", "Boeing 737"),
//! addresses ("10 Downing Street"), fixed names ("9/11", "24/7"), scores
//! and tallies ("a 6-3 vote", "a 28-24 win", "12-4 on the season") and
//! ages ("the 63-year-old", "45 years old", "Kozlowski, 58,").
//!
//! The driver asks here first and skips what these grammars consume, so no
//! quantity claim is made of it.

use crate::extract::claim::DurationUnit;
use crate::extract::grammar::{alpha_word, consumed, kw, sp, tnc, word_end, Res};
use crate::extract::lexicon::{
    lookup, BRAND_WORDS, CURRENCY_WORDS, FIXED_EXPRESSIONS, LABEL_WORDS, MEASURES, MONTHS,
    MORE_SCALES, ORDINAL_WORDS, POSTFIX_CURRENCY_SYMBOLS, QUALIFIERS, SCALES, SCALE_ABBREVIATIONS,
    SMALL_NUMBERS, STREET_WORDS, TALLY_NOUNS, TALLY_VERBS, TENS, WEEKDAYS,
};
use crate::extract::number::numeral;
use crate::extract::{date, duration};
use nom::branch::alt;
use nom::bytes::complete::{tag, take_while1, take_while_m_n};
use nom::character::complete::{char, digit1, one_of};
use nom::combinator::{opt, recognize};
use nom::multi::{many1, many_m_n};
use nom::sequence::preceded;
use nom::Parser;

mod age;
mod names;
mod no_claim;
mod play;
mod scores;

pub use age::age;
pub use names::{address, labelled, ordinal, phone_number, time_of_day};
use names::{bracketed_phone_tail, fixed_or_slashed};
pub use no_claim::{not_a_claim, Reading};
pub use scores::{runs_for_wickets, sports_score, tally};

fn fail<T>(i: &str) -> Res<'_, T> {
    Err(nom::Err::Error(nom::error::Error::new(
        i,
        nom::error::ErrorKind::Verify,
    )))
}

/// Scores and ages, which are read before the date and duration grammars
/// ("a 6-3 vote" is no date, "45 years old" no duration). The bytes to skip.
pub fn score_or_age(before: &str, i: &str) -> Option<usize> {
    let (rest, _) = alt((|x| tally(before, x), |x| age(before, x), runs_for_wickets))
        .parse(i)
        .ok()?;
    Some(i.len() - rest.len())
}

/// The longest exchange-rate note read, in bytes.
const RATE_NOTE_MAX: usize = 48;

/// A wire's exchange-rate note in brackets: "($1 = 0.9158 euros)", "(£1 =
/// $1.27)" — a conversion aid, not a claim. The bytes to its closing
/// bracket.
pub fn exchange_rate_note<'a>(before: &str, i: &'a str) -> Res<'a, &'a str> {
    let bracketed = before.trim_end().ends_with('(');
    // Unbracketed, the note opens its sentence or line: "$1 = 0.8794 euros".
    let opens = before.trim_end_matches([' ', '\t']);
    if !(bracketed || opens.is_empty() || opens.ends_with(['\n', '\r'])) {
        return fail(i);
    }
    let (rest, _) = (
        opt(crate::extract::quantity::currency_symbol),
        numeral,
        opt(sp),
        tag("="),
    )
        .parse(i)?;
    if !bracketed {
        let (after, _) = opt(sp).parse(rest)?;
        let (_, q) = crate::extract::quantity::quantity(after)?;
        if q.unit_kind != Some(crate::extract::quantity::UnitKind::Currency) {
            return fail(i);
        }
        let end = after.get(q.len..).unwrap_or("");
        return Ok((end, consumed(i, end)));
    }
    let mut end = RATE_NOTE_MAX.min(rest.len());
    while !rest.is_char_boundary(end) {
        end -= 1;
    }
    let close = rest.get(..end).and_then(|head| head.find(')'));
    match close {
        Some(k) => Ok((rest.get(k..).unwrap_or(""), consumed(i, rest))),
        None => fail(i),
    }
}

/// The bytes to skip at `i` when what starts there is not a quantity.
///
/// What `i` opens with chooses the forms: a word of ASCII letters opens
/// only an exchange rate's note ("five = …") or an ordinal in words
/// ("twenty first"); the other forms ([`figure_forms`],
/// [`figure_forms_after_ordinal`]) open with a digit, a "+" or a "(".
pub fn not_a_quantity(before: &str, i: &str) -> Option<usize> {
    let note = |x| exchange_rate_note(before, x);
    let read = if i.starts_with(|c: char| c.is_ascii_alphabetic()) {
        alt((note, ordinal, ticker)).parse(i)
    } else {
        alt((
            note,
            |x| figure_forms(before, x),
            ordinal,
            |x| figure_forms_after_ordinal(before, x),
        ))
        .parse(i)
    };
    let (rest, _) = read.ok()?;
    Some(i.len() - rest.len())
}

/// An exchange and a share's symbol: "(SIX:CSGN)", "SIX: CSGN" — an
/// exchange named by a number word counts nothing. The number word in
/// capitals, a colon, then capitals or digits. (Other exchanges, "NYSE:",
/// open no figure, so the scan never asks here.)
pub fn ticker(i: &str) -> Res<'_, &str> {
    let (after, exchange) = take_while_m_n(2, 8, |c: char| c.is_ascii_uppercase()).parse(i)?;
    let lower = exchange.to_ascii_lowercase();
    if lookup(SMALL_NUMBERS, &lower).is_none() && lookup(TENS, &lower).is_none() {
        return fail(i);
    }
    let symbol = take_while_m_n(1, 8, |c: char| c.is_ascii_uppercase() || c.is_ascii_digit());
    let (rest, _) = (char(':'), opt(char(' ')), symbol).parse(after)?;
    word_end(rest)?;
    Ok((rest, consumed(i, rest)))
}

/// The forms of [`not_a_quantity`] tried before the ordinal, each opening
/// with a digit, a "+" or a "(".
fn figure_forms<'a>(before: &str, i: &'a str) -> Res<'a, &'a str> {
    alt((
        // "2015-1-32": a malformed date is no year and no figure.
        crate::extract::date::malformed_numeric_date,
        time_of_day,
        phone_number,
        |x| bracketed_phone_tail(before, x),
        fixed_or_slashed,
    ))
    .parse(i)
}

/// The forms of [`not_a_quantity`] tried after the ordinal, each opening
/// with a digit.
fn figure_forms_after_ordinal<'a>(before: &str, i: &'a str) -> Res<'a, &'a str> {
    alt((address, |x| labelled(before, x))).parse(i)
}

/// Whether a word can start a figure or a range ("half", "minus",
/// "between", "another degree").
pub fn starts_figure_word(word: &str) -> bool {
    matches!(
        word,
        "half"
            | "quarter"
            | "minus"
            | "negative"
            | "between"
            | "from"
            | "point"
            | "dozen"
            | "nought"
            | "naught"
            | "nil"
            // "another degree Celsius": one more of a measure.
            | "another"
            // Currency codes and prefixes before a figure: "USD 200",
            // "us $ 150 million", "c $ 1.34", "MAUD 60".
            | "us"
            | "u"
            | "c"
            | "hk"
            | "nz"
            | "au"
            | "usd"
            | "eur"
            | "gbp"
            | "jpy"
            | "cny"
            | "chf"
            | "inr"
            | "cad"
            | "aud"
            | "mxn"
            | "nzd"
            | "mex"
            | "rs"
            | "maud"
            | "musd"
            | "meur"
            | "mgbp"
    )
}

#[cfg(test)]
mod tests;
