//! Figures of election results and of money promised, on constructed events
//! (tests/fixtures/events/results/): a national election with three parties, a cantonal
//! referendum, and a building collapse with compensation for the dead and for the injured.
//! What a careful fact-checker reports was decided before claimdiff ran on them. Each share
//! belongs to the party (or side) named with it: shares of two parties never line up.

mod common;

use claimdiff::model::{ClaimKind, Comparison, Verdict};
use common::{finding_of, holds};

/// Extracts and compares one event of tests/fixtures/events/results/.
fn event(name: &str) -> Comparison {
    common::constructed_event("results", name, 3)
}

/// The only contradictions of `cmp` are the findings holding `(source, text)` of `expected`.
fn only_contradictions(cmp: &Comparison, expected: &[(&str, &str)]) {
    let others: Vec<_> = cmp
        .findings
        .iter()
        .filter(|f| f.verdict == Verdict::Contradict)
        .filter(|f| !expected.iter().any(|(s, t)| holds(cmp, f, s, t)))
        .collect();
    assert!(others.is_empty(), "{others:#?}");
}

#[test]
fn latvia_election_turnout_contradicts_and_party_shares_stay_apart() {
    let cmp = event("latvia-election");
    // This election's turnout: 58.7 percent in two outlets, 56 in the newspaper. The wire's
    // "up from 59.4 percent in 2022" is the last election's and joins neither.
    let f = finding_of(&cmp, ClaimKind::Figure, "newspaper", "56 percent");
    assert_eq!(f.verdict, Verdict::Contradict, "{f:#?}");
    assert!(holds(&cmp, f, "wire", "58.7 percent"), "{f:#?}");
    assert!(holds(&cmp, f, "foreign", "58.7 percent"), "{f:#?}");
    assert!(!holds(&cmp, f, "wire", "59.4 percent"), "{f:#?}");
    // The size of parliament: 100 seats.
    let f = finding_of(&cmp, ClaimKind::Figure, "wire", "100 seats");
    assert_eq!(f.verdict, Verdict::Agree, "{f:#?}");
    assert!(holds(&cmp, f, "newspaper", "100 seats"), "{f:#?}");
    // The National Alliance's share, 17.5 and 18 percent: one share, told rounded.
    let f = finding_of(&cmp, ClaimKind::Figure, "newspaper", "18 percent");
    assert_ne!(f.verdict, Verdict::Contradict, "{f:#?}");
    assert!(!holds(&cmp, f, "wire", "24.1 percent"), "{f:#?}");
    assert!(!holds(&cmp, f, "wire", "12.4 percent"), "{f:#?}");
    // Shares of two parties never line up as one: 24.1 (New Unity) is no rival of 17.5 (the
    // National Alliance) nor of 12.4 (the Greens and Farmers).
    only_contradictions(&cmp, &[("newspaper", "56 percent")]);
}

/// What a fact-checker also wants of this event, which claimdiff does not find yet: a
/// share lines up by the party it is said of, and a party's seats by the party.
#[test]
#[ignore = "shares and seats are not lined up by their party yet"]
fn latvia_election_each_partys_share_and_seats_line_up() {
    let cmp = event("latvia-election");
    // New Unity: 24.1, 24 and 24.1 percent can all be true.
    let f = finding_of(&cmp, ClaimKind::Figure, "newspaper", "24 percent");
    assert_eq!(f.verdict, Verdict::Compatible, "{f:#?}");
    assert!(holds(&cmp, f, "wire", "24.1 percent"), "{f:#?}");
    // The Greens and Farmers: 12.4 against 14 percent.
    let f = finding_of(&cmp, ClaimKind::Figure, "newspaper", "14 percent");
    assert_eq!(f.verdict, Verdict::Contradict, "{f:#?}");
    assert!(holds(&cmp, f, "wire", "12.4 percent"), "{f:#?}");
    // New Unity's seats: 29 against 30 of the 100.
    let f = finding_of(&cmp, ClaimKind::Figure, "newspaper", "30");
    assert_eq!(f.verdict, Verdict::Contradict, "{f:#?}");
    assert!(holds(&cmp, f, "wire", "29"), "{f:#?}");
}

#[test]
fn referendum_shares_of_each_side_and_an_earlier_turnout_stay_apart() {
    let cmp = event("water-referendum");
    // The yes vote: 61.3 and 61 percent can both be true.
    let f = finding_of(&cmp, ClaimKind::Figure, "newspaper", "61 percent");
    assert_eq!(f.verdict, Verdict::Compatible, "{f:#?}");
    assert!(holds(&cmp, f, "wire", "61.3 percent"), "{f:#?}");
    // The no vote, 39 and 38.7 percent; the wire's 39 percent is the turnout of the March
    // vote, which is neither.
    let f = finding_of(&cmp, ClaimKind::Figure, "newspaper", "39 percent");
    assert_ne!(f.verdict, Verdict::Contradict, "{f:#?}");
    assert!(!holds(&cmp, f, "wire", "39 percent"), "{f:#?}");
    assert!(!holds(&cmp, f, "wire", "61.3 percent"), "{f:#?}");
    // What the opponents said it would cost, in all three.
    let f = finding_of(&cmp, ClaimKind::Figure, "wire", "120 million francs");
    assert_eq!(f.verdict, Verdict::Agree, "{f:#?}");
    assert!(holds(&cmp, f, "newspaper", "120 million francs"), "{f:#?}");
    assert!(holds(&cmp, f, "foreign", "120 million francs"), "{f:#?}");
    // Turnout, 44 against 47 percent, is a true contradiction claimdiff misses so far ("Only
    // 47 percent of voters cast a ballot"): any contradiction it reports must be that one.
    only_contradictions(&cmp, &[("newspaper", "47 percent")]);
}

#[test]
fn compensation_per_family_and_per_injured_are_two_promises() {
    let cmp = event("mall-collapse");
    // To each family of the dead: 1 million rupees in the wire and the newspaper.
    let f = finding_of(&cmp, ClaimKind::Figure, "newspaper", "1 million rupees");
    assert_eq!(f.verdict, Verdict::Agree, "{f:#?}");
    assert!(holds(&cmp, f, "wire", "1 million rupees"), "{f:#?}");
    // To each injured person: 200,000 rupees, never a rival of the sum per family.
    let f = finding_of(&cmp, ClaimKind::Figure, "foreign", "200,000 rupees");
    assert_eq!(f.verdict, Verdict::Agree, "{f:#?}");
    assert!(holds(&cmp, f, "wire", "200,000 rupees"), "{f:#?}");
    // Two buildings: the five-storey mall and the two-storey house it crushed. The
    // newspaper's only building is the mall, the foreign outlet's the house: no rivals.
    let f = finding_of(&cmp, ClaimKind::Figure, "foreign", "two-storey");
    assert!(!holds(&cmp, f, "newspaper", "five-storey"), "{f:#?}");
    only_contradictions(&cmp, &[]);
}
