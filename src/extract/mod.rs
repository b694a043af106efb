//! Stage 2 — **extract**: nom grammars turn prose into claims.
//!
//! One pass per sentence: a cheap test at each word start decides whether a
//! figure or date can begin there (a digit, a currency sign, or a word from
//! the lexicon); only there are the grammars run, dates first, then
//! durations, then quantities. A claim's tense and commitment come from the
//! clause it stands in.

pub mod claim;
pub mod date;
pub mod duration;
pub mod grammar;
pub mod lexicon;
pub mod notquantity;
pub mod number;
pub mod quantity;
pub mod tense;

use crate::document::Document;
use crate::time::Granularity;
use claim::{Claim, ClaimKind, DateClaim, Duration, NumberStyle, Quantity, Span, Tense};

/// Every claim in a document, in order, with the default options.
pub fn extract(doc: &Document) -> Vec<Claim> {
    extract_with(doc, &ExtractOptions::default())
}

/// Extraction settings (the config file fills them in later).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ExtractOptions {
    /// How to read numeric dates, and which seasons the calendar has.
    pub dates: date::DateOptions,
}

/// Every claim in a document, in order.
pub fn extract_with(doc: &Document, options: &ExtractOptions) -> Vec<Claim> {
    let mut claims = Vec::new();
    for (index, sentence) in doc.sentences.iter().enumerate() {
        extract_sentence(doc, index, sentence.span, options, &mut claims);
    }
    claims
}

/// Whether a claim can start with this word (lowercased ASCII letters only).
///
/// The answer depends on the word alone, so it is remembered per thread:
/// prose repeats a small vocabulary, and the tables behind
/// [`trigger_word_uncached`] are scanned once per distinct word, not per
/// occurrence. Words are at most 16 letters (the caller truncates).
fn is_trigger_word(word: &str) -> bool {
    use std::cell::RefCell;
    use std::collections::HashMap;
    thread_local! {
        static SEEN: RefCell<HashMap<u128, bool, FxBuild>> = RefCell::new(HashMap::default());
    }
    let Some(key) = word_key(word) else {
        return trigger_word_uncached(word);
    };
    SEEN.with(|seen| {
        if let Some(&hit) = seen.borrow().get(&key) {
            return hit;
        }
        let hit = trigger_word_uncached(word);
        let mut seen = seen.borrow_mut();
        // Bounded: an adversarial vocabulary cannot grow the cache forever.
        if seen.len() >= 1 << 16 {
            seen.clear();
        }
        seen.insert(key, hit);
        hit
    })
}

/// A word of up to 16 bytes packed into a key (zero-padded; words hold no NUL).
fn word_key(word: &str) -> Option<u128> {
    let bytes = word.as_bytes();
    if bytes.len() > 16 || bytes.contains(&0) {
        return None;
    }
    let mut buf = [0u8; 16];
    buf.get_mut(..bytes.len())?.copy_from_slice(bytes);
    Some(u128::from_le_bytes(buf))
}

/// A multiply-xor hasher for the trigger cache's `u128` keys (the default
/// SipHash costs more than the lookup it guards).
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

/// The trigger test itself: the lexicon's tables and the grammars' openers.
fn trigger_word_uncached(word: &str) -> bool {
    if lexicon::lookup(lexicon::SMALL_NUMBERS, word).is_some()
        || lexicon::lookup(lexicon::TENS, word).is_some()
        || lexicon::lookup(lexicon::MONTHS, word).is_some()
        || lexicon::lookup(lexicon::WEEKDAYS, word).is_some()
        || date::is_trigger_word(word)
    {
        return true;
    }
    let first_word_of = |table: &[(&str, _)]| {
        table.iter().any(|(p, _): &(&str, _)| {
            p.split(' ')
                .next()
                .is_some_and(|f| f.eq_ignore_ascii_case(word))
        })
    };
    first_word_of(
        &lexicon::QUALIFIERS
            .iter()
            .map(|(p, _)| (*p, ()))
            .collect::<Vec<_>>(),
    ) || first_word_of(
        &lexicon::RELATIONS
            .iter()
            .map(|(p, _)| (*p, ()))
            .collect::<Vec<_>>(),
    ) || matches!(
        word,
        "a" | "the"
            | "this"
            | "next"
            | "last"
            | "past"
            | "spring"
            | "summer"
            | "fall"
            | "autumn"
            | "winter"
            | "for"
            | "within"
            | "lasting"
            | "hundred"
            | "thousand"
    ) || notquantity::starts_figure_word(word)
}

fn extract_sentence(
    doc: &Document,
    index: usize,
    span: Span,
    options: &ExtractOptions,
    out: &mut Vec<Claim>,
) {
    let prose = doc.prose.as_str();
    let Some(text) = prose.get(span.start..span.end) else {
        return;
    };
    let sentence = doc.sentences.get(index);
    let mut at = 0;
    let mut prev: Option<char> = None;
    while at < text.len() {
        let Some(c) = text.get(at..).and_then(|s| s.chars().next()) else {
            break;
        };
        let word_start = prev
            .is_none_or(|p| !(p.is_alphanumeric() || p == '-' || p == '/' || p == '.' || p == ','))
            || (prev == Some('-')
                && !text.get(..at).is_some_and(|b| {
                    b.trim_end_matches('-')
                        .ends_with(|x: char| x.is_alphanumeric())
                }));
        let rest = text.get(at..).unwrap_or("");
        // A sign or point starts a figure only right before a digit ("-504", ".25").
        let signed = matches!(c, '-' | '−' | '+' | '.')
            && rest
                .get(c.len_utf8()..)
                .is_some_and(|r| r.starts_with(|d: char| d.is_ascii_digit()));
        let money = matches!(c, '$' | '€' | '£' | '¥' | '₹' | '½' | '¼' | '¾' | '⅓' | '⅔');
        if word_start && (c.is_alphanumeric() || money || signed) {
            let candidate = if c.is_ascii_digit() || !c.is_alphabetic() {
                true
            } else {
                // The first (up to) 16 ASCII letters, lowercased, on the stack.
                let mut buf = [0u8; 16];
                let mut n = 0;
                for (slot, b) in buf.iter_mut().zip(rest.bytes()) {
                    if !b.is_ascii_alphabetic() {
                        break;
                    }
                    *slot = b.to_ascii_lowercase();
                    n += 1;
                }
                let word = buf
                    .get(..n)
                    .and_then(|w| std::str::from_utf8(w).ok())
                    .unwrap_or("");
                is_trigger_word(word) || (c.is_ascii_uppercase() && (rest.starts_with("US$")))
            };
            if candidate {
                let before = text.get(..at).unwrap_or("");
                let parsed = parse_at(options, before, rest);
                if parsed.is_none() {
                    // Not a quantity (an ordinal, a time, a label …): skip it whole.
                    if let Some(skip) = notquantity::not_a_quantity(before, rest) {
                        at += skip;
                        prev = text.get(..at).and_then(|s| s.chars().next_back());
                        continue;
                    }
                }
                if let Some((len, kind)) = parsed {
                    let start = span.start + at;
                    let claim_span = Span::new(start, start + len);
                    let kind = finish(
                        doc,
                        sentence.map(|s| s.clause_at(start)).unwrap_or(span),
                        claim_span,
                        kind,
                        options,
                    );
                    out.push(Claim {
                        span: claim_span,
                        sentence: index,
                        kind,
                    });
                    at += len;
                    prev = text.get(..at).and_then(|s| s.chars().next_back());
                    continue;
                }
            }
        }
        prev = Some(c);
        at += c.len_utf8();
    }
}

/// What the grammars found at one position, before clause context.
enum Found {
    Quantity(quantity::ParsedQuantity),
    Date(date::ParsedDate),
    Duration(Duration),
}

/// Whether the word just before a figure is a name: capitalised, not a
/// possessive, and not the first word of the sentence.
fn follows_a_name(before: &str) -> bool {
    let head = before.trim_end_matches([' ', '\u{a0}']);
    if head.len() == before.len() {
        return false;
    }
    let word_start = head
        .char_indices()
        .rev()
        .find(|(_, c)| !c.is_alphanumeric())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = head.get(word_start..).unwrap_or("");
    let opens_sentence = head.get(..word_start).is_none_or(|b| b.trim().is_empty());
    word.starts_with(char::is_uppercase) && !opens_sentence
}

/// Run the grammars at the start of `rest`: dates, durations, quantities
/// (unless what stands there is not a quantity: an ordinal, a time, a
/// label …; `before` is the sentence up to `rest`).
fn parse_at(options: &ExtractOptions, before: &str, rest: &str) -> Option<(usize, Found)> {
    if let Ok((_, d)) = date::date_claim_with(rest, options.dates.date_order) {
        return Some((d.len, Found::Date(d)));
    }
    if let Ok((_, (d, len))) = duration::duration(rest) {
        return Some((len, Found::Duration(d)));
    }
    // "2015-1-32": a malformed date is no year and no figure.
    if date::malformed_numeric_date(rest) {
        return None;
    }
    if notquantity::not_a_quantity(before, rest).is_some() {
        return None;
    }
    if let Ok((_, q)) = quantity::quantity_in(quantity::Context { before }, rest) {
        // A bare four-digit figure with nothing counted is a year ("the 2019
        // report" aside) — unless a name stands right before it ("ABC 2000",
        // "Vision 2030"): then it is part of the name or an amount.
        let text = rest.get(..q.figure_len).unwrap_or("");
        if q.unit.is_none()
            && !follows_a_name(before)
            && q.qualifier == claim::Qualifier::None
            && q.numeral.style == NumberStyle::Digits
            && text.len() == 4
            && (1800.0..=2100.0).contains(&q.numeral.value)
        {
            let year = q.numeral.value as i32;
            return Some((
                4,
                Found::Date(date::ParsedDate {
                    relation: None,
                    expr: date::DateExpr::Year(year),
                    part: None,
                    until: None,
                    weekday: None,
                    expr_start: 0,
                    len: 4,
                }),
            ));
        }
        return Some((q.len, Found::Quantity(q)));
    }
    None
}

/// Turn a parse into a claim, resolving dates in their clause.
fn finish(
    doc: &Document,
    clause: Span,
    span: Span,
    found: Found,
    options: &ExtractOptions,
) -> ClaimKind {
    match found {
        Found::Quantity(q) => ClaimKind::Quantity(Quantity {
            value: q.min.unwrap_or(q.numeral.value),
            min: q.min,
            max: q.max,
            qualifier: q.qualifier,
            unit: q.unit,
            precision: q.numeral.precision,
            style: q.numeral.style,
            figure: Span::new(span.start, span.start + q.figure_len),
        }),
        Found::Duration(d) => ClaimKind::Duration(d),
        Found::Date(d) => {
            let clause_text = doc.prose.get(clause.start..clause.end).unwrap_or("");
            let rel_start = span.start.saturating_sub(clause.start);
            let rel_end = span.end.saturating_sub(clause.start).min(clause_text.len());
            let t = tense::clause_tense(clause_text, rel_start, rel_end);
            let resolved = match d.until {
                Some(end) => {
                    date::resolve_range((d.expr, d.part), end, doc.date, t.tense, &options.dates)
                }
                None => date::resolve_with(d.expr, d.part, doc.date, t.tense, &options.dates),
            };
            ClaimKind::Date(DateClaim {
                interval: resolved.interval,
                granularity: if resolved.interval.is_some() || resolved.relative {
                    resolved.granularity
                } else {
                    Granularity::Day
                },
                relation: d.relation,
                commitment: t.commitment,
                negated: t.negated,
                tense: if t.tense == Tense::Present && d.relation.is_none() {
                    Tense::Present
                } else {
                    t.tense
                },
                expression: Span::new(span.start + d.expr_start, span.end),
                relative: resolved.relative,
                stated_weekday: d.weekday,
            })
        }
    }
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod proptests;
