//! Shared by the fuzz targets: options derived from the first input bytes.

/// Splits the fuzz input into options and the page.
///
/// Byte 0: bit 0 keeps banners, bit 1 keeps print widgets, bit 2 keeps captions, bits 3-4 pick
/// an encoding hint (none, windows-1252, utf-8, shift_jis), bit 5 sets a tiny input limit.
/// Byte 1: chunk size 1..=64. The rest is the page.
pub fn split(data: &[u8]) -> (lede::Options, &[u8]) {
    let (head, page) = data.split_at(data.len().min(2));
    let flags = head.first().copied().unwrap_or(0);
    let chunk = head.get(1).copied().unwrap_or(0);
    let hint = match (flags >> 3) & 3 {
        0 => None,
        1 => Some("windows-1252"),
        2 => Some("utf-8"),
        _ => Some("shift_jis"),
    };
    let options = lede::Options {
        remove_banners: flags & 1 == 0,
        remove_print_widgets: flags & 2 == 0,
        dedupe_captions: flags & 4 == 0,
        encoding_hint: hint.map(String::from),
        max_input_bytes: if flags & 32 != 0 { 64 } else { lede::Options::default().max_input_bytes },
        chunk_size: 1 + usize::from(chunk % 64),
    };
    (options, page)
}

/// The only errors a valid `Options` may give: the input limit.
pub fn expected_error(e: &lede::Error, options: &lede::Options, page: &[u8]) {
    match e {
        lede::Error::InputTooLarge { .. } => assert!(page.len() > options.max_input_bytes),
        other => panic!("unexpected error: {other}"),
    }
}
