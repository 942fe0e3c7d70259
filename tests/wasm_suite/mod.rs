//! The wasm API suite shared by `tests/wasm_api.rs` (Node) and `tests/wasm_browser.rs`
//! (headless Chromium): the golden fixtures through `clean`/`analyze`/`plan` give exactly the
//! native results, options are camelCase, bad options throw a JS `Error` that names them.

/// Declares the shared suite as `#[wasm_bindgen_test]` functions of the test file that invokes
/// it (`#[macro_use] mod wasm_suite;` then `shared_tests!();`), so Node and Chromium run the
/// same list.
macro_rules! shared_tests {
    () => {
        shared_tests!(
            fixtures_through_the_wasm_api_equal_the_native_results,
            options_are_read_in_camel_case,
            invalid_options_throw_errors_naming_them,
            version_is_the_crate_version
        );
    };
    ($($name:ident),+) => {
        $(
            #[wasm_bindgen_test::wasm_bindgen_test]
            fn $name() {
                wasm_suite::$name();
            }
        )+
    };
}

use lede::Options;
use wasm_bindgen::{JsCast, JsValue};

/// Every fixture under tests/fixtures (the native golden test checks that there are seven).
pub const FIXTURES: &[(&str, &[u8], &str)] = &[
    (
        "de-lead-caption",
        include_bytes!("../fixtures/de-lead-caption/input.html"),
        include_str!("../fixtures/de-lead-caption/cleaned.html"),
    ),
    (
        "de-windows1252",
        include_bytes!("../fixtures/de-windows1252/input.html"),
        include_str!("../fixtures/de-windows1252/cleaned.html"),
    ),
    (
        "en-browser-story",
        include_bytes!("../fixtures/en-browser-story/input.html"),
        include_str!("../fixtures/en-browser-story/cleaned.html"),
    ),
    (
        "en-cssinjs",
        include_bytes!("../fixtures/en-cssinjs/input.html"),
        include_str!("../fixtures/en-cssinjs/cleaned.html"),
    ),
    (
        "es-it-mini",
        include_bytes!("../fixtures/es-it-mini/input.html"),
        include_str!("../fixtures/es-it-mini/cleaned.html"),
    ),
    (
        "fr-navigateur",
        include_bytes!("../fixtures/fr-navigateur/input.html"),
        include_str!("../fixtures/fr-navigateur/cleaned.html"),
    ),
    (
        "presse-blinken",
        include_bytes!("../fixtures/presse-blinken/input.html"),
        include_str!("../fixtures/presse-blinken/cleaned.html"),
    ),
];

pub fn get(v: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(v, &JsValue::from_str(key)).expect("property")
}

/// A JS value as JSON, for comparing with the native serde output.
pub fn json(v: &JsValue) -> serde_json::Value {
    let s: String = js_sys::JSON::stringify(v).expect("stringify").into();
    serde_json::from_str(&s).expect("JSON")
}

pub fn bytes(b: &[u8]) -> JsValue {
    js_sys::Uint8Array::from(b).into()
}

pub fn opts(json: &str) -> JsValue {
    js_sys::JSON::parse(json).expect("test options are JSON")
}

/// The thrown value's message; it must be a real `Error`.
pub fn error_message(r: Result<JsValue, wasm_bindgen::JsError>) -> String {
    let e = JsValue::from(r.expect_err("should throw"));
    let e: js_sys::Error = e.dyn_into().expect("thrown value is an Error");
    e.message().into()
}

/// JavaScript has one number type: a whole `f64` such as `3.0` arrives as `3`. Native JSON
/// values get the same treatment before they are compared with what came through JS.
pub fn js_numbers(v: serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match v {
        Value::Number(n) => match n.as_f64() {
            Some(f) if n.is_f64() && f.fract() == 0.0 && f.abs() < 9.0e15 => Value::from(f as i64),
            _ => Value::Number(n),
        },
        Value::Array(a) => Value::Array(a.into_iter().map(js_numbers).collect()),
        Value::Object(o) => Value::Object(o.into_iter().map(|(k, v)| (k, js_numbers(v))).collect()),
        other => other,
    }
}

pub fn fixtures_through_the_wasm_api_equal_the_native_results() {
    for (slug, input, golden) in FIXTURES {
        let native = lede::clean(input, &Options::default()).unwrap();
        let native_report = serde_json::to_value(&native.report).unwrap();

        let out = lede::wasm::clean(bytes(input), JsValue::UNDEFINED).unwrap();
        assert_eq!(get(&out, "html").as_string().unwrap(), native.html, "{slug}: html");
        assert_eq!(&native.html, golden, "{slug}: golden cleaned.html");
        assert_eq!(json(&get(&out, "report")), native_report, "{slug}: report");

        // clean's report lists the removals; analyze and plan add the article and its facts.
        let native_analysis =
            js_numbers(serde_json::to_value(lede::analyze(input, &Options::default()).unwrap()).unwrap());
        assert_eq!(native_analysis["removed"], native_report["removed"], "{slug}: same removals");
        let report = lede::wasm::analyze(bytes(input), JsValue::NULL).unwrap();
        assert_eq!(json(&report), native_analysis, "{slug}: analyze");

        let planned = lede::wasm::plan(bytes(input), JsValue::UNDEFINED).unwrap();
        let native_plan = js_numbers(serde_json::to_value(lede::plan(input, &Options::default()).unwrap()).unwrap());
        assert_eq!(json(&planned), native_plan, "{slug}: plan");
        assert_eq!(json(&get(&planned, "report")), native_analysis, "{slug}: plan report");
        let actions = native_plan["actions"].as_array().unwrap();
        assert_eq!(actions.len(), native.report.removed.len() + native.report.stats.credits_separated, "{slug}");
        for a in actions {
            for key in ["ordinal", "tag", "fingerprint", "op", "kind", "rule"] {
                assert!(a.get(key).is_some(), "{slug}: action without {key}: {a}");
            }
        }

        // A UTF-8 page passed as a JS string gives the same result.
        if let Ok(text) = std::str::from_utf8(input) {
            let out = lede::wasm::clean(JsValue::from_str(text), JsValue::UNDEFINED).unwrap();
            assert_eq!(get(&out, "html").as_string().unwrap(), native.html, "{slug}: string input");
        }
    }
}

pub fn options_are_read_in_camel_case() {
    let page = FIXTURES.iter().find(|f| f.0 == "presse-blinken").unwrap().1;
    let all = lede::wasm::analyze(bytes(page), JsValue::UNDEFINED).unwrap();
    let some = lede::wasm::analyze(bytes(page), opts(r#"{"removeBanners": false, "chunkSize": 7}"#)).unwrap();
    let kinds = |r: &JsValue| {
        json(&get(r, "removed"))
            .as_array()
            .unwrap()
            .iter()
            .map(|x| x["kind"].as_str().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    assert!(kinds(&all).iter().any(|k| k == "unsupported-browser"));
    assert!(!kinds(&some).iter().any(|k| k == "unsupported-browser"));
    assert_eq!(kinds(&some).len(), kinds(&all).len() - 1);
}

pub fn invalid_options_throw_errors_naming_them() {
    let page = JsValue::from_str("<p>x</p>");
    let cases = [
        (r#"{"removeBaners": true}"#, "removeBaners"),
        (r#"{"removeBanners": "yes"}"#, "removeBanners"),
        (r#"{"chunkSize": 0}"#, "chunkSize"),
        (r#"{"chunkSize": -3}"#, "chunkSize"),
        (r#"{"encodingHint": "klingon"}"#, "encodingHint"),
        (r#"{"remove_banners": false}"#, "remove_banners"),
    ];
    for (o, name) in cases {
        for r in [
            lede::wasm::clean(page.clone(), opts(o)),
            lede::wasm::analyze(page.clone(), opts(o)),
            lede::wasm::plan(page.clone(), opts(o)),
        ] {
            let msg = error_message(r);
            assert!(msg.contains(name), "{o}: message {msg:?} should name {name}");
        }
    }
    let msg = error_message(lede::wasm::clean(page.clone(), JsValue::from_str("fast")));
    assert!(msg.contains("options"), "{msg}");
    let msg = error_message(lede::wasm::clean(JsValue::from_f64(1.0), JsValue::UNDEFINED));
    assert!(msg.contains("string"), "{msg}");
    let msg = error_message(lede::wasm::clean(page, opts(r#"{"maxInputBytes": 3}"#)));
    assert!(msg.contains("limit"), "{msg}");
}

pub fn version_is_the_crate_version() {
    assert_eq!(lede::wasm::version(), env!("CARGO_PKG_VERSION"));
}
