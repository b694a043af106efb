//! What an interrupt (SIGINT, SIGTERM, SIGHUP) may not leave behind.
//!
//! Files are written to a temporary file beside their target and renamed
//! into place when whole ([`super::output`]); an interrupt before that
//! removes the temporary file, so the old file stays as it was and nothing
//! new is left next to it. `--fix` writes through the file's own inode
//! (keeping its owner, mode and hard links); an interrupt waits for such a
//! write to end, so a file is never left half old, half new.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, Once, PoisonError, RwLock, RwLockReadGuard};

/// Temporary files that exist now and must go if the process is stopped.
static PENDING: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// Held (shared) while a file is rewritten in place; the signal thread
/// takes it exclusively before the process ends.
static WRITING: RwLock<()> = RwLock::new(());

static INSTALL: Once = Once::new();

/// Start the thread that cleans up on SIGINT, SIGTERM and SIGHUP, then
/// ends the process as the signal would have. Idempotent; when signals
/// cannot be watched, they keep their default effect.
pub fn install() {
    INSTALL.call_once(|| {
        use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
        let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP]) else {
            return;
        };
        let spawned = std::thread::Builder::new()
            .name("factlint-signals".into())
            .spawn(move || {
                if let Some(signal) = signals.forever().next() {
                    // Wait for an in-place write to end, and keep any new one
                    // from starting; then remove every temporary file.
                    let _writing = WRITING.write().unwrap_or_else(PoisonError::into_inner);
                    let mut pending = pending();
                    for path in pending.drain(..) {
                        let _ = std::fs::remove_file(path);
                    }
                    let _ = signal_hook::low_level::emulate_default_handler(signal);
                    std::process::exit(128 + signal);
                }
            });
        drop(spawned);
    });
}

/// The list of temporary files; held while one is created, renamed into
/// place or removed, so that the signal thread sees each of them either
/// present (and removes it) or gone.
pub(super) fn pending() -> MutexGuard<'static, Vec<PathBuf>> {
    PENDING.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Forget `path` (renamed into place or removed).
pub(super) fn forget(pending: &mut Vec<PathBuf>, path: &Path) {
    pending.retain(|p| p != path);
}

/// Hold off the end of the process while a file is rewritten in place.
pub(super) fn hold() -> RwLockReadGuard<'static, ()> {
    WRITING.read().unwrap_or_else(PoisonError::into_inner)
}
