//! Key facts from the article's blocks: lead, key points, people with roles, organisations,
//! places, dates, numbers and quotes with their speakers.
//!
//! Pure Rust, offline, German and English. Everything is driven by general cues —
//! capitalisation, the article's language, compiled-in lexicons (given names, role words,
//! speech verbs, organisation cues, a gazetteer; see [`lexicon`](self) and
//! `src/facts/lexicon/README.md`) and short syntactic patterns (titles before names,
//! appositions after them, speech verbs next to quotes).
//!
//! ```
//! use lede::article::{Article, Block, BlockKind};
//!
//! let article = Article {
//!     lang: Some("en".into()),
//!     blocks: vec![Block {
//!         kind: BlockKind::Paragraph,
//!         text: "\"We will add buses next week,\" Mayor Linda Hartmann said.".into(),
//!     }],
//!     ..Article::default()
//! };
//! let facts = lede::facts::extract(&article);
//! assert_eq!(facts.people[0].name, "Linda Hartmann");
//! assert_eq!(facts.people[0].roles, ["Mayor"]);
//! assert_eq!(facts.quotes[0].speaker.as_deref(), Some("Linda Hartmann"));
//! ```
//!
//! Every fact carries `spans`: byte ranges into `article.blocks[block].text`. Photo credits at
//! the end of caption blocks ("… APA / AFP / Leah Millis", "Foto: dpa") are cut off before any
//! extraction, so agencies and photographers never become people of the story.
//!
//! The JSON contract, the mechanisms and known weaknesses are documented in `docs/facts.md`.
//! The evaluation against the golden `tests/fixtures/*/facts.json` files runs with
//! `cargo run --release --example eval_facts`.

mod dates;
mod lexicon;
mod numbers;
mod orgs;
mod people;
mod places;
mod points;
mod quotes;
mod sentence;
mod text;
mod token;

use serde::{Deserialize, Serialize};

use crate::article::{Article, BlockKind};
use token::Token;

/// Where a fact occurs: a byte range in `article.blocks[block].text`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    /// Index into `article.blocks`.
    pub block: usize,
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset after the last byte.
    pub end: usize,
}

/// A person of the story, merged over all mentions ("Blinken", "Blinkens", "Antony Blinken").
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Person {
    /// The fullest name seen ("Antony Blinken").
    pub name: String,
    /// Titles and appositions in article order, without duplicates ("US-Außenminister").
    pub roles: Vec<String>,
    /// The organisation the person speaks for, when the text says so ("German Marshall Fund").
    pub affiliation: Option<String>,
    /// How often the person is mentioned.
    pub mentions: usize,
    /// Where the person is mentioned.
    pub spans: Vec<Span>,
}

/// A named thing with mentions: used for organisations and places.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Named {
    /// The name ("German Marshall Fund", "Peking").
    pub name: String,
    /// How often it is mentioned (for places: also in compounds and adjectives).
    pub mentions: usize,
    /// Where it is mentioned.
    pub spans: Vec<Span>,
}

/// A date or time expression.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct DateFact {
    /// The expression as written ("am Sonntag", "seit fünf Jahren", "June 4, 2023").
    pub text: String,
    /// ISO 8601 value when it can be resolved: `2023-06-18`, `2023-06`, `2023`.
    pub value: Option<String>,
    /// Where it occurs.
    pub spans: Vec<Span>,
}

/// A quantity with what it counts.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct NumberFact {
    /// The expression as written ("fünf Jahren", "$412 million", "9,70 Meter").
    pub text: String,
    /// The numeric value with scale words applied (412000000 for "$412 million").
    pub value: Option<f64>,
    /// What is counted or measured: a currency code ("USD", "EUR"), "%", or the noun.
    pub unit: Option<String>,
    /// Where it occurs.
    pub spans: Vec<Span>,
}

/// A direct quotation.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Quote {
    /// The quoted words without the quotation marks.
    pub text: String,
    /// The speaker's name as listed in `people` (or an organisation), when found.
    pub speaker: Option<String>,
    /// Where the quoted words are.
    pub spans: Vec<Span>,
}

/// The key facts of an article.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Facts {
    /// The lead: the article's teaser, else its first paragraph.
    pub lead: String,
    /// Three to five sentences that carry the story, in article order.
    pub key_points: Vec<String>,
    /// People of the story.
    pub people: Vec<Person>,
    /// Named institutions.
    pub organizations: Vec<Named>,
    /// Countries, regions and cities.
    pub places: Vec<Named>,
    /// Date expressions.
    pub dates: Vec<DateFact>,
    /// Numbers with what they count.
    pub numbers: Vec<NumberFact>,
    /// Direct quotations with speakers.
    pub quotes: Vec<Quote>,
}

/// The article's language, as far as the extractor distinguishes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Lang {
    /// German.
    De,
    /// English (also the fallback for other languages).
    En,
}

/// What an earlier extractor made of a token, so later ones leave it alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Claim {
    /// Nothing yet.
    Free,
    /// Part of an organisation name.
    Org,
    /// Part of a person's name.
    Person,
    /// Part of a place name.
    Place,
}

/// One block prepared for extraction.
#[derive(Debug)]
pub(crate) struct BlockDoc<'a> {
    /// Index in `article.blocks`.
    pub index: usize,
    /// The block kind.
    pub kind: BlockKind,
    /// The block text (credits included; tokens stop before them).
    pub text: &'a str,
    /// Tokens up to the photo credit.
    pub tokens: Vec<Token>,
    /// Sentences as token index ranges.
    pub sentences: Vec<std::ops::Range<usize>>,
    /// Per token: what claimed it.
    pub claims: Vec<Claim>,
}

impl BlockDoc<'_> {
    /// The text of token `i` ("" when out of range).
    pub fn word(&self, i: usize) -> &str {
        self.tokens.get(i).map_or("", |t| t.text(self.text))
    }

    /// The span of tokens `from..to` (exclusive).
    pub fn span(&self, from: usize, to: usize) -> Span {
        let start = self.tokens.get(from).map_or(0, |t| t.start);
        let end = to.checked_sub(1).and_then(|i| self.tokens.get(i)).map_or(start, |t| t.end);
        Span { block: self.index, start, end: end.max(start) }
    }

    /// The text of tokens `from..to`.
    pub fn slice(&self, from: usize, to: usize) -> &str {
        let s = self.span(from, to);
        self.text.get(s.start..s.end).unwrap_or("")
    }

    /// The sentence (token range) that holds token `i`.
    pub fn sentence_of(&self, i: usize) -> std::ops::Range<usize> {
        let k = self.sentences.partition_point(|s| s.end <= i);
        self.sentences.get(k).cloned().unwrap_or(i..i + 1)
    }

    /// Is token `i` the first word of its sentence (after opening quotes/brackets)?
    pub fn at_sentence_start(&self, i: usize) -> bool {
        let s = self.sentence_of(i);
        (s.start..i).all(|j| self.tokens.get(j).is_some_and(|t| t.kind == token::Kind::Punct))
    }
}

/// The article prepared once for all extractors.
#[derive(Debug)]
pub(crate) struct Doc<'a> {
    /// Article language.
    pub lang: Lang,
    /// Publication date (year, month, day), when known.
    pub published: Option<(i32, u32, u32)>,
    /// The authors' names from the byline, normalised: authors are not people of the story.
    pub authors: Vec<String>,
    /// Blocks in order.
    pub blocks: Vec<BlockDoc<'a>>,
}

impl<'a> Doc<'a> {
    /// Tokenizes, cuts photo credits and splits sentences.
    pub fn new(article: &'a Article) -> Self {
        let blocks: Vec<BlockDoc<'a>> = article
            .blocks
            .iter()
            .enumerate()
            .map(|(index, b)| {
                let mut tokens = token::tokenize(&b.text);
                if b.kind == BlockKind::Caption {
                    let cut = text::credit_start(&b.text, &tokens);
                    tokens.retain(|t| t.end <= cut);
                }
                if text::is_byline(&b.text, &tokens) {
                    tokens.clear();
                }
                let sentences = sentence::split(&b.text, &tokens);
                let claims = vec![Claim::Free; tokens.len()];
                BlockDoc { index, kind: b.kind, text: &b.text, tokens, sentences, claims }
            })
            .collect();
        let lang = text::language(article.lang.as_deref(), &blocks);
        let published = article.published.as_deref().and_then(dates::parse_iso);
        let authors = article.byline.as_deref().map(text::author_names).unwrap_or_default();
        Doc { lang, published, authors, blocks }
    }
}

/// Extracts the key facts from an article's blocks. Never panics; an article without blocks
/// gives empty facts.
pub fn extract(article: &Article) -> Facts {
    let mut doc = Doc::new(article);
    let organizations = orgs::extract(&mut doc);
    let mut people = people::extract(&mut doc, &organizations);
    let places = places::extract(&mut doc);
    let quotes = quotes::extract(&doc, &mut people, &organizations);
    let dates = dates::extract(&doc);
    let numbers = numbers::extract(&doc, &dates);
    let spans: Vec<Span> = people
        .iter()
        .flat_map(|p| &p.spans)
        .chain(organizations.iter().flat_map(|o| &o.spans))
        .chain(places.iter().flat_map(|p| &p.spans))
        .chain(dates.iter().flat_map(|d| &d.spans))
        .chain(numbers.iter().flat_map(|n| &n.spans))
        .copied()
        .collect();
    let (lead, key_points) = points::extract(article, &doc, &spans);
    Facts { lead, key_points, people, organizations, places, dates, numbers, quotes }
}

/// The gazetteer's display name for a place name, alias or exonym, as [`extract`] would list
/// it in an article in `lang` ("de…" or anything else for English): "UK" → "United Kingdom",
/// "Peking" → "Beijing". `None` when the gazetteer does not hold the name. Lets callers (the
/// evaluation, a panel merging several articles) compare places by identity, not spelling.
pub fn gazetteer_name(name: &str, lang: &str) -> Option<String> {
    let lx = lexicon::get();
    let words = lexicon::name_words(name);
    let first = words.first()?;
    let (_, idx) = lx
        .place_names
        .get(first)?
        .iter()
        .find(|(ws, _)| ws.len() == words.len() && ws.iter().zip(&words).all(|(a, b)| a.to_lowercase() == *b))?;
    let lang = if lang.starts_with("de") { Lang::De } else { Lang::En };
    lx.places.get(*idx).map(|p| p.name(lang).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Block;

    #[test]
    fn gazetteer_names_resolve_aliases_and_exonyms() {
        assert_eq!(gazetteer_name("UK", "en").as_deref(), Some("United Kingdom"));
        assert_eq!(gazetteer_name("Peking", "en").as_deref(), Some("Beijing"));
        assert_eq!(gazetteer_name("Munich", "de").as_deref(), Some("München"));
        assert_eq!(gazetteer_name("Atlantis Upon Sea", "en"), None);
    }

    /// Random texts from an alphabet of quotes, punctuation, digits, multi-byte letters and
    /// lexicon words must never panic, and every span must slice its block.
    #[test]
    fn no_panic_and_spans_on_char_boundaries() {
        const PIECES: &[&str] = &[
            "„",
            "“",
            "\"",
            "«",
            "»",
            "‚",
            "‘",
            "’",
            "'",
            ".",
            ",",
            ":",
            "-",
            "–",
            "/",
            "(",
            ")",
            "$",
            "€",
            "%",
            " ",
            " ",
            " ",
            "1",
            "19",
            "2023",
            "4.",
            "9,70",
            "38,000",
            "06:12",
            "ä",
            "ß",
            "𝔘",
            "Blinken",
            "Blinkens",
            "Antony",
            "Xi",
            "sagte",
            "said",
            "Montag",
            "Juni",
            "June",
            "seit",
            "fünf",
            "Jahren",
            "next",
            "week",
            "Peking",
            "Peking-Reise",
            "Foto:",
            "APA",
            "Mayor",
            "Dr",
            "Authority",
            "GmbH",
            "vom",
            "in",
            "U.S.",
        ];
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = || {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            (seed >> 33) as usize
        };
        for round in 0..300 {
            let mut blocks = Vec::new();
            for b in 0..(1 + next() % 4) {
                let text: String = (0..next() % 40).map(|_| PIECES[next() % PIECES.len()]).collect();
                let kind =
                    [BlockKind::Heading, BlockKind::Paragraph, BlockKind::Caption, BlockKind::Quote][(b + round) % 4];
                blocks.push(Block { kind, text });
            }
            let article = Article {
                lang: [None, Some("de".to_string()), Some("en".to_string())][round % 3].clone(),
                published: Some("2023-06-19".into()),
                blocks,
                ..Article::default()
            };
            let f = extract(&article);
            let spans = f
                .people
                .iter()
                .flat_map(|p| &p.spans)
                .chain(f.organizations.iter().flat_map(|o| &o.spans))
                .chain(f.places.iter().flat_map(|o| &o.spans))
                .chain(f.dates.iter().flat_map(|o| &o.spans))
                .chain(f.numbers.iter().flat_map(|o| &o.spans))
                .chain(f.quotes.iter().flat_map(|o| &o.spans));
            for s in spans {
                assert!(article.blocks[s.block].text.get(s.start..s.end).is_some(), "{s:?} in {article:?}");
            }
        }
    }
}
