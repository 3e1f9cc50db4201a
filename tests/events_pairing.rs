//! Lining up each article's main count of people across outlets on constructed events
//! (tests/fixtures/events/pairing/): the same toll with other nouns ("one person", "One man"),
//! different tolls of one quake that contradict, a toll that rises between reports, and a
//! count of a particular group that must not contradict another outlet's total.

mod common;

use claimdiff::model::{ClaimKind, Comparison, Finding, Verdict};
use common::{claim, holds};

/// Extracts and compares one constructed event.
fn event(name: &str) -> Comparison {
    common::constructed_event("pairing", name, 4)
}

/// The figure finding that holds the claim of `source` with these words.
fn finding<'a>(cmp: &'a Comparison, source: &str, text: &str) -> &'a Finding {
    common::finding_of(cmp, ClaimKind::Figure, source, text)
}

#[test]
fn island_quake_injured_tolls_of_the_outlets_contradict() {
    let cmp = event("island-quake");
    // "injuring five people", "three people have been injured", "four persons were injured":
    // each outlet's toll of the one quake, published the same day.
    let injured = finding(&cmp, "wire", "five people");
    assert!(
        holds(&cmp, injured, "broadcaster", "three people"),
        "{injured:#?}"
    );
    assert!(holds(&cmp, injured, "nonnative", "four persons"));
    assert_eq!(injured.verdict, Verdict::Contradict);
    // "Two villagers were slightly injured": a particular group, which may be part of
    // another outlet's toll, never contradicts it.
    let villagers = finding(&cmp, "daily", "Two villagers");
    assert_eq!(villagers.verdict, Verdict::Unique, "{villagers:#?}");
    // The 1953 quakes' toll is another happening's.
    let (i, earlier) = claim(&cmp, "wire", "more than 450 people");
    assert!(earlier.background);
    assert!(!injured.claims.contains(&i));
}

#[test]
fn warehouse_shooting_the_same_toll_told_with_other_nouns_agrees() {
    let cmp = event("warehouse-shooting");
    // "killing one person" and "One man is dead".
    let killed = finding(&cmp, "wire", "one person");
    assert!(holds(&cmp, killed, "broadcaster", "One man"), "{killed:#?}");
    assert_eq!(killed.verdict, Verdict::Agree);
    // "wounding two others", "two other people are hurt", "two co-workers were wounded".
    let wounded = finding(&cmp, "wire", "two others");
    assert!(holds(&cmp, wounded, "broadcaster", "two other people"));
    assert!(
        holds(&cmp, wounded, "daily", "two co-workers"),
        "{wounded:#?}"
    );
    // "Three further persons were injured": the non-native outlet's other figure.
    assert!(
        holds(&cmp, wounded, "nonnative", "Three further persons"),
        "{wounded:#?}"
    );
    assert_eq!(wounded.verdict, Verdict::Contradict);
    // The February shooting at a tire shop killed two: another happening, not this toll.
    let (i, earlier) = claim(&cmp, "daily", "two people");
    assert!(!killed.claims.contains(&i), "{earlier:#?}");
    assert!(
        !cmp.findings
            .iter()
            .any(|f| f.verdict == Verdict::Contradict && f.topic.contains("killed")),
        "{:#?}",
        cmp.findings
    );
}

#[test]
fn bus_crash_toll_that_rose_and_injured_count_revised_down() {
    let cmp = event("bus-crash");
    // "killing at least 18 people" (July 2) and "has risen to 27" (July 3).
    let killed = finding(&cmp, "daily-later", "27");
    assert!(holds(&cmp, killed, "wire-early", "at least 18 people"));
    assert!(holds(
        &cmp,
        killed,
        "nonnative-early",
        "At least 18 persons"
    ));
    assert!(holds(
        &cmp,
        killed,
        "broadcaster-later",
        "Twenty-seven people"
    ));
    assert_eq!(killed.verdict, Verdict::Compatible);
    assert!(
        killed.explanation.contains("may have risen"),
        "{}",
        killed.explanation
    );
    // "injuring 21" (July 2) and "20 were injured" (July 3, after more died): the later
    // report's lower count, though the later report dates its toll to the day it was given.
    let injured = finding(&cmp, "wire-early", "21");
    assert!(
        holds(&cmp, injured, "broadcaster-later", "20"),
        "{injured:#?}"
    );
    assert_eq!(injured.verdict, Verdict::Contradict);
    assert!(
        injured.explanation.contains("revised down"),
        "{}",
        injured.explanation
    );
    // "Three of the dead were children": a part of the toll, and the 2024 crash's 25 dead
    // belong to that crash.
    for (source, text) in [("daily-later", "Three"), ("wire-early", "25 people")] {
        let (i, _) = claim(&cmp, source, text);
        assert!(!killed.claims.contains(&i), "{source} {text}");
    }
}

#[test]
fn drug_raid_arrests_line_up_and_a_group_of_those_arrested_stays_apart() {
    let cmp = event("drug-raid");
    // "arrested 14 people", "Fourteen suspects have been detained", "arrested ... 12
    // persons".
    let arrested = finding(&cmp, "wire", "14 people");
    assert!(
        holds(&cmp, arrested, "daily", "Fourteen suspects"),
        "{arrested:#?}"
    );
    assert!(holds(&cmp, arrested, "nonnative", "12 persons"));
    assert_eq!(arrested.verdict, Verdict::Contradict);
    // "Three employees of the port ... were arrested": the only count of the broadcaster,
    // a group among those arrested, lines up with no total.
    let employees = finding(&cmp, "broadcaster", "Three employees");
    assert_eq!(employees.verdict, Verdict::Unique, "{employees:#?}");
    // "Among those detained were two port workers": no total either.
    let (i, _) = claim(&cmp, "wire", "two port workers");
    assert!(!arrested.claims.contains(&i));
}
