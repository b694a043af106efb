//! The language server's latency, in process (no stdio, no client):
//!
//! - a 5 KB article (the shipped example articles, against the shipped
//!   `rules/`), one character typed at a time: the time from `didChange`
//!   to its `publishDiagnostics`;
//! - a 1 MB article: how long its check takes, and how long a hover
//!   request waits meanwhile.
//!
//! `cargo bench --bench lsp` (release build). Numbers in BENCHMARKS.md,
//! "Language server".

use std::time::{Duration, Instant};

use lsp_server::{Connection, Message, Notification, Request, RequestId};
use serde_json::{json, Value};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

struct Client {
    conn: Connection,
    next: i32,
    /// Notifications read while waiting for a response.
    held: Vec<Notification>,
}

impl Client {
    fn notify(&self, method: &str, params: Value) {
        let n = Notification::new(method.into(), params);
        self.conn.sender.send(Message::Notification(n)).unwrap();
    }

    fn request(&mut self, method: &str, params: Value) -> Value {
        self.next += 1;
        let id = RequestId::from(self.next);
        let r = Request::new(id.clone(), method.into(), params);
        self.conn.sender.send(Message::Request(r)).unwrap();
        loop {
            match self.recv() {
                Message::Response(r) if r.id == id => return r.response_result.unwrap(),
                Message::Notification(n) => self.held.push(n),
                _ => {}
            }
        }
    }

    fn recv(&self) -> Message {
        self.conn
            .receiver
            .recv_timeout(Duration::from_secs(120))
            .unwrap()
    }

    fn diagnostics(&mut self, uri: &str, version: i64) -> usize {
        let wanted = |n: &Notification| {
            n.method == "textDocument/publishDiagnostics"
                && n.params["uri"] == uri
                && n.params["version"] == version
        };
        let count = |n: &Notification| n.params["diagnostics"].as_array().unwrap().len();
        if let Some(n) = self.held.iter().find(|n| wanted(n)) {
            return count(n);
        }
        loop {
            if let Message::Notification(n) = self.recv() {
                if wanted(&n) {
                    return count(&n);
                }
            }
        }
    }

    fn open(&self, uri: &str, text: &str) {
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}}),
        );
    }
}

fn summary(name: &str, mut ms: Vec<f64>) {
    ms.sort_by(f64::total_cmp);
    let at = |q: f64| ms[((ms.len() as f64 * q) as usize).min(ms.len() - 1)];
    println!(
        "{name}: n={} median {:.2} ms, p95 {:.2} ms, max {:.2} ms",
        ms.len(),
        at(0.5),
        at(0.95),
        ms[ms.len() - 1]
    );
}

fn main() {
    let (server, client) = Connection::memory();
    let thread = std::thread::spawn(move || factlint::lsp::run(&server));
    let mut c = Client {
        conn: client,
        next: 0,
        held: Vec::new(),
    };
    let root = format!("file://{ROOT}");
    c.request(
        "initialize",
        json!({"processId": null, "rootUri": root, "capabilities": {}}),
    );
    c.notify("initialized", json!({}));

    // 5 KB: the example articles, one after the other.
    let mut text = String::new();
    for entry in std::fs::read_dir(format!("{ROOT}/fixtures/articles")).unwrap() {
        text.push_str(&std::fs::read_to_string(entry.unwrap().path()).unwrap());
        text.push_str("\n\n");
    }
    let mut cut = 5_000.min(text.len());
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    text.truncate(cut);
    let uri = format!("{root}/bench-5kb.md");
    c.open(&uri, &text);
    let found = c.diagnostics(&uri, 1);
    let line = text.lines().count();
    let mut times = Vec::new();
    for version in 2..=202 {
        let started = Instant::now();
        c.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": uri, "version": version},
                   "contentChanges": [{"range": {"start": {"line": line, "character": 0},
                                                  "end": {"line": line, "character": 0}},
                                       "text": "x"}]}),
        );
        c.diagnostics(&uri, version);
        times.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    println!("5 KB article: {} bytes, {found} findings", text.len());
    summary("keystroke → diagnostics, 5 KB", times);

    // 1 MB: the same articles, over and over.
    let big = text.repeat(1_000_000 / text.len() + 1);
    let uri = format!("{root}/bench-1mb.md");
    let started = Instant::now();
    c.open(&uri, &big);
    let mut hovers = Vec::new();
    // Hover (on the 5 KB article) while the 1 MB one is being checked.
    for _ in 0..20 {
        let asked = Instant::now();
        c.request(
            "textDocument/hover",
            json!({"textDocument": {"uri": format!("{root}/bench-5kb.md")},
                   "position": {"line": 0, "character": 5}}),
        );
        hovers.push(asked.elapsed().as_secs_f64() * 1000.0);
    }
    let found = c.diagnostics(&uri, 1);
    println!(
        "1 MB article: {} bytes, {found} findings, open → diagnostics {:.0} ms",
        big.len(),
        started.elapsed().as_secs_f64() * 1000.0
    );
    println!(
        "  (each: {})",
        hovers
            .iter()
            .map(|h| format!("{h:.2}"))
            .collect::<Vec<_>>()
            .join(" ")
    );
    summary("hover answered during the 1 MB check", hovers);

    c.request("shutdown", Value::Null);
    c.notify("exit", Value::Null);
    assert!(thread.join().unwrap().unwrap());
}
