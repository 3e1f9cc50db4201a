//! A mall shooting told by three outlets (tests/fixtures/events/shooting/): the wounded in
//! three wordings, an emergency number that counts nothing, and a food court that is no court.

mod common;

use claimdiff::model::{ClaimKind, Comparison, Verdict};
use common::{finding_of, holds};

fn event(name: &str) -> Comparison {
    common::constructed_event("shooting", name, 3)
}

#[test]
fn mall_shooting_the_wounded_agree_and_the_911_call_counts_nothing() {
    let cmp = event("mall-shooting");
    // "wounding seven others", "injured seven more", "Seven people were injured".
    let f = finding_of(&cmp, ClaimKind::Figure, "intl", "Seven people");
    assert_eq!(f.verdict, Verdict::Agree, "{f:#?}");
    assert!(holds(&cmp, f, "wire", "seven others"), "{f:#?}");
    assert!(holds(&cmp, f, "local", "seven"), "{f:#?}");
    let texts = common::claim_texts(&cmp);
    assert!(!texts.iter().any(|t| t.contains("911")), "{texts:?}");
    // The shooting "in the food court" on Saturday is an attack's date, not a court's.
    let f = finding_of(&cmp, ClaimKind::Date, "intl", "Saturday");
    assert!(!f.topic.contains("court"), "{f:#?}");
    common::assert_no_contradiction(&cmp);
}
