//! Unsupported / outdated browser banners ("Dieser Browser wird nicht mehr unterstützt",
//! "Your browser is not supported", "Votre navigateur n'est plus pris en charge", …).
//!
//! Two routes, one container rule:
//! - `banner.text`: a short text block says the browser is unsupported or outdated (phrase
//!   tables for de, en, fr, es, it, nl, pt, pl);
//! - `banner.structure`: an element whose id or class names such a banner (`browserupgrade`,
//!   `outdated-browser`, `browser-warning`, `buorg`, …) and whose text is short.
//!
//! From the matched element the detector climbs to the largest ancestor that still holds
//! nothing but banner text (phrases, browser names, button words), so the whole banner goes
//! with its buttons and links — and stops before any container with other text.

use super::{alnum_count, contains_ci, normalize, runs_mention, Kind, Op, Proposal, LANDMARKS};
use crate::outline::{AttrName, NodeId, Outline};

/// Phrases that on their own say "this browser is not supported / outdated".
const PRIMARY: &[&str] = &[
    // de
    "browser wird nicht mehr unterstützt",
    "browser wird nicht unterstützt",
    "browser wird nicht vollständig unterstützt",
    "browser ist veraltet",
    "browser ist nicht mehr aktuell",
    "veralteten browser",
    "veralteter browser",
    "browser nicht unterstützt",
    "browserversion wird nicht",
    "nicht unterstützten browser",
    "browser ist zu alt",
    "browser wird leider nicht",
    // en
    "browser is not supported",
    "browser is no longer supported",
    "browser isn't supported",
    "browser is not fully supported",
    "browser is out of date",
    "browser is outdated",
    "browser is too old",
    "outdated browser",
    "unsupported browser",
    "browser not supported",
    "browser is not compatible",
    "browser is unsupported",
    "out-of-date browser",
    "older browser that is not supported",
    // fr
    "navigateur n'est plus pris en charge",
    "navigateur n'est pas pris en charge",
    "navigateur n'est plus supporté",
    "navigateur n'est pas supporté",
    "navigateur obsolète",
    "navigateur est obsolète",
    "navigateur non pris en charge",
    "navigateur n'est pas à jour",
    "navigateur est trop ancien",
    "navigateur non supporté",
    // es
    "navegador no es compatible",
    "navegador no está soportado",
    "navegador no soportado",
    "navegador no compatible",
    "navegador obsoleto",
    "navegador desactualizado",
    "navegador ya no es compatible",
    "navegador no está actualizado",
    "navegador está desactualizado",
    "navegador ya no está soportado",
    // it
    "browser non è supportato",
    "browser non è più supportato",
    "browser non supportato",
    "browser obsoleto",
    "browser non aggiornato",
    "browser non è aggiornato",
    "browser è obsoleto",
    // nl, pt, pl
    "browser wordt niet ondersteund",
    "browser wordt niet meer ondersteund",
    "browser is verouderd",
    "verouderde browser",
    "navegador não é suportado",
    "navegador não é compatível",
    "navegador desatualizado",
    "navegador está desatualizado",
    "przeglądarka nie jest obsługiwana",
    "przestarzała przeglądarka",
];

/// Phrases that accompany a banner (advice, browser names, buttons). They never trigger
/// detection; they let the container climb over the banner's other lines.
const SUPPORTING: &[&str] = &[
    // de
    "bitte wechseln sie zu einem unterstützten browser",
    "wechseln sie zu einem aktuellen browser",
    "bitte aktualisieren sie ihren browser",
    "aktualisieren sie ihren browser",
    "browser aktualisieren",
    "um diese website korrekt anzuzeigen",
    "um diese seite korrekt anzuzeigen",
    "aktuellen browser",
    "neuere version",
    "hinweis",
    "schließen",
    "mehr erfahren",
    "jetzt aktualisieren",
    "ignorieren",
    "sie verwenden einen",
    "sie nutzen einen",
    "sie verwenden",
    "estás usando",
    "está usando",
    "stai usando",
    "vous utilisez",
    "un",
    "una",
    "le",
    "il",
    "votre",
    "ihr",
    "ihren",
    "dieser",
    "einen aktuellen browser wie",
    "wie",
    "oder",
    "und",
    "bitte",
    "diese website",
    "nicht alle funktionen",
    "funktionieren möglicherweise nicht",
    // en
    "please update your browser",
    "please upgrade your browser",
    "update your browser",
    "upgrade your browser now",
    "upgrade your browser",
    "switch to a supported browser",
    "please switch to",
    "for the best experience",
    "latest version of",
    "to improve your experience and security",
    "update browser",
    "you are using an",
    "you are using",
    "your browser",
    "some features may not work",
    "learn more",
    "close",
    "dismiss",
    "ok",
    "got it",
    "or",
    "and",
    "please",
    "to the",
    "the",
    "such as",
    "download",
    "install",
    "a modern browser",
    "a supported browser",
    "update now",
    // fr, es, it
    "veuillez mettre à jour votre navigateur",
    "mettre à jour",
    "votre navigateur",
    "fermer",
    "actualiza tu navegador",
    "actualice su navegador",
    "tu navegador",
    "su navegador",
    "cerrar",
    "aggiorna il tuo browser",
    "il tuo browser",
    "chiudi",
    "per favore",
    "ou",
    "o",
    "e",
    "y",
    // generic update and experience words, all languages
    "per una migliore esperienza",
    "aggiorna il browser",
    "aggiorna ora",
    "aggiorna",
    "tuo",
    "para una mejor experiencia",
    "actualizar",
    "actualiza",
    "actualízalo",
    "actualice",
    "pour une meilleure expérience",
    "pour profiter",
    "mettez à jour",
    "für ein optimales erlebnis",
    "für die beste darstellung",
    "aktualisieren",
    "update",
    "upgrade",
    "experience",
    // browser names
    "google chrome",
    "mozilla firefox",
    "microsoft edge",
    "internet explorer",
    "apple safari",
    "chrome",
    "firefox",
    "safari",
    "edge",
    "opera",
    "brave",
    "browser",
    "navigateur",
    "navegador",
];

/// Class and id fragments that name a browser banner.
const STRUCTURE: &[&str] = &[
    "browserupgrade",
    "browser-upgrade",
    "browser_upgrade",
    "browser-warning",
    "browserwarning",
    "browser_warning",
    "unsupported-browser",
    "unsupportedbrowser",
    "unsupported_browser",
    "outdated-browser",
    "outdatedbrowser",
    "outdated_browser",
    "old-browser",
    "oldbrowser",
    "browser-update",
    "browserupdate",
    "buorg",
    "browsehappy",
    "ie-warning",
    "iewarning",
    "browser-notice",
    "browsernotice",
    "browser-banner",
    "browserbanner",
    "browser-alert",
    "browser-support",
    "browser-check",
];

/// Substrings shared by the STRUCTURE names (checked by a unit test).
const STRUCTURE_STEMS: &[&str] = &["browse", "buorg", "iewarn", "ie-warn"];

/// How many levels a banner container may lie above the matched element.
const MAX_CLIMB: usize = 8;

/// Longest text (bytes) a banner may have.
const MAX_BANNER_TEXT: u64 = 700;

/// Adds banner proposals to `out`.
pub fn detect(outline: &Outline, out: &mut Vec<Proposal>) {
    let mut last_end: NodeId = 0;
    for id in outline.ids() {
        if id < last_end || !outline.is_visible(id) {
            continue;
        }
        let rule = if structural(outline, id) {
            Some("banner.structure")
        } else if text_block(outline, id)
            && runs_mention(outline, id, BROWSER_WORDS)
            && is_banner_text(&normalize(&outline.text(id)))
        {
            Some("banner.text")
        } else {
            None
        };
        if let Some(rule) = rule {
            let container = climb(outline, id);
            out.push(Proposal { node: container, op: Op::Remove, kind: Kind::UnsupportedBrowser, rule });
            last_end = outline.node(container).end;
        }
    }
}

/// Whether `text` (normalized) contains a primary phrase.
pub(crate) fn says_unsupported(text: &str) -> bool {
    mentions_browser(text) && PRIMARY.iter().any(|p| text.contains(p))
}

/// Whether `text` (normalized) is a banner message: it says the browser is unsupported and
/// consists mostly of banner vocabulary — not a sentence of a story that mentions it.
pub(crate) fn is_banner_text(text: &str) -> bool {
    says_unsupported(text) && {
        let leftover = leftover_alnum(text);
        leftover <= 12 || leftover * 3 <= alnum_count(text)
    }
}

/// A short element with its own text: the place where a banner sentence is written.
fn text_block(outline: &Outline, id: NodeId) -> bool {
    let len = outline.text_len(id);
    if len == 0 || len > MAX_BANNER_TEXT {
        return false;
    }
    // Only elements that own text directly (not wrappers whose child already matched).
    outline.text_runs(id).iter().any(|r| r.node == id && r.visible && !outline.run_text(r).trim().is_empty())
}

fn structural(outline: &Outline, id: NodeId) -> bool {
    if LANDMARKS.contains(&outline.tag(id)) || outline.text_len(id) > MAX_BANNER_TEXT {
        return false;
    }
    // Every STRUCTURE name contains one of STRUCTURE_STEMS: one cheap test per token first.
    let named =
        |v: &str| STRUCTURE_STEMS.iter().any(|s| contains_ci(v, s)) && STRUCTURE.iter().any(|s| contains_ci(v, s));
    let hit = outline.classes(id).any(named) || outline.attr(id, AttrName::Id).is_some_and(named);
    if !hit {
        return false;
    }
    // A structural name alone is not enough: the text must be about browsers (or absent,
    // as with an empty banner slot that scripts fill).
    let text = normalize(&outline.text(id));
    text.is_empty()
        || text.contains("browser")
        || text.contains("navigat")
        || text.contains("navegador")
        || says_unsupported(&text)
}

/// Climbs from `id` to the largest ancestor whose text is banner text only.
fn climb(outline: &Outline, id: NodeId) -> NodeId {
    let mut current = id;
    for _ in 0..MAX_CLIMB {
        let Some(parent) = outline.parent(current) else { break };
        if LANDMARKS.contains(&outline.tag(parent)) || outline.text_len(parent) > MAX_BANNER_TEXT {
            break;
        }
        if outline.text_len(parent) != outline.text_len(current)
            && !only_banner_words(&normalize(&outline.text(parent)))
        {
            break;
        }
        if outline.descendants(parent).take(500).any(|d| {
            outline.is(d, &["h1", "article", "main", "p"])
                && !outline.contains(current, d)
                && outline.text_len(d) > 0
                && !only_banner_words(&normalize(&outline.text(d)))
        }) {
            break;
        }
        current = parent;
    }
    current
}

/// Whether `text` (normalized) consists only of banner phrases, browser names and button
/// words, up to a few stray letters.
pub(crate) fn only_banner_words(text: &str) -> bool {
    leftover_alnum(text) <= 12
}

/// Whether a block of prose (normalized) is banner advice ("Please switch to a supported
/// browser such as Chrome or Firefox."): it names a browser and holds only banner words.
pub(crate) fn is_banner_advice(text: &str) -> bool {
    mentions_browser(text) && only_banner_words(text)
}

/// Words for "browser" (lowercase; matched ignoring ASCII case).
const BROWSER_WORDS: &[&str] = &["browser", "navigat", "navegador", "przegl"];

/// Cheap precondition of every banner test: the (normalized) text names a browser.
fn mentions_browser(text: &str) -> bool {
    BROWSER_WORDS.iter().any(|w| text.contains(w))
}

/// Letters and digits of `text` (normalized) that are not banner vocabulary.
fn leftover_alnum(text: &str) -> usize {
    let mut rest = text.to_string();
    for phrase in PRIMARY.iter().chain(SUPPORTING) {
        if phrase.len() <= 3 {
            continue;
        }
        while let Some(pos) = rest.find(phrase) {
            rest.replace_range(pos..pos + phrase.len(), " ");
        }
    }
    let leftover: Vec<&str> =
        rest.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty() && !SUPPORTING.contains(w)).collect();
    leftover.iter().map(|w| alnum_count(w)).sum::<usize>()
}

#[cfg(test)]
mod tests {
    use crate::html::scan::scan;

    fn removed(html: &str) -> Vec<String> {
        let o = scan(html, 64).unwrap();
        let mut out = Vec::new();
        super::detect(&o, &mut out);
        out.iter().map(|p| format!("{}#{}", o.tag(p.node), p.rule)).collect()
    }

    #[test]
    fn every_structure_name_contains_a_stem() {
        for name in super::STRUCTURE {
            assert!(super::STRUCTURE_STEMS.iter().any(|s| name.contains(s)), "{name} has no stem");
        }
    }

    #[test]
    fn german_banner_with_advice_and_links_goes_whole() {
        let html = "<body><article><p>Story text that is long enough to be prose, with words.</p></article>\
            <div class=notice><p>Dieser Browser wird nicht mehr unterstützt</p><p>Bitte wechseln Sie zu einem unterstützten Browser wie Chrome, Firefox, Safari oder Edge.</p>\
            <a href=#>Chrome</a> <a href=#>Firefox</a></div></body>";
        assert_eq!(removed(html), ["div#banner.text"]);
    }

    #[test]
    fn phrases_in_every_language() {
        for text in [
            "Your browser is not supported.",
            "You are using an outdated browser.",
            "Ihr Browser ist veraltet.",
            "Votre navigateur n’est plus pris en charge.",
            "Tu navegador no es compatible.",
            "Il tuo browser non è supportato.",
        ] {
            let html = format!("<body><div><span>{text}</span> <button>OK</button></div></body>");
            assert_eq!(removed(&html), ["div#banner.text"], "{text}");
        }
    }

    #[test]
    fn structure_names_a_banner() {
        let html = "<body><!--[if lt IE 9]>x<![endif]--><p class=browserupgrade>You are using an <strong>old</strong> browser. Please upgrade.</p></body>";
        assert_eq!(removed(html), ["p#banner.structure"]);
    }

    #[test]
    fn prose_about_browsers_is_not_a_banner_container() {
        // The phrase sits in a long paragraph: far over the banner size, no proposal.
        let long = "Microsoft said Internet Explorer 11 is no longer supported, and users who see that their browser is not supported should update. ".repeat(8);
        assert!(removed(&format!("<body><p>{long}</p></body>")).is_empty());
    }

    #[test]
    fn climb_stops_at_container_with_other_text() {
        let html = "<body><div id=top><div class=x><p>Your browser is not supported.</p></div><p>Subscribe to our newsletter for daily local news and weather.</p></div></body>";
        assert_eq!(removed(html), ["div#banner.text"]);
        let o = scan(html, 64).unwrap();
        let mut out = Vec::new();
        super::detect(&o, &mut out);
        assert_eq!(o.attr(out[0].node, crate::outline::AttrName::Class), Some("x"));
    }

    #[test]
    fn unrelated_short_text_is_kept() {
        assert!(removed("<body><div><p>Update: the road is open again.</p></div></body>").is_empty());
        assert!(removed("<body><div class='browser-tabs'><p>Tabs</p></div></body>").is_empty());
    }
}
