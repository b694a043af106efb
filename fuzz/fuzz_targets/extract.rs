//! Document loading + extraction on arbitrary bytes, as Text and Markdown.
//! Every claim span must lie within the text, on char boundaries.
#![no_main]

use factlint::document::{Document, Format};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for format in [Format::Text, Format::Markdown] {
        let Ok(doc) = Document::from_bytes("fuzz.txt", data, format, None) else {
            continue;
        };
        assert_eq!(doc.text.len(), doc.prose.len(), "prose must keep offsets");
        for claim in factlint::extract::extract(&doc) {
            let span = claim.span;
            assert!(span.start <= span.end, "inverted span {span:?}");
            assert!(span.end <= doc.text.len(), "span {span:?} past end");
            assert!(doc.text.is_char_boundary(span.start), "start {span:?}");
            assert!(doc.text.is_char_boundary(span.end), "end {span:?}");
            let _ = doc.position(span.start);
            let _ = doc.position(span.end);
        }
    }
});
