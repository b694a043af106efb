//! Parts of a sentence that the segmenter's cuts (commas, brackets,
//! "because", "while" …) do not show, read as matching needs them:
//!
//! - **A subordinate clause** opened by a conjunction and a subject with
//!   its verb: "closed schools until Monday as the heavy rains are
//!   predicted to continue over the weekend" is two clauses, each with its
//!   own date; "as", "when", "after" … followed by a subject and an
//!   auxiliary ("the heavy rains are", "heavy rains are", "it was") open
//!   the second. "as" and its kin without such a subject ("as of June",
//!   "as many as 40") open nothing, and those that also stand before a
//!   date ("until", "after") open one only before a subject a determiner
//!   or a pronoun opens ("after the floods had"), never "until Monday".
//! - **An elliptical coordinate** headed by a number word that is not a
//!   claim: in "Four cases in Multnomah County and one in Seattle-King
//!   County are linked", "and one in …" states another count whose noun
//!   it leaves out; "four cases" does not own what stands in it. "one of
//!   the …" (a part), "one in five" (a proportion) and "no one" head none.
//!
//! Both are nom grammars tried at word starts: one pass over a sentence
//! (subordinate clauses) or over the text beside one claim (coordinates),
//! linear in what they read.

use nom::branch::alt;
use nom::bytes::complete::{tag, take_while1};
use nom::combinator::{not, opt};
use nom::Parser;

use crate::document::Sentence;
use crate::extract::claim::Span;
use crate::extract::grammar::{alpha_word, kw, phrase, sp, Res};
use crate::extract::lexicon::{SMALL_NUMBERS, TENS};

/// Conjunctions that open a subordinate clause when a subject and its
/// verb follow them.
const SUBORDINATORS: &[&str] = &[
    "as", "when", "because", "while", "whereas", "although", "though", "unless",
];

/// Conjunctions that also stand before a date ("until Monday", "after
/// June"): they open a clause only before a subject a determiner or a
/// pronoun opens.
const DATING_SUBORDINATORS: &[&str] = &["since", "after", "before", "until", "once"];

/// Pronouns that stand as a clause's whole subject.
const SUBJECT_PRONOUNS: &[&str] = &["it", "they", "he", "she", "we", "you", "there"];

/// Determiners that open a subject noun phrase.
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those", "some",
    "many", "most", "all",
];

/// The auxiliaries and copulas that, right after a subject, make it one.
const AUXILIARIES: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may",
    "might", "should", "must", "do", "does", "did",
];

/// Words that join or compare, never inside a short subject: "until
/// Monday and classes are" opens no clause at "until".
const NOT_IN_SUBJECT: &[&str] = &["and", "or", "but", "as", "than", "so"];

/// At most this many words of a subject before its auxiliary: "the
/// heavy rains are", "the state's two largest dams were".
const SUBJECT_WORDS: usize = 4;

fn one_of<'a>(i: &'a str, words: &[&'static str]) -> Res<'a, &'a str> {
    for w in words {
        if let Ok(done) = kw(w).parse(i) {
            return Ok(done);
        }
    }
    Err(nom::Err::Error(nom::error::Error::new(
        i,
        nom::error::ErrorKind::Alt,
    )))
}

/// A word of a subject: not a joining word, and, for a subject no
/// determiner opens, in lower case ("heavy rains", never "Monday").
fn subject_word(i: &str, bare: bool) -> Res<'_, &str> {
    let (rest, w) = alpha_word(i)?;
    let joins = NOT_IN_SUBJECT.iter().any(|j| w.eq_ignore_ascii_case(j));
    if joins || bare && !w.starts_with(|c: char| c.is_lowercase()) {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )));
    }
    Ok((rest, w))
}

/// A subject with its auxiliary: a pronoun; or a determiner and up to
/// [`SUBJECT_WORDS`] words; or, when `bare` subjects may stand, up to as
/// many words in lower case ("heavy rains"); then one of [`AUXILIARIES`].
fn subject_and_verb(i: &str, bare: bool) -> Res<'_, ()> {
    if let Ok((rest, _)) = (|i| one_of(i, SUBJECT_PRONOUNS), sp).parse(i) {
        let (rest, _) = one_of(rest, AUXILIARIES)?;
        return Ok((rest, ()));
    }
    let (mut rest, bare) = match (|i| one_of(i, DETERMINERS), sp).parse(i) {
        Ok((rest, _)) => (rest, false),
        Err(_) if bare => (i, true),
        Err(e) => return Err(e),
    };
    for _ in 0..SUBJECT_WORDS {
        let (r, _) = (|i| subject_word(i, bare), sp).parse(rest)?;
        if let Ok((r, _)) = one_of(r, AUXILIARIES) {
            return Ok((r, ()));
        }
        rest = r;
    }
    Err(nom::Err::Error(nom::error::Error::new(
        i,
        nom::error::ErrorKind::Count,
    )))
}

/// The opening of a subordinate clause: a conjunction, then a subject and
/// its verb ("as the heavy rains are", "as heavy rains are", "when it
/// was", "after the floods had").
fn subordinate_opening(i: &str) -> Res<'_, ()> {
    let (rest, _) = alt((
        (
            |i| one_of(i, SUBORDINATORS),
            sp,
            |i| subject_and_verb(i, true),
        ),
        (
            |i| one_of(i, DATING_SUBORDINATORS),
            sp,
            |i| subject_and_verb(i, false),
        ),
    ))
    .parse(i)?;
    Ok((rest, ()))
}

/// The letters the words of `words` begin with, case folded: bit 0 for
/// "a" … bit 25 for "z".
const fn first_letters(words: &[&str]) -> u32 {
    let mut mask = 0;
    let mut rest = words;
    while let [w, tail @ ..] = rest {
        mask |= crate::extract::grammar::first_letter_bit(w);
        rest = tail;
    }
    mask
}

/// Whether the byte `b` is a letter of `firsts` (see [`first_letters`]),
/// in either case.
fn is_first(b: u8, firsts: u32) -> bool {
    // An ASCII letter's lowercase form is the letter with bit 5 set; no
    // other byte becomes a lowercase letter so.
    let lower = b | 0x20;
    lower.is_ascii_lowercase() && firsts & (1 << (lower - b'a')) != 0
}

/// The starts of the ASCII words of `text[span]` that open with one of
/// the letters `firsts` (see [`first_letters`]), or of its commas when
/// `commas`, each with the text from there: where the grammars are tried.
/// One walk over the bytes, each read once: a word opens after a byte that
/// is neither a letter, a digit, an apostrophe, a hyphen nor part of a
/// wider character.
fn word_starts(
    text: &str,
    span: Span,
    firsts: u32,
    commas: bool,
) -> impl Iterator<Item = (usize, &str)> {
    let slice = text.get(span.start..span.end).unwrap_or("");
    let mut opens = true;
    slice
        .bytes()
        .enumerate()
        .filter(move |&(_, b)| {
            let here = opens;
            opens = b.is_ascii() && !b.is_ascii_alphanumeric() && b != b'\'' && b != b'-';
            (commas && b == b',') || here && is_first(b, firsts)
        })
        .map(move |(at, _)| (span.start + at, slice.get(at..).unwrap_or("")))
}

/// The first letters of [`SUBORDINATORS`] and [`DATING_SUBORDINATORS`].
const SUBORDINATOR_FIRSTS: u32 = first_letters(SUBORDINATORS) | first_letters(DATING_SUBORDINATORS);

/// The run of ASCII letters that opens `rest`, of at most
/// [`MAX_FILTERED`] + 1 letters (longer than any word asked about).
fn leading_word(rest: &str) -> &str {
    let len = rest
        .bytes()
        .take(MAX_FILTERED + 1)
        .take_while(u8::is_ascii_alphabetic)
        .count();
    rest.get(..len).unwrap_or("")
}

/// Whether `word` is one of `words`, case aside.
fn is_one_of(word: &str, words: &[&str]) -> bool {
    words.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// Whether the run of ASCII letters that opens `rest` is one of `words`:
/// a cheap filter (lengths first) before a grammar is tried there.
fn opens_with_one_of(rest: &str, words: &[&str]) -> bool {
    is_one_of(leading_word(rest), words)
}

/// Longer than any word [`opens_with_one_of`] is asked about.
const MAX_FILTERED: usize = 8;

/// Where the subordinate clauses of `sentence` open (sorted): one pass,
/// each word start tried once.
pub fn subordinate_cuts(text: &str, sentence: &Sentence) -> Vec<usize> {
    word_starts(text, sentence.span, SUBORDINATOR_FIRSTS, false)
        .filter(|(at, _)| *at > sentence.span.start)
        .filter(|(_, rest)| {
            let word = leading_word(rest);
            (is_one_of(word, SUBORDINATORS) || is_one_of(word, DATING_SUBORDINATORS))
                && subordinate_opening(rest).is_ok()
        })
        .map(|(at, _)| at)
        .collect()
}

/// `clause` narrowed to the subordinate clause (or the main clause
/// before the first) that holds `claim`: `cuts` are
/// [`subordinate_cuts`].
pub fn within(cuts: &[usize], clause: Span, claim: Span) -> Span {
    let i = cuts.partition_point(|&c| c <= claim.start);
    let start = i
        .checked_sub(1)
        .and_then(|j| cuts.get(j))
        .map_or(clause.start, |&c| c.max(clause.start));
    let end = cuts
        .get(i)
        .map_or(clause.end, |&c| c.min(clause.end).max(claim.end));
    Span::new(start.min(claim.start), end)
}

/// Conjunctions that join an elliptical coordinate to the figure before
/// it.
const COORDINATORS: &[&str] = &["and", "while", "whereas", "but", "with"];

/// The first letters of [`COORDINATORS`].
const COORDINATOR_FIRSTS: u32 = first_letters(COORDINATORS);

/// Prepositions after which an elliptical coordinate names where or what
/// its count is of.
const COORDINATE_PREPOSITIONS: &[&str] = &[
    "in", "at", "from", "for", "on", "among", "across", "near", "inside", "outside", "within",
];

/// A number word or a run of digits.
fn number(i: &str) -> Res<'_, &str> {
    for (w, _) in SMALL_NUMBERS.iter().chain(TENS) {
        if let Ok(done) = kw(w).parse(i) {
            return Ok(done);
        }
    }
    let (rest, digits) = take_while1(|c: char| c.is_ascii_digit()).parse(i)?;
    not(alpha_word).parse(rest)?;
    Ok((rest, digits))
}

/// What after the preposition makes "one in five" a proportion: a number,
/// after "every" or "a" at most.
fn proportion(i: &str) -> Res<'_, ()> {
    let (rest, _) = (
        opt((alt((kw("every"), kw("a"), kw("an"))), sp)),
        alt((number, kw("hundred"), kw("thousand"), kw("million"))),
    )
        .parse(i)?;
    Ok((rest, ()))
}

/// An elliptical coordinate: a conjunction (or a comma), "another" or "a
/// further" at most, a number word, "more" or "other" at most, and a
/// preposition whose object is no proportion ("and one in Seattle-King
/// County", "while two more at the port", never "and one in five").
fn elliptical_coordinate(i: &str) -> Res<'_, ()> {
    let (rest, _) = (
        alt((
            (|i| one_of(i, COORDINATORS), sp).map(|_| ()),
            (tag(","), sp).map(|_| ()),
        )),
        opt((alt((kw("another"), |i| phrase(i, "a further"))), sp)),
        number,
        sp,
        opt((alt((kw("more"), kw("other"))), sp)),
        |i| one_of(i, COORDINATE_PREPOSITIONS),
        sp,
        not(proportion),
        not(kw("particular")),
    )
        .parse(i)?;
    Ok((rest, ()))
}

/// Where the first elliptical coordinate of `text[span]` opens, if one does.
pub fn first_coordinate(text: &str, span: Span) -> Option<usize> {
    word_starts(text, span, COORDINATOR_FIRSTS, true)
        .find(|(_, rest)| {
            (rest.starts_with(',') || opens_with_one_of(rest, COORDINATORS))
                && elliptical_coordinate(rest).is_ok()
        })
        .map(|(at, _)| at)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opens(s: &str) -> bool {
        subordinate_opening(s).is_ok()
    }

    fn coordinate(s: &str) -> bool {
        elliptical_coordinate(s).is_ok()
    }

    #[test]
    fn a_conjunction_with_a_subject_and_its_verb_opens_a_clause() {
        assert!(opens("as the heavy rains are predicted"));
        assert!(opens("as the state's two largest dams were full"));
        assert!(opens("when it was built"));
        assert!(opens("after the floods had receded"));
        assert!(opens("As there are no roads"));
        assert!(opens("as heavy rains are predicted"));
        assert!(!opens("until Monday and classes are"));
        assert!(!opens("until heavy rains are"));
        assert!(!opens("as Monday is"));
        assert!(!opens("as of June"));
        assert!(!opens("as many as 40 people"));
        assert!(!opens("as the capital"));
        assert!(!opens("until Monday"));
        assert!(!opens("as the town of Varn and its outlying villages were"));
        assert!(!opens("ask the council is"));
    }

    #[test]
    fn cuts_are_word_starts_inside_the_sentence() {
        let text = "Schools shut until Monday as the rains are forecast to last, as of Friday.";
        let doc = crate::document::Document::from_text(
            "a.txt",
            text.to_owned(),
            crate::document::Format::Text,
            None,
            vec![],
        );
        let sentence = doc.sentences.first().unwrap();
        let cuts = subordinate_cuts(&doc.prose, sentence);
        assert_eq!(cuts, vec![text.find("as the").unwrap()]);
        let monday = text.find("until").unwrap();
        let clause = sentence.span;
        let at = |w: &str| {
            let s = text.find(w).unwrap();
            Span::new(s, s + w.len())
        };
        assert_eq!(
            within(&cuts, clause, at("until Monday")),
            Span::new(clause.start, cuts[0])
        );
        assert!(within(&cuts, clause, at("Friday")).start == cuts[0]);
        assert!(monday < cuts[0]);
    }

    #[test]
    fn the_filter_reads_the_whole_first_word() {
        assert!(opens_with_one_of("As the", SUBORDINATORS));
        assert!(opens_with_one_of("although it", SUBORDINATORS));
        assert!(!opens_with_one_of("ask the", SUBORDINATORS));
        assert!(!opens_with_one_of("althoughs", SUBORDINATORS));
        assert!(!opens_with_one_of("a", SUBORDINATORS));
    }

    #[test]
    fn a_number_word_and_a_preposition_after_and_is_a_coordinate() {
        assert!(coordinate("and one in Seattle-King County are linked"));
        assert!(coordinate("while two more at the port"));
        assert!(coordinate("and another three from the north"));
        assert!(coordinate(", one in the capital"));
        assert!(coordinate("and 2 in Varn"));
        assert!(!coordinate("and one of the patients"));
        assert!(!coordinate("and one in five adults"));
        assert!(!coordinate("and one in every ten"));
        assert!(!coordinate("and one in a hundred"));
        assert!(!coordinate("and no one in the town"));
        assert!(!coordinate("and one in particular"));
        assert!(!coordinate("and once in a while"));
        assert!(!coordinate("and 2nd in line"));
    }

    #[test]
    fn the_first_coordinate_after_a_claim() {
        let text = "Four cases in Talvik and one in Brent County and two in Osk are linked.";
        let all = Span::new(0, text.len());
        assert_eq!(first_coordinate(text, all), text.find("and one"));
        let after = Span::new(text.find("Brent").unwrap(), text.len());
        assert_eq!(first_coordinate(text, after), text.find("and two"));
        assert_eq!(
            first_coordinate("Four cases in Talvik are linked.", all),
            None
        );
    }

    #[test]
    fn word_starts_are_the_letters_asked_for_after_a_break() {
        let text = "As (when) the d'as, sub-as and Ünless as";
        let all = Span::new(0, text.len());
        let starts: Vec<usize> = word_starts(text, all, first_letters(&["as", "when"]), false)
            .map(|(at, _)| at)
            .collect();
        let at = |w: &str| text.find(w).unwrap();
        assert_eq!(
            starts,
            vec![0, at("when"), at("and"), text.rfind("as").unwrap()]
        );
        let commas: Vec<usize> = word_starts(text, all, first_letters(&["with"]), true)
            .map(|(at, _)| at)
            .collect();
        assert_eq!(commas, vec![at("when"), at(",")]);
        assert_eq!(first_letters(&["as", "With", ""]), 1 | 1 << 22);
        assert!(is_first(b'A', 1) && is_first(b'a', 1));
        assert!(!is_first(b'!', 1) && !is_first(0xC1, 1) && !is_first(b'@', u32::MAX));
    }
}
