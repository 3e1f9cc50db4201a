//! Counts of people stated without a numeral on constructed events
//! (tests/fixtures/events/counts/): a single victim named with "a" ("A security guard was shot
//! dead", "killing a woman"), counts joined into a sum ("a gendarme and two civilians"), and
//! counts of earlier happenings mentioned in passing.

mod common;

use claimdiff::model::{Claim, ClaimKind, Comparison, Finding, Value, Verdict};
use common::{claim, holds, words};

fn event(name: &str) -> Comparison {
    common::constructed_event("counts", name, 3)
}

fn finding<'a>(cmp: &'a Comparison, source: &str, text: &str) -> &'a Finding {
    common::finding_of(cmp, ClaimKind::Figure, source, text)
}

/// The value (a point), measure and whether it is a part of a figure claim.
fn count(c: &Claim) -> (Option<f64>, Option<&str>, bool) {
    match &c.value {
        Value::Quantity(q) => (q.estimate, q.measure.as_deref(), q.subset),
        _ => panic!("no figure: {c:?}"),
    }
}

#[test]
fn warehouse_guard_the_single_victim_agrees_with_one_person() {
    let cmp = event("warehouse-guard");
    // "A security guard was shot dead", "One person died", "A guard died": one killed.
    let (_, guard) = claim(&cmp, "wire", "A security guard");
    assert_eq!(count(guard), (Some(1.0), Some("killed"), false));
    let (_, guard) = claim(&cmp, "nonnative", "A guard");
    assert_eq!(count(guard), (Some(1.0), Some("killed"), false));
    let killed = finding(&cmp, "wire", "A security guard");
    assert_eq!(killed.verdict, Verdict::Agree, "{:?}", words(&cmp, killed));
    assert!(holds(&cmp, killed, "daily", "One person"));
    assert!(holds(&cmp, killed, "nonnative", "A guard"));
    // The injured are another measure: "two workers were wounded" never lines up with the
    // guard.
    assert!(!holds(&cmp, killed, "wire", "two workers"));
    // "The gunman, who later killed himself": no victim of the shooting.
    assert!(
        cmp.claims
            .iter()
            .filter(|c| c.kind() == ClaimKind::Figure)
            .all(|c| {
                let a = cmp.article_of(c).expect("article");
                !c.span.slice(&a.text).to_lowercase().contains("gunman")
                    || count(c).1 != Some("killed")
            }),
        "the gunman counted as killed"
    );
}

#[test]
fn checkpoint_blast_a_policeman_is_not_the_civilians_count() {
    let cmp = event("checkpoint-blast");
    let (_, officer) = claim(&cmp, "wire", "A police officer");
    assert_eq!(count(officer), (Some(1.0), Some("killed"), false));
    let (_, policeman) = claim(&cmp, "broadcaster", "A policeman");
    assert_eq!(count(policeman), (Some(1.0), Some("killed"), false));
    // "A police officer was killed and three civilians were wounded": the one officer never
    // lines up with the three civilians, and nothing about them contradicts.
    assert!(common::apart(
        &cmp,
        ("wire", "A police officer"),
        ("wire", "three civilians")
    ));
    let hurt = finding(&cmp, "wire", "three civilians");
    assert_eq!(hurt.verdict, Verdict::Agree);
    assert!(holds(&cmp, hurt, "broadcaster", "Three civilians"));
    // One officer killed against "Two people" killed: a group may be part of a toll, so
    // no contradiction is claimed.
    assert!(
        !cmp.findings
            .iter()
            .any(|f| f.verdict == Verdict::Contradict),
        "{:#?}",
        cmp.findings
    );
    // Earlier attacks told in passing keep their tolls to themselves.
    for (source, text) in [
        ("wire", "13 people"),
        ("daily", "five officers"),
        ("broadcaster", "11 recruits"),
    ] {
        let (i, c) = claim(&cmp, source, text);
        assert!(c.background, "{source} {text}");
        assert!(common::apart(
            &cmp,
            (source, text),
            ("wire", "A police officer")
        ));
        assert!(
            cmp.findings
                .iter()
                .filter(|f| f.claims.contains(&i))
                .all(|f| f.verdict == Verdict::Unique)
        );
    }
}

#[test]
fn hamburg_stabbing_victims_with_an_age_line_up_and_a_quoted_earlier_victim_does_not() {
    let cmp = event("hamburg-stabbing");
    // "killing a woman" and "A 61-year-old woman was stabbed to death".
    let (_, woman) = claim(&cmp, "wire", "a woman");
    assert_eq!(count(woman), (Some(1.0), Some("killed"), false));
    let killed = finding(&cmp, "daily", "A 61-year-old woman");
    assert!(
        holds(&cmp, killed, "wire", "a woman"),
        "{:?}",
        words(&cmp, killed)
    );
    // The woman is each of those outlets' whole toll ("killing a woman and injuring four
    // other people", under "One dead, four hurt"), a rival of the broadcaster's "Two people
    // were killed": at face value, one dead against two.
    assert!(holds(&cmp, killed, "broadcaster", "Two people"));
    assert_eq!(killed.verdict, Verdict::Contradict);
    // "A man who was killed in a similar attack in 2019 was my neighbour": no count.
    assert!(
        !cmp.claims.iter().any(|c| {
            c.source == "daily"
                && cmp
                    .article_of(c)
                    .is_some_and(|a| c.span.slice(&a.text) == "A man")
        }),
        "the earlier victim counted"
    );
    // "In January, a man stabbed two people to death": that attack's toll, apart.
    let (_, earlier) = claim(&cmp, "wire", "two people");
    assert!(earlier.background, "{earlier:?}");
    assert!(common::apart(
        &cmp,
        ("wire", "two people"),
        ("broadcaster", "Two people")
    ));
    // The injured: "four other people" and "four passengers" agree, and the broadcaster's
    // "three were injured" contradicts them.
    let hurt = finding(&cmp, "wire", "four other people");
    assert!(holds(&cmp, hurt, "daily", "four passengers"));
    assert!(holds(&cmp, hurt, "broadcaster", "three"), "{hurt:#?}");
    assert_eq!(hurt.verdict, Verdict::Contradict);
}

#[test]
fn bus_ambush_parts_of_a_sum_never_contradict_its_total() {
    let cmp = event("bus-ambush");
    // "killing a gendarme and two civilians": both parts of a sum of three.
    let (_, gendarme) = claim(&cmp, "wire", "a gendarme");
    assert_eq!(count(gendarme), (Some(1.0), Some("killed"), true));
    let (_, civilians) = claim(&cmp, "wire", "two civilians");
    assert_eq!(count(civilians), (Some(2.0), Some("killed"), true));
    // Told the same way by the broadcaster: the parts agree.
    let part = finding(&cmp, "wire", "two civilians");
    assert!(holds(&cmp, part, "broadcaster", "two civilians"));
    assert_eq!(part.verdict, Verdict::Agree);
    // "Three people were killed": the whole, never set against a part.
    assert!(common::apart(
        &cmp,
        ("wire", "two civilians"),
        ("daily", "Three people")
    ));
    assert!(common::apart(
        &cmp,
        ("wire", "a gendarme"),
        ("daily", "Three people")
    ));
    let (_, three) = claim(&cmp, "daily", "Three people");
    assert_eq!(count(three), (Some(3.0), Some("killed"), false));
    // "more than 20 soldiers" in December's ambush is background.
    let (_, soldiers) = claim(&cmp, "broadcaster", "more than 20 soldiers");
    assert!(soldiers.background);
    let hurt = finding(&cmp, "wire", "Five passengers");
    assert!(holds(&cmp, hurt, "daily", "five others"));
}
