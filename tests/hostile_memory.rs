//! A 50 MB page: cleaned in bounded time, with peak memory a small multiple of the input.
//!
//! Its own test binary (one test), so the process's high-water mark (`VmHWM` in
//! `/proc/self/status`) is this page's. Skips the memory check where `/proc` is missing.
//!
//! Ignored in the default (debug) run, where it takes minutes; `build.sh test` runs it as
//! `cargo test --release --test hostile_memory -- --ignored`.

use std::time::Instant;

use lede::Options;

/// Peak resident memory of this process in bytes, if the OS tells.
fn peak_rss() -> Option<usize> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: usize = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

/// A news-like page of about `size` bytes: paragraphs, figures with duplicate captions, tool
/// lists with print links and banners, repeated.
fn big_page(size: usize) -> String {
    let mut page = String::with_capacity(size + 4096);
    page.push_str("<!DOCTYPE html><html><head><meta charset=utf-8><title>Big</title></head><body><article>");
    let mut i = 0usize;
    while page.len() < size {
        page.push_str(&format!(
            "<section><h2>Part {i}</h2><p>Paragraph {i}: the harbour authority confirmed on Tuesday that the old pier will reopen in May, after two years of repairs.</p>\
             <figure><div class=overlay><p>Photo {i} shows the pier at dawn.</p></div><img src=p{i}.jpg><figcaption>Photo {i} shows the pier at dawn.<span class=credit>Foto: dpa</span></figcaption></figure>\
             <ul class=tools><li><a href=\"javascript:window.print()\">Drucken</a></li></ul>\
             <div class=notice><p>Your browser is not supported.</p><button>OK</button></div></section>\n"
        ));
        i += 1;
    }
    page.push_str("</article></body></html>");
    page
}

#[test]
#[ignore = "slow in debug builds: run with --release -- --ignored"]
fn fifty_megabyte_page_in_bounded_time_and_memory() {
    let page = big_page(50 << 20);
    let before = peak_rss();
    let start = Instant::now();
    let cleaned = lede::clean(page.as_bytes(), &Options::default()).expect("clean 50 MB");
    let took = start.elapsed();
    let peak = peak_rss();
    let sections = page.matches("<section>").count();
    assert_eq!(cleaned.report.removed.len(), sections * 3, "overlay, print list and banner of every section");
    assert!(
        cleaned.html.contains("Paragraph 0: the harbour")
            && cleaned.html.contains(&format!("Paragraph {}:", sections - 1))
    );
    assert!(!cleaned.html.contains("Your browser is not supported"));
    let mb = |b: usize| b as f64 / (1 << 20) as f64;
    eprintln!(
        "50 MB page: {:.1} MB, {} elements, {} removed, {:.2} s, peak RSS {} (before clean {})",
        mb(page.len()),
        cleaned.report.stats.elements,
        cleaned.report.removed.len(),
        took.as_secs_f64(),
        peak.map_or("n/a".into(), |p| format!("{:.0} MB = {:.1}x input", mb(p), p as f64 / page.len() as f64)),
        before.map_or("n/a".into(), |p| format!("{:.0} MB", mb(p))),
    );
    if let Some(peak) = peak {
        // Input, decoded copy, outline (text + tables), output: a small multiple.
        assert!(peak <= page.len() * 8, "peak RSS {:.0} MB for a {:.0} MB page", mb(peak), mb(page.len()));
    }
}
