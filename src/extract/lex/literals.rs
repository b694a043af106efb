//! The grammars' vocabularies, read from their own source: every word a
//! grammar can read is written in a string literal of its source (a
//! keyword, a tag, a match arm) or of a lexicon table it names.
//!
//! This module is compiled twice: by `build.rs`, which writes the word
//! lists into the build (`lex::openers` reads them, so nothing is scanned
//! when the program runs), and into the crate's tests, which check the
//! lists against the sources. It uses `std` alone.

use std::collections::{BTreeSet, HashMap, HashSet};

/// The sources of the date grammar and of everything it calls, relative
/// to `src/extract`. A new source file of the date grammar must be listed
/// here (a test walks `src/extract/`).
pub const DATE_SOURCES: &[&str] = &[
    "date/mod.rs",
    "date/words.rs",
    "date/absolute.rs",
    "date/calendar.rs",
    "date/days.rs",
    "date/relative.rs",
    "date/item.rs",
    "date/opening.rs",
    "date/range.rs",
    "date/claim.rs",
    "date/claim/bounds.rs",
    "date/resolve.rs",
    "date/resolve/absolute.rs",
    "date/resolve/anchored.rs",
    "date/resolve/range.rs",
    "date/resolve/relative.rs",
    "duration.rs",
    "duration/looking_back.rs",
    "duration/count.rs",
    "duration/no_length.rs",
    "duration/range.rs",
    "number.rs",
    "number/memo.rs",
    "grammar.rs",
];

/// The sources of the quantity grammar, as [`DATE_SOURCES`].
pub const QUANTITY_SOURCES: &[&str] = &[
    "quantity.rs",
    "quantity/whole.rs",
    "quantity/hundredths.rs",
    "quantity/change.rs",
    "quantity/range.rs",
    "noun_phrase.rs",
    "number.rs",
    "number/memo.rs",
    "grammar.rs",
    // The quantity grammar asks the duration grammar whether a time unit
    // names a wait ("18-month waits": no claim) and reads its units.
    "duration.rs",
];

/// Sources whose literals name lead words and figure words the openers
/// know: the openers themselves and the not-a-quantity grammar.
pub const OPENER_SOURCES: &[&str] = &[
    "lex/openers.rs",
    "notquantity.rs",
    "notquantity/age.rs",
    "notquantity/names.rs",
    "notquantity/no_claim.rs",
    "notquantity/scores.rs",
];

/// The lexicon's sources, whose tables the grammars name.
pub const LEXICON_SOURCES: &[&str] = &[
    "lexicon/dates.rs",
    "lexicon/not_quantities.rs",
    "lexicon/nouns.rs",
    "lexicon/numbers.rs",
    "lexicon/units.rs",
];

/// Every run of ASCII letters, lowercased, in a string literal of
/// `sources` or of a table of `lexicon` (the lexicon's sources) whose name
/// one of them mentions, in order.
pub fn vocabulary(sources: &[&str], lexicon: &[&str]) -> BTreeSet<String> {
    let mut words = BTreeSet::new();
    let mut add = |text: &str| {
        for literal in string_literals(text) {
            for w in literal.split(|c: char| !c.is_ascii_alphabetic()) {
                if !w.is_empty() {
                    words.insert(w.to_ascii_lowercase());
                }
            }
        }
    };
    let tables = lexicon_tables(lexicon);
    let mut named: HashSet<&str> = HashSet::new();
    for source in sources {
        add(source);
        named.extend(
            source
                .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .filter(|w| {
                    w.len() > 1
                        && w.bytes()
                            .all(|b| b.is_ascii_uppercase() || b == b'_' || b.is_ascii_digit())
                        && tables.contains_key(w)
                }),
        );
    }
    for name in named {
        if let Some(table) = tables.get(name) {
            add(table);
        }
    }
    words
}

/// The source text of every lexicon table by name, from its `pub const`
/// to the `];` that closes it.
fn lexicon_tables<'a>(lexicon: &[&'a str]) -> HashMap<&'a str, &'a str> {
    let mut tables = HashMap::new();
    for source in lexicon {
        for (start, _) in source.match_indices("pub const ") {
            let Some(body) = source.get(start..) else {
                continue;
            };
            let name = body
                .get("pub const ".len()..)
                .and_then(|r| r.split(':').next())
                .unwrap_or("");
            let end = body.find("\n];").unwrap_or(body.len());
            if let Some(text) = body.get(..end) {
                tables.insert(name, text);
            }
        }
    }
    tables
}

/// The contents of the string literals of Rust source (comments and char
/// literals skipped; escapes kept as written, which only adds letters).
pub fn string_literals(source: &str) -> Vec<&str> {
    let find = |needle: u8, from: usize| -> Option<usize> {
        let bytes = source.as_bytes().get(from..)?;
        bytes.iter().position(|&b| b == needle).map(|p| from + p)
    };
    let mut out = Vec::new();
    let bytes = source.as_bytes();
    let mut k = 0;
    while let Some(&b) = bytes.get(k) {
        match b {
            b'/' if bytes.get(k + 1) == Some(&b'/') => {
                k = find(b'\n', k).unwrap_or(bytes.len());
            }
            b'/' if bytes.get(k + 1) == Some(&b'*') => {
                k = source
                    .get(k + 2..)
                    .and_then(|r| r.find("*/"))
                    .map_or(bytes.len(), |e| k + 2 + e + 2);
            }
            b'"' => {
                let start = k + 1;
                let mut e = start;
                while let Some(&c) = bytes.get(e) {
                    match c {
                        b'\\' => e += 2,
                        b'"' => break,
                        _ => e += 1,
                    }
                }
                if let Some(lit) = source.get(start..e.min(bytes.len())) {
                    out.push(lit);
                }
                k = e + 1;
            }
            b'\'' => {
                // A char literal ('"', '\'', 'x'); otherwise a lifetime.
                if bytes.get(k + 1) == Some(&b'\\') {
                    k = find(b'\'', k + 3).map_or(bytes.len(), |e| e + 1);
                } else {
                    let ch = source.get(k + 1..).and_then(|r| r.chars().next());
                    let width = ch.map_or(1, char::len_utf8);
                    if bytes.get(k + 1 + width) == Some(&b'\'') {
                        k += width + 2;
                    } else {
                        k += 1;
                    }
                }
            }
            _ => k += 1,
        }
    }
    out
}
