//! Which grammars can start at a token: the scan driver's openers.
//!
//! The driver runs the date, duration, quantity and not-a-quantity
//! grammars only where their bit is set. A word that opens a grammar must
//! never be turned away, so each bit is a superset derived from what the
//! grammars themselves start with: the lexicon's tables, the figure-word
//! test of [`number`], [`date::is_trigger_word`], and the few fixed lead
//! words of each grammar. What a word opens is worked out once per
//! distinct word ([`word`]) and carried on its token; anything that is not
//! a word of ASCII letters (a digit, a sign, a currency symbol, a
//! non-ASCII letter) admits every grammar. `equivalence_tests` checks the
//! scan against running every grammar at every word start.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use super::{Shape, Token};
use crate::extract::lexicon::{
    self, CURRENCY_PREFIX_WORDS, CURRENCY_SYMBOLS, MILLION_CURRENCY_CODES, MONTHS, QUALIFIERS,
    RELATIONS, SPACED_DOLLAR_PREFIXES, WEEKDAYS,
};
use crate::extract::{date, duration, notquantity, number};

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

/// The longest word the lexicon looks up; a longer one admits whatever
/// follows it.
pub const MAX_WORD: usize = 32;

/// What the lexicon knows of one word of ASCII letters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word {
    /// Not in the lexicon: no grammar reads it.
    unlisted: bool,
    /// The grammars it can open, with the [`LEAD`] and
    /// [`QUANTITY_LEAD`] bits (for a word of up to 16 bytes).
    openers: u8,
    /// "the", "a" or "an".
    article: bool,
    /// A word the date grammars read (or one with a plural `s` added).
    date_word: bool,
    /// A word the quantity grammar reads.
    quantity_word: bool,
}

impl Word {
    /// A word no grammar reads.
    const UNLISTED: Word = Word {
        unlisted: true,
        openers: 0,
        article: false,
        date_word: false,
        quantity_word: false,
    };

    /// The grammars the word (`written`, in any case) opens; it is
    /// lowercased only for a word the lexicon does not list.
    fn openers(&self, written: &str) -> u8 {
        if self.unlisted {
            let mut buf = [0u8; MAX_WORD];
            // At most a currency sign runs on into it ("Rsfive"); a whole
            // currency word is listed.
            if opens_currency_prefix(lowercase(written, &mut buf)) {
                QUANTITY | NOT_QUANTITY
            } else {
                0
            }
        } else {
            self.openers
        }
    }

    /// Whether the word (`written`, in any case) may continue a date: one
    /// the date grammars read, or its plural ("Junes").
    fn date_word(&self, written: &str) -> bool {
        if self.unlisted {
            let mut buf = [0u8; MAX_WORD];
            let lower = lowercase(written, &mut buf);
            let stem = lower.trim_end_matches('s');
            stem.len() < lower.len() && lexicon_words().get(stem).is_some_and(|w| w.word.date_word)
        } else {
            self.date_word
        }
    }
}

/// `text` lowercased into `buf`, when it fits.
fn lowercase<'b>(text: &str, buf: &'b mut [u8; MAX_WORD]) -> &'b str {
    let bytes = text.as_bytes();
    match buf.get_mut(..bytes.len()) {
        Some(slot) => {
            slot.copy_from_slice(bytes);
            slot.make_ascii_lowercase();
            std::str::from_utf8(slot).unwrap_or("")
        }
        None => "",
    }
}

/// The grammars that can start at `tokens[k]`, a word start of `text`.
pub fn openers(text: &str, tokens: &[Token], k: usize) -> u8 {
    let Some(t) = tokens.get(k) else {
        return 0;
    };
    match t.shape {
        Shape::Digits => figure_openers(text, tokens, k),
        Shape::Letters => {
            let Some(word) = t.word else {
                return ALL;
            };
            let mask = word.openers(t.text(text));
            if t.len() > 16 {
                // A word too long for the lead checks: its grammars alone
                // (admitting more is always safe).
                return mask & ALL;
            }
            if mask & (LEAD | QUANTITY_LEAD) == 0 {
                return mask;
            }
            let mut gates = mask & ALL;
            if mask & LEAD != 0 && gates & DATE != 0 && !date_word_follows(text, tokens, k + 1) {
                gates &= !DATE;
            }
            if mask & QUANTITY_LEAD != 0 && !quantity_word_follows(tokens, k + 1) {
                gates &= !(QUANTITY | NOT_QUANTITY);
            }
            gates
        }
        Shape::Blank { .. } | Shape::Mark => ALL,
    }
}

/// The grammars that can start at a figure in digits. A number of up to
/// four digits standing alone is no date or duration by itself (a bare year
/// becomes one only in the driver, after the quantity grammar): one needs a
/// word after it ("5 June", "3 weeks ago", "2012 or later"), so when a
/// blank and a plain word follow, that word must be one the date grammars
/// know ([`date_word_follows`]). Anything glued to the digits ("2021-06-29",
/// "5th", "1990s", "3,000") admits every grammar.
fn figure_openers(text: &str, tokens: &[Token], k: usize) -> u8 {
    let short = tokens.get(k).is_some_and(|t| t.len() <= 4);
    let next = tokens.get(k + 1);
    if short
        && (next.is_some_and(|t| t.is_mark(text, '%'))
            || (next.is_some_and(Token::is_blank) && !date_word_follows(text, tokens, k + 1)))
    {
        return ALL & !(DATE | DURATION);
    }
    if short && stands_alone(text, tokens, k + 1) {
        return ALL & !(DATE | DURATION);
    }
    ALL
}

/// Whether the up to four digits before `tokens[k]` end a figure that
/// stands alone: the end of the text, or a mark that ends a clause
/// ("1436.", "2019, a", "12;") with a blank or nothing after it. No date or
/// duration opens there: every date form of up to four digits goes on with
/// a digit, a separator, a suffix or a word ("12.05.2021", "1990s",
/// "5 June", "3 weeks"; only the compact "20161016" stands alone), and a
/// bare year is made a date by the driver, after the quantity grammar.
fn stands_alone(text: &str, tokens: &[Token], k: usize) -> bool {
    match tokens.get(k) {
        None => true,
        Some(t)
            if t.shape == Shape::Mark
                && matches!(t.text(text), "." | "," | ";" | "!" | "?" | ")") =>
        {
            tokens.get(k + 1).is_none_or(Token::is_blank)
        }
        Some(_) => false,
    }
}

/// Cache bit: the word is one of [`DATE_LEADS`].
const LEAD: u8 = 128;

/// Cache bit: the word opens a quantity only as the first word of a
/// qualifier ("more than", "not less than") or as "between"/"from", never
/// as a figure or a currency: a figure or the qualifier's next word must
/// follow ([`quantity_word_follows`]).
const QUANTITY_LEAD: u8 = 64;

/// Words that never make a date alone: an article or a preposition needs a
/// date expression after it ("the end of June", "from May to July", "on
/// Monday"), so the date grammar runs after them only when the next word
/// is one the date grammars know ([`date_word_follows`]).
const DATE_LEADS: &[&str] = &[
    "the", "a", "an", "from", "between", "during", "on", "in", "at", "by", "for", "since", "about",
    "around", "over", "within", "before", "after", "until", "till", "through",
];

/// The word after the blanks at `tokens[k]`: `Err(())` when what follows
/// is not blanks and then a plain word of ASCII letters (no blank, a digit,
/// a sign, a non-ASCII letter, a word too long to look up): the callers
/// then admit the grammar.
fn word_after_blank(tokens: &[Token], k: usize) -> Result<Word, ()> {
    if !tokens.get(k).is_some_and(Token::is_blank) {
        return Err(());
    }
    tokens.get(k + 1).and_then(|t| t.word).ok_or(())
}

/// Whether the word after a lead (`tokens[k]` is right after the lead's
/// letters) may continue a date: anything but blanks and a word of ASCII
/// letters is admitted (a digit, a hyphen, a non-ASCII letter), and a word
/// must be one of [`date_vocabulary`], possibly with a plural `s`.
fn date_word_follows(text: &str, tokens: &[Token], k: usize) -> bool {
    let mut k = k;
    // A few articles at most ("during the …"); past them the gate admits,
    // as a gate may, rather than walk a run of "the the the …" from each.
    for _ in 0..3 {
        let Ok(word) = word_after_blank(tokens, k) else {
            return true;
        };
        // An article never ends a date: "during the …", "on a …" are
        // decided by the word after it.
        if word.article {
            k += 2;
            continue;
        }
        return word.date_word(tokens.get(k + 1).map_or("", |t| t.text(text)));
    }
    true
}

/// Whether the word after a qualifier's first word or "between"/"from"
/// (`tokens[k]` is right after it) may continue a quantity: the rest of
/// the qualifier or the figure, so a word of [`quantity_vocabulary`] (or
/// not a plain word at all).
fn quantity_word_follows(tokens: &[Token], k: usize) -> bool {
    match word_after_blank(tokens, k) {
        Ok(w) => w.quantity_word,
        Err(()) => true,
    }
}

/// What the lexicon knows of `word`, a run of ASCII letters as written:
/// `None` when it is longer than [`MAX_WORD`]. A short word is looked up
/// by its packed lowercase bytes, with no lowercase `str` made; the
/// lowercase text is spelled out only for a long word, and the first time
/// a word's openers are worked out.
pub fn word(word: &str) -> Option<Word> {
    if word.len() > MAX_WORD {
        return None;
    }
    let lexicon = lexicon_words();
    let known = match pack_lowered(word.as_bytes()) {
        Some(key) => lexicon.short.get(&key),
        None => {
            let mut buf = [0u8; MAX_WORD];
            lexicon.long.get(lowercase(word, &mut buf))
        }
    };
    let Some(known) = known else {
        // A word no grammar reads: what it opens and continues is worked
        // out where it is asked ([`Word::openers`], [`Word::date_word`]).
        return Some(Word::UNLISTED);
    };
    Some(Word {
        // Worked out the first time the word is met: most of the lexicon
        // never is, in one run.
        openers: *known.openers.get_or_init(|| {
            let mut buf = [0u8; MAX_WORD];
            word_openers(lowercase(word, &mut buf))
        }),
        ..known.word
    })
}

/// Every word some grammar reads, with what it opens: built once.
struct Lexicon {
    short: HashMap<u128, Entry, FxBuild>,
    long: HashMap<String, Entry>,
}

/// A word of the lexicon: what it is, and the grammars it opens once
/// they are worked out.
struct Entry {
    word: Word,
    openers: OnceLock<u8>,
}

impl Lexicon {
    fn get(&self, lower: &str) -> Option<&Entry> {
        match pack(lower) {
            Some(key) => self.short.get(&key),
            None => self.long.get(lower),
        }
    }
}

/// The words the lexicon knows: every word of the date and quantity
/// grammars' vocabularies and of the tables the openers read.
fn lexicon_words() -> &'static Lexicon {
    static WORDS: OnceLock<Lexicon> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut all: HashSet<&str> = HashSet::new();
        for list in [
            vocabulary::DATE_WORDS,
            vocabulary::QUANTITY_WORDS,
            vocabulary::OPENER_WORDS,
        ] {
            all.extend(list);
        }
        let mut lexicon = Lexicon {
            short: HashMap::default(),
            long: HashMap::new(),
        };
        for w in all {
            if w.len() > MAX_WORD {
                continue;
            }
            let entry = Entry {
                word: Word {
                    unlisted: false,
                    openers: 0,
                    article: matches!(w, "the" | "a" | "an"),
                    date_word: date_vocabulary().contains(w)
                        || date_vocabulary().contains(w.trim_end_matches('s')),
                    quantity_word: quantity_vocabulary().contains(w),
                },
                openers: OnceLock::new(),
            };
            match pack(w) {
                Some(key) => {
                    lexicon.short.insert(key, entry);
                }
                None => {
                    lexicon.long.insert(w.to_owned(), entry);
                }
            }
        }
        lexicon
    })
}

/// The words of the grammars' vocabularies, written into the build by
/// `build.rs` from the sources `lex::literals` lists: `DATE_WORDS` (the
/// date grammar and everything it calls), `QUANTITY_WORDS` (the quantity
/// grammar) and `OPENER_WORDS` (the lead and figure words of this file and
/// of the not-a-quantity grammar), each sorted.
mod vocabulary {
    include!(concat!(env!("OUT_DIR"), "/vocabulary.rs"));
}

/// Every run of ASCII letters, lowercased, inside a string literal of the
/// date grammar's sources or of a lexicon table they name.
fn date_vocabulary() -> &'static Vocabulary {
    static WORDS: std::sync::OnceLock<Vocabulary> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| Vocabulary::of(vocabulary::DATE_WORDS))
}

/// The same for the quantity grammar.
fn quantity_vocabulary() -> &'static Vocabulary {
    static WORDS: std::sync::OnceLock<Vocabulary> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| Vocabulary::of(vocabulary::QUANTITY_WORDS))
}

/// A set of lowercase words; those of up to [`PACKED_MAX`] bytes are kept packed in a
/// `u128` behind the cheap hasher.
#[derive(Default)]
pub(crate) struct Vocabulary {
    short: HashSet<u128, FxBuild>,
    long: HashSet<String>,
}

impl Vocabulary {
    fn of(words: &[&str]) -> Self {
        let mut set = Self::default();
        for w in words {
            set.insert(w);
        }
        set
    }

    fn insert(&mut self, word: &str) {
        match pack(word) {
            Some(key) => {
                self.short.insert(key);
            }
            None => {
                self.long.insert(word.to_owned());
            }
        }
    }

    pub(crate) fn contains(&self, word: &str) -> bool {
        match pack(word) {
            Some(key) => self.short.contains(&key),
            None => self.long.contains(word),
        }
    }
}

/// The longest word [`pack`] packs.
const PACKED_MAX: usize = 15;

/// A word of up to [`PACKED_MAX`] bytes packed into a key: its bytes,
/// zero-padded, and its length in the last byte (so no two words share a
/// key, a NUL in one or not).
fn pack(word: &str) -> Option<u128> {
    pack_bytes(word.as_bytes(), false)
}

/// The key [`pack`] gives `word` lowercased (ASCII letters only).
fn pack_lowered(word: &[u8]) -> Option<u128> {
    pack_bytes(word, true)
}

fn pack_bytes(bytes: &[u8], lower: bool) -> Option<u128> {
    if bytes.len() > PACKED_MAX {
        return None;
    }
    let mut buf = [0u8; 16];
    buf.get_mut(..bytes.len())?.copy_from_slice(bytes);
    if lower {
        buf.make_ascii_lowercase();
    }
    *buf.last_mut()? = bytes.len() as u8;
    Some(u128::from_le_bytes(buf))
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
    currency_openers().whole.iter().any(|w| w == word) || opens_currency_prefix(word)
}

/// Whether a currency symbol that may run on into more letters opens `word`.
fn opens_currency_prefix(word: &str) -> bool {
    currency_openers()
        .prefixes
        .iter()
        .any(|p| word.starts_with(p.as_str()))
}

/// The first words of the relation and qualifier phrases.
struct FirstWords {
    relations: Vocabulary,
    qualifiers: Vocabulary,
}

fn first_words() -> &'static FirstWords {
    static WORDS: std::sync::OnceLock<FirstWords> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        let mut words = FirstWords {
            relations: Vocabulary::default(),
            qualifiers: Vocabulary::default(),
        };
        for (p, _) in RELATIONS {
            words.relations.insert(first_word(p));
        }
        for (p, _) in QUALIFIERS {
            words.qualifiers.insert(first_word(p));
        }
        words
    })
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
        || first_words().relations.contains(word)
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
    // Besides a figure (handled above): its lead words and "all", from the
    // duration grammar itself; "a"/"an" open "a decade", "a fortnight".
    if duration::opens_with_word(word) || matches!(word, "a" | "an") {
        mask |= DURATION;
    }
    let qualifier = first_words().qualifiers.contains(word) || matches!(word, "between" | "from");
    let figure = number::may_open_figure_word(word)
        || opens_currency(word)
        || (notquantity::starts_figure_word(word) && !matches!(word, "between" | "from"));
    if qualifier || figure {
        mask |= QUANTITY | NOT_QUANTITY;
    }
    if qualifier && !figure {
        mask |= QUANTITY_LEAD;
    }
    if DATE_LEADS.contains(&word) || (mask & DATE != 0 && !may_stand_alone(word)) {
        mask |= LEAD;
    }
    mask
}

/// Whether the date grammar can read `word` alone as a date ("today",
/// "June", "Monday"), asked of the grammar itself: in lower case,
/// capitalised and in capitals, at the end of the text, before a clause
/// mark and before a word it does not know. A word that cannot ("that",
/// "more", "two") opens a date only with more words after it, so, like the
/// [`DATE_LEADS`], it admits the date grammar only when the next word is
/// one the date grammars know ([`date_word_follows`]).
fn may_stand_alone(word: &str) -> bool {
    let mut capital = word.to_owned();
    if let Some(first) = capital.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    let forms = [word.to_owned(), capital, word.to_ascii_uppercase()];
    forms.iter().any(|form| {
        ["", ".", ",", " qqqq", " Qqqq"].iter().any(|after| {
            let text = format!("{form}{after}");
            date::date_claim_with(&text, date::DateOrder::default())
                .is_ok_and(|(_, d)| d.len <= form.len())
        })
    })
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
    use crate::extract::lex::literals;

    /// The text of each of `files` (relative to `src/extract`), by name.
    fn sources(files: &[&'static str]) -> Vec<(&'static str, String)> {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/extract");
        files
            .iter()
            .map(|f| (*f, std::fs::read_to_string(root.join(f)).unwrap()))
            .collect()
    }

    /// The word lists written into the build are the vocabularies of the
    /// sources as they stand.
    #[test]
    fn built_vocabularies_match_the_sources() {
        let lexicon = sources(literals::LEXICON_SOURCES);
        let lexicon: Vec<&str> = lexicon.iter().map(|(_, t)| t.as_str()).collect();
        for (built, files) in [
            (vocabulary::DATE_WORDS, literals::DATE_SOURCES),
            (vocabulary::QUANTITY_WORDS, literals::QUANTITY_SOURCES),
            (vocabulary::OPENER_WORDS, literals::OPENER_SOURCES),
        ] {
            let texts = sources(files);
            let texts: Vec<&str> = texts.iter().map(|(_, t)| t.as_str()).collect();
            let words: Vec<String> = literals::vocabulary(&texts, &lexicon).into_iter().collect();
            assert_eq!(built, words, "{files:?}");
            assert!(built.len() > 100, "{files:?}");
        }
    }

    /// The openers at the start of `text`.
    fn at(text: &str) -> u8 {
        openers(text, &super::super::tokens(text), 0)
    }

    #[test]
    fn gates() {
        assert_eq!(at("2021-06"), ALL);
        assert_eq!(at("2021"), ALL & !(DATE | DURATION));
        assert_eq!(at("1436, a"), ALL & !(DATE | DURATION));
        assert_eq!(at("12.05.2021"), ALL);
        assert_eq!(at("5,000"), ALL);
        assert_eq!(at("20161016."), ALL);
        assert_eq!(at("$5"), ALL);
        assert_eq!(at("two weeks"), ALL);
        assert_eq!(at("June 2022") & DATE, DATE);
        assert_eq!(at("June 2022") & QUANTITY, 0);
        assert_eq!(at("nearly 800") & (QUANTITY | DATE), QUANTITY);
        assert_eq!(at("CA$ 5") & QUANTITY, QUANTITY);
        assert_eq!(at("CAD$ 5") & QUANTITY, QUANTITY);
        assert_eq!(at("Rs.5") & QUANTITY, QUANTITY);
        assert_eq!(at("centre"), 0);
        assert_eq!(at("house"), 0);
        assert_eq!(at("café"), ALL);
        assert_eq!(at("the house") & DATE, 0);
        // Words the date grammar never reads alone wait for a date word.
        assert_eq!(at("that house") & DATE, 0);
        assert_eq!(at("that weekend") & DATE, DATE);
        assert_eq!(at("two houses") & DATE, 0);
        assert_eq!(at("two weeks") & DATE, DATE);
        assert_eq!(at("today is") & DATE, DATE);
        assert_eq!(at("June was") & DATE, DATE);
        assert_eq!(at("the end of June") & DATE, DATE);
        assert_eq!(at("the 1990s") & DATE, DATE);
        assert_eq!(at("on Mondays") & DATE, DATE);
        assert_eq!(at("a week ago") & DATE, DATE);
        assert_eq!(at("a house") & DATE, 0);
        assert_eq!(at("a house") & QUANTITY, QUANTITY);
        assert_eq!(at("800 troops"), ALL & !(DATE | DURATION));
        assert_eq!(at("800 years"), ALL);
        assert_eq!(at("5 June"), ALL);
        assert_eq!(at("20210629 troops"), ALL);
        assert_eq!(at("3,000 troops"), ALL);
        assert_eq!(at("53% in"), ALL & !(DATE | DURATION));
        assert_eq!(at("during the new centre") & DATE, 0);
        assert_eq!(at("during the summer") & DATE, DATE);
        assert_eq!(at("not sleep") & QUANTITY, 0);
        assert_eq!(at("not more than") & QUANTITY, QUANTITY);
        assert_eq!(at("between 3") & QUANTITY, QUANTITY);
        assert_eq!(at("the new centre") & DATE, 0);
    }

    /// Keys: one per word (lengths 15 and 16, a NUL, a prefix of another),
    /// and a word in capitals finds its lowercase form's entry. The words
    /// are made here, not written out: `build.rs` reads this file's string
    /// literals into the lexicon.
    #[test]
    fn packed_keys_tell_words_apart_and_lower_as_the_lexicon_does() {
        let run = |n: usize| char::from(0x71).to_string().repeat(n);
        let words = [
            run(0),
            run(1),
            format!("{}\0", run(1)),
            run(2),
            run(15),
            run(16),
        ];
        let keys: HashSet<Option<u128>> = words.iter().map(|w| pack(w)).collect();
        // Five keys and the long word's `None`.
        assert_eq!(keys.len(), words.len());
        assert_eq!(pack(&run(16)), None);
        for w in vocabulary::DATE_WORDS
            .iter()
            .chain(vocabulary::QUANTITY_WORDS)
            .chain(vocabulary::OPENER_WORDS)
        {
            let upper = w.to_ascii_uppercase();
            assert_eq!(pack_lowered(upper.as_bytes()), pack(w), "{w}");
            assert_eq!(word(&upper), word(w), "{w}");
            assert!(word(w).is_none_or(|known| !known.unlisted), "{w}");
        }
        assert!(word(&run(7)).is_some_and(|w| w.unlisted));
    }

    /// A word the lexicon does not list opens what the openers' own rules
    /// say of it, so the lexicon leaves no word out: tried on every word
    /// of the shipped articles and the peer suites.
    #[test]
    fn unlisted_words_open_what_the_rules_say() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures");
        let mut dirs = vec![std::path::PathBuf::from(root)];
        let mut seen: HashSet<String> = HashSet::new();
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    dirs.push(path);
                } else if let Ok(text) = std::fs::read_to_string(&path) {
                    for w in text.split(|c: char| !c.is_ascii_alphabetic()) {
                        if (1..=16).contains(&w.len()) {
                            seen.insert(w.to_ascii_lowercase());
                        }
                    }
                }
            }
        }
        assert!(seen.len() > 2000, "{}", seen.len());
        for w in &seen {
            let got = word(w).unwrap();
            assert_eq!(got.openers(w), word_openers(w), "{w}");
            let dates = date_vocabulary();
            assert_eq!(
                got.date_word(w),
                dates.contains(w) || dates.contains(w.trim_end_matches('s')),
                "{w}"
            );
            assert_eq!(got.quantity_word, quantity_vocabulary().contains(w), "{w}");
        }
    }

    #[test]
    fn literals_of_source() {
        let src = "// \"no\"\nlet a = \"one two\"; let c = '\"'; f::<'a>(\"th\\\"ree\"); /* \"x\" */ \"four\"";
        assert_eq!(
            literals::string_literals(src),
            vec!["one two", "th\\\"ree", "four"]
        );
    }

    /// The grammars behind the vocabularies call only modules whose
    /// sources are in them (or that hold no words: claim types).
    #[test]
    fn vocabulary_sources_call_only_listed_modules() {
        let modules = |sources: &[(&str, String)]| -> Vec<String> {
            sources
                .iter()
                .map(|(n, _)| n.trim_end_matches(".rs").to_owned())
                .chain(["claim", "lexicon", "super", "self"].map(str::to_owned))
                .collect()
        };
        for files in [literals::DATE_SOURCES, literals::QUANTITY_SOURCES] {
            let sources = sources(files);
            let allowed = modules(&sources);
            for (name, text) in &sources {
                // Code before the unit tests only.
                let code = text.split("#[cfg(test)]").next().unwrap_or(text);
                for (at, _) in code.match_indices("crate::extract::") {
                    let module: String = code[at + "crate::extract::".len()..]
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                        .collect();
                    assert!(
                        allowed.contains(&module),
                        "{name} calls extract::{module}, whose words the gate's vocabulary lacks: add its source to lex/openers.rs"
                    );
                }
            }
        }
        assert!(date_vocabulary().contains("fortnight"));
        assert!(date_vocabulary().contains("june"));
        assert!(!date_vocabulary().contains("centre"));
        assert!(quantity_vocabulary().contains("than"));
    }

    /// Every source file the date grammar could read words from is in
    /// `literals::DATE_SOURCES`, or known not to be part of the date grammar.
    #[test]
    fn date_sources_are_complete() {
        const NOT_DATE_GRAMMAR: &[&str] = &[
            "mod.rs",
            "currency.rs",
            "openers.rs",
            // The vocabularies' reader: the file lists and the literal scan.
            "literals.rs",
            // Dates read after the grammar: resolution by tense, and the
            // dates that are none ("every Friday"); no words to open on.
            "bytense.rs",
            "notdate.rs",
            "claim.rs",
            "tense.rs",
            // The lexicon's tables, read through the names the grammars use.
            "dates.rs",
            "not_quantities.rs",
            "nouns.rs",
            "numbers.rs",
            "units.rs",
            "quantity.rs",
            "whole.rs",
            "noun_phrase.rs",
            "notquantity.rs",
            "tests.rs",
            "proptests.rs",
            "equivalence_tests.rs",
            "long_runs_tests.rs",
            // Read after the grammars: anchoring and game periods.
            "anchor.rs",
            "dateline.rs",
            "game.rs",
        ];
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/src/extract");
        let mut dirs = vec![std::path::PathBuf::from(root)];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    dirs.push(path);
                    continue;
                }
                let name = path.file_name().unwrap().to_str().unwrap().to_owned();
                let rel = path
                    .strip_prefix(root)
                    .unwrap()
                    .to_str()
                    .unwrap()
                    .to_owned();
                if !name.ends_with(".rs") || NOT_DATE_GRAMMAR.contains(&name.as_str()) {
                    continue;
                }
                assert!(
                    literals::DATE_SOURCES.contains(&rel.as_str()),
                    "{rel} is not in lex::literals::DATE_SOURCES: add it (or to NOT_DATE_GRAMMAR)"
                );
            }
        }
    }
}
