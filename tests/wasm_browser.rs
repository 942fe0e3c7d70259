//! The wasm API and the DOM applier in headless Chromium (wasm-bindgen-test `run_in_browser`,
//! chromedriver; `./build.sh test` runs it): the shared suite of `tests/wasm_suite/` (also run
//! under Node by `tests/wasm_api.rs`), then DOM mode — documents parsed and built in the
//! browser, planned by the wasm engine, applied by the one applier (`extension/applier.js`,
//! imported as a module): every article sentence stays, the clutter goes, restore is exact, and
//! a target that changed after planning is skipped, never mistaken for another element.
#![cfg(target_arch = "wasm32")]

#[macro_use]
mod wasm_suite;

use wasm_bindgen::prelude::*;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use wasm_suite::{get, FIXTURES};
use web_sys::{Document, DomParser, SupportedType};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen(module = "/extension/applier.js")]
extern "C" {
    #[wasm_bindgen(js_name = serializeDocument)]
    fn serialize_document(doc: &Document) -> String;
    #[wasm_bindgen(js_name = applyPlan)]
    fn apply_plan(doc: &Document, planned: &JsValue) -> JsValue;
}

shared_tests!();

/// The page bytes as the browser would decode them: `<meta charset>` in the first 1024 bytes,
/// else UTF-8.
fn decode(bytes: &[u8]) -> String {
    let head: String = bytes.iter().take(1024).map(|&b| b as char).collect::<String>().to_ascii_lowercase();
    let label = head
        .find("charset=")
        .map(|i| {
            head[i + 8..]
                .trim_start_matches(['"', '\''])
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                .collect::<String>()
        })
        .unwrap_or_else(|| "utf-8".into());
    let decoder = web_sys::TextDecoder::new_with_label(&label).expect("known charset label");
    decoder.decode_with_u8_array(&mut bytes.to_vec()).expect("decodes")
}

fn parse(html: &str) -> Document {
    DomParser::new().unwrap().parse_from_string(html, SupportedType::TextHtml).unwrap()
}

/// What a reader could see: body text without script/style/template/noscript, whitespace
/// collapsed.
fn visible_text(doc: &Document) -> String {
    let body = doc.body().unwrap().clone_node_with_deep(true).unwrap();
    let body: web_sys::Element = body.dyn_into().unwrap();
    let hidden = body.query_selector_all("script, style, template, noscript").unwrap();
    for i in 0..hidden.length() {
        let node = hidden.item(i).unwrap();
        node.parent_node().unwrap().remove_child(&node).unwrap();
    }
    body.text_content().unwrap_or_default().split_whitespace().collect::<Vec<_>>().join(" ")
}

fn len_of(v: &JsValue, key: &str) -> u32 {
    js_sys::Array::from(&get(v, key)).length()
}

fn call(v: &JsValue, method: &str) {
    let f: js_sys::Function = get(v, method).dyn_into().unwrap();
    f.call0(v).unwrap();
}

fn lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines().map(str::trim).filter(|l| !l.is_empty())
}

const SENTENCES: &[(&str, &str, &str)] = &[
    (
        "presse-blinken",
        include_str!("fixtures/presse-blinken/sentences.txt"),
        include_str!("fixtures/presse-blinken/gone.txt"),
    ),
    (
        "en-browser-story",
        include_str!("fixtures/en-browser-story/sentences.txt"),
        include_str!("fixtures/en-browser-story/gone.txt"),
    ),
    (
        "de-windows1252",
        include_str!("fixtures/de-windows1252/sentences.txt"),
        include_str!("fixtures/de-windows1252/gone.txt"),
    ),
    ("en-cssinjs", include_str!("fixtures/en-cssinjs/sentences.txt"), include_str!("fixtures/en-cssinjs/gone.txt")),
];

#[wasm_bindgen_test]
fn dom_mode_keeps_every_sentence_removes_the_clutter_and_restores_exactly() {
    for (slug, sentences, gone) in SENTENCES {
        let input = FIXTURES.iter().find(|f| f.0 == *slug).unwrap().1;
        let doc = parse(&decode(input));
        let before = serialize_document(&doc);
        let planned = lede::wasm::plan(JsValue::from_str(&before), JsValue::UNDEFINED).unwrap();
        let result = apply_plan(&doc, &planned);
        assert_eq!(len_of(&result, "skipped"), 0, "{slug}: nothing skipped on an unchanged document");
        assert!(len_of(&result, "applied") > 0, "{slug}: the fixture has clutter");
        let text = visible_text(&doc);
        for s in lines(sentences) {
            assert!(text.contains(s), "{slug}: article text lost in DOM mode: {s}");
        }
        for g in lines(gone) {
            assert!(!text.contains(g), "{slug}: clutter still there in DOM mode: {g}");
        }
        call(&result, "restore");
        assert_eq!(serialize_document(&doc), before, "{slug}: restore gives back the exact document");
    }
}

/// A page built node by node in the browser, as a script would leave it.
fn built_page() -> Document {
    let doc = parse("<!DOCTYPE html><html lang=\"en\"><head><title>Harbour vote</title></head><body></body></html>");
    let body = doc.body().unwrap();
    let add = |parent: &web_sys::Element, tag: &str, class: &str, text: &str| {
        let el = doc.create_element(tag).unwrap();
        if !class.is_empty() {
            el.set_class_name(class);
        }
        el.set_text_content(Some(text));
        parent.append_child(&el).unwrap();
        el
    };
    add(&body, "div", "browser-warning", "Your browser is not supported. Please update your browser.");
    let article = add(&body, "article", "", "");
    add(&article, "h1", "", "Harbour council delays the ferry terminal vote");
    for i in 1..=4 {
        add(
            &article,
            "p",
            "",
            &format!(
                "Paragraph {i} of the story says that the harbour council will decide next week, \
                 after residents filed many objections to the plan."
            ),
        );
    }
    let tools = add(&article, "div", "article-tools", "");
    let print = add(&tools, "a", "print", "Print");
    print.set_attribute("href", "javascript:window.print()").unwrap();
    doc
}

#[wasm_bindgen_test]
fn a_target_changed_after_planning_is_skipped_not_mistaken() {
    let doc = built_page();
    let planned = lede::wasm::plan(JsValue::from_str(&serialize_document(&doc)), JsValue::UNDEFINED).unwrap();
    let actions = js_sys::Array::from(&get(&planned, "actions"));
    assert_eq!(actions.length(), 2, "banner and print widget are planned");

    // The page changes between planning and applying: the banner gets another class.
    let banner = doc.query_selector(".browser-warning").unwrap().unwrap();
    banner.set_class_name("notice");
    let result = apply_plan(&doc, &planned);
    assert_eq!(len_of(&result, "skipped"), 1);
    assert_eq!(len_of(&result, "applied"), 1);
    assert!(banner.is_connected(), "the changed element stays");
    let text = visible_text(&doc);
    assert!(!text.contains("Print"), "the unchanged print widget goes: {text}");
    for i in 1..=4 {
        assert!(text.contains(&format!("Paragraph {i} of the story")), "article text stays: {text}");
    }
}
