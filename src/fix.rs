//! Applying suggestions: the edits behind `--fix` and `--format diff`.
//!
//! Only *safe* suggestions are applied (see [`Suggestion::safe`]): a changed
//! figure is safe only when the reference is unambiguous. Edits replace byte
//! spans of the text as it was read; every byte outside them is kept as is.
//! Writing back is atomic — a temporary file in the same directory, given the
//! original's permissions, then renamed over it — and refuses a file that
//! changed since it was read, so an editor's unsaved work is never clobbered.

use std::io::Write as _;
use std::path::Path;

use crate::check::finding::{Finding, Suggestion};

/// The text with the safe suggestions applied, and which findings they came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fixed {
    pub text: String,
    /// Indexes (into the findings given) of the suggestions applied.
    pub applied: Vec<usize>,
}

impl Fixed {
    /// Whether anything changed.
    pub fn changed(&self) -> bool {
        !self.applied.is_empty()
    }
}

/// Apply the safe suggestions of `findings` (all of one document) to `text`.
///
/// Suggestions whose span is out of range, not on character boundaries, or
/// overlaps an earlier one are left out; a suggestion that would not change
/// the text (already applied) counts as nothing to do, which makes applying
/// twice the same as applying once.
pub fn apply(text: &str, findings: &[Finding]) -> Fixed {
    let mut edits: Vec<(usize, &Suggestion)> = findings
        .iter()
        .enumerate()
        .filter_map(|(i, f)| f.suggestion.as_ref().map(|s| (i, s)))
        .filter(|(_, s)| s.safe && applicable(text, s))
        .collect();
    edits.sort_by_key(|(i, s)| (s.span.start, s.span.end, *i));
    let mut out = String::with_capacity(text.len());
    let mut applied = Vec::new();
    let mut at = 0;
    for (i, s) in edits {
        if s.span.start < at {
            continue; // overlaps the previous edit
        }
        out.push_str(&text[at..s.span.start]);
        out.push_str(&s.replacement);
        at = s.span.end;
        applied.push(i);
    }
    out.push_str(&text[at..]);
    applied.sort_unstable();
    Fixed { text: out, applied }
}

/// A suggestion that can be applied to `text` and changes it.
fn applicable(text: &str, s: &Suggestion) -> bool {
    s.span.start <= s.span.end
        && text.is_char_boundary(s.span.start)
        && text.is_char_boundary(s.span.end)
        && s.span.end <= text.len()
        && text.get(s.span.start..s.span.end) != Some(s.replacement.as_str())
}

/// Why a file was not fixed.
#[derive(Debug)]
pub enum WriteError {
    /// The file's bytes differ from what was checked: it was edited (or it
    /// was not valid UTF-8 and was read lossily).
    Changed,
    Io(std::io::Error),
}

impl std::fmt::Display for WriteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            WriteError::Changed => f.write_str("changed since it was read; not fixed"),
            WriteError::Io(e) => write!(f, "cannot write: {e}"),
        }
    }
}

impl From<std::io::Error> for WriteError {
    fn from(e: std::io::Error) -> Self {
        WriteError::Io(e)
    }
}

/// Replace the file at `path` with `new`, provided it still holds exactly
/// `read` (the bytes that were checked).
///
/// The new content goes to a temporary file beside the original, which
/// takes the original's permissions, is flushed to disk and then renamed
/// over it: a reader sees the old file or the new one, never half of each.
/// A symbolic link is followed, so the link itself stays a link.
pub fn write_atomically(path: &Path, read: &[u8], new: &[u8]) -> Result<(), WriteError> {
    let target = std::fs::canonicalize(path)?;
    let current = std::fs::read(&target)?;
    if current != read {
        return Err(WriteError::Changed);
    }
    let permissions = std::fs::metadata(&target)?.permissions();
    let dir = target.parent().unwrap_or_else(|| Path::new("."));
    let mut tmp = tempfile::Builder::new()
        .prefix(".factlint-fix-")
        .tempfile_in(dir)?;
    tmp.write_all(new)?;
    tmp.as_file().sync_all()?;
    std::fs::set_permissions(tmp.path(), permissions)?;
    tmp.persist(&target).map_err(|e| WriteError::Io(e.error))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::fixtures;

    #[test]
    fn applies_only_safe_suggestions_byte_exact() {
        let doc = fixtures::document();
        let safe = fixtures::fact_mismatch(&doc);
        let unsafe_ = fixtures::date_mismatch(&doc);
        let fixed = apply(&doc.text, &[unsafe_, safe]);
        assert_eq!(fixed.applied, vec![1]);
        assert_eq!(
            fixed.text,
            doc.text.replace("over 800 units", "about 650 units")
        );
        // Nothing else moved: the prefix and suffix are byte-identical.
        let start = doc.text.find("over 800 units").unwrap();
        assert_eq!(fixed.text[..start], doc.text[..start]);
    }

    #[test]
    fn applying_twice_is_applying_once() {
        let doc = fixtures::document();
        let mut f = fixtures::fact_mismatch(&doc);
        let once = apply(&doc.text, std::slice::from_ref(&f));
        // The same suggestion against the fixed text, at its new span.
        let s = f.suggestion.as_mut().unwrap();
        s.span.end = s.span.start + s.replacement.len();
        let twice = apply(&once.text, &[f]);
        assert!(!twice.changed());
        assert_eq!(twice.text, once.text);
    }

    #[test]
    fn bad_and_overlapping_spans_are_skipped() {
        let doc = fixtures::document();
        let f = fixtures::fact_mismatch(&doc);
        let mut overlapping = f.clone();
        let s = overlapping.suggestion.as_mut().unwrap();
        s.span.start += 1;
        s.replacement = "x".into();
        let mut out_of_range = f.clone();
        out_of_range.suggestion.as_mut().unwrap().span.end = doc.text.len() + 5;
        let mut mid_char = f.clone();
        let quote = doc.text.find('“').unwrap();
        mid_char.suggestion.as_mut().unwrap().span.start = quote + 1;
        let fixed = apply(&doc.text, &[f, overlapping, out_of_range, mid_char]);
        assert_eq!(fixed.applied, vec![0]);
    }

    #[test]
    fn atomic_write_keeps_permissions_and_refuses_changed_files() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.md");
        std::fs::write(&path, "old\n").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
        write_atomically(&path, b"old\n", b"new\n").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"new\n");
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o640);
        assert!(matches!(
            write_atomically(&path, b"old\n", b"newer\n"),
            Err(WriteError::Changed)
        ));
        assert_eq!(std::fs::read(&path).unwrap(), b"new\n");
        // No temporary file is left behind.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }
}
