//! Golden-file tests: every page under `tests/fixtures/<slug>/` is cleaned and compared with
//! its reviewed expectations.
//!
//! Per fixture:
//! - `input.html` → `cleaned.html` (exact) and `removed.json` (the report's `removed` list);
//! - every line of `sentences.txt` is in the cleaned page's visible text (nothing of the
//!   article lost) and in the article text (`lede::text`), every line of `gone.txt` is not,
//!   every line of `once.txt` occurs once;
//! - the article (metadata, lead, block kinds and texts) matches `article.json`;
//! - the result is the same when the parser is fed 1, 7 or 64 bytes at a time;
//! - cleaning is idempotent: `clean(clean(x)) == clean(x)`.
//!
//! `LEDE_BLESS=1 cargo test --test golden` rewrites `cleaned.html`, `removed.json` and `article.json`; review
//! the diff before committing it.

use std::fs;
use std::path::{Path, PathBuf};

use lede::Options;

fn fixtures() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut dirs: Vec<PathBuf> = fs::read_dir(&root)
        .expect("tests/fixtures exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("input.html").is_file())
        .collect();
    dirs.sort();
    assert!(dirs.len() >= 6, "expected at least six fixtures, found {}", dirs.len());
    dirs
}

fn lines(dir: &Path, name: &str) -> Vec<String> {
    fs::read_to_string(dir.join(name))
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(String::from)
        .collect()
}

fn visible_text(html: &str) -> String {
    let outline = lede::html::scan::scan(html, 4096).expect("scan");
    lede::text::visible_text(&outline)
}

fn golden(dir: &Path, name: &str, actual: &str, failures: &mut Vec<String>) {
    let path = dir.join(name);
    if std::env::var_os("LEDE_BLESS").is_some() {
        fs::write(&path, actual).expect("write golden file");
        return;
    }
    match fs::read_to_string(&path) {
        Ok(expected) if expected == actual => {}
        Ok(_) => {
            failures.push(format!("{} differs from the output (LEDE_BLESS=1 to review a new one)", path.display()))
        }
        Err(_) => failures.push(format!("{} is missing", path.display())),
    }
}

#[test]
fn fixtures_match_their_golden_files_and_keep_the_article() {
    let mut failures = Vec::new();
    for dir in fixtures() {
        let slug = dir.file_name().unwrap().to_string_lossy().to_string();
        let input = fs::read(dir.join("input.html")).unwrap();
        let cleaned = lede::clean(&input, &Options::default()).unwrap_or_else(|e| panic!("{slug}: {e}"));
        golden(&dir, "cleaned.html", &cleaned.html, &mut failures);
        let removed = serde_json::to_string_pretty(&cleaned.report.removed).unwrap() + "\n";
        golden(&dir, "removed.json", &removed, &mut failures);

        let text = visible_text(&cleaned.html);
        for s in lines(&dir, "sentences.txt") {
            if !text.contains(&s) {
                failures.push(format!("{slug}: article text lost: {s:?}"));
            }
        }
        // The article (what `lede text` prints) holds every article sentence too.
        let article_text = lede::text(&input, &Options::default()).unwrap();
        let article_flat = article_text.split_whitespace().collect::<Vec<_>>().join(" ");
        for s in lines(&dir, "sentences.txt") {
            if !article_flat.contains(&s) {
                failures.push(format!("{slug}: sentence missing from the article text: {s:?}"));
            }
        }
        let report = lede::analyze(&input, &Options::default()).unwrap();
        let a = &report.article;
        let article = serde_json::json!({
            "title": a.title,
            "byline": a.byline,
            "published": a.published,
            "site": a.site,
            "lang": a.lang,
            "lead": a.lead,
            "blocks": a.blocks,
        });
        golden(&dir, "article.json", &(serde_json::to_string_pretty(&article).unwrap() + "\n"), &mut failures);
        for g in lines(&dir, "gone.txt") {
            if text.contains(&g) {
                failures.push(format!("{slug}: clutter still there: {g:?}"));
            }
        }
        for o in lines(&dir, "once.txt") {
            let n = text.matches(o.as_str()).count();
            if n != 1 {
                failures.push(format!("{slug}: caption occurs {n} times, expected once: {o:?}"));
            }
        }
        for chunk_size in [1, 7, 64] {
            let opts = Options { chunk_size, ..Options::default() };
            let chunked = lede::clean(&input, &opts).unwrap();
            if chunked.html != cleaned.html || chunked.report.removed != cleaned.report.removed {
                failures.push(format!("{slug}: output differs with chunk size {chunk_size}"));
            }
        }
        let again = lede::clean(cleaned.html.as_bytes(), &Options::default()).unwrap();
        if again.html != cleaned.html {
            failures.push(format!("{slug}: clean is not idempotent (second pass removed {:?})", again.report.removed));
        }
    }
    assert!(failures.is_empty(), "{} problem(s):\n{}", failures.len(), failures.join("\n"));
}
