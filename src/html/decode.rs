//! Finding a page's character encoding and decoding it to UTF-8.
//!
//! Order of evidence, as browsers use it: a byte-order mark, then a `<meta charset>` or
//! `<meta http-equiv="Content-Type">` in the first 1024 bytes, then the caller's hint (the HTTP
//! charset), then UTF-8 if the bytes are valid UTF-8, else windows-1252. One correction on top:
//! a page labelled with any legacy encoding (single- or multi-byte) whose bytes are valid, non-ASCII UTF-8 is
//! read as UTF-8 (such a label is almost always a leftover; reading it as labelled would turn
//! every umlaut into two wrong characters). And one heuristic the HTML standard allows before
//! the default: UTF-16 without a byte-order mark is recognised by its pattern of zero bytes
//! (every other byte zero in markup), instead of being read as text full of NULs.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252};
use serde::Serialize;

/// Where the encoding decision came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum EncodingSource {
    /// A byte-order mark.
    Bom,
    /// A `<meta>` declaration in the page.
    Meta,
    /// The caller's [`Options::encoding_hint`](crate::Options::encoding_hint).
    Hint,
    /// No declaration: guessed from the bytes.
    Sniffed,
    /// The page declared a legacy encoding but its bytes are valid UTF-8.
    MislabelledUtf8,
}

/// A page decoded to UTF-8.
#[derive(Debug, Clone)]
pub struct Decoded {
    /// The text, without a byte-order mark.
    pub text: String,
    /// The encoding the bytes were read in.
    pub encoding: &'static Encoding,
    /// Why that encoding was chosen.
    pub source: EncodingSource,
    /// Whether malformed byte sequences were replaced with U+FFFD.
    pub had_errors: bool,
}

/// Decodes `bytes` to UTF-8, choosing the encoding as described in the module docs.
/// Never fails: malformed sequences become U+FFFD and `had_errors` is set.
pub fn decode(bytes: &[u8], hint: Option<&str>) -> Decoded {
    let (encoding, source) = choose(bytes, hint);
    let (text, actual, had_errors) = encoding.decode(bytes);
    Decoded { text: text.into_owned(), encoding: actual, source, had_errors }
}

fn choose(bytes: &[u8], hint: Option<&str>) -> (&'static Encoding, EncodingSource) {
    if let Some((enc, _)) = Encoding::for_bom(bytes) {
        return (enc, EncodingSource::Bom);
    }
    if let Some(enc) = sniff_utf16(&bytes[..bytes.len().min(1024)]) {
        return (enc, EncodingSource::Sniffed);
    }
    let declared = prescan_meta(&bytes[..bytes.len().min(1024)])
        .map(|e| (e, EncodingSource::Meta))
        .or_else(|| hint.and_then(|h| Encoding::for_label(h.trim().as_bytes())).map(|e| (e, EncodingSource::Hint)));
    match declared {
        // A document can't declare itself UTF-16 in ASCII bytes; browsers read UTF-8 then.
        Some((enc, src)) if enc == UTF_16LE || enc == UTF_16BE => (UTF_8, src),
        Some((enc, src)) => {
            if enc != UTF_8 && !bytes.is_ascii() && std::str::from_utf8(bytes).is_ok() {
                (UTF_8, EncodingSource::MislabelledUtf8)
            } else {
                (enc.output_encoding(), src)
            }
        }
        None if std::str::from_utf8(bytes).is_ok() => (UTF_8, EncodingSource::Sniffed),
        None => (WINDOWS_1252, EncodingSource::Sniffed),
    }
}

/// UTF-16 without a byte-order mark: at least 90% of the first byte pairs are a Latin-1
/// character next to a zero byte, on the same side throughout (markup is mostly ASCII).
fn sniff_utf16(head: &[u8]) -> Option<&'static Encoding> {
    let pairs = head.len() / 2;
    if pairs < 4 {
        return None;
    }
    let (mut le, mut be) = (0usize, 0usize);
    for p in head.chunks_exact(2) {
        match (p[0], p[1]) {
            (1.., 0) => le += 1,
            (0, 1..) => be += 1,
            _ => {}
        }
    }
    if le * 10 >= pairs * 9 {
        Some(UTF_16LE)
    } else if be * 10 >= pairs * 9 {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// Looks for a charset in `<meta>` tags of the given prefix (a simplified form of the HTML
/// prescan: good enough for real pages, never reads past the prefix).
fn prescan_meta(head: &[u8]) -> Option<&'static Encoding> {
    let mut i = 0;
    while let Some(off) = find_ci(&head[i..], b"<meta") {
        let start = i + off + 5;
        let end = head[start..].iter().position(|&b| b == b'>').map_or(head.len(), |p| start + p);
        if let Some(label) = charset_in(&head[start..end]) {
            if let Some(enc) = Encoding::for_label(label) {
                return Some(enc);
            }
        }
        i = end;
    }
    None
}

/// The value after `charset=` in a meta tag's attribute text, if any.
fn charset_in(attrs: &[u8]) -> Option<&[u8]> {
    let pos = find_ci(attrs, b"charset")?;
    let mut rest = &attrs[pos + 7..];
    rest = trim_start(rest);
    rest = rest.strip_prefix(b"=")?;
    rest = trim_start(rest);
    if let Some(q @ (b'"' | b'\'')) = rest.first().copied() {
        rest = &rest[1..];
        let end = rest.iter().position(|&b| b == q || b == b';').unwrap_or(rest.len());
        return Some(&rest[..end]);
    }
    let end = rest
        .iter()
        .position(|&b| b.is_ascii_whitespace() || matches!(b, b';' | b'"' | b'\'' | b'/'))
        .unwrap_or(rest.len());
    Some(&rest[..end])
}

fn trim_start(s: &[u8]) -> &[u8] {
    let n = s.iter().take_while(|b| b.is_ascii_whitespace()).count();
    &s[n..]
}

/// ASCII case-insensitive search for `needle` (lowercase) in `hay`.
fn find_ci(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w.eq_ignore_ascii_case(needle))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_wins() {
        let d = decode(b"\xEF\xBB\xBF<meta charset=windows-1252>\xC3\xA4", None);
        assert_eq!((d.text.as_str(), d.source), ("<meta charset=windows-1252>ä", EncodingSource::Bom));
        let d = decode(b"\xFF\xFEa\x00\xE4\x00", None);
        assert_eq!(d.text, "aä");
    }

    #[test]
    fn meta_charset_and_http_equiv() {
        let d = decode(b"<meta charset=\"windows-1252\"><p>\xE4\x80</p>", None);
        assert_eq!(d.text, "<meta charset=\"windows-1252\"><p>ä€</p>");
        assert_eq!(d.source, EncodingSource::Meta);
        let page = b"<META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=iso-8859-1'>\xFC";
        assert_eq!(decode(page, None).text.chars().last(), Some('ü'));
    }

    #[test]
    fn hint_then_sniff() {
        assert_eq!(decode(b"<p>\xE4</p>", Some("latin1")).source, EncodingSource::Hint);
        let d = decode(b"<p>\xE4</p>", None);
        assert_eq!((d.text.as_str(), d.encoding), ("<p>ä</p>", WINDOWS_1252));
        assert_eq!(decode("<p>ä</p>".as_bytes(), None).encoding, UTF_8);
    }

    #[test]
    fn utf8_bytes_labelled_latin1_are_read_as_utf8() {
        let d = decode("<meta charset=iso-8859-1><p>Grüße</p>".as_bytes(), None);
        assert_eq!(d.source, EncodingSource::MislabelledUtf8);
        assert!(d.text.contains("Grüße"));
    }

    #[test]
    fn invalid_utf8_is_replaced_not_fatal() {
        let d = decode(b"<meta charset=utf-8><p>a\xFFb</p>", None);
        assert!(d.had_errors);
        assert!(d.text.contains("a\u{FFFD}b"));
    }

    #[test]
    fn utf16_without_bom_is_sniffed() {
        let le: Vec<u8> = "<p>Grüße</p>".encode_utf16().flat_map(u16::to_le_bytes).collect();
        let d = decode(&le, None);
        assert_eq!((d.text.as_str(), d.encoding, d.source), ("<p>Grüße</p>", UTF_16LE, EncodingSource::Sniffed));
        let be: Vec<u8> = "<p>Grüße</p>".encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(decode(&be, None).encoding, UTF_16BE);
        // NUL bytes in a UTF-8 page are not UTF-16.
        assert_eq!(decode(b"\0\0\0\0<p>a\0b</p>", None).encoding, UTF_8);
    }

    #[test]
    fn utf16_label_without_bom_means_utf8() {
        assert_eq!(decode(b"<meta charset=utf-16><p>x</p>", None).encoding, UTF_8);
    }
}
