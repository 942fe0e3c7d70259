//! Sentence splitting over a block's tokens.
//!
//! A sentence ends at `.`, `!`, `?` or `…` (plus closing quotes and brackets) when the next
//! token starts a new sentence: an uppercase word, a digit or an opening quote. A dot does not
//! end a sentence after an abbreviation ("z. B.", "Dr.", "Mio."), an initial ("J. Smith"), an
//! acronym ("U.S."), or an ordinal number before a month or lowercase word ("4. Juni",
//! "am 2. Spieltag").

use std::ops::Range;

use super::lexicon::calendar::{ABBREVIATIONS, MONTHS};
use super::token::{Kind, Token};

fn is_closer(s: &str) -> bool {
    matches!(s, "“" | "”" | "\"" | "«" | "»" | "‘" | "’" | "'" | ")" | "]" | "‹" | "›")
}

fn is_opener(s: &str) -> bool {
    matches!(s, "„" | "“" | "\"" | "«" | "»" | "‚" | "‘" | "(" | "[" | "‹" | "›" | "'")
}

/// Splits the tokens of `text` into sentences (token index ranges covering all tokens).
pub(crate) fn split(text: &str, tokens: &[Token]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < tokens.len() {
        let t = tokens[i].text(text);
        let terminal = tokens[i].kind == Kind::Punct && matches!(t, "." | "!" | "?" | "…");
        if !terminal {
            i += 1;
            continue;
        }
        // Swallow repeated terminators and closing quotes/brackets.
        let mut end = i + 1;
        while end < tokens.len() {
            let s = tokens[end].text(text);
            if tokens[end].kind == Kind::Punct && (is_closer(s) || matches!(s, "." | "!" | "?" | "…")) {
                end += 1;
            } else {
                break;
            }
        }
        if end < tokens.len() && !ends_here(text, tokens, i, end) {
            i = end;
            continue;
        }
        out.push(start..end);
        start = end;
        i = end;
    }
    if start < tokens.len() {
        out.push(start..tokens.len());
    }
    out
}

/// Does the terminator at `i` end the sentence, given the next sentence would start at `next`?
fn ends_here(text: &str, tokens: &[Token], i: usize, next: usize) -> bool {
    let next_tok = &tokens[next];
    let next_text = next_tok.text(text);
    let starts_new = match next_tok.kind {
        Kind::Word => next_text.chars().next().is_some_and(char::is_uppercase),
        Kind::Number => true,
        Kind::Punct => is_opener(next_text) || matches!(next_text, "–" | "—" | "-"),
    };
    if !starts_new {
        return false;
    }
    if tokens[i].text(text) != "." {
        return true;
    }
    let Some(prev) = i.checked_sub(1).map(|p| &tokens[p]) else {
        return true;
    };
    // The dot must touch the previous token to belong to it.
    if prev.end != tokens[i].start {
        return true;
    }
    let prev_text = prev.text(text);
    match prev.kind {
        Kind::Word => {
            let lower = prev_text.to_lowercase();
            if ABBREVIATIONS.contains(&lower.as_str()) {
                return false;
            }
            // Single-letter initials ("J. Smith") and acronyms written with dots ("U.S.").
            if prev_text.chars().count() == 1 && prev_text.chars().all(char::is_uppercase) {
                return false;
            }
            !prev_text.contains('.')
        }
        Kind::Number => {
            // "4. Juni", "am 2. Spieltag": an ordinal continues the sentence.
            let lower = next_text.to_lowercase();
            let month = MONTHS.iter().any(|(m, _)| *m == lower);
            let small = prev_text.len() <= 2 && prev_text.chars().all(|c| c.is_ascii_digit());
            let before = i.checked_sub(2).and_then(|p| tokens.get(p)).map(|t| t.text(text).to_lowercase());
            let ordinal_context = before.as_deref().is_some_and(|b| {
                matches!(
                    b,
                    "der"
                        | "die"
                        | "das"
                        | "dem"
                        | "den"
                        | "am"
                        | "im"
                        | "zum"
                        | "zur"
                        | "vom"
                        | "beim"
                        | "bis"
                        | "seit"
                        | "ab"
                        | "vor"
                        | "nach"
                        | "zwischen"
                        | "und"
                )
            });
            !(small && (month || ordinal_context))
        }
        Kind::Punct => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::token::tokenize;

    fn sentences(s: &str) -> Vec<String> {
        let toks = tokenize(s);
        split(s, &toks)
            .into_iter()
            .map(|r| {
                let a = toks[r.start].start;
                let b = toks[r.end - 1].end;
                s[a..b].to_string()
            })
            .collect()
    }

    #[test]
    fn splits_plain_sentences() {
        assert_eq!(sentences("Er kam. Sie ging! Warum?"), ["Er kam.", "Sie ging!", "Warum?"]);
    }

    #[test]
    fn keeps_abbreviations_and_ordinals() {
        assert_eq!(
            sentences("Das gilt z. B. für Dr. Müller am 4. Juni. Dann nicht."),
            ["Das gilt z. B. für Dr. Müller am 4. Juni.", "Dann nicht."]
        );
        assert_eq!(
            sentences("The U.S. Senate voted. J. Smith agreed."),
            ["The U.S. Senate voted.", "J. Smith agreed."]
        );
    }

    #[test]
    fn closing_quotes_stay_with_the_sentence() {
        assert_eq!(
            sentences("„Das ist gut.“ Dann ging er. Im Jahr 2023. Danach"),
            ["„Das ist gut.“", "Dann ging er.", "Im Jahr 2023.", "Danach"]
        );
    }

    #[test]
    fn lowercase_after_dot_does_not_split() {
        assert_eq!(sentences("Es kostet 3 Mio. bzw. mehr."), ["Es kostet 3 Mio. bzw. mehr."]);
        assert_eq!(sentences("Peking/Berlin. Antony Blinkens Empfang"), ["Peking/Berlin.", "Antony Blinkens Empfang"]);
    }
}
