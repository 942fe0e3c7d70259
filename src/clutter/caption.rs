//! Duplicate image captions.
//!
//! Inside a figure-like block (`<figure>`, or an element named as an image block that holds an
//! image) the same caption often stands twice or three times: an overlay or title paragraph,
//! mobile and desktop twins, the `<figcaption>` with the photo credit. Some sites also repeat
//! the lead paragraph just above the image as its caption.
//!
//! - `caption.twin`: copies with the same caption text (credits ignored) inside one figure:
//!   exactly one stays — visible first, then the one with the credit, then the `<figcaption>`,
//!   then the last — the others go;
//! - `caption.lead`: a caption equal to the text block just before its figure: the caption
//!   text goes, the photo credit stays;
//! - `caption.credit-space`: a credit glued to the caption text ("…unklar.APA / AFP") gets a
//!   space before it.

use super::{alnum_count, is_figure, normalize, Kind, Op, Proposal, MEDIA};
use crate::outline::{AttrName, NodeId, Outline};

/// Class/id fragments of photo-credit elements.
const CREDIT_TOKENS: &[&str] = &[
    "credit",
    "copyright",
    "source",
    "quelle",
    "photographer",
    "fotograf",
    "bildnachweis",
    "byline",
    "rights",
    "author",
    "attribution",
];

/// Words that start a credit inside caption text ("Foto: dpa").
const CREDIT_PREFIXES: &[&str] = &[
    "foto:", "fotos:", "bild:", "photo:", "photos:", "image:", "credit:", "quelle:", "source:", "©", "(c)", "(foto",
    "(bild", "(photo",
];

/// Photo agencies and picture services that start a credit line ("APA / AFP / Leah Millis").
const AGENCIES: &[&str] = &[
    "apa",
    "afp",
    "dpa",
    "reuters",
    "ap",
    "epa",
    "getty images",
    "getty",
    "imago",
    "keystone",
    "picture alliance",
    "picture-alliance",
    "ddp",
    "kna",
    "epd",
    "xinhua",
    "anadolu",
    "shutterstock",
    "istock",
    "ansa",
    "efe",
    "europa press",
    "belga",
    "anp",
    "tass",
    "sipa",
    "upi",
    "bloomberg",
];

/// Fewest letters a caption needs before copies count as duplicates.
const MIN_CAPTION_ALNUM: usize = 12;

/// Most elements inspected inside one figure.
const MAX_FIGURE_NODES: usize = 400;

/// Adds caption proposals to `out`.
pub fn detect(outline: &Outline, out: &mut Vec<Proposal>) {
    for f in outline.ids() {
        if !outline.is_visible(f) || !is_figure(outline, f) || is_gallery(outline, f) {
            continue;
        }
        let nodes: Vec<NodeId> = outline.descendants(f).take(MAX_FIGURE_NODES).collect();
        let credits: Vec<NodeId> = nodes.iter().copied().filter(|&n| is_credit(outline, n)).collect();
        let units = units(outline, &nodes, &credits);
        let mut kept: Vec<NodeId> = Vec::new();
        let mut done = vec![false; units.len()];
        for i in 0..units.len() {
            if done[i] {
                continue;
            }
            let group: Vec<usize> = (i..units.len()).filter(|&j| !done[j] && units[j].1 == units[i].1).collect();
            for &j in &group {
                done[j] = true;
            }
            let keep = *group
                .iter()
                .max_by_key(|&&j| {
                    let u = units[j].0;
                    (outline.is_visible(u), has_credit(outline, u, &credits), in_figcaption(outline, u), u)
                })
                .unwrap_or(&i);
            for &j in group.iter().filter(|&&j| j != keep) {
                remove_copy(outline, units[j].0, &credits, "caption.twin", out);
            }
            kept.push(units[keep].0);
            if preceding_text(outline, f).is_some_and(|prev| normalize_caption(&outline.text(prev)) == units[keep].1) {
                remove_copy(outline, units[keep].0, &credits, "caption.lead", out);
            }
        }
        for &c in &credits {
            if kept.iter().any(|&u| outline.contains(u, c)) && glued(outline, c) {
                out.push(Proposal {
                    node: c,
                    op: Op::SpaceBefore,
                    kind: Kind::DuplicateCaption,
                    rule: "caption.credit-space",
                });
            }
        }
    }
}

/// A block holding several figures or many images: its captions belong to different photos.
fn is_gallery(outline: &Outline, f: NodeId) -> bool {
    let mut images = 0;
    for d in outline.descendants(f).take(MAX_FIGURE_NODES) {
        if outline.tag(d) == "figure" {
            return true;
        }
        if outline.is(d, &["img", "video"]) {
            images += 1;
        }
    }
    images > 2
}

/// The caption units of a figure: the outermost elements per caption text, with their keys.
fn units(outline: &Outline, nodes: &[NodeId], credits: &[NodeId]) -> Vec<(NodeId, String)> {
    let mut keyed: Vec<(NodeId, String)> = Vec::new();
    for &n in nodes {
        if outline.text_len(n) == 0
            || credits.iter().any(|&c| outline.contains(c, n))
            || outline.descendants(n).any(|d| outline.is(d, MEDIA))
        {
            continue;
        }
        let key = normalize_caption(&text_without_credits(outline, n, credits));
        if alnum_count(&key) < MIN_CAPTION_ALNUM {
            continue;
        }
        // Outermost per key: skip n if an earlier node with the same key contains it.
        if keyed.iter().any(|(u, k)| *k == key && outline.contains(*u, n)) {
            continue;
        }
        keyed.push((n, key));
    }
    // Keep only units that don't contain another unit with a different key (a wrapper around
    // two different texts is not a caption copy).
    keyed
        .iter()
        .filter(|(u, k)| !keyed.iter().any(|(v, l)| v != u && l != k && outline.contains(*u, *v)))
        .cloned()
        .collect()
}

/// Visible text of `id` without the text of credit elements.
fn text_without_credits(outline: &Outline, id: NodeId, credits: &[NodeId]) -> String {
    let mut out = String::new();
    for run in outline.text_runs(id).iter().filter(|r| r.visible) {
        if !credits.iter().any(|&c| outline.contains(c, run.node)) {
            crate::outline::push_collapsed(&mut out, outline.run_text(run));
        }
    }
    out
}

/// The comparison key of a caption: normalized, with a trailing textual credit cut off.
fn normalize_caption(text: &str) -> String {
    let mut t = normalize(text);
    let tail_from = t.len().saturating_sub(100);
    let cut = CREDIT_PREFIXES
        .iter()
        .filter_map(|p| t.get(tail_from..).and_then(|tail| tail.rfind(p)).map(|i| i + tail_from))
        .filter(|&i| i > 0)
        .min();
    if let Some(i) = cut {
        t.truncate(i);
    }
    t.trim_end_matches(|c: char| c.is_whitespace() || c == '|' || c == '/').to_string()
}

fn is_credit(outline: &Outline, id: NodeId) -> bool {
    if outline.text_len(id) == 0 || outline.text_len(id) > 160 {
        return false;
    }
    let named = |v: &str| {
        let v = v.to_ascii_lowercase();
        CREDIT_TOKENS.iter().any(|t| v.contains(t))
    };
    outline.classes(id).any(named)
        || outline.attr(id, AttrName::Id).is_some_and(named)
        || outline.attr(id, AttrName::ItemProp).is_some_and(named)
        || outline.is(id, &["small", "cite"])
        || (outline.text_len(id) <= 100 && reads_like_credit(&normalize(&outline.text(id))))
}

/// Whether a short text (normalized) is a credit line: "Foto: dpa", "© AFP",
/// "APA / AFP / Leah Millis", "Photo: Jane Doe/Reuters".
fn reads_like_credit(text: &str) -> bool {
    if CREDIT_PREFIXES.iter().any(|p| text.starts_with(p)) {
        return true;
    }
    let first = text.split(['/', ',', '|']).next().unwrap_or("").trim();
    AGENCIES.contains(&first)
}

fn has_credit(outline: &Outline, unit: NodeId, credits: &[NodeId]) -> bool {
    credits.iter().any(|&c| outline.contains(unit, c))
}

fn in_figcaption(outline: &Outline, id: NodeId) -> bool {
    outline.tag(id) == "figcaption" || outline.ancestors(id).take(4).any(|a| outline.tag(a) == "figcaption")
}

/// Proposes removing a caption copy but never its credit.
fn remove_copy(outline: &Outline, unit: NodeId, credits: &[NodeId], rule: &'static str, out: &mut Vec<Proposal>) {
    let kind = Kind::DuplicateCaption;
    if !has_credit(outline, unit, credits) {
        out.push(Proposal { node: unit, op: Op::Remove, kind, rule });
        return;
    }
    if outline.text_runs(unit).iter().any(|r| r.node == unit && alnum_count(outline.run_text(r)) > 0) {
        out.push(Proposal { node: unit, op: Op::RemoveOwnText, kind, rule });
    }
    for child in outline.children(unit) {
        if credits.contains(&child) || outline.text_len(child) == 0 {
            continue;
        }
        if has_credit(outline, child, credits) {
            remove_copy(outline, child, credits, rule, out);
        } else {
            out.push(Proposal { node: child, op: Op::Remove, kind, rule });
        }
    }
}

/// The nearest element with text before figure `f` (a previous sibling of it or of one of its
/// two nearest ancestors).
fn preceding_text(outline: &Outline, f: NodeId) -> Option<NodeId> {
    let mut current = f;
    for _ in 0..3 {
        let parent = outline.parent(current)?;
        // Walk back over the previous siblings (walking forward from the first child made
        // pages with thousands of sibling figures quadratic).
        let mut prev = None;
        let mut sibling = previous_sibling(outline, parent, current);
        while let Some(c) = sibling {
            if outline.text_len(c) > 0 {
                prev = Some(c);
                break;
            }
            sibling = previous_sibling(outline, parent, c);
        }
        if let Some(p) = prev {
            // A previous image block is another figure, not a lead.
            let media = outline.tag(p) == "figure"
                || outline.descendants(p).take(MAX_FIGURE_NODES).any(|d| outline.is(d, MEDIA));
            return (!media).then_some(p);
        }
        current = parent;
    }
    None
}

/// The sibling just before `child` under `parent`: the element before `child` in document
/// order, or the ancestor of it that is a child of `parent`.
fn previous_sibling(outline: &Outline, parent: NodeId, child: NodeId) -> Option<NodeId> {
    let mut n = child.checked_sub(1)?;
    if n == parent {
        return None;
    }
    while outline.parent(n)? != parent {
        n = outline.parent(n)?;
    }
    Some(n)
}

/// Whether the credit's first character directly follows a non-space character.
fn glued(outline: &Outline, credit: NodeId) -> bool {
    let range = outline.text_run_range(credit);
    let runs = outline.all_text_runs();
    let Some(first) = runs[range.clone()].iter().find(|r| r.visible) else { return false };
    if outline.run_text(first).starts_with(char::is_whitespace) {
        return false;
    }
    let prev = runs[..range.start].iter().rev().find(|r| r.visible && !outline.run_text(r).is_empty());
    prev.is_some_and(|p| outline.run_text(p).ends_with(|c: char| !c.is_whitespace()))
}

#[cfg(test)]
mod tests {
    use crate::html::scan::scan;

    fn found(html: &str) -> Vec<String> {
        let o = scan(html, 64).unwrap();
        let mut out = Vec::new();
        super::detect(&o, &mut out);
        out.iter()
            .map(|p| {
                format!(
                    "{}.{}#{}:{:?}",
                    o.tag(p.node),
                    o.attr(p.node, crate::outline::AttrName::Class).unwrap_or(""),
                    p.rule,
                    p.op
                )
            })
            .collect()
    }

    const CAP: &str = "US-Außenminister Blinken sprach am Sonntag mit seinem Amtskollegen Qin.";

    #[test]
    fn overlay_twin_goes_figcaption_with_credit_stays_and_is_separated() {
        let html = format!("<figure><div class=overlay><p class=title>{CAP}</p></div><img src=a.jpg><figcaption><span class=caption>{CAP}</span><span class=credit>APA / AFP / Leah Millis</span></figcaption></figure>");
        assert_eq!(found(&html), ["div.overlay#caption.twin:Remove", "span.credit#caption.credit-space:SpaceBefore"]);
    }

    #[test]
    fn mobile_desktop_twins_keep_one() {
        let html = format!("<div class=media-block><img src=a.jpg><p class=m>{CAP}</p><p class=d>{CAP}</p></div>");
        assert_eq!(found(&html), ["p.m#caption.twin:Remove"]);
    }

    #[test]
    fn lead_repeated_as_caption_loses_caption_text_keeps_credit() {
        let html = format!("<div><p class=lead>{CAP}</p><figure><img src=a.jpg><figcaption>{CAP} <span class=copyright>Foto: Max Mustermann</span></figcaption></figure></div>");
        assert_eq!(found(&html), ["figcaption.#caption.lead:RemoveOwnText"]);
    }

    #[test]
    fn single_caption_and_separated_credit_are_left_alone() {
        let html = format!(
            "<figure><img src=a.jpg><figcaption>{CAP} <span class=credit>Foto: dpa</span></figcaption></figure>"
        );
        assert!(found(&html).is_empty());
    }

    #[test]
    fn gallery_captions_are_not_compared() {
        let html = format!("<div class=gallery><figure><img><figcaption>{CAP}</figcaption></figure><figure><img><figcaption>{CAP}</figcaption></figure></div>");
        assert_eq!(found(&html), Vec::<String>::new());
    }
}
