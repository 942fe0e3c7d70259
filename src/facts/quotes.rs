//! Direct quotations and their speakers.
//!
//! Quotation marks: „…“ and »…« (German), “…” (English), «…» (Swiss/French), ‚…‘, and
//! straight "…". A quote opened at the start of a paragraph, or before a paragraph that opens
//! with a quotation mark, and not closed runs to the end of the paragraph (the convention for
//! quotes over several paragraphs). Quoted
//! organisation names (vom „German Marshall Fund“) are not quotes, nor are one- or two-word
//! scare quotes without a speech verb.
//!
//! The speaker is the person next to a speech verb after the quote ("…“, kommentiert
//! China-Expertin Bonnie Glaser", "…," Briggs said) or before it in the same sentence
//! ("Briggs said: “…”"); a pronoun ("sagte er", "she said") or a quote without attribution
//! that continues the previous speaker's words is given to the person mentioned last.

use std::collections::HashMap;

use super::lexicon::{self, Gender, Lexicon};
use super::people::{KIN_NOUNS, TITLE_ABBREVIATIONS};
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

const PRONOUNS: &[&str] = &["er", "sie", "he", "she", "they"];

struct Mentions {
    /// (block, token start byte) → person name.
    at: HashMap<(usize, usize), String>,
    /// All person mentions in order: (block, start byte, name).
    ordered: Vec<(usize, usize, String)>,
    /// Person name → roles, lowercase.
    roles: HashMap<String, Vec<String>>,
    /// Person name → gender, where the text tells it (see [`person_genders`]).
    genders: HashMap<String, Gender>,
}

impl Mentions {
    fn person_at(&self, b: &BlockDoc<'_>, k: usize) -> Option<String> {
        let t = b.tokens.get(k)?;
        self.at.get(&(b.index, t.start)).cloned()
    }

    /// Is a person mentioned in `block` between bytes `from` and `to`?
    fn named_in(&self, block: usize, from: usize, to: usize) -> bool {
        let k = self.ordered.partition_point(|(b, s, _)| (*b, *s) < (block, from));
        self.ordered.get(k).is_some_and(|(b, s, _)| *b == block && *s < to)
    }

    /// The person mentioned last before (block, byte).
    fn last_before(&self, block: usize, byte: usize) -> Option<String> {
        let k = self.ordered.partition_point(|(b, s, _)| (*b, *s) < (block, byte));
        k.checked_sub(1).and_then(|k| self.ordered.get(k)).map(|(_, _, n)| n.clone())
    }

    /// The topic before (block, byte), which a pronoun or description refers to: the first
    /// person the paragraph names before it (its subject, as a rule: "Linda Kowalczyk, whose
    /// husband, Frank Kowalczyk, died …. "…," she said" is Linda's, although Frank was named
    /// last), else the subject of the nearest earlier sentence that names anyone.
    ///
    /// With a gender ("she said"), people of the other gender are passed over.
    fn topic_before(&self, doc: &Doc<'_>, block: usize, byte: usize, gender: Option<Gender>) -> Option<String> {
        let in_block = self.ordered.partition_point(|(b, _, _)| *b < block);
        let in_paragraph =
            self.ordered.get(in_block..).unwrap_or(&[]).iter().take_while(|(b, s, _)| *b == block && *s < byte);
        if let Some((_, _, n)) = in_paragraph.clone().find(|(_, _, n)| self.fits(n, gender)) {
            return Some(n.clone());
        }
        self.nearest_subject(doc, block, byte, gender)
    }

    /// Can a pronoun or description of `gender` refer to the person `name`? Yes unless both
    /// genders are known and differ.
    fn fits(&self, name: &str, gender: Option<Gender>) -> bool {
        match (self.genders.get(name), gender) {
            (Some(a), Some(b)) => *a == b,
            _ => true,
        }
    }

    /// The first person named in the nearest sentence before (block, byte) that names anyone.
    ///
    /// With a gender ("she said"), people of the other gender are passed over, and a person
    /// known to be of that gender wins over one of unknown gender who is not a sentence's
    /// subject ("Sarah Gille sat in … Later, Sarah studied … with Lorenz and Rothman. "…," she
    /// said" is Sarah's).
    fn nearest_subject(&self, doc: &Doc<'_>, block: usize, byte: usize, gender: Option<Gender>) -> Option<String> {
        let mut k = self.ordered.partition_point(|(b, s, _)| (*b, *s) < (block, byte));
        // The first person of unknown gender met, and the paragraph they are in.
        let mut unknown: Option<(usize, &String)> = None;
        for _ in 0..40 {
            let Some((lb, ls, last)) = k.checked_sub(1).and_then(|p| self.ordered.get(p)) else {
                break;
            };
            if unknown.is_some_and(|(ub, _)| ub != *lb) {
                break;
            }
            let Some(b) = doc.blocks.get(*lb) else {
                return Some(last.clone());
            };
            let t = b.tokens.partition_point(|t| t.start < *ls);
            let sentence = b.sentence_of(t);
            let first_byte = b.tokens.get(sentence.start).map_or(0, |t| t.start);
            let first = self.ordered.partition_point(|(bb, s, _)| (*bb, *s) < (*lb, first_byte));
            let named = self.ordered.get(first..k).unwrap_or(&[]);
            let Some(g) = gender else {
                return named.first().map(|(_, _, n)| n.clone());
            };
            if let Some((_, _, n)) = named.iter().find(|(_, _, n)| self.genders.get(n.as_str()) == Some(&g)) {
                return Some(n.clone());
            }
            // A subject of unknown gender is taken; one named later in its sentence only if
            // no one known to be of the gender is named earlier in the paragraph.
            if let Some((_, _, n)) = named.first().filter(|(_, _, n)| self.fits(n, gender)) {
                return Some(n.clone());
            }
            if unknown.is_none() {
                unknown = named.iter().find(|(_, _, n)| self.fits(n, gender)).map(|(b, _, n)| (*b, n));
            }
            if first >= k {
                break;
            }
            k = first;
        }
        match unknown {
            Some((_, n)) => Some(n.clone()),
            None => gender.and_then(|_| self.nearest_subject(doc, block, byte, None)),
        }
    }

    /// The person a description refers to ("der Minister", "the governor", "die 26-Jährige"):
    /// the last one mentioned before (block, byte) whose role ends with the described role
    /// ("Innenminister" for "Minister"), else the topic.
    fn described_before(
        &self,
        doc: &Doc<'_>,
        block: usize,
        byte: usize,
        role: Option<&str>,
        gender: Option<Gender>,
    ) -> Option<String> {
        let k = self.ordered.partition_point(|(b, s, _)| (*b, *s) < (block, byte));
        let before = self.ordered.get(..k).unwrap_or(&[]);
        // Without a role to match ("der 41-Jährige"), the subject of the nearest sentence
        // naming someone, who was just being talked about.
        if role.is_none() {
            return self.nearest_subject(doc, block, byte, gender);
        }
        let fits = |name: &str| {
            role.is_some_and(|r| {
                self.roles.get(name).is_some_and(|rs| rs.iter().any(|x| x.ends_with(r) || r.ends_with(x.as_str())))
            })
        };
        before
            .iter()
            .rev()
            .find(|(_, _, n)| fits(n))
            .map(|(_, _, n)| n.clone())
            .or_else(|| self.topic_before(doc, block, byte, gender))
    }
}

/// Finds quotes in all blocks, in article order. A person without roles who is described as
/// the speaker ("…," the retired teacher said) gets the description as a role.
pub(crate) fn extract(doc: &Doc<'_>, people: &mut [Person], orgs: &[Named]) -> Vec<Quote> {
    let lx = lexicon::get();
    let mut ordered: Vec<(usize, usize, String)> =
        people.iter().flat_map(|p| p.spans.iter().map(move |s| (s.block, s.start, p.name.clone()))).collect();
    ordered.sort();
    let roles = people
        .iter()
        .map(|p| (p.name.clone(), p.roles.iter().map(|r| r.to_lowercase().trim_end_matches('.').to_string()).collect()))
        .collect();
    let genders = person_genders(lx, doc, people);
    let mentions =
        Mentions { at: ordered.iter().map(|(b, s, n)| ((*b, *s), n.clone())).collect(), ordered, roles, genders };
    let org_at: HashMap<(usize, usize), String> =
        orgs.iter().flat_map(|o| o.spans.iter().map(move |s| ((s.block, s.start), o.name.clone()))).collect();
    let mut out: Vec<Quote> = Vec::new();
    let mut described_roles: Vec<(String, String)> = Vec::new();
    // (block, token) after the last attributed quote, for continuations.
    let mut last: Option<(usize, usize, String)> = None;
    for (pos, b) in doc.blocks.iter().enumerate() {
        if b.kind == BlockKind::Heading {
            continue;
        }
        // The next paragraph opens with a quotation mark: a quote left open here goes on there
        // (the convention for quotes over several paragraphs), so it ends with this paragraph.
        let continued = doc
            .blocks
            .get(pos + 1)
            .is_some_and(|next| next.tokens.first().is_some_and(|t| closer_for(t.text(next.text), doc.lang).is_some()));
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
                None if i == 0 || continued => n,
                None => {
                    i += 1;
                    continue;
                }
            };
            let inner = i + 1..end;
            let words = inner.clone().filter(|&k| b.tokens[k].kind == Kind::Word).count();
            let org = inner.clone().any(|k| b.claims.get(k) == Some(&Claim::Org));
            if inner.is_empty() || (org && words <= 4) {
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
                Speaker::Pronoun(gender) => mentions.nearest_subject(doc, b.index, first, gender).unwrap_or_default(),
                Speaker::Described(d, gender) => {
                    let key = d.as_ref().map(|d| d.key.as_str());
                    let who = mentions.described_before(doc, b.index, first, key, gender).unwrap_or_default();
                    // "…," the retired teacher said: the description is a role of the person
                    // when the text gave them none.
                    if let Some(d) = d.filter(|_| !who.is_empty()) {
                        described_roles.push((who.clone(), d.shown));
                    }
                    who
                }
            });
            let speaker = speaker.filter(|s| !s.is_empty()).or_else(|| {
                // Continuation of the last attributed quote with no other person in between.
                let (lb, lt, name) = last.clone()?;
                let between = mentions.last_before(b.index, first);
                let near = lb + 1 >= b.index;
                (near && between.as_deref().is_none_or(|p| p == name) && (lb, lt) <= (b.index, first)).then_some(name)
            });
            // A quote that makes up a whole sentence in a paragraph about someone is theirs
            // ("Stadtkämmerin Petra Olschewski verteidigte den Kurs. … „Wir stehen …“").
            let speaker = speaker.or_else(|| {
                // Also after a colon: "… sei unverzichtbar: „Wenn die Schäfer aufgeben, …“".
                let opens = (b.at_sentence_start(i) || i.checked_sub(1).is_some_and(|c| b.word(c) == ":"))
                    && b.word(end.saturating_sub(1)).ends_with(['.', '!', '?']);
                let since = b.tokens.first().map_or(0, |t| t.start);
                let topic = mentions.nearest_subject(doc, b.index, first, None)?;
                let in_block = mentions.named_in(b.index, since, first);
                // Speech anywhere in the paragraph ("… „Man baut hier …“ Die Feuerwehr habe sich
                // nie beschwert, sagte Vogt.").
                let spoken = || (0..n).filter(|k| !inner.contains(k)).any(|k| is_verb(lx, doc.lang, b.word(k)));
                (opens && words >= 3 && in_block && spoken()).then_some(topic)
            });
            // Reported speech goes on in the subjunctive after a speech verb: „…, erklärte
            // Institutsleiterin Wiebke Ostendorf. Die neue Quote sei „ein politischer
            // Kompromiss“." The person named last in the paragraph said it.
            let speaker = speaker.or_else(|| {
                let s = b.sentence_of(i);
                let subjunctive = doc.lang == Lang::De
                    && (s.start..s.end).filter(|k| !inner.contains(k)).any(|k| SUBJUNCTIVES.contains(&b.word(k)));
                let spoken = (0..s.start).any(|k| is_verb(lx, doc.lang, b.word(k)));
                let since = b.tokens.first().map_or(0, |t| t.start);
                if !(subjunctive && spoken && mentions.named_in(b.index, since, first)) {
                    return None;
                }
                mentions.last_before(b.index, first)
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
    for (name, role) in described_roles {
        if let Some(p) = people.iter_mut().find(|p| p.name == name && p.roles.is_empty()) {
            p.roles.push(role);
        }
    }
    out
}

enum Speaker {
    /// A person or organisation named next to the speech verb.
    Named(String),
    /// "er", "she": the topic of that gender.
    Pronoun(Option<Gender>),
    /// "der Minister", "the 34-year-old": the last person with that role, or the topic (of
    /// the gender the German article tells: "die 26-Jährige").
    Described(Option<Description>, Option<Gender>),
}

/// The gender of the pronoun at token `k`: "he"/„er" and "she"/„sie"; German „sie" next to a
/// plural verb ("sagten sie") and "they", "we", "I" tell none.
fn pronoun_gender(b: &BlockDoc<'_>, k: usize) -> Option<Gender> {
    match b.word(k).to_lowercase().as_str() {
        "he" | "er" => Some(Gender::Male),
        "she" => Some(Gender::Female),
        "sie" => {
            let plural = |w: &str| w.len() > 3 && w.ends_with("en") && w.chars().all(char::is_lowercase);
            let next_to_plural = plural(b.word(k + 1)) || k.checked_sub(1).is_some_and(|p| plural(b.word(p)));
            (!next_to_plural).then_some(Gender::Female)
        }
        _ => None,
    }
}

/// The gender a German article before a description tells in the nominative: „der
/// 41-Jährige", „die Ministerin".
fn article_gender(lang: Lang, article: &str) -> Option<Gender> {
    match (lang, article.to_lowercase().as_str()) {
        (Lang::De, "der") => Some(Gender::Male),
        (Lang::De, "die") => Some(Gender::Female),
        _ => None,
    }
}

/// English words for people that tell their gender, lowercase.
const EN_FEMALE_WORDS: &[&str] = &[
    "spokeswoman",
    "chairwoman",
    "businesswoman",
    "congresswoman",
    "councilwoman",
    "actress",
    "waitress",
    "mother",
    "wife",
    "sister",
    "daughter",
    "grandmother",
    "widow",
    "queen",
    "princess",
    "duchess",
    "countess",
    "baroness",
    "lady",
    "dame",
    "nun",
    "girl",
    "woman",
    "mrs",
    "ms",
    "miss",
    "madam",
    "policewoman",
    "sportswoman",
];
/// See [`EN_FEMALE_WORDS`].
const EN_MALE_WORDS: &[&str] = &[
    "spokesman",
    "chairman",
    "businessman",
    "congressman",
    "councilman",
    "actor",
    "waiter",
    "father",
    "husband",
    "brother",
    "son",
    "grandfather",
    "widower",
    "king",
    "prince",
    "duke",
    "count",
    "baron",
    "lord",
    "sir",
    "monk",
    "boy",
    "man",
    "mr",
    "policeman",
    "sportsman",
];

/// What the text tells of each person's gender, strongest sign first: a title before a
/// mention ("Frau Kettler", "Mr Lyle"), a gendered role ("spokeswoman", „Ministerin"), the
/// given name ("Sabine"), a German masculine role („Minister").
fn person_genders(lx: &Lexicon, doc: &Doc<'_>, people: &[Person]) -> HashMap<String, Gender> {
    let mut out = HashMap::new();
    for p in people {
        let titled = p.spans.iter().find_map(|s| {
            let b = doc.blocks.get(s.block)?;
            let t = b.tokens.partition_point(|t| t.start < s.start);
            let mut k = t.checked_sub(1)?;
            if b.word(k) == "." {
                k = k.checked_sub(1)?;
            }
            match b.word(k) {
                "Frau" | "Mrs" | "Ms" | "Miss" | "Madam" | "Dame" | "Lady" => Some(Gender::Female),
                "Herr" | "Mr" | "Sir" | "Lord" => Some(Gender::Male),
                _ => None,
            }
        });
        let role_gender = |r: &str| -> Option<Gender> {
            let l = r.to_lowercase();
            let last = l.rsplit([' ', '-']).next().unwrap_or(&l);
            if EN_FEMALE_WORDS.contains(&last) {
                return Some(Gender::Female);
            }
            if EN_MALE_WORDS.contains(&last) {
                return Some(Gender::Male);
            }
            // „Ministerin", „Landrätin": a German role with the feminine ending.
            let stem = r.strip_suffix("in").filter(|s| s.chars().count() > 3)?;
            lx.role(stem, Lang::De)
                .or_else(|| lx.role(&stem.replace(['ä', 'Ä'], "a").replace('ö', "o").replace('ü', "u"), Lang::De))?;
            Some(Gender::Female)
        };
        let roles = p.roles.iter().find_map(|r| role_gender(r));
        let given = p.name.split(' ').next().and_then(|w| lx.given_name_gender(w));
        let masculine_role = (doc.lang == Lang::De)
            .then(|| {
                p.roles.iter().any(|r| {
                    !r.ends_with("in") && !r.ends_with('e') && !r.contains(' ') && lx.role(r, Lang::De).is_some()
                })
            })
            .filter(|&m| m)
            .map(|_| Gender::Male);
        if let Some(g) = titled.or(roles).or(given).or(masculine_role) {
            out.insert(p.name.clone(), g);
        }
    }
    out
}

/// German subjunctive (Konjunktiv I) forms that mark reported speech: „Die Quote sei …".
const SUBJUNCTIVES: &[&str] = &[
    "sei", "seien", "habe", "werde", "müsse", "müssten", "könne", "dürfe", "solle", "wolle", "gebe", "fehle", "gehe",
    "brauche", "liege", "stehe", "bleibe", "komme",
];

/// Verbs that introduce quoted words without being said-verbs ("nannte das einen „…“",
/// "sprach von einem „…“", "called it "…""): they attribute quotes of three words or more.
const QUOTE_VERBS: &[&str] = &[
    "nannte",
    "nennt",
    "nannten",
    "sprach",
    "spricht",
    "sprachen",
    "bezeichnete",
    "bezeichnet",
    "warf",
    "wirft",
    "warfen",
    "lobte",
    "lobt",
    "called",
    "calls",
    "described",
    "describes",
    "dubbed",
    "urged",
    "urges",
];

/// A person described by a role: the role noun, lowercase, to find who had it ("minister"),
/// and the description as written, to give it to them ("retired teacher", "Minister").
struct Description {
    key: String,
    shown: String,
}

/// A description of a person after an article: a role noun, maybe after adjectives ("der
/// Minister", "the governor", "the retired teacher", "der frühere Minister") or an age ("die
/// 26-Jährige", "the 34-year-old", "the 19-year-old qualifier"). Returns the role (`None` for
/// an age or a noun that is no role) and the token after the description.
fn description_at(lx: &Lexicon, lang: Lang, b: &BlockDoc<'_>, k: usize) -> Option<(Option<Description>, usize)> {
    let det = b.word(k).to_lowercase();
    if !matches!(det.as_str(), "der" | "die" | "the") {
        return None;
    }
    let role_at = |j: usize, from: usize| {
        let r = lx.role(b.word(j), lang)?;
        // "the … regulators" are several people, not one speaker.
        if lang == Lang::En && !r.eq_ignore_ascii_case(b.word(j)) {
            return None;
        }
        let shown = match lang {
            Lang::De => r.clone(),
            Lang::En => b.slice(from, j + 1).to_string(),
        };
        Some(Description { key: r.to_lowercase(), shown })
    };
    let w = b.word(k + 1);
    if b.tokens.get(k + 1)?.kind == Kind::Number && b.word(k + 2) == "-" {
        let age = b.word(k + 3).to_lowercase();
        if !(age.starts_with("jährig") || age == "year-old") {
            return None;
        }
        return Some(match role_at(k + 4, k + 4) {
            Some(d) => (Some(d), k + 5),
            None => (None, k + 4),
        });
    }
    // Up to two adjectives before the role noun: lowercase words that are neither function
    // words nor verbs ("the retired teacher", "der langjährige Bürgermeister").
    let mut j = k + 1;
    while j < k + 3 && is_adjective_like(lx, lang, b, j) && lx.role(b.word(j), lang).is_none() {
        j += 1;
    }
    if let Some(d) = role_at(j, k + 1) {
        return Some((Some(d), j + 1));
    }
    // Nouns for people that are not roles: "sagt die Mutter zweier Kinder", "the widow said",
    // "die Rentnerin" (a German feminine noun of a person in -in).
    let l = w.to_lowercase();
    let feminine = lang == Lang::De && l.len() > 6 && l.ends_with("erin") && is_capitalised(w);
    let kin = KIN_NOUNS.contains(&l.as_str()) || matches!(l.as_str(), "mum" | "mom" | "dad" | "oma" | "opa");
    (kin || feminine).then_some((None, k + 2))
}

/// Is token `k` a German noun for an inhabitant, closing the clause („der Däne", „die
/// Französin", „der Berliner")? Its stem starts a country adjective („dänisch") or is a
/// place.
fn is_demonym(lx: &Lexicon, b: &BlockDoc<'_>, k: usize) -> bool {
    let w = b.word(k);
    let closes = b.tokens.get(k + 1).is_none_or(|t| t.kind == Kind::Punct) || lx.is_stop_in(b.word(k + 1), Lang::De);
    if !closes || !is_capitalised(w) || !w.chars().skip(1).all(char::is_lowercase) {
        return false;
    }
    let l = w.to_lowercase();
    // „die Dänin", „die Berlinerin": the feminine form without „-in".
    names_inhabitant(lx, &l) || l.strip_suffix("in").is_some_and(|m| m.chars().count() >= 3 && names_inhabitant(lx, m))
}

/// Is the lowercase masculine noun `form` an inhabitant's name: without its ending („-er",
/// „-e", „-ier", „-ose") it starts a country adjective („dän" → „dänisch") or is a place?
fn names_inhabitant(lx: &Lexicon, form: &str) -> bool {
    ["ier", "ose", "er", "e", ""].iter().filter_map(|e| form.strip_suffix(e)).any(|stem| {
        let stem_len = stem.chars().count();
        stem_len >= 3
            && (lx.place_adj_de.keys().any(|a| a.starts_with(stem) && a.chars().count() <= stem_len + 6)
                || lx.is_single_place(stem))
    })
}

/// A lowercase word that may qualify a role noun: no function word, verb or number.
fn is_adjective_like(lx: &Lexicon, lang: Lang, b: &BlockDoc<'_>, j: usize) -> bool {
    let w = b.word(j);
    b.tokens.get(j).is_some_and(|t| t.kind == Kind::Word)
        && w.chars().next().is_some_and(char::is_lowercase)
        && !lx.is_stop_in(w, lang)
        && !is_verb(lx, lang, w)
        && !PRONOUNS.contains(&w)
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
    let mut sentence_end = b.sentence_of(close).end.max(close + 1);
    // "“Do they reinvest it?” Forte said.": a question or exclamation inside the quote ends
    // the sentence, but a speech verb within the next few words still attributes it.
    let asks = close > 0 && matches!(b.word(close - 1), "?" | "!");
    if asks
        && sentence_end == close + 1
        && (close + 1..(close + 5).min(b.tokens.len())).any(|v| is_verb(lx, lang, b.word(v)))
    {
        sentence_end = b.sentence_of(close + 1).end;
    }
    let mut k = close + 1;
    if b.word(k) == "," {
        k += 1;
    }
    let window = k..(k + 16).min(b.tokens.len());
    let mut verb_seen = false;
    let mut plural_verb = false;
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
            // „schreiben die Anwälte": a German plural verb has several speakers.
            plural_verb = lang == Lang::De && w.ends_with("en");
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
                // "sagte der Hohe Vertreter der EU …, Jonas Ahlqvist": the organisation is
                // part of a role phrase when a person follows in the same clause.
                if let Some(name) = person_in_clause(b, j + 1, sentence_end, mentions) {
                    return Some(Speaker::Named(name));
                }
                return Some(Speaker::Named(org.clone()));
            }
        }
        // "…“, hatte er damals unter Tränen gesagt": the participle may come at the clause's end.
        let verb_later = || {
            (j + 1..(j + 6).min(sentence_end))
                .take_while(|&v| b.tokens[v].kind == Kind::Word)
                .any(|v| is_verb(lx, lang, b.word(v)))
        };
        if PRONOUNS.contains(&w.to_lowercase().as_str()) && (verb_seen || verb_later()) {
            return Some(Speaker::Pronoun(pronoun_gender(b, j)));
        }
        if let Some((role, next)) = description_at(lx, lang, b, j) {
            let verb_next = is_verb(lx, lang, b.word(next));
            let apposed = b.word(next) == "," && mentions.person_at(b, next + 1).is_some();
            if verb_seen || verb_next || apposed {
                // "sagte der Rektor der Universität Leipzig, Martin Ebersbach": the name follows.
                if let Some(name) = person_in_clause(b, next, sentence_end, mentions) {
                    return Some(Speaker::Named(name));
                }
                return Some(Speaker::Described(role, article_gender(lang, w)));
            }
        }
        // "…“, erklärte der Däne nach dem Spiel": after a singular verb, an article and a noun
        // for an inhabitant.
        if verb_seen && !plural_verb && lang == Lang::De && matches!(w, "der" | "die") && is_demonym(lx, b, j + 1) {
            return Some(Speaker::Described(None, article_gender(lang, w)));
        }
        // Lowercase words other than articles end the attribution ("…“, sagte der Minister"),
        // unless a description set off by commas leads to the name ("…," the group's chair,
        // Robert Lyle, said).
        if !verb_seen && !is_capitalised(w) && b.tokens[j].kind == Kind::Word && !lx.is_stop_in(w, lang) {
            return titled_speaker(lx, lang, b, j, mentions)
                .or_else(|| apposed_speaker(lx, lang, b, j, sentence_end, mentions))
                .or_else(|| trailing_speaker(lx, lang, b, j, sentence_end, mentions));
        }
    }
    None
}

/// The first person mentioned in tokens `from..end` before a clause-ending mark.
fn person_in_clause(b: &BlockDoc<'_>, from: usize, end: usize, mentions: &Mentions) -> Option<String> {
    for j in from..end.min(from + 14) {
        if let Some(name) = mentions.person_at(b, j) {
            return Some(name);
        }
        // "die Leiterin des Gesundheitsamts, Dr. Sabine Oetinger": a title's dot goes on.
        let title_dot = b.word(j) == "." && j > 0 && TITLE_ABBREVIATIONS.contains(&b.word(j - 1));
        if matches!(b.word(j), "." | "!" | "?" | ";" | ":" | "(") && !title_dot {
            return None;
        }
    }
    None
}

/// "…," company spokeswoman Dana Whitfield said, "…", IMO geophysicist Sigrún Helgadóttir
/// told reporters: a title of a few words, the name and a speech verb.
fn titled_speaker(lx: &Lexicon, lang: Lang, b: &BlockDoc<'_>, from: usize, mentions: &Mentions) -> Option<Speaker> {
    for j in from + 1..(from + 5).min(b.tokens.len()) {
        if let Some(name) = mentions.person_at(b, j) {
            let verb = (j + 1..(j + 5).min(b.tokens.len())).any(|v| is_verb(lx, lang, b.word(v)));
            return verb.then_some(Speaker::Named(name));
        }
        let title_dot = b.word(j) == "." && TITLE_ABBREVIATIONS.contains(&b.word(j - 1));
        if b.tokens[j].kind != Kind::Word && b.word(j) != "-" && !title_dot {
            return None;
        }
    }
    None
}

/// "…," the group's chair, Robert Lyle, said: a description, a comma, the name, a comma and
/// a speech verb.
fn apposed_speaker(
    lx: &Lexicon,
    lang: Lang,
    b: &BlockDoc<'_>,
    from: usize,
    end: usize,
    mentions: &Mentions,
) -> Option<Speaker> {
    let comma = (from..end.min(from + 8)).find(|&j| b.word(j) == ",")?;
    let name = mentions.person_at(b, comma + 1)?;
    let after = (comma + 2..end.min(comma + 6)).find(|&j| b.word(j) == ",")?;
    is_verb(lx, lang, b.word(after + 1)).then_some(Speaker::Named(name))
}

/// "“We must pay attention to what is written” in that law, Azzouz said.": the quote is part
/// of a clause whose attribution closes the sentence — a comma, a person, pronoun or
/// description and a speech verb, with no other quote in between.
fn trailing_speaker(
    lx: &Lexicon,
    lang: Lang,
    b: &BlockDoc<'_>,
    from: usize,
    end: usize,
    mentions: &Mentions,
) -> Option<Speaker> {
    // The sentence up to its final mark (a next quote's opening mark may hang on to it).
    let end = (from..end.min(b.tokens.len())).find(|&j| matches!(b.word(j), "." | "!" | "?"))?;
    if (from..end).any(|j| closer_for(b.word(j), lang).is_some()) {
        return None;
    }
    let comma = (from..end).rev().find(|&j| b.word(j) == ",")?;
    let verb = (comma + 2..(comma + 6).min(end)).find(|&v| is_verb(lx, lang, b.word(v)))?;
    // Only the attribution follows the verb: "Azzouz said." or "Azzouz said in a statement."
    if (verb + 1..end).any(|j| b.tokens[j].kind == Kind::Punct) {
        return None;
    }
    if let Some(name) = mentions.person_at(b, comma + 1) {
        return Some(Speaker::Named(name));
    }
    let w = b.word(comma + 1).to_lowercase();
    if verb == comma + 2 && PRONOUNS.contains(&w.as_str()) {
        return Some(Speaker::Pronoun(pronoun_gender(b, comma + 1)));
    }
    // "…, the chairman said.": a description right before the verb.
    let (role, next) = description_at(lx, lang, b, comma + 1)?;
    (next == verb).then(|| Speaker::Described(role, article_gender(lang, b.word(comma + 1))))
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
    let words = (open + 1..b.tokens.len())
        .take_while(|&k| closer_for(b.word(k), lang).is_none() && b.word(k) != "“" && b.word(k) != "”")
        .filter(|&k| b.tokens[k].kind == Kind::Word)
        .count();
    let verb = (from..open).rev().find(|&k| {
        let w = b.word(k);
        is_verb(lx, lang, w)
            || matches!(w.to_lowercase().as_str(), "laut" | "according")
            // "nannte das einen „…“", "called them "irreplaceable"": right before the quote a
            // single word is reported speech too.
            || ((words >= 3 || open - k <= 4) && QUOTE_VERBS.contains(&w.to_lowercase().as_str()))
    });
    let Some(verb) = verb else {
        // "Kessler-Brandt rechnet mit einer breiten Mehrheit: „…“": a colon after a clause
        // whose subject (a person opening the sentence) is the speaker.
        let colon = open.checked_sub(1).is_some_and(|c| b.word(c) == ":");
        let subject = (s.start..(s.start + 4).min(open)).find_map(|k| mentions.person_at(b, k));
        return subject.filter(|_| colon && words >= 2).map(Speaker::Named);
    };
    // The nearest person (or pronoun) before the quote within the sentence, also across a
    // long apposition or relative clause ("Dr. Ana Lima, who …, said the data was “…”").
    let from = s.start.max(open.saturating_sub(40)).min(from);
    // A person wins over an organisation cited as the source ("Wróbel nannte … der
    // Nachrichtenagentur PAP zufolge „…“", "Delaney told Reuters: "…"").
    // The subject comes before the verb ("Haase-Öztürk warf Brandhorsts Verwaltung vor, „…“");
    // only without one there is it the name right after the verb ("Dann sagte Müller: „…“").
    let mut org_found = None;
    let before_verb = (from..verb + 1).rev();
    let after_verb = verb + 1..open;
    for k in before_verb.chain(after_verb) {
        if let Some(name) = mentions.person_at(b, k) {
            // "Harriet Thornbury, the granddaughter of founder Josiah Thornbury, called it
            // "…"": a person inside an apposition is not the subject; the person it describes is.
            let apposed = k < verb && (k..verb).any(|c| b.word(c) == ",");
            let subject = (s.start..k.min(s.start + 6))
                .find(|&j| {
                    mentions.person_at(b, j).is_some_and(|n| n != name)
                        && (j + 1..(j + 5).min(k)).any(|c| b.word(c) == ",")
                })
                .and_then(|j| mentions.person_at(b, j));
            if let Some(subject) = subject.filter(|_| apposed) {
                return Some(Speaker::Named(subject));
            }
            return Some(Speaker::Named(name));
        }
        if let Some(org) = b.tokens.get(k).and_then(|t| org_at.get(&(b.index, t.start))) {
            org_found.get_or_insert_with(|| org.clone());
        }
        // "sagte er", "Er sagte", "said he had …", "sagte, sie habe „…“".
        let near_verb = k + 2 > verb && k < verb + 4;
        if near_verb && PRONOUNS.contains(&b.word(k).to_lowercase().as_str()) && org_found.is_none() {
            // "Er nannte das „historisch“": one or two words after a pronoun are a scare quote
            // as often as reported speech; a named speaker is needed.
            return (words >= 3 || is_verb(lx, lang, b.word(verb))).then_some(Speaker::Pronoun(pronoun_gender(b, k)));
        }
        // "Der 63-Jährige sprach von einem „…“", "Die 31-Jährige aus Basel sagte, sie habe „…“".
        if k <= verb && org_found.is_none() {
            if let Some((role, _)) = description_at(lx, lang, b, k) {
                return Some(Speaker::Described(role, article_gender(lang, b.word(k))));
            }
        }
    }
    // "a window called "status_window"": a short quote needs a person.
    org_found.filter(|_| words >= 3).map(Speaker::Named)
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
    fn age_descriptions_and_titles_after_the_quote() {
        let got = quotes(
            "de",
            &["Meike Brandt eröffnete den Abend. Yusuf Demir warb für eine autofreie Zone. „Wer Menschen in die Stadt holen will, muss etwas bieten“, rief der 41-Jährige."],
        );
        assert_eq!(got, [q("Wer Menschen in die Stadt holen will, muss etwas bieten", Some("Yusuf Demir"))]);
        let got = quotes(
            "en",
            &["\"We took our systems offline to protect patients,\" chief executive Dr. Rachel Odegaard said."],
        );
        assert_eq!(got, [q("We took our systems offline to protect patients,", Some("Rachel Odegaard"))]);
    }

    #[test]
    fn a_described_speaker_without_a_role_gets_the_description() {
        let a = Article {
            lang: Some("en".into()),
            blocks: vec![Block {
                kind: BlockKind::Paragraph,
                text: "Carl Jennings has taken the ferry for eight years. \u{201c}Now I don't know how I'll get \
                       there,\u{201d} the retired teacher said."
                    .into(),
            }],
            ..Article::default()
        };
        let f = crate::facts::extract(&a);
        assert_eq!(f.quotes[0].speaker.as_deref(), Some("Carl Jennings"));
        assert_eq!(f.people[0].roles, ["retired teacher"]);
        // A person with a role keeps it; the description only finds them.
        let a = Article {
            lang: Some("de".into()),
            blocks: vec![Block {
                kind: BlockKind::Paragraph,
                text: "Landrat Peter Vogel kam spät. „Wir bleiben dran“, sagte der frühere Lehrer.".into(),
            }],
            ..Article::default()
        };
        let f = crate::facts::extract(&a);
        assert_eq!(f.quotes[0].speaker.as_deref(), Some("Peter Vogel"));
        assert_eq!(f.people[0].roles, ["Landrat"]);
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
    fn described_and_apposed_speakers() {
        let got = quotes(
            "de",
            &[
                "Innenminister Florian Waibel (CSU) besuchte Günzburg. Lena Hartmann kam auch.",
                "„Niemand wird allein gelassen“, sagte der Minister.",
                "„Wir sind bereit“, sagte der Hohe Vertreter der EU für Außenpolitik, Jonas Ahlqvist, danach.",
            ],
        );
        assert_eq!(got[0].1.as_deref(), Some("Florian Waibel"));
        assert_eq!(got[1].1.as_deref(), Some("Jonas Ahlqvist"));
        let got = quotes(
            "en",
            &[
                "Robert Lyle leads the group.",
                "\"Decisions of this scale should not be taken behind closed doors,\" the group's chair, Robert \
                 Lyle, said. Ann Smith, 34, agreed.",
                "\"It was quick,\" the 34-year-old said.",
            ],
        );
        assert_eq!(got[0].1.as_deref(), Some("Robert Lyle"));
        assert_eq!(got[1].1.as_deref(), Some("Ann Smith"));
    }

    #[test]
    fn partial_quotes_in_reported_speech() {
        let got = quotes(
            "de",
            &["Polens Außenminister Tomasz Wróbel nannte das der Nachrichtenagentur PAP zufolge „ein Geschenk an Moskau“."],
        );
        assert_eq!(got, [q("ein Geschenk an Moskau", Some("Tomasz Wróbel"))]);
        let got = quotes("de", &["Richterin Annette Kröger sprach von einem „besonders dreisten Griff in die Kasse“."]);
        assert_eq!(got, [q("besonders dreisten Griff in die Kasse", Some("Annette Kröger"))]);
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

    #[test]
    fn pronouns_agree_in_gender_with_the_nearest_subject() {
        // "she" passes over the man named last; "er" goes to the subject of the last sentence,
        // not to the first man of the paragraph.
        let got = quotes(
            "en",
            &["Ellen Fetter married John Gille. John Gille stayed in touch with Lorenz. \"I always had this image,\" \
               she said."],
        );
        assert_eq!(got[0].1.as_deref(), Some("Ellen Fetter"));
        let got = quotes(
            "de",
            &["„Die Beschäftigten zahlen die Zeche“, sagte Bezirksleiter Stefan Brunnhuber. Betriebsrat Erol \
               Yıldırım erinnerte an die Zusage. „Diese Zusage ist nichts mehr wert“, sagte er."],
        );
        assert_eq!(got[1].1.as_deref(), Some("Erol Yıldırım"));
        let got = quotes(
            "de",
            &["Frau Sabine Kettler und Thomas Ruf kamen. Ruf schwieg. „Wir lassen niemanden allein“, sagte sie."],
        );
        assert_eq!(got[0].1.as_deref(), Some("Sabine Kettler"));
    }

    #[test]
    fn appositions_demonyms_and_quotes_over_paragraphs() {
        // The person inside an apposition is not the subject.
        let got = quotes(
            "en",
            &["Chief executive Harriet Thornbury, the granddaughter of founder Josiah Thornbury, called the decision \
               \u{201c}the hardest of my career\u{201d}."],
        );
        assert_eq!(got[0].1.as_deref(), Some("Harriet Thornbury"));
        // „der Däne" after a singular verb is the person talked about; „schreiben die Anwälte" is
        // no one of them.
        let got = quotes(
            "de",
            &[
                "Trainer Henrik Bjerre nahm eine Auszeit. „Ich habe den Jungs gesagt, dass wir ruhig bleiben \
                 müssen“, erklärte der Däne nach dem Spiel.",
                "Maria Roth schwieg. „Es gab hier keine Zusammenarbeit mit uns“, schreiben die Anwälte der Partei.",
            ],
        );
        assert_eq!(got[0].1.as_deref(), Some("Henrik Bjerre"));
        assert_eq!(got[1].1, None);
        // A quote left open before a paragraph that opens with a quotation mark ends with its
        // paragraph, and the next paragraph continues the speaker.
        let got = quotes(
            "de",
            &[
                "Sprecherin ist Miriam Koç. Sie forderte: „Eine Wohnung ist keine Ware. Die Mieten müssen sinken.",
                "„Die Regierung redet gern von leistbarem Wohnen, aber gebaut wird zu wenig.“",
            ],
        );
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].0, "Eine Wohnung ist keine Ware. Die Mieten müssen sinken.");
        assert_eq!(got[1].1.as_deref(), Some("Miriam Koç"));
    }

    #[test]
    fn attributions_after_questions_and_partial_quotes() {
        // A question or exclamation inside the quote ends the sentence; the speech verb right
        // after still attributes it, and not to the person quoted before.
        let got = quotes(
            "en",
            &[
                "Analyst Jim Forte has doubts. \u{201c}Do they reinvest the profit?\u{201d} Forte said.",
                "\u{201c}Every one of them would say they\u{2019}d be a co-author!\u{201d} Rothman said.",
            ],
        );
        assert_eq!(got[0].1.as_deref(), Some("Jim Forte"));
        assert_eq!(got[1].1.as_deref(), Some("Rothman"));
        // A partial quote inside a clause whose attribution closes the sentence, by a name or
        // a description; a later quote goes on with that speaker.
        let got = quotes(
            "en",
            &[
                "\u{201c}It is a matter of time,\u{201d} said Milton Velez, a supervisor.",
                "\u{201c}We must pay attention to what is written\u{201d} in that law, Lotfi Azzouz said. \
                 \u{201c}There is worry,\u{201d} Azzouz added.",
                "Chairman Tom Reilly opened the meeting.",
                "\u{201c}The rules were clear\u{201d} when the board met, the chairman said.",
            ],
        );
        assert_eq!(got[1].1.as_deref(), Some("Lotfi Azzouz"));
        assert_eq!(got[2].1.as_deref(), Some("Lotfi Azzouz"));
        assert_eq!(got[3].1.as_deref(), Some("Tom Reilly"));
        // "instructed" is a speech verb; the unknown given name "Milton" is found by it.
        assert_eq!(got[0].1.as_deref(), Some("Milton Velez"));
        let got = quotes("en", &["\u{201c}Don\u{2019}t get nervous,\u{201d} instructed Milton Velez."]);
        assert_eq!(got[0].1.as_deref(), Some("Milton Velez"));
    }

    #[test]
    fn reported_speech_in_the_subjunctive_goes_on() {
        let got = quotes(
            "de",
            &["Der Bestand leide unter warmen Wintern, erklärte Institutsleiterin Prof. Wiebke Ostendorf. Die \
               neue Quote sei „ein politischer Kompromiss, der dem Hering keine Atempause verschafft“."],
        );
        assert_eq!(got[0].1.as_deref(), Some("Wiebke Ostendorf"));
        let got = quotes(
            "de",
            &["Maria Roth leitet die Kommission. Die Quote sei „ein Kompromiss, der den Fischern an der Küste \
               keine Zukunft lässt“."],
        );
        assert_eq!(got[0].1, None, "no speech verb before");
    }

    #[test]
    fn late_participles_colons_and_first_person() {
        // A pronoun with the participle at the clause's end.
        let got = quotes(
            "de",
            &["Markus B. hatte ein Geständnis abgelegt. „Ich wollte, dass man mich braucht“, hatte er damals unter \
               Tränen gesagt."],
        );
        assert_eq!(got[0].1.as_deref(), Some("Markus B."));
        // A whole-sentence quote after a colon, in a paragraph with speech.
        let got = quotes(
            "de",
            &["Es seien 140 Tiere gerissen worden, sagte Vizepräsident Karsten Meyerhoff. Die Haltung sei \
               unverzichtbar: „Wenn die Schäfer aufgeben, fehlt uns jemand, der die Deiche pflegt.“"],
        );
        assert_eq!(got[0].1.as_deref(), Some("Karsten Meyerhoff"));
        // "we" and "I" are the writer, not the person named last.
        let got = quotes(
            "en",
            &["Kate Hudson edits the site. Instead of \u{201c}can you make a computer do XYZ for me?\u{201d}, we \
               should be saying \u{201c}can you show me how to make a computer do XYZ?\u{201d}"],
        );
        assert!(got.iter().all(|(_, s)| s.is_none()));
    }

    #[test]
    fn pronouns_go_to_the_topic_and_titles_lead_to_names() {
        let got = quotes(
            "en",
            &[
                "Linda Kowalczyk, whose husband, Frank Kowalczyk, died in 2019, testified. \"Nothing brings Frank \
                 back,\" she said.",
                "\"We respectfully disagree,\" company spokeswoman Dana Whitfield said.",
            ],
        );
        assert_eq!(got[0].1.as_deref(), Some("Linda Kowalczyk"));
        assert_eq!(got[1].1.as_deref(), Some("Dana Whitfield"));
        let got = quotes(
            "de",
            &["Stadträtin Melanie Haase-Öztürk warf Bürgermeister Jan Brandhorsts Verwaltung vor, „bei Kindern und \
               Jugendlichen zu sparen“. Kämmerin Petra Olschewski sagte, es gehe nicht anders. „Wir stehen mit dem \
               Rücken zur Wand.“"],
        );
        assert_eq!(got[0].1.as_deref(), Some("Melanie Haase-Öztürk"));
        assert_eq!(got[1].1.as_deref(), Some("Petra Olschewski"));
    }
}
