//! The wasm API under Node (wasm-bindgen-test, no `run_in_browser`): the shared suite in
//! `wasm_suite/` — golden fixtures equal the native results, options and errors. The same
//! suite runs in headless Chromium from `tests/wasm_browser.rs`. Run by `./build.sh test`;
//! compiles to nothing natively.
#![cfg(target_arch = "wasm32")]

mod wasm_suite;

use wasm_bindgen_test::wasm_bindgen_test;

#[wasm_bindgen_test]
fn fixtures_through_the_wasm_api_equal_the_native_results() {
    wasm_suite::fixtures_through_the_wasm_api_equal_the_native_results();
}

#[wasm_bindgen_test]
fn options_are_read_in_camel_case() {
    wasm_suite::options_are_read_in_camel_case();
}

#[wasm_bindgen_test]
fn invalid_options_throw_errors_naming_them() {
    wasm_suite::invalid_options_throw_errors_naming_them();
}

#[wasm_bindgen_test]
fn version_is_the_crate_version() {
    wasm_suite::version_is_the_crate_version();
}
