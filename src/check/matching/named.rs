//! A date that names its event rather than dating a verb: a year that
//! modifies the event's noun ("its 2030 and 2035 commitments", "the 1974
//! quake"), or a date's possessive ("Sunday's performance"). Among several
//! dates of a sentence, a term such a date names is that date's: the date
//! is about that event before one whose terms merely stand near it ("less
//! sure of the port's 2034 goals"), and another date of the sentence ("…
//! than it was a year earlier") is not about it, however near it stands.
//!
//! Only a year after a determiner is read as a modifier: "on Monday rescue
//! teams arrived" and "in 2030 commitments were cut" are adverbials, and
//! the noun after them is the next clause's subject.
//!
//! The look is a nom grammar on the few bytes beside one date claim, so a
//! sentence costs time in proportion to its claims.

use nom::branch::alt;
use nom::bytes::complete::{tag, take_while_m_n};
use nom::character::complete::satisfy;
use nom::combinator::{not, opt, peek};
use nom::Parser;

use crate::extract::claim::{Claim, ClaimKind, Span};
use crate::extract::grammar::{kw, sp, Res};

/// Words before a year that make it a modifier of the noun after it.
const DETERMINERS: &[&str] = &[
    "the", "its", "their", "his", "her", "our", "this", "that", "a", "an",
];

/// A term occurring more often than this in a sentence is never read as
/// named: the look at its occurrences stays bounded in a long list.
const NAMED_OCCURRENCES: usize = 8;

/// A year of four digits, not the start of a longer word or figure.
fn year(i: &str) -> Res<'_, &str> {
    let (rest, digits) = take_while_m_n(4, 4, |c: char| c.is_ascii_digit()).parse(i)?;
    not(satisfy(char::is_alphanumeric)).parse(rest)?;
    Ok((rest, digits))
}

/// What stands between a year and the noun it modifies: another year
/// joined by "and" or "or" at most ("2030 and 2035 commitments"), then
/// one blank before a word in lower case.
fn to_noun(i: &str) -> Res<'_, ()> {
    let (rest, _) = (
        opt((sp, alt((kw("and"), kw("or"))), sp, year)),
        tag(" "),
        peek(satisfy(char::is_lowercase)),
    )
        .parse(i)?;
    Ok((rest, ()))
}

/// The possessive after a date ("Sunday's performance").
fn possessive(i: &str) -> Res<'_, ()> {
    let (rest, _) = (
        alt((tag("'s "), tag("’s "))),
        peek(satisfy(char::is_alphabetic)),
    )
        .parse(i)?;
    Ok((rest, ()))
}

/// Whether the word right before `at` is one of [`DETERMINERS`] or a
/// possessive ("the port's 2034 goals").
fn after_determiner(text: &str, at: usize) -> bool {
    let head = text.get(..at).unwrap_or("");
    let word = head.trim_end_matches(' ');
    let possessive = word.len() < head.len()
        && ["'s", "’s"].iter().any(|p| {
            word.strip_suffix(p)
                .and_then(|w| w.chars().next_back())
                .is_some_and(char::is_alphanumeric)
        });
    possessive
        || DETERMINERS
            .iter()
            .any(|d| super::phrase::word_before(text, at, d).is_some())
}

/// Where the noun a date claim names opens, if it names one: after its
/// possessive, or, for a bare year after a determiner, after the year
/// (and a year joined to it).
pub fn noun_of(text: &str, claim: &Claim) -> Option<usize> {
    if !matches!(claim.kind, ClaimKind::Date(_)) {
        return None;
    }
    let rest = text.get(claim.span.end..)?;
    if let Ok((after, ())) = possessive(rest) {
        return Some(text.len() - after.len());
    }
    let own = text.get(claim.span.start..claim.span.end)?;
    let bare_year = year(own).is_ok_and(|(left, _)| left.is_empty());
    if !bare_year || !after_determiner(text, claim.span.start) {
        return None;
    }
    let (after, ()) = to_noun(rest).ok()?;
    Some(text.len() - after.len())
}

/// The nouns the dates of a sentence name: where each opens, with the
/// date's claim index; in order of place.
pub struct Naming {
    nouns: Vec<(usize, usize)>,
}

impl Naming {
    /// The named nouns of the date claims of `range`.
    pub fn new(text: &str, claims: &[Claim], range: std::ops::Range<usize>) -> Naming {
        let mut nouns: Vec<(usize, usize)> = range
            .filter_map(|i| Some((noun_of(text, claims.get(i)?)?, i)))
            .collect();
        nouns.sort_unstable();
        Naming { nouns }
    }

    /// Where a date, claim `ci`, stands towards an event whose terms here
    /// are `present` (occurrences `spans_of` each): a rank place, lower
    /// first. [`NAMED_BY_IT`] when `ci` names one of the terms ("its 2030
    /// commitments": the 2030 is the commitments' date); [`NAMED_BY_ANOTHER`]
    /// when one of them is named, at every occurrence, by another date of
    /// the sentence and by `ci` at none; else [`UNNAMED`].
    pub fn place<'s>(
        &self,
        present: &[usize],
        spans_of: impl Fn(usize) -> Option<&'s [Span]>,
        ci: usize,
    ) -> usize {
        if self.nouns.is_empty() {
            return UNNAMED;
        }
        let named_by = |at: usize| {
            let from = self.nouns.partition_point(|&(p, _)| p < at);
            self.nouns
                .get(from..)
                .unwrap_or(&[])
                .iter()
                .take_while(move |&&(p, _)| p == at)
                .map(|&(_, c)| c)
        };
        let occurrences = |t: usize| {
            spans_of(t)
                .filter(|spans| !spans.is_empty() && spans.len() <= NAMED_OCCURRENCES)
                .unwrap_or(&[])
        };
        let by_it = present.iter().any(|&t| {
            occurrences(t)
                .iter()
                .any(|s| named_by(s.start).any(|c| c == ci))
        });
        if by_it {
            return NAMED_BY_IT;
        }
        let by_another = present.iter().any(|&t| {
            let spans = occurrences(t);
            !spans.is_empty() && spans.iter().all(|s| named_by(s.start).next().is_some())
        });
        if by_another {
            NAMED_BY_ANOTHER
        } else {
            UNNAMED
        }
    }
}

/// A date names one of the event's terms.
pub const NAMED_BY_IT: usize = 0;
/// No date of the sentence names one of the event's terms.
pub const UNNAMED: usize = 1;
/// Another date names one of the event's terms wherever it stands.
pub const NAMED_BY_ANOTHER: usize = 2;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Document, Format};

    /// The text of the noun each date claim of `text` names.
    fn named(text: &str) -> Vec<(String, Option<String>)> {
        let date = chrono::NaiveDate::from_ymd_opt(2031, 9, 20);
        let doc = Document::from_text("a.txt", text.to_owned(), Format::Text, date, vec![]);
        crate::extract::extract(&doc)
            .iter()
            .filter(|c| matches!(c.kind, ClaimKind::Date(_)))
            .map(|c| {
                let noun = noun_of(&doc.prose, c).map(|at| {
                    doc.prose[at..]
                        .split(|ch: char| !ch.is_alphanumeric())
                        .next()
                        .unwrap_or("")
                        .to_owned()
                });
                (doc.prose[c.span.start..c.span.end].to_owned(), noun)
            })
            .collect()
    }

    #[test]
    fn a_year_after_a_determiner_names_the_noun_after_it() {
        // A year joined to it by "and" modifies the same noun ("2033
        // pledges" is read as a count of its own).
        let got = named("The board doubts its 2029 and 2033 pledges.");
        assert_eq!(
            got.first().and_then(|(_, n)| n.clone()).as_deref(),
            Some("pledges")
        );
        // A possessive before the year stands as a determiner does.
        let got = named("The board doubts the port's 2029 and 2033 goals.");
        assert_eq!(
            got.first().and_then(|(_, n)| n.clone()).as_deref(),
            Some("goals")
        );
    }

    #[test]
    fn an_adverbial_date_names_nothing() {
        for text in [
            "On Monday rescue teams reached the island.",
            "In 2030 pledges were cut.",
            "The ban starts in 2030 after a review.",
            "Its 2030 Plan was dropped.",
        ] {
            assert!(
                named(text).iter().all(|(_, n)| n.is_none()),
                "{text}: {:?}",
                named(text)
            );
        }
    }

    #[test]
    fn a_dates_possessive_names_its_noun() {
        let got = named("The crowd cheered Sunday's final.");
        assert_eq!(
            got.first().and_then(|(_, n)| n.clone()).as_deref(),
            Some("final")
        );
    }
}
