//! Criterion benchmarks for the two hot paths, on synthetic prose (fixed
//! seed): extraction alone, and extraction + checking against 10,000 and
//! 100,000 facts. Throughput is reported in bytes of article text.
//!
//! `cargo bench --bench throughput`; whole-process figures beside grep come
//! from `benches/run.sh`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

use factlint::check::check_document;
use factlint::document::{Document, Format};
use factlint::extract::extract;
use factlint::reference::load_sources;
use factlint::synth::{article, reference_yaml, Rng};

fn corpus() -> Vec<Document> {
    let mut rng = Rng::new(42);
    (0..100)
        .map(|i| {
            Document::from_text(
                &format!("a{i}.txt"),
                article(&mut rng, 5_000),
                Format::Text,
                None,
                vec![],
            )
        })
        .collect()
}

fn bytes(docs: &[Document]) -> u64 {
    docs.iter().map(|d| d.text.len() as u64).sum()
}

fn extract_throughput(c: &mut Criterion) {
    let docs = corpus();
    let mut group = c.benchmark_group("extract");
    group.throughput(Throughput::Bytes(bytes(&docs)));
    group.sample_size(10);
    group.bench_function("synth_500kb", |b| {
        b.iter(|| docs.iter().map(|d| extract(d).len()).sum::<usize>())
    });
    group.finish();
}

fn check_throughput(c: &mut Criterion) {
    let docs = corpus();
    let mut group = c.benchmark_group("check");
    group.throughput(Throughput::Bytes(bytes(&docs)));
    group.sample_size(10);
    for facts in [10_000usize, 100_000] {
        let yaml = reference_yaml(&mut Rng::new(facts as u64), facts);
        let Ok(refs) = load_sources(&[("synth.yaml".to_owned(), yaml)]) else {
            eprintln!("synthetic reference data did not load");
            return;
        };
        group.bench_function(format!("synth_500kb_{facts}_facts"), |b| {
            b.iter(|| {
                docs.iter()
                    .map(|d| check_document(d, &extract(d), &refs).len())
                    .sum::<usize>()
            })
        });
    }
    group.finish();
}

fn load_throughput(c: &mut Criterion) {
    let yaml = reference_yaml(&mut Rng::new(100_000), 100_000);
    let mut group = c.benchmark_group("load");
    group.sample_size(10);
    group.bench_function("100000_facts", |b| {
        b.iter(|| {
            load_sources(&[("synth.yaml".to_owned(), yaml.clone())])
                .map(|r| r.facts.len())
                .unwrap_or(0)
        })
    });
    group.finish();
}

criterion_group!(
    benches,
    extract_throughput,
    check_throughput,
    load_throughput
);
criterion_main!(benches);
