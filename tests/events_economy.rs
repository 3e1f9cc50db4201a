//! A monthly inflation report told by three outlets (tests/fixtures/events/economy/): two
//! speakers quoted in one sentence, and the central bank's next meeting told in the present
//! tense by a paper whose masthead names "the Fed".

mod common;

use claimdiff::model::{ClaimKind, Comparison, Value, Verdict};
use common::{claim, finding_of, quote_finding, speakers};

fn event(name: &str) -> Comparison {
    common::constructed_event("economy", name, 3)
}

#[test]
fn cpi_two_speakers_in_one_sentence_keep_their_own_words() {
    let cmp = event("cpi");
    // "Fed Governor Lisa Hartwell said on Wednesday that officials were "not on a preset
    // course," and Chair Michael Tran has said the bank will be "data dependent."": the first
    // words are Hartwell's in every outlet, no attribution conflict.
    let f = quote_finding(&cmp, "not on a preset course");
    assert_ne!(f.verdict, Verdict::Contradict, "{f:#?}");
    assert!(!f.explanation.contains("Attribution conflict"), "{f:#?}");
    assert!(
        speakers(&cmp, f)
            .iter()
            .all(|(_, s)| s.as_deref().is_some_and(|s| s.ends_with("Lisa Hartwell"))),
        "{:?}",
        speakers(&cmp, f)
    );
}

#[test]
fn cpi_the_next_meeting_lies_ahead() {
    let cmp = event("cpi");
    // "Next meeting of the Fed is on December 16." and "the Dec. 16 meeting … down from 65
    // percent a week ago" in papers of 13 November: this year's, not last year's ("Fed" is no
    // past of "feed", and "a week ago" dates another thing).
    for (source, text) in [("intl", "December 16"), ("daily", "Dec. 16")] {
        let (_, c) = claim(&cmp, source, text);
        let Value::Date(d) = &c.value else {
            panic!("{c:#?}")
        };
        assert_eq!(d.timex, "2026-12-16", "{c:#?}");
        assert!(!c.background, "{c:#?}");
    }
    let f = finding_of(&cmp, ClaimKind::Date, "intl", "December 16");
    assert_ne!(f.verdict, Verdict::Contradict, "{f:#?}");
}
