//! Earlier happenings mentioned in passing and running totals, on constructed events
//! (tests/fixtures/events/background/): an earlier quake's toll told by three outlets, a war's
//! toll beside one air strike's, "the deadliest since …", the previous round of talks. The
//! background facts line up with each other, never with the story's own.

mod common;

use claimdiff::model::{ClaimKind, Comparison, Finding, Verdict};
use common::{article, assert_no_contradiction, claim, finding_of, holds, run, words};

/// Extracts and compares one constructed event.
fn event(name: &str) -> Comparison {
    common::constructed_event("background", name, 3)
}

fn background(cmp: &Comparison, source: &str, text: &str) -> bool {
    claim(cmp, source, text).1.background
}

#[test]
fn quake_recalled_the_september_toll_lines_up_as_background() {
    let cmp = event("quake-recalled");
    assert_no_contradiction(&cmp);
    // Dated "in September" (the wire story has no publication date but says "on Sunday"),
    // "That temblor killed …" after "… hit by a 6.1 quake in September", "In last
    // September" as a non-native outlet writes it.
    for (source, text) in [
        ("wire", "at least seven people"),
        ("daily", "at least six people"),
        ("nonnative", "7 people"),
        ("wire", "45"),
        ("daily", "almost 50"),
    ] {
        assert!(background(&cmp, source, text), "{source}: {text}");
    }
    let toll = common::finding_of(&cmp, ClaimKind::Figure, "wire", "at least seven people");
    assert_eq!(toll.verdict, Verdict::Compatible, "{:?}", words(&cmp, toll));
    assert!(holds(&cmp, toll, "daily", "at least six people"));
    assert!(holds(&cmp, toll, "nonnative", "7 people"));
    // The story's own injured: not background, agreeing, and apart from September's.
    for (source, text) in [
        ("wire", "five people"),
        ("daily", "Five people"),
        ("nonnative", "5 persons"),
    ] {
        assert!(!background(&cmp, source, text), "{source}: {text}");
    }
    let injured = common::finding_of(&cmp, ClaimKind::Figure, "wire", "five people");
    assert_eq!(injured.verdict, Verdict::Agree);
    assert!(!holds(&cmp, injured, "wire", "45"));
    assert!(!holds(&cmp, injured, "daily", "almost 50"));
    // The 2003 Bam quake ("A 2003 quake …", "in Bam in 2003"): background in both.
    let bam = common::finding_of(&cmp, ClaimKind::Figure, "wire", "more than 31,000 people");
    assert!(background(&cmp, "wire", "more than 31,000 people"));
    assert!(holds(&cmp, bam, "daily", "more than 26,000 people"));
    assert_eq!(bam.verdict, Verdict::Compatible);
    // "In last September" dates the earlier quake, not "this autumn"'s second one.
    assert!(background(&cmp, "nonnative", "last September"));
    let september = common::finding_of(&cmp, ClaimKind::Date, "nonnative", "last September");
    assert!(holds(&cmp, september, "daily", "September"));
    assert!(!holds(&cmp, september, "daily", "this autumn"));
}

#[test]
fn airstrike_war_toll_and_earlier_raid_stay_apart_from_the_strike() {
    let cmp = event("airstrike-war-toll");
    assert_no_contradiction(&cmp);
    // The war's toll in three outlets: one finding, a running total, never the strike's.
    let war = common::finding_of(&cmp, ClaimKind::Figure, "wire", "More than 280,000 people");
    assert_eq!(war.verdict, Verdict::Compatible, "{:?}", words(&cmp, war));
    assert!(holds(&cmp, war, "daily", "at least 280,000 people"));
    assert!(holds(&cmp, war, "nonnative", "more than 250,000 people"));
    let (_, toll) = claim(&cmp, "wire", "More than 280,000 people");
    assert_eq!(toll.event_class.as_deref(), Some("conflict"));
    assert!(!holds(&cmp, war, "daily", "25 people"));
    // "Since a truce collapsed in April, more than 600 people have been killed": a running
    // total from another start, hundreds of times smaller than the war's.
    assert!(!holds(&cmp, war, "daily", "more than 600 people"));
    // The strike's own toll.
    let strike = common::finding_of(&cmp, ClaimKind::Figure, "wire", "at least 23 civilians");
    assert!(holds(&cmp, strike, "nonnative", "At least 23 civilians"));
    assert!(!background(&cmp, "wire", "at least 23 civilians"));
    // The March raid ("the deadliest strike on the town since March, when 40 people died";
    // "In March, a similar attack … had killed 40 civilians") is background and its 40
    // dead never meet the strike's 40 wounded.
    assert!(background(&cmp, "wire", "40 people"));
    assert!(background(&cmp, "nonnative", "40 civilians"));
    assert!(!background(&cmp, "wire", "40 other people"));
    let wounded = common::finding_of(&cmp, ClaimKind::Figure, "wire", "40 other people");
    assert!(holds(&cmp, wounded, "nonnative", "40 others"));
    assert!(!holds(&cmp, wounded, "wire", "40 people"));
    let march = common::finding_of(&cmp, ClaimKind::Date, "wire", "March");
    assert!(holds(&cmp, march, "nonnative", "March"));
    assert_eq!(march.verdict, Verdict::Agree);
}

#[test]
fn shooting_deadliest_since_keeps_the_earlier_tolls_apart() {
    let cmp = event("shooting-deadliest-since");
    // The story's own toll, "Sunday's shooting" included: not background.
    for (source, text) in [
        ("wire", "nine people"),
        ("daily", "nine people"),
        ("broadcaster", "Nine people"),
    ] {
        assert!(!background(&cmp, source, text), "{source}: {text}");
    }
    assert!(!background(&cmp, "broadcaster", "Sunday's"));
    let nine = common::finding_of(&cmp, ClaimKind::Figure, "wire", "nine people");
    assert_eq!(nine.verdict, Verdict::Agree);
    assert!(holds(&cmp, nine, "broadcaster", "Nine people"));
    // The 2019 shooting, told three ways after "the deadliest … since".
    let earlier = common::finding_of(&cmp, ClaimKind::Figure, "wire", "10 people");
    assert_eq!(
        earlier.verdict,
        Verdict::Agree,
        "{:?}",
        words(&cmp, earlier)
    );
    assert!(holds(&cmp, earlier, "daily", "10"));
    assert!(holds(&cmp, earlier, "broadcaster", "10 people"));
    assert!(!holds(&cmp, earlier, "wire", "nine people"));
    // Last year's school shooting: "Last year, …" and "last year's school shooting".
    assert!(background(&cmp, "daily", "three students"));
    let school = common::finding_of(&cmp, ClaimKind::Figure, "wire", "three students");
    assert!(holds(&cmp, school, "daily", "three students"));
    assert_eq!(school.verdict, Verdict::Agree);
}

#[test]
fn talks_previous_round_lines_up_apart_from_this_round() {
    let cmp = event("talks-previous-round");
    assert_no_contradiction(&cmp);
    // This round's day, not background.
    let monday = common::finding_of(&cmp, ClaimKind::Date, "wire", "Monday");
    assert!(holds(&cmp, monday, "daily", "Monday"));
    assert!(!background(&cmp, "wire", "Monday"));
    // The previous round: "in February", "last month" (in a short story's opening).
    assert!(background(&cmp, "daily", "last month"));
    assert!(background(&cmp, "wire", "February"));
    let previous = common::finding_of(&cmp, ClaimKind::Date, "wire", "February");
    assert!(holds(&cmp, previous, "daily", "last month"));
    assert_eq!(previous.verdict, Verdict::Agree);
    // Its length, three days in both, never this round's two.
    let length = common::finding_of(&cmp, ClaimKind::Duration, "wire", "three days");
    assert!(holds(&cmp, length, "daily", "three days"));
    assert!(!holds(&cmp, length, "daily", "two days"));
    assert!(!background(&cmp, "daily", "two days"));
}

/// The finding holding the claim of article `source` with these words, in a comparison of
/// articles built in the test.
fn finding_in<'a>(cmp: &'a Comparison, source: &str, text: &str) -> &'a Finding {
    common::finding_of(cmp, ClaimKind::Figure, source, text)
}

#[test]
fn running_totals_of_different_orders_never_line_up() {
    let cmp = common::run(vec![
        common::article(
            "a",
            "2016-10-07",
            "Rebels shelled the city on Friday. The conflict has killed more than 300000 people since it began in March 2011.",
        ),
        common::article(
            "b",
            "2016-10-07",
            "Rebels shelled the city on Friday. Since then more than 300 people have been killed in bombardments, the monitor said.",
        ),
    ]);
    let war = finding_in(&cmp, "a", "more than 300000 people");
    assert!(!holds(&cmp, war, "b", "more than 300 people"), "{war:?}");
}

#[test]
fn background_tolls_of_one_order_line_up() {
    let cmp = common::run(vec![
        common::article(
            "a",
            "2026-11-16",
            "A quake injured five people on Sunday. Rescuers reached the island. Tents were sent. \
             A powerful quake struck the same area in September, killing at least seven people.",
        ),
        common::article(
            "b",
            "2026-11-16",
            "Five people were hurt in a quake on Sunday. The governor visited. Homes were damaged. \
             The same coast was hit by a 6.1 quake in September. That temblor killed at least six people.",
        ),
    ]);
    assert!(background(&cmp, "a", "at least seven people"));
    assert!(background(&cmp, "b", "at least six people"));
    assert!(!background(&cmp, "b", "Five people"));
    let earlier = finding_in(&cmp, "a", "at least seven people");
    assert!(
        holds(&cmp, earlier, "b", "at least six people"),
        "{earlier:?}"
    );
    assert_eq!(earlier.verdict, Verdict::Compatible);
    assert!(!holds(&cmp, earlier, "b", "Five people"));
}

/// Extracts and compares a real cluster of the shared corpus, if it is there.
fn cluster(name: &str) -> Option<Comparison> {
    let dir = common::corpus(&format!("clusters/{name}"))?;
    let articles = claimdiff::load::load_paths(&[dir], &claimdiff::load::LoadOptions::default())
        .unwrap_or_else(|e| panic!("{name} does not load: {e:#}"));
    Some(common::run(articles))
}

#[test]
fn ecb_quake_the_september_toll_of_two_outlets_is_compatible_background() {
    let Some(cmp) = cluster("ecb-20-ecb") else {
        return;
    };
    // No publication dates: "in September" past the opening of stories that say "on Sunday".
    assert!(background(&cmp, "20_1ecb", "at least seven people"));
    assert!(background(&cmp, "20_4ecb", "at least six people"));
    let toll = common::finding_of(&cmp, ClaimKind::Figure, "20_1ecb", "at least seven people");
    assert!(holds(&cmp, toll, "20_4ecb", "at least six people"));
    assert_eq!(toll.verdict, Verdict::Compatible);
    assert!(!background(&cmp, "20_1ecb", "five people"));
}

#[test]
fn fakes_war_tolls_of_two_outlets_line_up() {
    let Some(cmp) = cluster("fakes-2017-10-16-damascus") else {
        return;
    };
    let war = common::finding_of(
        &cmp,
        ClaimKind::Figure,
        "alaraby-1923102970",
        "More than 330000 people",
    );
    assert!(holds(&cmp, war, "trt-1924058107", "an estimated 400000"));
    assert_eq!(war.verdict, Verdict::Compatible);
}

#[test]
fn a_later_report_of_the_storys_own_day_is_of_the_story() {
    // Written 19 days later, "on March 5" is past for the second outlet, but it is the day the
    // first outlet reports as its own: the two counts of abducted students are one fact.
    let cmp = run(vec![
        article(
            "wire",
            "2025-03-05",
            "Gunmen abducted 287 students from a boarding school on Wednesday, police said.",
        ),
        article(
            "paper",
            "2025-03-24",
            "Gunmen abducted 278 students from the boarding school on March 5.",
        ),
    ]);
    let f = finding_of(&cmp, ClaimKind::Figure, "paper", "278 students");
    assert_eq!(f.verdict, Verdict::Contradict, "{f:#?}");
    assert_eq!(f.claims.len(), 2, "{f:#?}");
}

#[test]
fn an_earlier_day_no_outlet_reports_as_its_own_stays_apart() {
    let cmp = run(vec![
        article(
            "wire",
            "2025-03-05",
            "Gunmen abducted 287 students from a boarding school on Wednesday, police said.",
        ),
        article(
            "paper",
            "2025-03-24",
            "Gunmen abducted 300 students from another school on November 2 last year.",
        ),
    ]);
    assert_no_contradiction(&cmp);
}

#[test]
fn a_toll_of_a_financial_year_written_with_a_slash_is_background() {
    let cmp = run(vec![
        article(
            "wire",
            "2025-06-12",
            "Three construction workers were killed when a crane collapsed on Tuesday.",
        ),
        article(
            "paper",
            "2025-06-12",
            "HSE figures show 51 construction workers were killed in 2023/24.",
        ),
    ]);
    assert_no_contradiction(&cmp);
    assert!(background(&cmp, "paper", "51 construction workers"));
}
