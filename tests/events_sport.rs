//! A record contract told by three outlets (tests/fixtures/events/sport/): a "contract" and a
//! "deal" worth one sum, and a pitcher who struck out batters.

mod common;

use claimdiff::model::{ClaimKind, Comparison, Verdict};
use common::{finding_of, holds};

fn event(name: &str) -> Comparison {
    common::constructed_event("sport", name, 3)
}

#[test]
fn alvarez_a_contract_and_a_deal_are_one_sum() {
    let cmp = event("alvarez");
    // "a seven-year, $245 million contract", "a seven-year deal worth $245 million", and the
    // day before, "a six-year contract … worth about $230 million".
    let f = finding_of(&cmp, ClaimKind::Figure, "wire", "$245 million");
    assert!(holds(&cmp, f, "daily", "$245 million"), "{f:#?}");
    assert!(holds(&cmp, f, "intl", "about $230 million"), "{f:#?}");
    assert_eq!(f.verdict, Verdict::Compatible, "{f:#?}");
    // "struck out 231 hitters last year": no attack to date.
    assert!(
        !cmp.findings
            .iter()
            .any(|f| f.kind == ClaimKind::Date && f.topic.contains("attack")),
        "{:#?}",
        cmp.findings
    );
}
