//! Casualty counts and the days of happenings across outlets, on constructed events
//! (tests/fixtures/events/tolls/): a victim shot one day who dies days later (the day of the
//! shooting is never the day of the death), a single wounded guard against another outlet's
//! "three wounded" (rival tolls), and police officers counted as "officers", "police
//! officers" and "policemen".

mod common;

use claimdiff::model::{Claim, ClaimKind, Comparison, Finding, Value, Verdict};
use common::{claim, holds, words};

fn event(name: &str) -> Comparison {
    common::constructed_event("tolls", name, 3)
}

fn figure<'a>(cmp: &'a Comparison, source: &str, text: &str) -> &'a Finding {
    common::finding_of(cmp, ClaimKind::Figure, source, text)
}

fn date<'a>(cmp: &'a Comparison, source: &str, text: &str) -> &'a Finding {
    common::finding_of(cmp, ClaimKind::Date, source, text)
}

/// The first day a date claim covers ("2024-03-04").
fn day(c: &Claim) -> &str {
    match &c.value {
        Value::Date(d) => d.start.as_deref().map_or("", |s| s.get(..10).unwrap_or(s)),
        _ => panic!("no date: {c:?}"),
    }
}

#[test]
fn shop_shooting_each_day_dates_its_own_verb() {
    let cmp = event("shop-shooting");
    // "was shot during a robbery … on Monday evening and died in hospital on Wednesday": the
    // evening is the shooting's, Wednesday the death's.
    let (_, evening) = claim(&cmp, "wire", "Monday evening");
    assert_eq!(day(evening), "2024-03-04");
    assert!(
        evening.topic.starts_with("date of the attack"),
        "{}",
        evening.topic
    );
    let (_, died) = claim(&cmp, "wire", "Wednesday");
    assert_eq!(day(died), "2024-03-06");
    assert!(
        died.topic.starts_with("date of the death"),
        "{}",
        died.topic
    );
    // "was shot on Monday and succumbed to his injuries on Wednesday".
    let (_, succumbed) = claim(&cmp, "newspaper", "Wednesday");
    assert!(
        succumbed.topic.starts_with("date of the death"),
        "{}",
        succumbed.topic
    );
    // "The victim of Monday's shooting died on Wednesday": Wednesday dates the death, not the
    // shooting that "Monday's" already dates.
    let victim_of = cmp
        .claims
        .iter()
        .filter(|c| c.source == "newspaper" && c.kind() == ClaimKind::Date)
        .find(|c| {
            let a = cmp.article_of(c).expect("article");
            c.span.slice(&a.text) == "Wednesday" && c.sentence.slice(&a.text).contains("victim of")
        })
        .expect("the victim's Wednesday");
    assert!(
        victim_of.topic.starts_with("date of the death"),
        "{}",
        victim_of.topic
    );
}

#[test]
fn shop_shooting_the_day_of_the_shooting_never_contradicts_the_day_of_the_death() {
    let cmp = event("shop-shooting");
    // Every outlet dates the shooting to Monday: those agree, and no Monday stands in a
    // contradiction with the Wednesday of the death.
    let monday = date(&cmp, "wire", "Monday evening");
    assert_ne!(
        monday.verdict,
        Verdict::Contradict,
        "{:?}",
        words(&cmp, monday)
    );
    for f in cmp
        .findings
        .iter()
        .filter(|f| f.kind == ClaimKind::Date && f.verdict == Verdict::Contradict)
    {
        assert!(
            f.claims
                .iter()
                .all(|&i| day(&cmp.claims[i]) != "2024-03-04"),
            "the shooting's Monday in a contradiction: {:?}",
            words(&cmp, f)
        );
    }
    // Planted: the foreign outlet has him die on Tuesday, the others on Wednesday.
    let death = date(&cmp, "wire", "Wednesday");
    assert!(
        holds(&cmp, death, "foreign", "Tuesday"),
        "{:?}",
        words(&cmp, death)
    );
    assert_eq!(
        death.verdict,
        Verdict::Contradict,
        "{:?}",
        words(&cmp, death)
    );
    // The counts (one customer wounded, the 400 dollars, two robbers, January's raid told in
    // passing) contradict nothing.
    assert!(
        !cmp.findings
            .iter()
            .any(|f| f.kind == ClaimKind::Figure && f.verdict == Verdict::Contradict),
        "{:?}",
        common::contradictions(&cmp)
    );
}

#[test]
fn market_bomb_a_single_wounded_guard_is_a_rival_toll_of_three_wounded() {
    let cmp = event("market-bomb");
    let killed = figure(&cmp, "wire", "two people");
    assert_eq!(killed.verdict, Verdict::Agree, "{:?}", words(&cmp, killed));
    assert!(holds(&cmp, killed, "newspaper", "Two people"));
    assert!(holds(&cmp, killed, "foreign", "Two persons"));
    // Planted: "Two persons died and a security guard was wounded", the foreign outlet's whole
    // toll, against the wire's "wounding three others".
    let wounded = figure(&cmp, "wire", "three others");
    assert!(
        holds(&cmp, wounded, "foreign", "a security guard"),
        "{:?}",
        words(&cmp, wounded)
    );
    assert_eq!(wounded.verdict, Verdict::Contradict);
}

#[test]
fn market_bomb_a_wounded_policeman_beside_two_civilians_is_a_part() {
    let cmp = event("market-bomb");
    // "A policeman was wounded by shrapnel, and two civilians were wounded by flying glass":
    // parts of the newspaper's three, never rival tolls of the others' counts.
    for part in ["A policeman", "two civilians"] {
        assert!(common::apart(
            &cmp,
            ("newspaper", part),
            ("wire", "three others")
        ));
        assert!(common::apart(
            &cmp,
            ("newspaper", part),
            ("foreign", "a security guard")
        ));
        let (i, _) = claim(&cmp, "newspaper", part);
        assert!(
            cmp.findings
                .iter()
                .filter(|f| f.claims.contains(&i))
                .all(|f| f.verdict != Verdict::Contradict),
            "{part}: {:?}",
            common::contradictions(&cmp)
        );
    }
    // The 2021 car bomb's toll, told in passing, stays with itself.
    let (_, earlier) = claim(&cmp, "wire", "11 people");
    assert!(earlier.background);
    assert!(common::apart(
        &cmp,
        ("wire", "11 people"),
        ("wire", "two people")
    ));
}

#[test]
fn derby_riot_officers_are_the_police_officers_of_the_story() {
    let cmp = event("derby-riot");
    // "Two officers were hurt as police tried to separate rival fans", "Two police officers
    // were injured", "Two policemen were injured": one count, agreed.
    let police = figure(&cmp, "wire", "Two police officers");
    assert!(
        holds(&cmp, police, "newspaper", "Two officers"),
        "{:?}",
        words(&cmp, police)
    );
    assert!(holds(&cmp, police, "foreign", "Two policemen"));
    assert_eq!(police.verdict, Verdict::Agree);
    // The fans treated in hospital are another group, never the police's count.
    assert!(common::apart(
        &cmp,
        ("wire", "Three fans"),
        ("wire", "Two police officers")
    ));
    assert!(common::apart(
        &cmp,
        ("foreign", "Three supporters"),
        ("newspaper", "Two officers")
    ));
}

#[test]
fn derby_riot_arrests_contradict_and_nothing_else_does() {
    let cmp = event("derby-riot");
    // Planted: 14 arrested (wire, newspaper) against 20 detained (foreign).
    let arrests = figure(&cmp, "wire", "14 people");
    assert!(holds(&cmp, arrests, "newspaper", "14 people"));
    assert!(
        holds(&cmp, arrests, "foreign", "20 persons"),
        "{:?}",
        words(&cmp, arrests)
    );
    assert_eq!(arrests.verdict, Verdict::Contradict);
    assert_eq!(
        common::contradictions(&cmp),
        vec![words(&cmp, arrests)],
        "only the arrests contradict"
    );
}

#[test]
fn saraqeb_market_a_day_told_before_an_aside_and_a_saying_dates_the_strike() {
    let cmp = event("saraqeb-market");
    // "Air strikes killed 43 people, among them women and children, in a busy market in
    // Saraqeb on Tuesday, the civil defence said": the strikes' day, as the monitor's
    // "were killed on Tuesday when warplanes struck" is.
    let f = common::finding_of(&cmp, ClaimKind::Date, "agency", "Tuesday");
    assert!(holds(&cmp, f, "monitor", "Tuesday"), "{f:#?}");
    assert_eq!(f.verdict, Verdict::Agree, "{f:#?}");
    // The monitor's and the civil defence's tolls are one toll.
    let f = common::finding_of(&cmp, ClaimKind::Figure, "agency", "43 people");
    assert!(holds(&cmp, f, "monitor", "At least 38 civilians"), "{f:#?}");
    common::assert_no_contradiction(&cmp);
}
