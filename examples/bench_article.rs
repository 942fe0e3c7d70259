//! Times decode + scan + article (`lede::article`) over the Readability pages.
//!
//! `cargo run --profile native --example bench_article [-- ROUNDS] [--scan-only]`; skips without the corpus.

use std::path::PathBuf;
use std::time::Instant;

fn main() {
    let rounds: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(5);
    let scan_only = std::env::args().any(|a| a == "--scan-only");
    let root = std::env::var_os("LEDE_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"));
    let Ok(entries) = std::fs::read_dir(root.join("readability")) else {
        println!("bench_article: corpus not found; skipping");
        return;
    };
    let pages: Vec<Vec<u8>> =
        entries.filter_map(|e| e.ok()).filter_map(|e| std::fs::read(e.path().join("source.html")).ok()).collect();
    let options = lede::Options::default();
    let mut per_page = vec![f64::INFINITY; pages.len()];
    for _ in 0..rounds {
        for (i, page) in pages.iter().enumerate() {
            let t = Instant::now();
            if scan_only {
                let d = lede::html::decode::decode(page, None);
                std::hint::black_box(lede::html::scan::scan(&d.text, options.chunk_size).ok());
            } else {
                std::hint::black_box(lede::article(page, &options).ok());
            }
            per_page[i] = per_page[i].min(t.elapsed().as_secs_f64() * 1000.0);
        }
    }
    per_page.sort_by(f64::total_cmp);
    let total: f64 = per_page.iter().sum();
    println!(
        "{} pages: median {:.3} ms, total {:.1} ms (best of {rounds})",
        pages.len(),
        per_page[pages.len() / 2],
        total
    );
}
