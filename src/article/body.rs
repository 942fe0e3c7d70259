//! Main-content detection: which part of the page is the story, as blocks in reading order.
//!
//! The finder scores containers the way a reader-mode engine does, in linear time over the
//! [`Outline`]:
//!
//! 1. **Exclusion.** Hidden subtrees, navigation, asides, footers, forms' controls, elements
//!    with a navigation/dialog role and — on the first attempt — elements whose class or id
//!    names page furniture (comments, sidebars, menus, related links, …) unless they hold the
//!    headline. Byline boxes are kept as text but do not score.
//! 2. **Scoring.** Every paragraph-like block with at least 25 bytes of text gives points
//!    (1 + commas + one per 100 bytes, at most 3) to its parent, half to its grandparent and a
//!    third of the level to older ancestors (up to five levels). A candidate starts with a tag
//!    bonus and a class/id weight (±25); its final score is scaled by `1 − link density`.
//! 3. **Choice.** The best candidate; a common ancestor when several near-equal candidates
//!    share one; a parent whose score rises; a parent of an only child. An element with
//!    `itemprop="articleBody"` holding enough text wins outright.
//! 4. **Siblings** of the chosen element that belong to it (high score, same class, or plain
//!    prose paragraphs) are added.
//! 5. **Blocks.** The chosen elements' visible text is split at block-level elements
//!    ([`BLOCK_TAGS`]); containers that look like clutter (link lists, "Read more" / "Mehr zum
//!    Thema" boxes, short widgets, negative class hints) and text the clutter detectors remove
//!    (browser banners, print labels) are left out. The headline and a lead standing just above
//!    the body are put first.
//!
//! When an attempt yields less than 500 bytes of text, it is repeated without the class-name
//! exclusion, then without class weights, then without container cleaning; the longest result
//! wins.
//!
//! Per-node link text, commas and tag counts are prefix sums, so every density and count is an
//! O(1) lookup and the whole search is linear in the size of the Outline.

use crate::article::{Block, BlockKind};
use crate::clutter::{self, banner, print};
use crate::outline::{push_collapsed, AttrName, NodeId, Outline, NO_NODE};
use crate::text::BLOCK_TAGS;

/// The article found on a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// The element that holds the body of the story (blocks may also come from siblings of it
    /// that belong to the story, and from the headline and lead just above it).
    pub root: NodeId,
    /// The story's blocks in reading order, each with the block-level element that holds it.
    /// Several blocks may share an element when text and child blocks alternate in it.
    pub blocks: Vec<(NodeId, Block)>,
}

/// The block elements of `found` that the planner protects: every block except captions
/// (caption dedupe keeps one copy itself), and only elements without block-level children (a
/// wrapper that owns some loose text must not shield every widget inside it).
pub fn protected_nodes(outline: &Outline, found: &Found) -> Vec<NodeId> {
    let mut has_block_child = vec![false; outline.len()];
    for i in outline.ids() {
        if let Some(p) = outline.parent(i) {
            has_block_child[p as usize] |= outline.is(i, BLOCK_TAGS);
        }
    }
    let mut nodes: Vec<NodeId> = found
        .blocks
        .iter()
        .filter(|(n, b)| b.kind != BlockKind::Caption && !has_block_child[*n as usize])
        .map(|(n, _)| *n)
        .collect();
    nodes.dedup();
    nodes
}

/// Text (bytes) below which an attempt is retried with fewer exclusions.
const MIN_TEXT: u64 = 500;

/// Finds the article on a page, or `None` when the page has no text that reads like one.
pub fn find(outline: &Outline) -> Option<Found> {
    if outline.is_empty() {
        return None;
    }
    let f = Features::new(outline);
    let mut best: Option<(u64, Found)> = None;
    for flags in [
        Flags { strip_unlikely: true, weight_classes: true, clean: true },
        Flags { strip_unlikely: false, weight_classes: true, clean: true },
        Flags { strip_unlikely: false, weight_classes: false, clean: true },
        Flags { strip_unlikely: false, weight_classes: false, clean: false },
    ] {
        let Some(found) = attempt(outline, &f, flags) else { continue };
        let len: u64 = found.blocks.iter().map(|(_, b)| b.text.len() as u64).sum();
        if len >= MIN_TEXT {
            return Some(found);
        }
        if best.as_ref().is_none_or(|(l, _)| len > *l) {
            best = Some((len, found));
        }
    }
    best.filter(|(len, _)| *len > 0).map(|(_, found)| found)
}

/// Which heuristics an attempt uses.
#[derive(Debug, Clone, Copy)]
struct Flags {
    /// Exclude elements whose class/id names page furniture.
    strip_unlikely: bool,
    /// Add class/id weights to candidate scores.
    weight_classes: bool,
    /// Leave out clutter containers inside the article.
    clean: bool,
}

/// Tags whose subtree is never article text.
const SKIP_TAGS: &[&str] = &[
    "nav", "aside", "footer", "button", "select", "textarea", "input", "option", "svg", "iframe", "object", "embed",
    "canvas", "dialog", "menu", "noscript", "script", "style", "template", "head", "title",
];

/// ARIA roles of page furniture.
const SKIP_ROLES: &[&str] =
    &["navigation", "menu", "menubar", "complementary", "dialog", "alertdialog", "alert", "banner", "contentinfo"];

/// Class/id fragments of elements that are rarely the story (excluded on the first attempt).
const UNLIKELY: &[&str] = &[
    "-ad-",
    "ai2html",
    "banner",
    "breadcrumb",
    "combx",
    "comment",
    "community",
    "cover-wrap",
    "disqus",
    "extra",
    "footer",
    "gdpr",
    "header",
    "legends",
    "menu",
    "related",
    "remark",
    "replies",
    "rss",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "social",
    "sponsor",
    "supplemental",
    "ad-break",
    "agegate",
    "pagination",
    "pager",
    "popup",
    "newsletter",
    "cookie",
    "consent",
    "kommentar",
    "empfehlung",
    "paywall-offer",
];

/// Class/id fragments that rescue an "unlikely" element.
const MAYBE: &[&str] = &["and", "article", "body", "column", "content", "main", "shadow"];

/// Class/id fragments with a positive weight.
const POSITIVE: &[&str] =
    &["article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text", "blog", "story"];

/// Class/id fragments with a negative weight.
const NEGATIVE: &[&str] = &[
    "-ad-",
    "hidden",
    "banner",
    "combx",
    "comment",
    "com-",
    "contact",
    "footer",
    "gdpr",
    "masthead",
    "media",
    "meta",
    "outbrain",
    "promo",
    "related",
    "scroll",
    "share",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "sponsor",
    "shopping",
    "tags",
    "widget",
    "teaser",
    "newsletter",
    "subscribe",
    "navigation",
    "navbar",
    "recommend",
    "empfehlung",
    "kommentar",
    "werbung",
    "anzeige",
];

/// Class/id tokens that mark an advertisement exactly.
const AD_TOKENS: &[&str] = &["ad", "ads", "advert", "advertisement", "adslot", "ad-slot", "ad-container"];

/// Headings of boxes that follow a story but are not part of it (normalized, lowercase).
const RELATED_HEADINGS: &[&str] = &[
    "lesen sie mehr zu diesen themen",
    "lesen sie auch",
    "lesen sie mehr",
    "mehr zum thema",
    "mehr zu diesem thema",
    "mehr zu den themen",
    "mehr aus dem ressort",
    "mehr artikel",
    "weitere artikel",
    "weitere themen",
    "weitere nachrichten",
    "das könnte sie auch interessieren",
    "das könnte sie interessieren",
    "auch interessant",
    "ebenfalls interessant",
    "empfehlungen",
    "meistgelesen",
    "meistgelesene artikel",
    "zum thema",
    "themen",
    "schlagworte",
    "kommentare",
    "newsletter",
    "read more",
    "read next",
    "related",
    "related articles",
    "related stories",
    "related content",
    "related coverage",
    "related posts",
    "related links",
    "more on this story",
    "more from",
    "more stories",
    "more on this topic",
    "you may also like",
    "you might also like",
    "recommended",
    "recommended for you",
    "most popular",
    "most read",
    "trending",
    "comments",
    "share this article",
    "share this story",
    "sur le même sujet",
    "à lire aussi",
    "lire aussi",
    "sullo stesso argomento",
    "leggi anche",
    "te puede interesar",
    "noticias relacionadas",
    "lea también",
];

/// Beginnings of headings of boxes that point to other pages ("More from The Times").
const RELATED_PREFIXES: &[&str] = &["more from ", "mehr aus ", "mehr von ", "more in ", "weitere artikel ", "plus de "];

/// Per-node and per-text-run facts computed once per page.
struct Features {
    /// Nearest block-level element at or above each node.
    block_of: Vec<NodeId>,
    /// Whether a child element is block-level.
    has_block_child: Vec<bool>,
    /// Whether run `k` starts a new paragraph: two or more `<br>` since the last run with text.
    breaks: Vec<bool>,
    /// Bytes of visible link text in runs `..k`.
    link_prefix: Vec<u64>,
    /// Commas in visible runs `..k`.
    comma_prefix: Vec<u32>,
    /// Bytes of visible heading text in runs `..k`.
    heading_prefix: Vec<u64>,
    /// Bytes of visible text inside lists in runs `..k`.
    list_prefix: Vec<u64>,
    /// Counts over node ids `..i` of `p`, `img`, `li`, `input`, embeds, `table`/`th`/`caption`.
    counts: Vec<[u32; COUNTERS]>,
    /// Class/id weight of each node.
    weight: Vec<i32>,
    /// Whether the class/id names page furniture.
    unlikely: Vec<bool>,
    /// Whether the node is, or is inside, a byline box (kept as text, not scored).
    in_byline: Vec<bool>,
    /// Whether the node is, or is inside, an element that is never story text.
    skipped: Vec<bool>,
}

const COUNTERS: usize = 9;
const C_P: usize = 0;
const C_IMG: usize = 1;
const C_LI: usize = 2;
const C_INPUT: usize = 3;
const C_EMBED: usize = 4;
const C_DATA_TABLE: usize = 5;
const C_TABLE: usize = 6;
const C_H1: usize = 7;
const C_BYLINE: usize = 8;

impl Features {
    fn new(o: &Outline) -> Features {
        let n = o.len();
        let mut block_of = Vec::with_capacity(n);
        let mut has_block_child = vec![false; n];
        let mut in_link = vec![false; n];
        let mut in_heading = vec![false; n];
        let mut in_list = vec![false; n];
        let mut counts = Vec::with_capacity(n + 1);
        let mut weight = vec![0; n];
        let mut unlikely = vec![false; n];
        let mut byline = vec![false; n];
        let mut skipped = vec![false; n];
        let mut cache: std::collections::HashMap<&str, Hints> = std::collections::HashMap::new();
        counts.push([0u32; COUNTERS]);
        for i in o.ids() {
            let idx = i as usize;
            let tag = o.tag(i);
            let parent = o.parent(i);
            let is_block = BLOCK_TAGS.contains(&tag);
            block_of.push(if is_block { i } else { parent.map_or(NO_NODE, |p| block_of[p as usize]) });
            if let Some(p) = parent {
                has_block_child[p as usize] |= is_block;
            }
            let up = |v: &Vec<bool>| parent.is_some_and(|p| v[p as usize]);
            in_link[idx] = tag == "a" || up(&in_link);
            in_heading[idx] = matches!(tag, "h1" | "h2" | "h3" | "h4" | "h5" | "h6") || up(&in_heading);
            in_list[idx] = matches!(tag, "ul" | "ol") || up(&in_list);
            let role = o.attr(i, AttrName::Role).unwrap_or("").trim().to_ascii_lowercase();
            skipped[idx] = up(&skipped)
                || !o.is_visible(i)
                || SKIP_TAGS.contains(&tag)
                || SKIP_ROLES.contains(&role.as_str())
                || o.attr(i, AttrName::AriaHidden).is_some_and(|v| v.trim() == "true");
            let hc = o
                .attr(i, AttrName::Class)
                .map_or(Hints::default(), |c| *cache.entry(c).or_insert_with(|| Hints::of(c)));
            let hi = o.attr(i, AttrName::Id).map_or(Hints::default(), Hints::of);
            weight[idx] = hc.weight + hi.weight;
            unlikely[idx] = !matches!(tag, "html" | "body" | "article" | "main" | "a")
                && (hc.unlikely || hi.unlikely)
                && !(hc.maybe || hi.maybe);
            let rel = o.attr(i, AttrName::Rel).unwrap_or("");
            let itemprop = o.attr(i, AttrName::ItemProp).unwrap_or("");
            byline[idx] = (rel == "author" || itemprop.contains("author") || hc.byline || hi.byline)
                && o.text_len(i) < 100
                && !o.is(i, &["html", "body", "article", "main"]);
            let mut c = *counts.last().unwrap_or(&[0; COUNTERS]);
            if byline[idx] || tag == "time" {
                c[C_BYLINE] += 1;
            }
            match tag {
                "p" => c[C_P] += 1,
                "img" => c[C_IMG] += 1,
                "li" => c[C_LI] += 1,
                "input" => c[C_INPUT] += u32::from(o.attr(i, AttrName::Type) != Some("hidden")),
                "object" | "embed" | "iframe" => c[C_EMBED] += 1,
                "th" | "caption" => c[C_DATA_TABLE] += 1,
                "table" => c[C_TABLE] += 1,
                "h1" => c[C_H1] += 1,
                _ => {}
            }
            counts.push(c);
        }
        let mut in_byline = byline;
        for i in o.ids() {
            if let Some(p) = o.parent(i) {
                in_byline[i as usize] |= in_byline[p as usize];
            }
        }
        let runs = o.all_text_runs();
        let mut brs_at = vec![0u8; runs.len() + 1];
        for i in o.ids().filter(|&i| o.tag(i) == "br" && o.is_visible(i)) {
            let at = o.text_run_range(i).start;
            brs_at[at] = brs_at[at].saturating_add(1);
        }
        let mut breaks = vec![false; runs.len()];
        let mut pending = 0u8;
        for (k, run) in runs.iter().enumerate() {
            pending = pending.saturating_add(brs_at[k]);
            if run.visible && !o.run_text(run).trim().is_empty() {
                breaks[k] = pending >= 2;
                pending = 0;
            }
        }
        let mut link_prefix = Vec::with_capacity(runs.len() + 1);
        let mut comma_prefix = Vec::with_capacity(runs.len() + 1);
        let mut heading_prefix = Vec::with_capacity(runs.len() + 1);
        let mut list_prefix = Vec::with_capacity(runs.len() + 1);
        let (mut l, mut c, mut h, mut li) = (0u64, 0u32, 0u64, 0u64);
        link_prefix.push(0);
        comma_prefix.push(0);
        heading_prefix.push(0);
        list_prefix.push(0);
        for run in runs {
            // Text outside every element (a bare-text page) counts for no element.
            if run.visible && run.node != NO_NODE {
                let text = o.run_text(run);
                let len = text.len() as u64;
                let node = run.node as usize;
                if in_link[node] {
                    l += len;
                }
                if in_heading[node] {
                    h += len;
                }
                if in_list[node] {
                    li += len;
                }
                c += text.chars().filter(|ch| matches!(ch, ',' | '،' | '﹐' | '︐' | '︑' | '⹀' | '⸲' | '，')).count()
                    as u32;
            }
            link_prefix.push(l);
            comma_prefix.push(c);
            heading_prefix.push(h);
            list_prefix.push(li);
        }
        Features {
            block_of,
            breaks,
            in_byline,
            has_block_child,
            link_prefix,
            comma_prefix,
            heading_prefix,
            list_prefix,
            counts,
            weight,
            unlikely,
            skipped,
        }
    }

    /// Share of `id`'s visible text that is link text.
    fn link_density(&self, o: &Outline, id: NodeId) -> f64 {
        let r = o.text_run_range(id);
        let links = self.link_prefix[r.end] - self.link_prefix[r.start];
        links as f64 / o.text_len(id).max(1) as f64
    }

    fn commas(&self, o: &Outline, id: NodeId) -> u32 {
        let r = o.text_run_range(id);
        self.comma_prefix[r.end] - self.comma_prefix[r.start]
    }

    fn count(&self, o: &Outline, id: NodeId, which: usize) -> u32 {
        let end = o.node(id).end as usize;
        self.counts[end][which] - self.counts[id as usize + 1][which]
    }

    /// Whether `id` is a paragraph: a `<p>`-like element, or a block without block children.
    fn paragraph_like(&self, o: &Outline, id: NodeId) -> bool {
        o.is(id, &["p", "pre", "td", "blockquote", "h2", "h3", "h4", "h5", "h6"])
            || (o.is(id, &["div", "section", "article", "main"]) && !self.has_block_child[id as usize])
    }
}

/// What a class or id value says about an element.
#[derive(Debug, Clone, Copy, Default)]
struct Hints {
    weight: i32,
    unlikely: bool,
    maybe: bool,
    byline: bool,
}

/// Pattern groups for [`Hints`]: bits of the mask a match sets.
const H_NEGATIVE: u8 = 1;
const H_POSITIVE: u8 = 2;
const H_UNLIKELY: u8 = 4;
const H_MAYBE: u8 = 8;
const H_BYLINE: u8 = 16;

/// Class/id fragments of byline boxes.
const BYLINE_HINTS: &[&str] = &["byline", "author", "dateline", "writtenby", "p-author"];

/// All hint fragments indexed by their first byte, so one pass over a value finds them all.
fn hint_table() -> &'static [Vec<(&'static str, u8)>; 256] {
    static TABLE: std::sync::OnceLock<[Vec<(&'static str, u8)>; 256]> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t: [Vec<(&'static str, u8)>; 256] = std::array::from_fn(|_| Vec::new());
        for (list, bit) in [
            (NEGATIVE, H_NEGATIVE),
            (POSITIVE, H_POSITIVE),
            (UNLIKELY, H_UNLIKELY),
            (MAYBE, H_MAYBE),
            (BYLINE_HINTS, H_BYLINE),
        ] {
            for p in list {
                t[usize::from(p.as_bytes()[0])].push((p, bit));
            }
        }
        t
    })
}

/// Which hint groups occur in `value` (lowercase ASCII matching).
fn hint_mask(value: &str) -> u8 {
    let table = hint_table();
    let b = value.as_bytes();
    let mut mask = 0;
    for i in 0..b.len() {
        for (p, bit) in &table[usize::from(b[i].to_ascii_lowercase())] {
            if mask & bit == 0 && b.len() - i >= p.len() && b[i..i + p.len()].eq_ignore_ascii_case(p.as_bytes()) {
                mask |= bit;
            }
        }
    }
    mask
}

impl Hints {
    fn of(value: &str) -> Hints {
        if value.is_empty() {
            return Hints::default();
        }
        let mask = hint_mask(value);
        let ad = value.split_ascii_whitespace().any(|t| AD_TOKENS.iter().any(|a| t.eq_ignore_ascii_case(a)));
        let mut weight = 0;
        if ad || mask & H_NEGATIVE != 0 {
            weight -= 25;
        }
        if mask & H_POSITIVE != 0 {
            weight += 25;
        }
        Hints { weight, unlikely: mask & H_UNLIKELY != 0, maybe: mask & H_MAYBE != 0, byline: mask & H_BYLINE != 0 }
    }
}

/// Tag bonus of a fresh candidate.
fn tag_score(tag: &str) -> f64 {
    match tag {
        "div" | "article" => 5.0,
        "pre" | "td" | "blockquote" => 3.0,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    }
}

/// One search for the article with the given heuristics.
fn attempt(o: &Outline, f: &Features, flags: Flags) -> Option<Found> {
    let n = o.len();
    let mut excluded = vec![false; n];
    for i in o.ids() {
        let idx = i as usize;
        excluded[idx] = f.skipped[idx]
            || (flags.strip_unlikely && f.unlikely[idx] && f.count(o, i, C_H1) == 0)
            || o.parent(i).is_some_and(|p| excluded[p as usize]);
    }
    // Paragraphs: runs of text of one block element, split where two line breaks stand between
    // them (as a reader mode turns `<br><br>` into paragraphs). Lengths in characters.
    let mut paragraphs: Vec<(NodeId, u32, u32)> = Vec::new();
    let mut split = vec![false; n];
    let (mut cur, mut len, mut commas) = (NO_NODE, 0u32, 0u32);
    for (k, run) in o.all_text_runs().iter().enumerate() {
        if !run.visible || run.node == NO_NODE || excluded[run.node as usize] || f.in_byline[run.node as usize] {
            continue;
        }
        let b = f.block_of[run.node as usize];
        if b == NO_NODE {
            continue;
        }
        if b != cur || f.breaks[k] {
            if b == cur {
                split[b as usize] = true;
            }
            if cur != NO_NODE {
                paragraphs.push((cur, len, commas));
            }
            (cur, len, commas) = (b, 0, 0);
        }
        len += o.run_text(run).trim().chars().count() as u32;
        commas += f.comma_prefix[k + 1] - f.comma_prefix[k];
    }
    if cur != NO_NODE {
        paragraphs.push((cur, len, commas));
    }
    let mut score = vec![f64::NAN; n];
    let init = |score: &mut Vec<f64>, c: NodeId| {
        let s = &mut score[c as usize];
        if s.is_nan() {
            *s = tag_score(o.tag(c)) + if flags.weight_classes { f64::from(f.weight[c as usize]) } else { 0.0 };
        }
    };
    for &(b, len, commas) in &paragraphs {
        if len < 25 || !scoreable(o.tag(b)) {
            continue;
        }
        let points = 1.0 + f64::from(commas) + f64::from((len / 100).min(3));
        let start = if !split[b as usize] && f.paragraph_like(o, b) { o.parent(b) } else { Some(b) };
        let chain = start.into_iter().chain(start.into_iter().flat_map(|s| o.ancestors(s)));
        for (level, a) in chain.take(5).enumerate() {
            init(&mut score, a);
            let divider = match level {
                0 => 1.0,
                1 => 2.0,
                l => l as f64 * 3.0,
            };
            score[a as usize] += points / divider;
        }
    }
    for c in o.ids() {
        let s = &mut score[c as usize];
        if !s.is_nan() {
            *s *= 1.0 - f.link_density(o, c);
        }
    }
    let body = o.ids().find(|&i| o.tag(i) == "body");
    let (top, marked) = choose(o, f, &score, &excluded, body)?;
    let roots = if marked { vec![top] } else { siblings(o, f, &score, &excluded, top, body) };
    let mut builder = Builder::new(o, f, &excluded, flags);
    let (headline, lead) = headline_and_lead(o, f, &excluded, &roots);
    if let Some(h) = headline {
        builder.collect(h);
    }
    for &l in &lead {
        builder.collect(l);
    }
    for &r in &roots {
        builder.collect(r);
    }
    let blocks = builder.finish();
    (!blocks.is_empty()).then_some(Found { root: top, blocks })
}

/// Tags whose own text is scored as a paragraph.
fn scoreable(tag: &str) -> bool {
    !matches!(
        tag,
        "li" | "dt"
            | "dd"
            | "th"
            | "figcaption"
            | "caption"
            | "ul"
            | "ol"
            | "dl"
            | "table"
            | "tr"
            | "label"
            | "form"
            | "fieldset"
            | "address"
            | "details"
            | "summary"
            | "figure"
            | "h1"
            | "header"
            | "body"
            | "html"
    )
}

/// The top candidate after Readability-style refinement, and whether the page marked it as the
/// article body itself.
fn choose(o: &Outline, f: &Features, score: &[f64], excluded: &[bool], body: Option<NodeId>) -> Option<(NodeId, bool)> {
    let scored = |c: NodeId| !score[c as usize].is_nan();
    // An explicit article body with enough text wins.
    let marked = o
        .ids()
        .filter(|&i| {
            !excluded[i as usize]
                && o.attr(i, AttrName::ItemProp).is_some_and(|v| v.split_whitespace().any(|t| t == "articleBody"))
                && o.text_len(i) >= 250
                && f.link_density(o, i) < 0.5
        })
        .max_by_key(|&i| o.text_len(i));
    let mut top5: Vec<NodeId> = Vec::with_capacity(6);
    for c in o.ids().filter(|&c| scored(c) && !excluded[c as usize]) {
        let pos = top5.iter().position(|&t| score[c as usize] > score[t as usize]).unwrap_or(top5.len());
        if pos < 5 {
            top5.insert(pos, c);
            top5.truncate(5);
        }
    }
    let is_body = |c: NodeId| Some(c) == body || o.tag(c) == "html";
    if let Some(m) = marked {
        return Some((expand_to_article(o, m), true));
    }
    let mut top = match top5.first() {
        Some(&t) if !is_body(t) => t,
        _ => return body.or_else(|| o.ids().next()).map(|b| (b, false)),
    };
    let top_score = score[top as usize];
    let alternatives: Vec<NodeId> =
        top5[1..].iter().copied().filter(|&c| score[c as usize] / top_score >= 0.75).collect();
    if alternatives.len() >= 3 {
        for p in o.ancestors(top) {
            if is_body(p) {
                break;
            }
            if alternatives.iter().filter(|&&a| o.contains(p, a)).count() >= 3 {
                top = p;
                break;
            }
        }
    }
    let top_score = if scored(top) { score[top as usize] } else { 0.0 };
    let mut last = top_score;
    let threshold = last / 3.0;
    for p in o.ancestors(top) {
        if is_body(p) {
            break;
        }
        if !scored(p) {
            continue;
        }
        let ps = score[p as usize];
        if ps < threshold {
            break;
        }
        if ps > last {
            top = p;
            break;
        }
        last = ps;
    }
    while let Some(p) = o.parent(top) {
        if is_body(p) || o.children(p).nth(1).is_some() {
            break;
        }
        top = p;
    }
    // A page that marks its story (`<article>`, schema.org Article microdata) tells where it
    // ends: do not climb past the marked element that holds the best paragraphs.
    let best = top5[0];
    if let Some(marked) =
        std::iter::once(best).chain(o.ancestors(best)).take_while(|&a| a != top).find(|&a| is_marked_article(o, a))
    {
        top = marked;
    } else {
        top = expand_to_article(o, top);
    }
    Some((top, false))
}

/// The story's own element around `top` (with its header, byline and figures) when the page
/// marks one close above it and it adds little text.
fn expand_to_article(o: &Outline, top: NodeId) -> NodeId {
    match o.ancestors(top).take(3).find(|&a| is_marked_article(o, a)) {
        Some(marked) if o.text_len(marked) * 2 <= o.text_len(top) * 5 => marked,
        _ => top,
    }
}

/// Whether the page marks `id` as one article: `<article>` or schema.org Article microdata.
fn is_marked_article(o: &Outline, id: NodeId) -> bool {
    o.tag(id) == "article"
        || o.attr(id, AttrName::ItemType).is_some_and(|t| t.contains("Article") || t.contains("BlogPosting"))
}

/// The top candidate and the siblings that belong to it, in document order.
fn siblings(
    o: &Outline,
    f: &Features,
    score: &[f64],
    excluded: &[bool],
    top: NodeId,
    body: Option<NodeId>,
) -> Vec<NodeId> {
    let Some(parent) = o.parent(top).filter(|&p| Some(top) != body && o.tag(p) != "html") else {
        return vec![top];
    };
    let top_score = if score[top as usize].is_nan() { 0.0 } else { score[top as usize] };
    let threshold = (top_score * 0.2).max(10.0);
    let top_class = o.attr(top, AttrName::Class).unwrap_or("");
    o.children(parent)
        .filter(|&s| {
            if s == top {
                return true;
            }
            if excluded[s as usize] {
                return false;
            }
            let bonus = if !top_class.is_empty() && o.attr(s, AttrName::Class) == Some(top_class) {
                top_score * 0.2
            } else {
                0.0
            };
            let ss = score[s as usize];
            if !ss.is_nan() && ss + bonus >= threshold {
                return true;
            }
            if o.tag(s) == "p" || (o.tag(s) == "div" && !f.has_block_child[s as usize]) {
                let len = o.text_len(s);
                let ld = f.link_density(o, s);
                if len > 80 && ld < 0.25 {
                    return true;
                }
                if len > 0 && len <= 80 && ld == 0.0 {
                    let t = o.text(s);
                    return t.ends_with('.') || t.contains(". ");
                }
            }
            false
        })
        .collect()
}

/// The headline (`<h1>`) when it stands outside the body just above it, and lead paragraphs
/// between the two.
fn headline_and_lead(o: &Outline, f: &Features, excluded: &[bool], roots: &[NodeId]) -> (Option<NodeId>, Vec<NodeId>) {
    let first = roots[0];
    let last_end = roots.iter().map(|&r| o.node(r).end).max().unwrap_or(first + 1);
    let inside = |i: NodeId| roots.iter().any(|&r| o.contains(r, i));
    let visible_h1 = |i: &NodeId| o.tag(*i) == "h1" && !f.skipped[*i as usize] && o.text_len(*i) > 0;
    if o.ids().filter(visible_h1).any(inside) {
        return (None, Vec::new());
    }
    // The last h1 before the body with little text in between.
    let Some(h1) = (0..first).rev().find(|i| visible_h1(i) && !o.contains(*i, first)) else {
        return (None, Vec::new());
    };
    let runs_between = o.text_run_range(h1).end..o.text_run_range(first).start;
    if runs_between.start > runs_between.end || o.text_len_of_runs(runs_between) > 1500 {
        return (None, Vec::new());
    }
    let _ = last_end;
    let lead = (o.node(h1).end..first)
        .filter(|&i| {
            o.tag(i) == "p"
                && !excluded[i as usize]
                && !o.contains(i, first)
                && o.text_len(i) >= 60
                && f.link_density(o, i) < 0.25
                && o.ancestors(i).all(|a| o.tag(a) != "p")
        })
        .collect();
    (Some(h1), lead)
}

/// Collects blocks from article subtrees, leaving out clutter containers.
struct Builder<'a> {
    o: &'a Outline,
    f: &'a Features,
    excluded: &'a [bool],
    flags: Flags,
    /// Per node: 0 = unvisited, 1 = kept, 2 = dropped.
    state: Vec<u8>,
    /// Per node: bit 0 in a list item, bit 1 in a quotation, bit 2 in a caption.
    context: Vec<u8>,
    blocks: Vec<(NodeId, Block)>,
}

const IN_LIST: u8 = 1;
const IN_QUOTE: u8 = 2;
const IN_CAPTION: u8 = 4;

impl<'a> Builder<'a> {
    fn new(o: &'a Outline, f: &'a Features, excluded: &'a [bool], flags: Flags) -> Builder<'a> {
        Builder { o, f, excluded, flags, state: vec![0; o.len()], context: vec![0; o.len()], blocks: Vec::new() }
    }

    /// Adds the blocks of `root`'s subtree.
    fn collect(&mut self, root: NodeId) {
        let o = self.o;
        let end = o.node(root).end;
        for i in root..end {
            let parent = o.parent(i).filter(|_| i != root);
            let (parent_state, parent_ctx) =
                parent.map_or((1, 0), |p| (self.state[p as usize], self.context[p as usize]));
            if parent_state == 2 || self.drop(i) {
                self.state[i as usize] = 2;
                continue;
            }
            self.state[i as usize] = 1;
            let tag = o.tag(i);
            let mut ctx = parent_ctx;
            if matches!(tag, "li" | "dd" | "dt") {
                ctx |= IN_LIST;
            }
            if tag == "blockquote" || tag == "q" && !self.f.has_block_child[i as usize] {
                ctx |= IN_QUOTE;
            }
            if tag == "figcaption"
                || tag == "figure"
                || (tag != "body" && clutter::is_figure(o, i))
                || o.classes(i).any(|c| c.to_ascii_lowercase().contains("caption"))
            {
                ctx |= IN_CAPTION;
            }
            self.context[i as usize] = ctx;
        }
        let mut current = String::new();
        let mut current_block = NO_NODE;
        let range = o.text_run_range(root);
        for (k, run) in o.all_text_runs()[range.clone()].iter().enumerate() {
            if !run.visible || run.node == NO_NODE || self.state[run.node as usize] != 1 {
                continue;
            }
            let block = self.f.block_of[run.node as usize];
            let block = if o.contains(root, block) { block } else { root };
            if block != current_block || self.f.breaks[range.start + k] {
                self.emit(current_block, &current);
                current.clear();
                current_block = block;
            }
            push_collapsed(&mut current, o.run_text(run));
        }
        self.emit(current_block, &current);
    }

    /// Whether the subtree of `i` is left out of the article.
    fn drop(&self, i: NodeId) -> bool {
        let (o, f) = (self.o, self.f);
        if self.excluded[i as usize] {
            return true;
        }
        let tag = o.tag(i);
        if matches!(tag, "h1" | "h2" | "h3") && f.weight[i as usize] < 0 && self.flags.weight_classes {
            return true;
        }
        if !self.flags.clean || o.text_len(i) == 0 && !o.is(i, &["div", "section", "ul", "ol", "table", "form"]) {
            return false;
        }
        if matches!(tag, "div" | "section" | "aside" | "ul" | "ol" | "table" | "form" | "fieldset") {
            if self.related_box(i) {
                return true;
            }
            return self.clutter_container(i);
        }
        false
    }

    /// A box that starts with a "Read more" / "Mehr zum Thema" heading and holds mostly links.
    fn related_box(&self, i: NodeId) -> bool {
        let o = self.o;
        let Some(first) = o.text_runs(i).iter().find(|r| r.visible && !o.run_text(r).trim().is_empty()) else {
            return false;
        };
        let b = self.f.block_of[first.node as usize];
        if b == NO_NODE || !o.contains(i, b) || o.text_len(b) > 80 {
            return false;
        }
        is_related_heading(&o.text(b)) && (self.f.link_density(o, i) > 0.3 || o.text_len(i) <= o.text_len(b) + 200)
    }

    /// Readability's conditional cleaning: short widgets, link lists, image or form boxes.
    fn clutter_container(&self, i: NodeId) -> bool {
        let (o, f) = (self.o, self.f);
        let tag = o.tag(i);
        if o.ancestors(i).take(30).any(|a| o.is(a, &["code", "pre", "figure"])) {
            return false;
        }
        if tag == "table" && (f.count(o, i, C_DATA_TABLE) > 0 || f.count(o, i, C_TABLE) == 0) {
            return false;
        }
        // A short box with the byline or the date is the article's own header line.
        if o.text_len(i) < 300 && f.count(o, i, C_BYLINE) > 0 {
            return false;
        }
        // An image block inside the story is part of it, whatever its class says ("media" is
        // a negative hint for whole sections, not for a photo with its caption).
        if clutter::is_figure(o, i) {
            return false;
        }
        let weight = if self.flags.weight_classes { f.weight[i as usize] } else { 0 };
        if weight < 0 {
            return true;
        }
        let text_len = o.text_len(i);
        let r = o.text_run_range(i);
        let list_len = f.list_prefix[r.end] - f.list_prefix[r.start];
        let is_list = matches!(tag, "ul" | "ol") || (text_len > 0 && list_len as f64 / text_len as f64 > 0.9);
        let ld = f.link_density(o, i);
        if is_list && ld > 0.6 && text_len > 0 {
            return true; // a teaser or link list
        }
        if f.commas(o, i) >= 10 {
            return false;
        }
        let p = f.count(o, i, C_P);
        let img = f.count(o, i, C_IMG);
        let li = f.count(o, i, C_LI).saturating_sub(100);
        let input = f.count(o, i, C_INPUT);
        let embeds = f.count(o, i, C_EMBED);
        let heading_len = f.heading_prefix[r.end] - f.heading_prefix[r.start];
        let heading_density = heading_len as f64 / text_len.max(1) as f64;
        (img > 1 && f64::from(p) / f64::from(img) < 0.5)
            || (!is_list && li > p)
            || input > p / 3
            || (!is_list && heading_density < 0.9 && text_len < 25 && (img == 0 || img > 2))
            || (!is_list && weight < 25 && ld > 0.2 && text_len > 0)
            || (weight >= 25 && ld > 0.5)
            || (embeds == 1 && text_len < 75)
            || embeds > 1
    }

    /// Adds one block of text held by element `block`.
    fn emit(&mut self, block: NodeId, text: &str) {
        let text = text.trim();
        if block == NO_NODE || !text.chars().any(char::is_alphanumeric) {
            return;
        }
        let o = self.o;
        if text.len() <= 60 && (is_ad_label(text) || only_share_words(text)) {
            return;
        }
        // Banners and print labels are short; longer blocks are never either.
        if text.len() <= 700 && mentions_browser(text) && banner::is_banner_text(&clutter::normalize(text))
            || text.len() <= 60 && print::is_label(text)
        {
            return;
        }
        let ctx = self.context[block as usize];
        let kind = if o.is(block, &["h1", "h2", "h3", "h4", "h5", "h6"]) {
            if is_related_heading(text) {
                return;
            }
            BlockKind::Heading
        } else if ctx & IN_CAPTION != 0 {
            BlockKind::Caption
        } else if ctx & IN_QUOTE != 0 {
            BlockKind::Quote
        } else if ctx & IN_LIST != 0 {
            BlockKind::List
        } else {
            BlockKind::Paragraph
        };
        self.blocks.push((block, Block { kind, text: text.to_string() }));
    }

    fn finish(self) -> Vec<(NodeId, Block)> {
        self.blocks
    }
}

/// Labels of advertisement slots and reading prompts (normalized).
const AD_LABELS: &[&str] = &[
    "advertisement",
    "advertisements",
    "skip advertisement",
    "continue reading the main story",
    "story continues below advertisement",
    "article continues below advertisement",
    "anzeige",
    "werbung",
    "publicité",
    "publicidad",
    "pubblicità",
    "sponsored",
];

/// Words of share bars ("Teilen: Facebook WhatsApp").
const SHARE_WORDS: &[&str] = &[
    "share",
    "teilen",
    "partager",
    "compartir",
    "condividi",
    "delen",
    "facebook",
    "twitter",
    "x",
    "whatsapp",
    "telegram",
    "linkedin",
    "xing",
    "pinterest",
    "reddit",
    "email",
    "e",
    "mail",
    "messenger",
    "flipboard",
    "threads",
    "bluesky",
    "mastodon",
    "copy",
    "link",
    "kopieren",
    "on",
    "per",
    "via",
    "this",
    "article",
    "artikel",
    "sur",
];

/// Whether `text` consists only of share-bar words.
fn only_share_words(text: &str) -> bool {
    let t = clutter::normalize(text);
    let mut words = t.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).peekable();
    words.peek().is_some() && words.all(|w| SHARE_WORDS.contains(&w))
}

/// Whether `text` is only an advertisement label.
fn is_ad_label(text: &str) -> bool {
    let t = clutter::normalize(text);
    AD_LABELS.contains(&t.trim_matches(|c: char| !c.is_alphanumeric()))
}

/// Whether `text` names a browser (every banner phrase does): a cheap filter before the banner
/// check.
fn mentions_browser(text: &str) -> bool {
    let b = text.as_bytes();
    ["browser", "navigat", "navega", "przegl"]
        .iter()
        .any(|w| b.windows(w.len()).any(|win| win.eq_ignore_ascii_case(w.as_bytes())))
}

/// Whether `text` is the heading of a related-links box.
fn is_related_heading(text: &str) -> bool {
    let t = clutter::normalize(text);
    let t = t.trim_matches(|c: char| !c.is_alphanumeric());
    t.len() <= 60
        && (RELATED_HEADINGS.iter().any(|h| t == *h || (t.starts_with(h) && t[h.len()..].starts_with(':')))
            || RELATED_PREFIXES.iter().any(|h| t.starts_with(h)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::html::scan::scan;

    fn blocks(html: &str) -> Vec<(BlockKind, String)> {
        let o = scan(html, 64).unwrap();
        find(&o).map(|f| f.blocks.into_iter().map(|(_, b)| (b.kind, b.text)).collect()).unwrap_or_default()
    }

    fn para(words: &str) -> String {
        format!("<p>{words}, and it went on for a while, with commas, details and more words to read here.</p>")
    }

    #[test]
    fn finds_story_and_leaves_navigation_related_links_and_comments() {
        let body: String = (0..6).map(|i| para(&format!("Paragraph number {i} of the story"))).collect();
        let html = format!(
            r#"<html><body><nav><a href="/">Home</a> <a href="/a">World</a></nav>
            <h1>The big story</h1>
            <div class="article-body">{body}
              <h2>What happens next</h2>{}
              <blockquote><p>We are very happy with the result, said the mayor.</p></blockquote>
              <ul><li>First point of a real list</li><li>Second point</li></ul>
              <figure><img src=x><figcaption>The bridge at dusk. Photo: Ann Lee</figcaption></figure>
              <div class="related"><h3>Mehr zum Thema</h3><ul><li><a href="/1">Other story one</a></li><li><a href="/2">Other story two</a></li></ul></div>
              <div class="box"><h3>Read more</h3><ul><li><a href="/3">Another teaser</a></li></ul></div>
            </div>
            <div id="comments"><p>Great article, I loved it, thanks a lot for writing, really.</p></div>
            <footer><p>Copyright, all rights reserved, 2024, and so on and so on.</p></footer></body></html>"#,
            para("Closing words")
        );
        let b = blocks(&html);
        let texts: Vec<&str> = b.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(b[0], (BlockKind::Heading, "The big story".to_string()));
        assert!(texts.iter().any(|t| t.starts_with("Paragraph number 0")));
        assert!(texts.iter().any(|t| t.starts_with("Closing words")));
        assert!(b.contains(&(BlockKind::Heading, "What happens next".into())));
        assert!(b.iter().any(|(k, t)| *k == BlockKind::Quote && t.starts_with("We are very happy")));
        assert!(b.contains(&(BlockKind::List, "First point of a real list".into())));
        assert!(b.iter().any(|(k, t)| *k == BlockKind::Caption && t.starts_with("The bridge at dusk")));
        for gone in
            ["Home", "Other story", "Mehr zum Thema", "Read more", "Another teaser", "Great article", "Copyright"]
        {
            assert!(!texts.iter().any(|t| t.contains(gone)), "{gone} should not be in the article: {texts:?}");
        }
    }

    #[test]
    fn article_body_itemprop_wins_and_lead_above_is_kept() {
        let body: String = (0..3).map(|i| para(&format!("Body paragraph {i}"))).collect();
        let side: String = (0..5).map(|i| para(&format!("Sidebar text {i}"))).collect();
        let html = format!(
            r#"<body><header><h1>Headline here</h1><p class="lead">The lead of the story tells what happened and why it matters.</p></header>
            <div itemprop="articleBody">{body}</div><div class="col">{side}</div></body>"#
        );
        let b = blocks(&html);
        assert_eq!(b[0].1, "Headline here");
        assert!(b[1].1.starts_with("The lead of the story"));
        assert!(b.iter().all(|(_, t)| !t.starts_with("Sidebar")));
        assert_eq!(b.len(), 5);
    }

    #[test]
    fn banner_and_print_text_is_not_article() {
        let body: String = (0..6).map(|i| para(&format!("Text {i}"))).collect();
        let html =
            format!(r#"<body><article><p>Your browser is not supported.</p><p>Print</p>{body}</article></body>"#);
        let b = blocks(&html);
        assert!(b.iter().all(|(_, t)| !t.contains("browser") && t != "Print"), "{b:?}");
    }

    #[test]
    fn no_article_on_an_empty_page() {
        assert!(blocks("<html><body><nav><a href=/>Home</a></nav></body></html>").is_empty());
    }

    #[test]
    fn related_headings() {
        assert!(is_related_heading("Lesen Sie mehr zu diesen Themen"));
        assert!(is_related_heading("Mehr zum Thema:"));
        assert!(is_related_heading("Related"));
        assert!(!is_related_heading("Related parties disagree about the bridge"));
        assert!(!is_related_heading("Die Themen der Woche im Kreistag"));
    }
}
