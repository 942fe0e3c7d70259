//! Decoding of HTML character references (`&amp;`, `&#233;`, `&#xE9;`) in text and attribute
//! values. lol_html hands out raw source text; this turns it into the characters a reader sees.
//!
//! Named references cover HTML 4's 253 names plus `&apos;` — what real pages use. Unknown names
//! stay as written, like a browser does.

use std::borrow::Cow;

/// HTML 4 latin-1 names, for code points 160..=255 in order.
const LATIN1: [&str; 96] = [
    "nbsp", "iexcl", "cent", "pound", "curren", "yen", "brvbar", "sect", "uml", "copy", "ordf", "laquo", "not", "shy",
    "reg", "macr", "deg", "plusmn", "sup2", "sup3", "acute", "micro", "para", "middot", "cedil", "sup1", "ordm",
    "raquo", "frac14", "frac12", "frac34", "iquest", "Agrave", "Aacute", "Acirc", "Atilde", "Auml", "Aring", "AElig",
    "Ccedil", "Egrave", "Eacute", "Ecirc", "Euml", "Igrave", "Iacute", "Icirc", "Iuml", "ETH", "Ntilde", "Ograve",
    "Oacute", "Ocirc", "Otilde", "Ouml", "times", "Oslash", "Ugrave", "Uacute", "Ucirc", "Uuml", "Yacute", "THORN",
    "szlig", "agrave", "aacute", "acirc", "atilde", "auml", "aring", "aelig", "ccedil", "egrave", "eacute", "ecirc",
    "euml", "igrave", "iacute", "icirc", "iuml", "eth", "ntilde", "ograve", "oacute", "ocirc", "otilde", "ouml",
    "divide", "oslash", "ugrave", "uacute", "ucirc", "uuml", "yacute", "thorn", "yuml",
];

/// Greek capitals from U+0391 (U+03A2 is unassigned and skipped) and small letters from U+03B1.
const GREEK: [&str; 24] = [
    "lpha", "eta", "amma", "elta", "psilon", "eta", "ta", "heta", "ota", "appa", "ambda", "u", "u", "i", "micron", "i",
    "ho", "", "igma", "au", "psilon", "hi", "hi", "si",
];
const GREEK_INITIALS: [char; 24] = [
    'a', 'b', 'g', 'd', 'e', 'z', 'e', 't', 'i', 'k', 'l', 'm', 'n', 'x', 'o', 'p', 'r', ' ', 's', 't', 'u', 'p', 'c',
    'p',
];

/// All other HTML 4 names (and `apos`) with their code points.
const OTHER: &[(&str, u32)] = &[
    ("quot", 34),
    ("amp", 38),
    ("apos", 39),
    ("lt", 60),
    ("gt", 62),
    ("OElig", 338),
    ("oelig", 339),
    ("Scaron", 352),
    ("scaron", 353),
    ("Yuml", 376),
    ("fnof", 402),
    ("circ", 710),
    ("tilde", 732),
    ("Omega", 937),
    ("omega", 969),
    ("sigmaf", 962),
    ("thetasym", 977),
    ("upsih", 978),
    ("piv", 982),
    ("ensp", 8194),
    ("emsp", 8195),
    ("thinsp", 8201),
    ("zwnj", 8204),
    ("zwj", 8205),
    ("lrm", 8206),
    ("rlm", 8207),
    ("ndash", 8211),
    ("mdash", 8212),
    ("lsquo", 8216),
    ("rsquo", 8217),
    ("sbquo", 8218),
    ("ldquo", 8220),
    ("rdquo", 8221),
    ("bdquo", 8222),
    ("dagger", 8224),
    ("Dagger", 8225),
    ("bull", 8226),
    ("hellip", 8230),
    ("permil", 8240),
    ("prime", 8242),
    ("Prime", 8243),
    ("lsaquo", 8249),
    ("rsaquo", 8250),
    ("oline", 8254),
    ("frasl", 8260),
    ("euro", 8364),
    ("image", 8465),
    ("weierp", 8472),
    ("real", 8476),
    ("trade", 8482),
    ("alefsym", 8501),
    ("larr", 8592),
    ("uarr", 8593),
    ("rarr", 8594),
    ("darr", 8595),
    ("harr", 8596),
    ("crarr", 8629),
    ("lArr", 8656),
    ("uArr", 8657),
    ("rArr", 8658),
    ("dArr", 8659),
    ("hArr", 8660),
    ("forall", 8704),
    ("part", 8706),
    ("exist", 8707),
    ("empty", 8709),
    ("nabla", 8711),
    ("isin", 8712),
    ("notin", 8713),
    ("ni", 8715),
    ("prod", 8719),
    ("sum", 8721),
    ("minus", 8722),
    ("lowast", 8727),
    ("radic", 8730),
    ("prop", 8733),
    ("infin", 8734),
    ("ang", 8736),
    ("and", 8743),
    ("or", 8744),
    ("cap", 8745),
    ("cup", 8746),
    ("int", 8747),
    ("there4", 8756),
    ("sim", 8764),
    ("cong", 8773),
    ("asymp", 8776),
    ("ne", 8800),
    ("equiv", 8801),
    ("le", 8804),
    ("ge", 8805),
    ("sub", 8834),
    ("sup", 8835),
    ("nsub", 8836),
    ("sube", 8838),
    ("supe", 8839),
    ("oplus", 8853),
    ("otimes", 8855),
    ("perp", 8869),
    ("sdot", 8901),
    ("lceil", 8968),
    ("rceil", 8969),
    ("lfloor", 8970),
    ("rfloor", 8971),
    ("lang", 9001),
    ("rang", 9002),
    ("loz", 9674),
    ("spades", 9824),
    ("clubs", 9827),
    ("hearts", 9829),
    ("diams", 9830),
];

/// Windows-1252 meanings of numeric references 0x80..=0x9F, as browsers decode them.
const C1_REMAP: [u32; 32] = [
    0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D,
    0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,
    0x017E, 0x0178,
];

/// Looks up a named reference (without `&` and `;`).
fn named(name: &str) -> Option<char> {
    if let Some(i) = LATIN1.iter().position(|n| *n == name) {
        return char::from_u32(160 + i as u32);
    }
    if let Some(&(_, cp)) = OTHER.iter().find(|(n, _)| *n == name) {
        return char::from_u32(cp);
    }
    greek(name)
}

/// Greek letter names: `Alpha`..`Omega` (U+0391..) and `alpha`..`omega` (U+03B1..).
fn greek(name: &str) -> Option<char> {
    let mut chars = name.chars();
    let first = chars.next()?;
    let rest = chars.as_str();
    let base = if first.is_ascii_uppercase() { 0x391 } else { 0x3B1 };
    let lower = first.to_ascii_lowercase();
    (0..GREEK.len())
        .find(|&i| GREEK_INITIALS[i] == lower && GREEK[i] == rest && !GREEK[i].is_empty())
        .and_then(|i| char::from_u32(base + i as u32))
}

/// Decodes a numeric reference's digits the way browsers do (C1 remap, invalid → U+FFFD).
fn numeric(digits: &str, hex: bool) -> char {
    let value = u32::from_str_radix(digits, if hex { 16 } else { 10 }).unwrap_or(u32::MAX);
    match value {
        0x80..=0x9F => char::from_u32(C1_REMAP[(value - 0x80) as usize]).unwrap_or('\u{FFFD}'),
        0 => '\u{FFFD}',
        v => char::from_u32(v).unwrap_or('\u{FFFD}'),
    }
}

/// Decodes character references in `raw`; borrows when there are none.
///
/// ```
/// # use lede::html::entities::decode;
/// assert_eq!(decode("Caf&eacute; &amp; Bar &#8211; &#x201E;Hi&#x201C;"), "Café & Bar – „Hi“");
/// assert_eq!(decode("&unknown; &amp"), "&unknown; &");
/// ```
pub fn decode(raw: &str) -> Cow<'_, str> {
    if !raw.contains('&') {
        return Cow::Borrowed(raw);
    }
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(pos) = rest.find('&') {
        out.push_str(&rest[..pos]);
        rest = &rest[pos..];
        match reference(rest) {
            Some((ch, used)) => {
                out.push(ch);
                rest = &rest[used..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// Parses one reference at the start of `s` (which starts with `&`): the character and the
/// number of bytes it used.
fn reference(s: &str) -> Option<(char, usize)> {
    let body = &s[1..];
    if let Some(num) = body.strip_prefix('#') {
        let (hex, digits_from) = match num.as_bytes().first() {
            Some(b'x' | b'X') => (true, 1),
            _ => (false, 0),
        };
        let digits = &num[digits_from..];
        let len = digits.bytes().take_while(|b| if hex { b.is_ascii_hexdigit() } else { b.is_ascii_digit() }).count();
        if len == 0 {
            return None;
        }
        let ch = if len > 8 { '\u{FFFD}' } else { numeric(&digits[..len], hex) };
        let mut used = 2 + digits_from + len;
        if digits[len..].starts_with(';') {
            used += 1;
        }
        return Some((ch, used));
    }
    let len = body.bytes().take_while(|b| b.is_ascii_alphanumeric()).count();
    if len == 0 || len > 8 {
        return None;
    }
    let ch = named(&body[..len])?;
    let used = 1 + len + usize::from(body[len..].starts_with(';'));
    Some((ch, used))
}

#[cfg(test)]
mod tests {
    use super::decode;

    #[test]
    fn decodes_named_numeric_and_hex() {
        assert_eq!(decode("a &lt;b&gt; &quot;c&quot; &apos;d&apos;"), "a <b> \"c\" 'd'");
        assert_eq!(decode("&auml;&Ouml;&szlig;&euro;&nbsp;"), "äÖß€\u{a0}");
        assert_eq!(decode("&#228;&#xE4;&#XE4;"), "äää");
        assert_eq!(decode("&Alpha;&omega;&Sigma;&sigmaf;"), "ΑωΣς");
    }

    #[test]
    fn numeric_edge_cases_follow_browsers() {
        assert_eq!(decode("&#128;"), "€");
        assert_eq!(decode("&#0;&#xD800;&#99999999999;"), "\u{FFFD}\u{FFFD}\u{FFFD}");
        assert_eq!(decode("&#;&#x;"), "&#;&#x;");
    }

    #[test]
    fn leaves_unknown_and_bare_ampersands() {
        assert_eq!(decode("Tom & Jerry &foo; &"), "Tom & Jerry &foo; &");
        assert_eq!(decode("AT&T"), "AT&T");
        assert!(matches!(decode("plain"), std::borrow::Cow::Borrowed(_)));
    }
}
