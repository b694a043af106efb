//! Pairing by agreement: the figures of one sentence read together.
//!
//! Matching pairs each figure with a fact by the terms around it, one
//! figure at a time. Where a sentence holds two figures and two facts whose
//! terms both stand in it, the words can point either way: "the period was
//! extended from eight weeks to 24 weeks" (facts: the period, eight weeks;
//! the extension, 24 weeks), "prices rose 3.2% on the year and 0.4% on the
//! month", "profit of $815 million, or 69 cents a share, or adjusted
//! earnings of $729 million, or 62 cents". A fact-checker reading such a
//! sentence tries the other pairing before calling both figures wrong. So
//! does this pass, before the rules judge, sentence by sentence:
//!
//! - **A tie settled by the sentence.** A figure that matches several facts
//!   equally well, agrees with exactly one of them, and whose every other
//!   candidate is confirmed by another figure of the same sentence (one
//!   that matches it and agrees with it, or one of the [`CROSS_REACH`]
//!   matched figures on either side that agrees with it, whatever it was
//!   matched to), or by a figure elsewhere in the text matched to it alone
//!   that agrees with it ("33 cases in November, says the report" where
//!   another paragraph gives November's 28 cases of a second disease),
//!   speaks about the one it agrees with. Every candidate is
//!   then checked by some figure, so no wrong fact hides behind the tie; a
//!   wrong value in any of them leaves the tie standing, and
//!   `ambiguous-match` reports it.
//! - **A tie the sentence's other figures account for.** A figure that
//!   matches several facts equally well and agrees with none of them,
//!   where each of those facts is agreed with by another figure of the
//!   sentence ("profit of 16.9 billion francs, or 6.06 francs a share, from
//!   12.2 billion francs, or 4.29 francs, reflecting the L'Oréal sale":
//!   the two facts of "L'Oréal" are the last two figures'), speaks about
//!   the one candidate of the sentence it agrees with that no other figure
//!   agrees with, when there is exactly one: the nearness of terms was
//!   misled by terms two facts share. A wrong value anywhere leaves the
//!   tie standing.
//! - **Two figures paired crosswise.** Two figures of one sentence each
//!   matched to a fact that it contradicts, where each agrees with the
//!   other's fact, speak about the other's fact. A wrong value in either
//!   fact breaks the agreement and both findings stand. A figure whose
//!   pairing the sentence's grammar decided ("respectively", a comparison,
//!   a change "by X to Y", a share or a part of a whole, a figure naming
//!   its fact's own time: [`Matched::firm`]) keeps it: there the words
//!   say which is which, and two swapped values are two findings. Where
//!   only the nearness of terms paired them, a text (or reference data)
//!   that swapped the two figures reads as right; the
//!   [`paired-crosswise`](super::rules::paired_crosswise) note says where
//!   that happened, so the editor can look.
//!
//! **Bounds:** the pass judges each figure against its own candidates
//! (at most 64, as matching bounds them); a tie's candidates against at
//! most [`CROSS_REACH`] matched figures on each side and at most
//! [`CROSS_REACH`] figures of the window matched to each alone; and, for the
//! crosswise pairing, against the facts of at most [`CROSS_REACH`]
//! contradicted figures after it in its sentence, so a list of thousands
//! of figures costs time in proportion to its figures.

use std::borrow::Cow;

use hashbrown::HashMap;

use crate::check::rules::ambiguous_match::{judge, Verdict};
use crate::check::CheckOptions;
use crate::document::Document;
use crate::extract::claim::Claim;
use crate::reference::index::Target;
use crate::reference::ReferenceSet;

use super::matching::{Match, Matched};

/// How many contradicted figures after a figure, in its sentence, are
/// tried as the other half of a crosswise pairing, and how many matched
/// figures on each side of a tied one may confirm its other candidates.
pub const CROSS_REACH: usize = 8;

/// Two figures paired crosswise: their claim indexes, in order, and the
/// target each was given (the one matching had given the other).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Crossed {
    pub first: usize,
    pub second: usize,
    pub first_to: Target,
    pub second_to: Target,
}

/// The matches of a window's claims (whole sentences) after the pairing by
/// agreement, and the figures paired crosswise. Borrowed unchanged when
/// nothing moved.
pub(crate) fn repair<'m>(
    doc: &Document,
    claims: &[Claim],
    matched: &'m Matched,
    refs: &ReferenceSet,
    opts: &CheckOptions,
) -> (Cow<'m, [Match]>, Vec<Crossed>) {
    let (matches, firm) = (matched.matches.as_slice(), matched.firm.as_slice());
    let lower = matched.lower.as_slice();
    let mut out: Cow<'m, [Match]> = Cow::Borrowed(matches);
    let mut crossed = Vec::new();
    let alone = matched_alone(matches);
    let mut start = 0;
    while start < claims.len() {
        let sentence = claims.get(start).map_or(0, |c| c.sentence);
        let end = claims
            .iter()
            .skip(start)
            .position(|c| c.sentence != sentence)
            .map_or(claims.len(), |n| start + n);
        let matched = (start..end)
            .filter(|&i| !matches!(matches.get(i), None | Some(Match::None)))
            .count();
        let tied = (start..end).any(|i| matches!(matches.get(i), Some(Match::Ambiguous(_))));
        if matched >= 2 || (tied && !alone.is_empty()) {
            let read = (refs, opts, firm, &alone, lower);
            sentence_pass(doc, claims, start..end, &mut out, read, &mut crossed);
        }
        start = end;
    }
    (out, crossed)
}

/// The figures matched to each target alone (at most [`CROSS_REACH`] a
/// target), where the window holds a tie at all: figures outside a tied
/// figure's sentence that may confirm its other candidates.
fn matched_alone(matches: &[Match]) -> HashMap<Target, Vec<usize>> {
    let mut alone: HashMap<Target, Vec<usize>> = HashMap::new();
    if !matches.iter().any(|m| matches!(m, Match::Ambiguous(_))) {
        return alone;
    }
    for (index, m) in matches.iter().enumerate() {
        if let Match::One(t) = m {
            let by = alone.entry(*t).or_default();
            if by.len() < CROSS_REACH {
                by.push(index);
            }
        }
    }
    alone
}

/// A claim's candidates, each with whether the claim agrees with it
/// (`None`: not judged).
type Judged = Vec<(Target, Option<bool>)>;

/// What a sentence's pass reads: the references, the options, which
/// pairings the grammar decided, and the figures matched to each target
/// alone.
type Read<'a> = (
    &'a ReferenceSet,
    &'a CheckOptions,
    &'a [bool],
    &'a HashMap<Target, Vec<usize>>,
    &'a [(usize, Vec<Target>)],
);

/// The pass over one sentence's claims (`range`).
fn sentence_pass(
    doc: &Document,
    claims: &[Claim],
    range: std::ops::Range<usize>,
    matches: &mut Cow<'_, [Match]>,
    (refs, opts, firm, alone, lower): Read<'_>,
    crossed: &mut Vec<Crossed>,
) {
    let agrees = |index: usize, target: Target| -> Option<bool> {
        match judge(doc, claims, index, target, refs, opts) {
            Verdict::Agrees => Some(true),
            Verdict::Disagrees(..) => Some(false),
            Verdict::Unknown => None,
        }
    };
    // Each claim's candidates and how it fares against each.
    let mut verdicts: Vec<(usize, Judged)> = Vec::new();
    for index in range {
        let targets: &[Target] = match matches.get(index) {
            Some(Match::One(t)) => std::slice::from_ref(t),
            Some(Match::Ambiguous(ts)) => ts,
            _ => continue,
        };
        let judged = targets.iter().map(|&t| (t, agrees(index, t))).collect();
        verdicts.push((index, judged));
    }
    // Which claims agree with each candidate.
    let mut agreed_by: HashMap<Target, Vec<usize>> = HashMap::new();
    for (index, judged) in &verdicts {
        for &(t, v) in judged {
            if v == Some(true) {
                agreed_by.entry(t).or_default().push(*index);
            }
        }
    }
    // Whether a figure of the sentence other than `index` agrees with `t`.
    let agreed_elsewhere = |t: &Target, index: &usize| {
        agreed_by
            .get(t)
            .is_some_and(|by| by.iter().any(|b| b != index))
    };
    // A tie settled by the sentence.
    for (index, judged) in &verdicts {
        if judged.len() < 2 {
            continue;
        }
        let mut agreeing = judged.iter().filter(|(_, v)| *v == Some(true));
        let (Some(&(one, _)), None) = (agreeing.next(), agreeing.next()) else {
            continue;
        };
        // Another figure near it in the sentence that agrees with the
        // candidate, whatever that figure was matched to ("from $11.81 an
        // hour to $13": the $13 may have gone to another fact of 13).
        let at = verdicts.partition_point(|(i, _)| i < index);
        let near = verdicts
            .get(at.saturating_sub(CROSS_REACH)..(at + 1 + CROSS_REACH).min(verdicts.len()))
            .unwrap_or(&[]);
        let confirmed = judged.iter().all(|&(t, v)| {
            t == one
                || (v == Some(false)
                    && (agreed_elsewhere(&t, index)
                        || near
                            .iter()
                            .any(|(b, _)| b != index && agrees(*b, t) == Some(true))
                        || alone.get(&t).is_some_and(|by| {
                            by.iter()
                                .any(|&b| b != *index && agrees(b, t) == Some(true))
                        })))
        });
        if confirmed {
            if let Some(m) = matches.to_mut().get_mut(*index) {
                *m = Match::One(one);
            }
        }
    }
    // A tie the sentence's other figures account for.
    for (index, judged) in &verdicts {
        if judged.len() < 2
            || !matches!(matches.get(*index), Some(Match::Ambiguous(_)))
            || judged.iter().any(|(_, v)| *v != Some(false))
            || !judged.iter().all(|(t, _)| agreed_elsewhere(t, index))
        {
            continue;
        }
        let Some((_, below)) = lower
            .binary_search_by_key(index, |(ci, _)| *ci)
            .ok()
            .and_then(|k| lower.get(k))
        else {
            continue;
        };
        let mut agreeing = below.iter().filter(|&&t| agrees(*index, t) == Some(true));
        let (Some(&one), None) = (agreeing.next(), agreeing.next()) else {
            continue;
        };
        let free = !verdicts
            .iter()
            .any(|(b, _)| b != index && agrees(*b, one) == Some(true));
        if free {
            if let Some(m) = matches.to_mut().get_mut(*index) {
                *m = Match::One(one);
            }
        }
    }
    // Two figures paired crosswise.
    let contradicted: Vec<(usize, Target)> = verdicts
        .iter()
        .filter_map(|(index, judged)| match judged.as_slice() {
            [(t, Some(false))] if !firm.get(*index).copied().unwrap_or(true) => Some((*index, *t)),
            _ => None,
        })
        .collect();
    let mut taken = vec![false; contradicted.len()];
    for (i, &(a, fact_a)) in contradicted.iter().enumerate() {
        if taken.get(i).copied().unwrap_or(true) {
            continue;
        }
        for (j, &(b, fact_b)) in contradicted
            .iter()
            .enumerate()
            .skip(i + 1)
            .take(CROSS_REACH)
        {
            if fact_a == fact_b || taken.get(j).copied().unwrap_or(true) {
                continue;
            }
            if agrees(a, fact_b) == Some(true) && agrees(b, fact_a) == Some(true) {
                let m = matches.to_mut();
                if let Some(slot) = m.get_mut(a) {
                    *slot = Match::One(fact_b);
                }
                if let Some(slot) = m.get_mut(b) {
                    *slot = Match::One(fact_a);
                }
                crossed.push(Crossed {
                    first: a,
                    second: b,
                    first_to: fact_b,
                    second_to: fact_a,
                });
                for k in [i, j] {
                    if let Some(t) = taken.get_mut(k) {
                        *t = true;
                    }
                }
                break;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::check::{check_document_with, CheckOptions};
    use crate::document::{Document, Format};
    use crate::reference::load_sources;

    /// `(rule, claim text)` of every finding on `text` against `yaml`.
    fn findings(text: &str, yaml: &str) -> Vec<(&'static str, String)> {
        let refs = load_sources(&[("r.yaml".to_owned(), yaml.to_owned())]).unwrap();
        let date = chrono::NaiveDate::from_ymd_opt(2024, 5, 20);
        let doc = Document::from_text("a.txt", text.to_owned(), Format::Text, date, vec![]);
        let claims = crate::extract::extract(&doc);
        check_document_with(&doc, &claims, &refs, &CheckOptions::default())
            .into_iter()
            .map(|f| (f.rule, f.claim.text))
            .collect()
    }

    const TRIAL: &str = "The trial period was lengthened from six weeks to 20 weeks.";

    fn trial_refs(old: &str, new: &str) -> String {
        format!(
            "facts:\n  - {{id: old, value: {old}, unit: week, match: {{all: [trial period]}}}}\n  \
             - {{id: new, value: {new}, unit: week, match: {{all: [lengthened]}}}}\n"
        )
    }

    #[test]
    fn two_figures_that_agree_crosswise_are_checked_crosswise_and_said_so() {
        let found = findings(TRIAL, &trial_refs("6", "20"));
        assert_eq!(found, vec![("paired-crosswise", "six weeks".to_owned())]);
    }

    #[test]
    fn a_wrong_value_in_either_fact_is_still_found() {
        for (old, new) in [("6", "30"), ("7", "20"), ("12", "20"), ("6", "40")] {
            let found = findings(TRIAL, &trial_refs(old, new));
            assert!(
                found.iter().any(|(rule, _)| *rule == "fact-mismatch"),
                "{old} {new}: {found:?}"
            );
            assert!(found.iter().all(|(rule, _)| *rule != "paired-crosswise"));
        }
    }

    const EPS: &str = "Net income was $50 million, or 40 cents a share, against adjusted \
                       income of $45 million, or 36 cents a share.";

    fn eps_refs(plain: &str, adjusted: &str) -> String {
        format!(
            "facts:\n  - {{id: eps, value: {plain}, unit: USD, match: {{all: [cents a share]}}}}\n  \
             - {{id: adj, value: {adjusted}, unit: USD, match: {{all: [cents a share]}}}}\n  \
             - {{id: net, value: 50 million, unit: USD, match: {{all: [Net income]}}}}\n  \
             - {{id: adj-net, value: 45 million, unit: USD, match: {{all: [adjusted income]}}}}\n"
        )
    }

    #[test]
    fn a_tie_every_candidate_of_which_some_figure_confirms_is_settled() {
        let found = findings(EPS, &eps_refs("0.40", "0.36"));
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_tie_with_a_wrong_candidate_stands() {
        let found = findings(EPS, &eps_refs("0.40", "0.38"));
        let ambiguous: Vec<&str> = found
            .iter()
            .filter(|(rule, _)| *rule == "ambiguous-match")
            .map(|(_, text)| text.as_str())
            .collect();
        assert!(ambiguous.contains(&"36 cents"), "{found:?}");
    }

    const CLINIC: &str = "In May, 40 flu cases were logged, the clinic report says. \
                          The town also had 12 measles cases in May.";

    fn clinic_refs(measles: &str) -> String {
        format!(
            "facts:\n  - {{id: flu, value: 40, unit: cases, match: {{all: [clinic report]}}}}\n  \
             - {{id: measles, value: {measles}, unit: cases, match: {{all: [In May]}}}}\n"
        )
    }

    #[test]
    fn a_tie_is_settled_by_a_figure_of_another_sentence_matched_to_the_other_fact_alone() {
        let found = findings(CLINIC, &clinic_refs("12"));
        assert!(found.is_empty(), "{found:?}");
        // A wrong value in the other fact leaves the tie standing.
        let found = findings(CLINIC, &clinic_refs("13"));
        assert!(
            found.contains(&("ambiguous-match", "40 flu cases".to_owned())),
            "{found:?}"
        );
    }

    #[test]
    fn the_level_after_an_amount_of_change_belongs_to_the_subject_before_the_verb() {
        // A clause after "and" names another fact; the level of the first
        // clause is its subject's, past the amount.
        let text = "Its sales for the half rose 11.7 percent to $5.06 billion and its \
                    operating profit was up 5.3 percent at $367 million.";
        let yaml = "facts:\n  - {id: sales, value: 5.06 billion, unit: USD, match: {all: [its sales]}}\n  \
                    - {id: rival, value: 1.27 billion, unit: USD, match: {all: [operating profit]}}\n  \
                    - {id: op, value: 367 million, unit: USD, match: {all: [operating profit was up]}}\n";
        let found = findings(text, yaml);
        assert!(found.is_empty(), "{found:?}");
        // A wrong sales figure is found, against sales.
        let found = findings(text, &yaml.replace("5.06 billion", "5.6 billion"));
        assert_eq!(found, vec![("fact-mismatch", "$5.06 billion".to_owned())]);
    }

    const CASES: &str = "In March the index rose 0.4% from the previous month.";

    fn cases_refs(this: &str, compared: &str) -> String {
        format!(
            "events:\n  - {{id: month, date: {this}, match: {{all: [previous month]}}}}\n  \
             - {{id: base, date: {compared}, match: {{all: [index rose]}}}}\n"
        )
    }

    #[test]
    fn two_dates_that_agree_crosswise_are_checked_crosswise() {
        let found = findings(CASES, &cases_refs("2024-03", "2024-02"));
        assert_eq!(found, vec![("paired-crosswise", "In March".to_owned())]);
        let found = findings(CASES, &cases_refs("2024-03", "2024-01"));
        assert!(
            found.iter().any(|(rule, _)| *rule == "date-mismatch"),
            "{found:?}"
        );
    }

    const WAGE: &str = "The minimum wage will rise from $11.81 an hour to $13 an hour on Oct. 1 \
                        and then to $14 an hour on Oct. 1, 2025.";

    fn wage_refs(from: &str, to: &str) -> String {
        format!(
            "facts:\n  - {{id: from, value: {from}, unit: USD, match: {{all: [rise from]}}}}\n  \
             - {{id: to, value: {to}, unit: USD, match: {{all: [rise from]}}}}\n  \
             - {{id: then, value: 14, unit: USD, match: {{all: [and then]}}}}\n"
        )
    }

    #[test]
    fn a_tie_is_settled_by_a_figure_that_agrees_whatever_it_was_matched_to() {
        // The $13 goes to the fact of its own words; the tie of the
        // $11.81 between the change's two ends is still settled by it.
        let refs = format!(
            "{}  - {{id: new-rate, value: 13, unit: USD, match: {{all: [an hour on]}}}}\n",
            wage_refs("11.81", "13")
        );
        let found = findings(WAGE, &refs);
        assert!(found.is_empty(), "{found:?}");
        let refs = format!(
            "{}  - {{id: new-rate, value: 13, unit: USD, match: {{all: [an hour on]}}}}\n",
            wage_refs("11.81", "16")
        );
        let found = findings(WAGE, &refs);
        assert!(
            found.iter().any(|(rule, _)| *rule == "ambiguous-match"),
            "{found:?}"
        );
    }

    #[test]
    fn a_tie_between_the_two_ends_of_a_change_is_settled_by_agreement() {
        let found = findings(WAGE, &wage_refs("11.81", "13"));
        assert!(found.is_empty(), "{found:?}");
        let found = findings(WAGE, &wage_refs("11.81", "16"));
        assert!(
            found.iter().any(|(rule, _)| *rule == "ambiguous-match"),
            "{found:?}"
        );
    }
}
