//! Counts of one group of people named with different nouns across outlets, on constructed
//! events (tests/fixtures/events/nouns/): "a police officer", "a policeman" and "one cop";
//! "four soldiers", "five troops" and "four servicemen"; "two firefighters", "two firemen"
//! and "two fire fighters". Nouns of different groups ("civilians", "soldiers") never line up.

mod common;

use claimdiff::model::{ClaimKind, Comparison, Finding, Verdict};
use common::{claim, holds, holds_by_prefix};

/// Extracts and compares one constructed event.
fn event(name: &str, min_articles: usize) -> Comparison {
    common::constructed_event("nouns", name, min_articles)
}

/// The figure finding that holds the claim of `source` with these words.
fn finding<'a>(cmp: &'a Comparison, source: &str, text: &str) -> &'a Finding {
    common::finding_of(cmp, ClaimKind::Figure, source, text)
}

#[test]
fn checkpoint_shooting_one_officer_killed_is_one_finding_whatever_the_noun() {
    let cmp = event("checkpoint-shooting", 3);
    let killed = finding(&cmp, "wire", "A police officer");
    assert!(holds(&cmp, killed, "daily", "A policeman"), "{killed:#?}");
    assert!(holds(&cmp, killed, "nonnative", "One cop"), "{killed:#?}");
    assert_eq!(killed.verdict, Verdict::Agree);
    // "two fire fighters" are firefighters, not armed fighters.
    let fire = finding(&cmp, "nonnative", "two fire fighters");
    assert!(
        holds_by_prefix(&cmp, fire, "wire", "two firefighters"),
        "{fire:#?}"
    );
    assert_eq!(fire.verdict, Verdict::Agree);
    let firemen = finding(&cmp, "daily", "Two firemen");
    // (Its measure is not read past the relative clause, so it lines up with the count of
    // the wire's that has none.)
    assert!(
        holds_by_prefix(&cmp, firemen, "wire", "two firefighters"),
        "{firemen:#?}"
    );
    assert_eq!(firemen.verdict, Verdict::Agree);
    // "Three children", "Three kids" and "Three minors" treated for shock: each article's
    // only count of them, of one value.
    let children = finding(&cmp, "wire", "Three children");
    assert!(
        holds(&cmp, children, "daily", "Three kids"),
        "{children:#?}"
    );
    assert!(
        holds(&cmp, children, "nonnative", "Three minors"),
        "{children:#?}"
    );
    assert_eq!(children.verdict, Verdict::Agree);
    // No count of officers contradicts another.
    assert!(
        cmp.findings
            .iter()
            .all(|f| f.verdict != Verdict::Contradict),
        "{:#?}",
        cmp.findings
    );
}

#[test]
fn border_clash_soldiers_troops_and_servicemen_are_one_toll_and_civilians_another() {
    let cmp = event("border-clash", 3);
    let soldiers = finding(&cmp, "wire", "Four soldiers");
    assert!(
        holds(&cmp, soldiers, "broadcaster", "Five troops"),
        "{soldiers:#?}"
    );
    assert!(
        holds(&cmp, soldiers, "nonnative", "Four servicemen"),
        "{soldiers:#?}"
    );
    // Four soldiers killed against five troops killed: a real disagreement.
    assert_eq!(soldiers.verdict, Verdict::Contradict);
    let civilians = finding(&cmp, "wire", "Two civilians");
    assert!(holds(&cmp, civilians, "broadcaster", "Two civilians"));
    assert!(holds(&cmp, civilians, "nonnative", "Two civilians"));
    assert_eq!(civilians.verdict, Verdict::Agree);
    let (two, _) = claim(&cmp, "wire", "Two civilians");
    assert!(!soldiers.claims.contains(&two));
    // "The only fatality among the villagers was a 60-year-old man": one killed, a villager,
    // not one of the soldiers' toll.
    let (man, c) = claim(&cmp, "broadcaster", "a 60-year-old man");
    match &c.value {
        claimdiff::model::Value::Quantity(q) => {
            assert_eq!(q.measure.as_deref(), Some("killed"));
            assert_eq!(q.estimate, Some(1.0));
        }
        v => panic!("{v:?}"),
    }
    assert!(!soldiers.claims.contains(&man));
    assert_eq!(
        finding(&cmp, "broadcaster", "a 60-year-old man").verdict,
        Verdict::Unique
    );
}
