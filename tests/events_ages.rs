//! Ages of named people: one fact about one person, which outlets do get wrong ("Sixty-year-old
//! Sharron Diane Crawford Smith" and "61-year-old Sharron Diane Crawford Smith" in ECB+ topic
//! 22). An age told of no name is no one's in particular and is left out; an age is never a
//! toll.

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
fn an_age_of_no_name_and_a_pair_of_ages_are_no_claims() {
    let cmp = run(vec![article(
        "wire",
        "2025-04-07",
        "A married couple, 64 and 61, died when a tree fell on their house. A 34-year-old man \
         was hurt.",
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
