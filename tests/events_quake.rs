//! A quake told by three outlets (tests/fixtures/events/quake/): two agencies' depths, one
//! given with a conversion in brackets before the word that says it is a depth, and a toll
//! that rose by the next day.

mod common;

use claimdiff::model::{ClaimKind, Comparison, Verdict};
use common::{finding_of, holds};

fn event(name: &str) -> Comparison {
    common::constructed_event("quake", name, 3)
}

#[test]
fn elazig_the_depth_before_a_bracket_is_a_depth() {
    let cmp = event("elazig");
    // "the quake was 10 km (6 miles) deep" and "at a depth of 10 km", against AFAD's "at a
    // depth of 6.7 kilometers": a contradiction two outlets against one.
    let f = finding_of(&cmp, ClaimKind::Figure, "intl", "10 km");
    assert_eq!(f.verdict, Verdict::Contradict, "{f:#?}");
    assert!(holds(&cmp, f, "wire", "10 km"), "{f:#?}");
    assert!(holds(&cmp, f, "paper", "6.7 kilometers"), "{f:#?}");
    let consensus = f.consensus.as_ref().expect("two of three agree");
    assert_eq!(consensus.departing, ["paper"], "{f:#?}");
    // The toll of the next day is higher, and said to have risen.
    let f = finding_of(&cmp, ClaimKind::Figure, "intl", "at least 29 people");
    assert_eq!(f.verdict, Verdict::Contradict, "{f:#?}");
    assert!(f.explanation.contains("may have risen"), "{f:#?}");
}
