//! `--changed-since REV`: only the files git says changed since a revision
//! (committed, staged or not, and new untracked files).

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::Command;

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
    let untracked = git(&[
        "ls-files",
        "--others",
        "--exclude-standard",
        "--full-name",
        "-z",
    ])?;
    Ok(changed
        .split('\0')
        .chain(untracked.split('\0'))
        .filter(|p| !p.is_empty())
        .map(|p| canonical(&top.join(p)))
        .collect())
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
