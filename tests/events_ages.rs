//! Ages of people: one fact about one person, which outlets do get wrong ("Sixty-year-old
//! Sharron Diane Crawford Smith" and "61-year-old Sharron Diane Crawford Smith" in ECB+ topic
//! 22). A named person's age is told of the name; an age told of no name ("a 47-year-old
//! man") is told of what befell the person (killed, injured, a suspect), and only where the
//! article tells of one such person. An age is never a toll.

mod common;

use claimdiff::model::{ClaimKind, Value, Verdict};
use common::{article, claim, finding_of, holds, run};

#[test]
fn the_ages_of_one_named_person_agree_or_contradict() {
    let cmp = run(vec![
        article(
            "paper",
            "2025-05-13",
            "Police arrested caterer Ramesh Ghuge, 48, and his cook Santosh Wagh, 35, on \
             Tuesday. Six-year-old Anvi Jadhav died on her way to hospital.",
        ),
        article(
            "wire",
            "2025-05-13",
            "Caterer Ramesh Ghuge, 46, was arrested with Santosh Wagh (35). Anvi Jadhav, six, \
             died on the way to hospital.",
        ),
    ]);
    let f = finding_of(&cmp, ClaimKind::Figure, "paper", "48");
    assert_eq!(f.verdict, Verdict::Contradict, "{f:#?}");
    assert!(holds(&cmp, f, "wire", "46"), "{f:#?}");
    assert_eq!(f.topic, "age of Ramesh Ghuge");
    let f = finding_of(&cmp, ClaimKind::Figure, "paper", "35");
    assert_eq!(f.verdict, Verdict::Agree, "{f:#?}");
    assert!(holds(&cmp, f, "wire", "35"), "{f:#?}");
    let f = finding_of(&cmp, ClaimKind::Figure, "paper", "Six-year-old");
    assert_eq!(f.verdict, Verdict::Agree, "{f:#?}");
    assert!(holds(&cmp, f, "wire", "six"), "{f:#?}");
    // "Anvi Jadhav, six, died" tells her age, not a toll of six.
    let (_, c) = claim(&cmp, "wire", "six");
    let Value::Quantity(q) = &c.value else {
        panic!("{c:?}");
    };
    assert_eq!(q.measure.as_deref(), Some("age"));
}

#[test]
fn ages_of_two_people_of_one_family_stay_apart() {
    let cmp = run(vec![
        article(
            "paper",
            "2025-04-07",
            "Ruth Ellison, 78, and her son Darnell Ellison, 52, had lived there for decades.",
        ),
        article(
            "wire",
            "2025-04-07",
            "Darnell Ellison, 52, said his mother had lived in the house since 1971.",
        ),
    ]);
    let f = finding_of(&cmp, ClaimKind::Figure, "paper", "52");
    assert_eq!(f.verdict, Verdict::Agree, "{f:#?}");
    let f = finding_of(&cmp, ClaimKind::Figure, "paper", "78");
    assert_eq!(f.verdict, Verdict::Unique, "{f:#?}");
}

#[test]
fn a_pair_of_ages_and_an_age_of_no_fate_are_no_claims() {
    let cmp = run(vec![article(
        "wire",
        "2025-04-07",
        "A married couple, 64 and 61, died when a tree fell on their house. A 34-year-old man \
         lives next door.",
    )]);
    assert!(
        cmp.claims.iter().all(|c| match &c.value {
            Value::Quantity(q) => q.estimate != Some(61.0) && q.estimate != Some(34.0),
            _ => true,
        }),
        "{:#?}",
        cmp.claims
    );
}

/// The ages the claims of `source` in `cmp` give, with their topics.
fn ages(cmp: &claimdiff::model::Comparison, source: &str) -> Vec<(String, f64)> {
    cmp.claims
        .iter()
        .filter(|c| c.source == source)
        .filter_map(|c| match &c.value {
            Value::Quantity(q) if q.measure.as_deref() == Some("age") => {
                Some((c.topic.clone(), q.estimate?))
            }
            _ => None,
        })
        .collect()
}

#[test]
fn the_age_of_an_unnamed_suspect_or_victim_is_compared() {
    let cmp = run(vec![
        article(
            "paper",
            "2025-04-07",
            "A 47-year-old man was arrested on Tuesday after the stabbing. A 23-year-old woman \
             died in hospital.",
        ),
        article(
            "wire",
            "2025-04-08",
            "Police said a 45-year-old man had been charged over the stabbing. The victim, a \
             23-year-old woman, died in hospital on Monday night.",
        ),
    ]);
    let f = finding_of(&cmp, ClaimKind::Figure, "paper", "47-year-old");
    assert_eq!(f.verdict, Verdict::Contradict, "{f:#?}");
    assert!(holds(&cmp, f, "wire", "45-year-old"), "{f:#?}");
    assert_eq!(f.topic, "age of the man suspect");
    let f = finding_of(&cmp, ClaimKind::Figure, "paper", "23-year-old");
    assert_eq!(f.verdict, Verdict::Agree, "{f:#?}");
    assert!(holds(&cmp, f, "wire", "23-year-old"), "{f:#?}");
    assert_eq!(f.topic, "age of the woman killed");
}

#[test]
fn an_age_set_between_commas_after_the_noun_is_compared_too() {
    let cmp = run(vec![
        article(
            "paper",
            "2025-06-10",
            "A 71-year-old woman was taken to hospital with minor injuries.",
        ),
        article(
            "wire",
            "2025-06-10",
            "The woman, 74, was taken to hospital with minor injuries. The man, 34, killed his \
             wife.",
        ),
        article(
            "local",
            "2025-06-10",
            "A 71-year-old woman, whose front garden partially collapsed into the hole, was \
             treated in hospital for cuts and shock.",
        ),
    ]);
    assert!(
        holds(
            &cmp,
            finding_of(&cmp, ClaimKind::Figure, "paper", "71-year-old"),
            "local",
            "71-year-old"
        ),
        "{:#?}",
        cmp.findings
    );
    let f = finding_of(&cmp, ClaimKind::Figure, "paper", "71-year-old");
    assert_eq!(f.verdict, Verdict::Contradict, "{f:#?}");
    assert!(holds(&cmp, f, "wire", "74"), "{f:#?}");
    assert_eq!(
        ages(&cmp, "wire"),
        [("age of the woman injured".to_string(), 74.0)]
    );
}

#[test]
fn a_suspect_and_a_victim_of_one_noun_are_two_people() {
    let cmp = run(vec![
        article(
            "paper",
            "2025-04-07",
            "A 34-year-old man was stabbed to death on Friday.",
        ),
        article(
            "wire",
            "2025-04-07",
            "A 19-year-old man was arrested on Saturday.",
        ),
    ]);
    let f = finding_of(&cmp, ClaimKind::Figure, "paper", "34-year-old");
    assert_eq!(f.verdict, Verdict::Unique, "{f:#?}");
    assert_eq!(f.topic, "age of the man killed");
}

#[test]
fn ages_of_unnamed_people_of_one_kind_are_left_out() {
    let cmp = run(vec![article(
        "wire",
        "2025-04-07",
        "A 19-year-old man and a 22-year-old man were arrested. A 30-year-old man killed his \
         wife. A 50-year-old woman was arrested on Monday. A second woman, aged 52, was held on \
         Tuesday. A 40-year-old man was injured.",
    )]);
    assert_eq!(
        ages(&cmp, "wire"),
        [("age of the man injured".to_string(), 40.0)]
    );
}
