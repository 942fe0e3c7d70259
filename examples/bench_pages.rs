//! Native per-page timing of `lede::clean`, for comparing with the wasm build
//! (`node tests/e2e/bench_wasm.mjs` runs this and the same pages through wasm in Node).
//!
//! `cargo run --release --example bench_pages -- [--json] [FILE...]`: each page is cleaned once
//! to warm up, then `RUNS` times; the median and the minimum are printed in milliseconds. Without files it
//! uses the corpus `/work/shared/corpus/readability/*/source.html` (or `LEDE_CORPUS`), and
//! does nothing when that is absent.

use std::time::Instant;

const RUNS: usize = 5;

fn main() {
    let mut json = false;
    let mut files: Vec<String> = Vec::new();
    for a in std::env::args().skip(1) {
        if a == "--json" {
            json = true;
        } else {
            files.push(a);
        }
    }
    if files.is_empty() {
        let dir = std::env::var("LEDE_CORPUS").unwrap_or_else(|_| "/work/shared/corpus/readability".into());
        let Ok(entries) = std::fs::read_dir(&dir) else {
            eprintln!("bench_pages: no corpus at {dir}: nothing to measure");
            return;
        };
        files = entries
            .filter_map(|e| e.ok())
            .map(|e| e.path().join("source.html"))
            .filter(|p| p.is_file())
            .map(|p| p.display().to_string())
            .collect();
        files.sort();
    }
    let options = lede::Options::default();
    let mut medians = Vec::new();
    for f in &files {
        let Ok(bytes) = std::fs::read(f) else { continue };
        let _ = lede::clean(&bytes, &options);
        let mut times: Vec<f64> = (0..RUNS)
            .map(|_| {
                let t = Instant::now();
                let _ = std::hint::black_box(lede::clean(&bytes, &options));
                t.elapsed().as_secs_f64() * 1e3
            })
            .collect();
        times.sort_by(f64::total_cmp);
        let median = times[RUNS / 2];
        medians.push(median);
        if json {
            let min = times[0];
            println!("{{\"file\":{:?},\"bytes\":{},\"ms\":{median:.4},\"min\":{min:.4}}}", f, bytes.len());
        }
    }
    if !json && !medians.is_empty() {
        let total: f64 = medians.iter().sum();
        medians.sort_by(f64::total_cmp);
        println!("{} pages: total {total:.1} ms, median page {:.3} ms", medians.len(), medians[medians.len() / 2]);
    }
}
