//! Thin WebAssembly bindings: no logic or defaults here, only conversion.

use wasm_bindgen::prelude::*;

/// Cleans a page and returns the cleaned HTML; throws an `Error` on failure.
#[wasm_bindgen]
pub fn clean(html: &str) -> Result<String, JsError> {
    crate::clean(html.as_bytes(), &crate::Options::default()).map(|c| c.html).map_err(|e| JsError::new(&e.to_string()))
}

/// The engine's version.
#[wasm_bindgen]
pub fn version() -> String {
    crate::version().to_string()
}
