//! Finding the articles under the paths a user gives.

use std::path::{Path, PathBuf};

use crate::document::Format;

/// The articles under one path, found as the walk goes, each as its path
/// or the problem met on the way (`path: reason`). Nothing is kept per file
/// found: a corpus of any size is walked in the memory of the (sorted)
/// listings of the directories the walk is in at the time.
pub struct Articles(Inner);

enum Inner {
    /// A file given by name, or the reason the path could not be read.
    One(Option<Result<PathBuf, String>>),
    /// Boxed: a walker is large, and there is one per path given.
    Walk {
        walker: Box<ignore::Walk>,
        /// The directory given, for the message when it holds no article.
        root: PathBuf,
        /// Whether the walk met an article or a problem yet.
        met: bool,
    },
}

/// A file given by name is read whatever its extension; a directory is
/// walked (respecting `.gitignore`) for `.txt`, `.md` and `.markdown` files,
/// in path order (component by component, so `a/b.md` comes before
/// `a-b.md`) so that output is stable.
pub fn articles(path: &Path) -> Articles {
    match std::fs::metadata(path) {
        Err(e) => Articles(Inner::One(Some(Err(format!(
            "{}: {}",
            path.display(),
            io_reason(&e)
        ))))),
        Ok(meta) if meta.is_file() => Articles(Inner::One(Some(Ok(tidy(path))))),
        Ok(_) => Articles(Inner::Walk {
            walker: Box::new(
                ignore::WalkBuilder::new(path)
                    .follow_links(true)
                    .hidden(true)
                    .git_ignore(true)
                    .require_git(false)
                    .sort_by_file_path(|a, b| a.cmp(b))
                    .build(),
            ),
            root: path.to_path_buf(),
            met: false,
        }),
    }
}

impl Iterator for Articles {
    type Item = Result<PathBuf, String>;

    fn next(&mut self) -> Option<Self::Item> {
        match &mut self.0 {
            Inner::One(one) => one.take(),
            Inner::Walk { walker, root, met } => loop {
                let Some(next) = walker.next() else {
                    // A directory given that holds no article at all (a
                    // mistyped path, a site of `.mdx` pages, everything
                    // ignored) would check nothing and read as "ok".
                    if std::mem::replace(met, true) {
                        return None;
                    }
                    return Some(Err(format!(
                        "{}: no articles in this directory (.txt, .text, .md or .markdown files not ignored by .gitignore); nothing to check",
                        root.display()
                    )));
                };
                match next {
                    Ok(entry) => {
                        let p = entry.path();
                        if entry.file_type().is_some_and(|t| t.is_file())
                            && Format::from_path(p).is_some()
                        {
                            *met = true;
                            return Some(Ok(tidy(p)));
                        }
                    }
                    Err(e) => {
                        *met = true;
                        return Some(Err(describe_walk_error(&e)));
                    }
                }
            },
        }
    }
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
