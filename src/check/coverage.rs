//! Coverage: what a check compared with the reference data, and what it
//! did not.
//!
//! A report that lists only contradictions reads the same whether every
//! claim was checked or none was (a mistyped `unit`, an empty reference
//! directory). So every claim gets one of three statuses, and every fact
//! and event is known to have matched a claim or not:
//!
//! - **agree**: one fact or event matched the claim, the claim could be
//!   judged against it, and no rule found it wrong;
//! - **mismatch**: matched and judged, and a rule found it wrong
//!   (a finding of a rule in [`FINDS_WRONG`] touches it, suppressed or not:
//!   a suppression hides a finding, it does not make the claim agree);
//! - **unchecked**: nothing to judge it against: no fact or event matched,
//!   several matched equally well (`ambiguous-match`), a relative date
//!   could not be resolved, or the rule that compares it with its reference
//!   (`fact-mismatch`, `date-mismatch`) is off.
//!
//! A reference item is *used* when any claim matched it, ambiguously too.

use crate::check::finding::Finding;
use crate::check::matching::Match;
use crate::check::rules;
use crate::extract::claim::{Claim, ClaimKind};
use crate::reference::index::Target;
use crate::reference::ReferenceSet;

/// What the check made of one claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ClaimStatus {
    /// Matched to a fact or event, judged, and consistent with it.
    Agree,
    /// Matched and judged, and a rule found it wrong.
    Mismatch,
    /// Not judged against any reference item.
    Unchecked,
}

impl ClaimStatus {
    /// The word the JSON summary and the reports use.
    pub fn name(self) -> &'static str {
        match self {
            ClaimStatus::Agree => "agree",
            ClaimStatus::Mismatch => "mismatch",
            ClaimStatus::Unchecked => "unchecked",
        }
    }
}

/// The rules whose findings say a claim is wrong. The others say it is
/// true but misleading (`loose-bound`), could not be matched or resolved,
/// or are not about a claim at all.
pub const FINDS_WRONG: &[&str] = &[
    rules::fact_mismatch::ID,
    rules::date_mismatch::ID,
    rules::weekday_mismatch::ID,
    rules::impossible_date::ID,
    rules::past_as_future::ID,
    rules::inconsistent_figure::ID,
    rules::arithmetic::ID,
    rules::stale_commitment::ID,
];

/// One claim's status and the reference item it was judged against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClaimVerdict {
    pub status: ClaimStatus,
    /// The fact or event the claim was judged against (agree, mismatch).
    pub target: Option<Target>,
}

/// How many claims agree, mismatch, or went unchecked, in one document or
/// a whole run. Their sum is the number of claims.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Coverage {
    pub agree: usize,
    pub mismatch: usize,
    pub unchecked: usize,
}

impl Coverage {
    /// Count every verdict.
    pub fn of(verdicts: &[ClaimVerdict]) -> Coverage {
        let mut c = Coverage::default();
        for v in verdicts {
            c.count(v.status);
        }
        c
    }

    /// Count one more claim.
    pub fn count(&mut self, status: ClaimStatus) {
        match status {
            ClaimStatus::Agree => self.agree += 1,
            ClaimStatus::Mismatch => self.mismatch += 1,
            ClaimStatus::Unchecked => self.unchecked += 1,
        }
    }

    /// Add another document's counts.
    pub fn add(&mut self, other: Coverage) {
        self.agree += other.agree;
        self.mismatch += other.mismatch;
        self.unchecked += other.unchecked;
    }

    /// How many claims were counted.
    pub fn claims(&self) -> usize {
        self.agree + self.mismatch + self.unchecked
    }

    /// How many were judged against a reference item.
    pub fn checked(&self) -> usize {
        self.agree + self.mismatch
    }
}

/// Which facts and events any claim of a run matched: one flag each, so a
/// run over many documents costs the size of the reference data, not of
/// the corpus.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Usage {
    facts: Vec<bool>,
    events: Vec<bool>,
}

impl Usage {
    /// Nothing used yet, for this reference data.
    pub fn new(refs: &ReferenceSet) -> Usage {
        Usage {
            facts: vec![false; refs.facts.len()],
            events: vec![false; refs.events.len()],
        }
    }

    /// Record that a claim matched `target`.
    pub fn mark(&mut self, target: Target) {
        let flag = match target {
            Target::Fact(i) => self.facts.get_mut(i),
            Target::Event(i) => self.events.get_mut(i),
        };
        if let Some(flag) = flag {
            *flag = true;
        }
    }

    /// How many facts and events there are.
    pub fn references(&self) -> usize {
        self.facts.len() + self.events.len()
    }

    /// How many facts and events no claim matched.
    pub fn unused(&self) -> usize {
        self.facts
            .iter()
            .chain(&self.events)
            .filter(|u| !**u)
            .count()
    }

    /// The ids of the first `cap` unused items, facts then events, in load
    /// order.
    pub fn unused_ids<'r>(&self, refs: &'r ReferenceSet, cap: usize) -> Vec<&'r str> {
        let facts = refs
            .facts
            .ids()
            .zip(&self.facts)
            .filter(|(_, used)| !**used)
            .map(|(id, _)| id);
        let events = refs
            .events
            .iter()
            .zip(&self.events)
            .filter(|(_, used)| !**used)
            .map(|(e, _)| e.id.as_str());
        facts.chain(events).take(cap).collect()
    }
}

/// Each claim's verdict, from its match and the findings made on the
/// document (before suppressions; `enabled` says which rules are on).
pub fn verdicts(
    claims: &[Claim],
    matches: &[Match],
    refs: &ReferenceSet,
    findings: &[Finding],
    enabled: impl Fn(&str) -> bool,
) -> Vec<ClaimVerdict> {
    // The byte ranges of the findings that say a claim is wrong, by start,
    // with the furthest end reached so far: a claim [s, e) is touched when
    // some finding starting before e ends after s, i.e. when the furthest
    // end among those starting before e lies after s. One binary search
    // per claim, not claims × findings.
    let mut wrong: Vec<(usize, usize)> = findings
        .iter()
        .filter(|f| FINDS_WRONG.contains(&f.rule) && enabled(f.rule))
        .map(|f| (f.start, f.end.max(f.start + 1)))
        .collect();
    wrong.sort_unstable();
    let mut furthest = Vec::with_capacity(wrong.len());
    let mut reach = 0;
    for &(_, end) in &wrong {
        reach = reach.max(end);
        furthest.push(reach);
    }
    let quantities_judged = enabled(rules::fact_mismatch::ID);
    let dates_judged = enabled(rules::date_mismatch::ID);
    let touched = |claim: &Claim| {
        let (s, e) = (claim.span.start, claim.span.end.max(claim.span.start + 1));
        let before = wrong.partition_point(|&(start, _)| start < e);
        before
            .checked_sub(1)
            .and_then(|i| furthest.get(i))
            .is_some_and(|&end| end > s)
    };
    claims
        .iter()
        .zip(matches)
        .map(|(claim, m)| {
            // Judged: matched, and the rule that compares it with its
            // reference is on (`--rule fact-mismatch=off` checks nothing).
            let judged = match (&claim.kind, m) {
                (
                    ClaimKind::Quantity(_) | ClaimKind::Duration(_),
                    Match::One(t @ Target::Fact(i)),
                ) => refs.facts.get(*i).filter(|_| quantities_judged).map(|_| *t),
                (ClaimKind::Date(d), Match::One(t @ Target::Event(i))) => d
                    .interval
                    .and_then(|_| refs.events.get(*i))
                    .filter(|_| dates_judged)
                    .map(|_| *t),
                _ => None,
            };
            let status = match judged {
                None => ClaimStatus::Unchecked,
                Some(_) if touched(claim) => ClaimStatus::Mismatch,
                Some(_) => ClaimStatus::Agree,
            };
            ClaimVerdict {
                status,
                target: judged,
            }
        })
        .collect()
}

/// Every fact and event the matches name (ambiguous ones too), sorted,
/// each once.
pub fn matched_targets(matches: &[Match]) -> Vec<Target> {
    let mut targets: Vec<Target> = matches
        .iter()
        .flat_map(|m| match m {
            Match::None => &[][..],
            Match::One(t) => std::slice::from_ref(t),
            Match::Ambiguous(ts) => ts.as_slice(),
        })
        .copied()
        .collect();
    targets.sort_unstable();
    targets.dedup();
    targets
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::{check_document_full, CheckOptions, DocumentCheck};
    use crate::document::{Document, Format};
    use crate::reference::load_sources;

    const REFS: &str = "units:\n  troops: [troops, soldiers]\nfacts:\n\
        \x20 - id: italy\n    value: 650\n    unit: troops\n    match: {all: [Italy]}\n\
        \x20 - id: spain\n    value: 300\n    unit: troops\n    match: {all: [Spain]}\n\
        \x20 - id: budget\n    value: 100 million\n    unit: dollars\n    match: {all: [budget]}\n\
        events:\n\
        \x20 - id: summit\n    date: 2022-05-11\n    match: {all: [summit]}\n";

    fn run(text: &str, format: Format) -> (Vec<ClaimStatus>, DocumentCheck, ReferenceSet) {
        let refs = load_sources(&[("r.yaml".to_owned(), REFS.to_owned())]).unwrap();
        let doc = Document::from_text("a.md", text.to_owned(), format, None, vec![]);
        let claims = crate::extract::extract(&doc);
        let checked = check_document_full(&doc, &claims, &refs, &CheckOptions::default());
        let statuses = checked.verdicts.iter().map(|v| v.status).collect();
        (statuses, checked, refs)
    }

    #[test]
    fn each_claim_agrees_mismatches_or_goes_unchecked() {
        use ClaimStatus::*;
        let (statuses, checked, refs) = run(
            "Italy has 650 troops. Spain has 900 troops. The budget was $100 million. \
             France has 40 troops.",
            Format::Text,
        );
        // The budget's fact counts "dollars", the claim is in USD: it
        // matches nothing, and neither does France.
        assert_eq!(statuses, vec![Agree, Mismatch, Unchecked, Unchecked]);
        let c = checked.coverage();
        assert_eq!((c.agree, c.mismatch, c.unchecked, c.claims()), (1, 1, 2, 4));
        assert_eq!(checked.verdicts[0].target, Some(Target::Fact(0)));
        assert_eq!(checked.verdicts[2].target, None);
        let mut usage = Usage::new(&refs);
        for t in &checked.matched {
            usage.mark(*t);
        }
        assert_eq!(usage.references(), 4);
        assert_eq!(usage.unused(), 2);
        assert_eq!(usage.unused_ids(&refs, 10), vec!["budget", "summit"]);
        assert_eq!(usage.unused_ids(&refs, 1), vec!["budget"]);
    }

    #[test]
    fn a_suppressed_finding_still_leaves_its_claim_a_mismatch() {
        let (statuses, checked, _) = run(
            "<!-- factlint-disable-next-line fact-mismatch -->\nSpain has 900 troops.\n",
            Format::Markdown,
        );
        assert!(checked.findings.is_empty());
        assert_eq!(statuses, vec![ClaimStatus::Mismatch]);
    }

    #[test]
    fn findings_of_internal_rules_leave_unmatched_claims_unchecked() {
        // 45 + 40 + 20 = 105%: an arithmetic error, but no fact speaks about
        // these shares.
        let (statuses, checked, _) = run(
            "In the vote 45% said yes, 40% said no and 20% left the ballot blank.",
            Format::Text,
        );
        assert!(checked.findings.iter().any(|f| f.rule == "arithmetic"));
        assert!(statuses.iter().all(|s| *s == ClaimStatus::Unchecked));
    }

    #[test]
    fn with_the_comparing_rule_off_nothing_is_checked() {
        let refs = load_sources(&[("r.yaml".to_owned(), REFS.to_owned())]).unwrap();
        let text =
            "Italy has 650 troops. Spain has 900 troops. The summit was held on May 11, 2022.";
        let doc = Document::from_text("a.txt", text.to_owned(), Format::Text, None, vec![]);
        let claims = crate::extract::extract(&doc);
        let mut opts = CheckOptions::default();
        opts.levels
            .insert("fact-mismatch".into(), crate::config::Level::Off);
        let checked = check_document_full(&doc, &claims, &refs, &opts);
        let statuses: Vec<_> = checked.verdicts.iter().map(|v| v.status).collect();
        use ClaimStatus::*;
        assert_eq!(statuses, vec![Unchecked, Unchecked, Agree]);
    }

    #[test]
    fn dates_are_judged_against_events() {
        let (statuses, _, _) = run(
            "The summit was held on May 11, 2022. The summit was held on June 3, 2022.",
            Format::Text,
        );
        assert_eq!(statuses, vec![ClaimStatus::Agree, ClaimStatus::Mismatch]);
    }
}
