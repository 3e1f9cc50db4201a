//! Constructed events about lining up the dates and lengths of one happening across outlets
//! (tests/fixtures/events/dates/): the same day told as a weekday, a calendar date and
//! "yesterday" by outlets published on different days, an arrest the day after the attack it
//! was made over, a siege whose length is told four ways, a summit with its start, end and a
//! visit before it. The findings asserted are the ones a fact-checker would report, decided
//! before claimdiff was run.

mod common;

use claimdiff::model::{ClaimKind, Comparison, Verdict};
use common::{finding_by_prefix, holds_all, holds_by_prefix, words};

/// The comparison of one constructed event.
fn event(name: &str) -> Comparison {
    common::constructed_event("dates", name, 4)
}

/// No finding of dates or durations is a contradiction.
fn no_contradiction_in_time(cmp: &Comparison) {
    for f in &cmp.findings {
        if matches!(f.kind, ClaimKind::Date | ClaimKind::Duration) {
            assert_ne!(
                f.verdict,
                Verdict::Contradict,
                "unexpected contradiction {}: {:?} ({})",
                f.topic,
                words(cmp, f),
                f.explanation
            );
        }
    }
}

#[test]
fn a_bombing_on_tuesday_is_yesterday_a_day_later_and_the_arrest_is_another_day() {
    // Wire and broadcaster of Tuesday 2023-03-14, newspaper of Wednesday ("eleven people were
    // killed yesterday when a bomb tore through …"), foreign outlet of Thursday (wrongly "on
    // Monday morning"; "arrested two suspects on Wednesday").
    let cmp = event("bus-station-bombing");
    // The deaths "yesterday" and the bomb that "exploded … on Tuesday" are one incident's day,
    // which the foreign outlet, the only one of the four, puts on Monday: the one
    // contradiction of time a fact-checker reports.
    let blast = finding_by_prefix(&cmp, ClaimKind::Date, "wire", "Tuesday");
    holds_all(
        &cmp,
        blast,
        &[
            ("newspaper", "yesterday"),
            ("wire", "Tuesday"),
            ("foreign", "Monday morning"),
        ],
    );
    assert_eq!(blast.verdict, Verdict::Contradict, "{blast:#?}");
    for f in &cmp.findings {
        if !std::ptr::eq(f, blast) && matches!(f.kind, ClaimKind::Date | ClaimKind::Duration) {
            assert_ne!(f.verdict, Verdict::Contradict, "{f:#?}");
        }
    }
    // The dateline "QUETTA, Pakistan, March 14 -" dates the report, not the blast (a report
    // dated days after a storm must not contradict its landfall).
    assert!(!holds_by_prefix(&cmp, blast, "wire", "March 14"));
    // The arrest on Wednesday and the spokesman's Thursday are not the blast's day.
    assert!(!holds_by_prefix(&cmp, blast, "foreign", "Wednesday"));
    assert!(!holds_by_prefix(&cmp, blast, "foreign", "Thursday"));
    // The 2016 hospital bombing is another attack.
    assert!(!holds_by_prefix(&cmp, blast, "wire", "August 2016"));
    // "three days of mourning" and "a three-day mourning period": one length.
    let mourning = finding_by_prefix(&cmp, ClaimKind::Duration, "wire", "three days");
    assert!(
        holds_by_prefix(&cmp, mourning, "newspaper", "three-day"),
        "{mourning:#?}"
    );
    assert_eq!(mourning.verdict, Verdict::Agree);
    // The insurgency's two decades are no length of the rescue or the mourning.
    let insurgency = finding_by_prefix(&cmp, ClaimKind::Duration, "wire", "nearly two decades");
    assert_eq!(insurgency.claims.len(), 1, "{insurgency:#?}");
    // "hit by bombings many times over the past 15 years": a stretch looked back over, no
    // length of the bombings.
    let past = finding_by_prefix(&cmp, ClaimKind::Duration, "broadcaster", "15 years");
    assert!(!past.topic.starts_with("length of"), "{}", past.topic);
}

#[test]
fn an_arrest_the_day_after_a_shooting_is_dated_apart_from_it() {
    // Wire and broadcaster of Saturday 2023-11-04, newspaper of Sunday ("arrested yesterday
    // evening … in connection with Friday night's shooting"), foreign outlet of Monday.
    let cmp = event("club-shooting-arrest");
    no_contradiction_in_time(&cmp);
    // "arrested a 24-year-old man on Saturday in connection with a shooting … late on
    // Friday": Saturday dates the arrest, not the shooting (which it contradicted).
    let arrest = finding_by_prefix(&cmp, ClaimKind::Date, "wire", "Saturday");
    holds_all(
        &cmp,
        arrest,
        &[
            ("newspaper", "yesterday evening"),
            ("broadcaster", "Saturday afternoon"),
            ("foreign", "Saturday, 4 November"),
        ],
    );
    assert!(
        arrest.topic.starts_with("date of the arrest"),
        "{}",
        arrest.topic
    );
    let shooting = finding_by_prefix(&cmp, ClaimKind::Date, "newspaper", "Friday night's");
    holds_all(
        &cmp,
        shooting,
        &[
            ("wire", "Friday"),
            ("broadcaster", "23:30 on Friday"),
            ("foreign", "3 November"),
        ],
    );
    assert!(!holds_by_prefix(&cmp, shooting, "wire", "Saturday"));
    // "one day after the shooting" is how long after it the arrest came, no length of it.
    let gap = finding_by_prefix(&cmp, ClaimKind::Duration, "foreign", "one day");
    assert!(gap.topic.starts_with("time after"), "{}", gap.topic);
    assert!(!gap.topic.starts_with("length of"), "{}", gap.topic);
}

#[test]
fn a_siege_of_twelve_hours_told_four_ways_lines_up_and_a_release_after_five_hours_does_not() {
    // "a 12-hour siege" (wire), "The standoff … lasted about 12 hours" (newspaper), "ended a
    // hostage-taking … after more than 11 hours" (broadcaster), "a nine-hour standoff"
    // (foreign, wrong: the siege ran from 9 a.m. to after 9 p.m.).
    let cmp = event("bank-siege");
    let siege = finding_by_prefix(&cmp, ClaimKind::Duration, "wire", "12-hour");
    holds_all(
        &cmp,
        siege,
        &[
            ("newspaper", "about 12 hours"),
            ("broadcaster", "more than 11 hours"),
        ],
    );
    assert!(siege.topic.contains("siege"), "{}", siege.topic);
    // Nine hours cannot be true with twelve: each outlet's only length of the siege, in its
    // opening, it lines up with them as a contradiction.
    assert!(
        holds_by_prefix(&cmp, siege, "foreign", "nine-hour"),
        "{siege:#?}"
    );
    assert_eq!(siege.verdict, Verdict::Contradict, "{siege:#?}");
    // "freed four hostages" and "All four hostages are safe": each article's only count of
    // hostages, the same number in other words around it, is one fact.
    let hostages = finding_by_prefix(&cmp, ClaimKind::Figure, "wire", "four hostages");
    assert!(
        holds_by_prefix(&cmp, hostages, "broadcaster", "four hostages"),
        "{hostages:#?}"
    );
    assert_eq!(hostages.verdict, Verdict::Agree, "{hostages:#?}");
    // A hostage released "after five hours" and a prison term of six years are other lengths.
    for f in &cmp.findings {
        if holds_by_prefix(&cmp, f, "wire", "12-hour") {
            assert!(!holds_by_prefix(&cmp, f, "foreign", "five hours"), "{f:#?}");
            assert!(!holds_by_prefix(&cmp, f, "wire", "six years"), "{f:#?}");
        }
    }
}

#[test]
fn a_two_day_summit_and_the_arrival_before_it() {
    // Broadcaster of Sunday 2023-06-04 (a preview), wire of Monday, newspaper of Tuesday
    // ("began yesterday and closes today"), foreign outlet of Wednesday.
    let cmp = event("riga-summit");
    no_contradiction_in_time(&cmp);
    let length = finding_by_prefix(&cmp, ClaimKind::Duration, "wire", "two-day");
    assert!(
        holds_by_prefix(&cmp, length, "foreign", "two-day"),
        "{length:#?}"
    );
    assert_eq!(length.verdict, Verdict::Agree);
    // The prime minister's talks of two hours on the eve are no length of the summit.
    assert!(!holds_by_prefix(&cmp, length, "newspaper", "two hours"));
    // The Swedish prime minister arrived on Sunday evening (wire; broadcaster: expected to).
    let arrival = finding_by_prefix(&cmp, ClaimKind::Date, "wire", "Sunday evening");
    assert!(
        holds_by_prefix(&cmp, arrival, "broadcaster", "Sunday evening"),
        "{arrival:#?}"
    );
    assert_eq!(arrival.verdict, Verdict::Agree);
    // The next summit: "next spring" (newspaper of 2023-06-06) and "spring 2024".
    let next = finding_by_prefix(&cmp, ClaimKind::Date, "newspaper", "next spring");
    assert!(
        holds_by_prefix(&cmp, next, "foreign", "spring 2024"),
        "{next:#?}"
    );
    assert_ne!(next.verdict, Verdict::Contradict);
    // The last summit, in Oslo in November, is not the next one.
    assert!(!holds_by_prefix(&cmp, next, "wire", "November"));
}

/// The finding of the dates of two one-sentence articles published on `published`.
fn two_sentences(published: &str, a: &str, b: &str) -> Comparison {
    common::run(vec![
        common::article("first", published, a),
        common::article("second", published, b),
    ])
}

#[test]
fn a_rule_coming_into_force_and_one_taking_effect_start_on_days_that_differ() {
    // "come into force", "take effect", "kick in": a rule's start, lined up as one.
    for (a, b) in [
        (
            "The increase will take effect on 2 March.",
            "The increase will come into force on 3 March.",
        ),
        (
            "The tariffs will kick in on 2 March.",
            "The tariffs will go into effect on 3 March.",
        ),
    ] {
        let cmp = two_sentences("2025-02-20", a, b);
        let dates: Vec<_> = cmp
            .findings
            .iter()
            .filter(|f| f.kind == ClaimKind::Date)
            .collect();
        assert!(!dates.is_empty(), "{:#?}", cmp.findings);
        assert!(
            dates.iter().all(|f| f.topic == "date of the start"),
            "{dates:#?}"
        );
        // The tariffs' start, told with "kick in" and "go into effect", is one.
        if a.contains("tariffs") {
            assert_eq!(dates[0].verdict, Verdict::Contradict, "{dates:#?}");
        }
    }
}

#[test]
fn games_that_open_on_two_days_contradict_and_gunmen_who_opened_fire_start_nothing() {
    let cmp = two_sentences(
        "2025-11-13",
        "The Games will open on Oct. 3, 2036.",
        "The Games will open on Oct. 10, 2036.",
    );
    let f = cmp
        .findings
        .iter()
        .find(|f| f.kind == ClaimKind::Date)
        .unwrap_or_else(|| panic!("no date finding: {:#?}", cmp.findings));
    assert!(f.topic.starts_with("date of the start"), "{f:#?}");
    assert_eq!(f.verdict, Verdict::Contradict, "{f:#?}");
    let fire = common::run(vec![common::article(
        "wire",
        "2025-11-13",
        "Gunmen opened fire on Monday.",
    )]);
    assert!(
        fire.findings.iter().all(|f| !f.topic.contains("start")),
        "{:#?}",
        fire.findings
    );
}

#[test]
fn the_year_of_games_awarded_is_no_date_of_the_vote() {
    // "the 2036 Summer Games" names the Games; "Summer Games" is no season.
    for s in [
        "IOC members voted to award the 2036 Summer Games to Doha.",
        "IOC members voted to award the Summer Games to Doha.",
        "The council approved its 2026 budget.",
    ] {
        let a = common::article("wire", "2025-11-13", s);
        let claims = claimdiff::extract::extract(&a).claims;
        assert!(
            claims
                .iter()
                .all(|c| c.kind() != ClaimKind::Date || c.topic.is_empty()),
            "{s}: {claims:#?}"
        );
        if !s.contains("20") {
            assert!(
                claims.iter().all(|c| c.kind() != ClaimKind::Date),
                "{s}: {claims:#?}"
            );
        }
    }
}

#[test]
fn a_year_a_budget_is_for_dates_no_approval_and_is_no_tally() {
    // "its budget for 2025-26" and "the 2027-28 academic year" name which budget and which
    // year; neither is the day of the vote nor a vote of 2,025 to 26.
    for s in [
        "The council approved its budget for 2025-26.",
        "The IMF cut its growth forecast for 2025.",
        "Lawmakers voted on fees for the 2027-28 academic year.",
    ] {
        let a = common::article("wire", "2025-11-13", s);
        let claims = claimdiff::extract::extract(&a).claims;
        assert!(
            claims
                .iter()
                .all(|c| c.kind() == ClaimKind::Date && c.topic.is_empty()),
            "{s}: {claims:#?}"
        );
    }
    // A year a happening is set for dates it.
    let a = common::article("wire", "2025-11-13", "The summit is scheduled for 2026.");
    let claims = claimdiff::extract::extract(&a).claims;
    assert!(
        claims
            .iter()
            .any(|c| c.kind() == ClaimKind::Date && c.topic.starts_with("date of the meeting")),
        "{claims:#?}"
    );
    // The day the council voted still contradicts.
    let cmp = two_sentences(
        "2025-03-06",
        "The council approved its budget for 2025-26 on Tuesday.",
        "The council approved its budget for 2025-26 on Wednesday.",
    );
    let f = finding_by_prefix(&cmp, ClaimKind::Date, "first", "Tuesday");
    assert!(f.topic.starts_with("date of the approval"), "{f:#?}");
    assert_eq!(f.verdict, Verdict::Contradict, "{f:#?}");
}

#[test]
fn a_plea_a_fine_and_an_inspection_are_dated() {
    for (a, b, topic) in [
        (
            "The company pleaded guilty on Monday.",
            "The company pleaded guilty on Tuesday.",
            "date of the plea",
        ),
        (
            "A water company was fined £11.2m on Wednesday.",
            "A water company was sentenced on Tuesday.",
            "date of the court",
        ),
        (
            "The lift was last inspected on March 2.",
            "The lift was last inspected on March 3.",
            "date of the inspection",
        ),
    ] {
        let cmp = two_sentences("2025-03-06", a, b);
        let f = cmp
            .findings
            .iter()
            .find(|f| f.kind == ClaimKind::Date)
            .unwrap_or_else(|| panic!("{a}: no date finding: {:#?}", cmp.findings));
        assert!(f.topic.starts_with(topic), "{a}: {f:#?}");
        assert_eq!(f.verdict, Verdict::Contradict, "{a}: {f:#?}");
    }
}
