//! Figures for the cleanup: removed items by kind (fixtures and corpus), sentences lost on the
//! corpus, and the speed of `clean` (median ms per page, MB/s) over the dev corpus.
//!
//! Run with `./build.sh bench` or `cargo run --profile native --example bench_clean`.
//! The corpus is read from `$LEDE_CORPUS` or `../shared/corpus`; without it only the fixtures
//! are counted.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::Instant;

use lede::Options;

fn pages(dir: &Path, file: &str) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.join(file).is_file()).collect())
        .unwrap_or_default();
    out.sort();
    out
}

fn visible(html: &str) -> String {
    lede::html::scan::scan(html, 1 << 16).map(|o| lede::text::visible_text(&o)).unwrap_or_default()
}

fn count_kinds(counts: &mut BTreeMap<String, usize>, report: &lede::Report) {
    for r in &report.removed {
        let kind = serde_json::to_value(r.kind).ok().and_then(|v| v.as_str().map(String::from)).unwrap_or_default();
        *counts.entry(kind).or_default() += 1;
    }
}

fn print_counts(title: &str, pages: usize, counts: &BTreeMap<String, usize>) {
    println!("{title}: {pages} pages");
    for (kind, n) in counts {
        println!("  {kind:<22} {n}");
    }
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let options = Options::default();

    let fixtures = pages(&root.join("tests/fixtures"), "input.html");
    let mut counts = BTreeMap::new();
    for dir in &fixtures {
        let input = fs::read(dir.join("input.html")).expect("fixture");
        count_kinds(&mut counts, &lede::analyze(&input, &options).expect("fixture cleans"));
    }
    print_counts("fixtures", fixtures.len(), &counts);

    let corpus = std::env::var_os("LEDE_CORPUS").map(PathBuf::from).unwrap_or_else(|| root.join("../shared/corpus"));
    let mut all: Vec<PathBuf> = pages(&corpus.join("readability"), "source.html");
    all.extend(pages(&corpus.join("extra-de"), "source.html"));
    if all.is_empty() {
        println!("corpus not found at {}: skipped", corpus.display());
        return;
    }
    let mut counts = BTreeMap::new();
    let (mut lost, mut ms, mut bytes, mut total_s) = (0usize, Vec::new(), 0usize, 0f64);
    for page in &all {
        let input = fs::read(page.join("source.html")).expect("page");
        let cleaned = lede::clean(&input, &options).expect("page cleans");
        count_kinds(&mut counts, &cleaned.report);
        if let Ok(expected) = fs::read_to_string(page.join("expected.html")) {
            let before = visible(&lede::html::decode::decode(&input, None).text);
            lost += lede::text::lost_sentences(&visible(&expected), &before, &visible(&cleaned.html)).len();
        }
        // Median of five timed runs after the warm-up above.
        let mut runs: Vec<f64> = (0..5)
            .map(|_| {
                let t = Instant::now();
                let _ = std::hint::black_box(lede::clean(&input, &options));
                t.elapsed().as_secs_f64()
            })
            .collect();
        runs.sort_by(f64::total_cmp);
        ms.push(runs[2] * 1e3);
        total_s += runs[2];
        bytes += input.len();
    }
    print_counts("corpus (readability + extra-de)", all.len(), &counts);
    println!("sentences of expected.html lost: {lost}");
    ms.sort_by(f64::total_cmp);
    println!(
        "clean: median {:.2} ms/page, p90 {:.2} ms, max {:.2} ms, {:.1} MB/s over {:.1} MB",
        ms[ms.len() / 2],
        ms[ms.len() * 9 / 10],
        ms[ms.len() - 1],
        bytes as f64 / 1e6 / total_s,
        bytes as f64 / 1e6
    );
}
