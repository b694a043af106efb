//! Reloading the reference data when its files change.
//!
//! The files are looked at every [`super::Options::poll`]: each watched
//! path and every reference file under it, by modification time, size and
//! inode. Polling works the same on every file system (network mounts,
//! containers' bind mounts, editors that save by renaming a new file into
//! place), costs one `stat` a file, and needs no thread of its own. A
//! change loads everything afresh; data that fails to load leaves the last
//! good data serving, and the errors show in `/healthz` until a later
//! change loads.

use std::os::unix::fs::MetadataExt as _;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use super::{Event, Events, Loader, Shared};

/// What is known of a watched file: its path and, when it exists, its
/// modification time (ns), size, device and inode.
pub type Stamp = (PathBuf, Option<(i64, i64, u64, u64, u64)>);

/// The stamps of `watch` and of every reference file under it, in order.
pub fn fingerprint(watch: &[PathBuf]) -> Vec<Stamp> {
    let stamp = |p: PathBuf| {
        let meta = std::fs::metadata(&p).ok();
        let s = meta.map(|m| (m.mtime(), m.mtime_nsec(), m.size(), m.dev(), m.ino()));
        (p, s)
    };
    let mut stamps: Vec<Stamp> = watch.iter().cloned().map(stamp).collect();
    let (files, _errors) = crate::reference::load::collect_files(watch);
    stamps.extend(files.into_iter().map(stamp));
    stamps
}

/// Look at the files every `poll`, and load them again when they change.
/// `first` is what was watched at start and how it was just before it was
/// read.
pub(super) async fn watch(
    shared: Arc<Shared>,
    loader: Loader,
    first: (Vec<PathBuf>, Vec<Stamp>),
    poll: Duration,
    events: Events,
) {
    let (mut watched, mut last) = first;
    loop {
        tokio::time::sleep(poll).await;
        let w = watched.clone();
        let Ok(now) = tokio::task::spawn_blocking(move || fingerprint(&w)).await else {
            continue;
        };
        if now == last {
            continue;
        }
        let load = Arc::clone(&loader);
        let Ok(result) = tokio::task::spawn_blocking(move || load()).await else {
            continue;
        };
        match result {
            Ok(loaded) => {
                let references = shared.install(loaded.checker);
                // Taken before the files were read: a change made while
                // they were read is seen at the next look.
                (watched, last) = (loaded.watch, loaded.seen);
                events(Event::Reloaded { references });
            }
            Err(errors) => {
                // Not tried again until the files change again.
                last = now;
                shared.refuse(errors.clone());
                events(Event::ReloadFailed { errors });
            }
        }
    }
}
