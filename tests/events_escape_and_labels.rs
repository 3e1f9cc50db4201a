//! What round 31's constructed stories (a prison escape, a crane collapse, a sinkhole, a
//! snowstorm) found read wrongly, as small articles: a recapture dated as the escape, a
//! reward for each man against a total, a house number read as a toll, patients still in
//! hospital read as the injured, a time phrase's noun read as what a count measures, snow
//! "under" which a city lay read as a bound, and inches written "in".

mod common;

use claimdiff::model::{ClaimKind, Value, Verdict};
use common::{article, claim, claim_texts, contradictions, finding_of, holds, run};

#[test]
fn a_recapture_is_dated_apart_from_the_escape() {
    let cmp = run(vec![
        article(
            "wire",
            "2025-06-10",
            "Three inmates escaped from the prison early Monday.",
        ),
        article(
            "paper",
            "2025-06-12",
            "Two of the three inmates who escaped from the prison were captured Wednesday \
             morning.",
        ),
    ]);
    assert!(contradictions(&cmp).is_empty(), "{:#?}", cmp.findings);
    let f = finding_of(&cmp, ClaimKind::Date, "paper", "Wednesday morning");
    assert_eq!(f.topic, "date of the capture");
    let f = finding_of(&cmp, ClaimKind::Figure, "wire", "Three inmates");
    assert_eq!(f.verdict, Verdict::Agree, "{f:#?}");
}

#[test]
fn a_reward_for_each_man_is_no_total() {
    let cmp = run(vec![
        article(
            "wire",
            "2025-06-10",
            "Police offered a reward of up to $10,000 for information leading to the capture \
             of each man.",
        ),
        article(
            "paper",
            "2025-06-10",
            "Rewards totalling $15,000 have been offered for information leading to Dunning's \
             capture.",
        ),
    ]);
    assert!(contradictions(&cmp).is_empty(), "{:#?}", cmp.findings);
    let f = finding_of(&cmp, ClaimKind::Figure, "wire", "up to $10,000");
    assert_eq!(f.topic, "reward per person in USD");
}

#[test]
fn a_house_number_counts_nothing() {
    let cmp = run(vec![article(
        "local",
        "2025-06-10",
        "She lives at No 40 with her two children. The family moved from No. 12 in 2019.",
    )]);
    let texts = claim_texts(&cmp);
    assert!(
        !texts.iter().any(|t| t.contains("40") || t.contains("12")),
        "{texts:?}"
    );
    assert!(texts.contains(&"two children"), "{texts:?}");
}

#[test]
fn patients_still_in_hospital_are_no_count_of_the_injured() {
    let cmp = run(vec![
        article(
            "wire",
            "2025-06-10",
            "Five people were injured when a crane collapsed on Tuesday.",
        ),
        article(
            "paper",
            "2025-06-11",
            "Four people are still being treated in hospital.",
        ),
    ]);
    assert!(contradictions(&cmp).is_empty(), "{:#?}", cmp.findings);
    let f = finding_of(&cmp, ClaimKind::Figure, "paper", "Four people");
    assert_eq!(f.topic, "people still in hospital");
}

#[test]
fn a_phrase_of_time_opening_the_sentence_measures_no_count() {
    let cmp = run(vec![article(
        "wire",
        "2025-06-10",
        "Since the escape, more than 300 officers have joined the search.",
    )]);
    let (_, c) = claim(&cmp, "wire", "more than 300 officers");
    let Value::Quantity(q) = &c.value else {
        panic!("{c:?}");
    };
    assert_eq!(q.measure, None, "{c:?}");
}

#[test]
fn snow_a_city_lay_under_and_inches_written_in() {
    let cmp = run(vec![
        article(
            "wire",
            "2025-02-12",
            "The storm buried Boston under 27.1 inches of snow. The sinkhole opened under an \
             18-inch water main.",
        ),
        article(
            "paper",
            "2025-02-12",
            "The sinkhole opened under a water main 46cm (18in) wide.",
        ),
    ]);
    let (_, c) = claim(&cmp, "wire", "27.1 inches");
    let Value::Quantity(q) = &c.value else {
        panic!("{c:?}");
    };
    assert_eq!(q.qualifier, claimdiff::model::Qualifier::Exact, "{c:?}");
    let f = finding_of(&cmp, ClaimKind::Figure, "wire", "18-inch");
    assert_eq!(f.verdict, Verdict::Agree, "{f:#?}");
    assert!(holds(&cmp, f, "paper", "18in"), "{f:#?}");
}
