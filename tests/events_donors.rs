//! A donor conference told by three outlets (tests/fixtures/events/donors/): pledges in four
//! currencies, and a count of people in hunger told with the same figure in long sentences
//! that share few words.

mod common;

use claimdiff::model::{ClaimKind, Comparison, Verdict};
use common::{assert_no_contradiction, finding_of, holds};

fn event(name: &str) -> Comparison {
    common::constructed_event("donors", name, 3)
}

#[test]
fn sudan_the_same_exact_figure_of_thousands_is_one_fact() {
    let cmp = event("sudan");
    // "750,000 people faced "catastrophic" hunger" and "… and 750,000 people face
    // catastrophic hunger, Moravec said": two digits of its own, in the thousands.
    let f = finding_of(&cmp, ClaimKind::Figure, "wire", "750,000 people");
    assert!(holds(&cmp, f, "daily", "750,000 people"), "{f:#?}");
    assert_eq!(f.verdict, Verdict::Agree, "{f:#?}");
}

#[test]
fn sudan_pledges_in_other_currencies_and_spellings_agree() {
    let cmp = event("sudan");
    // "$585 million", "$585m", "585 mln dollars".
    let f = finding_of(&cmp, ClaimKind::Figure, "wire", "$585 million");
    assert!(holds(&cmp, f, "daily", "$585m"), "{f:#?}");
    assert!(holds(&cmp, f, "intl", "585 mln dollars"), "{f:#?}");
    assert_eq!(f.verdict, Verdict::Agree, "{f:#?}");
    assert_no_contradiction(&cmp);
}
