//! `factlint serve` as its users meet it: the real binary on 127.0.0.1:0,
//! spoken to over real HTTP/1.1 on a TCP socket (raw, so that malformed
//! requests can be sent too).
//!
//! The page is driven in Debian's Chromium by `tests/serve/browser.py`
//! (Playwright for Python with the system browser), from the virtualenv
//! `.ci/run` installs (`FACTLINT_SERVE_PYTHON`); without it the test is
//! skipped with a notice, unless `FACTLINT_REQUIRE_EXTERNAL=1`.

use std::io::{BufRead as _, BufReader, Read as _, Write as _};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const BIN: &str = env!("CARGO_BIN_EXE_factlint");
const SEED: &str = "fixtures/articles/coalition-rome.txt";

/// A running `factlint serve`, stopped when dropped.
struct Server {
    child: Child,
    addr: SocketAddr,
    /// Everything it printed on stderr after the address.
    log: Arc<Mutex<Vec<String>>>,
}

impl Server {
    /// `factlint serve --addr 127.0.0.1:0 ARGS` in `dir`.
    fn start(dir: &Path, args: &[&str]) -> Server {
        let mut child = Command::new(BIN)
            .arg("serve")
            .args(["--addr", "127.0.0.1:0"])
            .args(args)
            .current_dir(dir)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start factlint serve");
        let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
        let mut before = Vec::new();
        let addr = loop {
            match lines.next() {
                Some(Ok(line)) => match line.split_once("listening on http://") {
                    Some((_, rest)) => break rest.trim_end_matches('/').parse().unwrap(),
                    None => before.push(line),
                },
                _ => panic!(
                    "factlint serve ended before listening: {:?}; {:?}",
                    before,
                    child.wait()
                ),
            }
        };
        let log = Arc::new(Mutex::new(before));
        let sink = Arc::clone(&log);
        std::thread::spawn(move || {
            for line in lines.map_while(Result::ok) {
                sink.lock().unwrap().push(line);
            }
        });
        Server { child, addr, log }
    }

    fn in_repo(args: &[&str]) -> Server {
        Server::start(Path::new(ROOT), args)
    }

    fn post(&self, path: &str, body: &Value) -> Reply {
        request(
            self.addr,
            "POST",
            path,
            &[("Content-Type", "application/json")],
            body.to_string().as_bytes(),
        )
    }

    fn get(&self, path: &str) -> Reply {
        request(self.addr, "GET", path, &[], b"")
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// An HTTP answer.
#[derive(Debug)]
struct Reply {
    status: u16,
    headers: Vec<(String, String)>,
    body: String,
}

impl Reply {
    fn json(&self) -> Value {
        serde_json::from_str(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {} {}", self.status, self.body))
    }

    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The `error` of a JSON error answer.
    fn error(&self) -> String {
        assert_eq!(
            self.header("content-type"),
            Some("application/json"),
            "{self:?}"
        );
        self.json()["error"].as_str().unwrap().to_owned()
    }
}

/// One request on its own connection.
fn request(
    addr: SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> Reply {
    let mut head = format!("{method} {path} HTTP/1.1\r\nConnection: close\r\n");
    if !headers.iter().any(|(n, _)| n.eq_ignore_ascii_case("host")) {
        head.push_str(&format!("Host: {addr}\r\n"));
    }
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str(&format!("Content-Length: {}\r\n\r\n", body.len()));
    let mut raw = head.into_bytes();
    raw.extend_from_slice(body);
    parse_reply(&exchange(addr, &raw))
}

/// Send `raw` bytes, read until the server closes.
fn exchange(addr: SocketAddr, raw: &[u8]) -> Vec<u8> {
    let mut stream = TcpStream::connect(addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(30)))
        .unwrap();
    // The server may answer (413) before it has read the whole body.
    let _ = stream.write_all(raw);
    let mut out = Vec::new();
    let _ = stream.read_to_end(&mut out);
    out
}

fn parse_reply(raw: &[u8]) -> Reply {
    let text = String::from_utf8_lossy(raw);
    let (head, body) = text
        .split_once("\r\n\r\n")
        .unwrap_or_else(|| panic!("no HTTP answer: {text:?}"));
    let mut lines = head.lines();
    let status = lines.next().unwrap().split(' ').nth(1).unwrap();
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_owned(), v.trim().to_owned()))
        .collect();
    Reply {
        status: status.parse().unwrap(),
        headers,
        body: body.to_owned(),
    }
}

/// What the CLI prints for `args` with `stdin` as its input.
fn cli(dir: &Path, args: &[&str], stdin: &str) -> String {
    let mut child = Command::new(BIN)
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    String::from_utf8(out.stdout).unwrap()
}

fn seed() -> String {
    std::fs::read_to_string(Path::new(ROOT).join(SEED)).unwrap()
}

/// Reference data in a directory of its own: Acme's staff of 800.
fn acme_rules(value: u32) -> String {
    format!(
        "facts:\n  - id: acme/staff\n    value: {value}\n    unit: employees\n    match:\n      all: [Acme]\n    source: Acme annual report\n"
    )
}

fn acme_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("rules")).unwrap();
    std::fs::write(dir.path().join("rules/acme.yaml"), acme_rules(800)).unwrap();
    dir
}

fn wait_until(what: &str, mut done: impl FnMut() -> bool) {
    let start = Instant::now();
    while !done() {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "timed out waiting until {what}"
        );
        std::thread::sleep(Duration::from_millis(25));
    }
}

#[test]
fn check_answers_byte_for_byte_what_check_format_json_prints() {
    let server = Server::in_repo(&["--refs", "rules"]);
    let root = Path::new(ROOT);
    let markdown =
        std::fs::read_to_string(root.join("fixtures/articles/harbour-bridge.md")).unwrap();
    let cases: Vec<(String, &str, Option<&str>)> = vec![
        (seed(), SEED, None),
        (seed(), "rome.txt", Some("2021-07-01")),
        (markdown, "fixtures/articles/harbour-bridge.md", None),
        // Control characters, a bidirectional override and a runner
        // command in the text and the name: escaped the same way.
        (
            "Italy has over 800 units \u{202e}in Iraq\u{7f}.\n##[error]x\n".to_owned(),
            "a\u{1b}b.txt",
            None,
        ),
    ];
    for (text, name, date) in cases {
        let mut body = json!({ "text": text, "name": name });
        let mut args = vec![
            "check",
            "-",
            "--refs",
            "rules",
            "--format",
            "json",
            "--stdin-filename",
            name,
        ];
        if let Some(d) = date {
            body["date"] = json!(d);
            args.extend(["--date", d]);
        }
        let reply = server.post("/api/check", &body);
        assert_eq!(reply.status, 200, "{}", reply.body);
        assert_eq!(reply.header("content-type"), Some("application/json"));
        assert_eq!(reply.body, cli(root, &args, &text), "{name}");
    }
    // The seed article's two mismatches, as the README tells.
    let report = server
        .post("/api/check", &json!({ "text": seed(), "name": SEED }))
        .json();
    assert_eq!(report["summary"]["mismatch"], 2);
    assert_eq!(report["findings"].as_array().unwrap().len(), 2);
}

#[test]
fn extract_answers_byte_for_byte_what_extract_format_json_prints() {
    let server = Server::in_repo(&["--refs", "rules"]);
    let body = json!({ "text": seed(), "name": SEED, "date": "2021-06-29" });
    let reply = server.post("/api/extract", &body);
    assert_eq!(reply.status, 200, "{}", reply.body);
    let expected = cli(
        Path::new(ROOT),
        &[
            "extract",
            "-",
            "--format",
            "json",
            "--stdin-filename",
            SEED,
            "--date",
            "2021-06-29",
        ],
        &seed(),
    );
    assert_eq!(reply.body, expected);
}

#[test]
fn errors_are_json_with_the_status_that_says_what_went_wrong() {
    let server = Server::in_repo(&["--refs", "rules", "--max-body", "4096"]);
    let json_type = [("Content-Type", "application/json")];
    let cases: Vec<(Reply, u16, &str)> = vec![
        (
            request(
                server.addr,
                "POST",
                "/api/check",
                &json_type,
                b"{\"text\": ",
            ),
            400,
            "malformed request body",
        ),
        (
            server.post("/api/check", &json!({ "name": "a.md" })),
            400,
            "missing field `text`",
        ),
        (
            server.post("/api/check", &json!({ "text": "x", "date": "29/06/2021" })),
            400,
            "date: `29/06/2021` is not a date in the form YYYY-MM-DD",
        ),
        (
            server.post("/api/check", &json!({ "text": "x", "format": "html" })),
            400,
            "format: `html`",
        ),
        // No field names a file to read.
        (
            server.post("/api/check", &json!({ "path": "/etc/passwd" })),
            400,
            "unknown field `path`",
        ),
        (
            request(
                server.addr,
                "POST",
                "/api/check",
                &[("Content-Type", "text/plain")],
                b"{\"text\": \"x\"}",
            ),
            415,
            "Content-Type: application/json",
        ),
        // Deep nesting is refused at its first bracket: the body is read
        // into its typed fields, never as deep as the input asks.
        (
            request(
                server.addr,
                "POST",
                "/api/check",
                &json_type,
                format!("{}{}", "[".repeat(2000), "]".repeat(2000)).as_bytes(),
            ),
            400,
            "invalid type: sequence",
        ),
        (server.get("/api/check"), 405, "method not allowed"),
        (
            request(server.addr, "DELETE", "/api/rules", &[], b""),
            405,
            "method not allowed",
        ),
        (server.get("/etc/passwd"), 404, "no such endpoint"),
        (
            server.post("/api/check", &json!({ "text": "x".repeat(5000) })),
            413,
            "over the limit of 4096 bytes",
        ),
    ];
    for (reply, status, message) in cases {
        assert_eq!(reply.status, status, "{reply:?}");
        let error = reply.error();
        assert!(error.contains(message), "{error:?} lacks {message:?}");
    }
    // A body sent in chunks, with no length given, is bounded too.
    let mut raw = b"POST /api/check HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\
        Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
        .to_vec();
    for _ in 0..5 {
        raw.extend_from_slice(format!("3e8\r\n{}\r\n", " ".repeat(1000)).as_bytes());
    }
    raw.extend_from_slice(b"0\r\n\r\n");
    let reply = parse_reply(&exchange(server.addr, &raw));
    assert_eq!(reply.status, 413, "{reply:?}");
    assert!(reply.error().contains("over the limit"));
    // After all that, the server still answers.
    assert_eq!(server.get("/healthz").status, 200);
}

#[test]
fn the_default_body_limit_is_two_megabytes() {
    let server = Server::in_repo(&["--refs", "rules"]);
    let text = "a".repeat(2 * 1024 * 1024);
    let reply = server.post("/api/check", &json!({ "text": text }));
    assert_eq!(reply.status, 413);
    assert!(reply.error().contains("2097152 bytes"));
    let text = "words words ".repeat(80_000);
    let reply = server.post("/api/check", &json!({ "text": text }));
    assert_eq!(reply.status, 200);
}

#[test]
fn malformed_http_is_refused_and_the_server_goes_on() {
    let server = Server::in_repo(&["--refs", "rules"]);
    for raw in [
        &b"NOT HTTP AT ALL\r\n\r\n"[..],
        b"POST /api/check HTTP/1.1\r\nHost: localhost\r\nContent-Length: nope\r\n\r\n",
        b"\x00\x01\x02\xff\r\n\r\n",
    ] {
        let out = exchange(server.addr, raw);
        let text = String::from_utf8_lossy(&out);
        assert!(
            text.is_empty() || text.starts_with("HTTP/1.1 4"),
            "{text:?}"
        );
    }
    let reply = server.post("/api/check", &json!({ "text": seed() }));
    assert_eq!(reply.status, 200);
}

#[test]
fn a_slow_request_is_stopped_and_requests_beyond_the_bound_are_refused() {
    // Generous times: under `cargo test` on a loaded machine the server
    // may take a while to read the stalled request's head.
    let server = Server::in_repo(&["--refs", "rules", "--timeout", "10", "--max-requests", "1"]);
    // A client that sends half its body and stalls holds the one slot...
    // A probe below may take the slot first, while the server has not yet
    // read the stalled request: that one is then refused (503) and closed,
    // and is sent again.
    let stall = || {
        let mut slow = TcpStream::connect(server.addr).unwrap();
        slow.write_all(
            b"POST /api/check HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n\
              Content-Length: 100\r\n\r\n{\"text\": ",
        )
        .unwrap();
        slow.set_nonblocking(true).unwrap();
        (slow, Instant::now())
    };
    let answered = |slow: &TcpStream| {
        let mut byte = [0u8; 1];
        // Data or end of stream: the server has answered it already.
        !matches!(slow.peek(&mut byte), Err(e) if e.kind() == std::io::ErrorKind::WouldBlock)
    };
    let (mut slow, mut sent) = stall();
    // ...so another request is refused at once, not queued without end
    // (asked again until the stalled one holds the slot).
    let busy = loop {
        let reply = server.post("/api/check", &json!({ "text": "x" }));
        if reply.status != 200 || sent.elapsed() > Duration::from_secs(8) {
            break reply;
        }
        if answered(&slow) {
            (slow, sent) = stall();
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    assert_eq!(busy.status, 503, "{busy:?}");
    assert!(busy.error().contains("too many requests"));
    // ...and the stalled one is cut off when its time is up.
    slow.set_nonblocking(false).unwrap();
    slow.set_read_timeout(Some(Duration::from_secs(30)))
        .unwrap();
    let mut out = Vec::new();
    let _ = slow.read_to_end(&mut out);
    assert!(sent.elapsed() >= Duration::from_secs(10));
    let reply = parse_reply(&out);
    assert_eq!(reply.status, 503, "{reply:?}");
    assert!(reply.error().contains("took too long"));
    // The slot is free again.
    assert_eq!(
        server.post("/api/check", &json!({ "text": "x" })).status,
        200
    );
}

#[test]
fn a_non_loopback_address_needs_a_long_enough_token() {
    let out = Command::new(BIN)
        .args(["serve", "--refs", "rules", "--addr", "0.0.0.0:0"])
        .current_dir(ROOT)
        .env_remove("FACTLINT_SERVE_TOKEN")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("not a loopback address"), "{err}");
    assert!(err.contains("--token"), "{err}");
    let out = Command::new(BIN)
        .args([
            "serve",
            "--refs",
            "rules",
            "--addr",
            "0.0.0.0:0",
            "--token",
            "short",
        ])
        .current_dir(ROOT)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("too short"));
}

#[test]
fn with_a_token_every_api_request_must_carry_it() {
    let token = "s3cret-token-for-the-test-0123456789";
    let server = Server::in_repo(&["--refs", "rules", "--token", token]);
    let body = json!({ "text": "x" }).to_string();
    let bearer = format!("Bearer {token}");
    let wrong = format!("Bearer {}x", &token[..token.len() - 1]);
    for headers in [
        vec![],
        vec![("Authorization", wrong.as_str())],
        vec![("Authorization", token)],
    ] {
        let mut headers = headers;
        headers.push(("Content-Type", "application/json"));
        let reply = request(server.addr, "POST", "/api/check", &headers, body.as_bytes());
        assert_eq!(reply.status, 401, "{reply:?}");
        assert_eq!(reply.header("www-authenticate"), Some("Bearer"));
        assert!(reply.error().contains("token"));
        let health = request(server.addr, "GET", "/healthz", &headers, b"");
        assert_eq!(health.status, 401);
    }
    let headers = [
        ("Authorization", bearer.as_str()),
        ("Content-Type", "application/json"),
    ];
    let reply = request(server.addr, "POST", "/api/check", &headers, body.as_bytes());
    assert_eq!(reply.status, 200, "{reply:?}");
    // With a token, any host name may be used (behind a proxy, say).
    let headers = [
        ("Authorization", bearer.as_str()),
        ("Host", "factlint.newsroom.example"),
    ];
    assert_eq!(
        request(server.addr, "GET", "/api/rules", &headers, b"").status,
        200
    );
    // The page holds no data: it asks for the token itself.
    assert_eq!(server.get("/").status, 200);
}

#[test]
fn a_loopback_server_answers_to_loopback_names_only() {
    let server = Server::in_repo(&["--refs", "rules"]);
    for host in ["localhost:7878", "127.0.0.1", "[::1]:80"] {
        let reply = request(server.addr, "GET", "/healthz", &[("Host", host)], b"");
        assert_eq!(reply.status, 200, "{host}");
    }
    // A page at evil.example whose name was rebound to 127.0.0.1.
    let reply = request(
        server.addr,
        "GET",
        "/healthz",
        &[("Host", "evil.example:7878")],
        b"",
    );
    assert_eq!(reply.status, 403);
    assert!(reply.error().contains("localhost"));
}

#[test]
fn cors_is_off_unless_an_origin_is_given() {
    let preflight = |server: &Server, origin: &str| {
        request(
            server.addr,
            "OPTIONS",
            "/api/check",
            &[
                ("Origin", origin),
                ("Access-Control-Request-Method", "POST"),
                ("Access-Control-Request-Headers", "content-type"),
            ],
            b"",
        )
    };
    let server = Server::in_repo(&["--refs", "rules"]);
    let reply = preflight(&server, "https://cms.example.org");
    assert_eq!(
        reply.header("access-control-allow-origin"),
        None,
        "{reply:?}"
    );
    drop(server);

    let server = Server::in_repo(&["--refs", "rules", "--cors", "https://cms.example.org"]);
    let reply = preflight(&server, "https://cms.example.org");
    assert_eq!(
        reply.header("access-control-allow-origin"),
        Some("https://cms.example.org"),
        "{reply:?}"
    );
    let reply = preflight(&server, "https://elsewhere.example");
    assert_eq!(reply.header("access-control-allow-origin"), None);
}

#[test]
fn reference_data_reloads_and_an_error_keeps_the_last_good_data() {
    let dir = acme_dir();
    let server = Server::start(dir.path(), &["--poll-ms", "50"]);
    let text = json!({ "text": "Acme has 900 employees.\n" });
    let mismatches =
        |server: &Server| server.post("/api/check", &text).json()["summary"]["mismatch"].clone();
    assert_eq!(mismatches(&server), 1);
    let health = server.get("/healthz").json();
    assert_eq!(health["status"], "ok");
    assert_eq!(health["references"], 1);

    // The figure is corrected in the reference data.
    std::fs::write(dir.path().join("rules/acme.yaml"), acme_rules(900)).unwrap();
    wait_until("the new data is loaded", || {
        server.get("/healthz").json()["generation"] == 2
    });
    assert_eq!(mismatches(&server), 0);

    // A broken file: the last good data keeps serving, the error shows.
    std::fs::write(
        dir.path().join("rules/acme.yaml"),
        "facts:\n  - id: acme/staff\n    value: [\n",
    )
    .unwrap();
    wait_until("the error shows", || {
        server.get("/healthz").json()["status"] == "stale"
    });
    let health = server.get("/healthz").json();
    let errors = health["errors"].to_string();
    assert!(errors.contains("rules/acme.yaml:"), "{errors}");
    assert_eq!(health["generation"], 2);
    assert_eq!(mismatches(&server), 0);
    let review = server.post("/api/review", &text).json();
    assert!(review["health"]["errors"].to_string().contains("acme.yaml"));

    // A new file in the directory is seen too, and fixing the broken one
    // loads both.
    std::fs::write(dir.path().join("rules/acme.yaml"), acme_rules(800)).unwrap();
    std::fs::write(
        dir.path().join("rules/more.yaml"),
        "facts:\n  - id: acme/plants\n    value: 3\n    unit: plants\n    match:\n      all: [Acme]\n    source: Acme\n",
    )
    .unwrap();
    wait_until("the fixed data is loaded", || {
        server.get("/healthz").json()["references"] == 2
    });
    assert_eq!(server.get("/healthz").json()["status"], "ok");
    assert_eq!(mismatches(&server), 1);
    let log = server.log.lock().unwrap().join("\n");
    assert!(log.contains("reference data reloaded"), "{log}");
    assert!(log.contains("last good data is still serving"), "{log}");
}

#[test]
fn a_change_right_after_start_is_not_missed() {
    // The files are stamped before they are read at start: a change
    // made before the server first looks at them is still a change.
    for _ in 0..5 {
        let dir = acme_dir();
        let server = Server::start(dir.path(), &["--poll-ms", "20"]);
        std::fs::write(dir.path().join("rules/acme.yaml"), "facts: [\n").unwrap();
        wait_until("the error shows", || {
            server.get("/healthz").json()["status"] == "stale"
        });
    }
}

#[test]
fn fix_applies_one_suggestion_or_every_safe_one_as_check_fix_does() {
    let server = Server::in_repo(&["--refs", "rules"]);
    let review = server
        .post("/api/review", &json!({ "text": seed(), "name": SEED }))
        .json();
    let findings = review["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 2);
    let troops = findings
        .iter()
        .find(|f| f["rule"] == "fact-mismatch")
        .unwrap();
    let one = server
        .post(
            "/api/fix",
            &json!({
                "text": seed(), "name": SEED,
                "fingerprint": troops["fingerprint"], "start": troops["start"],
            }),
        )
        .json();
    assert_eq!(one["applied"], 1);
    let fixed = one["text"].as_str().unwrap();
    assert!(fixed.contains("Italy, with about 650 units"));
    assert!(
        fixed.contains("in the fall of 2021"),
        "only the one asked for"
    );
    assert_eq!(fixed.len(), seed().len() + 1);

    // Every safe one: what `check --fix` writes into the file.
    let all = server
        .post("/api/fix", &json!({ "text": seed(), "name": SEED }))
        .json();
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("rome.txt");
    std::fs::write(&copy, seed()).unwrap();
    let rules = Path::new(ROOT).join("rules");
    Command::new(BIN)
        .args(["check", "--fix", "--refs"])
        .arg(&rules)
        .arg(&copy)
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(all["text"], std::fs::read_to_string(&copy).unwrap());
    assert_eq!(review["corrected"], all["text"]);

    // A finding no longer in the text.
    let gone = server.post(
        "/api/fix",
        &json!({ "text": "Nothing here.", "fingerprint": troops["fingerprint"] }),
    );
    assert_eq!(gone.status, 409);
    assert!(gone.error().contains("no such finding"));
    // A replacement the finding does not offer.
    let forged = server.post(
        "/api/fix",
        &json!({
            "text": seed(), "name": SEED,
            "fingerprint": troops["fingerprint"], "replacement": "rm -rf",
        }),
    );
    assert_eq!(forged.status, 400);
}

#[test]
fn review_marks_every_claim_with_utf16_offsets_and_a_word_diff() {
    let server = Server::in_repo(&["--refs", "rules"]);
    // Astral characters before the claims shift UTF-16 offsets from bytes.
    let text = seed().replacen("A Global Coalition", "😀 é 🎉 A Global Coalition", 1);
    let review = server
        .post("/api/review", &json!({ "text": text, "name": "rome.txt" }))
        .json();
    let units: Vec<u16> = text.encode_utf16().collect();
    let slice = |v: &Value, s: &str, e: &str| {
        let (s, e) = (
            v[s].as_u64().unwrap() as usize,
            v[e].as_u64().unwrap() as usize,
        );
        String::from_utf16(&units[s..e]).unwrap()
    };
    let claims = review["claims"].as_array().unwrap();
    assert_eq!(
        claims.len(),
        review["summary"]["claims"].as_u64().unwrap() as usize
    );
    let statuses: Vec<&str> = claims
        .iter()
        .map(|c| c["status"].as_str().unwrap())
        .collect();
    assert!(statuses.contains(&"agree") && statuses.contains(&"unchecked"));
    assert_eq!(statuses.iter().filter(|s| **s == "mismatch").count(), 2);
    let mismatch = claims.iter().find(|c| c["status"] == "mismatch").unwrap();
    assert_eq!(slice(mismatch, "start", "end"), "over 800 units");
    assert_eq!(mismatch["reference"], "italy/troops-iraq-kuwait");
    let finding = &review["findings"][0];
    assert_eq!(slice(finding, "start16", "end16"), "over 800 units");
    assert_eq!(finding["reference"]["value"], 650);
    assert!(finding["reference"]["source"].is_string());
    let diff = finding["diff"].as_array().unwrap();
    assert!(
        diff.contains(&json!({ "deleted": "over 800", "inserted": "about 650" })),
        "{diff:?}"
    );
    assert_eq!(review["summary"]["mismatch"], 2);
    assert_eq!(review["health"]["generation"], 1);
}

#[test]
fn rules_lists_every_rule_with_the_level_in_force() {
    let server = Server::in_repo(&["--refs", "rules"]);
    let rules = server.get("/api/rules").json();
    let list = rules["rules"].as_array().unwrap();
    let ids: Vec<&str> = list.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert!(ids.contains(&"fact-mismatch") && ids.contains(&"date-mismatch"));
    let unmatched = list.iter().find(|r| r["id"] == "unmatched-claim").unwrap();
    assert_eq!(unmatched["level"], "off");
    assert!(list
        .iter()
        .all(|r| r["summary"].as_str().is_some_and(|s| !s.is_empty())));
}

#[test]
fn the_page_is_one_self_contained_file() {
    let server = Server::in_repo(&["--refs", "rules"]);
    let page = server.get("/");
    assert_eq!(page.status, 200);
    assert_eq!(
        page.header("content-type"),
        Some("text/html; charset=utf-8")
    );
    let csp = page.header("content-security-policy").unwrap();
    assert!(csp.contains("default-src 'none'") && csp.contains("connect-src 'self'"));
    assert_eq!(page.header("x-content-type-options"), Some("nosniff"));
    let html = &page.body;
    for external in [
        "src=\"http",
        "href=\"http",
        "url(http",
        "@import",
        "src=\"//",
    ] {
        assert!(!html.contains(external), "external asset: {external}");
    }
    // Text from the article reaches the page as text, never as markup.
    assert!(!html.contains("innerHTML") && !html.contains("insertAdjacentHTML"));
    assert!(html.contains("aria-live"));
}

#[test]
fn concurrent_requests_get_their_own_answers() {
    let dir = acme_dir();
    let server = Server::start(dir.path(), &[]);
    let addr = server.addr;
    let threads: Vec<_> = (0..32)
        .map(|t| {
            std::thread::spawn(move || {
                for i in 0..8 {
                    // Not round: a round figure may agree with 800 at its precision.
                    let n = 2001 + t * 100 + i;
                    let text = format!("Acme has {n} employees.\n");
                    let body = json!({ "text": text, "name": format!("t{t}-{i}.txt") }).to_string();
                    let reply = request(
                        addr,
                        "POST",
                        "/api/check",
                        &[("Content-Type", "application/json")],
                        body.as_bytes(),
                    );
                    assert_eq!(reply.status, 200, "{reply:?}");
                    let report = reply.json();
                    assert_eq!(report["findings"][0]["path"], format!("t{t}-{i}.txt"));
                    assert_eq!(
                        report["findings"][0]["claim"]["text"],
                        format!("{n} employees")
                    );
                }
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
}

/// The Python with Playwright that `.ci/run` installs.
fn serve_python() -> Option<PathBuf> {
    let python = std::env::var_os("FACTLINT_SERVE_PYTHON").map_or_else(
        || Path::new(ROOT).join(".ci/tools/serve-venv/bin/python"),
        PathBuf::from,
    );
    let chromium = Path::new("/usr/bin/chromium");
    if python.is_file() && chromium.is_file() {
        return Some(python);
    }
    let hint = format!(
        "{} or /usr/bin/chromium missing; .ci/run installs them",
        python.display()
    );
    if std::env::var_os("FACTLINT_REQUIRE_EXTERNAL").is_some_and(|v| !v.is_empty()) {
        panic!("{hint} (required: FACTLINT_REQUIRE_EXTERNAL is set)");
    }
    let _ = writeln!(std::io::stderr(), "note: skipping a test: {hint}");
    None
}

#[test]
fn an_editor_checks_and_corrects_the_seed_article_in_chromium() {
    let Some(python) = serve_python() else {
        return;
    };
    let server = Server::in_repo(&["--refs", "rules"]);
    let token = "a-token-for-the-browser-test-42";
    let guarded = Server::in_repo(&["--refs", "rules", "--token", token]);
    let dir = acme_dir();
    let broken = Server::start(dir.path(), &["--poll-ms", "50"]);
    std::fs::write(dir.path().join("rules/acme.yaml"), "facts: [\n").unwrap();
    wait_until("the error shows", || {
        broken.get("/healthz").json()["status"] == "stale"
    });
    let shots = Path::new(ROOT).join("target/serve-screenshots");
    std::fs::create_dir_all(&shots).unwrap();
    let out = Command::new(python)
        .arg(Path::new(ROOT).join("tests/serve/browser.py"))
        .arg(format!("http://{}/", server.addr))
        .arg(Path::new(ROOT).join(SEED))
        .arg(&shots)
        .arg(format!("http://{}/", guarded.addr))
        .arg(token)
        .arg(format!("http://{}/", broken.addr))
        .output()
        .unwrap();
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    );
    assert!(
        out.status.success(),
        "browser test failed:\n{stdout}\n{stderr}"
    );
    assert!(stdout.contains("browser: ok"), "{stdout}\n{stderr}");
    assert!(shots.join("checked.png").is_file());
    assert!(shots.join("phone.png").is_file());
    assert!(shots.join("stale-data.png").is_file());
}
