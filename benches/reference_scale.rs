//! How the number of facts changes the cost of a check.
//!
//! `cargo bench --bench reference_scale` generates a corpus of news-like
//! articles and reference data with 10,000 and 100,000 facts (fixed seed),
//! then times, in this process: loading and indexing the reference data,
//! extraction alone, and extraction + checking of the whole corpus on one
//! thread. Figures are printed, not asserted; the issue notes record them.

use std::time::Instant;

use factlint::check::check_document;
use factlint::document::{Document, Format};
use factlint::extract::extract;
use factlint::reference::load_sources;
use factlint::synth::{article, reference_yaml, Rng};

fn main() {
    let articles: usize = std::env::var("FACTLINT_BENCH_ARTICLES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2_000);
    let mut rng = Rng::new(42);
    let corpus: Vec<String> = (0..articles).map(|_| article(&mut rng, 3_000)).collect();
    let bytes: usize = corpus.iter().map(String::len).sum();
    let mb = bytes as f64 / 1e6;
    println!("corpus: {articles} articles, {mb:.1} MB");

    let docs: Vec<Document> = corpus
        .iter()
        .enumerate()
        .map(|(i, text)| {
            Document::from_text(
                &format!("a{i}.txt"),
                text.clone(),
                Format::Text,
                None,
                vec![],
            )
        })
        .collect();
    let t = Instant::now();
    let claims: usize = docs.iter().map(|d| extract(d).len()).sum();
    let extract_secs = t.elapsed().as_secs_f64();
    println!(
        "extract only: {claims} claims in {extract_secs:.3} s ({:.1} MB/s)",
        mb / extract_secs
    );

    for facts in [10_000usize, 100_000] {
        let yaml = reference_yaml(&mut Rng::new(facts as u64), facts);
        let t = Instant::now();
        let refs = match load_sources(&[("synth.yaml".to_owned(), yaml)]) {
            Ok(r) => r,
            Err(e) => {
                eprintln!("reference data did not load: {:?}", e.first());
                std::process::exit(2);
            }
        };
        let load_secs = t.elapsed().as_secs_f64();
        let t = Instant::now();
        let mut findings = 0;
        for d in &docs {
            let c = extract(d);
            findings += check_document(d, &c, &refs).len();
        }
        let check_secs = t.elapsed().as_secs_f64();
        println!(
            "{facts:>7} facts: load+index {load_secs:.3} s; extract+check {check_secs:.3} s ({:.1} MB/s), {findings} findings",
            mb / check_secs
        );
    }
}
