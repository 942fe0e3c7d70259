//! Compiled-in word lists: given names, role words, speech verbs, organisation cues, function
//! words and the gazetteer. The data lives in the `*.txt` files next to this module (see
//! `README.md` there for format and licence) and is parsed once, on first use.

pub(crate) mod calendar;

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use super::Lang;

/// One gazetteer entry.
#[derive(Debug)]
pub(crate) struct Place {
    /// Display name in German articles.
    pub de: String,
    /// Display name in English articles.
    pub en: String,
    /// Needs a locative cue: the name is also a common word or first name.
    pub ambiguous: bool,
}

impl Place {
    /// The display name for an article in `lang`.
    pub fn name(&self, lang: Lang) -> &str {
        match lang {
            Lang::De => &self.de,
            Lang::En => &self.en,
        }
    }
}

/// Grammatical and social gender of a person, for pronoun agreement ("she said").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Gender {
    /// "she", „sie", "Frau", "Ministerin", "Anna".
    Female,
    /// "he", „er", "Herr", "Minister", "Thomas".
    Male,
}

/// All word lists, parsed.
#[derive(Debug, Default)]
pub(crate) struct Lexicon {
    /// Given names.
    pub first_names: HashSet<String>,
    /// East Asian family names written first.
    pub family_first: HashSet<String>,
    /// Given names borne (almost) only by women.
    pub female_names: HashSet<String>,
    /// Given names borne by women and men.
    pub unisex_names: HashSet<String>,
    /// German role forms (inflected form, lemma), lowercase, keyed by the form's last three
    /// chars, longest form first.
    pub roles_de: HashMap<String, Vec<(String, String)>>,
    /// German role lemmas as listed, lowercase ("richter", "kaiser").
    pub role_lemmas_de: HashSet<String>,
    /// English role words, lowercase.
    pub roles_en: HashSet<String>,
    /// Speech verbs, lowercase, both languages.
    pub speech_de: HashSet<String>,
    /// English speech verbs, lowercase.
    pub speech_en: HashSet<String>,
    /// Organisation head words ("Authority", "Ministerium").
    pub org_heads: HashSet<String>,
    /// Head words of at least four letters, lowercase, for German compounds ("zentralbank").
    pub org_heads_lower: Vec<String>,
    /// Legal-form suffixes ("GmbH", "Inc").
    pub org_suffixes: HashSet<String>,
    /// Known organisations as word sequences with their display name, keyed by first word
    /// ("Deutsche" → (["Deutsche", "Bahn"], "Deutsche Bahn")).
    pub org_known: HashMap<String, Vec<(Vec<String>, String)>>,
    /// Prefixes of club names ("SV", "FC").
    pub org_clubs: HashSet<String>,
    /// Common nouns that introduce an organisation's name, lowercase ("firm", "konzern").
    pub org_intro: HashSet<String>,
    /// Last words of street, building and line names ("Avenue", "Station").
    pub facilities: HashSet<String>,
    /// Function words per language, lowercase.
    pub stop_de: HashSet<String>,
    /// English function words, lowercase.
    pub stop_en: HashSet<String>,
    /// Gazetteer entries.
    pub places: Vec<Place>,
    /// Name or alias (as word sequence) → entry index, keyed by the first word lowercased.
    pub place_names: HashMap<String, Vec<(Vec<String>, usize)>>,
    /// German adjective stems (lowercase) → entry index.
    pub place_adj_de: HashMap<String, usize>,
    /// Invariant adjectives ("Berliner", "Chinese") → entry index.
    pub place_adj_exact: HashMap<String, usize>,
}

fn lines(data: &str) -> impl Iterator<Item = &str> {
    data.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Splits a name into the words our tokenizer would produce, so "Saudi-Arabien" stays one
/// word and "New York" becomes two.
pub(crate) fn name_words(name: &str) -> Vec<String> {
    super::token::tokenize(name)
        .iter()
        .filter(|t| t.kind != super::token::Kind::Punct)
        .map(|t| t.text(name).to_lowercase())
        .collect()
}

impl Lexicon {
    fn load() -> Self {
        let mut lx = Lexicon::default();
        for w in lines(include_str!("first_names.txt")).flat_map(str::split_whitespace) {
            lx.first_names.insert(w.to_string());
        }
        for w in lines(include_str!("family_first.txt")).flat_map(str::split_whitespace) {
            lx.family_first.insert(w.to_string());
        }
        for line in lines(include_str!("name_genders.txt")) {
            let (kind, rest) = line.split_once(' ').unwrap_or((line, ""));
            let set = match kind {
                "female" => &mut lx.female_names,
                "unisex" => &mut lx.unisex_names,
                _ => continue,
            };
            set.extend(rest.split_whitespace().map(str::to_string));
        }
        let mut roles_de = Vec::new();
        for line in lines(include_str!("roles.txt")) {
            let mut words = line.split_whitespace();
            let lang = words.next().unwrap_or("");
            for w in words {
                let w = w.to_lowercase();
                match (lang, w.strip_suffix('*')) {
                    ("de", Some(adj)) => roles_de.extend(german_role_forms(adj, true)),
                    ("de", None) => {
                        roles_de.extend(german_role_forms(&w, false));
                        lx.role_lemmas_de.insert(w);
                    }
                    _ => {
                        lx.roles_en.insert(w);
                    }
                }
            }
        }
        // Longest form first, so "amtskollegen" wins over "kollegen" and "kollege".
        roles_de.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(&b.0)));
        roles_de.dedup();
        for (form, out) in roles_de {
            lx.roles_de.entry(last_chars(&form, 3)).or_default().push((form, out));
        }
        for line in lines(include_str!("speech_verbs.txt")) {
            let mut words = line.split_whitespace();
            let set = match words.next() {
                Some("de") => &mut lx.speech_de,
                _ => &mut lx.speech_en,
            };
            for w in words {
                set.insert(w.trim_end_matches(':').to_lowercase());
            }
        }
        for line in lines(include_str!("orgs.txt")) {
            let (kind, rest) = line.split_once(' ').unwrap_or((line, ""));
            match kind {
                "head" => lx.org_heads.extend(rest.split_whitespace().map(String::from)),
                "suffix" => {
                    lx.org_suffixes.extend(rest.split_whitespace().map(|s| s.trim_end_matches('.').to_string()))
                }
                "club" => lx.org_clubs.extend(rest.split_whitespace().map(String::from)),
                "intro" => lx.org_intro.extend(rest.split_whitespace().map(str::to_lowercase)),
                "facility" => lx.facilities.extend(rest.split_whitespace().map(String::from)),
                _ => {
                    let names: Vec<&str> =
                        if rest.contains('|') { rest.split('|').collect() } else { rest.split_whitespace().collect() };
                    for entry in names {
                        let (alias, name) = entry.split_once('=').unwrap_or((entry, entry));
                        let words: Vec<String> = super::token::tokenize(alias)
                            .iter()
                            .filter(|t| t.kind != super::token::Kind::Punct)
                            .map(|t| t.text(alias).to_string())
                            .collect();
                        if let Some(first) = words.first() {
                            lx.org_known.entry(first.clone()).or_default().push((words, name.to_string()));
                        }
                    }
                }
            }
        }
        lx.org_heads_lower = lx.org_heads.iter().filter(|h| h.chars().count() >= 4).map(|h| h.to_lowercase()).collect();
        for line in lines(include_str!("stopwords.txt")) {
            let mut words = line.split_whitespace();
            let set = match words.next() {
                Some("de") => &mut lx.stop_de,
                _ => &mut lx.stop_en,
            };
            set.extend(words.map(String::from));
        }
        for line in lines(include_str!("places.txt")) {
            let mut fields = line.split(';');
            let de_raw = fields.next().unwrap_or("");
            let en = fields.next().unwrap_or("").to_string();
            let aliases = fields.next().unwrap_or("");
            let adjs = fields.next().unwrap_or("");
            let ambiguous = de_raw.starts_with('?');
            let de = de_raw.trim_start_matches('?').to_string();
            if de.is_empty() || en.is_empty() {
                continue;
            }
            let idx = lx.places.len();
            let mut names = vec![de.clone(), en.clone()];
            names.extend(aliases.split(',').map(str::trim).filter(|a| !a.is_empty()).map(String::from));
            for n in names {
                let words = name_words(&n);
                if let Some(first) = words.first() {
                    let list = lx.place_names.entry(first.clone()).or_default();
                    if !list.iter().any(|(w, _)| *w == words) {
                        list.push((words, idx));
                    }
                }
            }
            for a in adjs.split(',').map(str::trim).filter(|a| !a.is_empty()) {
                if a.chars().next().is_some_and(char::is_lowercase) {
                    lx.place_adj_de.insert(a.to_string(), idx);
                } else {
                    lx.place_adj_exact.insert(a.to_string(), idx);
                }
            }
            lx.places.push(Place { de, en, ambiguous });
        }
        // Longest names first so "New York City" wins over "New York".
        for list in lx.place_names.values_mut() {
            list.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        }
        for list in lx.org_known.values_mut() {
            list.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        }
        lx
    }

    /// Is `w` (any case) a function word in either language?
    pub fn is_stop(&self, w: &str) -> bool {
        let l = w.to_lowercase();
        self.stop_de.contains(&l) || self.stop_en.contains(&l)
    }

    /// Is `w` (any case) a function word in `lang`?
    pub fn is_stop_in(&self, w: &str, lang: Lang) -> bool {
        let l = w.to_lowercase();
        match lang {
            Lang::De => self.stop_de.contains(&l),
            Lang::En => self.stop_en.contains(&l),
        }
    }

    /// The gender a given name tells: `None` for a unisex or unknown name.
    pub fn given_name_gender(&self, w: &str) -> Option<Gender> {
        if self.female_names.contains(w) {
            Some(Gender::Female)
        } else if self.unisex_names.contains(w) || !self.first_names.contains(w) {
            None
        } else {
            Some(Gender::Male)
        }
    }

    /// Is `w` a speech verb in `lang`?
    pub fn is_speech(&self, w: &str, lang: Lang) -> bool {
        let l = w.to_lowercase();
        match lang {
            Lang::De => self.speech_de.contains(&l),
            // "Adding Thresholds" is a heading, not "… adding that".
            Lang::En => self.speech_en.contains(&l) && !(l.ends_with("ing") && w != l),
        }
    }

    /// Is `word` (any case) a one-word gazetteer name? ("Passau" is, "Bad" and "New" only
    /// start longer names.)
    pub fn is_single_place(&self, word: &str) -> bool {
        self.place_names.get(&word.to_lowercase()).is_some_and(|l| l.iter().any(|(ws, _)| ws.len() == 1))
    }

    /// Is `word` a one-word gazetteer name or its genitive ("Frankreichs", "Österreichs")?
    pub fn is_single_place_or_genitive(&self, word: &str) -> bool {
        self.is_single_place(word) || word.strip_suffix('s').is_some_and(|s| self.is_single_place(s))
    }

    /// The number of words of the longest gazetteer name that `words` start with ("Bad
    /// Homburg vor der Höhe" → 2 for "Bad Homburg").
    pub fn place_len(&self, words: &[&str]) -> Option<usize> {
        let first = words.first()?.to_lowercase();
        self.place_names
            .get(&first)?
            .iter()
            .find(|(ws, _)| {
                ws.len() <= words.len()
                    && ws.iter().zip(words).all(|(a, b)| a.eq_ignore_ascii_case(b) || *a == b.to_lowercase())
            })
            .map(|(ws, _)| ws.len())
    }

    /// Is `word` a role word in its listed base form, neither inflected, feminine, plural
    /// nor a compound ("Richter", "Kaiser", "King", "Bishop")? Such words are also common
    /// family names.
    pub fn is_role_lemma(&self, word: &str, lang: Lang) -> bool {
        let l = word.to_lowercase();
        match lang {
            Lang::De => self.role_lemmas_de.contains(&l),
            Lang::En => !l.ends_with('.') && self.roles_en.contains(&l),
        }
    }

    /// If `word` is a role noun, its lemma with any compound prefix kept
    /// ("Amtskollegen" → "Amtskollege", "US-Außenministerin" → "US-Außenministerin",
    /// "chief" → "chief").
    pub fn role(&self, word: &str, lang: Lang) -> Option<String> {
        match lang {
            Lang::En => {
                let l = word.to_lowercase();
                let abbreviated = !matches!(l.as_str(), "dr" | "prof") && self.roles_en.contains(&format!("{l}."));
                if self.roles_en.contains(&l) || abbreviated {
                    return Some(word.to_string());
                }
                // Professions by their ending: "glaciologist", "oceanographer", "physician".
                let profession = ["ologist", "ographer", "ician", "icist", "ologue"]
                    .iter()
                    .any(|e| l.len() > e.len() + 2 && l.trim_end_matches('s').ends_with(e));
                if profession {
                    return Some(word.trim_end_matches('s').to_string());
                }
                let sing = l.strip_suffix('s')?;
                // "who chairs the committee", "heads the agency": verbs, not plural roles.
                if matches!(sing, "chair" | "head" | "coach" | "judge" | "pilot" | "author" | "host" | "lead") {
                    return None;
                }
                let n = word.chars().count().saturating_sub(1);
                self.roles_en.contains(sing).then(|| word.chars().take(n).collect())
            }
            Lang::De => {
                // "ife-Analystin": a lowercase prefix before a capitalised role.
                let head = word.rsplit('-').next().unwrap_or(word);
                let capitalised = word.chars().next().is_some_and(char::is_uppercase);
                let prefixed = head.len() < word.len() && head.chars().next().is_some_and(char::is_uppercase);
                if !capitalised && !prefixed {
                    return None;
                }
                let l = word.to_lowercase();
                let (form, out) =
                    self.roles_de.get(&last_chars(&l, 3))?.iter().find(|(form, _)| l.ends_with(form.as_str()))?;
                // Cut the inflection: keep the word up to the end of the lemma form.
                let cut = form.chars().count() - out.chars().count();
                let keep = word.chars().count().checked_sub(cut)?;
                Some(word.chars().take(keep).collect())
            }
        }
    }
}

/// The last `n` chars of `s`.
fn last_chars(s: &str, n: usize) -> String {
    let count = s.chars().count();
    s.chars().skip(count.saturating_sub(n)).collect()
}

/// German role forms: (inflected form, lemma it reduces to), both lowercase.
fn german_role_forms(lemma: &str, adjectival: bool) -> Vec<(String, String)> {
    let own = |f: String| (f, lemma.to_string());
    if adjectival {
        return ["", "r", "n", "m", "s"].iter().map(|e| own(format!("{lemma}{e}"))).collect();
    }
    if lemma.ends_with("in") && !lemma.ends_with("ein") {
        return vec![own(lemma.to_string()), own(format!("{lemma}nen"))];
    }
    let weak = lemma.ends_with('e');
    let mut forms = vec![
        own(lemma.to_string()),
        own(format!("{lemma}{}", if weak { "n" } else { "en" })),
        own(format!("{lemma}s")),
    ];
    if !weak {
        forms.push(own(format!("{lemma}es")));
    }
    let fem = format!("{}in", lemma.strip_suffix('e').unwrap_or(lemma));
    forms.push((format!("{fem}nen"), fem.clone()));
    forms.push((fem.clone(), fem.clone()));
    // Feminine forms with an umlaut: "Landrätin", "Bischöfin", "Köchin".
    if let Some(umlauted) = umlaut_last_vowel(&fem[..fem.len() - 2]) {
        let fem = format!("{umlauted}in");
        forms.push((format!("{fem}nen"), fem.clone()));
        forms.push((fem.clone(), fem));
    }
    forms
}

/// `stem` with its last vowel umlauted when it is a, o, u or au ("landrat" → "landrät",
/// "bischof" → "bischöf"); `None` when the last vowel is another one.
fn umlaut_last_vowel(stem: &str) -> Option<String> {
    let (k, c) = stem.char_indices().rev().find(|(_, c)| "aeiouäöüy".contains(*c))?;
    let u = match c {
        'a' => 'ä',
        'o' => 'ö',
        'u' if stem[..k].ends_with('a') => {
            // "au" → "äu": "Bauer" is not listed, but "Hauptmann" would be.
            let a = k - 1;
            return Some(format!("{}äu{}", &stem[..a], &stem[k + 1..]));
        }
        'u' => 'ü',
        _ => return None,
    };
    Some(format!("{}{u}{}", &stem[..k], &stem[k + c.len_utf8()..]))
}

/// The parsed lexicon, built on first use.
pub(crate) fn get() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(Lexicon::load)
}
