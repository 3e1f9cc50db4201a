//! A hurricane told by three outlets (tests/fixtures/events/storm/), one abroad in metric
//! units: the storm's category, its storm surge in feet and in metres, and rainfall forecast
//! in inches and recorded in millimetres.

mod common;

use claimdiff::model::{ClaimKind, Comparison, Value, Verdict};
use common::{claim, finding_of, holds};

fn event(name: &str) -> Comparison {
    common::constructed_event("storm", name, 3)
}

#[test]
fn gulf_hurricane_the_category_is_a_rating_all_three_agree_on() {
    let cmp = event("gulf-hurricane");
    // "a Category 4 storm", "a Category 4 hurricane", "a category four hurricane".
    let f = finding_of(&cmp, ClaimKind::Figure, "intl", "four");
    assert_eq!(f.verdict, Verdict::Agree, "{f:#?}");
    assert!(holds(&cmp, f, "wire", "4"), "{f:#?}");
    assert!(holds(&cmp, f, "paper", "4"), "{f:#?}");
    let (_, c) = claim(&cmp, "wire", "4");
    let Value::Quantity(q) = &c.value else {
        panic!("{c:?}");
    };
    assert_eq!(q.unit.as_deref(), Some("category"));
}

#[test]
fn gulf_hurricane_surge_and_rain_compare_across_units() {
    let cmp = event("gulf-hurricane");
    // "The storm surge reached 12 feet" and "a storm surge of nearly four metres" (3.66 m
    // and 3.6 to 4 m): a storm surge, not a rise.
    let f = finding_of(&cmp, ClaimKind::Figure, "intl", "nearly four metres");
    assert_eq!(f.verdict, Verdict::Compatible, "{f:#?}");
    assert!(holds(&cmp, f, "wire", "12 feet"), "{f:#?}");
    assert!(f.topic.contains("storm surge"), "{f:#?}");
    // "up to 20 inches of rain", "rainfall totals of 15 to 20 inches", "up to 500 mm".
    let f = finding_of(&cmp, ClaimKind::Figure, "paper", "15 to 20 inches");
    assert_eq!(f.verdict, Verdict::Compatible, "{f:#?}");
    assert!(holds(&cmp, f, "wire", "up to 20 inches"), "{f:#?}");
    assert!(holds(&cmp, f, "intl", "up to 500 mm"), "{f:#?}");
}
