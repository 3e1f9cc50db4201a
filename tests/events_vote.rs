//! A parliament's vote on a housing bill told by three outlets (tests/fixtures/events/vote/):
//! a minister's words translated by a foreign outlet in another order, and an opposition
//! leader's words with other words put in his mouth.

mod common;

use claimdiff::model::{Comparison, Verdict};
use common::quote_finding;

fn event(name: &str) -> Comparison {
    common::constructed_event("vote", name, 3)
}

#[test]
fn housing_bill_a_translation_in_another_order_is_no_misquote() {
    let cmp = event("housing-bill");
    // "This is the day young Poles have waited for" and "It is the day for which the young
    // Poles have waited".
    let f = quote_finding(&cmp, "young Poles have waited");
    assert_eq!(f.claims.len(), 3, "{f:#?}");
    assert_eq!(f.verdict, Verdict::Compatible, "{f:#?}");
    assert!(f.explanation.contains("another order"), "{f:#?}");
}

#[test]
fn housing_bill_other_words_in_a_speakers_mouth_are_a_misquote() {
    let cmp = event("housing-bill");
    // "a blank cheque that our grandchildren will pay" against "an empty cheque which our
    // grandchildren will pay": another word of sense, which a fact-checker reads.
    let f = quote_finding(&cmp, "our grandchildren will pay");
    assert_eq!(f.verdict, Verdict::Contradict, "{f:#?}");
    assert!(f.explanation.contains("Misquote"), "{f:#?}");
}
