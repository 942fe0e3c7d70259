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

use super::{alnum_count, normalize, Kind, Op, Proposal, LANDMARKS, MEDIA};
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
    let removed: Vec<NodeId> = widgets.iter().map(|w| w.0).collect();
    for (id, rule) in widgets {
        let (node, climbed) = climb(outline, id, &removed);
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
    let lower = |a: AttrName| outline.attr(id, a).map(str::to_ascii_lowercase);
    if lower(AttrName::OnClick).is_some_and(|js| js.contains("print(") || js.contains("print ()")) {
        return Some("print.action");
    }
    if let Some(href) = lower(AttrName::Href) {
        let script = href.trim_start().starts_with("javascript:") && href.contains("print");
        if script || URL_PARTS.iter().any(|p| href.contains(p)) {
            return Some("print.action");
        }
    }
    if let Some(data) = lower(AttrName::Data) {
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
    let text = outline.text(id);
    (!text.is_empty() && is_label(&text)).then_some("print.text")
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
    let text = outline.text(id);
    alnum_count(&text) > 0 && !is_label(&text)
}

/// Climbs from a widget to the largest wrapper that holds nothing but print widgets and
/// decoration. Returns the node and whether it climbed.
fn climb(outline: &Outline, id: NodeId, widgets: &[NodeId]) -> (NodeId, bool) {
    let mut current = id;
    for _ in 0..4 {
        let Some(parent) = outline.parent(current) else { break };
        if LANDMARKS.contains(&outline.tag(parent))
            || outline.is(parent, &["section", "aside", "p", "td", "th", "figure"])
        {
            break;
        }
        if !outline.children(parent).all(|c| empty_or_widget(outline, c, widgets)) || has_own_text(outline, parent) {
            break;
        }
        current = parent;
    }
    (current, current != id)
}

/// Whether a sibling is nothing a reader would miss once the print widgets are gone.
fn empty_or_widget(outline: &Outline, id: NodeId, widgets: &[NodeId]) -> bool {
    if widgets.iter().any(|&w| outline.contains(id, w)) {
        // Holds a widget: everything else in it must be empty too.
        return widgets.contains(&id)
            || (!has_own_text(outline, id) && outline.children(id).all(|c| empty_or_widget(outline, c, widgets)));
    }
    if outline.is(id, MEDIA) || outline.is(id, &["a", "button", "input", "select", "textarea"]) {
        return false;
    }
    let runs = outline.text_runs(id);
    runs.iter().all(|r| !r.visible || alnum_count(outline.run_text(r)) == 0)
        && !outline.descendants(id).take(64).any(|d| outline.is(d, MEDIA) || outline.is(d, &["a", "button", "input"]))
}

/// Whether the element has letters or digits of its own (not inside a child element).
fn has_own_text(outline: &Outline, id: NodeId) -> bool {
    outline.text_runs(id).iter().any(|r| r.node == id && r.visible && alnum_count(outline.run_text(r)) > 0)
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
    }
}
