//! Small nom building blocks shared by every grammar: whitespace, whole
//! words and multi-word phrases, matched case-insensitively on word
//! boundaries.

use nom::bytes::complete::take_while1;
use nom::character::complete::satisfy;
use nom::combinator::{not, peek};
use nom::{IResult, Parser};

/// The result type of every grammar in factlint.
pub type Res<'a, T> = IResult<&'a str, T>;

/// The bit of the letter a word begins with, case folded: bit 0 for "a"
/// … bit 25 for "z"; none for a word that opens with no ASCII letter. The
/// bits of a table's words, or'ed, say in one test whether a word can be
/// one of them (`date::words`, `check::matching::parts`).
pub const fn first_letter_bit(w: &str) -> u32 {
    if let [b, ..] = w.as_bytes() {
        let b = b.to_ascii_lowercase();
        if b.is_ascii_lowercase() {
            return 1 << (b - b'a');
        }
    }
    0
}

/// A blank between words (what [`sp`] consumes).
pub fn is_space(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\n' | '\r' | '\u{a0}' | '\u{2009}' | '\u{202f}'
    )
}

/// One or more blanks between words (spaces, tabs, a line end, no-break spaces).
#[inline]
pub fn sp(i: &str) -> Res<'_, &str> {
    let bytes = i.as_bytes();
    // ASCII blanks by the byte; from a byte beyond ASCII (a no-break or
    // thin space may follow) the characters are read.
    let n = bytes
        .iter()
        .take_while(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
        .count();
    if bytes.get(n).is_some_and(|b| !b.is_ascii()) {
        return take_while1(is_space).parse(i);
    }
    match (n, i.get(..n), i.get(n..)) {
        (1.., Some(blanks), Some(rest)) => Ok((rest, blanks)),
        _ => Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::TakeWhile1,
        ))),
    }
}

/// The end of a word: the next character is not a letter or digit.
#[inline]
pub fn word_end(i: &str) -> Res<'_, ()> {
    match i.as_bytes().first() {
        // ASCII: decide on the byte (same answer as `char::is_alphanumeric`).
        Some(b) if b.is_ascii() => {
            if b.is_ascii_alphanumeric() {
                Err(nom::Err::Error(nom::error::Error::new(
                    i,
                    nom::error::ErrorKind::Not,
                )))
            } else {
                Ok((i, ()))
            }
        }
        None => Ok((i, ())),
        Some(_) => not(peek(satisfy(char::is_alphanumeric))).parse(i),
    }
}

/// `tag_no_case(tag)`, with a fast path: while the tag and the bytes it is
/// compared with are ASCII, compare bytes without Unicode case mapping (the
/// same answer); from the first byte of either that is not, nom's
/// `tag_no_case` answers. One pass over the tag, most calls failing at its
/// first byte.
#[inline]
pub fn tag_nc<'a>(i: &'a str, tag: &str) -> Res<'a, &'a str> {
    let ib = i.as_bytes();
    let tb = tag.as_bytes();
    let fail = || {
        Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Tag,
        )))
    };
    for (k, &b) in tb.iter().enumerate() {
        let Some(&a) = ib.get(k) else {
            // The text ends first: no tag (nom's answer on complete input).
            return fail();
        };
        // Either byte beyond ASCII: its high bit set (one test for both).
        if (a | b) & 0x80 != 0 {
            return tag_nc_chars(i, tag);
        }
        if !a.eq_ignore_ascii_case(&b) {
            return fail();
        }
    }
    // Every byte compared is ASCII, so the cut is a character boundary.
    match (i.get(..tb.len()), i.get(tb.len()..)) {
        (Some(matched), Some(rest)) => Ok((rest, matched)),
        _ => fail(),
    }
}

/// [`tag_nc`] beyond ASCII: character by character, each pair equal when
/// lowercased, the match cut after the text's own last character compared.
/// nom's `tag_no_case` cuts the text at the tag's length in bytes, which
/// is inside a character when the two spell a letter in different lengths
/// (the Kelvin sign "\u{212A}", three bytes, lowercases to "k", one): a
/// panic on such text. Where the lengths agree, the answer is nom's.
fn tag_nc_chars<'a>(i: &'a str, tag: &str) -> Res<'a, &'a str> {
    let mut text = i.char_indices();
    let mut end = 0;
    for t in tag.chars() {
        match text.next() {
            Some((at, c)) if c.to_lowercase().eq(t.to_lowercase()) => end = at + c.len_utf8(),
            _ => {
                return Err(nom::Err::Error(nom::error::Error::new(
                    i,
                    nom::error::ErrorKind::Tag,
                )))
            }
        }
    }
    match (i.get(..end), i.get(end..)) {
        (Some(matched), Some(rest)) => Ok((rest, matched)),
        _ => Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Tag,
        ))),
    }
}

/// `tag_no_case(tag)` as a parser, through [`tag_nc`]'s ASCII fast path.
pub fn tnc<'a>(
    tag: &'static str,
) -> impl Parser<&'a str, Output = &'a str, Error = nom::error::Error<&'a str>> {
    move |i: &'a str| tag_nc(i, tag)
}

/// A whole word, case-insensitively.
pub fn kw<'a>(
    word: &'static str,
) -> impl Parser<&'a str, Output = &'a str, Error = nom::error::Error<&'a str>> {
    move |i: &'a str| kw_at(i, word)
}

/// [`kw`]`(word)` on `i`. Most calls fail at the first byte (a grammar
/// tries its words in turn at each place): two ASCII first bytes that
/// differ in more than case answer at once, with the text read no further
/// and nothing saved; the rest is [`kw_read`]'s.
#[inline]
fn kw_at<'a>(i: &'a str, word: &str) -> Res<'a, &'a str> {
    if let (Some(&a), Some(&b)) = (i.as_bytes().first(), word.as_bytes().first()) {
        if (a | b) & 0x80 == 0 && !a.eq_ignore_ascii_case(&b) {
            return Err(nom::Err::Error(nom::error::Error::new(
                i,
                nom::error::ErrorKind::Tag,
            )));
        }
    }
    kw_read(i, word)
}

/// [`kw`]`(word)` on `i` read in full: the word, then a word's end.
#[inline(never)]
fn kw_read<'a>(i: &'a str, word: &str) -> Res<'a, &'a str> {
    let (rest, w) = tag_nc(i, word)?;
    let (rest, ()) = word_end(rest)?;
    Ok((rest, w))
}

/// [`kw`]`(word)` on `i` whose first word's key (see [`first_word_key`])
/// is `first`: where `i` opens with a word of ASCII letters that has a key,
/// the keys alone answer (the word is `word` or it is not), without
/// reading the text again; else `kw` reads it. `key` is `word`'s key
/// (`lex::keys::key`), `word` a run of up to 15 ASCII letters.
#[inline]
pub fn kw_keyed<'a>(
    i: &'a str,
    first: Option<u128>,
    key: u128,
    word: &'static str,
) -> Res<'a, &'a str> {
    match first {
        Some(f) if f != key => Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Tag,
        ))),
        _ => kw(word).parse(i),
    }
}

/// The value of the one keyword of `table` that `i` opens with as a whole
/// word, as nom's `alt` over `kw(word)` in table order reads it: `first`
/// is the key of `i`'s first word ([`first_word_key`]); where it has one,
/// that key alone chooses the entry (one look along the keys, no text
/// read again); else each keyword is tried in turn. Each entry is a
/// word's key (`lex::keys::key`), the word (a run of up to 15 ASCII
/// letters, no two alike) and its value.
#[inline]
pub fn kw_table<'a, T: Copy>(
    i: &'a str,
    first: Option<u128>,
    table: &[(u128, &'static str, T)],
) -> Res<'a, T> {
    let fail = || {
        Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Tag,
        )))
    };
    match first {
        Some(f) => match table.iter().find(|(key, _, _)| *key == f) {
            Some((_, word, value)) => kw(word).parse(i).map(|(rest, _)| (rest, *value)),
            None => fail(),
        },
        None => {
            for (_, word, value) in table {
                if let Ok((rest, _)) = kw(word).parse(i) {
                    return Ok((rest, *value));
                }
            }
            fail()
        }
    }
}

/// A phrase of words separated by any blanks ("more  than"); returns the
/// phrase as written.
pub fn phrase<'a>(i: &'a str, words: &str) -> Res<'a, &'a str> {
    let mut rest = i;
    let mut left = words;
    let mut first = true;
    loop {
        let (w, next) = match left.as_bytes().iter().position(|&b| b == b' ') {
            Some(p) => (left.get(..p).unwrap_or(""), left.get(p + 1..)),
            None => (left, None),
        };
        if !first {
            rest = sp(rest)?.0;
        }
        first = false;
        let (r, _) = tag_nc(rest, w)?;
        rest = word_end(r)?.0;
        match next {
            Some(n) => left = n,
            None => break,
        }
    }
    Ok((rest, consumed(i, rest)))
}

/// Whether `p` cannot start `i`: both begin with ASCII bytes that differ
/// in more than case (a cheap filter before `phrase`).
fn cannot_start(i: &str, p: &str) -> bool {
    match (i.as_bytes().first(), p.as_bytes().first()) {
        (Some(a), Some(b)) => a.is_ascii() && b.is_ascii() && !a.eq_ignore_ascii_case(b),
        _ => false,
    }
}

/// The longest phrase from a table that starts `i`, and its value.
pub fn phrase_from<'a, T: Copy>(i: &'a str, table: &[(&str, T)]) -> Res<'a, (T, &'a str)> {
    longest_of(i, table.iter().filter(|(p, _)| !cannot_start(i, p)))
}

/// The longest of `entries` (phrases and values) that starts `i`, the
/// first of equals.
fn longest_of<'a, 't, T: Copy + 't>(
    i: &'a str,
    entries: impl Iterator<Item = &'t (&'t str, T)>,
) -> Res<'a, (T, &'a str)> {
    let mut best: Option<(&'a str, T, &'a str)> = None;
    for (p, v) in entries {
        if let Ok((rest, text)) = phrase(i, p) {
            if best.is_none_or(|(_, _, t)| text.len() > t.len()) {
                best = Some((rest, *v, text));
            }
        }
    }
    match best {
        Some((rest, v, text)) => Ok((rest, (v, text))),
        None => Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Tag,
        ))),
    }
}

/// The entries of a phrase table that can open a text. For a text that
/// opens with a whole word of ASCII letters (as the lexer reads a word: a
/// run of letters ending the text or before an ASCII byte that is no letter
/// or digit), the entries whose first word is that word, in any case (found
/// by the word's packed lowercase bytes, one look-up), and those whose first
/// word is not plain letters and whose first character can equal its first
/// byte; for another ASCII byte, the entries [`cannot_start`] lets through
/// whose first character can also equal that byte case-insensitively (a
/// non-ASCII first character only when it lowercases to an ASCII one, as
/// the Kelvin sign does); for anything else, every entry. Each list keeps
/// the table's order, so "the first of equals" is unchanged.
///
/// An entry is matched as [`phrase`] matches it: its first word whole and
/// in any case, so an entry whose first word is another word cannot match.
pub struct FirstBytes {
    ascii: Vec<Vec<u16>>,
    all: Vec<u16>,
    /// By first word: the entries that can open a text opening with it.
    words: hashbrown::HashMap<u128, Vec<u16>>,
    /// By first letter, lowercased: the entries whose first word is not
    /// plain letters (what a word missing from `words` can open).
    odd: Vec<Vec<u16>>,
}

impl FirstBytes {
    /// The index of `phrases` (a table of at most 65,536 entries).
    pub fn of<'t>(phrases: impl Iterator<Item = &'t str>) -> Self {
        let phrases: Vec<&str> = phrases.collect();
        let all: Vec<u16> = (0..phrases.len())
            .filter_map(|n| u16::try_from(n).ok())
            .collect();
        let phrase_of = |n: u16| phrases.get(usize::from(n)).copied().unwrap_or("");
        let ascii: Vec<Vec<u16>> = (0u8..128)
            .map(|byte| {
                all.iter()
                    .copied()
                    .filter(|&n| may_open(byte, phrase_of(n)))
                    .collect()
            })
            .collect();
        let mut words: hashbrown::HashMap<u128, Vec<u16>> = hashbrown::HashMap::new();
        let mut plain = vec![false; all.len()];
        for &n in &all {
            let first = phrase_of(n).split(' ').next().unwrap_or("");
            let letters = !first.is_empty() && first.bytes().all(|b| b.is_ascii_alphabetic());
            if let Some(key) = first_word_key(first).filter(|_| letters && first.len() < 16) {
                words.entry(key).or_default().push(n);
                if let Some(p) = plain.get_mut(usize::from(n)) {
                    *p = true;
                }
            }
        }
        let odd: Vec<Vec<u16>> = (0u8..128)
            .map(|byte| {
                ascii
                    .get(usize::from(byte))
                    .map(|list| {
                        list.iter()
                            .copied()
                            .filter(|&n| !plain.get(usize::from(n)).copied().unwrap_or(false))
                            .collect()
                    })
                    .unwrap_or_default()
            })
            .collect();
        for (key, list) in &mut words {
            let first = key.to_le_bytes().first().copied().unwrap_or(0);
            if let Some(more) = odd.get(usize::from(first)) {
                list.extend(more);
            }
            list.sort_unstable();
        }
        Self {
            ascii,
            all,
            words,
            odd,
        }
    }

    /// The entries to try on `i`, in table order.
    #[inline]
    pub fn candidates(&self, i: &str) -> &[u16] {
        self.candidates_keyed(i, || first_word_key(i))
    }

    /// [`Self::candidates`], the key of `i`'s first word given by `first`
    /// (`first_word_key(i)`, worked out once by a caller that compares it
    /// with more than one table).
    #[inline]
    pub fn candidates_keyed(&self, i: &str, first: impl FnOnce() -> Option<u128>) -> &[u16] {
        match i.as_bytes().first() {
            Some(&b) if b.is_ascii() => {
                let by_byte = self.ascii.get(usize::from(b)).unwrap_or(&self.all);
                // A short list is cheaper to try than a word to look up.
                if by_byte.len() <= 2 || !b.is_ascii_alphabetic() {
                    return by_byte;
                }
                match first() {
                    Some(key) => self.words.get(&key).unwrap_or_else(|| {
                        self.odd
                            .get(usize::from(b.to_ascii_lowercase()))
                            .unwrap_or(by_byte)
                    }),
                    None => by_byte,
                }
            }
            _ => &self.all,
        }
    }

    /// Whether no entry can open `i` (a cheap test before a parser that
    /// tries the whole table).
    #[inline]
    pub fn none_can_open(&self, i: &str) -> bool {
        match i.as_bytes().first() {
            Some(&b) if b.is_ascii() => self.ascii.get(usize::from(b)).is_none_or(Vec::is_empty),
            _ => self.all.is_empty(),
        }
    }
}

/// The word `i` opens with, as the lexer reads a word, by identity: a run
/// of up to 15 ASCII letters that ends `i` or stands before an ASCII byte
/// that is no letter or digit, its bytes lowercased and packed with its
/// length (no two words share a key). `None` for anything else (a longer
/// word, one running on into a digit or a non-ASCII character).
#[inline]
pub fn first_word_key(i: &str) -> Option<u128> {
    let bytes = i.as_bytes();
    let mut buf = [0u8; 16];
    let mut n = 0;
    for &b in bytes.iter().take(16) {
        if !b.is_ascii_alphabetic() {
            break;
        }
        if let Some(slot) = buf.get_mut(n) {
            *slot = b.to_ascii_lowercase();
        }
        n += 1;
    }
    if n == 0 || n > 15 {
        return None;
    }
    match bytes.get(n) {
        Some(&b) if !b.is_ascii() || b.is_ascii_digit() => return None,
        _ => {}
    }
    if let Some(last) = buf.last_mut() {
        *last = n as u8;
    }
    Some(u128::from_le_bytes(buf))
}

/// Whether phrase `p` may open a text whose first byte is the ASCII `byte`.
fn may_open(byte: u8, p: &str) -> bool {
    match p.chars().next() {
        None => true,
        Some(c) if c.is_ascii() => (c as u8).eq_ignore_ascii_case(&byte),
        Some(c) => {
            let mut lower = c.to_lowercase();
            match (lower.next(), lower.next()) {
                (Some(l), None) => l.is_ascii() && char::from(byte).to_ascii_lowercase() == l,
                _ => false,
            }
        }
    }
}

/// The index of a static phrase table, built on first use (one per call
/// site): `indexed!(TABLE)` for a table of `(&str, T)` pairs,
/// `indexed!(TABLE, words)` for a table of `&str`.
#[macro_export]
macro_rules! indexed {
    ($table:expr) => {{
        static INDEX: std::sync::OnceLock<$crate::extract::grammar::FirstBytes> =
            std::sync::OnceLock::new();
        INDEX.get_or_init(|| $crate::extract::grammar::FirstBytes::of($table.iter().map(|e| e.0)))
    }};
    ($table:expr, words) => {{
        static INDEX: std::sync::OnceLock<$crate::extract::grammar::FirstBytes> =
            std::sync::OnceLock::new();
        INDEX.get_or_init(|| $crate::extract::grammar::FirstBytes::of($table.iter().copied()))
    }};
}

/// [`phrase_from`] through the table's [`FirstBytes`] index: the same
/// answer, trying only the entries that can open `i`.
pub fn phrase_from_in<'a, T: Copy>(
    i: &'a str,
    table: &[(&str, T)],
    index: &FirstBytes,
) -> Res<'a, (T, &'a str)> {
    longest_of(
        i,
        index
            .candidates(i)
            .iter()
            .filter_map(|&n| table.get(usize::from(n))),
    )
}

/// [`phrase_from_in`] on `i` whose first word's key is `first`
/// ([`first_word_key`]`(i)`, worked out once by the caller).
pub fn phrase_from_keyed<'a, T: Copy>(
    i: &'a str,
    first: Option<u128>,
    table: &[(&str, T)],
    index: &FirstBytes,
) -> Res<'a, (T, &'a str)> {
    longest_of(
        i,
        index
            .candidates_keyed(i, || first)
            .iter()
            .filter_map(|&n| table.get(usize::from(n))),
    )
}

/// A word of ASCII letters in lower case, on the stack: "" for a word
/// longer than `buf` holds (callers match it against keywords, none that
/// long).
pub fn lower_word<'b>(w: &str, buf: &'b mut [u8; 16]) -> &'b str {
    match buf.get_mut(..w.len()) {
        Some(b) => {
            b.copy_from_slice(w.as_bytes());
            b.make_ascii_lowercase();
            std::str::from_utf8(b).unwrap_or("")
        }
        None => "",
    }
}

/// A word of letters (and inner hyphens or apostrophes).
pub fn alpha_word(i: &str) -> Res<'_, &str> {
    let (rest, w) =
        take_while1(|c: char| c.is_alphabetic() || c == '-' || c == '\'' || c == '’').parse(i)?;
    let trimmed = w.trim_end_matches(['-', '\'', '’']);
    if trimmed.is_empty() || !trimmed.starts_with(char::is_alphabetic) {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Alpha,
        )));
    }
    let rest = i.get(trimmed.len()..).unwrap_or(rest);
    Ok((rest, trimmed))
}

/// A word lowercased: borrowed when already lowercase ASCII, as most prose
/// is.
pub fn lower(w: &str) -> std::borrow::Cow<'_, str> {
    use std::borrow::Cow;
    if w.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        Cow::Borrowed(w)
    } else if w.is_ascii() {
        Cow::Owned(w.to_ascii_lowercase())
    } else {
        Cow::Owned(w.to_lowercase())
    }
}

/// The last `max` bytes of `text` at most, cut forward to a character
/// boundary: how far back a look before a figure reads, so that it costs
/// the same however long the sentence.
pub fn tail(text: &str, max: usize) -> &str {
    let mut from = text.len().saturating_sub(max);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    text.get(from..).unwrap_or("")
}

/// The part of `before` that a parser consumed to reach `after`.
pub fn consumed<'a>(before: &'a str, after: &str) -> &'a str {
    before.get(..before.len() - after.len()).unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;
    use nom::bytes::complete::tag_no_case;

    #[test]
    fn keywords_respect_word_boundaries() {
        assert!(kw("over").parse("over 800").is_ok());
        assert!(kw("over").parse("Over 800").is_ok());
        assert!(kw("over").parse("overall").is_err());
    }

    /// `kw` answers as nom's `tag_no_case` then a word's end do, whether
    /// it rejects on the first byte or reads on, the error's place and
    /// kind included: cased and uncased ASCII, letters beyond ASCII in the
    /// text or in the word, text shorter than the word, empty text. (Not
    /// the Kelvin sign against "k": nom's `tag_no_case` matches it and
    /// then cuts inside it, a panic; see the next test.)
    #[test]
    fn keywords_answer_as_nom_reads_them() {
        let reference = |word: &'static str, i: &'static str| {
            (
                tag_no_case::<&str, &str, nom::error::Error<&str>>(word),
                not(peek(satisfy(char::is_alphanumeric))),
            )
                .map(|(w, ())| w)
                .parse(i)
        };
        for word in ["over", "a", "éclair", "Über", "k"] {
            for i in [
                "over 800",
                "OVER",
                "overall",
                "ove",
                "",
                " over",
                "x",
                "Over-",
                "éclair,",
                "ÉCLAIR",
                "über",
                "Über uns",
                "k",
                "K2",
                "ä",
                "a\u{e9}",
            ] {
                assert_eq!(kw(word).parse(i), reference(word, i), "{word:?} on {i:?}");
            }
        }
    }

    /// A letter the text spells in more bytes than the tag does, though
    /// the two are equal lowercased (the Kelvin sign and "k", the angstrom
    /// sign and "å"), is matched whole, never cut inside.
    #[test]
    fn letters_of_other_lengths_are_matched_whole() {
        assert_eq!(tag_nc("\u{212A}m away", "km"), Ok((" away", "\u{212A}m")));
        assert_eq!(kw("km").parse("\u{212A}M."), Ok((".", "\u{212A}M")));
        assert_eq!(tag_nc("\u{212B}r", "år"), Ok(("", "\u{212B}r")));
        assert!(tag_nc("\u{212A}", "km").is_err());
        assert!(tag_nc("\u{212A}x", "km").is_err());
        // Where the lengths agree, nom's answer.
        for (i, t) in [("Über uns", "über"), ("ÉCLAIR", "éclair"), ("äx", "ä")] {
            assert_eq!(
                tag_nc(i, t),
                tag_no_case::<&str, &str, nom::error::Error<&str>>(t).parse(i),
                "{i:?} {t:?}"
            );
        }
    }

    #[test]
    fn keyword_tables_answer_as_the_alternatives() {
        use crate::extract::lex::keys::key;
        let table = [
            (key("a"), "a", 1),
            (key("an"), "an", 2),
            (key("year"), "year", 3),
        ];
        let alternatives = |i| {
            nom::branch::alt((
                kw("a").map(|_| 1),
                kw("an").map(|_| 2),
                kw("year").map(|_| 3),
            ))
            .parse(i)
            .ok()
        };
        for i in [
            "a", "A year", "an", "An-", "and", "year", "YEAR.", "years", "year2", "yearé", "aé",
            "", " a", "ann", "y", "\u{e9}", "a\u{a0}x",
        ] {
            assert_eq!(
                kw_table(i, first_word_key(i), &table).ok(),
                alternatives(i),
                "{i:?}"
            );
            assert_eq!(kw_table(i, None, &table).ok(), alternatives(i), "{i:?}");
        }
    }

    #[test]
    fn phrases_allow_any_blanks() {
        let (rest, text) = phrase("more  than 5", "more than").unwrap();
        assert_eq!((rest, text), (" 5", "more  than"));
        assert!(phrase("more thanks", "more than").is_err());
    }

    #[test]
    fn longest_phrase_wins() {
        let table = [("up", 1), ("up to", 2)];
        assert_eq!(phrase_from("up to 5", &table).unwrap().1 .0, 2);
    }

    #[test]
    fn indexed_tables_answer_as_the_plain_scan() {
        let table = [
            ("up", 1),
            ("up to", 2),
            ("Up", 3),
            ("\u{212a}m", 4),
            ("€", 5),
            ("", 6),
            ("über", 7),
        ];
        let index = FirstBytes::of(table.iter().map(|e| e.0));
        for i in [
            "up to 5",
            "Up",
            "km",
            "KM",
            "\u{212a}m",
            "€5",
            "über",
            "Über",
            "x",
            "",
            " up",
            "5",
        ] {
            assert_eq!(
                phrase_from(i, &table),
                phrase_from_in(i, &table, &index),
                "{i:?}"
            );
        }
        assert!(!index.none_can_open("km"));
        assert_eq!(index.candidates("5"), &[5]);
    }

    #[test]
    fn blanks_of_any_kind() {
        for (i, blanks) in [
            ("  x", "  "),
            (" \t\r\n5", " \t\r\n"),
            (" \u{a0}\u{2009}x", " \u{a0}\u{2009}"),
            ("\u{202f} \u{a0}", "\u{202f} \u{a0}"),
            (" \u{e9}", " "),
            ("\n", "\n"),
        ] {
            assert_eq!(sp(i), Ok((i.get(blanks.len()..).unwrap(), blanks)), "{i:?}");
        }
        for i in ["", "x ", "\u{e9} ", "\u{2014} "] {
            assert_eq!(
                sp(i),
                Err(nom::Err::Error(nom::error::Error::new(
                    i,
                    nom::error::ErrorKind::TakeWhile1
                ))),
                "{i:?}"
            );
        }
    }

    #[test]
    fn alpha_words() {
        assert_eq!(alpha_word("face-to-face, x").unwrap().1, "face-to-face");
        assert_eq!(alpha_word("units.").unwrap().1, "units");
        assert!(alpha_word("800").is_err());
    }
}
