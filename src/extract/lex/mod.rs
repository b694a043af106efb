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

/// The class of an ASCII byte.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Digit,
    Letter,
    Blank,
    Mark,
}

const fn class_of(b: u8) -> Class {
    match b {
        b'0'..=b'9' => Class::Digit,
        b'a'..=b'z' | b'A'..=b'Z' => Class::Letter,
        b' ' | b'\t' | b'\n' | b'\r' => Class::Blank,
        _ => Class::Mark,
    }
}

/// The class of the character at `at` and its width in bytes.
fn class_at(text: &str, at: usize) -> (Class, usize) {
    let bytes = text.as_bytes();
    match bytes.get(at) {
        Some(&b) if b < 128 => (class_of(b), 1),
        Some(_) => {
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
        None => (Class::Mark, 1),
    }
}

/// The tokens of `text`, in order, into `out` (cleared first), so that one
/// buffer serves every sentence of a document.
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
    while at < len {
        let (class, width) = class_at(text, at);
        let start = at;
        at += width;
        let mut ascii = width == 1;
        let shape = match class {
            Class::Digit => {
                while bytes.get(at).is_some_and(u8::is_ascii_digit) {
                    at += 1;
                }
                Shape::Digits
            }
            Class::Letter => {
                loop {
                    match bytes.get(at) {
                        Some(b) if b.is_ascii_alphabetic() => at += 1,
                        Some(&b) if b >= 128 => {
                            let (c, w) = class_at(text, at);
                            if c != Class::Letter {
                                break;
                            }
                            ascii = false;
                            at += w;
                        }
                        _ => break,
                    }
                }
                Shape::Letters
            }
            Class::Blank => {
                let mut newline = matches!(bytes.get(start), Some(b'\n' | b'\r'));
                loop {
                    match bytes.get(at) {
                        Some(b' ' | b'\t') => at += 1,
                        Some(b'\n' | b'\r') => {
                            newline = true;
                            at += 1;
                        }
                        Some(&b) if b >= 128 => {
                            let (c, w) = class_at(text, at);
                            if c != Class::Blank {
                                break;
                            }
                            at += w;
                        }
                        _ => break,
                    }
                }
                Shape::Blank { newline }
            }
            Class::Mark => Shape::Mark,
        };
        let at32 = at.min(len) as u32;
        let word = (shape == Shape::Letters && ascii)
            .then(|| openers::word(text.get(start..at).unwrap_or("")))
            .flatten();
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
