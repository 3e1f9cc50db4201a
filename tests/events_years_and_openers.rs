//! Found in round 33's constructed stories: a year after "In" that opens a sentence before a
//! noun for people ("In 2019 officers found …") is a year, not 2,019 officers; an earlier time
//! that opens a sentence before a comma ("A year ago, annual inflation was …") makes its
//! figures earlier values; an age between commas after a person described by a capitalized
//! word ("a Southmere crane operator, 38,") is no count of the convicted.

mod common;

use claimdiff::model::{ClaimKind, Verdict};
use common::{article, claim_texts, contradictions, run};

#[test]
fn a_seizure_in_2019_is_no_count_of_officers_and_no_rival_of_this_seizure() {
    let cmp = run(vec![
        article(
            "wire",
            "2026-05-13",
            "Officers at Southmere found 2.4 tonnes of cocaine in a consignment of bananas. \
             In 2019 officers at Southmere found 3.2 tonnes of cocaine in a consignment of pineapples.",
        ),
        article(
            "local",
            "2026-05-13",
            "Border officers found 2.4 tonnes of cocaine hidden in bananas at Southmere port.",
        ),
    ]);
    assert!(
        contradictions(&cmp).is_empty(),
        "{:#?}",
        contradictions(&cmp)
    );
    assert!(
        !claim_texts(&cmp).contains(&"2019 officers"),
        "{:?}",
        claim_texts(&cmp)
    );
    let seizure = cmp
        .findings
        .iter()
        .find(|f| f.kind == ClaimKind::Figure && common::words(&cmp, f).contains(&"2.4 tonnes"))
        .expect("the 2.4 tonnes");
    assert_eq!(seizure.verdict, Verdict::Agree, "{seizure:#?}");
    assert_eq!(common::words(&cmp, seizure), ["2.4 tonnes", "2.4 tonnes"]);
    // The year that opens a clause after "that" is a year too.
    let cmp = run(vec![article(
        "wire",
        "2026-05-13",
        "Police said that in 2021 soldiers killed 12 people in the village.",
    )]);
    assert!(
        !claim_texts(&cmp).contains(&"2021 soldiers"),
        "{:?}",
        claim_texts(&cmp)
    );
    assert!(
        claim_texts(&cmp).contains(&"12 people"),
        "{:?}",
        claim_texts(&cmp)
    );
}

#[test]
fn last_years_rate_opening_a_sentence_is_no_rival_of_this_years() {
    let cmp = run(vec![
        article(
            "paper",
            "2026-05-13",
            "Property price inflation eased in March. A year ago, annual inflation was running at 9.5 per cent.",
        ),
        article(
            "broadcaster",
            "2026-05-13",
            "Property price inflation eased in March. Annual inflation is now 7.2%.",
        ),
    ]);
    assert!(
        contradictions(&cmp).is_empty(),
        "{:#?}",
        contradictions(&cmp)
    );
    let last_year = common::claim(&cmp, "paper", "9.5 per cent").1;
    assert!(last_year.topic.contains("earlier"), "{last_year:#?}");
}

#[test]
fn an_age_after_a_person_described_by_a_capitalized_word_is_no_count() {
    for s in [
        "A Southmere crane operator, 38, was jailed for six years.",
        "The tunnel honours a Norwegian engineer, 52, killed by a rockfall in 2022.",
    ] {
        let cmp = run(vec![article("wire", "2026-05-13", s)]);
        for c in &cmp.claims {
            assert_ne!(c.kind(), ClaimKind::Figure, "{s}: {c:#?}");
        }
    }
}
