//! # Lede
//!
//! Lede cleans news pages in place and finds the article's key facts. It removes clutter that
//! gets between a reader and the story — "unsupported browser" banners in any language, print
//! widgets, image captions printed twice — and never deletes a word of the article.
//!
//! The engine is pure Rust and runs natively (the `lede` command line tool) and as WebAssembly
//! (the browser extension and the demo page). Data flows one way:
//!
//! ```text
//! bytes ─decode─▶ scan (lol_html) ─▶ Outline ─▶ detectors ─▶ planner ─▶ Plan ─▶ rewrite (lol_html) ─▶ HTML
//! ```
//!
//! ```
//! let page = br#"<html><body><article><h1>Title</h1>
//!   <p>The council approved the new bridge on Monday after a long debate.</p>
//!   <p>Construction will start next spring and take two years to finish.</p>
//!   <ul class="tools"><li><a href="javascript:window.print()">Print</a></li></ul>
//!   </article><div class="browser-warning">Your browser is not supported.</div></body></html>"#;
//! let cleaned = lede::clean(page, &lede::Options::default()).unwrap();
//! assert!(!cleaned.html.contains("not supported"));
//! assert!(!cleaned.html.contains("Print"));
//! assert!(cleaned.html.contains("approved the new bridge"));
//! assert_eq!(cleaned.report.removed.len(), 2);
//! ```
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod article;
pub mod clutter;
pub mod error;
pub mod facts;
pub mod html;
pub mod options;
pub mod outline;
pub mod plan;
pub mod report;
pub mod text;
#[cfg(target_arch = "wasm32")]
/// The `#[wasm_bindgen]` exports (wasm32 only): `clean`, `analyze`, `plan`, `version`.
pub mod wasm;

pub use error::Error;
pub use options::Options;
pub use report::Report;

use html::decode::{self, Decoded};
use html::rewrite::{self, Charset};
use outline::Outline;
use plan::{Plan, Protection};
use report::Stats;

/// A cleaned page and the report of what was done.
#[derive(Debug, Clone)]
pub struct Cleaned {
    /// The cleaned page, UTF-8, with its charset declaration updated.
    pub html: String,
    /// What was removed, the article and its facts.
    pub report: Report,
}

/// The outcome of the judging stage for one page.
struct Judged {
    decoded: Decoded,
    outline: Outline,
    plan: Plan,
}

/// Decodes, scans and judges a page.
fn judge(input: &[u8], options: &Options) -> Result<Judged, Error> {
    options.validate()?;
    if input.len() > options.max_input_bytes {
        return Err(Error::InputTooLarge { size: input.len(), limit: options.max_input_bytes });
    }
    let decoded = decode::decode(input, options.encoding_hint.as_deref());
    let outline = html::scan::scan(&decoded.text, options.chunk_size)?;
    let proposals = clutter::detect(&outline, options);
    let protection = protection(&outline, &proposals);
    let plan = plan::plan(&outline, &proposals, &protection);
    Ok(Judged { decoded, outline, plan })
}

/// The planner's protection: the article's blocks (without captions and without blocks inside a
/// banner or print-widget proposal, which are clutter the finder took for text), or prose
/// signals when no article is found.
fn protection(outline: &Outline, proposals: &[clutter::Proposal]) -> Protection {
    let Some(found) = article::body::find(outline) else {
        return Protection::from_prose(outline);
    };
    // Mark every node inside a banner or print proposal in one pass over the (sorted)
    // proposals, so the filter below is linear however many proposals a page has.
    let mut in_clutter = vec![false; outline.len()];
    let mut covered_until: outline::NodeId = 0;
    for p in proposals.iter().filter(|p| p.op == clutter::Op::Remove && p.kind != clutter::Kind::DuplicateCaption) {
        let (start, end) = (p.node.max(covered_until), outline.node(p.node).end);
        if start < end {
            in_clutter[start as usize..end as usize].fill(true);
            covered_until = end;
        }
    }
    let nodes = article::body::protected_nodes(outline, &found).into_iter().filter(|&n| !in_clutter[n as usize]);
    Protection::from_blocks(outline, nodes)
}

fn stats(input: &[u8], judged: &Judged) -> Stats {
    Stats {
        input_bytes: input.len(),
        encoding: judged.decoded.encoding.name(),
        encoding_source: judged.decoded.source,
        encoding_errors: judged.decoded.had_errors,
        elements: judged.outline.len(),
        removed: judged.plan.removed.len(),
        credits_separated: judged.plan.actions.iter().filter(|a| a.op == clutter::Op::SpaceBefore).count(),
    }
}

/// Rewrites a judged page: the cleaned HTML, UTF-8, with its charset declaration updated.
fn rewrite_judged(judged: &Judged, options: &Options) -> Result<String, Error> {
    let charset = if judged.decoded.encoding == encoding_rs::UTF_8 || has_charset_meta(&judged.outline) {
        Charset::Update
    } else {
        Charset::UpdateAndAdd
    };
    rewrite::rewrite(&judged.decoded.text, &judged.plan.actions, charset, options.chunk_size)
}

/// The article of a cleaned page (read after cleaning, so it never contains removed clutter)
/// and the cleaned page's Outline.
fn article_of_cleaned(html: &str, options: &Options) -> Result<(article::Article, Outline), Error> {
    let outline = html::scan::scan(html, options.chunk_size)?;
    let found = article::body::find(&outline);
    let article = article::build(found.as_ref(), article::meta::read(&outline));
    Ok((article, outline))
}

/// The report of a judged page with the given article and facts.
fn report(input: &[u8], judged: Judged, article: article::Article, facts: facts::Facts) -> Report {
    Report { stats: stats(input, &judged), removed: judged.plan.removed, skipped: judged.plan.skipped, article, facts }
}

/// Cleans a page: removes clutter, keeps every word of the article.
///
/// `input` is the page's bytes in any encoding (see [`html::decode`]); the output is UTF-8.
/// The report lists what was removed and refused; its `article` and `facts` stay empty —
/// [`analyze`] fills them (it costs a second parse and the fact extraction).
pub fn clean(input: &[u8], options: &Options) -> Result<Cleaned, Error> {
    let judged = judge(input, options)?;
    let html = rewrite_judged(&judged, options)?;
    let report = report(input, judged, article::Article::default(), facts::Facts::default());
    Ok(Cleaned { html, report })
}

/// Analyzes a page: what [`clean`] removes, plus the article and its key facts.
pub fn analyze(input: &[u8], options: &Options) -> Result<Report, Error> {
    plan(input, options).map(|p| p.report)
}

/// What [`plan`] returns: the actions for a DOM applier and the full report.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Planned {
    /// The actions, in document order of their elements; each names its element by ordinal,
    /// tag and fingerprint (see [`plan::Action`]).
    pub actions: Vec<plan::Action>,
    /// The report [`analyze`] gives: removals, the article and its facts.
    pub report: Report,
}

/// Plans the cleaning of a page without returning the rewritten page: for applying to a live
/// DOM whose serialization `input` is (the extension and `cleanDocument` in JavaScript). The
/// report is [`analyze`]'s, so a panel can show the article's facts.
///
/// Element ordinals count start tags in document order as the HTML tokenizer sees them,
/// including `<head>` children, `<template>` contents and SVG elements, and nothing inside
/// raw-text elements (`script`, `style`, `noscript`, `textarea`, `title`, `iframe`, …).
pub fn plan(input: &[u8], options: &Options) -> Result<Planned, Error> {
    let judged = judge(input, options)?;
    let html = rewrite_judged(&judged, options)?;
    let (article, _) = article_of_cleaned(&html, options)?;
    let facts = facts::extract(&article);
    let actions = judged.plan.actions.clone(); // the report's statistics count them too
    Ok(Planned { actions, report: report(input, judged, article, facts) })
}

/// The article text of a page: the article's blocks separated by blank lines, or — when no
/// article is found — the visible text of the cleaned page, block by block.
pub fn text(input: &[u8], options: &Options) -> Result<String, Error> {
    let judged = judge(input, options)?;
    let html = rewrite_judged(&judged, options)?;
    let (article, outline) = article_of_cleaned(&html, options)?;
    if article.blocks.is_empty() {
        return Ok(text::visible_blocks(&outline).join("\n\n"));
    }
    Ok(article.text)
}

/// The article of a page without cleaning it: decode, scan, find the blocks, read the metadata.
/// Faster than [`analyze`] (one parse); the blocks may then include clutter that [`clean`]
/// would remove.
pub fn article(input: &[u8], options: &Options) -> Result<article::Article, Error> {
    options.validate()?;
    if input.len() > options.max_input_bytes {
        return Err(Error::InputTooLarge { size: input.len(), limit: options.max_input_bytes });
    }
    let decoded = decode::decode(input, options.encoding_hint.as_deref());
    let outline = html::scan::scan(&decoded.text, options.chunk_size)?;
    Ok(article::read(&outline))
}

/// Whether the page declares its charset in a `<meta>` element.
fn has_charset_meta(outline: &Outline) -> bool {
    use outline::AttrName;
    outline.ids().any(|i| {
        outline.tag(i) == "meta"
            && (outline.attr(i, AttrName::Charset).is_some()
                || outline.attr(i, AttrName::HttpEquiv).is_some_and(|v| v.eq_ignore_ascii_case("content-type")))
    })
}

/// The engine's version (the crate version).
pub fn version() -> &'static str {
    env!("CARGO_PKG_VERSION")
}
