//! Tokens: words, numbers and single punctuation marks with byte offsets into a block's text.
//!
//! Every offset lies on a char boundary, so `&text[t.start..t.end]` never panics.

/// What a [`Token`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters (and digits after the first letter) with inner hyphens, apostrophes and
    /// acronym dots: "US-Außenminister", "Blinken's", "U.S.".
    Word,
    /// Digits with inner `.`/`,` separators: "38,000", "9,70", "19.6.2023".
    Number,
    /// Any other single character that is not white space.
    Punct,
}

/// One token of a block's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Token {
    /// Byte offset of the first char.
    pub start: usize,
    /// Byte offset after the last char.
    pub end: usize,
    /// What the token is.
    pub kind: Kind,
}

impl Token {
    /// The token's text in `text` (empty if the offsets do not fit, which cannot happen for
    /// tokens made by [`tokenize`] on the same text).
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

fn is_joiner(c: char) -> bool {
    matches!(c, '-' | '\u{2011}' | '\'' | '\u{2019}')
}

/// Splits `text` into tokens in one left-to-right pass.
pub(crate) fn tokenize(text: &str) -> Vec<Token> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let end_of = |i: usize| chars.get(i).map_or(text.len(), |&(b, _)| b);
    let mut out = Vec::with_capacity(chars.len() / 4 + 1);
    let mut i = 0;
    while let Some(&(start, c)) = chars.get(i) {
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if c.is_alphabetic() {
            let mut j = i + 1;
            // Length of the current dot-separated segment, for acronyms like "U.S.".
            let mut seg = 1;
            let mut dotted = false;
            while let Some(&(_, d)) = chars.get(j) {
                let next = chars.get(j + 1).map(|&(_, n)| n);
                if d.is_alphanumeric() {
                    j += 1;
                    seg += 1;
                } else if is_joiner(d) && next.is_some_and(char::is_alphanumeric) {
                    j += 1;
                    seg = 0;
                } else if d == '.' && seg == 1 && next.is_some_and(char::is_uppercase) {
                    // "U.S": the next segment must itself be a single letter.
                    let after = chars.get(j + 2).map(|&(_, n)| n);
                    if after.is_some_and(char::is_alphanumeric) {
                        break;
                    }
                    j += 1;
                    seg = 0;
                    dotted = true;
                } else if d == '.' && dotted && seg == 1 {
                    j += 1; // the closing dot of "U.S."
                    break;
                } else {
                    break;
                }
            }
            out.push(Token { start, end: end_of(j), kind: Kind::Word });
            i = j;
        } else if c.is_ascii_digit() {
            let mut j = i + 1;
            while let Some(&(_, d)) = chars.get(j) {
                let next = chars.get(j + 1).map(|&(_, n)| n);
                if d.is_ascii_digit() || (matches!(d, '.' | ',') && next.is_some_and(|n| n.is_ascii_digit())) {
                    j += 1;
                } else {
                    break;
                }
            }
            out.push(Token { start, end: end_of(j), kind: Kind::Number });
            i = j;
        } else {
            out.push(Token { start, end: end_of(i + 1), kind: Kind::Punct });
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<&str> {
        tokenize(s).iter().map(|t| t.text(s)).collect()
    }

    #[test]
    fn words_numbers_punct() {
        assert_eq!(
            words("US-Außenminister Blinken's 9,70 Meter, 38,000."),
            ["US-Außenminister", "Blinken's", "9,70", "Meter", ",", "38,000", "."]
        );
    }

    #[test]
    fn acronyms_keep_their_dots() {
        assert_eq!(words("the U.S. said"), ["the", "U.S.", "said"]);
        assert_eq!(words("z. B. so"), ["z", ".", "B", ".", "so"]);
        assert_eq!(words("Dr. Who"), ["Dr", ".", "Who"]);
    }

    #[test]
    fn hyphen_at_end_is_punct() {
        assert_eq!(words("Klima- und"), ["Klima", "-", "und"]);
        assert_eq!(words("„Fund“"), ["„", "Fund", "“"]);
    }

    #[test]
    fn no_panic_on_odd_input() {
        for s in ["", "ä", "..", "1,", "A.", "'s", "\u{feff}x", "𝔘.𝔖."] {
            let _ = tokenize(s);
        }
    }
}
