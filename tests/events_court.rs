//! A corruption sentence told by three outlets (tests/fixtures/events/court/): the prison term
//! handed down against the one a prosecutor asked for, and a fine written in rupiah two ways.

mod common;

use claimdiff::model::{ClaimKind, Comparison, Verdict};
use common::{finding_of, holds};

fn event(name: &str) -> Comparison {
    common::constructed_event("court", name, 3)
}

#[test]
fn graft_sentence_the_term_handed_down_contradicts_across_outlets() {
    let cmp = event("graft-sentence");
    // "sentenced ... to 12 years in prison" (wire, paper) against "to 10 years in prison".
    let f = finding_of(&cmp, ClaimKind::Duration, "intl", "10 years");
    assert_eq!(f.verdict, Verdict::Contradict, "{f:#?}");
    assert!(holds(&cmp, f, "wire", "12 years"), "{f:#?}");
    assert!(holds(&cmp, f, "paper", "12 years"), "{f:#?}");
    // The 15 years prosecutors sought is another length, in all three outlets: "sought a
    // 15-year term", "demanded 15 years", "asked for a 15-year sentence".
    let f = finding_of(&cmp, ClaimKind::Duration, "paper", "15 years");
    assert_eq!(f.verdict, Verdict::Agree, "{f:#?}");
    assert_eq!(f.topic, "length of sentence sought");
    assert!(holds(&cmp, f, "wire", "15-year"), "{f:#?}");
    assert!(holds(&cmp, f, "intl", "15-year"), "{f:#?}");
    // Two other officials' earlier sentences stay out of both.
    let contradictions = common::contradictions(&cmp);
    assert_eq!(contradictions.len(), 1, "{contradictions:?}");
}

#[test]
fn graft_sentence_a_fine_in_rupiah_written_two_ways_agrees() {
    let cmp = event("graft-sentence");
    // "fined Santoso 1 billion rupiah" and "a fine of Rp 1 billion".
    let f = finding_of(&cmp, ClaimKind::Figure, "paper", "Rp 1 billion");
    assert_eq!(f.verdict, Verdict::Agree, "{f:#?}");
    assert!(holds(&cmp, f, "wire", "1 billion rupiah"), "{f:#?}");
}
