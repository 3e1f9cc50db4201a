//! A plane crash told by three outlets, one a day later (tests/fixtures/events/crash/): the
//! toll that rose overnight, a quotation in which one desk named what the speaker's pronoun
//! stood for, counts told as parts of a total by one outlet and on their own by another, and
//! numbers that are parts of names ("ATR 72", "flight 671"), which count nothing.

mod common;

use claimdiff::model::{ClaimKind, Comparison, Verdict};
use common::{finding_of, holds};

fn event(name: &str) -> Comparison {
    common::constructed_event("crash", name, 3)
}

#[test]
fn mountain_airport_the_later_toll_is_said_to_have_risen() {
    let cmp = event("mountain-airport");
    let f = finding_of(&cmp, ClaimKind::Figure, "update", "70");
    assert_eq!(f.verdict, Verdict::Contradict, "{f:#?}");
    assert!(holds(&cmp, f, "agency", "68"), "{f:#?}");
    assert!(holds(&cmp, f, "wire", "at least 68 people"), "{f:#?}");
    assert!(f.explanation.contains("may have risen"), "{f:#?}");
    // The earlier crash of 1992, in all three, is its own finding.
    let f = finding_of(&cmp, ClaimKind::Figure, "wire", "167 people");
    assert_eq!(f.verdict, Verdict::Agree, "{f:#?}");
    assert_eq!(f.claims.len(), 3, "{f:#?}");
}

#[test]
fn mountain_airport_a_pronoun_named_by_the_desk_is_no_misquote() {
    let cmp = event("mountain-airport");
    // "Two of them are in critical condition" and "Two of the survivors are in critical
    // condition", both of the police spokesman.
    let f = finding_of(
        &cmp,
        ClaimKind::Quote,
        "wire",
        "Two of them are in critical condition,",
    );
    assert_eq!(f.verdict, Verdict::Compatible, "{f:#?}");
    assert_eq!(f.claims.len(), 2, "{f:#?}");
    assert!(f.explanation.contains("pronoun"), "{f:#?}");
    // The only contradiction is the toll that rose.
    let contradictions = common::contradictions(&cmp);
    assert_eq!(contradictions.len(), 1, "{contradictions:?}");
}

#[test]
fn mountain_airport_a_group_counted_within_a_total_is_the_same_group() {
    let cmp = event("mountain-airport");
    // "68 passengers and four crew members" (a part of the 72) and "carrying 68
    // passengers, including 15 foreigners": one count of passengers.
    let f = finding_of(&cmp, ClaimKind::Figure, "update", "68 passengers");
    assert_eq!(f.verdict, Verdict::Agree, "{f:#?}");
    assert!(holds(&cmp, f, "wire", "68 passengers"), "{f:#?}");
    // "including 15 foreigners" and "53 Nepalis and 15 foreigners".
    let f = finding_of(&cmp, ClaimKind::Figure, "agency", "15 foreigners");
    assert_eq!(f.verdict, Verdict::Agree, "{f:#?}");
    assert!(holds(&cmp, f, "update", "15 foreigners"), "{f:#?}");
}

#[test]
fn mountain_airport_numbers_in_names_count_nothing() {
    let cmp = event("mountain-airport");
    // "The ATR 72 turboprop", "A Himal Air flight 671 with 72 people on board".
    let texts = common::claim_texts(&cmp);
    assert!(!texts.iter().any(|t| t.contains("turboprop")), "{texts:?}");
    assert!(!texts.iter().any(|t| t.contains("671")), "{texts:?}");
    assert!(texts.contains(&"72 people"), "{texts:?}");
}

#[test]
fn mile_end_ages_between_commas_are_no_counts() {
    let cmp = event("mile-end");
    // "Police have arrested a man, 34, after a cyclist, 27, was killed": two ages, not 34
    // arrests and 27 dead; the 34 is the age of the man arrested, the 27 the cyclist's.
    let (_, c) = common::claim(&cmp, "national", "34");
    assert_eq!(c.topic, "age of the man suspect", "{c:?}");
    let (_, c) = common::claim(&cmp, "national", "27");
    assert_eq!(c.topic, "age of the cyclist killed", "{c:?}");
    // "late on Saturday" and "on Saturday night": one night.
    let f = finding_of(&cmp, ClaimKind::Date, "wire", "Saturday");
    assert!(holds(&cmp, f, "national", "Saturday night"), "{f:#?}");
    common::assert_no_contradiction(&cmp);
}
