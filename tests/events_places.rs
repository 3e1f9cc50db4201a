//! Tolls and deaths told place by place and day by day: a storm or a war strikes several
//! places, and an outlet that gives one place's toll does not contradict another outlet's toll
//! of another place; a death after the first ones has a day of its own.

mod common;

use claimdiff::model::{ClaimKind, Verdict};
use common::{article, assert_no_contradiction, finding_of, run};

#[test]
fn tolls_of_two_counties_are_two_facts() {
    let cmp = run(vec![
        article(
            "paper",
            "2025-04-07",
            "Tornadoes tore across three states on Saturday night. Four people died in Monroe \
             County, the coroner said.",
        ),
        article(
            "wire",
            "2025-04-07",
            "Tornadoes tore across three states on Saturday night. Six people died in Lowndes \
             County, officials said.",
        ),
    ]);
    assert_no_contradiction(&cmp);
}

#[test]
fn tolls_of_one_place_still_contradict() {
    let cmp = run(vec![
        article(
            "paper",
            "2025-04-07",
            "Four people died in Monroe County on Saturday night, the coroner said.",
        ),
        article(
            "wire",
            "2025-04-07",
            "In Monroe County, six people died on Saturday night, officials said.",
        ),
    ]);
    let f = finding_of(&cmp, ClaimKind::Figure, "paper", "Four people");
    assert_eq!(f.verdict, Verdict::Contradict, "{f:#?}");
}

#[test]
fn a_later_death_has_its_own_day() {
    // "A third worker died in hospital on Wednesday": one more death, a day after the two of
    // Tuesday, not the day of theirs told another way.
    let cmp = run(vec![
        article(
            "paper",
            "2025-04-10",
            "Two workers were killed on Tuesday when the roof collapsed, police said.",
        ),
        article(
            "wire",
            "2025-04-10",
            "A third worker died in hospital on Wednesday, police said.",
        ),
    ]);
    assert_no_contradiction(&cmp);
    let f = finding_of(&cmp, ClaimKind::Date, "wire", "Wednesday");
    assert!(f.topic.starts_with("date of another"), "{f:#?}");
}

#[test]
fn a_provinces_tally_is_not_the_nations() {
    let cmp = run(vec![
        article(
            "wire",
            "2025-02-11",
            "Mozambique has recorded 4,812 suspected cholera cases and 61 deaths, the health \
             ministry said.",
        ),
        article(
            "paper",
            "2025-02-12",
            "Nampula province has recorded 2,130 suspected cholera cases and 29 deaths, the \
             provincial health director said.",
        ),
    ]);
    assert_no_contradiction(&cmp);
}

#[test]
fn one_nations_tallies_still_contradict() {
    let cmp = run(vec![
        article(
            "wire",
            "2025-02-11",
            "Mozambique has recorded 4,812 suspected cholera cases and 61 deaths, the health \
             ministry said.",
        ),
        article(
            "paper",
            "2025-02-11",
            "Mozambique has recorded 4,812 suspected cholera cases and 16 deaths, the health \
             ministry said.",
        ),
    ]);
    let f = finding_of(&cmp, ClaimKind::Figure, "wire", "61");
    assert_eq!(f.verdict, Verdict::Contradict, "{f:#?}");
}
