//! `factlint serve`: load the reference data as `check` does, listen, and
//! hand the connections to [`crate::serve`].

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use crate::checker::Checker;
use crate::serve::{Event, Limits, Loaded, Loader, Options};

use super::{
    eprint_all, load_config, load_references, reference_paths, require_reference_items,
    unfilled_drafts, NO_REFERENCE_DATA_NOTE,
};

/// The shortest token accepted: a short one is guessed by trying.
const TOKEN_MIN: usize = 16;

#[derive(Debug, clap::Args)]
pub struct ServeArgs {
    /// Reference files or directories (default: rules/); reloaded when they change.
    #[arg(long = "refs", value_name = "PATH")]
    pub refs: Vec<PathBuf>,
    /// A configuration file (default: factlint.yaml or .factlint.yaml here or above).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// The address to listen on. Anything but a loopback address needs --token.
    #[arg(long, value_name = "IP:PORT", default_value = "127.0.0.1:7878")]
    pub addr: SocketAddr,
    /// A bearer token (16 characters or more) every API request must carry:
    /// `Authorization: Bearer TOKEN`.
    #[arg(
        long,
        value_name = "TOKEN",
        env = "FACTLINT_SERVE_TOKEN",
        hide_env_values = true
    )]
    pub token: Option<String>,
    /// Let pages from this origin call the API (CORS), e.g.
    /// https://cms.example.org (repeatable). Off by default.
    #[arg(long, value_name = "ORIGIN")]
    pub cors: Vec<String>,
    /// The largest request body, in bytes.
    #[arg(long, value_name = "BYTES", default_value_t = 2 * 1024 * 1024)]
    pub max_body: usize,
    /// The longest a request may take, in seconds.
    #[arg(long, value_name = "SECONDS", default_value_t = 10)]
    pub timeout: u64,
    /// Requests handled at once; more are answered 503.
    #[arg(long, value_name = "N", default_value_t = 64)]
    pub max_requests: usize,
    /// How often the reference files are looked at, in milliseconds.
    #[arg(long, value_name = "MS", default_value_t = 1000, hide = true)]
    pub poll_ms: u64,
}

/// The reference data as `check` would load it for these arguments, and
/// the paths whose change calls for loading it again.
fn load(args_refs: &[PathBuf], config_path: Option<&PathBuf>) -> Result<Loaded, Vec<String>> {
    let config = load_config(config_path)?;
    let given = if args_refs.is_empty() {
        config.refs.clone()
    } else {
        args_refs.to_vec()
    };
    let explicit = !given.is_empty();
    let paths = reference_paths(given);
    let mut watch = if explicit {
        paths.clone()
    } else {
        // `rules/` is watched even while it does not exist.
        vec![PathBuf::from("rules")]
    };
    watch.extend(config.file.clone());
    // Before the files are read: a change from now on calls for a reload.
    let seen = crate::serve::reload::fingerprint(&watch);
    let refs = if paths.is_empty() {
        eprint_all(&[NO_REFERENCE_DATA_NOTE.to_owned()]);
        load_references(&[])?
    } else {
        load_references(&paths)?
    };
    require_reference_items(&refs, &paths, explicit)?;
    if let Some(drafts) = unfilled_drafts(&refs, "error") {
        return Err(drafts);
    }
    Ok(Loaded {
        checker: Checker::new(refs, &config),
        watch,
        seen,
    })
}

/// `https://cms.example.org`, `http://localhost:3000`: what a browser sends
/// as `Origin`, which CORS compares byte for byte.
fn is_origin(origin: &str) -> bool {
    let Some((scheme, host)) = origin.split_once("://") else {
        return false;
    };
    matches!(scheme, "http" | "https")
        && !host.is_empty()
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'))
}

/// Run the server; returns the exit status (2: it could not start).
pub(super) fn run(args: ServeArgs) -> u8 {
    let loopback = args.addr.ip().is_loopback();
    match &args.token {
        Some(token) if token.len() < TOKEN_MIN => {
            eprint_all(&[format!(
                "error: --token: too short ({} characters); use {TOKEN_MIN} or more, e.g. from \
                 `openssl rand -hex 24`",
                token.chars().count()
            )]);
            return 2;
        }
        None if !loopback => {
            eprint_all(&[format!(
                "error: --addr {}: not a loopback address; anyone who can reach it could use \
                 the server, so it needs --token (or FACTLINT_SERVE_TOKEN)",
                args.addr
            )]);
            return 2;
        }
        _ => {}
    }
    if let Some(bad) = args.cors.iter().find(|o| !is_origin(o)) {
        eprint_all(&[format!(
            "error: --cors `{bad}`: not an origin; give a scheme and host, and a port if \
             not the default, e.g. https://cms.example.org (no path, no wildcard)"
        )]);
        return 2;
    }
    let refs = args.refs.clone();
    let config = args.config.clone();
    let loader: Loader = Arc::new(move || load(&refs, config.as_ref()));
    let first = match loader() {
        Ok(first) => first,
        Err(messages) => {
            eprint_all(&messages);
            return 2;
        }
    };
    let checks = std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get);
    let options = Options {
        limits: Limits {
            body_bytes: args.max_body,
            request_time: Duration::from_secs(args.timeout.max(1)),
            in_flight: args.max_requests.max(1),
            checks,
            ..Limits::default()
        },
        token: args.token,
        cors: args.cors,
        loopback,
        poll: Duration::from_millis(args.poll_ms.max(10)),
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprint_all(&[format!("error: cannot start the server's threads: {e}")]);
            return 2;
        }
    };
    let events = Arc::new(|event: Event| match event {
        Event::Reloaded { references } => eprint_all(&[format!(
            "note: reference data reloaded: {references} facts and events"
        )]),
        Event::ReloadFailed { errors } => {
            let mut lines = errors;
            lines.push(
                "error: the changed reference data was not loaded; the last good data is still \
                 serving"
                    .to_owned(),
            );
            eprint_all(&lines);
        }
    });
    runtime.block_on(async move {
        let listener = match tokio::net::TcpListener::bind(args.addr).await {
            Ok(l) => l,
            Err(e) => {
                eprint_all(&[format!("error: cannot listen on {}: {e}", args.addr)]);
                return 2;
            }
        };
        let bound = listener.local_addr().unwrap_or(args.addr);
        eprint_all(&[format!("factlint serve: listening on http://{bound}/")]);
        match crate::serve::serve(listener, first, loader, options, events).await {
            Ok(()) => 0,
            Err(e) => {
                eprint_all(&[format!("error: {e}")]);
                2
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins_are_a_scheme_and_a_host() {
        for ok in [
            "https://cms.example.org",
            "http://localhost:3000",
            "http://[::1]:8080",
        ] {
            assert!(is_origin(ok), "{ok}");
        }
        for bad in [
            "*",
            "cms.example.org",
            "https://cms.example.org/",
            "ftp://x",
            "https://",
            "https://a b",
        ] {
            assert!(!is_origin(bad), "{bad}");
        }
    }
}
