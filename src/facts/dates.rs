//! Dates: absolute dates in common German and English formats, weekdays, months, years with a
//! cue, and relative expressions ("seit fünf Jahren", "next week", "gestern").
//!
//! Values are ISO 8601 at the precision the text gives (`2023-06-18`, `2023-06`, `2023`,
//! `2023-W25`). Weekdays and relative expressions are resolved against the publication date
//! when it is known: a weekday is the nearest such day before publication, or after it when
//! the sentence speaks of the future ("wird", "will", "next"). Only full weekday names count:
//! "Mo", "Di", "So", "mit", "die" are words, not dates.

use super::lexicon::calendar::{
    MONTHS, MONTH_ABBREVIATIONS, NUMBER_WORDS, PERIODS, PERIOD_OPENERS, RELATIVE_OPENERS, RELATIVE_WORDS, TIME_UNITS,
    WEEKDAYS,
};
use super::token::Kind;
use super::{BlockDoc, DateFact, Doc, Lang, Span};

/// Parses the date part of an ISO 8601 string ("2023-06-19", "2023-06-19T14:05:00+02:00").
pub(crate) fn parse_iso(s: &str) -> Option<(i32, u32, u32)> {
    let date = s.get(..10)?;
    let mut parts = date.split('-');
    let y = parts.next()?.parse().ok()?;
    let m = parts.next()?.parse().ok()?;
    let d = parts.next()?.parse().ok()?;
    valid(y, m, d).then_some((y, m, d))
}

fn valid(y: i32, m: u32, d: u32) -> bool {
    (1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m)
}

fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 (proleptic Gregorian).
fn to_days(y: i32, m: u32, d: u32) -> i64 {
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn from_days(z: i64) -> (i32, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = (yoe + era * 400 + i64::from(m <= 2)) as i32;
    (y, m, d)
}

/// Weekday of a day number, Monday = 0.
fn weekday(days: i64) -> i64 {
    (days + 3).rem_euclid(7)
}

fn iso_day((y, m, d): (i32, u32, u32)) -> String {
    format!("{y:04}-{m:02}-{d:02}")
}

fn iso_week(days: i64) -> String {
    // The ISO week belongs to the year of its Thursday.
    let thursday = days - weekday(days) + 3;
    let (y, _, _) = from_days(thursday);
    let week = (thursday - to_days(y, 1, 1)) / 7 + 1;
    format!("{y:04}-W{week:02}")
}

fn month_of(w: &str) -> Option<u32> {
    let l = w.to_lowercase();
    MONTHS.iter().find(|(m, _)| *m == l).map(|&(_, n)| n)
}

fn weekday_of(w: &str) -> Option<i64> {
    let l = w.to_lowercase();
    let l = l.strip_suffix("'s").unwrap_or(&l);
    WEEKDAYS.iter().find_map(|&(d, n)| {
        let rest = l.strip_prefix(d)?;
        matches!(rest, "" | "abend" | "morgen" | "nachmittag" | "vormittag" | "nacht" | "mittag" | "früh")
            .then_some(i64::from(n))
    })
}

fn number_value(b: &BlockDoc<'_>, i: usize) -> Option<f64> {
    let t = b.tokens.get(i)?;
    let w = t.text(b.text);
    if t.kind == Kind::Number {
        return w.replace(['.', ','], "").parse().ok();
    }
    let l = w.to_lowercase();
    if matches!(l.as_str(), "ein" | "einem" | "einer" | "einen" | "eine" | "a" | "an" | "one" | "eins") {
        return Some(1.0);
    }
    if matches!(l.as_str(), "einigen" | "mehreren" | "wenigen" | "several" | "few" | "vielen" | "many") {
        return Some(f64::NAN);
    }
    NUMBER_WORDS.iter().find(|(n, _)| *n == l).map(|&(_, v)| v)
}

fn unit_of(w: &str) -> Option<&'static str> {
    let l = w.to_lowercase();
    TIME_UNITS.iter().find(|(u, _)| *u == l).map(|&(_, c)| c)
}

fn small_number(b: &BlockDoc<'_>, i: usize, max: u32) -> Option<u32> {
    let t = b.tokens.get(i)?;
    if t.kind != Kind::Number {
        return None;
    }
    let w = t.text(b.text);
    if w.len() > 2 {
        return None;
    }
    w.parse().ok().filter(|n| (1..=max).contains(n))
}

/// A four-digit year from 1800 to 2100 at token `i`.
fn year_at(b: &BlockDoc<'_>, i: usize) -> Option<i32> {
    any_year_at(b, i).filter(|y| *y >= 1800)
}

/// A four-digit year from 1000 to 2100 at token `i`; before 1800 it needs a cue to be a date
/// ("between 1740 and 1790").
fn any_year_at(b: &BlockDoc<'_>, i: usize) -> Option<i32> {
    let t = b.tokens.get(i)?;
    let w = t.text(b.text);
    if t.kind != Kind::Number || w.len() != 4 {
        return None;
    }
    w.parse().ok().filter(|y| (1000..=2100).contains(y))
}

/// Does the sentence around token `i` speak of the future?
fn future(b: &BlockDoc<'_>, i: usize) -> bool {
    let s = b.sentence_of(i);
    (s.start..s.end).any(|k| {
        matches!(
            b.word(k).to_lowercase().as_str(),
            "wird"
                | "werden"
                | "will"
                | "soll"
                | "sollen"
                | "plant"
                | "planen"
                | "geplant"
                | "shall"
                | "scheduled"
                | "expected"
                | "plans"
                | "planned"
                | "going"
                | "'ll"
                | "upcoming"
        )
    })
}

struct Out {
    dates: Vec<DateFact>,
}

impl Out {
    fn add(&mut self, b: &BlockDoc<'_>, from: usize, to: usize, value: Option<String>) {
        let text = b.slice(from, to).to_string();
        let span = b.span(from, to);
        let key = super::text::normalise(&text);
        if let Some(d) = self.dates.iter_mut().find(|d| super::text::normalise(&d.text) == key && d.value == value) {
            d.spans.push(span);
            return;
        }
        self.dates.push(DateFact { text, value, spans: vec![span] });
    }
}

impl Out {
    /// Extends the date that ends right before the clock time at tokens `i..end` (directly, or
    /// after a comma, "at" or "um") to take in the time. False when no date ends there.
    fn extend_last(&mut self, b: &BlockDoc<'_>, i: usize, end: usize) -> bool {
        let Some(p) = i.checked_sub(1) else {
            return false;
        };
        let p = if matches!(b.word(p), "," | "at" | "um") { p.wrapping_sub(1) } else { p };
        let Some(before) = b.tokens.get(p) else {
            return false;
        };
        let Some(d) = self.dates.last_mut() else {
            return false;
        };
        let single = d.spans.len() == 1;
        match d.spans.last_mut() {
            Some(s) if s.block == b.index && s.end == before.end => {
                let stop = b.tokens.get(end - 1).map_or(s.end, |t| t.end);
                s.end = stop;
                if single {
                    d.text = b.text.get(s.start..stop).unwrap_or_default().to_string();
                }
                true
            }
            _ => false,
        }
    }
}

/// Finds date expressions in all blocks, merged by text and value, in order of first mention.
pub(crate) fn extract(doc: &Doc<'_>) -> Vec<DateFact> {
    let pub_days = doc.published.map(|(y, m, d)| to_days(y, m, d));
    let pub_year = doc.published.map(|(y, _, _)| y);
    let mut out = Out { dates: Vec::new() };
    for b in &doc.blocks {
        let mut i = 0;
        while i < b.tokens.len() {
            i = match_at(b, i, doc.lang, pub_days, pub_year, &mut out).unwrap_or(i + 1);
        }
    }
    out.dates
}

/// Tries every pattern at token `i`; returns the index after a match.
fn match_at(
    b: &BlockDoc<'_>,
    i: usize,
    lang: Lang,
    pub_days: Option<i64>,
    pub_year: Option<i32>,
    out: &mut Out,
) -> Option<usize> {
    let t = b.tokens.get(i)?;
    let w = t.text(b.text);
    let lower = w.to_lowercase();
    let adjacent = |k: usize| b.tokens.get(k).zip(b.tokens.get(k + 1)).is_some_and(|(a, c)| a.end == c.start);
    if t.kind == Kind::Number {
        // ISO: 2023-06-19.
        if w.len() == 4 && b.word(i + 1) == "-" && b.word(i + 3) == "-" && adjacent(i) && adjacent(i + 2) {
            if let (Some(y), Ok(m), Ok(d)) = (year_at(b, i), b.word(i + 2).parse(), b.word(i + 4).parse()) {
                if valid(y, m, d) {
                    out.add(b, i, i + 5, Some(iso_day((y, m, d))));
                    return Some(i + 5);
                }
            }
        }
        // Numeric German dates: 19.6.2023, 19.06.23, 19.06.
        let parts: Vec<&str> = w.split('.').collect();
        if parts.len() == 3 || (parts.len() == 2 && b.word(i + 1) == "." && adjacent(i)) {
            let d: u32 = parts[0].parse().unwrap_or(0);
            let m: u32 = parts[1].parse().unwrap_or(0);
            let y: Option<i32> =
                parts.get(2).and_then(|y| y.parse().ok()).map(|y: i32| if y < 100 { 2000 + y } else { y });
            let year = y.or(pub_year);
            if parts[0].len() <= 2 && parts[1].len() <= 2 && (1..=12).contains(&m) && (1..=31).contains(&d) {
                let value = year.filter(|&y| valid(y, m, d)).map(|y| iso_day((y, m, d)));
                let end = if parts.len() == 2 { i + 2 } else { i + 1 };
                out.add(b, i, end, value);
                return Some(end);
            }
        }
        // Clock times: "um 10 Uhr", "gegen 6.50 Uhr", "5am", "by 7.30am", "at 5:12 p.m.".
        if let Some(end) = clock_end(b, i) {
            let from = i
                .checked_sub(1)
                .filter(|&p| {
                    matches!(
                        b.word(p).to_lowercase().as_str(),
                        "um" | "gegen" | "ab" | "bis" | "at" | "by" | "from" | "until" | "before" | "after"
                    )
                })
                .unwrap_or(i);
            // "04.06.2024, 14:05 Uhr", "Oct. 15, 2024 at 2:42 p.m.", "Samstag, 15 Uhr": the time
            // belongs to the date just before it.
            if out.extend_last(b, i, end) {
                return Some(end);
            }
            out.add(b, from, end, None);
            return Some(end);
        }
        // A day range: "vom 11. bis 15. September" gives "vom 11." with the month that follows.
        if let Some(d) = small_number(b, i, 31).filter(|_| b.word(i + 1) == "." && adjacent(i)) {
            let m = matches!(b.word(i + 2), "bis" | "und" | "-" | "–")
                .then(|| small_number(b, i + 3, 31).filter(|_| b.word(i + 4) == "."))
                .flatten()
                .and_then(|_| month_of(b.word(i + 5)));
            if let Some(m) = m {
                let from = i.checked_sub(1).filter(|&p| matches!(b.word(p), "vom" | "Vom")).unwrap_or(i);
                let y = year_at(b, i + 6).or(pub_year);
                out.add(b, from, i + 2, y.filter(|&y| valid(y, m, d)).map(|y| iso_day((y, m, d))));
                return Some(i + 2);
            }
        }
        // 19. Juni 2023 / 19 June 2023 / 19th June.
        if let Some(d) = small_number(b, i, 31) {
            let mut j = i + 1;
            if b.word(j) == "." || (matches!(b.word(j), "st" | "nd" | "rd" | "th") && adjacent(i)) {
                j += 1;
            }
            if let Some(m) = month_of(b.word(j)).filter(|_| b.tokens.get(j).is_some_and(|t| t.kind == Kind::Word)) {
                let mut end = j + 1;
                if b.word(end) == "." && MONTH_ABBREVIATIONS.contains(&b.word(j).to_lowercase().as_str()) {
                    end += 1;
                }
                let y = year_at(b, end);
                if y.is_some() {
                    end += 1;
                }
                let value = y.or(pub_year).filter(|&y| valid(y, m, d)).map(|y| iso_day((y, m, d)));
                out.add(b, i, end, value);
                return Some(end);
            }
        }
        // Year with a cue: "im Jahr 2023", "seit 2019", "in 2020"; an older year only with a
        // cue or as the end of a range ("between 1740 and 1790").
        if let Some(y) = any_year_at(b, i) {
            let prev = i.checked_sub(1).map(|p| b.word(p).to_lowercase()).unwrap_or_default();
            let cue = matches!(
                prev.as_str(),
                "im" | "in"
                    | "seit"
                    | "bis"
                    | "ab"
                    | "von"
                    | "vor"
                    | "jahr"
                    | "jahres"
                    | "year"
                    | "since"
                    | "until"
                    | "by"
                    | "zwischen"
                    | "between"
                    | "ende"
                    | "anfang"
                    | "mitte"
                    | "early"
                    | "late"
                    | "of"
                    | "zum"
                    | "für"
                    | "for"
                    | "frühjahr"
                    | "sommer"
                    | "herbst"
                    | "winter"
                    | "spring"
                    | "summer"
                    | "fall"
                    | "autumn"
                    | "saison"
                    | "season"
            );
            // Without a cue a year still counts unless a counted noun follows ("1978
            // eröffnet" is a year, "2000 Besucher" and "2000 people" are counts) or it is part
            // of a name ("SV Kirchheim 1921").
            let next = b.tokens.get(i + 1).filter(|t| t.kind == Kind::Word).map(|t| t.text(b.text));
            let counted = next.is_some_and(|n| {
                let stop = super::lexicon::get().is_stop_in(n, lang);
                match lang {
                    Lang::De => super::text::is_capitalised(n) && month_of(n).is_none() && !stop,
                    // "2000 people" counts, "the 1929 bridge" is a year.
                    Lang::En => {
                        !super::text::is_capitalised(n)
                            && !stop
                            && !n.ends_with("ed")
                            && super::numbers::is_plural_en(n)
                    }
                }
            });
            // "SV Kirchheim 1921": part of a name (a person before it is no such cue:
            // "bevor ihn Reisinger 2019 zum Weihbischof machte").
            let named = b.claims.get(i) != Some(&super::Claim::Free)
                || i.checked_sub(1).is_some_and(|p| {
                    b.claims.get(p).is_some_and(|c| *c == super::Claim::Org) && b.tokens[p].kind == Kind::Word
                });
            let range_end = matches!(prev.as_str(), "and" | "und" | "bis" | "to" | "-")
                && i >= 2
                && any_year_at(b, i - 2).is_some();
            let old = y < 1800;
            if (old && (cue || range_end) && !counted) || (!old && (cue || range_end || (!counted && !named))) {
                out.add(b, i, i + 1, Some(format!("{y:04}")));
                return Some(i + 1);
            }
        }
        // "five years ago", "5 Jahre später" are handled below with number words too.
    }
    if t.kind == Kind::Word {
        // Month first: "June 19, 2023", "June 2023", "Anfang Juni".
        let is_abbrev = MONTH_ABBREVIATIONS.contains(&lower.as_str()) && b.word(i + 1) == ".";
        if let Some(m) = month_of(w).filter(|_| super::text::is_capitalised(w)) {
            let full =
                !MONTH_ABBREVIATIONS.contains(&lower.as_str()) || lower == "mai" || lower == "juni" || lower == "juli";
            let mut j = i + 1;
            if is_abbrev {
                j += 1;
            }
            if full || is_abbrev {
                if let Some(d) = small_number(b, j, 31).filter(|_| lang == Lang::En || b.word(j + 1) != ".") {
                    let mut end = j + 1;
                    if matches!(b.word(end), "st" | "nd" | "rd" | "th") {
                        end += 1;
                    }
                    let mut y = None;
                    if b.word(end) == "," && year_at(b, end + 1).is_some() {
                        y = year_at(b, end + 1);
                        end += 2;
                    } else if let Some(yy) = year_at(b, end) {
                        y = Some(yy);
                        end += 1;
                    }
                    let value = y.or(pub_year).filter(|&y| valid(y, m, d)).map(|y| iso_day((y, m, d)));
                    out.add(b, i, end, value);
                    return Some(end);
                }
                if let Some(y) = year_at(b, j) {
                    out.add(b, i, j + 1, Some(format!("{y:04}-{m:02}")));
                    return Some(j + 1);
                }
                let prev = i.checked_sub(1).map(|p| b.word(p).to_lowercase()).unwrap_or_default();
                let cue = matches!(
                    prev.as_str(),
                    "im" | "in"
                        | "seit"
                        | "bis"
                        | "ab"
                        | "anfang"
                        | "mitte"
                        | "ende"
                        | "early"
                        | "late"
                        | "mid"
                        | "since"
                        | "until"
                        | "by"
                        | "last"
                        | "next"
                        | "this"
                        | "vergangenen"
                        | "kommenden"
                        | "nächsten"
                        | "letzten"
                        | "of"
                        | "during"
                        | "zum"
                        | "through"
                );
                if full && cue && !(lower == "may" && b.at_sentence_start(i)) {
                    let from = if matches!(
                        prev.as_str(),
                        "anfang"
                            | "mitte"
                            | "ende"
                            | "early"
                            | "late"
                            | "mid"
                            | "last"
                            | "next"
                            | "this"
                            | "vergangenen"
                            | "kommenden"
                            | "nächsten"
                            | "letzten"
                    ) {
                        i - 1
                    } else {
                        i
                    };
                    out.add(b, from, i + 1, pub_year.map(|y| format!("{y:04}-{m:02}")));
                    return Some(i + 1);
                }
            }
        }
        // Weekdays, with "next/last/kommenden/vergangenen" before.
        if let Some(wd) = weekday_of(w) {
            let prev = i.checked_sub(1).map(|p| b.word(p).to_lowercase()).unwrap_or_default();
            let (from, dir) = match prev.as_str() {
                "next" | "nächsten" | "kommenden" | "coming" => (i - 1, 1),
                "last" | "vergangenen" | "letzten" | "previous" => (i - 1, -1),
                "this" | "diesen" => (i - 1, 0),
                _ => (i, 0),
            };
            let value = pub_days.map(|p| {
                let pw = weekday(p);
                let ahead = (wd - pw).rem_euclid(7);
                let back = (pw - wd).rem_euclid(7);
                let day = match dir {
                    1 => p + if ahead == 0 { 7 } else { ahead },
                    -1 => p - if back == 0 { 7 } else { back },
                    _ if future(b, i) => p + ahead,
                    _ => p - back,
                };
                iso_day(from_days(day))
            });
            out.add(b, from, i + 1, value);
            return Some(i + 1);
        }
        // Single relative words: "gestern", "yesterday" (German "morgen" only lowercase).
        if let Some(&(_, off)) = RELATIVE_WORDS.iter().find(|(r, _)| *r == lower) {
            if !(lower == "morgen" && w != "morgen") {
                let value = off.zip(pub_days).map(|(o, p)| iso_day(from_days(p + o)));
                out.add(b, i, i + 1, value);
                return Some(i + 1);
            }
        }
        // "seit fünf Jahren", "vor zwei Wochen", "in drei Tagen", "for five years".
        // "will last seven weeks", "to last": "last" is a verb after a modal or "to".
        let verb_last = lower == "last"
            && i.checked_sub(1).is_some_and(|p| {
                matches!(
                    b.word(p).to_lowercase().as_str(),
                    "will" | "would" | "to" | "could" | "can" | "may" | "might" | "should" | "must" | "won't" | "shall"
                )
            });
        if RELATIVE_OPENERS.contains(&lower.as_str()) && !verb_last {
            let mut j = i + 1;
            if matches!(
                b.word(j).to_lowercase().as_str(),
                "mehr" | "more" | "than" | "als" | "über" | "knapp" | "fast" | "rund" | "etwa" | "the" | "a"
            ) {
                j += 1;
                if matches!(b.word(j).to_lowercase().as_str(), "than" | "als") {
                    j += 1;
                }
            }
            if let (Some(n), Some(u)) = (number_value(b, j), unit_of(b.word(j + 1))) {
                let value = relative_value(&lower, n, u, pub_days);
                out.add(b, i, j + 2, value);
                return Some(j + 2);
            }
            // "next week", "vergangene Woche", "nächstes Jahr".
        }
        if PERIOD_OPENERS.contains(&lower.as_str()) {
            let p = b.word(i + 1).to_lowercase();
            let seasonal = matches!(lower.as_str(), "am" | "im");
            let ok = PERIODS.contains(&p.as_str())
                && (!seasonal || !matches!(p.as_str(), "jahr" | "monat" | "jahres" | "monats" | "woche"))
                && year_at(b, i + 2).is_none();
            if ok {
                let value = period_value(&lower, &p, pub_days);
                out.add(b, i, i + 2, value);
                return Some(i + 2);
            }
        }
        // "seit Jahresbeginn", "bis zum Jahresende": the current year.
        if matches!(lower.as_str(), "seit" | "bis" | "ab" | "zum" | "vor")
            && matches!(b.word(i + 1), "Jahresbeginn" | "Jahresanfang" | "Jahresende" | "Jahresmitte")
        {
            out.add(b, i, i + 2, pub_year.map(|y| format!("{y:04}")));
            return Some(i + 2);
        }
        // "wenige Wochen später", "a few days later", "16 minutes later": after a point in the story.
        let vague = matches!(lower.as_str(), "wenige" | "einige" | "mehrere" | "few" | "several");
        if number_value(b, i).is_some() || vague {
            let short = matches!(
                b.word(i + 1).to_lowercase().as_str(),
                "minutes" | "minuten" | "hours" | "stunden" | "seconds" | "sekunden"
            );
            let after =
                matches!(b.word(i + 2).to_lowercase().as_str(), "später" | "danach" | "later" | "earlier" | "zuvor");
            if (unit_of(b.word(i + 1)).is_some() || short) && after {
                let from = i.checked_sub(1).filter(|&p| b.word(p).eq_ignore_ascii_case("a") && vague).unwrap_or(i);
                out.add(b, from, i + 3, None);
                return Some(i + 3);
            }
        }
        // "five years ago".
        if let (Some(n), Some(u)) = (number_value(b, i), unit_of(b.word(i + 1))) {
            if b.word(i + 2).to_lowercase() == "ago" {
                let value = relative_value("vor", n, u, pub_days);
                out.add(b, i, i + 3, value);
                return Some(i + 3);
            }
        }
    }
    None
}

/// End of a clock time starting at token `i`: "10 Uhr", "6.50 Uhr", "5am", "7.30am", "5:12
/// p.m.", "10 a.m.". Hours run 0–24 and minutes 0–59; a bare number needs "Uhr" or am/pm.
fn clock_end(b: &BlockDoc<'_>, i: usize) -> Option<usize> {
    let w = b.word(i);
    let (num, glued) = match w.find(|c: char| c.is_ascii_alphabetic()) {
        Some(p) => (&w[..p], Some(&w[p..])),
        None => (w, None),
    };
    let mut parts = num.split(['.', ':']);
    let h: u32 = parts.next()?.parse().ok()?;
    let m: Option<u32> = parts.next().map(|m| m.parse().ok().filter(|_| m.len() == 2)).unwrap_or(Some(0));
    if parts.next().is_some() || h > 24 || m.is_none_or(|m| m >= 60) {
        return None;
    }
    let mut j = i + 1;
    // "5:12" may come as "5", ":", "12".
    if glued.is_none()
        && b.word(j) == ":"
        && b.word(j + 1).len() == 2
        && b.word(j + 1).parse::<u32>().is_ok_and(|m| m < 60)
    {
        j += 2;
    }
    let ampm = |s: &str| matches!(s.to_lowercase().as_str(), "am" | "pm" | "a.m" | "p.m" | "a.m." | "p.m.");
    match glued {
        Some(g) => ampm(g).then_some(j + usize::from(b.word(j) == "." && g.ends_with('m'))),
        None if b.word(j) == "Uhr" => Some(j + 1),
        None if ampm(b.word(j)) => Some(j + 1),
        // "p.m." comes as "p", ".", "m", "."; the last dot may end the sentence, so it stays out.
        None if matches!(b.word(j), "a" | "p") && b.word(j + 1) == "." && b.word(j + 2) == "m" => Some(j + 3),
        None => None,
    }
}

/// Value of "vor fünf Jahren" / "five years ago" (a past point); others have no single value.
fn relative_value(opener: &str, n: f64, unit: &str, pub_days: Option<i64>) -> Option<String> {
    if !matches!(opener, "vor") || !n.is_finite() || !(0.0..=1000.0).contains(&n) {
        return None;
    }
    let p = pub_days?;
    let n = n as i64;
    let (y, m, d) = from_days(p);
    match unit {
        "D" => Some(iso_day(from_days(p - n))),
        "W" => Some(iso_week(p - 7 * n)),
        "M" => {
            let total = i64::from(y) * 12 + i64::from(m) - 1 - n;
            Some(format!("{:04}-{:02}", total.div_euclid(12), total.rem_euclid(12) + 1))
        }
        "Y" => Some(format!("{:04}", i64::from(y) - n)),
        _ => {
            let _ = d;
            None
        }
    }
}

/// Value of "next week", "vergangenes Jahr", "this month".
fn period_value(opener: &str, period: &str, pub_days: Option<i64>) -> Option<String> {
    let p = pub_days?;
    let dir: i64 = match opener {
        "next" | "coming" | "nächste" | "nächsten" | "nächstes" | "kommende" | "kommenden" | "kommendes" => 1,
        "last" | "previous" | "vergangene" | "vergangenen" | "vergangenes" | "letzte" | "letzten" | "letztes" => -1,
        "this" | "diese" | "diesen" | "dieses" | "diesem" => 0,
        _ => return None,
    };
    let (y, m, _) = from_days(p);
    match period {
        "week" | "woche" => Some(iso_week(p + 7 * dir)),
        "month" | "monat" | "monats" => {
            let total = i64::from(y) * 12 + i64::from(m) - 1 + dir;
            Some(format!("{:04}-{:02}", total.div_euclid(12), total.rem_euclid(12) + 1))
        }
        "year" | "jahr" | "jahres" => Some(format!("{:04}", i64::from(y) + dir)),
        _ => None,
    }
}

/// Spans of the dates that are absolute (their digits are not counts for `numbers`).
pub(crate) fn absolute_spans(dates: &[DateFact]) -> Vec<Span> {
    dates
        .iter()
        .filter(|d| !TIME_UNITS.iter().any(|(u, _)| super::text::normalise(&d.text).split(' ').any(|w| w == *u)))
        .flat_map(|d| d.spans.iter().copied())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{Article, Block, BlockKind};

    fn dates(lang: &str, published: Option<&str>, text: &str) -> Vec<(String, Option<String>)> {
        let a = Article {
            lang: Some(lang.into()),
            published: published.map(String::from),
            blocks: vec![Block { kind: BlockKind::Paragraph, text: text.into() }],
            ..Article::default()
        };
        let doc = Doc::new(&a);
        extract(&doc).into_iter().map(|d| (d.text, d.value)).collect()
    }

    fn v(s: &str) -> Option<String> {
        Some(s.to_string())
    }

    #[test]
    fn weekdays_resolve_against_publication() {
        // 2023-06-19 is a Monday.
        let d = dates("de", Some("2023-06-19"), "Er sprach am Sonntag. Ob er am Montag kommen wird, ist unklar.");
        assert_eq!(d, [("Sonntag".into(), v("2023-06-18")), ("Montag".into(), v("2023-06-19"))]);
        let d = dates("en", Some("2023-06-19"), "The board meets next Tuesday.");
        assert_eq!(d, [("next Tuesday".into(), v("2023-06-20"))]);
    }

    #[test]
    fn absolute_formats() {
        let d = dates("de", None, "Am 4. Juni 2023, am 19.6.2023 und am 2023-06-01.");
        assert_eq!(
            d,
            [
                ("4. Juni 2023".into(), v("2023-06-04")),
                ("19.6.2023".into(), v("2023-06-19")),
                ("2023-06-01".into(), v("2023-06-01"))
            ]
        );
        let d = dates("en", None, "On June 4, 2023 and 5 July 2022, and in March 2021.");
        assert_eq!(
            d,
            [
                ("June 4, 2023".into(), v("2023-06-04")),
                ("5 July 2022".into(), v("2022-07-05")),
                ("March 2021".into(), v("2021-03"))
            ]
        );
    }

    #[test]
    fn relative_expressions() {
        let d = dates("de", Some("2023-06-19"), "Erstmals seit fünf Jahren, vor zwei Jahren und gestern.");
        assert_eq!(
            d,
            [
                ("seit fünf Jahren".into(), None),
                ("vor zwei Jahren".into(), v("2021")),
                ("gestern".into(), v("2023-06-18"))
            ]
        );
        let d = dates("en", Some("2023-06-19"), "Service starts next week, three years ago it failed.");
        assert_eq!(d, [("next week".into(), v("2023-W26")), ("three years ago".into(), v("2020"))]);
    }

    #[test]
    fn words_that_are_not_dates() {
        assert!(dates("de", None, "Er kam mit die So Mo Di Morgen Mai-Bowle.").is_empty());
        assert!(dates("en", None, "May I ask? We march on. 2023 people came.").is_empty());
    }

    #[test]
    fn calendar_math() {
        assert_eq!(from_days(to_days(2024, 2, 29)), (2024, 2, 29));
        assert_eq!(weekday(to_days(2023, 6, 19)), 0);
        assert_eq!(iso_week(to_days(2021, 1, 3)), "2020-W53");
        assert!(parse_iso("2023-02-30").is_none() && parse_iso("x").is_none());
    }

    #[test]
    fn bare_years_but_not_counts() {
        let d = dates("de", None, "Das Bad wurde 1978 eröffnet, 2000 Besucher kamen.");
        assert_eq!(d, [("1978".into(), v("1978"))]);
        let d = dates("en", None, "It opened in late 2029, and 2000 people came.");
        assert_eq!(d, [("2029".into(), v("2029"))]);
    }

    #[test]
    fn older_years_need_a_cue_and_years_before_nouns() {
        let d = dates("en", None, "Made between 1740 and 1790, the 1929 bridge held 1500 cars.");
        assert_eq!(d, [("1740".into(), v("1740")), ("1790".into(), v("1790")), ("1929".into(), v("1929"))]);
        assert!(dates("en", None, "He paid 1500 dollars.").is_empty());
        let d = dates("de", None, "Er wurde geweiht, bevor ihn Reisinger 2019 zum Weihbischof machte.");
        assert_eq!(d, [("2019".into(), v("2019"))]);
    }
}
