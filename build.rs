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
    let openers = built_openers(Path::new(BUILT_OPENERS));
    table(&mut out, &lists, &openers);
    let dest = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("vocabulary.rs");
    std::fs::write(&dest, out).unwrap_or_else(|e| panic!("writing {}: {e}", dest.display()));
}

/// The grammars each word of the lexicon opens, as `lex::openers` works
/// them out (`word_openers`), written out by its test
/// (`lex/openers/built.rs`), which checks them against the grammars: read
/// here so that no run works them out again (each costs a few date claims).
const BUILT_OPENERS: &str = "src/extract/lex/openers.txt";

/// Marks an entry's openers known (`lex::openers::KNOWN`, a bit no word's
/// openers set).
const KNOWN: u8 = 16;

/// The words and openers of `path`: lines of a word and its openers, `#`
/// lines aside.
fn built_openers(path: &Path) -> std::collections::BTreeMap<String, u8> {
    println!("cargo:rerun-if-changed={}", path.display());
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let mut openers = std::collections::BTreeMap::new();
    for line in text.lines().filter(|l| !l.starts_with('#')) {
        let mut fields = line.split_whitespace();
        if let (Some(word), Some(mask)) = (fields.next(), fields.next()) {
            let mask: u8 = mask
                .parse()
                .unwrap_or_else(|e| panic!("{}: {line:?}: {e}", path.display()));
            assert!(mask & KNOWN == 0, "{}: {line:?}", path.display());
            openers.insert(word.to_owned(), mask);
        }
    }
    openers
}

/// The lexicon's words (every word of the three lists of up to
/// `MAX_WORD` bytes) with what is known of each from the lists alone:
/// `ENTRIES` (word and flags, sorted), `SLOT_KEYS`/`SLOT_ENTRIES` (an
/// open-addressed table of the short words' keys, probed from
/// `keys::slot` on; 0 is an empty slot) and `LONG_ENTRIES` (the longer
/// words, sorted, for a binary search).
fn table(
    out: &mut String,
    lists: &[BTreeSet<String>],
    openers: &std::collections::BTreeMap<String, u8>,
) {
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
    // Each entry's openers with `KNOWN` where the file has them; 0 where it
    // has none (a word new to the lexicon: worked out when met).
    let _ = writeln!(
        out,
        "pub(crate) static BUILT_OPENERS: [u8; {}] = [",
        all.len()
    );
    for w in &all {
        let built = openers.get(w.as_str()).map_or(0, |m| m | KNOWN);
        let _ = writeln!(out, "    {built},");
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
