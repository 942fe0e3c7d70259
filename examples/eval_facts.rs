//! Scores the facts extractor against the golden `tests/fixtures/<slug>/facts.json` files.
//!
//! Run from the crate root: `cargo run --release --example eval_facts` (add a slug to print
//! the extracted facts of one fixture as JSON: `… --example eval_facts -- presse-blinken`).
//! `-- --dir tests/facts-holdout` scores another directory of `<slug>/` folders instead — the
//! hold-out set was annotated without reading the extractor, so it is the honest figure.
//! Repeat `--dir` to score several sets together (`--dir A --dir B`).
//!
//! For now the article is built from the fixture's `sentences.txt` rather than through
//! `lede::analyze`, so the score measures the extractor alone: the first line is the heading,
//! short lines without final punctuation are subheadings, "Von …"/"By …" lines are the byline,
//! photo-credit lines ("Foto: dpa", "APA / AFP / Leah Millis") are caption blocks, every other
//! line is a paragraph. Language and publication date come from `meta.json`
//! (`{"lang": "de", "published": "2025-02-14"}`) when present, else from `input.html`
//! (`<html lang>`, `article:published_time`).
//!
//! Matching is by normalised text (lowercase letters and digits): names match when one is a
//! word-suffix or word-sequence inside the other ("Blinken" ~ "Antony Blinken"; places also when
//! the gazetteer resolves both to one place, "UK" ~ "United Kingdom"), dates,
//! numbers and quotes when one contains the other. A person's roles are right when a predicted
//! role and a golden role contain one another (or both are empty); a quote's speaker is right
//! when it matches the golden speaker as a name.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Instant;

use lede::article::{Article, Block, BlockKind};
use lede::facts::{extract, gazetteer_name, Facts};

fn norm(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.is_empty() && !out.ends_with(' ') {
            out.push(' ');
        }
    }
    out.trim_end().to_string()
}

/// `a` contains `b` at word boundaries.
fn contains_words(a: &str, b: &str) -> bool {
    !b.is_empty() && format!(" {a} ").contains(&format!(" {b} "))
}

fn name_match(a: &str, b: &str) -> bool {
    let (a, b) = (norm(a), norm(b));
    a == b || contains_words(&a, &b) || contains_words(&b, &a)
}

/// Places match as names, or when the gazetteer resolves both to one place ("UK" and
/// "United Kingdom", "U.S." and "United States").
fn place_match(a: &str, b: &str) -> bool {
    name_match(a, b) || gazetteer_name(a, "en").is_some_and(|x| gazetteer_name(b, "en").as_deref() == Some(x.as_str()))
}

fn text_match(a: &str, b: &str) -> bool {
    let (a, b) = (norm(a), norm(b));
    !a.is_empty() && !b.is_empty() && (a.contains(&b) || b.contains(&a))
}

fn is_credit(line: &str) -> bool {
    let markers = ["Foto:", "Fotos:", "Bild:", "Photo:", "Photo by", "©", "Credit:"];
    let punct =
        line.ends_with('.') || line.ends_with('!') || line.ends_with('?') || line.ends_with('“') || line.ends_with('"');
    markers.iter().any(|m| line.starts_with(m))
        || (line.contains('/') && !punct && line.split_whitespace().count() <= 8)
}

fn build(dir: &Path) -> Option<Article> {
    let sentences = fs::read_to_string(dir.join("sentences.txt")).ok()?;
    let html = String::from_utf8_lossy(&fs::read(dir.join("input.html")).unwrap_or_default()).into_owned();
    let attr = |key: &str| {
        html.find(key).and_then(|p| {
            let rest = &html[p + key.len()..];
            let q = rest.find('"')?;
            let rest = &rest[q + 1..];
            rest.find('"').map(|e| rest[..e].to_string())
        })
    };
    let meta: serde_json::Value =
        fs::read_to_string(dir.join("meta.json")).ok().and_then(|m| serde_json::from_str(&m).ok()).unwrap_or_default();
    let meta_str = |key: &str| meta.get(key).and_then(|v| v.as_str()).map(str::to_string);
    let lang = meta_str("lang").or_else(|| attr("<html lang="));
    let published =
        meta_str("published").or_else(|| attr("published_time\" content=")).map(|c| c.chars().take(10).collect());
    let mut blocks = Vec::new();
    let mut byline = None;
    for (i, line) in sentences.lines().map(str::trim).filter(|l| !l.is_empty()).enumerate() {
        let words = line.split_whitespace().count();
        let kind = if i == 0 {
            BlockKind::Heading
        } else if (line.starts_with("Von ") || line.starts_with("By ")) && words <= 8 {
            byline = Some(line.split_once(' ').map_or("", |x| x.1).to_string());
            continue;
        } else if is_credit(line) {
            BlockKind::Caption
        } else if words <= 10
            && !line.ends_with(['.', '!', '?', ':', '“', '"', '”'])
            && !line.chars().any(|c| c.is_ascii_digit())
        {
            BlockKind::Heading
        } else {
            BlockKind::Paragraph
        };
        blocks.push(Block { kind, text: line.to_string() });
    }
    let text = blocks.iter().map(|b| b.text.as_str()).collect::<Vec<_>>().join("\n\n");
    Some(Article {
        title: blocks.first().map(|b| b.text.clone()),
        byline,
        published,
        lang,
        text,
        blocks,
        ..Article::default()
    })
}

#[derive(Default, Clone, Copy)]
struct Score {
    pred: usize,
    pred_ok: usize,
    gold: usize,
    gold_ok: usize,
    /// (right, judged) for roles or speakers.
    extra_ok: usize,
    extra_n: usize,
}

impl Score {
    fn add(&mut self, o: Score) {
        self.pred += o.pred;
        self.pred_ok += o.pred_ok;
        self.gold += o.gold;
        self.gold_ok += o.gold_ok;
        self.extra_ok += o.extra_ok;
        self.extra_n += o.extra_n;
    }
    fn p(&self) -> f64 {
        if self.pred == 0 {
            1.0
        } else {
            self.pred_ok as f64 / self.pred as f64
        }
    }
    fn r(&self) -> f64 {
        if self.gold == 0 {
            1.0
        } else {
            self.gold_ok as f64 / self.gold as f64
        }
    }
    fn f1(&self) -> f64 {
        let (p, r) = (self.p(), self.r());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn score<P, G>(pred: &[P], gold: &[G], m: impl Fn(&P, &G) -> bool) -> Score {
    Score {
        pred: pred.len(),
        pred_ok: pred.iter().filter(|p| gold.iter().any(|g| m(p, g))).count(),
        gold: gold.len(),
        gold_ok: gold.iter().filter(|g| pred.iter().any(|p| m(p, g))).count(),
        ..Score::default()
    }
}

const CATEGORIES: [&str; 6] = ["people", "orgs", "places", "dates", "numbers", "quotes"];

fn evaluate(f: &Facts, g: &Facts, verbose: bool) -> [Score; 6] {
    let mut people = score(&f.people, &g.people, |p, g| name_match(&p.name, &g.name));
    for gp in &g.people {
        if let Some(pp) = f.people.iter().find(|p| name_match(&p.name, &gp.name)) {
            let ok = (gp.roles.is_empty() && pp.roles.is_empty())
                || gp.roles.iter().any(|gr| pp.roles.iter().any(|pr| text_match(gr, pr)));
            people.extra_n += 1;
            people.extra_ok += usize::from(ok);
            if !ok && verbose {
                println!("    role  {}: got {:?}, want {:?}", gp.name, pp.roles, gp.roles);
            }
        }
    }
    let orgs = score(&f.organizations, &g.organizations, |p, g| name_match(&p.name, &g.name));
    let places = score(&f.places, &g.places, |p, g| place_match(&p.name, &g.name));
    let dates = score(&f.dates, &g.dates, |p, g| text_match(&p.text, &g.text));
    let numbers = score(&f.numbers, &g.numbers, |p, g| text_match(&p.text, &g.text));
    let mut quotes = score(&f.quotes, &g.quotes, |p, g| text_match(&p.text, &g.text));
    for gq in &g.quotes {
        if let Some(pq) = f.quotes.iter().find(|p| text_match(&p.text, &gq.text)) {
            let ok = match (&pq.speaker, &gq.speaker) {
                (Some(a), Some(b)) => name_match(a, b),
                (None, None) => true,
                _ => false,
            };
            quotes.extra_n += 1;
            quotes.extra_ok += usize::from(ok);
            if !ok && verbose {
                println!(
                    "    speaker {:?}: got {:?}, want {:?}",
                    &gq.text.chars().take(30).collect::<String>(),
                    pq.speaker,
                    gq.speaker
                );
            }
        }
    }
    if verbose {
        let miss = |cat: &str, gold: Vec<&str>, pred: Vec<&str>, m: &dyn Fn(&str, &str) -> bool| {
            for g in &gold {
                if !pred.iter().any(|p| m(p, g)) {
                    println!("    missed {cat}: {g}");
                }
            }
            for p in &pred {
                if !gold.iter().any(|g| m(p, g)) {
                    println!("    extra  {cat}: {p}");
                }
            }
        };
        miss(
            "person",
            g.people.iter().map(|p| p.name.as_str()).collect(),
            f.people.iter().map(|p| p.name.as_str()).collect(),
            &name_match,
        );
        miss(
            "org",
            g.organizations.iter().map(|p| p.name.as_str()).collect(),
            f.organizations.iter().map(|p| p.name.as_str()).collect(),
            &name_match,
        );
        miss(
            "place",
            g.places.iter().map(|p| p.name.as_str()).collect(),
            f.places.iter().map(|p| p.name.as_str()).collect(),
            &place_match,
        );
        miss(
            "date",
            g.dates.iter().map(|p| p.text.as_str()).collect(),
            f.dates.iter().map(|p| p.text.as_str()).collect(),
            &text_match,
        );
        miss(
            "number",
            g.numbers.iter().map(|p| p.text.as_str()).collect(),
            f.numbers.iter().map(|p| p.text.as_str()).collect(),
            &text_match,
        );
        miss(
            "quote",
            g.quotes.iter().map(|p| p.text.as_str()).collect(),
            f.quotes.iter().map(|p| p.text.as_str()).collect(),
            &text_match,
        );
    }
    [people, orgs, places, dates, numbers, quotes]
}

fn fixtures_dir(rel: &str) -> PathBuf {
    let local = PathBuf::from(rel);
    if local.is_dir() {
        local
    } else {
        Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)
    }
}

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    // `--dir` may be given several times: the sets are scored together ("pooled").
    let mut roots = Vec::new();
    while let Some(i) = args.iter().position(|a| a == "--dir") {
        if i + 1 >= args.len() {
            args.remove(i);
            break;
        }
        roots.push(args.remove(i + 1));
        args.remove(i);
    }
    if roots.is_empty() {
        roots.push("tests/fixtures".to_string());
    }
    let only = args.into_iter().next();
    let verbose = std::env::var_os("EVAL_VERBOSE").is_some();
    let mut dirs: Vec<PathBuf> = roots
        .iter()
        .flat_map(|root| {
            fs::read_dir(fixtures_dir(root))
                .map(|r| r.filter_map(Result::ok).map(|e| e.path()).collect::<Vec<_>>())
                .unwrap_or_default()
        })
        .collect();
    dirs.sort();
    let mut total = [Score::default(); 6];
    let mut times = Vec::new();
    for dir in dirs {
        let slug = dir.file_name().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let Some(article) = build(&dir) else { continue };
        let facts = extract(&article);
        if only.as_deref().is_some_and(|o| o != slug) {
            continue;
        }
        if only.is_some() {
            println!("{}", serde_json::to_string_pretty(&facts).unwrap_or_default());
            return;
        }
        let Ok(gold) = fs::read_to_string(dir.join("facts.json")) else { continue };
        let gold: Facts = match serde_json::from_str(&gold) {
            Ok(g) => g,
            Err(e) => {
                println!("{slug}: bad facts.json: {e}");
                continue;
            }
        };
        if times.is_empty() {
            println!("{:<22}{}", "fixture", CATEGORIES.iter().map(|c| format!("{c:>15}")).collect::<String>());
        }
        // Timing: median of repeated runs.
        let mut runs: Vec<u128> = (0..50)
            .map(|_| {
                let t = Instant::now();
                let f = extract(&article);
                std::hint::black_box(f);
                t.elapsed().as_micros()
            })
            .collect();
        runs.sort_unstable();
        times.push(runs[runs.len() / 2]);
        if verbose {
            println!("{slug}:");
        }
        let s = evaluate(&facts, &gold, verbose);
        print!("{slug:<22}");
        for (t, x) in total.iter_mut().zip(s) {
            t.add(x);
            print!("  {:>4.2}/{:>4.2}/{:>4.2}", x.p(), x.r(), x.f1());
        }
        println!();
    }
    println!("\n{:<10} {:>6} {:>6} {:>6} {:>10}", "category", "P", "R", "F1", "right");
    for (c, s) in CATEGORIES.iter().zip(total) {
        let extra = if s.extra_n > 0 { format!("{}/{}", s.extra_ok, s.extra_n) } else { String::new() };
        println!("{c:<10} {:>6.2} {:>6.2} {:>6.2} {:>10}", s.p(), s.r(), s.f1(), extra);
    }
    println!("(right: people with correct roles; quotes with the right speaker)");
    times.sort_unstable();
    if let Some(m) = times.get(times.len() / 2) {
        println!("facts time per article: median {m} µs over {} fixtures", times.len());
    }
}
