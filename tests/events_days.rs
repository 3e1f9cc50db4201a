//! Constructed events about the days of happenings and of articles
//! (tests/fixtures/events/days/): an attack that one outlet dates a day early, a fire in the
//! small hours reported as Friday in New York and Saturday in Manila, a shooting, the death
//! and the funeral told in follow-up stories days later, and articles dated only by stamps of
//! their web pages. The findings asserted are the ones a fact-checker would report, decided
//! before claimdiff was run.

mod common;

use claimdiff::model::{ClaimKind, Comparison, Verdict};
use common::{finding_by_prefix, holds_all, holds_by_prefix, words};

/// The comparison of one constructed event.
fn event(name: &str) -> Comparison {
    common::constructed_event("days", name, 4)
}

/// The date findings that are contradictions, as their claims' words.
fn date_contradictions(cmp: &Comparison) -> Vec<Vec<&str>> {
    cmp.findings
        .iter()
        .filter(|f| f.kind == ClaimKind::Date && f.verdict == Verdict::Contradict)
        .map(|f| words(cmp, f))
        .collect()
}

#[test]
fn an_attack_dated_a_day_early_by_one_outlet_contradicts_the_others() {
    // Broadcaster of Tuesday 2024-05-14 ("early on Tuesday, 14 May"), wire of Wednesday ("on
    // Tuesday"), newspaper of Thursday ("at dawn on Tuesday"), and a foreign outlet of
    // Thursday that says "on Monday 13 May".
    let cmp = event("depot-attack");
    let attack = finding_by_prefix(&cmp, ClaimKind::Date, "wire", "Tuesday");
    holds_all(
        &cmp,
        attack,
        &[
            // "14 May" is read with its weekday: one date.
            ("broadcaster", "Tuesday, 14 May"),
            ("newspaper", "Tuesday"),
            ("foreign", "Monday 13 May"),
        ],
    );
    assert_eq!(attack.verdict, Verdict::Contradict, "{attack:#?}");
    // The only contradiction of dates is the attack's day.
    assert_eq!(
        date_contradictions(&cmp).len(),
        1,
        "{:?}",
        date_contradictions(&cmp)
    );
    // The arrests on Wednesday and the minister's visit on Sunday are other happenings.
    assert!(!holds_by_prefix(&cmp, attack, "foreign", "Wednesday"));
    assert!(!holds_by_prefix(&cmp, attack, "newspaper", "Sunday"));
    assert!(!holds_by_prefix(&cmp, attack, "wire", "Wednesday"));
    // The raid of March 2022 is an earlier attack.
    assert!(!holds_by_prefix(&cmp, attack, "wire", "March 2022"));
    // The army's statement: "said on Wednesday" in the wire, "announced yesterday" in the
    // newspaper of Thursday.
    let statement = finding_by_prefix(&cmp, ClaimKind::Date, "wire", "Wednesday");
    assert!(holds_by_prefix(&cmp, statement, "newspaper", "yesterday"));
    assert_eq!(statement.verdict, Verdict::Agree);
}

#[test]
fn a_fire_in_the_small_hours_is_no_contradiction_across_time_zones() {
    // Local paper and wire of Saturday 2025-02-08 ("early Saturday", "shortly after 1 a.m.",
    // "late on Friday night"), a US broadcaster of Friday ("on Friday"), a tabloid of
    // Saturday ("last night").
    let cmp = event("night-fire");
    assert!(
        date_contradictions(&cmp).is_empty(),
        "{:?}",
        date_contradictions(&cmp)
    );
    // "last night" in a paper of Saturday and "on Friday" in one of Friday: one night.
    let night = finding_by_prefix(&cmp, ClaimKind::Date, "tabloid", "last night");
    assert!(
        holds_by_prefix(&cmp, night, "usnet", "Friday"),
        "{night:#?}"
    );
    assert_ne!(night.verdict, Verdict::Contradict);
    // The fire's start: "around 1:10 a.m." and "shortly after 1 a.m.".
    let start = finding_by_prefix(&cmp, ClaimKind::Date, "local", "1:10 a.m.");
    assert!(holds_by_prefix(&cmp, start, "wire", "1 a.m."));
    assert_eq!(start.verdict, Verdict::Compatible);
    // "last month" in February is January.
    let inspection = finding_by_prefix(&cmp, ClaimKind::Date, "local", "last month");
    assert!(holds_by_prefix(&cmp, inspection, "wire", "January"));
    assert_eq!(inspection.verdict, Verdict::Agree);
    // The owner questioned "on Monday" is a day to come: neither the fire's nor the day the
    // police said so.
    assert!(
        !cmp.findings
            .iter()
            .any(|f| f.kind == ClaimKind::Date
                && common::holds_by_prefix(&cmp, f, "tabloid", "Monday")),
        "{:#?}",
        cmp.findings
    );
}

#[test]
fn follow_ups_date_the_shooting_the_death_and_the_funeral_apart() {
    // Wire of Monday 2025-06-02 (shot "on Monday"), newspaper of Thursday ("shot … on Monday,
    // died in hospital on Wednesday", "Monday's shooting"), foreign outlet of Friday ("on 2
    // June", "on 4 June"), broadcaster of Saturday ("Monday's attack", but "died in hospital
    // on Tuesday").
    let cmp = event("mayor-shooting");
    let shooting = finding_by_prefix(&cmp, ClaimKind::Date, "wire", "Monday");
    holds_all(
        &cmp,
        shooting,
        &[("foreign", "2 June"), ("broadcaster", "Monday's")],
    );
    assert_eq!(shooting.verdict, Verdict::Agree, "{shooting:#?}");
    // The death: Wednesday and 4 June against the broadcaster's Tuesday.
    let death = finding_by_prefix(&cmp, ClaimKind::Date, "newspaper", "Wednesday");
    holds_all(
        &cmp,
        death,
        &[("foreign", "4 June"), ("broadcaster", "Tuesday")],
    );
    assert_eq!(death.verdict, Verdict::Contradict, "{death:#?}");
    // The shooting is not the death.
    assert!(!holds_by_prefix(&cmp, death, "wire", "Monday"));
    assert!(!holds_by_prefix(&cmp, shooting, "broadcaster", "Tuesday"));
    // The funeral on Saturday (told ahead on Friday) is neither.
    assert!(!holds_by_prefix(&cmp, death, "broadcaster", "Saturday"));
    assert!(!holds_by_prefix(&cmp, shooting, "foreign", "Saturday"));
    assert_eq!(
        date_contradictions(&cmp).len(),
        1,
        "{:?}",
        date_contradictions(&cmp)
    );
}

#[test]
fn articles_dated_only_by_their_stamps_resolve_their_days() {
    // No front-matter date but for the broadcaster (2024-03-07): "TNN Mar 8, 2024, 06. 10AM
    // IST KOLKATA:", "Friday, March 8 - 2024 at 09: 40", "Updated 3 / 8 / 2024 7: 15 PM"
    // (March 8, a Friday, or 3 August, a Saturday: the lead's "Thursday" settles it).
    let cmp = event("ferry-stamps");
    for (prefix, day) in [
        ("toi", "2024-03-08"),
        ("gulf", "2024-03-08"),
        ("us", "2024-03-08"),
    ] {
        let article = cmp
            .articles
            .iter()
            .find(|a| a.id.starts_with(prefix))
            .expect("article");
        assert_eq!(
            article.published.map(|d| d.to_string()).as_deref(),
            Some(day),
            "{prefix}: {:?}",
            article.warnings
        );
    }
    // "on Thursday evening", "yesterday evening", "on Thursday": the capsizing's one day.
    let capsizing = finding_by_prefix(&cmp, ClaimKind::Date, "toi", "Thursday evening");
    holds_all(
        &cmp,
        capsizing,
        &[
            ("gulf", "yesterday evening"),
            ("us", "Thursday"),
            ("broadcaster", "Thursday evening"),
        ],
    );
    assert_ne!(capsizing.verdict, Verdict::Contradict);
    // The stamp dates the article, not the capsizing: no claim of it.
    let stamp = cmp.claims.iter().find(|c| {
        c.source.starts_with("toi")
            && cmp
                .article_of(c)
                .is_some_and(|a| c.span.slice(&a.text) == "Mar 8, 2024")
    });
    assert!(stamp.is_none_or(|c| c.topic.is_empty()), "{stamp:#?}");
    assert!(date_contradictions(&cmp).is_empty());
}
