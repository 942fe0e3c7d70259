//! The Outline: a compact, flat, document-ordered table of a page's elements and text.
//!
//! Built by one streaming pass ([`crate::html::scan`]); read by the clutter detectors, the
//! article finder and the metadata reader. No DOM: nodes are indices into one `Vec`, strings are
//! ranges into one arena, so memory grows with the number of elements and the amount of text,
//! not with markup, and there is no allocation per node beyond the tables themselves.
//!
//! Nesting follows the streaming parser's view, which is also what the rewrite pass removes: an
//! element contains everything up to its own end tag (or its parent's). A node's descendants are
//! the contiguous index range `i + 1 .. node.end`, and the text runs of its subtree are a
//! contiguous range too, so subtree text lengths are O(1) lookups.

use std::ops::Range;

/// Index of a node in [`Outline::nodes`]. It equals the element's ordinal in document order,
/// which is how the rewrite pass finds it again.
pub type NodeId = u32;

/// Marks "no node" (the parent of a top-level element).
pub const NO_NODE: NodeId = u32::MAX;

/// Element attributes the engine reads; all others are not kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum AttrName {
    /// `id`
    Id,
    /// `class`
    Class,
    /// `role`
    Role,
    /// `aria-label`
    AriaLabel,
    /// `aria-hidden`
    AriaHidden,
    /// `title`
    Title,
    /// `href`
    Href,
    /// `onclick`
    OnClick,
    /// All `data-*` attributes, as `name=value` pairs joined by spaces.
    Data,
    /// `itemprop`
    ItemProp,
    /// `itemtype`
    ItemType,
    /// `style`
    Style,
    /// `alt`
    Alt,
    /// `lang`
    Lang,
    /// `type`
    Type,
    /// `name`
    Name,
    /// `property`
    Property,
    /// `content`
    Content,
    /// `datetime`
    DateTime,
    /// `rel`
    Rel,
    /// `http-equiv`
    HttpEquiv,
    /// `charset`
    Charset,
    /// `src`
    Src,
    /// `value`
    Value,
}

impl AttrName {
    /// Maps a lowercase attribute name to the kept attribute, if it is one.
    pub fn from_name(name: &str) -> Option<AttrName> {
        Some(match name {
            "id" => AttrName::Id,
            "class" => AttrName::Class,
            "role" => AttrName::Role,
            "aria-label" => AttrName::AriaLabel,
            "aria-hidden" => AttrName::AriaHidden,
            "title" => AttrName::Title,
            "href" => AttrName::Href,
            "onclick" => AttrName::OnClick,
            "itemprop" => AttrName::ItemProp,
            "itemtype" => AttrName::ItemType,
            "style" => AttrName::Style,
            "alt" => AttrName::Alt,
            "lang" => AttrName::Lang,
            "type" => AttrName::Type,
            "name" => AttrName::Name,
            "property" => AttrName::Property,
            "content" => AttrName::Content,
            "datetime" => AttrName::DateTime,
            "rel" => AttrName::Rel,
            "http-equiv" => AttrName::HttpEquiv,
            "charset" => AttrName::Charset,
            "src" => AttrName::Src,
            "value" => AttrName::Value,
            _ => return None,
        })
    }
}

/// Node flags.
pub mod flags {
    /// Inside `<head>`, `<script>`, `<style>`, `<template>`, `<noscript>` or `<title>`: not
    /// part of the rendered page.
    pub const INERT: u8 = 1;
    /// Hidden by the `hidden` attribute or an inline `display:none` (on it or an ancestor).
    pub const HIDDEN: u8 = 2;
    /// A void element (`<img>`, `<br>`, …): never has children.
    pub const VOID: u8 = 4;
}

/// One element.
#[derive(Debug, Clone)]
pub struct Node {
    /// Lowercase tag name, as a range into the arena (see [`Outline::tag`]).
    pub(crate) name: (u32, u32),
    /// Parent element or [`NO_NODE`].
    pub parent: NodeId,
    /// Nesting depth (0 for top-level elements).
    pub depth: u32,
    /// One past the last descendant: descendants are `id + 1 .. end`.
    pub end: NodeId,
    /// Kept attributes, as a range into the attribute table.
    pub(crate) attrs: (u32, u32),
    /// Text runs of the subtree, as a range into the text table.
    pub(crate) texts: (u32, u32),
    /// See [`flags`].
    pub flags: u8,
    /// [`fingerprint`] of the element's `id` and `class` values: with the tag and the ordinal,
    /// what a DOM applier checks before it touches the element.
    pub fingerprint: u32,
}

/// A run of text (one text node), owned by the innermost open element.
#[derive(Debug, Clone, Copy)]
pub struct TextRun {
    /// The element the text belongs to directly, or [`NO_NODE`] for text outside every
    /// element (bare text before the first or after the last element); such runs are only in
    /// [`Outline::all_text_runs`], never in an element's subtree.
    pub node: NodeId,
    /// Decoded text as a range into the arena.
    pub(crate) range: (u32, u32),
    /// Whether the text is rendered (its node is neither inert nor hidden).
    pub visible: bool,
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct Attr {
    pub(crate) name: AttrName,
    pub(crate) range: (u32, u32),
}

/// The scanned page. See the module docs.
#[derive(Debug, Clone, Default)]
pub struct Outline {
    pub(crate) nodes: Vec<Node>,
    pub(crate) attrs: Vec<Attr>,
    pub(crate) texts: Vec<TextRun>,
    pub(crate) arena: String,
    /// `visible_prefix[k]` = bytes of visible text in `texts[..k]`.
    pub(crate) visible_prefix: Vec<u64>,
    /// Text of the first `<title>`.
    pub title: String,
    /// Bodies of `<script type="application/ld+json">` elements.
    pub json_ld: Vec<String>,
}

impl Outline {
    /// Number of elements.
    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    /// Whether the page has no elements.
    pub fn is_empty(&self) -> bool {
        self.nodes.is_empty()
    }

    /// The node with index `id`.
    pub fn node(&self, id: NodeId) -> &Node {
        &self.nodes[id as usize]
    }

    /// All node ids in document order.
    pub fn ids(&self) -> Range<NodeId> {
        0..self.nodes.len() as NodeId
    }

    /// Lowercase tag name of `id`.
    pub fn tag(&self, id: NodeId) -> &str {
        let (s, e) = self.node(id).name;
        &self.arena[s as usize..e as usize]
    }

    /// Whether `id` is one of the given tags.
    pub fn is(&self, id: NodeId, tags: &[&str]) -> bool {
        let t = self.tag(id);
        tags.contains(&t)
    }

    /// Decoded value of a kept attribute.
    pub fn attr(&self, id: NodeId, name: AttrName) -> Option<&str> {
        let (s, e) = self.node(id).attrs;
        self.attrs[s as usize..e as usize]
            .iter()
            .find(|a| a.name == name)
            .map(|a| &self.arena[a.range.0 as usize..a.range.1 as usize])
    }

    /// Whitespace-separated class tokens of `id`.
    pub fn classes(&self, id: NodeId) -> impl Iterator<Item = &str> {
        self.attr(id, AttrName::Class).unwrap_or("").split_ascii_whitespace()
    }

    /// Parent of `id`, if any.
    pub fn parent(&self, id: NodeId) -> Option<NodeId> {
        let p = self.node(id).parent;
        (p != NO_NODE).then_some(p)
    }

    /// Ancestors of `id`, nearest first.
    pub fn ancestors(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        std::iter::successors(self.parent(id), move |&p| self.parent(p))
    }

    /// Direct children of `id` in document order.
    pub fn children(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        let end = self.node(id).end;
        let mut next = id + 1;
        std::iter::from_fn(move || {
            (next < end).then(|| {
                let c = next;
                next = self.node(c).end;
                c
            })
        })
    }

    /// Descendants of `id` in document order (not including `id`).
    pub fn descendants(&self, id: NodeId) -> Range<NodeId> {
        id + 1..self.node(id).end
    }

    /// Whether `a` is `b` or one of its ancestors.
    pub fn contains(&self, a: NodeId, b: NodeId) -> bool {
        a <= b && b < self.node(a).end
    }

    /// Whether `id` is rendered (neither inert nor hidden).
    pub fn is_visible(&self, id: NodeId) -> bool {
        self.node(id).flags & (flags::INERT | flags::HIDDEN) == 0
    }

    /// The text runs of `id`'s subtree (visible or not).
    pub fn text_runs(&self, id: NodeId) -> &[TextRun] {
        let (s, e) = self.node(id).texts;
        &self.texts[s as usize..e as usize]
    }

    /// All text runs of the page in document order.
    pub fn all_text_runs(&self) -> &[TextRun] {
        &self.texts
    }

    /// The decoded text of a run.
    pub fn run_text(&self, run: &TextRun) -> &str {
        &self.arena[run.range.0 as usize..run.range.1 as usize]
    }

    /// Bytes of visible text in `id`'s subtree, in O(1).
    pub fn text_len(&self, id: NodeId) -> u64 {
        let (s, e) = self.node(id).texts;
        self.visible_prefix[e as usize] - self.visible_prefix[s as usize]
    }

    /// Bytes of visible text in the text runs `range` (indices into the page's text runs).
    pub fn text_len_of_runs(&self, range: Range<usize>) -> u64 {
        self.visible_prefix[range.end] - self.visible_prefix[range.start]
    }

    /// Index range of `id`'s subtree in [`Outline::all_text_runs`].
    pub fn text_run_range(&self, id: NodeId) -> Range<usize> {
        let (s, e) = self.node(id).texts;
        s as usize..e as usize
    }

    /// Visible text of `id`'s subtree with whitespace collapsed to single spaces and trimmed.
    pub fn text(&self, id: NodeId) -> String {
        let mut out = String::new();
        for run in self.text_runs(id).iter().filter(|r| r.visible) {
            push_collapsed(&mut out, self.run_text(run));
        }
        let trimmed = out.trim_end().len();
        out.truncate(trimmed);
        out
    }
}

/// Fingerprint of an element's identity attributes: 32-bit FNV-1a over the UTF-16 code units
/// of `id`, a U+0000 separator, then `class` (absent attributes count as empty). UTF-16 so
/// that JavaScript computes the same value from `getAttribute` without encoding; the DOM
/// applier (`extension/applier.js`) implements the same function.
///
/// ```
/// assert_eq!(lede::outline::fingerprint("", ""), 0x050c_5d1f);
/// assert_ne!(lede::outline::fingerprint("a", "b"), lede::outline::fingerprint("", "a b"));
/// ```
pub fn fingerprint(id: &str, class: &str) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    let units = id.encode_utf16().chain(std::iter::once(0)).chain(class.encode_utf16());
    for u in units {
        h ^= u32::from(u);
        h = h.wrapping_mul(0x0100_0193);
    }
    h
}

/// Appends `text` to `out` with every whitespace run collapsed to one space and no leading
/// space at the start of `out`.
pub fn push_collapsed(out: &mut String, text: &str) {
    for ch in text.chars() {
        if ch.is_whitespace() {
            if !out.is_empty() && !out.ends_with(' ') {
                out.push(' ');
            }
        } else {
            out.push(ch);
        }
    }
}
