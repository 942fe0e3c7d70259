//! `lede::clean` on arbitrary bytes with options from the first two bytes.
//!
//! Invariants checked (cheap, and true for every input):
//! - no panic, and the only error is `InputTooLarge` when the input is over the limit;
//! - the output does not depend on the chunk size (compared with one 64 KiB chunk);
//! - with every detector off, a UTF-8 page without `<meta>` comes back byte for byte;
//! - the cleaned page can be scanned and cleaned again without error.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let (options, page) = common::split(data);
    let cleaned = match lede::clean(page, &options) {
        Ok(c) => c,
        Err(e) => return common::expected_error(&e, &options, page),
    };
    let whole = lede::Options { chunk_size: 64 << 10, ..options.clone() };
    let reference = lede::clean(page, &whole).expect("clean with one chunk");
    assert_eq!(cleaned.html, reference.html, "output depends on the chunk size");
    assert_eq!(cleaned.report.removed, reference.report.removed, "report depends on the chunk size");

    let all_off =
        lede::Options { remove_banners: false, remove_print_widgets: false, dedupe_captions: false, ..options.clone() };
    let decoded = lede::html::decode::decode(page, options.encoding_hint.as_deref());
    let has_meta = page.windows(5).any(|w| w.eq_ignore_ascii_case(b"<meta"));
    if decoded.encoding.name() == "UTF-8" && decoded.text.as_bytes() == page && !has_meta {
        let untouched = lede::clean(page, &all_off).expect("clean with detectors off");
        assert_eq!(untouched.html.as_bytes(), page, "changed a page with every detector off");
    }

    lede::html::scan::scan(&cleaned.html, options.chunk_size).expect("scan the cleaned page");
    let again = lede::Options { max_input_bytes: usize::MAX, ..options };
    lede::clean(cleaned.html.as_bytes(), &again).expect("clean the cleaned page");
});
