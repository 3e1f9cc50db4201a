//! A toll told only as its parts ("killed a policeman and two others") against another
//! outlet's toll, and tolls that their sentences date to different days.

mod common;

use claimdiff::model::{ClaimKind, Verdict};
use common::{article, finding_of, run, words};

#[test]
fn a_toll_told_as_its_parts_lines_up_with_a_stated_toll() {
    let parts = "The gunman killed a policeman and two others on Tuesday.";
    let agree = run(vec![
        article("wire", "2026-06-10", parts),
        article(
            "daily",
            "2026-06-10",
            "Three people were killed on Tuesday when a gunman opened fire.",
        ),
    ]);
    let f = finding_of(
        &agree,
        ClaimKind::Figure,
        "wire",
        "a policeman and two others",
    );
    assert_eq!(f.verdict, Verdict::Agree, "{f:?}");
    assert!(words(&agree, f).contains(&"Three people"), "{f:?}");

    let contradict = run(vec![
        article("wire", "2026-06-10", parts),
        article(
            "daily",
            "2026-06-10",
            "Four people were killed on Tuesday when a gunman opened fire.",
        ),
    ]);
    let f = finding_of(
        &contradict,
        ClaimKind::Figure,
        "wire",
        "a policeman and two others",
    );
    assert_eq!(f.verdict, Verdict::Contradict, "{f:?}");
    assert!(words(&contradict, f).contains(&"Four people"), "{f:?}");
}

#[test]
fn parts_of_a_stated_toll_make_no_second_toll() {
    // "30 regime soldiers and 39 rebel fighters … since Wednesday afternoon" adds up some of
    // the dead of a story whose toll is "at least 70".
    let cmp = run(vec![article(
        "monitor",
        "2016-06-30",
        "At least 70 regime and rebel fighters have been killed in 24 hours, a monitor said. \
         The Observatory said 30 regime soldiers and 39 rebel fighters had been killed in \
         battles north of Aleppo since Wednesday afternoon.",
    )]);
    let texts = common::claim_texts(&cmp);
    assert!(
        !texts.contains(&"30 regime soldiers and 39 rebel fighters"),
        "{texts:?}"
    );
}

#[test]
fn tolls_dated_to_different_days_stay_apart() {
    // A night's toll and another day's toll of the same place, told in reports of one day:
    // "on Friday" names no happening of its own, yet dates its sentence's toll.
    let cmp = run(vec![
        article(
            "opposition",
            "2016-08-12",
            "Three civilians were killed and more than twenty others suffered from suffocation \
             on Wednesday night after a toxic gas was released by a helicopter.",
        ),
        article(
            "state",
            "2016-08-12",
            "A child and a woman were killed and seven others were injured by terrorist rocket \
             and sniper attacks that targeted Aleppo city and al-Hader town in Aleppos southern \
             countryside on Friday.",
        ),
    ]);
    let f = finding_of(&cmp, ClaimKind::Figure, "opposition", "Three civilians");
    assert_ne!(f.verdict, Verdict::Contradict, "{f:?}");
    assert!(!words(&cmp, f).contains(&"A child and a woman"), "{f:?}");
}

#[test]
fn nationals_counted_by_nationality_add_up_and_line_up_with_people() {
    // "Three Britons and two Germans" are five people killed, against another outlet's five.
    let cmp = run(vec![
        article(
            "wire",
            "2026-06-10",
            "Three Britons and two Germans were killed when the bus crashed on Monday, police said.",
        ),
        article(
            "daily",
            "2026-06-10",
            "Five people were killed when the bus crashed on Monday, police said.",
        ),
    ]);
    let f = finding_of(
        &cmp,
        ClaimKind::Figure,
        "wire",
        "Three Britons and two Germans",
    );
    assert_eq!(f.verdict, Verdict::Agree, "{f:?}");
    assert!(words(&cmp, f).contains(&"Five people"), "{f:?}");

    // At least five Syrians killed in Syria may be the five people another outlet counts.
    let cmp = run(vec![
        article(
            "agency",
            "2016-08-03",
            "At least five Syrians were killed in shelling on Aleppo on Wednesday.",
        ),
        article(
            "monitor",
            "2016-08-03",
            "Five civilians were killed in shelling on Aleppo on Wednesday.",
        ),
    ]);
    let f = finding_of(&cmp, ClaimKind::Figure, "agency", "At least five Syrians");
    assert_eq!(f.verdict, Verdict::Compatible, "{f:?}");
    assert!(words(&cmp, f).contains(&"Five civilians"), "{f:?}");
}
