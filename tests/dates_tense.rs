//! The tense that places a date with no year, and dates that cannot both be true across
//! midnight (testers' round 30).

mod common;

use claimdiff::model::{Value, Verdict};
use common::{article, contradictions, run};

/// The TIMEX3 value of the date "text" in the one-article story `body`, published `day`.
fn timex(body: &str, day: &str, text: &str) -> String {
    let cmp = run(vec![article("a", day, body)]);
    cmp.claims
        .iter()
        .find_map(|c| match &c.value {
            Value::Date(d) if c.span.slice(body) == text => Some(d.timex.clone()),
            _ => None,
        })
        .unwrap_or_else(|| panic!("no date {text:?} in {body:?}: {:#?}", cmp.claims))
}

#[test]
fn an_expectation_before_the_fact_tells_no_tense() {
    for w in [
        "forecast",
        "predicted",
        "anticipated",
        "hoped",
        "feared",
        "planned",
    ] {
        let s = format!("Prices were higher than {w} in August.");
        assert_eq!(timex(&s, "2025-09-17", "August"), "2025-08", "{s}");
    }
}

#[test]
fn a_base_form_past_after_which_is_past() {
    let s = "The Bank, which cut rates in August, is expected to hold them.";
    assert_eq!(timex(s, "2025-09-17", "August"), "2025-08");
    let s = "The storm which hit the coast in May is gone.";
    assert_eq!(timex(s, "2025-09-17", "May"), "2025-05");
}

#[test]
fn a_phrase_continuing_a_clause_ahead_and_an_infinitive_look_ahead() {
    let s = "OPEC+ said it would slash output, beginning in January.";
    assert_eq!(timex(s, "2025-12-02", "January"), "2026-01");
    let s = "OPEC+ agreed to cut its total oil production in all member states from January.";
    assert_eq!(timex(s, "2025-12-02", "January"), "2026-01");
    // The nearer past verb on the left dates the day before an infinitive on the right.
    let s = "The government agreed at the weekend to slash spending.";
    assert_eq!(timex(s, "2010-05-03", "the weekend"), "2010-W17-WE");
    // After a past verb, an infinitive tells what was decided: a date "in" a month dates the
    // decision; one it runs "from" looks ahead. A plan's infinitive looks ahead.
    let s = "Lawmakers voted to raise the debt ceiling in July.";
    assert_eq!(timex(s, "2025-09-17", "July"), "2025-07");
    let s = "The board agreed to cut prices from January.";
    assert_eq!(timex(s, "2025-09-17", "January"), "2026-01");
    let s = "The company plans to cut 500 jobs in March.";
    assert_eq!(timex(s, "2025-09-17", "March"), "2026-03");
    // A phrase after a past clause stays past.
    let s = "The company said it cut output, beginning in January.";
    assert_eq!(timex(s, "2025-12-02", "January"), "2025-01");
}

#[test]
fn a_present_is_before_a_day_and_a_plural_schedule_look_ahead() {
    // 2025-08-14 is a Thursday.
    assert_eq!(
        timex("The match is on Saturday.", "2025-08-14", "Saturday"),
        "2025-08-16"
    );
    assert_eq!(
        timex(
            "The toll is 12 after the attack on Saturday.",
            "2025-08-14",
            "Saturday"
        ),
        "2025-08-09"
    );
    for (s, day, want) in [
        ("Schools reopen on Monday.", "Monday", "2025-08-18"),
        ("Voters go to the polls on Sunday.", "Sunday", "2025-08-17"),
        ("Parliament reconvenes on Tuesday.", "Tuesday", "2025-08-19"),
        ("Schools did not reopen on Monday.", "Monday", "2025-08-11"),
    ] {
        assert_eq!(timex(s, "2025-08-14", day), want, "{s}");
    }
}

#[test]
fn by_a_month_with_no_tense_of_its_own_looks_ahead() {
    let body = "Stocks fell on Monday. Markets put a 60 per cent chance on a cut by December.";
    assert_eq!(timex(body, "2025-09-18", "December"), "2025-12");
    // "By June," opening a sentence tells how far a narrative had come, in the past.
    let body = "The offensive stalled in the spring. By June, the army had taken the province.";
    assert_eq!(timex(body, "2025-09-18", "June"), "2025-06");
}

#[test]
fn a_night_does_not_reach_the_next_evening() {
    let cmp = run(vec![
        article(
            "a",
            "2025-12-13",
            "The disruption began at 9.15pm on Friday.",
        ),
        article("b", "2025-12-13", "The disruption began on Thursday night."),
    ]);
    assert!(
        cmp.findings
            .iter()
            .any(|f| f.verdict == Verdict::Contradict),
        "{:#?}",
        cmp.findings
    );
}

#[test]
fn a_denied_happening_has_no_date() {
    let cmp = run(vec![
        article(
            "a",
            "2025-12-14",
            "No one had been arrested by Saturday morning, police said.",
        ),
        article(
            "b",
            "2025-12-14",
            "Two people were arrested on Friday evening.",
        ),
    ]);
    assert!(contradictions(&cmp).is_empty(), "{:#?}", cmp.findings);
    let denied = cmp
        .claims
        .iter()
        .find(|c| c.source == "a" && matches!(c.value, Value::Date(_)));
    assert!(denied.is_none_or(|c| c.event.is_none()), "{denied:#?}");
}

#[test]
fn a_forecast_after_a_determiner_and_a_hope_to_publish_look_ahead_or_back_as_they_should() {
    // "its forecast" is a noun: the Monday it was published is the one before.
    let s = "The agency published its forecast on Monday.";
    assert_eq!(timex(s, "2025-11-19", "Monday"), "2025-11-17");
    // A hope or a plan, whenever had, is of what is still to come.
    let s = "The HSE said it hoped to publish its initial findings in July.";
    assert_eq!(timex(s, "2025-06-12", "July"), "2025-07");
    let s = "The council planned to reopen the road in August.";
    assert_eq!(timex(s, "2025-06-12", "August"), "2025-08");
    // A decision dates itself.
    let s = "Lawmakers voted to raise the debt ceiling in March.";
    assert_eq!(timex(s, "2025-06-12", "March"), "2025-03");
}

#[test]
fn a_past_form_after_a_modal_is_a_base_form_and_forecast_after_its_subject_is_past() {
    // "will set out": the modal looks ahead, not the "set" of the past list.
    let s = "The university will set out its budget in February.";
    assert_eq!(timex(s, "2026-10-21", "February"), "2027-02");
    // "The regulator forecast in May": the past of the verb; "is forecast" looks ahead.
    let s = "The regulator forecast in May that 45% of institutions would run a deficit.";
    assert_eq!(timex(s, "2026-10-19", "May"), "2026-05");
    let s = "Heavy rain is forecast on Tuesday.";
    assert_eq!(timex(s, "2026-10-19", "Tuesday"), "2026-10-20");
}
