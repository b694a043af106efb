//! `--fix` changes the figure and nothing else, on every shipped fixture
//! (with the shipped rules) and on an article that writes money in every
//! common form: each currency sign or code is still there after the fix,
//! and checking the fixed article again finds none of the fixed
//! mismatches.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Money written as real news writes it, each with a fact that
/// contradicts it (the article's own figures are all wrong).
const MONEY: &str = "\
The Orlan harbour authority said on Monday that the dredging plan would cost $412 million.

Its port levy raised about $96 million last year.

The Orlan ferry line received US$240m in aid.

The Orlan regatta offers a $2-million total purse.

The Orlan marina raised €40m from investors.

The Orlan canal needs EUR 40 million for locks.

The Orlan airport owes £3bn to its lenders.

The Orlan tram cost 412 million dollars.

The Orlan museum has a budget of more than 8,000,000 euros.
";

const MONEY_REFS: &str = "\
facts:
  - id: orlan/dredging
    value: 430 million
    unit: USD
    match: {all: [dredging]}
  - id: orlan/levy
    value: 120 million
    unit: USD
    match: {all: [levy]}
  - id: orlan/ferry
    value: 310 million
    unit: USD
    match: {all: [ferry]}
  - id: orlan/regatta
    value: 3 million
    unit: USD
    match: {all: [regatta]}
  - id: orlan/marina
    value: 45 million
    unit: EUR
    match: {all: [marina]}
  - id: orlan/canal
    value: 52 million
    unit: EUR
    match: {all: [canal]}
  - id: orlan/airport
    value: 2.2 billion
    unit: GBP
    match: {all: [airport]}
  - id: orlan/tram
    value: 450 million
    unit: USD
    match: {all: [tram]}
  - id: orlan/museum
    value: 6500000
    unit: EUR
    match: {all: [museum]}
";

/// A copy of `fixtures/articles` plus the money article, and the rules
/// plus its facts.
fn workspace() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let articles = dir.path().join("articles");
    let refs = dir.path().join("refs");
    std::fs::create_dir(&articles).unwrap();
    std::fs::create_dir(&refs).unwrap();
    for (from, to) in [("fixtures/articles", &articles), ("rules", &refs)] {
        for entry in std::fs::read_dir(root().join(from)).unwrap() {
            let path = entry.unwrap().path();
            std::fs::copy(&path, to.join(path.file_name().unwrap())).unwrap();
        }
    }
    std::fs::write(articles.join("money-forms.txt"), MONEY).unwrap();
    std::fs::write(refs.join("money-forms.yaml"), MONEY_REFS).unwrap();
    (dir, articles, refs)
}

fn factlint(dir: &Path, refs: &Path, extra: &[&str]) -> std::process::Output {
    Command::cargo_bin("factlint")
        .unwrap()
        .current_dir(dir)
        .env_remove("GITHUB_STEP_SUMMARY")
        .args(["check", "articles", "--color", "never", "--refs"])
        .arg(refs)
        .args(extra)
        .output()
        .unwrap()
}

/// (file, reference id) of every fact-mismatch, and how many carry a
/// suggestion.
fn mismatches(dir: &Path, refs: &Path) -> BTreeSet<(String, String)> {
    let out = factlint(dir, refs, &["--format", "json"]);
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "fact-mismatch" && f["suggestion"].is_string())
        .map(|f| {
            (
                f["path"].as_str().unwrap().to_owned(),
                f["reference"]["id"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

/// How often each currency sign or code is written in `text`.
fn currency_counts(text: &str) -> Vec<(&'static str, usize)> {
    const SIGNS: &[&str] = &[
        "US$", "A$", "C$", "$", "€", "£", "¥", "₹", "EUR", "USD", "GBP", "dollars", "euros",
        "pounds",
    ];
    SIGNS
        .iter()
        .map(|s| (*s, text.matches(s).count()))
        .collect()
}

#[test]
fn fix_keeps_every_currency_and_leaves_no_fixed_mismatch() {
    let (dir, articles, refs) = workspace();
    let before_mismatches = mismatches(dir.path(), &refs);
    // Every money figure of the money article is wrong, and so are some
    // in the fixtures (the harbour bridge's "$240 million").
    assert!(before_mismatches.len() >= 12, "{before_mismatches:?}");

    let mut before = Vec::new();
    for entry in std::fs::read_dir(&articles).unwrap() {
        let path = entry.unwrap().path();
        before.push((path.clone(), std::fs::read_to_string(&path).unwrap()));
    }
    let out = factlint(dir.path(), &refs, &["--fix"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("fixed"), "{err}");

    for (path, old) in &before {
        let new = std::fs::read_to_string(path).unwrap();
        assert_eq!(
            currency_counts(old),
            currency_counts(&new),
            "{}:\n{old}\n---\n{new}",
            path.display()
        );
    }
    let after_mismatches = mismatches(dir.path(), &refs);
    let still: Vec<_> = before_mismatches.intersection(&after_mismatches).collect();
    assert!(still.is_empty(), "still mismatched after --fix: {still:?}");

    // The figures read as the reference, in the claim's own form.
    let money = std::fs::read_to_string(articles.join("money-forms.txt")).unwrap();
    for expected in [
        "cost $430 million.",
        "raised about $120 million last year",
        "received US$310m in aid",
        "offers a $3-million total purse",
        "raised €45m from investors",
        "needs EUR 52 million for locks",
        "owes £2.2bn to its lenders",
        "cost 450 million dollars",
        "budget of about 6,500,000 euros",
    ] {
        assert!(money.contains(expected), "{expected:?} not in:\n{money}");
    }
    let bridge = std::fs::read_to_string(articles.join("harbour-bridge.md")).unwrap();
    assert!(bridge.contains("worth $310 million,"), "{bridge}");
}
