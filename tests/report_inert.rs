//! Reports carry page text verbatim as data: markup written as text on the page (escaped
//! `<script>`, `<img onerror>` in captions, quotes, attribute values) ends up as plain
//! characters in JSON string values — decoded once, never re-escaped into entities, never
//! turned into markup — and stays escaped in the cleaned HTML.

use lede::Options;

const PAGE: &str = r#"<html><body><article>
<p>The council approved the new bridge on Monday after a long debate about its cost.</p>
<p>Construction will start next spring and is expected to take two years to finish.</p>
<figure><div class="overlay"><p>Bridge &lt;img src=x onerror=alert(1)&gt; at &quot;dusk&quot; &amp; 'dawn'</p></div><img src="b.jpg">
<figcaption>Bridge &lt;img src=x onerror=alert(1)&gt; at &quot;dusk&quot; &amp; 'dawn'<span class="credit">Foto: dpa</span></figcaption></figure>
<ul class="tools"><li><a href="javascript:window.print()" title="&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;"></a></li></ul>
</article>
<div class="browser-warning">Your browser is not supported &lt;script&gt;alert(1)&lt;/script&gt;</div>
</body></html>"#;

#[test]
fn markup_in_page_text_is_plain_data_in_the_report() {
    let cleaned = lede::clean(PAGE.as_bytes(), &Options::default()).unwrap();
    let json = serde_json::to_string(&cleaned.report).unwrap();
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    let texts: Vec<&str> = value["removed"].as_array().unwrap().iter().map(|r| r["text"].as_str().unwrap()).collect();

    // Decoded once: the characters the reader saw, exactly.
    assert!(texts.contains(&"Bridge <img src=x onerror=alert(1)> at \"dusk\" & 'dawn'"), "{texts:?}");
    assert!(texts.contains(&"Your browser is not supported <script>alert(1)</script>"), "{texts:?}");
    // An attribute value used as a description stays verbatim too.
    assert!(texts.contains(&"[ul: \"><script>alert(2)</script>]"), "{texts:?}");

    // Not pre-rendered: no entity escaping inside the report's strings, and the JSON text
    // escapes quotes as JSON does (\"), nothing else.
    assert!(!json.contains("&lt;") && !json.contains("&gt;") && !json.contains("&quot;") && !json.contains("&amp;"));
    assert!(json.contains(r#"\"dusk\""#));
    // The report is JSON data only: every page text sits inside a string value.
    let outside_strings = strip_json_strings(&json);
    assert!(!outside_strings.contains('<') && !outside_strings.contains('>'), "{outside_strings}");

    // The cleaned HTML keeps the text escaped: still text, not markup.
    assert!(cleaned.html.contains("&lt;img src=x onerror=alert(1)&gt;"));
    assert!(!cleaned.html.contains("<img src=x") && !cleaned.html.contains("<script>alert"));
    let text = lede::text(PAGE.as_bytes(), &Options::default()).unwrap();
    assert_eq!(text.matches("Bridge <img src=x onerror=alert(1)> at \"dusk\" & 'dawn'").count(), 1, "{text}");
}

/// The JSON text with the contents of every string literal removed.
fn strip_json_strings(json: &str) -> String {
    let (mut out, mut in_string, mut escaped) = (String::new(), false, false);
    for ch in json.chars() {
        if in_string {
            match (escaped, ch) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
        } else if ch == '"' {
            in_string = true;
        } else {
            out.push(ch);
        }
    }
    out
}
