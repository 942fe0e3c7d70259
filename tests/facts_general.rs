//! General mechanisms of the facts extractor, checked on hand-written sentences.

use lede::article::{Article, Block, BlockKind};
use lede::facts::{extract, Facts};

fn facts(lang: &str, published: Option<&str>, paras: &[&str]) -> Facts {
    let article = Article {
        lang: Some(lang.into()),
        published: published.map(String::from),
        blocks: paras.iter().map(|t| Block { kind: BlockKind::Paragraph, text: (*t).into() }).collect(),
        ..Article::default()
    };
    extract(&article)
}

fn orgs(f: &Facts) -> Vec<&str> {
    f.organizations.iter().map(|o| o.name.as_str()).collect()
}

fn places(f: &Facts) -> Vec<&str> {
    f.places.iter().map(|o| o.name.as_str()).collect()
}

#[test]
fn acronym_in_brackets_is_one_organisation_in_the_nominative() {
    let f = facts(
        "de",
        None,
        &["Geplant wird das Projekt von den Schweizerischen Bundesbahnen (SBB). Die SBB wollen 2027 starten."],
    );
    assert_eq!(orgs(&f), ["Schweizerische Bundesbahnen"]);
    assert_eq!(f.organizations[0].mentions, 3);
    let f = facts("de", None, &["Der Deutsche Schwimm-Verband (DSV) verschiebt die Meisterschaft."]);
    assert_eq!(orgs(&f), ["Deutscher Schwimm-Verband"]);
    let f = facts("en", None, &["The Arctic Research Survey (ARS) said the ice thinned. ARS staff agreed."]);
    assert_eq!(orgs(&f), ["Arctic Research Survey"]);
    // A person with a party in brackets is no acronym definition.
    let f = facts("de", None, &["Bürgermeisterin Carla Czech (CDU) widersprach."]);
    assert_eq!(orgs(&f), ["CDU"]);
}

#[test]
fn corporate_heads_institutions_and_german_compounds() {
    let f = facts(
        "en",
        None,
        &["Bluefin Robotics said it would hire 200 engineers, according to an analyst at Goldman Sachs."],
    );
    assert!(orgs(&f).contains(&"Bluefin Robotics"), "{:?}", orgs(&f));
    assert!(orgs(&f).contains(&"Goldman Sachs"), "{:?}", orgs(&f));
    assert!(f.people.is_empty(), "{:?}", f.people);
    let f = facts("de", None, &["Die Landesmedienbehörde prüft den Fall, sagte ein Sprecher. Die Behörde schweigt."]);
    assert_eq!(orgs(&f), ["Landesmedienbehörde"]);
}

#[test]
fn titles_with_a_dot_are_not_people_and_give_roles() {
    let f =
        facts("en", None, &["\"The data surprised us,\" said Dr. Miriam Okafor, a volcanologist at the institute."]);
    assert_eq!(f.people.len(), 1, "{:?}", f.people);
    assert_eq!(f.people[0].name, "Miriam Okafor");
    assert_eq!(f.people[0].roles, ["Dr.", "volcanologist"]);
    assert_eq!(f.quotes[0].speaker.as_deref(), Some("Miriam Okafor"));
    let f = facts("en", None, &["State Sen. Walter Price opposed the plan."]);
    assert_eq!(f.people[0].name, "Walter Price");
    assert_eq!(f.people[0].roles, ["State Sen."]);
}

#[test]
fn plural_nouns_opening_a_sentence_are_not_speakers() {
    let f = facts("en", None, &["Teachers said the new schedule was confusing."]);
    assert!(f.people.is_empty(), "{:?}", f.people);
}

#[test]
fn speaker_across_a_long_relative_clause() {
    let f = facts(
        "en",
        None,
        &["Dr. Tomas Lindqvist, a physicist at a university in Sweden who was not part of the team, said the result was \"far from settled.\""],
    );
    assert_eq!(f.quotes[0].speaker.as_deref(), Some("Tomas Lindqvist"));
}

#[test]
fn town_before_state_and_english_exonyms() {
    let f = facts("en", None, &["The plant moves from Dunmore, Pennsylvania to Saltillo, Mexico next year."]);
    let p = places(&f);
    assert!(p.contains(&"Dunmore") && p.contains(&"Saltillo"), "{p:?}");
    let f = facts("en", None, &["BRENTWOOD, Texas — The council met on Monday."]);
    assert!(places(&f).contains(&"Brentwood"), "{:?}", places(&f));
    let f = facts("en", None, &["Glaciers near Smith Island are retreating fast."]);
    assert!(!places(&f).contains(&"Iceland"), "{:?}", places(&f));
}

#[test]
fn last_as_a_verb_is_no_date() {
    let f = facts("en", Some("2024-05-02"), &["The repairs will last three weeks, officials said last week."]);
    let dates: Vec<&str> = f.dates.iter().map(|d| d.text.as_str()).collect();
    assert_eq!(dates, ["last week"]);
}
