//! Figures that are not counts of people (speeds, rainfall, fines, buybacks, ransoms) on
//! constructed events (tests/fixtures/events/figures/), each told by a wire service, a
//! newspaper and a non-native English outlet: a storm whose winds are told in km/h, mph and
//! "kilometres per hour", a bank fine that one outlet gets wrong, a carmaker's buyback that
//! one outlet gets wrong, and a hijacked tanker's speed in knots and km/h. Each event also
//! holds figures that must not be read as contradictions: gusts beside sustained winds, two
//! distances from one town, a fine of another bank years ago, a change in a share price told
//! at two times of the day, last year's profit, a ransom paid for another hijacking. What a careful
//! fact-checker reports was decided before claimdiff ran on them.

mod common;

use claimdiff::model::{ClaimKind, Comparison, Verdict};
use common::{finding_of, holds, holds_by_prefix};

/// Extracts and compares one event of tests/fixtures/events/figures/.
fn event(name: &str) -> Comparison {
    common::constructed_event("figures", name, 3)
}

#[test]
fn a_speed_in_mph_is_the_same_speed_in_km_per_hour() {
    let cmp = event("storm");
    // Sustained winds of "120 km/h" and "75 mph" (120.7 km/h): one speed in two units.
    let f = finding_of(&cmp, ClaimKind::Figure, "wire", "120 km");
    assert_ne!(f.verdict, Verdict::Contradict, "{f:#?}");
    assert_ne!(f.verdict, Verdict::Unique, "{f:#?}");
    assert!(holds(&cmp, f, "newspaper", "75 mph"), "{f:#?}");
    // Gusts are not the sustained wind: the foreign outlet's only speed, gusts of "160
    // kilometres per hour", is the wire's "up to 160 km/h", never against "75 mph".
    let f = finding_of(&cmp, ClaimKind::Figure, "foreign", "160 kilometres");
    assert!(!holds(&cmp, f, "newspaper", "75 mph"), "{f:#?}");
    assert!(holds(&cmp, f, "wire", "up to 160 km"), "{f:#?}");
    assert_ne!(f.verdict, Verdict::Contradict, "{f:#?}");
}

#[test]
fn rainfall_in_inches_and_millimetres_and_distances_from_one_town() {
    let cmp = event("storm");
    // "Up to 180 mm", "Seven inches" (177.8 mm) and "180 millimetres": one rainfall.
    let f = finding_of(&cmp, ClaimKind::Figure, "wire", "Up to 180 mm");
    assert_eq!(f.verdict, Verdict::Compatible, "{f:#?}");
    assert!(holds(&cmp, f, "newspaper", "Seven inches"), "{f:#?}");
    assert!(holds(&cmp, f, "foreign", "180 millimetres"), "{f:#?}");
    // Where the storm came ashore: "about 40 km" and "25 miles" south of Bastia.
    let f = finding_of(&cmp, ClaimKind::Figure, "wire", "about 40 km");
    assert_eq!(f.verdict, Verdict::Compatible, "{f:#?}");
    assert!(holds(&cmp, f, "newspaper", "25 miles"), "{f:#?}");
    // The homes without power, in all three.
    let f = finding_of(&cmp, ClaimKind::Figure, "wire", "45,000 homes");
    assert_eq!(f.verdict, Verdict::Agree, "{f:#?}");
    assert!(holds(&cmp, f, "newspaper", "45,000 homes"), "{f:#?}");
    // The airport 20 km from Bastia and a village 35 km from it are two places: no
    // contradiction anywhere in the storm.
    assert!(
        common::contradictions(&cmp).is_empty(),
        "{:?}",
        common::contradictions(&cmp)
    );
}

#[test]
fn a_fine_one_outlet_gets_wrong_is_the_one_contradiction() {
    let cmp = event("bank-fine");
    // Each article's only fine: $1.3 billion twice, 1.8 billion dollars once. (The wire and
    // the foreign outlet repeat theirs in the headline, so the newspaper's finds the finding.)
    let f = finding_of(&cmp, ClaimKind::Figure, "newspaper", "$1.3bn");
    assert_eq!(f.verdict, Verdict::Contradict, "{f:#?}");
    assert!(holds_by_prefix(&cmp, f, "wire", "$1.3 billion"), "{f:#?}");
    assert!(
        holds_by_prefix(&cmp, f, "foreign", "1.8 billion dollars"),
        "{f:#?}"
    );
    // Another bank's fine in 2019 is no telling of this one.
    assert!(!holds(&cmp, f, "newspaper", "$900m"), "{f:#?}");
    // The compensation agrees.
    let f = finding_of(&cmp, ClaimKind::Figure, "wire", "$400 million");
    assert_eq!(f.verdict, Verdict::Agree, "{f:#?}");
    assert!(holds(&cmp, f, "foreign", "400 million dollars"), "{f:#?}");
    // Shares "fell 2 percent" after the announcement and "closed down 3.5 per cent": two
    // times of the day, no contradiction; the fine is the only one.
    let found = common::contradictions(&cmp);
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn a_buyback_one_outlet_gets_wrong_is_the_one_contradiction() {
    let cmp = event("carmaker-buyback");
    // Each article's only buyback: 1.2 billion euros twice, EUR 1.5bn once.
    let f = finding_of(&cmp, ClaimKind::Figure, "foreign", "EUR 1.5bn");
    assert_eq!(f.verdict, Verdict::Contradict, "{f:#?}");
    assert!(
        holds_by_prefix(&cmp, f, "wire", "1.2 billion euros"),
        "{f:#?}"
    );
    assert!(holds(&cmp, f, "newspaper", "€1.2bn"), "{f:#?}");
    // The operating profit agrees, and last year's is not this year's.
    let f = finding_of(&cmp, ClaimKind::Figure, "wire", "2.1 billion euros");
    assert_eq!(f.verdict, Verdict::Agree, "{f:#?}");
    assert!(holds(&cmp, f, "newspaper", "€2.1bn"), "{f:#?}");
    assert!(holds(&cmp, f, "foreign", "EUR 2.1 billion"), "{f:#?}");
    assert!(!holds(&cmp, f, "wire", "1.7 billion euros"), "{f:#?}");
    // Shares "rose 3 percent in Frankfurt trading" and "ended the day 5% higher", deliveries
    // up 31%: no contradiction besides the buyback.
    let found = common::contradictions(&cmp);
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn a_speed_in_knots_and_a_ransom_asked_beside_one_paid() {
    let cmp = event("tanker-hijack");
    // "12 knots" (22.2 km/h) and "about 22 km/h": one speed.
    let f = finding_of(&cmp, ClaimKind::Figure, "wire", "12 knots");
    assert!(holds(&cmp, f, "newspaper", "about 22 km"), "{f:#?}");
    assert!(holds(&cmp, f, "foreign", "12 knots"), "{f:#?}");
    assert_ne!(f.verdict, Verdict::Contradict, "{f:#?}");
    // The ransom demanded, "$3 million" and "3 million dollars".
    let f = finding_of(&cmp, ClaimKind::Figure, "wire", "$3 million");
    assert_eq!(f.verdict, Verdict::Agree, "{f:#?}");
    assert!(holds(&cmp, f, "foreign", "3 million dollars"), "{f:#?}");
    // The crew, in all three.
    let f = finding_of(&cmp, ClaimKind::Figure, "wire", "23 crew");
    assert_eq!(f.verdict, Verdict::Agree, "{f:#?}");
    assert!(holds(&cmp, f, "foreign", "23 crew"), "{f:#?}");
    // A ransom paid for an earlier hijacking is not the one asked for this ship, and "about
    // 300 km east of the port of Eyl" and "190 miles off the Somali coast" are distances from
    // two places: no contradiction.
    assert!(
        common::contradictions(&cmp).is_empty(),
        "{:?}",
        common::contradictions(&cmp)
    );
}
