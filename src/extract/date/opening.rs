//! What a date item opens with: the kind of its first word, and of the
//! word after an opening "the", read once ([`Opening::of`]).
//!
//! Each family of date forms (`item`'s tables) declares the kinds of
//! opening it can start at, and the dispatch tries a form only where the
//! item opens with one of them. A declaration is a necessary condition:
//! the form fails wherever its kinds are absent, which the tests check form
//! by form on every phrase of the date grammar's sources and tests.

use super::words::{letters, shift_word, weekday_name};
use crate::extract::grammar::{kw, lower_word, sp, Res};
use crate::extract::lexicon::{
    DAY_ORDINALS, DAY_WORDS, MONTHS, SHIFT_WORDS, SMALL_NUMBERS, TENS, WEEKDAYS,
    WEEKDAY_ABBREVIATIONS,
};
use crate::extract::number::may_open_numeral;
use nom::Parser;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// A set of kinds of opening (the constants below), as bits.
pub(super) type Kinds = u64;

/// Any opening at all: a form that reads its own first words.
pub(super) const ANY: Kinds = u64::MAX;
/// A run of one or two ASCII digits first ("5 June", "10/31/2021"): a
/// day or a month. The digit kinds go by the length of the run, read
/// once, so that a figure tries only the forms its digits can open:
/// "999 to …" none that reads a day or a year.
pub(super) const DIGITS_1_2: Kinds = 1;
/// A run of three digits first ("800 AD").
pub(super) const DIGITS_3: Kinds = 1 << 26;
/// A run of four digits first ("2021-06-29", "2017 april"): a year.
pub(super) const DIGITS_4: Kinds = 1 << 27;
/// A run of eight digits first ("20161016").
pub(super) const DIGITS_8: Kinds = 1 << 28;
/// A run of one or two digits after an optional "the" ("the 15th
/// century", "3rd qtr").
pub(super) const DIGITS_1_2_AFTER_THE: Kinds = 1 << 1;
/// A run of three digits after an optional "the" ("the 100th day").
pub(super) const DIGITS_3_AFTER_THE: Kinds = 1 << 29;
/// A run of four digits after an optional "the" ("the 1990s", "the 2024
/// fiscal year").
pub(super) const DIGITS_4_AFTER_THE: Kinds = 1 << 30;
/// A month name first ("June 2022", "Sept. 5").
pub(super) const MONTH: Kinds = 1 << 2;
/// "the" and a month name ("the June quarter").
pub(super) const THE_MONTH: Kinds = 1 << 3;
/// After an optional "the", an ordinal or a number word that can name a
/// day ("the third of May", "twenty-first").
pub(super) const DAY_NUMBER: Kinds = 1 << 4;
/// After an optional "the", a "q" or "Q" ("Q3 2022", "the q1").
pub(super) const Q: Kinds = 1 << 5;
/// An "h" or "H" first ("H2 2019").
pub(super) const H: Kinds = 1 << 6;
/// After an optional "the", the word "first" / "second" / "last" /
/// "week" / "ides".
pub(super) const FIRST: Kinds = 1 << 7;
pub(super) const SECOND: Kinds = 1 << 8;
pub(super) const LAST: Kinds = 1 << 9;
pub(super) const WEEK: Kinds = 1 << 10;
pub(super) const IDES: Kinds = 1 << 11;
/// After an optional "the", a season ("the fall of 2021", "summer 2019").
pub(super) const SEASON: Kinds = 1 << 12;
/// A weekday name first ("Monday", "Fri.").
pub(super) const WEEKDAY: Kinds = 1 << 13;
/// "w/c" first ("w/c 5 June").
pub(super) const WEEK_COMMENCING: Kinds = 1 << 14;
/// A shift word first ("next", "last", "this", "coming" …).
pub(super) const SHIFT: Kinds = 1 << 15;
/// A shift word after an optional "the" ("the next two weeks").
pub(super) const SHIFT_AFTER_THE: Kinds = 1 << 16;
/// A numeral may open here ("two", "3", "a"), or after an optional "the".
pub(super) const NUMERAL: Kinds = 1 << 17;
pub(super) const NUMERAL_AFTER_THE: Kinds = 1 << 18;
/// An opening "the".
pub(super) const THE: Kinds = 1 << 19;
/// A count of units stands first ("two weeks", "a fortnight"): only when
/// asked for ([`Opening::with_units`]), as reading it costs a parse.
pub(super) const UNITS: Kinds = 1 << 20;
/// A day word first ("today", "tomorrow", "yesterday").
pub(super) const DAY: Kinds = 1 << 21;
/// After an optional "the", a fiscal word ("fiscal", "financial",
/// "school", "academic") or "fy"/"sy"/"cy" ("FY2024", "the fiscal year").
pub(super) const FISCAL: Kinds = 1 << 22;
/// A part of a period: "earlier"/"later" first, an acronym ("EOM",
/// "BOY") after an optional "the", or a part word after an optional
/// "the" ("early", "mid", "the end of").
pub(super) const PART: Kinds = 1 << 23;
/// "that" first ("that week").
pub(super) const THAT: Kinds = 1 << 24;
/// After an optional "the", "year", "same", "corresponding" or
/// "comparable" ("the year-ago quarter", "the same period").
pub(super) const YEAR_AGO: Kinds = 1 << 25;

/// A word of the weekday tables first, in any case ("Mon 13th", "Tue"):
/// a weekday before a date ([`weekday_before_date`](super::words::weekday_before_date)).
pub(super) const WEEKDAY_WORD: Kinds = 1 << 31;

/// Every kind some form of `table` declares: the openings at which one
/// of them may read its input (at any other, all of them fail).
pub(super) const fn kinds_of<F>(table: &[(Kinds, F)]) -> Kinds {
    let mut kinds = 0;
    let mut rest = table;
    while let [(k, _), tail @ ..] = rest {
        kinds |= *k;
        rest = tail;
    }
    kinds
}

/// The kinds of opening of one input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Opening(Kinds);

impl Opening {
    /// The kinds of opening of `i` (without [`UNITS`]).
    pub(super) fn of(i: &str) -> Self {
        let after_the = match (kw("the"), sp).parse(i) {
            Ok((r, _)) => r,
            Err(_) => i,
        };
        let the = after_the.len() < i.len();
        let first = first_word(i);
        // Without an opening "the" the word after it is the first word:
        // what is read of the one holds for the other.
        let second = if the { first_word(after_the) } else { first };
        // ASCII letters, so lower case compares as `eq_ignore_ascii_case`;
        // a word too long for the buffer is none of the keywords.
        let mut buf = [0u8; 16];
        let second_lower = lower_word(second, &mut buf);
        // What the date tables say of each word, in one search each.
        let second_is = table_words(second_lower);
        let first_is = if the { table_words("the") } else { second_is };
        let is = |w: &str, k: &str| w.eq_ignore_ascii_case(k);
        let prefix = |s: &str, k: &str| s.get(..k.len()).is_some_and(|p| p.eq_ignore_ascii_case(k));
        // After an opening "the" the first word is "the", which opens no
        // numeral, unless a character beyond ASCII runs on from it (which
        // `may_open_numeral` lets through).
        let the_word = i.as_bytes().get(..4).is_some_and(|b| {
            b.get(..3).is_some_and(|w| w.eq_ignore_ascii_case(b"the"))
                && b.get(3).is_some_and(u8::is_ascii)
        });
        let numeral = if the && the_word {
            false
        } else {
            may_open_numeral(i)
        };
        let shift = first_is & W_SHIFT != 0;
        let mut kinds = match second_lower {
            "first" => FIRST,
            "second" => SECOND,
            "last" => LAST,
            "week" => WEEK,
            "ides" => IDES,
            "spring" | "summer" | "fall" | "autumn" | "winter" => SEASON,
            "fiscal" | "financial" | "school" | "academic" => FISCAL,
            "early" | "mid" | "late" | "the" | "beginning" | "start" | "middle" | "end" => PART,
            "year" | "same" | "corresponding" | "comparable" => YEAR_AGO,
            _ => 0,
        };
        let mut add = |yes: bool, k: Kinds| {
            if yes {
                kinds |= k;
            }
        };
        let run = digit_run(i);
        add(matches!(run, 1 | 2), DIGITS_1_2);
        add(run == 3, DIGITS_3);
        add(run == 4, DIGITS_4);
        add(run == 8, DIGITS_8);
        let run_after_the = if the { digit_run(after_the) } else { run };
        add(matches!(run_after_the, 1 | 2), DIGITS_1_2_AFTER_THE);
        add(run_after_the == 3, DIGITS_3_AFTER_THE);
        add(run_after_the == 4, DIGITS_4_AFTER_THE);
        // `month_loose` reads a month of the table in any case (and an
        // optional period).
        add(first_is & W_MONTH != 0, MONTH);
        add(the && second_is & W_MONTH != 0, THE_MONTH);
        add(second_is & W_DAY_NUMBER != 0, DAY_NUMBER);
        add(after_the.starts_with(['q', 'Q']), Q);
        add(i.starts_with(['h', 'H']), H);
        // `weekday_name` reads a weekday or one of its abbreviations.
        add(
            first_is & W_WEEKDAY != 0 && weekday_name(i).is_ok(),
            WEEKDAY,
        );
        add(first_is & W_WEEKDAY != 0, WEEKDAY_WORD);
        add(prefix(i, "w/c"), WEEK_COMMENCING);
        add(shift, SHIFT);
        add(
            if the { second_is & W_SHIFT != 0 } else { shift },
            SHIFT_AFTER_THE,
        );
        add(numeral, NUMERAL);
        add(
            if the {
                may_open_numeral(after_the)
            } else {
                numeral
            },
            NUMERAL_AFTER_THE,
        );
        add(the, THE);
        add(first_is & W_DAY != 0, DAY);
        add(
            ["fy", "sy", "cy"].iter().any(|k| prefix(after_the, k)),
            FISCAL,
        );
        add(
            is(first, "earlier")
                || is(first, "later")
                || prefix(after_the, "year-end")
                || prefix(after_the, "year end")
                || ["EOM", "BOM", "EOY", "BOY"]
                    .iter()
                    .any(|k| after_the.starts_with(k)),
            PART,
        );
        add(is(first, "that"), THAT);
        Self(kinds)
    }

    /// The same, with [`UNITS`] where `units` says a count of units
    /// stands first.
    pub(super) fn with_units(self, units: bool) -> Self {
        if units {
            Self(self.0 | UNITS)
        } else {
            Self(self.0 & !UNITS)
        }
    }

    /// Whether the input opens with one of `kinds` ([`ANY`]: always, even
    /// where it opens with none of the kinds named here).
    pub(super) fn any(self, kinds: Kinds) -> bool {
        kinds == ANY || self.0 & kinds != 0
    }
}

/// A word of [`MONTHS`].
pub(super) const W_MONTH: u8 = 1;
/// A word of [`WEEKDAYS`] or [`WEEKDAY_ABBREVIATIONS`].
pub(super) const W_WEEKDAY: u8 = 1 << 1;
/// A word of [`SHIFT_WORDS`].
pub(super) const W_SHIFT: u8 = 1 << 2;
/// A word of [`DAY_WORDS`].
pub(super) const W_DAY: u8 = 1 << 3;
/// A word of [`DAY_ORDINALS`], [`TENS`] or [`SMALL_NUMBERS`].
pub(super) const W_DAY_NUMBER: u8 = 1 << 4;

/// The longest word of the tables [`table_words`] reads: a longer word
/// is none of them (nor is the "" [`lower_word`] makes of it).
const TABLE_WORD_MAX: usize = 16;

/// FNV-1a over a short word's bytes: the tables' words hash in a few
/// instructions each, with no key to guard (the words are the program's).
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// Which of the date tables the lowercase word `lower` is in (the `W_`
/// bits): one search, where `lookup` scans each table comparing every
/// entry.
pub(super) fn table_words(lower: &str) -> u8 {
    static WORDS: OnceLock<HashMap<String, u8, BuildHasherDefault<Fnv>>> = OnceLock::new();
    let words = WORDS.get_or_init(|| {
        let mut words: HashMap<String, u8, BuildHasherDefault<Fnv>> = HashMap::default();
        let mut add = |table: &mut dyn Iterator<Item = &str>, bit: u8| {
            for w in table {
                *words.entry(w.to_ascii_lowercase()).or_default() |= bit;
            }
        };
        add(&mut MONTHS.iter().map(|(w, _)| *w), W_MONTH);
        add(&mut WEEKDAYS.iter().map(|(w, _)| *w), W_WEEKDAY);
        add(
            &mut WEEKDAY_ABBREVIATIONS.iter().map(|(w, _)| *w),
            W_WEEKDAY,
        );
        add(&mut SHIFT_WORDS.iter().map(|(w, _)| *w), W_SHIFT);
        add(&mut DAY_WORDS.iter().map(|(w, _)| *w), W_DAY);
        add(&mut DAY_ORDINALS.iter().map(|(w, _)| *w), W_DAY_NUMBER);
        add(&mut TENS.iter().map(|(w, _)| *w), W_DAY_NUMBER);
        add(&mut SMALL_NUMBERS.iter().map(|(w, _)| *w), W_DAY_NUMBER);
        words
    });
    if lower.is_empty() || lower.len() > TABLE_WORD_MAX {
        return 0;
    }
    words.get(lower).copied().unwrap_or(0)
}

/// How many ASCII digits `i` opens with.
fn digit_run(i: &str) -> usize {
    i.bytes().take_while(u8::is_ascii_digit).count()
}

/// The letters `i` opens with ("" where none).
fn first_word(i: &str) -> &str {
    letters(i).map_or("", |(_, w)| w)
}

/// The first form of `table` (in order) whose kinds the input's opening
/// `admits` and that parses `i`: nom's `alt` over the forms the opening
/// admits. `call` runs a form.
pub(super) fn first_of<'a, F: Copy, O>(
    table: &[(Kinds, F)],
    admits: impl Fn(Kinds) -> bool,
    i: &'a str,
    call: impl Fn(F, &'a str) -> Res<'a, O>,
) -> Res<'a, O> {
    for &(kinds, form) in table {
        if !admits(kinds) {
            continue;
        }
        match call(form, i) {
            Err(nom::Err::Error(_)) => continue,
            done => return done,
        }
    }
    super::words::fail(i)
}

/// Kinds of first word of a whole claim ([`ClaimOpening::of`]): each
/// form of `claim`'s table declares the ones it can open with.
/// "as" ("as late as", "as of").
pub(super) const C_AS: Kinds = 1;
/// The first word of a relation phrase ("by", "no later than", "in" …).
pub(super) const C_RELATION: Kinds = 1 << 1;
/// "the".
pub(super) const C_THE: Kinds = 1 << 2;
/// "over", "on", "during", "through" (two days in a row).
pub(super) const C_TWO_DAYS: Kinds = 1 << 3;
/// "for".
pub(super) const C_FOR: Kinds = 1 << 4;
/// "more", "longer", "less", "fewer" (than).
pub(super) const C_MORE_LESS: Kinds = 1 << 5;
/// "greater", "later" (than).
pub(super) const C_GREATER_LATER: Kinds = 1 << 6;
/// "by", "before", "until", "till" (the end of).
pub(super) const C_BY_END: Kinds = 1 << 7;
/// An ASCII digit first.
pub(super) const C_DIGIT: Kinds = 1 << 8;
/// The first word of a vague date ("in", "at", "soon").
pub(super) const C_VAGUE: Kinds = 1 << 9;
/// "within".
pub(super) const C_WITHIN: Kinds = 1 << 10;
/// A hedge: "around", "sometime", "anytime".
pub(super) const C_HEDGE: Kinds = 1 << 11;
/// "from".
pub(super) const C_FROM: Kinds = 1 << 12;
/// "about".
pub(super) const C_ABOUT: Kinds = 1 << 13;
/// Where a count of units to or from a date may open ("for 3 days
/// starting …", "the year to date", "YTD", "in this work week"): a lead
/// word, "the"/"this" or a calendar unit.
pub(super) const C_COUNTED: Kinds = 1 << 14;
/// A shift word ("next", "last", "this" … : `shift_word`, which reads
/// the letters at the start).
pub(super) const C_SHIFT: Kinds = 1 << 15;
/// "since", "starting", "beginning": a cut-off's first word.
pub(super) const C_SINCE: Kinds = 1 << 16;

/// The kinds of first word of a whole claim (the `C_` constants).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct ClaimOpening(Kinds);

impl ClaimOpening {
    /// The kinds of `i`'s first word: its ASCII letters and digits, in
    /// lower case. A keyword matches only a whole word, so a first word
    /// that equals none of them opens none of the keyword forms; where a
    /// character beyond ASCII touches it (which case folding might turn
    /// into a keyword's letter) every kind is set.
    pub(super) fn of(i: &str) -> Self {
        let bytes = i.as_bytes();
        let len = bytes
            .iter()
            .position(|b| !b.is_ascii_alphanumeric())
            .unwrap_or(bytes.len());
        if bytes.get(len).is_some_and(|b| !b.is_ascii()) {
            return Self(ANY);
        }
        let mut kinds = 0;
        if bytes.first().is_some_and(u8::is_ascii_digit) {
            kinds |= C_DIGIT;
        }
        let mut buf = [0u8; 16];
        let word = i.get(..len).map_or("", |w| lower_word(w, &mut buf));
        kinds |= match word {
            "as" => C_AS,
            "the" => C_THE,
            "for" => C_FOR,
            "more" | "longer" | "less" | "fewer" => C_MORE_LESS,
            "greater" => C_GREATER_LATER,
            "later" => C_GREATER_LATER | C_RELATION,
            "by" | "before" | "until" | "till" => C_BY_END | C_RELATION,
            "over" => C_TWO_DAYS,
            "on" | "during" | "through" => C_TWO_DAYS | C_RELATION,
            "in" | "at" => C_VAGUE | C_RELATION,
            "soon" => C_VAGUE,
            "within" => C_WITHIN,
            "around" | "sometime" | "anytime" => C_HEDGE,
            "from" => C_FROM,
            "about" => C_ABOUT,
            "since" | "starting" | "beginning" => C_RELATION | C_SINCE,
            "no" | "after" | "not" | "throughout" => C_RELATION,
            _ => 0,
        };
        if matches!(
            word,
            "for"
                | "in"
                | "over"
                | "on"
                | "during"
                | "the"
                | "this"
                | "week"
                | "month"
                | "quarter"
                | "qtr"
                | "year"
                | "calendar"
                | "yr"
                | "decade"
                | "ytd"
                | "mtd"
                | "qtd"
        ) {
            kinds |= C_COUNTED;
        }
        if shift_word(i).is_ok() {
            kinds |= C_SHIFT;
        }
        Self(kinds)
    }

    /// Whether the claim opens with one of `kinds` ([`ANY`]: always).
    pub(super) fn any(self, kinds: Kinds) -> bool {
        kinds == ANY || self.0 & kinds != 0
    }
}
