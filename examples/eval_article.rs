//! Evaluates the article finder and the metadata reader on the Readability test pages.
//!
//! `cargo run --profile native --example eval_article [-- --verbose]`
//!
//! Corpus: `$LEDE_CORPUS/readability/<page>/{source.html, expected.html, expected-metadata.json}`
//! (default `<crate root>/../shared/corpus`). Skips with a message when it is absent.
//!
//! - **Text:** word-level F1 (bag of lowercased words, counted with multiplicity) of `lede text`
//!   against the visible text of `expected.html` (Readability.js output: it keeps captions and
//!   drops the headline, so a perfect extractor of *our* kind scores slightly below 1).
//! - **Metadata:** accuracy of title, byline, lang, siteName and publishedTime over the pages
//!   whose expected metadata has the field. Titles match after whitespace/case folding, also
//!   when the expected title carries a " | Site" suffix that Lede removes by design; bylines match
//!   when one contains the other after dropping "By"; dates match on the calendar day.
//! - **Speed:** median milliseconds per page for decode + scan + article (`lede::article`),
//!   best of three runs per page.

use std::collections::HashMap;
use std::path::PathBuf;
use std::time::Instant;

use serde_json::Value;

fn main() {
    let verbose = std::env::args().any(|a| a == "--verbose" || a == "-v");
    let root = std::env::var_os("LEDE_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"));
    let dir = root.join("readability");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        println!("eval_article: corpus not found at {} (set LEDE_CORPUS); skipping", dir.display());
        return;
    };
    let mut pages: Vec<PathBuf> =
        entries.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.join("source.html").is_file()).collect();
    pages.sort();
    let options = lede::Options::default();
    let mut f1s = Vec::new();
    let mut times = Vec::new();
    let mut scan_times: Vec<(f64, f64, f64)> = Vec::new();
    let fields = ["title", "byline", "lang", "siteName", "publishedTime"];
    let mut meta: HashMap<&str, (usize, usize)> = HashMap::new();
    for page in &pages {
        let name = page.file_name().unwrap_or_default().to_string_lossy().to_string();
        let source = std::fs::read(page.join("source.html")).unwrap_or_default();
        let expected_html = std::fs::read_to_string(page.join("expected.html")).unwrap_or_default();
        let expected_text =
            lede::html::scan::scan(&expected_html, 1 << 16).map(|o| lede::text::visible_text(&o)).unwrap_or_default();
        let ours = lede::text(&source, &options).unwrap_or_default();
        let (ours_bag, expected_bag) = (words(&ours), words(&expected_text));
        let f1 = f1(&ours_bag, &expected_bag);
        if verbose && f1 < 0.9 {
            let n = |b: &HashMap<String, usize>| b.values().sum::<usize>();
            println!("  {name}: F1 {f1:.3} ({} words, expected {})", n(&ours_bag), n(&expected_bag));
        }
        f1s.push(f1);

        let mut best = f64::INFINITY;
        let mut article = None;
        for _ in 0..3 {
            let t = Instant::now();
            article = lede::article(&source, &options).ok();
            best = best.min(t.elapsed().as_secs_f64() * 1000.0);
        }
        times.push(best);
        if verbose {
            let t = Instant::now();
            let decoded = lede::html::decode::decode(&source, None);
            let outline = lede::html::scan::scan(&decoded.text, options.chunk_size).ok();
            let scan_ms = t.elapsed().as_secs_f64() * 1000.0;
            let t = Instant::now();
            if let Some(o) = &outline {
                let _ = lede::article::body::find(o);
            }
            let find_ms = t.elapsed().as_secs_f64() * 1000.0;
            let t = Instant::now();
            if let Some(o) = &outline {
                let _ = lede::article::meta::read(o);
            }
            scan_times.push((scan_ms, find_ms, t.elapsed().as_secs_f64() * 1000.0));
        }
        let article = lede::analyze(&source, &options).map(|r| r.article).ok().or(article).unwrap_or_default();
        let expected: Value = std::fs::read_to_string(page.join("expected-metadata.json"))
            .ok()
            .and_then(|s| serde_json::from_str(&s).ok())
            .unwrap_or(Value::Null);
        for field in fields {
            let Some(want) = expected.get(field).and_then(Value::as_str).filter(|s| !s.trim().is_empty()) else {
                continue;
            };
            let got = match field {
                "title" => article.title.as_deref(),
                "byline" => article.byline.as_deref(),
                "lang" => article.lang.as_deref(),
                "siteName" => article.site.as_deref(),
                _ => article.published.as_deref(),
            };
            let ok = got.is_some_and(|g| matches(field, g, want, article.site.as_deref()));
            let e = meta.entry(field).or_default();
            e.1 += 1;
            if ok {
                e.0 += 1;
            } else if verbose {
                println!("  {name}: {field}: got {got:?}, expected {want:?}");
            }
        }
    }
    if pages.is_empty() {
        println!("eval_article: no pages under {}; skipping", dir.display());
        return;
    }
    let mean = f1s.iter().sum::<f64>() / f1s.len() as f64;
    let below = f1s.iter().filter(|&&f| f < 0.5).count();
    times.sort_by(f64::total_cmp);
    let median = times[times.len() / 2];
    println!("pages: {}", pages.len());
    println!("text F1: mean {mean:.4}, pages below 0.5: {below}");
    for field in fields {
        let (ok, n) = meta.get(field).copied().unwrap_or_default();
        println!("{field}: {ok}/{n} = {:.3}", ok as f64 / n.max(1) as f64);
    }
    if verbose && !scan_times.is_empty() {
        let sum = scan_times.iter().fold((0.0, 0.0, 0.0), |a, t| (a.0 + t.0, a.1 + t.1, a.2 + t.2));
        println!("total ms: decode+scan {:.1}, find {:.1}, meta {:.1}", sum.0, sum.1, sum.2);
    }
    println!("decode+scan+article: median {median:.3} ms per page (max {:.3} ms)", times[times.len() - 1]);
}

/// Lowercased words (runs of letters and digits).
fn words(text: &str) -> HashMap<String, usize> {
    let mut bag = HashMap::new();
    for w in text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        *bag.entry(w.to_lowercase()).or_insert(0) += 1;
    }
    bag
}

/// F1 of two bags of words (1 when both are empty).
fn f1(ours: &HashMap<String, usize>, expected: &HashMap<String, usize>) -> f64 {
    let total = |b: &HashMap<String, usize>| b.values().sum::<usize>();
    let (n_ours, n_exp) = (total(ours), total(expected));
    if n_ours == 0 && n_exp == 0 {
        return 1.0;
    }
    let common: usize = ours.iter().map(|(w, &c)| c.min(expected.get(w).copied().unwrap_or(0))).sum();
    if common == 0 {
        return 0.0;
    }
    let p = common as f64 / n_ours as f64;
    let r = common as f64 / n_exp as f64;
    2.0 * p * r / (p + r)
}

fn fold(s: &str) -> String {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

fn matches(field: &str, got: &str, want: &str, site: Option<&str>) -> bool {
    match field {
        "title" => {
            let g = fold(got);
            g == fold(want) || g == fold(&lede::article::meta::strip_site(want, site))
        }
        "byline" => {
            let strip = |s: &str| {
                let f = fold(s);
                f.strip_prefix("by ").map(String::from).unwrap_or(f)
            };
            let (g, w) = (strip(got), strip(want));
            !g.is_empty() && (g == w || g.contains(&w) || w.contains(&g))
        }
        "publishedTime" => {
            let day = |s: &str| lede::article::meta::normalize_date(s).map(|d| d[..10].to_string());
            day(got).is_some() && day(got) == day(want)
        }
        "lang" => got.trim().eq_ignore_ascii_case(want.trim()),
        _ => fold(got) == fold(want),
    }
}
