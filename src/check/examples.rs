//! `factlint refs test`: run the example sentences kept in the reference
//! data, so a desk can test its reference data as it tests code.
//!
//! A `pass` example must hold a claim that matches its fact or event and is
//! judged consistent with it; a `fail` example must hold one judged
//! inconsistent. Every example runs against the whole reference set, so a
//! `match` that is too broad (another fact wins) shows up too.

use chrono::NaiveDate;

use crate::check::matching::{match_claims, Match};
use crate::check::{check_document_full, rules, CheckOptions};
use crate::document::{Document, Format};
use crate::extract::extract;
use crate::reference::index::Target;
use crate::reference::model::Examples;
use crate::reference::ReferenceSet;

/// The outcome of one example.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExampleResult {
    /// The fact or event id.
    pub id: String,
    /// Where it is defined ("rules/coalition.yaml:9").
    pub origin: String,
    /// `pass` or `fail`: what the example expects.
    pub expects: &'static str,
    pub sentence: String,
    /// `None` when the example behaved as expected, else why not.
    pub problem: Option<String>,
}

/// Run every example of every fact and event.
pub fn run(refs: &ReferenceSet, date: Option<NaiveDate>) -> Vec<ExampleResult> {
    let mut out = Vec::new();
    for (i, f) in refs.facts.iter().enumerate() {
        if f.examples.is_empty() {
            continue; // a table's rows have none
        }
        let origin = format!("{}:{}", f.origin.file, f.origin.line);
        run_examples(
            refs,
            date,
            Target::Fact(i),
            &f.id,
            &f.examples,
            &origin,
            &mut out,
        );
    }
    for (i, e) in refs.events.iter().enumerate() {
        let origin = format!("{}:{}", e.origin.file, e.origin.line);
        run_examples(
            refs,
            date,
            Target::Event(i),
            &e.id,
            &e.examples,
            &origin,
            &mut out,
        );
    }
    out
}

fn run_examples(
    refs: &ReferenceSet,
    date: Option<NaiveDate>,
    target: Target,
    id: &str,
    examples: &Examples,
    origin: &str,
    out: &mut Vec<ExampleResult>,
) {
    let cases = examples
        .pass
        .iter()
        .map(|s| ("pass", s))
        .chain(examples.fail.iter().map(|s| ("fail", s)));
    for (expects, sentence) in cases {
        let doc = Document::from_text("example", sentence.clone(), Format::Text, date, Vec::new());
        let claims = extract(&doc);
        let matched = match_claims(&doc, &claims, refs).contains(&Match::One(target));
        let check = check_document_full(&doc, &claims, refs, &CheckOptions::default());
        let findings = check.findings;
        // A series judges a claim only at a time it covers.
        let series = matches!(target, Target::Fact(i) if refs.facts.get(i).is_some_and(|f| !f.series.is_empty()));
        let uncovered = series && !check.verdicts.iter().any(|v| v.target == Some(target));
        let mismatch = findings.iter().find(|f| {
            (f.rule == rules::fact_mismatch::ID || f.rule == rules::date_mismatch::ID)
                && f.reference.as_ref().is_some_and(|r| r.id == id)
        });
        let problem = match (expects, matched, mismatch) {
            (_, false, _) => Some(format!("no claim in it matches {id}")),
            (_, true, _) if uncovered => Some(format!(
                "the series {id} has no value for the time it speaks about"
            )),
            ("pass", true, Some(f)) => Some(format!("judged inconsistent: {}", f.message)),
            ("fail", true, None) => Some("judged consistent".to_owned()),
            _ => None,
        };
        out.push(ExampleResult {
            id: id.to_owned(),
            origin: origin.to_owned(),
            expects,
            sentence: sentence.clone(),
            problem,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refs(yaml: &str) -> ReferenceSet {
        crate::reference::load_sources(&[("r.yaml".to_owned(), yaml.to_owned())]).unwrap()
    }

    #[test]
    fn examples_pass_and_fail() {
        let r = refs(
            "facts:\n  - id: it/troops\n    value: 650\n    unit: troops\n    match: {all: [Italy]}\n    examples:\n      pass: [\"Italy keeps about 650 troops there.\"]\n      fail: [\"Italy keeps over 800 troops there.\", \"Italy keeps 650 troops there.\"]\n",
        );
        let results = run(&r, None);
        assert_eq!(results.len(), 3);
        assert_eq!(results[0].problem, None);
        assert_eq!(results[1].problem, None);
        assert_eq!(results[2].problem.as_deref(), Some("judged consistent"));
        assert_eq!(results[0].origin, "r.yaml:2");
    }

    #[test]
    fn series_examples_are_judged_at_their_time() {
        let r = refs(
            "facts:\n  - id: it/pop\n    unit: people\n    match: {all: [Italy]}\n    values:\n      1952: 47.7 million\n      2007: 58.1 million\n    examples:\n      pass: [\"Italy had 47.7 million people in 1952.\", \"Italy had 58.1 million people in 1990.\"]\n      fail: [\"Italy had 58.1 million people in 1952.\"]\n",
        );
        let results = run(&r, None);
        let problems: Vec<Option<&str>> = results.iter().map(|e| e.problem.as_deref()).collect();
        assert_eq!(
            problems,
            vec![
                None,
                Some("the series it/pop has no value for the time it speaks about"),
                None
            ]
        );
    }

    #[test]
    fn unmatched_examples_are_reported() {
        let r = refs(
            "facts:\n  - id: it/troops\n    value: 650\n    unit: troops\n    match: {all: [Italy]}\n    examples:\n      pass: [\"Spain keeps 650 troops there.\"]\n",
        );
        assert_eq!(
            run(&r, None)[0].problem.as_deref(),
            Some("no claim in it matches it/troops")
        );
    }
}
