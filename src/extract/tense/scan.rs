//! The words of a clause, as `tense` reads them: runs of letters, digits
//! and apostrophes with their byte offsets, lowercased.

use std::borrow::Cow;

use crate::extract::grammar::lower;

/// What a byte says about the character it starts.
#[derive(Clone, Copy)]
enum ByteClass {
    /// An ASCII character outside words.
    Gap,
    /// A lowercase ASCII letter, a digit or an apostrophe.
    Plain,
    /// An uppercase ASCII letter.
    Upper,
    /// A byte of a multi-byte character: decode it.
    Wide,
}

fn byte_class(b: u8) -> ByteClass {
    match b {
        b'a'..=b'z' | b'0'..=b'9' | b'\'' => ByteClass::Plain,
        b'A'..=b'Z' => ByteClass::Upper,
        0x80..=0xFF => ByteClass::Wide,
        _ => ByteClass::Gap,
    }
}

/// Words of `text` — runs of letters, digits and apostrophes — with their
/// byte offsets, lowercased. ASCII bytes are classed without decoding, and
/// a word of lowercase ASCII (most of them) is borrowed as it is found.
pub(super) fn words(text: &str) -> Vec<(usize, Cow<'_, str>)> {
    let bytes = text.as_bytes();
    // Whether the character at `i` is in a word, whether it is lowercase
    // ASCII, and its length; `None` at the end.
    let class_at = |i: usize| {
        let b = *bytes.get(i)?;
        Some(match byte_class(b) {
            ByteClass::Gap => (false, true, 1),
            ByteClass::Plain => (true, true, 1),
            ByteClass::Upper => (true, false, 1),
            ByteClass::Wide => {
                let c = text.get(i..).and_then(|s| s.chars().next()).unwrap_or(' ');
                (c.is_alphanumeric() || c == '’', false, c.len_utf8())
            }
        })
    };
    // Room for a word in every six bytes at first (an English word and
    // its blank average about that), so that most clauses grow it once
    // or never.
    let mut out = Vec::with_capacity(text.len() / 6 + 1);
    let mut i = 0;
    loop {
        let start = loop {
            match class_at(i) {
                None => return out,
                Some((true, _, _)) => break i,
                Some((false, _, len)) => i += len,
            }
        };
        let mut plain = true;
        while let Some((true, p, len)) = class_at(i) {
            plain &= p;
            i += len;
        }
        let w = text.get(start..i).unwrap_or("");
        out.push((start, if plain { Cow::Borrowed(w) } else { lower(w) }));
    }
}
