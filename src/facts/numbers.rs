//! Numbers with what they count: numerals ("38,000", "9,70", "1.000") and number words
//! ("fünf", "two"), scale words ("412 million", "100 Millionen"), currencies ("$", "Euro"),
//! percent, and the noun that follows ("fünf Jahren", "zwei Verteidigungsminister",
//! "38,000 riders").
//!
//! Separators follow the language: in German "9,70" is 9.7 and "38.000" is 38000; in English
//! "38,000" is 38000 and "9.70" is 9.7. Days and years inside absolute dates, ordinals
//! ("4. Juni") and clock times ("14 Uhr") are not numbers of the story.

use super::dates::absolute_spans;
use super::lexicon::{self, calendar};
use super::text::is_capitalised;
use super::token::Kind;
use super::{BlockDoc, DateFact, Doc, Lang, NumberFact, Span};

/// English adjectives that may stand between a number and its noun ("38,000 daily riders").
const EN_ADJECTIVES: &[&str] = &[
    "daily",
    "new",
    "more",
    "additional",
    "other",
    "extra",
    "annual",
    "weekly",
    "monthly",
    "local",
    "total",
    "full-time",
    "part-time",
    "young",
    "old",
    "former",
    "small",
    "large",
    "big",
    "major",
    "electric",
    "public",
    "private",
    "square",
    "cubic",
    "straight",
    "consecutive",
    "separate",
    "different",
    "active",
    "registered",
    "paid",
    "unpaid",
];

/// Parses a numeral by the language's separator conventions.
pub(crate) fn parse_numeral(w: &str, lang: Lang) -> Option<f64> {
    let (thousands, decimal) = match lang {
        Lang::De => ('.', ','),
        Lang::En => (',', '.'),
    };
    let dots = w.matches(thousands).count();
    let decimals = w.matches(decimal).count();
    let mut s = String::with_capacity(w.len());
    // A single "thousands" separator followed by other than three digits is a decimal point
    // written the other way ("2.5" in German text).
    let swap = dots == 1 && decimals == 0 && w.rsplit(thousands).next().is_some_and(|tail| tail.len() != 3);
    for c in w.chars() {
        if c == thousands {
            if swap {
                s.push('.');
            }
        } else if c == decimal {
            s.push('.');
        } else {
            s.push(c);
        }
    }
    if decimals > 1 {
        return None;
    }
    s.parse().ok()
}

fn scale_of(w: &str) -> Option<f64> {
    let l = w.to_lowercase();
    calendar::SCALES.iter().find(|(s, _)| *s == l).map(|&(_, f)| f)
}

fn currency_word(w: &str) -> Option<&'static str> {
    let l = w.to_lowercase();
    calendar::CURRENCIES.iter().find(|(c, _)| *c == l && c.chars().all(char::is_alphabetic)).map(|&(_, code)| code)
}

fn currency_symbol(w: &str) -> Option<&'static str> {
    calendar::CURRENCIES.iter().find(|(c, _)| *c == w && !c.chars().all(char::is_alphabetic)).map(|&(_, code)| code)
}

fn overlaps(spans: &[Span], s: Span) -> bool {
    spans.iter().any(|d| d.block == s.block && d.start < s.end && s.start < d.end)
}

/// Finds numbers in all blocks, merged by text, in order of first mention.
pub(crate) fn extract(doc: &Doc<'_>, dates: &[DateFact]) -> Vec<NumberFact> {
    let skip = absolute_spans(dates);
    let mut out: Vec<NumberFact> = Vec::new();
    for b in &doc.blocks {
        let mut i = 0;
        while i < b.tokens.len() {
            match number_at(b, i, doc.lang, &skip) {
                Some((fact, next)) => {
                    if let Some(f) = out.iter_mut().find(|f| f.text == fact.text) {
                        f.spans.extend(fact.spans);
                    } else {
                        out.push(fact);
                    }
                    i = next;
                }
                None => i += 1,
            }
        }
    }
    out
}

/// A number expression starting at token `i`, and the token index after it.
fn number_at(b: &BlockDoc<'_>, i: usize, lang: Lang, skip: &[Span]) -> Option<(NumberFact, usize)> {
    let lx = lexicon::get();
    let t = b.tokens.get(i)?;
    let w = t.text(b.text);
    let adjacent = |k: usize| b.tokens.get(k).zip(b.tokens.get(k + 1)).is_some_and(|(a, c)| a.end == c.start);
    // Currency symbol before the number: "$412 million", "€ 5".
    let (from, mut unit, at) = match currency_symbol(w) {
        Some(code) if b.tokens.get(i + 1).is_some_and(|n| n.kind == Kind::Number) => (i, Some(code.to_string()), i + 1),
        _ => (i, None, i),
    };
    let nt = b.tokens.get(at)?;
    let nw = nt.text(b.text);
    let (mut value, is_word) = match nt.kind {
        Kind::Number => (parse_numeral(nw, lang)?, false),
        Kind::Word => {
            let l = nw.to_lowercase();
            let listed = calendar::NUMBER_WORDS.iter().find(|(n, _)| *n == l).map(|&(_, v)| v);
            let Some(v) = listed.or_else(|| (l == "one").then_some(1.0)) else {
                // "zwölfjähriger", "dreitägige", "three-year", "twenty-five".
                let (v, unit) = number_compound(nw)?;
                return (!overlaps(skip, b.span(at, at + 1))).then(|| (fact(b, at, at + 1, v, unit), at + 1));
            };
            // "one match", "one suitcase": one thing, but not "one of the largest", "no one",
            // "one day".
            if l == "one" {
                let prev = at.checked_sub(1).map(|p| b.word(p).to_lowercase()).unwrap_or_default();
                let next = b.word(at + 1);
                // A noun right after "one": not a verb ("one needs", "one wonders"), adverb or
                // adjective ("one important …"), and not the pronoun opening a sentence.
                let verb_or_modifier = [
                    "s", "ed", "ly", "ing", "ful", "ous", "ive", "al", "ic", "able", "ible", "less", "est", "ant",
                    "ent", "ary",
                ]
                .iter()
                .any(|e| next.ends_with(e))
                    || matches!(
                        next,
                        "can"
                            | "cannot"
                            | "must"
                            | "might"
                            | "would"
                            | "should"
                            | "will"
                            | "may"
                            | "could"
                            | "too"
                            | "pretty"
                            | "big"
                            | "small"
                            | "good"
                            | "bad"
                            | "great"
                            | "little"
                            | "quick"
                            | "further"
                            | "best"
                            | "particular"
                            | "specific"
                            | "common"
                            | "single"
                            | "full"
                            | "came"
                            | "went"
                            | "spoke"
                            | "laid"
                            | "said"
                            | "got"
                            | "took"
                            | "made"
                            | "saw"
                            | "knew"
                            | "thought"
                            | "told"
                            | "felt"
                            | "left"
                            | "found"
                            | "gave"
                            | "did"
                            | "had"
                            | "was"
                            | "is"
                            | "has"
                            | "does"
                            | "afternoon"
                            | "morning"
                            | "evening"
                            | "night"
                    );
                let noun = b.tokens.get(at + 1).is_some_and(|t| t.kind == Kind::Word)
                    && !is_capitalised(next)
                    && !b.at_sentence_start(at)
                    && !verb_or_modifier
                    && !next.contains(['\'', '\u{2019}', '-'])
                    && !lx.is_stop_in(next, lang)
                    && !matches!(next, "day" | "time" | "another" | "other" | "way" | "thing" | "more" | "last");
                let determined = matches!(
                    prev.as_str(),
                    "no" | "any" | "every" | "each" | "the" | "this" | "that" | "which" | "only" | "at" | "just"
                );
                if !noun || determined {
                    return None;
                }
                return Some((fact(b, at, at + 2, 1.0, Some(next.to_string())), at + 2));
            }
            // German number words are lowercase; capitalised only at a sentence start.
            if lang == Lang::De && is_capitalised(nw) && !b.at_sentence_start(at) {
                return None;
            }
            (v, true)
        }
        Kind::Punct => return None,
    };
    if overlaps(skip, b.span(at, at + 1)) {
        return None;
    }
    // "US$": the "US" word glued to "$".
    let from =
        if from > 0 && unit.is_some() && b.word(from - 1) == "US" && adjacent(from - 1) { from - 1 } else { from };
    let mut j = at + 1;
    if !is_word {
        // Clock times: "14:05", "2:42 p.m.", "11 p.m.".
        let glued_colon = |k: usize| b.word(k) == ":" && adjacent(k.saturating_sub(1)) && adjacent(k);
        if glued_colon(j) || (at > 0 && glued_colon(at - 1)) {
            return None;
        }
        if matches!(b.word(j), "a" | "p") && b.word(j + 1) == "." && b.word(j + 2) == "m" {
            return None;
        }
        // Versions and names: "Windows 10", "Internet Explorer 11", "SV Kirchheim 1921".
        if at > 0 && unit.is_none() {
            let prev = b.word(at - 1);
            let named = b.tokens[at - 1].kind == Kind::Word
                && is_capitalised(prev)
                && !b.at_sentence_start(at - 1)
                && !lx.is_stop(prev)
                && calendar::MONTHS.iter().all(|(m, _)| *m != prev.to_lowercase());
            let claimed = b.claims.get(at - 1).is_some_and(|c| *c != super::Claim::Free);
            if (named && lang == Lang::En) || claimed {
                return None;
            }
        }
        // The second half of a phone number or code: "555-0147".
        if at >= 2
            && b.word(at - 1) == "-"
            && adjacent(at - 1)
            && b.tokens[at - 2].kind == Kind::Number
            && adjacent(at - 2)
        {
            return None;
        }
        // Scores, ranges and phone numbers: "7-2", "555-0147".
        if b.word(j) == "-"
            && adjacent(at)
            && adjacent(j)
            && b.tokens.get(j + 1).is_some_and(|t| t.kind == Kind::Number)
        {
            let second = b.word(j + 1);
            if nw.len() > 3 || second.len() > 3 || second.starts_with('0') {
                return None;
            }
            return Some((fact(b, from, j + 2, f64::NAN, None), j + 2));
        }
        // Compound measures: "11-station", "9.4-mile".
        if b.word(j) == "-" && adjacent(at) && adjacent(j) && b.tokens.get(j + 1).is_some_and(|t| t.kind == Kind::Word)
        {
            let unit = b.word(j + 1).to_string();
            return Some((fact(b, from, j + 2, value, Some(unit)), j + 2));
        }
        // Currency symbol after the number: "4,50 €".
        if let Some(code) = currency_symbol(b.word(j)) {
            return Some((fact(b, from, j + 1, value, Some(code.into())), j + 1));
        }
        // Ordinals ("4. Juni", "am 2. Spieltag") and clock times.
        let next = b.word(j);
        if next == "." && adjacent(at) && j + 1 < b.sentence_of(at).end {
            return None;
        }
        if matches!(next.to_lowercase().as_str(), "uhr" | "a.m" | "p.m" | "am" | "pm") && lang == Lang::De
            || matches!(next, "a.m." | "p.m.")
        {
            return None;
        }
        // A bare year ("2023") is a date, not a count.
        let yearish = nw.len() == 4 && nw.parse::<u32>().is_ok_and(|y| (1800..=2100).contains(&y));
        if yearish && unit.is_none() {
            return None;
        }
        // Suffix percent or scale glued on: "12%", "5bn".
        if next == "%" {
            return Some((fact(b, from, j + 1, value, Some("%".into())), j + 1));
        }
    }
    if let Some(f) = scale_of(b.word(j)) {
        let short = b.word(j).chars().count() <= 3;
        if !short || adjacent(at) || b.word(j + 1) == "." {
            value *= f;
            j += 1;
            if b.word(j) == "." && adjacent(j - 1) {
                j += 1;
            }
        }
    }
    let next = b.word(j);
    let lower = next.to_lowercase();
    if calendar::PERCENT.contains(&lower.as_str()) || (lower == "per" && b.word(j + 1) == "cent") {
        let end = if lower == "per" { j + 2 } else { j + 1 };
        return Some((fact(b, from, end, value, Some("%".into())), end));
    }
    if unit.is_none() {
        if let Some(code) = currency_word(next) {
            return Some((fact(b, from, j + 1, value, Some(code.into())), j + 1));
        }
    }
    if unit.is_some() {
        return Some((fact(b, from, j, value, unit), j));
    }
    // The counted noun.
    let mut k = j;
    let noun = match lang {
        Lang::De => {
            // Skip up to two inflected adjectives: "zwei große Projekte".
            let mut steps = 0;
            while steps < 2
                && b.tokens.get(k).is_some_and(|t| t.kind == Kind::Word)
                && !is_capitalised(b.word(k))
                && !lx.is_stop_in(b.word(k), lang)
                && ends_adjectival(b.word(k))
            {
                k += 1;
                steps += 1;
            }
            b.tokens.get(k).is_some_and(|t| t.kind == Kind::Word)
                && is_capitalised(b.word(k))
                && !lx.is_stop_in(b.word(k), lang)
        }
        Lang::En => {
            // The counted noun is the first plural within three words ("10 wealthy
            // countries", "three more noble gases"); a single adjective may be skipped.
            let mut found = None;
            for step in 0..3 {
                let w = b.word(k + step);
                let word = b.tokens.get(k + step).is_some_and(|t| t.kind == Kind::Word);
                let adjective = EN_ADJECTIVES.contains(&w.to_lowercase().as_str());
                if !word
                    || lx.is_stop_in(w, lang)
                    || lx.is_speech(w, lang)
                    || (!adjective && (w.ends_with("ly") || w.ends_with("ed")))
                {
                    break;
                }
                if is_plural_en(w) || (value == 1.0 && step == 0) {
                    found = Some(k + step);
                    break;
                }
                if !(adjective || step == 0) {
                    break;
                }
            }
            if let Some(f) = found {
                k = f;
            }
            found.is_some()
        }
    };
    if noun {
        unit = Some(b.word(k).to_string());
        return Some((fact(b, from, k + 1, value, unit), k + 1));
    }
    if is_word {
        // A bare number word in a list of counts ("…, neun votierten dagegen") or before "of"
        // ("two of the district's tools").
        let after_comma = at > 0 && matches!(b.word(at - 1), "," | "und" | "and");
        let of = matches!(b.word(j), "of" | "von" | "der");
        let verb_follows = b.tokens.get(j).is_some_and(|t| t.kind == Kind::Word) && !is_capitalised(b.word(j));
        if (after_comma && verb_follows && lang == Lang::De) || of {
            return Some((fact(b, from, at + 1, value, None), at + 1));
        }
        return None;
    }
    Some((fact(b, from, j, value, None), j))
}

/// German endings of adjectives made from a number ("zwölfjährig", "dreitägig", "fünfköpfig").
const DE_NUMBER_ADJECTIVES: &[&str] =
    &["jährig", "tägig", "wöchig", "monatig", "stündig", "minütig", "köpfig", "teilig", "stöckig", "spurig"];

/// A number word glued to a unit (lowercase): "zwölfjähriger" → 12 ("jährig"), "three-year"
/// → 3 ("year"), "twenty-five" → 25.
fn number_compound(original: &str) -> Option<(f64, Option<String>)> {
    let l = &original.to_lowercase();
    let word = |w: &str| calendar::NUMBER_WORDS.iter().find(|(n, _)| *n == w).map(|&(_, v)| v);
    if let Some((first, rest)) = l.split_once('-') {
        // "TEN-Programm" is an acronym, not "ten".
        if original.split('-').next().is_some_and(|f| f.chars().count() > 1 && f.chars().all(char::is_uppercase)) {
            return None;
        }
        let v = word(first).or_else(|| (first == "one").then_some(1.0))?;
        if let Some(u) = word(rest).filter(|&u| u < 10.0 && v >= 20.0) {
            return Some((v + u, None));
        }
        // "two-hundred".
        if let Some(f) = word(rest).filter(|&f| f >= 100.0) {
            return Some((v * f, None));
        }
        // "twenty-first", "three-quarters" are no counts.
        let ordinal =
            ["first", "second", "third", "th", "quarter", "quarters", "half"].iter().any(|e| rest.ends_with(e));
        let unit = rest.chars().all(char::is_alphabetic) && rest.chars().count() >= 3 && !ordinal;
        return (unit && v != 1.0).then(|| (v, Some(rest.to_string())));
    }
    // German: the longest number word that starts the word, then a number-adjective ending.
    let (n, v) = calendar::NUMBER_WORDS
        .iter()
        .map(|&(n, v)| (n, v))
        .chain([("ein", 1.0)])
        .filter(|(n, _)| l.starts_with(n))
        .max_by_key(|(n, _)| n.len())?;
    let rest = &l[n.len()..];
    let ending = DE_NUMBER_ADJECTIVES.iter().find(|e| rest.starts_with(*e))?;
    Some((v, Some((*ending).to_string())))
}

/// English plural nouns: regular "-s" plurals and the common irregular ones.
pub(crate) fn is_plural_en(w: &str) -> bool {
    let l = w.to_lowercase();
    matches!(
        l.as_str(),
        "people" | "children" | "men" | "women" | "police" | "staff" | "feet" | "teeth" | "mice" | "cattle"
    ) || (l.ends_with('s')
        && !l.ends_with("ss")
        && !l.ends_with("'s")
        && !l.ends_with("\u{2019}s")
        && l.chars().count() > 2)
}

fn ends_adjectival(w: &str) -> bool {
    ["e", "en", "er", "es", "em"].iter().any(|e| w.ends_with(e))
}

fn fact(b: &BlockDoc<'_>, from: usize, to: usize, value: f64, unit: Option<String>) -> NumberFact {
    NumberFact {
        text: b.slice(from, to).to_string(),
        value: value.is_finite().then_some(value),
        unit,
        spans: vec![b.span(from, to)],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{Article, Block, BlockKind};

    fn numbers(lang: &str, text: &str) -> Vec<(String, Option<f64>, Option<String>)> {
        let a = Article {
            lang: Some(lang.into()),
            blocks: vec![Block { kind: BlockKind::Paragraph, text: text.into() }],
            ..Article::default()
        };
        let doc = Doc::new(&a);
        let dates = crate::facts::dates::extract(&doc);
        extract(&doc, &dates).into_iter().map(|n| (n.text, n.value, n.unit)).collect()
    }

    fn n(t: &str, v: f64, u: &str) -> (String, Option<f64>, Option<String>) {
        (t.into(), Some(v), Some(u.into()))
    }

    #[test]
    fn german_numbers() {
        assert_eq!(
            numbers(
                "de",
                "Seit fünf Jahren sprang er 9,70 Meter, zwei Verteidigungsminister zahlten 100 Millionen Euro."
            ),
            [
                n("fünf Jahren", 5.0, "Jahren"),
                n("9,70 Meter", 9.7, "Meter"),
                n("zwei Verteidigungsminister", 2.0, "Verteidigungsminister"),
                n("100 Millionen Euro", 1e8, "EUR")
            ]
        );
        assert_eq!(numbers("de", "Es kamen 38.000 Menschen."), [n("38.000 Menschen", 38000.0, "Menschen")]);
    }

    #[test]
    fn english_numbers() {
        assert_eq!(
            numbers("en", "It costs $412 million and serves 38,000 daily riders, up 12%."),
            [n("$412 million", 4.12e8, "USD"), n("38,000 daily riders", 38000.0, "riders"), n("12%", 12.0, "%")]
        );
    }

    #[test]
    fn number_compounds_and_one_thing() {
        let got = numbers("de", "Ein zwölfjähriger Junge kam nach einem dreitägigen Verfahren frei.");
        assert_eq!(got, [n("zwölfjähriger", 12.0, "jährig"), n("dreitägigen", 3.0, "tägig")]);
        let got = numbers("en", "A three-year deal, twenty-five riders and one suitcase.");
        assert_eq!(
            got,
            [
                n("three-year", 3.0, "year"),
                ("twenty-five".into(), Some(25.0), None),
                n("one suitcase", 1.0, "suitcase")
            ]
        );
        // "one of the largest", "no one", "one day" are no counts.
        assert!(numbers("en", "It is one of the largest. No one came. One day it rained.").is_empty());
    }

    #[test]
    fn not_numbers() {
        assert!(numbers("de", "Am 4. Juni 2023 um 14 Uhr.").is_empty());
        assert!(numbers("de", "Die zwei sind da.").is_empty());
        assert!(numbers("en", "In 2023 the vote was held.").is_empty());
    }

    #[test]
    fn times_versions_scores_and_compounds() {
        assert!(numbers("de", "Um 14:05 Uhr begann es.").is_empty());
        assert!(numbers("en", "It ran past 11 p.m. on Windows 10 and called 555-0147.").is_empty());
        let got: Vec<String> = numbers("en", "The 7-2 vote approved an 11-station line and 4,50 nothing.")
            .into_iter()
            .map(|n| n.0)
            .collect();
        assert_eq!(got[..2], ["7-2".to_string(), "11-station".to_string()]);
        assert_eq!(numbers("de", "Der Eintritt kostet 4,50 €."), [n("4,50 €", 4.5, "EUR")]);
        assert_eq!(numbers("en", "among 10 wealthy countries"), [n("10 wealthy countries", 10.0, "countries")]);
    }
}
