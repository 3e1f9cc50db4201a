//! What round 32's constructed stories (a fireworks blast, a sewage fine, a lake capsize, a
//! lift accident, a council budget) found read wrongly, as small articles: the badly hurt
//! read as a rival toll of the injured, a fine in "pounds" read as a weight, an age set
//! beside a role read as a count, and speakers lost past a relative clause, a body's name
//! with "of", or a noun inside a quotation.

mod common;

use claimdiff::model::{ClaimKind, Value, Verdict};
use common::{article, claim, contradictions, finding_of, run};

#[test]
fn the_badly_hurt_are_some_of_the_injured_not_a_rival_toll() {
    let cmp = run(vec![
        article(
            "wire",
            "2025-11-06",
            "Two workers were killed and 11 other people were injured in the blast.",
        ),
        article(
            "paper",
            "2025-11-06",
            "The 61-year-old was one of four people seriously hurt in the blast.",
        ),
        article(
            "local",
            "2025-11-06",
            "Four people were critically injured in the blast, police said.",
        ),
    ]);
    assert!(contradictions(&cmp).is_empty(), "{:#?}", cmp.findings);
    let f = finding_of(&cmp, ClaimKind::Figure, "paper", "four people");
    assert_eq!(f.topic, "people seriously injured");
    assert_eq!(f.verdict, Verdict::Agree, "{f:#?}");
    let f = finding_of(&cmp, ClaimKind::Figure, "wire", "11 other people");
    assert!(
        f.topic.contains("injured") && !f.topic.contains("seriously"),
        "{f:#?}"
    );
}

#[test]
fn a_fine_or_costs_in_pounds_are_money_and_a_catch_in_pounds_a_weight() {
    let cmp = run(vec![
        article(
            "wire",
            "2025-11-06",
            "The company was fined 45,000 pounds and ordered to pay costs of 480,000 pounds.",
        ),
        article(
            "paper",
            "2025-11-06",
            "The firm was fined £45,000 and must pay costs of £840,000.",
        ),
        article("boat", "2025-11-06", "The catch weighed 480,000 pounds."),
        article(
            "court",
            "2025-11-06",
            "He must pay costs of about 3,000 pounds.",
        ),
    ]);
    let unit = |source: &str, text: &str| match &claim(&cmp, source, text).1.value {
        Value::Quantity(q) => q.unit.clone(),
        v => panic!("{v:?}"),
    };
    assert_eq!(unit("wire", "45,000 pounds").as_deref(), Some("GBP"));
    assert_eq!(unit("wire", "480,000 pounds").as_deref(), Some("GBP"));
    assert_eq!(unit("boat", "480,000 pounds").as_deref(), Some("pounds"));
    assert_eq!(unit("court", "about 3,000 pounds").as_deref(), Some("GBP"));
    let f = finding_of(&cmp, ClaimKind::Figure, "wire", "45,000 pounds");
    assert_eq!(f.verdict, Verdict::Agree, "{f:#?}");
}

#[test]
fn an_age_beside_a_role_is_no_count_of_the_hurt() {
    let a = article(
        "wire",
        "2025-11-06",
        "A security guard, 58, was pistol-whipped and treated in hospital.",
    );
    let claims = claimdiff::extract::extract(&a).claims;
    assert!(
        claims.iter().all(|c| c.kind() != ClaimKind::Figure),
        "{claims:#?}"
    );
}

fn speakers_of(body: &str) -> Vec<Option<String>> {
    let a = article("wire", "2025-11-06", body);
    let claims = claimdiff::extract::extract(&a).claims;
    claims
        .iter()
        .filter_map(|c| match &c.value {
            Value::Quote(q) => Some(q.speaker.clone()),
            _ => None,
        })
        .collect()
}

fn speaker_of(body: &str) -> Option<String> {
    speakers_of(body).into_iter().next()?
}

#[test]
fn speakers_past_a_body_with_of_a_relative_clause_or_a_quoted_noun() {
    assert_eq!(
        speaker_of(
            "Fire chief Mark Evans said the blaze started at 2am. Paul Ridley of Greater \
             Manchester Fire and Rescue Service praised the crews. \"They worked through \
             the night,\" he said."
        )
        .as_deref(),
        Some("Paul Ridley")
    );
    assert_eq!(
        speaker_of(
            "\"We thought we would die,\" Pieter de Vries, a Dutch tourist who was rescued \
             with his partner, told Italian television."
        )
        .as_deref(),
        Some("Pieter de Vries")
    );
    assert_eq!(
        speaker_of(
            "Sarah Pennington founded the group. \"I have waited to hear a judge say it,\" \
             she told the Gazette."
        )
        .as_deref(),
        Some("Sarah Pennington")
    );
}

#[test]
fn the_prices_of_two_places_are_two_facts() {
    let cmp = run(vec![
        article(
            "wire",
            "2025-11-06",
            "The same ticket from Brighton to London will cost 5,750 pounds, up 253 pounds.",
        ),
        article(
            "paper",
            "2025-11-06",
            "From Haywards Heath the same ticket will cost £5,212, up £229.",
        ),
        article(
            "local",
            "2025-11-06",
            "From Haywards Heath the same ticket will cost £5,312.",
        ),
    ]);
    let contradicting = contradictions(&cmp);
    assert_eq!(contradicting.len(), 1, "{:#?}", cmp.findings);
    assert!(
        contradicting[0].iter().all(|w| !w.contains("5,750")),
        "{contradicting:?}"
    );
}

#[test]
fn a_part_of_animals_counts_animals_never_people() {
    let cmp = run(vec![
        article(
            "wire",
            "2025-02-10",
            "At least 90 pilot whales died after about 160 of the animals beached themselves. \
             Two people died in a car crash nearby.",
        ),
        article(
            "paper",
            "2025-02-10",
            "By nightfall on Sunday, 92 of the whales had died.",
        ),
    ]);
    let f = finding_of(&cmp, ClaimKind::Figure, "paper", "92 of the whales");
    assert_eq!(f.topic, "whales killed");
    let f = finding_of(&cmp, ClaimKind::Figure, "wire", "about 160 of the animals");
    assert_eq!(f.topic, "animals stranded");
    let f = finding_of(&cmp, ClaimKind::Figure, "wire", "Two people");
    assert_eq!(f.verdict, Verdict::Unique, "{f:#?}");
}

#[test]
fn a_company_named_with_s_speaks_and_its_analyst_goes_on_speaking() {
    assert_eq!(
        speaker_of("Moody's said: \"The outlook is negative.\"").as_deref(),
        Some("Moody's")
    );
    // A quotation after "& Co." opens a sentence of its own, and goes on the speaker before.
    let both = "\"Prices will rise,\" said Priya Raman, a utilities analyst at Halden & Co. \
                \"Investors will be nervous.\"";
    let raman = Some("Priya Raman".to_string());
    assert_eq!(speakers_of(both), vec![raman.clone(), raman]);
}

#[test]
fn an_age_after_where_someone_is_from_is_the_persons_not_the_places() {
    let topics = |body: &str| -> Vec<String> {
        let a = article("wire", "2025-11-06", body);
        claimdiff::extract::extract(&a)
            .claims
            .into_iter()
            .map(|c| c.topic)
            .collect()
    };
    assert_eq!(
        topics("The victims were named as Tom Reid, of Leeds, aged 64."),
        ["age of Tom Reid"]
    );
    assert_eq!(
        topics("Dunning murdered Rajesh Patel, 52, a clerk."),
        ["age of Rajesh Patel"]
    );
    assert_eq!(
        topics("A few streets away in Gulshan Colony, Rukhsana Bibi, 34, held his hand."),
        ["age of Rukhsana Bibi"]
    );
    // A couple's two ages after their town and county: no age of the county.
    let t = topics(
        "The dead were John and Margaret Ellwood, a retired couple from Harrogate, North \
         Yorkshire, aged 64 and 61.",
    );
    assert!(t.iter().all(|t| !t.contains("Yorkshire")), "{t:?}");
}
