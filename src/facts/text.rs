//! Text helpers shared by the extractors: photo credits, language, capitalisation, name forms.

use super::lexicon;
use super::token::{Kind, Token};
use super::{BlockDoc, Lang};

/// Markers that open a photo credit inside a caption.
const CREDIT_MARKERS: [&str; 15] = [
    "Photo by",
    "Photograph by",
    "Picture by",
    "Foto:",
    "Fotos:",
    "Bild:",
    "Bilder:",
    "Photo:",
    "Photos:",
    "Image:",
    "Credit:",
    "Quelle:",
    "©",
    "(c)",
    "Photograph:",
];

/// Byte offset where the photo credit of a caption starts (`text.len()` when none).
///
/// A credit is the caption's last part: after a marker such as "Foto:" or "©", or a short
/// unpunctuated tail after the last sentence ("… unklar. APA / AFP / Leah Millis").
pub(crate) fn credit_start(text: &str, tokens: &[Token]) -> usize {
    if let Some(pos) = CREDIT_MARKERS.iter().filter_map(|m| text.find(m)).min() {
        return pos;
    }
    let tail_start =
        tokens.iter().rposition(|t| t.kind == Kind::Punct && matches!(t.text(text), "." | "!" | "?")).map(|i| i + 1);
    let from = tail_start.unwrap_or(0);
    let tail = tokens.get(from..).unwrap_or(&[]);
    if tail.is_empty() {
        return text.len();
    }
    let words: Vec<&str> = tail.iter().filter(|t| t.kind == Kind::Word).map(|t| t.text(text)).collect();
    let slashed = tail.iter().any(|t| matches!(t.text(text), "/" | "|"));
    let capitalised = words.iter().all(|w| is_capitalised(w) || is_particle(w));
    let short = !words.is_empty() && words.len() <= 8;
    if short && capitalised && (slashed || tail_start.is_some()) {
        tail.first().map_or(text.len(), |t| t.start)
    } else {
        text.len()
    }
}

/// Is the block a byline ("Von Martin Ebersbach", "By Daniel Okoro, Technology reporter")?
/// Its names are the authors, not people of the story.
///
/// A wire credit line ("(Reporting by Sarah Whitcombe; Editing by Daniel Frame)",
/// "Berichterstattung: …") names the agency's staff and counts as a byline too.
pub(crate) fn is_byline(text: &str, tokens: &[Token]) -> bool {
    let t = text.trim_start().trim_start_matches('(');
    if ["Reporting by ", "Additional reporting by ", "Writing by ", "Berichterstattung:", "Redigiert von "]
        .iter()
        .any(|m| t.starts_with(m))
    {
        return true;
    }
    // "Associated Press writer Kim Thao in Hanoi contributed to this report."
    let short = tokens.iter().filter(|t| t.kind == Kind::Word).count() <= 20;
    if short && (t.trim_end().ends_with("contributed to this report.") || t.contains("trug zu diesem Bericht bei")) {
        return true;
    }
    let first = tokens.first().map(|t| t.text(text));
    let second = tokens.get(1).map(|t| t.text(text));
    let words = tokens.iter().filter(|t| t.kind == Kind::Word).count();
    matches!(first, Some("Von" | "By" | "Text:" | "Von:" | "By:"))
        && second.is_some_and(is_capitalised)
        && words <= 8
        && !text.trim_end().ends_with(['.', '!', '?'])
}

/// The names in a byline: "Martin Ebersbach und Petra Schöller" → both, normalised.
pub(crate) fn author_names(byline: &str) -> Vec<String> {
    let mut s = byline.to_string();
    for sep in [" und ", " and ", " & ", ";", "|"] {
        s = s.replace(sep, ",");
    }
    s.split(',')
        .map(|p| p.trim().trim_start_matches("Von ").trim_start_matches("By ").trim())
        .filter(|p| p.split_whitespace().count() >= 2)
        .map(normalise)
        .collect()
}

/// Name particles that may stay lowercase inside names and credits.
pub(crate) fn is_particle(w: &str) -> bool {
    matches!(
        w,
        "von"
            | "van"
            | "der"
            | "den"
            | "de"
            | "da"
            | "di"
            | "du"
            | "del"
            | "la"
            | "le"
            | "bin"
            | "ibn"
            | "al"
            | "zu"
            | "ten"
            | "dos"
            | "das"
    )
}

/// Does the word start with an uppercase letter?
pub(crate) fn is_capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// Is the word written in capitals only (at least two letters: "NATO", "EZB")?
pub(crate) fn is_all_caps(w: &str) -> bool {
    w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && w.chars().all(|c| !c.is_alphabetic() || c.is_uppercase())
}

/// The article language: from the page's tag, else by counting function words.
pub(crate) fn language(tag: Option<&str>, blocks: &[BlockDoc<'_>]) -> Lang {
    let tag = tag.unwrap_or("").to_ascii_lowercase();
    if tag.starts_with("de") {
        return Lang::De;
    }
    if tag.starts_with("en") {
        return Lang::En;
    }
    let lx = lexicon::get();
    let (mut de, mut en) = (0usize, 0usize);
    let words = blocks.iter().flat_map(|b| b.tokens.iter().map(move |t| t.text(b.text))).take(2000);
    for w in words {
        let l = w.to_lowercase();
        de += usize::from(lx.stop_de.contains(&l));
        en += usize::from(lx.stop_en.contains(&l));
    }
    if de > en {
        Lang::De
    } else {
        Lang::En
    }
}

/// `w` without an English possessive "'s"/"’s" ("Labour's" → "Labour"); `w` itself when it
/// has none.
pub(crate) fn without_possessive(w: &str) -> &str {
    w.strip_suffix("'s").or_else(|| w.strip_suffix("\u{2019}s")).unwrap_or(w)
}

/// Does `w` end with an English possessive: "Labour's", "Water’s", or a plural's
/// "Conservatives'"?
pub(crate) fn is_possessive(w: &str) -> bool {
    ["'s", "\u{2019}s", "s'", "s\u{2019}"].iter().any(|e| w.ends_with(e))
}

/// Name forms to try for a word: itself, without an English possessive ("Blinken's"), and
/// without a German genitive "s" ("Blinkens", "Chinas").
pub(crate) fn base_forms(w: &str) -> Vec<&str> {
    let mut out = vec![w];
    for suffix in ["'s", "\u{2019}s", "'", "\u{2019}"] {
        if let Some(stem) = w.strip_suffix(suffix) {
            out.push(stem);
        }
    }
    if let Some(stem) = w.strip_suffix('s') {
        if stem.chars().count() >= 2 {
            out.push(stem);
        }
    }
    out
}

/// Lowercases and keeps letters and digits only, words separated by single spaces: the
/// normal form for comparing names and texts.
pub fn normalise(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.ends_with(' ') && !out.is_empty() {
            out.push(' ');
        }
    }
    out.trim_end().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::token::tokenize;

    fn credit(s: &str) -> &str {
        &s[credit_start(s, &tokenize(s))..]
    }

    #[test]
    fn wire_credit_lines_are_bylines() {
        let byline = |s: &str| is_byline(s, &tokenize(s));
        assert!(byline("(Reporting by Sarah Whitcombe; Editing by Daniel Frame)"));
        assert!(byline("Associated Press writer Kim Thao in Hanoi contributed to this report."));
        assert!(!byline("Kim Thao said the report was late."));
    }

    #[test]
    fn credits_are_cut() {
        assert_eq!(
            credit("Ob er Xi treffen wird, war bis zuletzt unklar. APA / AFP / Leah Millis"),
            "APA / AFP / Leah Millis"
        );
        assert_eq!(credit("Blinken mit Wang Yi.Reuters / Leah Millis"), "Reuters / Leah Millis");
        assert_eq!(credit("Der Hafen von Hamburg. Foto: dpa"), "Foto: dpa");
        assert_eq!(credit("Mayor Hartmann at the depot. Photo: Jane Roe"), "Photo: Jane Roe");
    }

    #[test]
    fn captions_without_credit_stay_whole() {
        assert_eq!(credit("Antony Blinken in Peking."), "");
        assert_eq!(credit("Antony Blinken"), "");
        assert_eq!(credit("Blinken traf Qin. Danach sprach er mit Wang"), "");
    }

    #[test]
    fn name_forms() {
        assert_eq!(base_forms("Blinkens"), ["Blinkens", "Blinken"]);
        assert!(base_forms("Blinken's").contains(&"Blinken"));
        assert_eq!(normalise("„German Marshall Fund“"), "german marshall fund");
        assert!(is_all_caps("NATO") && !is_all_caps("Nato") && !is_all_caps("A"));
    }
}
