//! The no-loss invariant as a property: generated articles (de/en sentences, 3–12 paragraphs,
//! headings, a figure with caption and credit) wrapped in random clutter (browser banners in
//! several languages, print widgets in tool lists, duplicate captions, navigation, teasers,
//! footers) and random markup. Every article sentence must survive `clean` and `lede::text`;
//! the planted banners and print widgets must be gone in at least 90% of the pages.
//!
//! `LEDE_PROPERTY_ITERATIONS=5000 cargo test --release --test property` runs more pages; a
//! failure prints the seed, and `LEDE_PROPERTY_SEED=<seed>` replays one page.

use lede::Options;

mod common;
use common::Rng;

const EN_SUBJECTS: &[&str] = &[
    "The city council",
    "A spokeswoman for the ministry",
    "The regional court",
    "Local residents",
    "The harbour authority",
    "Several witnesses",
    "The new mayor",
    "An independent review",
];
const EN_VERBS: &[&str] =
    &["confirmed", "announced", "rejected", "questioned", "welcomed", "postponed", "criticised", "approved"];
const EN_OBJECTS: &[&str] = &[
    "the plan for a new bridge over the river",
    "the budget for the coming school year",
    "a proposal to close the old market hall",
    "the results of the water quality tests",
    "the decision to extend the tram line",
    "a report on rising rents in the centre",
    "the timetable for the railway repairs",
];
const EN_TAILS: &[&str] = &[
    "on Monday evening",
    "after a long debate",
    "without giving further details",
    "in a statement published on Friday",
    "despite protests outside the town hall",
    "at a press conference in the morning",
];
const DE_SUBJECTS: &[&str] = &[
    "Der Stadtrat",
    "Eine Sprecherin des Ministeriums",
    "Das Landgericht",
    "Die Anwohnerinnen und Anwohner",
    "Die Hafenbehörde",
    "Mehrere Zeugen",
    "Die neue Bürgermeisterin",
];
const DE_VERBS: &[&str] = &["bestätigte", "kündigte", "kritisierte", "begrüßte", "verschob", "prüfte", "genehmigte"];
const DE_OBJECTS: &[&str] = &[
    "den Plan für eine neue Brücke über den Fluss",
    "den Haushalt für das kommende Schuljahr",
    "die Schließung der alten Markthalle",
    "die Ergebnisse der Wasserproben",
    "die Verlängerung der Straßenbahnlinie",
    "den Bericht über steigende Mieten im Zentrum",
];
const DE_TAILS: &[&str] = &[
    "am Montagabend",
    "nach einer langen Debatte",
    "ohne weitere Einzelheiten zu nennen",
    "in einer Mitteilung vom Freitag",
    "trotz Protesten vor dem Rathaus",
];

/// A sentence with a serial number, so that every sentence of a page is unique.
fn sentence(rng: &mut Rng, german: bool, serial: usize) -> String {
    if german {
        format!(
            "{} {} {} {} (Nr. {serial}).",
            rng.pick(DE_SUBJECTS),
            rng.pick(DE_VERBS),
            rng.pick(DE_OBJECTS),
            rng.pick(DE_TAILS)
        )
    } else {
        format!(
            "{} {} {} {} (no. {serial}).",
            rng.pick(EN_SUBJECTS),
            rng.pick(EN_VERBS),
            rng.pick(EN_OBJECTS),
            rng.pick(EN_TAILS)
        )
    }
}

const BANNERS: &[&str] = &[
    "Dieser Browser wird nicht mehr unterstützt.",
    "Ihr Browser ist veraltet. Bitte aktualisieren Sie Ihren Browser.",
    "Your browser is not supported. Please update your browser.",
    "You are using an outdated browser. Upgrade your browser now.",
    "Votre navigateur n'est plus pris en charge.",
    "Tu navegador no es compatible. Actualiza tu navegador.",
    "Il tuo browser non è supportato.",
    "Uw browser wordt niet meer ondersteund.",
];

const BANNER_CLASSES: &[&str] = &["notice", "browser-warning", "outdated-browser", "alert top", "x9f3a"];

fn banner(rng: &mut Rng) -> (String, String) {
    let text = rng.pick(BANNERS).to_string();
    let class = rng.pick(BANNER_CLASSES);
    let html = match rng.below(3) {
        0 => format!("<div class=\"{class}\"><p>{text}</p><button>OK</button></div>"),
        1 => format!("<div class=\"{class}\"><span>{text}</span> <a href=\"https://browsehappy.com\">Chrome</a> <a href=#>Firefox</a></div>"),
        _ => format!("<p class=\"{class}\">{text}</p>"),
    };
    (html, text)
}

const PRINT_LABELS: &[&str] = &["Drucken", "Artikel drucken", "Print", "Print this article", "Imprimer", "Stampa"];

/// A tool list with one print widget among share links; returns the HTML and the print label.
fn tools(rng: &mut Rng) -> (String, String) {
    let label = rng.pick(PRINT_LABELS).to_string();
    let widget = match rng.below(4) {
        0 => format!("<a href=\"javascript:window.print()\">{label}</a>"),
        1 => format!("<button onclick=\"window.print()\">{label}</button>"),
        2 => format!("<a href=\"#\" data-action=\"print\">{label}</a>"),
        _ => format!("<a href=\"#\">• {label}</a>"),
    };
    let class = if rng.chance(50) { "tools" } else { "c-7d2e" };
    let html = format!(
        "<ul class=\"{class}\"><li><a href=\"/share/mail\">E-Mail</a></li><li>{widget}</li><li><a href=\"/share/x\">Teilen</a></li></ul>"
    );
    (html, label)
}

fn nav(rng: &mut Rng) -> String {
    let items: String = (0..rng.range(3, 8)).map(|i| format!("<li><a href=\"/s{i}\">Section {i}</a></li>")).collect();
    format!("<nav><ul>{items}</ul></nav>")
}

fn teasers(rng: &mut Rng) -> String {
    let items: String = (0..rng.range(2, 5))
        .map(|i| format!("<li><a href=\"/t{i}\"><h3>Teaser headline {i}</h3><p>Short teaser text {i}</p></a></li>"))
        .collect();
    format!("<aside class=\"more\"><ul>{items}</ul></aside>")
}

fn footer() -> String {
    "<footer><p>© 2024 Example News</p><a href=\"/imprint\">Imprint</a></footer>".to_string()
}

struct Page {
    html: String,
    sentences: Vec<String>,
    banners: Vec<String>,
    prints: Vec<String>,
}

fn page(seed: u64) -> Page {
    let mut rng = Rng(seed);
    let german = rng.chance(50);
    let mut serial = 0;
    let mut sentences = Vec::new();
    let mut body = String::new();
    let cls = |rng: &mut Rng, meaningful: &str| {
        if rng.chance(50) {
            meaningful.to_string()
        } else {
            format!("c{:x}", rng.next() & 0xFFFFFF)
        }
    };

    let headline = if german { "Neue Brücke für die Altstadt" } else { "A new bridge for the old town" };
    body.push_str(&format!("<h1>{headline}</h1>"));
    let paragraphs = rng.range(3, 12);
    let figure_at = rng.below(paragraphs);
    let (mut banners, mut prints) = (Vec::new(), Vec::new());
    let tools_at = rng.below(paragraphs + 1);
    for i in 0..paragraphs {
        if i == tools_at {
            let (html, label) = tools(&mut rng);
            body.push_str(&html);
            prints.push(label);
        }
        if i > 0 && rng.chance(25) {
            serial += 1;
            let h = sentence(&mut rng, german, serial);
            let h = h.trim_end_matches('.').to_string();
            body.push_str(&format!("<h2>{h}</h2>"));
            sentences.push(h);
        }
        let n = rng.range(2, 4);
        let mut p = String::new();
        for _ in 0..n {
            serial += 1;
            let s = sentence(&mut rng, german, serial);
            p.push_str(&s);
            p.push(' ');
            sentences.push(s);
        }
        let class = cls(&mut rng, "paragraph");
        body.push_str(&format!("<p class=\"{class}\">{}</p>", p.trim_end()));
        if i == figure_at {
            serial += 1;
            let caption = sentence(&mut rng, german, serial);
            let credit = rng.pick(&["Foto: dpa", "APA / AFP / Leah Millis", "Photo: Jane Doe/Reuters", "© Imago"]);
            let figclass = cls(&mut rng, "article-image");
            let fig = match rng.below(3) {
                // An overlay twin of the caption.
                0 => format!("<figure class=\"{figclass}\"><div class=\"overlay\"><p>{caption}</p></div><img src=\"a.jpg\" alt=\"\"><figcaption>{caption} <span class=\"credit\">{credit}</span></figcaption></figure>"),
                // Mobile and desktop twins.
                1 => format!("<div class=\"media-block {figclass}\"><img src=\"a.jpg\"><p class=\"m\">{caption}</p><p class=\"d\">{caption}<span class=\"credit\">{credit}</span></p></div>"),
                // One caption only.
                _ => format!("<figure><img src=\"a.jpg\"><figcaption>{caption} <small>{credit}</small></figcaption></figure>"),
            };
            body.push_str(&fig);
            sentences.push(caption);
        }
    }
    if tools_at == paragraphs {
        let (html, label) = tools(&mut rng);
        body.push_str(&html);
        prints.push(label);
    }
    let article = match rng.below(3) {
        0 => format!("<article class=\"{}\">{body}</article>", cls(&mut rng, "story")),
        1 => format!("<div class=\"{}\" itemprop=\"articleBody\">{body}</div>", cls(&mut rng, "article-body")),
        _ => format!("<main><div class=\"{}\">{body}</div></main>", cls(&mut rng, "content")),
    };
    // Clutter around the article, in random order.
    let mut around = vec![nav(&mut rng), teasers(&mut rng), footer()];
    for _ in 0..rng.range(1, 2) {
        let (html, text) = banner(&mut rng);
        around.push(html);
        banners.push(text);
    }
    let mut parts = vec![article];
    for part in around {
        let at = rng.below(parts.len() + 1);
        parts.insert(at, part);
    }
    let lang = if german { "de" } else { "en" };
    let html = format!(
        "<!DOCTYPE html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>{headline}</title></head><body>{}</body></html>",
        parts.concat()
    );
    Page { html, sentences, banners, prints }
}

fn visible(html: &str) -> String {
    lede::text::visible_text(&lede::html::scan::scan(html, 4096).expect("scan"))
}

#[test]
fn no_article_sentence_is_lost_and_planted_clutter_goes() {
    let iterations: u64 = std::env::var("LEDE_PROPERTY_ITERATIONS").ok().and_then(|v| v.parse().ok()).unwrap_or(500);
    let seeds: Vec<u64> = match std::env::var("LEDE_PROPERTY_SEED").ok().and_then(|v| v.parse().ok()) {
        Some(seed) => vec![seed],
        None => (0..iterations).map(|i| 0x1ED3_0000 + i).collect(),
    };
    let (mut pages, mut clean_pages) = (0usize, 0usize);
    let (mut planted, mut gone) = (0usize, 0usize);
    for &seed in &seeds {
        let page = page(seed);
        let cleaned = lede::clean(page.html.as_bytes(), &Options::default())
            .unwrap_or_else(|e| panic!("seed {seed}: clean failed: {e}"));
        let text = visible(&cleaned.html);
        let plain = lede::text(page.html.as_bytes(), &Options::default()).unwrap();
        let plain = plain.split_whitespace().collect::<Vec<_>>().join(" ");
        for s in &page.sentences {
            assert!(text.contains(s.as_str()), "seed {seed}: sentence lost by clean: {s:?}\n{}", cleaned.html);
            assert!(plain.contains(s.as_str()), "seed {seed}: sentence missing from lede::text: {s:?}\n{}", page.html);
        }
        pages += 1;
        let mut all_gone = true;
        for b in &page.banners {
            planted += 1;
            if text.contains(b.as_str()) {
                all_gone = false;
            } else {
                gone += 1;
            }
        }
        for label in &page.prints {
            planted += 1;
            // The label may also occur in article sentences? No: sentences never contain it.
            if text.contains(label.as_str()) {
                all_gone = false;
            } else {
                gone += 1;
            }
        }
        clean_pages += usize::from(all_gone);
    }
    let rate = clean_pages as f64 / pages as f64;
    eprintln!(
        "property: {pages} pages, every sentence kept; planted clutter removed: {gone}/{planted} items, \
         {clean_pages}/{pages} pages fully clean ({:.1}%)",
        rate * 100.0
    );
    if seeds.len() > 1 {
        assert!(rate >= 0.9, "only {:.1}% of the pages lost all planted clutter", rate * 100.0);
    }
}
