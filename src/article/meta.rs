//! Metadata: title, byline, publication date, site name, language and description.
//!
//! Read from, in order of trust: JSON-LD (`@graph`, arrays and nested objects; `author` as an
//! object, array or string), `<meta>` tags (Open Graph, Dublin Core, `article:*`, Parsely,
//! `name=author`, …), microdata (`itemprop`), the `<html lang>` attribute, `<time datetime>`,
//! byline elements and dates written in text ("04.06.2024, 14:05 Uhr", "9. März 2027",
//! "March 9, 2027"). Dates come out as ISO 8601.

use serde_json::Value;

use crate::outline::{AttrName, Outline};

/// Metadata of a page. Every field may be missing.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Meta {
    /// Headline without a " | Site" suffix.
    pub title: Option<String>,
    /// Authors' names, comma-separated.
    pub byline: Option<String>,
    /// Publication date-time, ISO 8601.
    pub published: Option<String>,
    /// Site name.
    pub site: Option<String>,
    /// BCP 47 language tag.
    pub lang: Option<String>,
    /// The page's own summary (`og:description`, `description`, JSON-LD `description`).
    pub description: Option<String>,
    /// JSON-LD `articleBody`, when the page gives one.
    pub article_body: Option<String>,
}

/// Reads the metadata of a page.
pub fn read(outline: &Outline) -> Meta {
    let tags = MetaTags::new(outline);
    let ld = JsonLd::new(outline);
    let site = ld
        .publisher
        .clone()
        .or_else(|| tags.get(&["og:site_name", "application-name", "al:ios:app_name", "twitter:app:name:iphone"]))
        .filter(|s| !s.is_empty() && s.len() <= 100);
    let h1s: Vec<String> =
        outline.ids().filter(|&i| outline.tag(i) == "h1" && outline.is_visible(i)).map(|i| outline.text(i)).collect();
    let title = pick_title(
        [
            ld.headline.clone(),
            tags.get(&[
                "dc:title",
                "dcterm:title",
                "dc.title",
                "og:title",
                "weibo:article:title",
                "weibo:webpage:title",
                "title",
                "twitter:title",
                "parsely-title",
            ]),
        ],
        &outline.title,
        &h1s,
        site.as_deref(),
    );
    let byline = ld
        .authors
        .clone()
        .or_else(|| {
            tags.get(&[
                "dc:creator",
                "dcterm:creator",
                "dc.creator",
                "author",
                "parsely-author",
                "article:author",
                "og:article:author",
                "sailthru.author",
            ])
        })
        .and_then(|a| clean_byline(&a));
    // An agency or newsroom credit is used only when the page names no person.
    let byline = match byline {
        Some(b) if !names_people(&b) => byline_from_elements(outline).filter(|e| names_people(e)).or(Some(b)),
        None => byline_from_elements(outline),
        some => some,
    };
    let published = ld
        .published
        .as_deref()
        .and_then(normalize_date)
        .or_else(|| {
            tags.get(&[
                "article:published_time",
                "og:published_time",
                "og:article:published_time",
                "datepublished",
                "publishdate",
                "pubdate",
                "publish-date",
                "date",
                "dc.date",
                "dc:date",
                "dcterm:date",
                "dc.date.issued",
                "dcterms.created",
                "dcterms.date",
                "sailthru.date",
                "parsely-pub-date",
                "article.published",
                "cxenseparse:recs:publishtime",
            ])
            .as_deref()
            .and_then(normalize_date)
        })
        .or_else(|| date_from_elements(outline));
    let lang = outline
        .ids()
        .find(|&i| outline.tag(i) == "html")
        .and_then(|i| outline.attr(i, AttrName::Lang))
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(String::from)
        .or_else(|| tags.get(&["content-language", "og:locale", "language", "dc.language"]))
        .map(|l| l.replace('_', "-"));
    let description = tags.get(&["og:description", "description", "twitter:description"]).or(ld.description.clone());
    Meta { title, byline, published, site, lang, description, article_body: ld.article_body }
}

/// `<meta>` name/property → content, first occurrence wins, keys lowercase.
struct MetaTags(Vec<(String, String)>);

impl MetaTags {
    fn new(o: &Outline) -> MetaTags {
        let mut v = Vec::new();
        for i in o.ids().filter(|&i| o.tag(i) == "meta") {
            let Some(content) = o.attr(i, AttrName::Content) else { continue };
            let content = collapse(content);
            if content.is_empty() {
                continue;
            }
            for key in [AttrName::Property, AttrName::Name, AttrName::ItemProp, AttrName::HttpEquiv] {
                if let Some(k) = o.attr(i, key) {
                    for k in k.split_whitespace() {
                        v.push((k.to_ascii_lowercase(), content.clone()));
                    }
                }
            }
        }
        MetaTags(v)
    }

    fn get(&self, keys: &[&str]) -> Option<String> {
        keys.iter().find_map(|k| self.0.iter().find(|(key, _)| key == k).map(|(_, v)| v.clone()))
    }
}

/// What the page's JSON-LD says about the article.
#[derive(Default)]
struct JsonLd {
    headline: Option<String>,
    authors: Option<String>,
    published: Option<String>,
    publisher: Option<String>,
    description: Option<String>,
    article_body: Option<String>,
}

/// `@type`s that describe an article.
const ARTICLE_TYPES: &[&str] = &[
    "Article",
    "NewsArticle",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BlogPosting",
    "Report",
    "ScholarlyArticle",
    "TechArticle",
    "LiveBlogPosting",
    "SocialMediaPosting",
    "Review",
];

impl JsonLd {
    fn new(o: &Outline) -> JsonLd {
        let mut objects = Vec::new();
        for body in &o.json_ld {
            let body = body.trim().trim_start_matches("<!--").trim_end_matches("-->").trim();
            // Some sites wrap the JSON in a CDATA section, as Readability tolerates.
            let body = body.trim_start_matches("<![CDATA[").trim_end_matches("]]>").trim().trim_end_matches(';');
            if let Ok(v) = serde_json::from_str::<Value>(body) {
                flatten(v, &mut objects, 0);
            }
        }
        let is_article = |v: &Value| types(v).iter().any(|t| ARTICLE_TYPES.contains(&t.as_str()));
        let Some(a) = objects.iter().find(|v| is_article(v)).or_else(|| {
            objects.iter().find(|v| types(v).iter().any(|t| t == "WebPage") && v.get("headline").is_some())
        }) else {
            return JsonLd::default();
        };
        let s = |key: &str| a.get(key).and_then(as_text).filter(|s| !s.is_empty());
        let authors = a.get("author").or_else(|| a.get("creator")).map(|v| {
            let mut names = Vec::new();
            author_names(v, &objects, &mut names);
            names.dedup();
            names.join(", ")
        });
        JsonLd {
            headline: match (s("headline"), s("name")) {
                // Both given and different: some sites put their own name in `name`, others a
                // generic label in `headline`; the one closer to <title> is the headline.
                (Some(h), Some(n)) if h != n => {
                    if similarity(&n, &o.title) > similarity(&h, &o.title) {
                        Some(n)
                    } else {
                        Some(h)
                    }
                }
                (h, n) => h.or(n),
            },
            authors: authors.filter(|a| !a.is_empty()),
            published: s("datePublished").or_else(|| s("dateCreated")),
            publisher: a.get("publisher").and_then(|p| name_of(p, &objects)),
            description: s("description"),
            article_body: s("articleBody"),
        }
    }
}

/// How much of `b` (by characters of its words) is made of words that also occur in `a`, as
/// Readability measures it.
fn similarity(a: &str, b: &str) -> f64 {
    let tokens = |s: &str| -> Vec<String> {
        s.to_lowercase().split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(String::from).collect()
    };
    let (ta, tb) = (tokens(a), tokens(b));
    if ta.is_empty() || tb.is_empty() {
        return 0.0;
    }
    let len = |ws: &[&String]| ws.iter().map(|w| w.chars().count()).sum::<usize>() + ws.len().saturating_sub(1);
    let all: Vec<&String> = tb.iter().collect();
    let uniq: Vec<&String> = tb.iter().filter(|w| !ta.contains(w)).collect();
    1.0 - len(&uniq) as f64 / len(&all) as f64
}

/// Collects every object of a JSON-LD document (top level, arrays, `@graph`).
fn flatten(v: Value, out: &mut Vec<Value>, depth: usize) {
    if depth > 4 {
        return;
    }
    match v {
        Value::Array(items) => items.into_iter().for_each(|i| flatten(i, out, depth + 1)),
        Value::Object(mut map) => {
            if let Some(graph) = map.remove("@graph") {
                flatten(graph, out, depth + 1);
            }
            if map.contains_key("@type") {
                out.push(Value::Object(map));
            }
        }
        _ => {}
    }
}

fn types(v: &Value) -> Vec<String> {
    match v.get("@type") {
        Some(Value::String(s)) => vec![s.clone()],
        Some(Value::Array(a)) => a.iter().filter_map(|t| t.as_str().map(String::from)).collect(),
        _ => Vec::new(),
    }
}

/// A string value, or the first string of an array, whitespace collapsed.
fn as_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(collapse(&crate::html::entities::decode(s))),
        Value::Array(a) => a.iter().find_map(as_text),
        _ => None,
    }
}

/// The `name` of an object (or of the object its `@id` points to), or a plain string.
fn name_of(v: &Value, objects: &[Value]) -> Option<String> {
    match v {
        Value::String(s) => Some(collapse(s)),
        Value::Array(a) => a.iter().find_map(|x| name_of(x, objects)),
        Value::Object(m) => m.get("name").and_then(as_text).or_else(|| {
            let id = m.get("@id")?.as_str()?;
            objects.iter().find(|o| o.get("@id").and_then(Value::as_str) == Some(id))?.get("name").and_then(as_text)
        }),
        _ => None,
    }
    .filter(|s| !s.is_empty())
}

fn author_names(v: &Value, objects: &[Value], out: &mut Vec<String>) {
    match v {
        Value::Array(a) => a.iter().for_each(|x| author_names(x, objects, out)),
        other => {
            if let Some(n) = name_of(other, objects).filter(|n| !n.starts_with("http")) {
                out.push(n);
            }
        }
    }
}

/// Collapses whitespace and trims.
fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Separators between a headline and the site's name in `<title>`.
const SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " :: ", " » ", " · ", " / ", " • "];

/// The headline from the best source, without a " | Site" suffix.
fn pick_title(meta: [Option<String>; 2], doc_title: &str, h1s: &[String], site: Option<&str>) -> Option<String> {
    let from_meta = meta.into_iter().flatten().find(|t| !t.is_empty());
    let doc = collapse(doc_title);
    let title = match from_meta {
        Some(t) => t,
        None if doc.is_empty() => h1s.iter().map(|h| collapse(h)).find(|h| !h.is_empty()).unwrap_or_default(),
        None => {
            // An <h1> is the headline when it is most of <title> or its leading part; a site
            // banner <h1> ("V8", "evolve extension for Mercurial") is only a small part of it.
            let stripped = strip_site(&doc, site);
            let leads = |h: &str| {
                stripped.strip_prefix(h).is_some_and(|rest| SEPARATORS.iter().any(|sep| rest.starts_with(sep)))
            };
            h1s.iter()
                .map(|h| collapse(h))
                .filter(|h| {
                    !h.is_empty() && stripped.contains(h.as_str()) && (h.len() * 2 >= stripped.len() || leads(h))
                })
                .max_by_key(String::len)
                .unwrap_or(doc)
        }
    };
    let title = strip_site(&title, site);
    (!title.is_empty()).then_some(title)
}

/// Removes a trailing (or leading) site name from a title: the part after the last separator
/// when it is the site's name or short, and the rest is a real headline.
pub fn strip_site(title: &str, site: Option<&str>) -> String {
    let title = collapse(title);
    let words = |s: &str| s.split_whitespace().count();
    let site_norm = site.map(|s| s.to_lowercase());
    let is_site = |part: &str| {
        let p = part.trim().to_lowercase();
        site_norm.as_deref().is_some_and(|s| !s.is_empty() && (p == s || p.contains(s) || s.contains(&p)))
    };
    // "Headline [Site]" (LWN, Archive of Our Own).
    if let Some((head, inner)) = title.strip_suffix(']').and_then(|t| t.rfind(" [").map(|at| (&t[..at], &t[at + 2..])))
    {
        if (is_site(inner) || words(inner) <= 4) && words(head) >= 3 {
            return strip_site(head, site);
        }
    }
    // Chinese portals: "标题_频道_网站", a short non-Latin name after an underscore.
    if let Some(at) = title.rfind('_') {
        let (head, tail) = (title[..at].trim(), title[at + 1..].trim());
        let n = |s: &str| s.chars().count();
        if !tail.is_empty()
            && !tail.contains(char::is_whitespace)
            && !tail.is_ascii()
            && n(tail) <= 10
            && n(head) >= 2 * n(tail).max(4)
        {
            return strip_site(head, site);
        }
    }
    let best = SEPARATORS.iter().filter_map(|sep| title.rfind(sep).map(|at| (at, *sep))).max_by_key(|&(at, _)| at);
    if let Some((at, sep)) = best {
        let (head, tail) = (&title[..at], &title[at + sep.len()..]);
        if is_site(tail) || (words(tail) <= 4 && words(head) >= 3) {
            return strip_site(head, site);
        }
    }
    let first = SEPARATORS.iter().filter_map(|sep| title.find(sep).map(|at| (at, *sep))).min_by_key(|&(at, _)| at);
    if let Some((at, sep)) = first {
        let (head, tail) = (&title[..at], &title[at + sep.len()..]);
        if is_site(head) && words(tail) >= 2 {
            return tail.trim().to_string();
        }
    }
    title
}

/// Words that are not people's names in a byline.
const NOT_PEOPLE: &[&str] = &[
    "redaktion",
    "newsroom",
    "staff",
    "editorial",
    "editor",
    "agency",
    "agentur",
    "dpa",
    "afp",
    "reuters",
    "ap",
    "apa",
    "kna",
    "epd",
    "sid",
    "ddp",
    "efe",
    "ansa",
    "online",
];

/// A byline with "By"/"Von", dates and agencies removed; `None` when nothing is left.
/// Agency-only or newsroom-only bylines are kept as they are (that is all there is).
fn clean_byline(raw: &str) -> Option<String> {
    let raw = collapse(raw);
    let lower = raw.to_lowercase();
    let mut s = raw.as_str();
    for prefix in ["by ", "von ", "par ", "por ", "di ", "door ", "text: ", "text von ", "ein beitrag von ", "autor: "]
    {
        if lower.starts_with(prefix) {
            s = &s[prefix.len()..];
            break;
        }
    }
    let s = s.trim().trim_end_matches([',', '|', '-']).trim();
    // A lone "By" element next to the name is no byline.
    if ["by", "von", "par", "por", "di", "door", "written by"].contains(&s.to_lowercase().as_str()) {
        return None;
    }
    if s.is_empty() || s.len() > 150 || s.starts_with("http") || !s.chars().any(char::is_alphabetic) {
        return None;
    }
    let parts: Vec<&str> = s
        .split([',', ';', '/', '|'])
        .flat_map(|p| p.split(" und "))
        .flat_map(|p| p.split(" and "))
        .map(str::trim)
        .collect();
    let people: Vec<&str> = parts
        .iter()
        .copied()
        .filter(|p| {
            !p.is_empty() && {
                let l = p.to_lowercase();
                !l.split(|c: char| !c.is_alphanumeric()).any(|w| NOT_PEOPLE.contains(&w))
                    && p.chars().any(char::is_alphabetic)
            }
        })
        .collect();
    if people.is_empty() || people.len() == parts.len() {
        Some(s.to_string())
    } else {
        Some(people.join(", "))
    }
}

/// Whether a cleaned byline names at least one person (not only agencies or a newsroom).
fn names_people(byline: &str) -> bool {
    byline.split(',').any(|p| {
        let l = p.trim().to_lowercase();
        !l.is_empty() && !l.split(|c: char| !c.is_alphanumeric()).any(|w| NOT_PEOPLE.contains(&w))
    })
}

/// Class/id fragments of byline elements.
const BYLINE_HINTS: &[&str] = &["byline", "author", "writtenby", "p-author", "autor", "verfasser"];

/// A byline from the page's elements: `rel=author`, `itemprop=author`, byline classes.
fn byline_from_elements(o: &Outline) -> Option<String> {
    o.ids()
        // Raw text length includes indentation; the collapsed text is checked below.
        .filter(|&i| o.is_visible(i) && o.text_len(i) > 0 && o.text_len(i) < 400)
        .filter(|&i| {
            let hints = format!(
                "{} {}",
                o.attr(i, AttrName::Class).unwrap_or("").to_ascii_lowercase(),
                o.attr(i, AttrName::Id).unwrap_or("").to_ascii_lowercase()
            );
            o.attr(i, AttrName::Rel) == Some("author")
                || o.attr(i, AttrName::ItemProp).is_some_and(|p| p.contains("author"))
                || BYLINE_HINTS.iter().any(|h| hints.contains(h))
        })
        .find_map(|i| {
            // Inside an itemprop=author element, the name is its itemprop=name child.
            let name = o.descendants(i).find(|&d| o.attr(d, AttrName::ItemProp) == Some("name"));
            let text = o.text(name.unwrap_or(i));
            if o.text(i).chars().count() >= 120 {
                return None;
            }
            clean_byline(strip_date_words(&text))
        })
}

/// Cuts a byline before a date or a separator ("Jane Doe | 4 June 2024").
fn strip_date_words(text: &str) -> &str {
    let cut = text.find(|c: char| c.is_ascii_digit() || c == '|' || c == '•' || c == '·').unwrap_or(text.len());
    text[..cut].trim()
}

/// The publication date from elements: `itemprop=datePublished`, `<time datetime>`, then
/// text dates in date-like elements.
fn date_from_elements(o: &Outline) -> Option<String> {
    let prop = o.ids().find_map(|i| {
        let p = o.attr(i, AttrName::ItemProp)?;
        if !p.contains("datePublished") {
            return None;
        }
        o.attr(i, AttrName::Content).or_else(|| o.attr(i, AttrName::DateTime)).and_then(normalize_date)
    });
    if prop.is_some() {
        return prop;
    }
    let time =
        o.ids().filter(|&i| o.tag(i) == "time").find_map(|i| o.attr(i, AttrName::DateTime).and_then(normalize_date));
    if time.is_some() {
        return time;
    }
    o.ids()
        .filter(|&i| o.is_visible(i) && o.text_len(i) > 0 && o.text_len(i) <= 200)
        .filter(|&i| {
            let hints = format!(
                "{} {} {}",
                o.tag(i),
                o.attr(i, AttrName::Class).unwrap_or("").to_ascii_lowercase(),
                o.attr(i, AttrName::Id).unwrap_or("").to_ascii_lowercase()
            );
            ["date", "time", "datum", "byline", "meta", "published", "dateline"].iter().any(|h| hints.contains(h))
        })
        .find_map(|i| parse_text_date(&o.text(i)))
}

/// Normalizes a machine-readable or written date to ISO 8601.
pub fn normalize_date(raw: &str) -> Option<String> {
    let s = raw.trim();
    iso_date(s).or_else(|| parse_text_date(s))
}

/// An ISO-like date (`2024-06-04`, `2024-06-04T14:05:00+02:00`, `2024-06-04 14:05:00`, `20240604`):
/// the date plus the time and offset when given.
fn iso_date(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b.get(r.clone()).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    let date = if digits(0..4) && b.get(4) == Some(&b'-') && digits(5..7) && b.get(7) == Some(&b'-') && digits(8..10) {
        s[..10].to_string()
    } else if b.len() == 8 && digits(0..8) {
        format!("{}-{}-{}", &s[..4], &s[4..6], &s[6..8])
    } else {
        return None;
    };
    let (m, d): (u32, u32) = (date[5..7].parse().ok()?, date[8..10].parse().ok()?);
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    let rest = &s[date.len().min(s.len())..];
    let rest = rest.strip_prefix(['T', ' ']).unwrap_or("");
    let rb = rest.as_bytes();
    let rdig = |r: std::ops::Range<usize>| rb.get(r.clone()).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    if rdig(0..2) && rb.get(2) == Some(&b':') && rdig(3..5) {
        let mut end = 5;
        if rb.get(5) == Some(&b':') && rdig(6..8) {
            end = 8;
            if rb.get(8) == Some(&b'.') {
                end = 9 + rb[9..].iter().take_while(|c| c.is_ascii_digit()).count();
            }
        }
        let mut time = rest[..end].to_string();
        if end == 5 {
            time.push_str(":00");
        }
        let tz = rest[end..].trim();
        let tz = if tz == "Z" || tz == "z" {
            "Z".to_string()
        } else if tz.len() == 6 && tz.starts_with(['+', '-']) && tz.as_bytes()[3] == b':' {
            tz.to_string()
        } else if tz.len() == 5 && tz.starts_with(['+', '-']) && tz[1..].bytes().all(|c| c.is_ascii_digit()) {
            format!("{}:{}", &tz[..3], &tz[3..])
        } else {
            String::new()
        };
        return Some(format!("{date}T{time}{tz}"));
    }
    Some(date)
}

/// Month names (de, en, fr, es, it), lowercase, with their number.
const MONTHS: &[(&str, u32)] = &[
    ("januar", 1),
    ("jänner", 1),
    ("january", 1),
    ("janvier", 1),
    ("enero", 1),
    ("gennaio", 1),
    ("jan", 1),
    ("februar", 2),
    ("february", 2),
    ("février", 2),
    ("febrero", 2),
    ("febbraio", 2),
    ("feb", 2),
    ("märz", 3),
    ("march", 3),
    ("mars", 3),
    ("marzo", 3),
    ("mar", 3),
    ("april", 4),
    ("avril", 4),
    ("abril", 4),
    ("aprile", 4),
    ("apr", 4),
    ("mai", 5),
    ("may", 5),
    ("mayo", 5),
    ("maggio", 5),
    ("juni", 6),
    ("june", 6),
    ("juin", 6),
    ("junio", 6),
    ("giugno", 6),
    ("jun", 6),
    ("juli", 7),
    ("july", 7),
    ("juillet", 7),
    ("julio", 7),
    ("luglio", 7),
    ("jul", 7),
    ("august", 8),
    ("août", 8),
    ("agosto", 8),
    ("aug", 8),
    ("september", 9),
    ("septembre", 9),
    ("septiembre", 9),
    ("settembre", 9),
    ("sept", 9),
    ("sep", 9),
    ("oktober", 10),
    ("october", 10),
    ("octobre", 10),
    ("octubre", 10),
    ("ottobre", 10),
    ("oct", 10),
    ("okt", 10),
    ("november", 11),
    ("novembre", 11),
    ("noviembre", 11),
    ("nov", 11),
    ("dezember", 12),
    ("december", 12),
    ("décembre", 12),
    ("diciembre", 12),
    ("dicembre", 12),
    ("dec", 12),
    ("dez", 12),
];

/// Finds the first written date in `text`: `04.06.2024`, `4. Juni 2024`, `June 4, 2024`,
/// `4 June 2024`, optionally followed by a time `14:05` (`Uhr`). Returns ISO 8601 (local time,
/// no offset).
pub fn parse_text_date(text: &str) -> Option<String> {
    let lower = text.to_lowercase();
    let tokens: Vec<(usize, &str)> = tokenize(&lower);
    for k in 0..tokens.len() {
        let (at, t) = tokens[k];
        let next = |j: usize| tokens.get(k + j).map(|x| x.1);
        let found = if let Some((d, m, y, used)) = numeric_date(t) {
            Some((y, m, d, at + used))
        } else if let (Ok(d), Some(m), Some(y)) = (t.parse::<u32>(), next(1).and_then(month), next(2).and_then(year)) {
            Some((y, m, d, tokens[k + 2].0 + tokens[k + 2].1.len()))
        } else if let (Some(m), Some(Ok(d)), Some(y)) =
            (month(t), next(1).map(str::parse::<u32>), next(2).and_then(year))
        {
            Some((y, m, d, tokens[k + 2].0 + tokens[k + 2].1.len()))
        } else {
            None
        };
        let Some((y, m, d, end)) = found else { continue };
        if !(1..=31).contains(&d) || !(1..=12).contains(&m) {
            continue;
        }
        let date = format!("{y:04}-{m:02}-{d:02}");
        return Some(match time_after(&lower[end..]) {
            Some((h, min)) => format!("{date}T{h:02}:{min:02}:00"),
            None => date,
        });
    }
    None
}

/// Splits into word tokens (letters/digits/dots inside numbers) with their byte offsets.
fn tokenize(s: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices() {
        let part =
            c.is_alphanumeric() || (c == '.' && start.is_some_and(|st: usize| s[st..i].ends_with(char::is_numeric)));
        match (part, start) {
            (true, None) => start = Some(i),
            (false, Some(st)) => {
                out.push((st, s[st..i].trim_end_matches('.')));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(st) = start {
        out.push((st, s[st..].trim_end_matches('.')));
    }
    out
}

/// `04.06.2024` → (day, month, year, bytes used).
fn numeric_date(t: &str) -> Option<(u32, u32, u32, usize)> {
    let mut parts = t.split('.');
    let (d, m, y) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || d.is_empty() || d.len() > 2 || m.is_empty() || m.len() > 2 {
        return None;
    }
    let y = year(y)?;
    Some((d.parse().ok()?, m.parse().ok()?, y, t.len()))
}

fn year(t: &str) -> Option<u32> {
    (t.len() == 4).then(|| t.parse::<u32>().ok()).flatten().filter(|y| (1900..=2100).contains(y))
}

fn month(t: &str) -> Option<u32> {
    MONTHS.iter().find(|(name, _)| *name == t).map(|&(_, m)| m)
}

/// A time `14:05` right after a date (after a comma, "um", "at", "–", …).
fn time_after(rest: &str) -> Option<(u32, u32)> {
    let rest = rest.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '-' | '–' | '|' | '/' | '·'));
    let rest = ["um ", "at ", "à ", "a las ", "alle "].iter().find_map(|p| rest.strip_prefix(p)).unwrap_or(rest);
    let b = rest.as_bytes();
    let hlen = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if !(1..=2).contains(&hlen) || !matches!(b.get(hlen), Some(b':' | b'.' | b'h')) {
        return None;
    }
    let m = rest.get(hlen + 1..hlen + 3)?;
    let (mut h, m): (u32, u32) = (rest[..hlen].parse().ok()?, m.parse().ok()?);
    let after = rest[hlen + 3..].trim_start();
    if after.starts_with("pm") || after.starts_with("p.m") {
        if h < 12 {
            h += 12;
        }
    } else if (after.starts_with("am") || after.starts_with("a.m")) && h == 12 {
        h = 0;
    }
    (h < 24 && m < 60).then_some((h, m))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::html::scan::scan;

    #[test]
    fn reads_json_ld_graph_and_meta_tags() {
        let o = scan(
            r#"<html lang="de-DE"><head><title>Klinik beschlossen | Tagblatt</title>
            <meta property="og:site_name" content="Tagblatt">
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"X"},
              {"@type":["NewsArticle"],"headline":"Klinik beschlossen","datePublished":"2024-06-04T14:05:00+02:00",
               "author":[{"@type":"Person","name":"Martin Ebersbach"},{"@type":"Person","name":"Anna Roth"}],
               "publisher":{"@type":"Organization","name":"Tagblatt"}}]}</script></head><body></body></html>"#,
            64,
        )
        .unwrap();
        let m = read(&o);
        assert_eq!(m.title.as_deref(), Some("Klinik beschlossen"));
        assert_eq!(m.byline.as_deref(), Some("Martin Ebersbach, Anna Roth"));
        assert_eq!(m.published.as_deref(), Some("2024-06-04T14:05:00+02:00"));
        assert_eq!(m.site.as_deref(), Some("Tagblatt"));
        assert_eq!(m.lang.as_deref(), Some("de-DE"));
    }

    #[test]
    fn falls_back_to_title_byline_element_and_text_date() {
        let o = scan(
            r#"<html><head><title>Bridge opens after two years - The Daily Planet</title></head><body>
            <h1>Bridge opens after two years</h1><p class="byline">By Jane Doe</p>
            <p class="date">March 9, 2027 at 2:05 pm</p></body></html>"#,
            64,
        )
        .unwrap();
        let m = read(&o);
        assert_eq!(m.title.as_deref(), Some("Bridge opens after two years"));
        assert_eq!(m.byline.as_deref(), Some("Jane Doe"));
        assert_eq!(m.published.as_deref(), Some("2027-03-09T14:05:00"));
        assert_eq!(m.lang, None);
    }

    #[test]
    fn dates() {
        assert_eq!(parse_text_date("04.06.2024, 14:05 Uhr").as_deref(), Some("2024-06-04T14:05:00"));
        assert_eq!(parse_text_date("Veröffentlicht am 9. März 2027").as_deref(), Some("2027-03-09"));
        assert_eq!(parse_text_date("9 June 2020").as_deref(), Some("2020-06-09"));
        assert_eq!(parse_text_date("Seite 4 von 12"), None);
        assert_eq!(normalize_date("2019-05-15T18:30:00+0200").as_deref(), Some("2019-05-15T18:30:00+02:00"));
        assert_eq!(normalize_date("2019-05-15").as_deref(), Some("2019-05-15"));
        assert_eq!(normalize_date("yesterday"), None);
    }

    #[test]
    fn bylines_prefer_people() {
        assert_eq!(clean_byline("Von Anna Roth und Max Weber, dpa").as_deref(), Some("Anna Roth, Max Weber"));
        assert_eq!(clean_byline("Redaktion").as_deref(), Some("Redaktion"));
        assert_eq!(clean_byline("dpa").as_deref(), Some("dpa"));
        assert_eq!(clean_byline("https://example.com/jane"), None);
        assert!(names_people("Anna Roth, dpa"));
        assert!(!names_people("dpa"));
    }

    #[test]
    fn strips_site_suffix_only() {
        assert_eq!(
            strip_site("Kreistag beschließt Neubau | Lindenhainer Tagblatt", Some("Lindenhainer Tagblatt")),
            "Kreistag beschließt Neubau"
        );
        assert_eq!(
            strip_site("Spiegel Online - Deutschland streitet über den Zug", Some("Spiegel Online")),
            "Deutschland streitet über den Zug"
        );
        assert_eq!(strip_site("Rock - Paper", None), "Rock - Paper");
        assert_eq!(strip_site("Weekly Edition for March 26 [LWN.net]", None), "Weekly Edition for March 26");
        assert_eq!(strip_site("人工智能迈上新台阶了吗_科技_腾讯网", None), "人工智能迈上新台阶了吗");
        assert_eq!(strip_site("Using std::mem_take in loops", None), "Using std::mem_take in loops");
    }
}
