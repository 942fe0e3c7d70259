//! The report of one page: what was removed, the article, its facts and statistics. The JSON
//! shape is a contract (`lede analyze`, the wasm API and the extension all use it).

use serde::Serialize;

use crate::article::Article;
use crate::facts::Facts;
use crate::plan::{Removed, Skipped};

/// What Lede did with a page and what it found in it.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Report {
    /// Removed items in document order.
    pub removed: Vec<Removed>,
    /// Proposals refused because they would have removed article text.
    pub skipped: Vec<Skipped>,
    /// The article.
    pub article: Article,
    /// The article's key facts.
    pub facts: Facts,
    /// Numbers about the run.
    pub stats: Stats,
}

/// Numbers about one run (deterministic: no timings).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Stats {
    /// Input size in bytes.
    pub input_bytes: usize,
    /// The encoding the input was read in (WHATWG name, e.g. `"windows-1252"`).
    pub encoding: &'static str,
    /// Why that encoding was chosen (`bom`, `meta`, `hint`, `sniffed`, `mislabelled-utf8`).
    pub encoding_source: crate::html::decode::EncodingSource,
    /// Whether malformed bytes were replaced with U+FFFD while decoding.
    pub encoding_errors: bool,
    /// Number of elements on the page.
    pub elements: usize,
    /// Number of removed items.
    pub removed: usize,
    /// Number of photo credits separated from their caption.
    pub credits_separated: usize,
}
