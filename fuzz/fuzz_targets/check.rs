//! The whole check of an arbitrary article against the shipped `rules/`.
#![no_main]

use chrono::NaiveDate;
use factlint::check::{check_document_with, CheckOptions};
use factlint::document::{Document, Format};
use libfuzzer_sys::fuzz_target;

#[path = "shipped_rules.rs"]
mod shipped_rules;
use shipped_rules::refs;

fuzz_target!(|data: &[u8]| {
    // First byte picks the format and whether an article date is given, so
    // relative dates and stale-commitment checks are exercised too.
    let (flags, body) = data.split_first().map_or((0, data), |(f, b)| (*f, b));
    let format = if flags & 1 == 0 {
        Format::Text
    } else {
        Format::Markdown
    };
    let date = (flags & 2 != 0)
        .then(|| NaiveDate::from_ymd_opt(2024, 3, 15))
        .flatten();
    let mut opts = CheckOptions::default();
    if flags & 4 != 0 {
        opts.as_of = NaiveDate::from_ymd_opt(2025, 1, 1);
    }
    let Ok(doc) = Document::from_bytes("fuzz.md", body, format, date) else {
        return;
    };
    let claims = factlint::extract::extract(&doc);
    for f in check_document_with(&doc, &claims, refs(), &opts) {
        assert!(
            f.start <= f.end && f.end <= doc.text.len(),
            "finding span {f:?}"
        );
        assert!(doc.text.is_char_boundary(f.start) && doc.text.is_char_boundary(f.end));
    }
});
