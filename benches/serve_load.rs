//! Load test of `factlint serve` on loopback: a bounded client.
//!
//!     cargo bench --bench serve_load [-- SECONDS]
//!
//! Starts the release binary (`serve --refs rules` on 127.0.0.1:0), then
//! for 1, 16 and 64 concurrent clients: each client holds one keep-alive
//! connection and one request in flight, `POST /api/check` with a 5 KB
//! article, for SECONDS (default 5) after a one-second warm-up. Prints
//! requests per second and the p50/p99/max latency as Markdown rows
//! (BENCHMARKS.md, "factlint serve").
//!
//! Every request names its text uniquely ("c7-1234.txt") and carries a
//! figure of its own; every answer must be 200, name that text and no
//! other, and count every claim of the text, else the run fails: nothing lost or mixed up between
//! concurrent requests.

use std::io::{BufRead as _, BufReader, Read as _, Write as _};
use std::net::{SocketAddr, TcpStream};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const BIN: &str = env!("CARGO_BIN_EXE_factlint");
const ARTICLE_BYTES: usize = 5 * 1024;

/// The plain-text fixture articles, the seed first, taken in turn and cut
/// at the last paragraph end before 5 KB.
fn article() -> String {
    let names = [
        "coalition-rome.txt",
        "election-turnout.txt",
        "vaccination-drive.txt",
    ];
    let texts: Vec<String> = names
        .iter()
        .map(|n| {
            std::fs::read_to_string(Path::new(ROOT).join("fixtures/articles").join(n))
                .expect("fixture article")
        })
        .collect();
    let mut text = String::new();
    for t in texts.iter().cycle() {
        if text.len() > ARTICLE_BYTES {
            break;
        }
        text.push_str(t.trim_end());
        text.push_str("\n\n");
    }
    let mut cut = ARTICLE_BYTES;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let end = text[..cut].rfind("\n\n").unwrap_or(cut);
    text.truncate(end);
    text
}

/// One keep-alive connection.
struct Client {
    reader: BufReader<TcpStream>,
    writer: TcpStream,
}

impl Client {
    fn connect(addr: SocketAddr) -> Client {
        let stream = TcpStream::connect(addr).expect("connect");
        stream.set_nodelay(true).expect("nodelay");
        Client {
            reader: BufReader::new(stream.try_clone().expect("clone")),
            writer: stream,
        }
    }

    /// POST a JSON body; the status and the answer's body.
    fn post(&mut self, path: &str, body: &str) -> (u16, String) {
        let head = format!(
            "POST {path} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n",
            body.len()
        );
        self.writer.write_all(head.as_bytes()).expect("write");
        self.writer.write_all(body.as_bytes()).expect("write");
        let mut line = String::new();
        self.reader.read_line(&mut line).expect("status line");
        let status: u16 = line
            .split(' ')
            .nth(1)
            .and_then(|s| s.parse().ok())
            .expect("status");
        let mut length = 0;
        loop {
            line.clear();
            self.reader.read_line(&mut line).expect("header");
            let header = line.trim_end();
            if header.is_empty() {
                break;
            }
            if let Some((name, value)) = header.split_once(':') {
                if name.eq_ignore_ascii_case("content-length") {
                    length = value.trim().parse().expect("length");
                }
            }
        }
        let mut body = vec![0; length];
        self.reader.read_exact(&mut body).expect("body");
        (status, String::from_utf8(body).expect("UTF-8"))
    }
}

/// Run `clients` for `warmup + time`; the latencies (µs) after the warm-up.
fn run(addr: SocketAddr, clients: usize, warmup: Duration, time: Duration) -> Vec<u64> {
    let article = article();
    // The claims of the article with one more figure, as checked alone.
    // The claims of the article with one more figure, as checked alone.
    let claims = {
        let text = format!("{article}\n\nThe crowd was 10001 people.\n");
        let body = serde_json::json!({ "text": text }).to_string();
        let (_, answer) = Client::connect(addr).post("/api/check", &body);
        let report: serde_json::Value = serde_json::from_str(&answer).expect("JSON");
        report["summary"]["claims"].as_u64().expect("claims")
    };
    // The article as a JSON string without its closing quote, escaped
    // once: the client's own work per request stays small, so that the
    // two cores go to the server.
    let open = serde_json::to_string(&article).expect("JSON");
    let open: Arc<str> = Arc::from(open.strip_suffix('"').expect("a JSON string"));
    let start = Instant::now();
    let threads: Vec<_> = (0..clients)
        .map(|c| {
            let open = Arc::clone(&open);
            std::thread::spawn(move || {
                let mut client = Client::connect(addr);
                let mut latencies = Vec::new();
                let counted = format!("\"claims\": {claims},");
                for i in 0u64.. {
                    let now = Instant::now();
                    if now - start > warmup + time {
                        break;
                    }
                    let name = format!("c{c}-{i}.txt");
                    let figure = 10_001 + i * 7 + c as u64 * 100_000;
                    let body = format!(
                        "{{\"name\": \"{name}\", \"text\": {open}\\n\\nThe crowd was {figure} people.\\n\"}}"
                    );
                    let (status, answer) = client.post("/api/check", &body);
                    let elapsed = now.elapsed();
                    assert_eq!(status, 200, "{answer}");
                    // The answer is this request's: every path it names is
                    // this text's, and the whole text (its own figure
                    // with it) was checked.
                    let paths = answer.matches("\"path\": \"").count();
                    let ours = answer.matches(&format!("\"path\": \"{name}\"")).count();
                    assert!(paths > 0 && paths == ours, "mixed up: {answer}");
                    assert!(answer.contains(&counted), "mixed up: {answer}");
                    if now - start >= warmup {
                        latencies.push(elapsed.as_micros() as u64);
                    }
                }
                latencies
            })
        })
        .collect();
    let mut all = Vec::new();
    for t in threads {
        all.extend(t.join().expect("client thread"));
    }
    all
}

/// The CPU time (user + system, in clock ticks of 10 ms) the process
/// `pid` has used so far.
fn cpu_ticks(pid: u32) -> u64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // The fields after the command name, which is in parentheses.
    let fields: Vec<&str> = stat
        .rsplit_once(')')
        .map_or("", |(_, rest)| rest)
        .split_whitespace()
        .collect();
    let field = |i: usize| {
        fields
            .get(i)
            .and_then(|f| f.parse::<u64>().ok())
            .unwrap_or(0)
    };
    // utime and stime are fields 14 and 15 of the whole line.
    field(11) + field(12)
}

fn percentile(sorted: &[u64], p: f64) -> f64 {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted.get(i).copied().unwrap_or(0) as f64 / 1000.0
}

fn main() {
    let seconds: u64 = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(5);
    let mut child = Command::new(BIN)
        .args(["serve", "--refs", "rules", "--addr", "127.0.0.1:0"])
        .current_dir(ROOT)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start factlint serve");
    let mut stderr = BufReader::new(child.stderr.take().expect("stderr"));
    let mut line = String::new();
    let addr: SocketAddr = loop {
        line.clear();
        if stderr.read_line(&mut line).expect("stderr") == 0 {
            panic!("factlint serve ended before listening");
        }
        if let Some((_, rest)) = line.trim().split_once("listening on http://") {
            break rest.trim_end_matches('/').parse().expect("address");
        }
    };
    std::thread::spawn(move || std::io::copy(&mut stderr, &mut std::io::sink()));
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    println!(
        "factlint serve, POST /api/check, {} B article, {seconds} s per row, {cores} cores",
        article().len()
    );
    println!(
        "| clients | requests | requests/s | p50 ms | p99 ms | max ms | server CPU ms/request |"
    );
    println!("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for clients in [1, 16, 64] {
        let ticks = cpu_ticks(child.id());
        let mut lat = run(
            addr,
            clients,
            Duration::from_secs(1),
            Duration::from_secs(seconds),
        );
        // Warm-up included: the server's work over every request made.
        let cpu_ms = (cpu_ticks(child.id()) - ticks) as f64 * 10.0;
        lat.sort_unstable();
        let made = lat.len() as f64 * (seconds as f64 + 1.0) / seconds as f64;
        println!(
            "| {clients} | {} | {:.0} | {:.2} | {:.2} | {:.2} | {:.2} |",
            lat.len(),
            lat.len() as f64 / seconds as f64,
            percentile(&lat, 0.50),
            percentile(&lat, 0.99),
            percentile(&lat, 1.0),
            cpu_ms / made,
        );
    }
    let _ = child.kill();
    let _ = child.wait();
}
