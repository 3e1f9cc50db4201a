//! Dates of happenings across outlets (tests/fixtures/events/schedule/): one outlet names a
//! day relative to its report ("next Thursday", "late on Sunday"), another the calendar date,
//! and each words the happening its own way ("made landfall", "struck", "is due to begin").
//! What a careful fact-checker reports was decided before claimdiff ran on them, traps
//! included: the date a statement was made and an earlier storm's date are not the
//! happening's.

mod common;

use claimdiff::model::{ClaimKind, Comparison, Verdict};
use common::{assert_no_contradiction, finding_of, holds};

/// Extracts and compares one event of tests/fixtures/events/schedule/.
fn event(name: &str) -> Comparison {
    common::constructed_event("schedule", name, 3)
}

#[test]
fn a_summit_next_thursday_said_on_a_monday_allows_the_date_of_the_week_after() {
    let cmp = event("summit");
    // The wire of Monday 1 June says "next Thursday"; readers split between 4 and 11 June,
    // and the other outlets name 11 June: the dates can all be true, none is a contradiction.
    let f = finding_of(&cmp, ClaimKind::Date, "newspaper", "June 11");
    assert!(
        matches!(f.verdict, Verdict::Compatible | Verdict::Agree),
        "{f:#?}"
    );
    assert!(holds(&cmp, f, "wire", "next Thursday"), "{f:#?}");
    // "is due to begin on 11 June": the start of the summit is the summit's date.
    assert!(holds(&cmp, f, "foreign", "11 June"), "{f:#?}");
    // Trap: the day the Council spoke is not the summit's day.
    assert!(!holds(&cmp, f, "wire", "Monday"), "{f:#?}");
    assert!(!holds(&cmp, f, "foreign", "Monday"), "{f:#?}");
    assert_no_contradiction(&cmp);
}

#[test]
fn a_landfall_late_on_sunday_lines_up_with_a_storm_that_struck_on_sunday_night() {
    let cmp = event("storm");
    // "made landfall late on Sunday" (wire of Monday 14 September), "struck … on Sunday
    // night" and "hit … on Sunday night": one landfall on 13 September.
    let f = finding_of(&cmp, ClaimKind::Date, "newspaper", "Sunday night");
    assert!(
        matches!(f.verdict, Verdict::Compatible | Verdict::Agree),
        "{f:#?}"
    );
    assert!(holds(&cmp, f, "foreign", "Sunday night"), "{f:#?}");
    assert!(holds(&cmp, f, "wire", "Sunday"), "{f:#?}");
    // Traps: the earlier storm's landfall on 30 August and the governor's Monday are other
    // happenings and must not be lined up with Lena's.
    assert!(!holds(&cmp, f, "wire", "Aug. 30"), "{f:#?}");
    assert!(!holds(&cmp, f, "newspaper", "August 30"), "{f:#?}");
    assert!(!holds(&cmp, f, "newspaper", "Monday"), "{f:#?}");
    assert_no_contradiction(&cmp);
}
