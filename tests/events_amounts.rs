//! Figures that are not counts of people (money, shares, magnitudes, lengths) on constructed
//! events (tests/fixtures/events/amounts/): the same figure written in other units, symbols
//! and words by a wire service, a newspaper and a non-native English outlet. What a careful
//! fact-checker reports was decided before claimdiff ran on them.

mod common;

use claimdiff::model::{ClaimKind, Comparison, Verdict};
use common::{assert_no_contradiction, finding_of, holds};

/// Extracts and compares one event of tests/fixtures/events/amounts/.
fn event(name: &str) -> Comparison {
    common::constructed_event("amounts", name, 3)
}

#[test]
fn a_length_in_miles_lines_up_with_the_same_length_in_kilometres() {
    let cmp = event("quake");
    // The epicentre, 30 km north of Kozan: "30 km", "30 kilometres" and "19 miles" (30.6 km)
    // are one distance told in two units, which can both be true.
    let f = finding_of(&cmp, ClaimKind::Figure, "wire", "30 km");
    assert_eq!(f.verdict, Verdict::Compatible, "{f:#?}");
    assert!(holds(&cmp, f, "newspaper", "19 miles"), "{f:#?}");
    assert!(holds(&cmp, f, "foreign", "30 kilometres"), "{f:#?}");
    // The range all allow reads in a unit the reader sees, not in metres.
    assert!(
        f.explanation
            .ends_with("can all be true if the figure is between 29.77 and 30.5 km."),
        "{}",
        f.explanation
    );
    // Adana "about 80 km" and "50 miles" away.
    let f = finding_of(&cmp, ClaimKind::Figure, "wire", "about 80 km");
    assert_eq!(f.verdict, Verdict::Compatible, "{f:#?}");
    assert!(holds(&cmp, f, "newspaper", "50 miles"), "{f:#?}");
    // The aid, in three spellings of one sum.
    let f = finding_of(&cmp, ClaimKind::Figure, "wire", "$3.5 million");
    assert_eq!(f.verdict, Verdict::Agree, "{f:#?}");
    assert!(holds(&cmp, f, "newspaper", "US$3.5m"), "{f:#?}");
    assert!(holds(&cmp, f, "foreign", "3.5m dollars"), "{f:#?}");
    // The magnitude, "6.1-magnitude", "magnitude 6.1" and "measuring 6.1 on the Richter
    // scale".
    let f = finding_of(&cmp, ClaimKind::Figure, "wire", "6.1-magnitude");
    assert_eq!(f.verdict, Verdict::Agree, "{f:#?}");
    assert!(holds(&cmp, f, "newspaper", "6.1"), "{f:#?}");
    assert!(holds(&cmp, f, "foreign", "6.1"), "{f:#?}");
    // The aftershocks: "More than 40", "more than 40" and "At least 40", each article's only
    // count of aftershocks, are one count however each outlet words it.
    let f = finding_of(&cmp, ClaimKind::Figure, "wire", "At least 40 aftershocks");
    assert_eq!(f.verdict, Verdict::Agree, "{f:#?}");
    assert!(
        holds(&cmp, f, "newspaper", "more than 40 aftershocks"),
        "{f:#?}"
    );
    assert!(
        holds(&cmp, f, "foreign", "More than 40 aftershocks"),
        "{f:#?}"
    );
}

#[test]
fn each_outlets_only_depth_of_the_quake_is_one_depth() {
    let cmp = event("quake");
    // The depth, "10 km" and "about six miles" (9.7 km), against the foreign outlet's "25
    // kilometres": each article's only depth, which cannot both be true.
    let f = finding_of(&cmp, ClaimKind::Figure, "foreign", "25 kilometres");
    assert_eq!(f.verdict, Verdict::Contradict, "{f:#?}");
    assert!(holds(&cmp, f, "wire", "10 km"), "{f:#?}");
    assert!(holds(&cmp, f, "newspaper", "about six miles"), "{f:#?}");
    // The only contradiction: the aftershock's magnitude 4.2 and the 7.8 of a quake in 2023
    // are not the 6.1 of this one, and a length in one unit is never a contradiction of the
    // same length in another.
    let found: Vec<_> = cmp
        .findings
        .iter()
        .filter(|f| f.verdict == Verdict::Contradict)
        .collect();
    assert_eq!(found.len(), 1, "{found:#?}");
}

#[test]
fn a_share_buyback_is_no_price_per_share() {
    let cmp = event("results");
    // "quarterly profit climbed 5% to €840m" in a sentence about "a share buyback" is the
    // profit, as "840 million euros" and "EUR 840 million" are.
    let f = finding_of(&cmp, ClaimKind::Figure, "newspaper", "€840m");
    assert_eq!(f.verdict, Verdict::Agree, "{f:#?}");
    assert!(holds(&cmp, f, "wire", "840 million euros"), "{f:#?}");
    assert!(holds(&cmp, f, "foreign", "EUR 840 million"), "{f:#?}");
    // The buyback: "buy back 1.2 billion euros" and "€1.2bn buyback".
    let f = finding_of(&cmp, ClaimKind::Figure, "wire", "1.2 billion euros");
    assert_eq!(f.verdict, Verdict::Agree, "{f:#?}");
    assert!(holds(&cmp, f, "newspaper", "€1.2bn"), "{f:#?}");
    // No sum of this event is a price per share.
    for c in &cmp.claims {
        let measure = match &c.value {
            claimdiff::model::Value::Quantity(q) => q.measure.as_deref(),
            _ => None,
        };
        assert!(!measure.is_some_and(|m| m.ends_with("per share")), "{c:#?}");
    }
    // "a 5 percent rise", "climbed 5%", "up 5 per cent": one rise in profit.
    let f = finding_of(&cmp, ClaimKind::Figure, "wire", "5 percent");
    assert_eq!(f.verdict, Verdict::Agree, "{f:#?}");
    assert!(holds(&cmp, f, "newspaper", "5%"), "{f:#?}");
    assert_no_contradiction(&cmp);
}
