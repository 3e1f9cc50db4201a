//! Casualty and damage tolls on constructed events (tests/fixtures/events/toll/): tolls that
//! rise between reports, subsets, tolls of earlier happenings mentioned in passing, a war's
//! running total beside one attack's toll, the same number in words and digits.

mod common;

use claimdiff::model::{Claim, ClaimKind, Comparison, Finding, Value, Verdict};
use common::{article, claim, holds, run, words};

/// Extracts and compares one constructed event.
fn event(name: &str) -> Comparison {
    common::constructed_event("toll", name, 4)
}

/// The figure finding that holds the claim of `source` with these words.
fn finding<'a>(cmp: &'a Comparison, source: &str, text: &str) -> &'a Finding {
    common::finding_of(cmp, ClaimKind::Figure, source, text)
}

/// The measure of a figure claim.
fn measure(c: &Claim) -> Option<&str> {
    match &c.value {
        Value::Quantity(q) => q.measure.as_deref(),
        _ => None,
    }
}

fn subset(c: &Claim) -> bool {
    matches!(&c.value, Value::Quantity(q) if q.subset)
}

#[test]
fn market_bombing_toll_that_rose_lines_up_with_the_first_report() {
    let cmp = event("market-bombing");
    // "The death toll from Saturday's suicide bombing at a market in Konduga, northeastern
    // Nigeria, has risen to 27 from 18": the toll's subject is far before the verb.
    let (_, risen) = claim(&cmp, "broadcaster", "27");
    assert_eq!(measure(risen), Some("killed"));
    assert_eq!(risen.topic, "people killed");
    let toll = finding(&cmp, "broadcaster", "27");
    assert!(holds(&cmp, toll, "wire", "at least 18 people"), "{toll:#?}");
    // "Eighteen people were killed" the day before: each outlet's toll lines up, and the
    // words at face value contradict, with the rise said (DESIGN.md §4b).
    assert!(holds(&cmp, toll, "daily", "Eighteen people"), "{toll:#?}");
    assert_eq!(toll.verdict, Verdict::Contradict);
    assert!(toll.explanation.contains("may have risen"), "{toll:#?}");
    // "has risen to 27": the later report says so itself.
    assert!(
        toll.explanation.contains("says the count rose"),
        "{toll:#?}"
    );
    // The toll it rose from counts nothing of its own.
    let (_, from) = claim(&cmp, "broadcaster", "18");
    assert_eq!(measure(from), None);
    // "nine of the wounded died": killed, a part of the toll, never the injured count.
    let (_, nine) = claim(&cmp, "broadcaster", "nine");
    assert_eq!(measure(nine), Some("killed"));
    assert!(subset(nine));
}

#[test]
fn market_bombing_war_total_and_earlier_bombing_stay_apart_from_the_toll() {
    let cmp = event("market-bombing");
    let war = finding(&cmp, "wire", "more than 35,000 people");
    assert_eq!(war.verdict, Verdict::Agree);
    assert!(holds(&cmp, war, "broadcaster", "more than 35,000 people"));
    assert!(holds(&cmp, war, "daily", "more than 35,000"));
    assert!(!holds(&cmp, war, "wire", "at least 18 people"));
    // "the deadliest attack in Konduga since a 2019 bombing that killed 30 mourners".
    let (i, mourners) = claim(&cmp, "wire", "30 mourners");
    assert!(mourners.background, "{mourners:#?}");
    assert_eq!(measure(mourners), Some("killed"));
    assert_ne!(mourners.event_class.as_deref(), Some("conflict"));
    let toll = finding(&cmp, "broadcaster", "27");
    assert!(!toll.claims.contains(&i));
    for (source, text) in [("daily", "30 people"), ("nonnative", "30 people")] {
        let (i, c) = claim(&cmp, source, text);
        assert!(c.background, "{source} {text}");
        // The earlier bombing's toll may line up with another outlet's telling of it, never
        // with this attack's claims.
        assert!(
            cmp.findings
                .iter()
                .filter(|f| f.claims.contains(&i))
                .all(|f| f.claims.iter().all(|&j| cmp.claims[j].background)),
            "{source} {text}"
        );
    }
    // Two outlets' telling of the earlier bombing's toll is one background fact.
    let earlier = finding(&cmp, "daily", "30 people");
    assert_eq!(earlier.verdict, Verdict::Agree);
    assert!(holds(&cmp, earlier, "nonnative", "30 people"));
    // Contradictions are only the tolls that rose between the two days' reports.
    for f in cmp
        .findings
        .iter()
        .filter(|f| f.verdict == Verdict::Contradict)
    {
        assert!(f.explanation.contains("may have risen"), "{f:#?}");
    }
}

#[test]
fn market_bombing_same_counts_in_other_words_agree() {
    let cmp = event("market-bombing");
    // "Police arrested two suspects" and "Two suspects have been detained for questioning".
    let suspects = finding(&cmp, "wire", "two suspects");
    assert!(
        holds(&cmp, suspects, "daily", "Two suspects"),
        "{suspects:#?}"
    );
    assert_eq!(suspects.verdict, Verdict::Agree);
    // "50 people were still being treated for injuries" and "Fifty persons were wounded".
    let (_, treated) = claim(&cmp, "broadcaster", "50 people");
    assert_eq!(measure(treated), Some("injured"));
    let injured = finding(&cmp, "broadcaster", "50 people");
    assert!(
        holds(&cmp, injured, "nonnative", "Fifty persons"),
        "{injured:#?}"
    );
    // "wounding 42 others" the day before: a count that rose between reports.
    assert!(holds(&cmp, injured, "wire", "42 others"), "{injured:#?}");
    assert!(
        injured.explanation.contains("may have risen"),
        "{injured:#?}"
    );
    // "Among the dead were five children" and "five children were among those who died":
    // the same part of the toll.
    let children = finding(&cmp, "wire", "five children");
    assert!(
        holds(&cmp, children, "daily", "five children"),
        "{children:#?}"
    );
    assert_eq!(children.verdict, Verdict::Agree);
    assert!(children.topic.contains("part of a larger count"));
    // "a third suspect had been arrested" is an ordinal, no share of a suspect.
    assert!(
        !cmp.claims
            .iter()
            .any(|c| c.source == "broadcaster" && c.topic.contains("suspect")),
        "{:#?}",
        cmp.claims
    );
}

#[test]
fn quake_toll_in_words_and_digits_agree_and_the_earlier_quake_stays_apart() {
    let cmp = event("quake-two-days");
    // "The death toll of the earthquake of 6.4 magnitude ... reached forty-one persons".
    let (_, words_toll) = claim(&cmp, "nonnative-day2", "forty-one persons");
    assert_eq!(measure(words_toll), Some("killed"));
    let toll = finding(&cmp, "daily-day2", "41");
    assert!(holds(&cmp, toll, "nonnative-day2", "forty-one persons"));
    assert!(holds(&cmp, toll, "wire-day1", "at least 12 people"));
    assert_eq!(toll.verdict, Verdict::Compatible);
    // "In 2020, a quake in neighbouring Elazig province killed 41 people": the same number,
    // another quake.
    let (i, elazig) = claim(&cmp, "daily-day2", "41 people");
    assert!(elazig.background);
    assert!(!toll.claims.contains(&i));
    // "the deadliest in Turkey since the February 2023 disaster, which killed more than
    // 53,000": that toll is the earlier disaster's, the magnitude is this quake's.
    assert!(
        claim(&cmp, "daily-day2", "more than 53,000 people")
            .1
            .background
    );
    let magnitude = finding(&cmp, "daily-day2", "6.4-magnitude");
    assert_eq!(magnitude.verdict, Verdict::Agree);
    assert_eq!(magnitude.claims.len(), 4, "{magnitude:#?}");
    // "pulled 17 people alive from the rubble since the quake struck": no war's total.
    let (_, pulled) = claim(&cmp, "daily-day2", "17 people");
    assert_ne!(pulled.event_class.as_deref(), Some("conflict"));
}

#[test]
fn quake_injuries_are_people_injured_and_a_new_clause_keeps_its_own_measure() {
    let cmp = event("quake-two-days");
    // "230 persons got injuries and five persons are still under the rubble".
    let injured = finding(&cmp, "daily-day2", "230");
    assert!(
        holds(&cmp, injured, "nonnative-day2", "230 persons"),
        "{injured:#?}"
    );
    assert_ne!(injured.verdict, Verdict::Contradict);
    // "still under the rubble" is its own clause's measure, not the injuries before "and";
    // a day-2 count of five trapped is no rival of day 1's twelve.
    let (i, trapped) = claim(&cmp, "nonnative-day2", "five persons");
    assert_eq!(measure(trapped), Some("trapped"));
    assert!(
        cmp.findings
            .iter()
            .filter(|f| f.claims.contains(&i))
            .all(|f| f.verdict != Verdict::Contradict)
    );
}

#[test]
fn shooting_victims_and_wounded_agree_apart_from_the_earlier_shooting() {
    let cmp = event("supermarket-shooting");
    let killed = finding(&cmp, "wire", "five people");
    assert_eq!(killed.verdict, Verdict::Agree);
    assert!(holds(&cmp, killed, "daily", "Five people"));
    assert!(holds(&cmp, killed, "broadcaster", "five people"));
    // "killing five people and wounding 12", "a dozen wounded", "Twelve others were injured".
    // "Fourteen people were injured" (the foreign outlet, which also gives four dead): the
    // same count, told otherwise.
    let wounded = finding(&cmp, "wire", "12");
    assert_eq!(wounded.verdict, Verdict::Contradict);
    assert_eq!(
        words(&cmp, wounded),
        ["Twelve others", "a dozen", "Fourteen people", "12"],
        "{wounded:#?}"
    );
    // The 2019 Oregon District shooting's nine dead.
    for (source, text) in [("wire", "nine people"), ("daily", "nine people")] {
        let (i, c) = claim(&cmp, source, text);
        assert!(c.background, "{source} {text}");
        assert!(!killed.claims.contains(&i));
    }
}

#[test]
fn ferry_drowned_rescued_and_crew_line_up() {
    let cmp = event("ferry-capsize");
    // "At least 34 people drowned".
    let (_, drowned) = claim(&cmp, "daily", "At least 34 people");
    assert_eq!(measure(drowned), Some("killed"));
    let toll = finding(&cmp, "wire", "at least 34 people");
    assert_eq!(toll.verdict, Verdict::Compatible);
    for (source, text) in [
        ("daily", "At least 34 people"),
        ("broadcaster", "34"),
        ("nonnative", "Thirty-four persons"),
    ] {
        assert!(
            holds(&cmp, toll, source, text),
            "{source} {text}: {toll:#?}"
        );
    }
    let rescued = finding(&cmp, "wire", "120");
    assert!(holds(
        &cmp,
        rescued,
        "nonnative",
        "one hundred and twenty persons"
    ));
    // "Rescue teams have saved 126 people": the broadcaster's count of the same rescue,
    // which the others' 120 contradicts.
    assert!(
        holds(&cmp, rescued, "broadcaster", "126 people"),
        "{rescued:#?}"
    );
    assert_eq!(rescued.verdict, Verdict::Contradict);
    let crew = finding(&cmp, "wire", "12 crew");
    assert!(holds(&cmp, crew, "nonnative", "12 crew"), "{crew:#?}");
    // "making the death toll 35": a later toll, killed.
    assert_eq!(measure(claim(&cmp, "nonnative", "35").1), Some("killed"));
}

#[test]
fn each_article_s_only_count_of_a_thing_lines_up_in_other_words() {
    let cmp = run(vec![
        article(
            "a",
            "2021-03-01",
            "A bomb exploded at a bus station on Monday, killing eight people. \
             Police arrested two suspects near the station hours after the blast, a spokesman said.",
        ),
        article(
            "b",
            "2021-03-01",
            "Eight people died in a bombing at the central bus station on Monday. \
             Two suspects have been detained for questioning, the interior ministry added.",
        ),
    ]);
    let suspects = finding(&cmp, "a", "two suspects");
    assert!(holds(&cmp, suspects, "b", "Two suspects"), "{suspects:#?}");
    assert_eq!(suspects.verdict, Verdict::Agree);
}

#[test]
fn a_headline_that_drops_at_least_reads_as_its_body() {
    let body = |n: &str| {
        format!(
            "Quake kills {n} in southern Iran\n\nA strong earthquake struck southern Iran on Sunday, \
             killing at least {n} people and flattening seven villages, officials said."
        )
    };
    let cmp = run(vec![
        article("a", "2021-03-01", &body("10")),
        article(
            "b",
            "2021-03-02",
            "Iran quake toll rises\n\nTwelve people were killed when a strong earthquake struck \
             southern Iran on Sunday and flattened seven villages, officials said.",
        ),
    ]);
    // "Quake kills 10" over "killing at least 10 people": the article says at least 10, which
    // a later 12 does not contradict.
    let toll = finding(&cmp, "b", "Twelve people");
    assert!(holds(&cmp, toll, "a", "10"), "{toll:#?}");
    assert!(holds(&cmp, toll, "a", "at least 10 people"), "{toll:#?}");
    assert_eq!(toll.verdict, Verdict::Compatible);
    // A bare headline count with no bound in its body stays a point.
    let cmp = run(vec![
        article(
            "a",
            "2021-03-01",
            "Quake kills 10 in southern Iran\n\nA strong earthquake struck southern Iran on Sunday, \
             killing 10 people and flattening seven villages, officials said.",
        ),
        article(
            "b",
            "2021-03-01",
            "Quake kills 12 in southern Iran\n\nA strong earthquake struck southern Iran on Sunday, \
             killing 12 people and flattening seven villages, officials said.",
        ),
    ]);
    let toll = finding(&cmp, "b", "12 people");
    assert_eq!(toll.verdict, Verdict::Contradict, "{toll:#?}");
}
