//! Places: countries, regions and cities from the gazetteer, with German and English exonyms
//! (Peking/Beijing, München/Munich), genitives ("Chinas", "China's"), compounds
//! ("Peking-Reise"), country adjectives ("chinesischen" → China) and datelines
//! ("Peking/Berlin.", "WASHINGTON —").
//!
//! Names that are also common words or given names ("Essen", "Georgia") count only after a
//! locative preposition, in a dateline, or when the place is also named unambiguously.

use std::collections::HashMap;

use super::lexicon::calendar::PLACE_SUFFIXES;
use super::lexicon::{self, Lexicon};
use super::text::{base_forms, is_all_caps, is_capitalised};
use super::token::Kind;
use super::{BlockDoc, BlockKind, Claim, Doc, Lang, Named};

/// Prepositions that make an ambiguous name a place.
const LOCATIVES: &[&str] = &[
    "in",
    "aus",
    "nach",
    "bei",
    "von",
    "vom",
    "im",
    "from",
    "to",
    "near",
    "at",
    "into",
    "across",
    "outside",
    "inside",
    "around",
    "across",
    "through",
    "nahe",
    "südlich",
    "nördlich",
    "östlich",
    "westlich",
    "zwischen",
];

/// Prepositions without an article: a capitalised word after one is a name, not a noun
/// ("in Lindenhain", but "im Landkreis").
const STRICT_LOCATIVES: &[&str] = &["in", "aus", "nach", "bei", "von", "from", "to", "near", "outside"];

/// Could `w` be an unknown place name: capitalised, with a place-name ending, not a known
/// word of another kind?
fn place_like(lx: &Lexicon, lang: Lang, w: &str) -> bool {
    let l = w.to_lowercase();
    let n = l.chars().count();
    // Bavarian and Swabian endings, German only ("Ergolding", "Hausach"; English "Reading"
    // and "Marketing" end the same way).
    let german_suffix = lang == Lang::De && ["ing", "ach", "berge"].iter().any(|s| l.ends_with(s) && n >= s.len() + 3);
    is_capitalised(w)
        && !is_all_caps(w)
        && (german_suffix || PLACE_SUFFIXES.iter().any(|s| l.ends_with(s) && n >= s.chars().count() + 3))
        && !lx.is_stop(w)
        && !lx.first_names.contains(w)
        && lx.role(w, lang).is_none()
        && !lx.org_heads.contains(w)
        && !lx.facilities.contains(w)
        && !w.contains('-')
}

#[derive(Default)]
struct Found {
    /// Gazetteer index or dateline name → (first position, spans, from adjectives only).
    by_key: HashMap<String, usize>,
    entries: Vec<Named>,
    adjective_only: Vec<bool>,
}

impl Found {
    fn add(&mut self, key: String, name: &str, span: super::Span, adjective: bool) {
        let idx = *self.by_key.entry(key).or_insert_with(|| {
            self.entries.push(Named { name: name.to_string(), ..Named::default() });
            self.adjective_only.push(true);
            self.entries.len() - 1
        });
        if let (Some(e), Some(a)) = (self.entries.get_mut(idx), self.adjective_only.get_mut(idx)) {
            e.spans.push(span);
            e.mentions += 1;
            *a &= adjective;
        }
    }
}

/// German exonyms that are ordinary English words.
fn is_english_word(w: &str) -> bool {
    matches!(w, "Island" | "Kap")
}

/// Matches a gazetteer name at token `i`; returns (entry, tokens used).
fn name_at(lx: &Lexicon, lang: Lang, b: &BlockDoc<'_>, i: usize) -> Option<(usize, usize)> {
    let w = b.word(i);
    for form in base_forms(w) {
        let Some(cands) = lx.place_names.get(&form.to_lowercase()) else {
            continue;
        };
        for (words, idx) in cands {
            let n = words.len();
            let ok = (1..n).all(|k| {
                let t = b.word(i + k);
                let last = k + 1 == n;
                b.tokens.get(i + k).is_some_and(|x| x.kind == Kind::Word)
                    && b.claims.get(i + k) == Some(&Claim::Free)
                    && if last {
                        base_forms(t).iter().any(|f| f.to_lowercase() == words[k])
                    } else {
                        t.to_lowercase() == words[k]
                    }
            });
            // A one-word match on a genitive must be the name itself or name + s.
            // ("Europe’s": the curly apostrophe takes three bytes but is one character.)
            let exact_first = n > 1 || form == w || w.chars().count() - form.chars().count() <= 2;
            // An English article does not use German exonyms, least of all inside a longer
            // name: "Pine Island" is not Iceland ("Island").
            let place = &lx.places[*idx];
            let german_form = words.join(" ") == place.de.to_lowercase() && place.de != place.en;
            let in_run = |k: Option<usize>| {
                k.and_then(|k| b.tokens.get(k)).is_some_and(|t| t.kind == Kind::Word && is_capitalised(t.text(b.text)))
            };
            let longer = (i > 0 && in_run(i.checked_sub(1)) && !b.at_sentence_start(i - 1)) || in_run(Some(i + n));
            if lang == Lang::En && german_form && (longer || !place.en.contains(' ') && is_english_word(&place.de)) {
                continue;
            }
            if ok && exact_first {
                return Some((*idx, n));
            }
        }
    }
    None
}

/// A German or English country adjective at token `i`.
fn adjective_at(lx: &Lexicon, lang: Lang, w: &str) -> Option<usize> {
    if let Some(&idx) = lx.place_adj_exact.get(w) {
        return Some(idx);
    }
    if lang != Lang::De {
        return None;
    }
    let l = w.to_lowercase();
    for ending in ["", "e", "en", "er", "es", "em"] {
        if let Some(stem) = l.strip_suffix(ending) {
            if let Some(&idx) = lx.place_adj_de.get(stem) {
                return Some(idx);
            }
        }
    }
    None
}

/// Finds places, claims their tokens and returns them in order of first mention.
pub(crate) fn extract(doc: &mut Doc<'_>) -> Vec<Named> {
    let lx = lexicon::get();
    let lang = doc.lang;
    let mut found = Found::default();
    let mut ambiguous_seen: Vec<(usize, super::Span)> = Vec::new();
    // Places found by cue rather than by the gazetteer ("Lindenhain", "Springfield").
    let mut dynamic: Vec<String> = Vec::new();
    for b in &mut doc.blocks {
        dynamic.extend(dateline(lx, lang, b, &mut found));
        if lang == Lang::En {
            listed_waters(lx, b, &mut found);
        }
        let mut i = 0;
        while i < b.tokens.len() {
            let t = b.tokens[i];
            let w = t.text(b.text);
            if t.kind != Kind::Word || b.claims[i] != Claim::Free {
                i += 1;
                continue;
            }
            if is_capitalised(w) {
                if let Some((idx, n)) = name_at(lx, lang, b, i) {
                    let span = b.span(i, i + n);
                    let place = &lx.places[idx];
                    let cue = i.checked_sub(1).is_some_and(|p| LOCATIVES.contains(&b.word(p).to_lowercase().as_str()));
                    // "Monterrey, Mexico", "in Harlow, Ohio", "HARLOW, Ohio —": the town before
                    // a comma and a known state or country is a place.
                    if let Some(c) = city_before(lx, b, i) {
                        let name = title_case(b.word(c));
                        dynamic.push(name.clone());
                        found.add(format!("d{}", name.to_lowercase()), &name, b.span(c, c + 1), false);
                        b.claims[c] = Claim::Place;
                    }
                    if place.ambiguous && !cue {
                        ambiguous_seen.push((idx, span));
                    } else {
                        found.add(format!("g{idx}"), place.name(lang), span, false);
                    }
                    for c in b.claims.iter_mut().skip(i).take(n) {
                        *c = Claim::Place;
                    }
                    i += n;
                    continue;
                }
                // An unknown place after a locative preposition: "in Lindenhain".
                // Also the next item of a list of places: "in Ergolding, Essenbach und Kumhausen".
                let listed = i >= 2
                    && matches!(b.word(i - 1), "," | "und" | "and" | "oder" | "or" | "sowie")
                    && b.claims.get(i - 2) == Some(&Claim::Place);
                let cue = listed
                    || i.checked_sub(1).is_some_and(|p| STRICT_LOCATIVES.contains(&b.word(p).to_lowercase().as_str()));
                // ("and Corbeau Creek": the geographic noun makes the name longer.)
                let longer = GEO_AFTER_EN.contains(&b.word(i + 1)) || matches!(b.word(i + 1), "River" | "Lake");
                if cue && !longer && place_like(lx, lang, w) {
                    dynamic.push(w.to_string());
                    found.add(format!("d{}", w.to_lowercase()), w, b.span(i, i + 1), false);
                    b.claims[i] = Claim::Place;
                    i += 1;
                    continue;
                }
                if let Some((from, to, name)) = cued_place(lx, lang, b, i) {
                    if !name.contains(' ') {
                        dynamic.push(name.clone());
                    }
                    found.add(format!("d{}", name.to_lowercase()), &name, b.span(from, to), false);
                    for c in b.claims.iter_mut().take(to).skip(from) {
                        *c = Claim::Place;
                    }
                    i = to;
                    continue;
                }
                // Compound with a place first: "Peking-Reise", "US-Außenminister".
                if let Some((head, _)) = w.split_once('-') {
                    let head_lower = head.to_lowercase();
                    let one_word = lx.place_names.get(&head_lower).and_then(|c| c.iter().find(|(ws, _)| ws.len() == 1));
                    if let Some((_, idx)) = one_word {
                        let place = &lx.places[*idx];
                        if !place.ambiguous {
                            let start = t.start;
                            let span = super::Span { block: b.index, start, end: start + head.len() };
                            found.add(format!("g{idx}"), place.name(lang), span, false);
                        }
                    }
                }
            }
            if let Some(idx) = adjective_at(lx, lang, w) {
                let place = &lx.places[idx];
                found.add(format!("g{idx}"), place.name(lang), b.span(i, i + 1), true);
            }
            i += 1;
        }
    }
    // Later mentions of cue-found places, also as genitive or adjective ("Kirchheimer").
    if !dynamic.is_empty() {
        for b in &mut doc.blocks {
            for i in 0..b.tokens.len() {
                let w = b.word(i);
                if b.claims[i] != Claim::Free || b.tokens[i].kind != Kind::Word {
                    continue;
                }
                let hit = dynamic.iter().find(|d| {
                    w == d.as_str()
                        || w.strip_suffix('s') == Some(d.as_str())
                        || (w.strip_suffix("er") == Some(d.as_str()) && lang == Lang::De)
                        || w.to_lowercase() == d.to_lowercase() && is_all_caps(w)
                });
                if let Some(d) = hit {
                    let key = format!("d{}", d.to_lowercase());
                    let name = title_case(d);
                    let span = b.span(i, i + 1);
                    found.add(key, &name, span, false);
                    b.claims[i] = Claim::Place;
                }
            }
        }
    }
    // Ambiguous names count when the place is also named with a cue elsewhere.
    for (idx, span) in ambiguous_seen {
        let key = format!("g{idx}");
        if found.by_key.contains_key(&key) {
            found.add(key, lx.places[idx].name(lang), span, false);
        }
    }
    let Found { entries, adjective_only, .. } = found;
    let mut out: Vec<Named> = entries.into_iter().zip(adjective_only).filter(|(_, adj)| !adj).map(|(e, _)| e).collect();
    for e in &mut out {
        e.spans.sort_by_key(|s| (s.block, s.start));
        e.spans.dedup();
        e.mentions = e.spans.len();
    }
    out.sort_by_key(|e| e.spans.first().map(|s| (s.block, s.start)));
    out
}

/// Nouns for a settlement or area before "of" ("the fishing town of Grindavik") or, in
/// German, right before the name ("im Stadtteil Drispenstedt").
const AREA_BEFORE_EN: &[&str] = &[
    "town",
    "village",
    "city",
    "hamlet",
    "suburb",
    "port",
    "borough",
    "island",
    "province",
    "county",
    "municipality",
    "district",
    "region",
    "township",
    "parish",
    "commune",
];
const AREA_BEFORE_DE: &[&str] = &[
    "Stadtteil",
    "Ortsteil",
    "Gemeinde",
    "Region",
    "Stadtbezirk",
    "Bezirk",
    "Insel",
    "Stadt",
    "Kleinstadt",
    "Kreisstadt",
    "Hafenstadt",
    "Grenzstadt",
    "Großstadt",
    "Ort",
    "Dorf",
    "Ortschaft",
    "Provinz",
    "Bundesstaat",
    "Kanton",
    "Marktgemeinde",
];
/// English area nouns after the name ("the Reykjanes peninsula", "the Padstow area").
const AREA_AFTER_EN: &[&str] = &["peninsula", "district", "region", "province", "valley", "county", "area"];
/// Kinds of protected area before "Reserve" ("Tiger Reserve", "Nature Reserve"): places, not
/// organisations like the "Federal Reserve".
pub(crate) const RESERVE_KINDS: &[&str] = &["Tiger", "Nature", "Game", "Wildlife", "Marine", "Biosphere", "Forest"];

/// First words of two-word English place names ("Las Cruces", "Port Douglas").
const PAIR_FIRST_EN: &[&str] = &[
    "New", "San", "Santa", "Santo", "St", "Saint", "Los", "Las", "La", "Le", "El", "Port", "Fort", "Mount", "Glen",
    "North", "South", "East", "West", "Upper", "Lower", "Great", "Little", "Palm", "Cape", "Bad", "Alice", "Coral",
];
/// Last words of two-word English place names ("Cedar Rapids", "Palm Springs").
const PAIR_LAST_EN: &[&str] = &[
    "Springs", "Rapids", "Falls", "Heights", "Beach", "Creek", "Harbour", "Harbor", "Point", "Hills", "Village",
    "City", "Town", "Bay", "Bridge", "Ford", "Haven", "Grove", "Junction", "Plains", "Wells", "Lakes", "Gables",
];
/// English compass points before "of" ("north of Padstow").
const COMPASS_EN: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "north-east",
    "north-west",
    "south-east",
    "south-west",
];
/// German compass adverbs before „von" („nördlich von Hausach").
const COMPASS_DE: &[&str] =
    &["nördlich", "südlich", "östlich", "westlich", "nordöstlich", "nordwestlich", "südöstlich", "südwestlich"];
/// Capitalised geographic nouns after a name that make it a place ("Lopez Island").
const GEO_AFTER_EN: &[&str] = &[
    "Island",
    "Islands",
    "Isles",
    "Peninsula",
    "Mountains",
    "Valley",
    "Bay",
    "Glacier",
    "Creek",
    "Burn",
    "Township",
    "Canyon",
    "Gorge",
    "Forest",
    "Range",
    "Strait",
    "Sound",
];
/// German compass prefixes of regions ("Ostbayern", "Südmähren", "Oberbayern").
const COMPASS_PREFIXES: &[&str] = &["Nord", "Süd", "Ost", "West", "Mittel", "Ober", "Nieder"];

/// A capitalised word that could be a name of a place: not a function word, given name,
/// role, organisation head, month, facility or country adjective.
fn plain_name(lx: &Lexicon, lang: Lang, w: &str) -> bool {
    is_capitalised(w)
        && !is_all_caps(w)
        && w.chars().count() >= 3
        && !w.contains(['-', '\'', '\u{2019}'])
        && !lx.is_stop(w)
        && !lx.first_names.contains(w)
        && lx.role(w, lang).is_none()
        && !lx.org_heads.contains(w)
        && !lx.facilities.contains(w)
        && adjective_at(lx, lang, w).is_none()
        && !super::lexicon::calendar::MONTHS.iter().any(|(m, _)| m.eq_ignore_ascii_case(w))
        && !super::lexicon::calendar::WEEKDAYS.iter().any(|(d, _)| d.eq_ignore_ascii_case(w))
}

/// An unknown place named by its context, as (first token, end token, name): "the town of
/// Grindavik", "the Reykjanes peninsula", "River Ugie", "Scioto River", "im Stadtteil
/// Drispenstedt", "im Kreis Steinburg", "Ostbayern", and in English a single capitalised word
/// after "in"/"near" that starts no longer name ("based in Akron and").
fn cued_place(lx: &Lexicon, lang: Lang, b: &BlockDoc<'_>, i: usize) -> Option<(usize, usize, String)> {
    let w = b.word(i);
    let prev = i.checked_sub(1).map_or("", |p| b.word(p));
    let free =
        |k: usize| b.claims.get(k) == Some(&Claim::Free) && b.tokens.get(k).is_some_and(|t| t.kind == Kind::Word);
    let next_cap = free(i + 1) && is_capitalised(b.word(i + 1));
    // "Padstow's mayor", „Treffurts Bürgermeister": a town's office after its genitive.
    let genitive = match lang {
        Lang::En => super::text::is_possessive(w) && matches!(b.word(i + 1), "mayor" | "residents"),
        Lang::De => {
            w.ends_with('s')
                && matches!(
                    b.word(i + 1),
                    "Bürgermeister" | "Bürgermeisterin" | "Oberbürgermeister" | "Oberbürgermeisterin"
                )
        }
    };
    if genitive {
        let base = match lang {
            Lang::En => super::text::without_possessive(w),
            Lang::De => &w[..w.len() - 1],
        };
        if plain_name(lx, lang, base) {
            return Some((i, i + 1, base.to_string()));
        }
    }
    // "Padstow, a fishing town in Cornwall", „Hausach, eine Kleinstadt im Kinzigtal".
    if b.word(i + 1) == "," && plain_name(lx, lang, w) && apposed_area(lang, b, i + 2) {
        return Some((i, i + 1, w.to_string()));
    }
    match lang {
        Lang::En => {
            // "River Ugie", "Lake Erie", "Scioto River".
            if matches!(w, "River" | "Lake" | "Lough" | "Loch" | "Mount")
                && next_cap
                && plain_name(lx, lang, b.word(i + 1))
            {
                return Some((i, i + 2, b.slice(i, i + 2).to_string()));
            }
            if !plain_name(lx, lang, w) {
                return None;
            }
            // "Yellowstone National Park", "Nagarhole Tiger Reserve": a protected area.
            let kind = b.word(i + 1);
            let protected = (kind == "National" && b.word(i + 2) == "Park")
                || (RESERVE_KINDS.contains(&kind) && b.word(i + 2) == "Reserve");
            if protected && free(i + 1) && free(i + 2) {
                return Some((i, i + 3, b.slice(i, i + 3).to_string()));
            }
            // "Lopez Island", "the San Juan Islands", "Kenai Peninsula": a name with a
            // geographic noun.
            let second = free(i + 1)
                && is_capitalised(b.word(i + 1))
                && !lx.is_stop(b.word(i + 1))
                && GEO_AFTER_EN.contains(&b.word(i + 2));
            let end = if GEO_AFTER_EN.contains(&b.word(i + 1)) && free(i + 1) {
                Some(i + 2)
            } else if second && free(i + 2) {
                Some(i + 3)
            } else {
                None
            };
            if let Some(end) = end {
                return Some((i, end, b.slice(i, end).to_string()));
            }
            if b.at_sentence_start(i) {
                return None;
            }
            if matches!(b.word(i + 1), "River" | "Lake") && free(i + 1) {
                return Some((i, i + 2, b.slice(i, i + 2).to_string()));
            }
            // "the town of Las Cruces", "north of Padstow": an area noun or a compass point
            // before "of".
            let before_of = |p: usize| {
                let l = b.word(p).to_lowercase();
                AREA_BEFORE_EN.contains(&l.as_str()) || COMPASS_EN.contains(&l.as_str())
            };
            let area_before = prev == "of" && i.checked_sub(2).is_some_and(before_of);
            let locative = matches!(prev, "in" | "near" | "outside");
            // "the Padstow area", "in Chamarajanagar district".
            let area_after = (prev.eq_ignore_ascii_case("the") || locative) && AREA_AFTER_EN.contains(&b.word(i + 1));
            // A name of two words that starts or ends like a place ("in Las Cruces,", "near
            // Port Douglas", "in Cedar Rapids"); not a longer run, not "in Internet Explorer".
            let pair = next_cap
                && (PAIR_FIRST_EN.contains(&w) || PAIR_LAST_EN.contains(&b.word(i + 1)))
                && plain_name(lx, lang, b.word(i + 1))
                && !is_capitalised(b.word(i + 2))
                && b.word(i + 2) != "(";
            if (area_before || locative) && pair {
                return Some((i, i + 2, b.slice(i, i + 2).to_string()));
            }
            let single = !next_cap && b.word(i + 1) != "(";
            (area_after || ((area_before || locative) && single)).then(|| (i, i + 1, w.to_string()))
        }
        Lang::De => {
            // "im Rems-Murr-Kreis", "der Rhein-Hunsrück-Kreis": a hyphenated district name.
            if let Some(first) = w.strip_suffix("-Kreis") {
                if first.split('-').all(|p| p.chars().next().is_some_and(char::is_uppercase)) && !first.is_empty() {
                    return Some((i, i + 1, w.to_string()));
                }
            }
            // "im Kreis Steinburg", "im Landkreis Harburg": the district keeps its noun.
            if matches!(w, "Kreis" | "Landkreis" | "Bezirk")
                && matches!(prev, "im" | "des" | "den" | "dem")
                && free(i + 1)
            {
                let name = b.word(i + 1);
                // "im Bezirk Hartberg-Fürstenfeld": a double name of two capitalised parts.
                let double = name.split('-').count() == 2
                    && name.split('-').all(|p| p.chars().count() >= 3 && plain_name(lx, lang, p));
                if (plain_name(lx, lang, name) || double) && !lx.place_names.contains_key(&name.to_lowercase()) {
                    return Some((i, i + 2, b.slice(i, i + 2).to_string()));
                }
            }
            // „hat die Stadt Zeiten …": a plural or abstract noun after the area word is an
            // object, not a name, unless it ends like a place.
            let common = || {
                ["en", "ung", "heit", "keit", "schaft", "tion", "ismus"].iter().any(|e| w.ends_with(e))
                    && !place_like(lx, lang, w)
            };
            if AREA_BEFORE_DE.contains(&prev) && plain_name(lx, lang, w) && !next_cap && !common() {
                return Some((i, i + 1, w.to_string()));
            }
            // „aus dem Illertal", „im Wartburgkreis", „auf dem Rhonegletscher", „oberhalb des
            // Prättigaus": a compound ending in a word for a landscape after a preposition (and
            // its article); a glacier, massif or pass needs only the article.
            if let Some((name, sure)) = landscape_de(lx, w) {
                let article = matches!(prev, "der" | "die" | "das" | "dem" | "den" | "des" | "Der" | "Die" | "Das");
                let prep_before =
                    |p: usize| PREPOSITIONS_DE.contains(&b.word(p).to_lowercase().as_str()) || b.word(p) == "und";
                let cued = matches!(prev, "im" | "Im" | "am" | "Am" | "vom" | "zum" | "ins" | "beim")
                    || STRICT_LOCATIVES.contains(&prev.to_lowercase().as_str())
                    || (article && (sure || i.checked_sub(2).is_some_and(prep_before)));
                if cued && !next_cap {
                    return Some((i, i + 1, name.to_string()));
                }
            }
            // „nördlich von Hausach": a compass direction and „von".
            let compass_of = prev == "von" && i.checked_sub(2).is_some_and(|p| COMPASS_DE.contains(&b.word(p)));
            if compass_of && plain_name(lx, lang, w) && !next_cap && !common() {
                return Some((i, i + 1, w.to_string()));
            }
            let compass = COMPASS_PREFIXES
                .iter()
                .find_map(|p| w.strip_prefix(p))
                .filter(|rest| rest.chars().next().is_some_and(char::is_lowercase) && lx.is_single_place(rest));
            compass.map(|_| (i, i + 1, w.to_string()))
        }
    }
}

/// Does an apposition naming a kind of settlement start at token `k`: an indefinite article,
/// up to two lowercase words and an area noun ("a fishing town", "a small village", „eine
/// Kleinstadt", „ein kleines Dorf")?
fn apposed_area(lang: Lang, b: &BlockDoc<'_>, k: usize) -> bool {
    let article = match lang {
        Lang::En => matches!(b.word(k), "a" | "an"),
        Lang::De => matches!(b.word(k), "ein" | "eine" | "einem" | "einer"),
    };
    if !article {
        return false;
    }
    (k + 1..k + 4).any(|j| {
        let w = b.word(j);
        let area = match lang {
            Lang::En => AREA_BEFORE_EN.contains(&w) && !matches!(w, "port" | "island"),
            Lang::De => AREA_BEFORE_DE.contains(&w) && !matches!(w, "Region" | "Insel"),
        };
        // Only lowercase words may come between ("a small fishing town").
        area && (k + 1..j).all(|m| b.word(m).chars().next().is_some_and(char::is_lowercase))
    })
}

/// German prepositions that take a landscape with its article („aus dem Illertal").
const PREPOSITIONS_DE: &[&str] = &[
    "aus",
    "in",
    "auf",
    "über",
    "an",
    "von",
    "zwischen",
    "bei",
    "unter",
    "oberhalb",
    "unterhalb",
    "nahe",
    "durch",
    "hinter",
    "vor",
    "entlang",
    "rund",
    "um",
];

/// Words for a landscape that end German compound place names, and whether the compound is
/// a place even without a preposition (a glacier, massif or pass is never a common noun).
const LANDSCAPES_DE: &[(&str, bool)] = &[
    ("gletscher", true),
    ("massiv", true),
    ("joch", true),
    ("firn", true),
    ("tal", false),
    ("see", false),
    ("kreis", false),
    ("gau", false),
    ("gebirge", false),
    ("bodden", false),
];

/// A German compound naming a landscape („Illertal", „Rhonegletscher", „Wartburgkreis",
/// genitive „Prättigaus") as (name, sure). Common nouns with these endings („Wahlkreis",
/// „Freundeskreis", „Tiefsee", „Kapital") are not.
fn landscape_de<'a>(lx: &Lexicon, w: &'a str) -> Option<(&'a str, bool)> {
    let base = w.strip_suffix('s').filter(|b| b.ends_with("gau") || b.ends_with("tal")).unwrap_or(w);
    // The suffix test needs no lowercasing (compounds end in lowercase); most words stop here.
    let (suffix, sure) = LANDSCAPES_DE.iter().find(|(s, _)| base.ends_with(s))?;
    let l = base.to_lowercase();
    let stem = &l[..l.len() - suffix.len()];
    let common = matches!(
        stem,
        "wahl"
            | "land"
            | "stadt"
            | "tief"
            | "hoch"
            | "kapi"
            | "spi"
            | "hospi"
            | "por"
            | "quar"
            | "über"
            | "mittel"
            | "berg"
    ) || ["es", "en", "er", "its", "ungs"].iter().any(|e| stem.ends_with(e) && *suffix == "kreis")
        // „Vorjahresquartal", „Kreisspital", „Webportal".
        || ["quar", "kapi", "spi", "por"].iter().any(|e| stem.ends_with(e) && *suffix == "tal");
    (stem.chars().count() >= 3 && !common && is_capitalised(w) && !w.contains('-') && lx.role(w, Lang::De).is_none())
        .then_some((base, *sure))
}

/// Rivers and lakes named in a list before one plural noun: "the Daintree, Mossman and Barron
/// rivers" gives "Daintree River", "Mossman River" and "Barron River"; "lakes Erie and
/// Ontario" is left to the gazetteer.
fn listed_waters(lx: &Lexicon, b: &mut BlockDoc<'_>, found: &mut Found) {
    for i in 2..b.tokens.len() {
        let kind = match b.word(i) {
            "rivers" => "River",
            "lakes" => "Lake",
            _ => continue,
        };
        // Walk back over "X, Y and Z" to "the".
        let mut names = Vec::new();
        let mut j = i;
        let ok = loop {
            let Some(k) = j.checked_sub(1) else { break false };
            let w = b.word(k);
            if b.claims[k] != Claim::Free || !plain_name(lx, Lang::En, w) {
                break false;
            }
            names.push(k);
            match k.checked_sub(1).map(|p| b.word(p)) {
                Some("," | "and") => j = k - 1,
                Some("the" | "The") => break true,
                _ => break false,
            }
        };
        if !ok || names.len() < 2 {
            continue;
        }
        for &k in names.iter().rev() {
            let name = if kind == "Lake" { format!("Lake {}", b.word(k)) } else { format!("{} River", b.word(k)) };
            found.add(format!("d{}", name.to_lowercase()), &name, b.span(k, k + 1), false);
            b.claims[k] = Claim::Place;
        }
    }
}

/// Datelines at the start of a paragraph: "Peking/Berlin.", "WASHINGTON —", "Wien (APA) –".
fn dateline(lx: &Lexicon, lang: Lang, b: &mut BlockDoc<'_>, found: &mut Found) -> Vec<String> {
    let mut names = Vec::new();
    if b.kind != BlockKind::Paragraph {
        return names;
    }
    let mut parts = Vec::new();
    let mut i = 0;
    loop {
        let Some(t) = b.tokens.get(i) else { return names };
        let w = t.text(b.text);
        if t.kind != Kind::Word || !is_capitalised(w) || lx.is_stop(w) || lx.first_names.contains(w) {
            return names;
        }
        parts.push(i);
        i += 1;
        if b.word(i) == "/" {
            i += 1;
            continue;
        }
        break;
    }
    let end = b.word(i);
    let next = b.word(i + 1);
    let closes = match end {
        "." | ":" => is_capitalised(next) && parts.len() >= 2 || is_capitalised(next) && all_caps(b, &parts),
        "(" | "–" | "—" => true,
        "-" => all_caps(b, &parts),
        _ => false,
    };
    let known = parts.iter().any(|&p| name_at(lx, lang, b, p).is_some());
    // A single word: "Kirchheim. Das Hallenbad …" when it looks like a place name.
    let single = parts.len() == 1
        && matches!(end, "." | ":")
        && is_capitalised(next)
        && parts.first().is_some_and(|&p| known || place_like(lx, lang, b.word(p)));
    let closes = closes || single;
    let suffixed = parts.iter().any(|&p| place_like(lx, lang, b.word(p)));
    // "Haselünne – Die Molkerei …": an unknown name, a dash and a new sentence, when no person
    // or organisation claimed the name.
    let dashed = matches!(end, "–" | "—")
        && is_capitalised(next)
        && parts.iter().all(|&p| b.claims[p] == Claim::Free && plain_name(lx, lang, b.word(p)));
    if !closes || !(known || suffixed || dashed || all_caps(b, &parts)) {
        return names;
    }
    for p in parts {
        let span = b.span(p, p + 1);
        let w = b.word(p).to_string();
        if let Some((idx, _)) = name_at(lx, lang, b, p) {
            found.add(format!("g{idx}"), lx.places[idx].name(lang), span, false);
        } else {
            let name = title_case(&w);
            found.add(format!("d{}", name.to_lowercase()), &name, span, false);
            names.push(name);
        }
        if let Some(c) = b.claims.get_mut(p) {
            *c = Claim::Place;
        }
    }
    names
}

/// The town in "Town, State" before the known place at `i`: a free capitalised word right
/// before a comma, opening the paragraph or after a locative preposition, "and" or a comma.
fn city_before(lx: &Lexicon, b: &BlockDoc<'_>, i: usize) -> Option<usize> {
    if i < 2 || b.word(i - 1) != "," {
        return None;
    }
    let c = i - 2;
    let w = b.word(c);
    let ok = b.tokens[c].kind == Kind::Word
        && b.claims.get(c) == Some(&Claim::Free)
        && is_capitalised(w)
        && !lx.is_stop(w)
        && !lx.first_names.contains(w)
        && w.chars().count() >= 3;
    if !ok {
        return None;
    }
    let before = c.checked_sub(1).map(|p| b.word(p).to_lowercase());
    let cue = match before.as_deref() {
        None => is_all_caps(w) && b.kind == BlockKind::Paragraph,
        Some(p) => LOCATIVES.contains(&p) || matches!(p, "and" | "und" | "," | "near" | "outside" | "of"),
    };
    cue.then_some(c)
}

fn all_caps(b: &BlockDoc<'_>, parts: &[usize]) -> bool {
    parts.iter().all(|&p| is_all_caps(b.word(p)))
}

fn title_case(w: &str) -> String {
    if !is_all_caps(w) {
        return w.to_string();
    }
    let mut out = String::with_capacity(w.len());
    let mut first = true;
    for c in w.chars() {
        if first {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        first = !c.is_alphabetic();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{Article, Block};

    fn places(lang: &str, paras: &[&str]) -> Vec<(String, usize)> {
        let a = Article {
            lang: Some(lang.into()),
            blocks: paras.iter().map(|t| Block { kind: BlockKind::Paragraph, text: (*t).into() }).collect(),
            ..Article::default()
        };
        let mut doc = Doc::new(&a);
        extract(&mut doc).into_iter().map(|p| (p.name, p.mentions)).collect()
    }

    #[test]
    fn unknown_places_after_a_word_for_an_area() {
        let names = |lang: &str, t: &str| places(lang, &[t]).into_iter().map(|(n, _)| n).collect::<Vec<_>>();
        assert_eq!(
            names("en", "Rain hit the province of Arequipa and the municipality of Vaals."),
            ["Arequipa", "Vaals"]
        );
        assert_eq!(names("de", "Die Stadt Chivay und das Dorf Yanque sind betroffen."), ["Chivay", "Yanque"]);
        assert!(names("en", "It is a flame about the pathetic state of Linux usability.").is_empty());
    }

    #[test]
    fn lists_of_places_and_local_endings() {
        let names = |lang: &str, t: &str| places(lang, &[t]).into_iter().map(|(n, _)| n).collect::<Vec<_>>();
        assert_eq!(
            names("de", "Er legte Feuer in Ergolding, Essenbach und Kumhausen."),
            ["Ergolding", "Essenbach", "Kumhausen"]
        );
        assert_eq!(names("de", "Die Praxis liegt im Bezirk Hartberg-Fürstenfeld."), ["Bezirk Hartberg-Fürstenfeld"]);
        assert!(names("de", "Für die Kinder hat die Stadt Zeiten im Freizeitbad reserviert.").is_empty());
    }

    #[test]
    fn exonyms_genitives_adjectives() {
        let p = places("de", &["Peking/Berlin. Chinas Gast aus Washington kam nach Peking.", "Der chinesische Boden."]);
        assert_eq!(p, [("Peking".into(), 2), ("Berlin".into(), 1), ("China".into(), 2), ("Washington".into(), 1)]);
        let p = places("en", &["Officials in Beijing and Munich met."]);
        assert_eq!(p, [("Beijing".into(), 1), ("Munich".into(), 1)]);
    }

    #[test]
    fn datelines_and_compounds() {
        let p = places("en", &["SPRINGFIELD — The city said."]);
        assert_eq!(p, [("Springfield".into(), 1)]);
        let p = places("de", &["Blinkens Peking-Reise beginnt."]);
        assert_eq!(p, [("Peking".into(), 1)]);
    }

    #[test]
    fn ambiguous_names_need_a_cue() {
        assert!(places("de", &["Das Essen war gut."]).is_empty());
        assert_eq!(places("de", &["Er wohnt in Essen."]), [("Essen".into(), 1)]);
        assert!(places("de", &["Doch. Das war es."]).is_empty());
    }

    #[test]
    fn regional_towns_and_landscapes() {
        let names = |lang, text| places(lang, &[text]).into_iter().map(|(n, _)| n).collect::<Vec<_>>();
        assert_eq!(
            names("de", "Gotha, Winnenden und Rosenheim sowie der Hunsrück um Kastellaun melden Regen."),
            ["Gotha", "Winnenden", "Rosenheim", "Hunsrück", "Kastellaun"]
        );
        assert_eq!(
            names("en", "Councils in Leeds, Sheffield and Tallahassee agreed."),
            ["Leeds", "Sheffield", "Tallahassee"]
        );
        // "Leer" is also an adjective: only after a locative preposition.
        assert!(places("de", &["Leer stehende Häuser verfallen."]).is_empty());
        assert_eq!(names("de", "Die Fähre fährt nach Leer."), ["Leer"]);
    }

    #[test]
    fn unknown_towns_by_cue_and_dateline() {
        let p = places(
            "de",
            &["Kirchheim. Das Bad schließt.", "Schulen fahren nach Weißenfeld, die Kirchheimer Vereine nicht."],
        );
        assert_eq!(p, [("Kirchheim".into(), 2), ("Weißenfeld".into(), 1)]);
        // A common noun after a contracted preposition is not a place.
        assert!(places("de", &["Das steht im Landkreis und in Zukunft im Stadtwald."]).is_empty());
    }

    #[test]
    fn two_word_towns_compass_points_and_listed_rivers() {
        let got = places(
            "en",
            &[
                "The storm hit Las Cruces hardest; residents in Las Cruces, and 20 miles north of Socorro, lost \
                 power. Floods closed the Daintree, Mossman and Barron rivers in the Padstow area.",
                "Engineers in Internet Explorer teams and in Applied Mathematics said so.",
            ],
        );
        let names: Vec<&str> = got.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["Las Cruces", "Socorro", "Daintree River", "Mossman River", "Barron River", "Padstow"]);
        let got = places(
            "en",
            &["Stormy weather reached Mossbank, a small fishing village, and Tilly, a fishing trawler, sank."],
        );
        let names: Vec<&str> = got.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["Mossbank"]);
        let got = places(
            "en",
            &["Padstow's mayor met rangers from Kilbride Burn, Lough Neagh and Corbeau Creek in Chamarajanagar district."],
        );
        let names: Vec<&str> = got.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["Padstow", "Kilbride Burn", "Lough Neagh", "Corbeau Creek", "Chamarajanagar"]);
        let got = places(
            "en",
            &["Rangers in Yellowstone National Park and the Nagarhole Tiger Reserve met the Federal Reserve."],
        );
        let names: Vec<&str> = got.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["Yellowstone National Park", "Nagarhole Tiger Reserve"]);
        let got = places("de", &["Treffurts Bürgermeister Enrico Thiele lobte den Fund."]);
        assert_eq!(got, [("Treffurt".into(), 1)]);
        let got = places(
            "de",
            &["Landwirte aus dem Illertal und vom Rhonegletscher trafen sich im Wartburgkreis. Der Silvrettagletscher \
               oberhalb des Prättigaus schmolz. Im Vorjahresquartal sank im Wahlkreis, im Vorjahresquartal und im Freundeskreis das Kapital.",
              "Haselünne – Die Molkerei senkt den Preis."],
        );
        let names: Vec<&str> = got.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            ["Illertal", "Rhonegletscher", "Wartburgkreis", "Silvrettagletscher", "Prättigau", "Haselünne"]
        );
        let got = places("de", &["Das Dorf liegt nördlich von Hausach, nördlich von Bedeutung ist nichts."]);
        let names: Vec<&str> = got.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["Hausach"]);
    }

    #[test]
    fn places_named_by_context() {
        let names = |lang, text| places(lang, &[text]).into_iter().map(|(n, _)| n).collect::<Vec<_>>();
        assert_eq!(
            names("en", "Lava reached the fishing town of Grindavik on the Reykjanes peninsula, near the River Ugie."),
            ["Grindavik", "Reykjanes", "River Ugie"]
        );
        assert_eq!(names("en", "The firm, based in Akron and Dayton, hired Smith in May."), ["Akron", "Dayton"]);
        assert_eq!(
            names("de", "Das Bad im Stadtteil Drispenstedt und ein Werk im Kreis Steinburg in Ostbayern."),
            ["Drispenstedt", "Kreis Steinburg", "Ostbayern"]
        );
        assert_eq!(
            names("en", "Ferries to Orcas Island and the Hallam Islands stopped.."),
            ["Orcas Island", "Hallam Islands"]
        );
        assert_eq!(
            names("de", "Masern im Zollern-Alb-Kreis, nicht im Freundeskreis oder Wahlkreis."),
            ["Zollern-Alb-Kreis"]
        );
    }
}
