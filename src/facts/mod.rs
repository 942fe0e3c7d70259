//! Key facts from the article's blocks (placeholder until the facts extractor lands).

use serde::Serialize;

use crate::article::Article;

/// The key facts of an article. Empty until the extractor is implemented.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Facts {}

/// Extracts the key facts from an article's blocks.
pub fn extract(_article: &Article) -> Facts {
    Facts {}
}
