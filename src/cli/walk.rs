//! Finding the articles under the paths a user gives.

use std::path::{Path, PathBuf};

use crate::document::Format;

/// The articles found under one path, and the problems met on the way.
pub struct Walked {
    pub files: Vec<PathBuf>,
    pub errors: Vec<String>,
}

/// A file given by name is read whatever its extension; a directory is
/// walked (respecting `.gitignore`) for `.txt`, `.md` and `.markdown` files,
/// in path order so that output is stable.
pub fn articles(path: &Path) -> Walked {
    let mut walked = Walked {
        files: Vec::new(),
        errors: Vec::new(),
    };
    match std::fs::metadata(path) {
        Err(e) => {
            walked
                .errors
                .push(format!("{}: {}", path.display(), io_reason(&e)));
            return walked;
        }
        Ok(meta) if meta.is_file() => {
            walked.files.push(tidy(path));
            return walked;
        }
        Ok(_) => {}
    }
    let walker = ignore::WalkBuilder::new(path)
        .follow_links(true)
        .hidden(true)
        .git_ignore(true)
        .require_git(false)
        .sort_by_file_path(|a, b| a.cmp(b))
        .build();
    for entry in walker {
        match entry {
            Ok(entry) => {
                let p = entry.path();
                if entry.file_type().is_some_and(|t| t.is_file()) && Format::from_path(p).is_some()
                {
                    walked.files.push(tidy(p));
                }
            }
            Err(e) => walked.errors.push(describe_walk_error(&e)),
        }
    }
    walked
}

/// The path without `.` components (`./a/./b.md` → `a/b.md`), so that
/// reports, and the fingerprints that include the path, do not depend on
/// whether the user typed `.` or `./a`.
fn tidy(path: &Path) -> PathBuf {
    let tidy: PathBuf = path
        .components()
        .filter(|c| !matches!(c, std::path::Component::CurDir))
        .collect();
    if tidy.as_os_str().is_empty() {
        path.to_path_buf()
    } else {
        tidy
    }
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".to_owned(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
        _ => e.to_string(),
    }
}

fn describe_walk_error(e: &ignore::Error) -> String {
    match e {
        ignore::Error::WithPath { path, err } => {
            format!("{}: {}", path.display(), describe_walk_error(err))
        }
        ignore::Error::Loop { ancestor, child } => {
            format!(
                "{}: symbolic link loop back to {}",
                child.display(),
                ancestor.display()
            )
        }
        ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
            describe_walk_error(err)
        }
        ignore::Error::Io(io) => io_reason(io),
        other => other.to_string(),
    }
}
