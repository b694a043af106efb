//! Stage 3 — **check**: match claims to facts and events, judge them with
//! the rules, and turn contradictions into findings.

pub mod context;
pub mod coverage;
pub mod examples;
pub mod finding;
pub mod judge;
pub mod matching;
pub mod rules;
pub mod suggest;
pub mod suppress;

use std::collections::{BTreeMap, HashSet};

use chrono::NaiveDate;

use crate::config::Level;
use crate::document::Document;
use crate::extract::claim::{Claim, ClaimKind, DateClaim, Qualifier, Quantity, Relation, Span};
use crate::reference::index::Target;
use crate::reference::model::{Event, EventStatus, Fact, RefValue, Tolerance};
use crate::reference::ReferenceSet;
use crate::time::describe;
use coverage::ClaimVerdict;
use finding::{ClaimSummary, Context, Finding, ReferenceCite, Severity};
use matching::Match;

/// What a check run needs besides the document and the reference data.
#[derive(Debug, Clone)]
pub struct CheckOptions {
    /// Rule levels from the configuration and `--rule`; others keep their default.
    pub levels: BTreeMap<String, Level>,
    /// Default tolerances of "nearly" and "about" (a fact's own wins).
    pub nearly_tolerance: Option<Tolerance>,
    pub about_tolerance: Option<Tolerance>,
    /// "over 800" is loose when the reference is at least this many times 800.
    pub loose_bound: f64,
    /// `--as-of`: enables `stale-commitment`.
    pub as_of: Option<NaiveDate>,
    /// Leave every finding's `context` empty (its strings dropped as soon
    /// as a rule makes them), for reports that never show it (`jsonl`): a
    /// long document's findings then cost a fraction of the memory.
    pub without_context: bool,
}

impl Default for CheckOptions {
    fn default() -> Self {
        CheckOptions {
            levels: BTreeMap::new(),
            nearly_tolerance: None,
            about_tolerance: None,
            loose_bound: 1.5,
            as_of: None,
            without_context: false,
        }
    }
}

impl CheckOptions {
    /// The severity a rule reports at, or `None` when it is off.
    pub fn severity(&self, rule: &str) -> Option<Severity> {
        match self.levels.get(rule) {
            Some(level) => level.severity(),
            None if rules::OFF_BY_DEFAULT.contains(&rule) => None,
            None => rules::find(rule)
                .map(|r| r.default_severity)
                .or(Some(Severity::Info)),
        }
    }

    fn enabled(&self, rule: &str) -> bool {
        self.severity(rule).is_some()
    }

    /// The tolerance that applies to a claim about a fact.
    fn tolerance(&self, q: &Quantity, fact: &Fact) -> Option<Tolerance> {
        fact.tolerance.or(match q.qualifier {
            Qualifier::Nearly => self.nearly_tolerance,
            Qualifier::About => self.about_tolerance,
            _ => None,
        })
    }
}

/// Check one document's claims against the reference data, with the
/// default options.
pub fn check_document(doc: &Document, claims: &[Claim], refs: &ReferenceSet) -> Vec<Finding> {
    check_document_with(doc, claims, refs, &CheckOptions::default())
}

/// Check one document's claims: match, judge with every enabled rule, apply
/// suppressions and severities. Findings come out in document order.
pub fn check_document_with(
    doc: &Document,
    claims: &[Claim],
    refs: &ReferenceSet,
    opts: &CheckOptions,
) -> Vec<Finding> {
    check_document_full(doc, claims, refs, opts).findings
}

/// One document's check: the findings, and what was and was not checked.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DocumentCheck {
    /// As [`check_document_with`] returns them.
    pub findings: Vec<Finding>,
    /// Each claim's status, parallel to the claims.
    pub verdicts: Vec<ClaimVerdict>,
    /// Every fact and event some claim matched (ambiguously too), sorted.
    pub matched: Vec<Target>,
}

impl DocumentCheck {
    /// How many claims agree, mismatch, or went unchecked.
    pub fn coverage(&self) -> coverage::Coverage {
        coverage::Coverage::of(&self.verdicts)
    }
}

/// [`check_document_with`], with each claim's verdict and the reference
/// items matched ([`coverage`]).
pub fn check_document_full(
    doc: &Document,
    claims: &[Claim],
    refs: &ReferenceSet,
    opts: &CheckOptions,
) -> DocumentCheck {
    // Every finding made before `finish` has its context emptied when
    // `without_context` is set: do not build it.
    let no_context = context::Bare::new(opts.without_context);
    let matches = matching::match_claims(doc, claims, refs);
    let mut findings = Vec::new();
    // Findings before this index have had their context dropped.
    let mut bare = 0;
    let mut mismatched = HashSet::new();
    // Claims about a series at a time it does not cover.
    let mut uncovered: Vec<usize> = Vec::new();
    for (index, (claim, m)) in claims.iter().zip(&matches).enumerate() {
        drop_context(&mut findings, &mut bare, opts);
        findings.extend(rules::date_findings(doc, claim));
        match (&claim.kind, m) {
            (ClaimKind::Quantity(q), Match::One(Target::Fact(i))) => {
                let Some(fact) = refs.facts.get(*i) else {
                    continue;
                };
                let fact = &*fact;
                // A series is judged at the point the claim's clause speaks
                // about; a time it does not cover leaves the claim unchecked.
                let at_point;
                let fact = if fact.series.is_empty() {
                    fact
                } else {
                    let when = matching::spoken_time(doc, claims, index);
                    // Two figures of one series for two times are not
                    // inconsistent: each is left to its own point.
                    mismatched.insert(index);
                    let Some(point) = fact.point_at(when) else {
                        uncovered.push(index);
                        continue;
                    };
                    at_point = fact.at_point(point);
                    &at_point
                };
                let mut judged = fact.clone();
                judged.tolerance = opts.tolerance(q, fact);
                if let Some(f) = rules::fact_mismatch::check(doc, claim, q, &judged) {
                    mismatched.insert(index);
                    findings.push(f);
                } else if opts.enabled(rules::loose_bound::ID) {
                    findings.extend(rules::loose_bound::check(
                        doc,
                        claim,
                        q,
                        fact,
                        opts.loose_bound,
                    ));
                }
            }
            (ClaimKind::Date(d), Match::One(Target::Event(i))) => {
                let Some(event) = refs.events.get(*i) else {
                    continue;
                };
                if let Some(f) = rules::date_mismatch::check(doc, claim, d, event) {
                    mismatched.insert(index);
                    findings.push(f);
                }
                if let Some(as_of) = opts.as_of {
                    findings.extend(rules::stale_commitment::check(doc, claim, d, event, as_of));
                }
            }
            (_, Match::Ambiguous(targets)) => {
                let ids: Vec<&str> = targets
                    .iter()
                    .filter_map(|t| match *t {
                        Target::Fact(i) => refs.facts.id(i),
                        Target::Event(i) => refs.events.get(i).map(|e| e.id.as_str()),
                    })
                    .collect();
                let mut f = rules::ambiguous_match::finding(doc, claim, &ids);
                f.fingerprint = finding::fingerprint(&[
                    f.rule,
                    &f.path,
                    &normalised(&f.claim.text),
                    &ids.join(","),
                ]);
                findings.push(f);
            }
            (_, Match::None) if opts.enabled(rules::unmatched_claim::ID) => {
                findings.extend(rules::unmatched_claim::finding(doc, claim));
            }
            _ => {}
        }
    }
    drop_context(&mut findings, &mut bare, opts);
    for f in &mut findings {
        if let Some(r) = &f.reference {
            f.fingerprint =
                finding::fingerprint(&[f.rule, &f.path, &normalised(&f.claim.text), &r.id]);
        }
    }
    // The document-wide rules add to the same list (no second list of a
    // long document's findings), each finding bared as it comes.
    let mut add = |mut f: Finding| {
        if opts.without_context {
            f.context = Context::default();
        }
        findings.push(f);
    };
    if opts.enabled(rules::inconsistent_figure::ID) {
        rules::inconsistent_figure::check_into(doc, claims, &matches, &mismatched, &mut add);
    }
    if opts.enabled(rules::arithmetic::ID) {
        rules::arithmetic::check_into(doc, claims, &mut add);
    }
    drop(no_context);
    // Before suppressions: a suppressed finding is hidden, the claim is
    // still wrong.
    let mut verdicts =
        coverage::verdicts(claims, &matches, refs, &findings, |rule| opts.enabled(rule));
    for i in uncovered {
        if let Some(v) = verdicts.get_mut(i) {
            *v = ClaimVerdict {
                status: coverage::ClaimStatus::Unchecked,
                target: None,
            };
        }
    }
    let matched = coverage::matched_targets(&matches);
    DocumentCheck {
        findings: finish(doc, findings, opts),
        verdicts,
        matched,
    }
}

/// With [`CheckOptions::without_context`], empty the context of the
/// findings made since the last call (from index `bare` on).
fn drop_context(findings: &mut [Finding], bare: &mut usize, opts: &CheckOptions) {
    if opts.without_context {
        for f in findings.iter_mut().skip(*bare) {
            f.context = Context::default();
        }
    }
    *bare = findings.len();
}

/// Apply suppressions and severities, report unused suppressions, sort.
fn finish(doc: &Document, mut kept: Vec<Finding>, opts: &CheckOptions) -> Vec<Finding> {
    let mut suppressions = suppress::find(doc);
    let lookup = suppress::Lookup::new(&suppressions);
    // In place, in order: a long document's findings are not held twice.
    kept.retain_mut(|f| {
        let Some(severity) = opts.severity(f.rule) else {
            return false;
        };
        f.severity = severity;
        let covering = lookup.first_covering(&suppressions, f.rule, f.line);
        if let Some(s) = covering.and_then(|i| suppressions.get_mut(i)) {
            s.used = true;
            return false;
        }
        true
    });
    if let Some(severity) = opts.severity(rules::unused_suppression::ID) {
        for s in suppressions.iter().filter(|s| !s.used) {
            let mut f = rules::unused_suppression::finding(doc, s);
            f.severity = severity;
            kept.push(f);
        }
    }
    finding::sort_findings(&mut kept);
    kept
}

/// Lowercase with single spaces: the claim as a fingerprint sees it.
/// ASCII text is built in one string (the same answer: ASCII lowercases
/// character by character); other text is lowercased as a whole.
fn normalised(text: &str) -> String {
    if text.is_ascii() {
        let mut out = String::with_capacity(text.len());
        for w in text.split_whitespace() {
            if !out.is_empty() {
                out.push(' ');
            }
            out.extend(w.chars().map(|c| c.to_ascii_lowercase()));
        }
        return out;
    }
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The claim fields a finding reports.
pub fn summary(doc: &Document, claim: &Claim) -> ClaimSummary {
    let mut s = ClaimSummary::new(claim.kind.name(), doc.slice(claim.span).to_owned());
    match &claim.kind {
        ClaimKind::Quantity(q) => {
            s.qualifier = Some(q.qualifier.name());
            s.value = Some(q.value);
            s.min = q.min;
            s.max = q.max;
            s.unit.clone_from(&q.unit);
        }
        ClaimKind::Date(d) => {
            s.interval = d.interval;
            s.relation = d.relation.map(Relation::name);
            s.commitment = Some(d.commitment);
        }
        ClaimKind::Duration(d) => {
            s.value = Some(d.value);
            s.unit = Some(format!("{:?}", d.unit).to_lowercase());
        }
    }
    s
}

/// A finding with its location, claim and message; rules add the rest.
pub fn base_finding(
    doc: &Document,
    claim: &Claim,
    rule: &'static str,
    severity: Severity,
    message: String,
    meaning: String,
) -> Finding {
    let sentence = doc
        .sentences
        .get(claim.sentence)
        .map_or(claim.span, |s| s.span);
    let summary = summary(doc, claim);
    finding_at(
        doc, claim.span, sentence, rule, severity, summary, message, meaning,
    )
}

/// A finding about any span of a document (a claim, a comment): its
/// location, context and fingerprint; rules add reference and suggestion.
#[allow(clippy::too_many_arguments)]
pub fn finding_at(
    doc: &Document,
    span: Span,
    sentence: Span,
    rule: &'static str,
    severity: Severity,
    summary: ClaimSummary,
    mut message: String,
    meaning: String,
) -> Finding {
    // `format!` reserves about twice its literal text: a document with a
    // finding per claim would hold that slack for every one of them.
    message.shrink_to_fit();
    let fingerprint = finding::fingerprint(&[rule, &doc.path, &normalised(&summary.text)]);
    let mut f = Finding {
        rule,
        severity,
        path: doc.path.clone(),
        line: 0,
        column: 0,
        end_line: 0,
        end_column: 0,
        start: 0,
        end: 0,
        claim: summary,
        reference: None,
        message,
        meaning,
        suggestion: None,
        alternatives: Vec::new(),
        fingerprint,
        context: Context::default(),
    };
    context::locate(doc, span, &mut f);
    f.context = context::context(doc, span, sentence, None);
    f
}

/// A figure with its unit as people write it: "650 troops", "68.4%",
/// "$240 million", "€40 million", "12 CHF".
pub fn with_unit(number: &str, unit: Option<&str>) -> String {
    match unit {
        None | Some("") => number.to_owned(),
        Some("percent") => format!("{number}%"),
        Some("USD") => format!("${number}"),
        Some("EUR") => format!("€{number}"),
        Some("GBP") => format!("£{number}"),
        Some("JPY") => format!("¥{number}"),
        Some(u) => format!("{number} {u}"),
    }
}

/// "more than 800 troops", "nearly 8,000,000 people", "between 300 and 400 units".
pub fn describe_quantity(q: &Quantity, unit: &str) -> String {
    let number = |v: f64| with_unit(&judge::format_scaled(v), Some(unit));
    match (q.qualifier, q.min, q.max) {
        (crate::extract::claim::Qualifier::Between, Some(lo), Some(hi)) => {
            format!("between {} and {}", number(lo), number(hi))
        }
        (qualifier, _, _) => {
            let p = qualifier.phrase();
            if p.is_empty() {
                number(q.value)
            } else {
                format!("{p} {}", number(q.value))
            }
        }
    }
}

/// "by June 2022 (no later than 2022-06-30)", "on 2021-06-28".
pub fn describe_date(d: &DateClaim) -> Option<String> {
    let i = d.interval?;
    let named = describe(&i, d.granularity);
    let explained = match d.relation {
        Some(Relation::By) | Some(Relation::Until) => format!("no later than {}", i.end),
        Some(Relation::Before) => format!("before {}", i.start),
        Some(Relation::After) => format!("after {}", i.end),
        Some(Relation::Since) => format!("since {}", i.start),
        _ if i.start == i.end => format!("{}", i.start),
        _ => format!("{} … {}", i.start, i.end),
    };
    let relation = d
        .relation
        .map(|r| format!("{} ", r.name()))
        .unwrap_or_default();
    let negation = if d.negated { "not " } else { "" };
    Some(format!("{negation}{relation}{named} ({explained})"))
}

/// The reference's value as a message writes it: "650 troops", "7.5 million – 8 million people".
pub fn fact_value_text(fact: &Fact) -> String {
    // A plain YAML number is shown with separators ("352,000"); text is
    // shown as the reference data wrote it ("7.7 million").
    let value = if fact
        .value_text
        .chars()
        .all(|c| c.is_ascii_digit() || c == '.')
    {
        judge::format_number(fact.value.central())
    } else {
        fact.value_text.trim_end_matches('%').to_owned()
    };
    match &fact.unit {
        None if fact.value_text.ends_with('%') => format!("{value}%"),
        unit => with_unit(&value, unit.as_deref()),
    }
}

pub fn status_name(s: EventStatus) -> &'static str {
    match s {
        EventStatus::Scheduled => "scheduled",
        EventStatus::Held => "held",
        EventStatus::Postponed => "postponed",
        EventStatus::Cancelled => "cancelled",
    }
}

/// A fact as a finding cites it.
pub fn fact_cite(fact: &Fact) -> ReferenceCite {
    let value = match fact.value {
        RefValue::Exact(v) => crate::report::json_number(v),
        RefValue::Range { min, max } => serde_json::json!({
            "min": crate::report::json_number(min),
            "max": crate::report::json_number(max),
        }),
    };
    ReferenceCite {
        id: fact.id.clone(),
        value: Some(value),
        unit: fact.unit.clone(),
        date: None,
        status: None,
        as_of: fact.as_of.as_ref().map(|a| a.text.clone()),
        source: fact.source.clone(),
        file: fact.origin.file.clone(),
        line: fact.origin.line,
    }
}

/// An event as a finding cites it.
pub fn event_cite(event: &Event) -> ReferenceCite {
    ReferenceCite {
        id: event.id.clone(),
        value: None,
        unit: None,
        date: Some(event.date.text.clone()),
        status: event.status,
        as_of: None,
        source: event.source.clone(),
        file: event.origin.file.clone(),
        line: event.origin.line,
    }
}

#[cfg(test)]
mod tests;
