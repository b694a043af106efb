//! Applying suggestions: the edits behind `--fix` and `--format diff`.
//!
//! Only *safe* suggestions are applied (see [`Suggestion::safe`]): a changed
//! figure is safe only when the reference is unambiguous. Edits replace byte
//! spans of the text as it was read; every byte outside them is kept as is.
//! Writing back goes through the file's own inode, once the whole new text
//! is ready: its owner, group, mode and hard links stay as they were (a
//! rename would give the file to whoever runs factlint and split its links).
//! A read-only file, a file that is not valid UTF-8 and a file that changed
//! since it was read are refused, so an editor's unsaved work is never
//! clobbered.

use std::io::Read as _;
use std::os::unix::fs::{FileExt as _, MetadataExt as _};
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
    /// The file's bytes differ from what was checked: it was edited since.
    Changed,
    /// The file is not valid UTF-8: the text checked was decoded lossily,
    /// and writing it back would destroy the bytes that were replaced.
    NotUtf8,
    /// The file's mode does not let its owner write it (whoever runs
    /// factlint, root included): someone meant it to stay as it is.
    ReadOnly {
        mode: u32,
    },
    /// Not a regular file (a FIFO, a device).
    NotAFile,
    Io(std::io::Error),
}

impl std::fmt::Display for WriteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            WriteError::Changed => f.write_str("changed since it was read; not fixed"),
            WriteError::NotUtf8 => f.write_str("not valid UTF-8, not fixed"),
            WriteError::ReadOnly { mode } => {
                write!(f, "read-only (mode {:03o}), not fixed", mode & 0o7777)
            }
            WriteError::NotAFile => f.write_str("not a regular file, not fixed"),
            WriteError::Io(e) => write!(f, "cannot write: {e}"),
        }
    }
}

impl From<std::io::Error> for WriteError {
    fn from(e: std::io::Error) -> Self {
        WriteError::Io(e)
    }
}

/// Replace the content of the file at `path` with `new`, provided it still
/// holds exactly `read` (the bytes that were checked).
///
/// The file is rewritten through its own inode, so its owner, group, mode
/// and hard links are kept and a symbolic link is followed. The space the
/// new text needs is reserved first, so a full disk fails before any byte
/// changes; should a write fail midway all the same, the old text is put
/// back. The caller keeps an interrupt from ending the process during the
/// call (the CLI does), so no reader ever finds half of each.
pub fn write_in_place(path: &Path, read: &[u8], new: &[u8]) -> Result<(), WriteError> {
    let meta = std::fs::metadata(path)?;
    if !meta.is_file() {
        return Err(WriteError::NotAFile);
    }
    if meta.mode() & 0o200 == 0 {
        return Err(WriteError::ReadOnly { mode: meta.mode() });
    }
    let mut file = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open(path)?;
    let opened = file.metadata()?;
    if (opened.dev(), opened.ino()) != (meta.dev(), meta.ino()) {
        return Err(WriteError::Changed); // replaced in between
    }
    let mut current = Vec::with_capacity(read.len());
    file.read_to_end(&mut current)?;
    if std::str::from_utf8(&current).is_err() {
        return Err(WriteError::NotUtf8);
    }
    if current != read {
        return Err(WriteError::Changed);
    }
    if new.len() > current.len() {
        reserve(&file, new.len())?;
    }
    let written = file
        .write_all_at(new, 0)
        .and_then(|()| file.set_len(new.len() as u64))
        .and_then(|()| file.sync_data());
    if let Err(e) = written {
        // Best effort: the old text fits in the blocks it had.
        let _ = file
            .write_all_at(&current, 0)
            .and_then(|()| file.set_len(current.len() as u64));
        return Err(WriteError::Io(e));
    }
    Ok(())
}

/// Allocate the blocks for `len` bytes without changing the file's size,
/// so that "no space left" comes before the first byte is overwritten.
/// File systems that cannot reserve space are written to unreserved.
fn reserve(file: &std::fs::File, len: usize) -> std::io::Result<()> {
    use rustix::fs::{fallocate, FallocateFlags};
    match fallocate(file, FallocateFlags::KEEP_SIZE, 0, len as u64) {
        Ok(()) => Ok(()),
        Err(e) if e == rustix::io::Errno::NOSPC || e == rustix::io::Errno::DQUOT => Err(e.into()),
        Err(_) => Ok(()),
    }
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
    fn writing_in_place_keeps_the_inode_mode_and_links_and_refuses_changed_files() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.md");
        std::fs::write(&path, "old text\n").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
        let link = dir.path().join("b.md");
        std::fs::hard_link(&path, &link).unwrap();
        let inode = std::fs::metadata(&path).unwrap().ino();
        write_in_place(&path, b"old text\n", b"new\n").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"new\n");
        assert_eq!(std::fs::read(&link).unwrap(), b"new\n");
        let meta = std::fs::metadata(&path).unwrap();
        assert_eq!((meta.ino(), meta.mode() & 0o777), (inode, 0o640));
        // Longer than before, too.
        write_in_place(&path, b"new\n", b"a longer new text\n").unwrap();
        assert_eq!(std::fs::read(&link).unwrap(), b"a longer new text\n");
        assert!(matches!(
            write_in_place(&path, b"old text\n", b"newer\n"),
            Err(WriteError::Changed)
        ));
        assert_eq!(std::fs::read(&path).unwrap(), b"a longer new text\n");
        // No temporary file was ever made.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2);
    }

    #[test]
    fn read_only_and_invalid_utf8_files_are_refused_as_such() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.md");
        std::fs::write(&path, "old\n").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).unwrap();
        let err = write_in_place(&path, b"old\n", b"new\n").unwrap_err();
        assert_eq!(err.to_string(), "read-only (mode 444), not fixed");
        assert_eq!(std::fs::read(&path).unwrap(), b"old\n");
        let bad = dir.path().join("b.md");
        std::fs::write(&bad, b"caf\xe9 800\n").unwrap();
        let err = write_in_place(&bad, "caf\u{fffd} 800\n".as_bytes(), b"x").unwrap_err();
        assert_eq!(err.to_string(), "not valid UTF-8, not fixed");
        assert_eq!(std::fs::read(&bad).unwrap(), b"caf\xe9 800\n");
    }
}
