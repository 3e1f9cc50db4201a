//! Counts of things with no measure word ("27 goals", "three undersea cables", "two boats"):
//! each article's only count of one named thing is one fact, so two that cannot both be true
//! contradict, however differently their sentences are worded. A count that a later report
//! gives higher may have grown ("15 aircraft were deployed overnight"), and is left apart.

mod common;

use claimdiff::model::{ClaimKind, Verdict};
use common::{apart, article, finding_of, holds, run};

#[test]
fn two_articles_only_counts_of_one_thing_contradict() {
    let cmp = run(vec![
        article(
            "wire",
            "2025-08-14",
            "The Portuguese forward joined for a club-record fee. Varga scored 27 goals in all \
             competitions last season.",
        ),
        article(
            "local",
            "2025-08-14",
            "The club confirmed the deal on Thursday. Varga, who scored 29 goals for Almada last \
             season, said he was happy to join.",
        ),
    ]);
    let f = finding_of(&cmp, ClaimKind::Figure, "wire", "27 goals");
    assert_eq!(f.verdict, Verdict::Contradict, "{f:#?}");
    assert!(holds(&cmp, f, "local", "29 goals"), "{f:#?}");
}

#[test]
fn a_count_a_later_report_gives_higher_may_have_grown() {
    let cmp = run(vec![
        article(
            "paper",
            "2026-08-12",
            "More than 500 firefighters and 12 aircraft fought to contain the fire.",
        ),
        article(
            "intl",
            "2026-08-13",
            "More than 600 firefighters and 15 aircraft were deployed overnight.",
        ),
    ]);
    assert!(
        apart(&cmp, ("paper", "12 aircraft"), ("intl", "15 aircraft")),
        "{:#?}",
        cmp.findings
    );
}

#[test]
fn a_value_stated_by_two_sources_is_evidence_for_both() {
    // The local paper's "41 homes" lines up with the broadcaster's "58 homes"; the
    // broadsheet's "41 homes" is the same value, so it joins the finding too.
    let cmp = run(vec![
        article(
            "broadsheet",
            "2025-07-10",
            "Inspection teams have confirmed 41 homes destroyed and nine damaged.",
        ),
        article(
            "local",
            "2025-07-10",
            "The fire has destroyed 41 homes in the valley, officials said.",
        ),
        article(
            "broadcaster",
            "2025-07-10",
            "The fire has destroyed 58 homes in the valley, officials said.",
        ),
    ]);
    let f = finding_of(&cmp, ClaimKind::Figure, "local", "41 homes");
    assert_eq!(f.verdict, Verdict::Contradict, "{f:#?}");
    assert!(holds(&cmp, f, "broadcaster", "58 homes"), "{f:#?}");
    assert!(holds(&cmp, f, "broadsheet", "41 homes"), "{f:#?}");
}

#[test]
fn an_initialism_before_a_plural_leaves_the_plural_counted() {
    let cmp = run(vec![
        article(
            "wire",
            "2025-02-12",
            "More than 2,300 US flights were canceled on Monday.",
        ),
        article(
            "paper",
            "2025-02-12",
            "Airlines canceled more than 2,300 flights on Monday.",
        ),
    ]);
    let f = finding_of(
        &cmp,
        ClaimKind::Figure,
        "wire",
        "More than 2,300 US flights",
    );
    assert_eq!(f.verdict, Verdict::Agree, "{f:#?}");
    assert!(holds(&cmp, f, "paper", "more than 2,300 flights"), "{f:#?}");
}
