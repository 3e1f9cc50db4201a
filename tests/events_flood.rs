//! A flood told by three outlets over two days (tests/fixtures/events/flood/): houses and
//! homes damaged, a compensation in rupees glued to its sum ("Rs1 million"), and each
//! article's only count of the injured, one of them told at the end of a later report.

mod common;

use claimdiff::model::{ClaimKind, Comparison, Verdict};
use common::{claim, finding_of, holds};

fn event(name: &str) -> Comparison {
    common::constructed_event("flood", name, 3)
}

#[test]
fn swat_houses_and_homes_damaged_are_one_count() {
    let cmp = event("swat");
    // "Some 1,800 houses were damaged or destroyed" and "Around 2,000 homes were damaged".
    let f = finding_of(&cmp, ClaimKind::Figure, "wire", "Some 1,800 houses");
    assert!(holds(&cmp, f, "intl", "Around 2,000 homes"), "{f:#?}");
    assert_eq!(f.verdict, Verdict::Compatible, "{f:#?}");
}

#[test]
fn swat_the_only_injured_counts_are_one_toll_that_rose() {
    let cmp = event("swat");
    // "21 people were injured" in the wire's opening, "Officials said 23 people had been
    // injured" at the end of the next day's report.
    let f = finding_of(&cmp, ClaimKind::Figure, "wire", "21 people");
    assert!(holds(&cmp, f, "daily", "23 people"), "{f:#?}");
    assert_eq!(f.verdict, Verdict::Contradict, "{f:#?}");
    assert!(f.explanation.contains("may have risen"), "{f:#?}");
}

#[test]
fn swat_rupees_glued_to_their_sum_are_a_sum() {
    let cmp = event("swat");
    let (_, c) = claim(&cmp, "daily", "Rs1 million");
    let claimdiff::model::Value::Quantity(q) = &c.value else {
        panic!("{c:#?}");
    };
    assert_eq!(q.unit.as_deref(), Some("INR"), "{c:#?}");
    assert_eq!(q.estimate, Some(1_000_000.0), "{c:#?}");
}
