//! Write a synthetic benchmark corpus and reference data (fixed seed).
//!
//! `cargo run --release --example gen_corpus -- files DIR COUNT BYTES_EACH`
//! writes COUNT article files of about BYTES_EACH bytes under DIR;
//! `… -- file PATH BYTES` writes one article of about BYTES bytes;
//! `… -- refs PATH FACTS` writes reference data with FACTS facts;
//! `… -- refs-padded PATH FACTS MATCHING` writes FACTS facts of which only
//! the MATCHING of `refs PATH MATCHING` can match an article.

use std::io::Write;

use factlint::synth::{article, reference_yaml, reference_yaml_padded, Rng};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let arg = |i: usize| args.get(i).cloned().unwrap_or_default();
    let num = |i: usize| arg(i).parse::<usize>().unwrap_or(0);
    let result = match arg(0).as_str() {
        "files" => files(&arg(1), num(2), num(3)),
        "file" => one_file(&arg(1), num(2)),
        "refs" => std::fs::write(arg(1), reference_yaml(&mut Rng::new(num(2) as u64), num(2))),
        "refs-padded" => std::fs::write(arg(1), reference_yaml_padded(num(2), num(3))),
        _ => {
            eprintln!(
                "usage: gen_corpus files DIR COUNT BYTES | file PATH BYTES | refs PATH FACTS | refs-padded PATH FACTS MATCHING"
            );
            std::process::exit(2);
        }
    };
    if let Err(e) = result {
        eprintln!("gen_corpus: {e}");
        std::process::exit(1);
    }
}

fn files(dir: &str, count: usize, bytes: usize) -> std::io::Result<()> {
    let mut rng = Rng::new(42);
    for i in 0..count {
        let sub = format!("{dir}/{:03}", i / 1000);
        std::fs::create_dir_all(&sub)?;
        std::fs::write(format!("{sub}/a{i:06}.txt"), article(&mut rng, bytes))?;
    }
    Ok(())
}

fn one_file(path: &str, bytes: usize) -> std::io::Result<()> {
    let mut rng = Rng::new(42);
    let mut out = std::io::BufWriter::new(std::fs::File::create(path)?);
    let mut written = 0;
    let mut first = true;
    while written < bytes {
        let mut a = article(&mut rng, 1 << 20);
        if !first {
            // Only the first article keeps its header date line.
            a = a.split_once("\n\n").map(|(_, b)| b.to_owned()).unwrap_or(a);
        }
        first = false;
        written += a.len();
        out.write_all(a.as_bytes())?;
    }
    out.flush()
}
