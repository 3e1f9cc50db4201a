//! Counts of people by their role in the event, other than the dead and injured, on
//! constructed events (tests/fixtures/events/roles/): hostages, the kidnapped, the arrested
//! and the sought, attackers, the rescued, the missing, passengers and crew. The same count
//! told with another noun lines up ("four persons kidnapped", "four hostages"); counts of
//! different roles never do (arrested and sought, passengers and crew, hostages held and
//! hostages released), nor a count of an earlier happening.

mod common;

use claimdiff::model::{ClaimKind, Comparison, Finding, Verdict};
use common::{claim, holds};

/// Extracts and compares one constructed event.
fn event(name: &str, min_articles: usize) -> Comparison {
    common::constructed_event("roles", name, min_articles)
}

/// The figure finding that holds the claim of `source` with these words.
fn finding<'a>(cmp: &'a Comparison, source: &str, text: &str) -> &'a Finding {
    common::finding_of(cmp, ClaimKind::Figure, source, text)
}

/// The measure of the claim of `source` with these words.
fn measure<'a>(cmp: &'a Comparison, source: &str, text: &str) -> Option<&'a str> {
    match &claim(cmp, source, text).1.value {
        claimdiff::model::Value::Quantity(q) => q.measure.as_deref(),
        _ => None,
    }
}

#[test]
fn bank_hostages_counted_as_hostages_and_as_people_taken_hostage_line_up() {
    let cmp = event("bank-hostages", 4);
    // "took seven people hostage", "held seven hostages", "held ... seven persons as
    // hostages", and the first report's "holding eight people hostage".
    let hostages = finding(&cmp, "wire", "seven people");
    assert!(
        holds(&cmp, hostages, "daily", "seven hostages"),
        "{hostages:#?}"
    );
    assert!(holds(&cmp, hostages, "nonnative", "seven persons"));
    assert!(holds(&cmp, hostages, "broadcaster", "eight people"));
    assert_eq!(hostages.verdict, Verdict::Contradict);
    // "Three hostages were released shortly after noon": the hostages released, not the
    // hostages taken.
    assert_eq!(
        measure(&cmp, "broadcaster", "Three hostages"),
        Some("released")
    );
    let (three, _) = claim(&cmp, "broadcaster", "Three hostages");
    assert!(!hostages.claims.contains(&three));
    // "Two employees escaped" (wire) are not the daily's "two employees" among the hostages.
    assert_eq!(measure(&cmp, "wire", "Two employees"), Some("escaped"));
    let escaped = finding(&cmp, "wire", "Two employees");
    assert_eq!(escaped.verdict, Verdict::Unique, "{escaped:#?}");
    // "About 200 people", "Around 200 residents", "Around 200 persons" evacuated.
    let evacuated = finding(&cmp, "wire", "about 200 people");
    assert!(holds(&cmp, evacuated, "daily", "Around 200 residents"));
    assert!(holds(&cmp, evacuated, "nonnative", "Around 200 persons"));
    assert_eq!(evacuated.verdict, Verdict::Agree);
    // "A gunman" (wire) and "A lone attacker" (daily) against the first report's "Two
    // gunmen": a count of one that contradicts.
    let gunmen = finding(&cmp, "wire", "A gunman");
    assert!(
        holds(&cmp, gunmen, "daily", "A lone attacker"),
        "{gunmen:#?}"
    );
    assert!(holds(&cmp, gunmen, "broadcaster", "Two gunmen"));
    assert_eq!(gunmen.verdict, Verdict::Contradict);
    // The 2019 hostage-taking in Linz: another happening's gunmen and hostages.
    for text in ["three gunmen", "12 hostages"] {
        let (i, c) = claim(&cmp, "wire", text);
        assert!(c.background, "{text}");
        let f = finding(&cmp, "wire", text);
        assert_eq!(f.claims, [i], "{text}: {f:#?}");
    }
}

#[test]
fn highway_kidnapping_the_kidnapped_the_arrested_and_the_sought_stay_apart() {
    let cmp = event("highway-kidnapping", 3);
    // "kidnapped four foreign construction workers", "Four persons were kidnapped", "Four
    // foreigners have been taken hostage" and "The four hostages".
    let kidnapped = finding(&cmp, "wire", "four foreign construction workers");
    assert!(
        holds(&cmp, kidnapped, "daily", "Four persons"),
        "{kidnapped:#?}"
    );
    assert!(holds(&cmp, kidnapped, "broadcaster", "Four foreigners"));
    assert!(holds(&cmp, kidnapped, "broadcaster", "four hostages"));
    assert_eq!(kidnapped.verdict, Verdict::Agree);
    // "The four hostages are two German nationals, ...": a part of them.
    let (_, germans) = claim(&cmp, "broadcaster", "two German nationals");
    assert!(
        germans.topic.contains("part of a larger count"),
        "{germans:#?}"
    );
    // "About a dozen gunmen" and "at least a dozen gunmen ... opened fire": the attackers,
    // not people kidnapped.
    assert_eq!(
        measure(&cmp, "daily", "at least a dozen gunmen"),
        Some("attacking")
    );
    let gunmen = finding(&cmp, "wire", "About a dozen gunmen");
    assert!(
        holds(&cmp, gunmen, "daily", "at least a dozen gunmen"),
        "{gunmen:#?}"
    );
    assert_eq!(gunmen.verdict, Verdict::Compatible);
    // Two arrested, three sought: never one finding.
    let arrested = finding(&cmp, "wire", "Two suspects");
    assert!(holds(&cmp, arrested, "daily", "two men"));
    assert!(holds(&cmp, arrested, "broadcaster", "two suspects"));
    assert_eq!(arrested.verdict, Verdict::Agree);
    assert_eq!(measure(&cmp, "wire", "three others"), Some("sought"));
    let sought = finding(&cmp, "wire", "three others");
    assert!(
        holds(&cmp, sought, "daily", "three other suspects"),
        "{sought:#?}"
    );
    assert_eq!(sought.verdict, Verdict::Agree);
    // The pupils abducted last year are another happening's.
    let (i, pupils) = claim(&cmp, "wire", "15 pupils");
    assert!(pupils.background);
    assert!(!kidnapped.claims.contains(&i));
    common::assert_no_contradiction(&cmp);
}

#[test]
fn ferry_passengers_crew_rescued_and_missing_line_up_by_role() {
    let cmp = event("ferry-sinking", 4);
    let passengers = finding(&cmp, "wire", "112 passengers");
    assert!(holds(&cmp, passengers, "daily", "112 passengers"));
    let crew = finding(&cmp, "wire", "nine crew");
    assert!(holds(&cmp, crew, "daily", "nine crew"));
    assert_ne!(passengers.id, crew.id);
    // "pulled 87 people from the water", "87 survivors had been rescued", "87 persons were
    // rescued" against the broadcaster's "saved 85 people".
    let rescued = finding(&cmp, "wire", "87 people");
    assert!(
        holds(&cmp, rescued, "daily", "87 survivors"),
        "{rescued:#?}"
    );
    assert!(holds(&cmp, rescued, "nonnative", "87 persons"));
    assert!(holds(&cmp, rescued, "broadcaster", "85 people"));
    assert_eq!(rescued.verdict, Verdict::Contradict);
    // "28 were still missing", "28 others remain missing", "about 30 are missing".
    let missing = finding(&cmp, "wire", "28");
    assert!(holds(&cmp, missing, "daily", "28 others"), "{missing:#?}");
    assert!(holds(&cmp, missing, "broadcaster", "about 30"));
    assert_eq!(missing.verdict, Verdict::Compatible);
    // "The captain and two crew members were detained" and "Three crew members were
    // arrested" may both be true: no contradiction.
    assert_eq!(measure(&cmp, "wire", "two crew"), Some("arrested"));
    let detained = finding(&cmp, "wire", "two crew");
    assert_ne!(detained.verdict, Verdict::Contradict, "{detained:#?}");
    // The 2023 ferry fire's toll is that fire's.
    let (i, earlier) = claim(&cmp, "wire", "31 people");
    assert!(earlier.background);
    let killed = finding(&cmp, "wire", "at least six people");
    assert!(!killed.claims.contains(&i));
}

#[test]
fn smuggling_raid_arrests_contradict_and_the_freed_and_the_sought_line_up() {
    let cmp = event("smuggling-raid", 4);
    // "arrested 23 people", "Twenty-three suspects were detained", "23 persons were
    // arrested" against "made 21 arrests".
    let arrested = finding(&cmp, "wire", "23 people");
    assert!(holds(&cmp, arrested, "daily", "Twenty-three suspects"));
    assert!(holds(&cmp, arrested, "nonnative", "23 persons"));
    assert!(holds(&cmp, arrested, "broadcaster", "21"), "{arrested:#?}");
    assert_eq!(arrested.verdict, Verdict::Contradict);
    // "freed 40 migrants", "More than 40 migrants were rescued", "Forty migrants were
    // freed", "liberated 40 migrants".
    let freed = finding(&cmp, "wire", "40 migrants");
    assert!(
        holds(&cmp, freed, "daily", "More than 40 migrants"),
        "{freed:#?}"
    );
    assert!(holds(&cmp, freed, "broadcaster", "Forty migrants"));
    assert!(holds(&cmp, freed, "nonnative", "40 migrants"));
    assert_eq!(freed.verdict, Verdict::Compatible);
    // "five more suspects, who remain at large" and "Five other suspects are being sought".
    assert_eq!(measure(&cmp, "wire", "five more suspects"), Some("sought"));
    let sought = finding(&cmp, "wire", "five more suspects");
    assert!(holds(&cmp, sought, "daily", "Five other suspects"));
    assert!(!sought.claims.iter().any(|i| arrested.claims.contains(i)));
    // "17 of them in Greece and six in Bulgaria", "among them 12 children": parts.
    let (i, children) = claim(&cmp, "nonnative", "12 children");
    assert!(children.topic.contains("part of a larger count"));
    assert!(!freed.claims.contains(&i));
}
