//! Extraction on large structured inputs: a short unit from the fuzzer,
//! repeated into a document of up to 256 KiB between a prefix and a
//! suffix, read on a thread with a small stack.
//!
//! libFuzzer's inputs stay small, and small inputs never reach the sizes
//! where a recursion per token overflows the stack ("1-1-1-…", "1 million
//! 1 million …") or a rescan per token makes the scan quadratic ("0 1 2 3
//! …", "next week next week …"); a repeated unit does (issue 13). A stack
//! overflow aborts, and `-timeout` (scripts/fuzz.sh gives 10 s) reports a
//! scan that is not linear.
#![no_main]

use factlint::document::{Document, Format};
use libfuzzer_sys::fuzz_target;

/// Half the 2 MiB stack of a rayon worker, which checks documents: a
/// recursion that follows the input shows at once.
const STACK: usize = 1 << 20;

/// The largest document built, in bytes.
const MAX_LEN: usize = 256 << 10;

fuzz_target!(|data: &[u8]| {
    // One byte of settings, then `prefix NUL unit NUL suffix`.
    let Some((&settings, rest)) = data.split_first() else {
        return;
    };
    let mut parts = rest.splitn(3, |&b| b == 0);
    let prefix = parts.next().unwrap_or_default().to_vec();
    let unit = parts.next().unwrap_or_default().to_vec();
    let suffix = parts.next().unwrap_or_default().to_vec();
    if unit.is_empty() {
        return;
    }
    // Sizes from 2 KiB to MAX_LEN, so that a growth shows between runs.
    let len = MAX_LEN >> (settings & 7);
    let format = if settings & 8 == 0 {
        Format::Text
    } else {
        Format::Markdown
    };
    let mut text = Vec::with_capacity(prefix.len() + len + suffix.len());
    text.extend_from_slice(&prefix);
    while text.len() < prefix.len() + len {
        text.extend_from_slice(&unit);
    }
    text.extend_from_slice(&suffix);
    let reader = std::thread::Builder::new()
        .stack_size(STACK)
        .spawn(move || {
            let Ok(doc) = Document::from_bytes("runs.txt", &text, format, None) else {
                return;
            };
            assert_eq!(doc.text.len(), doc.prose.len(), "prose must keep offsets");
            let mut last_start = 0;
            for claim in factlint::extract::extract(&doc) {
                let span = claim.span;
                assert!(span.start <= span.end, "inverted span {span:?}");
                assert!(span.end <= doc.text.len(), "span {span:?} past end");
                assert!(span.start >= last_start, "claims out of order at {span:?}");
                assert!(doc.text.is_char_boundary(span.start), "start {span:?}");
                assert!(doc.text.is_char_boundary(span.end), "end {span:?}");
                last_start = span.start;
            }
        })
        .expect("spawn the reading thread");
    reader.join().expect("reading the document panicked");
});
