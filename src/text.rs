//! Plain text of a page: the visible text grouped into blocks (paragraphs, headings, list
//! items, …), as `lede text` prints it before an article is found.

use crate::outline::{push_collapsed, NodeId, Outline, NO_NODE};

/// Elements that start a new block of text.
pub const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "aside",
    "header",
    "footer",
    "nav",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "figure",
    "figcaption",
    "table",
    "tr",
    "td",
    "th",
    "caption",
    "form",
    "fieldset",
    "address",
    "hr",
    "br",
    "body",
    "html",
    "details",
    "summary",
    "button",
    "label",
    "option",
    "select",
    "textarea",
];

/// The visible text of the whole page as blocks in document order, whitespace collapsed.
pub fn visible_blocks(outline: &Outline) -> Vec<String> {
    // block_of[i]: the nearest block element at or above element i.
    let mut block_of: Vec<NodeId> = Vec::with_capacity(outline.len());
    for i in outline.ids() {
        let b = if outline.is(i, BLOCK_TAGS) { i } else { outline.parent(i).map_or(NO_NODE, |p| block_of[p as usize]) };
        block_of.push(b);
    }
    let mut blocks = Vec::new();
    let mut current = String::new();
    let mut current_block = NO_NODE;
    for run in outline.all_text_runs().iter().filter(|r| r.visible) {
        let block = block_of.get(run.node as usize).copied().unwrap_or(NO_NODE);
        if block != current_block {
            let text = current.trim_end();
            if !text.is_empty() {
                blocks.push(text.to_string());
            }
            current.clear();
            current_block = block;
        }
        push_collapsed(&mut current, outline.run_text(run));
    }
    let text = current.trim_end();
    if !text.is_empty() {
        blocks.push(text.to_string());
    }
    blocks
}

/// The visible text of the whole page with whitespace collapsed to single spaces, block
/// boundaries included as spaces: what a test searches for sentences.
pub fn visible_text(outline: &Outline) -> String {
    visible_blocks(outline).join(" ")
}

/// Splits `text` into sentences for evaluations: cut after `.`, `!`, `?` or `…` followed by
/// whitespace; whitespace collapsed; pieces shorter than `min_chars` characters are dropped.
pub fn sentences(text: &str, min_chars: usize) -> Vec<String> {
    let mut collapsed = String::with_capacity(text.len());
    push_collapsed(&mut collapsed, text);
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = collapsed.as_bytes();
    for (i, ch) in collapsed.char_indices() {
        let end = i + ch.len_utf8();
        let at_break = matches!(ch, '.' | '!' | '?' | '…') && bytes.get(end) == Some(&b' ');
        if at_break || end == collapsed.len() {
            let s = collapsed[start..end].trim();
            if s.chars().count() >= min_chars {
                out.push(s.to_string());
            }
            start = end;
        }
    }
    out
}

/// The sentences of `reference` (at least 20 characters) that occur in the visible text
/// `before` but not in `after`: what a cleanup lost. Whitespace is ignored in the comparison,
/// so a space inserted between a caption and its credit is not a loss. Used by tests and
/// evaluations.
pub fn lost_sentences(reference: &str, before: &str, after: &str) -> Vec<String> {
    let squeeze = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    let (before, after) = (squeeze(before), squeeze(after));
    sentences(reference, 20)
        .into_iter()
        .filter(|s| {
            let s = squeeze(s);
            before.contains(&s) && !after.contains(&s)
        })
        .collect()
}
