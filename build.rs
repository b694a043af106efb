//! Writes the grammars' vocabularies into the build, so that the lexer's
//! word table is made from lists, not by reading source text at run time
//! (see `src/extract/lex/literals.rs`), and lays the words out in the
//! table the lexer looks them up in (see `src/extract/lex/keys.rs`), so
//! that nothing is built when the program starts.

#[allow(dead_code)]
#[path = "src/extract/lex/literals.rs"]
mod literals;

#[allow(dead_code)]
#[path = "src/extract/lex/keys.rs"]
mod keys;

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::Path;

/// The longest word the lexicon looks up (`lex::openers::MAX_WORD`).
const MAX_WORD: usize = 32;

fn main() {
    let root = Path::new("src/extract");
    println!("cargo:rerun-if-changed=src/extract/lex/literals.rs");
    println!("cargo:rerun-if-changed=src/extract/lex/keys.rs");
    let read = |files: &[&str]| -> Vec<String> {
        files
            .iter()
            .map(|f| {
                let path = root.join(f);
                println!("cargo:rerun-if-changed={}", path.display());
                std::fs::read_to_string(&path)
                    .unwrap_or_else(|e| panic!("reading {}: {e}", path.display()))
            })
            .collect()
    };
    let lexicon = read(literals::LEXICON_SOURCES);
    let lexicon: Vec<&str> = lexicon.iter().map(String::as_str).collect();
    let mut out = String::new();
    let mut lists: Vec<BTreeSet<String>> = Vec::new();
    for (name, files) in [
        ("DATE_WORDS", literals::DATE_SOURCES),
        ("QUANTITY_WORDS", literals::QUANTITY_SOURCES),
        ("OPENER_WORDS", literals::OPENER_SOURCES),
    ] {
        let texts = read(files);
        let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
        let words = literals::vocabulary(&texts, &lexicon);
        // The lists themselves are read by the tests alone.
        let _ = writeln!(out, "#[cfg(test)]\npub(crate) const {name}: &[&str] = &[");
        for w in &words {
            let _ = writeln!(out, "    {w:?},");
        }
        let _ = writeln!(out, "];");
        lists.push(words);
    }
    table(&mut out, &lists);
    let dest = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("vocabulary.rs");
    std::fs::write(&dest, out).unwrap_or_else(|e| panic!("writing {}: {e}", dest.display()));
}

/// The lexicon's words (every word of the three lists of up to
/// `MAX_WORD` bytes) with what is known of each from the lists alone:
/// `ENTRIES` (word and flags, sorted), `SLOT_KEYS`/`SLOT_ENTRIES` (an
/// open-addressed table of the short words' keys, probed from
/// `keys::slot` on; 0 is an empty slot) and `LONG_ENTRIES` (the longer
/// words, sorted, for a binary search).
fn table(out: &mut String, lists: &[BTreeSet<String>]) {
    let (dates, quantities) = (&lists[0], &lists[1]);
    let all: BTreeSet<&String> = lists
        .iter()
        .flatten()
        .filter(|w| w.len() <= MAX_WORD)
        .collect();
    let _ = writeln!(
        out,
        "pub(crate) static ENTRIES: [(&str, u8); {}] = [",
        all.len()
    );
    for w in &all {
        let mut flags = 0;
        if matches!(w.as_str(), "the" | "a" | "an") {
            flags |= 1;
        }
        if dates.contains(w.as_str()) || dates.contains(w.trim_end_matches('s')) {
            flags |= 2;
        }
        if quantities.contains(w.as_str()) {
            flags |= 4;
        }
        let _ = writeln!(out, "    ({w:?}, {flags}),");
    }
    let _ = writeln!(out, "];");
    let short: Vec<(usize, u128)> = all
        .iter()
        .enumerate()
        .filter_map(|(i, w)| keys::pack(w.as_bytes(), false).map(|k| (i, k)))
        .collect();
    // At most half full: a miss (most words of a text) stops at the
    // first or second slot.
    let mut bits = 4;
    while (1usize << bits) < 2 * short.len() {
        bits += 1;
    }
    let size = 1usize << bits;
    let mut slots = vec![(0u128, 0usize); size];
    for &(i, key) in &short {
        let mut s = keys::slot(key, bits);
        while slots[s].0 != 0 {
            s = (s + 1) & (size - 1);
        }
        slots[s] = (key, i);
    }
    let _ = writeln!(out, "pub(crate) const SLOT_BITS: u32 = {bits};");
    let _ = writeln!(out, "pub(crate) static SLOT_KEYS: [u128; {size}] = [");
    for (key, _) in &slots {
        let _ = writeln!(out, "    {key:#x},");
    }
    let _ = writeln!(out, "];");
    let _ = writeln!(out, "pub(crate) static SLOT_ENTRIES: [u16; {size}] = [");
    for (_, i) in &slots {
        let _ = writeln!(out, "    {i},");
    }
    let _ = writeln!(out, "];");
    let _ = writeln!(out, "pub(crate) static LONG_ENTRIES: &[(&str, u16)] = &[");
    for (i, w) in all.iter().enumerate() {
        if w.len() > keys::PACKED_MAX {
            let _ = writeln!(out, "    ({w:?}, {i}),");
        }
    }
    let _ = writeln!(out, "];");
}
