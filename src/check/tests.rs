//! Table-driven tests of the rules through the whole library pipeline:
//! sentence → claims → match → judge → findings. Each qualifier is tried at
//! its boundaries: exactly the figure, the tolerance's edges, and the
//! rounding edges of the figure's precision.

use super::*;
use crate::document::{Document, Format};
use crate::reference::load_sources;

/// The rules that fire on `text` with a single fact of `value` troops
/// (plus `extra` YAML for the fact, e.g. a tolerance).
fn fired(text: &str, value: &str, extra: &str, opts: &CheckOptions) -> Vec<&'static str> {
    let yaml = format!(
        "units:\n  troops: [troops, soldiers]\nfacts:\n  - id: f\n    value: {value}\n    unit: troops\n{extra}    match: {{all: [Italy]}}\n"
    );
    let refs = load_sources(&[("r.yaml".to_owned(), yaml)]).unwrap();
    let doc = Document::from_text("a.txt", text.to_owned(), Format::Text, None, vec![]);
    let claims = crate::extract::extract(&doc);
    check_document_with(&doc, &claims, &refs, opts)
        .into_iter()
        .map(|f| f.rule)
        .collect()
}

fn mismatch(text: &str, value: &str) -> bool {
    fired(text, value, "", &CheckOptions::default()).contains(&"fact-mismatch")
}

#[test]
fn qualifier_boundaries() {
    // (sentence, reference value, is a mismatch)
    let table: &[(&str, &str, bool)] = &[
        // bare figure: rounds at its precision ("800" accepts 750 ≤ r < 850)
        ("Italy has 800 troops.", "800", false),
        ("Italy has 800 troops.", "750", false),
        ("Italy has 800 troops.", "749", true),
        ("Italy has 800 troops.", "849", false),
        ("Italy has 800 troops.", "850", true),
        ("Italy has 812 troops.", "812", false),
        ("Italy has 812 troops.", "813", true),
        ("Italy has eight million troops.", "7.5 million", false),
        ("Italy has eight million troops.", "8.5 million", true),
        // nearly: c·0.9 ≤ r ≤ c
        ("Italy has nearly 1,000 troops.", "1000", false),
        ("Italy has nearly 1,000 troops.", "900", false),
        ("Italy has nearly 1,000 troops.", "899", true),
        ("Italy has nearly 1,000 troops.", "1001", true),
        // over: r > c
        ("Italy has over 800 troops.", "801", false),
        ("Italy has over 800 troops.", "800", true),
        // at least: r ≥ c
        ("Italy has at least 800 troops.", "800", false),
        ("Italy has at least 800 troops.", "799", true),
        // under: r < c
        ("Italy has fewer than 800 troops.", "799", false),
        ("Italy has fewer than 800 troops.", "800", true),
        // up to: r ≤ c
        ("Italy has up to 800 troops.", "800", false),
        ("Italy has up to 800 troops.", "801", true),
        // about: |r − c| ≤ 10% of c
        ("Italy has about 1,000 troops.", "1100", false),
        ("Italy has about 1,000 troops.", "900", false),
        ("Italy has about 1,000 troops.", "1101", true),
        ("Italy has about 1,000 troops.", "899", true),
        // exactly: r = c
        ("Italy has exactly 800 troops.", "800", false),
        ("Italy has exactly 800 troops.", "801", true),
        // a reference range meets the claim's set
        ("Italy has over 800 troops.", "{min: 700, max: 900}", false),
        ("Italy has over 800 troops.", "{min: 600, max: 800}", true),
    ];
    for (text, value, expected) in table {
        assert_eq!(mismatch(text, value), *expected, "{text} vs {value}");
    }
}

#[test]
fn tolerances_per_fact_and_in_the_configuration() {
    let opts = CheckOptions::default();
    // A fact's tolerance overrides the 10% of "about".
    assert!(fired(
        "Italy has about 1,000 troops.",
        "1080",
        "    tolerance: 5%\n",
        &opts
    )
    .contains(&"fact-mismatch"));
    assert!(!fired(
        "Italy has about 1,000 troops.",
        "1050",
        "    tolerance: 5%\n",
        &opts
    )
    .contains(&"fact-mismatch"));
    // The configuration's tolerance applies when the fact has none.
    let strict = CheckOptions {
        about_tolerance: Some(Tolerance::Relative(0.02)),
        ..CheckOptions::default()
    };
    assert!(fired("Italy has about 1,000 troops.", "1030", "", &strict).contains(&"fact-mismatch"));
    assert!(!fired("Italy has about 1,000 troops.", "1030", "", &opts).contains(&"fact-mismatch"));
}

#[test]
fn loose_bounds() {
    let opts = CheckOptions::default();
    assert_eq!(
        fired("Italy has over 800 troops.", "1200", "", &opts),
        vec!["loose-bound"]
    );
    assert!(fired("Italy has over 800 troops.", "1100", "", &opts).is_empty());
    assert_eq!(
        fired("Italy has fewer than 1,000 troops.", "600", "", &opts),
        vec!["loose-bound"]
    );
    let off = CheckOptions {
        levels: [("loose-bound".to_owned(), Level::Off)]
            .into_iter()
            .collect(),
        ..CheckOptions::default()
    };
    assert!(fired("Italy has over 800 troops.", "1200", "", &off).is_empty());
}

#[test]
fn ambiguous_matches_are_reported_not_picked() {
    let yaml = "facts:\n  - id: a\n    value: 800\n    match: {all: [Italy]}\n  - id: b\n    value: 900\n    match: {all: [Iraq]}\n";
    let refs = load_sources(&[("r.yaml".to_owned(), yaml.to_owned())]).unwrap();
    let doc = Document::from_text(
        "a.txt",
        "Italy keeps 800 troops in Iraq.".into(),
        Format::Text,
        None,
        vec![],
    );
    let claims = crate::extract::extract(&doc);
    let rules: Vec<_> = check_document(&doc, &claims, &refs)
        .into_iter()
        .map(|f| f.rule)
        .collect();
    assert_eq!(rules, vec!["ambiguous-match"]);
}

#[test]
fn date_relations() {
    // (sentence, event date, is a mismatch)
    let table: &[(&str, &str, bool)] = &[
        ("The summit will be held by June 2022.", "2022-06-30", false),
        ("The summit will be held by June 2022.", "2022-07-01", true),
        (
            "The summit will be held before June 2022.",
            "2022-05-31",
            false,
        ),
        (
            "The summit will be held before June 2022.",
            "2022-06-01",
            true,
        ),
        (
            "The summit will be held in the fall of 2021.",
            "2021-11-30",
            false,
        ),
        (
            "The summit will be held in the fall of 2021.",
            "2021-12-01",
            true,
        ),
        ("The summit was held in 2019.", "2019", false),
        ("The summit was held in 2019.", "2020-01", true),
        ("The summit will be held after June 2022.", "2022-07", false),
        ("The summit will be held after June 2022.", "2022-06", true),
    ];
    for (text, date, expected) in table {
        let yaml = format!("events:\n  - id: e\n    date: {date}\n    match: {{all: [summit]}}\n");
        let refs = load_sources(&[("r.yaml".to_owned(), yaml)]).unwrap();
        let doc = Document::from_text("a.txt", (*text).to_owned(), Format::Text, None, vec![]);
        let claims = crate::extract::extract(&doc);
        let found = check_document(&doc, &claims, &refs)
            .iter()
            .any(|f| f.rule == "date-mismatch");
        assert_eq!(found, *expected, "{text} vs {date}");
    }
}

#[test]
fn normalised_equals_lowercasing_the_joined_words() {
    for text in [
        "",
        "   ",
        "over 800 troops",
        "Over  800\tTROOPS\n",
        " a\u{b}b\u{c}c\r\nd ",
        "ÉTÉ  Σ ΟΔΟΣ",
        "nearly\u{a0}8 million",
        "\u{212a}ELVIN 5",
    ] {
        let reference = text
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase();
        assert_eq!(normalised(text), reference, "{text:?}");
    }
}

#[test]
fn findings_without_context_are_the_findings_with_context_emptied() {
    let yaml = "units:\n  troops: [troops, soldiers]\nfacts:\n  - id: f\n    value: 650\n    unit: troops\n    match: {all: [Italy]}\nevents:\n  - id: e\n    date: 2021-06-01\n    match: {all: [summit]}\n";
    let refs = load_sources(&[("r.yaml".to_owned(), yaml.to_owned())]).unwrap();
    let text =
        "Italy keeps over 800 troops in Iraq. The summit was held on Monday, June 8, 2021.\n\
                Sales rose from 10 to 15, a 40% increase. Italy keeps 1,200 troops in Iraq.\n\
                In the vote 45% said yes, 40% said no and 20% abstained.\n\
                <!-- factlint-disable-line arithmetic -->\n";
    let doc = Document::from_text("a.txt", text.to_owned(), Format::Text, None, vec![]);
    let claims = crate::extract::extract(&doc);
    let full = check_document_with(&doc, &claims, &refs, &CheckOptions::default());
    assert!(full.len() >= 4, "{full:?}");
    assert!(full.iter().any(|f| f.context != Context::default()));
    let bare = check_document_with(
        &doc,
        &claims,
        &refs,
        &CheckOptions {
            without_context: true,
            ..CheckOptions::default()
        },
    );
    let mut expected = full;
    for f in &mut expected {
        if f.rule != rules::unused_suppression::ID {
            f.context = Context::default();
        }
    }
    assert_eq!(bare, expected);
}

/// The rules that fire on `text` with one fact of `value` counted in
/// `unit` (none when empty), whole and a sentence at a time.
fn fired_on_duration(text: &str, value: &str, unit: &str) -> Vec<&'static str> {
    let unit = if unit.is_empty() {
        String::new()
    } else {
        format!("    unit: {unit}\n")
    };
    let yaml = format!(
        "units:\n  years: [year, years]\nfacts:\n  - id: f\n    value: {value}\n{unit}    match: {{all: [Orsa]}}\n"
    );
    let refs = load_sources(&[("r.yaml".to_owned(), yaml)]).unwrap();
    // A sentence before, so that the one judged is a window of its own
    // and its spans are shifted.
    let text = format!("The report is out. {text}");
    let doc = Document::from_text("a.txt", text.clone(), Format::Text, None, vec![]);
    let claims = crate::extract::extract(&doc);
    let opts = CheckOptions::default();
    let whole = check_document_with(&doc, &claims, &refs, &opts);
    let mut windowed = Vec::new();
    check_document_windows(
        &doc,
        &refs,
        &opts,
        &crate::extract::ExtractOptions::default(),
        1,
        &mut |f| windowed.push(f),
    );
    assert_eq!(whole, windowed, "{text}");
    whole.into_iter().map(|f| f.rule).collect()
}

#[test]
fn durations_are_judged_by_their_qualifier_against_a_fact_in_their_unit() {
    // (sentence, reference value in years, is a mismatch)
    let table: &[(&str, &str, bool)] = &[
        (
            "Building the Orsa bridge took more than 11 years.",
            "12",
            false,
        ),
        (
            "Building the Orsa bridge took more than 11 years.",
            "11",
            true,
        ),
        ("Building the Orsa bridge took 15 to 30 years.", "20", false),
        ("Building the Orsa bridge took 15 to 30 years.", "31", true),
        (
            "Building the Orsa bridge took almost two years.",
            "1.9",
            false,
        ),
        (
            "Building the Orsa bridge took almost two years.",
            "2.1",
            true,
        ),
        (
            "Building the Orsa bridge took more than a decade.",
            "11",
            false,
        ),
        (
            "Building the Orsa bridge took more than a decade.",
            "9",
            true,
        ),
        ("Orsa was settled about 100,000 years ago.", "105000", false),
        ("Orsa was settled about 100,000 years ago.", "120000", true),
        ("It was the worst Orsa flood in 12 years.", "12", false),
        ("It was the worst Orsa flood in 12 years.", "14", true),
    ];
    for (text, value, expected) in table {
        let rules = fired_on_duration(text, value, "years");
        assert_eq!(
            rules.contains(&"fact-mismatch"),
            *expected,
            "{text} vs {value}: {rules:?}"
        );
    }
    // A fact with no unit, or counted in something else, never takes a
    // duration.
    assert!(
        fired_on_duration("Building the Orsa bridge took more than 11 years.", "3", "").is_empty()
    );
    assert!(fired_on_duration(
        "Building the Orsa bridge took more than 11 years.",
        "3",
        "troops"
    )
    .is_empty());
    // Nor does a duration take a fact from the figure of its sentence.
    let rules = fired_on_duration(
        "The Orsa mine employed 400 people for more than 11 years.",
        "400",
        "",
    );
    assert!(rules.is_empty(), "{rules:?}");
}
