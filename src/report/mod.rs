//! Stage 4 — **report**: render findings and extracted claims.
//!
//! Every format is one file and a pure function to a `String`; the binary
//! decides where the text goes. JSON is the stable contract (DESIGN, "JSON
//! output"); the human format is for people and may change.

pub mod codeclimate;
pub mod diff;
pub mod extract;
pub mod github;
pub mod html;
pub mod human;
pub mod json;
pub mod jsonl;
pub mod junit;
pub mod markdown;
pub mod rdjson;
pub mod sarif;
pub mod spill;

use serde::Serialize;

pub use crate::check::coverage::{ClaimStatus, Coverage};
use crate::check::finding::{Finding, Severity};
use crate::extract::claim::Span;

pub use extract::render_extract;

/// The output formats of `factlint check` that this module renders.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum CheckFormat {
    /// rustc-style diagnostics for a terminal.
    Human,
    /// One JSON document (version 1) with a summary and every finding.
    Json,
    /// One finding per line, as JSON.
    Jsonl,
    /// SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.
    Sarif,
    /// GitHub Actions workflow commands (annotations).
    Github,
    /// JUnit XML: one test case per document, one failure per error.
    Junit,
    /// reviewdog's diagnostic format (rdjson), with suggestions.
    Rdjson,
    /// A Markdown report for a pull-request comment.
    Markdown,
    /// One self-contained HTML page with every claim highlighted.
    Html,
    /// A unified diff of the safe suggestions, for `git apply`.
    Diff,
    /// GitLab Code Quality (Code Climate issues), for merge requests.
    Codeclimate,
}

impl CheckFormat {
    /// Whether the format needs each document's text and claims
    /// ([`CheckReport::details`]): only those that show or patch the article.
    pub fn needs_details(self) -> bool {
        matches!(
            self,
            CheckFormat::Html | CheckFormat::Diff | CheckFormat::Rdjson
        )
    }
}

/// The output formats of `factlint extract`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ExtractFormat {
    /// One JSON document (version 1) listing documents and their claims.
    Json,
    /// One JSON object per claim and line, each naming its path.
    Jsonl,
    /// Aligned columns: location, kind, text, normalised form.
    Table,
}

/// Everything a check run produced, in document order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CheckReport {
    /// How many documents were checked.
    pub documents: usize,
    /// How many claims were extracted from them.
    pub claims: usize,
    /// How many of those claims agree with a reference item, contradict
    /// one, or were not checked against any ([`crate::check::coverage`]);
    /// the three add up to `claims`.
    pub coverage: Coverage,
    /// How many facts and events the reference data holds. None at all
    /// means that only the internal consistency of the articles was checked.
    pub references: usize,
    /// How many of them no claim of any document matched.
    pub unused_references: usize,
    /// The ids of the first unused ones (at most [`UNUSED_IDS_SHOWN`]), in
    /// load order, facts first.
    pub unused_ids: Vec<String>,
    /// Each document's counts, in report order (empty when the producer
    /// did not record them).
    pub document_coverage: Vec<DocumentCoverage>,
    /// How many inputs could not be read (their errors go to stderr): a
    /// report that misses documents must not read as clean.
    pub unreadable: usize,
    /// Whether an unchecked claim fails the run (`--fail-on unchecked`):
    /// a summary must not then read as clean while one is left.
    pub fail_unchecked: bool,
    /// The findings, already ordered by document and position.
    pub findings: Vec<Finding>,
    /// The path of every document checked, in report order (empty when
    /// the producer did not record them).
    pub paths: Vec<String>,
    /// Each document's text and every claim with its verdict, in document
    /// order. Filled only for the formats that need it
    /// ([`CheckFormat::needs_details`]); empty otherwise, which keeps memory
    /// bounded by one document for the other formats.
    pub details: Vec<DocumentDetail>,
}

/// How many unused reference ids a report lists.
pub const UNUSED_IDS_SHOWN: usize = 20;

/// What was checked in one document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DocumentCoverage {
    /// The path as findings name it.
    pub path: String,
    /// Its claims' statuses, counted.
    pub coverage: Coverage,
    /// How many facts and events no claim of this document matched.
    pub unused_references: usize,
}

/// One document as the whole-article reports (html, diff) see it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DocumentDetail {
    /// The path as findings name it.
    pub path: String,
    /// The text as read; spans index into it.
    pub text: String,
    /// Every claim, in document order.
    pub claims: Vec<ClaimMark>,
}

/// One claim and what the check made of it.
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimMark {
    pub span: Span,
    /// "quantity", "date" or "duration".
    pub kind: &'static str,
    pub status: ClaimStatus,
    /// The fact or event it was matched to, if one.
    pub reference: Option<String>,
}

impl CheckReport {
    /// How many findings there are at each severity: (errors, warnings, infos).
    pub fn counts(&self) -> (usize, usize, usize) {
        self.findings
            .iter()
            .fold((0, 0, 0), |(e, w, i), f| match f.severity {
                Severity::Error => (e + 1, w, i),
                Severity::Warning => (e, w + 1, i),
                Severity::Info => (e, w, i + 1),
            })
    }
}

impl CheckReport {
    /// Each recorded document's counts by path (the first of a path wins).
    pub fn coverage_by_path(&self) -> std::collections::HashMap<&str, &DocumentCoverage> {
        let mut by_path = std::collections::HashMap::with_capacity(self.document_coverage.len());
        for c in &self.document_coverage {
            by_path.entry(c.path.as_str()).or_insert(c);
        }
        by_path
    }

    /// The detail of the document at `path`, when the report carries it.
    pub fn detail(&self, path: &str) -> Option<&DocumentDetail> {
        self.details.iter().find(|d| d.path == path)
    }

    /// Every document with its findings, in report order: the recorded
    /// paths (documents without findings included), and any path a finding
    /// names that was not recorded.
    pub fn documents_with_findings(&self) -> Vec<(&str, Vec<&Finding>)> {
        let mut groups: Vec<(&str, Vec<&Finding>)> = self
            .paths
            .iter()
            .map(|p| (p.as_str(), Vec::new()))
            .collect();
        let mut at: std::collections::HashMap<&str, usize> = groups
            .iter()
            .enumerate()
            .map(|(i, (p, _))| (*p, i))
            .collect();
        for f in &self.findings {
            let i = *at.entry(f.path.as_str()).or_insert_with(|| {
                groups.push((f.path.as_str(), Vec::new()));
                groups.len() - 1
            });
            if let Some((_, list)) = groups.get_mut(i) {
                list.push(f);
            }
        }
        groups
    }

    /// The findings grouped by path, in report order.
    pub fn by_path(&self) -> Vec<(&str, Vec<&Finding>)> {
        let mut groups: Vec<(&str, Vec<&Finding>)> = Vec::new();
        for f in &self.findings {
            match groups.last_mut() {
                Some((path, list)) if *path == f.path => list.push(f),
                _ => groups.push((&f.path, vec![f])),
            }
        }
        groups
    }
}

/// Presentation switches that only the human format heeds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RenderOptions {
    /// Emit ANSI colour codes (the CLI decides: terminal, `NO_COLOR`, `--color`).
    pub color: bool,
    /// Print the findings only: no summary line, nothing at all when clean.
    pub quiet: bool,
    /// Also list each document's counts and the reference items that no
    /// claim matched (human format).
    pub verbose: bool,
}

/// Render a check run in the chosen format.
pub fn render_check(format: CheckFormat, report: &CheckReport, opts: &RenderOptions) -> String {
    match format {
        CheckFormat::Human => human::render(report, opts),
        CheckFormat::Json => json::render(report),
        CheckFormat::Jsonl => jsonl::render(report),
        CheckFormat::Sarif => sarif::render(report),
        CheckFormat::Github => github::render(report),
        CheckFormat::Junit => junit::render(report),
        CheckFormat::Rdjson => rdjson::render(report),
        CheckFormat::Markdown => markdown::render(report),
        CheckFormat::Html => html::render(report),
        CheckFormat::Diff => diff::render(report),
        CheckFormat::Codeclimate => codeclimate::render(report),
    }
}

/// A check report in one of the formats that hold their findings until the
/// run's counts are known (`junit`, `github`, `markdown`, `html`,
/// `rdjson`, `codeclimate`), written as it goes: each document's findings
/// are rendered when settled, into a [`spill::Spill`], so that memory is
/// bounded by a document, not the run. The same bytes as [`render_check`]
/// for documents in report order (a path's documents adjacent).
pub enum Streamed {
    Junit(junit::Stream),
    Github(github::Stream),
    Markdown(markdown::Stream),
    /// With the findings of a document pushed one by one, until its counts.
    Html(html::Stream, Vec<Finding>),
    Rdjson(rdjson::Stream),
    Codeclimate(codeclimate::Stream),
}

impl Streamed {
    /// The stream of `format`, when it is one of these. With
    /// `step_summary`, `github` also writes the job summary's Markdown
    /// report, of at most [`markdown::STEP_SUMMARY_LIMIT`] bytes.
    pub fn new(format: CheckFormat, step_summary: bool) -> Option<Streamed> {
        Some(match format {
            CheckFormat::Junit => Streamed::Junit(junit::Stream::new()),
            CheckFormat::Github => Streamed::Github(github::Stream::new(
                step_summary.then(|| markdown::Stream::bounded(markdown::STEP_SUMMARY_LIMIT)),
            )),
            CheckFormat::Markdown => Streamed::Markdown(markdown::Stream::new()),
            CheckFormat::Html => Streamed::Html(html::Stream::new(), Vec::new()),
            CheckFormat::Rdjson => Streamed::Rdjson(rdjson::Stream::new()),
            CheckFormat::Codeclimate => Streamed::Codeclimate(codeclimate::Stream::new()),
            _ => return None,
        })
    }

    /// Whether a long document may be checked a window at a time, its
    /// findings pushed as they are settled ([`Streamed::push`]): not for
    /// `html`, which shows the whole article with every claim.
    pub fn windows(&self) -> bool {
        !matches!(self, Streamed::Html(..))
    }

    /// One document checked whole: its counts, its detail when the format
    /// needs it ([`CheckFormat::needs_details`]), and its findings in
    /// report order.
    pub fn document(
        &mut self,
        counts: DocumentCoverage,
        detail: Option<DocumentDetail>,
        findings: Vec<Finding>,
    ) {
        match self {
            Streamed::Junit(s) => s.document(&counts, &findings),
            Streamed::Github(s) => s.document(&counts, &findings),
            Streamed::Markdown(s) => s.document(&counts, &findings),
            Streamed::Html(s, _) => s.document(counts, detail, findings),
            Streamed::Rdjson(s) => s.document(detail, &findings),
            Streamed::Codeclimate(s) => {
                for f in &findings {
                    s.push(f);
                }
            }
        }
    }

    /// The next finding of a document checked a window at a time, with
    /// the document's text and line index (`rdjson` counts columns in its
    /// bytes).
    pub fn push(&mut self, f: Finding, text: &str, lines: &crate::document::lines::LineIndex) {
        match self {
            Streamed::Junit(s) => s.push(&f),
            Streamed::Github(s) => s.push(&f),
            Streamed::Markdown(s) => s.push(&f),
            Streamed::Html(_, pushed) => pushed.push(f),
            Streamed::Rdjson(s) => s.push(&f, text, lines),
            Streamed::Codeclimate(s) => s.push(&f),
        }
    }

    /// The counts of the document whose findings were pushed.
    pub fn document_after(&mut self, counts: DocumentCoverage) {
        match self {
            Streamed::Junit(s) => s.document_after(&counts),
            Streamed::Github(s) => s.document_after(&counts),
            Streamed::Markdown(s) => s.document_after(&counts),
            Streamed::Html(s, pushed) => s.document(counts, None, std::mem::take(pushed)),
            Streamed::Rdjson(_) | Streamed::Codeclimate(_) => {}
        }
    }

    /// The `github` stream, for its job summary.
    pub fn github(&mut self) -> Option<&mut github::Stream> {
        match self {
            Streamed::Github(s) => Some(s),
            _ => None,
        }
    }

    /// The whole report to `out`, with the counts of `report` (its
    /// findings are not read: they were pushed); `step` says what the job
    /// summary holds (`github`). An error if held findings could not be
    /// kept or read back.
    pub fn finish(
        self,
        report: &CheckReport,
        step: github::StepSummary,
        out: &mut dyn FnMut(&str),
    ) -> Result<(), String> {
        match self {
            Streamed::Junit(s) => s.finish(report, out),
            Streamed::Github(s) => {
                s.finish(report, step, out);
                Ok(())
            }
            Streamed::Markdown(s) => s.finish(report, out),
            Streamed::Html(s, _) => s.finish(report, out),
            Streamed::Rdjson(s) => s.finish(out),
            Streamed::Codeclimate(s) => s.finish(report, out),
        }
    }
}

/// Largest magnitude below which every integral f64 fits an i64 or u64.
const TWO_POW_63: f64 = 9_223_372_036_854_775_808.0;
const TWO_POW_64: f64 = 18_446_744_073_709_551_616.0;

/// A figure as a JSON number: an integer when it is whole and fits i64/u64
/// (`8000000`, not `8000000.0`), otherwise a float; `null` for NaN/infinity.
pub fn json_number(x: f64) -> serde_json::Value {
    match whole_number(x) {
        Some(Whole::Unsigned(n)) => serde_json::Value::from(n),
        Some(Whole::Signed(n)) => serde_json::Value::from(n),
        None => serde_json::Number::from_f64(x)
            .map_or(serde_json::Value::Null, serde_json::Value::Number),
    }
}

/// A figure [`json_number`] writes as an integer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Whole {
    /// Whole, in `0 .. 2^64`.
    Unsigned(u64),
    /// Whole, in `-2^63 .. 0`.
    Signed(i64),
}

/// `x` as the integer [`json_number`] writes, when it writes one: whole
/// and within `u64` (from 0) or `i64` (below 0).
pub(crate) fn whole_number(x: f64) -> Option<Whole> {
    if x.is_finite() && x.fract() == 0.0 {
        if (0.0..TWO_POW_64).contains(&x) {
            return Some(Whole::Unsigned(x as u64));
        }
        if (-TWO_POW_63..0.0).contains(&x) {
            return Some(Whole::Signed(x as i64));
        }
    }
    None
}

/// A figure for people: whole numbers without ".0" (`650`, `7.5`).
pub fn format_number(x: f64) -> String {
    match json_number(x) {
        serde_json::Value::Number(n) => n.to_string(),
        _ => x.to_string(),
    }
}

/// `serialize_with` helper for optional figures, so that every serialisation
/// of a [`Finding`] writes whole numbers as integers.
pub fn serialize_opt_number<S: serde::Serializer>(
    x: &Option<f64>,
    ser: S,
) -> Result<S::Ok, S::Error> {
    match x {
        Some(x) => json_number(*x).serialize(ser),
        None => ser.serialize_none(),
    }
}

/// The name serde gives a unit-like enum variant ("held", "year"), so that
/// reporters print exactly what the JSON says.
fn serde_name<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        Ok(other) => other.to_string(),
        Err(_) => String::new(),
    }
}

/// `text` made safe for one terminal line: control characters (newlines,
/// tabs, escape sequences from the article) and bidirectional overrides
/// (which would reorder the line as shown) become spaces, so the character
/// count, and with it every column, stays the same.
fn printable(text: &str) -> String {
    text.chars()
        .map(|c| if crate::escape::is_control(c) { ' ' } else { c })
        .collect()
}

/// What a run checked, for the summaries of every format: "57 claims:
/// 20 agree, 5 mismatch, 32 unchecked; 3 of 12 references unused", or,
/// with no reference data, "6 claims, unchecked: no reference data, only
/// internal consistency was checked".
pub fn coverage_phrase(report: &CheckReport) -> String {
    let claims = plural(report.claims, "claim");
    if report.references == 0 {
        return format!(
            "{claims}, unchecked: no reference data, only internal consistency was checked"
        );
    }
    format!(
        "{}; {} of {} unused",
        claim_counts(report.claims, report.coverage),
        report.unused_references,
        plural(report.references, "reference")
    )
}

/// "9 claims: 3 agree, 1 mismatch, 5 unchecked".
pub fn claim_counts(claims: usize, c: Coverage) -> String {
    format!(
        "{}: {} agree, {} mismatch, {} unchecked",
        plural(claims, "claim"),
        c.agree,
        c.mismatch,
        c.unchecked
    )
}

/// "1 input could not be read" when some could not, else nothing.
pub fn unreadable_count(report: &CheckReport) -> String {
    match report.unreadable {
        0 => String::new(),
        1 => "1 input could not be read".to_owned(),
        n => format!("{n} inputs could not be read"),
    }
}

/// "; 1 input could not be read" when some could not, else nothing.
pub fn unreadable_phrase(report: &CheckReport) -> String {
    match unreadable_count(report) {
        s if s.is_empty() => s,
        s => format!("; {s}"),
    }
}

/// "a/b, c/d and 3 more": the unused reference ids the report lists.
pub fn unused_list(report: &CheckReport) -> String {
    let mut list = report.unused_ids.join(", ");
    let more = report
        .unused_references
        .saturating_sub(report.unused_ids.len());
    if more > 0 {
        let _ = std::fmt::Write::write_fmt(&mut list, format_args!(" and {more} more"));
    }
    list
}

/// "1 error", "2 errors" (for the CLI's notes).
pub fn plural_count(n: usize, word: &str) -> String {
    plural(n, word)
}

/// "1 error", "2 errors".
fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// One piece of a word-level diff.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum WordPiece {
    Same(String),
    /// A replacement, with the whitespace at its edges kept outside.
    Change {
        leading: String,
        deleted: String,
        inserted: String,
        trailing: String,
    },
}

/// A word-level diff of two sentences. Changed words separated only by
/// whitespace form one hunk, so "over 800" → "about 650" reads as one
/// replacement.
pub(crate) fn word_pieces(old: &str, new: &str) -> Vec<WordPiece> {
    use similar::{ChangeTag, TextDiff};
    let diff = TextDiff::from_words(old, new);
    let changes: Vec<(ChangeTag, &str)> = diff
        .iter_all_changes()
        .map(|c| (c.tag(), c.value()))
        .collect();
    let is_gap = |&(tag, text): &(ChangeTag, &str)| {
        tag == ChangeTag::Equal && text.chars().all(char::is_whitespace)
    };
    let mut pieces = Vec::new();
    let mut i = 0;
    while let Some(&(tag, text)) = changes.get(i) {
        if tag == ChangeTag::Equal {
            match pieces.last_mut() {
                Some(WordPiece::Same(s)) => s.push_str(text),
                _ => pieces.push(WordPiece::Same(text.to_owned())),
            }
            i += 1;
            continue;
        }
        // The hunk runs to the last change reachable over whitespace gaps.
        let mut end = i;
        let mut j = i;
        while let Some(change) = changes.get(j) {
            if change.0 != ChangeTag::Equal {
                end = j + 1;
            } else if !is_gap(change) {
                break;
            }
            j += 1;
        }
        let (mut deleted, mut inserted) = (String::new(), String::new());
        for &(tag, text) in changes.get(i..end).unwrap_or_default() {
            match tag {
                ChangeTag::Delete => deleted.push_str(text),
                ChangeTag::Insert => inserted.push_str(text),
                ChangeTag::Equal => {
                    deleted.push_str(text);
                    inserted.push_str(text);
                }
            }
        }
        pieces.push(hunk(&deleted, &inserted));
        i = end;
    }
    pieces
}

/// One hunk, with whitespace at its edges kept outside the change.
fn hunk(deleted: &str, inserted: &str) -> WordPiece {
    let lead = |s: &str| s.len() - s.trim_start().len();
    let trail = |s: &str| s.len() - s.trim_end().len();
    let leading = if lead(deleted) >= lead(inserted) {
        deleted.get(..lead(deleted))
    } else {
        inserted.get(..lead(inserted))
    };
    let trailing = if trail(deleted) >= trail(inserted) {
        deleted.get(deleted.len() - trail(deleted)..)
    } else {
        inserted.get(inserted.len() - trail(inserted)..)
    };
    WordPiece::Change {
        leading: leading.unwrap_or("").to_owned(),
        deleted: deleted.trim().to_owned(),
        inserted: inserted.trim().to_owned(),
        trailing: trailing.unwrap_or("").to_owned(),
    }
}

/// The suggestion to show for a finding and whether `--fix` may apply it:
/// the suggestion, or else the first alternative (never safe).
pub(crate) fn shown_suggestion(f: &Finding) -> Option<(&str, bool)> {
    match &f.suggestion {
        Some(s) => Some((s.replacement.as_str(), s.safe)),
        None => f.alternatives.first().map(|a| (a.as_str(), false)),
    }
}

/// Findings and claims built by hand over a small article, shared by the
/// reporters' tests.
#[cfg(test)]
pub(crate) mod fixtures {
    use chrono::NaiveDate;

    use crate::check::finding::{
        fingerprint, ClaimSummary, Context, Finding, ReferenceCite, Severity, Suggestion,
    };
    use crate::document::{Document, Format};
    use crate::extract::claim::{
        Claim, ClaimKind, DateClaim, Duration, DurationUnit, NumberStyle, Qualifier, Quantity,
        Relation, Span, Tense,
    };
    use crate::reference::model::EventStatus;
    use crate::time::{Granularity, Interval};

    pub const ARTICLE: &str = "date 2021-06-29\n\n\
        The Global Coalition met in Rome on Monday.\n\n\
        “Italy, with over 800 units between Iraq and Kuwait, will continue to keep its commitment,” the minister said.\n\n\
        The next ministerial meeting will be held by June 2022, after two years of talks.\n";

    /// The seed-like report every format's tests render: one document, four
    /// claims, a fact mismatch and a date mismatch.
    pub fn report() -> crate::report::CheckReport {
        let doc = document();
        crate::report::CheckReport {
            findings: vec![fact_mismatch(&doc), date_mismatch(&doc)],
            ..counts()
        }
    }

    /// The counts of [`report`] without its findings: of four claims, two
    /// mismatch and two ("on Monday", "after two years") went unchecked; of
    /// three reference items one matched nothing.
    pub fn counts() -> crate::report::CheckReport {
        let coverage = crate::report::Coverage {
            agree: 0,
            mismatch: 2,
            unchecked: 2,
        };
        crate::report::CheckReport {
            documents: 1,
            claims: 4,
            coverage,
            references: 3,
            unused_references: 1,
            unused_ids: vec!["coalition/small-group".into()],
            document_coverage: vec![crate::report::DocumentCoverage {
                path: "fixtures/articles/rome.txt".into(),
                coverage,
                unused_references: 1,
            }],
            ..Default::default()
        }
    }

    /// One document of [`archive`]: its counts, detail and findings.
    pub type ArchiveDocument = (
        crate::report::DocumentCoverage,
        crate::report::DocumentDetail,
        Vec<Finding>,
    );

    /// A run over several documents as the CLI streams it, each with its
    /// counts, detail and findings in order, and the whole report they
    /// make: errors, warnings and infos, a document without findings, two
    /// adjacent documents of one path, one claim found twice, more
    /// findings of a level than GitHub annotates, an unreadable input.
    pub fn archive() -> (crate::report::CheckReport, Vec<ArchiveDocument>) {
        let doc = document();
        let plan: [(&str, &[(bool, Severity)]); 5] = [
            (
                "a.txt",
                &[
                    (true, Severity::Error),
                    (false, Severity::Error),
                    (true, Severity::Warning),
                ],
            ),
            ("b.txt", &[]),
            (
                "c|x.md",
                &[(true, Severity::Warning), (false, Severity::Info)],
            ),
            (
                "c|x.md",
                &[(true, Severity::Warning), (true, Severity::Error)],
            ),
            ("d.txt", &[(true, Severity::Info); 12]),
        ];
        let mut report = crate::report::CheckReport {
            unreadable: 1,
            ..counts()
        };
        report.documents = plan.len();
        report.claims = 0;
        report.coverage = crate::report::Coverage::default();
        report.document_coverage.clear();
        let mut docs = Vec::new();
        for (k, (path, findings)) in plan.iter().enumerate() {
            let findings: Vec<Finding> = findings
                .iter()
                .map(|&(fact, severity)| {
                    let mut f = if fact {
                        fact_mismatch(&doc)
                    } else {
                        date_mismatch(&doc)
                    };
                    f.path = (*path).to_owned();
                    f.severity = severity;
                    let id = f
                        .reference
                        .as_ref()
                        .map_or("", |r| r.id.as_str())
                        .to_owned();
                    f.fingerprint = fingerprint(&[f.rule, path, &f.claim.text, &id]);
                    f
                })
                .collect();
            let coverage = crate::report::Coverage {
                agree: k,
                mismatch: findings.len(),
                unchecked: 1,
            };
            let counts = crate::report::DocumentCoverage {
                path: (*path).to_owned(),
                coverage,
                unused_references: k % 3,
            };
            let detail = crate::report::DocumentDetail {
                path: (*path).to_owned(),
                text: ARTICLE.to_owned(),
                claims: vec![
                    crate::report::ClaimMark {
                        span: span_of(&doc, "over 800 units"),
                        kind: "quantity",
                        status: crate::report::ClaimStatus::Mismatch,
                        reference: Some("italy/troops-iraq-kuwait".into()),
                    },
                    crate::report::ClaimMark {
                        span: span_of(&doc, "by June 2022"),
                        kind: "date",
                        status: crate::report::ClaimStatus::Agree,
                        reference: None,
                    },
                ],
            };
            report.claims += coverage.claims();
            report.coverage.add(coverage);
            report.paths.push((*path).to_owned());
            report.document_coverage.push(counts.clone());
            report.details.push(detail.clone());
            report.findings.extend(findings.iter().cloned());
            docs.push((counts, detail, findings));
        }
        (report, docs)
    }

    pub fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    pub fn document() -> Document {
        Document::from_text(
            "fixtures/articles/rome.txt",
            ARTICLE.into(),
            Format::Text,
            None,
            vec![],
        )
    }

    pub fn span_of(doc: &Document, needle: &str) -> Span {
        let start = doc.text.find(needle).unwrap();
        Span::new(start, start + needle.len())
    }

    /// A finding located at `span` with the context the check stage builds.
    fn locate(
        doc: &Document,
        span: Span,
        replacement: &str,
        rule: &'static str,
        claim: ClaimSummary,
        reference: ReferenceCite,
    ) -> Finding {
        let (line, column) = doc.position(span.start);
        let (end_line, end_column) = doc.position(span.end);
        let line_start = doc.text[..span.start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = doc.text[span.start..]
            .find('\n')
            .map_or(doc.text.len(), |i| span.start + i);
        let sentence = &doc.sentences[doc.sentence_index(span.start).unwrap()];
        let sentence_text = doc.slice(sentence.span);
        let fixed = format!(
            "{}{}{}",
            &doc.text[sentence.span.start..span.start],
            replacement,
            &doc.text[span.end..sentence.span.end]
        );
        Finding {
            rule,
            severity: Severity::Error,
            path: doc.path.clone(),
            line,
            column,
            end_line,
            end_column,
            start: span.start,
            end: span.end,
            fingerprint: fingerprint(&[rule, &doc.path, &claim.text, &reference.id]),
            claim,
            reference: Some(Box::new(reference)),
            message: String::new(),
            meaning: String::new(),
            suggestion: Some(Suggestion {
                span,
                replacement: replacement.into(),
                safe: true,
            }),
            alternatives: vec![],
            context: Context {
                line_text: doc.text[line_start..line_end].into(),
                line_column: column,
                claim_chars: doc.slice(span).chars().count(),
                sentence: sentence_text.trim().into(),
                sentence_fixed: Some(fixed.trim().into()),
            },
        }
    }

    pub fn fact_mismatch(doc: &Document) -> Finding {
        let span = span_of(doc, "over 800 units");
        let mut f = locate(
            doc,
            span,
            "about 650 units",
            "fact-mismatch",
            ClaimSummary {
                kind: "quantity",
                text: "over 800 units".into(),
                qualifier: Some("over"),
                value: Some(800.0),
                min: None,
                max: None,
                unit: Some("units".into()),
                interval: None,
                relation: None,
                commitment: None,
            },
            ReferenceCite {
                id: "italy/troops-iraq-kuwait".into(),
                value: Some(serde_json::json!(650)),
                unit: Some("troops".into()),
                date: None,
                status: None,
                as_of: Some("2021-06".into()),
                source: Some("Italian Ministry of Defence, 2021 deployment figures".into()),
                file: "rules/coalition.yaml".into(),
                line: 9,
            },
        );
        f.message = "claims more than 800 troops; reference says 650 (as of 2021-06)".into();
        f.meaning = "more than 800 units".into();
        f
    }

    pub fn date_mismatch(doc: &Document) -> Finding {
        let span = span_of(doc, "by June 2022");
        let mut f = locate(
            doc,
            span,
            "by September 2022",
            "date-mismatch",
            ClaimSummary {
                kind: "date",
                text: "by June 2022".into(),
                qualifier: None,
                value: None,
                min: None,
                max: None,
                unit: None,
                interval: Some(Interval::new(d(2022, 6, 1), d(2022, 6, 30))),
                relation: Some("by"),
                commitment: Some(true),
            },
            ReferenceCite {
                id: "coalition/next-ministerial".into(),
                value: None,
                unit: None,
                date: Some("2022-09-15".into()),
                status: Some(EventStatus::Scheduled),
                as_of: None,
                source: Some("Coalition press office".into()),
                file: "rules/coalition.yaml".into(),
                line: 21,
            },
        );
        f.message =
            "commits to the ministerial meeting by June 2022; reference schedules it for September 15, 2022"
                .into();
        f.meaning = "no later than June 30, 2022".into();
        f.suggestion.as_mut().unwrap().safe = false;
        f
    }

    /// The claims `extract` would find in [`ARTICLE`], built by hand.
    pub fn claims(doc: &Document) -> Vec<Claim> {
        let claim = |needle: &str, kind: ClaimKind| {
            let span = span_of(doc, needle);
            Claim {
                span,
                sentence: doc.sentence_index(span.start).unwrap(),
                kind,
            }
        };
        let over = span_of(doc, "over 800");
        let june = span_of(doc, "June 2022");
        let monday = span_of(doc, "Monday");
        vec![
            claim(
                "on Monday",
                ClaimKind::Date(DateClaim {
                    interval: Some(Interval::day(d(2021, 6, 28))),
                    granularity: Granularity::Day,
                    relation: Some(Relation::On),
                    commitment: false,
                    negated: false,
                    tense: Tense::Past,
                    expression: monday,
                    relative: true,
                    stated_weekday: None,
                }),
            ),
            claim(
                "over 800 units",
                ClaimKind::Quantity(Quantity {
                    value: 800.0,
                    min: None,
                    max: None,
                    qualifier: Qualifier::Over,
                    unit: Some("units".into()),
                    precision: 100.0,
                    style: NumberStyle::Digits,
                    figure: over,
                    modifiers: None,
                }),
            ),
            claim(
                "by June 2022",
                ClaimKind::Date(DateClaim {
                    interval: Some(Interval::month(2022, 6).unwrap()),
                    granularity: Granularity::Month,
                    relation: Some(Relation::By),
                    commitment: true,
                    negated: false,
                    tense: Tense::Future,
                    expression: june,
                    relative: false,
                    stated_weekday: None,
                }),
            ),
            claim(
                "after two years",
                ClaimKind::Duration(Duration::whole(2.0, DurationUnit::Year)),
            ),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_numbers_are_json_integers() {
        assert_eq!(json_number(8_000_000.0).to_string(), "8000000");
        assert!(json_number(800.0).is_u64());
        assert_eq!(json_number(-12.0).to_string(), "-12");
        assert_eq!(json_number(7.5).to_string(), "7.5");
        assert_eq!(
            json_number(1e300).to_string(),
            serde_json::json!(1e300).to_string()
        );
        assert!(json_number(f64::NAN).is_null());
        assert!(json_number(f64::INFINITY).is_null());
        assert_eq!(format_number(650.0), "650");
        assert_eq!(format_number(0.125), "0.125");
    }

    #[test]
    fn counts_by_severity() {
        let doc = fixtures::document();
        let mut warning = fixtures::date_mismatch(&doc);
        warning.severity = Severity::Warning;
        let report = CheckReport {
            documents: 1,
            claims: 4,
            findings: vec![fixtures::fact_mismatch(&doc), warning],
            ..Default::default()
        };
        assert_eq!(report.counts(), (1, 1, 0));
        assert_eq!(CheckReport::default().counts(), (0, 0, 0));
    }

    #[test]
    fn printable_keeps_columns() {
        assert_eq!(printable("a\tb\x1b[31mc\n"), "a b [31mc ");
        assert_eq!(plural(1, "claim"), "1 claim");
        assert_eq!(plural(0, "error"), "0 errors");
    }
}

#[cfg(test)]
mod stream_tests {
    use super::spill::tests::{files_made, spill_past};
    use super::*;

    /// The six formats the CLI streams through [`Streamed`].
    const STREAMED: [CheckFormat; 6] = [
        CheckFormat::Junit,
        CheckFormat::Github,
        CheckFormat::Markdown,
        CheckFormat::Html,
        CheckFormat::Rdjson,
        CheckFormat::Codeclimate,
    ];

    /// The report as the CLI streams it: each document whole, or (where
    /// the format allows) its findings pushed one by one, then its counts.
    fn streamed(format: CheckFormat, windows: bool) -> String {
        let (report, docs) = fixtures::archive();
        let mut stream = Streamed::new(format, false).unwrap();
        for (counts, detail, findings) in docs {
            if windows && stream.windows() {
                let lines = crate::document::lines::LineIndex::new(&detail.text);
                for f in findings {
                    stream.push(f, &detail.text, &lines);
                }
                stream.document_after(counts);
            } else {
                stream.document(counts, Some(detail), findings);
            }
        }
        let mut out = String::new();
        stream
            .finish(&report, github::StepSummary::Complete, &mut |p| {
                out.push_str(p)
            })
            .unwrap();
        out
    }

    #[test]
    fn every_streamed_format_writes_the_whole_report() {
        let (report, _) = fixtures::archive();
        for format in STREAMED {
            let whole = render_check(format, &report, &RenderOptions::default());
            assert!(whole.len() > 1000, "{format:?}");
            for windows in [false, true] {
                assert!(
                    streamed(format, windows) == whole,
                    "{format:?}, windows {windows}:\n{}\n---\n{whole}",
                    streamed(format, windows)
                );
            }
        }
    }

    /// Spilled to temporary files after every few bytes, each format's
    /// report is the same as held in memory.
    #[test]
    fn a_spilled_report_is_the_report_held_in_memory() {
        for format in STREAMED {
            let held = streamed(format, true);
            let before = files_made();
            let spilled = spill_past(16, || streamed(format, true));
            assert!(spilled == held, "{format:?}:\n{spilled}\n---\n{held}");
            // github keeps only the commands it shows: nothing to spill.
            if format != CheckFormat::Github {
                assert!(files_made() > before, "{format:?} never spilled");
            }
        }
    }

    /// The job summary that github writes as it goes is the Markdown
    /// report cut to each size, spilled or not.
    #[test]
    fn the_streamed_job_summary_is_the_cut_markdown_report() {
        let (report, docs) = fixtures::archive();
        let whole = markdown::render(&report).len();
        for limit in [0, 300, 2_000, 5_000, whole - 1, whole, whole + 10] {
            for spill in [usize::MAX, 16] {
                let mut stream = Streamed::new(CheckFormat::Github, true).unwrap();
                let bounded = spill_past(spill, || {
                    for (counts, detail, findings) in docs.clone() {
                        stream.document(counts, Some(detail), findings);
                    }
                    stream
                        .github()
                        .unwrap()
                        .step_summary(&report, limit)
                        .unwrap()
                });
                assert_eq!(bounded, markdown::render_within(&report, limit), "{limit}");
                assert!(bounded.text.len() <= limit.max(900), "{limit}");
            }
        }
    }
}
