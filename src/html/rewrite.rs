//! Pass 2: one streaming `lol_html` pass that executes a [`Plan`] by element ordinal and
//! declares the output's charset as UTF-8.

use std::borrow::Cow;
use std::cell::RefCell;
use std::rc::Rc;

use lol_html::html_content::{ContentType, Element, EndTag, TextChunk};
use lol_html::{DocumentContentHandlers, ElementContentHandlers, HtmlRewriter, LocalHandlerTypes, Selector, Settings};

use crate::clutter::Op;
use crate::error::Error;
use crate::outline::NodeId;
use crate::plan::Action;

/// How the rewrite pass treats the charset declaration.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Charset {
    /// Rewrite existing declarations to UTF-8.
    Update,
    /// Rewrite existing declarations and add `<meta charset="utf-8">` to `<head>` (for pages
    /// decoded from another encoding that declared none).
    UpdateAndAdd,
}

struct State {
    /// Index of the next action not yet reached.
    next_action: usize,
    /// Ordinal of the next element.
    ordinal: NodeId,
    /// Open elements and whether their own text is removed (only tracked when the plan
    /// removes own text).
    open: Vec<(NodeId, bool)>,
    add_charset: bool,
}

/// What the plan does to one element.
#[derive(Default)]
struct Ops {
    remove: bool,
    own_text: bool,
    space: bool,
}

/// Advances through `actions` (sorted by node) and collects the ops for `ordinal`.
fn take_ops(actions: &[Action], next: &mut usize, ordinal: NodeId) -> Ops {
    let mut ops = Ops::default();
    while let Some(a) = actions.get(*next) {
        if a.node > ordinal {
            break;
        }
        if a.node == ordinal {
            match a.op {
                Op::Remove => ops.remove = true,
                Op::RemoveOwnText => ops.own_text = true,
                Op::SpaceBefore => ops.space = true,
            }
        }
        *next += 1;
    }
    ops
}

/// Rewrites UTF-8 `html` according to `actions` (sorted by node), feeding the parser pieces of
/// `chunk_size` bytes.
pub fn rewrite(html: &str, actions: &[Action], charset: Charset, chunk_size: usize) -> Result<String, Error> {
    let track_text = actions.iter().any(|a| a.op == Op::RemoveOwnText);
    // End-tag callbacks must be 'static, so the state is shared by reference counting.
    let actions: Rc<[Action]> = actions.into();
    let state = Rc::new(RefCell::new(State {
        next_action: 0,
        ordinal: 0,
        open: Vec::new(),
        add_charset: charset == Charset::UpdateAndAdd,
    }));
    let all: Selector = "*".parse().map_err(|e| Error::Html(format!("selector: {e}")))?;
    let on_element = Rc::clone(&state);
    let element_handler =
        ElementContentHandlers::default().element(move |el: &mut Element<'_, '_, LocalHandlerTypes>| {
            let mut s = on_element.borrow_mut();
            let ordinal = s.ordinal;
            s.ordinal += 1;
            let ops = take_ops(&actions, &mut s.next_action, ordinal);
            if ops.space {
                el.before(" ", ContentType::Text);
            }
            if ops.remove {
                el.remove();
            }
            fix_charset(el, &mut s.add_charset);
            if track_text {
                if let Some(handlers) = el.end_tag_handlers() {
                    s.open.push((ordinal, ops.own_text));
                    let on_end = Rc::clone(&on_element);
                    handlers.push(Box::new(move |_end: &mut EndTag<'_>| {
                        let mut s = on_end.borrow_mut();
                        // Ordinals on the stack increase: binary search keeps deep nesting linear.
                        if let Ok(pos) = s.open.binary_search_by_key(&ordinal, |(o, _)| *o) {
                            s.open.truncate(pos);
                        }
                        Ok(())
                    }));
                }
            }
            Ok(())
        });
    let on_text = Rc::clone(&state);
    let text_handler = DocumentContentHandlers::default().text(move |chunk: &mut TextChunk<'_>| {
        if on_text.borrow().open.last().is_some_and(|(_, strip)| *strip) {
            chunk.remove();
        }
        Ok(())
    });
    let mut out = Vec::with_capacity(html.len());
    let settings = Settings::new()
        .append_element_content_handler((Cow::Owned(all), element_handler))
        .append_document_content_handler(text_handler);
    let mut rewriter = HtmlRewriter::new(settings, |bytes: &[u8]| out.extend_from_slice(bytes));
    for piece in html.as_bytes().chunks(chunk_size.max(1)) {
        rewriter.write(piece).map_err(|e| Error::Html(e.to_string()))?;
    }
    rewriter.end().map_err(|e| Error::Html(e.to_string()))?;
    String::from_utf8(out).map_err(|e| Error::Html(format!("rewriter produced invalid UTF-8: {e}")))
}

/// Declares UTF-8 in `<meta charset>` / `<meta http-equiv=Content-Type>`, and adds a
/// declaration at the start of `<head>` when asked to (once).
fn fix_charset(el: &mut Element<'_, '_, LocalHandlerTypes>, add: &mut bool) {
    let tag = el.tag_name();
    if tag == "meta" {
        if el.has_attribute("charset") {
            let _ = el.set_attribute("charset", "utf-8");
        }
        let content_type =
            el.get_attribute("http-equiv").is_some_and(|v| v.trim().eq_ignore_ascii_case("content-type"));
        if content_type {
            let _ = el.set_attribute("content", "text/html; charset=utf-8");
        }
    } else if tag == "head" && *add {
        el.prepend("<meta charset=\"utf-8\">", ContentType::Html);
        *add = false;
    }
}
