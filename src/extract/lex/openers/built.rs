//! The openers `build.rs` writes into the lexicon (`BUILT_OPENERS`, read
//! from `lex/openers.txt`) are the ones the grammars give
//! ([`word_openers`]), for every word of the lexicon: so a run looks each
//! word's openers up instead of working them out (a few date claims and a
//! duration test per word, the first time it is met).
//!
//! After a change to a grammar or to a vocabulary, write the table anew:
//!
//! ```sh
//! FACTLINT_WRITE_OPENERS=1 cargo test --release --lib built_openers
//! ```

use super::{vocabulary, word_openers, KNOWN};

/// The table's file.
const TABLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/src/extract/lex/openers.txt");

#[test]
fn built_openers_are_the_grammars() {
    let worked_out: Vec<(&str, u8)> = vocabulary::ENTRIES
        .iter()
        .map(|(w, _)| (*w, word_openers(w)))
        .collect();
    if std::env::var_os("FACTLINT_WRITE_OPENERS").is_some() {
        let mut text = String::from(
            "# The grammars each word of the lexicon opens (lex::openers::word_openers),\n\
             # read by build.rs. Written by a test: see src/extract/lex/openers/built.rs.\n",
        );
        for (w, m) in &worked_out {
            text.push_str(&format!("{w} {m}\n"));
        }
        std::fs::write(TABLE, text).unwrap();
        return;
    }
    let stale: Vec<&str> = worked_out
        .iter()
        .zip(vocabulary::BUILT_OPENERS.iter())
        .filter(|((_, m), built)| **built & KNOWN == 0 || **built & !KNOWN != *m)
        .map(|((w, _), _)| *w)
        .collect();
    assert!(
        stale.is_empty(),
        "{} words of the lexicon have no openers or stale ones in {TABLE} ({:?} …): \
         write it anew with FACTLINT_WRITE_OPENERS=1 cargo test --release --lib built_openers",
        stale.len(),
        stale.iter().take(8).collect::<Vec<_>>()
    );
    assert_eq!(worked_out.len(), vocabulary::BUILT_OPENERS.len());
}
