//! `factlint lsp` end to end.
//!
//! In process: the server on one end of an in-memory connection, a small
//! client on the other (initialize, open, change, diagnostics, code
//! action, hover, YAML errors, watched files, shutdown). With real
//! clients: `pytest-lsp` (tests/lsp/test_server.py) and Neovim headless
//! (tests/lsp/nvim.lua) drive the built binary over stdio. Those two skip
//! with a notice when their tool is missing, and fail instead when
//! `FACTLINT_REQUIRE_EXTERNAL=1` (CI installs them: .ci/run).

use std::path::PathBuf;
use std::time::{Duration, Instant};

use lsp_server::{Connection, Message, Notification, Request, RequestId};
use serde_json::{json, Value};

const REFS: &str = "units:\n  staff: [staff, employees, people]\nfacts:\n  - id: acme/staff\n    value: 800\n    unit: staff\n    as_of: 2024-01\n    source: Acme annual report\n    match:\n      all: [Acme]\n";

/// A workspace with reference data and the server running on it.
struct Session {
    dir: tempfile::TempDir,
    client: Connection,
    server: Option<std::thread::JoinHandle<Result<bool, String>>>,
    next_id: i32,
    /// Notifications read while waiting for something else.
    seen: Vec<Notification>,
}

impl Session {
    fn start() -> Session {
        Self::start_with(json!({}))
    }

    fn start_with(capabilities: Value) -> Session {
        Self::start_in(capabilities, |_| {})
    }

    /// A session on a workspace that `setup` adds to first.
    fn start_in(capabilities: Value, setup: impl FnOnce(&std::path::Path)) -> Session {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("rules")).unwrap();
        std::fs::write(dir.path().join("rules/acme.yaml"), REFS).unwrap();
        setup(dir.path());
        let (server, client) = Connection::memory();
        let handle = std::thread::spawn(move || factlint::lsp::run(&server));
        let mut s = Session {
            dir,
            client,
            server: Some(handle),
            next_id: 0,
            seen: Vec::new(),
        };
        let root = s.uri("");
        let init = s.request(
            "initialize",
            json!({"processId": null, "rootUri": root, "capabilities": capabilities}),
        );
        assert_eq!(init["serverInfo"]["name"], "factlint");
        s.notify("initialized", json!({}));
        s
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn uri(&self, name: &str) -> String {
        format!("file://{}", self.path(name).display())
    }

    fn notify(&self, method: &str, params: Value) {
        self.client
            .sender
            .send(Message::Notification(Notification::new(
                method.into(),
                params,
            )))
            .unwrap();
    }

    fn request(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = RequestId::from(self.next_id);
        self.client
            .sender
            .send(Message::Request(Request::new(
                id.clone(),
                method.into(),
                params,
            )))
            .unwrap();
        loop {
            match self.recv() {
                Message::Response(r) if r.id == id => {
                    return r
                        .response_result
                        .unwrap_or_else(|e| panic!("{method}: {e:?}"));
                }
                Message::Notification(n) => self.seen.push(n),
                _ => {}
            }
        }
    }

    /// The next message. The bound only keeps a hung server from hanging
    /// the tests: a debug build on a loaded CI machine can take well over
    /// 20 s to finish checking the 1 MB document a newer version waits
    /// behind (session 17's CI run did), so it is generous.
    fn recv(&self) -> Message {
        self.client
            .receiver
            .recv_timeout(Duration::from_secs(180))
            .expect("the server answers within 180 s")
    }

    /// The next diagnostics published for `uri` (and, when given, that
    /// version).
    fn diagnostics(&mut self, uri: &str, version: Option<i64>) -> Vec<Value> {
        let wanted = |n: &Notification| {
            n.method == "textDocument/publishDiagnostics"
                && n.params["uri"] == uri
                && version.is_none_or(|v| n.params["version"] == v)
        };
        if let Some(i) = self.seen.iter().position(wanted) {
            let n = self.seen.remove(i);
            return n.params["diagnostics"].as_array().unwrap().clone();
        }
        loop {
            if let Message::Notification(n) = self.recv() {
                if wanted(&n) {
                    return n.params["diagnostics"].as_array().unwrap().clone();
                }
                self.seen.push(n);
            }
        }
    }

    fn open(&self, name: &str, language: &str, text: &str) -> String {
        let uri = self.uri(name);
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": language, "version": 1, "text": text}}),
        );
        uri
    }

    fn change(&self, uri: &str, version: i64, changes: Value) {
        self.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": uri, "version": version}, "contentChanges": changes}),
        );
    }

    /// Hover at a position, asked again while the server is still working
    /// out what the claims matched (right after the diagnostics).
    fn hover(&mut self, uri: &str, line: u64, character: u64) -> Value {
        for _ in 0..500 {
            let h = self.request(
                "textDocument/hover",
                json!({"textDocument": {"uri": uri}, "position": {"line": line, "character": character}}),
            );
            if !h["contents"]["value"]
                .as_str()
                .is_some_and(|t| t.contains("still being worked out"))
            {
                return h;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        panic!("the hover never settled");
    }

    fn shutdown(mut self) {
        self.request("shutdown", Value::Null);
        self.notify("exit", Value::Null);
        let result = self.server.take().unwrap().join().unwrap();
        assert_eq!(result, Ok(true));
    }
}

fn range(sl: u64, sc: u64, el: u64, ec: u64) -> Value {
    json!({"start": {"line": sl, "character": sc}, "end": {"line": el, "character": ec}})
}

#[test]
fn a_wrong_figure_is_a_diagnostic_at_its_utf16_range_with_rule_link_and_reference() {
    let mut s = Session::start();
    // Before the claim, "東京 😀: " is 7 UTF-16 units (😀 is two) and 15
    // bytes; "Acme has " 9 more.
    let uri = s.open(
        "a.md",
        "markdown",
        "# 東京 😀\n\n東京 😀: Acme has 900 staff.\n",
    );
    let d = s.diagnostics(&uri, Some(1));
    assert_eq!(d.len(), 1, "{d:?}");
    let d = &d[0];
    assert_eq!(d["code"], "fact-mismatch");
    assert_eq!(d["severity"], 1);
    assert_eq!(d["source"], "factlint");
    assert_eq!(
        d["range"],
        range(2, 16, 2, 25),
        "“900 staff” in UTF-16 units"
    );
    assert!(d["message"].as_str().unwrap().contains("800"), "{d}");
    assert!(d["codeDescription"]["href"]
        .as_str()
        .unwrap()
        .ends_with("#rules-configuration-and-suppressions"));
    let related = &d["relatedInformation"][0];
    assert_eq!(related["location"]["uri"], s.uri("rules/acme.yaml"));
    assert_eq!(related["location"]["range"]["start"]["line"], 3);
    s.shutdown();
}

#[test]
fn incremental_changes_recheck_and_a_fix_clears_the_finding() {
    let mut s = Session::start();
    let uri = s.open("a.md", "markdown", "€ Acme has 900 staff.\n");
    assert_eq!(s.diagnostics(&uri, Some(1)).len(), 1);
    // Replace "900" (UTF-16 columns 11..14: "€" is one unit) with "800".
    s.change(
        &uri,
        2,
        json!([{"range": range(0, 11, 0, 14), "text": "800"}]),
    );
    assert_eq!(s.diagnostics(&uri, Some(2)), Vec::<Value>::new());
    // Back to a wrong figure, in two edits of one change.
    s.change(
        &uri,
        3,
        json!([{"range": range(0, 11, 0, 12), "text": "7"}, {"range": range(0, 12, 0, 12), "text": "1"}]),
    );
    let d = s.diagnostics(&uri, Some(3));
    assert_eq!(d.len(), 1);
    assert!(
        d[0]["message"].as_str().unwrap().contains("7,100")
            || d[0]["message"].as_str().unwrap().contains("7100"),
        "{d:?}"
    );
    s.shutdown();
}

/// Keystrokes faster than checks: the waiting version is replaced by the
/// newer one, and no diagnostics of an older version come after a newer's.
#[test]
fn a_burst_of_changes_is_checked_once_for_the_newest_version() {
    let mut s = Session::start();
    let text = "Acme has 900 staff. ".repeat(200);
    let uri = s.open("a.md", "markdown", &text);
    assert_eq!(s.diagnostics(&uri, Some(1)).len(), 200);
    for version in 2..=30 {
        s.change(
            &uri,
            version,
            json!([{"range": range(0, 0, 0, 0), "text": "x"}]),
        );
    }
    let mut published = Vec::new();
    loop {
        if let Message::Notification(n) = s.recv() {
            if n.method == "textDocument/publishDiagnostics" && n.params["uri"] == uri.as_str() {
                let version = n.params["version"].as_i64().unwrap();
                published.push(version);
                if version == 30 {
                    break;
                }
            }
        }
    }
    assert!(published.windows(2).all(|w| w[0] < w[1]), "{published:?}");
    assert!(published.len() < 10, "checked {published:?}");
    s.shutdown();
}

#[test]
fn code_actions_are_the_fix_edit_and_a_suppression_for_the_line() {
    let mut s = Session::start();
    let text = "Intro.\n  Acme has 900 staff.\n";
    let uri = s.open("a.md", "markdown", text);
    let d = s.diagnostics(&uri, Some(1));
    let actions = s.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri}, "range": d[0]["range"], "context": {"diagnostics": d}}),
    );
    let actions = actions.as_array().unwrap();
    assert_eq!(actions.len(), 2, "{actions:?}");
    let fix = &actions[0];
    assert_eq!(fix["kind"], "quickfix");
    assert_eq!(fix["isPreferred"], true);
    let edit = &fix["edit"]["changes"][&uri][0];
    // The edit `--fix` makes on the same text (one ASCII line: columns
    // are bytes there).
    let fixed = {
        let refs = factlint::reference::load_sources(&[("acme.yaml".into(), REFS.into())]).unwrap();
        let c = factlint::checker::Checker::new(refs, &factlint::config::Config::default());
        let checked = c.check_text(
            "a.md",
            text.into(),
            factlint::document::Format::Markdown,
            None,
        );
        factlint::fix::apply(text, &checked.check.findings).text
    };
    assert_eq!(edit["range"]["start"]["line"], 1);
    assert_eq!(edit["range"]["end"]["line"], 1);
    let line = text.find('\n').unwrap() + 1;
    let col = |p: &str| edit["range"][p]["character"].as_u64().unwrap() as usize;
    let mut applied = text.to_owned();
    applied.replace_range(
        line + col("start")..line + col("end"),
        edit["newText"].as_str().unwrap(),
    );
    assert_ne!(applied, text);
    assert_eq!(applied, fixed);
    let disable = &actions[1];
    assert_eq!(disable["title"], "Disable fact-mismatch for this line");
    let edit = &disable["edit"]["changes"][&uri][0];
    assert_eq!(edit["range"], range(1, 0, 1, 0));
    assert_eq!(
        edit["newText"],
        "  <!-- factlint-disable-next-line fact-mismatch -->\n"
    );
    // Applied, the suppression silences the finding.
    s.change(
        &uri,
        2,
        json!([{"range": range(1, 0, 1, 0), "text": edit["newText"]}]),
    );
    assert_eq!(s.diagnostics(&uri, Some(2)), Vec::<Value>::new());
    s.shutdown();
}

#[test]
fn hover_explains_the_reading_the_reference_and_why_nothing_matched() {
    let mut s = Session::start();
    let uri = s.open(
        "a.md",
        "markdown",
        "Acme has 900 staff. Globex has 12 offices.\n",
    );
    s.diagnostics(&uri, Some(1));
    let hover = |s: &mut Session, character: u64| s.hover(&uri, 0, character);
    let h = hover(&mut s, 10);
    let text = h["contents"]["value"].as_str().unwrap();
    assert_eq!(h["contents"]["kind"], "markdown");
    assert_eq!(h["range"], range(0, 9, 0, 18));
    assert!(text.contains("value 900"), "{text}");
    assert!(text.contains("acme/staff"), "{text}");
    assert!(text.contains("as of 2024-01"), "{text}");
    assert!(text.contains("Acme annual report"), "{text}");
    // The reference's line, linked, named from the workspace root.
    let link = format!("([rules/acme.yaml:4]({}#L4))", s.uri("rules/acme.yaml"));
    assert!(text.contains(&link), "{text}");
    assert!(text.contains("mismatch"), "{text}");
    let h = hover(&mut s, 32);
    let text = h["contents"]["value"].as_str().unwrap();
    assert!(text.contains("no fact or event matched"), "{text}");
    // Off any claim: nothing.
    assert_eq!(hover(&mut s, 1), Value::Null);
    s.shutdown();
}

#[test]
fn yaml_errors_show_in_the_yaml_and_the_last_good_data_stays() {
    let mut s = Session::start();
    let article = s.open("a.md", "markdown", "Acme has 900 staff.\n");
    assert_eq!(s.diagnostics(&article, Some(1)).len(), 1);
    // The editor's unsaved YAML, with an unknown key.
    let yaml = s.open(
        "rules/acme.yaml",
        "yaml",
        &REFS.replace("    value: 800", "    valu: 800"),
    );
    let d = s.diagnostics(&yaml, None);
    assert!(!d.is_empty());
    assert_eq!(d[0]["range"]["start"]["line"], 4, "{d:?}");
    assert_eq!(d[0]["severity"], 1);
    // The article is still checked against the last good data.
    let d = s.diagnostics(&article, Some(1));
    assert_eq!(d.len(), 1);
    // Fixed in the buffer: the YAML's diagnostics clear, and a new value
    // re-checks the article.
    s.change(
        &yaml,
        2,
        json!([{"text": REFS.replace("value: 800", "value: 900")}]),
    );
    assert_eq!(s.diagnostics(&yaml, None), Vec::<Value>::new());
    assert_eq!(s.diagnostics(&article, Some(1)), Vec::<Value>::new());
    s.shutdown();
}

#[test]
fn a_watched_file_change_reloads_and_a_deleted_file_is_no_crash() {
    let mut s = Session::start();
    let article = s.open("a.md", "markdown", "Acme has 900 staff.\n");
    assert_eq!(s.diagnostics(&article, Some(1)).len(), 1);
    std::fs::write(
        s.path("rules/acme.yaml"),
        REFS.replace("value: 800", "value: 900"),
    )
    .unwrap();
    s.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": s.uri("rules/acme.yaml"), "type": 2}]}),
    );
    assert_eq!(s.diagnostics(&article, Some(1)), Vec::<Value>::new());
    std::fs::remove_file(s.path("rules/acme.yaml")).unwrap();
    s.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": s.uri("rules/acme.yaml"), "type": 3}]}),
    );
    // No reference data now: nothing to contradict.
    assert_eq!(s.diagnostics(&article, Some(1)), Vec::<Value>::new());
    // Still serving.
    let h = s.hover(&article, 0, 10);
    assert!(h["contents"]["value"]
        .as_str()
        .unwrap()
        .contains("no reference data"));
    s.shutdown();
}

#[test]
fn saving_a_new_reference_file_reloads_and_untitled_buffers_are_checked() {
    let mut s = Session::start();
    let article = s.open("a.md", "markdown", "Globex has 12 offices.\n");
    assert_eq!(s.diagnostics(&article, Some(1)), Vec::<Value>::new());
    // A new file in rules/, which the last load did not know: saving it
    // is the signal for a client that watches no files.
    let globex = "facts:\n  - id: globex/offices\n    value: 14\n    unit: offices\n    source: Globex\n    match:\n      all: [Globex]\n";
    std::fs::write(s.path("rules/globex.yaml"), globex).unwrap();
    let yaml = s.open("rules/globex.yaml", "yaml", globex);
    s.notify(
        "textDocument/didSave",
        json!({"textDocument": {"uri": yaml}}),
    );
    let d = s.diagnostics(&article, Some(1));
    assert_eq!(d.len(), 1, "{d:?}");
    assert!(d[0]["message"].as_str().unwrap().contains("14"));
    // A buffer never saved: checked under its URI.
    let untitled = "untitled:Untitled-1".to_owned();
    s.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": untitled, "languageId": "markdown", "version": 1, "text": "Acme has 900 staff."}}),
    );
    assert_eq!(s.diagnostics(&untitled, Some(1)).len(), 1);
    s.shutdown();
}

#[test]
fn the_configuration_excludes_articles_and_its_errors_show_in_it() {
    let mut s = Session::start_in(json!({}), |dir| {
        std::fs::write(
            dir.join("factlint.yaml"),
            "refs: [rules]\nexclude: ['drafts/**']\n",
        )
        .unwrap();
    });
    let kept = s.open("a.md", "markdown", "Acme has 900 staff.\n");
    assert_eq!(s.diagnostics(&kept, Some(1)).len(), 1);
    let left_out = s.open("drafts/b.md", "markdown", "Acme has 900 staff.\n");
    assert_eq!(s.diagnostics(&left_out, Some(1)), Vec::<Value>::new());
    // A bad key, saved: shown in factlint.yaml at its line; the last good
    // configuration stays (the draft is still left out).
    let bad = "refs: [rules]\nexclude: ['drafts/**']\nbogus: 1\n";
    std::fs::write(s.path("factlint.yaml"), bad).unwrap();
    let config = s.open("factlint.yaml", "yaml", bad);
    s.notify(
        "textDocument/didSave",
        json!({"textDocument": {"uri": config}}),
    );
    let d = s.diagnostics(&config, None);
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0]["range"]["start"]["line"], 2);
    assert_eq!(s.diagnostics(&left_out, Some(1)), Vec::<Value>::new());
    s.shutdown();
}

#[test]
fn bad_requests_are_errors_and_unknown_documents_are_ignored() {
    let mut s = Session::start();
    s.next_id += 1;
    let id = RequestId::from(s.next_id);
    s.client
        .sender
        .send(Message::Request(Request::new(
            id.clone(),
            "textDocument/hover".into(),
            json!({"bogus": 1}),
        )))
        .unwrap();
    loop {
        if let Message::Response(r) = s.recv() {
            assert_eq!(r.id, id);
            assert_eq!(r.response_result.unwrap_err().code, -32602);
            break;
        }
    }
    let r = s.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": s.uri("nowhere.md")}, "position": {"line": 0, "character": 0}}),
    );
    assert_eq!(r, Value::Null);
    // A change to a document never opened, a Rust file: ignored.
    s.change(&s.uri("nowhere.md"), 2, json!([{"text": "x"}]));
    s.open("main.rs", "rust", "fn main() {}");
    let uri = s.open("b.txt", "plaintext", "Acme has 900 staff.\n");
    assert_eq!(s.diagnostics(&uri, Some(1)).len(), 1);
    s.shutdown();
}

#[test]
fn utf8_positions_when_the_client_prefers_them() {
    let mut s = Session::start_with(json!({"general": {"positionEncodings": ["utf-8", "utf-16"]}}));
    let uri = s.open("a.md", "markdown", "€ Acme has 900 staff.\n");
    let d = s.diagnostics(&uri, Some(1));
    assert_eq!(d[0]["range"], range(0, 13, 0, 22));
    s.shutdown();
}

/// A large document is checked on the worker: hover and shutdown are
/// answered meanwhile, and a newer version overtakes the older one.
#[test]
fn a_large_document_blocks_no_request() {
    let mut s = Session::start();
    let big: String = "Acme has 900 staff. Nothing else here, just words to read. ".repeat(17_000);
    assert!(big.len() > 1_000_000);
    let uri = s.open("big.md", "markdown", &big);
    let started = Instant::now();
    let r = s.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": {"line": 0, "character": 10}}),
    );
    let answered = started.elapsed();
    // Answered while the check runs: not analysed yet, so no hover.
    assert!(r.is_null(), "{r}");
    assert!(answered < Duration::from_millis(500), "{answered:?}");
    assert!(
        !s.seen.iter().any(|n| n.params["uri"] == uri.as_str()),
        "answered before the check ended"
    );
    s.change(&uri, 2, json!([{"text": "Acme has 900 staff.\n"}]));
    let d = s.diagnostics(&uri, Some(2));
    assert_eq!(d.len(), 1);
    // Version 1's diagnostics were dropped, if it was still being checked,
    // or came before version 2's: never after.
    // Shutting down does not wait for a check in progress.
    s.change(&uri, 3, json!([{"text": big}]));
    s.notify(
        "textDocument/didSave",
        json!({"textDocument": {"uri": uri}}),
    );
    let started = Instant::now();
    s.shutdown();
    assert!(
        started.elapsed() < Duration::from_secs(1),
        "{:?}",
        started.elapsed()
    );
}

// Real clients, over stdio, against the built binary.

const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const BIN: &str = env!("CARGO_BIN_EXE_factlint");

/// `tool` when it is at hand; otherwise a notice and `None`, or a failure
/// when CI asked for every external tool (`FACTLINT_REQUIRE_EXTERNAL`).
fn external(tool: Option<PathBuf>, hint: &str) -> Option<PathBuf> {
    if let Some(t) = tool.filter(|t| t.is_file()) {
        return Some(t);
    }
    if std::env::var_os("FACTLINT_REQUIRE_EXTERNAL").is_some_and(|v| !v.is_empty()) {
        panic!("{hint} (required: FACTLINT_REQUIRE_EXTERNAL is set)");
    }
    use std::io::Write as _;
    let _ = writeln!(std::io::stderr(), "note: skipping a test: {hint}");
    None
}

/// The Python with pytest-lsp: `FACTLINT_LSP_PYTHON`, else the virtualenv
/// `.ci/run` makes.
fn lsp_python() -> Option<PathBuf> {
    let python = std::env::var_os("FACTLINT_LSP_PYTHON").map_or_else(
        || PathBuf::from(ROOT).join(".ci/tools/lsp-venv/bin/python"),
        PathBuf::from,
    );
    let python = external(
        Some(python),
        "pytest-lsp not found (FACTLINT_LSP_PYTHON or .ci/tools/lsp-venv); .ci/run installs it",
    )?;
    let has = std::process::Command::new(&python)
        .args(["-c", "import pytest_lsp"])
        .status()
        .is_ok_and(|s| s.success());
    external(
        has.then_some(python),
        "pytest-lsp is not installed in that Python",
    )
}

#[test]
fn pytest_lsp_drives_the_server_over_stdio() {
    let Some(python) = lsp_python() else {
        return;
    };
    let out = std::process::Command::new(python)
        .args(["-m", "pytest", "-q", "-s", "-p", "no:cacheprovider"])
        // pytest-lsp checks each message against the specification: a
        // violation fails the run.
        .args(["-W", "error::pytest_lsp.LspSpecificationWarning"])
        .args(["-o", "asyncio_default_fixture_loop_scope=function"])
        .arg(PathBuf::from(ROOT).join("tests/lsp/test_server.py"))
        .env("FACTLINT_BIN", BIN)
        .current_dir(ROOT)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "pytest failed:\n{stdout}\n{stderr}");
    assert!(stdout.contains("4 passed"), "{stdout}");
    // The latency line, for whoever reads the log.
    for line in stderr.lines().filter(|l| l.contains("latency")) {
        eprintln!("{line}");
    }
}

/// The README's Neovim snippet, as written there.
fn readme_nvim_snippet() -> String {
    let readme = std::fs::read_to_string(PathBuf::from(ROOT).join("README.md")).unwrap();
    let section = &readme[readme.find("**Neovim**").expect("a Neovim section")..];
    let start = section.find("```lua\n").expect("a lua block") + "```lua\n".len();
    let end = start + section[start..].find("```").unwrap();
    section[start..end].to_owned()
}

#[test]
fn neovim_headless_with_the_readme_snippet_shows_the_diagnostics() {
    let nvim = std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default())
        .map(|d| d.join("nvim"))
        .find(|p| p.is_file());
    let Some(nvim) = external(
        nvim,
        "nvim not found on PATH; .ci/run installs Debian's neovim",
    ) else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("rules")).unwrap();
    std::fs::write(dir.path().join("rules/acme.yaml"), REFS).unwrap();
    std::fs::write(dir.path().join("a.md"), "# Staff\n\nAcme has 900 staff.\n").unwrap();
    let init = dir.path().join("init.lua");
    std::fs::write(&init, readme_nvim_snippet()).unwrap();
    let out_file = dir.path().join("diagnostics.txt");
    // `factlint` as the snippet names it: the built binary first on PATH.
    let bin_dir = std::path::Path::new(BIN).parent().unwrap();
    let path = std::env::join_paths(std::iter::once(bin_dir.to_path_buf()).chain(
        std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()),
    ))
    .unwrap();
    let status = std::process::Command::new(nvim)
        .arg("--headless")
        .arg("-u")
        .arg(&init)
        .arg("-i")
        .arg("NONE")
        .arg("-n")
        .arg("a.md")
        .arg("-c")
        .arg(format!("luafile {}/tests/lsp/nvim_report.lua", ROOT))
        .current_dir(dir.path())
        .env("PATH", path)
        .env("FACTLINT_NVIM_OUT", &out_file)
        .env("XDG_CONFIG_HOME", dir.path().join("config"))
        .env("XDG_DATA_HOME", dir.path().join("data"))
        .env("XDG_STATE_HOME", dir.path().join("state"))
        .env("XDG_CACHE_HOME", dir.path().join("cache"))
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .unwrap();
    assert!(status.success(), "nvim exited with {status}");
    let got = std::fs::read_to_string(&out_file).unwrap();
    let lines: Vec<&str> = got.lines().collect();
    assert_eq!(lines.len(), 1, "{got}");
    // Line 3, column 10, an error (1), fact-mismatch.
    assert!(lines[0].starts_with("3:10:1:fact-mismatch:"), "{got}");
    assert!(lines[0].contains("800"), "{got}");
}

/// The binary over stdio: exit status 0 after `shutdown` and `exit`, 1 for
/// an `exit` without `shutdown` (as the protocol asks) and for a client
/// that hangs up.
#[test]
fn the_binary_exits_as_the_protocol_asks() {
    let frame = |v: Value| {
        let body = v.to_string();
        format!("Content-Length: {}\r\n\r\n{body}", body.len())
    };
    let init = frame(json!({"jsonrpc": "2.0", "id": 1, "method": "initialize",
        "params": {"processId": null, "rootUri": null, "capabilities": {}}}));
    let initialized = frame(json!({"jsonrpc": "2.0", "method": "initialized", "params": {}}));
    let shutdown = frame(json!({"jsonrpc": "2.0", "id": 2, "method": "shutdown"}));
    let exit = frame(json!({"jsonrpc": "2.0", "method": "exit"}));
    let dir = tempfile::tempdir().unwrap();
    let run = |input: String| {
        assert_cmd::Command::new(BIN)
            .arg("lsp")
            .current_dir(dir.path())
            .write_stdin(input)
            .timeout(Duration::from_secs(30))
            .output()
            .unwrap()
    };
    let clean = run(format!("{init}{initialized}{shutdown}{exit}"));
    assert_eq!(clean.status.code(), Some(0), "{clean:?}");
    let out = String::from_utf8_lossy(&clean.stdout);
    assert!(out.contains("\"serverInfo\""), "{out}");
    assert!(out.contains("\"id\":2"), "{out}");
    assert_eq!(
        run(format!("{init}{initialized}{exit}")).status.code(),
        Some(1)
    );
    assert_eq!(run(format!("{init}{initialized}")).status.code(), Some(1));
    // Not JSON at all: a broken connection, said on stderr, no panic.
    let broken = run(format!(
        "{init}{initialized}Content-Length: 5\r\n\r\n{{bad}}"
    ));
    assert_eq!(broken.status.code(), Some(2), "{broken:?}");
    let err = String::from_utf8_lossy(&broken.stderr);
    assert!(err.starts_with("factlint lsp: "), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}
