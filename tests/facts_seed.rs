//! The facts a reader would list for our founding example (Die Presse, 19 June 2023, Blinken
//! in Peking) and for a hand-written English local-news article.

use lede::article::{Article, Block, BlockKind};
use lede::facts::{extract, Facts};

fn block(kind: BlockKind, text: &str) -> Block {
    Block { kind, text: text.to_string() }
}

fn presse() -> Article {
    use BlockKind::{Caption, Heading, Paragraph};
    let blocks = vec![
        block(Heading, "USA und China reden wieder miteinander"),
        block(Caption, "US-Außenminister Blinken sprach am Sonntag mit seinem Amtskollegen Qin. Ob er am Montag auch Chinas Staatschef Xi treffen wird, war bis zuletzt unklar. APA / AFP / Leah Millis"),
        block(Paragraph, "Mit Antony Blinken ist erstmals seit fünf Jahren ein US-Außenminister in Peking eingetroffen. Am Montag traf er sich mit Top-Diplomat Wang Yi. Die Chancen auf Kompromisse sind allerdings gering."),
        block(Paragraph, "Peking/Berlin. Antony Blinkens Empfang fiel etwas frostig aus: Statt roten Teppichs und demonstrativen Lächelns wartete nur ein ernst dreinblickender Generaldirektor des chinesischen Außenministeriums auf den angereisten Gast aus Washington. Doch Blinkens erstes Arbeitsgespräch mit seinem Amtskollegen Qin Gang ist nach ersten Einschätzungen durchaus konstruktiv verlaufen. Am zweiten Tag seines China-Besuches kam Blinken am Montag außerdem mit dem obersten chinesischen Außenpolitiker Wang Yi zusammen. Der Spitzenpolitiker steht in Chinas Machthierarchie noch über Außenminister Qin Gang."),
        block(Caption, "US-Außenminister Blinken mit Chinas Top-Diplomaten Wang Yi. Reuters / Leah Millis"),
        block(Paragraph, "Angesichts der derzeit massiven Spannungen ist dies bereits ein beachtlicher Erfolg. Erstmals seit fünf Jahren hat wieder ein US-Spitzendiplomat chinesischen Boden betreten. Blinkens Peking-Reise ist auch der höchstrangige Besuch, seit Joe Biden das Präsidentenamt angetreten hat. Doch die Erwartungshaltung ist auf beiden Seiten niedrig angesetzt: Es geht nicht um diplomatische Durchbrüche, sondern primär um das Stoppen der Eskalationsspirale."),
        block(Paragraph, "Nachdem zuletzt die Volksrepublik selbst ein Treffen der zwei Verteidigungsminister verweigerte, ist es nun umso wichtiger, dass die zwei Weltmächte wieder miteinander sprechen. „Das bestmögliche Ergebnis besteht darin, dass beide Seiten sich darauf einigen, in den kommenden Monaten mehr Austausch und Dialog zu führen“, kommentiert China-Expertin Bonnie Glaser vom „German Marshall Fund“. Das Misstrauen sei auf einem historischen Rekordhoch."),
        block(Heading, "Glaubhafte Signale, dass weitere Eskalation verhindert wird"),
        block(Paragraph, "Die gute Nachricht ist: Sowohl Peking als auch Washington haben glaubhafte Signale abgegeben, dass sie eine weitere Eskalation verhindern wollen. Doch bei den großen Streitthemen werden sie mit Sicherheit keine Fortschritte erzielen können – sei es im Handelsstreit, bei Menschenrechtsfragen oder Xi Jinpings offen zur Schau gestellter Freundschaft mit dem russischen Präsidenten Wladimir Putin. Möglich ist jedoch, dass man sich bei den weniger politischen Feldern auf kleinere Resultate einigt: beim Kampf gegen den Klimawandel, Maßnahmen zu künftigen Pandemiepräventionen oder Fragen der globalen Ernährungssicherheit."),
        block(Paragraph, "Eine der Gretchenfragen wird zudem sein, ob Blinken am Montag auch mit Staatschef Xi Jinping sprechen wird."),
    ];
    article(blocks, "de", "2023-06-19", "Konflikt der Supermächte")
}

fn transit() -> Article {
    use BlockKind::{Caption, Heading, Paragraph};
    let blocks = vec![
        block(Heading, "Springfield Approves Light Rail Extension"),
        block(Paragraph, "SPRINGFIELD — The Metro Transit Authority (MTA) on Tuesday approved a $412 million extension of the Blue Line, the largest transit project in the city in two decades."),
        block(Paragraph, "Mayor Linda Hartmann called the vote a turning point. \"This line will connect neighborhoods that have waited far too long for reliable service,\" Hartmann said after the meeting at City Hall."),
        block(Caption, "Mayor Linda Hartmann speaks at the depot on Main Street. Photo: Jane Roe / Springfield Ledger"),
        block(Paragraph, "The extension adds six stations and is expected to carry 38,000 riders a day by 2030. Construction is scheduled to begin next week, and the first trains should run in three years."),
        block(Paragraph, "Raj Patel, the authority's chief planner, said the project had been trimmed twice to stay on budget. \"We cut what we could without cutting service,\" Patel said."),
        block(Paragraph, "Not everyone is convinced. Tom Briggs, president of the Eastside Business Association, warned that construction would hurt shops along the route. \"Two years of closed streets is a long time for a small business,\" Briggs said. The MTA said it would compensate affected owners."),
        block(Paragraph, "The board voted 7 to 2. Funding comes from a voter-approved sales tax and a federal grant of $150 million from the Federal Transit Administration."),
    ];
    article(blocks, "en", "2024-03-14", "The city votes for the Blue Line")
}

fn article(blocks: Vec<Block>, lang: &str, published: &str, lead: &str) -> Article {
    let text = blocks.iter().map(|b| b.text.as_str()).collect::<Vec<_>>().join("\n\n");
    Article {
        title: blocks.first().map(|b| b.text.clone()),
        lang: Some(lang.into()),
        published: Some(published.into()),
        lead: Some(lead.into()),
        text,
        blocks,
        ..Article::default()
    }
}

fn dump(f: &Facts) -> String {
    serde_json::to_string_pretty(f).unwrap_or_default()
}

fn person<'a>(f: &'a Facts, name: &str) -> &'a lede::facts::Person {
    f.people.iter().find(|p| p.name == name).unwrap_or_else(|| panic!("no person {name} in {}", dump(f)))
}

fn has_role(f: &Facts, name: &str, role: &str) {
    let p = person(f, name);
    assert!(p.roles.iter().any(|r| r.contains(role)), "{name} lacks role {role}: {:?}", p.roles);
}

#[test]
fn presse_people_and_roles() {
    let f = extract(&presse());
    has_role(&f, "Antony Blinken", "US-Außenminister");
    has_role(&f, "Qin Gang", "Amtskollege");
    has_role(&f, "Qin Gang", "Außenminister");
    has_role(&f, "Xi Jinping", "Staatschef");
    has_role(&f, "Wang Yi", "Top-Diplomat");
    has_role(&f, "Bonnie Glaser", "China-Expertin");
    has_role(&f, "Wladimir Putin", "Präsident");
    person(&f, "Joe Biden");
    assert_eq!(person(&f, "Bonnie Glaser").affiliation.as_deref(), Some("German Marshall Fund"));
    assert!(person(&f, "Antony Blinken").mentions >= 6, "{}", dump(&f));
    for credit in ["Leah Millis", "Leah", "Millis", "APA", "AFP", "Reuters"] {
        assert!(!f.people.iter().any(|p| p.name.contains(credit)), "{credit} is a person: {}", dump(&f));
    }
    assert_eq!(f.people.len(), 7, "{}", dump(&f));
}

#[test]
fn presse_places_orgs_quotes() {
    let f = extract(&presse());
    let places: Vec<&str> = f.places.iter().map(|p| p.name.as_str()).collect();
    for p in ["Peking", "Washington", "China", "Berlin", "USA"] {
        assert!(places.contains(&p), "{p} missing: {places:?}");
    }
    let orgs: Vec<&str> = f.organizations.iter().map(|o| o.name.as_str()).collect();
    assert_eq!(orgs, ["German Marshall Fund"]);
    assert_eq!(f.quotes.len(), 1, "{}", dump(&f));
    assert!(f.quotes[0].text.starts_with("Das bestmögliche Ergebnis"));
    assert_eq!(f.quotes[0].speaker.as_deref(), Some("Bonnie Glaser"));
}

#[test]
fn presse_dates_numbers_points() {
    let f = extract(&presse());
    let dates: Vec<(&str, Option<&str>)> = f.dates.iter().map(|d| (d.text.as_str(), d.value.as_deref())).collect();
    assert!(dates.contains(&("seit fünf Jahren", None)), "{dates:?}");
    assert!(dates.contains(&("Sonntag", Some("2023-06-18"))), "{dates:?}");
    assert!(dates.contains(&("Montag", Some("2023-06-19"))), "{dates:?}");
    let numbers: Vec<&str> = f.numbers.iter().map(|n| n.text.as_str()).collect();
    assert!(numbers.contains(&"fünf Jahren"), "{numbers:?}");
    assert!(numbers.contains(&"zwei Verteidigungsminister"), "{numbers:?}");
    assert_eq!(f.lead, "Konflikt der Supermächte");
    assert!((3..=5).contains(&f.key_points.len()), "{:?}", f.key_points);
    // Every span points at the text it names.
    let a = presse();
    for p in &f.people {
        for s in &p.spans {
            let t = &a.blocks[s.block].text[s.start..s.end];
            let last = p.name.split(' ').next_back().unwrap_or("");
            let first = p.name.split(' ').next().unwrap_or("");
            assert!(t.contains(last) || t.contains(first), "{t} for {}", p.name);
        }
    }
}

#[test]
fn english_article() {
    let f = extract(&transit());
    has_role(&f, "Linda Hartmann", "Mayor");
    has_role(&f, "Raj Patel", "chief planner");
    has_role(&f, "Tom Briggs", "president");
    assert_eq!(person(&f, "Tom Briggs").affiliation.as_deref(), Some("Eastside Business Association"));
    assert!(!f.people.iter().any(|p| p.name.contains("Jane Roe")), "{}", dump(&f));
    assert_eq!(f.people.len(), 3, "{}", dump(&f));
    let orgs: Vec<&str> = f.organizations.iter().map(|o| o.name.as_str()).collect();
    for o in ["Metro Transit Authority", "Eastside Business Association", "Federal Transit Administration"] {
        assert!(orgs.contains(&o), "{o} missing: {orgs:?}");
    }
    assert!(f.places.iter().any(|p| p.name == "Springfield"), "{}", dump(&f));
    let numbers: Vec<(&str, Option<f64>)> = f.numbers.iter().map(|n| (n.text.as_str(), n.value)).collect();
    assert!(numbers.contains(&("$412 million", Some(412e6))), "{numbers:?}");
    assert!(numbers.iter().any(|(t, v)| t.starts_with("38,000 riders") && *v == Some(38000.0)), "{numbers:?}");
    let dates: Vec<(&str, Option<&str>)> = f.dates.iter().map(|d| (d.text.as_str(), d.value.as_deref())).collect();
    assert!(dates.contains(&("next week", Some("2024-W12"))), "{dates:?}");
    assert!(dates.contains(&("Tuesday", Some("2024-03-12"))), "{dates:?}");
    let quotes: Vec<(&str, Option<&str>)> = f.quotes.iter().map(|q| (&q.text[..12], q.speaker.as_deref())).collect();
    assert_eq!(
        quotes,
        [
            ("This line wi", Some("Linda Hartmann")),
            ("We cut what ", Some("Raj Patel")),
            ("Two years of", Some("Tom Briggs"))
        ]
    );
}
