//! The files factlint writes (`--output`, `--write-baseline`,
//! `refs draft --output`): never one of its inputs, and always whole.
//!
//! Each is written to a temporary file beside its target, flushed to disk
//! and renamed over the target only when complete: a full disk, a failed
//! write or an interrupt leaves the old file as it was (and no temporary
//! file, see [`super::interrupt`]). Before anything is read, an output that
//! names an input (an article, a reference file, the configuration, a
//! baseline being read) is refused: the run would otherwise replace the
//! article it was asked to check with a report about it.

use std::io::Write as _;
use std::os::unix::fs::{MetadataExt as _, PermissionsExt as _};
use std::path::{Path, PathBuf};

use super::interrupt;
use crate::escape::visible;

/// A file being written: bytes go to a temporary file beside the target,
/// which [`Pending::commit`] renames into place. Dropped without a commit,
/// the temporary file is removed and the target is left as it was.
pub struct Pending {
    out: Option<std::io::BufWriter<tempfile::NamedTempFile>>,
    /// A device or a pipe (`/dev/stdout`, a FIFO), written to as it is:
    /// there is no file to replace.
    stream: Option<std::io::BufWriter<std::fs::File>>,
    /// The path to rename onto (a symbolic link given is followed).
    target: PathBuf,
    /// The path as given, for messages.
    shown: PathBuf,
    /// The temporary file's path, while it exists.
    temp: Option<PathBuf>,
}

impl Pending {
    /// Start writing `path`.
    pub fn create(path: &Path) -> Result<Pending, String> {
        let target = resolve(path);
        match std::fs::metadata(path) {
            Ok(m) if m.is_dir() => return Err(format!("{}: is a directory", shown(path))),
            Ok(m) if read_only(&m) => return Err(refused_read_only(path, &m)),
            Ok(m) if !m.is_file() => {
                let file = std::fs::OpenOptions::new()
                    .write(true)
                    .open(path)
                    .map_err(|e| format!("{}: cannot write: {e}", shown(path)))?;
                return Ok(Pending {
                    out: None,
                    stream: Some(std::io::BufWriter::new(file)),
                    target,
                    shown: path.to_path_buf(),
                    temp: None,
                });
            }
            _ => {}
        }
        let dir = match target.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let mut pending = interrupt::pending();
        // Mode 0666 less the umask, as a file created by `fs::write` gets.
        let tmp = tempfile::Builder::new()
            .prefix(".factlint-")
            .suffix(".tmp")
            .permissions(std::fs::Permissions::from_mode(0o666))
            .tempfile_in(&dir)
            .map_err(|e| format!("{}: cannot write: {e}", shown(path)))?;
        let temp = tmp.path().to_path_buf();
        pending.push(temp.clone());
        Ok(Pending {
            out: Some(std::io::BufWriter::new(tmp)),
            stream: None,
            target,
            shown: path.to_path_buf(),
            temp: Some(temp),
        })
    }

    /// Append `bytes`.
    pub fn write(&mut self, bytes: &[u8]) -> Result<(), String> {
        let written = match (self.out.as_mut(), self.stream.as_mut()) {
            (Some(out), _) => out.write_all(bytes),
            (None, Some(stream)) => stream.write_all(bytes),
            (None, None) => Ok(()),
        };
        written.map_err(|e| self.error(&e))
    }

    fn error(&self, e: &std::io::Error) -> String {
        format!("{}: cannot write: {e}", shown(&self.shown))
    }

    /// Flush everything to disk and rename the file into place, with the
    /// mode and owner of the file it replaces.
    pub fn commit(self) -> Result<(), String> {
        self.commit_as(true)
    }

    /// As [`Pending::commit`], but only where no file is: one that came
    /// since [`Pending::create`] is left as it is, and this is an error.
    pub fn commit_new(self) -> Result<(), String> {
        self.commit_as(false)
    }

    fn commit_as(mut self, replace: bool) -> Result<(), String> {
        if let Some(mut stream) = self.stream.take() {
            return stream.flush().map_err(|e| self.error(&e));
        }
        let Some(out) = self.out.take() else {
            return Ok(());
        };
        let tmp = out.into_inner().map_err(|e| self.error(e.error()))?;
        if let Ok(old) = std::fs::metadata(&self.target) {
            let file = tmp.as_file();
            file.set_permissions(old.permissions())
                .map_err(|e| self.error(&e))?;
            // Only root may give a file away; for anyone else the file is
            // theirs already, and a group they are not in cannot be kept.
            let _ = std::os::unix::fs::fchown(file, Some(old.uid()), Some(old.gid()));
        }
        tmp.as_file().sync_all().map_err(|e| self.error(&e))?;
        let mut pending = interrupt::pending();
        let temp = self.temp.take();
        if let Some(temp) = &temp {
            interrupt::forget(&mut pending, temp);
        }
        if replace {
            tmp.persist(&self.target)
                .map_err(|e| self.error(&e.error))?;
        } else {
            tmp.persist_noclobber(&self.target)
                .map_err(|e| self.error(&e.error))?;
        }
        drop(pending);
        // The rename itself is durable once the directory is.
        if let Some(dir) = self.target.parent().filter(|d| !d.as_os_str().is_empty()) {
            if let Ok(dir) = std::fs::File::open(dir) {
                let _ = dir.sync_all();
            }
        }
        Ok(())
    }
}

impl Drop for Pending {
    fn drop(&mut self) {
        if let Some(temp) = self.temp.take() {
            let mut pending = interrupt::pending();
            // Removed while listed: a signal now finds it listed or gone.
            drop(self.out.take());
            let _ = std::fs::remove_file(&temp);
            interrupt::forget(&mut pending, &temp);
        }
    }
}

/// Write `bytes` as the whole of `path`.
pub fn write_whole(path: &Path, bytes: &[u8]) -> Result<(), String> {
    let mut file = Pending::create(path)?;
    file.write(bytes)?;
    file.commit()
}

/// Write `bytes` as a new file at `path`, whole or not at all, never over
/// a file already there.
pub fn write_new(path: &Path, bytes: &[u8]) -> Result<(), String> {
    if std::fs::symlink_metadata(path).is_ok() {
        return Err(format!("{}: already exists, not overwritten", shown(path)));
    }
    let mut file = Pending::create(path)?;
    file.write(bytes)?;
    file.commit_new()
}

/// A regular file whose mode does not let its owner write it (root
/// included, as for `--fix`): someone meant it to stay as it is, and a
/// rename over it would go around its mode.
fn read_only(meta: &std::fs::Metadata) -> bool {
    meta.is_file() && meta.mode() & 0o200 == 0
}

fn refused_read_only(path: &Path, meta: &std::fs::Metadata) -> String {
    format!(
        "{}: read-only (mode {:03o}), not overwritten",
        shown(path),
        meta.mode() & 0o7777
    )
}

/// `path` with a symbolic link at its end followed, so that the link
/// stays a link and its target gets the new content. (`/dev/stdout` and
/// other links to devices and pipes are written through, never renamed
/// over: see [`Pending::create`].)
///
/// A link to a file not yet there is followed too, one link at a time as
/// `open` does: renaming over the link itself would replace it with a file.
fn resolve(path: &Path) -> PathBuf {
    let mut current = path.to_path_buf();
    // The kernel's own limit on links in a row.
    for _ in 0..40 {
        match std::fs::symlink_metadata(&current) {
            Ok(m) if m.file_type().is_symlink() => {
                if let Ok(target) = std::fs::canonicalize(&current) {
                    return target;
                }
                let Ok(to) = std::fs::read_link(&current) else {
                    return current;
                };
                // An absolute `to` replaces the directory it is joined to.
                current = match current.parent() {
                    Some(dir) => dir.join(to),
                    None => to,
                };
            }
            _ => return current,
        }
    }
    path.to_path_buf()
}

/// A path for a message.
pub fn shown(path: &Path) -> String {
    visible(&path.display().to_string()).into_owned()
}

/// Which file a path names: its device and inode when it exists (the same
/// file through any link), else its canonical directory and name.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Identity {
    Inode(u64, u64),
    Path(PathBuf),
}

fn identity(path: &Path) -> Option<Identity> {
    if let Ok(m) = std::fs::metadata(path) {
        return Some(Identity::Inode(m.dev(), m.ino()));
    }
    // Where a link to a file not yet there would create it.
    let path = &resolve(path);
    let name = path.file_name()?;
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let dir = std::fs::canonicalize(dir).ok()?;
    Some(Identity::Path(dir.join(name)))
}

/// A file the run will write, and the flag that named it.
pub struct Output<'a> {
    pub flag: &'static str,
    pub path: &'a Path,
}

/// The files the run will read, by kind, as named for the message.
pub struct Reads<'a> {
    /// Articles: files, and files found by walking directories.
    pub articles: &'a mut dyn Iterator<Item = PathBuf>,
    /// Reference files (directories already walked).
    pub references: &'a [PathBuf],
    /// Other files read whole before anything is written: the
    /// configuration, a baseline.
    pub others: &'a [(&'static str, &'a Path)],
}

/// Refuse outputs that name one of the files the run reads, or each other,
/// or that cannot be written (a directory, a missing directory).
/// Articles are walked only when some output exists already (one that does
/// not cannot be an article); nothing is opened, only looked up.
pub fn refuse_inputs(outputs: &[Output<'_>], reads: Reads<'_>) -> Result<(), String> {
    // Nor anything that cannot be written: found now, not after a long
    // run (and its fixes) when the report is ready.
    for o in outputs {
        match std::fs::metadata(o.path) {
            Ok(m) if m.is_dir() => {
                return Err(format!("{} {}: is a directory", o.flag, shown(o.path)));
            }
            Ok(m) if read_only(&m) => {
                return Err(format!("{} {}", o.flag, refused_read_only(o.path, &m)));
            }
            Ok(_) => {}
            Err(_) => {
                let target = resolve(o.path);
                let dir = match target.parent() {
                    Some(d) if !d.as_os_str().is_empty() => d,
                    _ => Path::new("."),
                };
                if !dir.is_dir() {
                    return Err(format!(
                        "{} {}: no such directory {}",
                        o.flag,
                        shown(o.path),
                        shown(dir)
                    ));
                }
            }
        }
    }
    let outputs: Vec<(&Output<'_>, Option<Identity>)> =
        outputs.iter().map(|o| (o, identity(o.path))).collect();
    for (i, (a, id_a)) in outputs.iter().enumerate() {
        for (b, id_b) in outputs.iter().skip(i + 1) {
            if id_a.is_some() && id_a == id_b {
                return Err(format!(
                    "{} {} and {} {} name the same file; give them different paths",
                    a.flag,
                    shown(a.path),
                    b.flag,
                    shown(b.path)
                ));
            }
        }
    }
    let existing: Vec<(&Output<'_>, (u64, u64))> = outputs
        .iter()
        .filter_map(|(o, id)| match id {
            Some(Identity::Inode(dev, ino)) => Some((*o, (*dev, *ino))),
            _ => None,
        })
        .collect();
    if existing.is_empty() {
        return Ok(());
    }
    let refuse = |output: &Output<'_>, what: &str, input: &Path| {
        format!(
            "{} {} is {what} {}; refusing to overwrite it (write the output outside the inputs)",
            output.flag,
            shown(output.path),
            shown(input)
        )
    };
    let same = |input: &Path| -> Option<&Output<'_>> {
        let m = std::fs::metadata(input).ok()?;
        existing
            .iter()
            .find(|(_, id)| *id == (m.dev(), m.ino()))
            .map(|(o, _)| *o)
    };
    for (what, path) in reads.others {
        if let Some(o) = same(path) {
            return Err(refuse(o, what, path));
        }
    }
    for path in reads.references {
        if let Some(o) = same(path) {
            return Err(refuse(o, "the reference file", path));
        }
    }
    for path in reads.articles {
        if let Some(o) = same(&path) {
            return Err(refuse(o, "the article", &path));
        }
    }
    Ok(())
}

/// The articles under `paths` (stdin aside) that `filter` lets through,
/// found by the same walk as the run's.
fn articles<'a>(
    paths: &'a [PathBuf],
    filter: Option<&'a crate::config::PathFilter>,
) -> impl Iterator<Item = PathBuf> + 'a {
    paths
        .iter()
        .filter(|p| p.as_os_str() != "-")
        .flat_map(|p| super::walk::articles(p))
        .filter_map(Result::ok)
        .filter(move |p| filter.is_none_or(|f| f.allows(p)))
}

/// `check`: refuse `--output` and `--write-baseline` when either names an
/// article, a reference file, the configuration, or (`--output`) the
/// baseline read; `--write-baseline` may update the `--baseline` it reads.
pub(super) fn refuse_check_inputs(
    args: &super::CheckArgs,
    config: &crate::config::Config,
    ref_paths: &[PathBuf],
) -> Result<(), String> {
    let mut outputs = Vec::new();
    if let Some(path) = &args.output {
        outputs.push(Output {
            flag: "--output",
            path,
        });
    }
    if let Some(path) = &args.write_baseline {
        outputs.push(Output {
            flag: "--write-baseline",
            path,
        });
    }
    if outputs.is_empty() {
        return Ok(());
    }
    let mut others: Vec<(&'static str, &Path)> = Vec::new();
    if let Some(file) = &config.file {
        others.push(("the configuration file", file));
    }
    if args.paths.iter().any(|p| p.as_os_str() == "-") {
        // An editor pipes its buffer in and names the file it came from:
        // that file is the article, on disk.
        others.push((
            "the article named by --stdin-filename",
            Path::new(&args.stdin_filename),
        ));
    }
    if let (Some(baseline), Some(output)) = (&args.baseline, &args.output) {
        // Only the report may not replace it; a new baseline may.
        refuse_inputs(
            &[Output {
                flag: "--output",
                path: output,
            }],
            Reads {
                articles: &mut std::iter::empty(),
                references: &[],
                others: &[("the baseline", baseline)],
            },
        )?;
    }
    let references = crate::reference::load::collect_files(ref_paths).0;
    let filter = crate::config::PathFilter::new(config);
    let mut found = articles(&args.paths, Some(&filter));
    refuse_inputs(
        &outputs,
        Reads {
            articles: &mut found,
            references: &references,
            others: &others,
        },
    )
}

/// `refs draft --output`: never over one of the articles drafted from.
pub(super) fn refuse_draft_inputs(
    paths: &[PathBuf],
    output: Option<&PathBuf>,
    config: &crate::config::Config,
) -> Result<(), String> {
    let Some(output) = output else {
        return Ok(());
    };
    let mut others: Vec<(&'static str, &Path)> = Vec::new();
    if let Some(file) = &config.file {
        others.push(("the configuration file", file));
    }
    // `refs draft` reads every article found, whatever the configuration.
    let mut found = articles(paths, None);
    refuse_inputs(
        &[Output {
            flag: "--output",
            path: output,
        }],
        Reads {
            articles: &mut found,
            references: &[],
            others: &others,
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unfinished_write_leaves_the_old_file_and_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("baseline.json");
        std::fs::write(&path, "old and good\n").unwrap();
        let mut file = Pending::create(&path).unwrap();
        file.write(b"new, half").unwrap();
        // Every error on the way (a full disk, a failed render) returns
        // before the commit, and so drops the file.
        drop(file);
        assert_eq!(std::fs::read(&path).unwrap(), b"old and good\n");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_commit_replaces_the_file_whole_keeping_its_mode_and_a_link_stays_a_link() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("report.json");
        std::fs::write(&path, "old\n").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
        let link = dir.path().join("link.json");
        std::os::unix::fs::symlink("report.json", &link).unwrap();
        let mut file = Pending::create(&link).unwrap();
        file.write(b"new ").unwrap();
        // Until the commit, the old content is what a reader sees.
        assert_eq!(std::fs::read(&path).unwrap(), b"old\n");
        file.write(b"whole\n").unwrap();
        file.commit().unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"new whole\n");
        assert!(std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink());
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o640);
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2);
    }

    #[test]
    fn an_output_naming_an_input_through_a_hard_link_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let article = dir.path().join("a.txt");
        std::fs::write(&article, "x").unwrap();
        let other = dir.path().join("other-name.json");
        std::fs::hard_link(&article, &other).unwrap();
        let outputs = [Output {
            flag: "--output",
            path: &other,
        }];
        let mut articles = vec![article.clone()].into_iter();
        let err = refuse_inputs(
            &outputs,
            Reads {
                articles: &mut articles,
                references: &[],
                others: &[],
            },
        )
        .unwrap_err();
        assert!(err.contains("is the article"), "{err}");
        // Two outputs not yet there, named two ways.
        let new = dir.path().join("new.json");
        let again = dir.path().join(".").join("new.json");
        let outputs = [
            Output {
                flag: "--output",
                path: &new,
            },
            Output {
                flag: "--write-baseline",
                path: &again,
            },
        ];
        let err = refuse_inputs(
            &outputs,
            Reads {
                articles: &mut std::iter::empty(),
                references: &[],
                others: &[],
            },
        )
        .unwrap_err();
        assert!(err.contains("name the same file"), "{err}");
    }
}
