//! The article: what the page is about, as text blocks in reading order plus metadata.
//!
//! The article finder (`body`) and the metadata reader (`meta`) fill an [`Article`] from the
//! [`Outline`](crate::outline::Outline); the facts extractor reads only [`Article::blocks`].

use serde::Serialize;

/// What kind of text a [`Block`] holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum BlockKind {
    /// A headline or subheading.
    Heading,
    /// A paragraph of running text (also the lead/teaser).
    Paragraph,
    /// An image caption, with its photo credit separated from it.
    Caption,
    /// A block quotation.
    Quote,
    /// A list item (one block per item).
    List,
}

/// One block of article text in reading order.
///
/// `text` is plain text: entities decoded, whitespace collapsed to single spaces, trimmed.
/// Fact spans are byte offsets into this string.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Block {
    /// What the block is.
    pub kind: BlockKind,
    /// The block's plain text.
    pub text: String,
}

/// The story on a page: its blocks and metadata.
///
/// Every field is optional in the sense that it may be empty: a page without an article gives
/// an `Article` with no blocks.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Article {
    /// Headline without a trailing " | Site" suffix.
    pub title: Option<String>,
    /// The authors' names, comma-separated, as the page gives them.
    pub byline: Option<String>,
    /// Publication date-time as ISO 8601 (`2023-06-19` or `2023-06-19T14:05:00+02:00`).
    pub published: Option<String>,
    /// The site's name ("Die Presse").
    pub site: Option<String>,
    /// BCP 47 language tag from the page ("de", "en-US").
    pub lang: Option<String>,
    /// The lead (teaser) paragraph.
    pub lead: Option<String>,
    /// All block texts joined with blank lines.
    pub text: String,
    /// The blocks in reading order.
    pub blocks: Vec<Block>,
}

pub mod body;
pub mod meta;

use crate::outline::Outline;

/// Finds the article on a scanned page: its blocks ([`body::find`]) and metadata
/// ([`meta::read`]). A page without an article gives an `Article` with metadata only.
pub fn read(outline: &Outline) -> Article {
    let found = body::find(outline);
    build(found.as_ref(), meta::read(outline))
}

/// Assembles an [`Article`] from found blocks and metadata: `text` is the blocks joined by blank
/// lines; `lead` is the first paragraph after the opening headline, or the page's description
/// when there is no such paragraph.
pub fn build(found: Option<&body::Found>, meta: meta::Meta) -> Article {
    let blocks: Vec<Block> = found.map(|f| f.blocks.iter().map(|(_, b)| b.clone()).collect()).unwrap_or_default();
    let text = blocks.iter().map(|b| b.text.as_str()).collect::<Vec<_>>().join("\n\n");
    let lead = blocks
        .iter()
        .skip_while(|b| b.kind == BlockKind::Heading)
        .take(3)
        .find(|b| b.kind == BlockKind::Paragraph && b.text.len() >= 40 && !is_byline_or_date(&b.text))
        .map(|b| b.text.clone())
        .or_else(|| meta.description.clone());
    Article {
        title: meta.title,
        byline: meta.byline,
        published: meta.published,
        site: meta.site,
        lang: meta.lang,
        lead,
        text,
        blocks,
    }
}

/// Whether a short block is the byline or date line ("Von Anna Roth 04.06.2024, 14:05 Uhr").
fn is_byline_or_date(text: &str) -> bool {
    let lower = text.to_lowercase();
    text.len() < 120
        && (["von ", "by ", "par ", "por ", "di "].iter().any(|p| lower.starts_with(p))
            || meta::parse_text_date(text).is_some())
}
