//! `lede::analyze` and `lede::text` on arbitrary bytes with options from the first two bytes.
//!
//! Invariants checked: no panic; the only error is `InputTooLarge`; the report serializes to
//! JSON that parses back; `text` succeeds wherever `analyze` does.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let (options, page) = common::split(data);
    let report = match lede::analyze(page, &options) {
        Ok(r) => r,
        Err(e) => return common::expected_error(&e, &options, page),
    };
    let json = serde_json::to_string(&report).expect("report serializes");
    let back: serde_json::Value = serde_json::from_str(&json).expect("report JSON parses");
    assert_eq!(back["stats"]["inputBytes"], page.len());
    assert_eq!(back["removed"].as_array().map(Vec::len), Some(report.removed.len()));
    lede::text(page, &options).expect("text where analyze succeeded");
});
