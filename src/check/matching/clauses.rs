//! Clauses as matching reads them, beyond the segmenter's cuts at commas
//! and brackets:
//!
//! - **Through a bracket**: "689 (98%) were US residents" is one clause;
//!   the brackets cut it in three, and the figure before the bracket lost
//!   the words after it. A clause beside a bracketed aside reaches over
//!   the aside to the clause on its other side, when nothing but the
//!   bracket stands between them, and a figure alone in the brackets is
//!   no break between the figure and those words.
//! - **A quarter named as an adjective** ("a higher third-quarter profit
//!   Thursday") is the period the profit was earned in, a period of
//!   account: never the day an event happened on.
//! - **"with" opens a clause with no subject**: "Bicol was the hardest
//!   hit, with 68 killed" — the figure's clause shares the subject of the
//!   one before (see `with_its_subject`).
//! - **Through an aside opened by "including"**: "The welfare sector,
//!   including minority welfare gets 7.7 per cent" — the comma cuts the
//!   subject from its figure, and no comma closes the aside. A clause
//!   that opens with "including" (or "such as", "notably" …) goes on with
//!   the clause before it, whose noun it qualifies; a clause right after
//!   such an aside ("…, including minority welfare, gets 7.7 per cent")
//!   goes on with the clause before the aside.
//!
//! Each look reads a few clauses or bytes beside one claim.

use crate::document::Sentence;
use crate::extract::claim::{Claim, ClaimKind, Span};

/// The clause of `sentence` at index `i`.
fn at(sentence: &Sentence, i: usize) -> Option<Span> {
    sentence.clauses.get(i).copied()
}

/// Whether only `mark` and blanks stand in `text[from..to]`.
fn only(text: &str, from: usize, to: usize, mark: char) -> bool {
    text.get(from..to)
        .is_some_and(|gap| gap.trim() == mark.to_string())
}

/// `clause` (as `with_asides` took it on over the bracketed clauses
/// beside it) taken on over the clause on the other side of each such
/// bracket: "[occurred in … and 689] ([98%]) [were US residents]".
pub fn through_brackets(text: &str, sentence: &Sentence, own: Span, clause: Span) -> Span {
    let i = sentence.clauses.partition_point(|c| c.start < own.start);
    if at(sentence, i) != Some(own) {
        return clause;
    }
    let mut out = clause;
    // An aside after the clause, and the clause after its ")".
    if let (Some(aside), Some(next)) = (at(sentence, i + 1), at(sentence, i + 2)) {
        if clause.end >= aside.end
            && only(text, own.end, aside.start, '(')
            && only(text, aside.end, next.start, ')')
        {
            out.end = next.end;
        }
    }
    // An aside before the clause, and the clause before its "(".
    if let Some(j) = i.checked_sub(2) {
        if let (Some(before), Some(aside)) = (at(sentence, j), at(sentence, j + 1)) {
            if clause.start <= aside.start
                && only(text, before.end, aside.start, '(')
                && only(text, aside.end, own.start, ')')
            {
                out.start = before.start;
            }
        }
    }
    out
}

/// The words that open an aside qualifying the noun before it.
const ASIDE_OPENERS: &[&str] = &[
    "including",
    "excluding",
    "such as",
    "notably",
    "especially",
    "among them",
];

/// Whether `clause` opens with one of [`ASIDE_OPENERS`].
fn opens_aside(text: &str, clause: Span) -> bool {
    let words = text.get(clause.start..clause.end).unwrap_or("");
    // Most clauses open with a letter no opener does.
    let first = words.as_bytes().first().map(u8::to_ascii_lowercase);
    if !first.is_some_and(|b| b"iesna".contains(&b)) {
        return false;
    }
    ASIDE_OPENERS
        .iter()
        .any(|w| crate::extract::grammar::phrase(words, w).is_ok())
}

/// `clause` (the clause of `sentence` a claim stands in, `own`, as taken
/// on so far) taken on over the clause before it when `own` opens an
/// aside ("[The welfare sector], [including minority welfare gets 7.7 per
/// cent]"), or over the aside and the clause before it when `own` follows
/// a closed aside ("[The welfare sector], [including minority welfare],
/// [gets 7.7 per cent]"): only a comma stands between them.
pub fn through_aside(text: &str, sentence: &Sentence, own: Span, clause: Span) -> Span {
    let i = sentence.clauses.partition_point(|c| c.start < own.start);
    if at(sentence, i) != Some(own) {
        return clause;
    }
    let joined = |before: Span, after: Span| only(text, before.end, after.start, ',');
    let start = match (
        i.checked_sub(2).and_then(|j| at(sentence, j)),
        i.checked_sub(1).and_then(|j| at(sentence, j)),
    ) {
        (_, Some(before)) if opens_aside(text, own) && joined(before, own) => before.start,
        (Some(before), Some(aside))
            if opens_aside(text, aside) && joined(before, aside) && joined(aside, own) =>
        {
            before.start
        }
        _ => return clause,
    };
    Span::new(start.min(clause.start), clause.end)
}

/// `clause` (the clause of `sentence` a claim stands in, `own`, as taken
/// on so far) for a figure alone in brackets (`claim`): an aside to the
/// clause it ends or interrupts, so it reaches the clauses on both sides
/// of its bracket ("He edged Ott of Varn by less than two points
/// (68.95)": Ott is what the 68.95 is about).
pub fn of_bracketed(text: &str, sentence: &Sentence, own: Span, clause: Span, claim: Span) -> Span {
    if !bracketed(text, claim) {
        return clause;
    }
    let i = sentence.clauses.partition_point(|c| c.start < own.start);
    if at(sentence, i) != Some(own) {
        return clause;
    }
    let mut out = clause;
    if let Some(before) = i.checked_sub(1).and_then(|j| at(sentence, j)) {
        if only(text, before.end, own.start, '(') {
            out.start = out.start.min(before.start);
        }
    }
    if let Some(after) = at(sentence, i + 1) {
        if only(text, own.end, after.start, ')') {
            out.end = out.end.max(after.end);
        }
    }
    out
}

/// Whether the claim at `span` stands alone in brackets, an aside to the
/// figure before it ("689 (98%) were residents"): it parts nothing
/// between that figure and the words after the bracket.
pub fn bracketed(text: &str, span: Span) -> bool {
    let before = text
        .get(..span.start)
        .is_some_and(|t| t.trim_end_matches(' ').ends_with('('));
    let after = text
        .get(span.end..)
        .is_some_and(|t| t.trim_start_matches(' ').starts_with(')'));
    before && after
}

/// Whether a date claim is a quarter or a half joined by a hyphen to the
/// noun it qualifies ("third-quarter profit", "first-half sales"): the
/// period the noun is counted over.
pub fn names_period_of_account(text: &str, claim: &Claim) -> bool {
    use crate::time::Granularity;
    let ClaimKind::Date(d) = &claim.kind else {
        return false;
    };
    if !matches!(d.granularity, Granularity::Quarter | Granularity::Half) {
        return false;
    }
    let own = text.get(claim.span.start..claim.span.end).unwrap_or("");
    let hyphened = ["-quarter", "-half"].iter().any(|s| {
        own.len() >= s.len()
            && own
                .get(own.len() - s.len()..)
                .is_some_and(|t| t.eq_ignore_ascii_case(s))
    });
    let qualifies = text.get(claim.span.end..).is_some_and(|rest| {
        let mut chars = rest.chars();
        chars.next() == Some(' ') && chars.next().is_some_and(|c| c.is_ascii_lowercase())
    });
    hyphened && qualifies
}

#[cfg(test)]
mod tests {
    use super::super::tests::{matched, pairs};
    use crate::extract::claim::Span;

    #[test]
    fn a_figure_before_a_bracket_reads_the_words_after_it() {
        let yaml = "facts:\n  - {id: all, value: 600, unit: patients, match: {all: [confirmed]}}\n  - {id: boosted, value: 410, unit: patients, match: {all: [boosted]}}\n  - {id: local, value: 530, unit: patients, match: {all: [local residents]}}\n";
        assert_eq!(
            matched(
                yaml,
                "Of the 600 confirmed patients, 410 (68%) had been boosted and 530 (88%) were local residents."
            ),
            pairs(&[
                ("600 confirmed patients", "all"),
                ("410", "boosted"),
                ("68%", "-"),
                ("530", "local"),
                ("88%", "-")
            ])
        );
    }

    #[test]
    fn a_figure_alone_in_brackets_is_an_aside() {
        let text = "Of them, 410 (68%) were boosted and 2 ( 5 ) not.";
        let at = |w: &str| {
            let s = text.find(w).unwrap();
            Span::new(s, s + w.len())
        };
        assert!(super::bracketed(text, at("68%")));
        assert!(super::bracketed(text, at("5 ")));
        assert!(!super::bracketed(text, at("410")));
    }

    #[test]
    fn a_quarter_named_as_an_adjective_is_not_the_day_of_an_event() {
        let yaml = "events:\n  - {id: results, date: 2024-02-29, match: {all: [reported a]}}\n";
        let got = matched(
            yaml,
            "The toolmaker reported a stronger fourth-quarter profit Thursday that beat forecasts.",
        );
        assert!(
            got.contains(&("Thursday".to_owned(), "results".to_owned())),
            "{got:?}"
        );
        assert!(
            !got.iter()
                .any(|(t, id)| t.contains("quarter") && id == "results"),
            "{got:?}"
        );
    }

    #[test]
    fn an_aside_opened_by_including_leaves_the_subject_its_figure() {
        let yaml = "facts:\n  - {id: schools, value: 7.7, unit: percent, match: {all: [school sector]}}\n  - {id: roads, value: 7.2, unit: percent, match: {all: [roads]}}\n";
        let want = pairs(&[("7.7 per cent", "schools"), ("7.2 per cent", "roads")]);
        // Unclosed: no comma after the aside.
        assert_eq!(
            matched(
                yaml,
                "The school sector, including village schools gets 7.7 per cent and the roads and bridges 7.2 per cent."
            ),
            want
        );
        // Closed: the clause after the aside goes on with its subject.
        assert_eq!(
            matched(
                yaml,
                "The school sector, including village schools, gets 7.7 per cent and the roads and bridges 7.2 per cent."
            ),
            want
        );
    }

    #[test]
    fn a_clause_opened_by_with_shares_the_subject_before_it() {
        let yaml = "units:\n  people: [people, deaths]\nfacts:\n  - {id: worst, value: 41, unit: deaths, match: {all: [worst affected]}}\n";
        assert_eq!(
            matched(
                yaml,
                "The northern district was the worst affected, with 41 killed in the floods."
            ),
            pairs(&[("41", "worst")])
        );
    }
}
