//! Print widgets: links and buttons whose action is printing, and the tool-list items or bars
//! they leave empty.
//!
//! A widget is an interactive element (`a`, `button`, `input`, `[role=button]`, `[onclick]`)
//! that prints:
//! - `print.action`: `onclick` calls print, the link is `javascript:…print…` or goes to a print
//!   view (`/print/`, `/drucken/`, `?print=1`, …), or a `data-*` attribute says `print`;
//! - `print.label`: its `aria-label` or `title` is a print label ("Drucken", "Print this
//!   article", "Imprimer", …);
//! - `print.text`: its whole visible text is a print label ("• Drucken", "Artikel drucken").
//!
//! The widget's wrappers go with it while they hold nothing else (no text, no media, no other
//! control): the `<li>` of a tool list, and a list or bar whose every item was a print widget
//! (`print.container`).

use super::{alnum_count, contains_ci, normalize, runs_mention, Kind, Op, Proposal, LANDMARKS, MEDIA};
use crate::outline::{AttrName, NodeId, Outline};

/// Whole labels that mean "print" (normalized: lowercase, bullets stripped).
const LABELS: &[&str] = &[
    "drucken",
    "artikel drucken",
    "seite drucken",
    "beitrag drucken",
    "druckversion",
    "druckansicht",
    "text drucken",
    "print",
    "print article",
    "print this article",
    "print page",
    "print this page",
    "print this",
    "printer-friendly version",
    "printer friendly version",
    "print version",
    "imprimer",
    "imprimer l'article",
    "imprimer cet article",
    "imprimer la page",
    "version imprimable",
    "imprimir",
    "imprimir artículo",
    "imprimir noticia",
    "imprimir página",
    "versión para imprimir",
    "stampa",
    "stampa articolo",
    "stampa la pagina",
    "versione stampabile",
    "afdrukken",
    "imprimir notícia",
    "drukuj",
];

/// Fragments every label in [`LABELS`] contains (lowercase ASCII): a cheap filter.
const LABEL_STEMS: &[&str] = &["druck", "print", "imprim", "stampa", "afdruk", "drukuj"];

/// URL fragments of print views.
const URL_PARTS: &[&str] = &[
    "/print/",
    "/print.",
    "/drucken/",
    "/drucken.",
    "/druckansicht",
    "/druckversion",
    "?print",
    "&print",
    "print=1",
    "print=true",
    "/imprimer",
    "/imprimir",
    "/stampa/",
    "/printable",
    "/print-version",
    "printpage",
    "print_article",
];

/// Longest text (bytes) a print control's label can have.
const LONGEST_LABEL: u64 = 80;

/// Interactive elements a print widget can be.
const CONTROLS: &[&str] = &["a", "button", "input"];

/// Adds print-widget proposals to `out`.
pub fn detect(outline: &Outline, out: &mut Vec<Proposal>) {
    let mut widgets: Vec<(NodeId, &'static str)> = Vec::new();
    let mut skip_to: NodeId = 0;
    for id in outline.ids() {
        if id < skip_to || !outline.is_visible(id) || !is_control(outline, id) {
            continue;
        }
        if let Some(rule) = print_rule(outline, id) {
            widgets.push((id, rule));
            skip_to = outline.node(id).end;
        }
    }
    if widgets.is_empty() {
        return;
    }
    let empty = Emptiness::new(outline, &widgets);
    for (id, rule) in widgets {
        let (node, climbed) = climb(outline, id, &empty);
        let rule = if climbed { "print.container" } else { rule };
        out.push(Proposal { node, op: Op::Remove, kind: Kind::PrintWidget, rule });
    }
}

fn is_control(outline: &Outline, id: NodeId) -> bool {
    CONTROLS.contains(&outline.tag(id))
        || outline
            .attr(id, AttrName::Role)
            .is_some_and(|r| r.eq_ignore_ascii_case("button") || r.eq_ignore_ascii_case("menuitem"))
        || outline.attr(id, AttrName::OnClick).is_some()
}

/// Why `id` is a print widget, if it is one.
fn print_rule(outline: &Outline, id: NodeId) -> Option<&'static str> {
    // No lowercased copies: this runs for every link of the page.
    if outline.attr(id, AttrName::OnClick).is_some_and(|js| contains_ci(js, "print(") || contains_ci(js, "print ()")) {
        return Some("print.action");
    }
    if let Some(href) = outline.attr(id, AttrName::Href) {
        let scheme = href.trim_start().as_bytes();
        if scheme.len() >= 11 && scheme[..11].eq_ignore_ascii_case(b"javascript:") && contains_ci(href, "print") {
            return Some("print.action");
        }
        // A print-view URL alone may be a link to a print *edition*; it counts when the
        // control shows no other words.
        if URL_PARTS.iter().any(|p| contains_ci(href, p)) && !has_other_text(outline, id) {
            return Some("print.action");
        }
    }
    if let Some(data) = outline.attr(id, AttrName::Data).map(str::to_ascii_lowercase) {
        if data.split(|c: char| !c.is_ascii_alphanumeric()).any(|w| w == "print" || w == "drucken") {
            return Some("print.action");
        }
    }
    let label_attr = [AttrName::AriaLabel, AttrName::Title, AttrName::Value]
        .into_iter()
        .filter_map(|a| outline.attr(id, a))
        .any(is_label);
    if label_attr && !has_other_text(outline, id) {
        return Some("print.label");
    }
    (short(outline, id) && runs_mention(outline, id, LABEL_STEMS) && is_label(&outline.text(id)))
        .then_some("print.text")
}

/// Whether `text` is a print label, ignoring bullets, pipes and icon glyphs around it.
pub(crate) fn is_label(text: &str) -> bool {
    let t = normalize(text);
    let t = t.trim_matches(|c: char| !c.is_alphanumeric());
    LABELS.contains(&t)
}

/// Whether the control shows text other than a print label (then a label attribute alone is
/// not enough: the control does something else too).
fn has_other_text(outline: &Outline, id: NodeId) -> bool {
    if !short(outline, id) {
        return outline.text_len(id) > 0;
    }
    let text = outline.text(id);
    alnum_count(&text) > 0 && !is_label(&text)
}

/// Whether the element's text is short enough to be a label (and cheap to read).
fn short(outline: &Outline, id: NodeId) -> bool {
    (1..=LONGEST_LABEL).contains(&outline.text_len(id))
}

/// Climbs from a widget to the largest wrapper that holds nothing but print widgets and
/// decoration. Returns the node and whether it climbed.
fn climb(outline: &Outline, id: NodeId, empty: &Emptiness) -> (NodeId, bool) {
    let mut current = id;
    for _ in 0..4 {
        let Some(parent) = outline.parent(current) else { break };
        if LANDMARKS.contains(&outline.tag(parent))
            || outline.is(parent, &["section", "aside", "p", "td", "th", "figure"])
        {
            break;
        }
        if !empty.children_ok[parent as usize] || empty.own_text[parent as usize] {
            break;
        }
        current = parent;
    }
    (current, current != id)
}

/// For every element, whether it is nothing a reader would miss once the print widgets are
/// gone, computed bottom-up in one pass over the page. (A recursive check per widget
/// overflowed the stack on deep chains of unclosed `<li>` and was quadratic in their depth.)
struct Emptiness {
    /// The element has letters or digits of its own (not inside a child element).
    own_text: Vec<bool>,
    /// Every child of the element is empty or a widget.
    children_ok: Vec<bool>,
}

impl Emptiness {
    fn new(outline: &Outline, widgets: &[(NodeId, &'static str)]) -> Emptiness {
        let n = outline.len();
        let mut own_text = vec![false; n];
        let mut text_below = vec![false; n];
        for run in outline.all_text_runs() {
            if run.visible && (run.node as usize) < n && alnum_count(outline.run_text(run)) > 0 {
                own_text[run.node as usize] = true;
            }
        }
        let mut is_widget = vec![false; n];
        for &(w, _) in widgets {
            is_widget[w as usize] = true;
        }
        let mut holds_widget = is_widget.clone();
        let mut children_ok = vec![true; n];
        // Children have larger ids than their parent: a reverse pass sees them first.
        for id in outline.ids().rev() {
            let i = id as usize;
            text_below[i] |= own_text[i];
            let ok = if holds_widget[i] {
                // Holds a widget: everything else in it must be empty too.
                is_widget[i] || (!own_text[i] && children_ok[i])
            } else {
                !outline.is(id, MEDIA)
                    && !outline.is(id, &["a", "button", "input", "select", "textarea"])
                    && !text_below[i]
                    && !outline
                        .descendants(id)
                        .take(64)
                        .any(|d| outline.is(d, MEDIA) || outline.is(d, &["a", "button", "input"]))
            };
            if let Some(p) = outline.parent(id) {
                let p = p as usize;
                text_below[p] |= text_below[i];
                holds_widget[p] |= holds_widget[i];
                children_ok[p] &= ok;
            }
        }
        Emptiness { own_text, children_ok }
    }
}

#[cfg(test)]
mod tests {
    use crate::html::scan::scan;

    fn found(html: &str) -> Vec<String> {
        let o = scan(html, 64).unwrap();
        let mut out = Vec::new();
        super::detect(&o, &mut out);
        out.iter().map(|p| format!("{}#{}", o.tag(p.node), p.rule)).collect()
    }

    #[test]
    fn every_print_signal() {
        assert_eq!(found("<p>x</p><a href='#' onclick='window.print();return false'>x</a>"), ["a#print.action"]);
        assert_eq!(found("<a href='javascript:window.print()'>Imprimer</a>"), ["a#print.action"]);
        assert_eq!(found("<a href='/drucken/artikel-1.html'>Artikel drucken</a>"), ["a#print.action"]);
        assert_eq!(found("<button data-action=print title=Drucken><svg></svg></button>"), ["button#print.action"]);
        assert_eq!(found("<button aria-label='Print this article'><svg></svg></button>"), ["button#print.label"]);
        assert_eq!(found("<div><a href='#'>• Drucken</a><span>x</span></div>"), ["a#print.text"]);
    }

    #[test]
    fn tool_list_item_and_emptied_list_go() {
        let html = "<div class=tools><ul><li>• <a href=#>Drucken</a></li></ul><a href=/share>Teilen</a></div>";
        assert_eq!(found(html), ["ul#print.container"]);
        let two = "<ul class=tools><li><button data-action=print><svg></svg></button></li><li><a href=#>Seite drucken</a></li></ul>";
        assert_eq!(found(two), ["ul#print.container", "ul#print.container"]);
        let mixed = "<ul><li><a href=#>Drucken</a></li><li><a href=/share>Teilen</a></li></ul>";
        assert_eq!(found(mixed), ["li#print.container"]);
    }

    #[test]
    fn print_words_in_prose_and_other_links_stay() {
        assert!(found("<p>The print edition sold 38,000 copies.</p>").is_empty());
        assert!(found("<a href='/print-edition-subscriptions'>Subscribe to print and digital</a>").is_empty());
        assert!(found("<a href='/blueprint/'>Blueprint</a><div class='print-only'>Header</div>").is_empty());
        assert!(found("<button title='Drucken'>Merken</button>").is_empty());
        // Links to the print edition are navigation, not print widgets.
        assert!(found("<a href='/print/archive/'>Heft lesen</a>").is_empty());
        assert!(found("<a href='/a.html?printPagedArticle=true'>Artikel auf einer Seite lesen</a>").is_empty());
    }
}
