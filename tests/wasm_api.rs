//! The wasm API under Node (wasm-bindgen-test, no `run_in_browser`): the shared suite in
//! `wasm_suite/` — golden fixtures equal the native results, options and errors. The same
//! suite runs in headless Chromium from `tests/wasm_browser.rs`. Run by `./build.sh test`;
//! compiles to nothing natively.
#![cfg(target_arch = "wasm32")]

#[macro_use]
mod wasm_suite;

shared_tests!();
