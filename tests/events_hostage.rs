//! A mass school kidnapping told by three outlets (tests/fixtures/events/hostage/): the day of
//! an abduction that police reported.

mod common;

use claimdiff::model::{ClaimKind, Comparison, Verdict};
use common::{finding_of, holds};

fn event(name: &str) -> Comparison {
    common::constructed_event("hostage", name, 3)
}

#[test]
fn kuriga_the_day_of_the_abduction_is_the_kidnapping_s() {
    let cmp = event("kuriga");
    // "Gunmen abducted 47 students … early on Monday, police said": the abduction's day, not
    // the day police spoke.
    let f = finding_of(&cmp, ClaimKind::Date, "wire", "Monday");
    assert!(f.topic.contains("kidnapping"), "{f:#?}");
    assert!(holds(&cmp, f, "daily", "Monday"), "{f:#?}");
    assert!(holds(&cmp, f, "intl", "Monday"), "{f:#?}");
    assert_eq!(f.verdict, Verdict::Agree, "{f:#?}");
    // "a security guard" killed and "One guard was shot dead".
    let f = finding_of(&cmp, ClaimKind::Figure, "wire", "a security guard");
    assert!(holds(&cmp, f, "daily", "One guard"), "{f:#?}");
    common::assert_no_contradiction(&cmp);
}
