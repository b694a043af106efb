//! `codeclimate`: GitLab's Code Quality report, a JSON array of Code
//! Climate issues, which GitLab shows in the merge request (widget and diff):
//!
//! ```yaml
//! artifacts:
//!   reports:
//!     codequality: gl-code-quality-report.json
//! ```
//!
//! Each issue carries the fields GitLab documents (`description`,
//! `check_name`, `fingerprint`, `severity`, `location.path`,
//! `location.lines.begin`) and those the Code Climate spec asks of an issue
//! (`type`, `categories`). GitLab tells new findings from old ones by the
//! fingerprint, so it is the finding's own, which names the rule, the
//! document, the claim and the reference but no line: an edit above a
//! finding does not make it new. Two findings that would share one (the same
//! claim twice in a document) are told apart by their order. tests/formats.rs
//! validates the report against the schema GitLab validates it with.

use std::collections::HashMap;

use serde_json::{json, Value};

use super::spill::Spill;
use super::CheckReport;
use crate::check::finding::{fingerprint, Finding, Severity};

/// The `check_name` of the issue that says some inputs were not read.
pub const UNREADABLE_CHECK: &str = "unreadable-input";

/// The whole report as one JSON array, pretty-printed.
pub fn render(report: &CheckReport) -> String {
    let mut stream = Stream::new();
    for f in &report.findings {
        stream.push(f);
    }
    let mut out = String::new();
    // Nothing spills below the threshold; past it, what cannot be read
    // back is lost from a string as well.
    let _ = stream.finish(report, &mut |piece| out.push_str(piece));
    out
}

/// How deep an issue sits in the array.
const ISSUE_INDENT: &str = "  ";

/// The report written as it goes: each issue is rendered when its finding
/// is settled, into a [`Spill`] (memory, then a temporary file), and the
/// array closed once the run knows whether inputs went unread. Memory holds
/// the fingerprints of one path's findings, not the run's. The same bytes
/// as [`render`].
pub struct Stream {
    /// The issues rendered so far, their separators included.
    body: Spill,
    issues: usize,
    /// The path of the findings last pushed.
    path: Option<String>,
    /// How often each fingerprint came so far among that path's findings.
    /// A fingerprint names its path, so one of another path cannot repeat
    /// it (findings come in path order: a path's documents are adjacent).
    seen: HashMap<String, usize>,
}

impl Default for Stream {
    fn default() -> Self {
        Stream::new()
    }
}

impl Stream {
    /// A stream whose issues spill to a temporary file once large.
    pub fn new() -> Stream {
        Stream {
            body: Spill::new(),
            issues: 0,
            path: None,
            seen: HashMap::new(),
        }
    }

    /// Add the next finding (in report order).
    pub fn push(&mut self, f: &Finding) {
        if self.path.as_deref() != Some(f.path.as_str()) {
            self.seen.clear();
            self.path = Some(f.path.clone());
        }
        let repeat = self.seen.entry(f.fingerprint.clone()).or_insert(0);
        let id = match *repeat {
            0 => f.fingerprint.clone(),
            n => fingerprint(&[&f.fingerprint, &n.to_string()]),
        };
        *repeat += 1;
        self.item(&issue(f, id));
    }

    /// One issue of the array, indented as the pretty-printed array has it.
    fn item(&mut self, issue: &Value) {
        self.body
            .push_json_item(self.issues == 0, ISSUE_INDENT, issue);
        self.issues += 1;
    }

    /// The whole array to `out`, with the unread inputs of `report` (its
    /// findings are not read: they were pushed). An error if the issues
    /// could not be kept or read back.
    pub fn finish(mut self, report: &CheckReport, out: &mut dyn FnMut(&str)) -> Result<(), String> {
        // A merge request must not read as clean when documents were missed.
        if report.unreadable > 0 {
            let description = format!(
                "{}: their findings are missing from this report.",
                super::unreadable_count(report)
            );
            self.item(&json!({
                "type": "issue",
                "check_name": UNREADABLE_CHECK,
                "description": description,
                "categories": ["Bug Risk"],
                "fingerprint": fingerprint(&[UNREADABLE_CHECK]),
                "severity": "blocker",
                "location": {"path": ".", "lines": {"begin": 1}},
            }));
        }
        if self.issues == 0 {
            out("[]\n");
            return Ok(());
        }
        out("[");
        let kept = self.body.drain(out);
        out("\n]\n");
        kept
    }
}

/// GitLab's severity for a finding: an error is major (it blocks nothing
/// by itself), a warning minor.
fn severity(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "major",
        Severity::Warning => "minor",
        Severity::Info => "info",
    }
}

fn issue(f: &Finding, fingerprint: String) -> Value {
    let mut description = f.message.trim().to_owned();
    if let Some(r) = &f.reference {
        description.push_str(&format!(" (reference: {})", r.id));
    }
    if let Some((s, _)) = super::shown_suggestion(f) {
        description.push_str(&format!("; suggestion: \"{s}\""));
    }
    json!({
        "type": "issue",
        "check_name": f.rule,
        "description": description,
        "categories": ["Bug Risk"],
        "fingerprint": fingerprint,
        "severity": severity(f.severity),
        "location": {
            "path": repository_path(&f.path),
            "lines": {"begin": f.line, "end": f.end_line},
        },
    })
}

/// A path as GitLab looks it up in the repository: `/` separators, no
/// leading `./`.
fn repository_path(path: &str) -> String {
    let path = path.replace('\\', "/");
    path.trim_start_matches("./").to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::fixtures;

    fn issues(report: &CheckReport) -> Vec<Value> {
        let v: Value = serde_json::from_str(&render(report)).unwrap();
        v.as_array().unwrap().clone()
    }

    #[test]
    fn one_issue_per_finding_with_gitlabs_fields() {
        let issues = issues(&fixtures::report());
        assert_eq!(issues.len(), 2);
        let fact = &issues[0];
        assert_eq!(fact["check_name"], "fact-mismatch");
        assert_eq!(fact["severity"], "major");
        assert_eq!(fact["type"], "issue");
        assert_eq!(fact["location"]["path"], "fixtures/articles/rome.txt");
        assert_eq!(fact["location"]["lines"]["begin"], 5);
        assert_eq!(
            fact["description"],
            "claims more than 800 troops; reference says 650 (as of 2021-06) \
             (reference: italy/troops-iraq-kuwait); suggestion: \"about 650 units\""
        );
        assert_ne!(fact["fingerprint"], issues[1]["fingerprint"]);
        assert_eq!(render(&CheckReport::default()), "[]\n");
    }

    /// GitLab matches issues across pipelines by fingerprint: a finding
    /// moved down by an edit above it keeps its own, and the same claim
    /// twice gets two.
    #[test]
    fn fingerprints_survive_line_shifts_and_stay_unique() {
        let doc = fixtures::document();
        let f = fixtures::fact_mismatch(&doc);
        let mut moved = f.clone();
        moved.line += 3;
        moved.end_line += 3;
        moved.start += 40;
        moved.end += 40;
        let one = |f: &Finding| {
            let r = CheckReport {
                findings: vec![f.clone()],
                ..CheckReport::default()
            };
            issues(&r)[0]["fingerprint"].clone()
        };
        assert_eq!(one(&f), one(&moved));
        let twice = CheckReport {
            findings: vec![f.clone(), moved, f],
            ..CheckReport::default()
        };
        let prints: Vec<Value> = issues(&twice)
            .iter()
            .map(|i| i["fingerprint"].clone())
            .collect();
        assert_eq!(prints[0], one(&fixtures::fact_mismatch(&doc)));
        assert_ne!(prints[0], prints[1]);
        assert_ne!(prints[1], prints[2]);
        assert_ne!(prints[0], prints[2]);
    }

    #[test]
    fn severities_and_unread_inputs() {
        let doc = fixtures::document();
        let mut warning = fixtures::fact_mismatch(&doc);
        warning.severity = Severity::Warning;
        let mut info = fixtures::date_mismatch(&doc);
        info.severity = Severity::Info;
        let r = CheckReport {
            findings: vec![warning, info],
            unreadable: 2,
            ..CheckReport::default()
        };
        let issues = issues(&r);
        assert_eq!(issues[0]["severity"], "minor");
        assert_eq!(issues[1]["severity"], "info");
        assert_eq!(issues[2]["check_name"], UNREADABLE_CHECK);
        assert_eq!(issues[2]["severity"], "blocker");
        assert_eq!(
            issues[2]["description"],
            "2 inputs could not be read: their findings are missing from this report."
        );
        assert_eq!(repository_path(".\\a\\b.md"), "a/b.md");
    }
}
