//! The words right after a figure, for a figure alone of its kind in its
//! sentence, where the most specific fact would otherwise win wherever its
//! terms stand (the "nearness beats the count of terms"):
//!
//! - **What it is for**: "The package also includes $1.6 billion for
//!   border security": what follows "for" right after a sum names the sum
//!   ("border security"), before a fact of more terms spread over the
//!   sentence (the package's total, matched by "spending" and "package").
//! - **What another figure is a share of**: in "The deficit is estimated to
//!   be Rs 7,155 crore, which was 2.26 per cent of the estimated GSDP",
//!   "GSDP" is the whole the percentage is a share of, not what the sum is:
//!   a fact one of whose terms stands only in another figure's of-phrase
//!   comes after one whose terms do not.
//!
//! Each look reads at most [`LOOK`] bytes after one figure, so a sentence
//! costs time in proportion to its claims.

use crate::extract::claim::{Claim, ClaimKind, Span};

/// The most bytes read after a figure.
const LOOK: usize = 48;

/// Words that may open the noun phrase after the joining word.
const DETERMINERS: &[&str] = &["the", "a", "an", "its", "their", "his", "her", "this"];

/// Where a figure alone of its kind stands towards a fact, by the words
/// right after a figure: a rank place, lower first.
pub const NAMED_FOR: usize = 0;
/// Neither named after the figure nor held by another figure.
pub const NEUTRAL: usize = 1;
/// A term of the fact stands only in another figure's of-phrase.
pub const HELD: usize = 2;

/// The noun phrase `joiner` opens right after `claim` ("for border
/// security", "of the estimated GSDP"): from after the joiner (and a
/// determiner) to the first mark of punctuation, within [`LOOK`] bytes.
pub fn phrase_after(text: &str, claim: Span, joiner: &str) -> Option<Span> {
    let rest = text.get(claim.end..)?;
    let mut end = LOOK.min(rest.len());
    while !rest.is_char_boundary(end) {
        end -= 1;
    }
    let rest = rest.get(..end)?;
    let after = rest.strip_prefix(' ')?;
    let head = after.get(..joiner.len())?;
    if !head.eq_ignore_ascii_case(joiner) {
        return None;
    }
    let mut body = after.get(joiner.len()..)?.strip_prefix(' ')?;
    let mut start = claim.end + 1 + joiner.len() + 1;
    let word_len = body.find(' ').unwrap_or(body.len());
    if DETERMINERS.iter().any(|d| {
        body.get(..word_len)
            .is_some_and(|w| w.eq_ignore_ascii_case(d))
    }) {
        body = body.get(word_len + 1..).unwrap_or("");
        start += word_len + 1;
    }
    let len = body
        .find([',', ';', ':', '.', '(', ')', '"', '“', '”'])
        .unwrap_or(body.len());
    (len > 0).then(|| Span::new(start, start + len))
}

/// A term occurring more often than this in a sentence is never read as
/// held: the look at its occurrences stays bounded in a long list.
const HELD_OCCURRENCES: usize = 8;

/// The of-phrases of a sentence's quantities, the wholes those figures
/// are parts or shares of ("2.26 per cent of the estimated GSDP"), each
/// with its claim; in order, found once per sentence.
pub struct Held {
    phrases: Vec<(Span, usize)>,
}

impl Held {
    /// The of-phrases of the quantities of `range`, but those of a part
    /// of a whole: "116 of the 270 contested seats" holds another figure,
    /// and in "eight of nine counts of forgery" the words after the whole
    /// are the part's too (see `matching/phrase.rs`).
    pub fn new(text: &str, claims: &[Claim], range: std::ops::Range<usize>) -> Held {
        let of_range = claims.get(range.clone()).unwrap_or(&[]);
        let starts_in = |p: Span| {
            let at = of_range.partition_point(|c| c.span.start < p.start);
            of_range.get(at).is_some_and(|c| c.span.start < p.end)
        };
        let phrases = range
            .filter_map(|i| Some((claims.get(i)?, i)))
            .filter(|(c, _)| matches!(c.kind, ClaimKind::Quantity(_)) && !is_whole(text, c.span))
            .filter_map(|(c, i)| Some((phrase_after(text, c.span, "of")?, i)))
            .filter(|(p, _)| !starts_in(*p))
            .collect();
        Held { phrases }
    }

    /// Whether every occurrence (`spans`) of a term stands in the
    /// of-phrase of a figure other than claim `ci`.
    fn holds(&self, spans: &[Span], ci: usize) -> bool {
        !spans.is_empty()
            && spans.len() <= HELD_OCCURRENCES
            && spans.iter().all(|s| {
                let at = self.phrases.partition_point(|(p, _)| p.start <= s.start);
                at.checked_sub(1)
                    .and_then(|k| self.phrases.get(k))
                    .is_some_and(|(p, owner)| *owner != ci && s.end <= p.end)
            })
    }

    /// Whether one of the terms `present` stands only in other figures'
    /// of-phrases: the fact is those figures' whole, not claim `ci`'s.
    pub fn fact<'s>(
        &self,
        present: &[usize],
        spans_of: impl Fn(usize) -> Option<&'s [Span]>,
        ci: usize,
    ) -> bool {
        !self.phrases.is_empty()
            && present
                .iter()
                .any(|&t| spans_of(t).is_some_and(|spans| self.holds(spans, ci)))
    }
}

/// Whether a percentage names what the fact is about only as its whole:
/// every occurrence of every term `present` of a fact stands in the
/// of-phrase right after the percentage ("57.5% of the vote total" for a
/// fact matched by "vote total"). A share is not the value of what it is a
/// share of, so such a fact, when it has no unit of its own to say it is a
/// share, speaks about another figure of the sentence or none.
pub fn only_its_whole<'s>(
    text: &str,
    claim: Span,
    present: &[usize],
    spans_of: impl Fn(usize) -> Option<&'s [Span]>,
) -> bool {
    let Some(whole) = phrase_after(text, claim, "of") else {
        return false;
    };
    !present.is_empty()
        && present.iter().all(|&t| {
            spans_of(t).is_some_and(|spans| {
                !spans.is_empty()
                    && spans.len() <= HELD_OCCURRENCES
                    && spans.iter().all(|s| whole.contains(*s))
            })
        })
}

/// Whether the figure at `span` is the whole of a part ("nine" of "eight
/// of nine counts", "the 270" of "116 of the 270 seats"): "of", and a
/// determiner, right before it.
fn is_whole(text: &str, span: Span) -> bool {
    use super::phrase::word_before;
    let of_at = DETERMINERS
        .iter()
        .find_map(|d| word_before(text, span.start, d))
        .map_or(span.start, |d| d.start);
    word_before(text, of_at, "of").is_some()
}

/// The rank place of a fact for a figure alone of its kind, claim `ci`:
/// [`NAMED_FOR`] when one of its terms (occurrences `spans_of` each term
/// of `present`) stands in the figure's for-phrase `purpose`, [`HELD`]
/// when one of its terms stands only in other figures' of-phrases, else
/// [`NEUTRAL`].
pub fn place<'s>(
    present: &[usize],
    spans_of: impl Fn(usize) -> Option<&'s [Span]> + Copy,
    purpose: Option<Span>,
    (held, ci): (&Held, usize),
) -> usize {
    let named = purpose.is_some_and(|p| {
        present
            .iter()
            .any(|&t| spans_of(t).is_some_and(|spans| spans.iter().any(|s| p.contains(*s))))
    });
    if named {
        return NAMED_FOR;
    }
    if held.fact(present, spans_of, ci) {
        HELD
    } else {
        NEUTRAL
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{matched, pairs};
    use super::*;

    #[test]
    fn the_phrase_a_joiner_opens_after_a_figure() {
        let text = "It includes $2 billion for coastal defences, and more.";
        let at = text.find('$').unwrap();
        let claim = Span::new(at, at + "$2 billion".len());
        let p = phrase_after(text, claim, "for").unwrap();
        assert_eq!(&text[p.start..p.end], "coastal defences");
        assert_eq!(phrase_after(text, claim, "of"), None);
        let text = "It was 3 per cent of the regional output.";
        let at = text.find('3').unwrap();
        let claim = Span::new(at, at + "3 per cent".len());
        let p = phrase_after(text, claim, "of").unwrap();
        assert_eq!(&text[p.start..p.end], "regional output");
        // Nothing after the joiner, or a joiner glued to a word.
        assert_eq!(
            phrase_after("$2 billion for.", Span::new(0, 10), "for"),
            None
        );
        assert_eq!(
            phrase_after("$2 billion forward", Span::new(0, 10), "for"),
            None
        );
        // Bounded: a long phrase is cut, on a character boundary.
        let long = format!("$2 for {}", "é".repeat(100));
        let p = phrase_after(&long, Span::new(0, 2), "for").unwrap();
        assert!(p.end - 2 <= LOOK && long.is_char_boundary(p.end));
    }

    #[test]
    fn the_whole_of_a_part_holds_nothing() {
        let text = "They won 116 of the 270 contested seats of the house.";
        let at = |w: &str| {
            let s = text.find(w).unwrap();
            Span::new(s, s + w.len())
        };
        assert!(is_whole(text, at("270 contested seats")));
        assert!(!is_whole(text, at("116")));
    }

    #[test]
    fn what_a_sum_is_for_names_its_fact_before_more_terms_elsewhere() {
        let yaml = "facts:\n  - {id: total, value: 900000000000, unit: USD, match: {all: [budget], any: [bill, package]}}\n  - {id: ports, value: 2000000000, unit: USD, match: {all: [port security]}}\n";
        assert_eq!(
            matched(
                yaml,
                "The budget package also sets aside $2 billion for port security, including new scanners."
            ),
            pairs(&[("$2 billion", "ports")])
        );
    }

    #[test]
    fn a_term_in_another_figures_of_phrase_is_that_figures_whole() {
        let yaml = "facts:\n  - {id: output, value: 500000000000, unit: EUR, match: {all: [regional output, estimated at]}}\n  - {id: deficit, value: 12000000000, unit: EUR, match: {all: [budget gap]}}\n  - {id: deficit-share, value: 2.4, unit: percent, match: {all: [budget gap]}}\n";
        assert_eq!(
            matched(
                yaml,
                "The budget gap is estimated at EUR 12 billion which was 2.4 per cent of the regional output."
            ),
            pairs(&[
                ("EUR 12 billion", "deficit"),
                ("2.4 per cent", "deficit-share")
            ])
        );
    }

    #[test]
    fn a_share_is_not_the_value_of_its_whole() {
        // The count restated in brackets is the fact with no unit; the
        // percentage, a share of the ballot count, takes the share's fact
        // or, without one, nothing.
        let yaml = "facts:\n  - {id: share, value: 61.2, unit: percent, match: {all: [Adeyemi kept]}}\n  - {id: votes, value: 40118, match: {all: [ballot count]}}\n";
        let text = "Adeyemi kept her lead through the evening, ending on 61.2% of the final ballot count (40,118).";
        assert_eq!(
            matched(yaml, text),
            pairs(&[("61.2%", "share"), ("40,118", "votes")])
        );
        let yaml = "facts:\n  - {id: votes, value: 40118, match: {all: [ballot count]}}\n";
        assert_eq!(
            matched(yaml, text),
            pairs(&[("61.2%", "-"), ("40,118", "votes")])
        );
    }

    #[test]
    fn a_percentage_goes_with_a_fact_of_its_unit_before_one_of_none() {
        // "ended with" stands nearest the percentage, but it is the
        // count's fact (no unit); the share's fact is in percent.
        let yaml = "facts:\n  - {id: share, value: 38.8, unit: percent, match: {all: [trailed from the start]}}\n  - {id: votes, value: 25436, match: {all: [Okafor, ended with]}}\n";
        let text = "Okafor, who trailed from the start, ended with 38.8% of the ballots (25,436).";
        assert_eq!(
            matched(yaml, text),
            pairs(&[("38.8%", "share"), ("25,436", "votes")])
        );
        // A fact of no unit still takes a percentage that nothing else
        // claims, named outside its of-phrase.
        let yaml = "facts:\n  - {id: turnout, value: 41.3, match: {all: [turnout]}}\n";
        assert_eq!(
            matched(yaml, "Turnout reached 41.3% of registered voters."),
            pairs(&[("41.3%", "turnout")])
        );
    }
}
