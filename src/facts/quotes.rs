//! Direct quotations and their speakers.
//!
//! Quotation marks: „…“ and »…« (German), “…” (English), «…» (Swiss/French), ‚…‘, and
//! straight "…". A quote opened at the start of a paragraph and not closed runs to the end of
//! the paragraph (the English convention for quotes over several paragraphs). Quoted
//! organisation names (vom „German Marshall Fund“) are not quotes, nor are one- or two-word
//! scare quotes without a speech verb.
//!
//! The speaker is the person next to a speech verb after the quote ("…“, kommentiert
//! China-Expertin Bonnie Glaser", "…," Briggs said) or before it in the same sentence
//! ("Briggs said: “…”"); a pronoun ("sagte er", "she said") or a quote without attribution
//! that continues the previous speaker's words is given to the person mentioned last.

use std::collections::HashMap;

use super::lexicon::{self, Lexicon};
use super::text::is_capitalised;
use super::token::Kind;
use super::{BlockDoc, BlockKind, Claim, Doc, Lang, Named, Person, Quote};

/// The closing mark for an opening mark in `lang`, or `None` if the mark does not open.
fn closer_for(open: &str, lang: Lang) -> Option<&'static [&'static str]> {
    match (open, lang) {
        ("„", _) => Some(&["“", "”", "\""]),
        ("»", Lang::De) => Some(&["«"]),
        ("«", _) => Some(&["»"]),
        ("“", Lang::En) => Some(&["”", "“"]),
        ("“", Lang::De) => Some(&["”"]),
        ("‚", _) => Some(&["‘", "’"]),
        ("‘", Lang::En) => Some(&["’"]),
        ("\"", _) => Some(&["\""]),
        _ => None,
    }
}

const PRONOUNS: &[&str] = &["er", "sie", "he", "she", "they", "ich", "i", "wir", "we"];

struct Mentions {
    /// (block, token start byte) → person name.
    at: HashMap<(usize, usize), String>,
    /// All person mentions in order: (block, start byte, name).
    ordered: Vec<(usize, usize, String)>,
}

impl Mentions {
    fn person_at(&self, b: &BlockDoc<'_>, k: usize) -> Option<String> {
        let t = b.tokens.get(k)?;
        self.at.get(&(b.index, t.start)).cloned()
    }

    /// The person mentioned last before (block, byte).
    fn last_before(&self, block: usize, byte: usize) -> Option<String> {
        let k = self.ordered.partition_point(|(b, s, _)| (*b, *s) < (block, byte));
        k.checked_sub(1).and_then(|k| self.ordered.get(k)).map(|(_, _, n)| n.clone())
    }
}

/// Finds quotes in all blocks, in article order.
pub(crate) fn extract(doc: &Doc<'_>, people: &[Person], orgs: &[Named]) -> Vec<Quote> {
    let lx = lexicon::get();
    let mut ordered: Vec<(usize, usize, String)> =
        people.iter().flat_map(|p| p.spans.iter().map(move |s| (s.block, s.start, p.name.clone()))).collect();
    ordered.sort();
    let mentions = Mentions { at: ordered.iter().map(|(b, s, n)| ((*b, *s), n.clone())).collect(), ordered };
    let org_at: HashMap<(usize, usize), String> =
        orgs.iter().flat_map(|o| o.spans.iter().map(move |s| ((s.block, s.start), o.name.clone()))).collect();
    let mut out: Vec<Quote> = Vec::new();
    // (block, token) after the last attributed quote, for continuations.
    let mut last: Option<(usize, usize, String)> = None;
    for b in &doc.blocks {
        if b.kind == BlockKind::Heading {
            continue;
        }
        let n = b.tokens.len();
        let mut i = 0;
        while i < n {
            let Some(closers) = closer_for(b.word(i), doc.lang) else {
                i += 1;
                continue;
            };
            let close = (i + 1..n).find(|&k| closers.contains(&b.word(k)) && b.tokens[k].kind == Kind::Punct);
            let end = match close {
                Some(c) => c,
                None if i == 0 => n,
                None => {
                    i += 1;
                    continue;
                }
            };
            let inner = i + 1..end;
            let words = inner.clone().filter(|&k| b.tokens[k].kind == Kind::Word).count();
            let org = inner.clone().any(|k| b.claims.get(k) == Some(&Claim::Org));
            if inner.is_empty() || org {
                i = end + 1;
                continue;
            }
            let speaker = speaker_after(lx, doc.lang, b, end, &mentions, &org_at)
                .or_else(|| speaker_before(lx, doc.lang, b, i, &mentions, &org_at));
            let has_verb = speaker.is_some();
            if words < 3 && !has_verb {
                i = end + 1;
                continue;
            }
            // An unattributed short quote inside a sentence names something (a slogan, a
            // message on a screen) rather than reporting speech.
            let embedded = !b.at_sentence_start(i) && !b.word(end.saturating_sub(1)).ends_with(['.', '!', '?']);
            if !has_verb && embedded && words < 8 {
                i = end + 1;
                continue;
            }
            let first = b.tokens[inner.start].start;
            let speaker = speaker.map(|s| match s {
                Speaker::Named(n) => n,
                Speaker::Pronoun => mentions.last_before(b.index, first).unwrap_or_default(),
            });
            let speaker = speaker.filter(|s| !s.is_empty()).or_else(|| {
                // Continuation of the last attributed quote with no other person in between.
                let (lb, lt, name) = last.clone()?;
                let between = mentions.last_before(b.index, first);
                let near = lb + 1 >= b.index;
                (near && between.as_deref().is_none_or(|p| p == name) && (lb, lt) <= (b.index, first)).then_some(name)
            });
            if let Some(s) = &speaker {
                last = Some((b.index, b.tokens.get(end).map_or(b.text.len(), |t| t.end), s.clone()));
            }
            let span = b.span(inner.start, inner.end);
            let text = b.text.get(span.start..span.end).unwrap_or("").to_string();
            // The same words quoted twice (a pull quote and the attributed quote) are one quote.
            let key = super::text::normalise(&text);
            if let Some(q) = out.iter_mut().find(|q| super::text::normalise(&q.text) == key) {
                q.spans.push(span);
                if q.speaker.is_none() {
                    q.speaker = speaker;
                }
                i = end + 1;
                continue;
            }
            out.push(Quote {
                text: b.text.get(span.start..span.end).unwrap_or("").to_string(),
                speaker,
                spans: vec![span],
            });
            i = end + 1;
        }
    }
    out
}

enum Speaker {
    Named(String),
    Pronoun,
}

fn is_verb(lx: &Lexicon, lang: Lang, w: &str) -> bool {
    lx.is_speech(w, lang) || (lang == Lang::De && w == "so")
}

/// "…“, kommentiert China-Expertin Bonnie Glaser", "…," Briggs said", "…", sagte er.
fn speaker_after(
    lx: &Lexicon,
    lang: Lang,
    b: &BlockDoc<'_>,
    close: usize,
    mentions: &Mentions,
    org_at: &HashMap<(usize, usize), String>,
) -> Option<Speaker> {
    let sentence_end = b.sentence_of(close).end.max(close + 1);
    let mut k = close + 1;
    if b.word(k) == "," {
        k += 1;
    }
    let window = k..(k + 10).min(b.tokens.len());
    let mut verb_seen = false;
    for j in window {
        let w = b.word(j);
        if j >= sentence_end && !verb_seen {
            // A new sentence without a verb in between: no attribution here.
            break;
        }
        if b.tokens[j].kind == Kind::Punct && !matches!(w, "-" | "," | "'" | "’") && j > k {
            if closer_for(w, lang).is_some() {
                break;
            }
            // "said Dr. Eleanor Vance": the dot of a title does not end the attribution.
            let title_dot = w == "." && super::people::TITLE_ABBREVIATIONS.contains(&b.word(j - 1));
            if matches!(w, "." | "!" | "?" | ";" | ":") && !title_dot {
                break;
            }
        }
        if is_verb(lx, lang, w) {
            verb_seen = true;
            continue;
        }
        if let Some(name) = mentions.person_at(b, j) {
            let verb_next = (j + 1..(j + 4).min(b.tokens.len())).any(|v| is_verb(lx, lang, b.word(v)));
            if verb_seen || verb_next {
                return Some(Speaker::Named(name));
            }
            return None;
        }
        if let Some(org) = b.tokens.get(j).and_then(|t| org_at.get(&(b.index, t.start))) {
            if verb_seen || is_verb(lx, lang, b.word(j + org.split(' ').count())) {
                return Some(Speaker::Named(org.clone()));
            }
        }
        if PRONOUNS.contains(&w.to_lowercase().as_str()) && (verb_seen || is_verb(lx, lang, b.word(j + 1))) {
            return Some(Speaker::Pronoun);
        }
        // Lowercase words other than articles end the attribution ("…“, sagte der Minister").
        if !verb_seen && !is_capitalised(w) && b.tokens[j].kind == Kind::Word && !lx.is_stop_in(w, lang) {
            return None;
        }
    }
    None
}

/// "Briggs said: “…”", "Glaser sagt, „…“", "Laut Glaser „…“".
fn speaker_before(
    lx: &Lexicon,
    lang: Lang,
    b: &BlockDoc<'_>,
    open: usize,
    mentions: &Mentions,
    org_at: &HashMap<(usize, usize), String>,
) -> Option<Speaker> {
    let s = b.sentence_of(open);
    let from = s.start.max(open.saturating_sub(15));
    let verb = (from..open).rev().find(|&k| {
        let w = b.word(k);
        is_verb(lx, lang, w) || matches!(w.to_lowercase().as_str(), "laut" | "according")
    })?;
    // The nearest person (or pronoun) before the quote within the sentence, also across a
    // long apposition or relative clause ("Dr. Ana Lima, who …, said the data was “…”").
    let from = s.start.max(open.saturating_sub(40)).min(from);
    for k in (from..open).rev() {
        if let Some(name) = mentions.person_at(b, k) {
            return Some(Speaker::Named(name));
        }
        if let Some(org) = b.tokens.get(k).and_then(|t| org_at.get(&(b.index, t.start))) {
            return Some(Speaker::Named(org.clone()));
        }
        if k < verb + 2 && PRONOUNS.contains(&b.word(k).to_lowercase().as_str()) {
            return Some(Speaker::Pronoun);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::article::{Article, Block, BlockKind};

    fn quotes(lang: &str, paras: &[&str]) -> Vec<(String, Option<String>)> {
        let a = Article {
            lang: Some(lang.into()),
            blocks: paras.iter().map(|t| Block { kind: BlockKind::Paragraph, text: (*t).into() }).collect(),
            ..Article::default()
        };
        crate::facts::extract(&a).quotes.into_iter().map(|q| (q.text, q.speaker)).collect()
    }

    fn q(t: &str, s: Option<&str>) -> (String, Option<String>) {
        (t.into(), s.map(String::from))
    }

    #[test]
    fn german_quote_with_speaker_after() {
        let got = quotes("de", &["„Das bestmögliche Ergebnis wäre mehr Dialog“, kommentiert China-Expertin Bonnie Glaser vom „German Marshall Fund“."]);
        assert_eq!(got, [q("Das bestmögliche Ergebnis wäre mehr Dialog", Some("Bonnie Glaser"))]);
    }

    #[test]
    fn english_quotes_and_pronouns() {
        let got = quotes(
            "en",
            &[
                "Mayor Linda Hartmann spoke first. \"We are adding buses next week,\" Hartmann said.",
                "\"It is about time,\" she said. Tom Briggs said: \"The line is full.\"",
            ],
        );
        assert_eq!(
            got,
            [
                q("We are adding buses next week,", Some("Linda Hartmann")),
                q("It is about time,", Some("Linda Hartmann")),
                q("The line is full.", Some("Tom Briggs"))
            ]
        );
    }

    #[test]
    fn scare_quotes_and_names_are_not_quotes() {
        assert!(quotes("de", &["Er nannte das „historisch“ und lobte den „German Marshall Fund“."]).is_empty());
    }

    #[test]
    fn pull_quotes_merge_and_slogans_are_not_quotes() {
        let got = quotes(
            "en",
            &[
                "\u{201c}Every department knew this day was coming.\u{201d}",
                "\u{201c}Every department knew this day was coming,\u{201d} said Priya Raman, an analyst.",
                "Supporters wore stickers reading \"Ride the Line,\" while others objected.",
            ],
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].1.as_deref(), Some("Priya Raman"));
    }
}
