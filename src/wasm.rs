//! Thin WebAssembly bindings: no logic or defaults here, only conversion between JavaScript
//! values and the engine's types. Every failure is thrown as a JavaScript `Error`.
//!
//! `html` is a string, or a `Uint8Array` of the page's bytes in any encoding (decoded like the
//! CLI does); `options` is `undefined`, `null` or an object of [`crate::Options`] in camelCase.

use serde::Serialize;
use wasm_bindgen::prelude::*;

fn js_error(e: impl std::fmt::Display) -> JsError {
    JsError::new(&e.to_string())
}

/// The page's bytes: a string (UTF-8 after conversion) or a `Uint8Array`.
fn input(html: &JsValue) -> Result<Vec<u8>, JsError> {
    if let Some(s) = html.as_string() {
        return Ok(s.into_bytes());
    }
    if html.is_instance_of::<js_sys::Uint8Array>() {
        return Ok(js_sys::Uint8Array::from(html.clone()).to_vec());
    }
    Err(JsError::new("html must be a string or a Uint8Array"))
}

fn options(options: JsValue) -> Result<crate::Options, JsError> {
    if options.is_undefined() || options.is_null() {
        return Ok(crate::Options::default());
    }
    let json: serde_json::Value =
        serde_wasm_bindgen::from_value(options).map_err(|e| js_error(format!("invalid options: {e}")))?;
    crate::Options::from_json(&json).map_err(js_error)
}

/// Plain JS objects and numbers, the same shape as the CLI's JSON.
fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).map_err(js_error)
}

#[derive(Serialize)]
struct CleanedJs<'a> {
    html: &'a str,
    report: &'a crate::Report,
}

/// `clean(html, options?) -> {html, report}`: the cleaned page and the report.
#[wasm_bindgen]
pub fn clean(html: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let cleaned = crate::clean(&input(&html)?, &self::options(options)?).map_err(js_error)?;
    to_js(&CleanedJs { html: &cleaned.html, report: &cleaned.report })
}

/// `analyze(html, options?) -> report`.
#[wasm_bindgen]
pub fn analyze(html: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    to_js(&crate::analyze(&input(&html)?, &self::options(options)?).map_err(js_error)?)
}

/// `plan(html, options?) -> {actions: [{ordinal, tag, fingerprint, op, kind, rule}], report}`:
/// what the DOM applier executes on the live document `html` was serialized from.
#[wasm_bindgen]
pub fn plan(html: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    to_js(&crate::plan(&input(&html)?, &self::options(options)?).map_err(js_error)?)
}

/// The engine's version.
#[wasm_bindgen]
pub fn version() -> String {
    crate::version().to_string()
}
