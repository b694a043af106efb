//! The gated scan must find exactly what the exhaustive reference scan
//! finds (every grammar at every word start, no pre-filter).
//!
//! The gates in front of the grammars are an optimisation only: a word they
//! turn away must be one no grammar can start with. When a grammar gains a
//! new opening word (a new date form, say) and no gate admits it, these
//! tests fail on the inputs that use it: on the fixtures, on every input of
//! the conformance suites, on the synthetic corpus, and on random text
//! built from the lexicon and from the words of the conformance inputs.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use proptest::prelude::*;

use super::*;
use crate::document::{Document, Format};
use crate::extract::date::{DateOptions, DateOrder};
use crate::extract::lexicon;

/// Every date order the grammars read differently.
fn all_options() -> [ExtractOptions; 3] {
    [DateOrder::None, DateOrder::Dmy, DateOrder::Mdy].map(|date_order| ExtractOptions {
        dates: DateOptions {
            date_order,
            ..DateOptions::default()
        },
        ..ExtractOptions::default()
    })
}

/// The first difference between the two scans, if any, described.
fn difference(doc: &Document, options: &ExtractOptions) -> Option<String> {
    let fast = extract_with(doc, options);
    let slow = extract_exhaustive(doc, options);
    if fast == slow {
        return None;
    }
    let n = fast
        .iter()
        .zip(&slow)
        .position(|(a, b)| a != b)
        .unwrap_or(fast.len().min(slow.len()));
    let show = |c: Option<&Claim>| {
        c.map(|c| format!("{:?} {:?}", doc.slice(c.span), c.kind))
            .unwrap_or_else(|| "nothing".to_owned())
    };
    Some(format!(
        "{}: claim {n}: gated scan gave {}, the reference {} ({:?})",
        doc.path,
        show(fast.get(n)),
        show(slow.get(n)),
        options.dates.date_order,
    ))
}

fn assert_same(doc: &Document) {
    for options in all_options() {
        if let Some(d) = difference(doc, &options) {
            panic!("{d}");
        }
    }
}

fn fixture(path: &str) -> String {
    format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))
}

/// Every `input` of the conformance suites.
fn conformance_inputs() -> Vec<String> {
    let dir = fixture("fixtures/conformance");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "jsonl"))
        .collect();
    files.sort();
    assert!(files.len() >= 6, "conformance suites missing in {dir}");
    let mut inputs = Vec::new();
    for file in files {
        for line in std::fs::read_to_string(&file).unwrap().lines() {
            if line.trim().is_empty() {
                continue;
            }
            let case: serde_json::Value = serde_json::from_str(line).unwrap();
            if let Some(input) = case.get("input").and_then(|v| v.as_str()) {
                inputs.push(input.to_owned());
            }
        }
    }
    inputs
}

fn text_doc(name: &str, text: String) -> Document {
    Document::from_text(
        name,
        text,
        Format::Text,
        NaiveDate::from_ymd_opt(2021, 6, 29),
        vec![],
    )
}

#[test]
fn fixtures_articles() {
    let mut n = 0;
    for entry in std::fs::read_dir(fixture("fixtures/articles")).unwrap() {
        let path = entry.unwrap().path();
        let doc = Document::load(&path, None).unwrap();
        assert_same(&doc);
        n += 1;
    }
    assert!(n >= 6);
}

#[test]
fn conformance_suite_inputs() {
    let inputs = conformance_inputs();
    assert!(inputs.len() > 2500, "{}", inputs.len());
    let mut failures = Vec::new();
    for (k, input) in inputs.iter().enumerate() {
        let doc = text_doc(&format!("case {k}: {input:?}"), input.clone());
        for options in all_options() {
            if let Some(d) = difference(&doc, &options) {
                failures.push(d);
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} differences:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn synthetic_corpus() {
    let mut rng = crate::synth::Rng::new(7);
    for k in 0..8 {
        let doc = text_doc(
            &format!("synth {k}"),
            crate::synth::article(&mut rng, 40_000),
        );
        assert_same(&doc);
    }
}

/// Words the grammars know: every phrase of the lexicon's tables, and every
/// word of the conformance inputs (so a new date form added to a suite
/// brings its words here too).
fn vocabulary() -> Vec<String> {
    let mut words: BTreeSet<String> = BTreeSet::new();
    let mut add = |p: &str| {
        words.insert(p.to_owned());
    };
    fn firsts(t: &[(&'static str, u32)]) -> Vec<&'static str> {
        t.iter().map(|(p, _)| *p).collect()
    }
    for p in firsts(lexicon::SMALL_NUMBERS)
        .into_iter()
        .chain(firsts(lexicon::TENS))
        .chain(firsts(lexicon::MONTHS))
        .chain(firsts(lexicon::DAY_ORDINALS))
    {
        add(p);
    }
    for (p, _) in lexicon::SCALES
        .iter()
        .chain(lexicon::MORE_SCALES)
        .chain(lexicon::SCALE_ABBREVIATIONS)
        .chain(lexicon::DOZENS)
        .chain(lexicon::FRACTION_DENOMINATORS)
    {
        add(p);
    }
    for (p, _) in lexicon::WEEKDAYS
        .iter()
        .chain(lexicon::WEEKDAY_ABBREVIATIONS)
    {
        add(p);
    }
    for (p, _) in lexicon::SHIFT_WORDS.iter().chain(lexicon::DAY_WORDS) {
        add(p);
    }
    for (p, _) in lexicon::PART_WORDS {
        add(p);
    }
    for (p, _) in lexicon::RELATIONS {
        add(p);
    }
    for (p, _) in lexicon::QUALIFIERS
        .iter()
        .chain(lexicon::POSTFIX_QUALIFIERS)
    {
        add(p);
    }
    for (p, _) in lexicon::CURRENCY_WORDS
        .iter()
        .chain(lexicon::CURRENCY_SYMBOLS)
        .chain(lexicon::POSTFIX_CURRENCY_SYMBOLS)
        .chain(lexicon::MILLION_CURRENCY_CODES)
        .chain(lexicon::CURRENCY_PREFIX_WORDS)
    {
        add(p);
    }
    for p in lexicon::VAGUE_DATES
        .iter()
        .chain(lexicon::RANGE_JOINERS)
        .chain(lexicon::MEASURES)
        .chain(lexicon::ORDINAL_WORDS)
        .chain(lexicon::LABEL_WORDS)
        .chain(lexicon::STREET_WORDS)
        .chain(lexicon::BRAND_WORDS)
        .chain(lexicon::CHANGE_VERBS)
        .chain(lexicon::FIXED_EXPRESSIONS)
        .chain(lexicon::SPACED_DOLLAR_PREFIXES)
    {
        add(p);
    }
    for input in conformance_inputs() {
        for w in input.split_whitespace() {
            add(w);
        }
    }
    words.into_iter().collect()
}

fn vocabulary_cached() -> &'static [String] {
    static WORDS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    WORDS.get_or_init(vocabulary)
}

/// Random sentences of known words, figures and punctuation, in any case.
fn lexicon_text() -> impl Strategy<Value = String> {
    let n = vocabulary_cached().len();
    let token = prop_oneof![
        6 => (0..n, 0u8..4).prop_map(|(k, case)| {
            let w = vocabulary_cached().get(k).cloned().unwrap_or_default();
            match case {
                0 => w.to_uppercase(),
                1 => {
                    let mut c = w.chars();
                    c.next()
                        .map(|f| f.to_uppercase().chain(c).collect())
                        .unwrap_or_default()
                }
                _ => w,
            }
        }),
        2 => "[0-9]{1,4}",
        1 => "[0-9]{1,2}[/.-][0-9]{1,2}([/.-][0-9]{2,4})?",
        1 => prop_oneof![
            Just("the".to_owned()),
            Just("a".to_owned()),
            Just("of".to_owned()),
            Just("and".to_owned()),
            Just("ago".to_owned()),
            Just("weeks".to_owned()),
            Just("year".to_owned()),
            Just("$".to_owned()),
            Just("%".to_owned()),
            Just("-".to_owned()),
            Just(",".to_owned()),
            Just(".".to_owned()),
            Just("'s".to_owned()),
        ],
    ];
    let sep = prop_oneof![
        8 => Just(" "),
        1 => Just(""),
        1 => Just(", "),
        1 => Just("-"),
        1 => Just(". "),
    ];
    prop::collection::vec((token, sep), 1..14).prop_map(|v| {
        v.into_iter()
            .map(|(t, s)| format!("{t}{s}"))
            .collect::<String>()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2048))]

    #[test]
    fn random_lexicon_text(text in lexicon_text()) {
        let doc = text_doc("random", text);
        for options in all_options() {
            let d = difference(&doc, &options);
            prop_assert!(d.is_none(), "{}", d.unwrap_or_default());
        }
    }

    #[test]
    fn random_news_text(text in crate::extract::proptests::newsish()) {
        let doc = text_doc("newsish", text);
        let d = difference(&doc, &ExtractOptions::default());
        prop_assert!(d.is_none(), "{}", d.unwrap_or_default());
    }
}
