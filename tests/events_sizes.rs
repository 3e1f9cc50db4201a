//! Sizes of things: a number joined to its unit gives the size of the noun after it ("the
//! 120-tonne truss"). One thing has one size, so two outlets' different sizes of one truss
//! contradict; sizes of two different things ("a 200-bed hospital", "a 10-bed clinic") never
//! do, and equal sizes line up whatever noun each outlet uses.

mod common;

use claimdiff::model::{ClaimKind, Value, Verdict};
use common::{article, assert_no_contradiction, claim, finding_of, run};

#[test]
fn two_weights_of_one_truss_contradict() {
    let cmp = run(vec![
        article(
            "paper",
            "2025-04-07",
            "The 120-tonne truss fell onto the stand at the stadium on Saturday.",
        ),
        article(
            "wire",
            "2025-04-07",
            "The 90-tonne steel truss collapsed onto the stand on Saturday.",
        ),
    ]);
    let f = finding_of(&cmp, ClaimKind::Figure, "paper", "120-tonne");
    assert_eq!(f.verdict, Verdict::Contradict, "{f:#?}");
    assert_eq!(f.claims.len(), 2, "{f:#?}");
    let Value::Quantity(q) = &claim(&cmp, "wire", "90-tonne").1.value else {
        panic!("{f:#?}");
    };
    assert_eq!(q.of.as_deref(), Some("truss"));
}

#[test]
fn sizes_of_two_things_are_two_facts() {
    let cmp = run(vec![
        article(
            "paper",
            "2025-04-07",
            "The injured were taken to a 200-bed hospital in the north of the city.",
        ),
        article(
            "wire",
            "2025-04-07",
            "The injured were taken to a 10-bed clinic in the north of the city.",
        ),
    ]);
    assert_no_contradiction(&cmp);
}

#[test]
fn one_size_told_with_two_nouns_agrees() {
    let cmp = run(vec![
        article(
            "paper",
            "2025-04-07",
            "The larger boat, a 10-metre dhow, is named the Salahaddin, the navy said.",
        ),
        article(
            "wire",
            "2025-04-07",
            "The mother vessel, a 10-metre craft called Salahaddin, had fish stocked in it, \
             the navy said.",
        ),
    ]);
    let f = finding_of(&cmp, ClaimKind::Figure, "paper", "10-metre");
    assert_eq!(f.verdict, Verdict::Agree, "{f:#?}");
    assert_eq!(f.claims.len(), 2, "{f:#?}");
}
