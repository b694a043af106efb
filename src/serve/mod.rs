//! `factlint serve`: the checker behind an HTTP API and a page for editors.
//!
//! - `POST /api/check` answers with exactly what `factlint check --format
//!   json` prints for the same text, name and date; `POST /api/extract`
//!   with what `extract --format json` prints.
//! - `POST /api/review` and `POST /api/fix` serve the page at `/`: claims
//!   with their verdicts, findings with a word diff, and the text with
//!   suggestions applied by [`crate::fix::apply`] (the page never edits
//!   the text itself).
//! - `GET /api/rules`, `GET /healthz`.
//!
//! Nothing a request says can make the server read or write a file: a
//! request carries the text; its `name` is only a label. Request bodies,
//! the time a request may take, the requests in flight, the connections
//! and the checks running at once are all bounded ([`Limits`]). Reference
//! data is reloaded when its files change ([`reload`]); an error keeps the
//! last good data serving and shows in `/healthz` and on the page.
//!
//! The library prints nothing: what the server wants said (reloads, their
//! errors) goes to the [`Events`] callback the host gives.

mod api;
mod guard;
pub mod reload;
mod review;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, PoisonError, RwLock};
use std::time::{Duration, SystemTime};

use tokio::sync::Semaphore;

use crate::checker::Checker;

/// Reference data and the files it came from.
pub struct Loaded {
    /// The checker over the data.
    pub checker: Checker,
    /// The files and directories whose change calls for a reload (the
    /// reference paths, the configuration file).
    pub watch: Vec<PathBuf>,
    /// What they were like just before they were read
    /// ([`reload::fingerprint`]): a change made while they were read, or
    /// before the server looks at them, is then seen as one.
    pub seen: Vec<reload::Stamp>,
}

/// Loads the reference data afresh: at start and on every change. Its
/// errors are `file:line:column: reason` lines.
pub type Loader = Arc<dyn Fn() -> Result<Loaded, Vec<String>> + Send + Sync>;

/// What the server has to say, for the host to print.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// New reference data is in use: how many facts and events it holds.
    Reloaded { references: usize },
    /// The changed reference data could not be loaded; the last good data
    /// keeps serving.
    ReloadFailed { errors: Vec<String> },
}

/// Receives the server's [`Event`]s.
pub type Events = Arc<dyn Fn(Event) + Send + Sync>;

/// Bounds on what one client, and all of them, can make the server do.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Largest request body, in bytes (413 beyond).
    pub body_bytes: usize,
    /// Longest time one request may take, reading its body included (503
    /// beyond).
    pub request_time: Duration,
    /// Longest time a client may take to send a request's headers.
    pub header_time: Duration,
    /// Requests handled at once; more are refused with 503.
    pub in_flight: usize,
    /// Connections open at once; more wait to be accepted.
    pub connections: usize,
    /// Checks running at once (CPU work, off the I/O threads).
    pub checks: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            body_bytes: 2 * 1024 * 1024,
            request_time: Duration::from_secs(10),
            header_time: Duration::from_secs(10),
            in_flight: 64,
            connections: 1024,
            checks: 2,
        }
    }
}

/// How the server is reached and guarded.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub limits: Limits,
    /// The bearer token every API request must carry, if any.
    pub token: Option<String>,
    /// Origins allowed to call the API from a browser (CORS); none: CORS off.
    pub cors: Vec<String>,
    /// Whether the server listens on a loopback address only: then, with
    /// no token, a request must name a loopback host (a page elsewhere
    /// cannot reach it by rebinding a DNS name to 127.0.0.1).
    pub loopback: bool,
    /// How often the reference files are looked at for changes.
    pub poll: Duration,
}

/// The state every request shares.
pub(crate) struct Shared {
    current: RwLock<Arc<Checker>>,
    health: RwLock<Health>,
    /// Permits for the checks running at once.
    checks: Arc<Semaphore>,
}

/// The reference data's state, as `/healthz` and the page show it.
#[derive(Debug, Clone, serde::Serialize)]
pub(crate) struct Health {
    /// How many times reference data was loaded (1: the first load).
    pub generation: u64,
    /// Facts and events in the data serving now.
    pub references: usize,
    /// When that data was loaded, in seconds since the Unix epoch.
    pub loaded_at: u64,
    /// Why the latest change could not be loaded (empty: it could).
    pub errors: Vec<String>,
}

impl Shared {
    fn new(checker: Checker, limits: &Limits) -> Shared {
        let references = reference_count(&checker);
        Shared {
            current: RwLock::new(Arc::new(checker)),
            health: RwLock::new(Health {
                generation: 1,
                references,
                loaded_at: unix_now(),
                errors: Vec::new(),
            }),
            checks: Arc::new(Semaphore::new(limits.checks.max(1))),
        }
    }

    /// The checker serving now.
    pub(crate) fn checker(&self) -> Arc<Checker> {
        Arc::clone(&self.current.read().unwrap_or_else(PoisonError::into_inner))
    }

    pub(crate) fn health(&self) -> Health {
        self.health
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// Serve `checker` from now on.
    pub(crate) fn install(&self, checker: Checker) -> usize {
        let references = reference_count(&checker);
        *self.current.write().unwrap_or_else(PoisonError::into_inner) = Arc::new(checker);
        let mut health = self.health.write().unwrap_or_else(PoisonError::into_inner);
        health.generation += 1;
        health.references = references;
        health.loaded_at = unix_now();
        health.errors.clear();
        references
    }

    /// Keep the data serving and say why the new data was refused.
    pub(crate) fn refuse(&self, errors: Vec<String>) {
        self.health
            .write()
            .unwrap_or_else(PoisonError::into_inner)
            .errors = errors;
    }
}

fn reference_count(checker: &Checker) -> usize {
    checker.refs().facts.len() + checker.refs().events.len()
}

fn unix_now() -> u64 {
    SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// The application: every route behind the guards of `options`.
pub(crate) fn app(shared: Arc<Shared>, options: &Options) -> axum::Router {
    guard::wrap(api::routes(shared), options)
}

/// Serve on `listener` until the process ends: `first` is the data loaded
/// at start, `loader` loads it again when its files change.
pub async fn serve(
    listener: tokio::net::TcpListener,
    first: Loaded,
    loader: Loader,
    options: Options,
    events: Events,
) -> std::io::Result<()> {
    let shared = Arc::new(Shared::new(first.checker, &options.limits));
    tokio::spawn(reload::watch(
        Arc::clone(&shared),
        loader,
        (first.watch, first.seen),
        options.poll,
        events,
    ));
    let app = app(shared, &options);
    accept(listener, app, &options.limits).await
}

/// Accept connections, at most `limits.connections` open at once, each
/// served over HTTP/1.1 with a deadline for its headers.
async fn accept(
    listener: tokio::net::TcpListener,
    app: axum::Router,
    limits: &Limits,
) -> std::io::Result<()> {
    use hyper_util::rt::{TokioIo, TokioTimer};
    use hyper_util::service::TowerToHyperService;
    use tower::ServiceExt as _;

    let open = Arc::new(Semaphore::new(limits.connections.max(1)));
    loop {
        let Ok(permit) = Arc::clone(&open).acquire_owned().await else {
            return Ok(());
        };
        let (stream, _peer): (tokio::net::TcpStream, SocketAddr) = match listener.accept().await {
            Ok(accepted) => accepted,
            // Out of file descriptors, a connection reset before it was
            // accepted: wait a little, and go on serving the others.
            Err(_) => {
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        let _ = stream.set_nodelay(true);
        let service = app
            .clone()
            .map_request(|req: axum::http::Request<hyper::body::Incoming>| {
                req.map(axum::body::Body::new)
            });
        let header_time = limits.header_time;
        tokio::spawn(async move {
            let _permit = permit;
            let _ = hyper::server::conn::http1::Builder::new()
                .timer(TokioTimer::new())
                .header_read_timeout(header_time)
                .serve_connection(TokioIo::new(stream), TowerToHyperService::new(service))
                .await;
        });
    }
}
