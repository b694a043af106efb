//! The one thread that checks: the latest text of every open article,
//! after a short wait, and the reference data whenever it changes.
//!
//! The main loop hands it every new text and goes back to answering the
//! editor at once; so hover, code actions and shutdown are never queued
//! behind a check, however large the document. A newer version of a
//! document replaces an older one still waiting, and the result of a check
//! that a newer version overtook while it ran is dropped, not published.
//!
//! The wait (debounce) is scaled to what checking the document costs:
//! twice its last check's time, at most [`MAX_DEBOUNCE`]. A short article
//! is re-checked as soon as the keystroke arrives; a long one waits until
//! the typing pauses instead of being checked once per key.

use std::collections::{HashMap, HashSet};
use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use crossbeam_channel::{Receiver, RecvTimeoutError};
use lsp_server::{Message, Notification};
use lsp_types::{Diagnostic, DiagnosticSeverity, MessageType, Uri};

use crate::checker::{self, Checker};
use crate::config::{Config, PathFilter};
use crate::document::Format;
use crate::reference::{RefError, ReferenceSet};

use super::convert::{path_to_uri, uri_to_path, Encoding, LineIndex};
use super::{diagnostics, lock, Analyses, Analysis, Outbox};

/// The longest a changed document waits before it is checked.
pub const MAX_DEBOUNCE: Duration = Duration::from_millis(150);

/// What the main loop asks of the worker.
#[derive(Debug)]
pub enum Job {
    /// An article's text, new or changed; `now` skips the debounce
    /// (opened, saved).
    Article {
        uri: Uri,
        version: i32,
        text: Arc<String>,
        format: Format,
        now: bool,
    },
    /// A YAML file's text as the editor holds it (`None`: closed, so the
    /// file on disk counts again).
    Yaml { path: PathBuf, text: Option<String> },
    /// An article closed: forget it and clear its diagnostics.
    Close { uri: Uri },
    /// Reference data or configuration changed on disk.
    Reload,
}

/// The latest text of an open article.
struct Latest {
    version: i32,
    text: Arc<String>,
    format: Format,
}

pub struct Worker {
    /// The way to the client, until the session ends.
    client: Outbox,
    analyses: Analyses,
    enc: Encoding,
    root: PathBuf,
    config: Config,
    /// The configuration's `include` and `exclude`: an article they leave
    /// out gets no diagnostics, as `check` would not read it.
    filter: PathFilter,
    /// The last reference data that loaded; checks go on against it while
    /// the files on disk have errors.
    checker: Arc<Checker>,
    articles: HashMap<Uri, Latest>,
    /// When each waiting article is due.
    due: HashMap<Uri, Instant>,
    /// What the last check of each article took.
    cost: HashMap<Uri, Duration>,
    reload_due: Option<Instant>,
    /// Open YAML buffers, by canonical path.
    yaml: HashMap<PathBuf, String>,
    /// The reference files and the configuration file, canonical: an edit
    /// to one of them reloads.
    watched: HashSet<PathBuf>,
    /// YAML files that have diagnostics showing.
    yaml_shown: HashSet<Uri>,
}

impl Worker {
    pub fn new(client: Outbox, analyses: Analyses, enc: Encoding, root: PathBuf) -> Self {
        let config = Config {
            root: root.clone(),
            ..Config::default()
        };
        let checker = Arc::new(Checker::new(ReferenceSet::default(), &config));
        let filter = PathFilter::new(&config);
        Worker {
            client,
            analyses,
            enc,
            root,
            config,
            filter,
            checker,
            articles: HashMap::new(),
            due: HashMap::new(),
            cost: HashMap::new(),
            reload_due: Some(Instant::now()),
            yaml: HashMap::new(),
            watched: HashSet::new(),
            yaml_shown: HashSet::new(),
        }
    }

    /// Work until the main loop hangs up.
    pub fn run(mut self, jobs: &Receiver<Job>) {
        loop {
            let next = self
                .due
                .values()
                .chain(self.reload_due.iter())
                .min()
                .copied();
            let job = match next {
                Some(at) => jobs.recv_deadline(at),
                None => jobs.recv().map_err(|_| RecvTimeoutError::Disconnected),
            };
            match job {
                Ok(job) => self.take(job),
                Err(RecvTimeoutError::Timeout) => {}
                Err(RecvTimeoutError::Disconnected) => return,
            }
            // Everything already queued first: only the newest text counts.
            if !self.drain(jobs) {
                return;
            }
            let now = Instant::now();
            if self.reload_due.is_some_and(|at| at <= now) {
                self.reload_due = None;
                self.reload();
            }
            let ready = self
                .due
                .iter()
                .filter(|(_, at)| **at <= now)
                .min_by_key(|(_, at)| **at)
                .map(|(uri, _)| uri.clone());
            if let Some(uri) = ready {
                self.due.remove(&uri);
                self.check(&uri, jobs);
            }
        }
    }

    /// Take every job already waiting; `false` once the main loop is gone.
    fn drain(&mut self, jobs: &Receiver<Job>) -> bool {
        loop {
            match jobs.try_recv() {
                Ok(job) => self.take(job),
                Err(crossbeam_channel::TryRecvError::Empty) => return true,
                Err(crossbeam_channel::TryRecvError::Disconnected) => return false,
            }
        }
    }

    fn take(&mut self, job: Job) {
        match job {
            Job::Article {
                uri,
                version,
                text,
                format,
                now,
            } => {
                let wait = if now {
                    Duration::ZERO
                } else {
                    self.cost
                        .get(&uri)
                        .map_or(MAX_DEBOUNCE, |c| (*c * 2).min(MAX_DEBOUNCE))
                };
                self.due.insert(uri.clone(), Instant::now() + wait);
                self.articles.insert(
                    uri,
                    Latest {
                        version,
                        text,
                        format,
                    },
                );
            }
            Job::Yaml { path, text } => {
                let path = canonical(&path);
                let reload = self.watched.contains(&path);
                match text {
                    Some(t) => self.yaml.insert(path, t),
                    None => self.yaml.remove(&path),
                };
                if reload {
                    self.schedule_reload();
                }
            }
            Job::Close { uri } => {
                self.articles.remove(&uri);
                self.due.remove(&uri);
                self.cost.remove(&uri);
                lock(&self.analyses).remove(&uri);
                self.publish(uri, Vec::new(), None);
            }
            Job::Reload => self.schedule_reload(),
        }
    }

    fn schedule_reload(&mut self) {
        let at = Instant::now() + MAX_DEBOUNCE;
        self.reload_due = Some(self.reload_due.map_or(at, |d| d.min(at)));
    }

    /// Check the latest text of `uri` and publish what was found, unless a
    /// newer text came in meanwhile.
    fn check(&mut self, uri: &Uri, jobs: &Receiver<Job>) {
        let Some(latest) = self.articles.get(uri) else {
            return;
        };
        let version = latest.version;
        let text = Arc::clone(&latest.text);
        let format = latest.format;
        let checker = Arc::clone(&self.checker);
        let path = uri_to_path(uri);
        if path.as_ref().is_some_and(|p| !self.filter.allows(p)) {
            lock(&self.analyses).remove(uri);
            self.publish(uri.clone(), Vec::new(), Some(version));
            return;
        }
        let name = path.map_or_else(|| uri.as_str().to_owned(), |p| p.display().to_string());
        let started = Instant::now();
        // A bug in a rule must not take the server down with it: the
        // document goes unchecked and the log says why.
        let checked = std::panic::catch_unwind(AssertUnwindSafe(|| {
            checker.check_text(&name, text.as_str().to_owned(), format, None)
        }));
        let Ok(mut checked) = checked else {
            self.log(
                MessageType::ERROR,
                format!("internal error while checking {name}; please report it"),
            );
            return;
        };
        let mut findings = std::mem::take(&mut checked.check.findings);
        crate::check::finding::sort_findings(&mut findings);
        let index = LineIndex::new(&checked.document.text);
        let diagnostics = diagnostics::of_findings(
            &checked.document.text,
            &index,
            &findings,
            self.enc,
            &self.root,
        );
        if !self.drain(jobs) || self.articles.get(uri).is_none_or(|l| l.version != version) {
            return; // overtaken: the newer text is due already
        }
        let analysis = Arc::new(Analysis {
            version,
            checker: Arc::clone(&checker),
            checked,
            findings,
            index,
            root: self.root.clone(),
            matches: OnceLock::new(),
        });
        lock(&self.analyses).insert(uri.clone(), Arc::clone(&analysis));
        self.publish(uri.clone(), diagnostics, Some(version));
        self.cost.insert(uri.clone(), started.elapsed());
        // For hover only, after the diagnostics are out.
        let matches =
            std::panic::catch_unwind(AssertUnwindSafe(|| checker.matches(&analysis.checked)))
                .unwrap_or_default();
        let _ = analysis.matches.set(matches);
    }

    /// Read the configuration and reference data again; show their errors
    /// in the files they are about, and re-check every open article.
    fn reload(&mut self) {
        let mut problems: HashMap<PathBuf, Vec<RefError>> = HashMap::new();
        let mut notes: Vec<(PathBuf, Diagnostic)> = Vec::new();
        match checker::config_located(&self.root) {
            Ok(config) => {
                self.filter = PathFilter::new(&config);
                self.config = config;
            }
            Err(errors) => {
                self.log(
                    MessageType::ERROR,
                    "factlint.yaml has errors; the last good configuration stays in force".into(),
                );
                for e in errors {
                    problems.entry(PathBuf::from(&e.file)).or_default().push(e);
                }
            }
        }
        let (files, _) = checker::reference_files(&self.config);
        self.watched = files.iter().map(|p| canonical(p)).collect();
        if let Some(file) = &self.config.file {
            self.watched.insert(canonical(file));
        }
        let yaml = &self.yaml;
        let open = |p: &Path| yaml.get(&canonical(p)).cloned();
        match Checker::load_open(&self.config, &open) {
            Ok(checker) => {
                notes = drafts(checker.refs());
                self.checker = Arc::new(checker);
            }
            Err(errors) => {
                self.log(
                    MessageType::ERROR,
                    format!(
                        "the reference data has {} error(s); checking against the last data that loaded",
                        errors.len()
                    ),
                );
                for e in errors {
                    problems.entry(PathBuf::from(&e.file)).or_default().push(e);
                }
            }
        }
        let mut shown: HashMap<Uri, Vec<Diagnostic>> = HashMap::new();
        for (file, errors) in &problems {
            let text = self.yaml_text(file);
            let Some(uri) = path_to_uri(file) else {
                continue;
            };
            for e in errors {
                if e.whole_file {
                    // Perhaps no file to show it in (deleted): the log has it.
                    self.log(MessageType::ERROR, e.to_string());
                }
                shown
                    .entry(uri.clone())
                    .or_default()
                    .push(diagnostics::of_ref_error(e, text.as_deref(), self.enc));
            }
        }
        for (file, d) in notes {
            if let Some(uri) = path_to_uri(&file) {
                shown.entry(uri).or_default().push(d);
            }
        }
        for uri in std::mem::take(&mut self.yaml_shown) {
            if !shown.contains_key(&uri) {
                self.publish(uri, Vec::new(), None);
            }
        }
        for (uri, d) in shown {
            self.yaml_shown.insert(uri.clone());
            self.publish(uri, d, None);
        }
        let now = Instant::now();
        for uri in self.articles.keys() {
            self.due.insert(uri.clone(), now);
        }
    }

    /// A YAML file's text: the editor's if it is open, else the disk's.
    fn yaml_text(&self, path: &Path) -> Option<String> {
        self.yaml
            .get(&canonical(path))
            .cloned()
            .or_else(|| std::fs::read_to_string(path).ok())
    }

    fn publish(&self, uri: Uri, diagnostics: Vec<Diagnostic>, version: Option<i32>) {
        let params = lsp_types::PublishDiagnosticsParams {
            uri,
            diagnostics,
            version,
        };
        if let Some(client) = lock(&self.client).as_ref() {
            let _ = client.send(Message::Notification(Notification::new(
                "textDocument/publishDiagnostics".to_owned(),
                params,
            )));
        }
    }

    fn log(&self, typ: MessageType, message: String) {
        if let Some(client) = lock(&self.client).as_ref() {
            super::log(client, typ, &message);
        }
    }
}

/// Drafts not filled in (`source: TODO`), which `check` refuses: shown on
/// their line, so the writer sees why every claim agrees with them.
fn drafts(refs: &ReferenceSet) -> Vec<(PathBuf, Diagnostic)> {
    refs.unfilled_drafts()
        .into_iter()
        .map(|(id, origin)| {
            let line = origin.line.saturating_sub(1) as u32;
            let range = lsp_types::Range::new(
                lsp_types::Position::new(line, 0),
                lsp_types::Position::new(line + 1, 0),
            );
            let d = Diagnostic {
                range,
                severity: Some(DiagnosticSeverity::ERROR),
                source: Some(diagnostics::SOURCE.to_owned()),
                message: format!(
                    "{id}: a draft not filled in (source: TODO); its value is the article's \
                     own: write the reference value and its source, or remove it (check refuses it)"
                ),
                ..Diagnostic::default()
            };
            (PathBuf::from(&origin.file), d)
        })
        .collect()
}

/// A path as the file system resolves it, or as given when it cannot.
fn canonical(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
}
