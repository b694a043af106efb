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
type Stamp = (PathBuf, Option<(i64, i64, u64, u64, u64)>);

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
pub(super) async fn watch(
    shared: Arc<Shared>,
    loader: Loader,
    mut watched: Vec<PathBuf>,
    poll: Duration,
    events: Events,
) {
    let stamps = |w: Vec<PathBuf>| tokio::task::spawn_blocking(move || fingerprint(&w));
    let Ok(mut last) = stamps(watched.clone()).await else {
        return;
    };
    loop {
        tokio::time::sleep(poll).await;
        let Ok(now) = stamps(watched.clone()).await else {
            continue;
        };
        if now == last {
            continue;
        }
        // Taken before loading: a change made while it loads is seen at
        // the next look.
        last = now;
        let load = Arc::clone(&loader);
        let Ok(result) = tokio::task::spawn_blocking(move || load()).await else {
            continue;
        };
        match result {
            Ok(loaded) => {
                let references = shared.install(loaded.checker);
                if loaded.watch != watched {
                    watched = loaded.watch;
                    if let Ok(fresh) = stamps(watched.clone()).await {
                        last = fresh;
                    }
                }
                events(Event::Reloaded { references });
            }
            Err(errors) => {
                shared.refuse(errors.clone());
                events(Event::ReloadFailed { errors });
            }
        }
    }
}
