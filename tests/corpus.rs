//! The dev corpus (`../shared/corpus`, or `$LEDE_CORPUS`): every page is cleaned without
//! error, and no sentence of Readability's reference text that the page shows is lost.
//! Skips cleanly when the corpus is absent.

use std::fs;
use std::path::{Path, PathBuf};

use lede::Options;

fn corpus(sub: &str) -> Option<Vec<PathBuf>> {
    let root = std::env::var_os("LEDE_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"));
    let dir = root.join(sub);
    let mut pages: Vec<PathBuf> = fs::read_dir(&dir)
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("source.html").is_file())
        .collect();
    pages.sort();
    Some(pages)
}

fn visible(html: &str) -> String {
    lede::text::visible_text(&lede::html::scan::scan(html, 1 << 16).expect("scan"))
}

#[test]
fn readability_corpus_loses_no_sentence() {
    let Some(pages) = corpus("readability") else {
        eprintln!("skipped: corpus not found");
        return;
    };
    let mut lost = Vec::new();
    for page in &pages {
        let source = fs::read(page.join("source.html")).unwrap();
        let cleaned = lede::clean(&source, &Options::default()).unwrap_or_else(|e| panic!("{}: {e}", page.display()));
        let Ok(expected) = fs::read_to_string(page.join("expected.html")) else { continue };
        let before = visible(&lede::html::decode::decode(&source, None).text);
        let after = visible(&cleaned.html);
        for s in lede::text::lost_sentences(&visible(&expected), &before, &after) {
            lost.push(format!("{}: {s}", page.file_name().unwrap().to_string_lossy()));
        }
    }
    assert!(lost.is_empty(), "{} sentence(s) lost:\n{}", lost.len(), lost.join("\n"));
}

#[test]
fn german_corpus_cleans_and_lists_what_it_removed() {
    let Some(pages) = corpus("extra-de") else {
        eprintln!("skipped: corpus not found");
        return;
    };
    for page in &pages {
        let source = fs::read(page.join("source.html")).unwrap();
        let cleaned = lede::clean(&source, &Options::default()).unwrap_or_else(|e| panic!("{}: {e}", page.display()));
        for r in &cleaned.report.removed {
            eprintln!("{}: {:?} {} {:?}", page.file_name().unwrap().to_string_lossy(), r.kind, r.rule, r.text);
        }
    }
}
