//! `--changed-since REV`: only the files git says changed since a revision
//! (committed, staged or not, and new untracked files); with
//! `--changed-lines`, only the lines the diff added or changed in them (a
//! new file: every line), as reviewdog's `added` filter keeps them.

use std::collections::{HashMap, HashSet};
use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The canonical paths of the files changed since `rev`.
pub fn files_changed_since(rev: &str) -> Result<HashSet<PathBuf>, String> {
    let top = git(&["rev-parse", "--show-toplevel"])?;
    let top = PathBuf::from(top.trim_end_matches(['\n', '\r']));
    // `--` ends the options: a revision cannot be mistaken for a flag.
    if rev.starts_with('-') {
        return Err(format!("--changed-since: `{rev}` is not a revision"));
    }
    let changed = git(&[
        "diff",
        "--name-only",
        "-z",
        "--no-renames",
        "--diff-filter=d",
        rev,
        "--",
    ])?;
    let untracked = untracked_files()?;
    Ok(changed
        .split('\0')
        .chain(untracked.split('\0'))
        .filter(|p| !p.is_empty())
        .map(|p| canonical(&top.join(p)))
        .collect())
}

/// Files git does not track and does not ignore, NUL-separated, relative
/// to the top of the work tree: new articles count as changed.
fn untracked_files() -> Result<String, String> {
    git(&[
        "ls-files",
        "--others",
        "--exclude-standard",
        "--full-name",
        "-z",
    ])
}

/// The first of `files` that is among the `changed` ones.
pub fn first_changed<'a>(
    changed: &HashSet<PathBuf>,
    mut files: impl Iterator<Item = &'a PathBuf>,
) -> Option<&'a PathBuf> {
    files.find(|f| changed.contains(&canonical(f)))
}

/// The path with symbolic links resolved, or as given when that fails.
pub fn canonical(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
}

fn git(args: &[&str]) -> Result<String, String> {
    let out = Command::new("git")
        .args(args)
        .output()
        .map_err(|e| format!("--changed-since needs git: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "--changed-since: git {} failed: {}",
            args.first().copied().unwrap_or(""),
            String::from_utf8_lossy(&out.stderr).trim()
        ));
    }
    String::from_utf8(out.stdout).map_err(|_| "git printed a path that is not UTF-8".to_owned())
}

/// The lines added or changed since a revision, by canonical path.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct ChangedLines {
    files: HashMap<PathBuf, Lines>,
}

/// The lines of one file the diff added or changed.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Lines {
    /// A new (untracked) file: every line.
    All,
    /// Inclusive 1-based line ranges, ascending and disjoint, as the hunks
    /// of a diff come.
    Ranges(Vec<(usize, usize)>),
}

impl ChangedLines {
    /// Whether lines `first..=last` of the file at canonical `path` meet a
    /// line the diff added or changed.
    pub fn touches(&self, path: &Path, first: usize, last: usize) -> bool {
        match self.files.get(path) {
            None => false,
            Some(Lines::All) => true,
            Some(Lines::Ranges(ranges)) => {
                // The first range that ends at or after `first`.
                let i = ranges.partition_point(|&(_, end)| end < first);
                ranges.get(i).is_some_and(|&(start, _)| start <= last)
            }
        }
    }
}

/// The lines added or changed since `rev`, from `git diff --unified=0`
/// (read as it comes, so a large diff is never held whole), and every line
/// of the untracked files.
pub fn lines_changed_since(rev: &str) -> Result<ChangedLines, String> {
    let top = git(&["rev-parse", "--show-toplevel"])?;
    let top = PathBuf::from(top.trim_end_matches(['\n', '\r']));
    if rev.starts_with('-') {
        return Err(format!("--changed-since: `{rev}` is not a revision"));
    }
    let mut child = Command::new("git")
        .args([
            "diff",
            "--unified=0",
            "--no-color",
            "--no-ext-diff",
            "--no-textconv",
            "--no-renames",
            "--diff-filter=d",
            // Whatever the user's configuration (diff.noprefix,
            // diff.mnemonicPrefix), the new side is `b/`.
            "--src-prefix=a/",
            "--dst-prefix=b/",
            rev,
            "--",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("--changed-since needs git: {e}"))?;
    let mut lines = ChangedLines::default();
    let parsed = match child.stdout.take() {
        Some(out) => parse_diff(std::io::BufReader::new(out), &top, &mut lines),
        None => Ok(()),
    };
    let out = child
        .wait_with_output()
        .map_err(|e| format!("--changed-since: git diff failed: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "--changed-since: git diff failed: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        ));
    }
    parsed.map_err(|e| format!("--changed-since: reading git diff: {e}"))?;
    let untracked = untracked_files()?;
    for p in untracked.split('\0').filter(|p| !p.is_empty()) {
        lines.files.insert(canonical(&top.join(p)), Lines::All);
    }
    Ok(lines)
}

/// Read a unified diff with no context lines: each file's `+++` header,
/// then its hunks' new line ranges. A hunk's own lines are counted off by
/// its header, so no line of the article is ever read as a header.
fn parse_diff(mut diff: impl BufRead, top: &Path, lines: &mut ChangedLines) -> std::io::Result<()> {
    let mut line = Vec::new();
    let mut file: Option<PathBuf> = None;
    // Lines of the current hunk still to come: (old side, new side).
    let (mut old, mut new) = (0usize, 0usize);
    loop {
        line.clear();
        if diff.read_until(b'\n', &mut line)? == 0 {
            return Ok(());
        }
        let text = line.strip_suffix(b"\n").unwrap_or(&line);
        if old > 0 || new > 0 {
            match text.first() {
                Some(b'-') => old = old.saturating_sub(1),
                Some(b'+') => new = new.saturating_sub(1),
                // "\ No newline at end of file"
                _ => {}
            }
            continue;
        }
        if text.starts_with(b"diff --git ") {
            file = None;
        } else if let Some(name) = text.strip_prefix(b"+++ ") {
            file = new_side_path(name).map(|p| canonical(&top.join(p)));
        } else if let Some(hunk) = text.strip_prefix(b"@@ -") {
            let Some((o, n)) = hunk_counts(hunk) else {
                continue;
            };
            (old, new) = (o.1, n.1);
            if let (Some(path), true) = (&file, n.1 > 0) {
                let range = (n.0, n.0 + n.1 - 1);
                match lines
                    .files
                    .entry(path.clone())
                    .or_insert_with(|| Lines::Ranges(Vec::new()))
                {
                    Lines::Ranges(ranges) => ranges.push(range),
                    Lines::All => {}
                }
            }
        }
    }
}

/// The path of a `+++ b/path` header (`"b/…"` quoted with C escapes when
/// it holds unusual bytes); none for `/dev/null`.
fn new_side_path(name: &[u8]) -> Option<String> {
    let name = if name.first() == Some(&b'"') {
        unquote(name)?
    } else {
        // A name with a space ends with a tab before nothing (git adds it
        // only when the name has trailing whitespace).
        let name = name.strip_suffix(b"\t").unwrap_or(name);
        name.to_vec()
    };
    let path = name.strip_prefix(b"b/")?;
    String::from_utf8(path.to_vec()).ok()
}

/// A C-quoted name as git writes it: `"a\tb\303\251"` → the bytes.
fn unquote(quoted: &[u8]) -> Option<Vec<u8>> {
    let inner = quoted.strip_prefix(b"\"")?;
    let mut out = Vec::with_capacity(inner.len());
    let mut bytes = inner.iter().copied();
    while let Some(b) = bytes.next() {
        match b {
            b'"' => return Some(out),
            b'\\' => {
                let e = bytes.next()?;
                out.push(match e {
                    b'a' => 0x07,
                    b'b' => 0x08,
                    b't' => b'\t',
                    b'n' => b'\n',
                    b'v' => 0x0b,
                    b'f' => 0x0c,
                    b'r' => b'\r',
                    b'0'..=b'3' => {
                        let (d2, d3) = (bytes.next()?, bytes.next()?);
                        let digit = |d: u8| d.checked_sub(b'0').filter(|d| *d < 8);
                        (e - b'0') * 64 + digit(d2)? * 8 + digit(d3)?
                    }
                    other => other,
                });
            }
            _ => out.push(b),
        }
    }
    None
}

/// `-a[,b] +c[,d] @@…` → ((a, b), (c, d)), a count left out being 1.
fn hunk_counts(hunk: &[u8]) -> Option<((usize, usize), (usize, usize))> {
    let hunk = std::str::from_utf8(hunk.get(..hunk.iter().position(|&b| b == b'@')?)?).ok()?;
    let (old, new) = hunk.trim().split_once(" +")?;
    let range = |r: &str| -> Option<(usize, usize)> {
        match r.split_once(',') {
            Some((start, count)) => Some((start.parse().ok()?, count.parse().ok()?)),
            None => Some((r.parse().ok()?, 1)),
        }
    };
    Some((range(old)?, range(new)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(diff: &str) -> ChangedLines {
        let mut lines = ChangedLines::default();
        parse_diff(diff.as_bytes(), Path::new("/top"), &mut lines).unwrap();
        lines
    }

    #[test]
    fn hunks_give_the_new_side_s_lines() {
        let diff = "diff --git a/a.md b/a.md\n\
            index 1..2 100644\n\
            --- a/a.md\n\
            +++ b/a.md\n\
            @@ -3 +3 @@ intro\n\
            -old\n\
            +new\n\
            @@ -10,0 +11,2 @@\n\
            ++++ b/looks-like-a-header.md\n\
            +@@ -1 +1 @@\n\
            @@ -20,3 +22,0 @@\n\
            -a\n\
            -b\n\
            -c\n\
            diff --git a/gone.md b/gone.md\n\
            --- a/gone.md\n\
            +++ /dev/null\n\
            @@ -1 +0,0 @@\n\
            -x\n\
            diff --git \"a/caf\\303\\251 \\\"x\\\".md\" \"b/caf\\303\\251 \\\"x\\\".md\"\n\
            --- \"a/caf\\303\\251 \\\"x\\\".md\"\n\
            +++ \"b/caf\\303\\251 \\\"x\\\".md\"\n\
            @@ -1,2 +1,2 @@\n\
            -x\n\
            -y\n\
            +x\n\
            \\ No newline at end of file\n\
            +z\n";
        let lines = parse(diff);
        let a = Path::new("/top/a.md");
        assert_eq!(
            lines.files.get(a),
            Some(&Lines::Ranges(vec![(3, 3), (11, 12)]))
        );
        assert!(lines.touches(a, 3, 3));
        assert!(lines.touches(a, 1, 3));
        assert!(!lines.touches(a, 4, 10));
        assert!(lines.touches(a, 12, 14));
        assert!(!lines.touches(a, 13, 20));
        assert!(!lines
            .files
            .contains_key(Path::new("/top/looks-like-a-header.md")));
        let quoted = Path::new("/top/café \"x\".md");
        assert_eq!(lines.files.get(quoted), Some(&Lines::Ranges(vec![(1, 2)])));
        assert_eq!(lines.files.len(), 2);
        assert!(!lines.touches(Path::new("/top/other.md"), 1, 100));
    }

    #[test]
    fn quoted_names_and_hunk_headers() {
        assert_eq!(unquote(b"\"a\\tb\\\\c\"").unwrap(), b"a\tb\\c");
        assert_eq!(unquote(b"\"\\303\\251\"").unwrap(), "é".as_bytes());
        assert_eq!(unquote(b"\"unterminated"), None);
        assert_eq!(unquote(b"\"\\9\""), Some(b"9".to_vec()));
        assert_eq!(hunk_counts(b"3 +3 @@"), Some(((3, 1), (3, 1))));
        assert_eq!(hunk_counts(b"10,0 +11,2 @@ fn"), Some(((10, 0), (11, 2))));
        assert_eq!(hunk_counts(b"x +1 @@"), None);
        assert_eq!(new_side_path(b"/dev/null"), None);
        assert_eq!(new_side_path(b"b/a b.md\t").as_deref(), Some("a b.md"));
    }
}
