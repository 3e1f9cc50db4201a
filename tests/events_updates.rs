//! Tolls that went up between reports, on constructed events (tests/fixtures/events/updates/):
//! a later report gives the new toll and what it went up by ("rose to 15 after three injured
//! workers died", "three more workers died"). What went up is a part of the new toll, never a
//! rival toll, and the people it counts died: they are not the first report's injured.

mod common;

use claimdiff::model::{ClaimKind, Comparison, Value, Verdict};
use common::{claim, finding_of, holds};

fn event(name: &str) -> Comparison {
    common::constructed_event("updates", name, 3)
}

#[test]
fn factory_fire_what_the_toll_went_up_by_is_part_of_it() {
    let cmp = event("factory-fire");
    // "rose to 15 ... after three injured workers died": three killed, a part; not three
    // injured against the wire's "more than 40" injured.
    for (source, text) in [("newspaper", "three"), ("foreign", "three more workers")] {
        let (_, c) = claim(&cmp, source, text);
        let Value::Quantity(q) = &c.value else {
            panic!("no figure: {c:?}");
        };
        assert_eq!(q.measure.as_deref(), Some("killed"), "{c:?}");
        assert!(q.subset, "{c:?}");
    }
    // The new toll, 15, in both later reports.
    let f = finding_of(&cmp, ClaimKind::Figure, "newspaper", "15");
    assert_eq!(f.verdict, Verdict::Agree, "{f:#?}");
    assert!(holds(&cmp, f, "foreign", "15"), "{f:#?}");
    // The spokesman's words, in both outlets that quote him.
    let f = finding_of(
        &cmp,
        ClaimKind::Quote,
        "wire",
        "Most of them escaped through the roof,",
    );
    assert_eq!(f.verdict, Verdict::Agree, "{f:#?}");
    // "About 300 workers", "Around 250 workers" and "Around 300 workers" inside.
    let f = finding_of(&cmp, ClaimKind::Figure, "newspaper", "Around 250 workers");
    assert_eq!(f.verdict, Verdict::Compatible, "{f:#?}");
    assert!(holds(&cmp, f, "wire", "About 300 workers"), "{f:#?}");
    // How long the fire burned, told of "the blaze" and of "the flames": "nearly six hours"
    // and "about five hours" can both be true.
    let f = finding_of(&cmp, ClaimKind::Duration, "newspaper", "about five hours");
    assert_eq!(f.verdict, Verdict::Compatible, "{f:#?}");
    assert!(holds(&cmp, f, "wire", "nearly six hours"), "{f:#?}");
    // The minister's promise to each family: 100,000 taka in the wire and the foreign
    // outlet, 200,000 in the newspaper, a planted contradiction.
    let f = finding_of(&cmp, ClaimKind::Figure, "newspaper", "200,000 taka");
    assert_eq!(f.verdict, Verdict::Contradict, "{f:#?}");
    assert!(holds(&cmp, f, "wire", "100,000 taka"), "{f:#?}");
    assert!(holds(&cmp, f, "foreign", "100,000 taka"), "{f:#?}");
    // The building: seven storeys in the wire, six in the newspaper.
    let f = finding_of(&cmp, ClaimKind::Figure, "newspaper", "six-storey");
    assert_eq!(f.verdict, Verdict::Contradict, "{f:#?}");
    assert!(holds(&cmp, f, "wire", "seven-storey"), "{f:#?}");
    // Nothing else contradicts.
    let others: Vec<_> = cmp
        .findings
        .iter()
        .filter(|f| f.verdict == Verdict::Contradict)
        .filter(|f| !holds(&cmp, f, "newspaper", "200,000 taka"))
        .filter(|f| !holds(&cmp, f, "newspaper", "six-storey"))
        .collect();
    assert!(others.is_empty(), "{others:#?}");
}
