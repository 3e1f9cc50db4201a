//! A cholera outbreak told by three outlets (tests/fixtures/events/outbreak/): people
//! "infected", "cases" and people "sickened" are one count.

mod common;

use claimdiff::model::{ClaimKind, Comparison, Verdict};
use common::{finding_of, holds};

fn event(name: &str) -> Comparison {
    common::constructed_event("outbreak", name, 3)
}

#[test]
fn malawi_people_sickened_are_people_infected() {
    let cmp = event("malawi");
    // "claimed 45 lives and sickened about 1,350 people": not killed.
    let f = finding_of(&cmp, ClaimKind::Figure, "report", "about 1,350 people");
    assert!(f.topic.contains("infected"), "{f:#?}");
    assert!(holds(&cmp, f, "agency", "more than 1,300"), "{f:#?}");
    assert!(holds(&cmp, f, "nyasa", "1,412"), "{f:#?}");
    assert_eq!(f.verdict, Verdict::Compatible, "{f:#?}");
    let f = finding_of(&cmp, ClaimKind::Figure, "report", "45");
    assert!(holds(&cmp, f, "agency", "45 people"), "{f:#?}");
    assert_eq!(f.verdict, Verdict::Agree, "{f:#?}");
}
