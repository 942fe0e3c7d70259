//! People: one entry per person, with the fullest name, roles and affiliation.
//!
//! A name is found from an anchor:
//! - a given name from the lexicon followed by a capitalised surname ("Antony Blinken");
//! - an East Asian family name followed by a given name ("Xi Jinping", "Wang Yi");
//! - a role word before capitalised words ("Staatschef Xi", "Mayor Linda Hartmann",
//!   "seinem Amtskollegen Qin");
//! - a speech verb next to capitalised words ("Briggs said", "sagte Müller", "so Glaser");
//! - an honorific ("Mr. Briggs", "Frau Müller").
//!
//! Then every capitalised word that is a known surname (also in the genitive: "Blinkens",
//! "Blinken's") counts as a mention of that person. Roles come from titles right before a
//! mention and from appositions right after it ("Raj Patel, the authority's chief planner");
//! the affiliation from "vom/beim/of/at <organisation>" after the name or apposition.

use std::collections::{HashMap, HashSet};

use super::lexicon::calendar::{MONTHS, WEEKDAYS};
use super::lexicon::{self, Lexicon};
use super::text::{base_forms, is_all_caps, is_capitalised, is_particle, is_possessive, normalise, without_possessive};
use super::token::Kind;
use super::{BlockDoc, Claim, Doc, Lang, Named, Person, Span};

/// Honorifics that precede a surname.
const HONORIFICS: &[&str] = &["Mr", "Mrs", "Ms", "Dr", "Herr", "Frau", "Herrn", "Prof", "Sir", "Dame", "Lady", "Lord"];

/// Abbreviated titles written with a dot ("Dr.", "Rep.", "St."): never a name themselves.
pub(crate) const TITLE_ABBREVIATIONS: &[&str] =
    &["Dr", "Prof", "Mr", "Mrs", "Ms", "St", "Rep", "Sen", "Gov", "Gen", "Lt", "Col", "Capt", "Sgt", "Rev", "Jr", "Sr"];

/// English modifiers that belong to a role ("chief planner", "Prime Minister", "Chief
/// Financial Officer", "Health Cabinet Secretary").
pub(crate) const ROLE_MODIFIERS: &[&str] = &[
    "chief",
    "council",
    "board",
    "committee",
    "party",
    "senior",
    "deputy",
    "vice",
    "former",
    "executive",
    "general",
    "foreign",
    "prime",
    "assistant",
    "associate",
    "lead",
    "managing",
    "acting",
    "interim",
    "principal",
    "top",
    "attorney",
    "defense",
    "defence",
    "finance",
    "health",
    "interior",
    "press",
    "state",
    "city",
    "county",
    "federal",
    "national",
    "regional",
    "district",
    "transport",
    "transportation",
    "communications",
    "program",
    "project",
    "policy",
    "research",
    "education",
    "first",
    "lady",
    "founding",
    "co",
    "ex",
    "financial",
    "operating",
    "technology",
    "technical",
    "marketing",
    "medical",
    "legal",
    "information",
    "investment",
    "commercial",
    "culture",
    "cabinet",
    "portfolio",
    "fund",
    "sales",
    "product",
    "security",
    "homeland",
    "public",
    "trade",
    "energy",
    "environment",
    "environmental",
    "justice",
    "labor",
    "labour",
    "agriculture",
    "housing",
    "science",
    "economic",
    "editorial",
    "police",
    "fire",
    "school",
    "union",
    "campaign",
    "team",
    "head",
    "sporting",
    "artistic",
    "creative",
    "athletic",
    "harbour",
    "harbor",
    "port",
];

/// Kinship nouns (lowercase): not roles, but "Her daughter, Kirsty Buchan," or "whose
/// husband, Frank Kowalczyk," sets off a name just as a role does.
pub(crate) const KIN_NOUNS: &[&str] = &[
    "daughter",
    "son",
    "wife",
    "husband",
    "mother",
    "father",
    "sister",
    "brother",
    "widow",
    "widower",
    "grandmother",
    "grandfather",
    "grandson",
    "granddaughter",
    "niece",
    "nephew",
    "cousin",
    "tochter",
    "sohn",
    "ehefrau",
    "ehemann",
    "mutter",
    "vater",
    "schwester",
    "bruder",
    "witwe",
    "witwer",
    "großmutter",
    "großvater",
    "enkel",
    "enkelin",
    "nichte",
    "neffe",
];

/// Dotted titles that are roles of their own ("Gov.", "Sgt.", "Dr."), unlike "Mr." or "Jr.".
const TITLE_ROLES: &[&str] = &["Dr", "Prof", "Rep", "Sen", "Gov", "Gen", "Lt", "Col", "Capt", "Sgt", "Rev"];

/// One name found by an anchor.
#[derive(Debug, Clone)]
struct Cand {
    /// The name words, genitive removed.
    words: Vec<String>,
    /// Family name first ("Xi Jinping"): short mentions use the first word.
    family_first: bool,
    /// Found by a weak anchor ("laut Urteil"): kept only as a short form of a stronger name.
    weak: bool,
}

/// The capitalised word at token `i` (not all caps) when no other fact claimed it.
fn free_capitalised<'a>(b: &BlockDoc<'a>, i: usize) -> Option<&'a str> {
    let t = b.tokens.get(i)?;
    let w = t.text(b.text);
    (t.kind == Kind::Word && b.claims.get(i) == Some(&Claim::Free) && is_capitalised(w) && !is_all_caps(w)).then_some(w)
}

fn is_name_word(lx: &Lexicon, lang: Lang, b: &BlockDoc<'_>, i: usize) -> bool {
    let Some(w) = free_capitalised(b, i) else {
        return false;
    };
    !lx.is_stop(w)
        && !is_contraction(w)
        && !is_calendar(w)
        && !TITLE_ABBREVIATIONS.contains(&w)
        && lx.role(w, lang).is_none()
        && !lx.is_speech(w, lang)
        && !is_place(lx, w)
        && !super::orgs::is_facility(lx, w)
        && !(lang == Lang::En && ROLE_MODIFIERS.iter().any(|m| m.eq_ignore_ascii_case(w)))
}

/// An English contraction of a pronoun ("He’d", "She'll", "They're"): never a name.
fn is_contraction(w: &str) -> bool {
    ["d", "ll", "re", "ve", "m"]
        .iter()
        .any(|t| w.strip_suffix(t).is_some_and(|s| s.ends_with('\'') || s.ends_with('\u{2019}')))
}

/// A family name that is also a role word, right after a given name: "Sabine Richter",
/// "Thomas Kaiser", "Stephen King", "Lea Hoffmeister". Only the role's base form counts
/// ("die Ärztin Anna Richterin" is no name).
fn is_role_surname(lx: &Lexicon, lang: Lang, b: &BlockDoc<'_>, j: usize) -> bool {
    let Some(w) = free_capitalised(b, j) else {
        return false;
    };
    j > 0 && is_given_name(lx, b.word(j - 1)) && (lx.is_role_lemma(w, lang) || compound_surname(lx, lang, w))
}

/// A German family name that ends in a role word ("Hoffmeister", "Neumeister"): a closed
/// compound of the role's base form, neither feminine, inflected nor hyphenated.
fn compound_surname(lx: &Lexicon, lang: Lang, w: &str) -> bool {
    lang == Lang::De
        && !w.contains('-')
        && !w.ends_with("in")
        && !w.ends_with("innen")
        // Uninflected (the role is the whole word) and not itself a listed lemma: a compound.
        && lx.role(w, lang).is_some_and(|r| r == w)
        && !lx.is_role_lemma(w, lang)
}

/// A given name, or a hyphenated pair of given names ("Hans-Jürgen", "Anna-Lena").
fn is_given_name(lx: &Lexicon, w: &str) -> bool {
    lx.first_names.contains(w)
        || w.split_once('-').is_some_and(|(a, c)| lx.first_names.contains(a) && lx.first_names.contains(c))
}

/// Is a lone capitalised word before a speech verb part of something other than a person's
/// name? "Edinburgh Trams continued" (the tail of a longer proper name), "in Leith and
/// Portobello asked" (a place in a list after a preposition), "A spokesperson for A.P.
/// Moller-Maersk said" (the object of a preposition or after initials: a company).
fn not_a_subject_name(lx: &Lexicon, b: &BlockDoc<'_>, k: usize) -> bool {
    let Some(p) = k.checked_sub(1) else {
        return false;
    };
    let prev = b.word(p);
    let prep = |w: &str| {
        matches!(
            w.to_lowercase().as_str(),
            "in" | "for"
                | "of"
                | "at"
                | "from"
                | "with"
                | "by"
                | "to"
                | "near"
                | "von"
                | "für"
                | "bei"
                | "aus"
                | "nach"
        )
    };
    let tail_of_name = b.tokens[p].kind == Kind::Word && is_capitalised(prev) && !b.at_sentence_start(k);
    let initials = prev == "." && b.tokens[p].start == b.tokens[p].end.saturating_sub(1) && p > 0 && {
        let w = b.word(p - 1);
        w.chars().all(|c| c.is_uppercase() || c == '.')
    };
    let listed_place = matches!(prev, "and" | "or" | "und" | "oder")
        && p.checked_sub(1).is_some_and(|q| is_place(lx, b.word(q)) || prep(b.word(q.saturating_sub(1))));
    tail_of_name || initials || prep(prev) || listed_place
}

fn is_calendar(w: &str) -> bool {
    let l = w.to_lowercase();
    MONTHS.iter().any(|(m, _)| *m == l) || WEEKDAYS.iter().any(|(d, _)| *d == l)
}

/// A one-word place that is not also a common word or name: "Landau" (marked `?` in the
/// gazetteer) stays a possible surname in "Jens Landau".
fn is_place(lx: &Lexicon, w: &str) -> bool {
    base_forms(w).iter().any(|f| {
        lx.place_names
            .get(&f.to_lowercase())
            .is_some_and(|c| c.iter().any(|(ws, idx)| ws.len() == 1 && !lx.places[*idx].ambiguous))
    })
}

fn is_honorific(w: &str) -> bool {
    HONORIFICS.contains(&w)
}

/// The roles written right before token `i`, in text order: a role phrase and dotted titles
/// ("Patrol spokesman Sgt. Luis Ortega" → "spokesman", "Sgt."; "Geschäftsführerin Dr. Anja
/// Kellermann" → "Geschäftsführerin", "Dr.").
fn roles_before(lx: &Lexicon, lang: Lang, b: &BlockDoc<'_>, i: usize) -> Vec<String> {
    let mut titles = Vec::new();
    let Some(mut j) = i.checked_sub(1) else {
        return titles;
    };
    for _ in 0..2 {
        if b.word(j) == "." && j > 0 && TITLE_ABBREVIATIONS.contains(&b.word(j - 1)) {
            // "State Sen.", "Deputy Gov.": qualifiers belong to the title.
            let mut first = j - 1;
            while first > 0 && ROLE_MODIFIERS.iter().any(|m| m.eq_ignore_ascii_case(b.word(first - 1))) {
                first -= 1;
            }
            if TITLE_ROLES.contains(&b.word(j - 1)) {
                titles.insert(0, format!("{}.", b.slice(first, j)));
            }
            let Some(k) = first.checked_sub(1) else {
                return titles;
            };
            j = k;
        } else if is_honorific(b.word(j)) && lx.role(b.word(j), lang).is_none() {
            let Some(k) = j.checked_sub(1) else {
                return titles;
            };
            j = k;
        }
    }
    if let Some((_, r)) = role_phrase_ending(lx, lang, b, j) {
        titles.insert(0, r);
    }
    titles
}

/// The role phrase whose role noun is token `j`, as (first token, text): German the noun's
/// lemma ("seinem Amtskollegen" → "Amtskollege"), English with its qualifiers ("Chief
/// Financial Officer", "culture minister").
fn role_phrase_ending(lx: &Lexicon, lang: Lang, b: &BlockDoc<'_>, j: usize) -> Option<(usize, String)> {
    let w = b.word(j);
    if b.tokens.get(j)?.kind != Kind::Word || TITLE_ABBREVIATIONS.contains(&w) {
        return None;
    }
    match lang {
        Lang::De => lx.role(w, lang).map(|r| (j, r)),
        Lang::En => {
            lx.role(w, lang)?;
            let mut first = j;
            // "Secretary of State", "Prime Minister", "chief planner".
            while let Some(p) = first.checked_sub(1) {
                let pw = b.word(p).to_lowercase();
                let title = TITLE_ABBREVIATIONS.contains(&b.word(p));
                if !title && (ROLE_MODIFIERS.contains(&pw.as_str()) || lx.role(b.word(p), lang).is_some()) {
                    first = p;
                } else {
                    break;
                }
            }
            Some((first, b.slice(first, j + 1).to_string()))
        }
    }
}

/// A role phrase before a name and set off by a comma: "sagte der Hohe Vertreter der EU für
/// Außen- und Sicherheitspolitik, Jonas Ahlqvist,", "Its director general, Olufemi Adebayo,".
/// `comma` is the comma's token; the phrase must open with an article, a possessive or the
/// sentence. Returns the role and the complement's token range (for the affiliation).
fn role_apposed_before(
    lx: &Lexicon,
    lang: Lang,
    b: &BlockDoc<'_>,
    comma: usize,
) -> Option<(String, std::ops::Range<usize>)> {
    if b.word(comma) != "," {
        return None;
    }
    let start = b.sentence_of(comma).start;
    let lo = start.max(comma.saturating_sub(14));
    let mut k = comma;
    while k > lo {
        k -= 1;
        let t = b.tokens.get(k)?;
        let w = b.word(k);
        if t.kind == Kind::Punct && w != "-" {
            return None;
        }
        if lx.is_speech(w, lang) || b.claims.get(k) == Some(&Claim::Person) {
            return None;
        }
        let Some((first, role)) = role_phrase_ending(lx, lang, b, k) else {
            continue;
        };
        // German: capitalised adjectives belong to the role ("Hohe Vertreter").
        let mut first = first;
        let mut role = role;
        if lang == Lang::De {
            while first >= start + 2
                && is_capitalised(b.word(first - 1))
                && b.word(first - 1).ends_with(['e', 'n', 'r'])
                && !is_determiner(b.word(first - 1))
                && lx.role(b.word(first - 1), lang).is_none()
                && is_determiner(b.word(first - 2))
            {
                first -= 1;
                role = format!("{} {role}", b.word(first));
            }
        }
        // "a new chief executive, Priya Chandran,", "the station's lifeboat operations manager,
        // Sian Carthew,": up to two lowercase modifiers after the article or possessive.
        let modifier = |p: usize| {
            p > start && b.word(p).chars().next().is_some_and(char::is_lowercase) && !lx.is_stop_in(b.word(p), lang)
        };
        let opener = |w: &str| is_determiner(w) || is_possessive(w);
        for _ in 0..2 {
            match first.checked_sub(1) {
                Some(p) if modifier(p) && (opener(b.word(p - 1)) || modifier(p - 1)) => first = p,
                _ => break,
            }
        }
        let before = first.checked_sub(1).map(|p| b.word(p)).unwrap_or("");
        let opens = first == start || opener(before) || lx.is_speech(before, lang);
        return opens.then_some((role, k + 1..comma));
    }
    None
}

/// A role in an apposition after a name that ends at token `to`: "Raj Patel, the authority's
/// chief planner," or "Wang Yi, der oberste Außenpolitiker Chinas,". Returns the role and the
/// token after the apposition's role word.
fn role_after(lx: &Lexicon, lang: Lang, b: &BlockDoc<'_>, to: usize) -> Option<(String, usize)> {
    if b.word(to) != "," {
        return None;
    }
    let sentence_end = b.sentence_of(to).end;
    // "Gudmundur Hallsson, 71, a retired fisherman": the age comes first.
    let to =
        if b.tokens.get(to + 1).is_some_and(|t| t.kind == Kind::Number) && b.word(to + 2) == "," { to + 2 } else { to };
    let mut k = to + 1;
    // "Kevin Albright, a 58-year-old retired firefighter": the age's hyphens count as words.
    let limit = (to + 12).min(sentence_end);
    while k < limit {
        let t = b.tokens.get(k)?;
        if t.kind == Kind::Punct && !matches!(b.word(k), "'" | "-") {
            return None;
        }
        if let Some(r) = lx.role(b.word(k), lang) {
            // "chief planner": further role words belong to the same role.
            let mut end = k + 1;
            while end < limit && lang == Lang::En && lx.role(b.word(end), lang).is_some() {
                end += 1;
            }
            let role = match lang {
                Lang::De => r,
                Lang::En => {
                    // In an apposition the words right before the role noun qualify it
                    // ("technology director", "chief planner"), but not a possessive.
                    let mut first = k;
                    while first > to + 1
                        && k - first < 2
                        && b.tokens.get(first - 1).is_some_and(|t| t.kind == Kind::Word)
                        && !lx.is_stop_in(b.word(first - 1), lang)
                        && !b.word(first - 1).contains(['\'', '\u{2019}'])
                        && !is_capitalised(b.word(first - 1))
                        // "58-year-old": no part of an age.
                        && !(first >= 2 && b.word(first - 2) == "-")
                    {
                        first -= 1;
                    }
                    b.slice(first, end).to_string()
                }
            };
            return Some((role, end));
        }
        k += 1;
    }
    None
}

/// Nouns after a person's name that make it the name of a place or thing.
const NAMED_AFTER: &[&str] = &[
    "airport",
    "station",
    "bridge",
    "street",
    "avenue",
    "road",
    "square",
    "stadium",
    "arena",
    "prize",
    "award",
    "medal",
    "Flughafen",
    "Straße",
    "Platz",
    "Brücke",
    "Preis",
];

/// Verbs that state what someone is.
const COPULAS: &[&str] = &["ist", "war", "bleibt", "wird", "is", "was", "remains", "becomes", "became"];

/// Words that may stand between a copula and the role noun: "ist seit 2019 Bürgermeisterin",
/// "is the company's chief executive", "war bereits Sprecher".
fn copula_filler(w: &str) -> bool {
    matches!(
        w.to_lowercase().as_str(),
        "seit"
            | "since"
            | "bereits"
            | "schon"
            | "jetzt"
            | "nun"
            | "auch"
            | "noch"
            | "now"
            | "also"
            | "still"
            | "already"
    ) || is_determiner(w)
        || w.ends_with("'s")
        || w.ends_with("\u{2019}s")
}

/// A role stated with a copula next to the name (mention `from..to`): "Koç ist Sprecherin
/// des Bündnisses", "Sprecherin des Bündnisses ist Miriam Koç", "Hale is the company's chief
/// executive".
fn role_by_copula(lx: &Lexicon, lang: Lang, b: &BlockDoc<'_>, from: usize, to: usize) -> Option<String> {
    let s = b.sentence_of(from);
    if COPULAS.contains(&b.word(to)) {
        let mut k = to + 1;
        while k < s.end && k < to + 6 {
            let w = b.word(k);
            let t = b.tokens.get(k)?;
            if let Some((first, role)) = lx.role(w, lang).and_then(|_| {
                // Take the whole English role run ("chief executive").
                let mut end = k;
                while lang == Lang::En && lx.role(b.word(end + 1), lang).is_some() {
                    end += 1;
                }
                role_phrase_ending(lx, lang, b, end)
            }) {
                return (first > to).then_some(role);
            }
            let filler = t.kind == Kind::Number || copula_filler(w);
            if !filler {
                return None;
            }
            k += 1;
        }
        return None;
    }
    // "Sprecherin des Bündnisses ist Miriam Koç": the role opens the sentence.
    let cop = from.checked_sub(1)?;
    if !COPULAS.contains(&b.word(cop)) || cop < s.start + 1 || cop > s.start + 7 {
        return None;
    }
    let mut k = s.start;
    while k < cop && is_determiner(b.word(k)) {
        k += 1;
    }
    let role = match lang {
        Lang::De => lx.role(b.word(k), lang)?,
        Lang::En => {
            let mut end = k;
            while end + 1 < cop && lx.role(b.word(end + 1), lang).is_some() {
                end += 1;
            }
            lx.role(b.word(end), lang)?;
            role_phrase_ending(lx, lang, b, end)?.1
        }
    };
    let plain = (k + 1..cop).all(|j| b.tokens[j].kind == Kind::Word && !lx.is_speech(b.word(j), lang));
    plain.then_some(role)
}

/// The organisation named right after token `to` with "vom", "beim", "of", "at" …
fn affiliation_after(b: &BlockDoc<'_>, to: usize, org_at: &HashMap<(usize, usize), String>) -> Option<String> {
    let w = b.word(to).to_lowercase();
    // "Renate Vogt (SPD)".
    if w == "(" {
        let start = b.tokens.get(to + 1)?.start;
        return org_at.get(&(b.index, start)).cloned();
    }
    if !matches!(w.as_str(), "vom" | "von" | "beim" | "bei" | "of" | "at" | "from" | "für" | "for" | "der" | "des") {
        return None;
    }
    let mut k = to + 1;
    // Skip an article and opening quote marks.
    while k < to + 4 && (matches!(b.word(k).to_lowercase().as_str(), "der" | "dem" | "the" | "des" | "„" | "“" | "\""))
    {
        k += 1;
    }
    let start = b.tokens.get(k)?.start;
    org_at.get(&(b.index, start)).cloned()
}

/// The organisation whose possessive opens the role before the name at `i`: "Scottish
/// Water's chief executive, Alan Reid", "Kaimon's president Kenji Arakawa".
fn possessor_affiliation(b: &BlockDoc<'_>, i: usize, org_at: &HashMap<(usize, usize), String>) -> Option<String> {
    let mut k = i;
    while k + 6 > i {
        k = k.checked_sub(1)?;
        let w = b.word(k);
        if without_possessive(w) != w {
            return (k.saturating_sub(4)..=k)
                .rev()
                .find_map(|s| b.tokens.get(s).and_then(|t| org_at.get(&(b.index, t.start))).cloned());
        }
        // Only the role's lowercase words and a comma lie between.
        if w != "," && !w.chars().next().is_some_and(char::is_lowercase) {
            return None;
        }
    }
    None
}

/// The organisation in a hyphenated role: "DWD-Meteorologin" → the organisation written
/// "DWD", "CDU-Politiker" → "CDU"; "US-Außenminister" names no organisation.
fn compound_affiliation(role: &str, org_text: &HashMap<String, String>) -> Option<String> {
    let (prefix, _) = role.rsplit_once('-')?;
    org_text.get(prefix).cloned()
}

/// Finds people, claims their tokens and returns them in order of first mention.
pub(crate) fn extract(doc: &mut Doc<'_>, orgs: &[Named]) -> Vec<Person> {
    let lx = lexicon::get();
    let lang = doc.lang;
    let mut cands = Vec::new();
    for b in &doc.blocks {
        anchors(lx, lang, b, &mut cands);
    }
    // "Lotfi Azzouz" when "Azzouz said" elsewhere: the unknown word before a found surname is
    // the given name.
    let surnames: HashSet<&str> =
        cands.iter().filter(|c| c.words.len() == 1 && !c.weak).map(|c| c.words[0].as_str()).collect();
    let mut widened = Vec::new();
    if !surnames.is_empty() {
        let lowercase: HashSet<&str> = doc
            .blocks
            .iter()
            .flat_map(|b| (0..b.tokens.len()).map(move |k| b.word(k)))
            .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
            .collect();
        for b in &doc.blocks {
            given_names_before(lx, lang, b, &surnames, &lowercase, &mut widened);
        }
    }
    cands.extend(widened);
    // Genitive: "Blinkens" is "Blinken" when "Blinken" is a name elsewhere or a noun follows.
    let surnames: Vec<String> = cands.iter().filter_map(|c| c.words.last().cloned()).collect();
    for c in &mut cands {
        if let Some(last) = c.words.last_mut() {
            for f in base_forms(last).into_iter().skip(1) {
                if surnames.iter().any(|s| s == f) {
                    *last = f.to_string();
                    break;
                }
            }
        }
    }
    // People: longest names first, so short mentions merge into full names.
    let mut people: Vec<(Vec<String>, bool)> = Vec::new();
    let mut order: Vec<&Cand> = cands.iter().collect();
    order.sort_by_key(|c| std::cmp::Reverse(c.words.len()));
    for c in order {
        if let Some(p) = people.iter_mut().find(|(w, ff)| covers(w, *ff, &c.words)) {
            if p.0 == c.words {
                p.1 |= c.family_first;
            }
            continue;
        }
        // "Hartwell told these families …" with "Hartwell Chemical Inc." named: the company.
        // "Vidyard announced …" with the company "Vidyard" named elsewhere: the company too.
        let org_word = c.words.len() == 1
            && orgs.iter().any(|o| {
                o.name == c.words[0] || (o.name.contains(' ') && o.name.split(' ').next() == Some(c.words[0].as_str()))
            });
        if c.words.iter().all(|w| is_place(lx, w)) || c.weak || org_word {
            continue;
        }
        people.push((c.words.clone(), c.family_first));
    }
    let org_at: HashMap<(usize, usize), String> =
        orgs.iter().flat_map(|o| o.spans.iter().map(move |s| ((s.block, s.start), o.name.clone()))).collect();
    // Every written form of an organisation ("DWD" for "Deutscher Wetterdienst").
    let mut org_text: HashMap<String, String> = HashMap::new();
    for o in orgs {
        for s in &o.spans {
            if let Some(t) = doc.blocks.get(s.block).and_then(|b| b.text.get(s.start..s.end)) {
                org_text.entry(t.to_string()).or_insert_with(|| o.name.clone());
            }
        }
    }
    // Every mention: full names and short forms.
    let mut out: Vec<Person> =
        people.iter().map(|(w, _)| Person { name: display_name(w), ..Person::default() }).collect();
    // Where each person was first mentioned.
    let mut first_seen: Vec<Option<(usize, usize)>> = vec![None; out.len()];
    for bi in 0..doc.blocks.len() {
        let mut i = 0;
        while i < doc.blocks[bi].tokens.len() {
            let b = &doc.blocks[bi];
            if b.claims[i] != Claim::Free || b.tokens[i].kind != Kind::Word || !is_capitalised(b.word(i)) {
                i += 1;
                continue;
            }
            let Some((pi, len)) = match_at(b, i, &people, &first_seen) else {
                i += 1;
                continue;
            };
            // "Charles de Gaulle airport", "Stephen Hawking Building": a place named after
            // the person, not a mention.
            if NAMED_AFTER.iter().any(|n| b.word(i + len).eq_ignore_ascii_case(n)) {
                i += len;
                continue;
            }
            let span = b.span(i, i + len);
            let mut roles = roles_before(lx, lang, b, i);
            let mut affiliation = None;
            // "Der Rektor der Universität Leipzig, Martin Ebersbach, nannte …".
            let closed = matches!(b.word(i + len), "," | "." | ")") || lx.is_speech(b.word(i + len), lang);
            if roles.iter().all(|r| r.ends_with('.')) && closed {
                // "die Leiterin des Gesundheitsamts, Dr. Sabine Oetinger": past dotted titles.
                let mut c = i.checked_sub(1);
                while let Some(k) =
                    c.filter(|&k| k > 0 && b.word(k) == "." && TITLE_ABBREVIATIONS.contains(&b.word(k - 1)))
                {
                    c = k.checked_sub(2);
                }
                if let Some((r, complement)) = c.and_then(|c| role_apposed_before(lx, lang, b, c)) {
                    roles.insert(0, r);
                    affiliation = complement
                        .clone()
                        .find_map(|k| b.tokens.get(k).and_then(|t| org_at.get(&(b.index, t.start))).cloned());
                }
            }
            let mut after = i + len;
            if let Some((r, next)) = role_after(lx, lang, b, i + len) {
                roles.push(r);
                after = next;
            }
            if let Some(r) = role_by_copula(lx, lang, b, i, i + len) {
                roles.insert(0, r);
            }
            let affiliation = affiliation
                .or_else(|| affiliation_after(b, i + len, &org_at))
                .or_else(|| affiliation_after(b, after, &org_at))
                .or_else(|| roles.iter().find_map(|r| compound_affiliation(r, &org_text)))
                .or_else(|| possessor_affiliation(b, i, &org_at));
            let p = &mut out[pi];
            p.spans.push(span);
            p.mentions += 1;
            for r in roles {
                if !p.roles.iter().any(|x| x.to_lowercase() == r.to_lowercase()) {
                    p.roles.push(r);
                }
            }
            if p.affiliation.is_none() {
                p.affiliation = affiliation;
            }
            first_seen[pi].get_or_insert((bi, i));
            for c in doc.blocks[bi].claims.iter_mut().skip(i).take(len) {
                *c = Claim::Person;
            }
            i += len;
        }
    }
    // Longer names from a mention ("Antony Blinken") replace the stored key form only when the
    // key came from the same words; keep the key. Drop people never matched (cannot happen
    // unless a claim intervened) and sort by first mention.
    out.retain(|p| !p.spans.is_empty() && !doc.authors.contains(&normalise(&p.name)));
    out.sort_by_key(|p| p.spans.first().map(|s: &Span| (s.block, s.start)));
    out
}

/// Does the known name `full` cover the short name `short` (a suffix, or the family name)?
fn covers(full: &[String], family_first: bool, short: &[String]) -> bool {
    if short.len() > full.len() {
        return false;
    }
    let n = normalise(&full.join(" "));
    let s = normalise(&short.join(" "));
    if n == s {
        return true;
    }
    let suffix = full[full.len() - short.len()..] == *short;
    let prefix = family_first && full[..short.len()] == *short;
    suffix || prefix
}

/// Which person (index) a mention starting at token `i` belongs to, and its length in tokens.
fn match_at(
    b: &BlockDoc<'_>,
    i: usize,
    people: &[(Vec<String>, bool)],
    first_seen: &[Option<(usize, usize)>],
) -> Option<(usize, usize)> {
    // Full names first.
    let mut best: Option<(usize, usize)> = None;
    for (pi, (words, _)) in people.iter().enumerate() {
        let n = words.len();
        if n < 2 {
            continue;
        }
        // Token by token; an initial's dot ("Arthur F. Burns") is not among the words.
        let mut t = i;
        let ok = words.iter().enumerate().all(|(k, word)| {
            if k > 0 && b.word(t) == "." && word_is_initial(&words[k - 1]) {
                t += 1;
            }
            let w = b.word(t);
            t += 1;
            if k + 1 == n {
                base_forms(w).contains(&word.as_str())
            } else {
                w == word
            }
        });
        let len = t - i;
        if ok && best.is_none_or(|(_, l)| len > l) {
            best = Some((pi, len));
        }
    }
    if best.is_some() {
        return best;
    }
    // Short mentions: surname (or family name for East Asian names).
    let forms = base_forms(b.word(i));
    let mut hits: Vec<usize> = people
        .iter()
        .enumerate()
        .filter(|(_, (words, ff))| {
            let key = if *ff { words.first() } else { words.last() };
            key.is_some_and(|k| forms.contains(&k.as_str()))
        })
        .map(|(pi, _)| pi)
        .collect();
    // Several people share the name: the one introduced first, as a rule the protagonist
    // ("Moira Buchan … her daughter, Kirsty Buchan … Buchan plans"); people not yet
    // mentioned come last.
    hits.sort_by_key(|&pi| first_seen.get(pi).copied().flatten().map_or((1, (0, 0)), |s| (0, s)));
    hits.first().map(|&pi| (pi, 1))
}

/// Collects name candidates from the anchors in one block.
fn anchors(lx: &Lexicon, lang: Lang, b: &BlockDoc<'_>, out: &mut Vec<Cand>) {
    let n = b.tokens.len();
    let mut i = 0;
    let headline_caps = lang == Lang::En && b.kind == super::BlockKind::Heading;
    while i < n {
        let w = b.word(i);
        // "Its director general, Olufemi Adebayo," names a person without a known given name.
        if w == "," && !headline_caps && role_apposed_before(lx, lang, b, i).is_some() {
            if let Some(j) = apposed_name_end(lx, lang, b, i + 1) {
                push(b, i + 1, j, false, out);
                i = j;
                continue;
            }
        }
        // "Her daughter, Kirsty Buchan," and "whose husband, Frank Kowalczyk,".
        if w == "," && !headline_caps && kin_apposed_before(b, i) {
            if let Some(j) = apposed_name_end(lx, lang, b, i + 1) {
                push(b, i + 1, j, false, out);
                i = j;
                continue;
            }
        }
        if b.tokens[i].kind != Kind::Word || b.claims[i] != Claim::Free {
            i += 1;
            continue;
        }
        // "Gudmundur Hallsson, 71, a retired fisherman": two or three name words with an age
        // set off by commas, not after an article.
        if !headline_caps && is_name_word(lx, lang, b, i) && !i.checked_sub(1).is_some_and(|p| is_determiner(b.word(p)))
        {
            let mut j = i + 1;
            while j < n && j < i + 3 && is_name_word(lx, lang, b, j) {
                j += 1;
            }
            let age = b.tokens.get(j + 1).is_some_and(|t| t.kind == Kind::Number)
                && b.word(j + 1).parse::<u32>().is_ok_and(|a| (1..=120).contains(&a));
            if j >= i + 2 && b.word(j) == "," && age && b.word(j + 2) == "," && !is_org_like(lx, b, i, j) {
                push(b, i, j, false, out);
                i = j;
                continue;
            }
            // "Mahadevamma, a 52-year-old farmer": an age as an adjective names a person, also
            // one known by a single name.
            let aged = lang == Lang::En
                && b.word(j) == ","
                && matches!(b.word(j + 1), "a" | "an")
                && b.tokens.get(j + 2).is_some_and(|t| t.kind == Kind::Number)
                && b.word(j + 3) == "-"
                && b.word(j + 4) == "year-old";
            if aged && !is_org_like(lx, b, i, j) && !is_calendar(w) {
                push(b, i, j, false, out);
                i = j;
                continue;
            }
        }
        // "Coxswain Will Penhaligon, who has volunteered …": two name words before ", who" name
        // a person even when the given name is unknown (or a word: "Will", "Sian"); opening a
        // sentence, the first may not be a function word or adverb ("Meanwhile Smith, who").
        // "Faith Kiprono, an analyst at …" too: an apposition with a role.
        if lang == Lang::En
            && b.word(i + 2) == ","
            && (b.word(i + 3) == "who" || apposed_role(lx, b, i + 3))
            && !headline_caps
            && (!b.at_sentence_start(i) || !opens_sentences(lx, w))
            && free_capitalised(b, i).is_some()
            && !is_calendar(w)
            && !is_honorific(w)
            && !TITLE_ABBREVIATIONS.contains(&w)
            && is_name_word(lx, lang, b, i + 1)
            && !is_org_like(lx, b, i, i + 2)
            && !is_place(lx, w)
            && !i.checked_sub(1).is_some_and(|p| is_determiner(b.word(p)))
        {
            push(b, i, i + 2, false, out);
            i += 2;
            continue;
        }
        // Given name + surname; "Hans-Jürgen" when both halves are given names.
        if is_given_name(lx, w) {
            let mut j = i + 1;
            // More given names, initials, particles.
            loop {
                let nw = b.word(j);
                if lx.first_names.contains(nw) && is_name_word(lx, lang, b, j + 1) {
                    j += 1;
                } else if nw.chars().count() == 1 && nw.chars().all(char::is_uppercase) && b.word(j + 1) == "." {
                    j += 2;
                } else if is_particle(nw) && is_name_word(lx, lang, b, j + 1) && j > i {
                    j += 1;
                } else {
                    break;
                }
            }
            let surname = is_name_word(lx, lang, b, j) || is_role_surname(lx, lang, b, j);
            if surname && !headline_caps_junk(headline_caps, b, j) {
                push(b, leading_initials(b, i, 0), j + 1, false, out);
                i = j + 1;
                continue;
            }
            // "Markus B.", "Gerhard L.": a surname cut to its initial, as court reports write it.
            // A lowercase word follows ("Markus B. hatte"), not a surname or a reference list's
            // ";" ("Hatfield, Peter J.;").
            let clause_goes_on = b.tokens.get(j).is_some_and(|t| t.kind == Kind::Word)
                && b.word(j).chars().next().is_some_and(char::is_lowercase);
            if j == i + 3 && b.word(j - 1) == "." && clause_goes_on && !headline_caps {
                push(b, i, j, false, out);
                i = j;
                continue;
            }
        }
        // Family name first.
        if lx.family_first.contains(w) && is_name_word(lx, lang, b, i + 1) && !lx.first_names.contains(b.word(i + 1)) {
            let mut j = i + 2;
            // Korean three-part names: "Kim Jong Un".
            if is_name_word(lx, lang, b, j) && b.word(j).chars().count() <= 3 {
                j += 1;
            }
            push(b, i, j, true, out);
            i = j;
            continue;
        }
        if headline_caps {
            i += 1;
            continue;
        }
        // Role or honorific + capitalised words.
        // "die Ermittler Bargeld": a masculine role after "die"/"den" is a plural noun.
        let plural = lang == Lang::De
            && i.checked_sub(1).is_some_and(|p| matches!(b.word(p), "die" | "Die" | "den" | "Den"))
            && (w.ends_with("er") || w.ends_with("ern") || w.ends_with("en"));
        let role =
            !plural && lx.role(w, lang).is_some() && (lang == Lang::De || is_capitalised(w) || role_context_en(b, i));
        if role || is_honorific(w) {
            let mut j = i + 1;
            if b.word(j) == "." {
                j += 1;
            }
            if role && is_honorific(b.word(j)) {
                j += 1;
                if b.word(j) == "." {
                    j += 1;
                }
            }
            let start = j;
            // "Professor Maarten de Groot": particles inside the name.
            while j < n
                && j < start + 4
                && (is_name_word(lx, lang, b, j)
                    || (j > start && is_role_surname(lx, lang, b, j))
                    // "Professor Maarten de Groot", but not "Experte Ulrich Müller von
                    // LobbyControl": a particle follows a given name.
                    || (j > start
                        && is_particle(b.word(j))
                        && is_given_name(lx, b.word(j - 1))
                        && is_name_word(lx, lang, b, j + 1)))
            {
                j += 1;
            }
            // "Chief Financial Officer Mark": the capitalised words qualified the next role.
            if j > start && lx.role(b.word(j), lang).is_none() {
                let ff = j - start >= 2 && lx.family_first.contains(b.word(start));
                push(b, start, j, ff, out);
                i = j;
                continue;
            }
        }
        // Speech verb + name ("sagte Müller", "said Briggs", "so Glaser").
        if lx.is_speech(w, lang) || (lang == Lang::De && matches!(w, "laut" | "Laut")) {
            let mut j = i + 1;
            // "said Dr. Eleanor Vance", "sagte Ministerin Schulz".
            while lx.role(b.word(j), lang).is_some()
                || is_honorific(b.word(j))
                || TITLE_ABBREVIATIONS.contains(&b.word(j))
                || (matches!(b.word(j), "." | "-") && j > i + 1)
                || b.word(j) == "-"
            {
                j += 1;
            }
            // "said C. Eugene Steuerle": initials before the given name belong to the name.
            let initials = j;
            while is_initial(b, j) && is_name_word(lx, lang, b, j + 2) {
                j += 2;
            }
            let start = j;
            while j < n && j < start + 3 && is_name_word(lx, lang, b, j) {
                j += 1;
            }
            // English "said Briggs." ends the clause; "said Internet Explorer 11 is …" does not.
            let clause_end = lang == Lang::De || b.tokens.get(j).is_none_or(|t| t.kind == Kind::Punct);
            if j > start && clause_end && !is_org_like(lx, b, start, j) {
                let ff = j - start >= 2 && lx.family_first.contains(b.word(start));
                // "laut Urteil", "laut Polizei": a single word after "laut" is mostly a noun.
                let weak = j - start == 1 && w.eq_ignore_ascii_case("laut");
                push(b, initials, j, ff, out);
                if let Some(c) = out.last_mut() {
                    c.weak = weak;
                }
                i = j;
                continue;
            }
            // Name + speech verb ("Briggs said"): walk back over capitalised words.
            let mut k = i;
            while k > 0 && i - k < 3 && is_name_word(lx, lang, b, k - 1) {
                k -= 1;
            }
            // Start at a given name when there is one ("Bundesfamilienministerin Franziska
            // Giffey erklärt"); without one only an English single surname counts ("Briggs
            // said"): a German capitalised word before a verb is mostly a noun.
            if let Some(f) = (k..i).find(|&x| is_given_name(lx, b.word(x))) {
                k = f;
            } else if lang == Lang::De || i - k != 1 {
                k = i;
            }
            let article = k.checked_sub(1).is_some_and(|p| is_determiner(b.word(p)));
            // "Parents said", "Officials said": a plural noun opening the sentence.
            let plural_noun = lang == Lang::En
                && i - k == 1
                && b.at_sentence_start(k)
                && b.word(k).ends_with('s')
                && !b.word(k).ends_with("ss");
            if k < i
                && !article
                && !plural_noun
                && !is_org_like(lx, b, k, i)
                && !b.at_sentence_start(i)
                && (i - k != 1 || !not_a_subject_name(lx, b, k))
            {
                push(b, k, i, false, out);
            }
        }
        i += 1;
    }
}

/// Is token `j` an initial: one uppercase letter followed by a dot ("C." of "C. Eugene
/// Steuerle")?
fn is_initial(b: &BlockDoc<'_>, j: usize) -> bool {
    b.word(j + 1) == "." && word_is_initial(b.word(j))
}

/// The start of a name at `start` widened over initials right before it ("C. Eugene
/// Steuerle"), not before `floor`.
fn leading_initials(b: &BlockDoc<'_>, start: usize, floor: usize) -> usize {
    let mut s = start;
    while s >= floor + 2 && is_initial(b, s - 2) && b.claims[s - 2] == Claim::Free {
        s -= 2;
    }
    s
}

/// English words that open sentences and are no function words: "Meanwhile Bartleby sat".
const SENTENCE_OPENERS: &[&str] = &[
    "meanwhile",
    "moreover",
    "furthermore",
    "instead",
    "later",
    "yesterday",
    "tomorrow",
    "tonight",
    "perhaps",
    "maybe",
    "thus",
    "hence",
    "indeed",
    "nevertheless",
    "nonetheless",
    "afterwards",
    "eventually",
    "earlier",
    "once",
    "some",
    "few",
    "several",
    "other",
    "another",
    "early",
    "late",
    "last",
    "next",
    "first",
    "besides",
    "otherwise",
    "therefore",
];

/// Is `w` a word that opens English sentences rather than a name: a function word, an adverb
/// in "-ly" or one of [`SENTENCE_OPENERS`] ("Meanwhile Smith, who …" names no "Meanwhile")?
fn opens_sentences(lx: &Lexicon, w: &str) -> bool {
    let l = w.to_lowercase();
    lx.is_stop(w) || l.ends_with("ly") || SENTENCE_OPENERS.contains(&l.as_str())
}

/// Given names that are not in the lexicon: a capitalised word right before a surname that
/// another anchor found alone ("Coxswain Will Penhaligon" with "Penhaligon said", "Lotfi
/// Azzouz" with "Azzouz said"). The word is no role, title, place, month, demonym or article,
/// does not follow an article or another name word, and a function word ("Will", "May")
/// counts only inside a sentence, where its capital marks a name. A word the article also
/// writes in lowercase ("Most", "Will") is no name unless a role or title comes first, and
/// neither is an adverb opening a sentence ("Meanwhile", "Finally"). German capitalises its
/// nouns, so there the word must follow a role or title („Landwirt Reto Caminada", „Frau
/// Wiebke Ohlsen"): an unknown noun before a name is mostly a description („Dokumentar
/// Geicke").
fn given_names_before(
    lx: &Lexicon,
    lang: Lang,
    b: &BlockDoc<'_>,
    surnames: &HashSet<&str>,
    lowercase: &HashSet<&str>,
    out: &mut Vec<Cand>,
) {
    if b.kind == super::BlockKind::Heading {
        return;
    }
    for i in 1..b.tokens.len() {
        let w = b.word(i);
        // Cheap checks first: no allocation for the many words that cannot be a surname.
        if b.claims[i] != Claim::Free || !is_capitalised(w) || free_capitalised(b, i - 1).is_none() {
            continue;
        }
        let surname = surnames.contains(w) || base_forms(w).iter().skip(1).any(|f| surnames.contains(f));
        if !surname {
            continue;
        }
        let g = i - 1;
        let Some(given) = free_capitalised(b, g) else {
            continue;
        };
        let before = g.checked_sub(1);
        // Opening a sentence or following a mark ("[306] Most Māori").
        let opens = b.at_sentence_start(g) || before.is_none_or(|p| b.tokens[p].kind != Kind::Word);
        let titled = before.is_some_and(|p| lx.role(b.word(p), lang).is_some() || is_honorific(b.word(p)));
        let lower = given.to_lowercase();
        let common = (opens && opens_sentences(lx, given)) || (!titled && lowercase.contains(lower.as_str()));
        let noun = lang == Lang::De && !titled;
        let after_name = before.is_some_and(|p| free_capitalised(b, p).is_some() && !opens && !titled);
        if common
            || noun
            || is_determiner(given)
            || after_name
            || given.chars().count() < 3
            || !given.chars().all(char::is_alphabetic)
            || is_calendar(given)
            || is_honorific(given)
            || TITLE_ABBREVIATIONS.contains(&given)
            || lx.role(given, lang).is_some()
            || lx.is_speech(given, lang)
            || is_place(lx, given)
            || lx.place_adj_exact.contains_key(given)
            || (lang == Lang::En && ROLE_MODIFIERS.iter().any(|m| m.eq_ignore_ascii_case(given)))
            || super::orgs::is_facility(lx, given)
            || is_org_like(lx, b, g, i + 1)
            || before.is_some_and(|p| is_determiner(b.word(p)))
        {
            continue;
        }
        push(b, g, i + 1, false, out);
    }
}

/// Does an English apposition with a role start at token `k`: "a"/"an", up to three
/// lowercase words and a role ("an analyst", "a senior policy adviser")?
fn apposed_role(lx: &Lexicon, b: &BlockDoc<'_>, k: usize) -> bool {
    matches!(b.word(k), "a" | "an")
        && (k + 1..k + 5).any(|j| {
            let w = b.word(j);
            w.chars().next().is_some_and(char::is_lowercase)
                && lx.role(w, Lang::En).is_some()
                && (k + 1..j).all(|m| b.word(m).chars().next().is_some_and(char::is_lowercase))
        })
}

/// Is the token before `comma` a kinship noun after a possessive or article ("Her
/// daughter,", "whose husband,", "seine Tochter,")?
fn kin_apposed_before(b: &BlockDoc<'_>, comma: usize) -> bool {
    let Some(k) = comma.checked_sub(1) else {
        return false;
    };
    let noun = b.word(k).to_lowercase();
    let before = k.checked_sub(1).map_or("", |p| b.word(p));
    KIN_NOUNS.contains(&noun.as_str())
        && (is_determiner(before)
            || before.eq_ignore_ascii_case("whose")
            || before.ends_with("'s")
            || before.ends_with('\u{2019}')
            || matches!(
                before.to_lowercase().as_str(),
                "seine" | "seiner" | "ihre" | "ihrer" | "my" | "mein" | "meine"
            ))
}

/// The end of a name of two or three name words starting at `start` and closed by a comma,
/// full stop or speech verb: the name of an apposition.
fn apposed_name_end(lx: &Lexicon, lang: Lang, b: &BlockDoc<'_>, start: usize) -> Option<usize> {
    let mut j = start;
    while j < b.tokens.len() && j < start + 3 && is_name_word(lx, lang, b, j) {
        j += 1;
    }
    let closed = matches!(b.word(j), "," | ".") || lx.is_speech(b.word(j), lang);
    (j >= start + 2 && closed).then_some(j)
}

/// Articles and determiners: a capitalised word after one is a noun, not a name.
fn is_determiner(w: &str) -> bool {
    matches!(
        w.to_lowercase().as_str(),
        "der"
            | "die"
            | "das"
            | "den"
            | "dem"
            | "des"
            | "ein"
            | "eine"
            | "einer"
            | "eines"
            | "einem"
            | "einen"
            | "the"
            | "a"
            | "an"
            | "this"
            | "that"
            | "these"
            | "those"
            | "dieser"
            | "diese"
            | "dieses"
            | "jeder"
            | "jede"
            | "kein"
            | "keine"
            | "unser"
            | "unsere"
            | "our"
            | "its"
            | "their"
            | "his"
            | "her"
    )
}

/// Title-case headlines: every word is capitalised, so a given name needs a real surname.
fn headline_caps_junk(headline: bool, b: &BlockDoc<'_>, j: usize) -> bool {
    headline && b.word(j).chars().count() < 3
}

/// English lowercase roles count only right before a capitalised name ("chief planner Raj").
fn role_context_en(b: &BlockDoc<'_>, i: usize) -> bool {
    is_capitalised(b.word(i + 1))
}

fn is_org_like(lx: &Lexicon, b: &BlockDoc<'_>, from: usize, to: usize) -> bool {
    (from..to).any(|k| {
        let w = b.word(k);
        lx.org_heads.contains(w) || lx.org_known.contains_key(w)
    })
}

/// Is a name word an initial (one uppercase letter, its dot dropped)?
fn word_is_initial(w: &str) -> bool {
    w.chars().count() == 1 && w.chars().all(char::is_uppercase)
}

/// The name as shown: initials get their dot back ("Arthur F. Burns").
fn display_name(words: &[String]) -> String {
    let shown: Vec<String> =
        words.iter().map(|w| if word_is_initial(w) { format!("{w}.") } else { w.clone() }).collect();
    shown.join(" ")
}

fn push(b: &BlockDoc<'_>, from: usize, to: usize, family_first: bool, out: &mut Vec<Cand>) {
    let words: Vec<String> = (from..to).map(|k| b.word(k).to_string()).filter(|w| w != ".").collect();
    let mut words = words;
    if let Some(last) = words.last_mut() {
        for suffix in ["'s", "\u{2019}s"] {
            if let Some(s) = last.strip_suffix(suffix) {
                *last = s.to_string();
            }
        }
    }
    if words.is_empty() {
        return;
    }
    out.push(Cand { words, family_first, weak: false });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{Article, Block, BlockKind};

    fn people(lang: &str, paras: &[&str]) -> Vec<Person> {
        let a = Article {
            lang: Some(lang.into()),
            blocks: paras.iter().map(|t| Block { kind: BlockKind::Paragraph, text: (*t).into() }).collect(),
            ..Article::default()
        };
        let mut doc = Doc::new(&a);
        let orgs = crate::facts::orgs::extract(&mut doc);
        extract(&mut doc, &orgs)
    }

    #[test]
    fn towns_marked_ambiguous_stay_surnames() {
        let names = |lang, text| people(lang, &[text]).into_iter().map(|p| p.name).collect::<Vec<_>>();
        assert_eq!(
            names("de", "Gesundheitsminister Karl Lauterbach sagte, Jens Landau widersprach."),
            ["Karl Lauterbach", "Jens Landau"]
        );
        assert_eq!(names("en", "John Bolton said the talks had failed."), ["John Bolton"]);
    }

    #[test]
    fn merges_short_and_genitive_mentions() {
        let p = people(
            "de",
            &[
                "US-Außenminister Blinken sprach mit seinem Amtskollegen Qin.",
                "Antony Blinkens Empfang war frostig. Blinken traf Qin Gang.",
            ],
        );
        let names: Vec<&str> = p.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Antony Blinken", "Qin Gang"]);
        assert_eq!(p[0].roles, ["US-Außenminister"]);
        assert_eq!(p[0].mentions, 3);
        assert_eq!(p[1].roles, ["Amtskollege"]);
    }

    #[test]
    fn roles_and_affiliation() {
        let p = people("de", &["„Gut“, kommentiert China-Expertin Bonnie Glaser vom „German Marshall Fund“."]);
        assert_eq!(p[0].name, "Bonnie Glaser");
        assert_eq!(p[0].roles, ["China-Expertin"]);
        assert_eq!(p[0].affiliation.as_deref(), Some("German Marshall Fund"));
        let p = people("en", &["Raj Patel, the authority's chief planner, agreed. Mayor Linda Hartmann did not."]);
        assert_eq!(p[0].name, "Raj Patel");
        assert_eq!(p[0].roles, ["chief planner"]);
        assert_eq!(p[1].roles, ["Mayor"]);
        // Unknown given names: before ", who", and after a role with modifiers.
        let p = people(
            "en",
            &["Coxswain Will Penhaligon, who has volunteered for 22 years, agreed. The station's lifeboat operations \
               manager, Sian Carthew, said so. Mr Mugabe, who spoke, left."],
        );
        let names: Vec<&str> = p.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names[..2], ["Will Penhaligon", "Sian Carthew"]);
        assert_eq!(p[1].roles, ["manager"]);
        assert!(!names.contains(&"Mr Mugabe"));
        // A surname cut to its initial, but not in a reference list or before a surname.
        let p = people("de", &["Markus B. hatte gestanden. Worthy, Trevor H.; Tennyson, Alan (1998)."]);
        assert_eq!(p.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(), ["Markus B."]);
        // An organisation's possessive before the role is the affiliation.
        let p = people(
            "en",
            &["Scottish Water's chief executive, Alan Reid, resigned. Kaimon's president Kenji Arakawa spoke."],
        );
        assert_eq!(p[0].affiliation.as_deref(), Some("Scottish Water"));
        assert_eq!(p[1].affiliation.as_deref(), Some("Kaimon"));
    }

    #[test]
    fn roles_with_a_copula_and_umlauted_feminine_roles() {
        let p = people(
            "de",
            &["Sprecherin des Bündnisses ist Miriam Koç. Peter Vogel ist seit 2019 Bürgermeister. Landrätin Nicole Brandhorst kam."],
        );
        let got: Vec<(&str, &[String])> = p.iter().map(|p| (p.name.as_str(), p.roles.as_slice())).collect();
        assert_eq!(
            got,
            [
                ("Miriam Koç", &["Sprecherin".to_string()][..]),
                ("Peter Vogel", &["Bürgermeister".to_string()][..]),
                ("Nicole Brandhorst", &["Landrätin".to_string()][..])
            ]
        );
        let p = people("en", &["Mark Hale is the company's chief executive. Tom Fry is the first man to win it."]);
        assert_eq!(p[0].roles, ["chief executive"]);
        assert!(p[1].roles.is_empty());
    }

    #[test]
    fn appositions_with_ages_adjectives_and_places_named_after_people() {
        let p = people("en", &["Kevin Albright, a 58-year-old retired firefighter from Columbus, said so."]);
        assert_eq!(p[0].roles, ["retired firefighter"]);
        let p =
            people("en", &["The theft came to light when a new chief executive, Priya Chandran, ordered an audit."]);
        assert_eq!(p[0].roles, ["chief executive"]);
        let p = people("en", &["Flights were diverted to Charles de Gaulle airport."]);
        assert!(p.is_empty());
    }

    #[test]
    fn particles_follow_given_names() {
        let p = people("de", &["Das sagte Parteispenden-Experte Ulrich Müller von LobbyControl."]);
        assert_eq!(p[0].name, "Ulrich Müller");
        let p = people("de", &["Reichskanzler Otto von Bismarck kam."]);
        assert_eq!(p[0].name, "Otto von Bismarck");
    }

    #[test]
    fn family_names_that_are_role_words() {
        let p = people("de", &["Die Ärztin Sabine Richter und Thomas Kaiser widersprachen. Richter blieb dabei."]);
        let names: Vec<&str> = p.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Sabine Richter", "Thomas Kaiser"]);
        assert_eq!(p[0].roles, ["Ärztin"]);
        assert_eq!(p[0].mentions, 2);
        let p = people("en", &["Novelist Stephen King spoke first."]);
        assert_eq!(p[0].name, "Stephen King");
        assert_eq!(p[0].roles, ["Novelist"]);
        let p = people("de", &["Das sagte die Studentin Lea Hoffmeister. Die Ermittler Bargeld fanden nichts."]);
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].name, "Lea Hoffmeister");
        // A role after a given name used alone is not a family name when inflected.
        assert!(people("de", &["Dann sprach Anna Richterin."]).iter().all(|p| p.name != "Anna Richterin"));
    }

    #[test]
    fn family_name_first() {
        let p = people("de", &["Chinas Staatschef Xi Jinping empfing Wang Yi. Xi lächelte."]);
        assert_eq!(p[0].name, "Xi Jinping");
        assert_eq!(p[0].mentions, 2);
        assert_eq!(p[0].roles, ["Staatschef"]);
        assert_eq!(p[1].name, "Wang Yi");
    }

    #[test]
    fn not_people() {
        assert!(people("de", &["Am Montag sprach Peking mit Berlin über Washington."]).is_empty());
        assert!(people("de", &["Ein Generaldirektor des chinesischen Außenministeriums wartete."]).is_empty());
        assert!(people("en", &["Officials said the Transit Authority said no."]).is_empty());
        assert!(people("en", &["\"It was chaos,\" she said. Nobody told us anything."]).is_empty());
        // Contractions of pronouns are no names, even before a speech verb.
        assert!(people("en", &["He\u{2019}d wondered whether he could help. We're told it works."]).is_empty());
    }

    #[test]
    fn unknown_given_names_before_a_found_surname() {
        let got = people(
            "en",
            &[
                "Lotfi Azzouz, a lawyer, was in court. Meanwhile Bartleby sat still.",
                "\"It is bad,\" Azzouz said. \"No,\" Bartleby said. Most Bartleby fans left early; most stayed.",
            ],
        );
        let names: Vec<&str> = got.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Lotfi Azzouz", "Bartleby"]);
        assert_eq!(got[0].mentions, 2);
        // German: only after a role or title; an unknown noun before the name is a description.
        let got = people(
            "de",
            &["Landwirt Reto Caminada ist wütend. Dokumentar Geicke schweigt. „Nein“, sagt Caminada. \
               „Ja“, sagt Geicke."],
        );
        let names: Vec<&str> = got.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Reto Caminada", "Geicke"]);
        assert_eq!(got[0].roles, ["Landwirt"]);
    }

    #[test]
    fn appositions_with_a_role_and_prefixed_roles() {
        // An unknown given name opening a sentence, introduced by an apposition with a role.
        let got =
            people("en", &["Ondine Kiprotich, an analyst at a brokerage in Nairobi, said the losses were large."]);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].name, "Ondine Kiprotich");
        // Not a sentence adverb: "Meanwhile Smith, a …" names no "Meanwhile Smith".
        assert!(people("en", &["Meanwhile Kiprotich, an analyst, said no."])
            .iter()
            .all(|p| p.name != "Meanwhile Kiprotich"));
        // A single name with an age as an adjective.
        let got =
            people("en", &["Thimmakka, a 52-year-old farmer from Hangala, lost two cows. Ravi, a teacher, did not."]);
        let names: Vec<&str> = got.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Thimmakka"]);
        // A German role with a lowercase prefix.
        let got = people("de", &["„Der Markt hat sich gedreht“, sagt ife-Analystin Hedda Marquardsen."]);
        assert_eq!(got[0].name, "Hedda Marquardsen");
        assert_eq!(got[0].roles, ["ife-Analystin"]);
    }

    #[test]
    fn initials_before_the_given_name() {
        let got = people(
            "en",
            &["\"It is a matter of time,\" said C. Eugene Steuerle, a fellow at the institute. Steuerle left."],
        );
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].name, "C. Eugene Steuerle");
        assert_eq!(got[0].mentions, 2);
        // Only two of the mentions of "Arthur F. Burns" are whole; both count as his.
        let got = people("en", &["Arthur F. Burns spoke first. Later Arthur F. Burns left."]);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].name, "Arthur F. Burns");
        assert_eq!(got[0].spans.len(), 2);
    }

    #[test]
    fn bylines_honorifics_and_nouns() {
        let p = people("de", &["Von Martin Ebersbach", "Geschäftsführerin Dr. Anja Kellermann rechnet damit."]);
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].name, "Anja Kellermann");
        assert_eq!(p[0].roles, ["Geschäftsführerin", "Dr."]);
        // German nouns before a verb are not people.
        assert!(people("de", &["Weil es keine durchgehende Verbindungen gibt, sagte der Landkreis ab."]).is_empty());
        assert!(people("en", &["Microsoft said Internet Explorer 11 is gone."]).is_empty());
        let p = people("de", &["Bürgermeisterin Renate Vogt (SPD) befürchtet Wege."]);
        assert_eq!(p[0].affiliation.as_deref(), Some("SPD"));
    }

    #[test]
    fn titles_qualified_roles_and_appositions_before_the_name() {
        let p = people("en", &["Patrol spokesman Sgt. Luis Ortega said so. Wyoming Gov. Ellen Marsh agreed."]);
        assert_eq!(p[0].roles, ["spokesman", "Sgt."]);
        assert_eq!(p[1].roles, ["Gov."]);
        let p = people("en", &["Chief Financial Officer Mark Delaney said margins rose."]);
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].roles, ["Chief Financial Officer"]);
        let p = people("en", &["The agency's director general, Olufemi Adebayo, welcomed it."]);
        assert_eq!(p[0].name, "Olufemi Adebayo");
        assert_eq!(p[0].roles, ["director general"]);
        let p = people("de", &["„Gut“, sagte der Rektor der Universität Leipzig, Martin Ebersbach, am Montag."]);
        assert_eq!(p[0].roles, ["Rektor"]);
        assert_eq!(p[0].affiliation.as_deref(), Some("Universität Leipzig"));
        let p = people("de", &["Das sagte der Hohe Vertreter der EU für Außenpolitik, Jonas Ahlqvist, in Brüssel."]);
        assert_eq!(p[0].roles, ["Hohe Vertreter"]);
        // A list after a role noun without an article is no apposition.
        assert!(people("de", &["Laut Urteil zahlt er."]).is_empty());
    }

    #[test]
    fn hyphenated_roles_name_the_affiliation() {
        let p = people("de", &["Der Deutsche Wetterdienst (DWD) warnte. DWD-Meteorologin Katrin Seidel sagte das."]);
        assert_eq!(p[0].roles, ["DWD-Meteorologin"]);
        assert_eq!(p[0].affiliation.as_deref(), Some("Deutscher Wetterdienst"));
    }

    #[test]
    fn authors_from_the_byline_are_not_people() {
        let a = Article {
            lang: Some("en".into()),
            byline: Some("Sarah Whitfield".into()),
            blocks: vec![Block {
                kind: BlockKind::Paragraph,
                text: "Sarah Whitfield covers transportation for the Ledger.".into(),
            }],
            ..Article::default()
        };
        assert!(crate::facts::extract(&a).people.is_empty());
    }
}
