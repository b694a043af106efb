//! Baselines: adopt factlint on an existing archive by recording today's
//! findings (`--write-baseline FILE`) and reporting only new ones
//! (`--baseline FILE`).
//!
//! Findings are keyed by fingerprint — rule, path, normalised claim and
//! reference id, not the line — so edits elsewhere in a file do not revive
//! them. The same fingerprint twice in the baseline excuses two findings.

use std::collections::HashMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::check::finding::Finding;

/// The version of the baseline file format.
const VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    version: u32,
    findings: Vec<Entry>,
}

/// One recorded finding; only the fingerprint counts, the rest is for
/// people reading the file and reviewing its diffs.
#[derive(Serialize, Deserialize)]
struct Entry {
    fingerprint: String,
    #[serde(default)]
    rule: String,
    #[serde(default)]
    path: String,
    #[serde(default)]
    message: String,
}

/// The fingerprints of a baseline, with how many findings each excuses.
pub struct Baseline {
    counts: HashMap<String, usize>,
}

impl Baseline {
    /// Read a baseline file written by [`write`].
    pub fn load(path: &Path) -> Result<Baseline, String> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("{}: cannot read baseline: {e}", super::output::shown(path)))?;
        let file: File = serde_json::from_str(&text)
            .map_err(|e| format!("{}: not a factlint baseline: {e}", path.display()))?;
        if file.version != VERSION {
            return Err(format!(
                "{}: baseline version {} is not supported (expected {VERSION})",
                path.display(),
                file.version
            ));
        }
        let mut counts = HashMap::new();
        for entry in file.findings {
            *counts.entry(entry.fingerprint).or_insert(0) += 1;
        }
        Ok(Baseline { counts })
    }

    /// Drop the findings the baseline excuses; returns how many were dropped.
    pub fn filter(&mut self, findings: &mut Vec<Finding>) -> usize {
        let before = findings.len();
        findings.retain(|f| !self.excuses(f));
        before - findings.len()
    }

    /// [`Baseline::filter`] for one finding, taken in the same order:
    /// whether the baseline records it (and then one record fewer remains).
    pub fn excuses(&mut self, f: &Finding) -> bool {
        match self.counts.get_mut(&f.fingerprint) {
            Some(n) if *n > 0 => {
                *n -= 1;
                true
            }
            _ => false,
        }
    }
}

impl Baseline {
    /// The fingerprints recorded: findings accepted as they stand, which
    /// `--fix` leaves alone.
    pub fn fingerprints(&self) -> std::collections::HashSet<String> {
        self.counts
            .iter()
            .filter(|(_, n)| **n > 0)
            .map(|(f, _)| f.clone())
            .collect()
    }
}

/// Record `findings` as a baseline, sorted so the file diffs well.
pub fn write(path: &Path, findings: &[Finding]) -> Result<(), String> {
    let mut entries: Vec<Entry> = findings
        .iter()
        .map(|f| Entry {
            fingerprint: f.fingerprint.clone(),
            rule: f.rule.to_owned(),
            path: f.path.clone(),
            message: f.message.clone(),
        })
        .collect();
    entries.sort_by(|a, b| (&a.path, &a.fingerprint).cmp(&(&b.path, &b.fingerprint)));
    let file = File {
        version: VERSION,
        findings: entries,
    };
    let mut text = serde_json::to_string_pretty(&file).map_err(|e| e.to_string())?;
    text.push('\n');
    // Whole or not at all: a full disk leaves the old baseline as it was.
    super::output::write_whole(path, text.as_bytes())
}
