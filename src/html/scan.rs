//! Pass 1: one streaming `lol_html` pass that builds the [`Outline`].

use std::borrow::Cow;
use std::cell::RefCell;
use std::rc::Rc;

use lol_html::html_content::{Element, EndTag, TextChunk, TextType};
use lol_html::{DocumentContentHandlers, ElementContentHandlers, HtmlRewriter, LocalHandlerTypes, Selector, Settings};

use crate::error::Error;
use crate::html::entities;
use crate::outline::{flags, Attr, AttrName, Node, NodeId, Outline, TextRun, NO_NODE};

/// Tags whose subtree is not rendered.
const INERT_TAGS: &[&str] = &["head", "script", "style", "template", "noscript", "title"];

#[derive(Default)]
struct State {
    outline: Outline,
    open: Vec<NodeId>,
    pending: String,
    /// Reused buffer for the `data-*` attributes of one element.
    scratch: String,
    in_title: bool,
    json_ld_owner: Option<NodeId>,
}

impl State {
    fn open_element(&mut self, el: &Element<'_, '_, LocalHandlerTypes>) -> NodeId {
        let o = &mut self.outline;
        let id = o.nodes.len() as NodeId;
        let parent = self.open.last().copied().unwrap_or(NO_NODE);
        let (depth, inherited) = match parent {
            NO_NODE => (0, 0),
            p => (o.nodes[p as usize].depth + 1, o.nodes[p as usize].flags & (flags::INERT | flags::HIDDEN)),
        };
        let name_start = o.arena.len() as u32;
        for ch in el.tag_name_preserve_case().chars() {
            o.arena.push(ch.to_ascii_lowercase());
        }
        let name = (name_start, o.arena.len() as u32);
        let tag = &o.arena[name.0 as usize..name.1 as usize];
        let mut node_flags = inherited;
        if INERT_TAGS.contains(&tag) {
            node_flags |= flags::INERT;
        }
        let is_script = tag == "script";
        let is_title = tag == "title";
        let attrs_start = o.attrs.len() as u32;
        let mut data = std::mem::take(&mut self.scratch);
        data.clear();
        for attr in el.attributes() {
            let lname = attr.name();
            let raw = attr.value();
            let value = entities::decode(&raw);
            if let Some(rest) = lname.strip_prefix("data-") {
                if value.len() <= 256 {
                    if !data.is_empty() {
                        data.push(' ');
                    }
                    data.push_str(rest);
                    data.push('=');
                    data.push_str(&value);
                }
                continue;
            }
            let Some(kept) = AttrName::from_name(&lname) else {
                if lname == "hidden" {
                    node_flags |= flags::HIDDEN;
                }
                continue;
            };
            if kept == AttrName::Style && hides(&value) {
                node_flags |= flags::HIDDEN;
            }
            let start = o.arena.len() as u32;
            o.arena.push_str(&value);
            o.attrs.push(Attr { name: kept, range: (start, o.arena.len() as u32) });
        }
        if !data.is_empty() {
            let start = o.arena.len() as u32;
            o.arena.push_str(&data);
            o.attrs.push(Attr { name: AttrName::Data, range: (start, o.arena.len() as u32) });
        }
        self.scratch = data;
        let attrs = (attrs_start, o.attrs.len() as u32);
        let can_have_content = el.can_have_content();
        if !can_have_content {
            node_flags |= flags::VOID;
        }
        let text_at = o.texts.len() as u32;
        o.nodes.push(Node {
            name,
            parent,
            depth,
            end: id + 1,
            attrs,
            texts: (text_at, text_at),
            flags: node_flags,
            fingerprint: 0,
        });
        o.nodes[id as usize].fingerprint = crate::outline::fingerprint(
            o.attr(id, AttrName::Id).unwrap_or(""),
            o.attr(id, AttrName::Class).unwrap_or(""),
        );
        if is_script {
            let ld = o.attr(id, AttrName::Type).is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"));
            if ld {
                self.json_ld_owner = Some(id);
                o.json_ld.push(String::new());
            }
        }
        if is_title && o.title.is_empty() {
            self.in_title = true;
        }
        id
    }

    /// Closes `id` and every element still open inside it.
    fn close_element(&mut self, id: NodeId) {
        // The stack holds ids in increasing order: binary search keeps deep nesting linear.
        if self.open.binary_search(&id).is_err() {
            return;
        }
        while let Some(top) = self.open.pop() {
            self.finish(top);
            if top == id {
                break;
            }
        }
    }

    fn finish(&mut self, id: NodeId) {
        let o = &mut self.outline;
        let end = o.nodes.len() as NodeId;
        let texts_end = o.texts.len() as u32;
        let node = &mut o.nodes[id as usize];
        node.end = end;
        node.texts.1 = texts_end;
        if self.json_ld_owner == Some(id) {
            self.json_ld_owner = None;
        }
        if o.tag(id) == "title" {
            self.in_title = false;
        }
    }

    fn text(&mut self, chunk: &TextChunk<'_>) {
        self.pending.push_str(chunk.as_str());
        if !chunk.last_in_text_node() {
            return;
        }
        let owner = self.open.last().copied().unwrap_or(NO_NODE);
        let pending = std::mem::take(&mut self.pending);
        match chunk.text_type() {
            TextType::Data | TextType::RCData => self.push_text(owner, &entities::decode(&pending)),
            TextType::ScriptData if self.json_ld_owner == Some(owner) => {
                if let Some(last) = self.outline.json_ld.last_mut() {
                    last.push_str(&pending);
                }
            }
            _ => {}
        }
        self.pending = pending;
        self.pending.clear();
    }

    fn push_text(&mut self, owner: NodeId, text: &str) {
        if text.is_empty() {
            return;
        }
        let o = &mut self.outline;
        if self.in_title {
            o.title.push_str(text);
        }
        // Text outside every element (a page of bare text, text after `</html>`) is shown by
        // browsers as part of the body: keep it, owned by no element.
        let visible = owner == NO_NODE || o.nodes[owner as usize].flags & (flags::INERT | flags::HIDDEN) == 0;
        let start = o.arena.len() as u32;
        o.arena.push_str(text);
        o.texts.push(TextRun { node: owner, range: (start, o.arena.len() as u32), visible });
    }

    fn into_outline(mut self) -> Outline {
        while let Some(top) = self.open.pop() {
            self.finish(top);
        }
        let mut o = self.outline;
        let mut sum = 0u64;
        o.visible_prefix = Vec::with_capacity(o.texts.len() + 1);
        o.visible_prefix.push(0);
        for run in &o.texts {
            if run.visible {
                sum += u64::from(run.range.1 - run.range.0);
            }
            o.visible_prefix.push(sum);
        }
        o.title = o.title.split_whitespace().collect::<Vec<_>>().join(" ");
        o
    }
}

/// Whether an inline style hides the element.
fn hides(style: &str) -> bool {
    let compact: String = style.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_lowercase();
    compact.contains("display:none") || compact.contains("visibility:hidden")
}

/// Scans UTF-8 `html`, feeding it to the parser in pieces of `chunk_size` bytes.
pub fn scan(html: &str, chunk_size: usize) -> Result<Outline, Error> {
    let state = Rc::new(RefCell::new(State::default()));
    let on_element = Rc::clone(&state);
    let on_text = Rc::clone(&state);
    let all: Selector = "*".parse().map_err(|e| Error::Html(format!("selector: {e}")))?;
    let element_handler =
        ElementContentHandlers::default().element(move |el: &mut Element<'_, '_, LocalHandlerTypes>| {
            let id = on_element.borrow_mut().open_element(el);
            if let Some(handlers) = el.end_tag_handlers() {
                on_element.borrow_mut().open.push(id);
                let on_end = Rc::clone(&on_element);
                handlers.push(Box::new(move |_end: &mut EndTag<'_>| {
                    on_end.borrow_mut().close_element(id);
                    Ok(())
                }));
            }
            Ok(())
        });
    let text_handler = DocumentContentHandlers::default().text(move |chunk: &mut TextChunk<'_>| {
        on_text.borrow_mut().text(chunk);
        Ok(())
    });
    let settings = Settings::new()
        .append_element_content_handler((Cow::Owned(all), element_handler))
        .append_document_content_handler(text_handler);
    let mut rewriter = HtmlRewriter::new(settings, |_: &[u8]| {});
    for piece in html.as_bytes().chunks(chunk_size.max(1)) {
        rewriter.write(piece).map_err(|e| Error::Html(e.to_string()))?;
    }
    rewriter.end().map_err(|e| Error::Html(e.to_string()))?;
    let state = Rc::try_unwrap(state).map_err(|_| Error::Html("scanner state still shared".into()))?.into_inner();
    Ok(state.into_outline())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_nesting_text_and_attributes() {
        let o = scan(
            "<html><head><title>T &amp; U</title></head><body><div id=a class='x y'><p>one &amp; two</p><img alt=pic><p hidden>h</p></div>tail</body></html>",
            64,
        )
        .unwrap();
        let div = o.ids().find(|&i| o.tag(i) == "div").unwrap();
        assert_eq!(o.attr(div, AttrName::Id), Some("a"));
        assert_eq!(o.classes(div).collect::<Vec<_>>(), ["x", "y"]);
        assert_eq!(o.children(div).map(|c| o.tag(c)).collect::<Vec<_>>(), ["p", "img", "p"]);
        assert_eq!(o.text(div), "one & two");
        assert_eq!(o.title, "T & U");
        assert_eq!(o.text_len(div), "one & two".len() as u64);
    }

    #[test]
    fn unclosed_elements_nest_like_the_parser() {
        let o = scan("<div><p>a<p>b</div><p>c", 1).unwrap();
        assert_eq!(o.tag(0), "div");
        assert_eq!(o.node(0).end, 3);
        assert_eq!(o.parent(2), Some(1));
        assert_eq!(o.text(3), "c");
    }

    #[test]
    fn collects_json_ld_and_skips_scripts() {
        let o =
            scan(r#"<script type="application/ld+json">{"a":"<b>"}</script><script>var x="</p>";</script><p>t</p>"#, 7)
                .unwrap();
        assert_eq!(o.json_ld, [r#"{"a":"<b>"}"#]);
        assert_eq!(o.text(2), "t");
    }
}
