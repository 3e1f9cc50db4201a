//! A mine collapse told by three outlets (tests/fixtures/events/mine/): depths "underground"
//! and "below ground", and a mine's workers and employees.

mod common;

use claimdiff::model::{ClaimKind, Comparison, Verdict};
use common::{finding_of, holds};

fn event(name: &str) -> Comparison {
    common::constructed_event("mine", name, 3)
}

#[test]
fn esperanza_a_length_below_ground_is_a_depth() {
    let cmp = event("esperanza");
    let f = finding_of(&cmp, ClaimKind::Figure, "daily", "380 metres");
    assert!(f.topic.starts_with("depth"), "{f:#?}");
    assert!(holds(&cmp, f, "andes", "some 400 metres"), "{f:#?}");
    assert!(holds(&cmp, f, "wire", "about 400 meters"), "{f:#?}");
    assert_eq!(f.verdict, Verdict::Compatible, "{f:#?}");
}

#[test]
fn esperanza_workers_and_employees_are_one_count() {
    let cmp = event("esperanza");
    let f = finding_of(&cmp, ClaimKind::Figure, "andes", "about 350 workers");
    assert!(holds(&cmp, f, "daily", "about 350 employees"), "{f:#?}");
    assert_eq!(f.verdict, Verdict::Agree, "{f:#?}");
}

#[test]
fn esperanza_fewer_miners_trapped_the_next_day_is_a_contradiction() {
    let cmp = event("esperanza");
    let f = finding_of(&cmp, ClaimKind::Figure, "andes", "Twelve miners");
    assert!(holds(&cmp, f, "daily", "10 miners"), "{f:#?}");
    assert!(holds(&cmp, f, "wire", "12 miners"), "{f:#?}");
    assert_eq!(f.verdict, Verdict::Contradict, "{f:#?}");
}
