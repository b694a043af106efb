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

use std::collections::HashSet;

use super::{keys, Shape, Token};
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
    /// [`QUANTITY_LEAD`] bits (for a word of up to 16 bytes); for a word
    /// the lexicon does not list, those a currency sign running on into
    /// it opens ("Rsfive"; a whole currency word is listed).
    openers: u8,
    /// "the", "a" or "an".
    article: bool,
    /// A word the date grammars read (or one with a plural `s` added).
    date_word: bool,
    /// A word the quantity grammar reads.
    quantity_word: bool,
}

impl Word {
    /// The grammars the word opens.
    fn openers(&self) -> u8 {
        self.openers
    }

    /// Whether the word (`written`, in any case) may continue a date: one
    /// the date grammars read, or its plural ("Junes").
    fn date_word(&self, written: &str) -> bool {
        if self.unlisted {
            let mut buf = [0u8; MAX_WORD];
            let lower = lowercase(written, &mut buf);
            let stem = lower.trim_end_matches('s');
            stem.len() < lower.len() && entry(stem).is_some_and(|i| flags(i) & DATE_WORD != 0)
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
            let mask = word.openers();
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
        Shape::Mark if t.text(text).starts_with(is_currency_mark) => QUANTITY | NOT_QUANTITY,
        Shape::Blank { .. } | Shape::Mark => ALL,
    }
}

/// A currency sign as a mark of its own ("$", "£", "€"): it opens a sum of
/// money, never a date or a length of time (each of those opens with a
/// word, a figure, a sign of a figure or a "the").
fn is_currency_mark(c: char) -> bool {
    c == '$' || (!c.is_ascii() && lexicon::is_currency_sign(c))
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
            // "40, 849 weeks": a thousands comma with a stray blank after
            // it may join a group of three digits (`number::comma_spaced`).
            let stray_group = t.text(text) == ","
                && tokens
                    .get(k + 2)
                    .is_some_and(|g| g.shape == Shape::Digits && g.len() == 3);
            tokens.get(k + 1).is_none_or(Token::is_blank) && !stray_group
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
/// `None` when it is longer than [`MAX_WORD`] (see [`word_of_key`]).
pub fn word(word: &str) -> Option<Word> {
    if word.len() > MAX_WORD {
        return None;
    }
    Some(word_of_key(keys::pack(word.as_bytes(), true), word))
}

/// What the lexicon knows of `written`, a run of ASCII letters of up to
/// [`MAX_WORD`] bytes whose packed lowercase key (`keys`) is `key` — `None`
/// for a word longer than [`keys::PACKED_MAX`]. A short word is found by
/// its key in the table `build.rs` laid out (no hasher, no lowercase `str`
/// made); a longer one is lowercased and searched for among the few long
/// words.
pub fn word_of_key(key: Option<u128>, written: &str) -> Word {
    let found = match key {
        Some(key) => slot_entry(key),
        None => {
            let mut buf = [0u8; MAX_WORD];
            long_entry(lowercase(written, &mut buf))
        }
    };
    let Some(i) = found else {
        return Word {
            unlisted: true,
            openers: unlisted_openers(key, written),
            article: false,
            date_word: false,
            quantity_word: false,
        };
    };
    let flags = flags(i);
    Word {
        unlisted: false,
        openers: entry_openers(i),
        article: flags & ARTICLE != 0,
        date_word: flags & DATE_WORD != 0,
        quantity_word: flags & QUANTITY_WORD != 0,
    }
}

/// The entry of the lexicon's short word whose key is `key`: the table is
/// probed from the key's slot on, to the key or an empty slot.
fn slot_entry(key: u128) -> Option<usize> {
    const MASK: usize = (1 << vocabulary::SLOT_BITS) - 1;
    let mut s = keys::slot(key, vocabulary::SLOT_BITS);
    loop {
        // Every masked slot is in the table: `None` is never met.
        let found = *vocabulary::SLOT_KEYS.get(s & MASK)?;
        if found == key {
            return vocabulary::SLOT_ENTRIES
                .get(s & MASK)
                .map(|&i| usize::from(i));
        }
        if found == 0 {
            return None;
        }
        s += 1;
    }
}

/// The entry of the lexicon's word `lower` of more than
/// [`keys::PACKED_MAX`] bytes.
fn long_entry(lower: &str) -> Option<usize> {
    let long = vocabulary::LONG_ENTRIES;
    long.binary_search_by(|(w, _)| (*w).cmp(lower))
        .ok()
        .and_then(|k| long.get(k))
        .map(|(_, i)| usize::from(*i))
}

/// The entry of the lexicon's word `lower` (lowercase), by its key or
/// among the long words.
fn entry(lower: &str) -> Option<usize> {
    match keys::pack(lower.as_bytes(), false) {
        Some(key) => slot_entry(key),
        None => long_entry(lower),
    }
}

/// Entry flag: "the", "a" or "an".
const ARTICLE: u8 = 1;
/// Entry flag: a word of the date grammars, or one with a plural `s`.
const DATE_WORD: u8 = 2;
/// Entry flag: a word of the quantity grammar.
const QUANTITY_WORD: u8 = 4;

/// The flags of entry `i`, as `build.rs` wrote them from the vocabularies.
fn flags(i: usize) -> u8 {
    vocabulary::ENTRIES.get(i).map_or(0, |(_, f)| *f)
}

/// Marks an entry's openers worked out (a bit [`word_openers`] never sets).
const KNOWN: u8 = 16;

/// The grammars entry `i` opens, worked out the first time the word is
/// met: most of the lexicon never is, in one run.
fn entry_openers(i: usize) -> u8 {
    use std::sync::atomic::{AtomicU8, Ordering};
    static OPENERS: [AtomicU8; vocabulary::ENTRIES.len()] =
        [const { AtomicU8::new(0) }; vocabulary::ENTRIES.len()];
    // Worked out at build time (`build.rs`, from the table its test
    // keeps: see `built`).
    let built = vocabulary::BUILT_OPENERS.get(i).copied().unwrap_or(0);
    if built & KNOWN != 0 {
        return built & !KNOWN;
    }
    let Some(cell) = OPENERS.get(i) else {
        return ALL;
    };
    let known = cell.load(Ordering::Relaxed);
    if known & KNOWN != 0 {
        return known & !KNOWN;
    }
    // Two threads may both work it out: the same value either way.
    let mask = vocabulary::ENTRIES
        .get(i)
        .map_or(ALL, |(w, _)| word_openers(w));
    cell.store(mask | KNOWN, Ordering::Relaxed);
    mask
}

/// The grammars a word the lexicon does not list opens: at most a
/// currency sign running on into it ("Rsfive"), looked for in its key
/// when it has one.
fn unlisted_openers(key: Option<u128>, written: &str) -> u8 {
    let opens = match key {
        Some(key) => currency_openers()
            .prefix_keys
            .iter()
            .any(|&(prefix, mask)| key & mask == prefix),
        None => {
            let mut buf = [0u8; MAX_WORD];
            opens_currency_prefix(lowercase(written, &mut buf))
        }
    };
    if opens {
        QUANTITY | NOT_QUANTITY
    } else {
        0
    }
}

/// The words of the grammars' vocabularies, written into the build by
/// `build.rs` from the sources `lex::literals` lists: `DATE_WORDS` (the
/// date grammar and everything it calls), `QUANTITY_WORDS` (the quantity
/// grammar) and `OPENER_WORDS` (the lead and figure words of this file and
/// of the not-a-quantity grammar), each sorted; and the lexicon built
/// from them: `ENTRIES` (each word of up to [`MAX_WORD`] bytes and its
/// flags), the short words' keys in an open-addressed table of
/// `1 << SLOT_BITS` slots (`SLOT_KEYS`, `SLOT_ENTRIES`), and the longer
/// words (`LONG_ENTRIES`).
mod vocabulary {
    include!(concat!(env!("OUT_DIR"), "/vocabulary.rs"));
}

/// Every run of ASCII letters, lowercased, inside a string literal of the
/// date grammar's sources or of a lexicon table they name.
#[cfg(test)]
fn date_vocabulary() -> &'static Vocabulary {
    static WORDS: std::sync::OnceLock<Vocabulary> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| Vocabulary::of(vocabulary::DATE_WORDS))
}

/// The same for the quantity grammar.
#[cfg(test)]
fn quantity_vocabulary() -> &'static Vocabulary {
    static WORDS: std::sync::OnceLock<Vocabulary> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| Vocabulary::of(vocabulary::QUANTITY_WORDS))
}

/// A set of lowercase words (read once per distinct word, when its
/// openers are worked out).
#[derive(Default)]
pub(crate) struct Vocabulary {
    words: HashSet<String>,
}

impl Vocabulary {
    #[cfg(test)]
    fn of(words: &[&str]) -> Self {
        let mut set = Self::default();
        for w in words {
            set.insert(w);
        }
        set
    }

    fn insert(&mut self, word: &str) {
        self.words.insert(word.to_owned());
    }

    pub(crate) fn contains(&self, word: &str) -> bool {
        self.words.contains(word)
    }
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
    /// The prefixes of up to [`keys::PACKED_MAX`] letters as a key's
    /// bytes and the mask that keeps those bytes of a word's key.
    prefix_keys: Vec<(u128, u128)>,
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
            prefix_keys: Vec::new(),
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
        for p in &openers.prefixes {
            // A longer prefix starts no word that has a key.
            if let Some(key) = keys::pack(p.as_bytes(), false) {
                let mask = (1u128 << (8 * p.len())) - 1;
                openers.prefix_keys.push((key & mask, mask));
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

#[cfg(test)]
mod built;

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
        // A stray blank after a thousands comma: the figure may go on.
        assert_eq!(at("40, 849 weeks"), ALL);
        assert_eq!(at("12.05.2021"), ALL);
        assert_eq!(at("5,000"), ALL);
        assert_eq!(at("20161016."), ALL);
        // A currency sign opens a sum of money, no date or length of time.
        assert_eq!(at("$5"), QUANTITY | NOT_QUANTITY);
        assert_eq!(at("€ 5 June"), QUANTITY | NOT_QUANTITY);
        assert_eq!(at("-5"), ALL);
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

    /// Keys: one per word (length 15, a NUL, a prefix of another), none
    /// for an empty word or one of 16 bytes; the key a word's letters are
    /// packed into one at a time, in any case, is its lowercase form's. The
    /// words are made here, not written out: `build.rs` reads this file's
    /// string literals into the lexicon.
    #[test]
    fn packed_keys_tell_words_apart_and_lower_as_the_lexicon_does() {
        let run = |n: usize| char::from(0x71).to_string().repeat(n);
        let words = [run(1), format!("{}\0", run(1)), run(2), run(15)];
        let distinct: HashSet<Option<u128>> = words
            .iter()
            .map(|w| keys::pack(w.as_bytes(), false))
            .collect();
        assert_eq!(distinct.len(), words.len());
        assert!(!distinct.contains(&None));
        assert_eq!(keys::pack(run(0).as_bytes(), false), None);
        assert_eq!(keys::pack(run(16).as_bytes(), false), None);
        for w in vocabulary::DATE_WORDS
            .iter()
            .chain(vocabulary::QUANTITY_WORDS)
            .chain(vocabulary::OPENER_WORDS)
        {
            let upper = w.to_ascii_uppercase();
            let pushed = upper
                .bytes()
                .enumerate()
                .fold(0, |k, (n, b)| keys::push_letter(k, n, b));
            assert_eq!(
                keys::seal(pushed, w.len()),
                keys::pack(w.as_bytes(), false),
                "{w}"
            );
            assert_eq!(
                keys::pack(upper.as_bytes(), true),
                keys::pack(w.as_bytes(), false)
            );
            assert_eq!(word(&upper), word(w), "{w}");
            assert!(word(w).is_none_or(|known| !known.unlisted), "{w}");
        }
        assert!(word(&run(7)).is_some_and(|w| w.unlisted));
    }

    /// The table `build.rs` laid out holds every word of the vocabularies
    /// (up to [`MAX_WORD`] bytes) with the flags the vocabularies give it,
    /// at most half full, and finds no other word.
    #[test]
    fn the_built_table_finds_each_word_with_its_flags() {
        let all: HashSet<&str> = vocabulary::DATE_WORDS
            .iter()
            .chain(vocabulary::QUANTITY_WORDS)
            .chain(vocabulary::OPENER_WORDS)
            .copied()
            .filter(|w| w.len() <= MAX_WORD)
            .collect();
        assert_eq!(all.len(), vocabulary::ENTRIES.len());
        let dates = date_vocabulary();
        for w in &all {
            let found = word(w).unwrap();
            assert!(!found.unlisted, "{w}");
            assert_eq!(found.article, matches!(*w, "the" | "a" | "an"), "{w}");
            assert_eq!(
                found.date_word,
                dates.contains(w) || dates.contains(w.trim_end_matches(char::from(0x73))),
                "{w}"
            );
            assert_eq!(
                found.quantity_word,
                quantity_vocabulary().contains(w),
                "{w}"
            );
            assert_eq!(found.openers, word_openers(w), "{w}");
        }
        let used = vocabulary::SLOT_KEYS.iter().filter(|k| **k != 0).count();
        assert_eq!(
            used + vocabulary::LONG_ENTRIES.len(),
            vocabulary::ENTRIES.len()
        );
        assert!(2 * used <= vocabulary::SLOT_KEYS.len());
        // Words next to listed ones (a letter more, a letter less) are
        // found only when listed themselves.
        for w in &all {
            for near in [format!("{w}{}", char::from(0x71)), w[1..].to_owned()] {
                if near.is_empty() || near.len() > MAX_WORD {
                    continue;
                }
                assert_eq!(
                    word(&near).unwrap().unlisted,
                    !all.contains(near.as_str()),
                    "{near}"
                );
            }
        }
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
            assert_eq!(got.openers(), word_openers(w), "{w}");
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
    /// sources are in them (or that hold no words: claim types, and the
    /// lexer's packed keys, which have no string literal to read).
    #[test]
    fn vocabulary_sources_call_only_listed_modules() {
        // The keys module's path under the crate and its source, found
        // from the compiler's names (a literal of either here would add
        // its words to the lexicon).
        let keys_fn = std::any::type_name_of_val(&keys::key);
        let keys_module = keys_fn
            .split_once("::")
            .and_then(|(_, path)| path.rsplit_once("::"))
            .map(|(module, _)| module)
            .unwrap();
        let here = std::path::Path::new(file!());
        let keys_file = here.with_file_name(format!(
            "{}.{}",
            keys_module.rsplit("::").next().unwrap(),
            here.extension().unwrap().to_str().unwrap()
        ));
        let keys_source = std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(keys_file),
        )
        .unwrap();
        assert!(literals::string_literals(&keys_source).is_empty());
        let modules = |sources: &[(&str, String)]| -> Vec<String> {
            sources
                .iter()
                // A directory's `mod.rs` is the module the directory names.
                .map(|(n, _)| {
                    n.trim_end_matches(".rs")
                        .trim_end_matches("/mod")
                        .to_owned()
                })
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
                    if code[at..]
                        .split_once("::")
                        .is_some_and(|(_, path)| path.starts_with(keys_module))
                    {
                        continue;
                    }
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
            "keys.rs",
            // The vocabularies' reader: the file lists and the literal scan.
            "literals.rs",
            // Dates read after the grammar: resolution by tense, and the
            // dates that are none ("every Friday"); no words to open on.
            "bytense.rs",
            "notdate.rs",
            // Verbs of putting off, read by the tense step after a date.
            "put_off.rs",
            // Dates a schedule sets, placed after the date is read.
            "scheduled.rs",
            // Lengths between events, read after a count of time is parsed.
            "anchored.rs",
            "claim.rs",
            "tense.rs",
            // tense's words and their tables: read after a date, open none.
            "scan.rs",
            "vocab.rs",
            // The lexicon's tables, read through the names the grammars use.
            "dates.rs",
            "not_quantities.rs",
            "nouns.rs",
            "numbers.rs",
            "units.rs",
            "quantity.rs",
            "whole.rs",
            "hundredths.rs",
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
                // The parts of a module in its own folder ("date/anchor/"
                // beside "date/anchor.rs") go with it: not date grammar
                // where it is not. Written with no string literal, which
                // would add its words to the openers' vocabulary.
                let module = path.extension().map(|e| dir.with_extension(e));
                let module_excluded = module.as_deref().is_some_and(|m| {
                    let name = m.file_name().and_then(|n| n.to_str());
                    let rel = m.strip_prefix(root).ok().and_then(|r| r.to_str());
                    name.is_some_and(|n| NOT_DATE_GRAMMAR.contains(&n))
                        && rel.is_some_and(|r| !literals::DATE_SOURCES.contains(&r))
                });
                if !name.ends_with(".rs")
                    || NOT_DATE_GRAMMAR.contains(&name.as_str())
                    || module_excluded
                {
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
