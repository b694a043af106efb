//! Writes the grammars' vocabularies into the build, so that the lexer's
//! word table is made from lists, not by reading source text at run time
//! (see `src/extract/lex/literals.rs`).

#[allow(dead_code)]
#[path = "src/extract/lex/literals.rs"]
mod literals;

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let root = Path::new("src/extract");
    println!("cargo:rerun-if-changed=src/extract/lex/literals.rs");
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
    for (name, files) in [
        ("DATE_WORDS", literals::DATE_SOURCES),
        ("QUANTITY_WORDS", literals::QUANTITY_SOURCES),
        ("OPENER_WORDS", literals::OPENER_SOURCES),
    ] {
        let texts = read(files);
        let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
        let words = literals::vocabulary(&texts, &lexicon);
        let _ = writeln!(out, "pub(crate) const {name}: &[&str] = &[");
        for w in words {
            let _ = writeln!(out, "    {w:?},");
        }
        let _ = writeln!(out, "];");
    }
    let dest = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("vocabulary.rs");
    std::fs::write(&dest, out).unwrap_or_else(|e| panic!("writing {}: {e}", dest.display()));
}
