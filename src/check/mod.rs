//! Stage 3 — **check**: match claims to facts and events, judge them with
//! the rules, and turn contradictions into findings.

mod agreeing;
pub mod context;
pub mod coverage;
pub mod examples;
pub mod finding;
pub mod judge;
pub mod matching;
pub mod rules;
pub mod suggest;
pub mod suppress;

use hashbrown::HashSet;
use std::collections::BTreeMap;

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
    let matched = matching::match_claims_read(doc, claims, refs);
    let mut checker = Checker::new(doc, refs, opts);
    let (mut findings, verdicts) = checker.window(claims, &matched);
    findings.extend(checker.unused_suppressions(usize::MAX));
    finding::sort_findings(&mut findings);
    DocumentCheck {
        findings,
        verdicts,
        matched: coverage::matched_targets(&matched.matches),
    }
}

/// How much text either side of a window's sentences [`match_window`]
/// gives the matcher, so that terms and the words around a claim read
/// the same as in the whole document (a term is far shorter).
const MATCH_MARGIN: usize = 64 * 1024;

/// [`matching::match_claims`] for the claims of a window of whole
/// sentences (`sentences` indexes `doc.sentences`; `claims` are theirs):
/// the same matches, found on a copy of the window's text and a margin
/// either side, not by a term search over the whole document per window.
/// Matching reads only a claim's own sentence and the terms in it.
fn match_window(
    doc: &Document,
    sentences: std::ops::Range<usize>,
    claims: &[Claim],
    refs: &ReferenceSet,
) -> matching::Matched {
    let whole = sentences.start == 0 && sentences.end >= doc.sentences.len();
    let (Some(first), Some(last)) = (
        doc.sentences.get(sentences.start),
        sentences
            .end
            .checked_sub(1)
            .and_then(|i| doc.sentences.get(i)),
    ) else {
        return matching::match_claims_read(doc, claims, refs);
    };
    if whole || claims.is_empty() || refs.index.is_empty() {
        return matching::match_claims_read(doc, claims, refs);
    }
    let text = doc.text.as_str();
    let mut from = first.span.start.saturating_sub(MATCH_MARGIN);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let mut to = last.span.end.saturating_add(MATCH_MARGIN).min(text.len());
    while !text.is_char_boundary(to) {
        to += 1;
    }
    // Blanking writes spaces over whole characters: the text's character
    // boundaries are the prose's.
    let (Some(window_text), Some(window_prose)) = (text.get(from..to), doc.prose.get(from..to))
    else {
        return matching::match_claims_read(doc, claims, refs);
    };
    let shift = |s: Span| Span::new(s.start - from, s.end - from);
    let window = Document {
        path: String::new(),
        text: window_text.to_owned(),
        prose: window_prose.to_owned(),
        format: doc.format,
        date: doc.date,
        date_source: doc.date_source,
        sentences: doc
            .sentences
            .get(sentences.clone())
            .unwrap_or(&[])
            .iter()
            .map(|s| crate::document::Sentence {
                span: shift(s.span),
                clauses: s.clauses.iter().map(|&c| shift(c)).collect(),
            })
            .collect(),
        lines: crate::document::LineIndex::default(),
        warnings: Vec::new(),
        ignored_rules: None,
        currencies: doc.currencies,
        fiscal_start: doc.fiscal_start,
    };
    let shifted: Vec<Claim> = claims
        .iter()
        .map(|c| {
            let mut c = c.clone();
            c.span = shift(c.span);
            c.sentence -= sentences.start;
            match &mut c.kind {
                ClaimKind::Quantity(q) => q.figure = shift(q.figure),
                ClaimKind::Date(d) => d.expression = shift(d.expression),
                ClaimKind::Duration(d) => d.figure = d.figure.map(shift),
            }
            c
        })
        .collect();
    matching::match_claims_read(&window, &shifted, refs)
}

/// What [`check_document_windows`] tells besides the findings it hands on.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct WindowedCheck {
    /// How many claims the document has.
    pub claims: usize,
    /// How many agree, mismatch, or went unchecked.
    pub coverage: coverage::Coverage,
    /// Every fact and event some claim matched (ambiguously too), sorted.
    pub matched: Vec<Target>,
}

/// Extract and check a document a window of whole sentences at a time
/// (windows of about `window_bytes` of text), handing each finding to
/// `out` as soon as nothing can come before it: the same findings, in the
/// same order, as [`extract_with`](crate::extract::extract_with) and then
/// [`check_document_full`], and the same counts, but a long document's
/// claims and findings are never all held at once. Only the claims of
/// one window, the rules' memory of earlier figures, and findings waiting
/// behind a suppression that may yet turn out unused are kept.
pub fn check_document_windows(
    doc: &Document,
    refs: &ReferenceSet,
    opts: &CheckOptions,
    extract: &crate::extract::ExtractOptions,
    window_bytes: usize,
    out: &mut dyn FnMut(Finding),
) -> WindowedCheck {
    let mut checker = Checker::new(doc, refs, opts);
    let mut result = WindowedCheck::default();
    let mut matched = std::collections::BTreeSet::new();
    let mut held = Held::default();
    crate::extract::extract_windows(doc, extract, window_bytes, &mut |sentences, claims| {
        let matches = match_window(doc, sentences.clone(), &claims, refs);
        let (findings, verdicts) = checker.window(&claims, &matches);
        let matches = matches.matches;
        result.claims += claims.len();
        result.coverage.add(coverage::Coverage::of(&verdicts));
        matched.extend(coverage::matched_targets(&matches));
        drop(claims);
        // Every later finding starts at or after the window's end: a
        // suppression whose lines all lie before its line is settled.
        let end = sentences
            .end
            .checked_sub(1)
            .and_then(|i| doc.sentences.get(i))
            .map_or(0, |s| s.span.end);
        let (line, _) = doc.position(end);
        held.findings.extend(findings);
        held.settled(&mut checker, line);
        held.emit(&checker, out);
    });
    held.settled(&mut checker, usize::MAX);
    held.emit(&checker, out);
    result.matched = matched.into_iter().collect();
    result
}

/// Findings made but not yet handed on by [`check_document_windows`]:
/// those that a suppression still undecided may have to come before.
#[derive(Default)]
struct Held {
    findings: std::collections::VecDeque<Finding>,
    /// The unused suppressions' findings, settled but not yet handed on,
    /// in order.
    unused: std::collections::VecDeque<Finding>,
}

impl Held {
    /// Make the findings of the suppressions settled before `line`.
    fn settled(&mut self, checker: &mut Checker<'_>, line: usize) {
        let mut more = checker.unused_suppressions(line);
        if more.is_empty() {
            return;
        }
        more.extend(self.unused.drain(..));
        finding::sort_findings(&mut more);
        self.unused = more.into();
    }

    /// Hand on, in order, every finding before the first unsettled suppression.
    fn emit(&mut self, checker: &Checker<'_>, out: &mut dyn FnMut(Finding)) {
        let barrier = checker.first_unsettled();
        let key = |f: &Finding| (f.start, f.end, f.rule);
        loop {
            let take_unused = match (self.findings.front(), self.unused.front()) {
                (Some(f), Some(u)) => key(u) < key(f),
                (None, Some(_)) => true,
                (Some(_), None) => false,
                (None, None) => break,
            };
            let next = if take_unused {
                &mut self.unused
            } else {
                &mut self.findings
            };
            if next
                .front()
                .is_some_and(|f| barrier.is_some_and(|b| key(f) >= b))
            {
                break;
            }
            if let Some(f) = next.pop_front() {
                out(f);
            }
        }
    }
}

/// One document's check, a window of claims (whole sentences) at a time.
struct Checker<'a> {
    doc: &'a Document,
    refs: &'a ReferenceSet,
    opts: &'a CheckOptions,
    figures: rules::inconsistent_figure::Figures,
    suppressions: Vec<suppress::Suppression>,
    lookup: suppress::Lookup,
    /// The suppressions not yet used nor reported unused, by position
    /// (indexes into `suppressions`); empty when `unused-suppression` is off.
    open: Vec<usize>,
}

impl<'a> Checker<'a> {
    fn new(doc: &'a Document, refs: &'a ReferenceSet, opts: &'a CheckOptions) -> Self {
        let suppressions = suppress::find(doc);
        let lookup = suppress::Lookup::new(&suppressions);
        let mut open: Vec<usize> = if opts.severity(rules::unused_suppression::ID).is_some() {
            (0..suppressions.len()).collect()
        } else {
            Vec::new()
        };
        open.sort_by_key(|&i| suppressions.get(i).map(|s| (s.span.start, s.span.end)));
        Checker {
            doc,
            refs,
            opts,
            figures: rules::inconsistent_figure::Figures::default(),
            suppressions,
            lookup,
            open,
        }
    }

    /// The findings of the suppressions that stay unused, once every
    /// finding on lines from `line` on is still to come (`usize::MAX`:
    /// the document is done), in the suppressions' order.
    fn unused_suppressions(&mut self, line: usize) -> Vec<Finding> {
        let Some(severity) = self.opts.severity(rules::unused_suppression::ID) else {
            return Vec::new();
        };
        let suppressions = &self.suppressions;
        let mut done: Vec<usize> = Vec::new();
        self.open.retain(|&i| match suppressions.get(i) {
            Some(s) if s.used => false,
            Some(s) if s.last_line < line => {
                done.push(i);
                false
            }
            Some(_) => true,
            None => false,
        });
        done.sort_unstable();
        done.iter()
            .filter_map(|&i| self.suppressions.get(i))
            .map(|s| {
                let mut f = rules::unused_suppression::finding(self.doc, s);
                f.severity = severity;
                f
            })
            .collect()
    }

    /// The sort key of the first suppression still open: its finding, if
    /// it stays unused, comes before every finding from there on.
    fn first_unsettled(&self) -> Option<(usize, usize, &'static str)> {
        self.open
            .first()
            .and_then(|&i| self.suppressions.get(i))
            .map(|s| (s.span.start, s.span.end, rules::unused_suppression::ID))
    }

    /// Judge a window of claims (whole sentences, `matches` parallel):
    /// its findings, after suppressions and severities, sorted, and each
    /// claim's verdict.
    fn window(
        &mut self,
        claims: &[Claim],
        matched: &matching::Matched,
    ) -> (Vec<Finding>, Vec<ClaimVerdict>) {
        let (doc, refs, opts) = (self.doc, self.refs, self.opts);
        let (matches, crossed) = agreeing::repair(doc, claims, matched, refs, opts);
        let matches = &*matches;
        // Every finding made before the suppressions are applied has its
        // context emptied when `without_context` is set: do not build it.
        let no_context = context::Bare::new(opts.without_context);
        let mut findings = Vec::new();
        // Findings before this index have had their context dropped.
        let mut bare = 0;
        let mut mismatched = HashSet::new();
        // Claims about a series at a time it does not cover.
        let mut uncovered: Vec<usize> = Vec::new();
        for (index, (claim, m)) in claims.iter().zip(matches).enumerate() {
            drop_context(&mut findings, &mut bare, opts);
            findings.extend(rules::date_findings(doc, claim));
            // A duration is judged as the figure it counts in its unit.
            let figure = claim.kind.figure();
            let figure = figure.as_deref();
            match (&claim.kind, m) {
                (ClaimKind::Quantity(_) | ClaimKind::Duration(_), Match::One(Target::Fact(i))) => {
                    let Some(q) = figure else {
                        continue;
                    };
                    let Some(fact) = refs.facts.get(*i) else {
                        continue;
                    };
                    // Two figures of one series for two times are not
                    // inconsistent: each is left to its own point.
                    if !fact.series.is_empty() {
                        mismatched.insert(index);
                    }
                    // A time the series does not cover leaves the claim
                    // unchecked.
                    let Some(judged) = fact_as_judged(doc, claims, index, &fact, q, opts) else {
                        uncovered.push(index);
                        continue;
                    };
                    if let Some(f) = rules::fact_mismatch::check(doc, claim, q, &judged) {
                        mismatched.insert(index);
                        findings.push(f);
                    } else if opts.enabled(rules::loose_bound::ID) {
                        findings.extend(rules::loose_bound::check(
                            doc,
                            claim,
                            q,
                            &judged,
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
                        findings
                            .extend(rules::stale_commitment::check(doc, claim, d, event, as_of));
                    }
                }
                (_, Match::Ambiguous(targets)) => {
                    findings.extend(rules::ambiguous_match::findings(
                        doc, claims, index, targets, refs, opts,
                    ));
                }
                (_, Match::None) if opts.enabled(rules::unmatched_claim::ID) => {
                    findings.extend(rules::unmatched_claim::finding(doc, claim));
                }
                _ => {}
            }
        }
        if opts.enabled(rules::paired_crosswise::ID) {
            findings.extend(
                crossed
                    .iter()
                    .filter_map(|pair| rules::paired_crosswise::finding(doc, claims, pair, refs)),
            );
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
            self.figures
                .check_into(doc, claims, matches, &mismatched, &mut add);
        }
        if opts.enabled(rules::arithmetic::ID) {
            rules::arithmetic::check_into(doc, claims, &mut add);
        }
        drop(no_context);
        // Before suppressions: a suppressed finding is hidden, the claim is
        // still wrong.
        let mut verdicts =
            coverage::verdicts(claims, matches, refs, &findings, |rule| opts.enabled(rule));
        for i in uncovered {
            if let Some(v) = verdicts.get_mut(i) {
                *v = ClaimVerdict {
                    status: coverage::ClaimStatus::Unchecked,
                    target: None,
                };
            }
        }
        self.suppress(&mut findings);
        finding::sort_findings(&mut findings);
        (findings, verdicts)
    }

    /// Apply suppressions and severities, in place and in order (a long
    /// document's findings are not held twice), marking the suppressions
    /// used.
    fn suppress(&mut self, kept: &mut Vec<Finding>) {
        let (opts, lookup, suppressions) = (self.opts, &self.lookup, &mut self.suppressions);
        kept.retain_mut(|f| {
            let Some(severity) = opts.severity(f.rule) else {
                return false;
            };
            f.severity = severity;
            let covering = lookup.first_covering(suppressions, f.rule, f.line);
            if let Some(s) = covering.and_then(|i| suppressions.get_mut(i)) {
                s.used = true;
                return false;
            }
            true
        });
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
            s.qualifier = Some(d.qualifier.name());
            s.value = Some(d.value);
            s.min = d.min;
            s.max = d.max;
            s.unit = Some(d.unit.name().to_owned());
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

/// The fact as claim `index` of `claims` (figure `q`) is judged against
/// it: a series at the point the claim's clause speaks about (`None` where
/// the series does not cover that time), with the tolerance the options
/// give the claim's qualifier when the fact (or its point) sets none.
pub(crate) fn fact_as_judged(
    doc: &Document,
    claims: &[Claim],
    index: usize,
    fact: &Fact,
    q: &Quantity,
    opts: &CheckOptions,
) -> Option<Fact> {
    let mut judged = if fact.series.is_empty() {
        fact.clone()
    } else {
        let when = matching::spoken_time(doc, claims, index);
        fact.at_point(fact.point_at(when)?)
    };
    judged.tolerance = opts.tolerance(q, &judged);
    Some(judged)
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

#[cfg(test)]
mod window_tests {
    use super::*;
    use crate::config::Level;
    use crate::document::Format;

    /// Whole-document check and windowed check, compared: findings (in
    /// order), claims, coverage and matched targets.
    fn compare(doc: &Document, refs: &ReferenceSet, opts: &CheckOptions, windows: &[usize]) {
        let extract = crate::extract::ExtractOptions::default();
        let claims = crate::extract::extract_with(doc, &extract);
        let whole = check_document_full(doc, &claims, refs, opts);
        for &window in windows {
            let mut findings = Vec::new();
            let got = check_document_windows(doc, refs, opts, &extract, window, &mut |f| {
                findings.push(f);
            });
            assert_eq!(findings.len(), whole.findings.len(), "window {window}");
            for (k, (a, b)) in findings.iter().zip(&whole.findings).enumerate() {
                assert_eq!(a, b, "finding {k}, window {window}");
            }
            assert_eq!(got.claims, claims.len(), "window {window}");
            assert_eq!(got.coverage, whole.coverage(), "window {window}");
            assert_eq!(got.matched, whole.matched, "window {window}");
        }
    }

    /// A generated article, with suppressions between its paragraphs
    /// (used ones, unused ones, a disabled range) when `comments`.
    fn article(seed: u64, bytes: usize, comments: bool) -> String {
        let mut rng = crate::synth::Rng::new(seed);
        let text = crate::synth::article(&mut rng, bytes);
        if !comments {
            return text;
        }
        let notes = [
            "<!-- factlint-disable-next-line arithmetic -->\n",
            "<!-- factlint-disable-next-line loose-bound -->\n\n",
            "<!-- factlint-disable date-mismatch -->\n",
            "<!-- factlint-enable -->\n",
            "<!-- factlint-disable-next-line -->\n",
            "<!-- factlint-disable unmatched-claim -->\n",
            "<!-- factlint-disable-next-line past-as-future why -->\n",
        ];
        let mut out = String::new();
        for (i, paragraph) in text.split_inclusive("\n\n").enumerate() {
            if i % 3 == 1 {
                out.push_str(notes[(i / 3) % notes.len()]);
            }
            out.push_str(paragraph);
        }
        out
    }

    fn refs(seed: u64, facts: usize) -> ReferenceSet {
        let mut rng = crate::synth::Rng::new(seed);
        let yaml = crate::synth::reference_yaml(&mut rng, facts);
        crate::reference::load_sources(&[("refs.yaml".to_owned(), yaml)]).unwrap()
    }

    #[test]
    fn a_windowed_check_finds_what_the_whole_document_check_finds() {
        let refs = refs(3, 400);
        let mut all_on = CheckOptions {
            as_of: NaiveDate::from_ymd_opt(2022, 1, 1),
            ..CheckOptions::default()
        };
        for rule in rules::OFF_BY_DEFAULT {
            all_on.levels.insert((*rule).to_owned(), Level::Warning);
        }
        let bare = CheckOptions {
            without_context: true,
            ..CheckOptions::default()
        };
        let mut unused = 0;
        for (seed, comments) in [(1, false), (2, true), (9, true)] {
            let text = article(seed, 40_000, comments);
            for format in [Format::Text, Format::Markdown] {
                let doc = Document::from_text("a.md", text.clone(), format, None, vec![]);
                for opts in [&CheckOptions::default(), &all_on, &bare] {
                    let claims = crate::extract::extract(&doc);
                    let whole = check_document_full(&doc, &claims, &refs, opts);
                    assert!(whole.findings.len() > 50, "{}", whole.findings.len());
                    unused += whole
                        .findings
                        .iter()
                        .filter(|f| f.rule == rules::unused_suppression::ID)
                        .count();
                    compare(&doc, &refs, opts, &[1, 2_000, 9_000, usize::MAX]);
                }
            }
        }
        // The Markdown copies with comments report some unused.
        assert!(unused > 0);
    }

    #[test]
    fn a_windowed_check_of_the_fixtures_finds_what_the_whole_check_finds() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
        let refs = crate::reference::load(&[dir.join("refs")]).unwrap();
        let mut n = 0;
        for entry in std::fs::read_dir(dir.join("articles")).unwrap() {
            let path = entry.unwrap().path();
            let doc = Document::load(&path, None).unwrap();
            compare(&doc, &refs, &CheckOptions::default(), &[1, 300, usize::MAX]);
            n += 1;
        }
        assert!(n >= 5);
    }

    #[test]
    fn a_suppression_left_open_holds_back_what_follows_it() {
        // A range opened and never closed, unused: its finding comes
        // before everything after it, known only at the end.
        let mut text = article(4, 30_000, false);
        let cut = text.len() / 2;
        let cut = text[cut..].find("\n\n").map_or(cut, |k| cut + k + 2);
        text.insert_str(
            cut,
            "<!-- factlint-disable inconsistent-figure-x loose-bound -->\n\n",
        );
        let doc = Document::from_text("a.md", text, Format::Markdown, None, vec![]);
        let refs = refs(5, 300);
        compare(
            &doc,
            &refs,
            &CheckOptions::default(),
            &[1, 2_000, usize::MAX],
        );
    }
}
