//! A stampede at a temple festival told by three outlets (tests/fixtures/events/crowd/): the
//! festival's crowd, counted in lakh, is a crowd gathered, not a protest; the toll rose
//! between reports.

mod common;

use claimdiff::model::{ClaimKind, Comparison, Verdict};
use common::{assert_no_contradiction, claim, finding_of, holds};

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
