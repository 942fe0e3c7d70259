//! Organisations: named institutions, not generic nouns.
//!
//! Mechanisms, in order of trust:
//! 1. known names and acronyms from the lexicon ("NATO", "Deutsche Bahn", "Reuters");
//! 2. short capitalised names in quotation marks inside a sentence (vom „German Marshall Fund“);
//! 3. capitalised word runs with an organisation head word ("Metro Transit Authority",
//!    "University of Vienna", "Europäische Zentralbank", "Bundesamt für Statistik") or a legal
//!    form ("Acme Widgets Inc.", "Lede GmbH");
//! 4. acronyms defined in the text ("Metro Transit Authority (MTA)") and then used alone.
//!
//! A German compound alone ("Außenministerium", "die Behörde") is a generic noun and is not
//! taken; it becomes a name only with a capitalised adjective or a named complement.

use std::collections::{HashMap, HashSet};

use super::lexicon::{self, calendar, Lexicon};
use super::text::{is_all_caps, is_capitalised, normalise, without_possessive};
use super::token::Kind;
use super::{BlockDoc, BlockKind, Claim, Doc, Lang, Named};

/// Words inside an organisation name that may be lowercase.
fn is_connector(w: &str) -> bool {
    matches!(w, "of" | "for" | "and" | "&" | "the" | "on" | "für" | "und" | "der" | "des" | "de" | "zu")
}

/// Nouns that introduce a quoted title of a work, not an organisation.
const WORK_NOUNS: &[&str] = &[
    "film",
    "buch",
    "roman",
    "serie",
    "song",
    "album",
    "titel",
    "book",
    "novel",
    "series",
    "show",
    "sendung",
    "artikel",
    "article",
    "kampagne",
    "aktion",
    "projekt",
    "programm",
    "operation",
    "motto",
    "hashtag",
    "stück",
    "lied",
    "podcast",
    "spiel",
    "game",
    "app",
    "slogan",
    "studie",
    "report",
    "bericht",
    "gesetz",
    "act",
    "bill",
    "plan",
    "initiative",
];

/// Nouns before a quoted name that make it an organisation even when it is a slogan
/// („Unser Krankenhaus bleibt“): alliances, movements, initiatives, parties.
const ALLIANCE_NOUNS: &[&str] =
    &["bündnis", "allianz", "bewegung", "bürgerinitiative", "partei", "alliance", "coalition", "movement", "party"];

/// All-caps words that are not organisations.
const NOT_ORG_CAPS: &[&str] = &[
    "CEO", "CFO", "CTO", "TV", "AI", "KI", "PDF", "USB", "GPS", "OK", "PR", "IT", "PC", "SMS", "DNA", "HIV", "COVID",
    "CO2", "UKW", "LED", "LNG", "BIP", "GDP", "PS", "KW", "MW", "GW", "US", "USA", "UK", "II", "III", "IV", "VI",
    "VII", "VIII", "IX", "XI", "XII", "FAQ", "URL", "API", "HTML", "CSS", "JS", "ID", "VIP", "NGO", "NGOS", "EM", "WM",
    "DDR", "BRD", "NS", "SUV", "ICE", "IC", "ÖPNV", "AKW", "ABC", "LKW", "PKW", "MP", "MPS", "AM", "PM", "ET", "GMT",
    "MEZ", "UTC", "DIE", "DER", "DAS", "THE", "AND", "NEW",
];

/// The merge key of a name: normalised, with German adjective endings levelled so that
/// "Süddeutschen Zeitung" and "Süddeutsche Zeitung" are one organisation.
fn org_key(name: &str) -> String {
    let norm = normalise(name);
    let words: Vec<&str> = norm.split(' ').collect();
    let last = words.len().saturating_sub(1);
    words
        .iter()
        .enumerate()
        .map(|(k, w)| {
            if k < last && w.chars().count() > 4 {
                for e in ["en", "er", "es", "em"] {
                    if let Some(stem) = w.strip_suffix(e) {
                        return format!("{stem}e");
                    }
                }
            }
            (*w).to_string()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

struct Builder {
    entries: Vec<Named>,
    by_key: HashMap<String, usize>,
    /// Acronym → long name, from "Long Name (ACR)" anywhere in the article.
    alias: HashMap<String, String>,
    lang: Lang,
}

/// Endings of German organisation heads by gender (the rest are feminine): the standalone
/// name takes the strong adjective ending ("Deutscher Leichtathletik-Verband",
/// "Österreichische Bundesbahnen", "Europäisches Parlament").
const DE_PLURAL_HEADS: &[&str] = &["werke", "bahnen", "betriebe", "nationen", "staaten", "kliniken", "wähler"];
const DE_NEUTER_HEADS: &[&str] = &[
    "amt",
    "gymnasium",
    "bistum",
    "kapitel",
    "orchester",
    "institut",
    "ministerium",
    "gericht",
    "zentrum",
    "parlament",
    "komitee",
    "werk",
    "büro",
    "krankenhaus",
    "klinikum",
    "museum",
    "kollegium",
    "forum",
    "theater",
    "unternehmen",
    "bündnis",
    "haus",
];
const DE_MASC_HEADS: &[&str] = &[
    "verband",
    "verein",
    "rat",
    "bund",
    "dienst",
    "konzern",
    "kongress",
    "ausschuss",
    "senat",
    "verlag",
    "rundfunk",
    "sender",
    "club",
    "klub",
    "hof",
    "fonds",
    "betrieb",
    "tag",
];

/// German compound endings that make a single word an organisation after a definite article
/// ("die Landeskartellbehörde", "in der Stadtverordnetenversammlung").
const DE_COMPOUND_ORGS: &[&str] =
    &["behörde", "versammlung", "zentrale", "kartellamt", "ministerium", "gewerkschaft", "präsidium"];

/// Kinds of local and federal authorities that name one office after a definite article,
/// whatever their first part ("das Landratsamt", "des Gesundheitsamts"); unlike "Ehrenamt"
/// or "Lehramt" they are institutions.
const DE_AUTHORITIES: &[&str] = &[
    "landratsamt",
    "gesundheitsamt",
    "jugendamt",
    "finanzamt",
    "ordnungsamt",
    "sozialamt",
    "bauamt",
    "umweltamt",
    "standesamt",
    "einwohnermeldeamt",
    "katasteramt",
    "veterinäramt",
    "zollamt",
    "bezirksamt",
    "kreisamt",
    "wasserwirtschaftsamt",
    "straßenbauamt",
    "gewerbeaufsichtsamt",
];

/// Councils, chambers and courts that name one institution after a definite article or
/// "am"/"im" even without a place ("der Kreistag", "am Verfassungsgericht", "im
/// Abgeordnetenhaus"); a capitalised word after them is left to the named form
/// ("Landgericht Köln", "Stadtrat Peter Ruhl").
const DE_INSTITUTIONS: &[&str] = &[
    "domkapitel",
    "magistrat",
    "kreistag",
    "landtag",
    "stadtrat",
    "gemeinderat",
    "bezirkstag",
    "abgeordnetenhaus",
    "repräsentantenhaus",
    "unterhaus",
    "oberhaus",
    "nationalrat",
    "ständerat",
    "bundesrat",
    "bürgerschaft",
    "verfassungsgericht",
    "verfassungsgerichtshof",
    "landgericht",
    "amtsgericht",
    "oberlandesgericht",
    "verwaltungsgericht",
    "oberverwaltungsgericht",
    "sozialgericht",
    "arbeitsgericht",
    "finanzgericht",
    "staatsanwaltschaft",
    "generalstaatsanwaltschaft",
    "polizeidirektion",
    "landespolizeidirektion",
    "polizeiinspektion",
];

/// The standalone (nominative, strong) form of a German name with adjectives before its head:
/// "Österreichischen Bundesbahnen" → "Österreichische Bundesbahnen".
fn german_nominative(name: &str) -> String {
    let words: Vec<&str> = name.split(' ').collect();
    let lx = lexicon::get();
    // The head ends the adjectives: "Kassenärztlichen Vereinigung Nordrhein".
    let head_at = words
        .iter()
        .position(|w| is_head(lx, Lang::De, w))
        .map(|h| h + 1)
        .or_else(|| words.iter().position(|w| is_connector(w)));
    // Without a head the gender is unknown ("Lebenswertes Moorland"): keep the name.
    let Some(head_at) = head_at else {
        return name.to_string();
    };
    if head_at < 2 {
        return name.to_string();
    }
    let head = words[head_at - 1].to_lowercase();
    let ending = if DE_PLURAL_HEADS.iter().any(|h| head.ends_with(h)) {
        "e"
    } else if DE_NEUTER_HEADS.iter().any(|h| head.ends_with(h)) {
        "es"
    } else if DE_MASC_HEADS.iter().any(|h| head.ends_with(h)) {
        "er"
    } else {
        "e"
    };
    let stem = |w: &str| -> Option<String> {
        if !is_capitalised(w) || w.chars().count() <= 4 || w.contains('-') {
            return None;
        }
        // "-er" stays: invariant place adjectives ("Schweizer", "Berliner") or already strong.
        if w.ends_with("er") {
            return None;
        }
        ["en", "es", "em", "e"].iter().find_map(|e| w.strip_suffix(e).map(str::to_string))
    };
    let stems: Option<Vec<String>> = words[..head_at - 1].iter().map(|w| stem(w)).collect();
    let Some(stems) = stems else {
        return name.to_string();
    };
    let mut out: Vec<String> = stems.into_iter().map(|s| format!("{s}{ending}")).collect();
    out.extend(words[head_at - 1..].iter().map(|w| (*w).to_string()));
    out.join(" ")
}

/// The head of a German name out of the genitive: "Deutschen Wetterdienstes" → "Deutschen
/// Wetterdienst", "Polizeipräsidiums Schwaben Nord" → "Polizeipräsidium Schwaben Nord".
fn german_head_nominative(name: &str) -> String {
    let words: Vec<&str> = name.split(' ').collect();
    let lx = lexicon::get();
    let Some(h) = words.iter().position(|w| is_head(lx, Lang::De, w)) else {
        return name.to_string();
    };
    let head = words[h];
    let lower = head.to_lowercase();
    let base = german_singular_base(&lower);
    let base_is_head = lx.org_heads_lower.iter().any(|x| base.ends_with(x.as_str()));
    let plain_is_head = lx.org_heads_lower.iter().any(|x| lower.ends_with(x.as_str()));
    if base.len() == lower.len() || !base_is_head || plain_is_head {
        return name.to_string();
    }
    let keep = head.chars().count() - (lower.chars().count() - base.chars().count());
    let mut out: Vec<String> = words.iter().map(|w| (*w).to_string()).collect();
    out[h] = head.chars().take(keep).collect();
    out.join(" ")
}

impl Builder {
    fn add(&mut self, name: &str, span: super::Span) -> usize {
        let long = self.alias.get(name).cloned();
        let owned;
        let name = match long {
            Some(l) => {
                owned = l;
                owned.as_str()
            }
            None => name,
        };
        let nominative_name;
        let name = if self.lang == Lang::De && name.contains(' ') {
            nominative_name = german_nominative(&german_head_nominative(name));
            nominative_name.as_str()
        } else {
            name
        };
        let key = org_key(name);
        let idx = *self.by_key.entry(key).or_insert_with(|| {
            self.entries.push(Named { name: name.to_string(), ..Named::default() });
            self.entries.len() - 1
        });
        if let Some(e) = self.entries.get_mut(idx) {
            if !e.spans.contains(&span) {
                e.spans.push(span);
                e.mentions += 1;
            }
            // Prefer the nominative "Süddeutsche Zeitung" over an inflected first mention.
            let nominative = |n: &str| n.split(' ').next().is_some_and(|w| w.ends_with('e'));
            if nominative(name) && !nominative(&e.name) && name.split(' ').count() == e.name.split(' ').count() {
                e.name = name.to_string();
            }
        }
        idx
    }
}

fn claim(b: &mut BlockDoc<'_>, from: usize, to: usize) {
    for c in b.claims.iter_mut().take(to).skip(from) {
        *c = Claim::Org;
    }
}

fn free(b: &BlockDoc<'_>, from: usize, to: usize) -> bool {
    (from..to).all(|i| b.claims.get(i) == Some(&Claim::Free))
}

/// Finds organisations, claims their tokens and returns them in order of first mention.
pub(crate) fn extract(doc: &mut Doc<'_>) -> Vec<Named> {
    let lx = lexicon::get();
    let lang = doc.lang;
    let mut out = Builder { entries: Vec::new(), by_key: HashMap::new(), alias: HashMap::new(), lang };
    // Acronym → long name, learned from "Long Name (ACR)".
    let mut acronyms: HashMap<String, String> = HashMap::new();
    for b in &mut doc.blocks {
        defined(lx, lang, b, &mut out, &mut acronyms);
    }
    for b in &mut doc.blocks {
        match lang {
            Lang::De => compounds(b, &mut out),
            Lang::En => chambers(b, &mut out),
        }
    }
    let sporty = is_sporty(doc);
    let guards =
        SlotGuards { surnames: surnames(lx, doc), located: located_words(doc), speakers: speaking_words(lx, doc) };
    for b in &mut doc.blocks {
        let title_case = lang == Lang::En && b.kind == BlockKind::Heading;
        known(lx, b, &mut out);
        if lang == Lang::De {
            parties_and_prefixes(lx, b, &mut out);
        }
        quoted(lx, lang, b, &mut out);
        introduced(lx, lang, b, &mut out);
        sports_clubs(lx, b, &mut out, sporty);
        if !title_case {
            headed(lx, lang, b, &mut out, &mut acronyms);
            slotted(lx, lang, b, &mut out, &guards);
        }
    }
    // Acronyms used alone: defined ones, and unknown all-caps words used at least twice.
    let mut caps_count: HashMap<String, usize> = HashMap::new();
    // Acronyms seen after an article or preposition ("der ADAC", "the MTA", "beim BAMF").
    let mut determined: std::collections::HashSet<String> = std::collections::HashSet::new();
    for b in &doc.blocks {
        for (i, t) in b.tokens.iter().enumerate() {
            let w = t.text(b.text);
            if t.kind == Kind::Word && b.claims.get(i) == Some(&Claim::Free) && is_all_caps(w) {
                *caps_count.entry(w.to_string()).or_default() += 1;
                let before = i.checked_sub(1).map(|p| b.word(p).to_lowercase()).unwrap_or_default();
                if matches!(
                    before.as_str(),
                    "der"
                        | "die"
                        | "das"
                        | "dem"
                        | "den"
                        | "des"
                        | "the"
                        | "beim"
                        | "vom"
                        | "by"
                        | "of"
                        | "at"
                        | "from"
                        | "with"
                        | "für"
                        | "bei"
                        | "von"
                        | "zum"
                        | "zur"
                ) {
                    determined.insert(w.to_string());
                }
            }
        }
    }
    for b in &mut doc.blocks {
        for i in 0..b.tokens.len() {
            let w = b.word(i).to_string();
            if b.tokens[i].kind != Kind::Word || b.claims[i] != Claim::Free || !is_all_caps(&w) {
                continue;
            }
            // "according to LSEG data", "told AFP", "laut KNA": a cited source.
            let before = i.checked_sub(1).map_or("", |p| b.word(p));
            let cited = (before == "to" && i >= 2 && b.word(i - 2).eq_ignore_ascii_case("according"))
                || matches!(before, "told" | "laut" | "Laut" | "citing");
            let name = if let Some(long) = acronyms.get(&w) {
                long.clone()
            } else if (cited || caps_count.get(&w).copied().unwrap_or(0) >= 2 && determined.contains(&w))
                && w.chars().count() <= 6
                && !NOT_ORG_CAPS.contains(&w.as_str())
                && !lx.is_single_place(&w)
                && !lx.is_stop(&w)
            {
                w.clone()
            } else {
                continue;
            };
            out.add(&name, b.span(i, i + 1));
            claim(b, i, i + 1);
        }
    }
    mentions_of_single_names(lx, doc, &mut out);
    let mut entries = merge_initialisms(out.entries);
    for e in &mut entries {
        e.spans.sort_by_key(|s| (s.block, s.start));
    }
    entries.sort_by_key(|e| e.spans.first().map(|s| (s.block, s.start)));
    entries
}

/// An acronym listed on its own whose letters are the initials of another organisation's
/// capitalised words ("WHO" after "World Health Organization") is a mention of that one.
fn merge_initialisms(mut entries: Vec<Named>) -> Vec<Named> {
    let initials: Vec<String> = entries
        .iter()
        .map(|e| {
            let words: Vec<&str> = e.name.split(' ').filter(|w| is_capitalised(w)).collect();
            if words.len() < 2 {
                return String::new();
            }
            words.iter().filter_map(|w| w.chars().next()).collect()
        })
        .collect();
    let mut gone = vec![false; entries.len()];
    for a in 0..entries.len() {
        let name = entries[a].name.clone();
        if name.contains(' ') || !is_all_caps(&name) {
            continue;
        }
        if let Some(t) = (0..entries.len()).find(|&t| t != a && !gone[t] && initials[t] == name) {
            let spans = std::mem::take(&mut entries[a].spans);
            entries[t].mentions += spans.len();
            entries[t].spans.extend(spans);
            gone[a] = true;
        }
    }
    let mut k = 0;
    entries.retain(|_| {
        k += 1;
        !gone[k - 1]
    });
    entries
}

/// Later mentions of a one-word name found by a cue ("Chipmaker Brightwell" … "Brightwell
/// forecast", "Brightwell's shares"), also in headlines.
fn mentions_of_single_names(lx: &Lexicon, doc: &mut Doc<'_>, out: &mut Builder) {
    let singles: Vec<String> = out
        .entries
        .iter()
        .filter(|e| !e.name.contains(' ') && !is_all_caps(&e.name) && !lx.org_known.contains_key(&e.name))
        .map(|e| e.name.clone())
        .collect();
    if singles.is_empty() {
        return;
    }
    for b in &mut doc.blocks {
        for i in 0..b.tokens.len() {
            if b.claims[i] != Claim::Free || b.tokens[i].kind != Kind::Word {
                continue;
            }
            let w = b.word(i);
            let bare = without_possessive(w);
            if let Some(name) = singles.iter().find(|s| s.as_str() == bare) {
                let name = name.clone();
                out.add(&name, b.span(i, i + 1));
                claim(b, i, i + 1);
            }
        }
    }
}

/// Can the words `words` be abbreviated as `acr`? Each word gives its first letter and may
/// give more letters from inside it ("Bundesbahnen" → "BB", "Leichtathletik-Verband" → "LV");
/// connectors ("of", "für") may be skipped.
fn abbreviates(words: &[Vec<char>], connector: &[bool], acr: &[char]) -> bool {
    fn go(words: &[Vec<char>], connector: &[bool], acr: &[char], depth: usize) -> bool {
        if depth > 64 {
            return false;
        }
        let Some(w) = words.first() else {
            return acr.is_empty();
        };
        if connector[0] && go(&words[1..], &connector[1..], acr, depth + 1) {
            return true;
        }
        let Some((&a, rest_acr)) = acr.split_first() else {
            return false;
        };
        if w.first() != Some(&a) {
            return false;
        }
        // Letters of the rest of the word may cover more acronym letters, in order.
        let mut used = 0;
        let mut pos = 1;
        loop {
            if go(&words[1..], &connector[1..], &rest_acr[used..], depth + 1) {
                return true;
            }
            let Some(&next) = rest_acr.get(used) else {
                return false;
            };
            match w[pos..].iter().position(|&c| c == next) {
                Some(p) => {
                    pos += p + 1;
                    used += 1;
                }
                None => return false,
            }
        }
    }
    acr.len() <= 8 && words.len() <= 8 && go(words, connector, acr, 0)
}

/// An acronym: all capitals ("EFFIS", "ČSÚ"), or capitals with lowercase letters between
/// them ("BdSt", "VdK") when it starts and ends with a capital.
fn is_acronym(w: &str) -> bool {
    if is_all_caps(w) {
        return true;
    }
    let caps = w.chars().filter(|c| c.is_uppercase()).count();
    w.chars().all(char::is_alphabetic)
        && w.chars().next().is_some_and(char::is_uppercase)
        && w.chars().last().is_some_and(char::is_uppercase)
        && caps >= 2
}

/// "Long Name (ACR)": an organisation named in full with its acronym in brackets; the long
/// name (in the nominative) is used for every later mention of the acronym.
fn defined(lx: &Lexicon, lang: Lang, b: &mut BlockDoc<'_>, out: &mut Builder, acronyms: &mut HashMap<String, String>) {
    let n = b.tokens.len();
    for i in 1..n.saturating_sub(2) {
        let acr = b.word(i + 1);
        let len = acr.chars().count();
        if b.word(i) != "(" || b.word(i + 2) != ")" || !is_acronym(acr) || !(2..=6).contains(&len) {
            continue;
        }
        // The capitalised run right before the bracket; German names may hold lowercase
        // adjectives ("Partei der direkten Demokratie", "Hochschule für nachhaltige …").
        let mut lo = i;
        while lo > 0 && i - lo < 7 {
            let k = lo - 1;
            let w = b.word(k);
            let adjective = lang == Lang::De
                && w.chars().next().is_some_and(char::is_lowercase)
                && ["e", "en", "er", "es"].iter().any(|e| w.ends_with(e))
                && !lx.is_stop(w);
            let ok = b.tokens[k].kind == Kind::Word && (is_capitalised(w) || is_connector(w) || adjective);
            if !ok {
                break;
            }
            lo = k;
        }
        let acr_chars: Vec<char> = acr.to_lowercase().chars().collect();
        for s in lo..i {
            let w = b.word(s);
            if !is_capitalised(w) || lx.is_stop(w) || is_connector(w) {
                continue;
            }
            let words: Vec<Vec<char>> = (s..i).map(|k| b.word(k).to_lowercase().chars().collect()).collect();
            let conn: Vec<bool> = (s..i).map(|k| is_connector(b.word(k))).collect();
            if !abbreviates(&words, &conn, &acr_chars) {
                continue;
            }
            let list: Vec<&str> = (s..i).map(|k| b.word(k)).collect();
            let known = lx.org_known.get(list[0]).is_some_and(|c| c.iter().any(|(ws, _)| ws.len() == list.len()));
            let headed = list.iter().any(|w| is_head(lx, lang, w) || lx.org_suffixes.contains(*w));
            let place = lx.place_names.contains_key(&list.join(" ").to_lowercase());
            // Three or more words spelled out initial by initial ("UK Research and Innovation
            // (UKRI)", "European Forest Fire Information System (EFFIS)") name a body even
            // without a head word.
            let content: Vec<&&str> = list.iter().filter(|w| !is_connector(w)).collect();
            let initials: String = content
                .iter()
                .map(|w| if is_all_caps(w) { (**w).to_string() } else { w.chars().take(1).collect() })
                .collect();
            let spelled = content.len() >= 3
                && initials == acr
                && content.iter().all(|w| is_capitalised(w))
                && !lx.first_names.contains(list[0]);
            if (known || headed || spelled) && !place && free(b, s, i + 2) {
                let raw = b.slice(s, i).to_string();
                let name = if lang == Lang::De { german_nominative(&raw) } else { raw };
                out.alias.insert(acr.to_string(), name.clone());
                acronyms.insert(acr.to_string(), name.clone());
                out.add(&name, b.span(s, i));
                out.add(&name, b.span(i + 1, i + 2));
                claim(b, s, i);
                claim(b, i + 1, i + 2);
            }
            break;
        }
    }
}

/// German compounds that name one institution after a definite article ("die
/// Landeskartellbehörde", "des Kultusministeriums", "das Landratsamt"); "die Behörde" is
/// generic. A compound followed by an acronym describes it: "die Bildungsgewerkschaft GEW" is
/// "GEW".
fn compounds(b: &mut BlockDoc<'_>, out: &mut Builder) {
    for i in 1..b.tokens.len() {
        let w = b.word(i);
        if b.tokens[i].kind != Kind::Word || b.claims[i] != Claim::Free || !is_capitalised(w) || w.contains('-') {
            continue;
        }
        let before = b.word(i - 1).to_lowercase();
        if !matches!(
            before.as_str(),
            "der" | "die" | "das" | "den" | "dem" | "des" | "vom" | "beim" | "zur" | "zum" | "am" | "im" | "ins"
        ) {
            continue;
        }
        let lower = w.to_lowercase();
        let base = german_singular_base(&lower);
        let compound =
            DE_COMPOUND_ORGS.iter().any(|h| base.ends_with(h) && base.chars().count() >= h.chars().count() + 5);
        let institution = DE_INSTITUTIONS.contains(&base)
            && !b.tokens.get(i + 1).is_some_and(|t| t.kind == Kind::Word && is_capitalised(b.word(i + 1)));
        if !compound && !institution && !DE_AUTHORITIES.iter().any(|a| base.ends_with(a)) {
            continue;
        }
        let next = b.word(i + 1);
        // "des Polizeipräsidiums Schwaben Nord": the named form is taken by `headed`.
        if lexicon::get().is_single_place(next) {
            continue;
        }
        // "die Aufsichtsbehörde Bafin": the name after it is taken by `introduced`.
        if !is_all_caps(next) && names_after_intro_compound(lexicon::get(), b, i) {
            continue;
        }
        if b.tokens.get(i + 1).is_some_and(|t| t.kind == Kind::Word)
            && is_all_caps(next)
            && !NOT_ORG_CAPS.contains(&next)
            && b.claims.get(i + 1) == Some(&Claim::Free)
        {
            let acr = next.to_string();
            out.add(&acr, b.span(i + 1, i + 2));
            claim(b, i + 1, i + 2);
            continue;
        }
        let keep = w.chars().count() - (lower.chars().count() - base.chars().count());
        let name: String = w.chars().take(keep).collect();
        out.add(&name, b.span(i, i + 1));
        claim(b, i, i + 1);
    }
}

/// Legislatures named by one capitalised word after "the" ("when the Legislature meets",
/// "The Senate voted"); a longer name ("the Senate Finance Committee") is left to `headed`.
fn chambers(b: &mut BlockDoc<'_>, out: &mut Builder) {
    for i in 1..b.tokens.len() {
        let w = b.word(i);
        if b.tokens[i].kind != Kind::Word
            || b.claims[i] != Claim::Free
            || !EN_CHAMBERS.contains(&w)
            || !b.word(i - 1).eq_ignore_ascii_case("the")
            || b.tokens.get(i + 1).is_some_and(|t| t.kind == Kind::Word && is_capitalised(b.word(i + 1)))
        {
            continue;
        }
        out.add(w, b.span(i, i + 1));
        claim(b, i, i + 1);
    }
}

/// English legislatures that a text names by their kind alone.
const EN_CHAMBERS: &[&str] = &[
    "Legislature",
    "Senate",
    "Congress",
    "Parliament",
    "Assembly",
    "Knesset",
    "Duma",
    "Senedd",
    "Storting",
    "Riksdag",
];

/// A German noun without its genitive ending when the rest is a known compound ending:
/// "kultusministeriums" → "kultusministerium", "gesundheitsamts" → "gesundheitsamt".
fn german_singular_base(lower: &str) -> &str {
    for e in ["es", "s"] {
        if let Some(stem) = lower.strip_suffix(e) {
            let known = DE_COMPOUND_ORGS.iter().chain(DE_AUTHORITIES).chain(DE_INSTITUTIONS).any(|h| stem.ends_with(h))
                || DE_NEUTER_HEADS.iter().chain(DE_MASC_HEADS).any(|h| stem.ends_with(h));
            if known {
                return stem;
            }
        }
    }
    lower
}

/// Known organisations from the lexicon (longest match first).
fn known(lx: &Lexicon, b: &mut BlockDoc<'_>, out: &mut Builder) {
    let mut i = 0;
    while i < b.tokens.len() {
        let w = b.word(i);
        let mut matched = 0;
        // "Labour's": a one-word name with a possessive is looked up without it.
        let bare = without_possessive(w);
        if let Some(cands) = lx.org_known.get(w).or_else(|| lx.org_known.get(bare)) {
            for (words, name) in cands {
                let n = words.len();
                // "Labour's transport spokesperson": the last word may carry a possessive.
                let same = |k: usize| {
                    let w = b.word(i + k);
                    w == words[k] || k + 1 == n && without_possessive(w) == words[k].as_str()
                };
                let ok = (0..n).all(|k| b.tokens.get(i + k).is_some_and(|t| t.kind == Kind::Word) && same(k));
                // "Airbus A321neo", "Boeing 737-800": a maker named only in a model name.
                let model = b.word(i + n).chars().any(|c| c.is_ascii_digit())
                    && b.word(i + n).chars().any(char::is_alphabetic)
                    && !b.word(i + n).contains('%');
                if ok && model {
                    break;
                }
                // A multi-word name may not run on into more capitalised words.
                if ok && free(b, i, i + n) {
                    matched = n;
                    out.add(name, b.span(i, i + n));
                    claim(b, i, i + n);
                    break;
                }
            }
        }
        i += matched.max(1);
    }
}

/// Role nouns after a hyphen that make the part before it an organisation ("CDU-Fraktion").
const DE_PREFIX_NOUNS: &[&str] =
    &["Fraktion", "Spitze", "Mitglied", "Mitglieder", "Basis", "Landesverband", "Kreisverband"];

/// Nouns after a hyphen that only a company has („Heliomed-Aktie", „Kaimon-Konzern").
const DE_COMPANY_NOUNS: &[&str] = &[
    "Aktie",
    "Aktien",
    "Konzern",
    "Konzerns",
    "Tochter",
    "Zentrale",
    "Vorstand",
    "Vorstands",
    "Vorstandschef",
    "Vorstandschefin",
    "Aufsichtsrat",
    "Belegschaft",
    "Werk",
    "Werks",
    "Filiale",
    "Filialen",
    "Management",
    "Gruppe",
    "Übernahme",
    "Hauptversammlung",
    "Aktionäre",
];

/// Generic first parts of hyphenated German compounds („Auto-Konzern", „Pharma-Aktien").
const DE_GENERIC_PREFIXES: &[&str] = &[
    "auto",
    "energie",
    "pharma",
    "chemie",
    "stahl",
    "medien",
    "bahn",
    "handels",
    "rüstungs",
    "tech",
    "technologie",
    "bank",
    "banken",
    "versicherungs",
    "immobilien",
    "mode",
    "lebensmittel",
    "software",
    "internet",
    "online",
    "solar",
    "wind",
    "öl",
    "gas",
    "strom",
    "rohstoff",
    "bau",
    "agrar",
    "dax",
    "mdax",
    "sdax",
    "tecdax",
    "blue",
];

/// German parties named with an article ("die Linke", "der Linken" → "Die Linke") and known
/// organisations written as the first part of a role compound ("CDU-Abgeordnete",
/// "Verdi-Sekretärin" → "CDU", "Verdi"). The compound itself stays free for the people pass.
fn parties_and_prefixes(lx: &Lexicon, b: &mut BlockDoc<'_>, out: &mut Builder) {
    for i in 0..b.tokens.len() {
        if b.tokens[i].kind != Kind::Word || b.claims[i] != Claim::Free {
            continue;
        }
        let w = b.word(i);
        if matches!(w, "Linke" | "Linken") {
            let before = i.checked_sub(1).map(|p| b.word(p).to_lowercase()).unwrap_or_default();
            let next_cap = b.tokens.get(i + 1).is_some_and(|t| t.kind == Kind::Word) && is_capitalised(b.word(i + 1));
            if matches!(before.as_str(), "die" | "der" | "den" | "von" | "für") && !next_cap {
                out.add("Die Linke", b.span(i, i + 1));
                claim(b, i, i + 1);
            }
            continue;
        }
        let Some((prefix, rest)) = w.split_once('-') else {
            continue;
        };
        let single = lx.org_known.get(prefix).and_then(|c| c.iter().find(|(ws, _)| ws.len() == 1));
        let role_like = lx.role(rest, Lang::De).is_some() || DE_PREFIX_NOUNS.contains(&rest);
        let company_noun = DE_COMPANY_NOUNS.contains(&rest);
        // Unknown prefixes: an acronym before a role („DGAC-Sprecher"), or a name before what
        // only a company has („Heliomed-Aktie", „Kaimon-Konzern").
        let place = lx.is_single_place_or_genitive(prefix) || lx.is_single_place(prefix.trim_end_matches('s'));
        let acronym =
            is_all_caps(prefix) && (2..=6).contains(&prefix.chars().count()) && !NOT_ORG_CAPS.contains(&prefix);
        let name_like = is_capitalised(prefix)
            && prefix.chars().count() >= 3
            && !lx.first_names.contains(prefix)
            && lx.role(prefix, Lang::De).is_none()
            && !DE_NOUN_ENDINGS.iter().any(|e| prefix.to_lowercase().ends_with(e))
            && !DE_GENERIC_PREFIXES.contains(&prefix.to_lowercase().as_str());
        let name = match single {
            Some((_, name)) if role_like || company_noun => name.clone(),
            None if !place
                && !rest.contains('-')
                && ((acronym && (role_like || company_noun)) || (name_like && company_noun)) =>
            {
                prefix.to_string()
            }
            _ => continue,
        };
        let mut span = b.span(i, i + 1);
        span.end = span.start + prefix.len();
        out.add(&name, span);
    }
}

/// English words naming a field of work after "professor of", "head of", "minister for":
/// a portfolio, not an organisation ("Secretary of State", "head of Communications").
const EN_FIELDS: &[&str] = &[
    "state",
    "health",
    "education",
    "defence",
    "defense",
    "justice",
    "finance",
    "affairs",
    "transport",
    "environment",
    "agriculture",
    "housing",
    "interior",
    "labor",
    "commerce",
    "treasury",
    "economy",
    "trade",
    "culture",
    "sport",
    "sports",
    "science",
    "sciences",
    "technology",
    "medicine",
    "history",
    "law",
    "music",
    "physics",
    "chemistry",
    "biology",
    "economics",
    "mathematics",
    "engineering",
    "philosophy",
    "surgery",
    "nursing",
    "communications",
    "operations",
    "marketing",
    "research",
    "policy",
    "studies",
    "strategy",
    "security",
    "sales",
    "development",
    "infrastructure",
    "planning",
    "welfare",
    "employment",
    "industry",
    "equality",
    "immigration",
    "tourism",
    "arts",
    "digital",
    "innovation",
    "climate",
    "water",
    "energy",
    "europe",
    "parliament",
    "government",
    "staff",
    "news",
    "content",
    "investment",
    "investments",
    "design",
    "data",
    "english",
    "german",
    "french",
    "geography",
    "geology",
    "psychology",
    "sociology",
    "politics",
    "pharmacy",
    "dentistry",
    "veterinary",
    "police",
    "people",
    "programmes",
    "programs",
    "services",
    "admissions",
    "it",
    "hr",
];

/// What the whole article says about capitalised words, to keep people and places out of
/// slotted names.
struct SlotGuards {
    /// See [`surnames`].
    surnames: HashSet<String>,
    /// See [`located_words`].
    located: HashSet<String>,
    /// See [`speaking_words`].
    speakers: HashSet<String>,
}

/// Capitalised words used like a person: after a title ("Mr Bartleby", "Frau Koç") or next
/// to a speech verb ("Bartleby said", "sagte Yıldırım"). A one-word slotted name among them
/// is a person.
fn speaking_words(lx: &Lexicon, doc: &Doc<'_>) -> HashSet<String> {
    let mut out = HashSet::new();
    for b in &doc.blocks {
        for i in 0..b.tokens.len() {
            let w = b.word(i);
            if b.tokens[i].kind != Kind::Word || !is_capitalised(w) || is_all_caps(w) {
                continue;
            }
            let before = i.checked_sub(1).map_or("", |p| b.word(p));
            let before = if before == "." { i.checked_sub(2).map_or("", |p| b.word(p)) } else { before };
            let titled = super::people::TITLE_ABBREVIATIONS.contains(&before) || matches!(before, "Herr" | "Frau");
            let speech = lx.is_speech(before, doc.lang) || lx.is_speech(b.word(i + 1), doc.lang);
            if titled || speech {
                out.insert(w.to_string());
            }
        }
    }
    out
}

/// Surnames in the article: capitalised words right after a given name ("Bernstein" in
/// "Anna Bernstein"). A slotted name holding one is a person, not an organisation.
fn surnames(lx: &Lexicon, doc: &Doc<'_>) -> HashSet<String> {
    let mut out = HashSet::new();
    for b in &doc.blocks {
        for i in 1..b.tokens.len() {
            let w = b.word(i);
            if b.tokens[i].kind == Kind::Word && is_capitalised(w) && lx.first_names.contains(b.word(i - 1)) {
                let bare = without_possessive(w);
                out.insert(bare.trim_end_matches('s').to_string());
                out.insert(bare.to_string());
            }
        }
    }
    out
}

/// Capitalised words used as a place in the article: one word after "in", "from", "near",
/// „in", „aus", „nach" ("in Eastbrook"). A town missing from the gazetteer is still no
/// organisation in "the mayor of Eastbrook".
fn located_words(doc: &Doc<'_>) -> HashSet<String> {
    let mut out = HashSet::new();
    for b in &doc.blocks {
        for i in 1..b.tokens.len() {
            let w = b.word(i);
            if !matches!(b.word(i - 1), "in" | "from" | "near" | "aus" | "nach") || !is_capitalised(w) {
                continue;
            }
            let next_capitalised =
                is_capitalised(b.word(i + 1)) && b.tokens.get(i + 1).is_some_and(|t| t.kind == Kind::Word);
            // "shares in Harrowby", "published in Nature": not a place.
            let slot = i >= 2
                && matches!(
                    b.word(i - 2).to_lowercase().as_str(),
                    "shares" | "stake" | "published" | "writing" | "appeared"
                );
            if !slot && !next_capitalised {
                out.insert(w.to_string());
            }
        }
    }
    out
}

/// Offices of a town or territory: their "of"/„von" names a place more often than a body
/// ("mayor of Eastbrook", „Bürgermeister von Nagold"), and so does a possessive before them
/// ("Grindavik's mayor").
const TOWN_OFFICES: &[&str] = &[
    "mayor",
    "governor",
    "bishop",
    "archbishop",
    "premier",
    "sheriff",
    "councillor",
    "councilor",
    "mp",
    "lord",
    "duke",
    "king",
    "queen",
    "prince",
    "princess",
    "minister",
    "senator",
    "coroner",
    "bürgermeister",
    "oberbürgermeister",
    "bürgermeisterin",
    "oberbürgermeisterin",
    "landrat",
    "landrätin",
    "bischof",
    "bischöfin",
    "ministerpräsident",
    "ministerpräsidentin",
    "könig",
    "königin",
];

/// Does token `i` open the slot of an employer or a source? Returns the first token of the
/// name: after a role and a preposition ("an analyst at Bernstein", "chief executive of
/// Elbklang Events", "Sprecherin von Haus & Grund", "Analystin bei der Bernstein Bank"), after
/// "published in" ("published in Nature") or after what only companies have or undergo
/// ("shares in Harrowby", "acquired by Kaimon", „die Übernahme durch Kaimon"). "according to" and "told" take people as often as
/// organisations and are left out.
fn slot_start(lx: &Lexicon, lang: Lang, b: &BlockDoc<'_>, i: usize) -> Option<usize> {
    let w = b.word(i);
    if !matches!(w, "of" | "at" | "for" | "in" | "by" | "with" | "von" | "bei" | "durch") {
        return None;
    }
    let before = i.checked_sub(1).map_or("", |p| b.word(p));
    let role_before = i > 0 && b.tokens[i - 1].kind == Kind::Word && lx.role(before, lang).is_some();
    let lower_before = before.to_lowercase();
    let slot = match lang {
        Lang::En => {
            (matches!(w, "of" | "at" | "for") && role_before)
                || (w == "in" && matches!(lower_before.as_str(), "published" | "writing" | "appeared" | "shares" | "stake"))
                // What only companies have or undergo: "shares of Harrowby", "a subsidiary of
                // Kaimon", "acquired by Kaimon", "its merger with Pembridge".
                || (w == "of"
                    && matches!(
                        lower_before.as_str(),
                        "shares" | "subsidiary" | "unit" | "division" | "takeover" | "acquisition" | "shareholders"
                    ))
                || (w == "by"
                    && matches!(
                        lower_before.as_str(),
                        "acquired" | "owned" | "bought" | "takeover" | "purchased" | "acquisition"
                    ))
                || (w == "with" && lower_before == "merger")
        }
        Lang::De => {
            (matches!(w, "von" | "bei") && role_before)
                // „die Übernahme durch Kaimon", „eine Tochter von Heliomed", „Aktien von Kessler".
                || (matches!(w, "von" | "durch")
                    && matches!(before, "Übernahme" | "Tochter" | "Tochterfirma" | "Tochtergesellschaft" | "Aktie" | "Aktien"))
        }
    };
    if !slot {
        return None;
    }
    let article = match lang {
        Lang::En => b.word(i + 1) == "the",
        Lang::De => matches!(b.word(i + 1), "der" | "dem"),
    };
    Some(i + 1 + usize::from(article))
}

/// "Scottish Water's chief executive", "Kaimon's president": an English possessive before a
/// role names the employer. Returns the first token of the capitalised run that ends with
/// the possessive at `i`.
fn possessor_start(lx: &Lexicon, lang: Lang, b: &BlockDoc<'_>, i: usize) -> Option<usize> {
    let w = b.word(i);
    if lang != Lang::En || w == without_possessive(w) || !is_capitalised(w) {
        return None;
    }
    let next = b.word(i + 1);
    let modified = super::people::ROLE_MODIFIERS.iter().any(|m| m.eq_ignore_ascii_case(next));
    let role_word = if modified { b.word(i + 2) } else { next };
    // "Grindavik's mayor": a town's offices.
    let local = TOWN_OFFICES.contains(&role_word.to_lowercase().as_str());
    // "Bin Laden's agents": a plural role is a group of people, not one office.
    let singular = lx.role(role_word, lang).is_some_and(|r| r.eq_ignore_ascii_case(role_word));
    if !singular || local {
        return None;
    }
    let mut from = i;
    while from > 0
        && from + 5 > i
        && b.tokens[from - 1].kind == Kind::Word
        && is_capitalised(b.word(from - 1))
        && !lx.is_stop(b.word(from - 1))
    {
        from -= 1;
    }
    // The run must end at the possessive: a longer run is checked from its start.
    Some(from)
}

/// The capitalised run at `from` that may be an organisation's name in a slot: up to five
/// capitalised words with "of", "and" or "&" inside; its first token and end (exclusive), or
/// `None`.
fn slot_name_end(
    lx: &Lexicon,
    lang: Lang,
    b: &BlockDoc<'_>,
    from: usize,
    known: &SlotGuards,
) -> Option<(usize, usize)> {
    let n = b.tokens.len();
    let word_ok = |k: usize| {
        b.tokens.get(k).is_some_and(|t| t.kind == Kind::Word)
            && b.claims.get(k) == Some(&Claim::Free)
            && is_capitalised(b.word(k))
            && !lx.is_stop(b.word(k))
    };
    // "director of Cairns-based Reefline Cruises": the place compound is a cue, not the name.
    let from = if b.word(from).ends_with("-based") { from + 1 } else { from };
    if !word_ok(from) {
        return None;
    }
    let mut to = from + 1;
    while to < n && to < from + 5 {
        let w = b.word(to);
        if word_ok(to) {
            to += 1;
        } else if matches!(w, "of" | "and" | "&" | "für" | "und")
            && word_ok(to + 1)
            && b.word(to - 1).ends_with(char::is_alphabetic)
        {
            to += 2;
        } else {
            break;
        }
        // A possessive ends the name: "Scottish Water's".
        if without_possessive(b.word(to - 1)) != b.word(to - 1) {
            break;
        }
    }
    let words: Vec<&str> = (from..to).map(|k| b.word(k)).collect();
    let bare = |w: &str| without_possessive(w).to_string();
    let first = bare(words[0]);
    let last = bare(words[words.len() - 1]);
    let lower_last = last.to_lowercase();
    let person = lx.first_names.contains(first.as_str())
        || words.iter().any(|w| known.surnames.contains(&bare(w)))
        || (words.len() == 1 && known.speakers.contains(&first))
        || words.iter().any(|w| lx.role(&bare(w), lang).is_some());
    let territorial = from
        .checked_sub(2)
        .filter(|&r| matches!(b.word(r + 1), "of" | "von") || matches!(b.word(r), "of" | "von"))
        .is_some_and(|r| (r.saturating_sub(1)..=r).any(|k| TOWN_OFFICES.contains(&b.word(k).to_lowercase().as_str())));
    let place = lx.place_len(&words).is_some_and(|l| l == words.len())
        || (words.len() == 1
            && (lx.is_single_place_or_genitive(&first)
                || known.located.contains(&first)
                || (territorial && !is_all_caps(&first))));
    // "Scottish Water's chief executive": the role after a possessive is no field or modified
    // noun.
    let possessive = words.last().is_some_and(|w| *w != last);
    let field = lang == Lang::En
        && !possessive
        && (EN_FIELDS.contains(&lower_last.as_str()) || EN_FIELDS.contains(&first.to_lowercase().as_str()));
    // "representatives of the United Kingdom and Māori chiefs": a place joined to more words.
    let place_first = lx.place_len(&words).is_some_and(|l| matches!(words.get(l).copied(), Some("and" | "&" | "und")));
    // A head word alone ("at the Committee for a …") is generic; acronyms like "TV" are no names.
    let generic = words.len() == 1 && (is_head(lx, lang, &first) || NOT_ORG_CAPS.contains(&first.as_str()));
    // German nouns are capitalised: a lone common noun ("von Schulen", "bei Gericht") is no
    // name. Plural and abstract endings and head words alone are turned away.
    let common = lang == Lang::De
        && (words.iter().any(|w| DE_NOUN_ENDINGS.iter().any(|e| w.to_lowercase().ends_with(e)))
            || ["en", "er"].iter().any(|e| lower_last.ends_with(e))
            || (words.len() == 1 && is_head(lx, lang, &last)));
    let facility = is_facility_name(lx, &words);
    // "the police chief for the Sudurnes district": a name before a word for an area is a
    // place.
    // "a member of the Manu Taupunga group", "the author of the Heise story": after an article,
    // a name before a common noun modifies it (a verb may follow: "… at the Bernstein said");
    // so does any name before a word for a kind of body ("students of Tomobiki high school").
    let next = b.word(to);
    let capitalised_next = {
        let mut c = next.chars();
        c.next().map(|f| f.to_uppercase().chain(c).collect::<String>()).unwrap_or_default()
    };
    let kind_noun = lx.org_intro.contains(next) || lx.org_heads.contains(&capitalised_next) || next == "high";
    let modifier = lang == Lang::En
        && !possessive
        && (kind_noun || from > 0 && matches!(b.word(from - 1), "the" | "a" | "an"))
        && b.tokens.get(to).is_some_and(|t| t.kind == Kind::Word)
        && next.chars().next().is_some_and(char::is_lowercase)
        && !lx.is_stop(next)
        && !lx.is_speech(next, lang)
        && !next.ends_with("ed");
    (!modifier
        && !place_first
        && !generic
        && !person
        && !place
        && !field
        && !common
        && !facility
        && !is_time_word(&first)
        && !is_time_word(&last))
    .then_some((from, to))
}

/// Names in the slot of an employer or a source (see [`slot_start`]): the place in the
/// sentence says they are an organisation even without a head word.
fn slotted(lx: &Lexicon, lang: Lang, b: &mut BlockDoc<'_>, out: &mut Builder, known: &SlotGuards) {
    let mut i = 0;
    while i < b.tokens.len() {
        let Some(from) = slot_start(lx, lang, b, i).or_else(|| possessor_start(lx, lang, b, i)) else {
            i += 1;
            continue;
        };
        let Some((from, to)) = slot_name_end(lx, lang, b, from, known) else {
            i += 1;
            continue;
        };
        let mut span = b.span(from, to);
        let raw = b.slice(from, to);
        let name = without_possessive(raw).to_string();
        span.end = span.start + name.len();
        out.add(&name, span);
        claim(b, from, to);
        i = to;
    }
}

/// A word of time that follows nouns without being a name („die Initiative Anfang Mai",
/// "Monday", „Jahr").
fn is_time_word(w: &str) -> bool {
    let l = w.to_lowercase();
    matches!(l.as_str(), "anfang" | "ende" | "mitte" | "jahr" | "woche" | "monat" | "tag")
        || calendar::MONTHS.iter().any(|(m, _)| *m == l)
        || calendar::WEEKDAYS.iter().any(|(d, _)| *d == l)
}

/// Is token `i` a German compound of an introducing noun followed by a name ("der
/// Vergleichsdienst Moneyland", "die Aufsichtsbehörde Bafin")? The next word is capitalised,
/// no common noun by its ending, place, head word or word of time („die Behörde Anfang März").
fn names_after_intro_compound(lx: &Lexicon, b: &BlockDoc<'_>, i: usize) -> bool {
    let lower = b.word(i).to_lowercase();
    let next = b.word(i + 1);
    let time = is_time_word(next);
    DE_INTRO_ENDINGS.iter().any(|e| lower.len() > e.len() + 3 && lower.ends_with(e))
        && b.tokens.get(i + 1).is_some_and(|t| t.kind == Kind::Word)
        && is_capitalised(next)
        && !time
        && !DE_NOUN_ENDINGS.iter().any(|e| next.ends_with(e))
        && !lx.is_single_place(next)
        && !is_head(lx, Lang::De, next)
}

/// Club names ("SV Kirchheim 1921") and names after a noun that says what they are
/// ("the research firm Keystone Digital", "der Konzern Siemens").
fn introduced(lx: &Lexicon, lang: Lang, b: &mut BlockDoc<'_>, out: &mut Builder) {
    let n = b.tokens.len();
    let mut i = 0;
    while i < n {
        let w = b.word(i);
        let club = lx.org_clubs.contains(w);
        // English intro nouns are lowercase, or open the sentence ("Chipmaker Brightwell").
        let opens = i == 0 || b.at_sentence_start(i) || matches!(b.word(i - 1), "—" | "–" | "-" | ":");
        let lower = w.to_lowercase();
        // German compounds of an introducing noun: "der Vergleichsdienst Moneyland", "die
        // Baumarktkette Obi".
        let compound = lang == Lang::De && names_after_intro_compound(lx, b, i);
        let intro =
            !club && (lx.org_intro.contains(&lower) || compound) && (lang == Lang::De || !is_capitalised(w) || opens);
        if !(club || intro) || b.claims[i] != Claim::Free {
            i += 1;
            continue;
        }
        let from = if club { i } else { i + 1 };
        let mut j = i + 1;
        let name_word = |k: usize| {
            let w = b.word(k);
            b.tokens.get(k).is_some_and(|t| t.kind == Kind::Word)
                && b.claims.get(k) == Some(&Claim::Free)
                && is_capitalised(w)
                && !lx.is_stop(w)
                // "FC Viktoria Emden": a club may bear a given name.
                && (club || !lx.first_names.contains(w))
                && !is_time_word(w)
                && lx.role(w, lang).is_none()
        };
        while j < n && j < from + 4 && name_word(j) {
            j += 1;
        }
        // A founding year closes a club name: "SV Kirchheim 1921".
        if club && j > from + 1 && b.tokens.get(j).is_some_and(|t| t.kind == Kind::Number) && b.word(j).len() == 4 {
            j += 1;
        }
        // "auf Initiative Frankreichs": a single place after the noun is no name.
        let place = j == from + 1 && lx.is_single_place_or_genitive(b.word(from));
        let long_enough = if club { j > from + 1 } else { j > from && !place };
        if long_enough && !is_facility(lx, b.word(j - 1)) {
            let name = b.slice(from, j).to_string();
            out.add(&name, b.span(from, j));
            claim(b, from, j);
            i = j;
        } else {
            i += 1;
        }
    }
}

/// Last words of English club names that are never place names ("Harcastle United",
/// "Brampton Rovers", "Queens Park Rangers").
const CLUB_SUFFIXES: &[&str] = &["United", "Rovers", "Athletic", "Wanderers", "Albion", "Hotspur", "Rangers", "Argyle"];

/// Last words of club names that also end place names ("Ashby Town", "Stoke City", "Derby
/// County"): taken only in an article about sport.
const CLUB_SUFFIXES_PLACE: &[&str] = &["City", "Town", "County"];

/// Words that mark an article as sports reporting.
const SPORTS_WORDS: &[&str] = &[
    "league",
    "striker",
    "midfielder",
    "goalkeeper",
    "footballer",
    "defender",
    "Bundesliga",
    "Liga",
    "Stürmer",
    "Mittelfeldspieler",
    "Torwart",
    "kick-off",
    "playoff",
    "play-off",
    "Tabellenführer",
    "Abstieg",
];

/// Does the article report on sport (two mentions of leagues or players' positions)?
fn is_sporty(doc: &Doc<'_>) -> bool {
    let hits = doc
        .blocks
        .iter()
        .flat_map(|b| b.tokens.iter().map(move |t| (t, b.text)))
        .filter(|(t, text)| t.kind == Kind::Word && SPORTS_WORDS.iter().any(|w| t.text(text).eq_ignore_ascii_case(w)))
        .take(2)
        .count();
    hits >= 2
}

/// Club names by their last word: one or two capitalised words before "United", "Rovers", …
/// (and before "City", "Town", "County" in a sports article, unless the whole is a known place
/// such as "Mexico City").
fn sports_clubs(lx: &Lexicon, b: &mut BlockDoc<'_>, out: &mut Builder, sporty: bool) {
    for i in 1..b.tokens.len() {
        let w = b.word(i);
        let strong = CLUB_SUFFIXES.contains(&w);
        if !(strong || sporty && CLUB_SUFFIXES_PLACE.contains(&w)) || b.claims[i] != Claim::Free {
            continue;
        }
        // "Dundee City Council": the suffix is inside a longer name.
        if b.tokens.get(i + 1).is_some_and(|t| t.kind == Kind::Word) && is_capitalised(b.word(i + 1)) {
            continue;
        }
        let name_word = |k: usize| {
            let v = b.word(k);
            b.tokens[k].kind == Kind::Word
                && b.claims[k] == Claim::Free
                && is_capitalised(v)
                && !lx.is_stop(v)
                && !is_all_caps(v)
                && lx.role(v, Lang::En).is_none()
        };
        // "Harcastle United", "Queens Park Rangers"; "Ashby Town" but not "Salt Lake City".
        let mut from = i;
        while from > 0 && i - from < if strong { 2 } else { 1 } && name_word(from - 1) {
            from -= 1;
        }
        // Any gazetteer name starting with the word ("Salt Lake City" has "Lake …").
        if from == i || !strong && lx.place_names.contains_key(&b.word(from).to_lowercase()) {
            continue;
        }
        let name = b.slice(from, i + 1).to_string();
        let words = lexicon::name_words(&name);
        let place = lx.place_names.get(&words[0]).is_some_and(|c| c.iter().any(|(ws, _)| *ws == words));
        if place {
            continue;
        }
        out.add(&name, b.span(from, i + 1));
        claim(b, from, i + 1);
    }
}

/// Does the word qualify a following role ("Health", "Cabinet" in "Health Cabinet Secretary")?
fn is_role_modifier(lx: &Lexicon, lang: Lang, w: &str) -> bool {
    lx.role(w, lang).is_some() || super::people::ROLE_MODIFIERS.iter().any(|m| m.eq_ignore_ascii_case(w))
}

/// Is the word the last word of a street, building or line name ("Avenue", "Station")?
pub(crate) fn is_facility(lx: &Lexicon, w: &str) -> bool {
    lx.facilities.contains(w)
}

/// Is the name `words` a facility? "Center"/"Centre" only after a word for a building's
/// use ("Southwick Community Centre", "Convention Center"); "Lakeland Regional Medical
/// Center" is a hospital.
fn is_facility_name(lx: &Lexicon, words: &[&str]) -> bool {
    let Some((last, rest)) = words.split_last() else {
        return false;
    };
    if matches!(*last, "Center" | "Centre") {
        return rest.last().is_some_and(|p| {
            matches!(
                *p,
                "Community"
                    | "Convention"
                    | "Shopping"
                    | "Leisure"
                    | "Sports"
                    | "Visitor"
                    | "Visitors"
                    | "Conference"
                    | "Civic"
                    | "Arts"
                    | "Exhibition"
                    | "Trade"
                    | "Garden"
                    | "Town"
                    | "Youth"
                    | "Recreation"
                    | "Aquatic"
                    | "Fitness"
                    | "Events"
                    | "Distribution"
                    | "Data"
                    | "Call"
                    | "Space"
                    | "Launch"
            )
        });
    }
    // "Nagarhole Tiger Reserve": a protected area is a place, not a body.
    if *last == "Reserve" && rest.last().is_some_and(|p| super::places::RESERVE_KINDS.contains(p)) {
        return true;
    }
    is_facility(lx, last)
}

/// Quoted names: „German Marshall Fund“, "Metro Transit Authority".
fn quoted(lx: &Lexicon, lang: Lang, b: &mut BlockDoc<'_>, out: &mut Builder) {
    let n = b.tokens.len();
    let mut i = 0;
    while i < n {
        let open = b.word(i);
        if !matches!(open, "„" | "“" | "\"" | "«" | "»" | "‚") || b.at_sentence_start(i) {
            i += 1;
            continue;
        }
        // Find the closing mark within six words.
        let mut j = i + 1;
        while j < n && j <= i + 7 && b.tokens[j].kind != Kind::Punct {
            j += 1;
        }
        let close = b.word(j);
        let closes = matches!(close, "“" | "”" | "\"" | "«" | "»" | "‘");
        if !closes || j == i + 1 {
            i += 1;
            continue;
        }
        let words: Vec<&str> = (i + 1..j).map(|k| b.word(k)).collect();
        let content: Vec<&&str> = words.iter().filter(|w| !is_connector(w)).collect();
        let all_caps =
            words.iter().all(|w| is_capitalised(w) || is_connector(w) || w.chars().all(|c| c.is_ascii_digit()));
        let before = i.checked_sub(1).map(|k| b.word(k).to_lowercase()).unwrap_or_default();
        let work = WORK_NOUNS.iter().any(|n| before.ends_with(n));
        let first_is_name = words.first().is_some_and(|w| lx.first_names.contains(*w));
        let place = words.len() == 1 && lx.is_single_place(words[0]);
        // A quoted name needs an organisation word or a cue before it (vom „German Marshall
        // Fund“); „Bauch und Herz“ is a phrase.
        let cue = matches!(
            before.as_str(),
            "vom"
                | "von"
                | "der"
                | "des"
                | "dem"
                | "die"
                | "beim"
                | "bei"
                | "the"
                | "of"
                | "at"
                | "from"
                | "for"
                | "für"
                | "zur"
                | "zum"
                | "with"
                | "mit"
        ) || lx.org_intro.contains(&before);
        let headed = words.iter().any(|w| is_head(lx, lang, w) || lx.org_suffixes.contains(*w));
        let named = headed || lx.org_intro.contains(&before) || (cue && lang == Lang::De && words.len() >= 2);
        // An alliance or movement may take a slogan as its name: das Bündnis „Wohnen für alle“.
        let slogan = ALLIANCE_NOUNS.iter().any(|a| before.ends_with(a))
            && words.first().is_some_and(|w| is_capitalised(w))
            && words.len() <= 5;
        if (all_caps || slogan)
            && named
            && !content.is_empty()
            && !work
            && !first_is_name
            && !place
            && free(b, i + 1, j)
        {
            let name = b.slice(i + 1, j).to_string();
            out.add(&name, b.span(i + 1, j));
            claim(b, i + 1, j);
            i = j + 1;
        } else {
            i += 1;
        }
    }
}

/// Does the word carry an organisation head ("Authority", "Zentralbank", "Max-Planck-Institut")?
fn is_head(lx: &Lexicon, lang: Lang, w: &str) -> bool {
    // "Aberdeenshire Council's infrastructure committee": an English possessive head.
    let w = if lang == Lang::En { without_possessive(w) } else { w };
    if lx.org_heads.contains(w) {
        return true;
    }
    if lang == Lang::De {
        // German compounds: "Zentralbank", "Bundesverfassungsgericht", "Robert-Koch-Institut".
        let lower = w.to_lowercase();
        // Also in the genitive: "des Polizeipräsidiums", "des Deutschen Wetterdienstes".
        let stem = lower.strip_suffix("es").or_else(|| lower.strip_suffix('s'));
        return lx
            .org_heads_lower
            .iter()
            .any(|h| lower.ends_with(h.as_str()) || stem.is_some_and(|s| s.ends_with(h.as_str())));
    }
    false
}

/// Capitalised runs with a head word or legal suffix, plus acronym definitions.
fn headed(lx: &Lexicon, lang: Lang, b: &mut BlockDoc<'_>, out: &mut Builder, acronyms: &mut HashMap<String, String>) {
    let n = b.tokens.len();
    let mut i = 0;
    while i < n {
        if b.tokens[i].kind != Kind::Word || !is_capitalised(b.word(i)) || b.claims[i] != Claim::Free {
            i += 1;
            continue;
        }
        // Maximal run of capitalised words with connectors inside.
        let mut j = i + 1;
        while j < n {
            let w = b.word(j);
            let cap = b.tokens[j].kind == Kind::Word && is_capitalised(w) && b.claims[j] == Claim::Free;
            // "Welsh Ambulance Service on Wednesday": a day or month after a connector is no
            // part of the name.
            let conn = is_connector(w)
                && !is_time_word(b.word(j + 1))
                && b.tokens.get(j + 1).is_some_and(|t| t.kind == Kind::Word)
                && is_capitalised(b.word(j + 1));
            // "Caritasverband für die Diözese Passau": "für" with an article inside a name.
            let conn_article = (lang == Lang::De && w == "für" && matches!(b.word(j + 1), "die" | "den" | "das")
                // "University of the Highlands and Islands", "Centre for the Study of …".
                || lang == Lang::En && matches!(w, "of" | "for" | "on") && b.word(j + 1) == "the")
                && b.tokens.get(j + 2).is_some_and(|t| t.kind == Kind::Word)
                && is_capitalised(b.word(j + 2));
            // "Institut der deutschen Wirtschaft": an article with a lowercase adjective.
            let conn_adjective = lang == Lang::De
                && matches!(w, "der" | "des" | "für")
                && b.word(j + 1).ends_with("en")
                && b.word(j + 1).chars().next().is_some_and(char::is_lowercase)
                && b.tokens.get(j + 2).is_some_and(|t| t.kind == Kind::Word)
                && is_capitalised(b.word(j + 2));
            if conn_article || conn_adjective {
                j += 2;
                continue;
            }
            // "Acme Inc.": the dot of an abbreviated legal form (not the full stop after "GmbH").
            let suffix_dot =
                w == "." && matches!(b.word(j - 1), "Inc" | "Ltd" | "Co" | "Corp" | "Bros" | "Cie" | "Nr" | "S.A");
            // "Seebühne Lindau e.V.": a lowercase legal form closes the name.
            let lower_suffix = !cap && w.contains('.') && lx.org_suffixes.contains(w.trim_end_matches('.'));
            if cap || conn {
                j += 1;
                // A legal form ends the name: "der Hasetal Recycling GmbH Feuer".
                if cap && lx.org_suffixes.contains(w) && b.word(j) != "." && b.word(j) != "&" {
                    break;
                }
            } else if suffix_dot || lower_suffix {
                j += 1;
                break;
            } else {
                break;
            }
        }
        // "Kaiyuan Electric Co., Ltd.": a second legal form after a comma.
        if j > i + 1
            && b.word(j - 1) == "."
            && b.word(j) == ","
            && lx.org_suffixes.contains(b.word(j + 1))
            && b.claims.get(j + 1) == Some(&Claim::Free)
        {
            j += 2;
            if b.word(j) == "." {
                j += 1;
            }
        }
        // "Lincoln Elementary and Westview Elementary": "and" after a head word starts a
        // second name.
        if lang == Lang::En {
            if let Some(k) = (i + 1..j).find(|&k| b.word(k) == "and" && is_head(lx, lang, b.word(k - 1))) {
                j = k;
            }
        }
        let mut from = i;
        // "in Cardiff and Morriston Hospital": a place joined by "and" is no part of the name.
        if let Some(k) = (i + 1..j).find(|&k| matches!(b.word(k), "and" | "und")) {
            let before: Vec<&str> = (i..k).map(|m| b.word(m)).collect();
            if lx.place_len(&before) == Some(before.len()) {
                from = k + 1;
            }
        }
        // "Cardiff-based Dragon Velo": the place compound is a cue, not part of the name.
        let mut based = false;
        // Drop leading function words ("The", "Die"), possessives ("California's") and
        // titles before a person ("Mayor Linda"), but keep "General Motors".
        loop {
            let w = b.word(from);
            let title = lx.role(w, lang).is_some() && lx.first_names.contains(b.word(from + 1));
            let possessive = without_possessive(w) != w;
            if w.ends_with("-based") {
                based = true;
            }
            if from < j && (lx.is_stop(w) || title || possessive || w.ends_with("-based")) {
                from += 1;
            } else {
                break;
            }
        }
        let mut to = j;
        // "der 12. Großen Strafkammer": a numbered chamber or department, not a name.
        let ordinal = from >= 2 && b.word(from - 1) == "." && b.tokens[from - 2].kind == Kind::Number;
        if ordinal {
            i = j.max(i + 1);
            continue;
        }
        // "Health Cabinet Secretary Wanjiru Kamau": a title before a name ends the run.
        if lang == Lang::En {
            if let Some(p) = (from..to.saturating_sub(1)).find(|&p| {
                lx.role(b.word(p), lang).is_some()
                    && b.word(p + 1) != "."
                    && !is_head(lx, lang, b.word(p + 1))
                    && !is_connector(b.word(p + 1))
            }) {
                let mut cut = p;
                while cut > from && is_role_modifier(lx, lang, b.word(cut - 1)) {
                    cut -= 1;
                }
                to = cut;
            }
        }
        // "Maarten de Groot of Maastricht University": a person's name before "of" is not
        // part of the organisation.
        if lang == Lang::En && from < to && lx.first_names.contains(b.word(from)) {
            if let Some(c) = (from + 1..to).find(|&k| matches!(b.word(k), "of" | "at" | "for")) {
                from = c + 1;
            }
        }
        let idx: Vec<usize> = (from..to).filter(|&k| b.word(k) != ".").collect();
        let words: Vec<&str> = idx.iter().map(|&k| b.word(k)).collect();
        let has_head = words.iter().any(|w| is_head(lx, lang, w));
        // "Thornbury & Pike", "Haus & Grund": two names joined by an ampersand.
        // Not two abstract nouns ("Privacy & Security", "Beratung & Selbsthilfe", "R&D").
        let abstract_noun = |w: &str| {
            w.chars().count() < 3
                || ["ung", "heit", "keit", "ion", "ity", "cy", "ship", "ness", "ment", "ing", "ik", "ur"]
                    .iter()
                    .any(|e| w.ends_with(e))
        };
        let ampersand = words.len() == 3
            && words[1] == "&"
            && !lx.first_names.contains(words[0])
            && !abstract_noun(words[0])
            && !abstract_noun(words[2]);
        let has_suffix = words.last().is_some_and(|w| lx.org_suffixes.contains(w.trim_end_matches('.')));
        let facility = is_facility_name(lx, &words);
        let org = if facility {
            false
        } else if lang == Lang::De {
            match german_org(lx, &words) {
                Some((a, e)) => {
                    // Narrow the run to the name: "Informationen der Süddeutschen Zeitung".
                    from = idx.get(a).copied().unwrap_or(from);
                    to = idx.get(e).copied().unwrap_or(to);
                    true
                }
                None if ampersand => true,
                None if has_suffix && words.len() >= 2 => {
                    // "Lagerhalle der Hasetal Recycling GmbH": the name starts after the last
                    // article inside the run.
                    if let Some(p) = idx.iter().rposition(|&k| matches!(b.word(k), "der" | "des" | "die" | "dem")) {
                        from = idx[p] + 1;
                    }
                    to - from >= 2
                }
                None => false,
            }
        } else {
            let adjective = words.first().is_some_and(|w| lx.place_adj_exact.contains_key(*w))
                || b.tokens.get(to).is_some_and(|t| t.kind == Kind::Word)
                    && b.word(to).chars().next().is_some_and(char::is_lowercase);
            words.len() >= 2 && (has_head || has_suffix)
                || ampersand
                || based && !words.is_empty() && !lx.first_names.contains(words[0]) && !adjective
        };
        // "der Trägerverein Seebühne Lindau e.V.": a compound describing the name is no part of it.
        if org && has_suffix && to - from >= 3 {
            let first = b.word(from).to_lowercase();
            if lx.org_intro.iter().any(|n| first.len() > n.len() + 2 && first.ends_with(n.as_str())) {
                from += 1;
            }
        }
        if org {
            let name = b.slice(from, to);
            let name = without_possessive(name).to_string();
            let span = b.span(from, to);
            out.add(&name, span);
            claim(b, from, to);
            // "Long Name (ACR)" defines an acronym.
            if b.word(to) == "(" && b.word(to + 2) == ")" && is_all_caps(b.word(to + 1)) {
                acronyms.insert(b.word(to + 1).to_string(), name.clone());
                out.add(&name, b.span(to + 1, to + 2));
                claim(b, to + 1, to + 2);
            }
        }
        i = j.max(i + 1);
    }
}

/// Compass words that close a regional name ("Schwaben Nord", "Nordrhein-Westfalen Süd").
const COMPASS: &[&str] = &["Nord", "Süd", "Ost", "West", "Mitte", "Nordost", "Nordwest", "Südost", "Südwest"];

/// Company heads written after the company's name ("Wallstein Verlag", "Meyer Werft").
const DE_NAME_BEFORE: &[&str] = &["verlag", "werft", "brauerei", "reederei", "kanzlei", "bankhaus", "holding"];

/// Company heads followed by a family name ("Bankhaus Metzler", "Kanzlei Gleiss Lutz").
const DE_NAME_AFTER: &[&str] = &["bankhaus", "kanzlei", "brauerei", "reederei", "verlag"];

/// Heads of institutions that carry a name before a hyphen ("Burg-Gymnasium",
/// "Helios-Klinik", "Ostfriesland-Museum").
const DE_HYPHEN_NAMED: &[&str] = &[
    "gymnasium",
    "schule",
    "klinik",
    "kliniken",
    "klinikum",
    "museum",
    "theater",
    "stiftung",
    "institut",
    "universität",
    "hochschule",
    "akademie",
    "bibliothek",
];

/// Endings of German compounds that introduce a company or body name ("Vergleichsdienst",
/// "Energiekonzern", "Onlinehändler", "Baumarktkette").
const DE_INTRO_ENDINGS: &[&str] = &[
    "konzern",
    "zeitschrift",
    "journal",
    "magazin",
    "zeitung",
    "verband",
    "behörde",
    "regulierer",
    "sender",
    "initiative",
    "bewegung",
    "betreiber",
    "zulieferer",
    "versorger",
    "dienstleister",
    "reederei",
    "unternehmen",
    "institut",
    "agentur",
    "krankenkasse",
    "hersteller",
    "händler",
    "versicherer",
    "anbieter",
    "portal",
    "dienst",
    "verlag",
    "kette",
    "gewerkschaft",
];

/// Heads of institutions that exist once per town and are named by it ("Polizeidirektion
/// Itzehoe", "Kreiskrankenhaus Witzenhausen", "Universität Passau").
const DE_LOCATED_HEADS: &[&str] = &[
    "bankhaus",
    "leitstelle",
    "direktion",
    "präsidium",
    "inspektion",
    "krankenhaus",
    "klinikum",
    "klinik",
    "universität",
    "hochschule",
    "gericht",
    "staatsanwaltschaft",
    "stadtwerke",
    "sparkasse",
    "volksbank",
    "handwerkskammer",
    "handelskammer",
];

/// Endings of German common nouns, which do not name a town ("Klinikum Versorgung").
const DE_NOUN_ENDINGS: &[&str] =
    &["ung", "heit", "keit", "schaft", "tion", "tät", "nis", "tum", "ismus", "ment", "chen", "lein"];

/// Is `w` after the located head `head` the name of its town: capitalised, not a function
/// word, head or first name, and without the ending of a common noun?
fn located_name(lx: &Lexicon, head: &str, w: &str) -> bool {
    let h = head.to_lowercase();
    let l = w.to_lowercase();
    DE_LOCATED_HEADS.iter().any(|x| h.ends_with(x))
        && is_capitalised(w)
        && w.chars().count() >= 4
        && !lx.is_stop(w)
        // "das kleinste Krankenhaus Nordhessens": a region in the genitive ranks, not names.
        && !l.ends_with('s')
        && !lx.first_names.contains(w)
        && !is_head(lx, Lang::De, w)
        && !DE_NOUN_ENDINGS.iter().any(|e| l.ends_with(e))
        && lx.role(w, Lang::De).is_none()
        // "das Klinikum Patienten versorgt": a plural noun, unless it ends like a town
        // ("Witzenhausen", "Göttingen").
        && (!["en", "er"].iter().any(|e| l.ends_with(e))
            || lexicon::calendar::PLACE_SUFFIXES.iter().any(|s| l.ends_with(s) && l.len() > s.len() + 2)
            || lx.is_single_place(&l))
}

/// German: a head word is a name only with a capitalised adjective before it ("Deutsche
/// Bank"), a named complement after it ("Universität Wien", "Bundesamt für Statistik") or as a
/// hyphenated proper compound ("Max-Planck-Institut").
fn german_org(lx: &Lexicon, words: &[&str]) -> Option<(usize, usize)> {
    let h = words.iter().position(|w| is_head(lx, Lang::De, w))?;
    let head = words[h];
    let adjective = |w: &str| {
        let l = w.to_lowercase();
        (l.ends_with('e') || l.ends_with("en") || l.ends_with("er") || l.ends_with("es"))
            && is_capitalised(w)
            && !lx.first_names.contains(w)
            && !is_connector(w)
    };
    let mut a = h;
    while a > 0 && adjective(words[a - 1]) {
        a -= 1;
    }
    // "die DZ Bank": an acronym before the head.
    if a == h && h > 0 && is_all_caps(words[h - 1]) && (2..=4).contains(&words[h - 1].chars().count()) {
        a = h - 1;
    }
    // "im Wallstein Verlag", "die Meyer Werft": a proper name before a company head.
    let lower_head = head.to_lowercase();
    if a == h
        && h > 0
        && DE_NAME_BEFORE.contains(&lower_head.as_str())
        && is_capitalised(words[h - 1])
        && !lx.is_stop(words[h - 1])
        && lx.role(words[h - 1], Lang::De).is_none()
    {
        a = h - 1;
    }
    let next = words.get(h + 1);
    // "Bund und Länder" are two; "Industrie- und Handelskammer" is one name.
    let end = if next.is_some_and(|w| is_connector(w) && (!matches!(*w, "und" | "&") || head.ends_with('-'))) {
        Some(words.len())
    } else if next.is_some_and(|w| {
        // "Mietervereinigung Österreichs": a place in the genitive.
        let genitive = lx.is_single_place_or_genitive(w);
        // "vom Bankhaus Metzler", "die Kanzlei Gleiss": a family name after the head.
        let family = DE_NAME_AFTER.contains(&head.to_lowercase().as_str()) && is_capitalised(w) && !lx.is_stop(w);
        lx.place_len(&words[h + 1..]).is_some() || genitive || family || is_all_caps(w) || located_name(lx, head, w)
    }) {
        // "Polizeipräsidium Schwaben Nord", "Klinikum Bad Hersfeld".
        let len = lx.place_len(&words[h + 1..]).unwrap_or(1);
        let compass = words.get(h + 1 + len).is_some_and(|w| COMPASS.contains(w));
        Some(if compass { h + 2 + len } else { h + 1 + len })
    } else {
        None
    };
    let proper_compound = head.contains('-') && !head.starts_with("EU-") && {
        let first = head.split('-').next().unwrap_or("");
        let last = head.rsplit('-').next().unwrap_or("").to_lowercase();
        // "Burg-Gymnasium", "Goethe-Schule", "Sauerland-Museum": a school, clinic or museum
        // with a name before the hyphen.
        let named_institution = is_capitalised(first) && DE_HYPHEN_NAMED.iter().any(|h| last.ends_with(h));
        lx.first_names.contains(first) || is_all_caps(first) || head.matches('-').count() >= 2 || named_institution
    };
    (a < h || end.is_some() || proper_compound).then_some((a, end.unwrap_or(h + 1)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{Article, Block};

    fn orgs(lang: &str, text: &str) -> Vec<String> {
        let a = Article {
            lang: Some(lang.into()),
            blocks: vec![Block { kind: BlockKind::Paragraph, text: text.into() }],
            ..Article::default()
        };
        let mut doc = Doc::new(&a);
        extract(&mut doc).into_iter().map(|o| o.name).collect()
    }

    #[test]
    fn names_in_the_slot_of_an_employer() {
        assert_eq!(
            orgs("en", "\"It is late,\" said Ana Ruiz, an analyst at Bernstein. Bernstein expects more."),
            ["Bernstein"]
        );
        assert_eq!(orgs("en", "Tom Hale, the chief executive of Elbklang Events, resigned."), ["Elbklang Events"]);
        assert_eq!(orgs("en", "The findings were published in Nature Geoscience on Monday."), ["Nature Geoscience"]);
        assert_eq!(orgs("de", "Das sagte Jana Ott, Sprecherin von Haus & Grund, am Montag."), ["Haus & Grund"]);
        assert_eq!(orgs("de", "Er ist Analyst bei Bernstein."), ["Bernstein"]);
        // Portfolios, places, areas, modifiers and people are no employers.
        assert!(orgs("en", "The Secretary of State met the minister for Health.").is_empty());
        assert!(orgs("en", "The mayor of Eastbrook lives in Eastbrook.").is_empty());
        assert!(orgs("en", "said the police chief for the Sudurnes district.").is_empty());
        assert!(orgs("en", "She is a member of the Manu Taupunga group.").is_empty());
        assert!(orgs("en", "Mr Bartleby said no. The lawyer of Bartleby left.").is_empty());
        assert!(orgs("en", "Anna Kovac spoke. The friend of Kovac agreed.").is_empty());
        assert!(orgs("de", "Er ist Leiter von Schulen und Betreiber von Sendernetzen für Radiostationen.").is_empty());
        assert!(orgs("en", "representatives of the United Kingdom and Māori chiefs signed.").is_empty());
    }

    #[test]
    fn names_after_introducing_nouns_and_possessive_roles() {
        assert_eq!(
            orgs("en", "It was published in the journal Nature Geoscience. The regulator Ofcom and the pollster YouGov agreed."),
            ["Nature Geoscience", "Ofcom", "YouGov"]
        );
        assert_eq!(
            orgs("en", "Scottish Water's chief executive, Alan Reid, resigned. Kaimon's president spoke."),
            ["Scottish Water", "Kaimon"]
        );
        // A town's offices and plural roles do not make the possessor an organisation.
        assert!(orgs("en", "Grindavik's mayor spoke. Bin Laden's agents struck.").is_empty());
        assert_eq!(
            orgs("de", "Die Aufsichtsbehörde Bafin und der Branchenverband Bitkom warnten. Die Tageszeitung Holsteinischer Courier berichtete."),
            ["Bafin", "Bitkom", "Holsteinischer Courier"]
        );
        // A compound before a word of time stays a generic noun.
        assert!(orgs("de", "Die Aufsichtsbehörde Anfang März.").iter().all(|o| o != "Anfang"));
    }

    #[test]
    fn what_only_companies_have_names_a_company() {
        assert_eq!(orgs("en", "Shares in Harrowby rose after it was acquired by Kaimon."), ["Harrowby", "Kaimon"]);
        assert_eq!(orgs("de", "Die Heliomed-Aktie stieg, der DGAC-Sprecher schwieg."), ["Heliomed", "DGAC"]);
        assert_eq!(orgs("de", "Die Übernahme durch Kaimon ist besiegelt."), ["Kaimon"]);
        // Generic first parts, places and several hyphens are no company names.
        assert!(orgs("de", "Die Auto-Aktien und die Bayern-Aktie fielen, die IG-BCE-Vorsitzende sprach.")
            .iter()
            .all(|o| !["Auto", "Bayern", "IG"].contains(&o.as_str())));
        assert_eq!(orgs("en", "The San Francisco Chronicle reported it."), ["San Francisco Chronicle"]);
    }

    #[test]
    fn names_end_before_days_and_places_joined_by_and() {
        assert_eq!(orgs("en", "The Welsh Ambulance Service on Wednesday said so."), ["Welsh Ambulance Service"]);
        assert_eq!(orgs("en", "Patients waited in Cardiff and Morriston Hospital."), ["Morriston Hospital"]);
        assert!(orgs("de", "In den Umfragen hatte die Initiative Anfang Mai noch vorn gelegen.").is_empty());
        assert_eq!(
            orgs("en", "said Corinne Dufty, managing director of Cairns-based Reefline Cruises."),
            ["Reefline Cruises"]
        );
    }

    #[test]
    fn quoted_and_known_names() {
        assert_eq!(
            orgs("de", "Das sagt Bonnie Glaser vom „German Marshall Fund“ der Nachrichtenagentur Reuters."),
            ["German Marshall Fund", "Reuters"]
        );
        assert_eq!(orgs("de", "Laut Der Spiegel ist das falsch."), ["Der Spiegel"]);
    }

    #[test]
    fn head_words_and_acronyms() {
        assert_eq!(
            orgs("en", "The Metro Transit Authority (MTA) voted. The MTA board agreed."),
            ["Metro Transit Authority"]
        );
        assert_eq!(
            orgs("de", "Die Europäische Zentralbank und das Bundesamt für Statistik melden."),
            ["Europäische Zentralbank", "Bundesamt für Statistik"]
        );
    }

    #[test]
    fn generic_nouns_and_quotes_are_not_orgs() {
        assert!(orgs("de", "Ein Generaldirektor des chinesischen Außenministeriums wartete.").is_empty());
        assert!(orgs("de", "Er sagte „Das bestmögliche Ergebnis“ sei gut.").is_empty());
        assert!(orgs("de", "Die Behörde und das Ministerium schweigen.").is_empty());
        assert!(orgs("en", "Police said the council met.").is_empty());
        assert!(orgs("de", "Der Film „Barbie“ läuft.").is_empty());
    }

    #[test]
    fn german_inflected_names_are_levelled() {
        assert_eq!(
            orgs("de", "Sie rechneten bei der Kassenärztlichen Vereinigung Nordrhein ab."),
            ["Kassenärztliche Vereinigung Nordrhein"]
        );
        assert_eq!(
            orgs("de", "Nach Angaben des Polizeipräsidiums Schwaben Nord und des Kultusministeriums fehlt er."),
            ["Polizeipräsidium Schwaben Nord", "Kultusministerium"]
        );
        assert_eq!(
            orgs("de", "Helfer von Technischem Hilfswerk (THW) kamen. Das THW half."),
            ["Technisches Hilfswerk"]
        );
        assert_eq!(
            orgs("de", "Die Bildungsgewerkschaft GEW klagt, wie das Landratsamt mitteilte."),
            ["GEW", "Landratsamt"]
        );
        assert!(orgs("de", "Sie studiert für das Lehramt, nach dem Urteil der 12. Großen Strafkammer.").is_empty());
    }

    #[test]
    fn english_sources_initialisms_and_single_names() {
        assert_eq!(
            orgs("en", "The World Health Organization said so. A WHO official agreed, according to LSEG data."),
            ["World Health Organization", "LSEG"]
        );
        let found = orgs("en", "Chipmaker Brightwell on Wednesday beat forecasts. Brightwell's shares rose.");
        assert_eq!(found, ["Brightwell"]);
        assert!(orgs("en", "Health Cabinet Secretary Wanjiru Kamau said it spread.").is_empty());
    }

    #[test]
    fn clubs_introduced_names_and_facilities() {
        assert_eq!(orgs("de", "Der Schwimmverein SV Kirchheim 1921 verliert Zeiten."), ["SV Kirchheim 1921"]);
        assert_eq!(orgs("en", "said an analyst at the research firm Keystone Digital."), ["Keystone Digital"]);
        assert!(orgs("en", "Trains run from Union Station along Harbor Avenue.").is_empty());
        assert_eq!(
            orgs("de", "Nach Informationen der Süddeutschen Zeitung sagte die Süddeutsche Zeitung nichts."),
            ["Süddeutsche Zeitung"]
        );
        assert_eq!(orgs("en", "Workers at General Motors struck."), ["General Motors"]);
    }

    #[test]
    fn parties_councils_and_alliances() {
        assert_eq!(
            orgs("de", "Für die Linke sprach der CDU-Abgeordnete Jan Roth, die Fraktion der Grünen schwieg."),
            ["Die Linke", "CDU", "Die Grünen"]
        );
        assert_eq!(
            orgs("de", "Der Kreistag stimmte zu, sie war Richterin am Verfassungsgericht."),
            ["Kreistag", "Verfassungsgericht"]
        );
        assert_eq!(orgs("de", "Das Bündnis „Wohnen für alle“ zählte 15.000."), ["Wohnen für alle"]);
        assert!(orgs("de", "Der Stadtrat Peter Ruhl kam.").is_empty());
    }

    #[test]
    fn sports_clubs_by_suffix() {
        let text = "The striker joined Harcastle United from Brampton Rovers. The league opener is against Ashby Town.";
        assert_eq!(orgs("en", text), ["Harcastle United", "Brampton Rovers", "Ashby Town"]);
        assert!(orgs("en", "She moved to Benin City and then to Mexico City.").is_empty());
        assert!(orgs("en", "The striker left. The league said Salt Lake City won.").is_empty());
    }

    #[test]
    fn located_heads_legal_forms_and_based_cues() {
        assert_eq!(
            orgs("de", "Nach Angaben der Polizeidirektion Itzehoe, wie die Mietervereinigung Österreichs mitteilte."),
            ["Polizeidirektion Itzehoe", "Mietervereinigung Österreichs"]
        );
        assert_eq!(orgs("de", "Das teilte der Trägerverein Seebühne Lindau e.V. mit."), ["Seebühne Lindau e.V."]);
        assert!(orgs("de", "Er fürchtet, dass das kleinste Krankenhaus Nordhessens schließt.").is_empty());
        assert!(orgs("de", "Bund und Länder zahlen, weil das Klinikum Patienten abweist.").is_empty());
        assert_eq!(
            orgs("en", "a switch supplied by Shenzhen-based Kaiyuan Electric Co., Ltd. can fail"),
            ["Kaiyuan Electric Co., Ltd."]
        );
        assert_eq!(orgs("en", "His team, Cardiff-based Dragon Velo, said so."), ["Dragon Velo"]);
        assert!(orgs("en", "flights by the Calgary-based Canadian carrier.").is_empty());
    }

    #[test]
    fn intro_compounds_and_model_names() {
        assert_eq!(
            orgs("de", "Eine Hypothek kostet laut dem Vergleichsdienst Moneyland im Schnitt mehr."),
            ["Moneyland"]
        );
        assert!(orgs("en", "The route is flown with a 190-seat Airbus A321neo.").is_empty());
    }

    #[test]
    fn schools_church_bodies_initiatives_and_chambers() {
        assert_eq!(
            orgs("de", "Die meisten Fälle gab es am Lessing-Gymnasium, ein Kind liegt in den Ems-Vechte-Kliniken."),
            ["Lessing-Gymnasium", "Ems-Vechte-Kliniken"]
        );
        assert_eq!(
            orgs("de", "Das Domkapitel tagte. Er leitete den Caritasverband für die Diözese Fulda."),
            ["Domkapitel", "Caritasverband für die Diözese Fulda"]
        );
        assert_eq!(orgs("de", "Die Bürgerinitiative Lebenswertes Moorland klagt."), ["Lebenswertes Moorland"]);
        // A place after an introducing noun is no name.
        assert!(orgs("de", "Das geschah auf Initiative Frankreichs.").is_empty());
        assert_eq!(orgs("en", "Funding waits until the Legislature meets."), ["Legislature"]);
        assert_eq!(orgs("en", "Ridge County Ferries runs the route."), ["Ridge County Ferries"]);
        assert_eq!(
            orgs("de", "Das Institut der deutschen Wirtschaft warnte, der FC Viktoria Emden gewann."),
            ["Institut der deutschen Wirtschaft", "FC Viktoria Emden"]
        );
        assert!(orgs("de", "Ein Sprecher des chinesischen Außenministeriums schwieg.").is_empty());
        assert_eq!(
            orgs("en", "Walmart and Home Depot cut prices, Health Canada said."),
            ["Walmart", "Home Depot", "Health Canada"]
        );
        assert_eq!(
            orgs("en", "Parents at Crestview Elementary and Lakeland Regional Medical Center met Thornbury & Pike."),
            ["Crestview Elementary", "Lakeland Regional Medical Center", "Thornbury & Pike"]
        );
        assert!(orgs("en", "The meeting is at the Southwick Community Centre.").is_empty());
        assert_eq!(orgs("de", "Die DZ Bank zahlte."), ["DZ Bank"]);
        // A known name with a possessive, and an alias of a known name.
        assert_eq!(orgs("en", "Labour's spokesperson met the Lib Dems."), ["Labour", "Liberal Democrats"]);
        // A multi-word town after a located head is part of the name.
        assert_eq!(orgs("de", "Er liegt im Klinikum Bad Hersfeld."), ["Klinikum Bad Hersfeld"]);
        // Only after "the", and not as part of a longer name.
        assert!(orgs("en", "Senate hopefuls met.").is_empty());
    }
}
