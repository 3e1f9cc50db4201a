//! A day of protests told by three outlets (tests/fixtures/events/protest/): official and
//! union crowd counts, arrests, officers hurt in a story of police, and the ages a reform
//! sets, which count nothing.

mod common;

use claimdiff::model::{ClaimKind, Comparison, Verdict};
use common::{finding_of, holds};

fn event(name: &str) -> Comparison {
    common::constructed_event("protest", name, 3)
}

#[test]
fn pension_march_the_official_count_lines_up_with_itself() {
    let cmp = event("pension-march");
    // "368,000 people" in the wire's second paragraph and in the foreign outlet: the
    // ministry's count, not the wire's "Hundreds of thousands of people" of its opening.
    let f = finding_of(&cmp, ClaimKind::Figure, "intl", "368,000 people");
    assert_eq!(f.verdict, Verdict::Agree, "{f:#?}");
    assert!(holds(&cmp, f, "wire", "368,000 people"), "{f:#?}");
    assert!(
        !holds(&cmp, f, "wire", "Hundreds of thousands of people"),
        "{f:#?}"
    );
}

#[test]
fn pension_march_officers_hurt_in_a_story_of_police_are_police_officers() {
    let cmp = event("pension-march");
    // "Eleven officers were slightly hurt", after "police made 32 arrests".
    let f = finding_of(&cmp, ClaimKind::Figure, "paper", "Eleven officers");
    assert_eq!(f.verdict, Verdict::Agree, "{f:#?}");
    assert!(holds(&cmp, f, "wire", "Eleven police officers"), "{f:#?}");
    assert!(holds(&cmp, f, "intl", "11 police officers"), "{f:#?}");
    // "arrested 32 people", "made 32 arrests", "At least 30 people were arrested".
    let f = finding_of(&cmp, ClaimKind::Figure, "intl", "At least 30 people");
    assert_eq!(f.verdict, Verdict::Compatible, "{f:#?}");
    assert!(holds(&cmp, f, "wire", "32 people"), "{f:#?}");
    // "raising France's pension age from 62 to 64" sets ages: no figure.
    let texts = common::claim_texts(&cmp);
    assert!(!texts.iter().any(|t| t.contains("62")), "{texts:?}");
    common::assert_no_contradiction(&cmp);
}

#[test]
fn pension_march_demonstrators_and_people_who_marched_are_one_crowd() {
    let cmp = event("pension-march");
    // "368,000 demonstrators across the country" and "368,000 people took part nationwide".
    let f = finding_of(&cmp, ClaimKind::Figure, "paper", "368,000 demonstrators");
    assert!(holds(&cmp, f, "wire", "368,000 people"), "{f:#?}");
    assert_eq!(f.verdict, Verdict::Agree, "{f:#?}");
}

#[test]
fn pension_strike_marchers_counted_by_police_are_people_who_marched() {
    let cmp = event("pension-strike");
    // "police counted 87,000 marchers" and "In Paris, 87,000 people marched, police said".
    let f = finding_of(&cmp, ClaimKind::Figure, "paper", "87,000 marchers");
    assert!(holds(&cmp, f, "intl", "87,000 people"), "{f:#?}");
    assert_eq!(f.verdict, Verdict::Agree, "{f:#?}");
    assert!(f.topic.contains("gathered"), "{f:#?}");
    common::assert_no_contradiction(&cmp);
}
