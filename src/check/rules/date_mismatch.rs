//! # date-mismatch
//!
//! A date or a dated commitment contradicts the reference event it speaks
//! about.
//!
//! **Why it matters:** "by June 2022" for a meeting recorded in August, or
//! "in the fall of 2021" for one held in December, misleads readers about
//! what was promised and what was delivered.
//!
//! **How it judges:** `on`/`in` need the event's interval to meet the
//! claim's; `by`/`until` need the event to start no later than the end of
//! the named period; `before` to start before it; `after` to reach past it;
//! `since` to end on or after its start — but after a superlative or "the
//! first time" ("for the first time since 2012", "the lowest rate since
//! February last year") the date is the last time it happened, and the
//! event must meet it. Told as a fact ("140 have died since
//! October 2021"), a "since" state runs up to the article date, so the
//! event must start by then; told in the future ("troops will take over
//! from Aug 1"), the date is when the state begins, and the event must
//! meet it. A span written "from 2000 to 2004" and an event that is a span
//! must agree at both ends, at the precision written; an event that is a
//! span must lie within a "between" claim ("losses between 1990 and
//! 2015"), while an event of one day, month or year only has to meet it.
//! Seasons are meteorological (fall 2021 = 2021-09-01 … 2021-11-30). A
//! negated commitment ("will not meet before 2023") holds when the event
//! does not fall in the named period.
//! When a sentence holds several dates and several events, each date is
//! judged against the event whose terms stand nearest to it in its clause.
//! A date in a clause that states a figure dates that figure: it is not
//! judged against an event the sentence names only after that clause. In "the
//! deficit for the next four years rose to $104 billion, up from the May
//! forecast", the four years date the deficit, not the May forecast.
//!
//! **Example:**
//!
//! ```text
//! … reaffirmed their intent to hold the next ministerial meeting by June 2022 …
//! reference coalition/next-ministerial: 2022-09-15
//! → claims by June 2022 (no later than 2022-06-30); reference says 2022-09-15
//! ```

use crate::check::context::context;
use crate::check::finding::{Finding, Severity, Suggestion};
use crate::check::judge::date_consistent;
use crate::check::suggest::date_expression;
use crate::check::{base_finding, describe_date, event_cite};
use crate::document::Document;
use crate::extract::claim::{Claim, DateClaim, Relation};
use crate::reference::model::Event;

pub const ID: &str = "date-mismatch";
pub const SEVERITY: Severity = Severity::Error;

/// A finding when `d` contradicts `event`.
pub fn check(doc: &Document, claim: &Claim, d: &DateClaim, event: &Event) -> Option<Finding> {
    // "for the first time since 2012", "the lowest rate since February
    // last year": the date is when it last happened, so the event must
    // meet it, not merely end after it starts.
    let written = d;
    let last_time;
    let d = if d.relation == Some(Relation::Since) && names_last_time(doc, claim) {
        last_time = DateClaim {
            relation: Some(Relation::In),
            ..d.clone()
        };
        &last_time
    } else {
        d
    };
    let consistent = date_consistent(d, event.date.interval)?
        && spans_as_written(doc, claim, d, event)
        && since_holds(doc, d, event)
        && within_between(d, event);
    if consistent || dates_a_figure_only(doc, claim, event) {
        return None;
    }
    let meaning = describe_date(d)?;
    let status = event
        .status
        .map(|s| format!(" ({})", crate::check::status_name(s)))
        .unwrap_or_default();
    let message = format!(
        "claims {}; reference says {}{status}",
        meaning, event.date.text
    );
    let mut finding = base_finding(doc, claim, ID, SEVERITY, message, meaning);
    finding.reference = Some(Box::new(event_cite(event)));
    // A negated commitment has no single right wording. The fix keeps the
    // relation as written ("since").
    if !d.negated {
        let (expression, relation) =
            date_expression(written, event.date.interval, event.date.granularity);
        let relation_text = doc
            .text
            .get(claim.span.start..d.expression.start)
            .unwrap_or("");
        let relation_text = match relation {
            Some(r) if !relation_text.trim().is_empty() => format!("{r} "),
            _ => relation_text.to_owned(),
        };
        let replacement = format!("{relation_text}{expression}");
        let sentence = doc
            .sentences
            .get(claim.sentence)
            .map_or(claim.span, |s| s.span);
        finding.context = context(
            doc,
            claim.span,
            sentence,
            Some((claim.span, replacement.as_str())),
        );
        finding.suggestion = Some(Suggestion {
            span: claim.span,
            replacement,
            safe: true,
        });
    }
    Some(finding)
}

/// Whether a span written "from X to Y" ("doctored letters from 2000 to
/// 2004") and an event that is a span agree at both ends: the event starts
/// in X and ends in Y, at the precision written (a year, a month, a day).
/// Meeting somewhere is not enough: a span moved by a year still meets it.
/// Any other claim or event: true.
fn spans_as_written(doc: &Document, claim: &Claim, d: &DateClaim, event: &Event) -> bool {
    use crate::time::Granularity;
    use chrono::Datelike;
    let (Some(c), Some(Relation::Between)) = (d.interval, d.relation) else {
        return true;
    };
    let e = event.date.interval;
    let written_from = doc
        .slice(claim.span)
        .get(..5)
        .is_some_and(|w| w.eq_ignore_ascii_case("from "));
    if !written_from || e.start == e.end {
        return true;
    }
    match d.granularity {
        Granularity::Year => e.start.year() == c.start.year() && e.end.year() == c.end.year(),
        Granularity::Month => {
            (e.start.year(), e.start.month()) == (c.start.year(), c.start.month())
                && (e.end.year(), e.end.month()) == (c.end.year(), c.end.month())
        }
        Granularity::Day => e.start == c.start && e.end == c.end,
        _ => true,
    }
}

/// What "since"/"from" says beyond the event reaching past its date.
/// Told as a fact ("140 have died since October 2021"), the state runs
/// from the date to the time of writing: an event that starts after the
/// article date is not the one it speaks of. Told in the future ("troops
/// will perform duties from Aug 1"), the date is when the promised state
/// begins: the event must meet it, not start years later. A negated
/// claim, an undated article, or a past state that looks forward to a
/// scheduled event ("planned since 2018": the date is the plan's, not
/// the event's) keeps the plain reading.
fn since_holds(doc: &Document, d: &DateClaim, event: &Event) -> bool {
    use crate::extract::claim::Tense;
    use crate::reference::model::EventStatus;
    let (Some(c), Some(Relation::Since)) = (d.interval, d.relation) else {
        return true;
    };
    if d.negated {
        return true;
    }
    let e = event.date.interval;
    if d.tense == Tense::Future {
        // A date already past when the article was written cannot begin
        // a future state: it dates something else ("has been planned
        // since 2018").
        return doc.date.is_some_and(|w| c.end < w) || e.start <= c.end;
    }
    match doc.date {
        Some(written) if event.status != Some(EventStatus::Scheduled) => {
            e.start <= written.max(c.end)
        }
        _ => true,
    }
}

/// Whether an event that is itself a span (it runs over more than one
/// period of its own precision: "1990 to 2015") lies within a "between"
/// claim ("analysed losses between 1990 and 2015"): "between" says when
/// it happened, and a span that runs out of it contradicts that, however
/// much of it meets. An event of one period (a day, a month, a year) only
/// has to meet the claim.
fn within_between(d: &DateClaim, event: &Event) -> bool {
    let (Some(c), Some(Relation::Between)) = (d.interval, d.relation) else {
        return true;
    };
    let e = event.date.interval;
    !is_span(&event.date) || (c.start <= e.start && e.end <= c.end)
}

/// Whether a reference date runs over more than one period of its
/// granularity (`{from: 1990, to: 2015}`, not `2015`).
fn is_span(date: &crate::reference::model::RefDate) -> bool {
    use crate::time::Granularity;
    let longest_period: i64 = match date.granularity {
        Granularity::Day => 1,
        Granularity::Week => 7,
        Granularity::Month => 31,
        Granularity::Season | Granularity::Quarter => 92,
        Granularity::Half => 184,
        Granularity::Year => 366,
        Granularity::Decade => 3653,
        Granularity::Century => 36525,
    };
    let e = date.interval;
    (e.end - e.start).num_days() + 1 > longest_period
}

/// The words that, a few words before "since", make its date the last
/// time something happened: "the first time since", "the lowest since".
const LAST_TIME_WORDS: &[&str] = &[
    "first",
    "lowest",
    "highest",
    "biggest",
    "largest",
    "smallest",
    "best",
    "worst",
    "fastest",
    "slowest",
    "strongest",
    "weakest",
    "longest",
    "shortest",
    "deepest",
    "warmest",
    "coldest",
    "hottest",
    "wettest",
    "driest",
    "fewest",
    "most",
    "least",
];
/// How many words before a "since" date [`names_last_time`] reads.
const LAST_TIME_REACH: usize = 8;

/// Whether a "since" date ends a superlative or "the first time" in its
/// clause ("the first time since November 2021 that …", "their
/// lowest-ever number of seats since 1832"): it dates the last time.
fn names_last_time(doc: &Document, claim: &Claim) -> bool {
    let Some(sentence) = doc.sentences.get(claim.sentence) else {
        return false;
    };
    let clause = sentence.clause_at(claim.span.start);
    let from = clause.start.min(claim.span.start);
    doc.prose
        .get(from..claim.span.start)
        .unwrap_or("")
        .rsplit(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(LAST_TIME_REACH)
        .any(|w| LAST_TIME_WORDS.iter().any(|l| w.eq_ignore_ascii_case(l)))
}

/// Whether the date's clause states a figure (a number outside the date
/// that is not a time of day) and the sentence names `event` only after
/// that clause ("…, up from the May forecast"): then the date is the
/// figure's. A term before it or in it (the subject, a phrase put first)
/// governs the clause.
fn dates_a_figure_only(doc: &Document, claim: &Claim, event: &Event) -> bool {
    let Some(sentence) = doc.sentences.get(claim.sentence) else {
        return false;
    };
    let clause = sentence.clause_at(claim.span.start);
    let text = |a: usize, b: usize| doc.prose.get(a..b).unwrap_or("");
    let figure = states_figure(text(clause.start, claim.span.start.max(clause.start)))
        || states_figure(text(claim.span.end.min(clause.end), clause.end));
    figure && !named_in(text(sentence.span.start, clause.end), event)
}

/// Whether `text` holds a number that is not a time of day ("1 p.m.",
/// "10:30").
pub(crate) fn states_figure(text: &str) -> bool {
    let number = |c: char| c.is_ascii_digit() || c == ',' || c == '.';
    let mut rest = text;
    while let Some(k) = rest.find(|c: char| c.is_ascii_digit()) {
        let run = rest.get(k..).unwrap_or("");
        let end = run.find(|c: char| !number(c)).unwrap_or(run.len());
        let tail = run.get(end..).unwrap_or("");
        let after = tail.trim_start().to_ascii_lowercase();
        let time = tail.starts_with(':')
            || ["a.m", "p.m", "am ", "pm ", "am,", "pm,"]
                .iter()
                .any(|t| after.starts_with(t))
            || after == "am"
            || after == "pm";
        if !time {
            return true;
        }
        rest = tail;
    }
    false
}

/// Whether a term of `event` stands in `text`.
fn named_in(text: &str, event: &Event) -> bool {
    let text = text.to_lowercase();
    let m = &event.matcher;
    m.all
        .iter()
        .chain(&m.any)
        .any(|t| has_word(&text, &t.to_lowercase()))
}

/// Whether `term` occurs in `text` on word boundaries (both lowercase).
fn has_word(text: &str, term: &str) -> bool {
    let boundary = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
    !term.is_empty()
        && text.match_indices(term).any(|(k, _)| {
            boundary(text.get(..k).and_then(|s| s.chars().next_back()))
                && boundary(text.get(k + term.len()..).and_then(|s| s.chars().next()))
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::check_document;
    use crate::document::Format;
    use crate::extract::extract;
    use crate::reference::load_sources;

    fn rules(text: &str, yaml: &str) -> Vec<(&'static str, String)> {
        let doc = Document::from_text(
            "t.txt",
            text.to_owned(),
            Format::Text,
            chrono::NaiveDate::from_ymd_opt(2019, 11, 20),
            vec![],
        );
        let refs = load_sources(&[("r.yaml".to_owned(), yaml.to_owned())]).unwrap();
        check_document(&doc, &extract(&doc), &refs)
            .iter()
            .map(|f| (f.rule, f.claim.text.clone()))
            .collect()
    }

    #[test]
    fn a_span_from_one_date_to_another_agrees_at_both_ends() {
        let yaml = "events:\n  - {id: run, date: {from: 2011, to: 2014}, match: {any: [mayor]}}\n";
        let text = "She served as mayor from 2011 to 2014.";
        assert_eq!(rules(text, yaml), vec![]);
        // Moved by two years the spans still meet, but neither end agrees.
        let yaml_late =
            "events:\n  - {id: run, date: {from: 2013, to: 2016}, match: {any: [mayor]}}\n";
        assert_eq!(
            rules(text, yaml_late),
            vec![("date-mismatch", "from 2011 to 2014".to_owned())]
        );
        // "between" says within, not spanning: meeting is enough.
        let text = "She was elected mayor between 2011 and 2014.";
        let yaml_day = "events:\n  - {id: run, date: 2012-05-03, match: {any: [mayor]}}\n";
        assert_eq!(rules(text, yaml_day), vec![]);
    }

    #[test]
    fn since_after_a_superlative_dates_the_last_time() {
        let yaml =
            "events:\n  - {id: last, date: 2016-05, match: {any: [first time since, lowest]}}\n";
        // The last time was in May 2016: the event must meet it.
        let text = "The index fell, for the first time since May 2016, in the spring.";
        assert_eq!(rules(text, yaml), vec![]);
        let yaml_late =
            "events:\n  - {id: last, date: 2018-05, match: {any: [first time since, lowest]}}\n";
        assert_eq!(
            rules(text, yaml_late),
            vec![("date-mismatch", "since May 2016".to_owned())]
        );
        let text = "Turnout was the lowest ever recorded since 2016.";
        assert_eq!(
            rules(text, yaml_late),
            vec![("date-mismatch", "since 2016".to_owned())]
        );
        // A plain "since" only needs the event to reach past its start.
        let yaml_late = "events:\n  - {id: rise, date: 2018-05, match: {any: [rising]}}\n";
        let text = "Prices have been rising since May 2016.";
        assert_eq!(rules(text, yaml_late), vec![]);
    }

    #[test]
    fn a_date_that_dates_a_figure_needs_the_event_in_its_clause() {
        let yaml = "events:\n  - {id: plan, date: 2019-03-01, match: {any: [budget plan]}}\n";
        // The years date the debt, not the budget plan.
        let text =
            "Debt over the next three years climbed to 9 billion crowns, up from the budget plan.";
        assert_eq!(rules(text, yaml), vec![]);
        // No figure in the date's clause: the event of the sentence.
        let text = "The board met in June 2019, after the budget plan.";
        assert_eq!(
            rules(text, yaml),
            vec![("date-mismatch", "in June 2019".to_owned())]
        );
        // Named before the date's clause (its subject), a wrong date is found.
        let text = "The budget plan, its authors said, put 9 billion crowns aside in April 2019.";
        assert_eq!(
            rules(text, yaml),
            vec![("date-mismatch", "in April 2019".to_owned())]
        );
        // A time of day is no figure.
        let text = "The board updated it at 2 p.m. on June 3, 2019, from the budget plan.";
        assert_eq!(
            rules(text, yaml),
            vec![("date-mismatch", "on June 3, 2019".to_owned())]
        );
        // Named in the date's own clause, a wrong date is found.
        let text = "The budget plan came out in April 2019 with 9 billion crowns.";
        assert_eq!(
            rules(text, yaml),
            vec![("date-mismatch", "in April 2019".to_owned())]
        );
    }

    #[test]
    fn since_told_as_fact_runs_up_to_the_article_date() {
        // The article is dated 2019-11-20.
        let text = "Forty-two people have drowned since July 2018, officials said.";
        let yaml = "events:\n  - {id: wave, date: 2018-07, match: {any: [drowned]}}\n";
        assert_eq!(rules(text, yaml), vec![]);
        // An observation inside the state agrees with it.
        let yaml = "events:\n  - {id: wave, date: 2019-03, match: {any: [drowned]}}\n";
        assert_eq!(rules(text, yaml), vec![]);
        // An event after the article date is not the state it speaks of.
        let yaml = "events:\n  - {id: wave, date: 2021-07, match: {any: [drowned]}}\n";
        assert_eq!(
            rules(text, yaml),
            vec![("date-mismatch", "since July 2018".to_owned())]
        );
        // A scheduled event is what the state looks forward to.
        let text = "The bridge has been planned since July 2018.";
        let yaml =
            "events:\n  - {id: bridge, date: 2021-07, status: scheduled, match: {any: [bridge]}}\n";
        assert!(!rules(text, yaml).iter().any(|(r, _)| *r == ID));
    }

    #[test]
    fn since_in_the_future_is_when_the_state_begins() {
        let text = "Inspectors will run the checks from Dec. 2 on.";
        let yaml = "events:\n  - {id: checks, date: 2019-12-02, status: scheduled, match: {any: [checks]}}\n";
        assert_eq!(rules(text, yaml), vec![]);
        // Starting years later, the promised start is wrong.
        let yaml = "events:\n  - {id: checks, date: 2022-12-02, status: scheduled, match: {any: [checks]}}\n";
        assert_eq!(
            rules(text, yaml),
            vec![("date-mismatch", "from Dec. 2".to_owned())]
        );
        // An event recorded as a span that opens on the date agrees.
        let yaml = "events:\n  - {id: checks, date: {from: 2019-12-02, to: 2020-01-12}, match: {any: [checks]}}\n";
        assert_eq!(rules(text, yaml), vec![]);
    }

    #[test]
    fn an_event_that_is_a_span_lies_within_between() {
        let text = "The survey tracked river birds between 1995 and 2010.";
        let yaml =
            "events:\n  - {id: survey, date: {from: 1995, to: 2010}, match: {any: [survey]}}\n";
        assert_eq!(rules(text, yaml), vec![]);
        let yaml =
            "events:\n  - {id: survey, date: {from: 2001, to: 2004}, match: {any: [survey]}}\n";
        assert_eq!(rules(text, yaml), vec![]);
        // Moved by three years it still meets, but runs out of the span.
        let yaml =
            "events:\n  - {id: survey, date: {from: 1998, to: 2013}, match: {any: [survey]}}\n";
        assert_eq!(
            rules(text, yaml),
            vec![("date-mismatch", "between 1995 and 2010".to_owned())]
        );
        // An event of one year only has to meet it.
        let yaml = "events:\n  - {id: survey, date: 2010, match: {any: [survey]}}\n";
        assert_eq!(rules(text, yaml), vec![]);
    }
}
