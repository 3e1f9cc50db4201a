//! A prison break told by three outlets (tests/fixtures/events/jail/): a foreign outlet that
//! sets thousands apart with dots ("1.240 prisoners", "80.000 persons"), and two outlets
//! that count the guards injured differently.

mod common;

use claimdiff::model::{ClaimKind, Comparison, Value, Verdict};
use common::{claim, finding_of, holds};

fn event(name: &str) -> Comparison {
    common::constructed_event("jail", name, 3)
}

/// The lowest value of the claim of `source` with these words.
fn low(cmp: &Comparison, source: &str, text: &str) -> Option<f64> {
    let (_, c) = claim(cmp, source, text);
    match &c.value {
        Value::Quantity(q) => q.interval.low(),
        _ => panic!("{c:#?}"),
    }
}

#[test]
fn jailbreak_thousands_set_apart_with_dots_are_thousands() {
    let cmp = event("jailbreak");
    assert_eq!(low(&cmp, "intl", "1.240 prisoners"), Some(1240.0));
    assert_eq!(low(&cmp, "intl", "80.000 persons"), Some(80_000.0));
    assert_eq!(low(&cmp, "intl", "more than 1.800 detainees"), Some(1800.0));
}

#[test]
fn jailbreak_three_and_four_officers_injured_contradict() {
    let cmp = event("jailbreak");
    let f = finding_of(&cmp, ClaimKind::Figure, "wire", "Three officers");
    assert!(holds(&cmp, f, "daily", "Four officers"), "{f:#?}");
    assert_eq!(f.verdict, Verdict::Contradict, "{f:#?}");
}
