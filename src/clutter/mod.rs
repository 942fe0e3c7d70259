//! Clutter detectors: pure functions over the [`Outline`] that propose actions.
//!
//! Each detector lives in its own module and returns [`Proposal`]s with a stable rule id. The
//! [planner](crate::plan) decides which proposals become actions; detectors never need to be
//! careful about article text themselves, but they should be precise, because a proposal that
//! touches protected text is dropped whole.

pub mod banner;
pub mod caption;
pub mod print;

use serde::Serialize;

use crate::options::Options;
use crate::outline::{NodeId, Outline};

/// What kind of clutter an action removes. Serialized in kebab-case (`"unsupported-browser"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// An "unsupported / outdated browser" banner.
    UnsupportedBrowser,
    /// A print link or button, or a tool bar that only held print widgets.
    PrintWidget,
    /// A repeated copy of an image caption.
    DuplicateCaption,
}

/// What to do with an element.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Op {
    /// Remove the element and everything in it.
    Remove,
    /// Remove the element's own text (not its child elements), e.g. a caption copy whose
    /// credit is a child element that stays.
    RemoveOwnText,
    /// Insert a space before the element (a photo credit glued to its caption).
    SpaceBefore,
}

/// One detector's suggestion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proposal {
    /// The element.
    pub node: NodeId,
    /// What to do with it.
    pub op: Op,
    /// What kind of clutter it is.
    pub kind: Kind,
    /// Stable rule id, such as `banner.text` (documented in the README).
    pub rule: &'static str,
}

/// Runs every enabled detector and returns their proposals in document order.
pub fn detect(outline: &Outline, options: &Options) -> Vec<Proposal> {
    let mut proposals = Vec::new();
    if options.remove_banners {
        banner::detect(outline, &mut proposals);
    }
    if options.remove_print_widgets {
        print::detect(outline, &mut proposals);
    }
    if options.dedupe_captions {
        caption::detect(outline, &mut proposals);
    }
    proposals.sort_by_key(|p| (p.node, p.op));
    proposals.dedup_by_key(|p| (p.node, p.op));
    proposals
}

/// Lowercases and collapses whitespace; typographic apostrophes become `'`.
pub(crate) fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        let ch = match ch {
            '\u{2019}' | '\u{2018}' | '\u{00B4}' | '`' => '\'',
            c => c,
        };
        if ch.is_whitespace() {
            if !out.is_empty() && !out.ends_with(' ') {
                out.push(' ');
            }
        } else {
            out.extend(ch.to_lowercase());
        }
    }
    let len = out.trim_end().len();
    out.truncate(len);
    out
}

/// Tags that are page landmarks: detectors never remove them on a guess.
pub(crate) const LANDMARKS: &[&str] = &["html", "body", "main", "article", "header", "footer", "nav", "form"];

/// Tags that carry visual content even without text.
pub(crate) const MEDIA: &[&str] = &["img", "picture", "video", "audio", "iframe", "canvas", "object", "embed"];

/// Whether a class or id token names an image block (figure, photo, …).
pub(crate) fn is_figure_token(token: &str) -> bool {
    ["figure", "caption", "image", "img", "photo", "foto", "bild", "picture", "media", "gallery"]
        .iter()
        .any(|w| contains_ci(token, w))
}

/// ASCII case-insensitive substring test without allocating; `needle` must be lowercase.
pub(crate) fn contains_ci(hay: &str, needle: &str) -> bool {
    let (hay, needle) = (hay.as_bytes(), needle.as_bytes());
    let Some((&first, rest)) = needle.split_first() else { return false };
    if hay.len() < needle.len() {
        return false;
    }
    // Jump between occurrences of the first byte in either case (memchr2 is vectorized);
    // compare the rest only there.
    let last_start = hay.len() - needle.len();
    memchr::memchr2_iter(first, first.to_ascii_uppercase(), &hay[..=last_start])
        .any(|i| hay[i + 1..i + needle.len()].eq_ignore_ascii_case(rest))
}

/// Whether any visible text run of `id`'s subtree contains one of the (lowercase ASCII)
/// `needles`, ignoring ASCII case: a cheap filter before normalizing text.
pub(crate) fn runs_mention(outline: &Outline, id: NodeId, needles: &[&str]) -> bool {
    outline
        .text_runs(id)
        .iter()
        .filter(|r| r.visible)
        .any(|r| needles.iter().any(|n| contains_ci(outline.run_text(r), n)))
}

/// Whether `id` is a figure-like block: a `<figure>`, or an element whose class or id names an
/// image block and that holds an image.
pub(crate) fn is_figure(outline: &Outline, id: NodeId) -> bool {
    match outline.tag(id) {
        "figure" => outline.text_len(id) <= 3000,
        "img" | "picture" | "p" | "span" | "a" | "body" | "html" | "article" | "main" => false,
        _ => {
            let named = outline.classes(id).any(is_figure_token)
                || outline.attr(id, crate::outline::AttrName::Id).is_some_and(is_figure_token);
            named
                && outline.text_len(id) <= 1500
                && outline.descendants(id).take(200).any(|d| outline.is(d, &["img", "picture", "video"]))
        }
    }
}

/// Counts letters and digits in `text`.
pub(crate) fn alnum_count(text: &str) -> usize {
    text.chars().filter(|c| c.is_alphanumeric()).count()
}
