//! The tense that places a date with no year, and dates that cannot both be true across
//! midnight (testers' round 30).

mod common;

use claimdiff::model::Verdict;
use common::{article, run};

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
