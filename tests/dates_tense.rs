//! The tense that places a date with no year, and dates that cannot both be true across
//! midnight (testers' round 30).

mod common;

use claimdiff::model::{Value, Verdict};
use common::{article, contradictions, run};

#[test]
fn a_night_does_not_reach_the_next_evening() {
    let cmp = run(vec![
        article(
            "a",
            "2025-12-13",
            "The disruption began at 9.15pm on Friday.",
        ),
        article("b", "2025-12-13", "The disruption began on Thursday night."),
    ]);
    assert!(
        cmp.findings
            .iter()
            .any(|f| f.verdict == Verdict::Contradict),
        "{:#?}",
        cmp.findings
    );
}

#[test]
fn a_denied_happening_has_no_date() {
    let cmp = run(vec![
        article(
            "a",
            "2025-12-14",
            "No one had been arrested by Saturday morning, police said.",
        ),
        article(
            "b",
            "2025-12-14",
            "Two people were arrested on Friday evening.",
        ),
    ]);
    assert!(contradictions(&cmp).is_empty(), "{:#?}", cmp.findings);
    let denied = cmp
        .claims
        .iter()
        .find(|c| c.source == "a" && matches!(c.value, Value::Date(_)));
    assert!(denied.is_none_or(|c| c.event.is_none()), "{denied:#?}");
}
