//! What the end-to-end tests share: `factlint` run in the repository, and
//! one `check` of an article against reference data written to a fresh
//! directory. Each test crate uses some of these, so the rest is unused
//! there.
#![allow(dead_code)]

use assert_cmd::Command;
use serde_json::Value;

/// Check `text` against `refs` on article date `date` and return (rule,
/// severity, reference id) of each error or warning.
pub fn findings_on(text: &str, refs: &str, date: &str) -> Vec<(String, String, String)> {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join(".git")).unwrap();
    std::fs::write(dir.path().join("story.txt"), text).unwrap();
    std::fs::create_dir(dir.path().join("refs")).unwrap();
    std::fs::write(dir.path().join("refs/refs.yaml"), refs).unwrap();
    let out = Command::cargo_bin("factlint")
        .unwrap()
        .current_dir(dir.path())
        .args([
            "check",
            "story.txt",
            "--refs",
            "refs",
            "--date",
            date,
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    let json: Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|_| panic!("{}", String::from_utf8_lossy(&out.stderr)));
    json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| matches!(f["severity"].as_str(), Some("error" | "warning")))
        .map(|f| {
            (
                f["rule"].as_str().unwrap_or("").to_owned(),
                f["severity"].as_str().unwrap_or("").to_owned(),
                f["reference"]["id"].as_str().unwrap_or("").to_owned(),
            )
        })
        .collect()
}

/// `factlint ARGS…` run in the repository, its standard output as JSON.
pub fn run(args: &[&str]) -> Value {
    let out = Command::cargo_bin("factlint")
        .unwrap()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(args)
        .output()
        .unwrap();
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|_| panic!("{}", String::from_utf8_lossy(&out.stdout)))
}

/// (rule, reference id) of each error or warning `check` reports on
/// `article` against `refs` (paths in the repository).
pub fn errors_and_warnings(article: &str, refs: &str) -> Vec<(String, String)> {
    let json = run(&["check", article, "--refs", refs, "--format", "json"]);
    json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["severity"] == "error" || f["severity"] == "warning")
        .map(|f| {
            (
                f["rule"].as_str().unwrap().to_owned(),
                f["reference"]["id"].as_str().unwrap_or("").to_owned(),
            )
        })
        .collect()
}

/// For each (id, from, to): the reference file `refs` (a path in the
/// repository) with `from` replaced by `to` — `from` must stand in it —
/// written to a fresh file, and `check`'s errors and warnings on `article`
/// against it handed to `judge` with the id.
pub fn each_moved(
    article: &str,
    refs: &str,
    cases: &[(&str, &str, &str)],
    mut judge: impl FnMut(&str, Vec<(String, String)>),
) {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(root.join(refs)).unwrap();
    let dir = tempfile::tempdir().unwrap();
    for &(id, from, to) in cases {
        assert!(text.contains(from), "{from}");
        let path = dir.path().join("moved.yaml");
        std::fs::write(&path, text.replace(from, to)).unwrap();
        judge(id, errors_and_warnings(article, path.to_str().unwrap()));
    }
}

/// The ids of the facts of `refs` (as the fixtures write them, `- id:`
/// then `value:`) and their values as written.
pub fn facts(refs: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut id = None;
    for line in refs.lines() {
        if let Some(rest) = line.trim_start().strip_prefix("- id: ") {
            id = Some(rest.to_owned());
        } else if let (Some(rest), Some(i)) = (line.trim_start().strip_prefix("value: "), &id) {
            out.push((i.clone(), rest.to_owned()));
            id = None;
        }
    }
    out
}

/// A figure as `extract` reads it: text, kind, value (or "min..max"),
/// unit and qualifier.
pub type Reading = (String, String, String, Option<String>, Option<String>);

/// The claims `extract` reads in `fixture` on article date `date`, as
/// [`Reading`]s.
pub fn readings(fixture: &str, date: &str) -> Vec<Reading> {
    let json = run(&["extract", fixture, "--date", date, "--format", "json"]);
    json["documents"][0]["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            let value = match (c["min"].as_f64(), c["max"].as_f64()) {
                (Some(a), Some(b)) => format!("{a}..{b}"),
                _ => c["value"].as_f64().map_or(String::new(), |v| v.to_string()),
            };
            (
                c["text"].as_str().unwrap().to_owned(),
                c["kind"].as_str().unwrap().to_owned(),
                value,
                c["unit"].as_str().map(str::to_owned),
                c["qualifier"].as_str().map(str::to_owned),
            )
        })
        .collect()
}

/// (text, value, unit) of each quantity `extract` reads in `fixture` on
/// article date `date`: what the money fixtures compare.
pub fn quantity_units(fixture: &str, date: &str) -> Vec<(String, String, Option<String>)> {
    readings(fixture, date)
        .into_iter()
        .filter(|r| r.1 == "quantity")
        .map(|(text, _, value, unit, _)| (text, value, unit))
        .collect()
}

/// Owned (text, value, unit) rows, each with a unit, to compare with
/// [`quantity_units`].
pub fn with_units(want: &[(&str, &str, &str)]) -> Vec<(String, String, Option<String>)> {
    want.iter()
        .map(|(t, v, u)| ((*t).to_owned(), (*v).to_owned(), Some((*u).to_owned())))
        .collect()
}

/// A date claim as `extract` reads it: text (a line break as a space),
/// interval "start..end", relation and commitment.
pub type DateReading = (String, String, Option<String>, bool);

/// The date claims `extract` reads in `fixture`, on article date `date`
/// where one is given (else the fixture's front matter).
pub fn date_readings(fixture: &str, date: Option<&str>) -> Vec<DateReading> {
    let mut args = vec!["extract", fixture, "--format", "json"];
    if let Some(date) = date {
        args.extend(["--date", date]);
    }
    let json = run(&args);
    json["documents"][0]["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["kind"] == "date")
        .map(|c| {
            let span = format!(
                "{}..{}",
                c["interval"]["start"].as_str().unwrap_or(""),
                c["interval"]["end"].as_str().unwrap_or("")
            );
            (
                c["text"].as_str().unwrap().replace('\n', " "),
                span,
                c["relation"].as_str().map(str::to_owned),
                c["commitment"].as_bool().unwrap_or(false),
            )
        })
        .collect()
}

/// Owned rows to compare with [`date_readings`].
pub fn date_rows(rows: &[(&str, &str, Option<&str>, bool)]) -> Vec<DateReading> {
    rows.iter()
        .map(|(t, s, r, c)| ((*t).to_owned(), (*s).to_owned(), r.map(str::to_owned), *c))
        .collect()
}
