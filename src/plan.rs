//! The planner: merges detector proposals into one [`Plan`] and enforces the invariant
//! **no article text is lost** in one place.
//!
//! A block of article text is *protected*. A proposal that would delete protected text (remove
//! an element that holds or sits inside a protected block, or cut a protected block's own text)
//! is dropped and reported in [`Plan::skipped`]. Proposals nested inside an accepted removal are
//! merged into it.
//!
//! Protected blocks are the blocks of the article when the article finder found one; otherwise
//! every paragraph-like block with real prose (enough words, sentence punctuation) that stands
//! among other prose blocks (or inside `<article>`/`<main>`/`articleBody`), outside figures,
//! plus every `<h1>`.

use serde::Serialize;

use crate::clutter::{Kind, Op, Proposal};
use crate::outline::{AttrName, NodeId, Outline};

/// One action of the plan, addressed by element ordinal and identified by tag and fingerprint.
///
/// Serialized (camelCase) as `{ordinal, tag, fingerprint, op, kind, rule}`: the shape the DOM
/// applier (`extension/applier.js`) executes on a live document after checking that the element
/// at `ordinal` still has this `tag` and `fingerprint`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Action {
    /// Element ordinal in document order (the [`NodeId`]).
    #[serde(rename = "ordinal")]
    pub node: NodeId,
    /// The element's lowercase tag name.
    pub tag: String,
    /// [`crate::outline::fingerprint`] of its `id` and `class`.
    pub fingerprint: u32,
    /// What to do.
    pub op: Op,
    /// What kind of clutter.
    pub kind: Kind,
    /// The detector rule that proposed it.
    pub rule: &'static str,
}

/// An item removed from the page, for the report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Removed {
    /// What kind of clutter it was.
    pub kind: Kind,
    /// The rule that found it.
    pub rule: &'static str,
    /// Its visible text (whitespace collapsed, at most 300 characters), or a description such as
    /// `[button: Print this article]` for an element without text.
    pub text: String,
}

/// A proposal the planner refused, for the report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Skipped {
    /// What kind of clutter was proposed.
    pub kind: Kind,
    /// The rule that proposed it.
    pub rule: &'static str,
    /// The element's text, as in [`Removed::text`].
    pub text: String,
    /// Why it was refused.
    pub why: &'static str,
}

/// What the rewrite pass (or the DOM applier) will do.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Plan {
    /// Actions in document order of their elements.
    pub actions: Vec<Action>,
    /// The removals, for the report.
    pub removed: Vec<Removed>,
    /// Refused proposals, for the report.
    pub skipped: Vec<Skipped>,
}

/// Which elements hold article text.
pub struct Protection {
    /// `protected[i]`: element `i` is an article block.
    protected: Vec<bool>,
    /// `inside[i]`: element `i` is, or lies inside, an article block.
    inside: Vec<bool>,
    /// `prefix[i]`: number of article blocks among elements `0..i`.
    prefix: Vec<u32>,
}

impl Protection {
    /// Protection for the given article blocks.
    pub fn from_blocks(outline: &Outline, blocks: impl IntoIterator<Item = NodeId>) -> Protection {
        let n = outline.len();
        let mut protected = vec![false; n];
        for b in blocks {
            if let Some(p) = protected.get_mut(b as usize) {
                *p = true;
            }
        }
        let mut inside = vec![false; n];
        let mut prefix = Vec::with_capacity(n + 1);
        prefix.push(0u32);
        for i in outline.ids() {
            let parent_inside = outline.parent(i).is_some_and(|p| inside[p as usize]);
            inside[i as usize] = protected[i as usize] || parent_inside;
            prefix.push(prefix[i as usize] + u32::from(protected[i as usize]));
        }
        Protection { protected, inside, prefix }
    }

    /// Protection by prose signals, for pages where no article was found.
    pub fn from_prose(outline: &Outline) -> Protection {
        let n = outline.len();
        let mut prose = vec![false; n];
        let mut prose_children = vec![0u32; n];
        let mut in_figure = vec![false; n];
        let mut in_article = vec![false; n];
        for i in outline.ids() {
            let parent = outline.parent(i);
            let tag = outline.tag(i);
            let figure_here = matches!(tag, "figure" | "figcaption")
                || outline.classes(i).any(|c| c.to_ascii_lowercase().contains("caption"));
            let article_here = matches!(tag, "article" | "main")
                || outline.attr(i, AttrName::ItemProp).is_some_and(|v| v.contains("articleBody"));
            in_figure[i as usize] = figure_here || parent.is_some_and(|p| in_figure[p as usize]);
            in_article[i as usize] = article_here || parent.is_some_and(|p| in_article[p as usize]);
            if PROSE_TAGS.contains(&tag)
                && outline.is_visible(i)
                && is_prose(outline, i)
                && !(outline.text_len(i) <= SHORT_TEXT
                    && crate::clutter::banner::is_banner_advice(&crate::clutter::normalize(&outline.text(i))))
            {
                prose[i as usize] = true;
                for a in [parent, parent.and_then(|p| outline.parent(p))].into_iter().flatten() {
                    prose_children[a as usize] += 1;
                }
            }
        }
        let blocks = outline.ids().filter(|&i| {
            let idx = i as usize;
            if outline.tag(i) == "h1" && outline.is_visible(i) {
                return true;
            }
            if !prose[idx] || in_figure[idx] {
                return false;
            }
            let parent = outline.parent(i);
            let grand = parent.and_then(|p| outline.parent(p));
            in_article[idx] || [parent, grand].into_iter().flatten().any(|a| prose_children[a as usize] >= 2)
        });
        let blocks: Vec<NodeId> = blocks.collect();
        Protection::from_blocks(outline, blocks)
    }

    /// Whether removing element `id` with everything in it would delete article text.
    pub fn forbids_remove(&self, outline: &Outline, id: NodeId) -> bool {
        let end = outline.node(id).end as usize;
        self.inside[id as usize] || self.prefix[end] > self.prefix[id as usize]
    }

    /// Whether removing `id`'s own text would delete article text.
    pub fn forbids_own_text(&self, id: NodeId) -> bool {
        self.inside[id as usize]
    }

    /// Whether `id` is an article block.
    pub fn is_protected(&self, id: NodeId) -> bool {
        self.protected[id as usize]
    }
}

/// Longest text (bytes) that is checked for being banner vocabulary only.
const SHORT_TEXT: u64 = 700;

/// Block tags that hold prose.
const PROSE_TAGS: &[&str] = &["p", "blockquote", "li", "dd", "pre", "h2", "h3", "td"];

/// Most text runs [`is_prose`] reads of one element.
const PROSE_SCAN_RUNS: usize = 256;

/// Most characters [`is_prose`] reads of one element.
const PROSE_SCAN_CHARS: usize = 4096;

/// Whether an element's text reads like prose: at least 8 words and 40 letters, with sentence
/// punctuation or at least 15 words.
fn is_prose(outline: &Outline, id: NodeId) -> bool {
    let (mut words, mut alnum, mut sentence) = (0usize, 0usize, false);
    let mut in_word = false;
    let heading = outline.is(id, &["h2", "h3"]);
    let enough = |words: usize, alnum: usize, sentence: bool| {
        if heading {
            words >= 3 && alnum >= 15
        } else {
            words >= 8 && alnum >= 40 && (sentence || words >= 15)
        }
    };
    // The counts only grow: stop once the answer is yes, and read at most the first
    // `PROSE_SCAN_RUNS` runs / `PROSE_SCAN_CHARS` characters (a paragraph shows it is prose
    // long before that). Unbounded reads made deep chains of unclosed `<p>` quadratic.
    let mut budget = PROSE_SCAN_CHARS;
    for run in outline.text_runs(id).iter().take(PROSE_SCAN_RUNS).filter(|r| r.visible) {
        if enough(words, alnum, sentence) || budget == 0 {
            break;
        }
        for ch in outline.run_text(run).chars() {
            budget = budget.saturating_sub(1);
            if budget == 0 {
                break;
            }
            if ch.is_alphanumeric() {
                alnum += 1;
                if !in_word {
                    words += 1;
                    in_word = true;
                }
            } else {
                in_word = ch == '-' && in_word;
                sentence |= matches!(ch, '.' | '!' | '?' | '…' | ':' | '“' | '"' | '»');
            }
        }
    }
    enough(words, alnum, sentence)
}

/// Merges `proposals` (sorted by node) into a plan that respects `protection`.
pub fn plan(outline: &Outline, proposals: &[Proposal], protection: &Protection) -> Plan {
    let mut plan = Plan::default();
    let mut removed_until: NodeId = 0;
    for p in proposals {
        if p.node < removed_until {
            continue; // inside an accepted removal
        }
        let refused = match p.op {
            Op::Remove => protection.forbids_remove(outline, p.node),
            Op::RemoveOwnText => protection.forbids_own_text(p.node),
            Op::SpaceBefore => false,
        };
        let text = describe(outline, p.node, p.op);
        if refused {
            plan.skipped.push(Skipped { kind: p.kind, rule: p.rule, text, why: "would remove article text" });
            continue;
        }
        if p.op == Op::Remove {
            removed_until = outline.node(p.node).end;
        }
        if p.op != Op::SpaceBefore {
            plan.removed.push(Removed { kind: p.kind, rule: p.rule, text });
        }
        plan.actions.push(Action {
            node: p.node,
            tag: outline.tag(p.node).to_string(),
            fingerprint: outline.node(p.node).fingerprint,
            op: p.op,
            kind: p.kind,
            rule: p.rule,
        });
    }
    plan
}

/// The text of what an action touches, for reports: its visible text with a space between
/// text runs of different elements, or the first label (`aria-label`, `title`, `alt`) in it.
fn describe(outline: &Outline, id: NodeId, op: Op) -> String {
    let mut text = String::new();
    let mut last_node = None;
    for run in outline.text_runs(id).iter().filter(|r| r.visible && (op != Op::RemoveOwnText || r.node == id)) {
        if last_node.is_some_and(|n| n != run.node) && !text.is_empty() && !text.ends_with(' ') {
            text.push(' ');
        }
        crate::outline::push_collapsed(&mut text, outline.run_text(run));
        last_node = Some(run.node);
    }
    let len = text.trim_end().len();
    text.truncate(len);
    if text.is_empty() {
        let label = std::iter::once(id)
            .chain(outline.descendants(id))
            .find_map(|n| {
                [AttrName::AriaLabel, AttrName::Title, AttrName::Alt, AttrName::Href]
                    .into_iter()
                    .find_map(|a| outline.attr(n, a))
            })
            .unwrap_or("");
        text = format!("[{}: {}]", outline.tag(id), label.trim());
    }
    if let Some((cut, _)) = text.char_indices().nth(300) {
        text.truncate(cut);
        text.push('…');
    }
    text
}
