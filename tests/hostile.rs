//! Hostile and broken input: every case ends in output or a clear [`lede::Error`] — never a
//! panic, a hang or unbounded memory — and the article text that is there survives.
//!
//! Each case prints how long it took (`cargo test --test hostile -- --nocapture`). The 50 MB
//! page and its peak-memory check live in `tests/hostile_memory.rs` (its own process, so the
//! high-water mark is its own). Crashes found by the fuzzers (`tests/fuzz.sh`) are kept as
//! inputs under `tests/hostile/` and re-run by [`fuzz_regressions_stay_fixed`].

use std::time::{Duration, Instant};

use lede::{Error, Options};

mod common;
use common::Rng;

/// A sentence the cleaner must never lose.
const SENTENCE: &str = "The harbour authority confirmed on Tuesday that the old pier will reopen in May.";

/// Cleans `input` with the default options and prints the time it took under `name`.
fn clean(name: &str, input: &[u8]) -> lede::Cleaned {
    clean_with(name, input, &Options::default())
}

fn clean_with(name: &str, input: &[u8], options: &Options) -> lede::Cleaned {
    let start = Instant::now();
    let result = lede::clean(input, options);
    let took = start.elapsed();
    eprintln!("{name}: {} bytes in {:.1} ms", input.len(), took.as_secs_f64() * 1e3);
    assert!(took < Duration::from_secs(60), "{name}: took {took:?}");
    result.unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn visible(html: &str) -> String {
    lede::text::visible_text(&lede::html::scan::scan(html, 4096).expect("scan"))
}

fn assert_kept(name: &str, cleaned: &lede::Cleaned, sentence: &str) {
    assert!(visible(&cleaned.html).contains(sentence), "{name}: lost {sentence:?}");
}

// ---------------------------------------------------------------------------------------------
// Deep nesting
// ---------------------------------------------------------------------------------------------

const DEPTH: usize = 100_000;

#[test]
fn hundred_thousand_nested_divs() {
    let page = format!("<body>{}<p>{SENTENCE}</p>{}</body>", "<div>".repeat(DEPTH), "</div>".repeat(DEPTH));
    let cleaned = clean("nested divs", page.as_bytes());
    assert_kept("nested divs", &cleaned, SENTENCE);
    assert_eq!(cleaned.report.stats.elements, DEPTH + 2);
}

#[test]
fn hundred_thousand_nested_divs_with_text_at_every_level() {
    let page = format!("<body>{}{}</body>", "<div>word ".repeat(DEPTH), "</div>".repeat(DEPTH));
    let cleaned = clean("nested divs with text", page.as_bytes());
    assert_eq!(visible(&cleaned.html).matches("word").count(), DEPTH);
}

/// `<p>`, `<a>` and `<li>` that are never closed nest in the streaming parser's view: a chain
/// 100,000 deep. Every word stays.
#[test]
fn unclosed_p_a_li_chains() {
    for (tag, text) in [("p", "Some words here without an end"), ("a href=#", "link"), ("li", "item text.")] {
        let page = format!("<body><ul>{}", format!("<{tag}>{text} ").repeat(DEPTH));
        let name = format!("unclosed <{tag}> chain");
        let cleaned = clean(&name, page.as_bytes());
        let first_word = text.split(' ').next().unwrap();
        assert_eq!(visible(&cleaned.html).matches(first_word).count(), DEPTH, "{name}");
    }
}

/// Unclosed chains of print links and banner-like blocks: the detectors climb and compare, but
/// within bounds.
#[test]
fn unclosed_chains_of_clutter_lookalikes() {
    let prints = format!("<body><p>{SENTENCE}</p>{}", "<li><a href='javascript:print()'>Drucken</a>".repeat(20_000));
    let cleaned = clean("unclosed print items", prints.as_bytes());
    assert_kept("unclosed print items", &cleaned, SENTENCE);
    let banners =
        format!("<body><p>{SENTENCE}</p>{}", "<div class=outdated-browser>Your browser is outdated. ".repeat(20_000));
    let cleaned = clean("unclosed banners", banners.as_bytes());
    assert_kept("unclosed banners", &cleaned, SENTENCE);
    let figures = format!(
        "<body><p>{SENTENCE}</p>{}",
        "<div class=photo><img src=a.jpg>A caption that repeats itself. ".repeat(20_000)
    );
    let cleaned = clean("unclosed figures", figures.as_bytes());
    assert_kept("unclosed figures", &cleaned, SENTENCE);
}

// ---------------------------------------------------------------------------------------------
// Big attributes, broken comments and scripts, NUL bytes
// ---------------------------------------------------------------------------------------------

#[test]
fn one_megabyte_attributes() {
    let big = "x".repeat(1 << 20);
    for attr in ["data-blob", "class", "href", "title", "style", "onclick"] {
        let page = format!("<body><article><p {attr}=\"{big}\">{SENTENCE}</p></article></body>");
        let name = format!("1 MB {attr}");
        let cleaned = clean(&name, page.as_bytes());
        assert_kept(&name, &cleaned, SENTENCE);
        assert!(cleaned.html.contains(&big), "{name}: the attribute was changed");
    }
    // A print link whose href is 1 MB of "print".
    let page =
        format!("<body><p>{SENTENCE}</p><a href=\"javascript:{}\">Drucken</a></body>", "print();".repeat(1 << 17));
    let cleaned = clean("1 MB print href", page.as_bytes());
    assert_kept("1 MB print href", &cleaned, SENTENCE);
    assert_eq!(cleaned.report.removed.len(), 1);
}

#[test]
fn unclosed_comments_and_scripts() {
    for tail in [
        "<!-- never closed <p>hidden</p>",
        "<!--",
        "<!",
        "<!---",
        "<script>var a = '<p>hidden</p>';",
        "<script>",
        "<style>p { color: red }",
        "<title>unclosed title",
        "<textarea>unclosed",
        "<noscript><p>hidden",
        "<![CDATA[ never closed",
        "<p class=\"unterminated attribute>text",
        "<p",
        "<",
        "</",
        "&",
        "&#",
        "&#x110000;&#0;&#xD800;&#99999999999999999999;",
    ] {
        let page = format!("<body><p>{SENTENCE}</p>{tail}");
        let cleaned = clean(tail, page.as_bytes());
        assert_kept(tail, &cleaned, SENTENCE);
        assert!(!visible(&cleaned.html).contains("hidden"), "{tail}: inert text became visible");
    }
}

#[test]
fn end_script_tag_inside_javascript_strings() {
    // The HTML tokenizer ends a script at the first `</script>`, even inside a JS string,
    // exactly as a browser does; the rest is markup again. Nothing panics, nothing is lost.
    // (page, whether a browser shows the sentence)
    let pages = [
        (format!("<body><script>var s = \"</script>\";</script><p>{SENTENCE}</p></body>"), true),
        (format!("<body><script>var s = '<\\/script>';</script><p>{SENTENCE}</p></body>"), true),
        (format!("<body><script><!--<script></script>--></script><p>{SENTENCE}</p></body>"), true),
        (format!("<body><script>document.write('<p>w</p></scr' + 'ipt>');</script><p>{SENTENCE}</p></body>"), true),
        (
            format!(
                "<body><script type=\"application/ld+json\">{{\"a\":\"</script><p>{SENTENCE}</p>\"}}</script></body>"
            ),
            true,
        ),
        // `<!--<script>` puts the tokenizer in the "double escaped" state: the next
        // `</script>` does not end the script, so a browser shows nothing after it either.
        (format!("<body><script>var t = \"<!--<script>\";</script><p>{SENTENCE}</p></body>"), false),
    ];
    for (i, (page, shown)) in pages.iter().enumerate() {
        let name = format!("script string {i}");
        let cleaned = clean(&name, page.as_bytes());
        assert_eq!(visible(&cleaned.html).contains(SENTENCE), *shown, "{name}");
        assert_eq!(&cleaned.html, page, "{name}: nothing to remove, page must be unchanged");
    }
}

#[test]
fn nul_bytes_everywhere() {
    let pages: [&[u8]; 5] = [
        b"<body><p>a\0b The harbour authority\0 confirmed it.</p></body>",
        b"<\0div><p\0 class\0=\"x\0\">text</p\0></div>",
        b"\0\0\0\0<body>\0</body>\0",
        b"<script>\0</script><style>\0</style><!--\0--><title>\0</title>",
        b"<p>&#0;&#x0;\0</p>",
    ];
    for (i, page) in pages.iter().enumerate() {
        let cleaned = clean(&format!("nul {i}"), page);
        assert!(!cleaned.html.is_empty() || page.is_empty());
    }
    let mut long = format!("<body><p>{SENTENCE}</p>").into_bytes();
    long.extend(std::iter::repeat_n(0u8, 1 << 20));
    let cleaned = clean("1 MB of NUL", &long);
    assert_kept("1 MB of NUL", &cleaned, SENTENCE);
}

// ---------------------------------------------------------------------------------------------
// Encodings
// ---------------------------------------------------------------------------------------------

#[test]
fn invalid_utf8_becomes_replacement_characters() {
    let mut page = format!("<meta charset=utf-8><body><p>{SENTENCE}</p><p>").into_bytes();
    page.extend_from_slice(b"\xFF\xFE\xC3\x28\xE2\x82\xF0\x9F\x92\xED\xA0\x80\xC0\xAF</p></body>");
    let cleaned = clean("invalid utf-8", &page);
    assert_kept("invalid utf-8", &cleaned, SENTENCE);
    assert!(cleaned.report.stats.encoding_errors);
    assert!(cleaned.html.contains('\u{FFFD}'));
    // Truncated in the middle of a multi-byte character.
    let cut = "<p>Grüße aus Köln</p>".as_bytes();
    for end in 0..cut.len() {
        clean(&format!("truncated at {end}"), &cut[..end]);
    }
}

#[test]
fn mislabelled_and_unknown_charsets() {
    // Declared windows-1252, bytes are UTF-8: read as UTF-8.
    let page = "<meta charset=windows-1252><p>Grüße aus Köln, sagte die Bürgermeisterin am Montag.</p>";
    let cleaned = clean("utf-8 labelled windows-1252", page.as_bytes());
    assert!(visible(&cleaned.html).contains("Grüße aus Köln"));
    // Declared UTF-8, bytes are latin-1: replacement characters, reported.
    let cleaned = clean("latin-1 labelled utf-8", b"<meta charset=utf-8><p>Gr\xFC\xDFe</p>");
    assert!(cleaned.report.stats.encoding_errors);
    // Unknown, empty and hostile labels are ignored.
    for label in ["bogus", "", "\"", "utf-7", "x-user-defined", "replacement", "utf-16", "utf-32"] {
        let page = format!("<meta charset=\"{label}\"><p>{SENTENCE}</p>");
        let cleaned = clean(&format!("charset {label:?}"), page.as_bytes());
        assert_kept(label, &cleaned, SENTENCE);
    }
    // Multi-byte legacy encodings with garbage.
    for label in ["shift_jis", "euc-kr", "gb18030", "big5", "iso-2022-jp"] {
        let mut page = format!("<meta charset={label}><p>{SENTENCE}</p><p>").into_bytes();
        page.extend(Rng(7).bytes(4096));
        clean(&format!("{label} garbage"), &page);
    }
    // A bad hint is an error that names the option, not a panic.
    let bad = Options { encoding_hint: Some("no-such-charset".into()), ..Options::default() };
    assert!(matches!(lede::clean(b"<p>x</p>", &bad), Err(Error::InvalidOption { .. })));
}

fn utf16(text: &str, big_endian: bool, bom: bool) -> Vec<u8> {
    let mut out = Vec::new();
    let units = std::iter::once(0xFEFF).filter(|_| bom).chain(text.encode_utf16());
    for u in units {
        out.extend_from_slice(&if big_endian { u.to_be_bytes() } else { u.to_le_bytes() });
    }
    out
}

#[test]
fn byte_order_marks_with_and_without_content() {
    let page = format!("<body><p>{SENTENCE}</p><p>Grüße</p></body>");
    let mut utf8 = b"\xEF\xBB\xBF".to_vec();
    utf8.extend_from_slice(page.as_bytes());
    for (name, bytes) in
        [("utf-8 bom", utf8), ("utf-16le bom", utf16(&page, false, true)), ("utf-16be bom", utf16(&page, true, true))]
    {
        let cleaned = clean(name, &bytes);
        assert_kept(name, &cleaned, SENTENCE);
        assert!(visible(&cleaned.html).contains("Grüße"), "{name}");
        assert!(!cleaned.html.starts_with('\u{FEFF}'), "{name}: BOM left in the output");
        // Output is UTF-8 and stable.
        assert_eq!(lede::clean(cleaned.html.as_bytes(), &Options::default()).unwrap().html, cleaned.html, "{name}");
    }
    for (name, bytes) in [
        ("utf-8 bom only", &b"\xEF\xBB\xBF"[..]),
        ("utf-16le bom only", b"\xFF\xFE"),
        ("utf-16be bom only", b"\xFE\xFF"),
        ("utf-16le bom, odd byte", b"\xFF\xFE<"),
        ("utf-16be bom, lone surrogate", b"\xFE\xFF\xD8\x00"),
    ] {
        let cleaned = clean(name, bytes);
        assert!(visible(&cleaned.html).replace('\u{FFFD}', "").trim().len() <= 1, "{name}");
    }
}

#[test]
fn utf16_without_bom_is_recognised() {
    let page = format!("<html><body><p>{SENTENCE}</p><p>Grüße</p></body></html>");
    for (name, big_endian) in [("utf-16le without bom", false), ("utf-16be without bom", true)] {
        let cleaned = clean(name, &utf16(&page, big_endian, false));
        assert_kept(name, &cleaned, SENTENCE);
        assert!(visible(&cleaned.html).contains("Grüße"), "{name}");
        assert!(!cleaned.html.contains('\0'), "{name}: NUL bytes in the output");
    }
}

// ---------------------------------------------------------------------------------------------
// Many figures, no article, frames and templates
// ---------------------------------------------------------------------------------------------

#[test]
fn ten_thousand_figures_with_duplicate_captions() {
    let mut page = format!("<body><article><p>{SENTENCE}</p>");
    for i in 0..10_000 {
        page.push_str(&format!(
            "<figure><div class=overlay><p>Photo number {i} shows the harbour at dawn.</p></div><img src=p{i}.jpg>\
             <figcaption>Photo number {i} shows the harbour at dawn.<span class=credit>Foto: dpa</span></figcaption></figure>"
        ));
    }
    page.push_str("</article></body>");
    let cleaned = clean("10,000 figures", page.as_bytes());
    assert_kept("10,000 figures", &cleaned, SENTENCE);
    let text = visible(&cleaned.html);
    for i in [0, 1, 4_999, 9_999] {
        assert_eq!(text.matches(&format!("Photo number {i} shows")).count(), 1, "caption {i}");
    }
    assert_eq!(cleaned.report.removed.len(), 10_000);
    assert_eq!(cleaned.report.stats.credits_separated, 10_000);
}

#[test]
fn ten_thousand_sibling_captions_repeating_the_lead() {
    // Each figure's caption repeats the paragraph before it (the `caption.lead` rule looks back
    // over the figure's siblings).
    let mut page = String::from("<body><div>");
    for i in 0..10_000 {
        page.push_str(&format!(
            "<p>Paragraph {i} of a long story, written out in full.</p><figure><img src=p{i}.jpg>\
             <figcaption>Paragraph {i} of a long story, written out in full.</figcaption></figure><figure><img></figure>"
        ));
    }
    let cleaned = clean("10,000 lead captions", page.as_bytes());
    assert!(visible(&cleaned.html).contains("Paragraph 9999 of a long story"));
}

#[test]
fn pages_without_an_article() {
    let garbage = Rng(42).bytes(1 << 20);
    let nav = "<body><nav><ul><li><a href=/>Home</a></li><li><a href=/news>News</a></li></ul></nav></body>".repeat(100);
    let text_only = format!("{SENTENCE} ").repeat(1000);
    let cases: [(&str, &[u8]); 7] = [
        ("empty", b""),
        ("whitespace", b"  \n\t "),
        ("only nav", nav.as_bytes()),
        ("only text", text_only.as_bytes()),
        ("binary garbage", &garbage),
        ("doctype only", b"<!DOCTYPE html>"),
        ("only a banner", b"<div class=browser-warning>Your browser is not supported.</div>"),
    ];
    for (name, input) in cases {
        let cleaned = clean(name, input);
        let report = lede::analyze(input, &Options::default()).unwrap();
        // Random bytes decode to random characters; whatever text the finder takes from them
        // is not asserted — only that nothing panics or fails.
        if name != "binary garbage" {
            assert!(report.article.blocks.is_empty(), "{name}");
        }
        assert!(lede::text(input, &Options::default()).is_ok(), "{name}");
        if name == "only text" {
            assert_kept(name, &cleaned, SENTENCE);
        }
    }
    assert_eq!(lede::clean(b"", &Options::default()).unwrap().html, "");
}

#[test]
fn frames_iframes_and_framesets() {
    let pages = [
        "<frameset cols='50%,50%'><frame src=a.html><frame src=b.html></frameset><noframes><p>No frames.</p></noframes>",
        "<frameset><frameset><frameset><frame>",
        "<body><p>The harbour authority confirmed on Tuesday that the old pier will reopen in May.</p><iframe src=ad.html><p>fallback</p></iframe></body>",
        "<body><iframe srcdoc=\"<p>Inside srcdoc</p>\"></iframe><iframe>never closed",
        "<body><object data=x><embed src=y><param name=a></object><frame></body>",
    ];
    for (i, page) in pages.iter().enumerate() {
        let cleaned = clean(&format!("frames {i}"), page.as_bytes());
        if page.contains(SENTENCE) {
            assert_kept("iframe", &cleaned, SENTENCE);
        }
        let text = visible(&cleaned.html);
        assert!(!text.contains("fallback") && !text.contains("Inside srcdoc"), "frames {i}: {text}");
    }
}

#[test]
fn template_content_is_not_page_text() {
    let page = format!(
        "<body><template id=t><p>Template sentence that is never rendered on the page at all.</p>\
         <div class=browser-warning>Your browser is not supported.</div></template>\
         <article><p>{SENTENCE}</p></article><template><template><p>nested template</p></template></template>\
         <template><p>unclosed template, rest of page is inert</p>"
    );
    let cleaned = clean("template", page.as_bytes());
    let text = visible(&cleaned.html);
    assert!(text.contains(SENTENCE));
    assert!(!text.contains("Template sentence") && !text.contains("nested template") && !text.contains("unclosed"));
    // Template content is left alone (not page text, not clutter).
    assert!(cleaned.report.removed.is_empty(), "{:?}", cleaned.report.removed);
    let plain = lede::text(page.as_bytes(), &Options::default()).unwrap();
    assert!(plain.contains(SENTENCE) && !plain.contains("Template sentence"));
}

// ---------------------------------------------------------------------------------------------
// Limits and options
// ---------------------------------------------------------------------------------------------

#[test]
fn input_over_the_limit_is_an_error() {
    let page = format!("<p>{SENTENCE}</p>");
    let limit = page.len() - 1;
    let opts = Options { max_input_bytes: limit, ..Options::default() };
    match lede::clean(page.as_bytes(), &opts) {
        Err(Error::InputTooLarge { size, limit: l }) => assert_eq!((size, l), (page.len(), limit)),
        other => panic!("expected InputTooLarge, got {other:?}"),
    }
    assert!(matches!(lede::analyze(page.as_bytes(), &opts), Err(Error::InputTooLarge { .. })));
    assert!(matches!(lede::text(page.as_bytes(), &opts), Err(Error::InputTooLarge { .. })));
    let exact = Options { max_input_bytes: page.len(), ..Options::default() };
    assert!(lede::clean(page.as_bytes(), &exact).is_ok());
    let zero = Options { max_input_bytes: 0, ..Options::default() };
    assert!(lede::clean(b"", &zero).is_ok());
    assert!(matches!(lede::clean(b"x", &zero), Err(Error::InputTooLarge { .. })));
    let message = lede::clean(page.as_bytes(), &opts).unwrap_err().to_string();
    assert!(message.contains(&page.len().to_string()), "{message}");
}

#[test]
fn bad_options_are_errors_not_panics() {
    let zero = Options { chunk_size: 0, ..Options::default() };
    assert!(matches!(lede::clean(b"<p>x</p>", &zero), Err(Error::InvalidOption { .. })));
    // Chunk sizes far beyond the input are fine.
    let huge = Options { chunk_size: usize::MAX, ..Options::default() };
    clean_with("huge chunk", format!("<p>{SENTENCE}</p>").as_bytes(), &huge);
}

#[test]
fn fuzz_regressions_stay_fixed() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/hostile");
    let Ok(entries) = std::fs::read_dir(&dir) else { return };
    let mut files: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.is_file()).collect();
    files.sort();
    for path in files {
        if path.extension().is_some_and(|e| e == "md") {
            continue;
        }
        let input = std::fs::read(&path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        // The fuzz targets read their options from the first bytes; run the same way.
        for chunk_size in [1, 7, 64, 4096] {
            let opts = Options { chunk_size, ..Options::default() };
            let cleaned = clean_with(&name, &input, &opts);
            let _ = lede::analyze(&input, &opts).unwrap();
            let _ = lede::text(cleaned.html.as_bytes(), &opts).unwrap();
        }
    }
}
