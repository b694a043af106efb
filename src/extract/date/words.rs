//! The words dates are made of: month and weekday names, ordinals, day and
//! year numbers, years in words ("twenty twenty-two"), shift words
//! ("next", "last", "this"), and the small parser helpers the families
//! share.

use crate::extract::grammar::{kw, sp, tnc, word_end, Res};
use crate::extract::lexicon::{
    lookup, DAY_ORDINALS, MONTHS, SHIFT_WORDS, SMALL_NUMBERS, TENS, WEEKDAYS, WEEKDAY_ABBREVIATIONS,
};
use nom::branch::alt;
use nom::bytes::complete::{tag, take_while_m_n};
use nom::character::complete::char;
use nom::combinator::opt;
use nom::sequence::{preceded, terminated};
use nom::Parser;

pub(super) fn fail<T>(i: &str) -> Res<'_, T> {
    Err(nom::Err::Error(nom::error::Error::new(
        i,
        nom::error::ErrorKind::Verify,
    )))
}

/// The ASCII letters `i` opens with (one at least), read byte by byte.
pub(super) fn letters(i: &str) -> Res<'_, &str> {
    let n = i.bytes().take_while(u8::is_ascii_alphabetic).count();
    match (n, i.get(..n), i.get(n..)) {
        (1.., Some(w), Some(rest)) => Ok((rest, w)),
        _ => Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::TakeWhile1,
        ))),
    }
}

/// The letters the words of `table` begin with, case folded: bit 0 for
/// "a" … bit 25 for "z".
const fn first_letters<T>(table: &[(&str, T)]) -> u32 {
    let mut mask = 0;
    let mut rest = table;
    while let [(w, _), tail @ ..] = rest {
        mask |= crate::extract::grammar::first_letter_bit(w);
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
pub(super) fn month_word(i: &str, loose: bool) -> Res<'_, u32> {
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
    // Abbreviations may carry a period; a full name ("May", "June",
    // "July") never does: its period ends the sentence ("rose in May.").
    let full = ["may", "june", "july"]
        .iter()
        .any(|n| w.eq_ignore_ascii_case(n));
    let rest = if w.len() <= 4 && !full {
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
pub(super) fn month_loose(i: &str) -> Res<'_, u32> {
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
pub(super) fn weekday_before_date(i: &str) -> Res<'_, u8> {
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
        // The tens a day can open with, compared directly rather than
        // looked up in `TENS` and filtered.
        let tens = if w.eq_ignore_ascii_case("twenty") {
            20
        } else if w.eq_ignore_ascii_case("thirty") {
            30
        } else {
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
pub(super) fn day_of_month(i: &str) -> Res<'_, u32> {
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
pub(super) fn year_suffix(i: &str) -> Res<'_, i32> {
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
pub(super) fn of_two_digit_year(i: &str) -> Res<'_, i32> {
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
pub(super) fn day_cardinal(i: &str) -> Res<'_, u32> {
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
pub(super) fn year_words_alone(i: &str) -> Res<'_, i32> {
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
pub(super) fn two_digit_year(y: u32) -> i32 {
    if y < 50 {
        2000 + y as i32
    } else {
        1900 + y as i32
    }
}

pub(super) fn digits_m_n(min: usize, max: usize) -> impl Fn(&str) -> Res<'_, u32> {
    move |i| {
        let (rest, d) = take_while_m_n(min, max, |c: char| c.is_ascii_digit()).parse(i)?;
        match d.parse::<u32>() {
            Ok(n) => Ok((rest, n)),
            Err(_) => fail(i),
        }
    }
}

/// "this", "next", "last", "coming", "previous" … → 0, 1, −1.
pub fn shift_word(i: &str) -> Res<'_, i32> {
    let (rest, w) = letters(i)?;
    match lookup(SHIFT_WORDS, w) {
        Some(s) => Ok((rest, s)),
        None => fail(i),
    }
}

/// A weekday before a full date: "Tuesday, " or "Tue ".
pub(super) fn weekday_prefix(i: &str) -> Res<'_, u8> {
    terminated(weekday_before_date, (opt(char(',')), sp)).parse(i)
}

/// Whether a date the grammar read names no date to check: a vague span
/// ("in recent weeks"); a period the next words name again in figures
/// ("the current financial year of 2024-25": the figures are the claim);
/// "today" as a noun ("Today is a day of relief", "the habits of today");
/// or "Today" in a name ("USA Today"). `text` is the date as read, `before` the sentence up to it,
/// `after` the rest.
pub fn is_vague(before: &str, text: &str, after: &str) -> bool {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let recent = matches!(
        words.as_slice(),
        [.., "recent", "days" | "weeks" | "months" | "years"]
    );
    if recent {
        return true;
    }
    let named_again = after
        .strip_prefix(" of ")
        .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
    if named_again && matches!(words.last(), Some(&("year" | "fiscal"))) {
        return true;
    }
    if let Some(relation) = lower.strip_suffix("last season") {
        // A relation read with it ("in last season") stands between it
        // and any determiner.
        return is_final_season(if relation.is_empty() { before } else { "" }, after);
    }
    if lower != "today" {
        return false;
    }
    // "Today is a day of relief": the day named, nothing dated ("Today is
    // the deadline" dates one).
    let named_day = [" is a ", " is an ", " was a ", " was an "]
        .iter()
        .find_map(|v| after.strip_prefix(v))
        .is_some_and(|r| {
            r.split_whitespace()
                .take(3)
                .any(|w| w.trim_end_matches([',', '.']).eq_ignore_ascii_case("day"))
        });
    if named_day {
        return true;
    }
    let head = before.trim_end();
    let last = head
        .rsplit(|c: char| !(c.is_alphanumeric() || c == '.'))
        .next()
        .unwrap_or("");
    let opens = head.len() == last.len();
    // "the habits of today" (but "as of today" dates its figures).
    let word_before_last = head
        .get(..head.len() - last.len())
        .unwrap_or("")
        .trim_end()
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    if last.eq_ignore_ascii_case("of") && !word_before_last.eq_ignore_ascii_case("as") {
        return true;
    }
    // "USA Today": a capitalised word before "Today".
    text.starts_with('T')
        && !opens
        && last.starts_with(char::is_uppercase)
        && head.len() < before.len()
}

/// Whether "last season" names the final one ("the show's last season",
/// "in his last season with the club", "the last season of the
/// programme"), not the one before the current: a determiner or a
/// possessive before it, or "of" after it.
fn is_final_season(before: &str, after: &str) -> bool {
    let last = before
        .trim_end()
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("")
        .to_lowercase();
    let possessive = last.ends_with("'s") || last.ends_with("’s") || last.ends_with("s'");
    let determiner = matches!(
        last.as_str(),
        "the"
            | "a"
            | "his"
            | "her"
            | "its"
            | "their"
            | "our"
            | "my"
            | "your"
            | "whose"
            | "this"
            | "that"
    );
    possessive || determiner || after.trim_start().starts_with("of ")
}

#[cfg(test)]
mod tests;
