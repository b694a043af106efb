//! The lexer: one pass over a sentence into typed tokens.
//!
//! Each byte is read once. A token is a run of ASCII digits, a run of
//! letters (any other alphanumeric character), a run of blanks (the
//! characters [`is_space`] names), or one mark (any other character: a
//! sign, a currency symbol, punctuation). Tokens tile the text: each
//! starts where the last ended, so a grammar's byte span maps onto them.
//!
//! A token of ASCII letters also carries what the lexicon knows of its
//! word ([`Word`]): the grammars that can open with it, found once per
//! distinct word in one table, never by re-reading the text.

pub mod keys;
#[cfg(test)]
pub(crate) mod literals;
pub mod openers;

use crate::extract::grammar::is_space;

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// ASCII digits ("2022").
    Digits,
    /// Letters, and digits other than ASCII ones ("June", "café", "²").
    Letters,
    /// Blanks between words; `newline` when a line ends among them.
    Blank { newline: bool },
    /// One character of anything else ("$", "-", ",", "%").
    Mark,
}

/// One token: its bytes in the text and its shape; for a word of ASCII
/// letters, what the lexicon knows of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: u32,
    pub end: u32,
    pub shape: Shape,
    /// The lexicon's entry for a word of ASCII letters of up to
    /// [`openers::MAX_WORD`] bytes; `None` for anything else.
    pub word: Option<openers::Word>,
}

impl Token {
    /// The token's text in `text` (the text it was read from).
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start as usize..self.end as usize)
            .unwrap_or("")
    }

    /// The token's length in bytes.
    pub fn len(&self) -> usize {
        (self.end - self.start) as usize
    }

    /// Whether the token is empty (never, for a token the lexer made).
    pub fn is_empty(&self) -> bool {
        self.end == self.start
    }

    /// Whether the token is one mark `c`.
    pub fn is_mark(&self, text: &str, c: char) -> bool {
        self.shape == Shape::Mark && self.text(text).starts_with(c)
    }

    /// Whether the token is a run of blanks.
    pub fn is_blank(&self) -> bool {
        matches!(self.shape, Shape::Blank { .. })
    }
}

/// What a byte says about the character it starts (or continues).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Digit,
    Letter,
    /// A space or a tab.
    Blank,
    /// A line feed or a carriage return.
    Newline,
    Mark,
    /// A byte of a character of more than one byte: decode it.
    Wide,
}

const fn class_of(b: u8) -> Class {
    match b {
        b'0'..=b'9' => Class::Digit,
        b'a'..=b'z' | b'A'..=b'Z' => Class::Letter,
        b' ' | b'\t' => Class::Blank,
        b'\n' | b'\r' => Class::Newline,
        0x80..=0xFF => Class::Wide,
        _ => Class::Mark,
    }
}

/// [`class_of`] for every byte, so that a byte is classed by one load.
static CLASSES: [Class; 256] = {
    let mut table = [Class::Mark; 256];
    let mut slots: &mut [Class] = &mut table;
    let mut b: u8 = 0;
    while let Some((slot, more)) = slots.split_first_mut() {
        *slot = class_of(b);
        b = b.wrapping_add(1);
        slots = more;
    }
    table
};

fn class_of_byte(b: u8) -> Class {
    // Every byte has its slot: the fallback is never taken.
    CLASSES.get(usize::from(b)).copied().unwrap_or(Class::Mark)
}

/// The class of the character at `at` (a character boundary) and its
/// width in bytes: a character of more than one byte is decoded and
/// classed as a letter, a blank (a newline among them never is one: every
/// newline is ASCII) or a mark.
fn wide_class_at(text: &str, at: usize) -> (Class, usize) {
    let c = text.get(at..).and_then(|r| r.chars().next()).unwrap_or(' ');
    let class = if is_space(c) {
        Class::Blank
    } else if c.is_alphanumeric() {
        Class::Letter
    } else {
        Class::Mark
    };
    (class, c.len_utf8())
}

/// The tokens of `text`, in order, into `out` (cleared first), so that one
/// buffer serves every sentence of a document.
///
/// Each byte is read once and classed by a table; a word of ASCII letters
/// is packed into its lexicon key ([`keys::of_letters`]: one load where
/// the text has 16 bytes from it) and looked up by that key.
///
/// # Panics
///
/// Never; a text longer than `u32::MAX` bytes is cut there (the document
/// loader refuses such texts long before).
pub fn tokens_into(text: &str, out: &mut Vec<Token>) {
    out.clear();
    let bytes = text.as_bytes();
    let len = text.len().min(u32::MAX as usize);
    let mut at = 0;
    while let Some(&b) = bytes.get(at).filter(|_| at < len) {
        let start = at;
        let mut class = class_of_byte(b);
        at += 1;
        if class == Class::Wide {
            let (wide, width) = wide_class_at(text, start);
            class = wide;
            at = start + width;
        }
        let (shape, word) = match class {
            Class::Digit => {
                while bytes.get(at).is_some_and(u8::is_ascii_digit) {
                    at += 1;
                }
                (Shape::Digits, None)
            }
            Class::Letter => {
                // Whether all its letters are ASCII (then it has a key).
                let mut ascii = b.is_ascii_alphabetic();
                while let Some(&b) = bytes.get(at) {
                    match class_of_byte(b) {
                        Class::Letter => at += 1,
                        Class::Wide => {
                            let (c, w) = wide_class_at(text, at);
                            if c != Class::Letter {
                                break;
                            }
                            ascii = false;
                            at += w;
                        }
                        _ => break,
                    }
                }
                let n = at - start;
                let word = (ascii && n <= openers::MAX_WORD).then(|| {
                    let key = keys::of_letters(bytes.get(start..).unwrap_or_default(), n);
                    openers::word_of_key(key, text.get(start..at).unwrap_or(""))
                });
                (Shape::Letters, word)
            }
            Class::Blank | Class::Newline => {
                let mut newline = class == Class::Newline;
                while let Some(&b) = bytes.get(at) {
                    match class_of_byte(b) {
                        Class::Blank => at += 1,
                        Class::Newline => {
                            newline = true;
                            at += 1;
                        }
                        Class::Wide => {
                            let (c, w) = wide_class_at(text, at);
                            if c != Class::Blank {
                                break;
                            }
                            at += w;
                        }
                        _ => break,
                    }
                }
                (Shape::Blank { newline }, None)
            }
            Class::Mark | Class::Wide => (Shape::Mark, None),
        };
        let at32 = at.min(len) as u32;
        out.push(Token {
            start: start as u32,
            end: at32,
            shape,
            word,
        });
        at = at32 as usize;
    }
}

/// The tokens of `text` (see [`tokens_into`]).
pub fn tokens(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    tokens_into(text, &mut out);
    out
}

#[cfg(test)]
mod tests;
