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
    let protection = Protection::from_prose(&outline);
    let plan = plan::plan(&outline, &proposals, &protection);
    Ok(Judged { decoded, outline, plan })
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

/// Cleans a page: removes clutter, keeps every word of the article.
///
/// `input` is the page's bytes in any encoding (see [`html::decode`]); the output is UTF-8.
pub fn clean(input: &[u8], options: &Options) -> Result<Cleaned, Error> {
    let judged = judge(input, options)?;
    let charset = if judged.decoded.encoding == encoding_rs::UTF_8 || has_charset_meta(&judged.outline) {
        Charset::Update
    } else {
        Charset::UpdateAndAdd
    };
    let html = rewrite::rewrite(&judged.decoded.text, &judged.plan.actions, charset, options.chunk_size)?;
    let report = report(input, judged);
    Ok(Cleaned { html, report })
}

/// The report of a judged page (shared by [`clean`] and [`plan`]).
fn report(input: &[u8], judged: Judged) -> Report {
    Report {
        stats: stats(input, &judged),
        removed: judged.plan.removed,
        skipped: judged.plan.skipped,
        article: article::Article::default(),
        facts: facts::Facts::default(),
    }
}

/// What [`plan`] returns: the actions for a DOM applier and the report.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Planned {
    /// The actions, in document order of their elements; each names its element by ordinal,
    /// tag and fingerprint (see [`plan::Action`]).
    pub actions: Vec<plan::Action>,
    /// The same report [`clean`] gives.
    pub report: Report,
}

/// Plans the cleaning of a page without rewriting it: for applying to a live DOM whose
/// serialization `input` is (the extension and `cleanDocument` in JavaScript).
///
/// Element ordinals count start tags in document order as the HTML tokenizer sees them,
/// including `<head>` children, `<template>` contents and SVG elements, and nothing inside
/// raw-text elements (`script`, `style`, `noscript`, `textarea`, `title`, `iframe`, …).
pub fn plan(input: &[u8], options: &Options) -> Result<Planned, Error> {
    let judged = judge(input, options)?;
    let actions = judged.plan.actions.clone(); // the report's statistics count them too
    Ok(Planned { actions, report: report(input, judged) })
}

/// Analyzes a page: the report of [`clean`] without the cleaned HTML.
pub fn analyze(input: &[u8], options: &Options) -> Result<Report, Error> {
    clean(input, options).map(|c| c.report)
}

/// The readable text of a page: the visible text of the cleaned page, one block per line
/// group, blocks separated by blank lines.
pub fn text(input: &[u8], options: &Options) -> Result<String, Error> {
    let cleaned = clean(input, options)?;
    let outline = html::scan::scan(&cleaned.html, options.chunk_size)?;
    Ok(text::visible_blocks(&outline).join("\n\n"))
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
