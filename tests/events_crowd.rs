//! A stampede at a temple festival told by three outlets (tests/fixtures/events/crowd/): the
//! festival's crowd, counted in lakh, is a crowd gathered, not a protest; the toll rose
//! between reports.

mod common;

use claimdiff::model::{ClaimKind, Comparison, Verdict};
use common::{article, assert_no_contradiction, claim, finding_of, holds, run};

fn event(name: &str) -> Comparison {
    common::constructed_event("crowd", name, 3)
}

#[test]
fn stampede_a_festival_crowd_is_gathered() {
    let cmp = event("stampede");
    let (_, c) = claim(&cmp, "daily", "around 2.5 lakh");
    assert_eq!(c.topic, "people gathered", "{c:#?}");
    assert!(cmp.claims.iter().all(|c| !c.topic.contains("protest")));
}

#[test]
fn stampede_tolls_told_at_other_times_are_compatible() {
    let cmp = event("stampede");
    // "At least 18 people" in the wire, 24 in the next day's paper and the foreign outlet.
    let f = finding_of(&cmp, ClaimKind::Figure, "wire", "At least 18 people");
    assert!(holds(&cmp, f, "daily", "24"), "{f:#?}");
    assert!(holds(&cmp, f, "intl", "Twenty-four persons"), "{f:#?}");
    assert_eq!(f.verdict, Verdict::Compatible, "{f:#?}");
    assert_no_contradiction(&cmp);
}

#[test]
fn police_and_organisers_estimates_are_two_claimants_figures() {
    // Each outlet relays one side's estimate of the march: no outlet contradicts another.
    let cmp = run(vec![
        article(
            "wire",
            "2025-03-15",
            "Police estimated that 45,000 people took part in the march on Saturday.",
        ),
        article(
            "paper",
            "2025-03-15",
            "Organisers said 200,000 people took part in the march on Saturday.",
        ),
    ]);
    assert_no_contradiction(&cmp);
}

#[test]
fn one_sides_estimates_still_contradict() {
    let cmp = run(vec![
        article(
            "wire",
            "2025-03-15",
            "Police put the crowd at 45,000, while organisers claimed 200,000 people took part.",
        ),
        article(
            "paper",
            "2025-03-15",
            "Police estimated 54,000 people took part, but organisers said 200,000 marched.",
        ),
    ]);
    let police = finding_of(&cmp, ClaimKind::Figure, "wire", "45,000");
    assert_eq!(police.verdict, Verdict::Contradict, "{police:#?}");
    assert!(holds(&cmp, police, "paper", "estimated 54,000 people"));
    let organisers = finding_of(&cmp, ClaimKind::Figure, "wire", "200,000 people");
    assert_eq!(organisers.verdict, Verdict::Agree, "{organisers:#?}");
}
