//! Which grammars can start at a word: the scan driver's gates.
//!
//! The driver runs the date, duration, quantity and not-a-quantity
//! grammars only where their bit is set. A word that opens a grammar must
//! never be turned away, so each bit is a superset derived from what the
//! grammars themselves start with: the lexicon's tables, the figure-word
//! test of [`number`], [`date::is_trigger_word`], and the few fixed lead
//! words of each grammar. Anything that is not a run of ASCII letters (a
//! digit, a sign, a currency symbol, a non-ASCII letter) admits every
//! grammar. `equivalence_tests` checks the gated scan against running every
//! grammar at every word start.

use std::cell::RefCell;
use std::collections::HashMap;

use crate::extract::lexicon::{
    self, CURRENCY_PREFIX_WORDS, CURRENCY_SYMBOLS, MILLION_CURRENCY_CODES, MONTHS, QUALIFIERS,
    RELATIONS, SPACED_DOLLAR_PREFIXES, WEEKDAYS,
};
use crate::extract::{date, notquantity, number};

/// The date grammar ([`date::date_claim_with`]).
pub const DATE: u8 = 1;
/// The duration grammar ([`crate::extract::duration::duration`]).
pub const DURATION: u8 = 2;
/// The quantity grammar ([`crate::extract::quantity::quantity_in`]).
pub const QUANTITY: u8 = 4;
/// The not-a-quantity grammars ([`notquantity::not_a_quantity`]).
pub const NOT_QUANTITY: u8 = 8;
/// Every grammar.
pub const ALL: u8 = DATE | DURATION | QUANTITY | NOT_QUANTITY;

/// The grammars that can start at `rest`, a word start.
pub fn openers(rest: &str) -> u8 {
    let bytes = rest.as_bytes();
    if !bytes.first().is_some_and(u8::is_ascii_alphabetic) {
        return ALL;
    }
    let n = bytes
        .iter()
        .position(|b| !b.is_ascii_alphabetic())
        .unwrap_or(bytes.len());
    // Letters running on into a non-ASCII letter ("café"): case folding
    // beyond ASCII could make them match anything; run every grammar.
    let next = rest.get(n..).and_then(|r| r.chars().next());
    if next.is_some_and(|c| !c.is_ascii() && c.is_alphanumeric()) {
        return ALL;
    }
    let word = bytes.get(..n).unwrap_or(bytes);
    let mut buf = [0u8; 16];
    match buf.get_mut(..word.len()) {
        Some(slot) => {
            for (d, s) in slot.iter_mut().zip(word) {
                *d = s.to_ascii_lowercase();
            }
            let key = u128::from_le_bytes(buf);
            cached(key, || {
                let lower = std::str::from_utf8(buf.get(..n).unwrap_or(&[])).unwrap_or("");
                word_openers(lower)
            })
        }
        None => word_openers(&String::from_utf8_lossy(word).to_ascii_lowercase()),
    }
}

/// The answer depends on the word alone, so it is remembered per thread:
/// prose repeats a small vocabulary, and the tables are scanned once per
/// distinct word, not per occurrence.
fn cached(key: u128, compute: impl FnOnce() -> u8) -> u8 {
    thread_local! {
        static SEEN: RefCell<HashMap<u128, u8, FxBuild>> = RefCell::new(HashMap::default());
    }
    SEEN.with(|seen| {
        if let Some(&hit) = seen.borrow().get(&key) {
            return hit;
        }
        let hit = compute();
        let mut seen = seen.borrow_mut();
        // Bounded: an adversarial vocabulary cannot grow the cache forever.
        if seen.len() >= 1 << 16 {
            seen.clear();
        }
        seen.insert(key, hit);
        hit
    })
}

/// The first word of a phrase ("more" of "more than", "more-than").
fn first_word(phrase: &str) -> &str {
    phrase.split([' ', '-']).next().unwrap_or(phrase)
}

/// The letters a currency symbol or code before a figure opens with, and
/// whether they are the whole word or may run on into more letters.
///
/// A symbol matched case-insensitively as a prefix and followed by a
/// figure in words ("Rs" then "five") may run on; one with a mark after
/// its letters ("US$", "Rs.", "u.s $"), or a code that needs a blank or a
/// digit next ("USD 200", "MAUD 60", "us $"), is the whole word.
struct CurrencyOpeners {
    whole: Vec<String>,
    prefixes: Vec<String>,
}

fn currency_openers() -> &'static CurrencyOpeners {
    static OPENERS: std::sync::OnceLock<CurrencyOpeners> = std::sync::OnceLock::new();
    OPENERS.get_or_init(|| {
        let letters = |s: &str| -> (String, bool) {
            let n = s
                .bytes()
                .position(|b| !b.is_ascii_alphabetic())
                .unwrap_or(s.len());
            (s.get(..n).unwrap_or("").to_ascii_lowercase(), n == s.len())
        };
        let mut openers = CurrencyOpeners {
            whole: Vec::new(),
            prefixes: Vec::new(),
        };
        for (s, _) in CURRENCY_SYMBOLS {
            match letters(s) {
                (l, _) if l.is_empty() => {}
                (l, true) => openers.prefixes.push(l),
                (l, false) => openers.whole.push(l),
            }
        }
        let whole = CURRENCY_PREFIX_WORDS
            .iter()
            .chain(MILLION_CURRENCY_CODES)
            .map(|(s, _)| *s)
            .chain(SPACED_DOLLAR_PREFIXES.iter().copied());
        for s in whole {
            let (l, _) = letters(s);
            if !l.is_empty() {
                openers.whole.push(l);
            }
        }
        openers
    })
}

/// Whether a currency symbol or code before a figure can start with
/// `word` (the whole leading run of letters of the text, lowercased).
fn opens_currency(word: &str) -> bool {
    let openers = currency_openers();
    openers.whole.iter().any(|w| w == word)
        || openers
            .prefixes
            .iter()
            .any(|p| word.starts_with(p.as_str()))
}

/// The grammars that can start with this lowercased word of ASCII letters.
fn word_openers(word: &str) -> u8 {
    let mut mask = 0;
    // A figure in words ("two", "a", "half", "minus five") opens every
    // grammar: a count of days, a duration, a quantity, an ordinal.
    if number::may_open_figure_word(word) {
        mask |= ALL;
    }
    let date = lexicon::lookup(MONTHS, word).is_some()
        || lexicon::lookup(WEEKDAYS, word).is_some()
        || date::is_trigger_word(word)
        || RELATIONS.iter().any(|(p, _)| first_word(p) == word)
        || matches!(
            word,
            "a" | "an"
                | "the"
                | "this"
                | "next"
                | "last"
                | "past"
                | "about"
                | "around"
                | "sometime"
                | "anytime"
                | "over"
                | "for"
                | "within"
                | "in"
                | "on"
                | "during"
                | "spring"
                | "summer"
                | "fall"
                | "autumn"
                | "winter"
        );
    if date {
        mask |= DATE;
    }
    if matches!(
        word,
        "after" | "for" | "over" | "within" | "lasting" | "a" | "an"
    ) {
        mask |= DURATION;
    }
    if QUALIFIERS.iter().any(|(p, _)| first_word(p) == word)
        || matches!(word, "between" | "from")
        || opens_currency(word)
        || notquantity::starts_figure_word(word)
    {
        mask |= QUANTITY | NOT_QUANTITY;
    }
    mask
}

/// A multiply-xor hasher for the cache's `u128` keys (the default SipHash
/// costs more than the lookup it guards).
#[derive(Default, Clone, Copy)]
struct FxBuild;

struct FxHasher(u64);

impl std::hash::BuildHasher for FxBuild {
    type Hasher = FxHasher;
    fn build_hasher(&self) -> FxHasher {
        FxHasher(0)
    }
}

impl std::hash::Hasher for FxHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut buf = [0u8; 8];
            if let Some(dst) = buf.get_mut(..chunk.len()) {
                dst.copy_from_slice(chunk);
            }
            self.write_u64(u64::from_le_bytes(buf));
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    fn write_u128(&mut self, n: u128) {
        self.write_u64(n as u64);
        self.write_u64((n >> 64) as u64);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gates() {
        assert_eq!(openers("2021"), ALL);
        assert_eq!(openers("$5"), ALL);
        assert_eq!(openers("two weeks"), ALL);
        assert_eq!(openers("June 2022") & DATE, DATE);
        assert_eq!(openers("June 2022") & QUANTITY, 0);
        assert_eq!(openers("nearly 800") & (QUANTITY | DATE), QUANTITY);
        assert_eq!(openers("CA$ 5") & QUANTITY, QUANTITY);
        assert_eq!(openers("CAD$ 5") & QUANTITY, QUANTITY);
        assert_eq!(openers("Rs.5") & QUANTITY, QUANTITY);
        assert_eq!(openers("centre"), 0);
        assert_eq!(openers("house"), 0);
        assert_eq!(openers("café"), ALL);
    }
}
