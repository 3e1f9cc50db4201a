//! A forest fire told by three outlets (tests/fixtures/events/fire/): the area burned in
//! acres, hectares and square kilometres, the evacuated and the injured told with other
//! verbs, and aircraft counted past the compound before them.

mod common;

use claimdiff::model::{ClaimKind, Comparison, Verdict};
use common::{finding_of, holds};

fn event(name: &str) -> Comparison {
    common::constructed_event("fire", name, 3)
}

#[test]
fn forest_fire_the_area_burned_compares_across_units() {
    let cmp = event("forest-fire");
    // "more than 12,000 acres" (4,856 hectares and up), "some 5,000 hectares" and "about 50
    // square kilometres" (4,500 to 5,500 hectares) can all be true.
    let f = finding_of(&cmp, ClaimKind::Figure, "paper", "some 5,000 hectares");
    assert_eq!(f.verdict, Verdict::Compatible, "{f:#?}");
    assert!(holds(&cmp, f, "wire", "more than 12,000 acres"), "{f:#?}");
    assert!(
        holds(&cmp, f, "intl", "about 50 square kilometres"),
        "{f:#?}"
    );
}

#[test]
fn forest_fire_the_evacuated_the_injured_and_the_aircraft_line_up() {
    let cmp = event("forest-fire");
    // "forcing the evacuation of about 8,000 people" and "Around 8,000 residents were
    // evacuated".
    let f = finding_of(&cmp, ClaimKind::Figure, "wire", "about 8,000 people");
    assert!(holds(&cmp, f, "intl", "Around 8,000 residents"), "{f:#?}");
    assert_eq!(f.verdict, Verdict::Agree, "{f:#?}");
    // "14 people were treated for burns" and "Fourteen people ... were taken to hospital":
    // the paper counts its injured only by the hospital's count.
    let f = finding_of(&cmp, ClaimKind::Figure, "wire", "14 people");
    assert!(
        ["people injured", "people hospitalised"].contains(&f.topic.as_str()),
        "{f:#?}"
    );
    assert_eq!(f.verdict, Verdict::Agree, "{f:#?}");
    assert!(holds(&cmp, f, "paper", "Fourteen people"), "{f:#?}");
    // "12 water-dropping aircraft" and "12 aircraft".
    let f = finding_of(&cmp, ClaimKind::Figure, "paper", "12 aircraft");
    assert_eq!(f.verdict, Verdict::Agree, "{f:#?}");
    assert!(
        holds(&cmp, f, "wire", "12 water-dropping aircraft"),
        "{f:#?}"
    );
    // Nothing here contradicts.
    common::assert_no_contradiction(&cmp);
}
