//! `factlint lsp`: the language server.
//!
//! The editor talks to [`run`] over a [`Connection`] (stdio, in the CLI).
//! The main loop keeps the text of every open document, applying each
//! incremental change itself, and answers hover and code actions from the
//! latest analysis of the document's current version; checking happens on
//! one worker thread ([`worker`]) that publishes diagnostics itself, so no
//! check, however long, holds up an answer.
//!
//! Articles are the open Markdown and plain-text documents; YAML documents
//! are reference data or configuration, whose errors show in the file
//! itself and whose edits re-check the articles. The configuration is the
//! one `factlint check` would find from the workspace root.

// `lsp_types::Uri` caches parts of itself in a `Cell`, but hashes and
// compares by its text alone, which never changes: a sound map key.
#![allow(clippy::mutable_key_type)]

mod actions;
pub mod convert;
mod diagnostics;
mod hover;
mod worker;

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard, OnceLock};

use crossbeam_channel::Sender;
use lsp_server::{Connection, ErrorCode, Message, Notification, Request, RequestId, Response};
use lsp_types::{
    CodeActionKind, CodeActionOptions, CodeActionProviderCapability, Hover, HoverContents,
    HoverProviderCapability, InitializeParams, MarkupContent, MarkupKind, MessageType, SaveOptions,
    ServerCapabilities, TextDocumentSyncCapability, TextDocumentSyncKind, TextDocumentSyncOptions,
    TextDocumentSyncSaveOptions, Uri,
};

use crate::check::finding::Finding;
use crate::check::matching::Match;
use crate::checker::{CheckedText, Checker};
use crate::document::Format;

use convert::{apply_change, uri_to_path, Encoding, LineIndex};
use worker::{Job, Worker};

/// One check of one version of an article, kept for hover and code actions.
#[derive(Debug)]
pub struct Analysis {
    pub version: i32,
    /// The reference data it was checked against.
    pub checker: Arc<Checker>,
    pub checked: CheckedText,
    /// The findings, sorted by position (taken out of `checked`).
    pub findings: Vec<Finding>,
    pub index: LineIndex,
    /// The workspace root, which hover names reference files from.
    pub root: PathBuf,
    /// What each claim matched; set by the worker once the diagnostics
    /// are out.
    pub matches: OnceLock<Vec<Match>>,
}

type Analyses = Arc<Mutex<HashMap<Uri, Arc<Analysis>>>>;

/// The worker's way to the client, taken away when the session ends: the
/// connection's output then closes once the main loop is done, without
/// waiting for a check in progress (whose result nobody wants any more).
type Outbox = Arc<Mutex<Option<Sender<Message>>>>;

/// A lock that a panic elsewhere does not poison for good: the map holds
/// whole `Arc`s, never half-written state.
fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// What an open document is to the server.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Article(Format),
    Yaml,
}

impl Kind {
    /// By the editor's language id, else by the file's extension; `None`
    /// for documents the server leaves alone.
    fn of(uri: &Uri, language: &str) -> Option<Kind> {
        match language {
            "markdown" => return Some(Kind::Article(Format::Markdown)),
            "plaintext" | "text" => return Some(Kind::Article(Format::Text)),
            "yaml" => return Some(Kind::Yaml),
            _ => {}
        }
        let path = uri_to_path(uri).unwrap_or_else(|| PathBuf::from(uri.path().as_str()));
        match path.extension().and_then(|e| e.to_str()) {
            Some(e) if e.eq_ignore_ascii_case("yaml") || e.eq_ignore_ascii_case("yml") => {
                Some(Kind::Yaml)
            }
            _ => Format::from_path(&path).map(Kind::Article),
        }
    }
}

struct Open {
    version: i32,
    text: String,
    kind: Kind,
}

struct Server {
    client: Sender<Message>,
    jobs: Sender<Job>,
    analyses: Analyses,
    enc: Encoding,
    root: PathBuf,
    docs: HashMap<Uri, Open>,
}

/// Serve one editor session on `connection` until it ends: `Ok(true)`
/// after `shutdown` and `exit`, `Ok(false)` when the client exited or hung
/// up without asking to shut down (the protocol's exit status 1).
///
/// A check still running then is not waited for: its result is dropped
/// and the worker stops once it is done. When `run` returns, only
/// `connection` itself can still write to the client.
pub fn run(connection: &Connection) -> Result<bool, String> {
    let (id, params) = connection
        .initialize_start()
        .map_err(|e| format!("initialize: {e}"))?;
    let params: InitializeParams = serde_json::from_value(params).unwrap_or_default();
    let enc = Encoding::negotiate(
        params
            .capabilities
            .general
            .as_ref()
            .and_then(|g| g.position_encodings.as_deref()),
    );
    let root = workspace_root(&params);
    let capabilities = ServerCapabilities {
        position_encoding: Some(enc.kind()),
        text_document_sync: Some(TextDocumentSyncCapability::Options(
            TextDocumentSyncOptions {
                open_close: Some(true),
                change: Some(TextDocumentSyncKind::INCREMENTAL),
                save: Some(TextDocumentSyncSaveOptions::SaveOptions(SaveOptions {
                    include_text: Some(false),
                })),
                ..TextDocumentSyncOptions::default()
            },
        )),
        hover_provider: Some(HoverProviderCapability::Simple(true)),
        code_action_provider: Some(CodeActionProviderCapability::Options(CodeActionOptions {
            code_action_kinds: Some(vec![CodeActionKind::QUICKFIX]),
            ..CodeActionOptions::default()
        })),
        ..ServerCapabilities::default()
    };
    connection
        .initialize_finish(
            id,
            serde_json::json!({
                "capabilities": capabilities,
                "serverInfo": {"name": "factlint", "version": env!("CARGO_PKG_VERSION")},
            }),
        )
        .map_err(|e| format!("initialize: {e}"))?;
    let watch_dynamically = params
        .capabilities
        .workspace
        .as_ref()
        .and_then(|w| w.did_change_watched_files.as_ref())
        .and_then(|d| d.dynamic_registration)
        .unwrap_or(false);

    let analyses: Analyses = Arc::default();
    let (jobs, queue) = crossbeam_channel::unbounded();
    let outbox: Outbox = Arc::new(Mutex::new(Some(connection.sender.clone())));
    let worker = Worker::new(
        Arc::clone(&outbox),
        Arc::clone(&analyses),
        enc,
        root.clone(),
    );
    std::thread::Builder::new()
        .name("factlint-check".into())
        .spawn(move || worker.run(&queue))
        .map_err(|e| format!("cannot start the checking thread: {e}"))?;
    let mut server = Server {
        client: connection.sender.clone(),
        jobs,
        analyses,
        enc,
        root,
        docs: HashMap::new(),
    };
    if watch_dynamically {
        server.watch_files();
    }
    let ended = server.serve(connection);
    lock(&outbox).take();
    // Dropping the server hangs up on the worker.
    ended
}

/// The first workspace folder, else the root URI, else the working directory.
#[allow(deprecated)] // `root_uri`: older clients send only it
fn workspace_root(params: &InitializeParams) -> PathBuf {
    params
        .workspace_folders
        .as_ref()
        .and_then(|f| f.first())
        .and_then(|f| uri_to_path(&f.uri))
        .or_else(|| params.root_uri.as_ref().and_then(uri_to_path))
        .or_else(|| std::env::current_dir().ok())
        .unwrap_or_else(|| PathBuf::from("."))
}

impl Server {
    fn serve(&mut self, connection: &Connection) -> Result<bool, String> {
        for message in &connection.receiver {
            match message {
                Message::Request(req) => {
                    if connection
                        .handle_shutdown(&req)
                        .map_err(|e| format!("shutdown: {e}"))?
                    {
                        return Ok(true);
                    }
                    self.request(req);
                }
                Message::Notification(n) if n.method == "exit" => return Ok(false),
                Message::Notification(n) => self.notification(n),
                Message::Response(_) => {}
            }
        }
        Ok(false)
    }

    fn request(&mut self, req: Request) {
        let id = req.id.clone();
        let response = match req.method.as_str() {
            "textDocument/hover" => match serde_json::from_value(req.params) {
                Ok(p) => Response::new_ok(id, self.hover(&p)),
                Err(e) => invalid(id, &e),
            },
            "textDocument/codeAction" => match serde_json::from_value(req.params) {
                Ok(p) => Response::new_ok(id, self.code_actions(&p)),
                Err(e) => invalid(id, &e),
            },
            method => Response::new_err(
                id,
                ErrorCode::MethodNotFound as i32,
                format!("factlint does not handle {method}"),
            ),
        };
        let _ = self.client.send(Message::Response(response));
    }

    fn notification(&mut self, n: Notification) {
        let result = match n.method.as_str() {
            "textDocument/didOpen" => serde_json::from_value(n.params).map(|p| self.open(p)),
            "textDocument/didChange" => serde_json::from_value(n.params).map(|p| self.change(p)),
            "textDocument/didSave" => serde_json::from_value(n.params).map(|p| self.save(&p)),
            "textDocument/didClose" => serde_json::from_value(n.params).map(|p| self.close(&p)),
            "workspace/didChangeWatchedFiles" => {
                serde_json::from_value(n.params).map(|p| self.watched(&p))
            }
            // `initialized`, `$/cancelRequest` (every request is answered
            // at once), settings: nothing to do.
            _ => Ok(()),
        };
        if let Err(e) = result {
            log(
                &self.client,
                MessageType::WARNING,
                &format!("factlint: ignored {}: {e}", n.method),
            );
        }
    }

    fn open(&mut self, p: lsp_types::DidOpenTextDocumentParams) {
        let doc = p.text_document;
        let Some(kind) = Kind::of(&doc.uri, &doc.language_id) else {
            return;
        };
        self.docs.insert(
            doc.uri.clone(),
            Open {
                version: doc.version,
                text: doc.text,
                kind,
            },
        );
        self.send(&doc.uri, true);
    }

    fn change(&mut self, p: lsp_types::DidChangeTextDocumentParams) {
        let uri = p.text_document.uri;
        let Some(open) = self.docs.get_mut(&uri) else {
            return;
        };
        for change in p.content_changes {
            apply_change(&mut open.text, change, self.enc);
        }
        open.version = p.text_document.version;
        self.send(&uri, false);
    }

    fn save(&mut self, p: &lsp_types::DidSaveTextDocumentParams) {
        let uri = &p.text_document.uri;
        self.send(uri, true);
        // A saved YAML file may be reference data the last load did not
        // know yet (new in rules/), or the configuration: for clients
        // that do not watch files, saving is the signal.
        if self.docs.get(uri).is_some_and(|o| o.kind == Kind::Yaml) {
            self.job(Job::Reload);
        }
    }

    fn close(&mut self, p: &lsp_types::DidCloseTextDocumentParams) {
        let uri = &p.text_document.uri;
        match self.docs.remove(uri).map(|o| o.kind) {
            Some(Kind::Article(_)) => self.job(Job::Close { uri: uri.clone() }),
            Some(Kind::Yaml) => {
                if let Some(path) = uri_to_path(uri) {
                    self.job(Job::Yaml { path, text: None });
                }
            }
            None => {}
        }
    }

    fn watched(&mut self, p: &lsp_types::DidChangeWatchedFilesParams) {
        let relevant = p.changes.iter().any(|c| {
            uri_to_path(&c.uri).is_some_and(|path| {
                // A YAML file, or perhaps a directory of them.
                matches!(Kind::of(&c.uri, ""), Some(Kind::Yaml)) || path.extension().is_none()
            })
        });
        if relevant {
            self.job(Job::Reload);
        }
    }

    /// Hand the document's current text to the worker.
    fn send(&self, uri: &Uri, now: bool) {
        let Some(open) = self.docs.get(uri) else {
            return;
        };
        match open.kind {
            Kind::Article(format) => self.job(Job::Article {
                uri: uri.clone(),
                version: open.version,
                text: Arc::new(open.text.clone()),
                format,
                now,
            }),
            Kind::Yaml => {
                if let Some(path) = uri_to_path(uri) {
                    self.job(Job::Yaml {
                        path,
                        text: Some(open.text.clone()),
                    });
                }
            }
        }
    }

    fn job(&self, job: Job) {
        let _ = self.jobs.send(job);
    }

    /// The analysis of the document's current version, if there is one yet.
    fn current(&self, uri: &Uri) -> Option<Arc<Analysis>> {
        let version = self.docs.get(uri)?.version;
        let analysis = lock(&self.analyses).get(uri).cloned()?;
        (analysis.version == version).then_some(analysis)
    }

    fn hover(&self, p: &lsp_types::HoverParams) -> Option<Hover> {
        let at = &p.text_document_position_params;
        let analysis = self.current(&at.text_document.uri)?;
        let text = analysis.checked.document.text.as_str();
        let offset = analysis.index.offset(text, at.position, self.enc);
        let (start, end, markdown) = hover::explain(&analysis, offset)?;
        Some(Hover {
            contents: HoverContents::Markup(MarkupContent {
                kind: MarkupKind::Markdown,
                value: markdown,
            }),
            range: Some(analysis.index.range(text, start, end, self.enc)),
        })
    }

    fn code_actions(&self, p: &lsp_types::CodeActionParams) -> Vec<lsp_types::CodeActionOrCommand> {
        let uri = &p.text_document.uri;
        let Some(analysis) = self.current(uri) else {
            return Vec::new();
        };
        let text = analysis.checked.document.text.as_str();
        let start = analysis.index.offset(text, p.range.start, self.enc);
        let end = analysis.index.offset(text, p.range.end, self.enc);
        actions::for_range(&analysis, uri, start, end, self.enc, &self.root)
    }

    /// Ask the client to report changes to YAML files (reference data and
    /// configuration), where it can.
    fn watch_files(&self) {
        let options = lsp_types::DidChangeWatchedFilesRegistrationOptions {
            watchers: vec![lsp_types::FileSystemWatcher {
                glob_pattern: lsp_types::GlobPattern::String("**/*.{yaml,yml}".into()),
                kind: None,
            }],
        };
        let params = lsp_types::RegistrationParams {
            registrations: vec![lsp_types::Registration {
                id: "factlint-watch-yaml".into(),
                method: "workspace/didChangeWatchedFiles".into(),
                register_options: serde_json::to_value(options).ok(),
            }],
        };
        let _ = self.client.send(Message::Request(Request::new(
            RequestId::from("factlint-register-watchers".to_owned()),
            "client/registerCapability".into(),
            params,
        )));
    }
}

fn invalid(id: RequestId, e: &serde_json::Error) -> Response {
    Response::new_err(id, ErrorCode::InvalidParams as i32, e.to_string())
}

/// A `window/logMessage`, its text made visible (no control characters
/// from a file name reach the editor's log raw).
fn log(client: &Sender<Message>, typ: MessageType, message: &str) {
    let params = lsp_types::LogMessageParams {
        typ,
        message: crate::escape::visible(message).into_owned(),
    };
    let _ = client.send(Message::Notification(Notification::new(
        "window/logMessage".into(),
        params,
    )));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documents_are_told_apart_by_language_then_extension() {
        let uri = |s: &str| -> Uri { s.parse().unwrap() };
        let md = Some(Kind::Article(Format::Markdown));
        let txt = Some(Kind::Article(Format::Text));
        assert_eq!(Kind::of(&uri("file:///a/b.txt"), "markdown"), md);
        assert_eq!(Kind::of(&uri("file:///a/b"), "plaintext"), txt);
        assert_eq!(Kind::of(&uri("file:///a/b.MD"), ""), md);
        assert_eq!(
            Kind::of(&uri("file:///a/rules/x.yml"), ""),
            Some(Kind::Yaml)
        );
        assert_eq!(Kind::of(&uri("untitled:notes.md"), "unknown"), md);
        assert_eq!(Kind::of(&uri("file:///a/main.rs"), "rust"), None);
    }
}
