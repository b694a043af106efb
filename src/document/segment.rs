//! Sentence and clause boundaries good enough for news prose.
//!
//! A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes) before
//! whitespace and a capital, a digit or an opening quote — except after an
//! abbreviation ("U.S.", "Dec.", "No.", "Mr.") or an initial — and at a blank
//! line, a Markdown heading or the end of a heading line (see
//! [`ends_heading`]: a newline inside a paragraph is a soft wrap). A period with no space after it ends a
//! sentence only where one plainly ends: "crore.The per capita" (a word
//! ending in a lowercase letter or a digit, the period alone, then a
//! capitalised word), never "U.S.The", "e.g.The", "St.Louis", "3.5" or
//! "www.Example.com". Clauses split sentences at `,` `;` `:`, dashes,
//! quotation marks and coordinators that open a new clause ("and to", "but").

use crate::extract::claim::Span;

/// A sentence and its clauses, as byte ranges into the document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    /// Exactly as long as it needs to be: a long document has a sentence
    /// every ~60 bytes, and a `Vec`'s spare room and length field, per
    /// sentence, once cost more than the text itself.
    pub clauses: Box<[Span]>,
}

impl Sentence {
    /// The clause that holds `at`, or the whole sentence. Clauses are in
    /// order and do not overlap, so a binary search finds it: a sentence of
    /// thousands of clauses (a long list) costs a claim no walk over them.
    pub fn clause_at(&self, at: usize) -> Span {
        let i = self
            .clauses
            .partition_point(|c| c.end.max(c.start + 1) <= at);
        self.clauses
            .get(i)
            .copied()
            .filter(|c| c.start <= at)
            .unwrap_or(self.span)
    }
}

/// Words that end with a period without ending the sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "col", "lt", "sgt", "capt", "gov",
    "sen", "rep", "rev", "hon", "no", "nos", "vs", "v", "etc", "inc", "ltd", "co", "corp", "jan",
    "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue",
    "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "a.m", "p.m", "i.e", "e.g", "u.s",
    "u.k", "u.n", "e.u", "rs", "approx", "est", "fig", "vol", "art", "sec", "ft", "mt", "pt",
];

/// The longest of [`ABBREVIATIONS`], in bytes.
const ABBREVIATION_MAX: usize = 6;

/// An ASCII word of at most [`ABBREVIATION_MAX`] bytes as one number (its
/// length and its bytes lowercased), so that a lookup compares integers.
const fn abbreviation_key(word: &[u8]) -> u64 {
    let mut key = word.len() as u64;
    let mut shift = 8;
    let mut rest = word;
    while let [b, more @ ..] = rest {
        if shift > 8 * ABBREVIATION_MAX {
            break;
        }
        key |= (b.to_ascii_lowercase() as u64) << shift;
        shift += 8;
        rest = more;
    }
    key
}

/// [`ABBREVIATIONS`] as keys.
static ABBREVIATION_KEYS: [u64; ABBREVIATIONS.len()] = {
    let mut keys = [0; ABBREVIATIONS.len()];
    let mut slots: &mut [u64] = &mut keys;
    let mut words = ABBREVIATIONS;
    while let ([word, more_words @ ..], Some((slot, more_slots))) = (words, slots.split_first_mut())
    {
        *slot = abbreviation_key(word.as_bytes());
        words = more_words;
        slots = more_slots;
    }
    keys
};

/// Sentence openers that end an abbreviation's sentence ("… in the U.S. The …").
const SENTENCE_STARTERS: &[&str] = &[
    "The", "A", "An", "In", "It", "He", "She", "They", "We", "I", "This", "That", "But", "And",
    "On", "At", "By", "For", "His", "Her", "Their", "There", "Its", "As", "If", "When", "While",
];

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '\'' || c == '’'
}

/// Bytes where a clause may end: the ASCII splitters, a space (before a
/// coordinator) and `E2`, the lead byte of the curly quotes and dashes.
/// Every other byte is skipped without decoding.
fn is_clause_stop(b: u8) -> bool {
    matches!(
        b,
        b';' | b':' | b'"' | b'(' | b')' | b',' | b'-' | b' ' | 0xE2
    )
}

/// The offset of the first clause stop at or after `from`, or the end.
/// Stops are ASCII bytes or a UTF-8 lead byte, so the offset is a
/// character boundary.
fn next_clause_stop(bytes: &[u8], from: usize) -> usize {
    bytes
        .get(from..)
        .and_then(|rest| rest.iter().position(|&b| is_clause_stop(b)))
        .map_or(bytes.len(), |k| from + k)
}

/// The next byte, at or after `from`, where a sentence may end: a newline,
/// `.`, `!`, `?`, or `E2`, the lead byte of `…` (`E2 80 A6`); the end of
/// the text if there is none. Two vectorised searches find them — the
/// common bytes and the rare ones — and each remembers its last hit, which
/// stays valid while `from` has not passed it (`from` only moves forward).
struct SentenceStops<'a> {
    bytes: &'a [u8],
    common: Option<usize>,
    rare: Option<usize>,
}

impl<'a> SentenceStops<'a> {
    fn new(bytes: &'a [u8]) -> Self {
        SentenceStops {
            bytes,
            common: None,
            rare: None,
        }
    }

    fn next(&mut self, from: usize) -> usize {
        let bytes = self.bytes;
        let find = |cache: &mut Option<usize>, search: &dyn Fn(&[u8]) -> Option<usize>| match *cache
        {
            Some(p) if p >= from => p,
            _ => {
                let p = bytes
                    .get(from..)
                    .and_then(search)
                    .map_or(bytes.len(), |k| from + k);
                *cache = Some(p);
                p
            }
        };
        let common = find(&mut self.common, &|s| memchr::memchr3(b'.', b'\n', 0xE2, s));
        let rare = find(&mut self.rare, &|s| memchr::memchr2(b'!', b'?', s));
        common.min(rare)
    }
}

/// The character at byte `at`.
fn char_at(text: &str, at: usize) -> Option<char> {
    text.get(at..).and_then(|s| s.chars().next())
}

/// Split `text` (already masked) into sentences.
pub fn sentences(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    // Each sentence's clauses, found here and then copied out at their size.
    let mut scratch = Vec::new();
    let bytes = text.as_bytes();
    let mut start = skip_space(text, 0);
    let mut i = start;
    let mut stops = SentenceStops::new(bytes);
    // The last run of closing punctuation read: its end and what follows
    // it. Every mark inside a run ends where the run does, so a run of
    // "!!!!…" is read once, not once per mark.
    let mut run: Option<(usize, AfterRun<'_>)> = None;
    loop {
        i = stops.next(i);
        let Some(c) = char_at(text, i) else {
            break;
        };
        let clen = c.len_utf8();
        let mut boundary_end = None;
        if c == '\n' {
            // A blank line, or a line that is a Markdown heading, ends a sentence.
            let next_line = text.get(i + 1..).unwrap_or("");
            let trimmed = next_line.trim_start_matches([' ', '\t', '\r']);
            let this_line_start = bytes
                .get(..i)
                .and_then(|s| memchr::memrchr(b'\n', s))
                .map_or(0, |p| p + 1);
            let this_line = text.get(this_line_start..i).unwrap_or("").trim_start();
            if trimmed.starts_with('\n')
                || trimmed.is_empty()
                || trimmed.starts_with('#')
                || this_line.starts_with('#')
                || trimmed.starts_with("- ")
                || trimmed.starts_with("* ")
                || (start >= this_line_start && ends_heading(this_line, trimmed))
            {
                boundary_end = Some(i);
            }
        } else if matches!(c, '.' | '!' | '?' | '…') {
            let (j, after) = match run {
                Some((end, after)) if i < end => (end, after),
                _ => {
                    let mut j = i + clen;
                    while let Some(n) = char_at(text, j) {
                        if matches!(
                            n,
                            '.' | '!' | '?' | '…' | '"' | '”' | '’' | '\'' | ')' | ']'
                        ) {
                            j += n.len_utf8();
                        } else {
                            break;
                        }
                    }
                    let after = AfterRun::of(text.get(j..).unwrap_or(""));
                    run = Some((j, after));
                    (j, after)
                }
            };
            if ends_sentence(text, start, i, j, c, after) {
                boundary_end = Some(j);
            }
        }
        if let Some(end) = boundary_end {
            push_sentence(text, &mut out, &mut scratch, start, end);
            start = skip_space(text, end);
            i = start;
            continue;
        }
        i += clen;
    }
    push_sentence(text, &mut out, &mut scratch, start, text.len());
    // The doubling's spare room, returned: a long document holds its
    // sentences until it is done.
    out.shrink_to_fit();
    out
}

/// Words a heading in title case leaves in lowercase.
const MINOR_WORDS: &[&str] = &[
    "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of", "on",
    "or", "over", "per", "the", "to", "v", "vs", "with",
];

/// How far into a line a wire's dateline runs before its agency's
/// bracket closes ("LONDON, March 2 (Reuters) -"), in bytes.
const DATELINE_MAX: usize = 60;

/// Whether the newline after `line`, a line that opens its sentence, ends
/// it, `next` being the line after. A line of prose that wraps goes on
/// after its newline; a heading does not: a line with no closing
/// punctuation, in capitals ("CITY 3 ROVERS 2") or in title case
/// ("Friday, March 15, 2019"), before a line that opens with a capital
/// or a digit — or, whatever its case, before a wire's dateline ("Aug 22
/// (Reuters) - …"), which opens a story. A wrapped line of prose ends
/// with a comma or holds a lowercase word often enough that, read this
/// way, it stays whole.
pub(crate) fn ends_heading(line: &str, next: &str) -> bool {
    let line = line.trim_end();
    if !line
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric() || c == '%')
        || !next
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
    {
        return false;
    }
    if opens_with_wire_dateline(next) || (opens_with_list_lead(line) && opens_with_list_lead(next))
    {
        return true;
    }
    let mut words = 0;
    let mut title = true;
    for word in line.split_whitespace() {
        let word = word.trim_matches(|c: char| !c.is_alphanumeric());
        let Some(first) = word.chars().next() else {
            continue;
        };
        words += 1;
        if !(first.is_uppercase() || first.is_numeric() || MINOR_WORDS.contains(&word)) {
            title = false;
        }
    }
    let capitals = line.chars().any(char::is_alphabetic) && !line.chars().any(char::is_lowercase);
    words >= 2 && (title || capitals) || unwrapped(line, next) && !ends_mid_phrase(line)
}

/// Whether `line` ends on a word that cannot end a sentence: a function
/// word ("by 50bp on", "rise by") or a verb of saying before its subject
/// ("said Finance Minister"): the text is wrapped there after all.
fn ends_mid_phrase(line: &str) -> bool {
    let last = line
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("")
        .to_lowercase();
    MINOR_WORDS.contains(&last.as_str())
        || matches!(
            last.as_str(),
            "than"
                | "about"
                | "after"
                | "before"
                | "since"
                | "until"
                | "that"
                | "which"
                | "who"
                | "said"
                | "says"
                | "minister"
                | "president"
                | "mr"
                | "ms"
                | "mrs"
                | "dr"
        )
}

/// The widest line a text wrapped by hand or by an editor holds, in bytes:
/// wrapping is at 72–80 columns, and a line of prose wraps near that width.
const WRAP_MAX: usize = 100;

/// Whether the text around a newline is not wrapped at all: `line` or the
/// line after it (the start of `next`) is wider than any wrapping width,
/// so each line is a paragraph and its newline ends one — a headline in
/// sentence case over its story ("Nomination of candidates to last until
/// November 15"), one paragraph per line. Reads at most [`WRAP_MAX`] bytes
/// of `next`.
fn unwrapped(line: &str, next: &str) -> bool {
    let bytes = next.as_bytes();
    let head = bytes.get(..WRAP_MAX + 1).unwrap_or(bytes);
    line.len() > WRAP_MAX || head.len() > WRAP_MAX && memchr::memchr(b'\n', head).is_none()
}

/// How far into a line a list item's lead runs before its dash, in bytes.
const LIST_LEAD_MAX: usize = 24;

/// Whether `line` opens as an item of a list written without bullets, a
/// short lead holding a figure then a spaced dash ("6 July - Grades 12
/// will start", "2019 – the plant opened", "Stage 3 — roads close"): two
/// such lines in a row are two items, never one sentence wrapped, however
/// the first ends.
fn opens_with_list_lead(line: &str) -> bool {
    let dash = [" - ", " – ", " — "]
        .iter()
        .filter_map(|d| line.find(d))
        .min();
    let Some(dash) = dash.filter(|&d| d > 0 && d <= LIST_LEAD_MAX) else {
        return false;
    };
    let lead = line.get(..dash).unwrap_or("");
    lead.chars().any(|c| c.is_ascii_digit()) && lead.split_whitespace().count() <= 3
}

/// Whether `line` opens with a wire's dateline: a few capitalised words
/// or figures (a place, a date), an agency's name in brackets and a dash
/// ("Aug 22 (Reuters) -", "LONDON, March 2 (Wire) —").
fn opens_with_wire_dateline(line: &str) -> bool {
    let end = line.len().min(DATELINE_MAX);
    let end = (0..=end)
        .rev()
        .find(|&k| line.is_char_boundary(k))
        .unwrap_or(0);
    let head = line.get(..end).unwrap_or("");
    let Some((place, rest)) = head.split_once('(') else {
        return false;
    };
    let Some((agency, after)) = rest.split_once(')') else {
        return false;
    };
    let capitalised = |s: &str| {
        s.split(|c: char| c.is_whitespace() || c == ',')
            .filter(|w| !w.is_empty())
            .all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
    };
    !agency.trim().is_empty()
        && capitalised(place)
        && capitalised(agency)
        && line
            .get(place.len() + agency.len() + 2..)
            .unwrap_or(after)
            .trim_start()
            .starts_with(['-', '\u{2013}', '\u{2014}'])
}

fn skip_space(text: &str, mut at: usize) -> usize {
    while let Some(c) = char_at(text, at) {
        if c.is_whitespace() {
            at += c.len_utf8();
        } else {
            break;
        }
    }
    at
}

/// Clauses of a sentence copied out of the scratch vector; a sentence
/// with more takes the vector itself.
const SCRATCH_KEPT: usize = 64;

fn push_sentence(
    text: &str,
    out: &mut Vec<Sentence>,
    scratch: &mut Vec<Span>,
    start: usize,
    end: usize,
) {
    let slice = text.get(start..end).unwrap_or("");
    let trimmed_end = start + slice.trim_end().len();
    if trimmed_end > start {
        let span = Span::new(start, trimmed_end);
        clauses(text, span, scratch);
        // One allocation of the exact size: a vector shrunk to fit would
        // leave a hole per sentence that the next one cannot use. A long
        // list's clauses are handed over instead of copied.
        let clauses = if scratch.len() > SCRATCH_KEPT {
            std::mem::take(scratch).into_boxed_slice()
        } else {
            Box::from(scratch.as_slice())
        };
        out.push(Sentence { span, clauses });
    }
}

/// What follows a run of closing punctuation.
#[derive(Clone, Copy)]
enum AfterRun<'a> {
    /// The end of the text.
    End,
    /// Something other than a blank, right after it.
    Glued,
    /// Blanks, then this text (empty at the end).
    Spaced(&'a str),
}

impl<'a> AfterRun<'a> {
    fn of(rest: &'a str) -> Self {
        match rest.chars().next() {
            None => AfterRun::End,
            Some(next) if !next.is_whitespace() => AfterRun::Glued,
            Some(_) => AfterRun::Spaced(rest.trim_start()),
        }
    }
}

/// Whether the punctuation at `at..after` (the mark `mark`), followed by
/// `following`, ends a sentence.
fn ends_sentence(
    text: &str,
    sentence_start: usize,
    at: usize,
    after: usize,
    mark: char,
    following: AfterRun<'_>,
) -> bool {
    let following = match following {
        AfterRun::End => return true,
        AfterRun::Glued => {
            return mark == '.' && after == at + 1 && glued_end(text, sentence_start, at)
        }
        AfterRun::Spaced(rest) => rest,
    };
    let Some(first) = following.chars().next() else {
        return true;
    };
    if !(first.is_uppercase()
        || first.is_ascii_digit()
        || matches!(first, '"' | '“' | '‘' | '\'' | '(' | '['))
    {
        return false;
    }
    if mark != '.' || text.get(at..after).is_some_and(|p| p.starts_with("..")) {
        return true;
    }
    // The word before the period.
    let before = text.get(sentence_start..at).unwrap_or("");
    let word_start = before
        .char_indices()
        .rev()
        .find(|(_, c)| !(is_word_char(*c) || *c == '.'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = before.get(word_start..).unwrap_or("");
    let mut chars = word.chars();
    let is_initial = chars.next().is_some_and(char::is_uppercase) && chars.next().is_none();
    if is_initial || is_abbreviation(word) {
        let letters = following
            .char_indices()
            .find(|(_, c)| !c.is_alphabetic())
            .map_or(following.len(), |(i, _)| i);
        let next_word = following.get(..letters).unwrap_or("");
        return SENTENCE_STARTERS.contains(&next_word) && !is_initial;
    }
    true
}

/// Whether the lone period at `at`, with no space after it, plainly ends
/// a sentence: the word before it (back to `sentence_start`) ends in a
/// lowercase letter or a digit, has no period of its own and is no
/// abbreviation, and a capitalised word follows ("The", not "THE", "Js" of
/// "node.Js" aside) that a blank, a comma, a semicolon or a colon ends. Each
/// look reads one word on each side, so a run of glued periods costs time
/// in proportion to its length.
fn glued_end(text: &str, sentence_start: usize, at: usize) -> bool {
    let Some(following) = text.get(at + 1..) else {
        return false;
    };
    let mut next = following.chars();
    if !next.next().is_some_and(|c| c.is_ascii_uppercase())
        || !next.next().is_some_and(|c| c.is_ascii_lowercase())
    {
        return false;
    }
    let ends_word = next
        .find(|c| !c.is_ascii_alphabetic())
        .is_none_or(|c| c.is_whitespace() || matches!(c, ',' | ';' | ':'));
    if !ends_word {
        return false;
    }
    let before = text.get(sentence_start..at).unwrap_or("");
    let word_start = before
        .char_indices()
        .rev()
        .find(|(_, c)| !is_word_char(*c))
        .map_or(0, |(i, c)| {
            if c == '.' {
                usize::MAX
            } else {
                i + c.len_utf8()
            }
        });
    let Some(word) = before.get(word_start..) else {
        // The word has a period of its own ("e.g.", "www.example").
        return false;
    };
    word.chars()
        .next_back()
        .is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        && !is_abbreviation(word)
}

/// A listed abbreviation in any case and with any final periods ("Dec",
/// "U.S."), or any word of at most six bytes with a period in it.
fn is_abbreviation(word: &str) -> bool {
    if word.contains('.') && word.len() <= 6 {
        return true;
    }
    if word.is_ascii() {
        // ASCII lowercasing is byte for byte, so it commutes with trimming.
        let stem = word.trim_end_matches('.').as_bytes();
        stem.len() <= ABBREVIATION_MAX && ABBREVIATION_KEYS.contains(&abbreviation_key(stem))
    } else {
        ABBREVIATIONS.contains(&word.to_lowercase().trim_end_matches('.'))
    }
}

/// Clause boundaries inside a sentence, into `out` (emptied first).
fn clauses(text: &str, sentence: Span, out: &mut Vec<Span>) {
    out.clear();
    let Some(slice) = text.get(sentence.start..sentence.end) else {
        out.push(sentence);
        return;
    };
    let bytes = slice.as_bytes();
    // Each clause is trimmed of whitespace at both ends; empty ones go.
    let mut cut = |from: usize, to: usize| {
        let s = slice.get(from..to).unwrap_or("");
        let lead = s.len() - s.trim_start().len();
        let body = s.get(lead..).unwrap_or("").trim_end();
        if !body.is_empty() {
            let at = sentence.start + from + lead;
            out.push(Span::new(at, at + body.len()));
        }
    };
    let mut start = 0;
    let mut i = 0;
    loop {
        i = next_clause_stop(bytes, i);
        if bytes.get(i) == Some(&b' ') {
            if opens_clause(slice.get(i + 1..).unwrap_or("")) {
                cut(start, i);
                start = i + 1;
            }
            i += 1;
            continue;
        }
        let Some(c) = char_at(slice, i) else {
            break;
        };
        let clen = c.len_utf8();
        let next = || char_at(slice, i + clen);
        let split = match c {
            ';' | ':' | '“' | '”' | '"' | '(' | ')' | '—' => true,
            ',' => next().is_none_or(char::is_whitespace),
            // a spaced dash
            '–' | '-' => i > 0 && bytes.get(i - 1) == Some(&b' ') && next() == Some(' '),
            _ => false,
        };
        if split {
            cut(start, i);
            start = i + clen;
        }
        i += clen;
    }
    cut(start, slice.len());
}

/// Whether `rest` (the text after a space) starts with a clause opener.
fn opens_clause(rest: &str) -> bool {
    openers_starting(rest)
        .iter()
        .any(|w| starts_with_word(rest, w))
}

/// The clause openers ("and to", "but", "while" …) that can start `rest`, by its first two letters
/// in any case: most words after a space rule out every opener at once.
fn openers_starting(rest: &str) -> &'static [&'static str] {
    let lower = |k: usize| rest.as_bytes().get(k).map(u8::to_ascii_lowercase);
    match (lower(0), lower(1)) {
        (Some(b'a'), Some(b'n')) => &[
            "and to",
            "and will",
            "and would",
            "and is",
            "and was",
            "and has",
            "and had",
        ],
        (Some(b'a'), Some(b'l')) => &["although"],
        (Some(b'b'), Some(b'u')) => &["but"],
        (Some(b'b'), Some(b'e')) => &["because"],
        (Some(b't'), Some(b'h')) => &["though"],
        (Some(b'w'), Some(b'h')) => &["while", "whereas"],
        _ => &[],
    }
}

fn starts_with_word(rest: &str, phrase: &str) -> bool {
    rest.get(..phrase.len())
        .is_some_and(|p| p.eq_ignore_ascii_case(phrase))
        && rest
            .get(phrase.len()..)
            .and_then(|s| s.chars().next())
            .is_none_or(|c| !c.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The character-by-character segmenter the byte scanners replaced,
    /// kept as the reference they must agree with.
    mod oracle {
        #![allow(clippy::all)]
        use super::super::{Sentence, ABBREVIATIONS, SENTENCE_STARTERS};
        use crate::extract::claim::Span;

        fn is_word_char(c: char) -> bool {
            c.is_alphanumeric() || c == '\'' || c == '’'
        }

        /// Split `text` (already masked) into sentences.
        pub(super) fn sentences(text: &str) -> Vec<Sentence> {
            let mut out = Vec::new();
            let bytes = text.as_bytes();
            let mut start = skip_space(text, 0);
            let mut i = start;
            while i < bytes.len() {
                let Some(c) = text.get(i..).and_then(|s| s.chars().next()) else {
                    break;
                };
                let clen = c.len_utf8();
                let mut boundary_end = None;
                if c == '\n' {
                    // A blank line, or a line that is a Markdown heading, ends a sentence.
                    let next_line = text.get(i + 1..).unwrap_or("");
                    let trimmed = next_line.trim_start_matches([' ', '\t', '\r']);
                    let this_line_start = text
                        .get(..i)
                        .and_then(|s| s.rfind('\n'))
                        .map_or(0, |p| p + 1);
                    let this_line = text.get(this_line_start..i).unwrap_or("").trim_start();
                    if trimmed.starts_with('\n')
                        || trimmed.is_empty()
                        || trimmed.starts_with('#')
                        || this_line.starts_with('#')
                        || trimmed.starts_with("- ")
                        || trimmed.starts_with("* ")
                        || (start >= this_line_start
                            && super::super::ends_heading(this_line, trimmed))
                    {
                        boundary_end = Some(i);
                    }
                } else if matches!(c, '.' | '!' | '?' | '…') {
                    let mut j = i + clen;
                    while let Some(n) = text.get(j..).and_then(|s| s.chars().next()) {
                        if matches!(
                            n,
                            '.' | '!' | '?' | '…' | '"' | '”' | '’' | '\'' | ')' | ']'
                        ) {
                            j += n.len_utf8();
                        } else {
                            break;
                        }
                    }
                    if ends_sentence(text, start, i, j, c) {
                        boundary_end = Some(j);
                    }
                }
                if let Some(end) = boundary_end {
                    push_sentence(text, &mut out, start, end);
                    start = skip_space(text, end);
                    i = start;
                    continue;
                }
                i += clen;
            }
            push_sentence(text, &mut out, start, text.len());
            out
        }

        fn skip_space(text: &str, mut at: usize) -> usize {
            while let Some(c) = text.get(at..).and_then(|s| s.chars().next()) {
                if c.is_whitespace() {
                    at += c.len_utf8();
                } else {
                    break;
                }
            }
            at
        }

        fn push_sentence(text: &str, out: &mut Vec<Sentence>, start: usize, end: usize) {
            let slice = text.get(start..end).unwrap_or("");
            let trimmed_end = start + slice.trim_end().len();
            if trimmed_end > start {
                let span = Span::new(start, trimmed_end);
                out.push(Sentence {
                    span,
                    clauses: clauses(text, span).into(),
                });
            }
        }

        /// Whether the punctuation at `at..after` (the mark `mark`) ends a sentence.
        fn ends_sentence(
            text: &str,
            sentence_start: usize,
            at: usize,
            after: usize,
            mark: char,
        ) -> bool {
            let rest = text.get(after..).unwrap_or("");
            let Some(next) = rest.chars().next() else {
                return true;
            };
            if !next.is_whitespace() {
                return mark == '.' && after == at + 1 && glued(text, sentence_start, at, rest);
            }
            let following = rest.trim_start();
            let Some(first) = following.chars().next() else {
                return true;
            };
            if !(first.is_uppercase()
                || first.is_ascii_digit()
                || matches!(first, '"' | '“' | '‘' | '\'' | '(' | '['))
            {
                return false;
            }
            if mark != '.' || text.get(at..after).is_some_and(|p| p.starts_with("..")) {
                return true;
            }
            // The word before the period.
            let before = text.get(sentence_start..at).unwrap_or("");
            let word_start = before
                .char_indices()
                .rev()
                .find(|(_, c)| !(is_word_char(*c) || *c == '.'))
                .map_or(0, |(i, c)| i + c.len_utf8());
            let word = before.get(word_start..).unwrap_or("");
            let lower = word.to_lowercase();
            let is_initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
            let is_abbrev = ABBREVIATIONS.contains(&lower.trim_end_matches('.'))
                || (word.contains('.') && word.len() <= 6);
            if is_initial || is_abbrev {
                let next_word: String = following
                    .chars()
                    .take_while(|c| c.is_alphabetic())
                    .collect();
                return SENTENCE_STARTERS.contains(&next_word.as_str()) && !is_initial;
            }
            true
        }

        /// A lone period glued to a capitalised word after a word ending
        /// in a lowercase letter or a digit, with no period of its own.
        fn glued(text: &str, sentence_start: usize, at: usize, rest: &str) -> bool {
            let next: Vec<char> = rest.chars().collect();
            let letters = next.iter().take_while(|c| c.is_ascii_alphabetic()).count();
            if letters < 2 || !next[0].is_ascii_uppercase() || !next[1].is_ascii_lowercase() {
                return false;
            }
            if let Some(&c) = next.get(letters) {
                if !(c.is_whitespace() || c == ',' || c == ';' || c == ':') {
                    return false;
                }
            }
            let before: Vec<char> = text[sentence_start..at].chars().collect();
            let n = before
                .iter()
                .rev()
                .take_while(|c| is_word_char(**c))
                .count();
            if n < before.len() && before[before.len() - n - 1] == '.' {
                return false;
            }
            let word: String = before[before.len() - n..].iter().collect();
            let lower = word.to_lowercase();
            let last_ok = word
                .chars()
                .last()
                .is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit());
            last_ok
                && !ABBREVIATIONS.contains(&lower.trim_end_matches('.'))
                && !(word.contains('.') && word.len() <= 6)
        }

        /// Clause boundaries inside a sentence.
        fn clauses(text: &str, sentence: Span) -> Vec<Span> {
            let mut out = Vec::new();
            let Some(slice) = text.get(sentence.start..sentence.end) else {
                return vec![sentence];
            };
            let mut start = 0;
            let cut = |out: &mut Vec<Span>, from: usize, to: usize| {
                if to > from {
                    out.push(Span::new(sentence.start + from, sentence.start + to));
                }
            };
            let mut iter = slice.char_indices().peekable();
            while let Some((i, c)) = iter.next() {
                let next = iter.peek().map(|(_, n)| *n);
                let split = match c {
                    ';' | ':' | '“' | '”' | '"' | '(' | ')' | '—' => true,
                    ',' => next.is_none_or(char::is_whitespace),
                    '–' | '-' => {
                        // a spaced dash
                        i > 0
                            && slice.get(..i).is_some_and(|b| b.ends_with(' '))
                            && next == Some(' ')
                    }
                    _ => false,
                };
                if split {
                    cut(&mut out, start, i);
                    start = i + c.len_utf8();
                    continue;
                }
                if c == ' ' {
                    let rest = slice.get(i + 1..).unwrap_or("");
                    if let Some(word) = CLAUSE_OPENERS.iter().find(|w| starts_with_word(rest, w)) {
                        let _ = word;
                        cut(&mut out, start, i);
                        start = i + 1;
                    }
                }
            }
            cut(&mut out, start, slice.len());
            // Trim whitespace at both ends of each clause.
            out.into_iter()
                .filter_map(|span| {
                    let s = text.get(span.start..span.end)?;
                    let lead = s.len() - s.trim_start().len();
                    let trail = s.len() - s.trim_end().len();
                    let span = Span::new(span.start + lead, span.end - trail);
                    (!span.is_empty()).then_some(span)
                })
                .collect()
        }

        /// Words that open a new clause when they follow a space.
        pub(super) const CLAUSE_OPENERS: &[&str] = &[
            "and to",
            "but",
            "while",
            "whereas",
            "although",
            "though",
            "because",
            "and will",
            "and would",
            "and is",
            "and was",
            "and has",
            "and had",
        ];

        fn starts_with_word(rest: &str, phrase: &str) -> bool {
            rest.get(..phrase.len())
                .is_some_and(|p| p.eq_ignore_ascii_case(phrase))
                && rest
                    .get(phrase.len()..)
                    .and_then(|s| s.chars().next())
                    .is_none_or(|c| !c.is_alphanumeric())
        }
    }

    /// Fragments that exercise every branch of the segmenter.
    fn segmentable() -> impl Strategy<Value = String> {
        let fragment = prop_oneof![
            Just("The".to_owned()),
            Just("U.S.".to_owned()),
            Just("Dec.".to_owned()),
            Just("No.".to_owned()),
            Just("Ph.D".to_owned()),
            Just("É.".to_owned()),
            Just("\u{212A}".to_owned()),
            Just("APPROX.".to_owned()),
            Just("and to".to_owned()),
            Just("AND WAS".to_owned()),
            Just("but".to_owned()),
            Just("While".to_owned()),
            Just("though".to_owned()),
            Just("because".to_owned()),
            Just("8,000".to_owned()),
            Just("3.5".to_owned()),
            Just("…".to_owned()),
            Just("....".to_owned()),
            Just("# ".to_owned()),
            Just("- ".to_owned()),
            Just("* ".to_owned()),
            Just("CITY 3\n".to_owned()),
            Just("Ferry Lines\n".to_owned()),
            Just("May 2 (Wire) - ".to_owned()),
            Just("\n\n".to_owned()),
            Just("\r\n".to_owned()),
            "[ .!?,;:()\\[\\]\"'#*\n\t\r-]{1,4}",
            "[“”‘’—–…\u{a0}\u{2028}\u{3000}é]{1,3}",
            "[a-zA-Z]{1,6}",
            "\\PC{0,6}",
        ];
        prop::collection::vec(fragment, 0..40).prop_map(|v| v.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn byte_scanners_agree_with_the_char_segmenter(s in segmentable()) {
            prop_assert_eq!(sentences(&s), oracle::sentences(&s));
        }
    }

    fn texts(text: &str) -> Vec<&str> {
        sentences(text)
            .into_iter()
            .map(|s| &text[s.span.start..s.span.end])
            .collect()
    }

    #[test]
    fn a_long_run_of_closing_punctuation_is_read_once() {
        // Each mark of the run read the run to its end (and the blanks after
        // it): 100 KB of "!" took 14 s.
        let run = "!".repeat(100_000);
        let t = format!("It ended{run} Then it went on.");
        assert_eq!(
            texts(&t),
            vec![format!("It ended{run}").as_str(), "Then it went on."]
        );
        let t = format!("It ended{}x and went on.", ".".repeat(100_000));
        assert_eq!(texts(&t), vec![t.as_str()]);
        let t = format!(
            "It ended{}{}then went on.",
            "?!".repeat(50_000),
            " ".repeat(50_000)
        );
        assert_eq!(texts(&t).len(), 1);
    }

    #[test]
    fn a_heading_line_ends_its_sentence() {
        assert_eq!(
            texts("CITY 3 ROVERS 2\nMarch 2 (Wire) - City lost at home."),
            vec!["CITY 3 ROVERS 2", "March 2 (Wire) - City lost at home."]
        );
        assert_eq!(
            texts("Tuesday, June 4, 2024\nA judge ruled."),
            vec!["Tuesday, June 4, 2024", "A judge ruled."]
        );
        assert_eq!(
            texts("Ferry Lines Resume Service\nCrossings resumed."),
            vec!["Ferry Lines Resume Service", "Crossings resumed."]
        );
        // A headline in sentence case, before a wire's dateline.
        assert_eq!(
            texts("Mill profit falls 9%, pays dividend\nAug 22 (Wire) - It fell."),
            vec![
                "Mill profit falls 9%, pays dividend",
                "Aug 22 (Wire) - It fell."
            ]
        );
    }

    #[test]
    fn items_of_a_list_without_bullets_are_sentences_of_their_own() {
        assert_eq!(
            texts(
                "4 May - Years 9 and 10 return and leave on May 15
11 May - Year 8 returns
18 May – all years return."
            ),
            vec![
                "4 May - Years 9 and 10 return and leave on May 15",
                "11 May - Year 8 returns",
                "18 May – all years return."
            ]
        );
        assert!(opens_with_list_lead("Stage 3 — roads close"));
        assert!(opens_with_list_lead("2019 - the plant opened"));
        // No figure in the lead, or a lead too long for an item's.
        assert!(!opens_with_list_lead("The mayor - who spoke first - said"));
        assert!(!opens_with_list_lead(
            "Harbour Minister Jo Hale of Ward 3 - said"
        ));
        assert!(!opens_with_list_lead("- 3 items"));
        // One such line before prose is prose wrapped.
        assert_eq!(
            texts(
                "The ferry ran 3 times - twice at night
and once at dawn."
            )
            .len(),
            1
        );
    }

    #[test]
    fn a_soft_wrap_inside_a_paragraph_does_not_split() {
        // A wrapped line of prose: a lowercase word, a comma at its end,
        // a lowercase line after, or a line that does not open its sentence.
        for t in [
            "The mayor met Harbour Minister Jo Hale and\nDeputy Mayor Ana Reyes on Monday.",
            "The mayor met Jo Hale,\nAna Reyes and the board.",
            "Harbour Minister Jo Hale\nmet the crews on Monday.",
            "It rained. Then Harbour Minister Jo Hale\nMet the crews.",
        ] {
            assert_eq!(texts(t).len(), 1 + t.matches(". ").count(), "{t:?}");
        }
        // Wrapped at 72 columns, a line that opens with a capital goes on.
        let t = "The harbour board said on Monday that the levy on cargo would rise\n\
            Harbour Minister Jo Hale said the rise was needed.";
        assert_eq!(texts(t).len(), 1);
    }

    #[test]
    fn a_line_of_unwrapped_text_ends_its_paragraph() {
        // A headline in sentence case over a paragraph on one line wider
        // than any wrapping: the newline ends the headline.
        let story = "Candidates for the harbour board may file their papers at the \
            town hall, the clerk said on Friday, and the count opens in spring.";
        let t = format!("Filing for the harbour board to close on May 15\n{story}");
        assert_eq!(
            texts(&t),
            vec!["Filing for the harbour board to close on May 15", story]
        );
        // A short line ending on a function word is wrapped prose, wide
        // line after it or not.
        let t = format!("Fares will rise by 4% from\n{story}");
        assert_eq!(texts(&t).len(), 1, "{t:?}");
        // A line that wide before a line opening with a capital ends too.
        let t = format!(
            "{} as the clerk wrote\nThe count opens in spring.",
            &story[..story.len() - 1]
        );
        assert_eq!(texts(&t).len(), 2, "{t:?}");
    }

    #[test]
    fn abbreviations_and_decimals_do_not_split() {
        let t = "The U.S. sent 3.5 million doses on Dec. 5, 2019. No. 10 said so. Then it ended.";
        assert_eq!(
            texts(t),
            vec![
                "The U.S. sent 3.5 million doses on Dec. 5, 2019.",
                "No. 10 said so.",
                "Then it ended."
            ]
        );
    }

    #[test]
    fn quotes_close_sentences() {
        let t = "“It is over.” He left. “Why?” she asked.";
        assert_eq!(
            texts(t),
            vec!["“It is over.”", "He left.", "“Why?” she asked."]
        );
    }

    #[test]
    fn abbreviation_before_sentence_starter_splits() {
        assert_eq!(
            texts("Troops left the U.S. The rest stayed."),
            vec!["Troops left the U.S.", "The rest stayed."]
        );
    }

    #[test]
    fn a_period_glued_to_a_capitalised_word_splits_where_a_sentence_plainly_ends() {
        assert_eq!(
            texts("Output rose to Rs 900 crore.The income per head is Rs 7,000."),
            vec![
                "Output rose to Rs 900 crore.",
                "The income per head is Rs 7,000."
            ]
        );
        assert_eq!(
            texts("It grew 4.5 per cent in 2019.Officials said so."),
            vec!["It grew 4.5 per cent in 2019.", "Officials said so."]
        );
        for one in [
            "Troops left the U.S.The rest stayed.",
            "Some rivers, e.g.The Severn, flood.",
            "He lives in St.Louis today.",
            "It costs 3.5 million.",
            "See www.Example.com for more.",
            "They use node.JS daily.",
            "The score was level.THE END",
        ] {
            assert_eq!(texts(one).len(), 1, "{one}");
        }
    }

    #[test]
    fn ellipsis_without_space_does_not_split() {
        assert_eq!(texts("after two years….reports News").len(), 1);
    }

    #[test]
    fn blank_lines_split() {
        assert_eq!(texts("A heading\n\nBody text here").len(), 2);
    }

    #[test]
    fn clauses_split_at_commas_and_coordinated_infinitives() {
        let t = "They will close, the company confirmed on Friday.";
        let s = &sentences(t)[0];
        let at = t.find("Friday").unwrap();
        let c = s.clause_at(at);
        assert_eq!(&t[c.start..c.end], "the company confirmed on Friday.");
        let t = "They vowed to hold the meeting by June 2022 and to hold a summit in the fall.";
        let s = &sentences(t)[0];
        let c = s.clause_at(t.find("June").unwrap());
        assert_eq!(
            &t[c.start..c.end],
            "They vowed to hold the meeting by June 2022"
        );
    }

    #[test]
    fn abbreviations_are_short_lowercase_ascii() {
        for a in ABBREVIATIONS {
            assert!(a.len() <= ABBREVIATION_MAX && a.is_ascii(), "{a}");
            assert_eq!(*a, a.to_lowercase());
            assert!(is_abbreviation(&a.to_uppercase()));
        }
        assert!(!is_abbreviation("Decembers"));
        assert!(!is_abbreviation("The"));
    }

    #[test]
    fn openers_are_grouped_by_their_first_two_letters() {
        let mut grouped = Vec::new();
        for w in oracle::CLAUSE_OPENERS {
            assert!(openers_starting(w).contains(w), "{w}");
            assert!(opens_clause(&w.to_uppercase()), "{w}");
            for g in openers_starting(w) {
                if !grouped.contains(g) {
                    grouped.push(*g);
                }
            }
        }
        assert_eq!(grouped.len(), oracle::CLAUSE_OPENERS.len());
    }

    #[test]
    fn thousands_separators_are_not_clause_breaks() {
        let t = "It freed 8,000,000 people.";
        assert_eq!(sentences(t)[0].clauses.len(), 1);
    }
}
