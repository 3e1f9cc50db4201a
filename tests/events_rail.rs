//! A derailment told by three outlets (tests/fixtures/events/rail/): a speed in "kmph" and in
//! "km/h", and a toll that rose by the next day.

mod common;

use claimdiff::model::{ClaimKind, Comparison, Verdict};
use common::{finding_of, holds};

fn event(name: &str) -> Comparison {
    common::constructed_event("rail", name, 3)
}

#[test]
fn odisha_a_speed_in_kmph_is_a_speed_in_km_an_hour() {
    let cmp = event("odisha");
    // "travelling at 110 km/h" and "running at 110 kmph".
    let f = finding_of(&cmp, ClaimKind::Figure, "paper", "110 kmph");
    assert!(holds(&cmp, f, "agency", "110 km"), "{f:#?}");
    assert_eq!(f.verdict, Verdict::Agree, "{f:#?}");
    assert!(f.topic.starts_with("speed"), "{f:#?}");
}

#[test]
fn odisha_the_toll_rose_by_the_next_day() {
    let cmp = event("odisha");
    let f = finding_of(&cmp, ClaimKind::Figure, "paper", "19");
    assert!(holds(&cmp, f, "agency", "At least 17 people"), "{f:#?}");
    assert!(holds(&cmp, f, "intl", "At least 15 people"), "{f:#?}");
    assert_eq!(f.verdict, Verdict::Compatible, "{f:#?}");
}
