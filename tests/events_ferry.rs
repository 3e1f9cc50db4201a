//! A ferry sinking told by three outlets over two days (tests/fixtures/events/ferry/): a toll
//! that "rose to 19 on Tuesday" after a sinking on Monday.

mod common;

use claimdiff::model::{ClaimKind, Comparison, Verdict};
use common::{finding_of, holds};

fn event(name: &str) -> Comparison {
    common::constructed_event("ferry", name, 3)
}

#[test]
fn bahari_jaya_the_day_a_toll_rose_is_no_day_of_the_sinking() {
    let cmp = event("bahari-jaya");
    // "The number of people killed in the sinking … rose to 19 on Tuesday": a report's day.
    let f = finding_of(&cmp, ClaimKind::Date, "post", "Tuesday");
    assert!(f.topic.contains("announcement"), "{f:#?}");
    let f = finding_of(&cmp, ClaimKind::Date, "wire", "Monday");
    assert!(holds(&cmp, f, "intl", "Monday"), "{f:#?}");
    assert_eq!(f.verdict, Verdict::Agree, "{f:#?}");
    let f = finding_of(&cmp, ClaimKind::Figure, "post", "19");
    assert!(holds(&cmp, f, "wire", "at least 12 people"), "{f:#?}");
    assert!(holds(&cmp, f, "intl", "At least 10 people"), "{f:#?}");
    common::assert_no_contradiction(&cmp);
}
