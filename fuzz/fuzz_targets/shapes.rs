//! Large structured articles: the fuzz input is a recipe, not the article.
//!
//! libFuzzer's own inputs stay small (a few KB), so they never reach the
//! shapes that broke factlint in issue 13: a 28 KB "1-1-1-…" chain, 70 KB of
//! "1 million …", tables and lists of figures of a few hundred KB. Here each
//! three recipe bytes name a fragment of news text, a separator and a repeat
//! count (up to 16,384), and the expansion (capped at 1 MB) is checked as
//! text or Markdown against the shipped rules. A stack overflow aborts; a
//! quadratic path shows as a timeout: run with `-timeout=10` (scripts/fuzz.sh).
#![no_main]

use chrono::NaiveDate;
use factlint::check::{check_document_with, CheckOptions};
use factlint::document::{Document, Format};
use libfuzzer_sys::fuzz_target;

/// Pieces of the shapes real copy and pasted data take.
const FRAGMENTS: &[&str] = &[
    "1",
    "-",
    "1 million",
    "$1 million",
    "2 thousand",
    "3 hundred",
    "next week",
    "<!--",
    "| Italy in Iraq | 800 troops |",
    "Italy has 800 troops in Iraq",
    "between 1 and 2",
    "by June 2022",
    "45% said yes",
    "on Monday",
    "over 800 units",
    "10.0.0.1",
    "1999",
    "eight million people",
    "twenty-one",
    "Q2 2022",
    "mid-2022",
    "rose from 10 to 15, a 40% increase",
    "30 of 120 clinics (40%)",
    "doubled from 10 to 30",
    ">",
    "<div>",
    "```",
    "[",
    "(",
    "*",
    "Monday, June 29, 2021",
    "February 30",
    "in the fall of 2021",
    "a dozen",
    "half a million",
    "about nearly over",
    "US$240m",
    "€40m",
    "and",
    "---",
    "zone7",
    "two hundred and fifty thousand",
    "12.5",
    "1,000,000",
    "from May to July",
    "the committee will meet",
];

const SEPARATORS: &[&str] = &["", " ", "\n", ", ", "; ", "-", " and ", " | ", ". ", "\r\n"];

const MAX_BYTES: usize = 1 << 20;

#[path = "shipped_rules.rs"]
mod shipped_rules;
use shipped_rules::refs;

/// Expands a recipe: each (fragment, separator+count, count) triple appends
/// `fragment separator` as many times as it says.
fn expand(recipe: &[u8]) -> String {
    let mut out = String::new();
    for step in recipe.chunks_exact(3) {
        let fragment = FRAGMENTS[usize::from(step[0]) % FRAGMENTS.len()];
        let separator = SEPARATORS[usize::from(step[1] & 0x0f) % SEPARATORS.len()];
        let count = (usize::from(step[1] >> 4) << 8 | usize::from(step[2])) * 4 + 1;
        for _ in 0..count {
            if out.len() + fragment.len() + separator.len() > MAX_BYTES {
                return out;
            }
            out.push_str(fragment);
            out.push_str(separator);
        }
    }
    out
}

fuzz_target!(|data: &[u8]| {
    let (flags, recipe) = data.split_first().map_or((0, data), |(f, b)| (*f, b));
    let format = if flags & 1 == 0 {
        Format::Text
    } else {
        Format::Markdown
    };
    let date = (flags & 2 != 0)
        .then(|| NaiveDate::from_ymd_opt(2021, 6, 29))
        .flatten();
    let text = expand(recipe);
    let Ok(doc) = Document::from_bytes("shapes.md", text.as_bytes(), format, date) else {
        return;
    };
    let claims = factlint::extract::extract(&doc);
    for f in check_document_with(&doc, &claims, refs(), &CheckOptions::default()) {
        assert!(
            f.start <= f.end && f.end <= doc.text.len(),
            "finding span {f:?}"
        );
    }
});
