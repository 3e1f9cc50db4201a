//! A parliament's vote on a housing bill told by three outlets (tests/fixtures/events/vote/):
//! a minister's words translated by a foreign outlet in another order, and an opposition
//! leader's words with other words put in his mouth.

mod common;

use claimdiff::model::ClaimKind;
use claimdiff::model::{Comparison, Verdict};
use common::{finding_by_prefix, holds_all, quote_finding};

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

#[test]
fn housing_bill_a_tally_told_three_ways_lines_up_side_by_side() {
    let cmp = event("housing-bill");
    // "passing by 241 votes to 198", "241 deputies voting in favour, 198 against and 14
    // abstaining", "241 deputies voted yes, 189 voted no and 14 were abstaining".
    let yes = finding_by_prefix(
        &cmp,
        ClaimKind::Figure,
        "wire",
        "241 deputies voting in favour",
    );
    assert_eq!(yes.topic, "votes for");
    assert_eq!(yes.verdict, Verdict::Agree, "{yes:#?}");
    holds_all(
        &cmp,
        yes,
        &[("daily", "241 votes"), ("intl", "241 deputies voted yes")],
    );
    let abstained = finding_by_prefix(&cmp, ClaimKind::Figure, "wire", "14 abstaining");
    assert_eq!(abstained.topic, "votes abstained");
    holds_all(
        &cmp,
        abstained,
        &[("daily", "14 abstentions"), ("intl", "14 were abstaining")],
    );
    // The foreign outlet's 189 against the others' 198: the discrepancy the story holds.
    let no = finding_by_prefix(&cmp, ClaimKind::Figure, "intl", "189 voted no");
    assert_eq!(no.topic, "votes against");
    assert_eq!(no.verdict, Verdict::Contradict, "{no:#?}");
    holds_all(&cmp, no, &[("daily", "198"), ("wire", "198 against")]);
}
